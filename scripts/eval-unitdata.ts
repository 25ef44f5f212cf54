// Training data for the learned unit classifier (lib/extract/unit-model.ts), from labelled documents:
// a unit that best holds a label (scripts/eval-locate.ts) is an example of the label's kind, a unit that
// holds none is an example of "none", and a unit that could hold a label but is not the best one is left
// out (neither side). Words count as features only when the training documents share them: at least 3
// documents of at least 2 batches (generic language, never one article's vocabulary).
import { extractClaims, type CandidateClaim } from "@/lib/extract";
import { readUnit, unitFeatureNames, type UnitReading } from "@/lib/extract/unit-features";
import { UNIT_KINDS, type UnitExample, type UnitKind } from "@/lib/extract/unit-model";
import type { LoadedDocument } from "./eval-corpus";
import { locate } from "./eval-locate";
import { matchesLabel } from "./eval/score";

export interface PreparedDocument {
  doc: LoadedDocument;
  readings: UnitReading[];
  /** Each unit's kind; null where the unit is left out of training. */
  kinds: Array<UnitKind | null>;
  /** The rules' own claims (no model), and whether each matches a label of the document. */
  rules: CandidateClaim[];
  ruleMatches: boolean[];
}

/** Reads a document once: its units' features, their kinds from the labels, the rules' claims. */
export function prepare(doc: LoadedDocument): PreparedDocument {
  const readings = doc.units.map((u) => readUnit(u, doc.resolver));
  const votes = doc.units.map(() => new Map<UnitKind, number>());
  const maybe = new Set<number>();
  for (const l of doc.label.claims) {
    const found = locate(l, doc.units, doc.resolver, doc.names);
    if (!found.length) continue;
    const v = votes[found[0].unit];
    v.set(l.kind, (v.get(l.kind) ?? 0) + 1);
    for (const f of found.slice(1)) maybe.add(f.unit);
  }
  const kinds = votes.map((v, i): UnitKind | null => {
    if (!v.size) return maybe.has(i) ? null : "none";
    return [...v].sort((a, b) => b[1] - a[1] || UNIT_KINDS.indexOf(a[0]) - UNIT_KINDS.indexOf(b[0]))[0][0];
  });
  const rules = extractClaims(doc.text, doc.resolver, { unitModel: null });
  const ruleMatches = rules.map((c) => doc.label.claims.some((l) => matchesLabel(l, c, doc.names)));
  return { doc, readings, kinds, rules, ruleMatches };
}

/** The words (w:/h:) shared by at least 3 documents of at least 2 batches. */
export function vocabulary(docs: PreparedDocument[]): Set<string> {
  const seen = new Map<string, { docs: number; batches: Set<string> }>();
  for (const d of docs) {
    const words = new Set(
      d.readings.flatMap((r) => [...r.words.map((w) => `w:${w}`), ...r.headingWords.map((w) => `h:${w}`)]),
    );
    for (const w of words) {
      const s = seen.get(w) ?? { docs: 0, batches: new Set<string>() };
      s.docs++;
      s.batches.add(d.doc.batch);
      seen.set(w, s);
    }
  }
  return new Set([...seen].filter(([, s]) => s.docs >= 3 && s.batches.size >= 2).map(([w]) => w));
}

/** The labelled units of these documents as examples over the vocabulary's words and the generic features. */
export function examplesOf(docs: PreparedDocument[], vocab: Set<string>): UnitExample[] {
  const admits = (f: string) => vocab.has(f);
  const out: UnitExample[] = [];
  for (const d of docs)
    d.readings.forEach((r, i) => {
      const kind = d.kinds[i];
      if (kind) out.push({ features: unitFeatureNames(r, admits), kind });
    });
  return out;
}
