"use client";
// Extension point for hand-made admin screens (import, review queue…). Each entry becomes a
// route inside the admin (/admin#<path>) and an item in its menu. Other features APPEND their
// entries here; keep this file a plain list.
import type { ReactNode } from "react";
import { ImportPage } from "./import/ImportPage";
import { ReviewQueue } from "./review/ReviewQueue";

export interface AdminCustomRoute {
  /** Route path inside the admin, e.g. "/import" (reached at /admin#/import). */
  path: string;
  element: ReactNode;
  /** Menu label. */
  label: string;
  /** Optional menu icon element. */
  icon?: ReactNode;
}

export const customRoutes: AdminCustomRoute[] = [
  { path: "/import", element: <ImportPage />, label: "Import" },
  { path: "/review", element: <ReviewQueue />, label: "Review queue" },
];
