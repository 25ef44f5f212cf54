"use client";
// List filters derived from the fields: free-text `q`, then each `filter: true` field by type
// (dates become a from/to pair, `<field>_gte` / `<field>_lte`).
import type { ReactElement } from "react";
import {
  AutocompleteInput, DateInput, NullableBooleanInput, ReferenceInput, SearchInput, SelectInput, TextInput,
} from "react-admin";
import type { FieldMeta, ResourceMeta } from "../meta";
import { choicesOf, fieldLabel } from "./labels";

function fieldFilters(field: FieldMeta, titleOf: (resource: string) => string | null): ReactElement[] {
  const label = fieldLabel(field);
  switch (field.type) {
    case "enum":
      return [<SelectInput key={field.name} source={field.name} label={label} choices={choicesOf(field)} />];
    case "boolean":
      return [<NullableBooleanInput key={field.name} source={field.name} label={label} />];
    case "date":
    case "datetime":
      return [
        <DateInput key={`${field.name}_gte`} source={`${field.name}_gte`} label={`${label} from`} />,
        <DateInput key={`${field.name}_lte`} source={`${field.name}_lte`} label={`${label} until`} />,
      ];
    case "reference":
    case "references": {
      const title = titleOf(field.reference);
      if (!title) return [<TextInput key={field.name} source={field.name} label={label} />];
      return [
        <ReferenceInput key={field.name} source={field.name} reference={field.reference}>
          <AutocompleteInput label={label} optionText={title} />
        </ReferenceInput>,
      ];
    }
    case "json":
    case "tags":
      return [];
    default:
      return [<TextInput key={field.name} source={field.name} label={label} />];
  }
}

export function listFilters(resource: ResourceMeta, titleOf: (resource: string) => string | null): ReactElement[] {
  const filters: ReactElement[] = [];
  if (resource.fields.some((f) => f.search)) filters.push(<SearchInput key="q" source="q" alwaysOn />);
  for (const field of resource.fields) if (field.filter) filters.push(...fieldFilters(field, titleOf));
  return filters;
}
