"use client";
// One imported (or previewed) article: detected metadata, warnings and candidate claims.
import { Alert, Box, Chip, List, ListItem, ListItemText, Stack, Typography } from "@mui/material";
import type { ArticleReport } from "@/lib/import/report";

export function ArticlePreview({ a }: { a: ArticleReport }) {
  const meta = [a.format, a.author ?? "no author", a.publishedAt ?? "no date", a.url ?? "no URL"].join(" · ");
  return (
    <Box sx={{ borderTop: 1, borderColor: "divider", py: 1.5 }}>
      <Typography variant="subtitle1" component="h3">
        {a.title}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {meta} · {a.status}
      </Typography>
      {a.tags.length > 0 && (
        <Stack direction="row" spacing={0.5} sx={{ mt: 0.5, flexWrap: "wrap" }}>
          {a.tags.map((t) => (
            <Chip key={t} size="small" label={t} />
          ))}
        </Stack>
      )}
      {a.warnings.map((w) => (
        <Alert key={w} severity="warning" sx={{ mt: 1 }}>
          {w}
        </Alert>
      ))}
      {a.newTechnologies.length > 0 && (
        <Alert severity="info" sx={{ mt: 1 }}>
          New technologies, {a.status === "preview" ? "to be proposed" : "proposed"} for an editor to confirm in the
          review queue: {a.newTechnologies.map((t) => t.name).join(", ")}.
        </Alert>
      )}
      <Typography variant="body2" sx={{ mt: 1 }}>
        {a.claims.length} candidate claim(s)
      </Typography>
      {(a.hiddenCandidates ?? 0) > 0 && (
        <Typography variant="body2" color="text.secondary">
          {a.hiddenCandidates} low-confidence {a.hiddenCandidates === 1 ? "candidate" : "candidates"}{" "}
          {a.status === "preview" ? "would be hidden" : "hidden"} in the review queue (editors rejected ones like{" "}
          {a.hiddenCandidates === 1 ? "it" : "them"} before; &ldquo;Show them&rdquo; there reveals them).
        </Typography>
      )}
      <List dense>
        {a.claims.map((c) => (
          <ListItem key={c.key} disableGutters>
            <ListItemText
              primary={c.statement}
              secondary={[
                c.kind,
                c.technologies.join(", ") || "no technology",
                c.matches ? `same as ${c.matches}` : "new",
              ].join(" · ")}
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
