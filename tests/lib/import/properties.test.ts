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

const MB = 1_000_000;
const ADVERSARIAL: Record<string, string> = {
  letters: "a".repeat(MB),
  capitals: "A".repeat(MB) + "!",
  brackets: "[a](".repeat(MB / 4),
  images: "![".repeat(MB / 2),
  pipes: "|-".repeat(MB / 2) + "x",
  emphasis: "**".repeat(MB / 2),
  hashes: "#".repeat(MB),
  arrows: "Need Django? → ".repeat(MB / 15),
  emoji: "🧱 Django (2005) ".repeat(MB / 17),
  figures: "~1,000 requests per second ".repeat(MB / 27),
  latency: "p95 from 180 ms to ".repeat(MB / 19),
  names: "Django REST framework Django ".repeat(MB / 29),
  quotes: '"'.repeat(MB),
  useWhen: "Use Django when ".repeat(MB / 16),
  frontMatter: `---\n${"key: value\n".repeat(MB / 11)}`,
  json: "[".repeat(MB),
  html: "<div>".repeat(MB / 5),
  released: "first released in ".repeat(MB / 18),
  // Shapes the held-out work added rules for: version facts, bare years, keycap sections, verdict lists.
  since: "since version 3.1 ".repeat(MB / 18),
  years: "Django 2005 ".repeat(MB / 12),
  keycaps: "1️⃣ Django → ".repeat(MB / 14),
  verdicts: "Admin: Django ✅, ".repeat(MB / 17),
  spacedDigits: "1 000 ".repeat(MB / 6),
};

// Catastrophic backtracking shows up as minutes of CPU, not seconds: the bound is on this process's
// CPU time, so other jobs on a shared machine cannot make it fail. (Wall-clock figures for each input
// are printed by `npm run bench:extract`; the target is < 1 s.)
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

describe("adversarial 1 MB lines", () => {
  it.each(Object.keys(ADVERSARIAL))("%s: every parser and the extractor finish within 3 s of CPU each", (kind) => {
    const text = ADVERSARIAL[kind];
    for (const [name, parse] of Object.entries(PARSERS)) {
      const started = cpuMs();
      safely(() => parse(text));
      const ms = cpuMs() - started;
      if (ms > 3000) throw new Error(`${name} took ${Math.round(ms)} ms of CPU on ${kind}`);
    }
  });
});
