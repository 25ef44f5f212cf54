"use client";
// A record's history under its show or edit screen. Its diffs and restore dialogs load on their
// own (../lazy.ts) and the record's fields do not wait for them.
import { Suspense } from "react";
import { lazyScreen } from "../lazy";
import { useCanRead } from "../MetaContext";

const HistoryPanel = lazyScreen("HistoryPanel", () => import("../history/HistoryPanel"));

/**
 * Shown to staff (the roles that read revisions, README "Roles") and, on a record's edit screen, to anyone
 * who may change it (a contributor's own team's decision), as the server does (authorizeHistory).
 */
export function HistorySection({ editable = false }: { editable?: boolean }) {
  const staff = useCanRead("revisions");
  if (!staff && !editable) return null;
  return (
    <Suspense fallback={null}>
      <HistoryPanel />
    </Suspense>
  );
}
