// A verdict's evidence balance: support vs counter-evidence by kind, one scale for both bars.
import { evidenceBalance, type BalanceEvidence } from "@/lib/public/evidence-balance";

const e = (
  role: "SUPPORTS" | "OPPOSES",
  kind: string,
  slug: string,
  weight = 1,
  statement = `Claim ${slug}.`,
  conditions = {},
): BalanceEvidence => ({
  role,
  weight,
  claim: { slug, statement, status: "VERIFIED", kind, conditions },
});

describe("the evidence balance of a verdict", () => {
  it("says next to each claim our own write-up cites that it is ours, and whether anything else cites it", () => {
    const ours = (slug: string, ourOwn: "only" | "also"): BalanceEvidence => {
      const item = e("SUPPORTS", "FEATURE", slug);
      return { ...item, claim: { ...item.claim, ourOwn } };
    };
    const labels = evidenceBalance([
      ours("only-ours", "only"),
      ours("also-ours", "also"),
      e("SUPPORTS", "FEATURE", "theirs"),
    ])!.rows[0].segments.map((s) => s.label);
    expect(labels).toEqual([
      "Supports, feature: Claim also-ours. — also in our own write-up, not counted as a source (weight 1)",
      "Supports, feature: Claim only-ours. — from our own write-up only, no independent source (weight 1)",
      "Supports, feature: Claim theirs. (weight 1)",
    ]);
  });

  it("has nothing to draw for a verdict citing no public claim", () => {
    expect(evidenceBalance([])).toBeNull();
  });

  it("puts support and counter-evidence on one scale, each claim as wide as its weight, grouped by kind", () => {
    const balance = evidenceBalance([
      e("SUPPORTS", "RECOMMENDATION", "pick-django"),
      e("OPPOSES", "PERFORMANCE", "django-slow"),
      e("SUPPORTS", "FEATURE", "django-admin", 2),
      e("SUPPORTS", "FEATURE", "django-auth"),
    ]);
    expect(balance?.rows.map((r) => [r.label, r.segments.map((s) => [s.claimSlug, s.start, s.width])])).toEqual([
      [
        "Supports: 3 claims, weight 4",
        [
          ["django-admin", 0, 50],
          ["django-auth", 50, 25],
          ["pick-django", 75, 25],
        ],
      ],
      ["Speaks against: 1 claim, weight 1", [["django-slow", 0, 25]]],
    ]);
    expect(balance?.kinds).toEqual([
      { kind: "PERFORMANCE", label: "Performance", supports: "–", against: "1 claim, weight 1" },
      { kind: "FEATURE", label: "Features", supports: "2 claims, weight 3", against: "–" },
      { kind: "RECOMMENDATION", label: "Recommendations", supports: "1 claim, weight 1", against: "–" },
    ]);
    expect(balance?.summary).toBe("Evidence balance: supports: 3 claims, weight 4; speaks against: 1 claim, weight 1");
  });

  it("says when nothing speaks against, and names each segment by side, kind, claim title and weight", () => {
    const balance = evidenceBalance([
      e("SUPPORTS", "PERFORMANCE", "fast", 1.5, "FastAPI served 24,000 requests per second (2-vcpu vm, 8, uvicorn).", {
        hardware: "2-vcpu vm",
        workers: 8,
        server: "uvicorn",
      }),
    ]);
    expect(balance?.rows[1]).toEqual({ side: "against", label: "Speaks against: nothing", segments: [] });
    expect(balance?.rows[0].segments[0]).toMatchObject({
      width: 100,
      label:
        "Supports, performance: FastAPI served 24,000 requests per second (hardware 2-vCPU VM, 8 workers, server Uvicorn). (weight 1.5)",
    });
  });

  it("still shows a cited claim whose weight is zero, as a sliver", () => {
    const balance = evidenceBalance([e("SUPPORTS", "OPINION", "meh", 0), e("SUPPORTS", "FACT", "year", 1)]);
    expect(balance?.rows[0].segments.map((s) => [s.claimSlug, s.width])).toEqual([
      ["year", 80],
      ["meh", 20],
    ]);
    expect(balance?.kinds.map((k) => k.label)).toEqual(["Facts", "Opinions"]);
  });
});
