"use client";
// Considered options of a decision (MADR "Considered Options" and "Pros and Cons"): one block per
// option with its name, the technology it stands for, and its pros and cons as lists.
import { ArrayInput, SimpleFormIterator, TextArrayInput, TextInput, required } from "react-admin";

export function DecisionOptionsInput({ source, label }: { source: string; label: string }) {
  return (
    <ArrayInput source={source} label={label} fullWidth>
      <SimpleFormIterator inline={false} disableReordering fullWidth>
        <TextInput source="name" label="Option" validate={required()} fullWidth />
        <TextInput source="technology" label="Technology (slug, e.g. django)" helperText={false} />
        <TextArrayInput source="pros" label="Pros (press Enter after each)" helperText={false} fullWidth />
        <TextArrayInput source="cons" label="Cons (press Enter after each)" helperText={false} fullWidth />
      </SimpleFormIterator>
    </ArrayInput>
  );
}
