/** @jest-environment node */
// What the admin's forms are built on: picker choices by name with what tells records apart (a
// claim's status and source), keys already used in conditions, and CSV exports that name links
// instead of listing ids. Through the real route handlers, on both databases.
import * as choicesRoute from "@/app/api/admin/[resource]/choices/route";
import * as keysRoute from "@/app/api/admin/[resource]/keys/route";
import type { Actor } from "@/lib/auth/roles";
import type { Choice } from "@/lib/admin/choices";
import type { KeyUse } from "@/lib/admin/json-keys";
import { findResource } from "@/lib/resources";
import { describeResource } from "@/lib/resources/meta";
import { FORM_FIELDS } from "../../../components/admin/support/form-fields";
import { testProviders, type TestDatabase } from "../../../support/databases";
import { call } from "../../../support/http";
import { makeTeam } from "../../../support/factories";
import { useAppWorld } from "../support/app-database";
import { api, seed, type World } from "../support/admin-api";

it("the registry describes the JSON fields' forms as the component tests render them", async () => {
  for (const [resource, fields] of Object.entries(FORM_FIELDS)) {
    const described = describeResource(findResource(resource)!, "EDITOR").fields;
    // The drivers' shared list is longer than the one the test renders.
    for (const field of fields) {
      const expected =
        "suggestions" in field && field.suggestions
          ? { ...field, suggestions: expect.arrayContaining([...field.suggestions]) }
          : field;
      expect(described.find((f) => f.name === field.name)).toMatchObject(expected);
    }
  }
});

const choices = async (resource: string, actor: Actor | null, query: string) =>
  call(choicesRoute.GET, { url: `/api/admin/${resource}/choices?${query}`, params: { resource }, actor });
const keys = async (resource: string, actor: Actor | null, field: string) =>
  call(keysRoute.GET, { url: `/api/admin/${resource}/keys?field=${field}`, params: { resource }, actor });
const csvLines = (text: string) => text.split("\r\n").filter(Boolean);

describe.each(testProviders())("admin form helpers on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  useAppWorld(provider, (db, world) => {
    t = db;
    w = world;
  });

  it("a claim search offers each claim's statement, status and source title, never the trash", async () => {
    await seed(t.db, "citations", {
      claimId: w.claims[0],
      articleId: w.article.id,
      quote: "Django has a built-in admin.",
    });
    await api.bulk(
      "claims",
      { actor: w.editor },
      { op: "action", action: "setStatus", ids: [w.claims[0]], data: { status: "VERIFIED" } },
    );
    const trashed = await seed(t.db, "claims", { statement: "Django is old.", kind: "OPINION" });
    await api.delete("claims", trashed, { actor: w.editor });
    const res = await choices("claims", w.editor, "q=django");
    expect(res.status).toBe(200);
    const found = (res.json as { data: Choice[] }).data;
    const title = (await t.db.article.findUniqueOrThrow({ where: { id: w.article.id } })).title;
    expect(found).toEqual([
      {
        id: w.claims[0],
        value: w.claims[0],
        title: "Django has a built-in admin.",
        detail: ["Verified", `From ${title}`],
      },
    ]);
    const fast = (await choices("claims", w.editor, "q=FASTAPI")).json as { data: Choice[] };
    expect(fast.data.map((c) => c.detail)).toEqual([["Draft", "No source"]]);
  });

  it("values a form holds come back by name; technology pickers store slugs", async () => {
    const django = await seed(t.db, "technologies", { name: "Django" });
    await seed(t.db, "technologies", { name: "Flask" });
    const bySlug = (await choices("technologies", w.contributor, "by=slug&value=django&value=flask")).json as {
      data: Choice[];
    };
    expect(bySlug.data.map((c) => [c.value, c.title]).sort()).toEqual([
      ["django", "Django"],
      ["flask", "Flask"],
    ]);
    const byId = (await choices("technologies", w.editor, `value=${django}`)).json as { data: Choice[] };
    expect(byId.data).toEqual([{ id: django, value: django, title: "Django", detail: ["Active"] }]);
    expect((await choices("useCases", w.editor, "by=slug&q=x")).status).toBe(200);
    expect((await choices("citations", w.editor, "by=slug")).status).toBe(400);
  });

  it("a contributor's picker offers only what they may open; roles without read get 403, strangers 401", async () => {
    const other = await makeTeam(t.db, "Elsewhere");
    await seed(t.db, "decisions", {
      title: "Pick a queue",
      teamId: other.id,
      date: "2026-02-01",
      context: "Private.",
      chosenOption: "Kafka",
    });
    const mine = (await choices("decisions", w.contributor, "q=pick")).json as { data: Choice[] };
    expect(mine.data.map((c) => c.title)).toEqual(["Pick a web framework"]);
    const editors = (await choices("decisions", w.editor, "q=pick")).json as { data: Choice[] };
    expect(editors.data.map((c) => c.title).sort()).toEqual(["Pick a queue", "Pick a web framework"]);
    expect((await choices("users", w.editor, "q=a")).status).toBe(403);
    expect((await choices("claims", null, "q=a")).status).toBe(401);
  });

  it("condition keys already in use are suggested, most used first, from live claims only", async () => {
    await seed(t.db, "claims", {
      statement: "A served 10 rps.",
      kind: "PERFORMANCE",
      value: 10,
      unit: "req/s",
      conditions: { workers: 4, hardware: "laptop" },
    });
    await seed(t.db, "claims", {
      statement: "B served 20 rps.",
      kind: "PERFORMANCE",
      value: 20,
      unit: "req/s",
      conditions: { workers: 8 },
    });
    const gone = await seed(t.db, "claims", {
      statement: "C served 30 rps.",
      kind: "PERFORMANCE",
      value: 30,
      unit: "req/s",
      conditions: { database: "sqlite" },
    });
    await api.delete("claims", gone, { actor: w.editor });
    const res = await keys("claims", w.editor, "conditions");
    expect(res.status).toBe(200);
    expect((res.json as { data: KeyUse[] }).data).toEqual([
      { key: "workers", count: 2 },
      { key: "hardware", count: 1 },
    ]);
    expect((await keys("claims", w.editor, "statement")).status).toBe(400);
    expect((await keys("claims", w.editor, "directions")).status).toBe(400);
    expect((await keys("claims", null, "conditions")).status).toBe(401);
  });

  it("the CSV export names technologies, use cases and evidence instead of listing ids", async () => {
    const django = await seed(t.db, "technologies", { name: "Django" });
    const flask = await seed(t.db, "technologies", { name: "Flask" });
    await seed(t.db, "claims", {
      statement: "Django beats Flask for admin screens.",
      kind: "OPINION",
      technologyIds: [django, flask],
      conditions: { workers: 4 },
    });
    const claimsCsv = await api.export("claims", { actor: w.contributor }, { filter: { kind: "OPINION" } });
    const [header, row] = csvLines(claimsCsv.text);
    expect(header.split(",")).toEqual(expect.arrayContaining(["Technologies", "Reviewer", "conditions"]));
    expect(header).not.toContain("technologyIds");
    expect(row).toContain(",Django; Flask,");
    expect(row).toContain(",workers: 4,");
    expect(row).toContain(",Opinion,");
    expect(row).not.toContain(django);

    await seed(t.db, "verdicts", {
      title: "For internal tools",
      useCaseId: w.useCase,
      summary: "Django.",
      recommendedIds: [django],
      evidence: [{ claimId: w.claims[0], weight: 2, role: "SUPPORTS" }],
    });
    const verdictsCsv = await api.export("verdicts", { actor: w.editor });
    const text = verdictsCsv.text;
    expect(text).toContain(",Internal tools,Django,");
    expect(text).toContain(',"Django has a built-in admin., Supports, 2",');
  });
});
