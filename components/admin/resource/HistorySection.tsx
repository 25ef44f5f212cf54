"use client";
// A record's history under its show or edit screen. Its diffs and restore dialogs load on their
// own (../lazy.ts) and the record's fields do not wait for them.
import { Suspense } from "react";
import { lazyScreen } from "../lazy";

const HistoryPanel = lazyScreen("HistoryPanel", () => import("../history/HistoryPanel"));

export function HistorySection() {
  return (
    <Suspense fallback={null}>
      <HistoryPanel />
    </Suspense>
  );
}
