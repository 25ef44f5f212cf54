"use client";
// Every edit and show page: who changed what and when; "Restore this version…", which first shows
// what restoring would change (the whole version or one field of it, RestoreDialog) and calls out a
// change of what the public site shows, then asks for confirmation; and any two versions compared
// (CompareVersions).
import { useState } from "react";
import { Accordion, AccordionDetails, AccordionSummary, Alert, Box, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh } from "react-admin";
import type { ReferenceNames, RestorePreview } from "@/lib/revisions/readable";
import type { StackVerdictDataProvider } from "../data-provider";
import { useResourceMeta } from "../MetaContext";
import { CompareVersions } from "./CompareVersions";
import { FieldDiff, type RenderReference } from "./FieldDiff";
import { ReferenceTitles } from "./ReferenceTitles";
import { RestoreDialog, type RestoreRequest } from "./RestoreDialog";
import { actionLabel, localMoment, localMomentsIn } from "./when";

/** Names the server resolved; anything it did not (a record added since) is looked up the usual way. */
const referenceRenderer = (names: ReferenceNames): RenderReference => (resource, ids) =>
  ids.length === 0 ? <em style={{ color: "#777" }}>(none)</em> : ids.every((id) => names[id]) ? <span>{ids.map((id) => names[id]).join(", ")}</span> : <ReferenceTitles resource={resource} ids={ids} />;

/** The history answer carries the linked records' names beside the entries (app/api/admin/…/history). */
type HistoryAnswer = Awaited<ReturnType<StackVerdictDataProvider["history"]>> & { names?: ReferenceNames };

// eslint-disable-next-line max-lines-per-function -- split pending (#15)
export function HistoryPanel() {
  const record = useRecordContext();
  const resource = useResourceMeta();
  const dataProvider = useDataProvider<StackVerdictDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<RestoreRequest | null>(null);
  const id = record?.id;
  const history = useQuery({
    queryKey: [resource.name, "history", id, record?.version],
    queryFn: () => dataProvider.history(resource.name, { id: id! }) as Promise<HistoryAnswer>,
    enabled: id !== undefined,
  });
  if (!record) return null;
  const base = `/api/admin/${resource.name}/${encodeURIComponent(String(record.id))}`;

  const restore = async (preview: RestorePreview, fields: string[] | undefined) => {
    setConfirming(null);
    try {
      await dataProvider.revert(resource.name, { id: record.id, revisionId: preview.revisionId, version: Number(record.version), ...(fields ? { fields } : {}) });
      const done = fields ? "That field was restored from the earlier version (recorded as a new revision)." : "The earlier version was restored (recorded as a new revision).";
      notify([done, ...preview.consequences].join(" "), { type: "success" });
      refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const entries = history.data?.data ?? [];
  const names = history.data?.names ?? {};
  const render = referenceRenderer(names);
  const labelOf = (entry: (typeof entries)[number]) => `${actionLabel(entry.action)} by ${entry.user?.name ?? "System"}, ${localMoment(entry.createdAt)}`;
  return (
    <Accordion defaultExpanded={false} sx={{ mt: 2 }}>
      <AccordionSummary aria-controls="history-content" id="history-header">
        <Typography variant="h6">History{history.data ? ` (${entries.length})` : ""}</Typography>
      </AccordionSummary>
      <AccordionDetails>
        {error && <Alert severity="error" role="alert" sx={{ mb: 2 }}>{error}</Alert>}
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
          {entries.map((entry, index) => {
            const label = labelOf(entry);
            return (
              <Box key={entry.id} component="section" aria-label={label} sx={{ borderTop: "1px solid #e0e0e0", pt: 1 }}>
                <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: "center", flexWrap: "wrap" }}>
                  <Typography variant="subtitle2">{actionLabel(entry.action)}</Typography>
                  <Typography variant="body2">{entry.user?.name ?? "System"}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    <time dateTime={entry.createdAt}>{localMoment(entry.createdAt)}</time>
                  </Typography>
                  {entry.reason && <Typography variant="body2" color="text.secondary">— {localMomentsIn(entry.reason)}</Typography>}
                  {index > 0 && resource.can.update && entry.action !== "DELETE" && (
                    <Button label="Restore this version…" onClick={() => (setError(null), setConfirming({ revisionId: entry.id, entryLabel: label }))} />
                  )}
                </Stack>
                <FieldDiff changes={entry.changes} fields={resource.fields} renderReference={render} />
              </Box>
            );
          })}
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
