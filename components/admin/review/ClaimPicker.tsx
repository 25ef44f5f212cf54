"use client";
// Picks the claim to merge into by searching statements (not by typing an id).
import { useEffect, useState } from "react";
import { Autocomplete, TextField } from "@mui/material";
import { getJson } from "./fetch-json";

type Option = { id: string; statement: string };

export function ClaimPicker({
  value,
  onChange,
  exclude,
}: {
  value: Option | null;
  onChange: (o: Option | null) => void;
  exclude: string[];
}) {
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<Option[]>([]);
  useEffect(() => {
    const handle = setTimeout(() => {
      const filter = encodeURIComponent(JSON.stringify({ q: query }));
      getJson<{ data: Option[] }>(`/api/admin/claims?perPage=20&filter=${filter}`)
        .then((res) => setOptions(res.data.filter((o) => !exclude.includes(o.id))))
        .catch(() => setOptions([]));
    }, 250);
    return () => clearTimeout(handle);
  }, [query, exclude]);
  return (
    <Autocomplete
      sx={{ minWidth: 320 }}
      size="small"
      options={options}
      value={value}
      onChange={(_e, o) => onChange(o)}
      onInputChange={(_e, text) => setQuery(text)}
      getOptionLabel={(o) => o.statement}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(x) => x}
      renderInput={(params) => <TextField {...params} label="Merge into claim" />}
    />
  );
}
