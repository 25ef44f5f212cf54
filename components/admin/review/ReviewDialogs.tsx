"use client";
// The review queue's two dialogs: merging candidates into another claim, and the list of its keys.
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from "@mui/material";
import { ClaimPicker } from "./ClaimPicker";
import { REVIEW_KEYS } from "./keys";

export type MergeTarget = { id: string; statement: string };
export type Merging = { ids: string[]; into: MergeTarget | null };

interface MergeProps {
  merging: Merging | null;
  busy: boolean;
  onChange: (merging: Merging | null) => void;
  onMerge: (ids: string[], into: MergeTarget) => void;
}

export function MergeDialog({ merging, busy, onChange, onMerge }: MergeProps) {
  return (
    <Dialog open={merging !== null} onClose={() => onChange(null)} fullWidth maxWidth="sm">
      <DialogTitle>
        Merge {merging && merging.ids.length > 1 ? `${merging.ids.length} claims` : "this claim"} into another
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          Its quotes move to the claim you pick; it is retracted and points there.
        </Typography>
        {merging && (
          <ClaimPicker value={merging.into} onChange={(into) => onChange({ ...merging, into })} exclude={merging.ids} />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onChange(null)}>Cancel</Button>
        <Button
          variant="contained"
          disabled={!merging?.into || busy}
          onClick={() => {
            const m = merging;
            onChange(null);
            if (m?.into) onMerge(m.ids, m.into);
          }}
        >
          Merge
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export function KeysDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose}>
      <DialogTitle>Review queue keys</DialogTitle>
      <DialogContent>
        <Box component="dl" sx={{ display: "grid", gridTemplateColumns: "auto 1fr", columnGap: 2, rowGap: 0.5, m: 0 }}>
          {REVIEW_KEYS.map((k) => (
            <Box key={k.key} sx={{ display: "contents" }}>
              <Box component="dt">
                <kbd>{k.key}</kbd>
              </Box>
              <Box component="dd" sx={{ m: 0 }}>
                {k.does}
              </Box>
            </Box>
          ))}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
