"use client";
// The engine's proposal next to the published verdict: what it recommends now and how sure it is,
// the top reasons and the strongest counter-evidence (each linked to its claims and decisions),
// what would change it, and the three ways to publish: as proposed, adjusted, or overridden.
import { Alert, Box, Card, CardContent, CardHeader, Chip, Link, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useDataProvider, useRecordContext } from "react-admin";
import type { Reason } from "@/lib/verdicts";
import type { VerdictProposalView } from "@/lib/editorial/service";
import { changeSentence } from "@/lib/editorial/wording";
import { ActionButton } from "../actions/ActionDialog";
import type { StackVerdictDataProvider } from "../data-provider";
import { useResourceMeta } from "../MetaContext";

export const PROPOSAL_ACTIONS = ["publishProposal", "adjust", "override"];
const pct = (n: number) => `${Math.round(n * 100)}%`;

function ReasonItem({ reason, view }: { reason: Reason; view: VerdictProposalView }) {
  const { claims, decisions } = view.proposal;
  return (
    <li>
      <Typography variant="body2">{reason.text}</Typography>
      {reason.countsBecause && (
        <Typography variant="caption" color="text.secondary" component="p">
          counts because: {reason.countsBecause}
        </Typography>
      )}
      <Box component="span" sx={{ display: "flex", flexWrap: "wrap", gap: 1 }}>
        {reason.claimIds.map((id) => (
          <Link key={id} href={`#/claims/${id}/show`} variant="body2">
            Claim{claims[id] ? ` (${claims[id].status.toLowerCase()})` : ""}
          </Link>
        ))}
        {reason.decisionIds.map((id) => (
          <Link key={id} href={`#/decisions/${id}/show`} variant="body2">
            {decisions[id] ? `${decisions[id].title} — ${decisions[id].team}` : "Decision"}
          </Link>
        ))}
      </Box>
    </li>
  );
}

export function ProposalPanel() {
  const record = useRecordContext();
  const resource = useResourceMeta();
  const dataProvider = useDataProvider<StackVerdictDataProvider>();
  const id = record?.id;
  const query = useQuery({
    queryKey: ["verdicts", "proposal", id, record?.version],
    queryFn: () => dataProvider.verdictProposal(id!),
    enabled: id !== undefined,
  });
  if (!record) return null;
  const actions = resource.actions.filter((a) => PROPOSAL_ACTIONS.includes(a.name));
  return (
    <Card component="section" aria-label="Engine proposal" variant="outlined" sx={{ mt: 2 }}>
      <CardHeader title="Engine proposal" slotProps={{ title: { variant: "h6", component: "h2" } }} />
      <CardContent sx={{ pt: 0 }}>
        {record.needsReview && (
          <Alert severity="warning" sx={{ mb: 2 }} role="status">
            Flagged for review: {String(record.reviewReason ?? "the engine's result changed since publication.")}
          </Alert>
        )}
        {query.isPending && <Typography>Computing the proposal…</Typography>}
        {query.error && (
          <Typography role="alert" color="error">
            {query.error.message}
          </Typography>
        )}
        {query.data && <ProposalBody view={query.data.data} published={record.status === "PUBLISHED"} />}
        {!record.deletedAt && actions.length > 0 && (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap", mt: 2 }}>
            {actions.map((action) => (
              <ActionButton
                key={action.name}
                resource={resource}
                action={action}
                ids={[record.id]}
                versions={{ [String(record.id)]: Number(record.version) }}
              />
            ))}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}

function ProposalBody({ view, published }: { view: VerdictProposalView; published: boolean }) {
  const { verdict, claims, names } = view.proposal;
  if (!verdict.winner)
    return (
      <Typography>The engine has no recommendation for this use case yet (no evidence scores above zero).</Typography>
    );
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap" }}>
        <Typography variant="h6" component="p">
          {verdict.label}
        </Typography>
        <Chip label={`Confidence ${pct(verdict.confidence)}`} size="small" />
        <Chip
          label={view.agrees ? "Same as this verdict" : "Differs from this verdict"}
          color={view.agrees ? "success" : "warning"}
          size="small"
        />
        {published && view.publishedSnapshot && (
          <Typography variant="body2" color="text.secondary">
            At publication it proposed {view.publishedSnapshot.label}
            {view.publishedSnapshot.confidenceExplanation
              ? ` (confidence ${view.publishedSnapshot.confidenceExplanation})`
              : "."}
          </Typography>
        )}
      </Stack>
      {/* The percentage above, explained in one line: sources, counter-evidence, recency. */}
      {verdict.confidenceExplanation && (
        <Typography variant="body2" color="text.secondary">
          Confidence {verdict.confidenceExplanation}
        </Typography>
      )}
      {verdict.hybridBasis && <Typography variant="body2">Why a combination: {verdict.hybridBasis}</Typography>}
      <Typography variant="subtitle2" component="h3">
        Top reasons
      </Typography>
      <Box component="ol" sx={{ m: 0, pl: 3 }}>
        {verdict.reasons.map((r, i) => (
          <ReasonItem key={i} reason={r} view={view} />
        ))}
      </Box>
      <Typography variant="subtitle2" component="h3">
        Strongest counter-evidence
      </Typography>
      {verdict.counterEvidence ? (
        <Box component="ul" sx={{ m: 0, pl: 3 }}>
          <ReasonItem reason={verdict.counterEvidence} view={view} />
        </Box>
      ) : (
        <Typography variant="body2">None found.</Typography>
      )}
      <Typography variant="subtitle2" component="h3">
        What would change this
      </Typography>
      <Typography variant="body2">
        {verdict.whatWouldChange ? (
          <>
            {changeSentence(
              verdict.whatWouldChange,
              claims[verdict.whatWouldChange.change.claimId]?.statement ?? null,
              (slug) => names[slug] ?? slug,
            )}{" "}
            <Link href={`#/claims/${verdict.whatWouldChange.change.claimId}/show`}>See the claim</Link>
          </>
        ) : (
          "No single evidence change would flip it."
        )}
      </Typography>
    </Stack>
  );
}
