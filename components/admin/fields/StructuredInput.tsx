"use client";
// A JSON field edited as a form, from the field's description (lib/resources/fields.ts JsonForm):
// rows with one labelled input per property (a verdict's evidence: claim, role, weight), or
// labelled key–value rows (a claim's conditions, with the keys other claims use offered). Records
// are picked by name (ChoicePicker), never typed as ids; nothing is ever shown as JSON.
import { Box, Button, FormHelperText, FormLabel, Stack } from "@mui/material";
import { useInput, ValidationError, type Validator } from "react-admin";
import type { FormPart, JsonForm } from "@/lib/resources/fields";
import type { FieldMeta } from "../meta";
import { KeyValuesInput } from "./KeyValuesInput";
import { PartInput, Unfinished, useRowKeys, type Item } from "./structured-parts";

export { scalarOf } from "./structured-parts";

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
