"use client";
// Screens the admin loads when they are first shown, not with the admin itself (code splitting):
// the first screen should not wait for every list, form and panel. `name` is the export taken from
// the module; it also names the lazily loaded chunk in `npm run bench:admin-bundle`, which finds
// the string beside the import in the build output, so keep it a string literal at the call.
// react-admin's layout wraps every screen in <Suspense>; other places need their own boundary.
import { lazy, type LazyExoticComponent, type ReactNode } from "react";

type Screen<P> = (props: P) => ReactNode;
type PropsOf<S> = S extends (props: infer P) => ReactNode ? P : never;

export type LazyScreen<P> = LazyExoticComponent<Screen<P>> & {
  /** Starts loading the screen's code now (e.g. while the admin asks who the user is). */
  preload: () => void;
};

export function lazyScreen<K extends string, M extends Record<K, (props: never) => ReactNode>>(
  name: K,
  load: () => Promise<M>,
): LazyScreen<PropsOf<M[K]>> {
  let loading: Promise<M> | null = null;
  const start = () => (loading ??= load());
  // M[K] is a screen taking PropsOf<M[K]>; TypeScript cannot relate the two through the generic.
  const screen = lazy(async () => ({ default: (await start())[name] as unknown as Screen<PropsOf<M[K]>> }));
  return Object.assign(screen, { preload: () => void start().catch(() => undefined) });
}
