"use client";
// Extension point for hand-made admin screens (import, review queue…). Each entry becomes a
// route inside the admin (/admin#<path>) and an item in its menu. Other features APPEND their
// entries here; keep this file a plain list.
import type { ReactNode } from "react";
import type { AdminMeta } from "./meta";
import { lazyScreen } from "./lazy";

// Each screen loads when it is first shown, not with the admin (./lazy.ts): add new screens the same way.
const ImportPage = lazyScreen("ImportPage", () => import("./import/ImportPage"));
const ReviewQueue = lazyScreen("ReviewQueue", () => import("./review/ReviewQueue"));

export interface AdminCustomRoute {
  /** Route path inside the admin, e.g. "/import" (reached at /admin#/import). */
  path: string;
  element: ReactNode;
  /** Menu label. */
  label: string;
  /** Optional menu icon element. */
  icon?: ReactNode;
  /**
   * Who may use the screen, from the role rules the server sends in the admin meta (the same rules
   * its routes enforce). Others get neither the menu item nor the route. Omitted: everyone.
   */
  allowed?: (meta: AdminMeta) => boolean;
}

/** Whether the meta's role rules let this user `verb` the resource. */
export const may = (meta: AdminMeta, resource: string, verb: "read" | "create" | "update" | "delete"): boolean =>
  meta.resources.some((r) => r.name === resource && r.can[verb]);

/** The hand-made screens this user may use. */
export const routesFor = (meta: AdminMeta): AdminCustomRoute[] =>
  customRoutes.filter((r) => !r.allowed || r.allowed(meta));

export const customRoutes: AdminCustomRoute[] = [
  // The import route authorizes creating articles and claims (app/api/admin/import).
  {
    path: "/import",
    element: <ImportPage />,
    label: "Import",
    allowed: (m) => may(m, "articles", "create") && may(m, "claims", "create"),
  },
  // The queue's route asks the claims' update rule (lib/admin/review-queue.ts).
  { path: "/review", element: <ReviewQueue />, label: "Review queue", allowed: (m) => may(m, "claims", "update") },
];
