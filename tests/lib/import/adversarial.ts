// 1 MB inputs shaped like what the parsers and extraction rules look for, repeated: the inputs that
// would expose catastrophic regex backtracking. The property test bounds their CPU time; npm run
// bench:extract prints their wall time (the issue's target: < 1 s each).
const MB = 1_000_000;

export const ADVERSARIAL_INPUTS: Record<string, string> = {
  letters: "a".repeat(MB),
  // reStructuredText (lib/import/rst.ts): a code directive over a whole megabyte, a table of 125,000 rows, footnotes.
  rstCode: `.. code:: python\n\n${"    x = 1\n".repeat(MB / 10)}`,
  rstTable: `===== =====\nName  Time\n===== =====\n${"a     1\n".repeat(MB / 8)}===== =====\n`,
  rstFootnotes: ".. [#] a note\n   more\n".repeat(MB / 22),
  // rst-directives.ts: a list-table of 100,000 cells, a csv-table whose quote never closes, notes nested in notes,
  // literal blocks one after another, inline roles and links.
  rstListTable: `.. list-table::\n   :header-rows: 1\n\n${"   * - a\n     - 1\n".repeat(MB / 20)}`,
  rstCsvTable: `.. csv-table::\n\n   "a, ${"b, 1 ".repeat(MB / 5)}`,
  rstNested: Array.from({ length: 12 }, (_, k) => `${" ".repeat(3 * k)}.. note::\n\n${" ".repeat(3 * k + 3)}x\n\n`)
    .join("")
    .repeat(MB / 600),
  rstLiteral: "See::\n\n  x = 1\n\n".repeat(MB / 16),
  rstInline: `.. note:: x\n\n${":a:`b <c>` ``d`` `e <f>`_ g_ ".repeat(MB / 32)}`,
  // Documentation sites' markup (lib/import/docs-markup.ts): imports that never close, component tags whose
  // attributes never end, admonitions and tabs nested as deep as indentation allows.
  mdxImports: "import {\n  a,\n".repeat(MB / 14),
  componentsOpen: "<Tabs\n  x=1\n".repeat(MB / 12),
  colonFences: ":::tip[a]\nUse it.\n:::\n".repeat(MB / 24),
  mkdocsNested: Array.from({ length: 20 }, (_, k) => `${"    ".repeat(k)}=== "T${k}"\n\n${"    ".repeat(k + 1)}x\n\n`)
    .join("")
    .repeat(MB / 4_600),
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
