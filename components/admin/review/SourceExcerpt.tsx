"use client";
// The claim's first quote highlighted in its article's stored text, with some context around it.
import { useEffect, useState } from "react";
import { Box, Typography } from "@mui/material";
import { getJson } from "./fetch-json";

interface Citation { articleId: string; quote: string; start: number; end: number }
const CONTEXT = 300;

export function SourceExcerpt({ claimId }: { claimId: string }) {
  const [view, setView] = useState<{ text: string; title: string; c: Citation } | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    (async () => {
      const filter = encodeURIComponent(JSON.stringify({ claimId }));
      const cites = await getJson<{ data: Citation[] }>(`/api/admin/citations?perPage=1&filter=${filter}`);
      const c = cites.data[0];
      if (!c) return setMissing(true);
      const article = await getJson<{ data: { text: string; title: string } }>(`/api/admin/articles/${c.articleId}`);
      setView({ text: article.data.text, title: article.data.title, c });
    })().catch(() => setMissing(true));
  }, [claimId]);
  if (missing) return <Typography color="text.secondary">No quote recorded for this claim.</Typography>;
  if (!view) return <Typography color="text.secondary">Loading the source…</Typography>;
  const { text, title, c } = view;
  const from = Math.max(0, c.start - CONTEXT);
  return (
    <Box component="figure" sx={{ m: 0, mt: 1 }}>
      <Box component="blockquote" sx={{ m: 0, p: 1.5, bgcolor: "action.hover", whiteSpace: "pre-wrap", fontSize: 14, borderRadius: 1 }}>
        {from > 0 && "…"}
        {text.slice(from, c.start)}
        <mark>{text.slice(c.start, c.end)}</mark>
        {text.slice(c.end, c.end + CONTEXT)}
        {c.end + CONTEXT < text.length && "…"}
      </Box>
      <Typography component="figcaption" variant="caption" color="text.secondary">
        From <a href={`#/articles/${c.articleId}/show`}>{title}</a>, characters {c.start}–{c.end}
      </Typography>
    </Box>
  );
}
