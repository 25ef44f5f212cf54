"use client";
// A JSON value shown as its form describes it (lib/resources/fields.ts JsonForm): rows as a list,
// key–value pairs as "label: value", linked records by name. Never JSON. Free of react-admin, so the
// history's diffs (which show it too) need no admin context.
import { useEffect, useState } from "react";
import { Box, Typography } from "@mui/material";
import type { FormPart, JsonForm } from "@/lib/resources/fields";
import { choicesFor, type By } from "./choices";

type Names = Map<string, string>;

/** The linked values of one record's JSON field, per (reference, by). */
function linked(form: JsonForm, value: unknown): Map<string, { reference: string; by: By; values: Set<string> }> {
  const out = new Map<string, { reference: string; by: By; values: Set<string> }>();
  const add = (part: FormPart, v: unknown) => {
    if (part.type !== "reference" || typeof v !== "string" || !v) return;
    const by = part.by ?? "id";
    const key = `${part.reference}:${by}`;
    const entry = out.get(key) ?? { reference: part.reference, by, values: new Set<string>() };
    entry.values.add(v);
    out.set(key, entry);
  };
  if (form.kind === "rows" && Array.isArray(value))
    for (const item of value) for (const [name, part] of Object.entries(form.parts)) add(part, item?.[name]);
  if (form.kind === "keyValues" && value && typeof value === "object")
    for (const key of Object.keys(value)) add(form.key, key);
  return out;
}

function useNames(form: JsonForm, value: unknown): Names {
  const [names, setNames] = useState<Names>(new Map());
  const wanted = linked(form, value);
  const signature = JSON.stringify([...wanted.values()].map((w) => [w.reference, w.by, [...w.values]]));
  useEffect(() => {
    let live = true;
    Promise.all(
      [...wanted.values()].map(async (w) =>
        (await choicesFor(w.reference, [...w.values], w.by)).map(
          (c) => [`${w.reference}:${w.by}:${c.value}`, c.title] as const,
        ),
      ),
    )
      .then((found) => live && setNames(new Map(found.flat())))
      .catch(() => live && setNames(new Map()));
    return () => {
      live = false;
    };
  }, [signature]);
  return names;
}

export function partText(part: FormPart, value: unknown, names: Names): string {
  if (value == null || value === "") return "";
  switch (part.type) {
    case "reference":
      return names.get(`${part.reference}:${part.by ?? "id"}:${String(value)}`) ?? String(value);
    case "enum":
      return part.choices.find((c) => c.id === value)?.name ?? String(value);
    case "lines":
      return Array.isArray(value) ? value.join("; ") : String(value);
    case "scalar":
      return typeof value === "boolean" ? (value ? "Yes" : "No") : String(value);
    default:
      return String(value);
  }
}

/** A JSON value as its form describes it, wherever it comes from (a record, a revision's diff). */
export function StructuredLines({ value, form, inList = false }: { value: unknown; form: JsonForm; inList?: boolean }) {
  const names = useNames(form, value);
  const lines =
    form.kind === "keyValues"
      ? Object.entries(value && typeof value === "object" ? value : {}).map(
          ([k, v]) => `${partText(form.key, k, names)}: ${partText(form.value, v, names)}`,
        )
      : (Array.isArray(value) ? value : []).map((item: Record<string, unknown>) =>
          Object.entries(form.parts)
            .map(([name, part]) => {
              const text = partText(part, item?.[name], names);
              return text && part.type !== "reference" && part.type !== "string" ? `${part.label}: ${text}` : text;
            })
            .filter(Boolean)
            .join(" · "),
        );
  if (!lines.length) return <Typography variant="body2">—</Typography>;
  if (inList) return <Typography variant="body2">{lines.join("; ")}</Typography>;
  return (
    <Box component="ul" sx={{ m: 0, pl: 3 }}>
      {lines.map((line, i) => (
        <Typography component="li" variant="body2" key={i}>
          {line}
        </Typography>
      ))}
    </Box>
  );
}
