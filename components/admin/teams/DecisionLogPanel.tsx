"use client";
// A team's decision log as MADR files: download it (one .md per decision, or all as one tar), or
// bring in existing docs/decisions/*.md: pick the files, see what would be created, then confirm.
import { useState } from "react";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useRecordContext, useRefresh } from "react-admin";
import type { ImportPreviewItem, MadrFile } from "@/lib/decisions/transfer";
import { createApiClient } from "../http";

const api = createApiClient();
const base = (teamId: string) => `/api/admin/decision-log/${encodeURIComponent(teamId)}`;

function ExportLinks({ teamId }: { teamId: string }) {
  const files = useQuery({
    queryKey: ["decision-log", teamId],
    queryFn: () => api.json<{ files: MadrFile[] }>(base(teamId)),
  });
  return (
    <Box>
      <Typography variant="subtitle2" component="h3">
        Export decision log
      </Typography>
      {files.error && (
        <Typography role="alert" color="error">
          {files.error.message}
        </Typography>
      )}
      {files.data && files.data.files.length === 0 && (
        <Typography variant="body2">This team has no decisions yet.</Typography>
      )}
      {files.data && files.data.files.length > 0 && (
        <>
          <Button variant="outlined" href={`${base(teamId)}?format=tar`} download sx={{ my: 1 }}>
            Export decision log ({files.data.files.length} MADR file{files.data.files.length === 1 ? "" : "s"}, .tar)
          </Button>
          <Box component="ul" sx={{ m: 0, pl: 3 }} aria-label="MADR files">
            {files.data.files.map((f) => (
              <li key={f.name}>
                <Link href={`${base(teamId)}?file=${encodeURIComponent(f.name)}`} download={f.name}>
                  {f.name}
                </Link>
              </li>
            ))}
          </Box>
        </>
      )}
    </Box>
  );
}

const errorText = (e: unknown) => {
  const body = (e as { body?: { fields?: Record<string, string[]> } }).body;
  const fields = body?.fields
    ? Object.entries(body.fields).map(([file, messages]) => `${file}: ${messages.join(" ")}`)
    : [];
  return fields.length ? fields.join("\n") : e instanceof Error ? e.message : String(e);
};

/** The import's steps: files picked and previewed (nothing saved), then confirmed; busy while a request runs. */
function useMadrImport(teamId: string) {
  const refresh = useRefresh();
  const [files, setFiles] = useState<MadrFile[]>([]);
  const [preview, setPreview] = useState<ImportPreviewItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (list: FileList | null) => {
    setPreview(null);
    setError(null);
    setDone(null);
    const picked = await Promise.all([...(list ?? [])].map(async (f) => ({ name: f.name, content: await f.text() })));
    setFiles(picked);
    if (picked.length === 0) return;
    setBusy(true);
    try {
      const { data } = await api.json<{ data: ImportPreviewItem[] }>(`${base(teamId)}?preview=1`, {
        method: "POST",
        body: JSON.stringify({ files: picked }),
      });
      setPreview(data);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const { data } = await api.json<{ data: string[] }>(base(teamId), {
        method: "POST",
        body: JSON.stringify({ files }),
      });
      setDone(data);
      setPreview(null);
      setFiles([]);
      refresh();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    setPreview(null);
    setFiles([]);
  };
  return { preview, error, done, busy, choose, confirm, cancel };
}

function ImportPreviewTable({ preview }: { preview: ImportPreviewItem[] }) {
  return (
    <Table size="small" aria-label="Import preview">
      <TableHead>
        <TableRow>
          <TableCell>File</TableCell>
          <TableCell>Decision to create</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Date</TableCell>
          <TableCell>Chosen</TableCell>
          <TableCell>Left out (unknown here)</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {preview.map((p) => (
          <TableRow key={p.file}>
            <TableCell>{p.file}</TableCell>
            <TableCell>
              {p.title}
              {p.supersededBy ? ` (superseded by ${p.supersededBy})` : ""}
            </TableCell>
            <TableCell>{p.status.toLowerCase()}</TableCell>
            <TableCell>{p.date}</TableCell>
            <TableCell>{p.chosenOption}</TableCell>
            <TableCell>{p.unknown.join(", ") || "—"}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function ImportForm({ teamId }: { teamId: string }) {
  const { preview, error, done, busy, choose, confirm, cancel } = useMadrImport(teamId);
  return (
    <Box>
      <Typography variant="subtitle2" component="h3">
        Import MADR files
      </Typography>
      <Typography variant="body2" gutterBottom>
        Pick one or more .md files (for example your repository&apos;s docs/decisions). Nothing is saved until you
        confirm.
      </Typography>
      <Button variant="outlined" component="label" disabled={busy}>
        Choose MADR files
        <input
          hidden
          type="file"
          multiple
          accept=".md,.markdown,text/markdown"
          aria-label="MADR files to import"
          onChange={(e) => void choose(e.target.files)}
        />
      </Button>
      {busy && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          Working…
        </Typography>
      )}
      {error && (
        <Alert severity="error" sx={{ mt: 1, whiteSpace: "pre-line" }}>
          {error}
        </Alert>
      )}
      {done && (
        <Alert severity="success" sx={{ mt: 1 }}>
          Imported {done.length} decision{done.length === 1 ? "" : "s"}.
        </Alert>
      )}
      {preview && (
        <Box sx={{ mt: 1 }}>
          <ImportPreviewTable preview={preview} />
          <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
            <Button variant="contained" onClick={() => void confirm()} disabled={busy}>
              Import {preview.length} decision{preview.length === 1 ? "" : "s"}
            </Button>
            <Button onClick={cancel}>Cancel</Button>
          </Stack>
        </Box>
      )}
    </Box>
  );
}

export function DecisionLogPanel() {
  const record = useRecordContext();
  if (!record) return null;
  const teamId = String(record.id);
  return (
    <Card component="section" aria-label="Decision log" variant="outlined" sx={{ mt: 2 }}>
      <CardHeader title="Decision log (MADR)" slotProps={{ title: { variant: "h6", component: "h2" } }} />
      <CardContent sx={{ pt: 0 }}>
        <Stack spacing={3}>
          <ExportLinks teamId={teamId} />
          <ImportForm teamId={teamId} />
        </Stack>
      </CardContent>
    </Card>
  );
}
