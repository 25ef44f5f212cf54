/** @jest-environment node */
// Claims read from the language of plain sentences (ninth extraction session): how a writer ranks one
// technology against another ("had an edge over", "way ahead of", "on par with"), judges it ("I found X to
// be …") and states a figure in passing. Every sentence here is our own writing.
import { extractClaims, TechResolver, type CandidateClaim } from "@/lib/extract";

const EMPTY = new TechResolver([]);
const claims = (text: string): CandidateClaim[] => extractClaims(text, EMPTY, { unitModel: null });
const opinions = (text: string) =>
  claims(text)
    .filter((c) => c.kind === "opinion")
    .map((c) => c.technologies);

describe("standing in a comparison is a judgement", () => {
  it("an advantage, an edge or a lead over another technology", () => {
    expect(opinions("On the larger repository, Vite had a clear edge over webpack.")).toEqual([["vite", "webpack"]]);
    expect(opinions("For cold builds esbuild holds a big lead over Rollup.")).toEqual([["esbuild", "rollup"]]);
  });

  it("ahead of, on par with, falling behind", () => {
    expect(opinions("When we compared runner sizes, GitLab CI was well ahead of the rest.")).toEqual([["gitlab-ci"]]);
    expect(opinions("Ktor feels on par with Spring Boot for small services.")).toEqual([["ktor", "spring-boot"]]);
    expect(opinions("Under many small writes MongoDB fell far behind PostgreSQL.")).toEqual([
      ["mongodb", "postgresql"],
    ]);
  });

  it("a plain position in a list or a schedule is no judgement", () => {
    expect(opinions("Run the Redis container ahead of the API so the cache is warm.")).toEqual([]);
    expect(opinions("Deno shipped the flag a week ahead of schedule.")).toEqual([]);
  });
});

describe("what a writer found a technology to be", () => {
  it("found / considers X to be a quality", () => {
    expect(opinions("Our team found Gradle to be surprisingly slow on clean builds.")).toEqual([["gradle"]]);
    expect(opinions("Newcomers usually consider Kubernetes to be hard at first.")).toEqual([["kubernetes"]]);
  });

  it("a part of a technology said to be 'both' of two qualities", () => {
    expect(opinions("Vue's templates are both flexible and pleasant to read.")).toEqual([["vue"]]);
    expect(opinions("Redis and Memcached are both caches.")).toEqual([]);
  });

  it("found X to be in a place is no judgement", () => {
    expect(opinions("We found Redis to be running on the old host.")).toEqual([]);
  });
});

describe("figures said in passing", () => {
  const figures = (text: string) =>
    claims(text)
      .filter((c) => c.kind === "performance")
      .map((c) => [c.technologies, c.value, c.unit, c.metric]);

  it("an overhead given in brackets after the word", () => {
    expect(
      figures("In watch mode, webpack adds overhead (~90ms) to every rebuild; esbuild adds a little overhead (~4ms)."),
    ).toEqual([
      [["webpack"], 90, "ms", "overhead"],
      [["esbuild"], 4, "ms", "overhead"],
    ]);
  });

  it("run times for two tools in one clause, the second taking the first one's name", () => {
    expect(figures("Colour output lengthens the run times to `2.31s` for ripgrep and `7.02s` for GNU grep.")).toEqual([
      [["ripgrep"], 2.31, "s", "time"],
      [["grep"], 7.02, "s", "time"],
    ]);
  });

  it("a share of a resource used, before or after the resource's name", () => {
    expect(figures("Under the mixed load MongoDB sat at about 70% CPU utilization.")).toEqual([
      [["mongodb"], 70, "%", "cpu_usage"],
    ]);
    expect(figures("After the image build, GitLab CI had 55% of total disk space left.")).toEqual([
      [["gitlab-ci"], 55, "%", "disk_space_usage"],
    ]);
    expect(figures("Half the teams we asked, 60% of them, run Kafka.")).toEqual([]);
  });

  it("edging another technology out by a share", () => {
    expect(figures("On range scans LMDB edged out RocksDB by ~15 %.")).toEqual([
      [["lmdb", "rocksdb"], 15, "%", "speed_difference"],
    ]);
  });

  it("a number set in code keeps the unit written after it", () => {
    expect(figures("Fetching 500 pages took:\n\n- Django: `2.40` seconds\n- Flask: `1.75` seconds")).toEqual([
      [["django"], 2.4, "s", "duration"],
      [["flask"], 1.75, "s", "duration"],
    ]);
  });

  it("a time that is a moment or a schedule is no figure", () => {
    expect(figures("At the time of writing, Bun restarted every 30 s.")).toEqual([]);
  });
});

describe("a decade", () => {
  it("is never a number of seconds", () => {
    const made = claims("Jenkins grew out of a build server that originated in the 2000s.");
    expect(made.filter((c) => c.kind === "performance")).toEqual([]);
  });
});

describe("a name, a separator, then a verdict", () => {
  it("a description that opens with a judging word is an opinion on the named technology", () => {
    expect(opinions("Bottle -- pleasantly small")).toEqual([]); // not in the lexicon: nothing is invented
    expect(opinions("Flask -- surprisingly easy")).toEqual([["flask"]]);
    expect(opinions("esbuild: an incredibly fast bundler for the browser")).toEqual([["esbuild"]]);
    expect(opinions("Gin — simple to pick up, even for a first service")).toEqual([["gin"]]);
  });

  it("a description that names a kind of thing or a capability is no verdict", () => {
    expect(opinions("Redis: an in-memory key-value store")).toEqual([]);
    expect(opinions("Kafka -- keeps messages in partitions")).toEqual([]);
    expect(opinions("Vite: 4.2 s on a cold start")).toEqual([]);
  });
});
