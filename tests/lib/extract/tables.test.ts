/** @jest-environment node */
// Tables of every shape, read by where the technologies are and what each cell holds (our own examples).
import { extractClaims, TechResolver, type CandidateClaim } from "@/lib/extract";
import { TECHS } from "./technologies";

const claims = (text: string) => extractClaims(text, TECHS);
const brief = (c: CandidateClaim) =>
  `${c.kind} ${c.technologies.join("+")} ${c.metric ?? c.topic}=${c.value ?? c.conditions.support ?? ""}${c.unit ? ` ${c.unit}` : ""}`;
const briefs = (text: string) => claims(text).map(brief);

describe("figure tables", () => {
  it("reads technologies down the first column, the metric and cache condition from the column label", () => {
    const text =
      "## Results\n\n### shop-2k\n\nServer | Cold boot (no cache) | Peak memory (RSS)\n--- | --- | ---\nExpress 4.19.2 | 1,240ms 🥇 | 96MB\nFastAPI 0.110 | 2.1 s | 141MB 🥈";
    const out = claims(text);
    expect(out.map(brief)).toEqual([
      "fact express version= version",
      "fact fastapi version= version",
      "performance express cold_boot_time_no_cache=1240 ms",
      "performance express peak_memory_rss=96 MB",
      "performance fastapi cold_boot_time_no_cache=2.1 s",
      "performance fastapi peak_memory_rss=141 MB",
    ]);
    const boot = out.find((c) => c.metric === "cold_boot_time_no_cache")!;
    expect(boot.conditions).toMatchObject({ scenario: "shop-2k", cache: "no cache", version: "4.19.2" });
    expect(boot.statement).toBe("Express 4.19.2: cold boot (no cache) 1,240 ms (shop-2k).");
    for (const c of out) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("does not read a comparison column as a technology column", () => {
    expect(briefs("| Framework | Time (s) | Speed-up vs Flask |\n|---|---|---|\n| FastAPI | 3.2 | 2.5x |")).toEqual([
      "performance fastapi time=3.2 s",
      "performance fastapi+flask speed_up_ratio=2.5 x",
    ]);
  });

  it("reads technologies across the header, check-mark columns as conditions, compound durations", () => {
    const text = "| step | warm cache | Django | Laravel |\n| deploy | ✔ | 1m 12s | 48s |\n| deploy |  | 3m 5s | n/a |";
    const out = claims(text);
    expect(out.map(brief)).toEqual([
      "performance django deploy_time=72 s",
      "performance laravel deploy_time=48 s",
      "performance django deploy_time=185 s",
    ]);
    expect(out[0].conditions.warm_cache).toBe("with warm cache");
    expect(out[2].conditions.warm_cache).toBe("no warm cache");
  });

  it("reads a table flattened one cell per line", () => {
    const text =
      "Index build, same hardware:\n\nEngine\nBuild time\nDisk used\n\nPostgreSQL\n3h 20m\n41 GB\nSQLite\n5h 2m\n38 GB";
    expect(briefs(text)).toEqual([
      "performance postgresql build_time=12000 s",
      "performance postgresql disk_used=41 GB",
      "performance sqlite build_time=18120 s",
      "performance sqlite disk_used=38 GB",
    ]);
  });

  it("reads columns separated by runs of spaces", () => {
    expect(
      briefs(
        "Framework     Median latency     Throughput\nDjango        31 ms              2,900 req/s\nFlask         24 ms              3,400 req/s",
      ),
    ).toEqual([
      "performance django latency_median=31 ms",
      "performance django throughput=2900 req/s",
      "performance flask latency_median=24 ms",
      "performance flask throughput=3400 req/s",
    ]);
  });

  it("attaches the section's stated setup to every figure under it, and not beyond", () => {
    const text =
      "## Bench\n\nHardware: 4 vCPU, 8 GB\nDataset: 2M rows\n\n| Database | Insert time |\n| SQLite | 14 s |\n\n## Later\n\nPostgreSQL finished the build in 9 s.";
    const out = claims(text);
    expect(out[0].conditions).toMatchObject({ hardware: "4 vCPU, 8 GB", dataset: "2M rows" });
    expect(out[1].conditions.hardware).toBeUndefined();
    expect(brief(out[1])).toBe("performance postgresql build_time=9 s");
  });
});

describe("attribute values", () => {
  it("reads a bare word under an attribute the vocabulary does not know as its value, never as 'built in'", () => {
    const out = extractClaims(
      "| | PostgreSQL | SQLite |\n| Setup effort | Moderate | Trivial |\n| Row-level security | Yes | No |",
      TECHS,
    );
    expect(out.map((c) => c.statement)).toEqual([
      "PostgreSQL: setup effort — Moderate.",
      "SQLite: setup effort — Trivial.",
      "PostgreSQL has row-level security built in.",
      "SQLite has no built-in row-level security.",
    ]);
  });
});

describe("versions tested", () => {
  it("reads a Versions setup line and a list item that is only a name and a version as version facts", () => {
    const text = "Versions: Django 5.0.4, Flask 3.0.3\n\nWhat we ran:\n\n- FastAPI 0.110.1\n- Flask: 0.024 s";
    expect(
      extractClaims(text, TECHS)
        .filter((c) => c.kind === "fact")
        .map((c) => `${c.technologies[0]} ${c.conditions.version}`),
    ).toEqual(["django 5.0.4", "flask 3.0.3", "fastapi 0.110.1"]);
  });

  it("reads a key–value list of versions ('- **Name**: 1.2.3'), and nothing where the key is no technology", () => {
    const text = "## Versions\n\n- **Django**: 5.0.4\n- Flask: v3.0.3\n- Build date: 1.2.3\n- Laravel: 11 s";
    expect(
      extractClaims(text, TECHS)
        .filter((c) => c.kind === "fact")
        .map((c) => `${c.technologies[0]} ${c.conditions.version}`),
    ).toEqual(["django 5.0.4", "flask 3.0.3"]);
  });
});

describe("cells that are not figures", () => {
  it("turns descriptions into feature statements naming the attribute, winners into recommendations", () => {
    const out = claims(
      "| Aspect | Django | Flask | Winner |\n| Config format | settings.py module | app.config dict | Both |\n| Admin | ✅ | ❌ | Django |",
    );
    expect(out.map((c) => c.statement)).toEqual(
      expect.arrayContaining([
        "Django: config format — settings.py module.",
        "Flask: config format — app.config dict.",
        "Django and Flask are recommended for config format.",
        "Django is recommended for admin.",
        "Django has an admin interface built in.",
        "Flask has no built-in admin interface.",
      ]),
    );
  });
});

describe("comparisons in prose", () => {
  it("names both technologies, the favoured one first", () => {
    expect(briefs("In our runs FastAPI was 3x faster than Flask.")).toEqual([
      "performance fastapi+flask speed_ratio=3 x",
    ]);
    expect(briefs("Flask came out 2–3x slower than FastAPI on the JSON test.")).toEqual([
      "performance fastapi+flask speed_ratio=2 x",
    ]);
    expect(briefs("SQLite used 40% less memory than PostgreSQL here.")).toEqual([
      "performance sqlite+postgresql memory_difference=40 %",
    ]);
  });
});

describe("tables whose cells lost their separators", () => {
  const text = [
    "Our numbers on one laptop:",
    "",
    "Operation Redis Memcached Redis's Edge",
    "Get latency 0.8ms 1.1ms 1.4x faster",
    "Memory used MB 120 95 21% more",
    "",
  ].join("\n");
  const found = extractClaims(text, new TechResolver([])).filter((c) => c.kind === "performance");

  it("reads the values from the end of each row and the columns from the technologies in the header", () => {
    const figure = (tech: string, value: number) => found.find((c) => c.technologies[0] === tech && c.value === value);
    expect(figure("redis", 0.8)?.unit).toBe("ms");
    expect(figure("memcached", 1.1)?.unit).toBe("ms");
    expect(figure("redis", 120)?.unit).toBe("MB");
    expect(figure("memcached", 95)?.unit).toBe("MB");
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("a footnote mark on a cell is no part of its value; a row that names what it counts gives that unit, not a score", () => {
    const text = [
      "Sizing we were given:",
      "",
      "Setting Redis Memcached",
      "RAM (minimum) 3GiB¹ 768MiB²",
      "RAM (advised) 6GiB 2GiB*",
      "vCPU 2 1",
      "",
      "¹ our guess",
      "² per the docs",
    ].join("\n");
    const out = extractClaims(text, new TechResolver([])).filter((c) => c.kind === "performance");
    const brief = (c: CandidateClaim) => `${c.technologies[0]} ${c.value} ${c.unit}`;
    expect(out.map(brief)).toEqual([
      "redis 3 GiB",
      "memcached 768 MiB",
      "redis 6 GiB",
      "memcached 2 GiB",
      "redis 2 vCPU",
      "memcached 1 vCPU",
    ]);
    expect(out[4].statement).toBe("Redis: 2 vCPU (Sizing we were given).");
    for (const c of out) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("a sentence that merely ends in numbers is not a table", () => {
    expect(
      extractClaims(
        "Redis and Memcached were compared.\nWe ran it 3 times 5 ways\nand then 2 more 4 times\n",
        new TechResolver([]),
      ).filter((c) => c.kind === "performance"),
    ).toEqual([]);
  });
});

describe("relative figures and derived units in tables", () => {
  it("reads a ratio column of a two-technology table as a comparison between the two", () => {
    const out = claims(
      "Metric Flask FastAPI Flask's Advantage\nCold start 376ms 6s 15.9x faster\nImage size 866KB 934KB 7.3% smaller",
    );
    const ratios = out.filter((c) => c.unit === "x" || c.unit === "%");
    expect(ratios.map((c) => [c.technologies, c.value, c.unit])).toEqual([
      [["flask", "fastapi"], 15.9, "x"],
      [["flask", "fastapi"], 7.3, "%"],
    ]);
    // The cell's own word says which way: "15.9x faster than FastAPI".
    expect(ratios[0].statement).toContain("15.9x faster than FastAPI");
  });

  it("reads '(2.5x)' beside a row at '(1.00x)' as a ratio to that row's technology", () => {
    const text =
      "| Tool | Run time |\n|---|---|\n| Express | 0.100s (1.00x) |\n| Laravel | 0.250s (2.50x) |\n| Django | 0.310s (3.10x) |";
    const ratios = claims(text).filter((c) => c.unit === "x");
    expect(ratios.map((c) => [c.technologies, c.value])).toEqual([
      [["express", "laravel"], 2.5],
      [["express", "django"], 3.1],
    ]);
  });

  it("gives a spread column the unit of the measurement before it", () => {
    const spread = claims(
      "| Tool | Boot time (sec) | Std Dev |\n|---|---|---|\n| Flask | 0.66 | 0.03 |\n| Django | 2.20 | 0.18 |",
    ).filter((c) => /std_dev/.test(c.metric ?? ""));
    expect(spread.map((c) => [c.technologies, c.value, c.unit])).toEqual([
      [["flask"], 0.03, "s"],
      [["django"], 0.18, "s"],
    ]);
  });

  it("reads a lower-case name in a column of technologies as that technology", () => {
    const out = claims(
      "| Framework | Boot time (s) |\n|---|---|\n| `Flask` | 0.66 |\n| `Django` | 2.20 |\n| `express` | 0.40 |",
    );
    expect(out.map((c) => c.technologies[0])).toEqual(["flask", "django", "express"]);
  });
});

describe("scorecards", () => {
  it("reads a flattened scorecard, one cell per line and rows set apart by blank lines: versions as conditions, ratings, counts", () => {
    const card =
      "## Our scorecard\n\nFramework\nVersion\nSpeed\nDocs\nGitHub stars\n\nDjango\n5.1\n8/10\n7\n81k\n\nFlask\n3.0.3\n9/10\n9\n68k\n\nThe end.";
    const out = claims(card);
    expect(out.map(brief)).toEqual([
      "performance django speed_score=8 score",
      "performance django docs_score=7 score",
      "fact django github_stars=81000 stars",
      "performance flask speed_score=9 score",
      "performance flask docs_score=9 score",
      "fact flask github_stars=68000 stars",
    ]);
    expect(out[3].conditions.version).toBe("3.0.3");
  });

  it("reads star ratings, and bare numbers outside a row of small scores as counts, not scores", () => {
    expect(briefs("| | Django | Flask |\n|---|---|---|\n| Docs | ★★★★☆ | ★★★☆☆ |\n| Open issues | 120 | 45 |")).toEqual(
      [
        "performance django docs_score=4 score",
        "performance flask docs_score=3 score",
        "fact django open_issues=120 issues",
        "fact flask open_issues=45 issues",
      ],
    );
  });
});

describe("which way a table runs", () => {
  it("reads technologies across the header when the corner cell names the rows' attribute, even if row labels are in the lexicon", () => {
    const text =
      "| Capability | Pyramid | Bottle |\n| OpenAPI docs | ✅ built-in | ❌ plugin needed |\n| WebSockets | partial | ✅ native |\n| Admin UI | ❌ none | ❌ none |";
    const features = extractClaims(text, new TechResolver([])).filter((c) => c.kind === "feature");
    const subjects = new Set(features.flatMap((c) => c.technologies));
    expect(subjects.has("openapi")).toBe(false);
    expect(subjects.has("websockets")).toBe(false);
    expect(features.map((c) => c.statement)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Pyramid has OpenAPI documentation built in/),
        expect.stringMatching(/^Bottle has WebSocket support built in/),
      ]),
    );
  });
});
