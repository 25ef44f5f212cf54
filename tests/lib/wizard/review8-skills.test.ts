// Review 8, G9/H8: a team may know several technologies. Every skill it names counts in the ranking
// and is named in the explanations, on evidence sets written here (review 5's world: FastAPI and
// Django in Python, Express in JavaScript, Laravel in PHP).
import { feature, rank } from "./review5-world";

// FastAPI leads a public JSON API on its documentation; Laravel and Express have some for them too.
const CLAIMS = [
  feature("fastapi", "FastAPI has OpenAPI documentation built in.", "supports", { sources: ["a", "b", "c", "d"] }),
  feature("laravel", "Laravel documents its API with OpenAPI through a package.", "supports", { sources: ["e", "f"] }),
  feature("express", "Express documents its API with OpenAPI through a package.", "supports", { sources: ["g"] }),
];

describe("a team that knows several languages (review 8, G9/H8)", () => {
  it("every language named counts: the options in any of them come first among those the evidence supports", () => {
    const outcome = rank({ useCase: "public-json-api", skills: ["javascript", "php"], needs: [] }, CLAIMS);
    expect(outcome.ranking.filter((r) => r.familiar).map((r) => r.slug)).toEqual(["laravel", "express"]);
    expect(outcome.ranking.map((r) => r.slug).slice(0, 3)).toEqual(["laravel", "express", "fastapi"]);
    expect(outcome.recommended).toBe("laravel");
    expect(outcome.evidenceLeader).toBe("fastapi");
    // Named in the explanations, each one.
    const skills = outcome.factors.find((f) => f.question === "skills")!;
    expect(skills.label).toBe("The team knows JavaScript and PHP");
    expect(skills.text).toBe(
      // Each skill accounted for on its own (issue 11, N1): both changed the order here.
      "The team knows JavaScript and PHP. JavaScript: Express has supporting evidence here, so it comes before technologies the team would have to learn. PHP: Laravel has supporting evidence here, so it comes before technologies the team would have to learn.",
    );
    // Alone, either one puts only its own option first.
    const php = rank({ useCase: "public-json-api", skills: ["php"], needs: [] }, CLAIMS);
    expect(php.ranking.filter((r) => r.familiar).map((r) => r.slug)).toEqual(["laravel"]);
    const js = rank({ useCase: "public-json-api", skills: ["javascript"], needs: [] }, CLAIMS);
    expect(js.recommended).toBe("express");
  });

  it("a pick in none of the team's languages is said to be one it does not know, with both known options' standing", () => {
    const claims = [
      ...CLAIMS.slice(0, 1),
      feature("laravel", "Laravel has no built-in OpenAPI documentation.", "against", { sources: ["e"] }),
      feature("express", "Express has no built-in OpenAPI documentation.", "against", { sources: ["g"] }),
    ];
    const outcome = rank({ useCase: "public-json-api", skills: ["javascript", "php"], needs: [] }, claims);
    expect(outcome.recommended).toBe("fastapi");
    expect(outcome.caveat).toMatch(/^FastAPI is in Python, which the team does not know\./);
    expect(outcome.caveat).toMatch(/Express/);
    expect(outcome.caveat).toMatch(/Laravel/);
  });
});
