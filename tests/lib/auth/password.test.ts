import { ARGON2_PARAMS, hashPassword, needsRehash, passwordProblem, verifyPassword } from "@/lib/auth/password";

describe("password rules and hashing", () => {
  it("refuses short, common, repeated and email-derived passwords", () => {
    expect(passwordProblem("short")).toMatch(/at least 10/);
    expect(passwordProblem("password123")).toMatch(/too common/);
    expect(passwordProblem("aaaaaaaaaaaa")).toMatch(/repeat/);
    expect(passwordProblem("mallory-is-here-1", "mallory@example.org")).toMatch(/email/);
    expect(passwordProblem("correct horse battery")).toBeNull();
  });

  it("hashes with argon2id at the configured cost, verifies, and never matches a wrong password", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(
      new RegExp(
        `^\\$argon2id\\$v=19\\$m=${ARGON2_PARAMS.memoryCost},t=${ARGON2_PARAMS.timeCost},p=${ARGON2_PARAMS.parallelism}\\$`,
      ),
    );
    expect(await verifyPassword(hash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(hash, "correct horse batterz")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
    expect(needsRehash(hash)).toBe(false);
    expect(needsRehash("$argon2id$v=19$m=4096,t=1,p=1$c2FsdHNhbHQ$aGFzaA")).toBe(true);
    expect(needsRehash("pbkdf2_sha256$1200000$salt$hash")).toBe(true);
  });
});
