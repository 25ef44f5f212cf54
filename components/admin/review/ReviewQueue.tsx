"use client";
// Review queue: candidate claims as cards (GET /api/admin/review), each decided with one click or
// one key (j/k move, v accept, r reject, e edit, m merge, x select, ? help), alone or over a
// selection. Accepting means Verified unless the editor picks another status. Decisions run the
// claims' own actions (setStatus, merge) through the bulk endpoint, with each card's version, so a
// claim someone else changed meanwhile is refused rather than overwritten.
// `#/review?article=<slug>` (the import result's link) limits the queue to those documents.
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch, type SetStateAction } from "react";
import { Alert, Box, Button, Checkbox, Chip, MenuItem, Stack, TextField, Typography } from "@mui/material";
import { Title } from "react-admin";
import { useLocation, useNavigate } from "react-router-dom";
import type { ReviewCard as Card, ReviewHint, ReviewQueuePage } from "@/lib/admin/review-queue";
import { choiceLabel } from "../fields/labels";
import { reviewCommand, type ReviewCommand } from "./keys";
import { ProposedTechnologies } from "./ProposedTechnologies";
import { ReviewCard } from "./ReviewCard";
import { KeysDialog, MergeDialog, type Merging } from "./ReviewDialogs";
import { getJson } from "./fetch-json";

/** Statuses an accepted candidate may take; Verified (public) is the default. */
export const ACCEPT_STATUSES = ["VERIFIED", "IN_REVIEW", "DRAFT", "DISPUTED"] as const;
type AcceptStatus = (typeof ACCEPT_STATUSES)[number];

export const acceptLabel = (status: AcceptStatus): string =>
  status === "VERIFIED" ? "Verify" : `Accept as ${choiceLabel(status).toLowerCase()}`;

type Message = { ok: boolean; text: string; link?: { href: string; text: string } };
type Setter<T> = Dispatch<SetStateAction<T>>;

/** The queue's page (limited to `?article=` documents, or the hidden low-confidence ones), the focus and the selection. */
function useQueue() {
  const location = useLocation();
  const articleSlugs = useMemo(() => new URLSearchParams(location.search).getAll("article"), [location.search]);
  const [lowConfidence, setLowConfidence] = useState(false);
  const [page, setPage] = useState<ReviewQueuePage | null>(null);
  const [focus, setFocus] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const [message, setMessage] = useState<Message | null>(null);

  const load = useCallback(async () => {
    const query = [
      ...articleSlugs.map((s) => `article=${encodeURIComponent(s)}`),
      ...(lowConfidence ? ["lowConfidence=1"] : []),
    ].join("&");
    const res = await getJson<{ data: ReviewQueuePage }>(`/api/admin/review${query ? `?${query}` : ""}`);
    setPage(res.data);
    setSelected((s) => s.filter((id) => res.data.cards.some((c) => c.id === id)));
    setFocus((f) => Math.max(0, Math.min(f, res.data.cards.length - 1)));
  }, [articleSlugs, lowConfidence]);
  useEffect(() => {
    load().catch((e: Error) => setMessage({ ok: false, text: e.message }));
  }, [load]);

  const cards = useMemo(() => page?.cards ?? [], [page]);
  const toggle = useCallback(
    (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id])),
    [],
  );
  return { page, cards, load, setLowConfidence, focus, setFocus, selected, setSelected, toggle, message, setMessage };
}
type Queue = ReturnType<typeof useQueue>;

/** Verify, reject and merge: the claims' own actions through the bulk endpoint, with each card's version. */
function useDecisions({ cards, selected, focus, load, setMessage }: Queue, status: AcceptStatus) {
  const [busy, setBusy] = useState(false);
  const [merging, setMerging] = useState<Merging | null>(null);
  const current = cards[focus];
  /** A decision applies to the selection when there is one, else to the focused card. */
  const targets = useCallback(
    (one?: string) => (one ? [one] : selected.length ? selected : current ? [current.id] : []),
    [selected, current],
  );

  const act = useCallback(
    async (ids: string[], action: "setStatus" | "merge", data: Record<string, string>, done: string) => {
      if (!ids.length || busy) return;
      const versions = Object.fromEntries(cards.filter((c) => ids.includes(c.id)).map((c) => [c.id, c.version]));
      setBusy(true);
      try {
        const res = await fetch("/api/admin/claims/bulk", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ op: "action", action, ids, data, versions }),
        });
        const json = (await res.json()) as { error?: { message: string } };
        const only = ids.length === 1 ? cards.find((c) => c.id === ids[0]) : undefined;
        // Reloaded before the message shows, so what the message says is what is on screen.
        await load();
        if (!res.ok) return setMessage({ ok: false, text: json.error?.message ?? "The change failed." });
        const what = only ? `“${only.statement}”` : `${ids.length} claims`;
        const publicLink =
          only && data.status === "VERIFIED" ? { href: `/claims/${only.slug}`, text: "View on site" } : undefined;
        setMessage({ ok: true, text: `${what} ${done}.`, link: publicLink });
      } catch (error) {
        setMessage({ ok: false, text: (error as Error).message });
      } finally {
        setBusy(false);
      }
    },
    [busy, cards, load, setMessage],
  );

  const accept = useCallback(
    (one?: string) =>
      act(
        targets(one),
        "setStatus",
        { status },
        status === "VERIFIED" ? "verified" : `set to ${choiceLabel(status).toLowerCase()}`,
      ),
    [act, targets, status],
  );
  const reject = useCallback(
    (one?: string) => act(targets(one), "setStatus", { status: "RETRACTED" }, "rejected"),
    [act, targets],
  );
  const openMerge = useCallback(
    (one?: string, into?: ReviewHint["claim"]) => {
      const ids = targets(one);
      if (ids.length) setMerging({ ids, into: into ? { id: into.id, statement: into.statement } : null });
    },
    [targets],
  );
  return { busy, act, accept, reject, openMerge, merging, setMerging };
}
type Decisions = ReturnType<typeof useDecisions>;

/** The focused card is kept in view and holds the keyboard focus, so a screen reader follows j/k. */
function useFocusedCard(current: Card | undefined) {
  const cardRefs = useRef(new Map<string, HTMLDivElement>());
  useEffect(() => {
    if (!current) return;
    const element = cardRefs.current.get(current.id);
    if (element && document.activeElement !== element && !element.contains(document.activeElement))
      element.focus({ preventScroll: true });
    element?.scrollIntoView?.({ block: "nearest" });
  }, [current]);
  return cardRefs;
}

/** j/k, v, r, e, m, x and ? (./keys.ts), while no dialog is open. */
function useReviewKeys(queue: Queue, decisions: Decisions, help: boolean, setHelp: Setter<boolean>) {
  const navigate = useNavigate();
  const { cards, focus, setFocus, toggle } = queue;
  const { accept, reject, openMerge, merging } = decisions;
  const current = cards[focus];
  useEffect(() => {
    const commands: Record<ReviewCommand, () => void> = {
      next: () => setFocus((f) => Math.min(f + 1, cards.length - 1)),
      previous: () => setFocus((f) => Math.max(f - 1, 0)),
      verify: () => void accept(),
      reject: () => void reject(),
      edit: () => current && navigate(`/claims/${current.id}`),
      merge: () => openMerge(undefined, current?.hints.find((h) => h.kind === "duplicate")?.claim),
      select: () => current && toggle(current.id),
      help: () => setHelp(true),
    };
    const onKey = (event: KeyboardEvent) => {
      if (merging || help) return;
      const command = reviewCommand(event);
      if (!command) return;
      event.preventDefault();
      commands[command]();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [cards.length, current, accept, reject, openMerge, navigate, merging, help, setFocus, setHelp, toggle]);
}

function QueueHeading({
  page,
  onHelp,
  setLowConfidence,
}: {
  page: ReviewQueuePage | null;
  onHelp: () => void;
  setLowConfidence: (low: boolean) => void;
}) {
  return (
    <>
      <Stack direction="row" sx={{ alignItems: "baseline", flexWrap: "wrap", gap: 1, mb: 1 }}>
        <Typography variant="h5" component="h1">
          Review queue {page ? `(${page.total} ${page.total === 1 ? "candidate" : "candidates"})` : ""}
        </Typography>
        <Button size="small" onClick={onHelp} aria-keyshortcuts="?">
          Keyboard: ?
        </Button>
      </Stack>
      {page && page.articles.length > 0 && (
        <Stack direction="row" sx={{ mb: 1, flexWrap: "wrap", gap: 0.5, alignItems: "center" }}>
          <Typography variant="body2">From this import:</Typography>
          {page.articles.map((a) => (
            <Chip key={a.id} size="small" label={a.title} />
          ))}
          <Button size="small" href="#/review">
            Show every candidate
          </Button>
        </Stack>
      )}
      {page && (page.hidden > 0 || page.lowConfidence) && (
        <Alert
          severity="info"
          sx={{ mb: 1 }}
          action={
            <Button size="small" onClick={() => setLowConfidence(!page.lowConfidence)}>
              {page.lowConfidence ? "Back to the queue" : "Show them"}
            </Button>
          }
        >
          {page.lowConfidence
            ? `Showing the ${page.total} low-confidence ${page.total === 1 ? "candidate" : "candidates"} the importer hid (learned from ${page.model.examples} decisions).`
            : `${page.hidden} low-confidence ${page.hidden === 1 ? "candidate" : "candidates"} hidden (editors rejected ones like them before).`}
        </Alert>
      )}
    </>
  );
}

/** Select all, the status an accepted candidate takes, and the decisions over the selection. */
function SelectionBar({
  queue,
  decisions,
  status,
  setStatus,
}: {
  queue: Queue;
  decisions: Decisions;
  status: AcceptStatus;
  setStatus: (s: AcceptStatus) => void;
}) {
  const { cards, selected, setSelected } = queue;
  const { busy, accept, reject, openMerge } = decisions;
  const allSelected = cards.length > 0 && selected.length === cards.length;
  const count = selected.length;
  return (
    <Stack direction="row" sx={{ mb: 2, gap: 1, flexWrap: "wrap", alignItems: "center" }}>
      <Checkbox
        checked={allSelected}
        indeterminate={count > 0 && !allSelected}
        onChange={() => setSelected(allSelected ? [] : cards.map((c) => c.id))}
        slotProps={{ input: { "aria-label": "Select all candidates" } }}
      />
      <TextField
        select
        size="small"
        label="Accept as"
        value={status}
        onChange={(e) => setStatus(e.target.value as AcceptStatus)}
        sx={{ width: 180, flex: "none" }}
      >
        {ACCEPT_STATUSES.map((s) => (
          <MenuItem key={s} value={s}>
            {choiceLabel(s)}
          </MenuItem>
        ))}
      </TextField>
      {count > 0 && (
        <>
          <Typography variant="body2">{count} selected:</Typography>
          <Button variant="contained" size="small" disabled={busy} onClick={() => accept()}>
            {acceptLabel(status)} {count}
          </Button>
          <Button variant="outlined" size="small" color="error" disabled={busy} onClick={() => reject()}>
            Reject {count}
          </Button>
          <Button variant="outlined" size="small" disabled={busy} onClick={() => openMerge()}>
            Merge {count}…
          </Button>
        </>
      )}
    </Stack>
  );
}

function MessageAlert({ message, onClose }: { message: Message | null; onClose: () => void }) {
  if (!message) return null;
  return (
    <Alert
      severity={message.ok ? "success" : "error"}
      sx={{ mb: 2 }}
      onClose={onClose}
      action={
        message.link ? (
          <Button size="small" href={message.link.href} target="_blank" rel="noopener">
            {message.link.text}
          </Button>
        ) : undefined
      }
    >
      <span role="status">{message.text}</span>
    </Alert>
  );
}

interface CardsProps {
  queue: Queue;
  decisions: Decisions;
  status: AcceptStatus;
  cardRefs: ReturnType<typeof useFocusedCard>;
}

function QueueCards({ queue, decisions, status, cardRefs }: CardsProps) {
  const { page, cards, focus, setFocus, selected, toggle, message } = queue;
  return (
    <>
      {page && cards.length === 0 && (
        <Typography>No candidates are waiting for review{page.articles.length ? " from this import" : ""}.</Typography>
      )}
      {!page && !message && <Typography color="text.secondary">Loading the queue…</Typography>}
      <Stack spacing={1}>
        {cards.map((card, index) => (
          <ReviewCard
            key={card.id}
            ref={(el) => {
              if (el) cardRefs.current.set(card.id, el);
              else cardRefs.current.delete(card.id);
            }}
            card={card}
            focused={index === focus}
            selected={selected.includes(card.id)}
            busy={decisions.busy}
            acceptLabel={acceptLabel(status)}
            onFocus={() => setFocus(index)}
            onToggle={() => toggle(card.id)}
            onVerify={() => decisions.accept(card.id)}
            onReject={() => decisions.reject(card.id)}
            onMerge={(into) => decisions.openMerge(card.id, into)}
          />
        ))}
      </Stack>
      {page && page.total > cards.length && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          Showing the first {cards.length} of {page.total} (likeliest to be kept first); the next ones appear as these
          are decided.
        </Typography>
      )}
    </>
  );
}

export function ReviewQueue() {
  const [status, setStatus] = useState<AcceptStatus>("VERIFIED");
  const [help, setHelp] = useState(false);
  const queue = useQueue();
  const decisions = useDecisions(queue, status);
  const cardRefs = useFocusedCard(queue.cards[queue.focus]);
  useReviewKeys(queue, decisions, help, setHelp);
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 960 }}>
      <Title title="Review queue" />
      <QueueHeading page={queue.page} onHelp={() => setHelp(true)} setLowConfidence={queue.setLowConfidence} />
      <ProposedTechnologies onChange={() => queue.load()} />
      <SelectionBar queue={queue} decisions={decisions} status={status} setStatus={setStatus} />
      <MessageAlert message={queue.message} onClose={() => queue.setMessage(null)} />
      <QueueCards queue={queue} decisions={decisions} status={status} cardRefs={cardRefs} />
      <MergeDialog
        merging={decisions.merging}
        busy={decisions.busy}
        onChange={decisions.setMerging}
        onMerge={(ids, into) => void decisions.act(ids, "merge", { intoId: into.id }, "merged")}
      />
      <KeysDialog open={help} onClose={() => setHelp(false)} />
    </Box>
  );
}
