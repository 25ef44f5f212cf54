// Demo users, one per role. Their passwords are printed by `npm run demo` and flagged by
// `npm run check:deploy` until changed.
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { users } from "@/lib/resources";
import { createRecord } from "@/lib/services/records";

export const DEMO_USERS = [
  { email: "admin@stackverdict.test", name: "Ada Admin", role: "ADMIN", password: "verdict-ada-2026" },
  { email: "editor@stackverdict.test", name: "Eddie Editor", role: "EDITOR", password: "verdict-eddie-2026" },
  {
    email: "contributor@stackverdict.test",
    name: "Casey Contributor",
    role: "CONTRIBUTOR",
    password: "verdict-casey-2026",
  },
  { email: "platform@stackverdict.test", name: "Priya Platform", role: "CONTRIBUTOR", password: "verdict-priya-2026" },
] as const;

export async function seedUsers(db: Db, system: Actor): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const u of DEMO_USERS) {
    const row = await createRecord(
      users,
      system,
      { email: u.email, name: u.name, role: u.role, active: true, password: u.password },
      db,
    );
    ids[u.email] = row.id;
  }
  return ids;
}
