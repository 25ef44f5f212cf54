// npm run db:backup [-- FILE]   and   npm run db:restore -- FILE
import { databaseUrl } from "../lib/db/provider";
import { backupDatabase, defaultBackupFile, restoreDatabase } from "../lib/ops/backup";

async function main(): Promise<number> {
  const [mode, file] = process.argv.slice(2);
  const url = databaseUrl();
  if (mode === "backup") {
    console.log(`Backed up to ${await backupDatabase(url, file ?? defaultBackupFile(url))}`);
    return 0;
  }
  if (mode === "restore" && file) {
    await restoreDatabase(url, file);
    console.log(`Restored ${file}.`);
    return 0;
  }
  console.error("usage: npm run db:backup [-- FILE] | npm run db:restore -- FILE");
  return 2;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
