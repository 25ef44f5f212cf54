"use client";
// A JSON textarea: the editor types JSON; the form holds the parsed value once it is valid, and
// the text stays exactly as typed while it is not (so nothing jumps under the cursor).
import { useEffect, useRef, useState } from "react";
import { TextField } from "@mui/material";
import { useInput, ValidationError, type Validator } from "react-admin";

/** Marks text that is not (yet) valid JSON, so validation can refuse it. */
class InvalidJson {
  constructor(readonly text: string) {}
}

const validJson: Validator = (value) => (value instanceof InvalidJson ? "This is not valid JSON." : undefined);

export function JsonInput({ source, label, helperText }: { source: string; label: string; helperText?: string }) {
  const { field, fieldState } = useInput({ source, validate: validJson });
  const pretty = (value: unknown) =>
    value instanceof InvalidJson ? value.text : value == null || value === "" ? "" : JSON.stringify(value, null, 2);
  const [text, setText] = useState(() => pretty(field.value));
  const typed = useRef(false);
  // A record (re)loaded from the server replaces the text; the editor's own typing does not.
  useEffect(() => {
    if (!typed.current) setText(pretty(field.value));
    typed.current = false;
  }, [field.value]);
  return (
    <TextField
      label={label}
      value={text}
      multiline
      minRows={3}
      fullWidth
      onBlur={field.onBlur}
      onChange={(event) => {
        const next = event.target.value;
        typed.current = true;
        setText(next);
        if (!next.trim()) return field.onChange(null);
        try {
          field.onChange(JSON.parse(next));
        } catch {
          field.onChange(new InvalidJson(next));
        }
      }}
      error={!!fieldState.error}
      helperText={fieldState.error?.message ? <ValidationError error={fieldState.error.message} /> : helperText}
      slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: "monospace" } } }}
    />
  );
}
