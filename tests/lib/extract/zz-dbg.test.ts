/** @jest-environment node */
import { readFileSync } from "node:fs";
import { extractClaims } from "@/lib/extract";
import { TechResolver } from "@/lib/extract/technologies";
import { parseDocument } from "@/lib/import";
it("dbg", () => {
  const f = process.env.DBG_FILE!;
  const doc = parseDocument({ filename: f.split("/").pop()!, bytes: readFileSync(f) });
  for (const c of extractClaims(doc.text, new TechResolver([]))) console.log(c.kind, c.technologies.join("+"), JSON.stringify(c.statement).slice(0, 160));
  console.log("TEXT", doc.text.slice(0, 300));
});
