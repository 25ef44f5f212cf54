import type { z } from "zod";
import type { FieldErrors } from "@/lib/errors";

/**
 * zod issues → `{ field: [messages] }`; unknown keys are reported on the key itself. Keys come from
 * the user ("__proto__", "constructor"): they are collected in a Map, never looked up on an object.
 */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fields = new Map<string, string[]>();
  const add = (key: string, message: string) => fields.set(key, [...(fields.get(key) ?? []), message]);
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add(key, "Unknown field.");
      continue;
    }
    add(issue.path.length ? issue.path.map(String).join(".") : "_", issue.message);
  }
  // fromEntries defines own properties, so even a "__proto__" key is an ordinary entry.
  return Object.fromEntries(fields);
}
