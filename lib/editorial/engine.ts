// The verdict engine built in a server process without holding its event loop: a full build over a
// large evidence set takes seconds of CPU (npm run bench:verdicts), so it runs in slices of a few
// milliseconds and lets requests, timers and I/O through between them. The engine it returns is
// the one `new VerdictEngine(evidence)` builds, step for step.
import { VerdictEngine, type Evidence } from "@/lib/verdicts";

/** How long one slice of a build holds the event loop (ms). */
const SLICE_MS = 20;

const nextPass = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function buildEngine(evidence: Evidence, sliceMs = SLICE_MS): Promise<VerdictEngine> {
  const { engine, steps } = VerdictEngine.inSteps(evidence);
  let start = performance.now();
  for (const step of steps) {
    void step;
    if (performance.now() - start < sliceMs) continue;
    await nextPass();
    start = performance.now();
  }
  return engine;
}
