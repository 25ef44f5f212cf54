/** @jest-environment node */
// Architecture decision records (MADR's template and the plainer "We will use X" kind): the chosen option
// is a recommendation for the problem the title states; "Good, because it …" items are arguments about the
// option whose heading they stand under; the record's section names are no use case. Our own writing.
import { extractClaims, TechResolver, type CandidateClaim } from "@/lib/extract";
import { recordUseCase } from "@/lib/extract/decision-records";
import { parseDocument } from "@/lib/import";

const EMPTY = new TechResolver([]);
const brief = (c: CandidateClaim) => `${c.kind} ${c.technologies.join("+")}: ${c.statement}`;

const RECORD = `# Pick a job queue for the billing service

## Context and Problem Statement

The billing service sends invoices in the background and forks a process per job. Which job queue should it use?

## Considered Options

* Sidekiq
* GoodJob

## Decision Outcome

Chosen option: "GoodJob", because it keeps jobs in the database we already run.

### Consequences

* Good, because there is one less server to back up.

## Pros and Cons of the Options

### Sidekiq

* Good, because it is the most widely used Ruby job queue.
* Bad, because it needs a Redis server.

### GoodJob

* Good, because it ships a built-in web dashboard.
* Neutral, because it is younger than Sidekiq.
* Bad, because it is no longer actively developed.
`;

describe("decision records", () => {
  // Through the importer's own parse, as a markdown file is read ("* " items become list items).
  const doc = parseDocument({ filename: "0007-job-queue.md", bytes: Buffer.from(RECORD) });
  const claims = extractClaims(doc.text, EMPTY, { title: doc.title });

  it("the chosen option is recommended for the problem the title states", () => {
    const advice = claims.filter((c) => c.kind === "recommendation");
    expect(advice.map(brief)).toEqual([
      "recommendation goodjob: Use GoodJob as a job queue for the billing service (the decision record's chosen option).",
    ]);
    expect(advice[0].quote).toBe('Chosen option: "GoodJob", because it keeps jobs in the database we already run.');
  });

  it("each argument is a claim about the option it stands under, named in the statement", () => {
    expect(claims.filter((c) => c.kind !== "recommendation").map(brief)).toEqual([
      "opinion sidekiq+ruby: Sidekiq is the most widely used Ruby job queue.",
      "feature sidekiq+redis: Sidekiq needs a Redis server.",
      "feature goodjob: GoodJob ships a built-in web dashboard.",
      "opinion goodjob+sidekiq: GoodJob is younger than Sidekiq.",
      "fact goodjob: GoodJob is no longer actively developed.",
    ]);
    // The quote is the argument as written, without its verdict word.
    expect(claims.find((c) => c.statement.startsWith("GoodJob ships"))?.quote).toBe(
      "it ships a built-in web dashboard.",
    );
    for (const c of claims) expect(doc.text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("the title's verb and the option's own name are not part of the use case", () => {
    expect(recordUseCase("Use Vite for frontend builds", "Vite")).toBe("frontend builds");
    expect(recordUseCase("ADR-0012: Migrate to pnpm", "pnpm")).toBe("");
    expect(recordUseCase("Pick a job queue for the billing service", "GoodJob")).toBe(
      "a job queue for the billing service",
    );
  });
});
