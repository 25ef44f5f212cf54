/** @jest-environment node */
// The learner behind "the importer learns from editors" (issue #16 item 10): pure, deterministic,
// and what editors keep rejecting stops being proposed once there are enough decisions to trust.
import { chooseThreshold, describeFeature, hides, reasons, score, train, type Example } from "@/lib/extract/learn";
import { featuresOf, headingIndex, patternOf, type CandidateInput } from "@/lib/extract/learn-features";

const candidate = (statement: string, extra: Partial<CandidateInput> = {}): CandidateInput => ({
  kind: "feature",
  statement,
  quote: statement,
  topic: null,
  metric: null,
  unit: null,
  hasValue: false,
  technologies: 1,
  names: ["PostgreSQL", "Django", "Flask", "Laravel"],
  format: "markdown",
  heading: null,
  conditions: {},
  ...extra,
});

const TECHS = ["PostgreSQL", "Django", "Flask", "Laravel"];
const ATTRIBUTES = ["setup complexity", "performance", "community", "licensing", "maturity", "scaling"];

/** Table rows turned into sentences no editor writes ("X has setup complexity built in"), rejected; real figures kept. */
function decisions(n: number): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < n; i++) {
    const tech = TECHS[i % TECHS.length];
    if (i % 3 === 0)
      out.push({
        keep: false,
        features: featuresOf(
          candidate(`${tech} has ${ATTRIBUTES[i % ATTRIBUTES.length]} built in.`, {
            topic: ATTRIBUTES[i % ATTRIBUTES.length].replace(/ /g, "-"),
          }),
        ),
      });
    else
      out.push({
        keep: true,
        features: featuresOf(
          candidate(`${tech} served ${1000 + i} requests per second with ${(i % 8) + 1} workers.`, {
            kind: "performance",
            metric: "throughput",
            unit: "req/s",
            hasValue: true,
          }),
        ),
      });
  }
  return out;
}

describe("the learner", () => {
  it("learns a separable pattern: rejected phrasings score low, kept ones high", () => {
    const model = train(decisions(90));
    const bad = featuresOf(candidate("SQLite has community built in.", { names: ["SQLite"], topic: "community" }));
    const good = featuresOf(
      candidate("SQLite served 4,200 requests per second with 2 workers.", {
        names: ["SQLite"],
        kind: "performance",
        metric: "throughput",
        unit: "req/s",
        hasValue: true,
      }),
    );
    expect(score(model, bad)).toBeLessThan(0.2);
    expect(score(model, good)).toBeGreaterThan(0.8);
  });

  it("hides a phrasing editors rejected repeatedly once there are enough decisions, and says why", () => {
    const model = train(decisions(90));
    expect(model.threshold).not.toBeNull();
    const bad = featuresOf(candidate("Laravel has scaling built in.", { topic: "scaling" }));
    expect(hides(model, bad)).toBe(true);
    const why = reasons(model, bad)
      .map((r) => r.text)
      .join(" | ");
    expect(why).toMatch(/rejected \d+ of \d+ times/);
    expect(describeFeature(`p:${patternOf(candidate("Laravel has scaling built in."))}`)).toBe(
      "worded like “[technology] has scaling built in” (feature)",
    );
  });

  it("gives its reasons in words an editor understands, never a raw feature name or value", () => {
    expect(describeFeature("techs:1")).toBe("names 1 technology");
    expect(describeFeature("techs:0")).toBe("names no technologies");
    expect(describeFeature("techs:3")).toBe("names 3 or more technologies");
    expect(describeFeature("cond:2")).toBe("states 2 conditions");
    expect(describeFeature("num:yes")).toBe("states a figure");
    expect(describeFeature("qlen:1")).toBe("a quote of 7 to 15 words");
    expect(describeFeature("fmt:web_page")).toBe("from a copied web page");
    expect(describeFeature("c:support=missing")).toBe("says the capability is missing");
    expect(describeFeature("b:T served")).toBe("the words “[technology] served” in its statement");
    // Every feature a candidate of our own has, in words: no "name:value" pairs, no quoted bare numbers.
    const features = featuresOf(
      candidate("Flask served 900 requests per second with 4 workers.", {
        kind: "performance",
        metric: "throughput",
        unit: "req/s",
        hasValue: true,
        heading: "Results on 2 vCPU",
        conditions: { workers: "4", support: "built-in" },
      }),
    );
    for (const f of features) {
      const text = describeFeature(f);
      expect({ f, text, raw: /\b[a-z]+:\S|'\d+'|\b(?:techs|qlen|cond|fmt|num)\b/.test(text) }).toEqual({
        f,
        text,
        raw: false,
      });
    }
  });

  it("a learned reason reads as a sentence: how often editors decided, then what the candidate has", () => {
    const model = train(decisions(90));
    const why = reasons(model, featuresOf(candidate("Django has licensing built in.", { topic: "licensing" }))).map(
      (r) => r.text,
    );
    expect(why.length).toBeGreaterThan(0);
    for (const line of why)
      expect(line).toMatch(
        /^(?:kept|rejected) \d+ of \d+ times: (?:a |an |about |names |states |says |worded like |the |from |measures |under )/,
      );
  });

  it("keeps everything while there are too few decisions to trust", () => {
    const model = train(decisions(30));
    expect(model.threshold).toBeNull();
    expect(hides(model, featuresOf(candidate("Laravel has scaling built in.", { topic: "scaling" })))).toBe(false);
  });

  it("is deterministic: the same decisions give the same weights, threshold and scores", () => {
    const a = train(decisions(80));
    const b = train(decisions(80));
    expect([...a.weights]).toEqual([...b.weights]);
    expect(a.threshold).toBe(b.threshold);
    expect(a.bias).toBe(b.bias);
  });

  it("chooses the threshold that reaches the precision target without hiding much of what was kept", () => {
    const scored = [
      ...Array.from({ length: 10 }, (_, i) => ({ score: 0.05 + i * 0.01, keep: false })),
      ...Array.from({ length: 40 }, (_, i) => ({ score: 0.5 + i * 0.01, keep: i % 10 !== 0 })),
    ];
    const t = chooseThreshold(scored, { precision: 0.85, maxLostRecall: 0.2 });
    // Every rejected one under it is hidden (the lowest kept one is not), and nothing editors kept.
    expect(scored.filter((s) => !s.keep && s.score < 0.5).every((s) => s.score < t)).toBe(true);
    expect(scored.filter((s) => s.keep).every((s) => s.score >= t)).toBe(true);
    // Already precise enough, nothing below rejected often enough: nothing hidden.
    expect(
      chooseThreshold(
        scored.map((s) => ({ ...s, keep: true })),
        { precision: 0.85, maxLostRecall: 0.2 },
      ),
    ).toBe(0);
  });
});

describe("candidate features", () => {
  it("names the rule's wording with technologies and numbers masked", () => {
    expect(
      patternOf(
        candidate("Django REST framework served 31,000 requests per second.", {
          names: ["Django REST framework", "Django"],
        }),
      ),
    ).toBe("feature: T served N … per second");
    const f = featuresOf(candidate("Flask does not ship an admin.", { heading: "Batteries included" }));
    expect(f).toEqual(expect.arrayContaining(["neg", "verbatim", "h:batteries", "k:feature", "techs:1"]));
  });

  it("finds the heading above a position", () => {
    const text = "# Title\n\nIntro.\n\n## Speed\n\nFast.\n";
    const at = headingIndex(text);
    expect(at(text.indexOf("Intro"))).toBe("Title");
    expect(at(text.indexOf("Fast"))).toBe("Speed");
    expect(at(0)).toBe("Title");
  });
});
