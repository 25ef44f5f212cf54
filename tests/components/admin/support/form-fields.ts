// The JSON fields with forms, as GET /api/admin/meta describes them to an editor: the component
// tests render these (jsdom cannot load the server's registry), and tests/app/api/admin/forms.test.ts
// checks that the registry still describes them so.
import type { AdminMeta, FieldMeta, ResourceMeta } from "@/components/admin/meta";

const DIRECTION_CHOICES = ["supports", "against", "neutral", "rank"].map((id) => ({
  id,
  name: id.charAt(0).toUpperCase() + id.slice(1),
}));

export const FORM_FIELDS: Record<string, FieldMeta[]> = {
  verdicts: [
    {
      name: "evidence",
      type: "json",
      help: "Supporting and opposing claims, each with a weight.",
      form: {
        kind: "rows",
        item: "claim",
        parts: {
          claimId: { type: "reference", label: "Claim", reference: "claims", required: true },
          role: {
            type: "enum",
            label: "Role",
            choices: [
              { id: "SUPPORTS", name: "Supports" },
              { id: "OPPOSES", name: "Opposes" },
            ],
            default: "SUPPORTS",
          },
          weight: { type: "number", label: "Weight", min: 0, max: 10, default: 1 },
        },
      },
    },
  ],
  claims: [
    {
      name: "conditions",
      type: "json",
      form: {
        kind: "keyValues",
        key: { type: "string", label: "Condition", required: true },
        value: { type: "scalar", label: "Value" },
        suggestKeys: true,
      },
    },
    {
      name: "directions",
      type: "json",
      label: "Direction per technology",
      form: {
        kind: "keyValues",
        key: { type: "reference", label: "Technology", reference: "technologies", by: "slug", required: true },
        value: { type: "enum", label: "Direction", choices: DIRECTION_CHOICES, default: "supports" },
      },
    },
  ],
  decisions: [
    {
      name: "drivers",
      type: "tags",
      label: "Decision drivers",
      suggestions: [{ id: "ml-serving", name: "Serves machine-learning models" }],
    },
    {
      name: "options",
      type: "json",
      label: "Considered options",
      form: {
        kind: "rows",
        item: "option",
        parts: {
          name: { type: "string", label: "Option", required: true },
          technology: { type: "reference", label: "Technology", reference: "technologies", by: "slug" },
          pros: { type: "lines", label: "Pros" },
          cons: { type: "lines", label: "Cons" },
        },
      },
    },
    { name: "date", type: "date", required: true },
  ],
};

const resource = (name: string, label: string, titleField: string): ResourceMeta => ({
  name,
  label,
  titleField,
  softDelete: true,
  defaultSort: { field: "updatedAt", order: "DESC" },
  can: { read: true, create: true, update: true, delete: true },
  fields: FORM_FIELDS[name],
  actions: [],
});

export const FORM_META: AdminMeta = {
  user: { id: "u1", name: "Edith Editor", email: "e@example.test", role: "EDITOR" },
  resources: [
    resource("claims", "Claims", "statement"),
    resource("verdicts", "Verdicts", "title"),
    resource("decisions", "Decisions", "title"),
  ],
};
