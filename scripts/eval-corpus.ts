// The labelled batches eval:ceiling and eval:train read: texts by others live outside the repository
// (../shared/corpus/batch-1..3, ../corpus-extra/batch-4..), labels in eval/labels. Batches 12 and 13 are
// held back for a blind measurement and are never opened here. A document whose text is absent is left out.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { documentResolver, type TechResolver } from "@/lib/extract";
import { documentUnits, type Unit } from "@/lib/extract/units";
import { parseDocument } from "@/lib/import";
import { CATALOGUES } from "./eval/catalogues";
import { LabelFile, type LabelDocument } from "./eval/labels";
import type { TechNames } from "./eval/score";

/** The batches that may be used for development; 12 and 13 are held back. */
export const DEVELOPMENT_BATCHES = Array.from({ length: 11 }, (_, i) => `batch-${i + 1}`);

const ROOTS = [
  process.env.EVAL_CORPUS,
  "../shared/corpus",
  "/work/shared/corpus",
  "../corpus-extra",
  "/work/corpus-extra",
].filter((r): r is string => Boolean(r));

/** The folder holding a batch's texts, or null when none is present. */
export function batchDir(batch: string): string | null {
  if (!DEVELOPMENT_BATCHES.includes(batch)) throw new Error(`${batch} is not a development batch.`);
  for (const root of ROOTS) if (existsSync(path.join(root, batch))) return path.join(root, batch);
  return null;
}

export interface LoadedDocument {
  batch: string;
  label: LabelDocument;
  text: string;
  resolver: TechResolver;
  units: Unit[];
  names: TechNames;
}

/** One labelled document, read the importer's way with an empty catalogue (a new install). */
export function loadDocument(batch: string, dir: string, label: LabelDocument): LoadedDocument {
  const doc = parseDocument({ filename: label.file, bytes: readFileSync(path.join(dir, label.file)) });
  const resolver = documentResolver(doc.text, CATALOGUES.empty({ batch, documents: [] }));
  const names: TechNames = (slug) => [slug, resolver.nameOf(slug), ...(resolver.ref(slug)?.aliases ?? [])];
  return { batch, label, text: doc.text, resolver, units: documentUnits(doc.text, resolver), names };
}

export function readLabels(batch: string): LabelFile {
  return LabelFile.parse(JSON.parse(readFileSync(path.join("eval/labels", `${batch}.json`), "utf8")));
}

/** Every present document of the given batches (all development batches by default), in batch and file order. */
export function loadBatches(batches: string[] = DEVELOPMENT_BATCHES): LoadedDocument[] {
  const out: LoadedDocument[] = [];
  for (const batch of batches) {
    const dir = batchDir(batch);
    if (!dir || !existsSync(path.join("eval/labels", `${batch}.json`))) continue;
    for (const d of readLabels(batch).documents)
      if (existsSync(path.join(dir, d.file))) out.push(loadDocument(batch, dir, d));
  }
  return out;
}
