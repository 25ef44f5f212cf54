/** @jest-environment node */
// The wizard on a real database: questions from the use cases and drivers editors maintain, the
// recommendation with reasons linking only public claims, team decisions counted only when public.
import { SYSTEM } from "@/lib/auth/roles";
import { ValidationError } from "@/lib/errors";
import { decisions } from "@/lib/resources/decisions";
import { outcomeReviews } from "@/lib/resources/outcome-reviews";
import { technologies } from "@/lib/resources/technologies";
import { useCases } from "@/lib/resources/use-cases";
import { createRecord, updateRecord } from "@/lib/services/records";
import { loadQuestionnaire, recommend, type WizardAnswers } from "@/lib/wizard";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { makeTeam } from "../../support/factories";
import { buildWorld, PRIVATE_STATEMENTS, type World } from "../public/world";

const BACK_OFFICE: WizardAnswers = { useCase: "back-office-tool", skills: ["python"], needs: ["needs-admin-ui"] };

describe.each(testProviders())("the wizard on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    w = await buildWorld(t.db);
    const team = await makeTeam(t.db);
    const decision = async (title: string, technologyId: unknown, visibility: "TEAM" | "PUBLIC") => {
      const d = await createRecord(
        decisions,
        SYSTEM,
        {
          teamId: team.id,
          title,
          date: "2025-02-01",
          context: "An admin for the support staff.",
          chosenOption: title,
          chosenTechnologyIds: [technologyId],
          drivers: ["needs-admin-ui"],
          status: "ACCEPTED",
          visibility,
        },
        t.db,
      );
      await createRecord(
        outcomeReviews,
        SYSTEM,
        { decisionId: d.id, date: "2025-10-01", result: "WORKED", wouldChooseAgain: true },
        t.db,
      );
    };
    await decision("Django for the admin", w.django.id, "PUBLIC");
    await decision("Express for the admin, secretly", w.express.id, "TEAM");
  }, 60_000);
  afterAll(async () => t.close());

  it("a back-office project that needs an admin gets Django, with the verified admin claim linked once, as the reason", async () => {
    const result = await recommend(BACK_OFFICE, t.db);
    expect(result.recommendation?.technologies).toEqual([{ slug: "django", name: "Django" }]);
    expect(result.recommendation?.confidenceExplanation).toMatch(
      /^\d+%: \d+ verified claims? from \d+ independent sources?/,
    );
    expect(result.query).toBe("useCase=back-office-tool&skills=python&needs=needs-admin-ui");
    expect(result.useCase).toMatchObject({
      slug: "back-office-tool",
      href: "/use-cases/back-office-tool",
      category: "framework",
      categoryLabel: "Frameworks",
    });
    const adminReason = result.reasons.find((r) => r.claims.some((c) => c.slug === w.verified.slug));
    expect(adminReason).toMatchObject({ technologySlug: "django" });
    const admin = result.factors.find((f) => f.key === "needs-admin-ui");
    expect(admin).toMatchObject({ moved: true });
    // The ticked need lists every claim it counts, the one given as the reason too (H7).
    expect(admin?.claims.map((c) => c.slug)).toContain(w.verified.slug);
    expect(result.ranking[0]).toMatchObject({ slug: "django", familiar: true });
  });

  it("only a public team decision counts: the private one neither scores nor shows, even for a JavaScript team", async () => {
    const result = await recommend({ ...BACK_OFFICE, skills: ["javascript"] }, t.db);
    const text = JSON.stringify(result);
    // The team decided on one of the use case's four needs, and the reason says so (review 9, R3).
    expect(text).toContain("1 team with 1 of these 4 needs (needs an admin UI) chose Django");
    expect(result.recommendation?.label).toBe("Django");
    expect(result.ranking.find((r) => r.slug === "express")).toMatchObject({ score: 0, familiar: true });
    expect(text).not.toContain("secretly");
    for (const statement of PRIVATE_STATEMENTS) expect(text).not.toContain(statement);
  });

  it("no verified evidence for the use case gives no recommendation rather than a guess", async () => {
    const result = await recommend({ useCase: "small-service", skills: ["none"], needs: [] }, t.db);
    expect(result.recommendation).toBeNull();
    expect(result.reasons).toEqual([]);
    expect(result.factors[0].text).toMatch(/no checked evidence supports any of these frameworks/);
  });

  it("needs and categories editors set through the service layer become the wizard's questions; bad needs are refused", async () => {
    const row = await createRecord(
      useCases,
      SYSTEM,
      {
        name: "Queue for background work",
        slug: "work-queue",
        category: "queue",
        needs: [{ key: "exactly-once", label: "exactly-once delivery", terms: ["exactly once"] }],
      },
      t.db,
    );
    await createRecord(
      technologies,
      SYSTEM,
      { name: "RabbitMQ", slug: "rabbitmq", kind: "queue", language: " Erlang " },
      t.db,
    );
    let questions = await loadQuestionnaire(t.db);
    const queues = questions.categories.find((c) => c.key === "queue");
    expect(queues).toMatchObject({
      label: "Message queues",
      drivers: [{ key: "exactly-once", label: "Exactly-once delivery", terms: ["exactly once"], metrics: [] }],
    });
    expect(queues?.technologies.map((x) => x.slug)).toEqual(["rabbitmq"]);
    expect(queues?.skills[0]).toEqual({ value: "erlang", label: "Erlang" });
    // The framework use cases keep the built-in needs until an editor describes them.
    expect(questions.categories.find((c) => c.key === "framework")?.drivers.map((d) => d.key)).toContain(
      "needs-admin-ui",
    );

    await updateRecord(
      useCases,
      SYSTEM,
      row.id as string,
      {
        version: row.version,
        needs: [{ key: "ordering", label: "strict ordering", terms: ["ordering"], metrics: [] }],
      },
      t.db,
    );
    questions = await loadQuestionnaire(t.db);
    expect(questions.categories.find((c) => c.key === "queue")?.drivers.map((d) => d.key)).toEqual(["ordering"]);
    await expect(
      updateRecord(
        useCases,
        SYSTEM,
        row.id as string,
        {
          needs: [
            { key: "Bad Key", label: "x" },
            { key: "Bad Key", label: "y" },
          ],
        },
        t.db,
      ),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});
