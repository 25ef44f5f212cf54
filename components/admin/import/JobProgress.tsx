"use client";
// A background import's progress (lib/import/job.ts): a bar of documents done, the claims found and
// errors so far, and a Cancel button while it runs. Polls /api/admin/jobs/[id] until the job ends;
// the job goes on on the server whether or not this page stays open.
import { useEffect, useState } from "react";
import { Alert, Box, Button, LinearProgress, Stack, Typography } from "@mui/material";
import type { JobView } from "@/lib/jobs/store";

const POLL_MS = 1000;
const ENDED = ["DONE", "FAILED", "CANCELLED"];

/** The bar's value (0-100) and the line under it. */
export function jobSummary(job: JobView): { percent: number; line: string } {
  const p = job.progress;
  const percent = p.total ? Math.floor((100 * (p.done ?? 0)) / p.total) : 100;
  const repeats = p.repeats ? `, ${p.repeats} already imported` : "";
  const state = job.status === "RUNNING" && job.cancelRequested ? "cancelling" : job.status.toLowerCase();
  return {
    percent,
    line: `${p.done ?? 0} of ${p.total ?? 0} documents, ${p.claims ?? 0} claims found, ${p.errors ?? 0} errors${repeats} (${state})`,
  };
}

async function jobRequest(path: string, method: "GET" | "POST"): Promise<JobView> {
  const res = await fetch(path, { method });
  const json = (await res.json()) as { data?: JobView; error?: { message: string } };
  if (!json.data) throw new Error(json.error?.message ?? `HTTP ${res.status}`);
  return json.data;
}

export function JobProgress({ initial }: { initial: JobView }) {
  const [job, setJob] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const ended = ENDED.includes(job.status);
  useEffect(() => {
    if (ended) return;
    const timer = setTimeout(() => {
      jobRequest(`/api/admin/jobs/${job.id}`, "GET").then(
        (next) => {
          setJob(next);
          setProblem(null);
        },
        (error: Error) => setProblem(error.message),
      );
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job, ended]);
  const cancel = () =>
    jobRequest(`/api/admin/jobs/${job.id}/cancel`, "POST").then(setJob, (error: Error) => setProblem(error.message));
  const { percent, line } = jobSummary(job);
  const errors = (job.result as { errorList?: Array<{ file: string; message: string }> } | null)?.errorList ?? [];
  return (
    <Box sx={{ my: 1 }}>
      <LinearProgress variant="determinate" value={percent} aria-label="Import progress" sx={{ my: 1 }} />
      <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
        <Typography variant="body2">{line}</Typography>
        {!ended && (
          <Button size="small" color="warning" variant="outlined" disabled={job.cancelRequested} onClick={cancel}>
            Cancel import
          </Button>
        )}
      </Stack>
      {job.error && (
        <Alert severity="error" sx={{ my: 1 }}>
          {job.error}
        </Alert>
      )}
      {problem && (
        <Alert severity="warning" sx={{ my: 1 }}>
          {problem}
        </Alert>
      )}
      {errors.map((e, i) => (
        <Alert key={i} severity="error" sx={{ my: 1 }}>
          {e.file}: {e.message}
        </Alert>
      ))}
      {job.status === "DONE" && (job.progress.imported ?? 0) > 0 && (
        <Alert
          severity="success"
          sx={{ my: 1 }}
          action={
            <Button variant="contained" size="small" href="#/review">
              Review them
            </Button>
          }
        >
          {job.progress.claims} candidate claims from {job.progress.imported} documents wait in the review queue.
        </Alert>
      )}
    </Box>
  );
}
