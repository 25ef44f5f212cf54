"use client";
// Field type -> display component, for list cells and show pages. One map for every resource.
import {
  BooleanField, ChipField, DateField, EmailField, FunctionField, NumberField, ReferenceArrayField, ReferenceField,
  SelectField, SingleFieldList, TextField, UrlField,
} from "react-admin";
import { useCanRead, useTitleField } from "../MetaContext";
import type { FieldMeta } from "../meta";
import { choicesOf } from "./labels";

const truncate = (value: unknown, max: number) => {
  const text = typeof value === "string" ? value : value == null ? "" : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

export function ValueField({ field, inList = false }: { field: FieldMeta; inList?: boolean }) {
  const target = field.type === "reference" || field.type === "references" ? field.reference : "";
  const readable = useCanRead(target);
  const title = useTitleField(target);
  const source = field.name;
  switch (field.type) {
    case "boolean":
      return <BooleanField source={source} />;
    case "number":
      return <NumberField source={source} />;
    case "date":
      return <DateField source={source} />;
    case "datetime":
      return <DateField source={source} showTime />;
    case "enum":
      return <SelectField source={source} choices={choicesOf(field)} />;
    case "url":
      return <UrlField source={source} target="_blank" rel="noreferrer" />;
    case "email":
      return <EmailField source={source} />;
    case "reference":
      return readable ? <ReferenceField source={source} reference={field.reference} link={inList ? false : "edit"} /> : <TextField source={source} />;
    case "references":
      return readable ? (
        <ReferenceArrayField source={source} reference={field.reference}>
          <SingleFieldList linkType={false}>
            <ChipField source={title} size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
      ) : (
        <FunctionField source={source} render={(r: Record<string, unknown>) => truncate(r[source], 80)} />
      );
    case "tags":
      return <FunctionField source={source} render={(r: Record<string, unknown>) => ((r[source] as string[] | null) ?? []).join(", ")} />;
    case "json":
      return inList ? (
        <FunctionField source={source} render={(r: Record<string, unknown>) => truncate(r[source], 60)} />
      ) : (
        <FunctionField
          source={source}
          render={(r: Record<string, unknown>) => <pre style={{ margin: 0, whiteSpace: "pre-wrap" }}>{JSON.stringify(r[source], null, 2)}</pre>}
        />
      );
    case "text":
      return inList ? <FunctionField source={source} render={(r: Record<string, unknown>) => truncate(r[source], 120)} /> : <TextField source={source} sx={{ whiteSpace: "pre-wrap" }} />;
    default:
      return <TextField source={source} />;
  }
}
