// Checking credentials against real argon2id hashes in a real database: one answer for every
// failure, and hashes made with weaker parameters upgraded transparently at sign-in.
import { hash, verify } from "@node-rs/argon2";
import { checkCredentials } from "@/lib/auth/login";
import { ARGON2_PARAMS, hashPassword, needsRehash } from "@/lib/auth/password";
import { testProviders, type TestDatabase } from "../../support/databases";
import { openAppDatabase } from "../../app/api/support/app-database";
import { makeUser, TEST_PASSWORD } from "../../support/factories";

describe("needsRehash", () => {
  it("is false for a hash with today's parameters and true for weaker or foreign ones", async () => {
    expect(needsRehash(await hashPassword("some passphrase"))).toBe(false);
    expect(needsRehash(await hash("some passphrase", { ...ARGON2_PARAMS, memoryCost: 19_456 }))).toBe(true);
    expect(needsRehash(await hash("some passphrase", { ...ARGON2_PARAMS, timeCost: 1 }))).toBe(true);
    expect(needsRehash(await hash("some passphrase", { ...ARGON2_PARAMS, algorithm: 1 /* Argon2i */ }))).toBe(true);
    expect(needsRehash("$2b$10$abcdefghijklmnopqrstuv")).toBe(true);
  });
});

describe.each(testProviders())("checkCredentials on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openAppDatabase(provider);
  });
  afterEach(async () => t.close());

  it("signs in with the right password, whatever the email's case, and records the login", async () => {
    const user = await makeUser(t.db, "EDITOR", { email: "edith@example.test", name: "Edith" });
    const result = await checkCredentials("  Edith@Example.TEST ", TEST_PASSWORD, t.db, "10.0.0.1");
    expect(result).toEqual({
      id: user.id,
      email: "edith@example.test",
      name: "Edith",
      role: "EDITOR",
      sessionVersion: 0,
    });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).toBeInstanceOf(Date);
    expect(await t.db.loginAttempt.findMany({ select: { email: true, success: true, outcome: true } })).toEqual([
      { email: "edith@example.test", success: true, outcome: "success" },
    ]);
  });

  it("answers null, the same for every failure: wrong password, unknown email, inactive user, empty input", async () => {
    const user = await makeUser(t.db, "EDITOR", { email: "known@example.test" });
    const inactive = await makeUser(t.db, "EDITOR", { email: "gone@example.test" });
    await t.db.user.update({ where: { id: inactive.id }, data: { active: false } });
    const failures = [
      await checkCredentials(user.email, "not the password", t.db, "10.0.0.2"),
      await checkCredentials("nobody@example.test", TEST_PASSWORD, t.db, "10.0.0.3"),
      await checkCredentials(inactive.email, TEST_PASSWORD, t.db, "10.0.0.4"),
      await checkCredentials("", TEST_PASSWORD, t.db, "10.0.0.5"),
      await checkCredentials(user.email, "", t.db, "10.0.0.6"),
      await checkCredentials(user.email, "x".repeat(257), t.db, "10.0.0.7"),
    ];
    expect(failures).toEqual([null, null, null, null, null, null]);
    // The log tells an admin why (the caller never learns it).
    const outcomes = await t.db.loginAttempt.findMany({
      orderBy: { createdAt: "asc" },
      select: { email: true, outcome: true },
    });
    expect(outcomes).toEqual(
      expect.arrayContaining([
        { email: "known@example.test", outcome: "bad-credentials" },
        { email: "nobody@example.test", outcome: "bad-credentials" },
        { email: "gone@example.test", outcome: "inactive" },
      ]),
    );
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).toBeNull();
  });

  it("an inactive user's wrong password is logged as bad credentials, not as inactive (no password oracle)", async () => {
    const inactive = await makeUser(t.db, "EDITOR", { email: "off@example.test" });
    await t.db.user.update({ where: { id: inactive.id }, data: { active: false } });
    expect(await checkCredentials(inactive.email, "wrong password", t.db, "10.0.0.8")).toBeNull();
    expect((await t.db.loginAttempt.findFirstOrThrow()).outcome).toBe("bad-credentials");
  });

  it("upgrades a hash made with weaker parameters at sign-in, and the new hash still verifies", async () => {
    const user = await makeUser(t.db, "ADMIN", { email: "old-hash@example.test" });
    const weak = await hash(TEST_PASSWORD, { ...ARGON2_PARAMS, memoryCost: 8_192, timeCost: 1 });
    await t.db.user.update({ where: { id: user.id }, data: { passwordHash: weak } });
    expect(await checkCredentials(user.email, TEST_PASSWORD, t.db, "10.0.0.9")).toMatchObject({ id: user.id });
    const stored = (await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    expect(stored).not.toBe(weak);
    expect(stored).toMatch(
      new RegExp(
        `^\\$argon2id\\$v=19\\$m=${ARGON2_PARAMS.memoryCost},t=${ARGON2_PARAMS.timeCost},p=${ARGON2_PARAMS.parallelism}\\$`,
      ),
    );
    expect(needsRehash(stored)).toBe(false);
    expect(await verify(stored, TEST_PASSWORD)).toBe(true);
    // The sign-in after that works with the upgraded hash, which stays as it is.
    expect(await checkCredentials(user.email, TEST_PASSWORD, t.db, "10.0.0.9")).not.toBeNull();
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(stored);
  });

  it("does not touch a weak hash when the password is wrong", async () => {
    const user = await makeUser(t.db, "ADMIN", { email: "weak-wrong@example.test" });
    const weak = await hash(TEST_PASSWORD, { ...ARGON2_PARAMS, memoryCost: 8_192 });
    await t.db.user.update({ where: { id: user.id }, data: { passwordHash: weak } });
    expect(await checkCredentials(user.email, "not the password", t.db, "10.0.0.10")).toBeNull();
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(weak);
  });

  it("a malformed stored hash is a failed sign-in, not a crash", async () => {
    const user = await makeUser(t.db, "EDITOR", { email: "broken@example.test" });
    await t.db.user.update({ where: { id: user.id }, data: { passwordHash: "garbage" } });
    expect(await checkCredentials(user.email, TEST_PASSWORD, t.db, "10.0.0.11")).toBeNull();
  });
});
