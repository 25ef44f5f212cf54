"use client";
// A record's history under its show or edit screen. Its diffs and restore dialogs load on their
// own (../lazy.ts) and the record's fields do not wait for them.
import { Suspense } from "react";
import { lazyScreen } from "../lazy";
import { useCanRead } from "../MetaContext";

const HistoryPanel = lazyScreen("HistoryPanel", () => import("../history/HistoryPanel"));

/** Shown only to a role that may read revisions (README, "Roles"), as the server answers 403 to others. */
export function HistorySection() {
  const canReadHistory = useCanRead("revisions");
  if (!canReadHistory) return null;
  return (
    <Suspense fallback={null}>
      <HistoryPanel />
    </Suspense>
  );
}
