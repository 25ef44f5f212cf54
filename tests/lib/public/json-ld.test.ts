import { claimReviewJsonLd, jsonLdString } from "@/lib/public/json-ld";
import { ratingScore } from "@/lib/public/rating";

describe("ClaimReview JSON-LD", () => {
  it("maps rating words to a 1-5 score and keeps the words as alternateName", () => {
    expect(ratingScore("Accurate", "VERIFIED")).toEqual({ label: "Accurate", value: 5 });
    expect(ratingScore("Mostly accurate", "VERIFIED")).toEqual({ label: "Mostly accurate", value: 4 });
    expect(ratingScore("Misleading", "DISPUTED")).toEqual({ label: "Misleading", value: 2 });
    expect(ratingScore("Inaccurate", "REFUTED")).toEqual({ label: "Inaccurate", value: 1 });
    expect(ratingScore(null, "REFUTED")).toEqual({ label: "Inaccurate", value: 1 });
    expect(ratingScore(null, "VERIFIED")).toEqual({ label: "Accurate", value: 5 });
  });

  it("describes the claim, the rating, the organisation and where the claim appeared", () => {
    process.env.NEXT_PUBLIC_SITE_URL = "https://stackverdict.example/";
    const data = claimReviewJsonLd({
      slug: "fastapi-is-fast",
      statement: "FastAPI is fast.",
      status: "VERIFIED",
      rating: "Mostly accurate",
      reviewedAt: new Date("2026-03-04T10:00:00Z"),
      citationUrls: ["https://a.example/post", "https://a.example/post", "https://b.example/x"],
    });
    expect(data).toMatchObject({
      "@type": "ClaimReview",
      url: "https://stackverdict.example/claims/fastapi-is-fast",
      claimReviewed: "FastAPI is fast.",
      author: { "@type": "Organization", name: "StackVerdict" },
      reviewRating: { ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: "Mostly accurate" },
      itemReviewed: {
        "@type": "Claim",
        appearance: [{ url: "https://a.example/post" }, { url: "https://b.example/x" }],
      },
    });
    delete process.env.NEXT_PUBLIC_SITE_URL;
  });

  it("never lets text inside the JSON close the script tag", () => {
    const out = jsonLdString({ claimReviewed: "</script><script>alert(1)</script> & <!--" });
    expect(out).not.toMatch(/<|>/);
    expect(JSON.parse(out)).toEqual({ claimReviewed: "</script><script>alert(1)</script> & <!--" });
  });
});
