"use client";
// The admin at /admin: every screen is generated from GET /api/admin/meta (Django ModelAdmin
// style); only the claim page and the dashboard are hand-made. Routing is by hash (/admin#/claims).
import { useEffect, useMemo, useState } from "react";
import { Admin, AppBar, CustomRoutes, Layout, LoadingIndicator, Resource, type LayoutProps } from "react-admin";
import { NotificationsButton } from "./comforts/NotificationsButton";
import { Route } from "react-router-dom";
import { createAuthProvider } from "./auth-provider";
import { ClaimEdit, ClaimShow } from "./claims/ClaimShow";
import { Dashboard } from "./Dashboard";
import { createDataProvider } from "./data-provider";
import { routesFor } from "./extensions";
import { AdminMenu } from "./Menu";
import { StyleNonce } from "./StyleNonce";
import { MetaProvider } from "./MetaContext";
import type { AdminMeta } from "./meta";
import { ResourceCreate } from "./resource/ResourceCreate";
import { ResourceEdit } from "./resource/ResourceEdit";
import { ResourceList } from "./resource/ResourceList";
import { ResourceShow } from "./resource/ResourceShow";
import { VerdictShow } from "./verdicts/VerdictShow";
import { DecisionShow } from "./decisions/DecisionShow";
import { TeamShow } from "./teams/TeamShow";
import { UserEdit } from "./users/UserEdit";

/** Hand-made show screens; every other resource uses the generated one. */
const SHOW_SCREENS: Record<string, () => React.JSX.Element> = { claims: ClaimShow, verdicts: VerdictShow, decisions: DecisionShow, teams: TeamShow };
/** Hand-made edit screens (the generated form with context around it). */
const EDIT_SCREENS: Record<string, (props: { id?: string; resource?: string }) => React.JSX.Element> = { claims: ClaimEdit, users: UserEdit };

const authProvider = createAuthProvider();

const AdminAppBar = () => (
  <AppBar
    toolbar={
      <>
        <NotificationsButton />
        <LoadingIndicator />
      </>
    }
  />
);

const AdminLayout = ({ children }: LayoutProps) => (
  <Layout menu={AdminMenu} appBar={AdminAppBar}>
    {children}
  </Layout>
);

export default function AdminApp() {
  const [meta, setMeta] = useState<AdminMeta | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
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
      <Admin
        title="StackVerdict admin"
        dataProvider={dataProvider}
        authProvider={authProvider}
        requireAuth
        dashboard={Dashboard}
        layout={AdminLayout}
        disableTelemetry
      >
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
      </Admin>
    </MetaProvider>
    </StyleNonce>
  );
}
