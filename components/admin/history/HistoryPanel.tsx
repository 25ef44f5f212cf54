"use client";
// Every edit and show page: who changed what and when, and "Restore this version".
import { useState } from "react";
import { Accordion, AccordionDetails, AccordionSummary, Alert, Box, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh } from "react-admin";
import type { StackVerdictDataProvider } from "../data-provider";
import { useResourceMeta } from "../MetaContext";
import { FieldDiff } from "./FieldDiff";
import { ReferenceTitles } from "./ReferenceTitles";

const renderReference = (resource: string, ids: string[]) => <ReferenceTitles resource={resource} ids={ids} />;

const when = (iso: string) => new Date(iso).toLocaleString();

export function HistoryPanel() {
  const record = useRecordContext();
  const resource = useResourceMeta();
  const dataProvider = useDataProvider<StackVerdictDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [error, setError] = useState<string | null>(null);
  const id = record?.id;
  const history = useQuery({
    queryKey: [resource.name, "history", id, record?.version],
    queryFn: () => dataProvider.history(resource.name, { id: id! }),
    enabled: id !== undefined,
  });
  if (!record) return null;

  const restore = async (revisionId: string) => {
    setError(null);
    try {
      await dataProvider.revert(resource.name, { id: record.id, revisionId, version: Number(record.version) });
      notify("The earlier version was restored (recorded as a new revision).", { type: "success" });
      refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const entries = history.data?.data ?? [];
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
          {entries.map((entry, index) => (
            <Box key={entry.id} component="section" aria-label={`${entry.action} ${when(entry.createdAt)}`} sx={{ borderTop: "1px solid #e0e0e0", pt: 1 }}>
              <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: "center", flexWrap: "wrap" }}>
                <Typography variant="subtitle2">{entry.action}</Typography>
                <Typography variant="body2">{entry.user?.name ?? "System"}</Typography>
                <Typography variant="body2" color="text.secondary">{when(entry.createdAt)}</Typography>
                {entry.reason && <Typography variant="body2" color="text.secondary">— {entry.reason}</Typography>}
                {index > 0 && resource.can.update && entry.action !== "DELETE" && (
                  <Button label="Restore this version" onClick={() => restore(entry.id)} />
                )}
              </Stack>
              <FieldDiff changes={entry.changes} fields={resource.fields} renderReference={renderReference} />
            </Box>
          ))}
        </Stack>
      </AccordionDetails>
    </Accordion>
  );
}
