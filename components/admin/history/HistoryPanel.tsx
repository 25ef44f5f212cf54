"use client";
// Every edit and show page: who changed what and when, and "Restore this version", which first
// shows what restoring would change (GET …/revert?revisionId=, nothing written) and calls out a
// change of what the public site shows, then asks for confirmation.
import { useState } from "react";
import { Accordion, AccordionDetails, AccordionSummary, Alert, Box, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from "@mui/material";
import { Button as MuiButton } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh } from "react-admin";
import type { ReferenceNames, RestorePreview } from "@/lib/revisions/readable";
import type { StackVerdictDataProvider } from "../data-provider";
import { useResourceMeta } from "../MetaContext";
import { getJson } from "../review/fetch-json";
import { FieldDiff, type RenderReference } from "./FieldDiff";
import { ReferenceTitles } from "./ReferenceTitles";
import { actionLabel, localMoment, localMomentsIn } from "./when";

/** Names the server resolved; anything it did not (a record added since) is looked up the usual way. */
const referenceRenderer = (names: ReferenceNames): RenderReference => (resource, ids) =>
  ids.every((id) => names[id]) ? <span>{ids.map((id) => names[id]).join(", ")}</span> : <ReferenceTitles resource={resource} ids={ids} />;

/** The history answer carries the linked records' names beside the entries (app/api/admin/…/history). */
type HistoryAnswer = Awaited<ReturnType<StackVerdictDataProvider["history"]>> & { names?: ReferenceNames };

export function HistoryPanel() {
  const record = useRecordContext();
  const resource = useResourceMeta();
  const dataProvider = useDataProvider<StackVerdictDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<{ entryLabel: string; preview: RestorePreview | null } | null>(null);
  const id = record?.id;
  const history = useQuery({
    queryKey: [resource.name, "history", id, record?.version],
    queryFn: () => dataProvider.history(resource.name, { id: id! }) as Promise<HistoryAnswer>,
    enabled: id !== undefined,
  });
  if (!record) return null;
  const base = `/api/admin/${resource.name}/${encodeURIComponent(String(record.id))}`;

  const askToRestore = async (revisionId: string, entryLabel: string) => {
    setError(null);
    setConfirming({ entryLabel, preview: null });
    try {
      const res = await getJson<{ data: RestorePreview }>(`${base}/revert?revisionId=${encodeURIComponent(revisionId)}`);
      setConfirming({ entryLabel, preview: res.data });
    } catch (e) {
      setConfirming(null);
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const restore = async (preview: RestorePreview) => {
    setConfirming(null);
    try {
      await dataProvider.revert(resource.name, { id: record.id, revisionId: preview.revisionId, version: Number(record.version) });
      notify(["The earlier version was restored (recorded as a new revision).", ...preview.consequences].join(" "), { type: "success" });
      refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const entries = history.data?.data ?? [];
  const render = referenceRenderer(history.data?.names ?? {});
  const preview = confirming?.preview;
  const nothingToDo = preview && Object.keys(preview.changes).length === 0;
  return (
    <Accordion defaultExpanded={false} sx={{ mt: 2 }}>
      <AccordionSummary aria-controls="history-content" id="history-header">
        <Typography variant="h6">History{history.data ? ` (${entries.length})` : ""}</Typography>
      </AccordionSummary>
      <AccordionDetails id="history-content">
        {error && <Alert severity="error" role="alert" sx={{ mb: 2 }}>{error}</Alert>}
        {history.isPending && <Typography>Loading…</Typography>}
        {history.error && <Alert severity="error">{history.error.message}</Alert>}
        <Stack spacing={2}>
          {entries.map((entry, index) => {
            const label = `${actionLabel(entry.action)} by ${entry.user?.name ?? "System"}, ${localMoment(entry.createdAt)}`;
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
                    <Button label="Restore this version…" onClick={() => askToRestore(entry.id, label)} />
                  )}
                </Stack>
                <FieldDiff changes={entry.changes} fields={resource.fields} renderReference={render} />
              </Box>
            );
          })}
        </Stack>
      </AccordionDetails>
      <Dialog open={confirming !== null} onClose={() => setConfirming(null)} fullWidth maxWidth="md" aria-labelledby="restore-title">
        <DialogTitle id="restore-title">Restore this version?</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {confirming?.entryLabel}. Restoring records a new revision; nothing is lost.
          </Typography>
          {!preview && <Typography>Comparing with the record as it is now…</Typography>}
          {preview?.consequences.map((c) => (
            <Alert key={c} severity="warning" sx={{ my: 1 }}>{c}</Alert>
          ))}
          {preview && (nothingToDo ? (
            <Typography>This version is the same as the record now: restoring it would change nothing.</Typography>
          ) : (
            <>
              <Typography variant="subtitle2" sx={{ mt: 1 }}>What will change (now → after restoring)</Typography>
              <FieldDiff changes={preview.changes} fields={resource.fields} renderReference={referenceRenderer({ ...history.data?.names, ...preview.names })} />
            </>
          ))}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setConfirming(null)}>Cancel</MuiButton>
          <MuiButton variant="contained" color={preview?.consequences.length ? "warning" : "primary"} disabled={!preview || Boolean(nothingToDo)} onClick={() => preview && restore(preview)}>
            Restore
          </MuiButton>
        </DialogActions>
      </Dialog>
    </Accordion>
  );
}
