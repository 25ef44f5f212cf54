// Background jobs (imports, and any other long work): a durable Job row, a lease-holding runner, and a
// queue (pg-boss on PostgreSQL, in-process on SQLite). See queue.ts for how a job finds its runner.
export { enqueueJob, jobWorker, startJobWorker, stopJobWorker, type JobWorker } from "./queue";
export { runJob, JobLost, type JobContext, type JobKind, type RunOutcome } from "./runner";
export { findJob, requestCancel, FINISHED, type JobView, type JobStatus, type Progress } from "./store";
