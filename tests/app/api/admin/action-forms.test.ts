/** @jest-environment node */
// Every resource action has a generated form whose fields are exactly its input's: the admin meta
// sends each action's zod input as JSON Schema (lib/admin/action-forms.ts), and the action dialog
// builds its inputs from that (components/admin/actions/action-form.ts). An input field the form
// cannot offer, or one it would ask for differently from the server, fails here.
import { z } from "zod";
import * as metaRoute from "@/app/api/admin/meta/route";
import { actionFields } from "@/components/admin/actions/action-form";
import type { AdminMeta } from "@/components/admin/meta";
import { actionInputSchema } from "@/lib/admin/action-forms";
import { RESOURCES } from "@/lib/resources";
import { freshDatabase, useAsAppDatabase, type TestDatabase } from "../../../support/databases";
import { makeUser } from "../../../support/factories";
import { call } from "../../../support/http";

const EVERY_ACTION = RESOURCES.flatMap((def) =>
  Object.entries(def.actions ?? {}).map(([name, action]) => ({
    key: `${def.name}.${name}`,
    input: action.input as z.ZodType,
  })),
);
const shapeOf = (input: z.ZodType) => (input as unknown as z.ZodObject).shape;

describe("action forms from the registry", () => {
  it.each(EVERY_ACTION.map((a) => [a.key, a.input] as const))(
    "%s: the form has exactly the input's fields, required where the server requires them",
    (_key, input) => {
      expect(input).toBeInstanceOf(z.ZodObject);
      const shape = shapeOf(input);
      const fields = actionFields(actionInputSchema(input));
      expect(fields.map((f) => f.name)).toEqual(Object.keys(shape));
      for (const field of fields) {
        const property = shape[field.name] as z.ZodType;
        // Required in the form exactly when leaving it out fails on the server.
        expect([field.name, field.required]).toEqual([field.name, !property.safeParse(undefined).success]);
        if (field.kind === "select")
          for (const choice of field.choices)
            expect([field.name, choice, property.safeParse(choice).success]).toEqual([field.name, choice, true]);
        if (field.kind === "reference" || field.kind === "references")
          expect(RESOURCES.map((r) => r.name)).toContain(field.reference);
        expect(field.label).not.toBe("");
      }
    },
  );

  it("covers the actions that take input, with their labels, pickers and choices", () => {
    const formOf = (key: string) => actionFields(actionInputSchema(EVERY_ACTION.find((a) => a.key === key)!.input));
    expect(
      EVERY_ACTION.filter((a) => Object.keys(shapeOf(a.input)).length > 0)
        .map((a) => a.key)
        .sort(),
    ).toEqual([
      "claims.merge",
      "claims.setStatus",
      "contradictions.resolve",
      "technologies.mergeInto",
      "verdicts.adjust",
      "verdicts.override",
      "verdicts.publishProposal",
    ]);
    expect(formOf("claims.merge")).toEqual([
      { name: "intoId", label: "Merge into claim", kind: "reference", reference: "claims", required: true },
    ]);
    expect(formOf("technologies.mergeInto")[0]).toMatchObject({
      kind: "reference",
      reference: "technologies",
      filter: { status: "ACTIVE" },
    });
    expect(formOf("contradictions.resolve")).toEqual([
      { name: "status", label: "Status", kind: "select", choices: ["RESOLVED", "NOT_COMPARABLE"], required: true },
      {
        name: "resolutionNote",
        label: "How it was resolved",
        kind: "multiline",
        minLength: 3,
        maxLength: 5000,
        required: true,
      },
    ]);
    expect(formOf("verdicts.override").map((f) => [f.name, f.kind, f.required])).toEqual([
      ["recommendedIds", "references", true],
      ["title", "text", false],
      ["summary", "multiline", false],
      ["rationale", "multiline", false],
      ["reason", "multiline", true],
    ]);
    expect(formOf("verdicts.adjust").find((f) => f.name === "recommendedIds")).toMatchObject({
      kind: "references",
      required: false,
    });
    expect(formOf("verdicts.publishProposal").find((f) => f.name === "reason")).toMatchObject({
      label: "Note (optional)",
      required: false,
    });
  });

  it("refuses an input field it has no input for, rather than leaving it out of the form", () => {
    expect(() => actionFields(actionInputSchema(z.strictObject({ when: z.date() })))).toThrow(
      /"when" has no form input/,
    );
    expect(() => actionFields(actionInputSchema(z.strictObject({ weight: z.number() })))).toThrow(
      /"weight" has no form input/,
    );
    expect(() =>
      actionFields(actionInputSchema(z.strictObject({ nested: z.strictObject({ a: z.string() }) }))),
    ).toThrow(/"nested" has no form input/);
  });
});

describe("the admin meta", () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase("sqlite");
    useAsAppDatabase(t);
  });
  afterEach(() => t.close());

  it("sends each action the user may run with its input's schema", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const meta = (await call(metaRoute.GET, { url: "/api/admin/meta", actor: editor })).json as AdminMeta;
    const actions = meta.resources.flatMap((r) =>
      r.actions.map((a) => ({ key: `${r.name}.${a.name}`, input: a.input })),
    );
    expect(actions.map((a) => a.key).sort()).toEqual(EVERY_ACTION.map((a) => a.key).sort());
    for (const { key, input } of actions)
      expect([key, input]).toEqual([key, actionInputSchema(EVERY_ACTION.find((a) => a.key === key)!.input)]);
    const merge = actions.find((a) => a.key === "claims.merge")!.input!;
    expect(merge.properties?.intoId).toMatchObject({
      type: "string",
      title: "Merge into claim",
      "x-reference": "claims",
    });
  });
});
