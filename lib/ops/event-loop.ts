// How long the server's event loop was held up: perf_hooks' monitorEventLoopDelay samples the
// delay of a timer every few milliseconds, so a synchronous database call or a long render shows up
// as a high maximum. A benchmark that starts the server with an IPC channel asks for the figures
// since its last question (one window per load run); without a channel nothing is monitored.
import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";

export interface EventLoopDelay {
  /** Milliseconds. */
  max: number;
  p99: number;
  p50: number;
  mean: number;
  samples: number;
  /** CPU time the process used in the window (user + system): per request, robust to a busy machine. */
  cpuMs: number;
}

export const EVENT_LOOP_REQUEST = "event-loop-delay";

const ms = (ns: number): number => Math.round(ns / 1e4) / 100;

export function readDelay(histogram: IntervalHistogram, cpu: NodeJS.CpuUsage = { user: 0, system: 0 }): EventLoopDelay {
  const samples = histogram.count;
  const cpuMs = Math.round((cpu.user + cpu.system) / 100) / 10;
  return samples
    ? {
        max: ms(histogram.max),
        p99: ms(histogram.percentile(99)),
        p50: ms(histogram.percentile(50)),
        mean: ms(histogram.mean),
        samples,
        cpuMs,
      }
    : { max: 0, p99: 0, p50: 0, mean: 0, samples: 0, cpuMs };
}

/** In a process started with an IPC channel: answer each EVENT_LOOP_REQUEST with the window's figures, then start a new window. */
export function reportEventLoopDelayOnRequest(): void {
  if (!process.send) return;
  // 5 ms resolution: fine enough to see a 50 ms stall, cheap enough not to load the loop itself.
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  let cpuSince = process.cpuUsage();
  process.on("message", (message: unknown) => {
    if (message !== EVENT_LOOP_REQUEST) return;
    process.send?.({ [EVENT_LOOP_REQUEST]: readDelay(histogram, process.cpuUsage(cpuSince)) });
    histogram.reset();
    cpuSince = process.cpuUsage();
  });
  // The channel must not keep a stopping server alive.
  process.channel?.unref();
}
