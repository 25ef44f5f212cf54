import { readFileSync } from "node:fs";
import { extractClaims, TechResolver } from "@/lib/extract";
import { parseDocument } from "@/lib/import";
const f = process.argv[2];
const doc = parseDocument({ filename: f.split("/").pop()!, bytes: readFileSync(f) });
console.log("TEXT>>", doc.text.slice(0, 600));
for (const c of extractClaims(doc.text, new TechResolver([])))
  console.log(c.kind, c.technologies.join("+"), c.value ?? "", c.unit ?? "", "|", c.statement);
