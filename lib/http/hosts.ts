// Allowed hosts (Django's ALLOWED_HOSTS): requests whose Host is not this site's are refused, so a
// forged Host header cannot steer absolute URLs, cookies or cache keys. `ALLOWED_HOSTS` is a comma
// list of host names (a leading dot admits subdomains: ".example.org"); by default the host of
// NEXTAUTH_URL, and when that is a loopback URL (a demo or development checkout) each name of the
// loopback interface, so http://127.0.0.1:3000 works as well as http://localhost:3000. With neither
// set every host is accepted. A reverse proxy's X-Forwarded-Host counts only when TRUSTED_PROXIES
// lists it (lib/net/forwarded.ts).
import { AppError } from "@/lib/errors";
import { forwardedHost, viewOfRequest } from "@/lib/net/forwarded";

type Env = Record<string, string | undefined>;

export class DisallowedHost extends AppError {
  readonly status = 400;
  readonly code = "disallowed_host";
  constructor(host: string | null) {
    super(`The host ${JSON.stringify(host ?? "")} is not allowed here; add it to ALLOWED_HOSTS if it is this site.`);
  }
}

/** "Name:port", "[v6]:port" or a bare IPv6 address → the name alone (a bare IPv6 keeps its colons). */
function hostnameOf(host: string): string {
  const value = host.trim().toLowerCase();
  const bracketed = /^\[([^\]]*)\](?::\d+)?$/.exec(value);
  if (bracketed) return bracketed[1];
  return value.split(":").length === 2 ? value.replace(/:\d*$/, "") : value;
}

// Names that only ever reach this machine: admitting all three for a loopback site lets no outside
// Host in (a DNS-rebinding page still sends its own name), while a real site's name stays the only one.
const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "::1"];

interface Parsed {
  listed: string | undefined;
  site: string | undefined;
  hosts: string[] | null;
  /** isAllowedHost's answers under these settings, by Host value (the same few come on every request). */
  answers: Map<string, boolean>;
}

// Read once per value of the two settings (tests change them; servers ask on every request).
let parsed: Parsed | null = null;

/** Host values answered from memory at most, each at most MAX_KEPT_HOST long; a flood of made-up ones only empties it now and then. */
const MAX_KEPT_ANSWERS = 256;
const MAX_KEPT_HOST = 255;

function settings(env: Env): Parsed {
  const last = parsed;
  if (last && last.listed === env.ALLOWED_HOSTS && last.site === env.NEXTAUTH_URL) return last;
  parsed = { listed: env.ALLOWED_HOSTS, site: env.NEXTAUTH_URL, hosts: readAllowedHosts(env), answers: new Map() };
  return parsed;
}

/** The configured host names, or null when any host is accepted. */
export function allowedHosts(env: Env = process.env): string[] | null {
  return settings(env).hosts;
}

function readAllowedHosts(env: Env): string[] | null {
  const listed = (env.ALLOWED_HOSTS ?? "")
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  if (listed.length) return listed.includes("*") ? null : listed.map((h) => (h.startsWith(".") ? h : hostnameOf(h)));
  try {
    if (!env.NEXTAUTH_URL) return null;
    const site = hostnameOf(new URL(env.NEXTAUTH_URL).hostname);
    return LOOPBACK_NAMES.includes(site) ? [...LOOPBACK_NAMES] : [site];
  } catch {
    return null;
  }
}

export function isAllowedHost(host: string | null, env: Env = process.env): boolean {
  const current = settings(env);
  const allowed = current.hosts;
  if (!allowed) return true;
  if (!host) return false;
  const known = current.answers.get(host);
  if (known !== undefined) return known;
  const name = hostnameOf(host);
  const answer = allowed.some((a) => (a.startsWith(".") ? name === a.slice(1) || name.endsWith(a) : name === a));
  if (host.length <= MAX_KEPT_HOST) {
    if (current.answers.size >= MAX_KEPT_ANSWERS) current.answers.clear();
    current.answers.set(host, answer);
  }
  return answer;
}

/** The host a request was made to, as the browser saw it (a trusted reverse proxy passes it on). */
export function requestHost(req: Request, env: Env = process.env): string | null {
  return forwardedHost(viewOfRequest(req), env);
}

export function checkHost(req: Request, env: Env = process.env): void {
  const host = requestHost(req, env);
  if (!isAllowedHost(host, env)) throw new DisallowedHost(host);
}
