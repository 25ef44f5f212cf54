"use client";
// The admin menu: dashboard, the resources this user may read, then the custom screens they may use.
import { Menu } from "react-admin";
import { routesFor } from "./extensions";
import { useAdminMeta } from "./MetaContext";

export function AdminMenu() {
  const meta = useAdminMeta();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      {routesFor(meta).map((route) => (
        <Menu.Item
          key={route.path}
          to={route.path}
          primaryText={route.label}
          leftIcon={route.icon as React.ReactElement | undefined}
        />
      ))}
    </Menu>
  );
}
