// The verdict engine's public surface (pure; the database loader is lib/editorial/load.ts).
export * from "./types";
export {
  DRIVERS,
  DRIVER_USE_CASES,
  DRIVER_TERMS,
  USE_CASE_SLUGS,
  USE_CASE_KEYWORDS,
  driversOfUseCase,
  isDriverKey,
  type DriverKey,
} from "./drivers";
export { VerdictEngine, computeVerdicts } from "./engine";
export { needsReview, CONFIDENCE_SHIFT } from "./review";
export { applyChange } from "./what-if";
