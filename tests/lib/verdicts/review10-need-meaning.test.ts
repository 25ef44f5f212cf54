// Review 10, F9: queues in advice on web frameworks are the queues background work runs from, so
// "queues and mail without extra services" is the need "background jobs and scheduled tasks"; a
// web server's worker processes serve requests and are no background work.
import { RelevanceRules } from "@/lib/verdicts/relevance";
import { needsOf, USE_CASES as DEMO_USE_CASES } from "../../../prisma/seed/catalog";
import { claim } from "./fixtures";

const demoRules = () =>
  new RelevanceRules(
    DEMO_USE_CASES.map((u) => ({
      slug: u.slug,
      keywords: [],
      drivers: [],
      needs: needsOf(u.slug, u.shared).map((n) => ({ ...n, terms: [...n.terms], metrics: [...n.metrics] })),
    })),
  );
const JOBS = "background-jobs";
const WITH_JOBS = ["back-office-tool", "small-internal-service"];

describe("queues are background jobs (review 10, F9)", () => {
  it("advice for queues counts for background jobs in every demo use case that has the need", () => {
    const rules = demoRules();
    for (const statement of [
      "Use Laravel when you want queues and mail without extra services.",
      "Laravel ships a job queue with retries.",
      "Rails runs background tasks through Active Job.",
    ]) {
      const c = claim(["laravel"], statement, { kind: "FEATURE" });
      for (const slug of WITH_JOBS)
        expect({ statement, slug, jobs: rules.needKeysOf(c, slug).includes(JOBS) }).toEqual({
          statement,
          slug,
          jobs: true,
        });
    }
  });

  it("a web server's worker processes are no background jobs", () => {
    const c = claim(["django"], "Gunicorn runs Django with four workers per core.", { kind: "FEATURE" });
    for (const slug of WITH_JOBS) expect(demoRules().needKeysOf(c, slug)).not.toContain(JOBS);
  });
});
