"use client";
// One revision's changes, field by field: before -> after. Prose is diffed word by word; a choice
// shows its label ("In review"), a date the reader's local date, a link the record's name;
// structured values as their form reads them (other JSON pretty-printed), empty values said so.
import { Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import type { FieldMeta } from "../meta";
import { choiceLabel, fieldLabel } from "../fields/labels";
import { StructuredLines } from "../fields/StructuredLines";
import { localDay, localMoment } from "./when";
import { diffWords, type DiffPart } from "./text-diff";

export type Changes = Record<string, { before: unknown; after: unknown }>;

const EMPTY = <em style={{ color: "#777" }}>(empty)</em>;

const isEmptyStructure = (value: unknown) =>
  Array.isArray(value)
    ? value.length === 0
    : typeof value === "object" && value !== null && Object.keys(value).length === 0;

function Value({ value }: { value: unknown }) {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (typeof value === "object")
    return <pre style={{ margin: 0, whiteSpace: "pre-wrap", fontSize: 12 }}>{JSON.stringify(value, null, 2)}</pre>;
  return <span style={{ whiteSpace: "pre-wrap" }}>{String(value)}</span>;
}

function StringChange({ parts }: { parts: DiffPart[] }) {
  return (
    <span style={{ whiteSpace: "pre-wrap" }} data-testid="text-diff">
      {parts.map((part, index) =>
        part.kind === "same" ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === "removed" ? (
          <del key={index} style={{ background: "#fde2e1", color: "#8a1c12" }}>
            {part.text}
          </del>
        ) : (
          <ins key={index} style={{ background: "#dff5e1", color: "#14532d", textDecoration: "none" }}>
            {part.text}
          </ins>
        ),
      )}
    </span>
  );
}

/** Renders reference ids readably (injected so the diff itself stays a plain component). */
export type RenderReference = (resource: string, ids: string[]) => React.ReactNode;

function FieldValue({
  name,
  value,
  field,
  renderReference,
}: {
  name: string;
  value: unknown;
  field?: FieldMeta;
  renderReference?: RenderReference;
}) {
  const isRef = field && (field.type === "reference" || field.type === "references");
  if (isRef && renderReference && value != null) {
    const ids = Array.isArray(value) ? value.map(String) : [String(value)];
    return <>{renderReference(field.reference, ids)}</>;
  }
  if (typeof value === "string" && value) {
    if (field?.type === "enum") return <span>{choiceLabel(value)}</span>;
    if (field?.type === "datetime" || name === "deletedAt") return <span>{localMoment(value)}</span>;
    if (field?.type === "date") return <span>{localDay(value)}</span>;
  }
  if (typeof value === "boolean") return <span>{value ? "Yes" : "No"}</span>;
  // A JSON field with a form reads as it does on the record's page ("Workers: 4", "Django: Neutral"), never as JSON.
  if (field?.type === "json" && field.form && value != null)
    return isEmptyStructure(value) ? EMPTY : <StructuredLines value={value} form={field.form} />;
  return <Value value={value} />;
}

/** Prose worth a word diff: free text of more than one word on either side. */
const isProse = (field: FieldMeta | undefined, before: unknown, after: unknown): before is string =>
  typeof before === "string" &&
  typeof after === "string" &&
  (!field || field.type === "string" || field.type === "text") &&
  /\s/.test(before + after);

export function FieldDiff({
  changes,
  fields = [],
  renderReference,
}: {
  changes: Changes;
  fields?: FieldMeta[];
  renderReference?: RenderReference;
}) {
  // Internal bookkeeping (ids, normalized search text) is not what an editor changed.
  const known = new Set([...fields.map((f) => f.name), "deletedAt"]);
  const names = Object.keys(changes).filter((name) => name !== "id" && (fields.length === 0 || known.has(name)));
  if (names.length === 0) return <p style={{ margin: 0 }}>No field changed.</p>;
  const labelOf = (name: string) => {
    const field = fields.find((f) => f.name === name);
    return field ? fieldLabel(field) : name === "deletedAt" ? "In trash since" : name;
  };
  return (
    <Table size="small" aria-label="Changes">
      <TableHead>
        <TableRow>
          <TableCell component="th">Field</TableCell>
          <TableCell component="th">Before</TableCell>
          <TableCell component="th">After</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {names.map((name) => {
          const { before, after } = changes[name];
          const field = fields.find((f) => f.name === name);
          const parts = isProse(field, before, after) ? diffWords(before, after as string) : null;
          return (
            <TableRow key={name}>
              <TableCell component="th" scope="row">
                {labelOf(name)}
              </TableCell>
              {parts ? (
                <TableCell colSpan={2}>
                  <StringChange parts={parts} />
                </TableCell>
              ) : (
                <>
                  <TableCell>
                    <FieldValue name={name} value={before} field={field} renderReference={renderReference} />
                  </TableCell>
                  <TableCell>
                    <FieldValue name={name} value={after} field={field} renderReference={renderReference} />
                  </TableCell>
                </>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
