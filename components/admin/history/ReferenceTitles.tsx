"use client";
// Ids in a revision (a claim's technologies, a citation's article) shown as the records' titles.
import { useGetMany } from "react-admin";
import { useAdminMeta } from "../MetaContext";

export function ReferenceTitles({ resource, ids }: { resource: string; ids: string[] }) {
  const meta = useAdminMeta();
  const target = meta.resources.find((r) => r.name === resource);
  const { data } = useGetMany(resource, { ids }, { enabled: !!target && ids.length > 0 });
  if (ids.length === 0) return <em style={{ color: "#777" }}>(none)</em>;
  const title = (id: string) => {
    const record = data?.find((r) => r.id === id);
    return record && target ? String(record[target.titleField] ?? id) : id;
  };
  return <span>{ids.map(title).join(", ")}</span>;
}
