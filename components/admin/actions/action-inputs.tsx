"use client";
// The inputs a resource action asks for. The API describes actions by name and label only, so
// the few that take input are listed here; every other action is a plain confirmation.
import type { ReactNode } from "react";
import { AutocompleteArrayInput, AutocompleteInput, ReferenceArrayInput, ReferenceInput, SelectInput, TextInput, minLength, required } from "react-admin";
import type { ResourceMeta } from "../meta";
import { choicesOf } from "../fields/labels";

type InputsFor = (resource: ResourceMeta) => ReactNode;

const statusChoices = (resource: ResourceMeta, only?: string[]) => {
  const field = resource.fields.find((f) => f.name === "status");
  const choices = field ? choicesOf(field) : [];
  return only ? choices.filter((c) => only.includes(c.id)) : choices;
};

const reasonInput = (optional = false) => (
  <TextInput source="reason" label={optional ? "Note (optional)" : "Reason (recorded in the history)"} multiline minRows={2} validate={optional ? undefined : [required(), minLength(3)]} fullWidth />
);
const verdictText = (
  <>
    <TextInput source="summary" label="Summary (leave empty to keep it)" multiline minRows={2} fullWidth />
    <TextInput source="rationale" label="Rationale (leave empty to keep it)" multiline minRows={2} fullWidth />
  </>
);
const recommendedInput = (label: string, isRequired: boolean) => (
  <ReferenceArrayInput source="recommendedIds" reference="technologies">
    <AutocompleteArrayInput label={label} optionText="name" validate={isRequired ? required() : undefined} fullWidth />
  </ReferenceArrayInput>
);

const ACTION_INPUTS: Record<string, InputsFor> = {
  "verdicts.publishProposal": () => (
    <>
      {verdictText}
      {reasonInput(true)}
    </>
  ),
  "verdicts.adjust": () => (
    <>
      {recommendedInput("Recommended (must keep the engine's pick; empty keeps the proposal)", false)}
      {verdictText}
      {reasonInput()}
    </>
  ),
  "verdicts.override": () => (
    <>
      {recommendedInput("Recommend instead", true)}
      {verdictText}
      {reasonInput()}
    </>
  ),
  "claims.setStatus": (resource) => <SelectInput source="status" choices={statusChoices(resource)} validate={required()} fullWidth />,
  "claims.merge": () => (
    <ReferenceInput source="intoId" reference="claims">
      <AutocompleteInput label="Merge into claim" optionText="statement" validate={required()} fullWidth />
    </ReferenceInput>
  ),
  "technologies.mergeInto": () => (
    <ReferenceInput source="intoId" reference="technologies" filter={{ status: "ACTIVE" }}>
      <AutocompleteInput label="Merge into technology" optionText="name" validate={required()} fullWidth />
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
