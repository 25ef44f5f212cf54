"use client";
// The generated edit screen. Saves are pessimistic (nothing changes on screen until the server
// agrees); a stale save (409) keeps the editor's input and explains who changed the record.
import { useEffect, useState, type ReactNode } from "react";
import { Alert } from "@mui/material";
import { Edit, SimpleForm, useEditContext, useNotify, useRedirect, type Identifier } from "react-admin";
import { isConflict } from "../errors";
import { FieldInput } from "../fields/FieldInput";
import { HistorySection } from "./HistorySection";
import { useResourceMeta } from "../MetaContext";
import { editableFields } from "../meta";
import { StaleEditNotice, staleEditFrom, type StaleEdit } from "../edit/StaleEditNotice";
import { RecordActions } from "./RecordActions";
import { useRecordPermissions } from "./useRecordPermissions";

function EditBody({
  stale,
  clearStale,
  above,
}: {
  stale: StaleEdit | null;
  clearStale: () => void;
  above?: ReactNode;
}) {
  const resource = useResourceMeta();
  const { record, refetch } = useEditContext();
  const may = useRecordPermissions();
  const redirect = useRedirect();
  const notify = useNotify();
  const readOnly = may.known && !may.update;
  // A record this user may read but not change (another team's decision) opens as its page.
  useEffect(() => {
    if (!readOnly || !record) return;
    notify("You can read this record but not change it.", { type: "info" });
    redirect("show", resource.name, record.id);
  }, [readOnly, record, notify, redirect, resource.name]);
  const loadTheirs = async () => {
    await refetch();
    clearStale();
  };
  if (!may.known)
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        Checking what you may change…
      </Alert>
    );
  if (readOnly)
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        You can read this record but not change it.
      </Alert>
    );
  return (
    <>
      {stale && <StaleEditNotice stale={stale} onLoadTheirs={loadTheirs} />}
      {above}
      {record?.deletedAt && (
        <Alert severity="info" sx={{ m: 2 }}>
          This record is in the trash. Restore it from the list&apos;s trash to edit it.
        </Alert>
      )}
      <SimpleForm>
        {editableFields(resource).map((field) => (
          <FieldInput key={field.name} field={field} mode="edit" />
        ))}
      </SimpleForm>
    </>
  );
}

/** `above`: read-only context shown over the form (a claim's quotes and sources). */
export function ResourceEdit({ id, resource, above }: { id?: Identifier; resource?: string; above?: ReactNode }) {
  const [stale, setStale] = useState<StaleEdit | null>(null);
  const notify = useNotify();
  const onError = (error: unknown) => {
    if (isConflict(error)) return setStale(staleEditFrom(error));
    notify(error instanceof Error ? error.message : String(error), { type: "error" });
  };
  const onSuccess = () => {
    setStale(null);
    notify("Saved.", { type: "success" });
  };
  return (
    <Edit
      id={id}
      resource={resource}
      mutationMode="pessimistic"
      actions={<RecordActions page="edit" />}
      // Never reload the record under the editor's typing (their input would be replaced).
      queryOptions={{ refetchOnWindowFocus: false, refetchOnReconnect: false }}
      mutationOptions={{ onError, onSuccess }}
      redirect={false}
    >
      <EditBody stale={stale} clearStale={() => setStale(null)} above={above} />
      {/* The edit screen opens only on a record this user may change, whose history is theirs to see. */}
      <HistorySection editable />
    </Edit>
  );
}
