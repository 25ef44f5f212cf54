"use client";
// List filters derived from the fields: free-text `q`, then each `filter: true` field by type
// (dates become a from/to pair, `<field>_gte` / `<field>_lte`). Only the search box (always shown)
// is part of the list's own code; the other inputs load when a filter is first shown
// (./filter-inputs.tsx). react-admin reads each filter element's `source`, `label` and `alwaysOn`
// for its filter menu, so the stand-ins carry those props exactly as the inputs did.
import { lazy, Suspense, type ComponentType, type ReactElement } from "react";
import { SearchInput, TextInput } from "react-admin";
import type { FieldMeta, ResourceMeta } from "../meta";
import { choicesOf, fieldLabel } from "./labels";

type Inputs = typeof import("./filter-inputs");

let inputs: Promise<Inputs> | null = null;
const loadInputs = () => (inputs ??= import("./filter-inputs"));

/** A filter input from ./filter-inputs.tsx, shown once its code has arrived (nothing before: it is a moment). */
function deferred<P extends object>(name: string, pick: (inputs: Inputs) => ComponentType<P>): ComponentType<P> {
  const Input = lazy(async () => ({ default: pick(await loadInputs()) }));
  const Deferred = (props: P) => (
    <Suspense fallback={null}>
      <Input {...props} />
    </Suspense>
  );
  Deferred.displayName = `Deferred${name}`;
  return Deferred;
}

const SelectInput = deferred(
  "SelectInput",
  (m) => m.SelectInput as ComponentType<{ source: string; label: string; choices: ReturnType<typeof choicesOf> }>,
);
const NullableBooleanInput = deferred(
  "NullableBooleanInput",
  (m) => m.NullableBooleanInput as ComponentType<{ source: string; label: string }>,
);
const DateInput = deferred("DateInput", (m) => m.DateInput as ComponentType<{ source: string; label: string }>);
const ReferenceFilter = deferred("ReferenceFilter", (m) => m.ReferenceFilter);

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
        <ReferenceFilter
          key={field.name}
          source={field.name}
          reference={field.reference}
          inputLabel={label}
          optionText={title}
        />,
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
