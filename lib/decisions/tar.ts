// A minimal POSIX ustar writer for the decision-log download: one regular file per decision, no
// directories, no compression. Small enough not to need an archive dependency; `tar -xf` reads it.
const BLOCK = 512;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, "0") + "\0";
}

function header(name: string, size: number, mtime: number): Uint8Array {
  const block = new Uint8Array(BLOCK);
  const encoder = new TextEncoder();
  const put = (text: string, offset: number, width: number) =>
    block.set(encoder.encode(text).subarray(0, width), offset);
  const encodedName = encoder.encode(name);
  if (encodedName.length > 100) throw new Error(`File name longer than 100 bytes: ${name}`);
  put(name, 0, 100);
  put(octal(0o644, 8), 100, 8);
  put(octal(0, 8), 108, 8); // uid
  put(octal(0, 8), 116, 8); // gid
  put(octal(size, 12), 124, 12);
  put(octal(Math.floor(mtime / 1000), 12), 136, 12);
  put("        ", 148, 8); // checksum placeholder: spaces while summing
  put("0", 156, 1); // regular file
  put("ustar\0", 257, 6);
  put("00", 263, 2);
  const sum = block.reduce((n, byte) => n + byte, 0);
  put(octal(sum, 7) + " ", 148, 8);
  return block;
}

/** The files as one tar archive. Names must be unique and at most 100 bytes (MADR names are short). */
export function tarOf(files: Array<{ name: string; content: string }>, mtime = Date.now()): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (const file of files) {
    const data = encoder.encode(file.content);
    parts.push(header(file.name, data.length, mtime), data);
    const pad = (BLOCK - (data.length % BLOCK)) % BLOCK;
    if (pad) parts.push(new Uint8Array(pad));
  }
  parts.push(new Uint8Array(BLOCK * 2)); // end of archive
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
