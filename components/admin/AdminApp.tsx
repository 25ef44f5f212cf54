"use client";
// The admin at /admin: every screen is generated from GET /api/admin/meta (Django ModelAdmin
// style); the dashboard and a few resources' screens are hand-made (./resource-screens.ts lists
// them, per resource). Routing is by hash (/admin#/claims).
import { useEffect, useMemo, useState } from "react";
import { AppBar, CustomRoutes, Layout, LoadingIndicator, Resource, type LayoutProps } from "react-admin";
import { AdminShell } from "./AdminShell";
import { NotificationsButton } from "./comforts/NotificationsButton";
import { Route } from "react-router-dom";
import { createAuthProvider } from "./auth-provider";
import { DocumentTitle } from "./DocumentTitle";
import { createDataProvider } from "./data-provider";
import { customRoutes, routesFor } from "./extensions";
import { AdminMenu } from "./Menu";
import { StyleNonce } from "./StyleNonce";
import { MetaProvider } from "./MetaContext";
import type { AdminMeta } from "./meta";
import { Dashboard, screenFor, screensOf } from "./resource-screens";
import { ADMIN_NAME } from "./titles";

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
    screenFor(
      window.location.hash,
      customRoutes.map((r) => r.path),
    )?.preload();
    authProvider.meta().then(setMeta, (error: { status?: number; message?: string }) => {
      if (error.status === 401) window.location.replace(`/login?callbackUrl=${encodeURIComponent("/admin")}`);
      else setFailure(error.message ?? "The admin could not load.");
    });
  }, []);
  const dataProvider = useMemo(() => (meta ? createDataProvider({ resources: meta.resources }) : null), [meta]);

  if (failure)
    return (
      <p role="alert" style={{ padding: 24, fontFamily: "sans-serif" }}>
        {failure}
      </p>
    );
  if (!meta || !dataProvider) return <p style={{ padding: 24, fontFamily: "sans-serif" }}>Loading the admin…</p>;
  return (
    <StyleNonce>
      <MetaProvider meta={meta}>
        <AdminShell
          title={ADMIN_NAME}
          dataProvider={dataProvider}
          authProvider={authProvider}
          dashboard={Dashboard}
          layout={AdminLayout}
        >
          {meta.resources
            .filter((r) => r.can.read)
            .map((r) => {
              const screens = screensOf(r.name);
              return (
                <Resource
                  key={r.name}
                  name={r.name}
                  options={{ label: r.label }}
                  recordRepresentation={r.titleField}
                  list={screens.list}
                  show={screens.show}
                  edit={r.can.update ? screens.edit : undefined}
                  create={r.can.create ? screens.create : undefined}
                />
              );
            })}
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
