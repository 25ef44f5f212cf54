"use client";
// Screens the admin loads when they are first shown, not with the admin itself (code splitting):
// the first screen should not wait for every list, form and panel. `name` is the export taken from
// the module; it also names the lazily loaded chunk in `npm run bench:admin-bundle`, which finds
// the string beside the import in the build output, so keep it a string literal at the call.
// react-admin's layout wraps every screen in <Suspense>; other places need their own boundary.
import { lazy, type LazyExoticComponent, type ReactNode } from "react";

type Screen<P> = (props: P) => ReactNode;

export type LazyScreen<P> = LazyExoticComponent<Screen<P>> & {
  /** Starts loading the screen's code now (e.g. while the admin asks who the user is). */
  preload: () => void;
};

export function lazyScreen<K extends string, P extends object>(name: K, load: () => Promise<Record<NoInfer<K>, Screen<P>>>): LazyScreen<P> {
  let loading: Promise<Record<K, Screen<P>>> | null = null;
  const start = () => (loading ??= load());
  const screen = lazy(async () => ({ default: (await start())[name] }));
  return Object.assign(screen, { preload: () => void start().catch(() => undefined) });
}
