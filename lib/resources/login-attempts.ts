import { ADMIN_ONLY, NOBODY } from "./access";
import { defineResource } from "./define";

/** The lockout log: sign-in attempts, read-only, for admins. */
export const loginAttempts = defineResource({
  name: "loginAttempts",
  model: "loginAttempt",
  label: "Login attempts",
  titleField: "email",
  fields: {
    email: { type: "string", list: true, filter: true, search: true, editable: false },
    ip: { type: "string", list: true, filter: true, editable: false, label: "Address" },
    success: { type: "boolean", list: true, filter: true, editable: false },
    outcome: {
      type: "enum",
      choices: [
        "success",
        "bad-credentials",
        "inactive",
        "throttled-account",
        "throttled-ip",
        "throttled-pair",
        "bad-reset-link",
        "password-reset",
        "reset-mail-requested",
        "reset-mail-sent",
      ],
      list: true,
      filter: true,
      editable: false,
    },
    createdAt: { type: "datetime", list: true, sortable: true, filter: true, editable: false, label: "When" },
  },
  list: { defaultSort: { field: "createdAt", order: "DESC" } },
  access: { roles: { read: ADMIN_ONLY, create: NOBODY, update: NOBODY, delete: NOBODY } },
  softDelete: false,
  publicFacing: false,
  readOnly: true,
});
