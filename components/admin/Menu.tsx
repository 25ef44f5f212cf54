"use client";
// The admin menu: dashboard, the resources this user may read, then the custom screens.
import { Menu } from "react-admin";
import { customRoutes } from "./extensions";

export function AdminMenu() {
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      {customRoutes.map((route) => (
        <Menu.Item key={route.path} to={route.path} primaryText={route.label} leftIcon={route.icon as React.ReactElement | undefined} />
      ))}
    </Menu>
  );
}
