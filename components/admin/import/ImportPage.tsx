"use client";
// Admin import page: upload files, give a web address (fetched by the server) or paste text, preview
// detected metadata and candidate claims (dry run), then commit; each goes in its own request so
// progress shows per file. Many files go better in the background: one request stores them as a job
// (answered at once), and a progress bar follows it (JobProgress) while a server imports them.
import { useState } from "react";
import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, TextField, Typography } from "@mui/material";
import { Title } from "react-admin";
import type { ImportReport } from "@/lib/import/report";
import type { JobView } from "@/lib/jobs/store";
import { ArticlePreview } from "./ArticlePreview";
import { JobProgress } from "./JobProgress";

type Row = { name: string; state: "waiting" | "working" | "done" | "failed"; report?: ImportReport };

async function send(body: FormData | string, dryRun: boolean): Promise<ImportReport> {
  const res = await fetch(`/api/admin/import${dryRun ? "?dryRun=1" : ""}`, {
    method: "POST",
    body,
    headers: typeof body === "string" ? { "content-type": "application/json" } : undefined,
  });
  const json = (await res.json()) as { data?: ImportReport; error?: { message: string } };
  if (!json.data) throw new Error(json.error?.message ?? `HTTP ${res.status}`);
  return json.data;
}

/** The review queue limited to the documents this import wrote (the queue's ?article= filter). */
export function reviewLink(rows: Row[]): { href: string; text: string } | null {
  const written = rows.flatMap((r) => r.report?.articles ?? []).filter((a) => a.status === "imported" && a.articleSlug);
  if (!written.length) return null;
  const claims = written.reduce((n, a) => n + a.claims.filter((c) => !c.matches).length, 0);
  const query = written.map((a) => `article=${encodeURIComponent(a.articleSlug ?? "")}`).join("&");
  const documents = written.length === 1 ? "this document" : `these ${written.length} documents`;
  return {
    href: `#/review?${query}`,
    text: `${claims} new candidate ${claims === 1 ? "claim" : "claims"} from ${documents} wait in the review queue.`,
  };
}

/** The documents sent one per request, each row following its own; failures stay on their row. */
function useImportRows() {
  const [rows, setRows] = useState<Row[]>([]);
  const setRow = (i: number, change: Partial<Row>) =>
    setRows((r) => r.map((row, k) => (k === i ? { ...row, ...change } : row)));
  async function run(jobs: Array<{ name: string; body: FormData | string }>, dryRun: boolean) {
    setRows(jobs.map((j) => ({ name: j.name, state: "waiting" })));
    for (const [i, job] of jobs.entries()) {
      setRow(i, { state: "working" });
      try {
        const report = await send(job.body, dryRun);
        setRow(i, { state: report.errors.length ? "failed" : "done", report });
      } catch (error) {
        const report: ImportReport = {
          articles: [],
          contradictions: [],
          errors: [{ file: job.name, message: (error as Error).message }],
        };
        setRow(i, { state: "failed", report });
      }
    }
  }
  return { rows, setRows, run };
}

/** All the chosen files in one request, imported as a background job. */
function useBackgroundImport(onStart: () => void) {
  const [job, setJob] = useState<JobView | null>(null);
  const [jobProblem, setJobProblem] = useState<string | null>(null);
  async function runInBackground(files: File[]) {
    const form = new FormData();
    for (const f of files) form.append("files[]", f);
    onStart();
    setJobProblem(null);
    const res = await fetch("/api/admin/import?background=1", { method: "POST", body: form });
    const json = (await res.json()) as { data?: JobView; error?: { message: string } };
    if (json.data) setJob(json.data);
    else setJobProblem(json.error?.message ?? `HTTP ${res.status}`);
  }
  return { job, jobProblem, runInBackground };
}

/** One request per file, then the web address, then the pasted text. */
function importJobs(files: File[], url: string, text: string): Array<{ name: string; body: FormData | string }> {
  const jobs: Array<{ name: string; body: FormData | string }> = files.map((f) => {
    const form = new FormData();
    form.append("files[]", f);
    return { name: f.name, body: form };
  });
  if (url.trim()) jobs.push({ name: url.trim(), body: JSON.stringify({ url: url.trim() }) });
  if (text.trim()) jobs.push({ name: "pasted text", body: JSON.stringify({ text }) });
  return jobs;
}

interface SourcesProps {
  files: File[];
  url: string;
  text: string;
  busy: boolean;
  setFiles: (files: File[]) => void;
  setUrl: (url: string) => void;
  setText: (text: string) => void;
  onRun: (dryRun: boolean) => void;
  onBackground: () => void;
}

function ImportSources({ files, url, text, busy, setFiles, setUrl, setText, onRun, onBackground }: SourcesProps) {
  const nothing = files.length === 0 && !text.trim() && !url.trim();
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Stack spacing={2}>
          <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
            <Button variant="outlined" component="label">
              Choose files
              <input
                hidden
                type="file"
                multiple
                aria-label="Files to import"
                onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
              />
            </Button>
            <Typography variant="body2">
              {files.length ? files.map((f) => f.name).join(", ") : "No file chosen"}
            </Typography>
          </Stack>
          <TextField
            label="Or a web address"
            type="url"
            placeholder="https://example.com/article"
            helperText="The server fetches the page and imports its main text; only public http(s) pages."
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            fullWidth
          />
          <TextField
            label="Or paste text"
            multiline
            minRows={5}
            value={text}
            onChange={(e) => setText(e.target.value)}
            fullWidth
          />
          <Stack direction="row" spacing={1}>
            <Button variant="outlined" disabled={nothing || busy} onClick={() => onRun(true)}>
              Preview
            </Button>
            <Button variant="contained" disabled={nothing || busy} onClick={() => onRun(false)}>
              Import
            </Button>
            <Button variant="outlined" disabled={!files.length || busy} onClick={onBackground}>
              Import in the background
            </Button>
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
}

function RowReport({ row }: { row: Row }) {
  return (
    <Card variant="outlined" sx={{ mb: 1 }}>
      <CardContent>
        <Typography variant="h6" component="h2">
          {row.name}: {row.state}
        </Typography>
        {(row.state === "working" || row.state === "waiting") && <LinearProgress sx={{ my: 1 }} />}
        {row.report?.errors.map((e) => (
          <Alert key={e.message} severity="error" sx={{ my: 1 }}>
            {e.message}
          </Alert>
        ))}
        {row.report?.articles.map((a) => (
          <ArticlePreview key={a.file} a={a} />
        ))}
        {row.report?.contradictions.map((c) => (
          <Alert
            key={`${c.a}-${c.b}`}
            severity={c.status === "OPEN" || c.status === "open" ? "warning" : "info"}
            sx={{ mt: 1 }}
          >
            Contradiction ({c.kind}, {c.status}): {c.reason}
          </Alert>
        ))}
      </CardContent>
    </Card>
  );
}

function BackgroundJob({ job, problem }: { job: JobView | null; problem: string | null }) {
  return (
    <>
      {problem && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {problem}
        </Alert>
      )}
      {job && (
        <Card variant="outlined" sx={{ mb: 2 }}>
          <CardContent>
            <Typography variant="h6" component="h2">
              Background import of {job.progress.total} documents
            </Typography>
            <JobProgress key={job.id} initial={job} />
          </CardContent>
        </Card>
      )}
    </>
  );
}

export function ImportPage() {
  const [files, setFiles] = useState<File[]>([]);
  const [url, setUrl] = useState("");
  const [text, setText] = useState("");
  const { rows, setRows, run } = useImportRows();
  const { job, jobProblem, runInBackground } = useBackgroundImport(() => setRows([]));
  const queueLink = reviewLink(rows);
  const busy = rows.some((r) => r.state === "working" || r.state === "waiting");
  return (
    <Box sx={{ p: 2 }}>
      <Title title="Import" />
      <Typography variant="h5" component="h1" gutterBottom>
        Import articles
      </Typography>
      <Typography color="text.secondary" gutterBottom>
        Bookmark exports, Nuxt payloads, web pages by address, text copied from a web page, social posts, HTML or
        markdown. Preview first: nothing is written until you press Import.
      </Typography>
      <ImportSources
        {...{ files, url, text, busy, setFiles, setUrl, setText }}
        onRun={(dryRun) => void run(importJobs(files, url, text), dryRun)}
        onBackground={() => void runInBackground(files)}
      />
      <BackgroundJob job={job} problem={jobProblem} />
      {queueLink && !busy && (
        <Alert
          severity="success"
          sx={{ mb: 2 }}
          action={
            <Button variant="contained" size="small" href={queueLink.href}>
              Review them
            </Button>
          }
        >
          {queueLink.text}
        </Alert>
      )}
      {rows.map((row) => (
        <RowReport key={row.name} row={row} />
      ))}
    </Box>
  );
}
