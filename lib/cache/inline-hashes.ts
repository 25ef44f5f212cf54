// The inline scripts and styles of a rendered page that carried its render's nonce, as CSP hash
// sources: what a replayed copy's policy admits instead of a nonce (lib/http/csp.ts replayPolicy,
// SECURITY.md "Content-Security-Policy and caching"). Only elements stamped with the render's nonce
// count: markup the render did not stamp (an injected <script>, whatever it guessed for a nonce) is
// not hashed, so it stays blocked in every replay exactly as the nonce blocked it in the render.
import { createHash } from "node:crypto";
import type { InlineHashes } from "@/lib/http/csp";

/** An opening <script> or <style> tag. React escapes `>` in attribute values; the bound keeps the scan linear. */
const OPENING = /<(script|style)\b[^>]{0,4096}>/gi;
const CLOSING = { script: /<\/script[\s/>]/gi, style: /<\/style[\s/>]/gi };

/**
 * The text a browser hashes: the element's raw text after the HTML parser's input preprocessing
 * (CR LF and lone CR become LF) and its NUL replacement in script and style data.
 */
const parsedText = (raw: string): string => raw.replace(/\r\n?/g, "\n").replaceAll("\0", "\uFFFD");

const sha256 = (text: string): string => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

/**
 * Hash sources of every inline script and style of `html` that carries ` nonce="<nonce>"`, or null
 * when the page cannot be replayed by hashes: an element left open, or an inline script holding
 * `<!--`, where the parser's escape states could end the element elsewhere than its first `</script`
 * (Next.js and React escape `<` in the scripts they write, so their pages never do).
 */
export function inlineHashes(html: string, nonce: string): InlineHashes | null {
  const stamp = ` nonce="${nonce}"`;
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const match of html.matchAll(OPENING)) {
    const [tag, name] = match;
    if (!tag.includes(stamp)) continue;
    const kind = name.toLowerCase() === "script" ? "script" : "style";
    const start = (match.index ?? 0) + tag.length;
    const closing = CLOSING[kind];
    closing.lastIndex = start;
    const end = closing.exec(html)?.index;
    if (end === undefined) return null;
    // A script file: admitted by 'self', whatever its element holds.
    if (kind === "script" && /\ssrc=/i.test(tag)) continue;
    const text = html.slice(start, end);
    if (kind === "script" && text.includes("<!--")) return null;
    (kind === "script" ? scripts : styles).add(sha256(parsedText(text)));
  }
  return { scripts: [...scripts], styles: [...styles] };
}
