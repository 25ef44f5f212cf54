// Database-level failures as the app's own errors: a duplicate is the user's mistake (400 on
// the field), an unreachable database is a 503. Used by the service layer and the HTTP mapping.
import { AppError, Conflict, ServiceUnavailable, ValidationError } from "./index";

interface PrismaLikeError {
  code?: string;
  meta?: {
    target?: unknown;
    modelName?: string;
    field_name?: unknown;
    driverAdapterError?: { cause?: { kind?: string; constraint?: { fields?: string[] } } };
  };
  message?: string;
  name?: string;
}

const UNAVAILABLE =
  /ECONNREFUSED|ETIMEDOUT|database is locked|SQLITE_BUSY|Connection terminated|too many clients|Can't reach database|DatabaseNotReachable|the database system is (starting up|shutting down)|terminating connection/i;

/** Maps database-level failures to the app's error types (or null when it is a real bug). */
export function fromDatabaseError(error: unknown): AppError | null {
  const e = error as PrismaLikeError;
  if (e?.code === "P2002") {
    const target = e.meta?.target ?? e.meta?.driverAdapterError?.cause?.constraint?.fields;
    const fields = Array.isArray(target) ? target.map(String) : typeof target === "string" ? [target] : ["_"];
    return new ValidationError(
      Object.fromEntries(fields.map((f) => [f, ["This value is already taken."]])),
      "A record with this value already exists.",
    );
  }
  if (e?.code === "P2003") return new ValidationError({ _: ["A referenced record does not exist."] });
  if (e?.code === "P2025") return new Conflict("The record changed or was removed while saving. Reload and try again.");
  const text = `${e?.name ?? ""} ${e?.message ?? ""} ${JSON.stringify(e?.meta ?? {})}`;
  if (UNAVAILABLE.test(text) || ["P1001", "P1008", "P1017", "P2024", "P2034"].includes(e?.code ?? ""))
    return new ServiceUnavailable();
  return null;
}
