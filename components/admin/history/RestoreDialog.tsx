"use client";
// "Restore this version?": what restoring would change (now → after), with the public consequence
// called out, for the whole version or for one field of it. Each choice is previewed by the server
// (GET …/revert?revisionId=[&field=], nothing written) before the editor confirms.
import { useEffect, useState } from "react";
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  TextField,
  Typography,
} from "@mui/material";
import type { ReferenceNames, RestorePreview } from "@/lib/revisions/readable";
import type { FieldMeta } from "../meta";
import { fieldLabel } from "../fields/labels";
import { getJson } from "../review/fetch-json";
import { FieldDiff, type RenderReference } from "./FieldDiff";

export interface RestoreRequest {
  revisionId: string;
  entryLabel: string;
}

interface Props {
  /** The record's admin API path (`/api/admin/claims/<id>`). */
  base: string;
  request: RestoreRequest | null;
  fields: FieldMeta[];
  renderNames: (names: ReferenceNames) => RenderReference;
  onCancel: () => void;
  onRestore: (preview: RestorePreview, fields: string[] | undefined) => void;
  onError: (message: string) => void;
}

const EVERY_FIELD = "";

export function RestoreDialog({ base, request, fields, renderNames, onCancel, onRestore, onError }: Props) {
  const [whole, setWhole] = useState<RestorePreview | null>(null);
  const [field, setField] = useState(EVERY_FIELD);
  const [preview, setPreview] = useState<RestorePreview | null>(null);

  const previewOf = (revisionId: string, only: string) =>
    getJson<{ data: RestorePreview }>(
      `${base}/revert?revisionId=${encodeURIComponent(revisionId)}${only ? `&field=${encodeURIComponent(only)}` : ""}`,
    ).then((r) => r.data);

  // A new version asked for: start again from "every field".
  useEffect(() => {
    setWhole(null);
    setPreview(null);
    setField(EVERY_FIELD);
    if (!request) return;
    let live = true;
    previewOf(request.revisionId, EVERY_FIELD).then(
      (data) => live && (setWhole(data), setPreview(data)),
      (e: unknown) => live && onError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new request starts over
  }, [request?.revisionId, base]);

  const pick = async (only: string) => {
    setField(only);
    if (!request || !whole) return;
    if (only === EVERY_FIELD) return setPreview(whole);
    setPreview(null);
    try {
      setPreview(await previewOf(request.revisionId, only));
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    }
  };

  // Only the fields this version would change can be restored one by one.
  const changed = whole ? fields.filter((f) => f.name in whole.changes) : [];
  const nothingToDo = preview && Object.keys(preview.changes).length === 0;
  return (
    <Dialog open={request !== null} onClose={onCancel} fullWidth maxWidth="md" aria-labelledby="restore-title">
      <DialogTitle id="restore-title">Restore this version?</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {request?.entryLabel}. Restoring records a new revision; nothing is lost.
        </Typography>
        {changed.length > 1 && <FieldPicker value={field} changed={changed} onPick={pick} />}
        {!preview && <Typography>Comparing with the record as it is now…</Typography>}
        {preview?.consequences.map((c) => (
          <Alert key={c} severity="warning" sx={{ my: 1 }}>
            {c}
          </Alert>
        ))}
        {preview &&
          (nothingToDo ? (
            <Typography>This version is the same as the record now: restoring it would change nothing.</Typography>
          ) : (
            <>
              <Typography variant="subtitle2" sx={{ mt: 1 }}>
                What will change (now → after restoring)
              </Typography>
              <FieldDiff changes={preview.changes} fields={fields} renderReference={renderNames(preview.names)} />
            </>
          ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button
          variant="contained"
          color={preview?.consequences.length ? "warning" : "primary"}
          disabled={!preview || Boolean(nothingToDo)}
          onClick={() => preview && onRestore(preview, field === EVERY_FIELD ? undefined : [field])}
        >
          {field === EVERY_FIELD ? "Restore" : `Restore ${fieldLabel(fields.find((f) => f.name === field)!)}`}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** Which fields to restore: every one that differs, or only one of them. */
function FieldPicker({
  value,
  changed,
  onPick,
}: {
  value: string;
  changed: Props["fields"];
  onPick: (only: string) => void;
}) {
  return (
    <TextField
      select
      size="small"
      label="What to restore"
      value={value}
      onChange={(e) => onPick(e.target.value)}
      // "Every field" is the empty value: shown, not left as a blank box under the label.
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      sx={{ my: 1, minWidth: { sm: 260 } }}
    >
      <MenuItem value={EVERY_FIELD}>Every field that differs ({changed.length})</MenuItem>
      {changed.map((f) => (
        <MenuItem key={f.name} value={f.name}>
          Only {fieldLabel(f)}
        </MenuItem>
      ))}
    </TextField>
  );
}
