/** @jest-environment node */
// Table cells that are not what they first look like (our own examples): a number with an unfamiliar unit is a
// figure, a test-setup row is a condition, a ratio column needs its 1x row, a "not found" cell is no claim.
import { extractClaims, type CandidateClaim } from "@/lib/extract";
import { looseQuantity } from "@/lib/extract/tables/cells";
import { TECHS } from "./technologies";

const claims = (text: string) => extractClaims(text, TECHS);
const brief = (c: CandidateClaim) =>
  `${c.kind} ${c.technologies.join("+")} ${c.metric ?? c.topic}=${c.value ?? c.conditions.support ?? ""}${c.unit ? ` ${c.unit}` : ""}`;

describe("number cells are figures", () => {
  it("reads a number with a unit the vocabulary lacks as a figure in the row's metric, keeping range and note", () => {
    const text = "| | Django | Flask |\n|---|---|---|\n| Ingest rate | 40+ GB/hour (one node) | ~8-12 GB/hour |";
    const out = claims(text);
    expect(out.map(brief)).toEqual([
      "performance django ingest_rate=40 GB/hour",
      "performance flask ingest_rate=8 GB/hour",
    ]);
    expect(out[0].conditions.note).toBe("one node");
    expect(out[1].conditions.range).toBe("8–12 GB/hour");
    expect(out.some((c) => c.kind === "feature")).toBe(false);
  });

  it("reads a mean with its spread as the mean, the spread a condition", () => {
    const out = claims(
      "| Framework | Build (mean ± σ) |\n|---|---|\n| Django | 812.40 ± 31.02 ms |\n| Flask | 1,204.11 ± 9.50 ms |",
    );
    expect(out.map((c) => [c.technologies[0], c.value, c.unit])).toEqual([
      ["django", 812.4, "ms"],
      ["flask", 1204.11, "ms"],
    ]);
    expect(out[0].conditions.spread).toBe("± 31.02 ms");
  });

  it("does not read words, versions or sentences as loose figures", () => {
    expect(looseQuantity("Moderate (Ruby GIL)")).toBeNull();
    expect(looseQuantity("3 workers share one queue and retry")).toBeNull();
    expect(looseQuantity("12")).toBeNull();
    expect(looseQuantity("5,120.5 rows/s")?.q.value).toBe(5120.5);
  });
});

describe("test-setup rows and columns", () => {
  it("carries the version under test into the row's figures and makes no claim of it", () => {
    const out = claims(
      "| Tool | Version | Cold start |\n|---|---|---|\n| Django | 5.0.2 | 310 ms |\n| Flask | 3.0.1 | 120 ms |",
    );
    expect(out.map(brief)).toEqual([
      "performance django cold_start_time=310 ms",
      "performance flask cold_start_time=120 ms",
    ]);
    expect(out[1].conditions.version).toBe("3.0.1");
  });

  it("makes no claim of a last-updated row or a version that reads latest", () => {
    const text =
      "| | Django | Flask |\n|---|---|---|\n| Last updated | May 2026 | May 2026 |\n| Version | latest | latest |\n| Admin UI | ✅ | ❌ |";
    expect(claims(text).map(brief)).toEqual(["feature django admin=built-in", "feature flask admin=missing"]);
  });

  it("still reads a release year or a latest-version fact under its own label", () => {
    const text =
      "| | Django | Flask |\n|---|---|---|\n| First released | 2005 | 2010 |\n| Latest version | 5.1 | 3.0 |";
    expect(claims(text).map(brief)).toEqual([
      "fact django release_year=2005 year",
      "fact flask release_year=2010 year",
      "fact django version= version",
      "fact flask version= version",
    ]);
  });
});

describe("ratio columns", () => {
  const table = (second: string) =>
    `| Server | Time | Relative |\n|---|---|---|\n| Django | 40 ms | 1.0x |\n| Flask | 80 ms | ${second} |\n| Express | 120 ms | 3.0x |`;

  it("reads each ratio against the row that reads 1x, and makes no claim of that row's own 1x", () => {
    const ratios = claims(table("2.0x")).filter((c) => c.unit === "x");
    expect(ratios.map(brief)).toEqual([
      "performance flask+django relative_ratio=2 x",
      "performance express+django relative_ratio=3 x",
    ]);
  });

  it("drops ratios among three or more technologies when no row is the 1x baseline", () => {
    const text = "| Server | Relative |\n|---|---|\n| Django | 1.5x |\n| Flask | 2.0x |\n| Express | 3.0x |";
    expect(claims(text).filter((c) => c.unit === "x")).toEqual([]);
  });
});

describe("cells that say nothing", () => {
  it("makes no claim of not found, not measured or unknown", () => {
    const text =
      "| | Django | Flask |\n|---|---|---|\n| CSS output | not found | 12 KB |\n| Queue | unknown | not measured |";
    expect(claims(text).map(brief)).toEqual(["performance flask css_output=12 KB"]);
  });

  it("reads a figure in italics and bold as the figure", () => {
    const text = "| | Django | Flask |\n|---|---|---|\n| Throughput | _**86 req/s**_ | *64 req/s* |";
    expect(claims(text).map(brief)).toEqual([
      "performance django throughput=86 req/s",
      "performance flask throughput=64 req/s",
    ]);
  });

  it("makes no claim of a placeholder: todo, TBD, N/A, a question mark", () => {
    const text =
      "| | Django | Flask |\n|---|---|---|\n| Replication | built-in | todo |\n| Licence | BSD | TBD |\n| Admin | yes | N/A |\n| Sockets | ? | yes |";
    expect(claims(text).map(brief)).toEqual([
      expect.stringMatching(/^feature django replication/),
      expect.stringMatching(/^fact django licen[cs]e/),
      expect.stringMatching(/^feature django admin/),
      expect.stringMatching(/^feature flask sockets/),
    ]);
  });
});

describe("qualified support", () => {
  const text =
    "| | Django | Flask |\n|---|---|---|\n| Streams | ✔︎ | ✔︎\\* |\n| Sockets | ✔︎ | ✔︎⏱ |\n| TLS | ✔︎ | ✘⏱ |\n| Caching | built in | via plugin |\n| CNCF status | Graduated | Not graduated |\n| Async | yes | not supported |";
  const flask = () => claims(text).filter((c) => c.technologies[0] === "flask");

  it("reads a check mark with a footnote or a clock, and a plugin, as partial, never as has", () => {
    expect(
      flask()
        .slice(0, 2)
        .map((c) => [c.conditions.support, c.statement]),
    ).toEqual([
      ["partial", "Flask has only partial streams."],
      ["partial", "Flask has only partial sockets."],
    ]);
    expect(flask()[3].conditions.support).toBe("partial");
  });

  it("gives no mark, footnote or negation as the usual replacement", () => {
    expect(flask()[2].statement).toBe("Flask has no built-in TLS.");
    expect(flask()[5].statement).toBe("Flask has no built-in async.");
  });

  it("reads a negated value under an attribute the vocabulary does not know as that value", () => {
    expect(flask()[4].statement).toBe("Flask: CNCF status — Not graduated.");
  });

  it("still reads a plain check mark as built in", () => {
    expect(
      claims(text)
        .filter((c) => c.technologies[0] === "django" && c.kind === "feature")
        .every((c) => c.conditions.support === "built-in"),
    ).toBe(true);
  });
});
