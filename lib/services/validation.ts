import type { z } from "zod";
import type { FieldErrors } from "@/lib/errors";

/** zod issues → `{ field: [messages] }`; unknown keys are reported on the key itself. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) (fields[key] ??= []).push("Unknown field.");
      continue;
    }
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
