import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { ROLES } from "@/lib/auth/roles";
import { ValidationError } from "@/lib/errors";
import { ADMIN_ONLY, NOBODY } from "./access";
import { defineResource } from "./define";

export const users = defineResource({
  name: "users",
  model: "user",
  label: "Users",
  titleField: "name",
  fields: {
    email: { type: "email", required: true, list: true, sortable: true, search: true },
    name: { type: "string", required: true, max: 120, list: true, sortable: true, search: true },
    role: { type: "enum", choices: ROLES, list: true, filter: true, sortable: true },
    active: { type: "boolean", list: true, filter: true },
    password: {
      type: "string",
      max: 256,
      writeOnly: true,
      help: "Set to change the password (at least 10 characters, not a common one).",
    },
    lastLoginAt: { type: "datetime", editable: false, list: true, sortable: true },
    updatedAt: { type: "datetime", editable: false, sortable: true },
  },
  list: { defaultSort: { field: "email", order: "ASC" } },
  // Users are deactivated, never deleted: their names stay on the history they wrote.
  access: { roles: { read: ADMIN_ONLY, create: ADMIN_ONLY, update: ADMIN_ONLY, delete: NOBODY } },
  softDelete: false,
  publicFacing: false,
  hidden: ["passwordHash", "sessionVersion"],
  async prepare(data, { existing }) {
    const password = data.password;
    delete data.password;
    if (typeof password === "string" && password) {
      const problem = passwordProblem(password, String(data.email ?? existing?.email ?? ""));
      if (problem) throw new ValidationError({ password: [problem] });
      data.passwordHash = await hashPassword(password);
    } else if (!existing) {
      throw new ValidationError({ password: ["A new user needs a password."] });
    }
    // Deactivation, a role change or a new password ends the user's current sessions.
    const changesAccess =
      existing && (data.passwordHash || (data.role && data.role !== existing.role) || data.active === false);
    if (changesAccess) data.sessionVersion = { increment: 1 };
  },
});
