"use client";
// Where editors start: claims per status, the review queue, open contradictions, recent activity.
import { Card, CardContent, CardHeader, Chip, List, ListItemButton, ListItemText, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { Title, useDataProvider } from "react-admin";
import type { StackVerdictDataProvider } from "./data-provider";
import { choiceLabel } from "./fields/labels";

import { actionLabel, localDay, localMoment } from "./history/when";

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card component="section" aria-label={title} sx={{ flex: "1 1 0", minWidth: 0 }}>
      <CardHeader title={title} slotProps={{ title: { variant: "h6", component: "h2" } }} />
      <CardContent sx={{ pt: 0 }}>{children}</CardContent>
    </Card>
  );
}

// eslint-disable-next-line max-lines-per-function -- split pending (#15)
export function Dashboard() {
  const dataProvider = useDataProvider<StackVerdictDataProvider>();
  const { data, error, isPending } = useQuery({ queryKey: ["dashboard"], queryFn: () => dataProvider.dashboard() });
  if (isPending) return <Typography sx={{ m: 2 }}>Loading…</Typography>;
  if (error) return <Typography role="alert" color="error" sx={{ m: 2 }}>{error.message}</Typography>;
  const d = data.data;
  return (
    <Stack spacing={2} sx={{ mt: 2, "& > section": { flex: "none" } }}>
      <Title title="Dashboard" />
      <Panel title="Claims by status">
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
          {Object.entries(d.claimsByStatus).map(([status, count]) => (
            <Chip key={status} component="a" clickable href={`#/claims?filter=${encodeURIComponent(JSON.stringify({ status }))}`} label={`${choiceLabel(status)}: ${count}`} />
          ))}
          {Object.keys(d.claimsByStatus).length === 0 && <Typography>No claims yet.</Typography>}
        </Stack>
      </Panel>
      <Stack direction={{ xs: "column", md: "row" }} spacing={2}>
        <Panel title="Review queue">
          <List dense>
            {d.reviewQueue.map((c) => (
              <ListItemButton key={c.id} component="a" href={`#/claims/${c.id}/show`}>
                <ListItemText primary={c.statement} secondary={`${choiceLabel(c.status)} · ${choiceLabel(c.kind)} · ${localMoment(c.updatedAt)}`} />
              </ListItemButton>
            ))}
            {d.reviewQueue.length === 0 && <Typography>Nothing waiting for review.</Typography>}
          </List>
        </Panel>
        <Panel title="Open contradictions">
          <List dense>
            {d.openContradictions.map((c) => (
              <ListItemButton key={c.id} component="a" href={`#/contradictions/${c.id}`}>
                <ListItemText primary={`${c.claimA} ↔ ${c.claimB}`} secondary={`${choiceLabel(c.kind)}${c.reason ? ` · ${c.reason}` : ""}`} />
              </ListItemButton>
            ))}
            {d.openContradictions.length === 0 && <Typography>No open contradictions.</Typography>}
          </List>
        </Panel>
      </Stack>
      {(d.flaggedVerdicts ?? []).length > 0 && (
        <Panel title="Verdicts flagged for review">
          <List dense>
            {d.flaggedVerdicts.map((v) => (
              <ListItemButton key={v.id} component="a" href={`#/verdicts/${v.id}/show`}>
                <ListItemText primary={`${v.title} · ${v.useCase}`} secondary={`${v.reason}${v.flaggedAt ? ` · flagged ${localMoment(v.flaggedAt)}` : ""}`} />
              </ListItemButton>
            ))}
          </List>
        </Panel>
      )}
      {(d.pendingDecisions ?? []).length > 0 && (
        <Panel title="Decisions waiting for approval">
          <List dense>
            {d.pendingDecisions.map((p) => (
              <ListItemButton key={p.id} component="a" href={`#/decisions/${p.id}`}>
                <ListItemText primary={p.title} secondary={`${p.team} · asked to be public ${localMoment(p.updatedAt)} · an editor approves by setting Public`} />
              </ListItemButton>
            ))}
          </List>
        </Panel>
      )}
      <Panel title="Decisions due for review">
        <List dense>
          {(d.revisitDue ?? []).map((r) => (
            <ListItemButton key={r.id} component="a" href={`#/decisions/${r.id}/show`}>
              <ListItemText primary={r.title} secondary={`${r.team} · revisit was due ${localDay(r.revisitAt)} · no outcome review yet`} />
            </ListItemButton>
          ))}
          {(d.revisitDue ?? []).length === 0 && <Typography>No accepted decision is past its revisit date without a review.</Typography>}
        </List>
      </Panel>
      <Panel title="Recent activity">
        <List dense>
          {d.recentActivity.map((r) => (
            <ListItemButton key={r.id} component="a" href={`#/${r.entity}/${r.entityId}/show`}>
              <ListItemText primary={`${r.user} · ${actionLabel(r.action)} · ${r.entity}`} secondary={localMoment(r.createdAt)} />
            </ListItemButton>
          ))}
          {d.recentActivity.length === 0 && <Typography>No recent activity.</Typography>}
        </List>
      </Panel>
    </Stack>
  );
}
