"use client";
// The generated show screen: every field but write-only ones (a password), by type, then the record's history. Hand-made screens
// reuse it through its slots (a panel above the fields, extra rows after them, a panel below,
// fields left out or rendered their own way) instead of copying the layout.
import type { ReactElement, ReactNode } from "react";
import { Labeled, Show, SimpleShowLayout } from "react-admin";
import { readableFields, type FieldMeta } from "../meta";
import { ValueField } from "../fields/ValueField";
import { fieldLabel } from "../fields/labels";
import { HistorySection } from "./HistorySection";
import { useResourceMeta } from "../MetaContext";
import { RecordActions } from "./RecordActions";

export interface ResourceShowProps {
  /** Record actions not to offer in the toolbar (a panel offers them instead). */
  excludeActions?: string[];
  /** Fields not listed (shown elsewhere on the screen, or internal). */
  hidden?: ReadonlySet<string>;
  /** A field's own rendering; undefined falls back to the generic one. */
  renderField?: (field: FieldMeta) => ReactElement | undefined;
  above?: ReactNode;
  extraRows?: ReactNode;
  below?: ReactNode;
}

export function ResourceShow({ excludeActions, hidden, renderField, above, extraRows, below }: ResourceShowProps = {}) {
  const resource = useResourceMeta();
  return (
    <Show actions={<RecordActions page="show" exclude={excludeActions} />}>
      {above}
      <SimpleShowLayout>
        {readableFields(resource)
          .filter((f) => !hidden?.has(f.name))
          .map((field) => (
            <Labeled key={field.name} label={fieldLabel(field)}>
              {renderField?.(field) ?? <ValueField field={field} />}
            </Labeled>
          ))}
        {extraRows}
      </SimpleShowLayout>
      {below}
      <HistorySection />
    </Show>
  );
}
