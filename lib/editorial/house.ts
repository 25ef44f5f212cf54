// House sources: articles the site's own editors wrote. They are evidence (their claims are checked
// like any other), but not independent of the verdicts they feed, so the verdict engine never counts
// them as a source (Article.houseSource → EvidenceCitation.house, lib/verdicts/weights.ts).
// Editors set the mark on an article in the admin; the demo derives it from the byline.

/** The byline the site's editors sign their own write-ups with. */
export const HOUSE_BYLINE = "StackVerdict editors";

/** Whether an article's byline is the editors' own (any case or spacing). */
export function isHouseByline(author: string | null | undefined): boolean {
  return !!author && author.trim().replace(/\s+/g, " ").toLowerCase() === HOUSE_BYLINE.toLowerCase();
}
