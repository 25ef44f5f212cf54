// Per resource: a minimal valid create body, an update patch and the bulk action to exercise.
// Keyed by resource name; the authorization matrix fails for a registry resource missing here,
// so a new resource cannot reach the admin API untested.
import type { Db } from "@/lib/db/client";
import type { World } from "./admin-api";
import { seed } from "./admin-api";

export interface ResourceFixture {
  /** A minimal valid create body. `slot` 0 is used for the seeded row, 1 for the API create. */
  create(w: World, slot: 0 | 1): Record<string, unknown>;
  /** An update patch (the test adds `version`). */
  patch: Record<string, unknown>;
  /** Input of the bulk action to run, for resources that have bulk actions. */
  action?: { name: string; data: Record<string, unknown> };
  /** How to make the row under test when the create body does not suit (read-only resources, scoped rows). */
  seedRow?(w: World): Promise<string>;
}

const ARTICLE_QUOTES = ["Django has a built-in admin.", "Flask is small."] as const;

export const FIXTURES: Record<string, ResourceFixture> = {
  claims: {
    create: (_w, slot) => ({ statement: `Claim ${slot}: Rails ships with an ORM.`, kind: "FACT" }),
    patch: { topic: "orm" },
    action: { name: "setStatus", data: { status: "DRAFT" } },
  },
  articles: {
    create: (_w, slot) => ({ title: `Article ${slot}`, format: "TEXT", text: `Article body number ${slot}.` }),
    patch: { author: "Ann Author" },
  },
  citations: {
    create: (w, slot) => ({ claimId: w.claims[slot], articleId: w.article.id, quote: ARTICLE_QUOTES[slot] }),
    patch: { stance: "MENTIONS" },
  },
  contradictions: {
    create: (w, slot) => ({ claimAId: w.claims[0], claimBId: w.claims[slot + 1] }),
    patch: { reason: "The numbers differ." },
    action: { name: "resolve", data: { status: "RESOLVED", resolutionNote: "Different hardware." } },
  },
  technologies: {
    create: (_w, slot) => ({ name: `Tech ${slot}` }),
    patch: { description: "A tool." },
    action: { name: "confirm", data: {} },
  },
  useCases: { create: (_w, slot) => ({ name: `Use case ${slot}` }), patch: { description: "When it applies." } },
  verdicts: {
    create: (w, slot) => ({
      title: `Verdict ${slot}`,
      useCaseId: w.useCase,
      summary: "Django wins for admin-heavy apps.",
    }),
    patch: { rationale: "Batteries included." },
    action: { name: "publish", data: {} },
  },
  decisions: {
    create: (w, slot) => ({
      title: `Decision ${slot}`,
      teamId: w.team.id,
      date: "2026-02-01",
      context: "Why.",
      chosenOption: "Django",
    }),
    patch: { rationale: "Admin for free." },
  },
  outcomeReviews: {
    create: (w) => ({ decisionId: w.decision, date: "2026-06-01", result: "WORKED", wouldChooseAgain: true }),
    patch: { notes: "Went well." },
  },
  // The contributor's own team: contributors only see their teams.
  teams: {
    create: (_w, slot) => ({ name: `Squad ${slot}` }),
    patch: { description: "A team." },
    seedRow: async (w) => w.team.id,
  },
  memberships: { create: (w, slot) => ({ userId: w.loners[slot].id, teamId: w.team.id }), patch: { role: "LEAD" } },
  users: {
    create: (_w, slot) => ({
      email: `new-user-${slot}@example.test`,
      name: `New User ${slot}`,
      password: "a rather long unusual passphrase",
    }),
    patch: { name: "Renamed User" },
  },
  revisions: {
    create: () => ({}),
    patch: {},
    seedRow: async (w) => (await w.db.revision.findFirstOrThrow({ orderBy: { createdAt: "desc" } })).id,
  },
  loginAttempts: {
    create: () => ({}),
    patch: {},
    seedRow: async (w) =>
      (
        await w.db.loginAttempt.create({
          data: { email: "x@example.test", ip: "10.0.0.1", success: false, outcome: "bad-credentials" },
        })
      ).id,
  },
};

/** The row the matrix reads, changes and deletes. */
export async function rowUnderTest(w: World, resource: string): Promise<string> {
  const fixture = FIXTURES[resource];
  return fixture.seedRow ? fixture.seedRow(w) : seed(w.db, resource, fixture.create(w, 0));
}

export async function currentVersion(db: Db, model: string, id: string): Promise<number> {
  const delegate = (db as unknown as Record<string, { findFirst(a: unknown): Promise<{ version?: number } | null> }>)[
    model
  ];
  return (await delegate.findFirst({ where: { id } }))?.version ?? 1;
}
