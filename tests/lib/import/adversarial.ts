// 1 MB inputs shaped like what the parsers and extraction rules look for, repeated: the inputs that
// would expose catastrophic regex backtracking. The property test bounds their CPU time; npm run
// bench:extract prints their wall time (the target: < 1 s each).
const MB = 1_000_000;

export const ADVERSARIAL_INPUTS: Record<string, string> = {
  letters: "a".repeat(MB),
  // reStructuredText (lib/import/rst.ts): a code directive over a whole megabyte, a table of 125,000 rows, footnotes.
  rstCode: `.. code:: python\n\n${"    x = 1\n".repeat(MB / 10)}`,
  rstTable: `===== =====\nName  Time\n===== =====\n${"a     1\n".repeat(MB / 8)}===== =====\n`,
  rstFootnotes: ".. [#] a note\n   more\n".repeat(MB / 22),
  // AsciiDoc (lib/import/asciidoc.ts): a table of 100,000 cells one per line, an unclosed listing, spans and bold marks.
  adocTable: `= T\n\n|===\n${"|a 2+|1\n".repeat(MB / 8)}`,
  adocListing: `= T\n:author: x\n\n----\n${"x *y* _z_\n".repeat(MB / 10)}`,
  adocMarks: `= T\n\n== S\n\n${"*a _b https://x[y] ".repeat(MB / 20)}`,
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
  // Verdict lists, tables and "X for Y" advice, as the extractor reads them.
  items: "- Admin: Django ✅, FastAPI ❌\n".repeat(MB / 30),
  table: "| Django | FastAPI |\n".repeat(MB / 22),
  forPairs: "Django for x, ".repeat(MB / 14),
  // A social post (long first line, two "→") whose run of hashtags ends in something else: the
  // trailing-tags regex that was quadratic on it took 10 s on 60 KB.
  hashtagRun: `Django → FastAPI → Flask → ${"x".repeat(300)}\n${"#a ".repeat(MB / 3)}!`,
};
