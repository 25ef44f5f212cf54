"use client";
// The admin at /admin: every screen is generated from GET /api/admin/meta (Django ModelAdmin
// style); only the claim page and the dashboard are hand-made. Routing is by hash (/admin#/claims).
import { useEffect, useMemo, useState, type ComponentType } from "react";
import { AppBar, CustomRoutes, Layout, LoadingIndicator, Resource, type LayoutProps } from "react-admin";
import { AdminShell } from "./AdminShell";
import { NotificationsButton } from "./comforts/NotificationsButton";
import { Route } from "react-router-dom";
import { createAuthProvider } from "./auth-provider";
import { DocumentTitle } from "./DocumentTitle";
import { createDataProvider } from "./data-provider";
import { routesFor } from "./extensions";
import { lazyScreen } from "./lazy";
import { AdminMenu } from "./Menu";
import { StyleNonce } from "./StyleNonce";
import { MetaProvider } from "./MetaContext";
import type { AdminMeta } from "./meta";
import { ADMIN_NAME } from "./titles";

// Every screen loads when first shown (./lazy.ts): the admin's first load carries the layout and
// the menu, not every list, form and panel. The dashboard too: a visit that lands on a list
// (/admin#/claims, where signing in from a list sends you) never shows it.
const Dashboard = lazyScreen("Dashboard", () => import("./Dashboard"));
const ResourceList = lazyScreen("ResourceList", () => import("./resource/ResourceList"));
const ResourceShow = lazyScreen("ResourceShow", () => import("./resource/ResourceShow"));
const ResourceEdit = lazyScreen("ResourceEdit", () => import("./resource/ResourceEdit"));
const ResourceCreate = lazyScreen("ResourceCreate", () => import("./resource/ResourceCreate"));

type Preloadable = ComponentType & { preload: () => void };

/** Hand-made show screens; every other resource uses the generated one. */
const SHOW_SCREENS: Record<string, Preloadable> = {
  claims: lazyScreen("ClaimShow", () => import("./claims/ClaimShow")),
  verdicts: lazyScreen("VerdictShow", () => import("./verdicts/VerdictShow")),
  decisions: lazyScreen("DecisionShow", () => import("./decisions/DecisionShow")),
  teams: lazyScreen("TeamShow", () => import("./teams/TeamShow")),
};
/** Hand-made edit screens (the generated form with context around it). */
const EDIT_SCREENS: Record<string, Preloadable> = {
  claims: lazyScreen("ClaimEdit", () => import("./claims/ClaimShow")),
  users: lazyScreen("UserEdit", () => import("./users/UserEdit")),
};

/**
 * The screen an address opens (/admin#/claims, #/claims/create, #/claims/<id>/show, #/claims/<id>),
 * so a visit that lands on it fetches its code alongside the admin's first request, not after.
 */
function screenFor(hash: string): Preloadable | undefined {
  const [resource, id, view] = hash.replace(/^#\/?/, "").split("?")[0].split("/");
  if (!resource) return Dashboard;
  if (resource === "import" || resource === "review") return undefined;
  if (id === undefined) return ResourceList;
  if (id === "create") return ResourceCreate;
  return view === "show" ? (SHOW_SCREENS[resource] ?? ResourceShow) : (EDIT_SCREENS[resource] ?? ResourceEdit);
}

const authProvider = createAuthProvider();

const AdminAppBar = () => (
  <AppBar
    // A long record title gives way (cut with "…") to the bell and the user menu: at phone width it
    // pushed them off the screen.
    sx={{ "& .RaAppBar-title": { minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" } }}
    toolbar={
      <>
        <NotificationsButton />
        <LoadingIndicator />
      </>
    }
  />
);

const AdminLayout = ({ children }: LayoutProps) => (
  <Layout
    menu={AdminMenu}
    appBar={AdminAppBar}
    // react-admin sizes the layout to fit its widest content: one nowrap line (a version picker's
    // "Created by …, 4 Dec 2026, 23:02", a long title) made every record page wider than a phone.
    // The content is held to the screen instead; what is too wide wraps, cuts with "…" or scrolls in its own box.
    sx={{ minWidth: 0, "& .RaLayout-content": { minWidth: 0 } }}
  >
    <DocumentTitle />
    {children}
  </Layout>
);

export default function AdminApp() {
  const [meta, setMeta] = useState<AdminMeta | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    screenFor(window.location.hash)?.preload();
    authProvider.meta().then(setMeta, (error: { status?: number; message?: string }) => {
      if (error.status === 401) window.location.replace(`/login?callbackUrl=${encodeURIComponent("/admin")}`);
      else setFailure(error.message ?? "The admin could not load.");
    });
  }, []);
  const dataProvider = useMemo(() => (meta ? createDataProvider({ resources: meta.resources }) : null), [meta]);

  if (failure) return <p role="alert" style={{ padding: 24, fontFamily: "sans-serif" }}>{failure}</p>;
  if (!meta || !dataProvider) return <p style={{ padding: 24, fontFamily: "sans-serif" }}>Loading the admin…</p>;
  return (
    <StyleNonce>
    <MetaProvider meta={meta}>
      <AdminShell title={ADMIN_NAME} dataProvider={dataProvider} authProvider={authProvider} dashboard={Dashboard} layout={AdminLayout}>
        {meta.resources
          .filter((r) => r.can.read)
          .map((r) => (
            <Resource
              key={r.name}
              name={r.name}
              options={{ label: r.label }}
              recordRepresentation={r.titleField}
              list={ResourceList}
              show={SHOW_SCREENS[r.name] ?? ResourceShow}
              edit={r.can.update ? (EDIT_SCREENS[r.name] ?? ResourceEdit) : undefined}
              create={r.can.create ? ResourceCreate : undefined}
            />
          ))}
        <CustomRoutes>
          {routesFor(meta).map((route) => (
            <Route key={route.path} path={route.path} element={route.element} />
          ))}
        </CustomRoutes>
      </AdminShell>
    </MetaProvider>
    </StyleNonce>
  );
}
