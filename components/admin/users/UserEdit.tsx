"use client";
// A user's edit screen: the generated form, with the password reset link above it (admins only
// reach users at all: the resource is admin-only on the server and in the meta).
import { ResourceEdit } from "../resource/ResourceEdit";
import { PasswordResetPanel } from "./PasswordResetPanel";

export function UserEdit(props: { id?: string; resource?: string }) {
  return <ResourceEdit {...props} above={<PasswordResetPanel />} />;
}
