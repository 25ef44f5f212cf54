"use client";
// One revision's changes, field by field: before -> after. Strings are diffed word by word,
// structured values pretty-printed, empty values said so.
import { Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import type { FieldMeta } from "../meta";
import { fieldLabel } from "../fields/labels";
import { diffWords, type DiffPart } from "./text-diff";

export type Changes = Record<string, { before: unknown; after: unknown }>;

const EMPTY = <em style={{ color: "#777" }}>(empty)</em>;

function Value({ value }: { value: unknown }) {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (typeof value === "object") return <pre style={{ margin: 0, whiteSpace: "pre-wrap", fontSize: 12 }}>{JSON.stringify(value, null, 2)}</pre>;
  return <span style={{ whiteSpace: "pre-wrap" }}>{String(value)}</span>;
}

function StringChange({ parts }: { parts: DiffPart[] }) {
  return (
    <span style={{ whiteSpace: "pre-wrap" }} data-testid="text-diff">
      {parts.map((part, index) =>
        part.kind === "same" ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === "removed" ? (
          <del key={index} style={{ background: "#fde2e1", color: "#8a1c12" }}>{part.text}</del>
        ) : (
          <ins key={index} style={{ background: "#dff5e1", color: "#14532d", textDecoration: "none" }}>{part.text}</ins>
        ),
      )}
    </span>
  );
}

/** Renders reference ids readably (injected so the diff itself stays a plain component). */
export type RenderReference = (resource: string, ids: string[]) => React.ReactNode;

function FieldValue({ value, field, renderReference }: { value: unknown; field?: FieldMeta; renderReference?: RenderReference }) {
  const isRef = field && (field.type === "reference" || field.type === "references");
  if (isRef && renderReference && value != null) {
    const ids = Array.isArray(value) ? value.map(String) : [String(value)];
    return <>{renderReference(field.reference, ids)}</>;
  }
  return <Value value={value} />;
}

export function FieldDiff({ changes, fields = [], renderReference }: { changes: Changes; fields?: FieldMeta[]; renderReference?: RenderReference }) {
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
          const parts = typeof before === "string" && typeof after === "string" ? diffWords(before, after) : null;
          return (
            <TableRow key={name}>
              <TableCell component="th" scope="row">{labelOf(name)}</TableCell>
              {parts ? (
                <TableCell colSpan={2}><StringChange parts={parts} /></TableCell>
              ) : (
                <>
                  <TableCell><FieldValue value={before} field={fields.find((f) => f.name === name)} renderReference={renderReference} /></TableCell>
                  <TableCell><FieldValue value={after} field={fields.find((f) => f.name === name)} renderReference={renderReference} /></TableCell>
                </>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
