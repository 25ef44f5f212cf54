"use client";
// The inputs of an action's dialog, generated from its input's JSON Schema (./action-form.ts):
// text boxes, a select of an enum's values by label, pickers of referenced records by name, with the
// schema's required and minimum length checked before the request (the server checks them again).
import { useMemo } from "react";
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  maxLength,
  minLength,
  required,
  type Validator,
} from "react-admin";
import type { InputSchema } from "@/lib/admin/action-forms";
import { useTitleField } from "../MetaContext";
import { choiceLabel } from "../fields/labels";
import { actionFields, type ActionField } from "./action-form";

function validators(field: ActionField): Validator[] {
  const list: Validator[] = field.required ? [required()] : [];
  if (field.kind === "text" || field.kind === "multiline") {
    if (field.minLength && field.minLength > 1) list.push(minLength(field.minLength));
    if (field.maxLength) list.push(maxLength(field.maxLength));
  }
  return list;
}

function ReferencePicker({ field }: { field: ActionField & { kind: "reference" | "references" } }) {
  const optionText = useTitleField(field.reference);
  const props = {
    label: field.label,
    optionText,
    validate: validators(field),
    helperText: field.help ?? false,
    fullWidth: true,
  };
  return field.kind === "reference" ? (
    <ReferenceInput source={field.name} reference={field.reference} filter={field.filter}>
      <AutocompleteInput {...props} />
    </ReferenceInput>
  ) : (
    <ReferenceArrayInput source={field.name} reference={field.reference} filter={field.filter}>
      <AutocompleteArrayInput {...props} />
    </ReferenceArrayInput>
  );
}

function ActionInput({ field }: { field: ActionField }) {
  const common = {
    source: field.name,
    label: field.label,
    helperText: field.help ?? false,
    validate: validators(field),
    fullWidth: true,
  };
  switch (field.kind) {
    case "reference":
    case "references":
      return <ReferencePicker field={field} />;
    case "select":
      return (
        <SelectInput
          {...common}
          choices={field.choices.map((id) => ({ id, name: choiceLabel(id) }))}
          emptyText={field.required ? undefined : "—"}
        />
      );
    case "multiline":
      return <TextInput {...common} multiline minRows={2} />;
    default:
      return <TextInput {...common} />;
  }
}

export function ActionInputs({ schema }: { schema: InputSchema | undefined }) {
  const fields = useMemo(() => actionFields(schema), [schema]);
  return (
    <>
      {fields.map((field) => (
        <ActionInput key={field.name} field={field} />
      ))}
    </>
  );
}
