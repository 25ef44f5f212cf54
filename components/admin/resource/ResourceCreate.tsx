"use client";
// The generated create screen: every editable field, by type.
import { Create, SimpleForm, useNotify } from "react-admin";
import { FieldInput } from "../fields/FieldInput";
import { useResourceMeta } from "../MetaContext";
import { editableFields } from "../meta";

export function ResourceCreate() {
  const resource = useResourceMeta();
  const notify = useNotify();
  return (
    <Create
      redirect={resource.can.update ? "edit" : "show"}
      mutationOptions={{
        onError: (error: unknown) => notify(error instanceof Error ? error.message : String(error), { type: "error" }),
      }}
    >
      <SimpleForm>
        {editableFields(resource).map((field) => (
          <FieldInput key={field.name} field={field} mode="create" />
        ))}
      </SimpleForm>
    </Create>
  );
}
