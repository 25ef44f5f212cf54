"use client";
// Field type -> display component, for list cells and show pages. One map for every resource.
import {
  BooleanField,
  ChipField,
  EmailField,
  FunctionField,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  SelectField,
  SingleFieldList,
  TextField,
  UrlField,
} from "react-admin";
import { useCanRead, useTitleField } from "../MetaContext";
import type { FieldMeta } from "../meta";
import { choicesOf } from "./labels";
import { StructuredValue } from "./StructuredValue";
import { localDay, localMoment } from "../history/when";

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
    // Dates as the public site writes them ("3 Dec 2026", "3 Dec 2026, 20:40"), not the browser's default.
    case "date":
      return (
        <FunctionField
          source={source}
          render={(r: Record<string, unknown>) => (typeof r[source] === "string" ? localDay(r[source] as string) : "")}
        />
      );
    case "datetime":
      return (
        <FunctionField
          source={source}
          render={(r: Record<string, unknown>) =>
            typeof r[source] === "string" ? localMoment(r[source] as string) : ""
          }
        />
      );
    case "enum":
      return <SelectField source={source} choices={choicesOf(field)} />;
    case "url":
      return <UrlField source={source} target="_blank" rel="noreferrer" />;
    case "email":
      return <EmailField source={source} />;
    case "reference":
      return readable ? (
        <ReferenceField source={source} reference={field.reference} link={inList ? false : "edit"} />
      ) : (
        <TextField source={source} />
      );
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
    case "tags": {
      // Shared tags (decision drivers) by their labels, not their keys.
      const labelOf = (tag: string) => field.suggestions?.find((s) => s.id === tag)?.name ?? tag;
      return (
        <FunctionField
          source={source}
          render={(r: Record<string, unknown>) => ((r[source] as string[] | null) ?? []).map(labelOf).join(", ")}
        />
      );
    }
    case "json":
      if (field.form) return <StructuredValue source={source} form={field.form} inList={inList} />;
      return inList ? (
        <FunctionField source={source} render={(r: Record<string, unknown>) => truncate(r[source], 60)} />
      ) : (
        <FunctionField
          source={source}
          render={(r: Record<string, unknown>) => (
            <pre style={{ margin: 0, whiteSpace: "pre-wrap" }}>{JSON.stringify(r[source], null, 2)}</pre>
          )}
        />
      );
    case "text":
      return inList ? (
        <FunctionField source={source} render={(r: Record<string, unknown>) => truncate(r[source], 120)} />
      ) : (
        <TextField source={source} sx={{ whiteSpace: "pre-wrap" }} />
      );
    default:
      return <TextField source={source} />;
  }
}
