// The admin's picker data (app/api/admin/[resource]/choices and …/keys): records by name with
// what tells them apart, and keys already used in a key–value field.
import type { Choice } from "@/lib/admin/choices";
import type { KeyUse } from "@/lib/admin/json-keys";
import { getJson } from "../review/fetch-json";

export type { Choice } from "@/lib/admin/choices";
export type By = "id" | "slug";

const base = (reference: string) => `/api/admin/${encodeURIComponent(reference)}`;

export async function searchChoices(reference: string, q: string, by: By = "id"): Promise<Choice[]> {
  const query = new URLSearchParams({ q, by });
  return (await getJson<{ data: Choice[] }>(`${base(reference)}/choices?${query}`)).data;
}

/** The choices of values a form holds (to show them by name). */
export async function choicesFor(reference: string, values: readonly string[], by: By = "id"): Promise<Choice[]> {
  if (!values.length) return [];
  const query = new URLSearchParams({ by });
  for (const value of values) query.append("value", value);
  return (await getJson<{ data: Choice[] }>(`${base(reference)}/choices?${query}`)).data;
}

export async function keysInUse(resource: string, field: string): Promise<KeyUse[]> {
  return (await getJson<{ data: KeyUse[] }>(`${base(resource)}/keys?field=${encodeURIComponent(field)}`)).data;
}
