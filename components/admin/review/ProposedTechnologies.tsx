"use client";
// Technologies imported articles named that the catalogue lacks, waiting for an editor: confirm one
// as it is, open it to rename it, or merge it into the technology it really is (its name becomes an
// alias there, so later imports resolve it). Runs the technologies' own actions (confirm, mergeInto).
import { useCallback, useEffect, useState } from "react";
import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from "@mui/material";
import { getJson } from "./fetch-json";

interface Technology {
  id: string;
  name: string;
  slug: string;
  kind: string;
  status: string;
}

const list = (status: string, perPage: number) =>
  getJson<{ data: Technology[] }>(
    `/api/admin/technologies?perPage=${perPage}&sort=name&order=ASC&filter=${encodeURIComponent(JSON.stringify({ status }))}`,
  );

interface CardProps {
  t: Technology;
  catalogue: Technology[];
  into: string;
  onInto: (id: string) => void;
  act: (t: Technology, action: "confirm" | "mergeInto", data: Record<string, string>, done: string) => void;
}

/** One proposed technology: confirm it as it is, open it to rename it, or merge it into a catalogue entry. */
function ProposedCard({ t, catalogue, into, onInto, act }: CardProps) {
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction={{ xs: "column", sm: "row" }} spacing={1} sx={{ alignItems: { sm: "center" } }}>
          <Typography sx={{ flex: 1 }}>
            <strong>{t.name}</strong>{" "}
            <Typography component="span" variant="body2" color="text.secondary">
              ({t.kind})
            </Typography>
          </Typography>
          <Button variant="contained" size="small" onClick={() => act(t, "confirm", {}, "confirmed")}>
            Confirm
          </Button>
          <Button size="small" href={`#/technologies/${t.id}`}>
            Rename
          </Button>
          <TextField
            select
            size="small"
            label={`Merge ${t.name} into`}
            value={into}
            onChange={(e) => onInto(e.target.value)}
            sx={{ minWidth: 200 }}
          >
            {catalogue.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
          <Button
            size="small"
            variant="outlined"
            disabled={!into}
            onClick={() => act(t, "mergeInto", { intoId: into }, "merged")}
          >
            Merge
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}

export function ProposedTechnologies({ onChange }: { onChange?: () => void }) {
  const [proposed, setProposed] = useState<Technology[]>([]);
  const [catalogue, setCatalogue] = useState<Technology[]>([]);
  const [into, setInto] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const load = useCallback(async () => {
    const [p, c] = await Promise.all([list("PROPOSED", 100), list("ACTIVE", 500)]);
    setProposed(p.data);
    setCatalogue(c.data);
  }, []);
  useEffect(() => {
    load().catch((e: Error) => setMessage({ ok: false, text: e.message }));
  }, [load]);

  async function act(t: Technology, action: "confirm" | "mergeInto", data: Record<string, string>, done: string) {
    const res = await fetch("/api/admin/technologies/bulk", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ op: "action", action, ids: [t.id], data }),
    });
    const json = (await res.json()) as { error?: { message: string } };
    await load();
    onChange?.();
    setMessage(
      res.ok
        ? { ok: true, text: `${t.name} ${done}.` }
        : { ok: false, text: json.error?.message ?? "The change failed." },
    );
  }

  if (!proposed.length && !message) return null;
  return (
    <Box component="section" aria-labelledby="proposed-technologies" sx={{ mb: 3 }}>
      <Typography id="proposed-technologies" variant="h6" component="h2" gutterBottom>
        New technologies from imports ({proposed.length})
      </Typography>
      {message && (
        <Alert severity={message.ok ? "success" : "error"} sx={{ mb: 1 }} onClose={() => setMessage(null)}>
          {message.text}
        </Alert>
      )}
      <Stack spacing={1}>
        {proposed.map((t) => (
          <ProposedCard
            key={t.id}
            t={t}
            catalogue={catalogue}
            into={into[t.id] ?? ""}
            onInto={(id) => setInto((m) => ({ ...m, [t.id]: id }))}
            act={act}
          />
        ))}
      </Stack>
    </Box>
  );
}
