// One error hierarchy for the whole app. Services throw these; lib/http maps them to HTTP in one
// place and the admin maps them to messages in one place.
export type FieldErrors = Record<string, string[]>;

export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  toJSON(): Record<string, unknown> {
    return { code: this.code, message: this.message };
  }
}

export class ValidationError extends AppError {
  readonly status = 400;
  readonly code = "validation_error";
  constructor(
    public readonly fields: FieldErrors,
    message = "Some fields are not valid.",
  ) {
    super(message);
  }
  toJSON() {
    return { ...super.toJSON(), fields: this.fields };
  }
}

export class Unauthenticated extends AppError {
  readonly status = 401;
  readonly code = "unauthenticated";
  constructor(message = "Sign in to continue.") {
    super(message);
  }
}

export class Forbidden extends AppError {
  readonly status = 403;
  readonly code = "forbidden";
  constructor(message = "You do not have permission to do this.") {
    super(message);
  }
}

export class NotFound extends AppError {
  readonly status = 404;
  readonly code = "not_found";
  constructor(what: string) {
    super(`${what} was not found.`);
  }
}

export interface ConflictInfo {
  currentVersion: number;
  changedBy: string | null;
  changedAt: string | null;
}

/** The client's copy is older than the database's: nothing was written. */
export class Conflict extends AppError {
  readonly status = 409;
  readonly code = "conflict";
  constructor(
    message: string,
    public readonly current?: ConflictInfo,
  ) {
    super(message);
  }
  toJSON() {
    return { ...super.toJSON(), current: this.current };
  }
}

export class PayloadTooLarge extends AppError {
  readonly status = 413;
  readonly code = "payload_too_large";
}

export class ServiceUnavailable extends AppError {
  readonly status = 503;
  readonly code = "service_unavailable";
  constructor(message = "The database is unavailable right now. Please try again in a moment.") {
    super(message);
  }
}

/** Too many attempts from this address (a password reset link guessed at): try again later. */
export class TooManyRequests extends AppError {
  readonly status = 429;
  readonly code = "too_many_requests";
  constructor(
    public readonly retryAfterMs: number,
    message = `Too many attempts. Try again in ${Math.ceil(retryAfterMs / 60_000)} minute(s).`,
  ) {
    super(message);
  }
}
