"use client";
// A decision: its fields, the claims it cites with their current status (and a warning when one
// has since been disputed or refuted), its outcome reviews, and its history.
import { Alert, Typography } from "@mui/material";
import type { ReactElement } from "react";
import {
  Button,
  DataTable,
  FunctionField,
  Labeled,
  ReferenceManyField,
  useGetMany,
  useRecordContext,
} from "react-admin";
import { citedClaimWarning } from "@/lib/decisions/cited-claims";
import { choiceLabel } from "../fields/labels";
import type { FieldMeta } from "../meta";
import { useCanRead, useResourceMeta } from "../MetaContext";
import { ResourceShow } from "../resource/ResourceShow";

const SHOWN_ELSEWHERE = new Set(["claimIds", "slug"]);

function CitedClaims() {
  const record = useRecordContext();
  const ids = (record?.claimIds as string[] | undefined) ?? [];
  const { data, isPending } = useGetMany("claims", { ids }, { enabled: ids.length > 0 });
  if (ids.length === 0) return <Typography variant="body2">This decision cites no claims.</Typography>;
  if (isPending) return <Typography variant="body2">Loading the cited claims…</Typography>;
  const claims = (data ?? []).map((c) => ({
    id: String(c.id),
    statement: String(c.statement),
    status: String(c.status),
  }));
  const warning = citedClaimWarning(claims);
  return (
    <>
      {warning && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {warning}
        </Alert>
      )}
      <ul aria-label="Cited claims" style={{ margin: 0, paddingLeft: 20 }}>
        {claims.map((c) => (
          <li key={c.id}>
            <a href={`#/claims/${c.id}/show`}>{c.statement}</a> — <strong>{choiceLabel(c.status)}</strong>
          </li>
        ))}
      </ul>
    </>
  );
}

function OutcomeReviews() {
  const record = useRecordContext();
  const outcomes = useResourceMeta("outcomeReviews");
  if (!record) return null;
  return (
    <>
      <ReferenceManyField
        reference="outcomeReviews"
        target="decisionId"
        sort={{ field: "date", order: "DESC" }}
        empty={<Typography variant="body2">No outcome review yet.</Typography>}
      >
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col
            source="date"
            render={(r: { date?: string }) => (r.date ? new Date(r.date).toLocaleDateString() : "")}
          />
          <DataTable.Col source="result" render={(r: { result?: string }) => choiceLabel(String(r.result ?? ""))} />
          <DataTable.Col
            source="wouldChooseAgain"
            label="Would choose again"
            render={(r: { wouldChooseAgain?: boolean }) => (r.wouldChooseAgain ? "Yes" : "No")}
          />
          <DataTable.Col source="notes" label="What surprised us" />
        </DataTable>
      </ReferenceManyField>
      {outcomes.can.create && (
        <Button
          label="Add an outcome review"
          href={`#/outcomeReviews/create?source=${encodeURIComponent(JSON.stringify({ decisionId: record.id }))}`}
          sx={{ mt: 1 }}
        />
      )}
    </>
  );
}

export function DecisionShow() {
  const canReadClaims = useCanRead("claims");
  const renderField = (field: FieldMeta): ReactElement | undefined =>
    field.name === "options" ? (
      <FunctionField source="options" render={(r: Record<string, unknown>) => <OptionsList value={r.options} />} />
    ) : field.name === "drivers" ? (
      <FunctionField
        source="drivers"
        render={(r: Record<string, unknown>) => (
          <DriverList value={r.drivers} labels={("suggestions" in field && field.suggestions) || []} />
        )}
      />
    ) : undefined;
  return (
    <ResourceShow
      hidden={SHOWN_ELSEWHERE}
      renderField={renderField}
      extraRows={
        <>
          {canReadClaims && (
            <Labeled label="Cited claims (current status)">
              <CitedClaims />
            </Labeled>
          )}
          <Labeled label="Outcome reviews">
            <OutcomeReviews />
          </Labeled>
        </>
      }
    />
  );
}

function DriverList({ value, labels }: { value: unknown; labels: ReadonlyArray<{ id: string; name: string }> }) {
  const drivers = Array.isArray(value) ? value.map(String) : [];
  if (drivers.length === 0) return <Typography variant="body2">None recorded.</Typography>;
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }}>
      {drivers.map((d) => (
        <li key={d}>{labels.find((l) => l.id === d)?.name ?? d}</li>
      ))}
    </ul>
  );
}

type Option = { name: string; technology?: string; pros?: string[]; cons?: string[] };

function OptionsList({ value }: { value: unknown }) {
  const options = Array.isArray(value) ? (value as Option[]) : [];
  if (options.length === 0) return <Typography variant="body2">None recorded.</Typography>;
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }}>
      {options.map((o, i) => (
        <li key={i}>
          <strong>{o.name}</strong>
          {o.technology ? ` (${o.technology})` : ""}
          {(o.pros ?? []).length > 0 && <div>Pros: {(o.pros ?? []).join("; ")}</div>}
          {(o.cons ?? []).length > 0 && <div>Cons: {(o.cons ?? []).join("; ")}</div>}
        </li>
      ))}
    </ul>
  );
}
