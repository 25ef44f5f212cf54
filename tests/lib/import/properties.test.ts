/** @jest-environment node */
// Property-based robustness: random and mutated inputs never escape as anything but an ImportError,
// and adversarial 1 MB lines parse and extract in bounded time (no catastrophic backtracking).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { extractClaims } from "@/lib/extract";
import { parseDocument, ImportError } from "@/lib/import";
import { parseBookmark } from "@/lib/import/bookmark";
import { parseHtml } from "@/lib/import/html";
import { parseMarkdown } from "@/lib/import/markdown";
import { parseNuxtPayload } from "@/lib/import/nuxt";
import { parseSocialPost } from "@/lib/import/social";
import { parseWebPage } from "@/lib/import/webpage";
import { TECHS } from "../extract/technologies";
import { ADVERSARIAL_INPUTS } from "./adversarial";


const FIXTURES = path.resolve(__dirname, "../../fixtures/import");
// Every fixture file, the held-out set in its sub-folder included.
const samples = readdirSync(FIXTURES, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => readFileSync(path.join(e.parentPath, e.name), "utf8"));
const PARSERS: Record<string, (raw: string) => unknown> = {
  bookmark: parseBookmark, nuxt: parseNuxtPayload, webpage: parseWebPage, social: parseSocialPost, html: parseHtml, markdown: parseMarkdown,
  detectAndParse: (raw) => parseDocument({ text: raw }),
  extract: (raw) => extractClaims(raw, TECHS),
};

/** Runs `fn`; only ImportError may escape. */
function safely(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
  }
}

const mutated = fc.tuple(fc.constantFrom(...samples), fc.nat(), fc.nat(), fc.string({ maxLength: 40, unit: "grapheme" })).map(([s, a, b, insert]) => {
  const i = a % (s.length + 1);
  const j = Math.min(s.length, i + (b % 200));
  return s.slice(0, i) + insert + s.slice(j);
});
const anyText = fc.oneof(fc.string({ maxLength: 2000, unit: "grapheme" }), fc.string({ maxLength: 500, unit: "binary" }), mutated, fc.constantFrom(...samples).map((s) => s.slice(0, s.length / 3)));

describe.each(Object.keys(PARSERS))("%s on random and mutated input", (name) => {
  it("never throws anything but an ImportError", () => {
    fc.assert(fc.property(anyText, (text) => safely(() => PARSERS[name](text))), { numRuns: 150 });
  });
});


// Catastrophic backtracking shows up as minutes of CPU, not seconds: the bound is on this process's
// CPU time, so other jobs on a shared machine cannot make it fail. (Wall-clock figures for each input
// are printed by `npm run bench:extract`; the target is < 1 s.)
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

describe("adversarial 1 MB lines", () => {
  it.each(Object.keys(ADVERSARIAL_INPUTS))("%s: every parser and the extractor finish within 3 s of CPU each", (kind) => {
    const text = ADVERSARIAL_INPUTS[kind];
    for (const [name, parse] of Object.entries(PARSERS)) {
      const started = cpuMs();
      safely(() => parse(text));
      const ms = cpuMs() - started;
      if (ms > 3000) throw new Error(`${name} took ${Math.round(ms)} ms of CPU on ${kind}`);
    }
  });
});
