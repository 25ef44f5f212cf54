"use client";
// The app bar's notifications: how many things wait for this user (review queue, verdicts flagged
// for review, decisions waiting for approval), each a link to the screen that lists them.
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { Badge, IconButton, ListItemText, Menu, MenuItem, SvgIcon, Tooltip } from "@mui/material";
import { Link } from "react-router-dom";
import type { Notifications } from "@/lib/admin/notifications";
import { getJson } from "../review/fetch-json";

const BELL =
  "M12 22c1.1 0 2-.9 2-2h-4c0 1.1.89 2 2 2m6-6v-5c0-3.07-1.64-5.64-4.5-6.32V4c0-.83-.67-1.5-1.5-1.5s-1.5.67-1.5 1.5v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1z";
const REFRESH_MS = 60_000;

const listPath = (resource: string, filter: Record<string, unknown>) =>
  `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** The entries of the menu: what waits, where it is listed. Empty kinds are left out. */
export function notificationEntries(n: Notifications): Array<{ label: string; count: number; to: string }> {
  const entries = [
    { label: "In the review queue", count: n.queue ?? 0, to: "/review" },
    {
      label: "Verdicts flagged for review",
      count: n.flaggedVerdicts ?? 0,
      to: listPath("verdicts", { needsReview: true }),
    },
    {
      label: "Decisions waiting for approval",
      count: n.pendingDecisions,
      to: listPath("decisions", { visibility: "PENDING" }),
    },
  ];
  return entries.filter((e) => e.count > 0);
}

export function NotificationsButton() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { data } = useQuery({
    queryKey: ["admin-notifications"],
    queryFn: () => getJson<{ data: Notifications }>("/api/admin/notifications"),
    refetchInterval: REFRESH_MS,
  });
  const counts = data?.data;
  const total = counts?.total ?? 0;
  const entries = counts ? notificationEntries(counts) : [];
  const label = total === 0 ? "Notifications: nothing waiting" : `Notifications: ${total} waiting`;
  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          aria-haspopup="menu"
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          <Badge badgeContent={total} color="error" max={999}>
            <SvgIcon>
              <path d={BELL} />
            </SvgIcon>
          </Badge>
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {entries.length === 0 && (
          <MenuItem disabled>
            <ListItemText primary="Nothing waiting." />
          </MenuItem>
        )}
        {entries.map((entry) => (
          <MenuItem key={entry.label} component={Link} to={entry.to} onClick={() => setAnchor(null)}>
            <ListItemText primary={`${entry.label}: ${entry.count.toLocaleString("en-GB")}`} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
