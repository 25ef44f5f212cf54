"use client";
// "Saved filters" on a list's toolbar: the user's own named filters for this list (kept on the
// server, so they follow the user to any browser), applied in one click; the current filter saved
// under a name; a saved one deleted.
import { useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  ListItemText,
  Menu,
  MenuItem,
  TextField,
} from "@mui/material";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useDataProvider, useListContext, useNotify } from "react-admin";
import type { StackVerdictDataProvider } from "../data-provider";

export function SavedFilters({ resource }: { resource: string }) {
  const dataProvider = useDataProvider<StackVerdictDataProvider>();
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState("");
  const key = ["savedFilters", resource];
  const saved = useQuery({ queryKey: key, queryFn: () => dataProvider.savedFilters(resource).then((r) => r.data) });
  const reload = () => queryClient.invalidateQueries({ queryKey: key });
  const failed = (e: unknown) => notify(e instanceof Error ? e.message : String(e), { type: "error" });
  const hasFilter = Object.keys(filterValues ?? {}).length > 0;

  const save = async () => {
    try {
      await dataProvider.saveFilter(resource, { name: name.trim(), filter: filterValues });
      setNaming(false);
      setName("");
      notify("Filter saved.", { type: "success" });
      await reload();
    } catch (e) {
      failed(e);
    }
  };
  const remove = async (id: string) => {
    try {
      await dataProvider.deleteSavedFilter(id);
      await reload();
    } catch (e) {
      failed(e);
    }
  };

  return (
    <>
      <Button size="small" aria-haspopup="menu" onClick={(e) => setAnchor(e.currentTarget)}>
        Saved filters
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {(saved.data ?? []).map((f) => (
          <MenuItem key={f.id} onClick={() => (setFilters(f.filter, displayedFilters), setAnchor(null))}>
            <ListItemText>{f.name}</ListItemText>
            <IconButton
              size="small"
              aria-label={`Delete saved filter ${f.name}`}
              onClick={(e) => (e.stopPropagation(), remove(f.id))}
              sx={{ ml: 1 }}
            >
              ×
            </IconButton>
          </MenuItem>
        ))}
        {saved.data?.length === 0 && <MenuItem disabled>No saved filters yet</MenuItem>}
        <MenuItem disabled={!hasFilter} onClick={() => (setNaming(true), setAnchor(null))}>
          Save the current filter…
        </MenuItem>
      </Menu>
      <Dialog open={naming} onClose={() => setNaming(false)} aria-labelledby="save-filter-title">
        <DialogTitle id="save-filter-title">Save this filter</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            label="Name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            fullWidth
            size="small"
            sx={{ mt: 1 }}
            helperText="Saving under a name you used replaces that filter."
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setNaming(false)}>Cancel</Button>
          <Button variant="contained" disabled={!name.trim()} onClick={save}>
            Save
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
