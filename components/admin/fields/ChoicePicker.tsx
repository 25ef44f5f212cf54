"use client";
// Picks one record by typing part of its name: each option shows the name and what tells it apart
// (a claim's status and source), and the form stores its id or slug. A value held already is shown
// by name; one that names nothing (an old free-text slug) is shown as it is.
import { useEffect, useState } from "react";
import { Autocomplete, Box, TextField, Typography } from "@mui/material";
import { choicesFor, searchChoices, type By, type Choice } from "./choices";

interface Props {
  reference: string;
  by?: By;
  value: string | null;
  onChange: (value: string | null) => void;
  label: string;
  required?: boolean;
  error?: string;
  /** Values not to offer (already picked in another row). */
  exclude?: readonly string[];
}

const bare = (value: string): Choice => ({ id: value, value, title: value, detail: [] });

export function ChoicePicker({ reference, by = "id", value, onChange, label, required, error, exclude = [] }: Props) {
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<Choice[]>([]);
  const [selected, setSelected] = useState<Choice | null>(value ? bare(value) : null);
  const [failure, setFailure] = useState<string | null>(null);
  // Searched only while the list is open: a form with thirty rows asks nothing until one is used.
  const [open, setOpen] = useState(false);

  // The held value by name (once per value, not per keystroke).
  useEffect(() => {
    if (!value) return setSelected(null);
    if (selected?.value === value && selected.title !== value) return;
    let live = true;
    choicesFor(reference, [value], by)
      .then((found) => live && setSelected(found[0] ?? bare(value)))
      .catch(() => live && setSelected(bare(value)));
    return () => {
      live = false;
    };
  }, [reference, by, value]);

  useEffect(() => {
    if (!open) return;
    let live = true;
    const handle = setTimeout(() => {
      searchChoices(reference, query, by)
        .then((found) => {
          if (!live) return;
          setFailure(null);
          setOptions(found);
        })
        .catch((e: unknown) => live && setFailure(e instanceof Error ? e.message : String(e)));
    }, 200);
    return () => {
      live = false;
      clearTimeout(handle);
    };
  }, [reference, by, query, open]);

  const offered = options.filter((o) => o.value === value || !exclude.includes(o.value));
  return (
    <Autocomplete
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={selected && !offered.some((o) => o.value === selected.value) ? [selected, ...offered] : offered}
      value={selected}
      onChange={(_event, choice) => {
        setSelected(choice);
        onChange(choice?.value ?? null);
      }}
      onInputChange={(_event, text, reason) => reason === "input" && setQuery(text)}
      getOptionLabel={(o) => o.title}
      isOptionEqualToValue={(a, b) => a.value === b.value}
      filterOptions={(x) => x}
      fullWidth
      renderOption={({ key, ...props }, option) => (
        <Box component="li" key={key} {...props} sx={{ display: "block !important" }}>
          <Typography variant="body2">{option.title}</Typography>
          {option.detail.length > 0 && (
            <Typography variant="caption" color="text.secondary">
              {option.detail.join(" · ")}
            </Typography>
          )}
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          // The asterisk only: the form's own validation says what is missing (no browser bubble).
          slotProps={{ ...params.slotProps, inputLabel: { ...params.slotProps.inputLabel, required } }}
          error={!!error || !!failure}
          helperText={error ?? failure ?? (selected?.detail.length ? selected.detail.join(" · ") : undefined)}
          size="small"
        />
      )}
    />
  );
}
