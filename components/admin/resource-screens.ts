"use client";
// The screens of each resource, in one list: every screen is generated from the admin meta
// (./resource/*), and a resource with hand-made ones (a panel around the generated screen, in its
// own folder: ./claims, ./verdicts…) names them here, once. Adding a resource needs nothing here.
// Every screen loads when first shown (./lazy.ts): the admin's first load carries the layout, the
// menu and the dashboard, not every list, form and panel.
import type { ComponentType } from "react";
import { lazyScreen } from "./lazy";

type Preloadable = ComponentType & { preload: () => void };

export interface ResourceScreens {
  list: Preloadable;
  show: Preloadable;
  edit: Preloadable;
  create: Preloadable;
}

const GENERATED: ResourceScreens = {
  list: lazyScreen("ResourceList", () => import("./resource/ResourceList")),
  show: lazyScreen("ResourceShow", () => import("./resource/ResourceShow")),
  edit: lazyScreen("ResourceEdit", () => import("./resource/ResourceEdit")),
  create: lazyScreen("ResourceCreate", () => import("./resource/ResourceCreate")),
};

/** Hand-made screens by resource (the generated form or show screen with context around it). */
export const HAND_MADE: Readonly<Record<string, Partial<ResourceScreens>>> = {
  claims: {
    show: lazyScreen("ClaimShow", () => import("./claims/ClaimShow")),
    edit: lazyScreen("ClaimEdit", () => import("./claims/ClaimShow")),
  },
  verdicts: { show: lazyScreen("VerdictShow", () => import("./verdicts/VerdictShow")) },
  decisions: { show: lazyScreen("DecisionShow", () => import("./decisions/DecisionShow")) },
  teams: { show: lazyScreen("TeamShow", () => import("./teams/TeamShow")) },
  users: { edit: lazyScreen("UserEdit", () => import("./users/UserEdit")) },
};

/** A resource's screens: its hand-made ones where it has them, the generated ones otherwise. */
/** The dashboard loads when first shown too: a visit that lands on a list (where signing in from a list sends you) never shows it. */
export const Dashboard = lazyScreen("Dashboard", () => import("./Dashboard"));

export function screensOf(resource: string): ResourceScreens {
  return { ...GENERATED, ...HAND_MADE[resource] };
}

/**
 * The screen an address opens (/admin#/claims, #/claims/create, #/claims/<id>/show, #/claims/<id>),
 * so a visit that lands on it fetches its code alongside the admin's first request, not after.
 * `customPaths`: the hand-made screens that are not a resource's (/import, /review).
 */
export function screenFor(hash: string, customPaths: readonly string[]): Preloadable | undefined {
  const [resource, id, view] = hash.replace(/^#\/?/, "").split("?")[0].split("/");
  if (!resource) return Dashboard;
  if (customPaths.includes(`/${resource}`)) return undefined;
  const screens = screensOf(resource);
  if (id === undefined) return screens.list;
  if (id === "create") return screens.create;
  return view === "show" ? screens.show : screens.edit;
}
