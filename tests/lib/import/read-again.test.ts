/** @jest-environment node */
// Documents are read ahead in the reader pool; one read before the run learned a technology is read
// again only when that technology could change its extraction, and each reader thread builds the
// resolver of a catalogue once. Real pool threads, real extraction; our own writing.
import { TechResolver, type TechRef } from "@/lib/extract";
import { LEXICON } from "@/lib/extract/lexicon";
import type { ImportContext } from "@/lib/import/context";
import { learnTechnologies } from "@/lib/import/context";
import { current, readAll, type ReadDocument } from "@/lib/import/plan";
import { cachedResolverFor, resolverFor } from "@/lib/import/read";
import { closeReaderPool } from "@/lib/import/reader-pool";
import { ClaimIndex } from "@/lib/match/index";

jest.setTimeout(60_000);

const TEXT = [
  "# Quillstream vs Apache Kafka for event pipelines",
  "",
  "Apache Kafka stores every event in a replicated log.",
  "Quillstream does not support exactly-once delivery, and Zephyrdb has no secondary indexes.",
].join("\n");

const kafka = LEXICON.find((t) => t.slug === "kafka") as TechRef;
const zephyr: TechRef = { slug: "zephyrdb", name: "Zephyrdb", aliases: [], proposed: true };

/** A run's context with an empty catalogue: only what reading and learning use. */
function context(): ImportContext {
  const resolver = new TechResolver([]);
  return {
    catalogue: { techs: [], learned: [], id: `test-${Math.random()}` },
    resolver,
    loaded: resolver,
    techIds: new Map(),
    rejected: new Set(),
    index: new ClaimIndex(),
    model: { bias: 0, weights: new Map(), stats: new Map(), examples: 0, kept: 0, threshold: null },
  };
}

async function read(ctx: ImportContext): Promise<ReadDocument> {
  const [result] = await readAll([{ file: "pipelines.md", raw: { filename: "pipelines.md", text: TEXT } }], ctx);
  if ("message" in result) throw new Error(result.message);
  return result;
}

afterAll(() => closeReaderPool());

describe("reading a document again once the run has learned technologies", () => {
  it("a learned technology its resolver already knew (the lexicon's) leaves the read as it was, and a fresh read agrees", async () => {
    expect(kafka).toBeDefined();
    const ctx = context();
    const before = await read(ctx);
    learnTechnologies(ctx, [{ ref: kafka, id: "k1" }]);
    expect(await current(before, ctx)).toBe(before);
    expect((await read(ctx)).extraction).toEqual(before.extraction);
  });

  it("a learned technology the resolver did not know sends the document to be read again", async () => {
    const ctx = context();
    const before = await read(ctx);
    learnTechnologies(ctx, [
      { ref: kafka, id: "k1" },
      { ref: zephyr, id: "z1" },
    ]);
    const namesZephyr = (r: ReadDocument) => r.extraction.claims.some((c) => c.technologies.includes("zephyrdb"));
    expect(namesZephyr(before)).toBe(false);
    const again = await current(before, ctx);
    expect(again).not.toBe(before);
    expect(again.learned).toBe(2);
    expect(namesZephyr(again)).toBe(true);
  });
});

describe("a reader thread's resolvers", () => {
  it("one per catalogue id and number learned; a catalogue without an id gets a new one each time", () => {
    const catalogue = { techs: [], learned: [], id: "cat-1" };
    const first = cachedResolverFor(catalogue);
    expect(cachedResolverFor({ ...catalogue })).toBe(first);
    const grown = cachedResolverFor({ ...catalogue, learned: [zephyr] });
    expect(grown).not.toBe(first);
    expect(grown.has("zephyrdb")).toBe(true);
    expect(first.has("zephyrdb")).toBe(false);
    expect(cachedResolverFor({ techs: [], learned: [] })).not.toBe(cachedResolverFor({ techs: [], learned: [] }));
    expect(resolverFor({ techs: [], learned: [zephyr] }).slugsIn("Zephyrdb is fast.")).toEqual(
      grown.slugsIn("Zephyrdb is fast."),
    );
  });
});
