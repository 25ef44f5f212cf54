import { readFileSync, rmSync } from "node:fs";
import { PID_FILE } from "./server";

export default async function teardown(): Promise<void> {
  try {
    const pid = Number(readFileSync(PID_FILE, "utf8"));
    process.kill(-pid, "SIGTERM"); // the whole process group: npx and next
  } catch {
    // already gone
  }
  rmSync(PID_FILE, { force: true });
}
