"use client";
// What the user may do to the record on screen: the role rules from the admin meta, narrowed by the
// server's answer for this record when the resource has a row rule (GET …/permissions), so another
// team's decision shows no Edit or Delete. While that answer is pending nothing is offered.
import { useQuery } from "@tanstack/react-query";
import { useRecordContext } from "react-admin";
import type { RecordPermissions } from "@/lib/admin/permissions";
import { useResourceMeta } from "../MetaContext";
import { getJson } from "../review/fetch-json";

export function useRecordPermissions(): RecordPermissions & { known: boolean } {
  const resource = useResourceMeta();
  const record = useRecordContext();
  const ask = Boolean(record?.id !== undefined && resource.rowRules && (resource.can.update || resource.can.delete));
  const answer = useQuery({
    queryKey: [resource.name, "permissions", record?.id, record?.version],
    queryFn: () =>
      getJson<{ data: RecordPermissions }>(
        `/api/admin/${resource.name}/${encodeURIComponent(String(record!.id))}/permissions`,
      ),
    enabled: ask,
    staleTime: 30_000,
  });
  if (!ask) return { update: resource.can.update, delete: resource.can.delete, known: true };
  const data = answer.data?.data;
  return { update: Boolean(data?.update), delete: Boolean(data?.delete), known: Boolean(data) };
}
