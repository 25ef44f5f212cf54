// GitHub's emoji shortcodes (":white_check_mark:", ":x:", ":warning:"): GitHub shows the emoji, so a reader of a
// README's feature matrix sees ✅ and ❌, and the importer reads what the reader sees. Only names in this table
// are replaced (the marks and symbols comparison tables and notes use); any other ":word:" stays as written, and
// code is never touched.

const SHORTCODES: Record<string, string> = {
  white_check_mark: "✅",
  heavy_check_mark: "✔️",
  ballot_box_with_check: "☑️",
  x: "❌",
  heavy_multiplication_x: "✖️",
  negative_squared_cross_mark: "❎",
  no_entry: "⛔",
  no_entry_sign: "🚫",
  stop_sign: "🛑",
  warning: "⚠️",
  construction: "🚧",
  question: "❓",
  grey_question: "❔",
  exclamation: "❗",
  heavy_exclamation_mark: "❗",
  grey_exclamation: "❕",
  bangbang: "‼️",
  interrobang: "⁉️",
  heavy_minus_sign: "➖",
  heavy_plus_sign: "➕",
  "+1": "👍",
  thumbsup: "👍",
  "-1": "👎",
  thumbsdown: "👎",
  green_circle: "🟢",
  yellow_circle: "🟡",
  orange_circle: "🟠",
  red_circle: "🔴",
  large_blue_circle: "🔵",
  blue_circle: "🔵",
  white_circle: "⚪",
  black_circle: "⚫",
  green_square: "🟩",
  yellow_square: "🟨",
  orange_square: "🟧",
  red_square: "🟥",
  white_large_square: "⬜",
  black_large_square: "⬛",
  large_orange_diamond: "🔶",
  large_blue_diamond: "🔷",
  small_orange_diamond: "🔸",
  small_blue_diamond: "🔹",
  eight_pointed_black_star: "✴️",
  eight_spoked_asterisk: "✳️",
  star: "⭐",
  o: "⭕",
  hourglass: "⌛",
  hourglass_flowing_sand: "⏳",
  soon: "🔜",
  zap: "⚡",
  rocket: "🚀",
  fire: "🔥",
  snail: "🐌",
  turtle: "🐢",
  trophy: "🏆",
  "1st_place_medal": "🥇",
  "2nd_place_medal": "🥈",
  "3rd_place_medal": "🥉",
};

const FENCE = /^\s{0,3}(```|~~~)/;
const SHORTCODE = /:([a-z0-9_+-]{1,40}):/g;

/** The lines with known shortcodes outside code (fences and `code spans`) as the emoji GitHub shows. */
export function emojiShortcodesAsEmoji(lines: string[]): string[] {
  let inCode = false;
  return lines.map((line) => {
    if (FENCE.test(line)) {
      inCode = !inCode;
      return line;
    }
    if (inCode || !line.includes(":")) return line;
    // Even-numbered pieces between backticks are outside code spans.
    return line
      .split("`")
      .map((piece, i) => (i % 2 ? piece : piece.replace(SHORTCODE, (whole, name: string) => SHORTCODES[name] ?? whole)))
      .join("`");
  });
}
