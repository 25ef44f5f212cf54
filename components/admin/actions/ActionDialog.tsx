"use client";
// Runs a resource action (claims: change status, merge; contradictions: resolve; verdicts:
// publish…) on one or many records, asking for the action's input first: its form is generated from
// the input's JSON Schema in the admin meta (./ActionInputs.tsx); an action without input is a
// plain confirmation.
import { useState } from "react";
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from "@mui/material";
import { Button, Form, SaveButton, useDataProvider, useNotify, useRefresh, type Identifier } from "react-admin";
import type { StackVerdictDataProvider } from "../data-provider";
import type { ActionMeta, ResourceMeta } from "../meta";
import { ActionInputs } from "./ActionInputs";

interface Props {
  resource: ResourceMeta;
  action: Pick<ActionMeta, "name" | "label" | "input">;
  ids: Identifier[];
  /** For a single record: the version the editor saw (a stale one gets a 409). */
  versions?: Record<string, number>;
  onDone?: () => void;
}

export function ActionButton({ resource, action, ids, versions, onDone }: Props) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dataProvider = useDataProvider<StackVerdictDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();

  const run = async (data: Record<string, unknown>) => {
    setError(null);
    try {
      await dataProvider.bulkAction(resource.name, { action: action.name, ids, data, versions });
      notify(`${action.label}: done for ${ids.length} record${ids.length === 1 ? "" : "s"}.`, { type: "success" });
      setOpen(false);
      refresh();
      onDone?.();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <>
      <Button label={action.label} onClick={() => setOpen(true)} />
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        fullWidth
        maxWidth="sm"
        aria-labelledby={`action-${action.name}`}
      >
        <DialogTitle id={`action-${action.name}`}>{action.label}</DialogTitle>
        <Form onSubmit={run} record={{}}>
          <DialogContent>
            <Typography variant="body2" gutterBottom>
              {ids.length === 1 ? "Applies to this record." : `Applies to ${ids.length} selected records.`}
            </Typography>
            <ActionInputs schema={action.input} />
            {error && (
              <Typography role="alert" color="error" variant="body2">
                {error}
              </Typography>
            )}
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setOpen(false)}>Cancel</MuiButton>
            {/* Always enabled: an action whose inputs are all optional (publish the proposal) must run untouched; required inputs are still validated on submit. */}
            <SaveButton label={action.label} icon={<span />} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
