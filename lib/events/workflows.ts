// Installs the workflows the registry's resources name (lib/resources/workflows.ts) from the layer
// above it: a composition root, loaded with the write path (lib/events/index.ts), so whatever writes
// through lib/services has them. Each is called through a wrapper so a module still loading in an
// import cycle is looked up when the write runs, not now.
import { detectAfterClaimWrite } from "@/lib/match/db/detect";
import { syncSupersession } from "@/lib/decisions/supersede";
import { flagVerdictsForContradictions } from "@/lib/editorial/flag";
import { keepClaimDecision, mergeClaim } from "@/lib/editorial/merge";
import { publicationBaseline, publishAgainstProposal, publishAsEdited } from "@/lib/editorial/publish";
import { installWorkflows } from "@/lib/resources/workflows";

installWorkflows({
  keepClaimDecision: (...args) => keepClaimDecision(...args),
  mergeClaim: (...args) => mergeClaim(...args),
  detectAfterClaimWrite: (write) => detectAfterClaimWrite(write),
  flagVerdictsForContradictions: (db, ids) => flagVerdictsForContradictions(db, ids),
  syncSupersession: (data, ctx) => syncSupersession(data, ctx),
  publicationBaseline: (tx, useCaseId) => publicationBaseline(tx, useCaseId),
  publishAsEdited: (tx, record) => publishAsEdited(tx, record),
  publishAgainstProposal: (...args) => publishAgainstProposal(...args),
});
