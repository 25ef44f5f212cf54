"use client";
// Compare any two versions of a record: pick them by who made them and when (never an id), and see
// the fields that differ with labels, names and local dates (GET …/compare?from=&to=).
import { useState } from "react";
import { Alert, Box, Button, MenuItem, Stack, TextField, Typography } from "@mui/material";
import type { Identifier } from "react-admin";
import { useDataProvider } from "react-admin";
import type { ReferenceNames, VersionComparison } from "@/lib/revisions/readable";
import type { StackVerdictDataProvider } from "../data-provider";
import type { FieldMeta } from "../meta";
import { FieldDiff, type RenderReference } from "./FieldDiff";

/** A version as the history lists it: its revision id and how a person names it. */
export interface VersionOption {
  id: string;
  label: string;
}

interface Props {
  resource: string;
  recordId: Identifier;
  /** Newest first, as the history shows them. */
  versions: VersionOption[];
  fields: FieldMeta[];
  renderNames: (names: ReferenceNames) => RenderReference;
}

export function CompareVersions({ resource, recordId, versions, fields, renderNames }: Props) {
  const dataProvider = useDataProvider<StackVerdictDataProvider>();
  // By default the previous version against the latest: the last change, the most asked question.
  const [from, setFrom] = useState(versions[1]?.id ?? "");
  const [to, setTo] = useState(versions[0]?.id ?? "");
  const [result, setResult] = useState<VersionComparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (versions.length < 2) return null;
  const labelOf = (id: string) => versions.find((v) => v.id === id)?.label ?? "";

  const run = async () => {
    setError(null);
    setResult(null);
    try {
      setResult((await dataProvider.compareVersions(resource, { id: recordId, from, to })).data);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const picker = (label: string, value: string, set: (v: string) => void) => (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(e) => (set(e.target.value), setResult(null))}
      sx={{ flex: 1, minWidth: 0 }}
    >
      {versions.map((v) => (
        <MenuItem key={v.id} value={v.id}>
          {v.label}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Box component="section" aria-label="Compare two versions" sx={{ mb: 2 }}>
      <Typography variant="subtitle1" gutterBottom>
        Compare two versions
      </Typography>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={1} sx={{ alignItems: { sm: "center" } }}>
        {picker("From", from, setFrom)}
        {picker("To", to, setTo)}
        <Button
          variant="outlined"
          onClick={run}
          disabled={!from || !to}
          sx={{ flexShrink: 0, alignSelf: { xs: "flex-start", sm: "center" } }}
        >
          Compare
        </Button>
      </Stack>
      {error && (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
      {result && (
        <Box sx={{ mt: 1 }} aria-live="polite">
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {from === to ? "The same version on both sides." : `${labelOf(from)} → ${labelOf(to)}`}
          </Typography>
          <FieldDiff changes={result.changes} fields={fields} renderReference={renderNames(result.names)} />
        </Box>
      )}
    </Box>
  );
}
