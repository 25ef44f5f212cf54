// Who is acting, and what a role may do. Pure: no database, no framework.
export const ROLES = ["ADMIN", "EDITOR", "CONTRIBUTOR"] as const;
export type Role = (typeof ROLES)[number];

/** The authenticated user as every service sees them. `null` is an anonymous visitor. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Teams the user belongs to: contributors act only on their own teams' records. */
  teamIds: string[];
}

/** A system actor for seeds and scripts: acts as an admin, recorded as no user. */
export const SYSTEM: Actor = { id: "", email: "system@stackverdict.local", name: "System", role: "ADMIN", teamIds: [] };

export const isStaff = (actor: Actor | null): boolean => actor?.role === "ADMIN" || actor?.role === "EDITOR";
