// Typo tolerance, decided in one place for both databases: the candidates are the catalogue's name
// vocabulary (lib/search/catalogue, held in memory), and this module accepts a candidate only when
// it is a few edits away from what was typed.
import type { Group } from "./query";

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours, the commonest typo:
 * "djnago"). Stops early and returns max + 1 once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/** Edits forgiven for a word of this length: none below 4 letters, 1 up to 5, 2 beyond. */
export const allowedEdits = (length: number): number => (length < 4 ? 0 : length <= 5 ? 1 : 2);

/** The vocabulary word closest to `word` within the allowed edits; null when `word` is itself known. */
export function closestWord(word: string, vocabulary: Iterable<string>): string | null {
  const max = allowedEdits(word.length);
  if (max === 0) return null;
  let best: { word: string; distance: number } | null = null;
  for (const candidate of vocabulary) {
    // A word that begins a known word is no typo: prefix search already finds it.
    if (candidate.startsWith(word)) return null;
    const distance = editDistance(word, candidate, max);
    if (distance <= max && (!best || distance < best.distance || (distance === best.distance && candidate < best.word)))
      best = { word: candidate, distance };
  }
  return best?.word ?? null;
}

/** The query with each correctable word replaced by its correction; null when nothing changed. */
export function correctGroups(groups: Group[], corrections: Map<string, string>): Group[] | null {
  let changed = false;
  const corrected = groups.map((g) => {
    const fix = g.correctable ? corrections.get(g.text) : undefined;
    if (!fix) return g;
    changed = true;
    return { text: fix, alternatives: [{ words: [fix], prefix: true }], correctable: false };
  });
  return changed ? corrected : null;
}
