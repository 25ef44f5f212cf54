// Nuxt Content prerendered payload: devalue-flattened JSON. `unflatten` (the devalue package) rebuilds
// the object graph; the document's `minimark` body ([tag, props, ...children]) becomes structured lines.
import { unflatten } from "devalue";
import { authorName, splitTags, tidyLines, urlInfo } from "./common";
import { parseDateValue } from "./dates";
import { emptyDocument, type ParsedDocument } from "./document";
import { ImportError } from "./errors";

const BUILTIN = new Set([
  "Date",
  "Set",
  "Map",
  "RegExp",
  "Object",
  "BigInt",
  "null",
  "Int8Array",
  "Uint8Array",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float32Array",
  "Float64Array",
  "BigInt64Array",
  "BigUint64Array",
  "ArrayBuffer",
  "URL",
  "URLSearchParams",
  "Temporal",
]);

/** Nuxt wraps state in reactive markers (["ShallowReactive", n]…): revive every such marker as its value. */
function identityRevivers(values: unknown[]): Record<string, (v: unknown) => unknown> {
  const revivers: Record<string, (v: unknown) => unknown> = {};
  for (const v of values) {
    if (Array.isArray(v) && typeof v[0] === "string" && /^[A-Z][A-Za-z]{1,40}$/.test(v[0]) && !BUILTIN.has(v[0]))
      revivers[v[0]] = (x) => x;
  }
  return revivers;
}

type Node = string | unknown[];

function inline(node: unknown, depth = 0): string {
  if (typeof node === "string") return node;
  if (!Array.isArray(node) || depth > 200) return "";
  const [tag, , ...children] = node as [string, unknown, ...unknown[]];
  if (tag === "style" || tag === "script") return "";
  return children.map((c) => inline(c, depth + 1)).join("");
}

function props(node: unknown[]): Record<string, unknown> {
  const p = node[1];
  return p && typeof p === "object" && !Array.isArray(p) ? (p as Record<string, unknown>) : {};
}

const isList = (n: unknown): boolean => Array.isArray(n) && (n[0] === "ul" || n[0] === "ol");

/** List items as "- text" lines; a nested list stays under its item, indented two spaces per level. */
function listItems(items: Node[], out: string[], level: number, depth: number): void {
  for (const li of items) {
    if (!Array.isArray(li) || depth > 200) continue;
    const own = li.slice(2).filter((c) => !isList(c));
    const text = own
      .map((c) => inline(c, depth + 1))
      .join("")
      .replace(/\s+/g, " ")
      .trim();
    if (text) out.push(`${"  ".repeat(level)}- ${text}`);
    for (const nested of li.slice(2).filter(isList))
      listItems((nested as unknown[]).slice(2) as Node[], out, Math.min(level + 1, 4), depth + 1);
  }
}

function block(node: Node, out: string[], depth: number): void {
  if (depth > 200) return;
  if (typeof node === "string") {
    if (node.trim()) out.push(node.trim());
    return;
  }
  if (!Array.isArray(node)) return;
  const tag = String(node[0]).toLowerCase();
  const children = node.slice(2) as Node[];
  const text = () => inline(node).replace(/\s+/g, " ").trim();
  if (/^h[1-6]$/.test(tag)) out.push("", `${"#".repeat(Number(tag[1]))} ${text()}`, "");
  else if (tag === "p" || tag === "blockquote") out.push("", text(), "");
  else if (tag === "ul" || tag === "ol") {
    out.push("");
    listItems(children, out, 0, depth);
    out.push("");
  } else if (tag === "table") {
    out.push("");
    const rows: unknown[][] = [];
    const collect = (n: unknown, d: number): void => {
      if (!Array.isArray(n) || d > 50) return;
      if (n[0] === "tr") rows.push(n);
      else for (const c of n.slice(2)) collect(c, d + 1);
    };
    collect(node, 0);
    for (const row of rows)
      out.push(
        `| ${row
          .slice(2)
          .filter(Array.isArray)
          .map((cell) => inline(cell).replace(/\s+/g, " ").trim().replace(/\|/g, "/"))
          .join(" | ")} |`,
      );
    out.push("");
  } else if (tag === "pre") {
    const code = props(node).code;
    const lang = props(node).language;
    out.push(
      "",
      `\`\`\`${typeof lang === "string" ? lang : ""}`,
      (typeof code === "string" ? code : inline(node)).replace(/\n$/, ""),
      "```",
      "",
    );
  } else if (tag === "style" || tag === "script" || tag === "hr") return;
  else for (const c of children) block(c, out, depth + 1);
}

export function minimarkToText(body: unknown): string {
  const value = body && typeof body === "object" && "value" in body ? (body as { value: unknown }).value : body;
  const out: string[] = [];
  if (Array.isArray(value)) for (const n of value) block(n as Node, out, 0);
  return tidyLines(out);
}

/** The document inside the payload: the first object with a minimark (or root) body. */
function findDocument(root: unknown): Record<string, unknown> | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [root];
  while (queue.length && seen.size < 100_000) {
    const v = queue.shift();
    if (!v || typeof v !== "object" || seen.has(v)) continue;
    seen.add(v);
    const body = (v as { body?: unknown }).body;
    if (body && typeof body === "object" && ["minimark", "root"].includes(String((body as { type?: unknown }).type)))
      return v as Record<string, unknown>;
    for (const child of Object.values(v as object)) queue.push(child);
  }
  return null;
}

export function parseNuxtPayload(raw: string): ParsedDocument {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new ImportError(
      `The JSON is malformed or cut off (${error instanceof Error ? error.message : "parse error"}).`,
    );
  }
  if (!Array.isArray(json) || json.length === 0)
    throw new ImportError("This JSON is not a Nuxt Content payload (expected a devalue-flattened array).");
  let root: unknown;
  try {
    root = unflatten(json, identityRevivers(json));
  } catch (error) {
    throw new ImportError(
      `The Nuxt payload could not be unflattened (${error instanceof Error ? error.message : "invalid"}): it may be truncated or not devalue data.`,
    );
  }
  const found = findDocument(root);
  if (!found) throw new ImportError("The Nuxt payload holds no Content document (no body of type minimark).");
  const doc = emptyDocument("NUXT_PAYLOAD", raw);
  const body = found.body as { type?: string; value?: unknown; children?: unknown };
  if (body.type === "root") doc.warnings.push("The body is an older Nuxt Content AST; read as best effort.");
  doc.text = body.type === "root" ? "" : minimarkToText(body);
  doc.title = typeof found.title === "string" ? found.title : (/^# (.+)$/m.exec(doc.text)?.[1] ?? "Untitled document");
  doc.publishedAt = parseDateValue(found.date ?? found.publishedAt ?? found.published ?? null);
  doc.excerpt = typeof found.description === "string" ? found.description : "";
  doc.tags = splitTags(found.tags ?? []);
  doc.readTime =
    typeof found.readTime === "string" || typeof found.readTime === "number" ? String(found.readTime) : null;
  doc.author = authorName(found.author ?? found.authors);
  Object.assign(doc, urlInfo(found.url ?? found.canonical ?? null));
  if (!doc.url && typeof found.path === "string")
    doc.warnings.push(`The payload has only a site path (${found.path.slice(0, 200)}), no full URL.`);
  if (!doc.text) doc.warnings.push("The document body is empty.");
  return doc;
}
