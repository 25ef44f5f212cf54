"use client";
// Review queue: candidate claims with their quote highlighted in the source text; accept, reject or
// merge in bulk through the claims bulk endpoint (actions setStatus / merge).
import { useCallback, useEffect, useState } from "react";

interface Claim { id: string; statement: string; kind: string; status: string; version: number }
interface Citation { articleId: string; quote: string; start: number; end: number }

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  const json = (await res.json()) as T & { error?: { message: string } };
  if (!res.ok) throw new Error(json.error?.message ?? `HTTP ${res.status}`);
  return json;
}

function Highlighted({ claimId }: { claimId: string }) {
  const [view, setView] = useState<{ text: string; c: Citation } | null>(null);
  useEffect(() => {
    (async () => {
      const cites = await getJson<{ data: Citation[] }>(`/api/admin/citations?perPage=1&filter=${encodeURIComponent(JSON.stringify({ claimId }))}`);
      const c = cites.data[0];
      if (!c) return;
      const article = await getJson<{ data: { text: string } }>(`/api/admin/articles/${c.articleId}`);
      setView({ text: article.data.text, c });
    })().catch(() => setView(null));
  }, [claimId]);
  if (!view) return null;
  const { text, c } = view;
  const from = Math.max(0, c.start - 300);
  return (
    <pre style={{ whiteSpace: "pre-wrap", background: "#f7f7f7", padding: 8 }}>
      {text.slice(from, c.start)}<mark>{text.slice(c.start, c.end)}</mark>{text.slice(c.end, c.end + 300)}
    </pre>
  );
}

export function ReviewQueue() {
  const [claims, setClaims] = useState<Claim[]>([]);
  const [selected, setSelected] = useState<string[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [intoId, setIntoId] = useState("");
  const [message, setMessage] = useState("");

  const load = useCallback(async () => {
    const res = await getJson<{ data: Claim[] }>(`/api/admin/claims?perPage=100&sort=createdAt&order=ASC&filter=${encodeURIComponent(JSON.stringify({ status: "CANDIDATE" }))}`);
    setClaims(res.data);
    setSelected([]);
  }, []);
  useEffect(() => { load().catch((e: Error) => setMessage(e.message)); }, [load]);

  async function bulk(action: "setStatus" | "merge", data: Record<string, string>) {
    const res = await fetch("/api/admin/claims/bulk", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ op: "action", action, ids: selected, data }) });
    const json = (await res.json()) as { error?: { message: string } };
    setMessage(res.ok ? `${selected.length} claim(s) updated.` : json.error?.message ?? "Failed.");
    await load();
  }

  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  return (
    <div style={{ padding: 16 }}>
      <h2>Review queue ({claims.length} candidates)</h2>
      <div style={{ display: "flex", gap: 8, marginBottom: 8 }}>
        <button type="button" disabled={!selected.length} onClick={() => bulk("setStatus", { status: "DRAFT" })}>Accept</button>
        <button type="button" disabled={!selected.length} onClick={() => bulk("setStatus", { status: "RETRACTED" })}>Reject</button>
        <input aria-label="Merge into claim id" placeholder="merge into claim id" value={intoId} onChange={(e) => setIntoId(e.target.value)} />
        <button type="button" disabled={!selected.length || !intoId} onClick={() => bulk("merge", { intoId })}>Merge</button>
      </div>
      {message && <div role="status">{message}</div>}
      {claims.map((c) => (
        <div key={c.id} style={{ borderTop: "1px solid #eee", padding: "6px 0" }}>
          <label>
            <input type="checkbox" checked={selected.includes(c.id)} onChange={() => toggle(c.id)} /> [{c.kind.toLowerCase()}] {c.statement}
          </label>{" "}
          <button type="button" onClick={() => setOpen(open === c.id ? null : c.id)}>{open === c.id ? "Hide source" : "Show source"}</button>
          {open === c.id && <Highlighted claimId={c.id} />}
        </div>
      ))}
    </div>
  );
}
