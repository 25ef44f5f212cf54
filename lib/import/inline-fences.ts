// "```go get example.com/tool```" on a line of its own is inline code, not a fence: CommonMark forbids a
// backtick in a backtick fence's info string, so the line is a paragraph holding a code span. Read as a
// fence it would open a code block that the next real fence closes, and every line between (a README's
// results tables, say) would be read as code. Such a line becomes the one code span it shows.

/** Three or more backticks opening a line, then text with a backtick in it. */
const FENCE_LIKE = /^(\s{0,3})`{3,}([^`\n]{1,500}`[^\n]{0,2000})$/;

/** The lines with each inline-code line that looks like a fence written as its code span. */
export function inlineFencesAsSpans(lines: string[]): string[] {
  return lines.map((line) => {
    const m = FENCE_LIKE.exec(line);
    return m ? `${m[1]}\`${closingTick(m[2].trimEnd())}` : line;
  });
}

/** The closing run of backticks as one ("X```" -> "X`"); counted, not matched: a regex tried at every tick of a long run is quadratic. */
function closingTick(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === "`") end--;
  return text.length - end >= 2 ? `${text.slice(0, end)}\`` : text;
}
