"use client";
// Field type -> form input, for every create and edit screen.
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  DateInput,
  DateTimeInput,
  NumberInput,
  PasswordInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextArrayInput,
  TextInput,
  email,
  maxLength,
  maxValue,
  minValue,
  required,
  type Validator,
} from "react-admin";
import { Chip } from "@mui/material";
import { useCanRead, useTitleField } from "../MetaContext";
import type { FieldMeta } from "../meta";
import { choicesOf, fieldLabel } from "./labels";
import { JsonInput } from "./JsonInput";
import { StructuredInput } from "./StructuredInput";

/** Tags with a shared list to pick from: the list's labels are shown, its keys stored; free text stays allowed. */
function SuggestedTagsInput({
  field,
  common,
}: {
  field: FieldMeta & { suggestions?: ReadonlyArray<{ id: string; name: string }> };
  common: Record<string, unknown> & { source: string };
}) {
  const suggestions = field.suggestions ?? [];
  const labelOf = (value: string) => suggestions.find((s) => s.id === value)?.name ?? value;
  return (
    <TextArrayInput
      {...common}
      options={suggestions.map((s) => s.id)}
      getOptionLabel={labelOf}
      renderTags={(
        values: string[],
        getTagProps: (args: { index: number }) => { key: number } & Record<string, unknown>,
      ) =>
        values.map((value, index) => {
          const { key, ...chip } = getTagProps({ index });
          return <Chip key={key} size="small" label={labelOf(value)} {...chip} />;
        })
      }
    />
  );
}

function validators(field: FieldMeta, mode: "create" | "edit"): Validator[] {
  const list: Validator[] = [];
  // A new user needs a password; an existing one keeps theirs when the field stays empty.
  if (field.required && !(field.name === "password" && mode === "edit")) list.push(required());
  if ((field.type === "string" || field.type === "text") && field.max) list.push(maxLength(field.max));
  if (field.type === "number" && field.min !== undefined) list.push(minValue(field.min));
  if (field.type === "number" && field.max !== undefined) list.push(maxValue(field.max));
  if (field.type === "email") list.push(email());
  return list;
}

export function FieldInput({ field, mode }: { field: FieldMeta; mode: "create" | "edit" }) {
  const target = field.type === "reference" || field.type === "references" ? field.reference : "";
  const readable = useCanRead(target);
  const titleField = useTitleField(target);
  const common = {
    source: field.name,
    label: fieldLabel(field),
    helperText: field.help ?? false,
    validate: validators(field, mode),
  };
  const wide = { ...common, fullWidth: true };
  switch (field.type) {
    case "number":
      return <NumberInput {...common} step={field.int ? 1 : "any"} />;
    case "boolean":
      return <BooleanInput {...common} />;
    case "date":
      return <DateInput {...common} />;
    case "datetime":
      return <DateTimeInput {...common} />;
    case "enum":
      return <SelectInput {...common} choices={choicesOf(field)} emptyText={field.required ? undefined : "—"} />;
    case "reference":
      return readable ? (
        <ReferenceInput source={field.name} reference={field.reference}>
          <AutocompleteInput
            label={common.label}
            optionText={titleField}
            validate={common.validate}
            helperText={common.helperText}
            fullWidth
          />
        </ReferenceInput>
      ) : (
        <TextInput {...wide} />
      );
    case "references":
      return readable ? (
        <ReferenceArrayInput source={field.name} reference={field.reference}>
          <AutocompleteArrayInput
            label={common.label}
            optionText={titleField}
            helperText={common.helperText}
            fullWidth
          />
        </ReferenceArrayInput>
      ) : (
        <TextArrayInput {...wide} />
      );
    case "tags":
      return field.suggestions?.length ? (
        <SuggestedTagsInput field={field} common={wide} />
      ) : (
        <TextArrayInput {...wide} />
      );
    case "json":
      // Described fields get their form; raw JSON is left only for fields nobody described.
      return field.form ? (
        <StructuredInput field={{ ...field, form: field.form }} label={common.label} />
      ) : (
        <JsonInput source={field.name} label={common.label} helperText={field.help} />
      );
    case "text":
      return <TextInput {...wide} multiline minRows={field.name === "text" || field.name === "rawContent" ? 8 : 3} />;
    default:
      return field.name === "password" ? (
        <PasswordInput {...common} autoComplete="new-password" />
      ) : (
        <TextInput {...wide} />
      );
  }
}
