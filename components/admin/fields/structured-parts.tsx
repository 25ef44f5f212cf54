"use client";
// The pieces every structured JSON field is built from: one input per described part (text, number,
// choice, or a record picked by name), typed values, and stable React keys for rows that come and go.
import { useEffect, useRef, useState } from "react";
import { TextField } from "@mui/material";
import type { FormPart } from "@/lib/resources/fields";
import { ChoicePicker } from "./ChoicePicker";

export type Item = Record<string, unknown>;

/** What the form holds while the rows do not make a valid value yet (a key twice, a value without key). */
export class Unfinished {
  constructor(readonly message: string) {}
}

export const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** A typed value: plain numbers and true/false as such, anything else as text. */
export function scalarOf(text: string): string | number | boolean {
  const trimmed = text.trim();
  if (/^-?\d{1,15}(\.\d{1,15})?$/.test(trimmed)) return Number(trimmed);
  if (trimmed === "true" || trimmed === "false") return trimmed === "true";
  return trimmed;
}

function formatPart(part: FormPart, value: unknown): string {
  if (value == null) return "";
  if (part.type === "lines") return Array.isArray(value) ? value.join("\n") : String(value);
  return String(value);
}

function parsePart(part: FormPart, text: string): unknown {
  switch (part.type) {
    case "number":
      return text.trim() === "" ? undefined : Number(text);
    case "lines":
      return text
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
    case "scalar":
      return scalarOf(text);
    default:
      return text.trim() === "" ? undefined : text;
  }
}

/** A text box whose text stays as typed ("0." on the way to "0.5") while the form gets the parsed value. */
function PartText({
  part,
  value,
  onChange,
  label,
}: {
  part: FormPart;
  value: unknown;
  onChange: (v: unknown) => void;
  label: string;
}) {
  const [text, setText] = useState(() => formatPart(part, value));
  // A value changed from outside (the record reloaded) replaces the text.
  useEffect(() => {
    if (!same(parsePart(part, text), value)) setText(formatPart(part, value));
  }, [value]);
  const multiline = part.type === "lines";
  return (
    <TextField
      label={label}
      value={text}
      size="small"
      fullWidth={part.type !== "number"}
      multiline={multiline}
      minRows={multiline ? 2 : undefined}
      type={part.type === "number" ? "number" : "text"}
      helperText={multiline ? "One per line." : undefined}
      // The asterisk only: the form's own validation says what is missing (no browser bubble).
      slotProps={{
        inputLabel: { required: "required" in part && part.required },
        htmlInput: part.type === "number" ? { min: part.min, max: part.max, step: "any" } : undefined,
      }}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parsePart(part, event.target.value));
      }}
    />
  );
}

export function PartInput({
  part,
  value,
  onChange,
  label = part.label,
  exclude,
}: {
  part: FormPart;
  value: unknown;
  onChange: (v: unknown) => void;
  label?: string;
  exclude?: string[];
}) {
  if (part.type === "reference") {
    return (
      <ChoicePicker
        reference={part.reference}
        by={part.by}
        value={typeof value === "string" && value ? value : null}
        onChange={(v) => onChange(v ?? undefined)}
        label={label}
        required={part.required}
        exclude={exclude}
      />
    );
  }
  if (part.type === "enum") {
    return (
      <TextField
        select
        label={label}
        size="small"
        value={typeof value === "string" ? value : (part.default ?? "")}
        onChange={(event) => onChange(event.target.value)}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        sx={{ minWidth: 140 }}
      >
        {part.choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </TextField>
    );
  }
  return <PartText part={part} value={value} onChange={onChange} label={label} />;
}

/** Stable React keys for rows that can be added and removed. */
export function useRowKeys(count: number) {
  const next = useRef(0);
  const keys = useRef<number[]>([]);
  while (keys.current.length < count) keys.current.push(next.current++);
  if (keys.current.length > count) keys.current.length = count;
  return {
    keys: keys.current,
    remove: (index: number) => keys.current.splice(index, 1),
  };
}
