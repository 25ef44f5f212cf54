"use client";
// The inputs a resource action asks for. The API describes actions by name and label only, so
// the few that take input are listed here; every other action is a plain confirmation.
import type { ReactNode } from "react";
import { AutocompleteInput, ReferenceInput, SelectInput, TextInput, required } from "react-admin";
import type { ResourceMeta } from "../meta";
import { choicesOf } from "../fields/labels";

type InputsFor = (resource: ResourceMeta) => ReactNode;

const statusChoices = (resource: ResourceMeta, only?: string[]) => {
  const field = resource.fields.find((f) => f.name === "status");
  const choices = field ? choicesOf(field) : [];
  return only ? choices.filter((c) => only.includes(c.id)) : choices;
};

const ACTION_INPUTS: Record<string, InputsFor> = {
  "claims.setStatus": (resource) => <SelectInput source="status" choices={statusChoices(resource)} validate={required()} fullWidth />,
  "claims.merge": () => (
    <ReferenceInput source="intoId" reference="claims">
      <AutocompleteInput label="Merge into claim" optionText="statement" validate={required()} fullWidth />
    </ReferenceInput>
  ),
  "contradictions.resolve": (resource) => (
    <>
      <SelectInput source="status" choices={statusChoices(resource, ["RESOLVED", "NOT_COMPARABLE"])} validate={required()} fullWidth />
      <TextInput source="resolutionNote" label="How it was resolved" multiline minRows={3} validate={required()} fullWidth />
    </>
  ),
};

export function actionInputs(resource: ResourceMeta, action: string): ReactNode | null {
  return ACTION_INPUTS[`${resource.name}.${action}`]?.(resource) ?? null;
}
