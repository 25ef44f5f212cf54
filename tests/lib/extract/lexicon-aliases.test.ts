/** @jest-environment node */
// Short names a comparison uses for a database (our own sentences): "Surreal" is SurrealDB and "Crate" is CrateDB as
// written with a capital; the everyday words ("a surreal result", "a crate of packages") name nothing.
import { TechResolver } from "@/lib/extract";
import { LEXICON, LEXICON_CATEGORIES } from "@/lib/extract/lexicon";

const slugs = (text: string) => new TechResolver([]).find(text).map((m) => m.slug);

describe("short database names", () => {
  it("reads the capitalised short names as the databases", () => {
    expect(slugs("Surreal writes faster than Crate in this test.")).toEqual(["surrealdb", "cratedb"]);
    expect(slugs("Rabbit acknowledged every message.")).toEqual(["rabbitmq"]);
  });

  it("leaves the everyday words alone", () => {
    expect(slugs("a surreal result from a crate of packages")).toEqual([]);
    expect(slugs("down the rabbit hole")).toEqual([]);
  });
});

describe("names whose plain form is an everyday word", () => {
  it("reads a spelling joined by punctuation in any casing", () => {
    expect(slugs("node.js 14.3")).toEqual(["nodejs"]);
    expect(slugs("express.js and gorilla/mux")).toEqual(["express", "gorilla"]);
  });

  it("still reads the plain word only as the name is written", () => {
    expect(slugs("each node of the tree; an express train")).toEqual([]);
    expect(slugs("Node is fast; Express is small")).toEqual(["nodejs", "express"]);
  });

  it("never reads a file's name as its tool ('Cargo.toml', 'package.json')", () => {
    expect(slugs("Add it to Cargo.toml, then Cargo builds it.")).toEqual(["cargo"]);
    expect(slugs("# Cargo.toml")).toEqual([]);
  });
});

describe("compression libraries, template engines and the standard library's record types", () => {
  it("knows them by the names comparisons use", () => {
    expect(slugs("Zstd beats LZ4 and Brotli on ratio.")).toEqual(["zstandard", "lz4", "brotli"]);
    expect(slugs("We render Jinja2 templates, not Handlebars.")).toEqual(["jinja", "handlebars"]);
    expect(slugs("Data Classes and NamedTuple both generate __init__.")).toEqual(["python-dataclasses", "namedtuple"]);
  });
});

// The shipped lexicon as data: one technology per spelling, and only declared categories.
describe("the shipped lexicon", () => {
  it("gives every slug, name and alias to one technology only, whatever the casing", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of LEXICON)
      for (const spelling of new Set([t.slug, t.name, ...t.aliases].map((s) => s.toLowerCase()))) {
        const first = owner.get(spelling);
        if (first && first !== t.slug) clashes.push(`${spelling}: ${first} / ${t.slug}`);
        owner.set(spelling, first ?? t.slug);
      }
    expect(clashes).toEqual([]);
  });

  it("uses only declared categories and well-formed slugs", () => {
    const declared = new Set<string>(LEXICON_CATEGORIES);
    expect(LEXICON.filter((t) => !declared.has(t.category ?? ""))).toEqual([]);
    expect(LEXICON.filter((t) => !/^[a-z0-9-]+$/.test(t.slug))).toEqual([]);
  });

  it("reads no technology in everyday sentences that start with a short tool's name", () => {
    const everyday = [
      "Requests per second rose after the change.",
      "Click the button, then wait for three seconds.",
      "Less memory was used, and it just works.",
      "Midway through the test the moment passed.",
      "Fresh installs take a minute; remark on the coverage.",
      "Harness the standard validator to migrate the data.",
      "Read the docs before the core data model; good job.",
    ];
    expect(everyday.map(slugs)).toEqual(everyday.map(() => []));
  });

  it("reads the new entries by their names", () => {
    expect(slugs("We moved from Sequelize to Objection.js and from Axios to ky.")).toEqual(
      expect.arrayContaining(["sequelize", "objection-js", "axios"]),
    );
    expect(slugs("Zod beat Yup and Valibot on parse time.")).toEqual(["zod", "yup", "valibot"]);
  });
});

describe("a name of several words written with hyphens", () => {
  it("is the same technology as its spaced name, the longest name first", () => {
    expect(slugs("We compared RTK-Query with SWR.")).toEqual(["rtk-query", "swr"]);
    expect(slugs("vue-router 4 and Vue Router 3")).toEqual(["vue-router", "vue-router"]);
  });
});

describe("a product written after its vendor or joined to another word", () => {
  it("reads 'AWS Lambda@Edge' as Lambda@Edge alone: the vendor before it is no second subject, Lambda no part of it", () => {
    expect(slugs("AWS Lambda@Edge runs at the edge.")).toEqual(["lambda-edge"]);
    expect(slugs("AWS and Azure Functions both bill per call.")).toEqual(["aws", "azure-functions"]);
  });

  it("reads 'S3 Glacier' as Amazon S3 Glacier: a name inside the next one's full name is its prefix", () => {
    expect(slugs("S3 Glacier keeps data for 90 days at least.")).toEqual(["amazon-s3-glacier"]);
    expect(slugs("Django Flask")).toEqual(["django", "flask"]);
  });
});
