"use client";
// The list filters' inputs other than the search box, loaded when a filter is first shown (see
// ./filters.tsx): the reference picker alone (MUI's Autocomplete, its diacritics table, react-admin's
// reference input) weighed ~13 KB gzip of the admin's first load, for inputs most visits never open.
import { AutocompleteInput, ReferenceInput } from "react-admin";

export { DateInput, NullableBooleanInput, SelectInput } from "react-admin";

/** A reference filter: the records of `reference` to pick from by their title field. */
export interface ReferenceFilterProps {
  source: string;
  reference: string;
  /** The picker's label (not `label`: react-admin's filter menu names the filter from its source, as before). */
  inputLabel: string;
  optionText: string;
  /** What react-admin's filter form adds when it shows the filter (resource, size, helperText…). */
  [prop: string]: unknown;
}

export function ReferenceFilter({ source, reference, inputLabel, optionText, ...props }: ReferenceFilterProps) {
  return (
    <ReferenceInput {...props} source={source} reference={reference}>
      <AutocompleteInput label={inputLabel} optionText={optionText} />
    </ReferenceInput>
  );
}
