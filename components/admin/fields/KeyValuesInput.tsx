"use client";
// A key–value JSON field (a claim's conditions) edited as labelled rows, with the keys other records
// already use offered as suggestions; a key twice or a value without a key is reported, never saved.
import { useEffect, useState } from "react";
import { Autocomplete, Box, Button, Stack, TextField } from "@mui/material";
import { useResourceContext } from "react-admin";
import type { JsonForm } from "@/lib/resources/fields";
import { keysInUse } from "./choices";
import { PartInput, same, Unfinished, useRowKeys } from "./structured-parts";

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

export function KeyValuesInput({
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
