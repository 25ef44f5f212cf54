"use client";
// react-admin's <Admin> without its login page. <Admin> always bundles react-admin's own login form
// (and with it the form library, ~35 KB gzip) into the first load, even though signing in happens
// on /login and the auth provider sends the browser there. This is <Admin> as react-admin composes
// it (AdminContext + the UI of AdminUI), with the same defaults, and no login route.
import type { ReactNode } from "react";
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
  Notification,
  type AuthProvider,
  type DataProvider,
  type DashboardComponent,
  type LayoutComponent,
} from "react-admin";
import { adminI18nProvider } from "./titles";

const store = localStorageStore();
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
    <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={adminI18nProvider} store={store}>
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
        <Notification />
      </CssBaseline>
    </AdminContext>
  );
}
