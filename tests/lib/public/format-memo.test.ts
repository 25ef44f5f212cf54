// Public page data is frozen once per load and shared by every render until a write drops it
// (lib/cache/data.ts): the wordings derived from one frozen setup are worked out once, not per render.
import { claimTitle, conditionsPhrase, type Conditions } from "@/lib/public/format";

/** A setup whose entries count how often they are read (a getter, so a frozen object can still count). */
function countedSetup(): { conditions: Conditions; reads: () => number } {
  let reads = 0;
  const conditions = {};
  for (const [key, value] of Object.entries({ workers: 8, server: "gunicorn" })) {
    Object.defineProperty(conditions, key, { enumerable: true, get: () => ((reads += 1), value) });
  }
  return { conditions: Object.freeze(conditions) as Conditions, reads: () => reads };
}

describe("wordings of a frozen setup", () => {
  it("a frozen setup shown on every render is worded once", () => {
    const { conditions, reads } = countedSetup();
    const first = conditionsPhrase(conditions);
    const once = reads();
    for (let i = 0; i < 5; i++) expect(conditionsPhrase(conditions)).toBe(first);
    expect(first).toBe("8 workers · server Gunicorn");
    expect(reads()).toBe(once);
  });

  it("a title naming a frozen setup's conditions is worked out once per statement", () => {
    const { conditions, reads } = countedSetup();
    const statement = "Django reached 31000 req/s (8, gunicorn).";
    const first = claimTitle(statement, conditions);
    const once = reads();
    for (let i = 0; i < 5; i++) expect(claimTitle(statement, conditions)).toBe(first);
    expect(first).toBe("Django reached 31000 req/s (8 workers, server Gunicorn).");
    expect(reads()).toBe(once);
    expect(claimTitle("FastAPI reached 40000 req/s (8, gunicorn).", conditions)).toBe(
      "FastAPI reached 40000 req/s (8 workers, server Gunicorn).",
    );
  });

  it("a setup that may still change is worded afresh each time", () => {
    const conditions: Conditions = { workers: 8 };
    expect(conditionsPhrase(conditions)).toBe("8 workers");
    conditions.workers = 4;
    expect(conditionsPhrase(conditions)).toBe("4 workers");
    expect(claimTitle("Django reached 9000 req/s (4).", conditions)).toBe("Django reached 9000 req/s (4 workers).");
  });
});
