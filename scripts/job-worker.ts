// npm run jobs:work: a process that only runs background jobs (lib/jobs) on DATABASE_URL, as each
// server process also does (scripts/server.ts): e.g. a machine that serves no pages and takes imports.
// Prints {"ready":true,"pid":N} once it takes jobs; stops on SIGTERM or SIGINT. The multi-process test
// (tests/lib/jobs/multi-process.test.ts) runs three of these and kills one mid-import.
import { closeReaderPool } from "@/lib/import/reader-pool";
import { startJobWorker } from "@/lib/jobs";

async function main(): Promise<void> {
  const worker = await startJobWorker();
  process.stdout.write(`${JSON.stringify({ ready: true, pid: process.pid })}\n`);
  const stop = () =>
    void worker
      .stop()
      .finally(() => closeReaderPool())
      .finally(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
