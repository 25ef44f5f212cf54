import type { Role } from "@/lib/auth/roles";
import type { AccessRules } from "./define";

export const ADMIN_ONLY: readonly Role[] = ["ADMIN"];
export const STAFF: readonly Role[] = ["ADMIN", "EDITOR"];
export const EVERYONE: readonly Role[] = ["ADMIN", "EDITOR", "CONTRIBUTOR"];
export const NOBODY: readonly Role[] = [];

/** Editorial content: everyone signed in reads, editors and admins write. */
export const editorial = (read: readonly Role[] = EVERYONE): AccessRules => ({
  roles: { read, create: STAFF, update: STAFF, delete: STAFF },
});
