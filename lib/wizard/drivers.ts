// A use case's drivers as editors describe them (UseCase.drivers): what the use case is chosen on,
// and the words in a claim that speak to each. The wizard asks about its category's drivers and
// weighs the claims that name them. A use case whose drivers were never edited (stored null) gets
// the defaults of lib/verdicts/drivers.ts; the team's own skills are a question of their own.
import { z } from "zod";
import { DRIVER_TERMS, DRIVERS, driversOfUseCase, PERFORMANCE_DRIVERS, type DriverKey } from "@/lib/verdicts/drivers";
import { KEY } from "@/lib/verdicts/needs";


export const driverSpecSchema = z.strictObject({
  key: z.string().trim().max(60).regex(KEY, "Use lower-case letters, digits and single dashes."),
  label: z.string().trim().min(1).max(120),
  terms: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
  /** Benchmark figures speak to it (throughput, latency): ranked within their comparable group. */
  figures: z.boolean().default(false),
});

export type DriverSpec = z.output<typeof driverSpecSchema>;

export const useCaseDriversSchema = z
  .array(driverSpecSchema)
  .max(20)
  .refine((list) => new Set(list.map((d) => d.key)).size === list.length, "Each driver key once.");

/** Drivers about the team rather than the project: the wizard's skills question covers them. */
const TEAM_DRIVERS: ReadonlySet<string> = new Set(["team-knows-python", "team-knows-javascript"]);

/** The built-in description of one of lib/verdicts' drivers. */
export function defaultDriver(key: DriverKey): DriverSpec {
  const label = DRIVERS.find((d) => d.key === key)?.label ?? key;
  return { key, label, terms: [...DRIVER_TERMS[key]], figures: PERFORMANCE_DRIVERS.includes(key) };
}

/** A use case's drivers: the stored ones when valid, else the defaults for its slug (none for a new one). */
export function driversOf(slug: string, stored: unknown): DriverSpec[] {
  if (stored !== null && stored !== undefined) {
    const parsed = useCaseDriversSchema.safeParse(stored);
    if (parsed.success) return parsed.data;
  }
  return driversOfUseCase(slug).filter((key) => !TEAM_DRIVERS.has(key)).map(defaultDriver);
}
