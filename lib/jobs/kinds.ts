// Every kind of background job, by name: a new kind of long work is one JobKind (lib/jobs/runner.ts) added here.
import { importJob } from "@/lib/import/job";
import type { JobKind } from "./runner";

export const JOB_KINDS: ReadonlyMap<string, JobKind> = new Map([importJob].map((k) => [k.kind, k]));
