// An option's standing line reads as one whole sentence whatever evidence it has (review 4, R1: a
// claim counted but not quotable left "…nothing against; strongest ." on a wizard result).
import { standingLine, type Standing, type StandingPiece } from "@/lib/wizard/standing";

const piece = (quote: string, because: string): StandingPiece => ({ quote, claim: true, because, claimIds: ["c1"] });
const standing = (over: Partial<Standing>): Standing => ({
  slug: "quillstack",
  claimsFor: 0,
  decisionsFor: 0,
  against: 0,
  best: null,
  worst: null,
  ...over,
});

describe("an option's standing line", () => {
  it("says there is no evidence, and that this is not evidence against", () => {
    expect(standingLine(standing({}))).toMatch(/^No checked evidence about it .* not because of any\.$/);
  });

  it("quotes the one piece it has after the counts, labelled as the strongest for it (G5)", () => {
    expect(
      standingLine(standing({ claimsFor: 1, best: piece("Quillstack ships an admin.", "needs an admin UI") })),
    ).toBe(
      "1 verified claim for it, nothing against; strongest for: “Quillstack ships an admin.” (counts because: needs an admin UI).",
    );
  });

  it("names the strongest piece each way when it has both, and how many more each count holds (G5)", () => {
    const line = standingLine(
      standing({
        claimsFor: 2,
        against: 1,
        best: piece("Quillstack ships an admin.", "needs an admin UI"),
        worst: piece("Quillstack has no job queue.", "runs background jobs"),
      }),
    );
    expect(line).toBe(
      "2 verified claims for it, 1 against; strongest for: “Quillstack ships an admin.” (counts because: needs an admin UI), and 1 more; strongest against: “Quillstack has no job queue.” (counts because: runs background jobs).",
    );
  });

  it("ends after the counts when no piece can be quoted, never with a dangling “strongest”", () => {
    const line = standingLine(standing({ claimsFor: 1 }));
    expect(line).toBe("1 verified claim for it, nothing against.");
    expect(line).not.toMatch(/strongest\s*\./);
  });
});
