/** @jest-environment node */
// The wizard's recommendation on a real database: the verdict engine's pick, reasons linking only
// public claims, and team decisions counted only when public.
import { SYSTEM } from "@/lib/auth/roles";
import { decisions } from "@/lib/resources/decisions";
import { outcomeReviews } from "@/lib/resources/outcome-reviews";
import { createRecord } from "@/lib/services/records";
import { recommend, type WizardAnswers } from "@/lib/wizard";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { makeTeam } from "../../support/factories";
import { buildWorld, PRIVATE_STATEMENTS, type World } from "../public/world";

const BACK_OFFICE: WizardAnswers = { build: "back-office", skills: "python", editors: "staff", traffic: "low", realtime: "none", ml: "no", timeline: "weeks" };

describe.each(testProviders())("wizard recommendation on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    w = await buildWorld(t.db);
    const team = await makeTeam(t.db);
    const decision = async (title: string, technologyId: unknown, visibility: "TEAM" | "PUBLIC") => {
      const d = await createRecord(decisions, SYSTEM, {
        teamId: team.id, title, date: "2025-02-01", context: "An admin for the support staff.", chosenOption: title, chosenTechnologyIds: [technologyId],
        drivers: ["needs-admin-ui"], status: "ACCEPTED", visibility,
      }, t.db);
      await createRecord(outcomeReviews, SYSTEM, { decisionId: d.id, date: "2025-10-01", result: "WORKED", wouldChooseAgain: true }, t.db);
    };
    await decision("Django for the admin", w.django.id, "PUBLIC");
    await decision("Express for the admin, secretly", w.express.id, "TEAM");
  }, 60_000);
  afterAll(async () => t.close());

  it("a back-office project gets Django, with the verified admin claim linked as the reason", async () => {
    const result = await recommend(BACK_OFFICE, t.db);
    expect(result.recommendation?.technologies).toEqual([{ slug: "django", name: "Django" }]);
    expect(result.query).toBe("build=back-office&skills=python&editors=staff&traffic=low&realtime=none&ml=no&timeline=weeks");
    expect(result.drivers.map((d) => d.key)).toContain("needs-admin-ui");
    const adminReason = result.reasons.find((r) => r.claims.some((c) => c.slug === w.verified.slug));
    expect(adminReason).toMatchObject({ technologySlug: "django", useCase: { slug: "back-office-tool", href: "/use-cases/back-office-tool" } });
    expect(result.ranking[0]).toMatchObject({ slug: "django" });
  });

  it("only a public team decision counts: the private one neither scores nor shows", async () => {
    const result = await recommend(BACK_OFFICE, t.db);
    const text = JSON.stringify(result);
    expect(text).toContain("1 team with matching drivers chose Django");
    expect(result.ranking.map((r) => r.slug)).not.toContain("express");
    expect(text).not.toContain("secretly");
    for (const statement of PRIVATE_STATEMENTS) expect(text).not.toContain(statement);
  });

  it("needs no verified evidence speaks to give no recommendation rather than a guess", async () => {
    const result = await recommend({ build: "ml-service", skills: "neither", editors: "nobody", traffic: "low", realtime: "none", ml: "yes", timeline: "no-rush" }, t.db);
    expect(result.recommendation).toBeNull();
    expect(result.reasons).toEqual([]);
  });
});
