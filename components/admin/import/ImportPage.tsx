"use client";
// Admin import page: upload files or paste text, preview detected metadata and candidate claims
// (dry run), then commit; files go one request each so progress shows per file.
import { useState } from "react";
import type { ArticleReport, ImportReport } from "@/lib/import/report";

type Row = { name: string; state: "waiting" | "working" | "done" | "failed"; report?: ImportReport };

async function send(body: FormData | string, dryRun: boolean): Promise<ImportReport> {
  const res = await fetch(`/api/admin/import${dryRun ? "?dryRun=1" : ""}`, {
    method: "POST",
    body,
    headers: typeof body === "string" ? { "content-type": "application/json" } : undefined,
  });
  const json = (await res.json()) as { data?: ImportReport; error?: { message: string } };
  if (!json.data) throw new Error(json.error?.message ?? `HTTP ${res.status}`);
  return json.data;
}

function ArticlePreview({ a }: { a: ArticleReport }) {
  return (
    <div style={{ borderTop: "1px solid #ddd", padding: "8px 0" }}>
      <strong>{a.title}</strong> — {a.format} · {a.status} · {a.author ?? "no author"} · {a.publishedAt ?? "no date"} · {a.tags.join(", ")}
      {a.warnings.map((w) => <div key={w} style={{ color: "#a60" }}>⚠ {w}</div>)}
      <ul>
        {a.claims.map((c) => (
          <li key={c.key}>
            [{c.kind}] {c.statement} <em>({c.technologies.join(", ")})</em>{c.matches ? ` → matches ${c.matches}` : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ImportPage() {
  const [files, setFiles] = useState<File[]>([]);
  const [text, setText] = useState("");
  const [rows, setRows] = useState<Row[]>([]);

  async function run(dryRun: boolean) {
    const jobs: Array<{ name: string; body: FormData | string }> = files.map((f) => {
      const form = new FormData();
      form.append("files[]", f);
      return { name: f.name, body: form };
    });
    if (text.trim()) jobs.push({ name: "pasted text", body: JSON.stringify({ text }) });
    setRows(jobs.map((j) => ({ name: j.name, state: "waiting" })));
    for (const [i, job] of jobs.entries()) {
      setRows((r) => r.map((row, k) => (k === i ? { ...row, state: "working" } : row)));
      try {
        const report = await send(job.body, dryRun);
        setRows((r) => r.map((row, k) => (k === i ? { ...row, state: report.errors.length ? "failed" : "done", report } : row)));
      } catch (error) {
        const report: ImportReport = { articles: [], contradictions: [], errors: [{ file: job.name, message: (error as Error).message }] };
        setRows((r) => r.map((row, k) => (k === i ? { ...row, state: "failed", report } : row)));
      }
    }
  }

  return (
    <div style={{ padding: 16 }}>
      <h2>Import articles</h2>
      <input type="file" multiple aria-label="Files to import" onChange={(e) => setFiles(Array.from(e.target.files ?? []))} />
      <textarea aria-label="Or paste text" rows={6} style={{ width: "100%", marginTop: 8 }} value={text} onChange={(e) => setText(e.target.value)} />
      <div style={{ marginTop: 8, display: "flex", gap: 8 }}>
        <button type="button" onClick={() => run(true)}>Preview</button>
        <button type="button" onClick={() => run(false)}>Import</button>
      </div>
      {rows.map((row) => (
        <section key={row.name} style={{ marginTop: 12 }}>
          <h3>{row.name}: {row.state}</h3>
          {row.report?.errors.map((e) => <div key={e.message} role="alert" style={{ color: "#b00" }}>{e.message}</div>)}
          {row.report?.articles.map((a) => <ArticlePreview key={a.file} a={a} />)}
          {row.report?.contradictions.map((c) => <div key={`${c.a}-${c.b}`}>⚖ {c.kind} {c.status}: {c.reason}</div>)}
        </section>
      ))}
    </div>
  );
}
