"use client";
// Where editors start: claims per status, the review queue, open contradictions, recent activity.
import {
  Card,
  CardContent,
  CardHeader,
  Chip,
  List,
  ListItemButton,
  ListItemText,
  Stack,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { Title, useDataProvider } from "react-admin";
import type { DashboardData, StackVerdictDataProvider } from "./data-provider";
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

interface LinkItem {
  key: string;
  href: string;
  primary: string;
  secondary: string;
}

/** A panel's rows, each a link to its record; `empty` says so when there is none (omitted: nothing). */
function LinkList({ items, empty }: { items: LinkItem[]; empty?: string }) {
  return (
    <List dense>
      {items.map((item) => (
        <ListItemButton key={item.key} component="a" href={item.href}>
          <ListItemText primary={item.primary} secondary={item.secondary} />
        </ListItemButton>
      ))}
      {empty && items.length === 0 && <Typography>{empty}</Typography>}
    </List>
  );
}

function ClaimsByStatus({ counts }: { counts: DashboardData["claimsByStatus"] }) {
  return (
    <Panel title="Claims by status">
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
        {Object.entries(counts).map(([status, count]) => (
          <Chip
            key={status}
            component="a"
            clickable
            href={`#/claims?filter=${encodeURIComponent(JSON.stringify({ status }))}`}
            label={`${choiceLabel(status)}: ${count}`}
          />
        ))}
        {Object.keys(counts).length === 0 && <Typography>No claims yet.</Typography>}
      </Stack>
    </Panel>
  );
}

function QueueAndContradictions({ d }: { d: DashboardData }) {
  return (
    <Stack direction={{ xs: "column", md: "row" }} spacing={2}>
      <Panel title="Review queue">
        <LinkList
          empty="Nothing waiting for review."
          items={d.reviewQueue.map((c) => ({
            key: c.id,
            href: `#/claims/${c.id}/show`,
            primary: c.statement,
            secondary: `${choiceLabel(c.status)} · ${choiceLabel(c.kind)} · ${localMoment(c.updatedAt)}`,
          }))}
        />
      </Panel>
      <Panel title="Open contradictions">
        <LinkList
          empty="No open contradictions."
          items={d.openContradictions.map((c) => ({
            key: c.id,
            href: `#/contradictions/${c.id}`,
            primary: `${c.claimA} ↔ ${c.claimB}`,
            secondary: `${choiceLabel(c.kind)}${c.reason ? ` · ${c.reason}` : ""}`,
          }))}
        />
      </Panel>
    </Stack>
  );
}

/** Panels shown only when something waits: flagged verdicts and decisions asking to be public. */
function WaitingPanels({ d }: { d: DashboardData }) {
  const flagged = d.flaggedVerdicts ?? [];
  const pending = d.pendingDecisions ?? [];
  return (
    <>
      {flagged.length > 0 && (
        <Panel title="Verdicts flagged for review">
          <LinkList
            items={flagged.map((v) => ({
              key: v.id,
              href: `#/verdicts/${v.id}/show`,
              primary: `${v.title} · ${v.useCase}`,
              secondary: `${v.reason}${v.flaggedAt ? ` · flagged ${localMoment(v.flaggedAt)}` : ""}`,
            }))}
          />
        </Panel>
      )}
      {pending.length > 0 && (
        <Panel title="Decisions waiting for approval">
          <LinkList
            items={pending.map((p) => ({
              key: p.id,
              href: `#/decisions/${p.id}`,
              primary: p.title,
              secondary: `${p.team} · asked to be public ${localMoment(p.updatedAt)} · an editor approves by setting Public`,
            }))}
          />
        </Panel>
      )}
    </>
  );
}

function RevisitAndActivity({ d }: { d: DashboardData }) {
  return (
    <>
      <Panel title="Decisions due for review">
        <LinkList
          empty="No accepted decision is past its revisit date without a review."
          items={(d.revisitDue ?? []).map((r) => ({
            key: r.id,
            href: `#/decisions/${r.id}/show`,
            primary: r.title,
            secondary: `${r.team} · revisit was due ${localDay(r.revisitAt)} · no outcome review yet`,
          }))}
        />
      </Panel>
      <Panel title="Recent activity">
        <LinkList
          empty="No recent activity."
          items={d.recentActivity.map((r) => ({
            key: r.id,
            href: `#/${r.entity}/${r.entityId}/show`,
            primary: `${r.user} · ${actionLabel(r.action)} · ${r.entity}`,
            secondary: localMoment(r.createdAt),
          }))}
        />
      </Panel>
    </>
  );
}

export function Dashboard() {
  const dataProvider = useDataProvider<StackVerdictDataProvider>();
  const { data, error, isPending } = useQuery({ queryKey: ["dashboard"], queryFn: () => dataProvider.dashboard() });
  if (isPending) return <Typography sx={{ m: 2 }}>Loading…</Typography>;
  if (error)
    return (
      <Typography role="alert" color="error" sx={{ m: 2 }}>
        {error.message}
      </Typography>
    );
  const d = data.data;
  return (
    <Stack spacing={2} sx={{ mt: 2, "& > section": { flex: "none" } }}>
      <Title title="Dashboard" />
      <ClaimsByStatus counts={d.claimsByStatus} />
      <QueueAndContradictions d={d} />
      <WaitingPanels d={d} />
      <RevisitAndActivity d={d} />
    </Stack>
  );
}
