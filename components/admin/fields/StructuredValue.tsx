"use client";
// A record's JSON field on its page or in a list, as its form describes it (StructuredLines).
import { useRecordContext } from "react-admin";
import type { JsonForm } from "@/lib/resources/fields";
import { StructuredLines } from "./StructuredLines";

/** A record's JSON field, read from the record in context. */
export function StructuredValue({
  source,
  form,
  inList = false,
}: {
  source: string;
  form: JsonForm;
  inList?: boolean;
}) {
  const record = useRecordContext();
  return <StructuredLines value={record?.[source]} form={form} inList={inList} />;
}
