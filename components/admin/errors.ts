// Friendly error messages for the admin, in ONE place: server error code -> what the editor reads.
// The server's own message is kept where it says more (conflicts name who changed the record).

export interface ApiErrorBody {
  code?: string;
  message?: string;
  fields?: Record<string, string[]>;
  current?: { currentVersion: number; changedBy: string | null; changedAt: string | null };
}

const MESSAGES: Record<string, string> = {
  validation_error: "Some fields are not valid. Check the highlighted fields.",
  unauthenticated: "Your session has ended. Sign in again to continue.",
  forbidden: "You do not have permission to do this.",
  not_found: "This record no longer exists.",
  conflict: "Someone else changed this record since you opened it. Nothing was overwritten.",
  payload_too_large: "This is too large to save.",
  service_unavailable: "The database is unavailable right now. Please try again in a moment.",
  internal_error: "Something went wrong on our side. It has been logged.",
  network_error: "The server could not be reached. Check your connection and try again.",
};

/** Codes whose server message is more specific than the generic one (and safe to show). */
const SERVER_MESSAGE_WINS = new Set(["conflict", "forbidden", "not_found", "validation_error"]);

export function friendlyMessage(error: ApiErrorBody | null | undefined, status?: number): string {
  const code = error?.code ?? codeForStatus(status);
  if (error?.message && SERVER_MESSAGE_WINS.has(code)) return error.message;
  return MESSAGES[code] ?? error?.message ?? MESSAGES.internal_error;
}

export function codeForStatus(status: number | undefined): string {
  switch (status) {
    case 400:
      return "validation_error";
    case 401:
      return "unauthenticated";
    case 403:
      return "forbidden";
    case 404:
      return "not_found";
    case 409:
      return "conflict";
    case 413:
      return "payload_too_large";
    case 503:
      return "service_unavailable";
    case undefined:
      return "network_error";
    default:
      return "internal_error";
  }
}

/** Field errors as react-admin forms expect them in `HttpError.body.errors` (one message per field). */
export function formErrors(fields: Record<string, string[]> | undefined): Record<string, string> | undefined {
  if (!fields) return undefined;
  const entries = Object.entries(fields).filter(([, messages]) => messages.length);
  return entries.length ? Object.fromEntries(entries.map(([name, messages]) => [name, messages.join(" ")])) : undefined;
}

/** "Changed by X at T" details of a 409, when the server sent them. */
export function conflictDetails(error: unknown): ApiErrorBody["current"] | null {
  const body = (error as { body?: { current?: ApiErrorBody["current"] } } | null)?.body;
  return body?.current ?? null;
}

export function isConflict(error: unknown): boolean {
  return (error as { status?: number } | null)?.status === 409;
}
