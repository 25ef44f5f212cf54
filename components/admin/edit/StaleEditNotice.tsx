"use client";
// What an editor sees when their save was refused because someone else saved first (409):
// who and when, the assurance that nothing was overwritten, and a way to load the other version.
// The form keeps what they typed until they choose to load it.
import { localMoment } from "../history/when";
import { useEffect, useRef } from "react";
import { Alert, AlertTitle, Button } from "@mui/material";
import { conflictDetails } from "../errors";

export interface StaleEdit {
  message: string;
  changedBy: string | null;
  changedAt: string | null;
}

export function staleEditFrom(error: unknown): StaleEdit {
  const current = conflictDetails(error);
  return {
    message: error instanceof Error ? error.message : String(error),
    changedBy: current?.changedBy ?? null,
    changedAt: current?.changedAt ?? null,
  };
}

export function staleEditHeadline(stale: StaleEdit): string {
  if (!stale.changedBy && !stale.changedAt) return stale.message;
  const at = stale.changedAt ? ` at ${localMoment(stale.changedAt)}` : "";
  return `Changed by ${stale.changedBy ?? "someone"}${at} since you opened it.`;
}

export function StaleEditNotice({ stale, onLoadTheirs }: { stale: StaleEdit; onLoadTheirs: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  // The Save button is at the bottom of a long form; bring the explanation into view.
  useEffect(() => ref.current?.scrollIntoView?.({ behavior: "smooth", block: "start" }), [stale]);
  return (
    <Alert
      ref={ref}
      severity="warning"
      role="alert"
      // Scrolled to the top of the view, it would sit under the fixed app bar (64 px) without this margin.
      sx={{ m: 2, scrollMarginTop: 80 }}
      action={
        <Button color="inherit" size="small" onClick={onLoadTheirs}>
          Load their version
        </Button>
      }
    >
      <AlertTitle>{staleEditHeadline(stale)}</AlertTitle>
      Your changes were not saved and nothing was overwritten. They are still in the form below: copy what you need,
      then load their version to continue from it.
    </Alert>
  );
}
