import type { FieldMeta } from "../meta";

/** "technologyIds" -> "Technology ids" when the resource gave no label. */
export function fieldLabel(field: FieldMeta): string {
  if (field.label) return field.label;
  const words = field.name.replace(/Ids?$/, "").replace(/([A-Z])/g, " $1").toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "IN_REVIEW" -> "In review" for enum choices. */
export function choiceLabel(value: string): string {
  const words = value.replace(/_/g, " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const choicesOf = (field: FieldMeta) =>
  field.type === "enum" ? field.choices.map((c) => ({ id: c, name: choiceLabel(c) })) : [];
