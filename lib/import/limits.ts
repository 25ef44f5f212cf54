// Guards before any parsing: size, emptiness, binary content, encoding. Each failure says what is wrong.
import { ImportError } from "./errors";

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const MAGIC: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], "a PDF"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0x50, 0x4b, 0x03, 0x04], "a ZIP archive (or a Word/Excel file)"],
  [[0x1f, 0x8b], "a gzip archive"],
  [[0x7f, 0x45, 0x4c, 0x46], "an executable"],
];

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function checkSize(bytes: number, max = MAX_IMPORT_BYTES): void {
  if (bytes > max)
    throw new ImportError(
      `The file is ${mb(bytes)}; the import limit is ${mb(max)}. Split it or import the article alone.`,
    );
}

/** Bytes -> text, or an ImportError saying why the bytes are not a readable document. */
export function decodeDocument(bytes: Uint8Array, max = MAX_IMPORT_BYTES): string {
  checkSize(bytes.length, max);
  if (bytes.length === 0) throw new ImportError("The file is empty.");
  for (const [magic, what] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b))
      throw new ImportError(
        `The file is ${what}, not a text document; export the article as HTML, markdown, JSON or text.`,
      );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const text = new TextDecoder(bytes[0] === 0xff ? "utf-16le" : "utf-16be").decode(bytes);
    return checkText(text);
  }
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new ImportError("The file contains NUL bytes: it looks binary, not a text document.");
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > head.length * 0.05)
    throw new ImportError("The file is mostly control characters: it looks binary, not a text document.");
  try {
    return checkText(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const at = firstInvalidUtf8(bytes);
    throw new ImportError(
      `The file is not valid UTF-8 (byte 0x${bytes[at]?.toString(16).padStart(2, "0")} at offset ${at}); it is probably Latin-1 or Windows-1252. Save it as UTF-8 and import again.`,
    );
  }
}

/** Text pasted or decoded: BOM removed, line endings unified, emptiness refused. */
export function checkText(text: string, max = MAX_IMPORT_BYTES): string {
  if (text.length > max) checkSize(text.length, max);
  const clean = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!clean.trim()) throw new ImportError("The document is empty (only whitespace).");
  if (clean.includes("\u0000"))
    throw new ImportError("The text contains NUL characters: it looks binary, not a text document.");
  return clean;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return 0;
}

/**
 * An uploaded file's name as a label for reports and revisions: never a path. Directories (either
 * slash), NUL and control characters and leading dots are dropped, so `../../etc/passwd` is
 * "passwd" and `C:\Windows\win.ini` is "win.ini"; nothing on the server is ever opened by this name.
 * The extension survives, because format detection uses it as a hint.
 */
export function uploadLabel(name: string | null | undefined, fallback = "upload"): string {
  /* eslint-disable no-control-regex -- matching control characters is the point here */
  const base =
    (name ?? "")
      .replace(/[\u0000-\u001f\u007f]/g, "")
      .split(/[\\/]/)
      .pop() ?? "";
  /* eslint-enable no-control-regex */
  const label = base
    .replace(/^[.\s]+/, "")
    .trim()
    .slice(-200);
  return label || fallback;
}
