"use client";
// The generated show screen: every field, by type, then the record's history.
import { Labeled, Show, SimpleShowLayout } from "react-admin";
import { ValueField } from "../fields/ValueField";
import { fieldLabel } from "../fields/labels";
import { HistoryPanel } from "../history/HistoryPanel";
import { useResourceMeta } from "../MetaContext";
import { RecordActions } from "./RecordActions";

export function ResourceShow() {
  const resource = useResourceMeta();
  return (
    <Show actions={<RecordActions page="show" />}>
      <SimpleShowLayout>
        {resource.fields.map((field) => (
          <Labeled key={field.name} label={fieldLabel(field)}>
            <ValueField field={field} />
          </Labeled>
        ))}
      </SimpleShowLayout>
      <HistoryPanel />
    </Show>
  );
}
