// Password hashing: argon2id. 19 MiB, 2 passes, 1 lane is OWASP's argon2id baseline; we double the
// memory. Hashes are PHC strings, so parameters travel with each hash and a change of them is
// detected at login (needsRehash) and the hash transparently upgraded.
import { hash, verify } from "@node-rs/argon2";

export const ARGON2_PARAMS = { algorithm: 2 /* Argon2id */, memoryCost: 38_912, timeCost: 2, parallelism: 1 } as const;
export const MIN_PASSWORD_LENGTH = 10;

// A short list of the most common passwords (and what people type to pass length rules).
const COMMON = new Set(
  `password password1 password12 password123 123456789 1234567890 qwertyuiop 1q2w3e4r5t qwerty123 iloveyou1
  admin12345 welcome123 letmein123 changeme123 abc1234567 11111111111 0000000000 football123 monkey1234
  dragon1234 sunshine12 princess12 trustno1234 passw0rd123 administrator stackverdict demo-password`.split(/\s+/),
);

/** Why a password is not acceptable, or null when it is. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > 256) return "Use at most 256 characters.";
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "This password is too common.";
  if (/^(.)\1+$/.test(password)) return "Do not repeat one character.";
  if (email && lower.includes(email.split("@")[0].toLowerCase()) && email.split("@")[0].length >= 4)
    return "The password must not contain your email name.";
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMS);
}

/** Constant-time verification (argon2's own comparison). A malformed hash is a mismatch. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

export function needsRehash(passwordHash: string): boolean {
  const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(passwordHash);
  if (!m) return true;
  return (
    Number(m[1]) !== ARGON2_PARAMS.memoryCost ||
    Number(m[2]) !== ARGON2_PARAMS.timeCost ||
    Number(m[3]) !== ARGON2_PARAMS.parallelism
  );
}

// A hash to verify against when the user does not exist, so a login for an unknown email costs
// the same time as one for a known email (no user enumeration by timing).
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("not-a-real-password-" + Math.random());
  return dummyHash;
}
