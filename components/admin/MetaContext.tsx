"use client";
// The resource metadata (GET /api/admin/meta), available to every generated screen.
import { createContext, useContext, type ReactNode } from "react";
import { useResourceContext } from "react-admin";
import type { AdminMeta, ResourceMeta } from "./meta";

const MetaContext = createContext<AdminMeta | null>(null);

export function MetaProvider({ meta, children }: { meta: AdminMeta; children: ReactNode }) {
  return <MetaContext.Provider value={meta}>{children}</MetaContext.Provider>;
}

export function useAdminMeta(): AdminMeta {
  const meta = useContext(MetaContext);
  if (!meta) throw new Error("useAdminMeta must be used inside <MetaProvider>.");
  return meta;
}

/** Metadata of the named resource, or of the resource of the current screen. */
export function useResourceMeta(name?: string): ResourceMeta {
  const current = useResourceContext();
  const meta = useAdminMeta();
  const wanted = name ?? current;
  const found = meta.resources.find((r) => r.name === wanted);
  if (!found) throw new Error(`No metadata for resource "${wanted}".`);
  return found;
}

/** Whether the user may read the resource a reference points to (else it is shown as a bare id). */
export function useCanRead(resource: string): boolean {
  return useAdminMeta().resources.some((r) => r.name === resource && r.can.read);
}

/** The field that names records of a resource (for chips and pickers). */
export function useTitleField(resource: string): string {
  return useAdminMeta().resources.find((r) => r.name === resource)?.titleField ?? "id";
}
