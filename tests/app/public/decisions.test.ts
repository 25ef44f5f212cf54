/** @jest-environment node */
// The public decision pages and the decisions block of a comparison, rendered against a real
// database: public decisions with their outcomes and cited claims; team-only ones never appear.
import { renderToStaticMarkup } from "react-dom/server";
import type { ReactElement } from "react";
import ComparePage from "@/app/(public)/compare/[pair]/page";
import DecisionPage from "@/app/(public)/decisions/[slug]/page";
import DecisionsPage from "@/app/(public)/decisions/page";
import { SYSTEM } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { listPublicDecisions, revisitNote } from "@/lib/public/decisions";
import { formatDate } from "@/lib/public/format";
import { claims, decisions, outcomeReviews } from "@/lib/resources";
import { createRecord } from "@/lib/services/records";
import { runAction } from "@/lib/services/bulk";
import { freshDatabase, testProviders, useAsAppDatabase, type TestDatabase } from "../../support/databases";
import { makeTeam, makeTechnology } from "../../support/factories";

const html = async (element: Promise<ReactElement>) => renderToStaticMarkup(await element);
const params = <K extends string>(key: K, value: string) => ({
  params: Promise.resolve({ [key]: value } as Record<K, string>),
});
const digestOf = async (element: Promise<unknown>) =>
  (
    (await element.then(
      () => null,
      (e: unknown) => e,
    )) as { digest?: string } | null
  )?.digest;

const SECRET = "Secret FastAPI migration";
const SECRET_NOTES = "Our private postmortem";

async function world(db: Db) {
  const [django, fastapi] = [await makeTechnology(db, "Django"), await makeTechnology(db, "FastAPI")];
  const admin = await createRecord(
    claims,
    SYSTEM,
    { statement: "Django has a built-in admin.", kind: "FEATURE", status: "VERIFIED", technologyIds: [django.id] },
    db,
  );
  const speed = await createRecord(
    claims,
    SYSTEM,
    {
      statement: "FastAPI is faster than Django for I/O.",
      kind: "PERFORMANCE",
      status: "VERIFIED",
      technologyIds: [fastapi.id, django.id],
    },
    db,
  );
  const draft = await createRecord(
    claims,
    SYSTEM,
    { statement: "A draft claim nobody checked.", kind: "FACT", status: "DRAFT", technologyIds: [django.id] },
    db,
  );
  const team = await makeTeam(db, "Atlas");
  const base = {
    teamId: team.id,
    status: "ACCEPTED",
    date: "2025-02-10",
    context: "We need a back office.",
    chosenOption: "Django",
  };
  const options = [
    { name: "Django", technology: "django", pros: ["Admin"], cons: [] },
    { name: "FastAPI", technology: "fastapi", pros: ["Speed"], cons: ["No admin"] },
  ];
  const shared = await createRecord(
    decisions,
    SYSTEM,
    {
      ...base,
      title: "Django for the marketplace",
      visibility: "PUBLIC",
      options,
      chosenTechnologyIds: [django.id],
      claimIds: [admin.id, speed.id, draft.id],
      drivers: ["needs-admin-ui", "Our own reason"],
    },
    db,
  );
  const secret = await createRecord(
    decisions,
    SYSTEM,
    { ...base, title: SECRET, visibility: "TEAM", options, chosenOption: "FastAPI", chosenTechnologyIds: [fastapi.id] },
    db,
  );
  await createRecord(
    outcomeReviews,
    SYSTEM,
    {
      decisionId: shared.id,
      date: "2025-09-01",
      result: "WORKED",
      wouldChooseAgain: true,
      notes: "Operations loved the admin.",
    },
    db,
  );
  await createRecord(
    outcomeReviews,
    SYSTEM,
    { decisionId: secret.id, date: "2025-09-01", result: "REGRETTED", wouldChooseAgain: false, notes: SECRET_NOTES },
    db,
  );
  return { shared, secret, speed };
}

describe.each(testProviders())("public decisions on %s", (provider) => {
  let t: TestDatabase;
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    useAsAppDatabase(t);
    w = await world(t.db);
  }, 60_000);
  afterAll(async () => t.close());

  it("/decisions lists public decisions with their outcomes, and no team-only decision", async () => {
    const page = await html(DecisionsPage());
    expect(page).toContain(`href="/decisions/${w.shared.slug}"`);
    expect(page).toContain("It worked");
    expect(page).toContain("would choose it again");
    expect(page).not.toContain(SECRET);
    expect((await listPublicDecisions(t.db)).map((d) => d.title)).toEqual(["Django for the marketplace"]);
  });

  it("a decision page shows its drivers, options, outcome and the public claims it cites with their status", async () => {
    const page = await html(DecisionPage(params("slug", String(w.shared.slug))));
    expect(page).toContain("Needs an admin UI");
    expect(page).toContain("Our own reason");
    expect(page).toContain("Operations loved the admin.");
    expect(page).toContain("Django has a built-in admin.");
    expect(page).toContain("FastAPI is faster than Django for I/O.");
    expect(page).not.toContain("A draft claim nobody checked.");
    expect(page).not.toContain("Check the evidence");
  });

  it("warns when a cited claim has since been disputed", async () => {
    await runAction(claims, SYSTEM, "setStatus", [String(w.speed.id)], { status: "DISPUTED" }, null, t.db);
    const page = await html(DecisionPage(params("slug", String(w.shared.slug))));
    expect(page).toContain("Check the evidence");
    expect(page).toMatch(/has since been disputed/);
    await runAction(claims, SYSTEM, "setStatus", [String(w.speed.id)], { status: "VERIFIED" }, null, t.db);
  });

  it("a team-only decision is a 404 and never shows on a comparison", async () => {
    expect(await digestOf(DecisionPage(params("slug", String(w.secret.slug))))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    const compare = await html(ComparePage(params("pair", "django-vs-fastapi")));
    expect(compare).toContain("What teams decided");
    expect(compare).toContain("Django for the marketplace");
    expect(compare).not.toContain(SECRET);
    expect(compare).not.toContain(SECRET_NOTES);
  });

  it("a decision whose revisit day passed with no review since is flagged overdue on its page and the index (#13, G20)", async () => {
    const [team] = await t.db.team.findMany({ take: 1, select: { id: true } });
    const late = await createRecord(
      decisions,
      SYSTEM,
      {
        teamId: team.id,
        status: "ACCEPTED",
        date: "2025-01-10",
        revisitAt: "2025-10-01",
        title: "Postgres for the ledger",
        visibility: "PUBLIC",
        context: "We need a ledger.",
        chosenOption: "PostgreSQL",
      },
      t.db,
    );
    const page = await html(DecisionPage(params("slug", String(late.slug))));
    expect(page).toContain("Review overdue since 1 Oct 2025");
    expect(page).not.toContain("Revisit 1 Oct 2025");
    expect(await html(DecisionsPage())).toContain("Review overdue since 1 Oct 2025");
  });
});

describe("a decision's revisit in words (#13, G20)", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const now = day("2026-12-05");
  const d = (revisitAt: string | null, reviews: string[] = [], status = "ACCEPTED") => ({
    revisitAt: revisitAt ? day(revisitAt) : null,
    status,
    outcomeReviews: reviews.map((r) => ({ date: day(r) })),
  });
  it("says a coming revisit, flags a passed one, and says nothing once it was reviewed or the decision is no longer in force", () => {
    expect(revisitNote(d("2027-03-01"), now, formatDate)).toEqual({ text: "Revisit 1 Mar 2027", overdue: false });
    expect(revisitNote(d("2025-10-01"), now, formatDate)).toEqual({
      text: "Review overdue since 1 Oct 2025",
      overdue: true,
    });
    expect(revisitNote(d("2025-10-01", ["2025-11-02"]), now, formatDate)).toBeNull();
    expect(revisitNote(d("2025-10-01", [], "SUPERSEDED"), now, formatDate)).toBeNull();
    expect(revisitNote(d(null), now, formatDate)).toBeNull();
  });
});
