// npm run -s import -- [--dry-run] [--json] [--background] FILE|URL...
// npm run -s import -- --watch JOB_ID | --cancel JOB_ID
// Imports documents through the same service the admin uses (as the system actor). Exit 1 if any file failed.
// A URL argument (any "scheme://…") is fetched through the same SSRF guard as the admin's (lib/net).
// --background stores the documents as a durable job (lib/import/job.ts) and prints its progress line
// until it ends; this process runs it unless a server instance takes it first (on PostgreSQL), and if
// this process stops, a server (or the next --watch) resumes it where it left off. --watch follows a
// job (and gives it a runner); --cancel asks it to stop after the chunk it is writing.
import { readFileSync, statSync } from "node:fs";
import { SYSTEM } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { addressIn, fetchAll } from "@/lib/import/from-url";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";
import { closeReaderPool } from "@/lib/import/reader-pool";
import { importFiles, type ImportInput } from "@/lib/import/service";
import type { ImportReport } from "@/lib/import/report";
import { createImportJob, progressLine } from "@/lib/import/job";
import { findJob, FINISHED, requestCancel, startJobWorker } from "@/lib/jobs";
import type { Db } from "@/lib/db/client";

/** Prints the job's progress line until it ends (rewritten in place on a terminal); runs it here meanwhile if no one else does. */
async function follow(db: Db, id: string): Promise<number> {
  const worker = await startJobWorker({ db });
  // Harmless when another runner holds the job: only the lease holder runs it.
  await worker.enqueue(id);
  const tty = process.stderr.isTTY;
  let last = "";
  try {
    for (;;) {
      const job = await findJob(db, id);
      if (!job) {
        console.error(`No job ${id}.`);
        return 2;
      }
      const line = progressLine(job);
      if (line !== last) process.stderr.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
      last = line;
      if (FINISHED.includes(job.status)) {
        if (tty) process.stderr.write("\n");
        const errors = (job.result as { errorList?: Array<{ file: string; message: string }> } | null)?.errorList ?? [];
        for (const e of errors) console.log(`error: ${e.file}: ${e.message}`);
        if (job.error) console.log(`error: ${job.error}`);
        return job.status === "DONE" && !job.progress.errors ? 0 : 1;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await worker.stop();
  }
}

function toJson(report: ImportReport): unknown {
  return {
    articles: report.articles.map((a) => ({
      file: a.file,
      format: a.format,
      status: a.status,
      title: a.title,
      url: a.url,
      author: a.author,
      publishedAt: a.publishedAt,
      tags: a.tags,
      warnings: a.warnings,
      newTechnologies: a.newTechnologies,
      hiddenCandidates: a.hiddenCandidates ?? 0,
      claims: a.claims.map((c) => ({
        key: c.key,
        statement: c.statement,
        kind: c.kind,
        technologies: c.technologies,
        topic: c.topic,
        quote: c.quote,
        start: c.start,
        end: c.end,
        metric: c.metric,
        value: c.value,
        unit: c.unit,
        conditions: c.conditions,
        stance: c.stance,
        matches: c.matches,
        keepScore: c.keepScore,
        hidden: c.hidden,
      })),
    })),
    contradictions: report.contradictions,
    errors: report.errors,
  };
}

/** The named files as import inputs; a file too large or unreadable is an error of its own, the others still go. */
function readInputs(paths: string[]): { inputs: ImportInput[]; errors: ImportReport["errors"] } {
  const inputs: ImportInput[] = [];
  const errors: ImportReport["errors"] = [];
  for (const path of paths) {
    try {
      const size = statSync(path).size;
      if (size > MAX_IMPORT_BYTES) {
        errors.push({
          file: path,
          message: `The file is ${(size / 1024 / 1024).toFixed(1)} MB; the import limit is ${(MAX_IMPORT_BYTES / 1024 / 1024).toFixed(1)} MB.`,
        });
        continue;
      }
      inputs.push({ filename: path, bytes: readFileSync(path) });
    } catch (error) {
      errors.push({
        file: path,
        message: `Cannot read the file: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return { inputs, errors };
}

/** --background: the inputs stored as a job, followed until it ends. */
async function importInBackground(db: Db, inputs: ImportInput[], early: ImportReport["errors"]): Promise<number> {
  for (const e of early) console.log(`error: ${e.file}: ${e.message}`);
  try {
    if (!inputs.length) return 1;
    const job = await createImportJob(db, SYSTEM, inputs);
    console.error(
      `job ${job.id} accepted (${inputs.length} documents); Ctrl-C leaves it to the servers, --cancel ${job.id} stops it`,
    );
    const code = await follow(db, job.id);
    return early.length ? 1 : code;
  } finally {
    await Promise.all([db.$disconnect(), closeReaderPool()]);
  }
}

/** The report in lines: each document with its claims, warnings, hidden candidates and proposed technologies. */
function printReport(report: ImportReport, dryRun: boolean): void {
  for (const a of report.articles) {
    console.log(
      `${a.file}: ${a.format} "${a.title}" ${a.status}${dryRun ? " (dry run)" : ""}, ${a.claims.length} claims (${a.claims.filter((c) => c.matches).length} matched existing)`,
    );
    for (const w of a.warnings) console.log(`  warning: ${w}`);
    if (a.hiddenCandidates)
      console.log(
        `  ${a.hiddenCandidates} low-confidence candidates ${dryRun ? "would be " : ""}hidden in the review queue (learned from editors' decisions; shown there on request)`,
      );
    if (a.newTechnologies.length)
      console.log(
        `  new technologies (${dryRun ? "would be " : ""}proposed for an editor to confirm): ${a.newTechnologies.map((t) => t.name).join(", ")}`,
      );
  }
  for (const c of report.contradictions)
    console.log(`contradiction ${c.kind} ${c.status}: ${c.a} vs ${c.b}: ${c.reason}`);
  for (const e of report.errors) console.log(`error: ${e.file}: ${e.message}`);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const dryRun = args.includes("--dry-run");
  const json = args.includes("--json");
  const background = args.includes("--background");
  const jobArg = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? (args[i + 1] ?? "") : null;
  };
  const watch = jobArg("--watch");
  const cancel = jobArg("--cancel");
  if (watch !== null || cancel !== null) return jobCommand(watch, cancel);
  const named = args.filter((a) => !a.startsWith("--"));
  const urls = named.filter((a) => addressIn(a) !== null);
  const paths = named.filter((a) => addressIn(a) === null);
  if (!named.length) {
    console.error(
      "usage: npm run -s import -- [--dry-run] [--json] [--background] FILE|URL...\n       npm run -s import -- --watch JOB_ID | --cancel JOB_ID",
    );
    return 2;
  }
  const { inputs, errors: early } = readInputs(paths);
  if (urls.length && !json) console.error(`fetching ${urls.length} address${urls.length > 1 ? "es" : ""}…`);
  const fetched = await fetchAll(urls);
  inputs.push(...fetched.inputs);
  early.push(...fetched.errors);
  const db = getDb();
  if (background && !dryRun) return importInBackground(db, inputs, early);
  try {
    const report = await importFiles(db, SYSTEM, inputs, {
      dryRun,
      onProgress: json ? undefined : (done, total, file) => console.error(`[${done}/${total}] ${file}`),
    });
    report.errors.unshift(...early);
    if (json) process.stdout.write(`${JSON.stringify(toJson(report), null, 2)}\n`);
    else printReport(report, dryRun);
    return report.errors.length ? 1 : 0;
  } finally {
    await Promise.all([db.$disconnect(), closeReaderPool()]);
  }
}

async function jobCommand(watch: string | null, cancel: string | null): Promise<number> {
  const db = getDb();
  try {
    if (cancel !== null) {
      const job = await requestCancel(db, cancel);
      if (!job) {
        console.error(`No job ${cancel}.`);
        return 2;
      }
      console.error(progressLine(job));
      return 0;
    }
    return await follow(db, watch ?? "");
  } finally {
    await Promise.all([db.$disconnect(), closeReaderPool()]);
  }
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
