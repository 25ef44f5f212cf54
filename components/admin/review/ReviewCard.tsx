"use client";
// One candidate in the review queue: everything judging it needs is on the card (technologies,
// figure, conditions, the quote in its context, the source, a possible duplicate or a contradiction
// with the other claim) and its four decisions are one click or one key away.
import { forwardRef } from "react";
import { Alert, Box, Button, Card, CardContent, Checkbox, Chip, Link, Stack, Typography } from "@mui/material";
import type { ReviewCard as Card_, ReviewHint } from "@/lib/admin/review-queue";
import { choiceLabel } from "../fields/labels";

export type ReviewCardData = Card_;

interface Props {
  card: ReviewCardData;
  focused: boolean;
  selected: boolean;
  busy: boolean;
  acceptLabel: string;
  onFocus: () => void;
  onToggle: () => void;
  onVerify: () => void;
  onReject: () => void;
  onMerge: (into?: ReviewHint["claim"]) => void;
}

/** "31,000 req/s (throughput)": the figure as a reader says it. */
export function figureText(card: Pick<ReviewCardData, "value" | "unit" | "metric">): string | null {
  if (card.value === null) return null;
  const amount = `${card.value.toLocaleString("en-US")}${card.unit ? ` ${card.unit}` : ""}`;
  return card.metric ? `${amount} (${card.metric})` : amount;
}

/** The source's date as the public site writes it (3 Dec 2026); a publication date is a calendar day, kept in UTC. */
export function sourceDate(iso: string | null): string | null {
  return iso
    ? new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })
    : null;
}

/** What the claim is about, at a glance: its kind, technologies, figure and conditions. */
function ClaimChips({ card, figure }: { card: ReviewCardData; figure: string | null }) {
  return (
    <Stack direction="row" sx={{ mt: 1, flexWrap: "wrap", gap: 0.5 }}>
      <Chip size="small" label={choiceLabel(card.kind)} />
      {card.technologies.map((t) => (
        <Chip
          key={t.id}
          size="small"
          color="primary"
          variant={t.proposed ? "outlined" : "filled"}
          label={t.proposed ? `${t.name} (proposed)` : t.name}
        />
      ))}
      {figure && <Chip size="small" variant="outlined" label={figure} />}
      {card.conditions.map((c) => (
        <Chip key={c.key} size="small" variant="outlined" label={`${c.key}: ${c.value}`} />
      ))}
    </Stack>
  );
}

/** The quote in its context, marked, with the source it came from (or a line saying there is none). */
function SourceQuote({ source }: { source: ReviewCardData["source"] }) {
  if (!source)
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        No quote recorded for this claim.
      </Typography>
    );
  const date = sourceDate(source.publishedAt ?? null);
  return (
    <Box component="figure" sx={{ m: 0, mt: 1.5 }}>
      <Box
        component="blockquote"
        sx={{
          m: 0,
          p: 1.25,
          bgcolor: "action.hover",
          whiteSpace: "pre-wrap",
          fontSize: 14,
          borderRadius: 1,
          overflowWrap: "anywhere",
        }}
      >
        {source.before}
        <mark>{source.quote}</mark>
        {source.after}
      </Box>
      <Typography component="figcaption" variant="caption" color="text.secondary">
        From <Link href={`#/articles/${source.articleId}/show`}>{source.title}</Link>
        {date ? `, ${date}` : ", undated"}
      </Typography>
    </Box>
  );
}

/** A possible duplicate (with "Merge into it") or a contradiction, each linked to the other claim. */
function HintAlert({ hint, busy, onMerge }: { hint: ReviewHint; busy: boolean; onMerge: Props["onMerge"] }) {
  return (
    <Alert severity={hint.kind === "contradiction" ? "warning" : "info"} sx={{ mt: 1, py: 0 }}>
      {hint.kind === "duplicate" ? "Possible duplicate of " : "Contradicts "}
      <Link href={`#/claims/${hint.claim.id}/show`}>“{hint.claim.statement}”</Link> ({choiceLabel(hint.claim.status)}
      {hint.reason ? `; ${hint.reason}` : ""})
      {hint.kind === "duplicate" && (
        <Button size="small" sx={{ ml: 1 }} disabled={busy} onClick={() => onMerge(hint.claim)}>
          Merge into it
        </Button>
      )}
    </Alert>
  );
}

export const ReviewCard = forwardRef<HTMLDivElement, Props>(function ReviewCard(props, ref) {
  const { card, focused, selected, busy, acceptLabel } = props;
  const headingId = `review-card-${card.id}`;
  return (
    <Card
      ref={ref}
      variant="outlined"
      tabIndex={-1}
      aria-labelledby={headingId}
      aria-current={focused ? "true" : undefined}
      data-review-card={card.id}
      onClick={props.onFocus}
      sx={{
        outline: focused ? "2px solid" : "none",
        outlineColor: "primary.main",
        outlineOffset: 1,
        scrollMarginTop: 72,
      }}
    >
      <CardContent sx={{ display: "flex", gap: 1, alignItems: "flex-start", p: { xs: 1.5, sm: 2 } }}>
        <Checkbox
          checked={selected}
          onChange={props.onToggle}
          sx={{ mt: -0.5, ml: -1 }}
          slotProps={{ input: { "aria-label": `Select: ${card.statement}` } }}
        />
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography id={headingId} component="h2" sx={{ fontWeight: 600, fontSize: 16, overflowWrap: "anywhere" }}>
            {card.statement}
          </Typography>
          <ClaimChips card={card} figure={figureText(card)} />
          <SourceQuote source={card.source} />
          {card.hints.map((hint) => (
            <HintAlert key={`${hint.kind}-${hint.claim.id}`} hint={hint} busy={busy} onMerge={props.onMerge} />
          ))}
          <LearnedLine learned={card.learned} />
          <Stack direction="row" sx={{ mt: 1.5, flexWrap: "wrap", gap: 1 }}>
            <Button variant="contained" size="small" disabled={busy} onClick={props.onVerify}>
              {acceptLabel}
            </Button>
            <Button variant="outlined" size="small" color="error" disabled={busy} onClick={props.onReject}>
              Reject
            </Button>
            <Button size="small" href={`#/claims/${card.id}`}>
              Edit
            </Button>
            <Button size="small" disabled={busy} onClick={() => props.onMerge()}>
              Merge…
            </Button>
          </Stack>
        </Box>
      </CardContent>
    </Card>
  );
});

/** The keep score learned from editors' decisions, and why: "Keep score 12% · rejected 7 of 8 times: pattern '…'". */
function LearnedLine({ learned }: { learned: ReviewCardData["learned"] }) {
  if (!learned.reasons.length && learned.importScore === null) return null;
  const why = learned.reasons.length ? ` · ${learned.reasons.join(" · ")}` : "";
  return (
    <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }} data-keep-score>
      Keep score {Math.round(learned.score * 100)}%{learned.hidden ? " (low confidence)" : ""}
      {why}
    </Typography>
  );
}
