"use client";
// The admin's styles (MUI, via emotion) are <style> elements injected at run time; the page's
// Content-Security-Policy only admits those carrying the request's nonce. Next.js has stamped that
// nonce on its own scripts, so it is read from there (the `nonce` property survives; browsers hide
// the attribute) and given to emotion, which puts it on every <style> it creates.
import createCache, { type EmotionCache } from "@emotion/cache";
import { CacheProvider } from "@emotion/react";
import { useState, type ReactNode } from "react";

function pageNonce(): string | undefined {
  const script = document.querySelector<HTMLScriptElement>("script[nonce]");
  return script?.nonce || undefined;
}

export function StyleNonce({ children }: { children: ReactNode }) {
  const [cache] = useState<EmotionCache>(() => createCache({ key: "sv", nonce: pageNonce() }));
  return <CacheProvider value={cache}>{children}</CacheProvider>;
}
