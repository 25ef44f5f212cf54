/** @jest-environment node */
// Password reset by mail against a real SMTP server started here (smtp-server, with a login), on both
// databases, through the real route handlers: the mail arrives with a link that sets the password
// once; an address without an account gets the same answer and no mail; one account gets at most a
// few mails a window, one client address at most a few requests; without SMTP_URL the route says to
// ask an administrator.
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import * as forgotRoute from "@/app/api/auth/forgot-password/route";
import * as resetRoute from "@/app/api/auth/reset-password/route";
import { mailSettings, smtpMailer } from "@/lib/auth/mail";
import { MAIL_ANSWER, MAIL_THROTTLE, requestResetByMail } from "@/lib/auth/password-reset-mail";
import type { Actor } from "@/lib/auth/roles";
import { checkCredentials } from "@/lib/auth/login";
import { testProviders, type TestDatabase } from "../../support/databases";
import { makeUser, TEST_PASSWORD } from "../../support/factories";
import { call, TEST_ORIGIN } from "../../support/http";
import { openAppDatabase } from "../../app/api/support/app-database";

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** The text of a message as sent (quoted-printable soft breaks and escapes undone). */
const bodyOf = (raw: string) =>
  raw
    .slice(raw.indexOf("\r\n\r\n") + 4)
    .replace(/=\r\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

const linkIn = (raw: string) => bodyOf(raw).match(/http:\/\/localhost:3000\/login\/reset#([A-Za-z0-9_-]{43})/);

let server: SMTPServer;
let port = 0;
const inbox: Received[] = [];
const saved = { url: process.env.SMTP_URL, from: process.env.SMTP_FROM, site: process.env.NEXTAUTH_URL };

beforeAll(async () => {
  server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true, // plain text on the loopback only, as a test double for a relay
    logger: false,
    onAuth(auth, _session, done) {
      if (auth.username === "stackverdict" && auth.password === "relay-secret")
        return done(null, { user: auth.username });
      return done(new Error("Invalid username or password"));
    },
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
  process.env.NEXTAUTH_URL = TEST_ORIGIN;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  for (const [key, value] of [
    ["SMTP_URL", saved.url],
    ["SMTP_FROM", saved.from],
    ["NEXTAUTH_URL", saved.site],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const smtpUrl = (password = "relay-secret") => `smtp://stackverdict:${password}@127.0.0.1:${port}`;

describe("mailSettings", () => {
  it("is off without SMTP_URL, names a sender by default and refuses what is not an SMTP address", () => {
    expect(mailSettings({})).toBeNull();
    expect(
      mailSettings({ SMTP_URL: "smtp://relay.example:587", NEXTAUTH_URL: "https://stackverdict.example" }),
    ).toEqual({ url: "smtp://relay.example:587", from: "StackVerdict <no-reply@stackverdict.example>" });
    expect(mailSettings({ SMTP_URL: "smtps://u:p@relay.example", SMTP_FROM: "Editors <desk@example.org>" })?.from).toBe(
      "Editors <desk@example.org>",
    );
    expect(() => mailSettings({ SMTP_URL: "http://relay.example" })).toThrow(
      "SMTP_URL must start with smtp:// or smtps://",
    );
  });
});

describe.each(testProviders())("password reset by mail on %s", (provider) => {
  let t: TestDatabase;
  let user: Actor;
  const forgot = (email: string, peer = "198.51.100.20") =>
    call(forgotRoute.POST, { method: "POST", url: "/api/auth/forgot-password", body: { email }, peer });
  const useLink = (token: string, password: string) =>
    call(resetRoute.POST, {
      method: "POST",
      url: "/api/auth/reset-password",
      body: { token, password },
      peer: "198.51.100.20",
    });

  beforeEach(async () => {
    t = await openAppDatabase(provider);
    user = await makeUser(t.db, "EDITOR", { name: "Edith Editor" });
    inbox.length = 0;
    process.env.SMTP_URL = smtpUrl();
    process.env.SMTP_FROM = "StackVerdict <no-reply@stackverdict.test>";
  });
  afterEach(async () => t.close());

  it("mails a link that sets the password once; the answer is the same for an address without an account", async () => {
    const known = await forgot(user.email.toUpperCase());
    const unknown = await forgot("nobody@example.test");
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(known.json).toEqual(unknown.json);
    expect(known.json).toEqual({ data: { message: MAIL_ANSWER } });

    // The answer comes before the send: wait for the mail.
    for (let i = 0; i < 100 && inbox.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(inbox).toHaveLength(1);
    const [mail] = inbox;
    expect(mail.to).toEqual([user.email]);
    expect(mail.from).toBe("no-reply@stackverdict.test");
    expect(mail.raw).toMatch(/^Subject: Set a new password for StackVerdict\r$/m);
    const token = linkIn(mail.raw)?.[1];
    expect(token).toBeDefined();
    expect(await t.db.passwordReset.count({ where: { userId: user.id, issuedById: null } })).toBe(1);

    const used = await useLink(token!, "a-brand-new-secret-2027");
    expect(used.status).toBe(200);
    expect(await checkCredentials(user.email, "a-brand-new-secret-2027", t.db)).not.toBeNull();
    expect(await checkCredentials(user.email, TEST_PASSWORD, t.db)).toBeNull();
    const again = await useLink(token!, "yet-another-secret-2028");
    expect(again.status).toBe(400);
    expect(again.json.error.message).toContain("not valid any more");
  });

  it("a new request's link replaces the one mailed before", async () => {
    const mailer = smtpMailer(mailSettings()!);
    await (
      await requestResetByMail({ email: user.email }, "198.51.100.21", mailer, t.db)
    ).delivery;
    await (
      await requestResetByMail({ email: user.email }, "198.51.100.21", mailer, t.db)
    ).delivery;
    expect(inbox).toHaveLength(2);
    const [first, second] = inbox.map((m) => linkIn(m.raw)![1]);
    expect((await useLink(first, "a-brand-new-secret-2027")).status).toBe(400);
    expect((await useLink(second, "a-brand-new-secret-2027")).status).toBe(200);
  });

  it("an inbox gets at most a few mails a window, the answer unchanged; one address gets 429 past its requests", async () => {
    const mailer = smtpMailer(mailSettings()!);
    for (let i = 0; i < MAIL_THROTTLE.perAccount + 2; i++) {
      await (
        await requestResetByMail({ email: user.email }, `198.51.100.${30 + i}`, mailer, t.db)
      ).delivery;
    }
    expect(inbox).toHaveLength(MAIL_THROTTLE.perAccount);

    for (let i = 0; i < MAIL_THROTTLE.perAddress; i++)
      expect((await forgot(`someone-${i}@example.test`, "203.0.113.9")).status).toBe(202);
    const refused = await forgot(user.email, "203.0.113.9");
    expect(refused.status).toBe(429);
    expect((await forgot("someone@example.test", "203.0.113.10")).status).toBe(202);
  });

  it("a deactivated user gets no mail; a relay that refuses the login fails the send, not the answer", async () => {
    await t.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect((await forgot(user.email)).status).toBe(202);
    await t.db.user.update({ where: { id: user.id }, data: { active: true } });
    const refusing = smtpMailer(mailSettings({ SMTP_URL: smtpUrl("wrong"), SMTP_FROM: "x@stackverdict.test" })!);
    const { delivery } = await requestResetByMail({ email: user.email }, "198.51.100.40", refusing, t.db);
    await expect(delivery).rejects.toThrow(/Invalid login|Invalid username/);
    await new Promise((r) => setTimeout(r, 200));
    expect(inbox).toHaveLength(0);
  });

  it("without SMTP_URL the route says to ask an administrator", async () => {
    delete process.env.SMTP_URL;
    const res = await forgot(user.email);
    expect(res.status).toBe(404);
    expect(res.json.error.message).toContain("ask an administrator");
    expect(await t.db.passwordReset.count()).toBe(0);
  });
});
