"use client";
// Review queue: candidate claims with their quote highlighted in the source text; accept, reject or
// merge in bulk through the claims bulk endpoint (actions setStatus / merge), edit one in its form.
import { useCallback, useEffect, useState } from "react";
import { Alert, Box, Button, Card, CardContent, Checkbox, Chip, Stack, Typography } from "@mui/material";
import { Title } from "react-admin";
import { ClaimPicker } from "./ClaimPicker";
import { ProposedTechnologies } from "./ProposedTechnologies";
import { SourceExcerpt } from "./SourceExcerpt";
import { getJson } from "./fetch-json";

interface Claim { id: string; statement: string; kind: string; status: string; version: number }

export function ReviewQueue() {
  const [claims, setClaims] = useState<Claim[]>([]);
  const [selected, setSelected] = useState<string[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [into, setInto] = useState<{ id: string; statement: string } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const load = useCallback(async () => {
    const filter = encodeURIComponent(JSON.stringify({ status: "CANDIDATE" }));
    const res = await getJson<{ data: Claim[] }>(`/api/admin/claims?perPage=100&sort=createdAt&order=ASC&filter=${filter}`);
    setClaims(res.data);
    setSelected([]);
  }, []);
  useEffect(() => {
    load().catch((e: Error) => setMessage({ ok: false, text: e.message }));
  }, [load]);

  async function bulk(action: "setStatus" | "merge", data: Record<string, string>, done: string) {
    const res = await fetch("/api/admin/claims/bulk", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ op: "action", action, ids: selected, data }),
    });
    const json = (await res.json()) as { error?: { message: string } };
    const count = selected.length;
    // The list is reloaded before the message shows, so what the message says is what is on screen.
    await load();
    setMessage(res.ok ? { ok: true, text: `${count} claim(s) ${done}.` } : { ok: false, text: json.error?.message ?? "The change failed." });
  }

  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const allSelected = claims.length > 0 && selected.length === claims.length;
  return (
    <Box sx={{ p: 2 }}>
      <Title title="Review queue" />
      <Typography variant="h5" component="h1" gutterBottom>
        Review queue ({claims.length} candidates)
      </Typography>
      <ProposedTechnologies onChange={() => load()} />
      <Stack direction={{ xs: "column", md: "row" }} spacing={1} sx={{ mb: 2, alignItems: { md: "center" } }}>
        <Checkbox
          checked={allSelected}
          indeterminate={selected.length > 0 && !allSelected}
          onChange={() => setSelected(allSelected ? [] : claims.map((c) => c.id))}
          slotProps={{ input: { "aria-label": "Select all candidates" } }}
        />
        <Button variant="contained" disabled={!selected.length} onClick={() => bulk("setStatus", { status: "IN_REVIEW" }, "accepted for review")}>
          Accept
        </Button>
        <Button variant="outlined" color="error" disabled={!selected.length} onClick={() => bulk("setStatus", { status: "RETRACTED" }, "rejected")}>
          Reject
        </Button>
        <ClaimPicker value={into} onChange={setInto} exclude={selected} />
        <Button variant="outlined" disabled={!selected.length || !into} onClick={() => into && bulk("merge", { intoId: into.id }, "merged")}>
          Merge
        </Button>
      </Stack>
      {message && (
        <Alert severity={message.ok ? "success" : "error"} sx={{ mb: 2 }} onClose={() => setMessage(null)}>
          {message.text}
        </Alert>
      )}
      {claims.length === 0 && <Typography>No candidates are waiting for review.</Typography>}
      <Stack spacing={1}>
        {claims.map((c) => (
          <Card key={c.id} variant="outlined">
            <CardContent sx={{ display: "flex", gap: 1, alignItems: "flex-start" }}>
              <Checkbox checked={selected.includes(c.id)} onChange={() => toggle(c.id)} slotProps={{ input: { "aria-label": `Select: ${c.statement}` } }} />
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <Typography>{c.statement}</Typography>
                <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: "center" }}>
                  <Chip size="small" label={c.kind.toLowerCase()} />
                  <Button size="small" onClick={() => setOpen(open === c.id ? null : c.id)}>{open === c.id ? "Hide source" : "Show source"}</Button>
                  <Button size="small" href={`#/claims/${c.id}`}>Edit</Button>
                </Stack>
                {open === c.id && <SourceExcerpt claimId={c.id} />}
              </Box>
            </CardContent>
          </Card>
        ))}
      </Stack>
    </Box>
  );
}
