"use client";
// A verdict: the engine's proposal next to it (publish, adjust, override), its fields, its history.
import { ResourceShow } from "../resource/ResourceShow";
import { PROPOSAL_ACTIONS, ProposalPanel } from "./ProposalPanel";

const HIDDEN = new Set(["slug", "engineScore"]);

export function VerdictShow() {
  return <ResourceShow excludeActions={PROPOSAL_ACTIONS} hidden={HIDDEN} above={<ProposalPanel />} />;
}
