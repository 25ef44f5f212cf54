// What reads as the name of a compared thing: a product name as written ("Qdrant", "MicroK8s"), a package as its
// registry spells it ("ujson", "python-rapidjson"), never a word that only organises a page or names a kind of
// software ("Results", "API", "Studio"); and a row or header of such names, the compared items.
// A product name as written: "Qdrant", "LiveView", "k0s", "MicroK8s", "Rspack CLI", "Oxfmt".
// A later word may hold a slash ("Adobe I/O"); a first one may not ("CI/CD", "TCP/IP" name no product).
const NAME = /^(?:[A-Z][\w.+#-]{1,30}|[a-z][a-z0-9]*[A-Z0-9][\w.+#-]{0,30})(?: [A-Z][\w.+#/-]{1,20}){0,2}$/;
// Capitalised words that are never a technology on their own.
const NOT_NAMES = new Set(
  (
    "The A An And Or But If When Why How What Which Who Where This That These Those It Its We Our You Your I My They Their " +
    "Is Are Was Were Be Yes No Not Both Either Neither All Any Some Each Every One Two Three First Second Third " +
    "Which Comparison Benchmark Benchmarks Performance Results Summary Conclusion Introduction Overview Verdict Winner " +
    "Pros Cons Features Feature Setup Test Tests Notes Note Table Name Tool Tools Framework Database Version Versions " +
    "Metric Metrics Time Memory Size Speed Cost Price Pricing Support Use Case Cases Best Better Fast Faster Slow Slower " +
    "January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday " +
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Part Step Chapter Section Update Edit TL DR TLDR FAQ Key Differences Quick " +
    "Here There Now Today However Also Then So Still Just Only More Most Less Other New Old Real Key Main Final Read Min " +
    // Kinds of software and editions: "the API", "an ORM", "Studio", "Pro" name no product on their own.
    "API APIs ORM ORMs SDK SDKs CLI UI GUI CRUD Studio Server Servers Client Clients Platform Plugin Plugins Library " +
    "Libraries Core Pro Enterprise Regional Browser Browsers " +
    // Columns that describe the row rather than name a compared thing.
    "Description Descriptions Details Remarks Remark Comment Comments Explanation Meaning Purpose Example Examples " +
    // Columns computed from the compared ones: "| Scenario | Go | Rust | Savings |".
    "Savings Difference Delta Improvement"
  ).split(" "),
);

// Emoji, joiners and footnote marks ("rock-req 🙋‍♂️", "undici*", "Bun†") are decoration, not part of a name.
export const clean = (s: string): string =>
  s
    // "(8) Adobe I/O", "3. Redis": an enumeration's number is no part of the name.
    .replace(/^\(?\d{1,2}[).]\s+/, "")
    .replace(/\p{Extended_Pictographic}|\u200d|\ufe0f|[†‡§¹²³⁴⁵]/gu, "")
    // Emphasis underscores go; one joining a package's name ("splunk_hf", "delayed_job") stays.
    .replace(/[*`"“”'’()[\]]|(?<![\p{L}\d])_+|_+(?![\p{L}\d])/gu, "")
    .replace(/(?<![:;,.!?])[:;,.!?]+$/, "")
    .replace(/\s+/g, " ")
    .trim();

// A file's name ("Cargo.toml", "package.json", "docker-compose.yml") is never a compared thing.
const FILE_NAME = /\.(?:toml|json|ya?ml|lock|md|txt|cfg|ini|xml|csv|conf|env|sh|mod|sum|html?|tsx|jsx|mjs|cjs)$/i;

export function nameLike(raw: string): string | null {
  const s = clean(raw).replace(/^(?:the|a|an)\s+/i, "");
  if (s.length < 2 || s.length > 40 || !NAME.test(s) || FILE_NAME.test(s)) return null;
  const words = s.split(" ");
  if (words.every((w) => NOT_NAMES.has(w.replace(/(?<![.+#-])[.+#-]+$/, "")))) return null;
  return NOT_NAMES.has(words[0]) ? null : s;
}

// A package as its registry spells it ("ujson", "ruamel.yaml", "python-rapidjson"): lower case, so
// only where the table's shape says the cell names a compared thing, and never a usual column word.
// A runtime's built-in module ("node:test") is spelt with a colon.
// "libc++": a C++ library's name may end in "++".
const PACKAGE =
  /^[a-z](?:[a-z0-9]{1,30}(?:[._:-][a-z0-9]{1,30}){0,3}|[._:-][a-z0-9]{2,30}(?:[._:-][a-z0-9]{1,30}){0,2})(?:\+\+)?$/;
// A repository or a scoped package ("tarantool/go-tarantool", "vmihailenco/msgpack/v5", "@tanstack/query"): its
// owner is part of the name, so two forks of one project stay two things. Not two upper-case words ("CI/CD", "TCP/IP").
const REPOSITORY = /^@?[a-z0-9][\w.-]{1,38}\/[a-z0-9][\w.-]{1,60}(?:\/v\d{1,3})?$/i;
const UPPER_PAIR = /^[A-Z0-9]+\/[A-Z0-9]+$/;
const COLUMN_WORDS = new Set(
  "value values notes note description details result results score total average mean median min max winner comment comments status type name unit units source yes no none default example other others all both".split(
    " ",
  ),
);

export const packageLike = (raw: string): string | null => {
  const s = clean(raw);
  const shaped = PACKAGE.test(s) || (REPOSITORY.test(s) && !UPPER_PAIR.test(s));
  return shaped && !COLUMN_WORDS.has(s) && !FILE_NAME.test(s) ? s : null;
};

/**
 * Every cell names a thing (a product name or a package name), at least two of them: the compared items.
 * `most`: a results table's first column may also hold a few setups described in words ("X + Y from Z"),
 * which name nothing new; the names are kept when they are at least two thirds of the cells.
 */
export function comparedItems(cells: string[], most = false): string[] {
  // Cells come from tableCells, which has already taken off a trailing version ("Boost Format 1.80").
  const named = cells.filter(Boolean).map((c) => nameLike(c.trim()) ?? packageLike(c.trim()));
  const found = named.filter((n): n is string => Boolean(n));
  if (found.length < 2) return [];
  return found.length === named.length || (most && found.length * 3 >= named.length * 2) ? found : [];
}
