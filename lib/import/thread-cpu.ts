// CPU time of one thread, for budgets that a busy machine must not trip: a thread waiting for a core
// uses no CPU. Node 20 has no per-thread clock (process.cpuUsage() counts every thread), so this reads
// Linux's /proc; elsewhere both answers are null and callers fall back to wall time.
import { readFileSync } from "node:fs";

/** Linux reports thread CPU time in clock ticks of 1/100 s (USER_HZ) on every architecture Node runs on. */
const TICK_MS = 10;

/** The calling thread's id in the kernel (a worker posts it to whoever watches it); null off Linux. */
export function currentThreadId(): number | null {
  try {
    const id = Number(readFileSync("/proc/thread-self/stat", "utf8").split(" ")[0]);
    return Number.isInteger(id) ? id : null;
  } catch {
    return null;
  }
}

/** CPU time (ms, in 10 ms steps) a thread of this process has used; null when it cannot be read. */
export function threadCpuMs(tid: number | null): number | null {
  if (tid === null) return null;
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces, inside parentheses): utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}
