// The workflows some resources hand their writes to: what a claim decision teaches the importer,
// the contradictions a claim write raises, the verdicts an open contradiction flags, the other side of
// a supersession, and a verdict's publication against the engine's proposal. They live above the
// registry (lib/editorial, lib/decisions, lib/match, lib/import) and use it, so the registry only names
// them here; the layer above installs the implementations from one composition root
// (lib/events/workflows.ts, loaded with the write path by lib/events), before any write runs.
import type { Db, Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/roles";
import type { CommittedWrite, ResourceDef, Row } from "./define";

export const VERDICT_ORIGINS = ["ENGINE", "ADJUSTED", "OVERRIDDEN"] as const;
export type VerdictOrigin = (typeof VERDICT_ORIGINS)[number];
export type PublishInput = {
  title?: string | null;
  summary?: string | null;
  rationale?: string | null;
  recommendedIds?: string[] | null;
  reason?: string | null;
};

/** What a write's prepare step hands a workflow: its transaction, who writes, and the record before. */
export interface WriteContext {
  tx: Tx;
  actor: Actor;
  def: ResourceDef;
  existing: Row | null;
}

export interface Workflows {
  /** A decision on a candidate claim (accepted, edited, merged, rejected) kept as an example the importer learns from. */
  keepClaimDecision(
    tx: Tx,
    existing: Record<string, unknown>,
    to: unknown,
    edited: boolean,
    actorId: string,
    merged?: boolean,
  ): Promise<void>;
  /** Merges a claim into another (its citations move, each with a revision); returns the merged claim's new fields. */
  mergeClaim(tx: Tx, actor: Actor, record: Row, intoId: string): Promise<Record<string, unknown>>;
  /** A committed claim write checked for contradictions. */
  detectAfterClaimWrite(write: CommittedWrite): Promise<void>;
  /** Open contradictions put the published verdicts citing either claim up for review. */
  flagVerdictsForContradictions(db: Db, contradictionIds: string[]): Promise<unknown>;
  /** Updates the decisions on the other side of a supersession, in the write's transaction. */
  syncSupersession(data: Record<string, unknown>, ctx: WriteContext): Promise<void>;
  /** The fields that store the engine's proposal of the moment as a newly published verdict's baseline. */
  publicationBaseline(tx: Tx, useCaseId: string): Promise<Record<string, unknown>>;
  /** Publishing a verdict as edited: allowed when it agrees with the engine (or the engine has nothing to say). */
  publishAsEdited(tx: Tx, record: Row): Promise<Record<string, unknown>>;
  /** Publishing against the engine's proposal: as proposed, adjusted, or overridden with a reason. */
  publishAgainstProposal(
    tx: Tx,
    record: Row,
    origin: VerdictOrigin,
    input: PublishInput,
  ): Promise<Record<string, unknown>>;
}

const installed = globalThis as unknown as { __svWorkflows?: Workflows };

/** Installs the implementations (lib/events/workflows.ts); installing again replaces them. */
export function installWorkflows(implementations: Workflows): void {
  installed.__svWorkflows = implementations;
}

/** The installed workflows; a write that needs one before installation is a wiring mistake, said loudly. */
export function workflows(): Workflows {
  if (!installed.__svWorkflows)
    throw new Error("Workflows not installed: import @/lib/events (the write path does) before writing.");
  return installed.__svWorkflows;
}
