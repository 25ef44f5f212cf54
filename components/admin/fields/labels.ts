import type { FieldMeta } from "../meta";

/** "technologyIds" -> "Technology", "resolutionNote" -> "Resolution note". */
export function nameLabel(name: string): string {
  const words = name
    .replace(/Ids?$/, "")
    .replace(/([A-Z])/g, " $1")
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A field's label, or its name in words when the resource gave none. */
export function fieldLabel(field: FieldMeta): string {
  return field.label || nameLabel(field.name);
}

/** "IN_REVIEW" -> "In review" for enum choices. */
export function choiceLabel(value: string): string {
  const words = value.replace(/_/g, " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const choicesOf = (field: FieldMeta) =>
  field.type === "enum" ? field.choices.map((c) => ({ id: c, name: choiceLabel(c) })) : [];
