"use client";
// A JSON field edited as a form, from the field's description (lib/resources/fields.ts JsonForm):
// rows with one labelled input per property (a verdict's evidence: claim, role, weight), or
// labelled key–value rows (a claim's conditions, with the keys other claims use offered). Records
// are picked by name (ChoicePicker), never typed as ids; nothing is ever shown as JSON.
import { useEffect, useRef, useState } from "react";
import { Autocomplete, Box, Button, FormHelperText, FormLabel, Stack, TextField } from "@mui/material";
import { useInput, useResourceContext, ValidationError, type Validator } from "react-admin";
import type { FormPart, JsonForm } from "@/lib/resources/fields";
import type { FieldMeta } from "../meta";
import { ChoicePicker } from "./ChoicePicker";
import { keysInUse } from "./choices";

type Item = Record<string, unknown>;

/** What the form holds while the rows do not make a valid value yet (a key twice, a value without key). */
class Unfinished {
  constructor(readonly message: string) {}
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

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

function PartInput({
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

/** A problem with one part's value, or null. */
function partProblem(part: FormPart, value: unknown, where: string): string | null {
  const empty = value === undefined || value === null || value === "";
  if ("required" in part && part.required && empty) return `${where}: ${part.label} is required.`;
  if (part.type === "number" && !empty) {
    const n = Number(value);
    if (!Number.isFinite(n)) return `${where}: ${part.label} must be a number.`;
    if (part.min !== undefined && n < part.min) return `${where}: ${part.label} must be at least ${part.min}.`;
    if (part.max !== undefined && n > part.max) return `${where}: ${part.label} must be at most ${part.max}.`;
  }
  return null;
}

function formValidator(form: JsonForm): Validator {
  return (value: unknown) => {
    if (value instanceof Unfinished) return value.message;
    if (form.kind !== "rows" || !Array.isArray(value)) return undefined;
    for (const [index, item] of (value as Item[]).entries()) {
      for (const [name, part] of Object.entries(form.parts)) {
        const problem = partProblem(part, item?.[name], `${capitalize(form.item)} ${index + 1}`);
        if (problem) return problem;
      }
    }
    return undefined;
  };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Stable React keys for rows that can be added and removed. */
function useRowKeys(count: number) {
  const next = useRef(0);
  const keys = useRef<number[]>([]);
  while (keys.current.length < count) keys.current.push(next.current++);
  if (keys.current.length > count) keys.current.length = count;
  return {
    keys: keys.current,
    remove: (index: number) => keys.current.splice(index, 1),
  };
}

function RowsInput({
  form,
  value,
  onChange,
}: {
  form: Extract<JsonForm, { kind: "rows" }>;
  value: unknown;
  onChange: (v: unknown) => void;
}) {
  const items: Item[] = Array.isArray(value) ? (value as Item[]) : [];
  const { keys, remove } = useRowKeys(items.length);
  const referenceParts = Object.entries(form.parts).filter(([, p]) => p.type === "reference");
  const defaults = () =>
    Object.fromEntries(
      Object.entries(form.parts).flatMap(([name, p]) =>
        "default" in p && p.default !== undefined ? [[name, p.default]] : [],
      ),
    );
  return (
    <Stack spacing={1}>
      {items.map((item, index) => (
        <Box
          key={keys[index]}
          role="group"
          aria-label={`${capitalize(form.item)} ${index + 1}`}
          sx={{
            display: "flex",
            flexWrap: "wrap",
            gap: 1,
            alignItems: "flex-start",
            p: 1,
            border: 1,
            borderColor: "divider",
            borderRadius: 1,
          }}
        >
          {Object.entries(form.parts).map(([name, part]) => (
            <Box
              key={name}
              sx={{
                flex:
                  part.type === "reference" || part.type === "string" || part.type === "lines"
                    ? "1 1 240px"
                    : "0 0 auto",
                minWidth: 0,
              }}
            >
              <PartInput
                part={part}
                value={item[name]}
                // Each claim once: a picker does not offer what another row holds.
                exclude={
                  referenceParts.some(([n]) => n === name)
                    ? items.filter((_, i) => i !== index).map((other) => String(other[name] ?? ""))
                    : undefined
                }
                onChange={(v) => onChange(items.map((it, i) => (i === index ? { ...it, [name]: v } : it)))}
              />
            </Box>
          ))}
          <Button
            size="small"
            color="error"
            aria-label={`Remove ${form.item} ${index + 1}`}
            onClick={() => {
              remove(index);
              onChange(items.filter((_, i) => i !== index));
            }}
          >
            Remove
          </Button>
        </Box>
      ))}
      <Box>
        <Button size="small" onClick={() => onChange([...items, defaults()])}>
          Add {form.item}
        </Button>
      </Box>
    </Stack>
  );
}

interface Pair {
  key: string;
  value: unknown;
}

const pairsOf = (value: unknown): Pair[] =>
  value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Unfinished)
    ? Object.entries(value).map(([key, v]) => ({ key, value: v }))
    : [];

/** The object the rows make, or what keeps them from making one. */
function objectOf(pairs: Pair[], keyLabel: string): Record<string, unknown> | Unfinished {
  const out: Record<string, unknown> = {};
  for (const pair of pairs) {
    const key = pair.key.trim();
    if (!key) {
      if (pair.value === "" || pair.value === undefined) continue;
      return new Unfinished(`Every row needs a ${keyLabel.toLowerCase()}.`);
    }
    if (Object.hasOwn(out, key)) return new Unfinished(`"${key}" is there twice.`);
    out[key] = pair.value ?? "";
  }
  return out;
}

function KeyInput({
  form,
  value,
  onChange,
  suggestions,
  exclude,
}: {
  form: Extract<JsonForm, { kind: "keyValues" }>;
  value: string;
  onChange: (v: string) => void;
  suggestions: string[];
  exclude: string[];
}) {
  if (form.key.type === "reference") {
    return (
      <PartInput
        part={form.key}
        value={value}
        onChange={(v) => onChange(typeof v === "string" ? v : "")}
        exclude={exclude}
      />
    );
  }
  return (
    <Autocomplete
      freeSolo
      options={suggestions.filter((s) => !exclude.includes(s))}
      inputValue={value}
      onInputChange={(_event, text) => onChange(text)}
      fullWidth
      renderInput={(params) => <TextField {...params} label={form.key.label} size="small" />}
    />
  );
}

type KeyValuesForm = Extract<JsonForm, { kind: "keyValues" }>;

/** The rows of a key/value field, and the keys other records already use (offered as suggestions). */
function useKeyValueRows(form: KeyValuesForm, source: string, value: unknown, onChange: (v: unknown) => void) {
  const resource = useResourceContext();
  const [pairs, setPairs] = useState<Pair[]>(() => pairsOf(value));
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const { keys, remove } = useRowKeys(pairs.length);
  // A value from outside (the record loaded or reloaded) replaces the rows; the rows' own changes do not.
  useEffect(() => {
    if (value instanceof Unfinished) return;
    if (!same(objectOf(pairs, form.key.label), value ?? {})) setPairs(pairsOf(value));
  }, [value]);
  useEffect(() => {
    if (!form.suggestKeys || !resource) return;
    let live = true;
    keysInUse(resource, source)
      .then((found) => live && setSuggestions(found.map((k) => k.key)))
      .catch(() => live && setSuggestions([]));
    return () => {
      live = false;
    };
  }, [form.suggestKeys, resource, source]);
  const update = (next: Pair[]) => {
    setPairs(next);
    onChange(objectOf(next, form.key.label));
  };
  return { pairs, suggestions, keys, remove, update };
}

function KeyValuesInput({
  form,
  source,
  value,
  onChange,
}: {
  form: KeyValuesForm;
  source: string;
  value: unknown;
  onChange: (v: unknown) => void;
}) {
  const { pairs, suggestions, keys, remove, update } = useKeyValueRows(form, source, value, onChange);
  return (
    <Stack spacing={1}>
      {pairs.map((pair, index) => (
        <Box
          key={keys[index]}
          role="group"
          aria-label={`${form.key.label} ${index + 1}`}
          sx={{ display: "flex", flexWrap: "wrap", gap: 1, alignItems: "flex-start" }}
        >
          <Box sx={{ flex: "1 1 200px", minWidth: 0 }}>
            <KeyInput
              form={form}
              value={pair.key}
              suggestions={suggestions}
              exclude={pairs.filter((_, i) => i !== index).map((p) => p.key)}
              onChange={(key) => update(pairs.map((p, i) => (i === index ? { ...p, key } : p)))}
            />
          </Box>
          <Box sx={{ flex: "1 1 200px", minWidth: 0 }}>
            <PartInput
              part={form.value}
              value={pair.value}
              onChange={(v) => update(pairs.map((p, i) => (i === index ? { ...p, value: v } : p)))}
            />
          </Box>
          <Button
            size="small"
            color="error"
            aria-label={`Remove ${form.key.label.toLowerCase()} ${index + 1}`}
            onClick={() => {
              remove(index);
              update(pairs.filter((_, i) => i !== index));
            }}
          >
            Remove
          </Button>
        </Box>
      ))}
      <Box>
        <Button
          size="small"
          onClick={() =>
            update([
              ...pairs,
              { key: "", value: form.value.type === "enum" ? (form.value.default ?? form.value.choices[0]?.id) : "" },
            ])
          }
        >
          Add {form.key.label.toLowerCase()}
        </Button>
      </Box>
    </Stack>
  );
}

export function StructuredInput({ field, label }: { field: FieldMeta & { form: JsonForm }; label: string }) {
  const form = field.form;
  const { field: input, fieldState } = useInput({ source: field.name, validate: formValidator(form) });
  const error = fieldState.error?.message;
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 2, width: "100%", minWidth: 0 }} aria-label={label}>
      <FormLabel component="legend" sx={{ mb: 1 }}>
        {label}
      </FormLabel>
      {form.kind === "rows" ? (
        <RowsInput form={form} value={input.value} onChange={input.onChange} />
      ) : (
        <KeyValuesInput form={form} source={field.name} value={input.value} onChange={input.onChange} />
      )}
      {(error || field.help) && (
        <FormHelperText error={!!error}>{error ? <ValidationError error={error} /> : field.help}</FormHelperText>
      )}
    </Box>
  );
}
