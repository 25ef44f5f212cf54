import { readFileSync, rmSync } from "node:fs";
import { PID_FILE } from "./server";

export default async function teardown(): Promise<void> {
  try {
    const pid = Number(readFileSync(PID_FILE, "utf8"));
    process.kill(-pid, "SIGTERM"); // the whole process group: next and its server worker
    for (let i = 0; i < 50; i++) {
      await new Promise((r) => setTimeout(r, 100));
      try {
        process.kill(-pid, 0);
      } catch {
        break; // gone
      }
    }
  } catch {
    // already gone
  }
  rmSync(PID_FILE, { force: true });
}
