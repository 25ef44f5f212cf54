"use client";
// react-admin's <Admin> without its login page. <Admin> always bundles react-admin's own login form
// (and with it the form library, ~35 KB gzip) into the first load, even though signing in happens
// on /login and the auth provider sends the browser there. This is <Admin> as react-admin composes
// it (AdminContext + the UI of AdminUI), with the same defaults, and no login route.
import { lazy, Suspense, type ReactNode } from "react";
import { CssBaseline } from "@mui/material";
import {
  AccessDenied,
  AdminContext,
  AuthenticationError,
  CoreAdminUI,
  Error as ErrorPage,
  LoadingPage,
  localStorageStore,
  NotFound,
  type AuthProvider,
  type DataProvider,
  type DashboardComponent,
  type LayoutComponent,
} from "react-admin";
import { adminI18nProvider } from "./titles";

const store = localStorageStore();
// The snackbar (MUI's Snackbar, Alert and their transitions) loads after the first screen: a
// notice raised before it arrives waits in react-admin's queue and shows when it does.
const Notification = lazy(() => import("./notification").then((m) => ({ default: m.Notification })));
const CatchAll = () => <NotFound />;

export interface AdminShellProps {
  title: string;
  dataProvider: DataProvider;
  authProvider: AuthProvider;
  dashboard: DashboardComponent;
  layout: LayoutComponent;
  children: ReactNode;
}

export function AdminShell({ title, dataProvider, authProvider, dashboard, layout, children }: AdminShellProps) {
  return (
    <AdminContext
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={adminI18nProvider}
      store={store}
    >
      <CssBaseline enableColorScheme>
        <CoreAdminUI
          title={title}
          dashboard={dashboard}
          layout={layout}
          requireAuth
          disableTelemetry
          loginPage={false}
          accessDenied={AccessDenied}
          authenticationError={AuthenticationError}
          catchAll={CatchAll}
          error={ErrorPage}
          loading={LoadingPage}
        >
          {children}
        </CoreAdminUI>
        <Suspense fallback={null}>
          <Notification />
        </Suspense>
      </CssBaseline>
    </AdminContext>
  );
}
