"use client";
// Every edit and show page: who changed what and when; "Restore this version…", which first shows
// what restoring would change (the whole version or one field of it, RestoreDialog) and calls out a
// change of what the public site shows, then asks for confirmation; and any two versions compared
// (CompareVersions).
import { useState } from "react";
import { Accordion, AccordionDetails, AccordionSummary, Alert, Box, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, type RaRecord } from "react-admin";
import type { ReferenceNames, RestorePreview } from "@/lib/revisions/readable";
import type { StackVerdictDataProvider } from "../data-provider";
import type { ResourceMeta } from "../meta";
import { useResourceMeta } from "../MetaContext";
import { CompareVersions } from "./CompareVersions";
import { FieldDiff, type RenderReference } from "./FieldDiff";
import { ReferenceTitles } from "./ReferenceTitles";
import { RestoreDialog, type RestoreRequest } from "./RestoreDialog";
import { actionLabel, localMoment, localMomentsIn } from "./when";

/** Names the server resolved; anything it did not (a record added since) is looked up the usual way. */
const referenceRenderer =
  (names: ReferenceNames): RenderReference =>
  (resource, ids) =>
    ids.length === 0 ? (
      <em style={{ color: "#777" }}>(none)</em>
    ) : ids.every((id) => names[id]) ? (
      <span>{ids.map((id) => names[id]).join(", ")}</span>
    ) : (
      <ReferenceTitles resource={resource} ids={ids} />
    );

/** The history answer carries the linked records' names beside the entries (app/api/admin/…/history). */
type HistoryAnswer = Awaited<ReturnType<StackVerdictDataProvider["history"]>> & { names?: ReferenceNames };

type HistoryEntry = HistoryAnswer["data"][number];
const labelOf = (entry: HistoryEntry) =>
  `${actionLabel(entry.action)} by ${entry.user?.name ?? "System"}, ${localMoment(entry.createdAt)}`;

/** The record's history, loaded with the version on screen (a save reloads it). */
function useHistory(resource: string, record: RaRecord | undefined) {
  const dataProvider = useDataProvider<StackVerdictDataProvider>();
  const id = record?.id;
  return useQuery({
    queryKey: [resource, "history", id, record?.version],
    queryFn: () => dataProvider.history(resource, { id: id! }) as Promise<HistoryAnswer>,
    enabled: id !== undefined,
  });
}

/** Restores a version (or some fields of it), then says so with its public consequences. */
function useRestore(resource: string, record: RaRecord | undefined, onError: (message: string) => void) {
  const dataProvider = useDataProvider<StackVerdictDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  return async (preview: RestorePreview, fields: string[] | undefined) => {
    if (!record) return;
    try {
      await dataProvider.revert(resource, {
        id: record.id,
        revisionId: preview.revisionId,
        version: Number(record.version),
        ...(fields ? { fields } : {}),
      });
      const done = fields
        ? "That field was restored from the earlier version (recorded as a new revision)."
        : "The earlier version was restored (recorded as a new revision).";
      notify([done, ...preview.consequences].join(" "), { type: "success" });
      refresh();
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    }
  };
}

interface EntryProps {
  entry: HistoryEntry;
  /** Offered on every version but the current one, to those who may update, never on a deletion. */
  restorable: boolean;
  fields: ResourceMeta["fields"];
  render: RenderReference;
  onRestore: (request: RestoreRequest) => void;
}

function HistoryEntryRow({ entry, restorable, fields, render, onRestore }: EntryProps) {
  const label = labelOf(entry);
  return (
    <Box component="section" aria-label={label} sx={{ borderTop: "1px solid #e0e0e0", pt: 1 }}>
      <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: "center", flexWrap: "wrap" }}>
        <Typography variant="subtitle2">{actionLabel(entry.action)}</Typography>
        <Typography variant="body2">{entry.user?.name ?? "System"}</Typography>
        <Typography variant="body2" color="text.secondary">
          <time dateTime={entry.createdAt}>{localMoment(entry.createdAt)}</time>
        </Typography>
        {entry.reason && (
          <Typography variant="body2" color="text.secondary">
            — {localMomentsIn(entry.reason)}
          </Typography>
        )}
        {restorable && (
          <Button
            label="Restore this version…"
            onClick={() => onRestore({ revisionId: entry.id, entryLabel: label })}
          />
        )}
      </Stack>
      <FieldDiff changes={entry.changes} fields={fields} renderReference={render} />
    </Box>
  );
}

export function HistoryPanel() {
  const record = useRecordContext();
  const resource = useResourceMeta();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<RestoreRequest | null>(null);
  const history = useHistory(resource.name, record);
  const restoreVersion = useRestore(resource.name, record, setError);
  if (!record) return null;
  const base = `/api/admin/${resource.name}/${encodeURIComponent(String(record.id))}`;
  const restore = (preview: RestorePreview, fields: string[] | undefined) => (
    setConfirming(null),
    restoreVersion(preview, fields)
  );

  const entries = history.data?.data ?? [];
  const names = history.data?.names ?? {};
  const render = referenceRenderer(names);
  return (
    <Accordion defaultExpanded={false} sx={{ mt: 2 }}>
      <AccordionSummary aria-controls="history-content" id="history-header">
        <Typography variant="h6">History{history.data ? ` (${entries.length})` : ""}</Typography>
      </AccordionSummary>
      <AccordionDetails>
        {error && (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        {history.isPending && <Typography>Loading…</Typography>}
        {history.error && <Alert severity="error">{history.error.message}</Alert>}
        {entries.length > 1 && (
          <CompareVersions
            key={entries[0].id}
            resource={resource.name}
            recordId={record.id}
            versions={entries.map((entry) => ({ id: entry.id, label: labelOf(entry) }))}
            fields={resource.fields}
            renderNames={(more) => referenceRenderer({ ...names, ...more })}
          />
        )}
        <Stack spacing={2}>
          {entries.map((entry, index) => (
            <HistoryEntryRow
              key={entry.id}
              entry={entry}
              restorable={index > 0 && resource.can.update && entry.action !== "DELETE"}
              fields={resource.fields}
              render={render}
              onRestore={(request) => (setError(null), setConfirming(request))}
            />
          ))}
        </Stack>
      </AccordionDetails>
      <RestoreDialog
        base={base}
        request={confirming}
        fields={resource.fields}
        renderNames={(more) => referenceRenderer({ ...names, ...more })}
        onCancel={() => setConfirming(null)}
        onRestore={restore}
        onError={(message) => (setConfirming(null), setError(message))}
      />
    </Accordion>
  );
}
