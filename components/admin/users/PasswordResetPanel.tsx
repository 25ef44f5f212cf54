"use client";
// On a user's page, for admins: issue a one-time password reset link and hand it over (no mail
// server needed). The link is shown once, here; issuing another replaces it.
import { useState } from "react";
import { Alert, Box, Button, Stack, TextField, Typography } from "@mui/material";
import { useDataProvider, useRecordContext } from "react-admin";
import type { IssuedResetLink } from "@/lib/auth/password-reset";
import type { StackVerdictDataProvider } from "../data-provider";
import { localMoment } from "../history/when";

export function PasswordResetPanel() {
  const record = useRecordContext();
  const dataProvider = useDataProvider<StackVerdictDataProvider>();
  const [issued, setIssued] = useState<IssuedResetLink | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [copied, setCopied] = useState(false);
  if (!record) return null;
  const url = issued ? `${window.location.origin}${issued.path}` : "";

  const issue = async () => {
    setPending(true);
    setError(null);
    setCopied(false);
    try {
      setIssued((await dataProvider.issueResetLink(record.id)).data);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setPending(false);
    }
  };
  const copy = async () => {
    await navigator.clipboard?.writeText(url);
    setCopied(true);
  };

  return (
    <Box
      component="section"
      aria-label="Password reset"
      sx={{ m: 2, p: 2, border: "1px solid #e0e0e0", borderRadius: 1 }}
    >
      <Typography variant="subtitle1">Password reset</Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        A one-time link that lets {String(record.name ?? "this user")} set a new password. It works once, for one hour,
        and signs them out everywhere.
      </Typography>
      {error && (
        <Alert severity="error" role="alert" sx={{ my: 1 }}>
          {error}
        </Alert>
      )}
      {issued ? (
        <Stack spacing={1} sx={{ mt: 1 }}>
          <TextField
            label="Reset link"
            value={url}
            size="small"
            fullWidth
            slotProps={{ htmlInput: { readOnly: true } }}
            onFocus={(e) => e.target.select()}
          />
          <Typography variant="body2">
            Valid until <time dateTime={issued.expiresAt}>{localMoment(issued.expiresAt)}</time>. Send it to them
            yourself; it is not shown again.
          </Typography>
          <Stack direction="row" spacing={1}>
            <Button variant="outlined" onClick={copy}>
              {copied ? "Copied" : "Copy link"}
            </Button>
            <Button onClick={issue} disabled={pending}>
              Issue another (replaces this one)
            </Button>
          </Stack>
        </Stack>
      ) : (
        <Button variant="outlined" onClick={issue} disabled={pending || record.active === false}>
          {pending ? "Issuing…" : "Issue a password reset link"}
        </Button>
      )}
      {record.active === false && (
        <Typography variant="body2" color="text.secondary">
          Reactivate this user first.
        </Typography>
      )}
    </Box>
  );
}
