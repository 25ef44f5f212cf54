"use client";
// "View on site": a link to the record's public page while the site shows it (GET …/[id]/site,
// the public pages' own visibility rules). Nothing is offered for a draft or a private record.
import { useQuery } from "@tanstack/react-query";
import { Button } from "@mui/material";
import { useRecordContext } from "react-admin";
import { useResourceMeta } from "../MetaContext";
import { getJson } from "../review/fetch-json";

export function ViewOnSite() {
  const resource = useResourceMeta();
  const record = useRecordContext();
  const ask = Boolean(resource.onSite && record?.id !== undefined && !record.deletedAt);
  const answer = useQuery({
    // The version is in the key: publishing or unpublishing changes the answer.
    queryKey: [resource.name, "site", record?.id, record?.version],
    queryFn: () =>
      getJson<{ data: { path: string | null } }>(
        `/api/admin/${resource.name}/${encodeURIComponent(String(record!.id))}/site`,
      ),
    enabled: ask,
    staleTime: 30_000,
  });
  const path = answer.data?.data.path;
  if (!ask || !path) return null;
  return (
    <Button size="small" href={path} target="_blank" rel="noopener">
      View on site
    </Button>
  );
}
