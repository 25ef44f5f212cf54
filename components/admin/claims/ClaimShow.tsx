"use client";
// The one hand-made screen: a claim with its figure, its evidence (each citation's exact quote
// and the article it comes from) and the contradictions it is part of.
import { Box, Typography } from "@mui/material";
import {
  ChipField,
  DataTable,
  Labeled,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  useRecordContext,
} from "react-admin";
import { choicesOf } from "../fields/labels";
import { HistorySection } from "../resource/HistorySection";
import { useCanRead, useResourceMeta } from "../MetaContext";
import { RecordActions } from "../resource/RecordActions";
import { ResourceEdit } from "../resource/ResourceEdit";
import { ClaimSources } from "./ClaimSources";

function Figure() {
  const record = useRecordContext();
  if (!record || (record.value == null && !record.metric)) return <Typography variant="body2">No figure.</Typography>;
  const conditions = Object.entries((record.conditions as Record<string, unknown> | null) ?? {});
  return (
    <Box>
      <Typography>
        <strong>{String(record.metric ?? "value")}</strong>:{" "}
        {record.value == null ? "—" : Number(record.value).toLocaleString()} {String(record.unit ?? "")}
      </Typography>
      {conditions.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 3 }} aria-label="Conditions">
          {conditions.map(([key, value]) => (
            <li key={key}>
              {key}: {String(value)}
            </li>
          ))}
        </Box>
      )}
    </Box>
  );
}

function Contradictions({ target, heading }: { target: "claimAId" | "claimBId"; heading: string }) {
  const other = target === "claimAId" ? "claimBId" : "claimAId";
  return (
    <Labeled label={heading}>
      <ReferenceManyField
        reference="contradictions"
        target={target}
        empty={<Typography variant="body2">None.</Typography>}
      >
        <DataTable bulkActionButtons={false} rowClick="edit">
          <DataTable.Col source={other} label="Other claim">
            <ReferenceField source={other} reference="claims" link="show" />
          </DataTable.Col>
          <DataTable.Col source="status" />
          <DataTable.Col source="reason" />
        </DataTable>
      </ReferenceManyField>
    </Labeled>
  );
}

export function ClaimShow() {
  const claims = useResourceMeta("claims");
  const field = (name: string) => claims.fields.find((f) => f.name === name)!;
  const canSeeContradictions = useCanRead("contradictions");
  return (
    <Show actions={<RecordActions page="show" />}>
      <SimpleShowLayout>
        <TextField source="statement" variant="h6" />
        <SelectField source="status" choices={choicesOf(field("status"))} />
        <SelectField source="kind" choices={choicesOf(field("kind"))} />
        <ReferenceArrayField source="technologyIds" reference="technologies" label="Technologies">
          <SingleFieldList linkType="show">
            <ChipField source="name" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
        <Labeled label="Figure">
          <Figure />
        </Labeled>
        <NumberField source="editorWeight" label="Editor weight" />
        <ClaimSources />
        {canSeeContradictions && <Contradictions target="claimAId" heading="Contradictions (as claim A)" />}
        {canSeeContradictions && <Contradictions target="claimBId" heading="Contradictions (as claim B)" />}
      </SimpleShowLayout>
      <HistorySection />
    </Show>
  );
}

/** The generated edit form with the claim's quotes and sources above it, read-only. */
export function ClaimEdit(props: { id?: string; resource?: string }) {
  // Inset like the form's fields under it (it sat flush against the card's edge).
  const above = (
    <Box sx={{ px: 2, pt: 1 }}>
      <ClaimSources link={false} />
    </Box>
  );
  return <ResourceEdit {...props} above={above} />;
}
