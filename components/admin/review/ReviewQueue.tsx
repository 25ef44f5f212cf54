"use client";
// Review queue: candidate claims as cards (GET /api/admin/review), each decided with one click or
// one key (j/k move, v accept, r reject, e edit, m merge, x select, ? help), alone or over a
// selection. Accepting means Verified unless the editor picks another status. Decisions run the
// claims' own actions (setStatus, merge) through the bulk endpoint, with each card's version, so a
// claim someone else changed meanwhile is refused rather than overwritten.
// `#/review?article=<slug>` (the import result's link) limits the queue to those documents.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Alert, Box, Button, Checkbox, Chip, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField, Typography } from "@mui/material";
import { Title } from "react-admin";
import { useLocation, useNavigate } from "react-router-dom";
import type { ReviewHint, ReviewQueuePage } from "@/lib/admin/review-queue";
import { choiceLabel } from "../fields/labels";
import { ClaimPicker } from "./ClaimPicker";
import { reviewCommand, REVIEW_KEYS, type ReviewCommand } from "./keys";
import { ProposedTechnologies } from "./ProposedTechnologies";
import { ReviewCard } from "./ReviewCard";
import { getJson } from "./fetch-json";

/** Statuses an accepted candidate may take; Verified (public) is the default. */
export const ACCEPT_STATUSES = ["VERIFIED", "IN_REVIEW", "DRAFT", "DISPUTED"] as const;
type AcceptStatus = (typeof ACCEPT_STATUSES)[number];

export const acceptLabel = (status: AcceptStatus): string => (status === "VERIFIED" ? "Verify" : `Accept as ${choiceLabel(status).toLowerCase()}`);

type Message = { ok: boolean; text: string; link?: { href: string; text: string } };
type MergeTarget = { id: string; statement: string };

// eslint-disable-next-line max-lines-per-function -- split pending (#15)
export function ReviewQueue() {
  const location = useLocation();
  const navigate = useNavigate();
  const articleSlugs = useMemo(() => new URLSearchParams(location.search).getAll("article"), [location.search]);
  const [lowConfidence, setLowConfidence] = useState(false);
  const [page, setPage] = useState<ReviewQueuePage | null>(null);
  const [focus, setFocus] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const [status, setStatus] = useState<AcceptStatus>("VERIFIED");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [merging, setMerging] = useState<{ ids: string[]; into: MergeTarget | null } | null>(null);
  const [help, setHelp] = useState(false);
  const cardRefs = useRef(new Map<string, HTMLDivElement>());

  const load = useCallback(async () => {
    const query = [...articleSlugs.map((s) => `article=${encodeURIComponent(s)}`), ...(lowConfidence ? ["lowConfidence=1"] : [])].join("&");
    const res = await getJson<{ data: ReviewQueuePage }>(`/api/admin/review${query ? `?${query}` : ""}`);
    setPage(res.data);
    setSelected((s) => s.filter((id) => res.data.cards.some((c) => c.id === id)));
    setFocus((f) => Math.max(0, Math.min(f, res.data.cards.length - 1)));
  }, [articleSlugs, lowConfidence]);
  useEffect(() => {
    load().catch((e: Error) => setMessage({ ok: false, text: e.message }));
  }, [load]);

  const cards = useMemo(() => page?.cards ?? [], [page]);
  const current = cards[focus];
  /** A decision applies to the selection when there is one, else to the focused card. */
  const targets = useCallback((one?: string) => (one ? [one] : selected.length ? selected : current ? [current.id] : []), [selected, current]);

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
        const publicLink = only && data.status === "VERIFIED" ? { href: `/claims/${only.slug}`, text: "View on site" } : undefined;
        setMessage({ ok: true, text: `${what} ${done}.`, link: publicLink });
      } catch (error) {
        setMessage({ ok: false, text: (error as Error).message });
      } finally {
        setBusy(false);
      }
    },
    [busy, cards, load],
  );

  const accept = useCallback((one?: string) => act(targets(one), "setStatus", { status }, status === "VERIFIED" ? "verified" : `set to ${choiceLabel(status).toLowerCase()}`), [act, targets, status]);
  const reject = useCallback((one?: string) => act(targets(one), "setStatus", { status: "RETRACTED" }, "rejected"), [act, targets]);
  const openMerge = useCallback((one?: string, into?: ReviewHint["claim"]) => {
    const ids = targets(one);
    if (ids.length) setMerging({ ids, into: into ? { id: into.id, statement: into.statement } : null });
  }, [targets]);
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));

  // The focused card is kept in view and holds the keyboard focus, so a screen reader follows j/k.
  useEffect(() => {
    if (!current) return;
    const element = cardRefs.current.get(current.id);
    if (element && document.activeElement !== element && !element.contains(document.activeElement)) element.focus({ preventScroll: true });
    element?.scrollIntoView?.({ block: "nearest" });
  }, [current]);

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
  }, [cards.length, current, accept, reject, openMerge, navigate, merging, help]);

  const allSelected = cards.length > 0 && selected.length === cards.length;
  const count = selected.length;
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 960 }}>
      <Title title="Review queue" />
      <Stack direction="row" sx={{ alignItems: "baseline", flexWrap: "wrap", gap: 1, mb: 1 }}>
        <Typography variant="h5" component="h1">
          Review queue {page ? `(${page.total} ${page.total === 1 ? "candidate" : "candidates"})` : ""}
        </Typography>
        <Button size="small" onClick={() => setHelp(true)} aria-keyshortcuts="?">Keyboard: ?</Button>
      </Stack>
      {page && page.articles.length > 0 && (
        <Stack direction="row" sx={{ mb: 1, flexWrap: "wrap", gap: 0.5, alignItems: "center" }}>
          <Typography variant="body2">From this import:</Typography>
          {page.articles.map((a) => <Chip key={a.id} size="small" label={a.title} />)}
          <Button size="small" href="#/review">Show every candidate</Button>
        </Stack>
      )}
      {page && (page.hidden > 0 || page.lowConfidence) && (
        <Alert severity="info" sx={{ mb: 1 }} action={<Button size="small" onClick={() => setLowConfidence(!page.lowConfidence)}>{page.lowConfidence ? "Back to the queue" : "Show them"}</Button>}>
          {page.lowConfidence
            ? `Showing the ${page.total} low-confidence ${page.total === 1 ? "candidate" : "candidates"} the importer hid (learned from ${page.model.examples} decisions).`
            : `${page.hidden} low-confidence ${page.hidden === 1 ? "candidate" : "candidates"} hidden (editors rejected ones like them before).`}
        </Alert>
      )}
      <ProposedTechnologies onChange={() => load()} />
      <Stack direction="row" sx={{ mb: 2, gap: 1, flexWrap: "wrap", alignItems: "center" }}>
        <Checkbox
          checked={allSelected}
          indeterminate={count > 0 && !allSelected}
          onChange={() => setSelected(allSelected ? [] : cards.map((c) => c.id))}
          slotProps={{ input: { "aria-label": "Select all candidates" } }}
        />
        <TextField select size="small" label="Accept as" value={status} onChange={(e) => setStatus(e.target.value as AcceptStatus)} sx={{ width: 180, flex: "none" }}>
          {ACCEPT_STATUSES.map((s) => <MenuItem key={s} value={s}>{choiceLabel(s)}</MenuItem>)}
        </TextField>
        {count > 0 && (
          <>
            <Typography variant="body2">{count} selected:</Typography>
            <Button variant="contained" size="small" disabled={busy} onClick={() => accept()}>{acceptLabel(status)} {count}</Button>
            <Button variant="outlined" size="small" color="error" disabled={busy} onClick={() => reject()}>Reject {count}</Button>
            <Button variant="outlined" size="small" disabled={busy} onClick={() => openMerge()}>Merge {count}…</Button>
          </>
        )}
      </Stack>
      {message && (
        <Alert
          severity={message.ok ? "success" : "error"}
          sx={{ mb: 2 }}
          onClose={() => setMessage(null)}
          action={message.link ? <Button size="small" href={message.link.href} target="_blank" rel="noopener">{message.link.text}</Button> : undefined}
        >
          <span role="status">{message.text}</span>
        </Alert>
      )}
      {page && cards.length === 0 && <Typography>No candidates are waiting for review{page.articles.length ? " from this import" : ""}.</Typography>}
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
            busy={busy}
            acceptLabel={acceptLabel(status)}
            onFocus={() => setFocus(index)}
            onToggle={() => toggle(card.id)}
            onVerify={() => accept(card.id)}
            onReject={() => reject(card.id)}
            onMerge={(into) => openMerge(card.id, into)}
          />
        ))}
      </Stack>
      {page && page.total > cards.length && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          Showing the first {cards.length} of {page.total} (likeliest to be kept first); the next ones appear as these are decided.
        </Typography>
      )}
      <Dialog open={merging !== null} onClose={() => setMerging(null)} fullWidth maxWidth="sm">
        <DialogTitle>Merge {merging && merging.ids.length > 1 ? `${merging.ids.length} claims` : "this claim"} into another</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            Its quotes move to the claim you pick; it is retracted and points there.
          </Typography>
          {merging && <ClaimPicker value={merging.into} onChange={(into) => setMerging({ ...merging, into })} exclude={merging.ids} />}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setMerging(null)}>Cancel</Button>
          <Button
            variant="contained"
            disabled={!merging?.into || busy}
            onClick={() => {
              const m = merging;
              setMerging(null);
              if (m?.into) void act(m.ids, "merge", { intoId: m.into.id }, "merged");
            }}
          >
            Merge
          </Button>
        </DialogActions>
      </Dialog>
      <Dialog open={help} onClose={() => setHelp(false)}>
        <DialogTitle>Review queue keys</DialogTitle>
        <DialogContent>
          <Box component="dl" sx={{ display: "grid", gridTemplateColumns: "auto 1fr", columnGap: 2, rowGap: 0.5, m: 0 }}>
            {REVIEW_KEYS.map((k) => (
              <Box key={k.key} sx={{ display: "contents" }}>
                <Box component="dt"><kbd>{k.key}</kbd></Box>
                <Box component="dd" sx={{ m: 0 }}>{k.does}</Box>
              </Box>
            ))}
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setHelp(false)}>Close</Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
