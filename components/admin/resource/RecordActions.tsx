"use client";
// Top toolbar of a record: show/edit/delete by permission (the role's, and the record's own when
// the resource has a row rule), and the resource's actions for this one record (sent with the version on screen, so a stale one is refused).
import { DeleteButton, EditButton, ShowButton, TopToolbar, useRecordContext } from "react-admin";
import { ActionButton } from "../actions/ActionDialog";
import { useResourceMeta } from "../MetaContext";
import { useRecordPermissions } from "./useRecordPermissions";
import type { ResourceMeta } from "../meta";

/** Whether an action means something for this record (the metadata's `appliesWhen`; the server skips the others). */
const appliesTo = (action: ResourceMeta["actions"][number], record: Record<string, unknown>) =>
  !action.appliesWhen || action.appliesWhen.in.includes(String(record[action.appliesWhen.field]));
import { ViewOnSite } from "../comforts/ViewOnSite";

/** `exclude`: actions a hand-made screen offers in its own place (the verdict proposal panel). */
export function RecordActions({ page, exclude = [] }: { page: "edit" | "show"; exclude?: string[] }) {
  const resource = useResourceMeta();
  const record = useRecordContext();
  const may = useRecordPermissions();
  if (!record) return null;
  const deleted = !!record.deletedAt;
  return (
    <TopToolbar sx={{ flexWrap: "wrap" }}>
      <ViewOnSite />
      {!deleted &&
        may.update &&
        resource.actions
          .filter((action) => !exclude.includes(action.name) && appliesTo(action, record))
          .map((action) => (
            <ActionButton
              key={action.name}
              resource={resource}
              action={action}
              ids={[record.id]}
              versions={{ [String(record.id)]: Number(record.version) }}
            />
          ))}
      {page === "edit" ? <ShowButton /> : may.update && <EditButton />}
      {may.delete && !deleted && <DeleteButton mutationMode="pessimistic" />}
    </TopToolbar>
  );
}
