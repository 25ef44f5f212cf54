// JSON over fetch for the admin: every failure becomes a react-admin HttpError carrying the
// friendly message, the server's error body and the form field errors (`body.errors`).
import { HttpError } from "react-admin";
import { takeEarly } from "./boot";
import { formErrors, friendlyMessage, type ApiErrorBody } from "./errors";

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiClient {
  json<T>(path: string, init?: RequestInit): Promise<T>;
  /** Absolute URL of an API path (downloads, links). */
  url(path: string): string;
}

export function createApiClient(baseUrl = "", fetchImpl: FetchLike = (input, init) => fetch(input, init)): ApiClient {
  return {
    url: (path) => `${baseUrl}${path}`,
    async json<T>(path: string, init: RequestInit = {}): Promise<T> {
      const headers = new Headers(init.headers);
      headers.set("accept", "application/json");
      if (init.body !== undefined) headers.set("content-type", "application/json");
      let response: Response;
      try {
        // A GET the page asked for before the admin's code arrived (./boot.ts) is answered from it.
        const early = !init.method || init.method === "GET" ? takeEarly(`${baseUrl}${path}`) : undefined;
        response = await (early ?? fetchImpl(`${baseUrl}${path}`, { credentials: "same-origin", ...init, headers }));
      } catch {
        throw new HttpError(friendlyMessage(null, undefined), 0, { code: "network_error" });
      }
      const text = await response.text();
      let parsed: unknown = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = null;
      }
      if (!response.ok) {
        const error = ((parsed as { error?: ApiErrorBody } | null)?.error ?? {}) as ApiErrorBody;
        const body = { ...error, errors: formErrors(error.fields) };
        throw new HttpError(friendlyMessage(error, response.status), response.status, body);
      }
      return parsed as T;
    },
  };
}

export const jsonBody = (value: unknown): string => JSON.stringify(value);
