// Two demo teams with their stack decisions and how those turned out.
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { decisions, memberships, outcomeReviews, teams } from "@/lib/resources";
import { createRecord } from "@/lib/services/records";

type Technologies = Record<string, string>;

export async function seedTeamsAndDecisions(
  db: Db,
  system: Actor,
  userIds: Record<string, string>,
  tech: Technologies,
): Promise<void> {
  const atlas = await createRecord(
    teams,
    system,
    { name: "Atlas Commerce", description: "Marketplace for refurbished lab equipment." },
    db,
  );
  const inference = await createRecord(
    teams,
    system,
    { name: "Inference Squad", description: "Runs the recommendation models behind the shop." },
    db,
  );
  await createRecord(
    memberships,
    system,
    { userId: userIds["contributor@stackverdict.test"], teamId: atlas.id, role: "LEAD" },
    db,
  );
  await createRecord(
    memberships,
    system,
    { userId: userIds["platform@stackverdict.test"], teamId: inference.id, role: "LEAD" },
    db,
  );
  await seedMarketplaceDecision(db, system, atlas.id, tech);
  await seedInferenceDecisions(db, system, inference.id, tech);
}

/** Atlas Commerce: Django for the marketplace, and how it turned out. */
async function seedMarketplaceDecision(db: Db, system: Actor, teamId: string, tech: Technologies): Promise<void> {
  // The claims the marketplace decision leaned on (Django's admin), cited from its drivers.
  const adminClaims = await db.claim.findMany({
    where: {
      deletedAt: null,
      mergedIntoId: null,
      technologies: { some: { id: tech.django } },
      normalized: { contains: "admin" },
    },
    orderBy: { createdAt: "asc" },
    take: 2,
    select: { id: true },
  });
  const marketplace = await createRecord(
    decisions,
    system,
    {
      claimIds: adminClaims.map((c) => c.id),
      teamId,
      title: "Use Django for the marketplace back end",
      status: "ACCEPTED",
      date: "2025-02-10",
      decisionMakers: "Casey (lead), two backend developers, the operations manager",
      visibility: "PUBLIC",
      context:
        "We must launch a marketplace MVP with seller logins and a back office for the operations team within three months.",
      drivers: [
        "needs-admin-ui",
        "needs-auth",
        "editors-non-developers",
        "time-to-first-release",
        "Team already knows Python",
      ],
      options: [
        {
          name: "Django",
          technology: "django",
          pros: ["Admin on day one", "Auth and migrations built in"],
          cons: ["Sync by default"],
        },
        {
          name: "FastAPI",
          technology: "fastapi",
          pros: ["Fast, typed APIs"],
          cons: ["We would build the admin ourselves"],
        },
        {
          name: "Flask",
          technology: "flask",
          pros: ["Small core"],
          cons: ["Everything else is our choice and our work"],
        },
      ],
      chosenOption: "Django",
      chosenTechnologyIds: [tech.django],
      rationale:
        "The operations team needs to edit listings from the first week; Django's admin gives them that without front-end work.",
      consequences: "Good: back office shipped with the MVP. Bad: websocket notifications need Channels later.",
      confirmation: "Operations edits listings without developer help by launch.",
      revisitAt: "2026-02-10",
    },
    db,
  );
  await createRecord(
    outcomeReviews,
    system,
    {
      decisionId: marketplace.id,
      date: "2025-09-01",
      result: "WORKED",
      wouldChooseAgain: true,
      notes:
        "The admin covered 90% of what operations asked for. We underestimated how much custom filtering they would want.",
    },
    db,
  );
}

/** Inference Squad: model serving moved to FastAPI (reviewed), and a proposal kept to the team. */
async function seedInferenceDecisions(db: Db, system: Actor, teamId: string, tech: Technologies): Promise<void> {
  const serving = await createRecord(
    decisions,
    system,
    {
      teamId,
      title: "Move model serving from Flask to FastAPI",
      status: "ACCEPTED",
      date: "2025-04-02",
      decisionMakers: "Priya (lead), ML platform team",
      visibility: "PUBLIC",
      context:
        "Our Flask inference API spends most of its time waiting on the feature store; p95 latency breaks the product's budget.",
      drivers: ["ml-serving", "high-traffic-io", "Async database drivers available"],
      options: [
        {
          name: "FastAPI",
          technology: "fastapi",
          pros: ["Async I/O", "OpenAPI for free"],
          cons: ["Rewrite of request handling"],
        },
        {
          name: "Flask with more workers",
          technology: "flask",
          pros: ["No rewrite"],
          cons: ["Memory per worker", "Still blocking I/O"],
        },
      ],
      chosenOption: "FastAPI",
      chosenTechnologyIds: [tech.fastapi],
      rationale: "The endpoint is I/O-bound; async drivers let one worker overlap feature-store calls.",
      consequences: "Good: p95 fell sharply. Bad: two async-unsafe client libraries had to be replaced.",
      revisitAt: "2025-10-01",
    },
    db,
  );
  await createRecord(
    outcomeReviews,
    system,
    {
      decisionId: serving.id,
      date: "2025-08-15",
      result: "MIXED",
      wouldChooseAgain: true,
      notes:
        "Latency goal met, but part of the win came from fixing a single-worker setup we had before; the comparison flattered FastAPI.",
    },
    db,
  );

  await createRecord(
    decisions,
    system,
    {
      teamId,
      title: "Keep Django admin next to the FastAPI services",
      status: "PROPOSED",
      date: "2025-11-20",
      visibility: "TEAM",
      context: "Analysts want to edit model metadata; building screens in FastAPI would take weeks.",
      drivers: ["needs-admin-ui", "editors-non-developers"],
      options: [
        {
          name: "Django admin on the same PostgreSQL",
          technology: "django",
          pros: ["Free admin"],
          cons: ["Two frameworks to run"],
        },
        { name: "SQLAdmin", pros: ["Stays in FastAPI"], cons: ["Less mature"] },
      ],
      chosenOption: "Django admin on the same PostgreSQL",
      chosenTechnologyIds: [tech.django, tech.fastapi],
      revisitAt: "2026-03-01",
    },
    db,
  );
}
