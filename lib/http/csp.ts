// Content-Security-Policy with a fresh nonce per request (django-csp's nonce mode). proxy.ts sets
// the policy on the request (Next.js reads the nonce from it and stamps its own scripts with it)
// and on the response. Pure functions: tests and check:deploy read the same policy.

/** The request header carrying the nonce to server components (see lib/http/nonce.ts). */
export const NONCE_HEADER = "x-nonce";

/** 128 random bits, base64: unguessable, and a fresh one for every response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export interface CspOptions {
  nonce: string;
  /** `next dev` needs eval for React's debugging aids; production never does. */
  development?: boolean;
  /** Served over https: ask browsers to upgrade any stray http sub-resource. */
  https?: boolean;
  /** Constant <style> elements of a vendored component that cannot carry the nonce, by hash ("sha256-…"). */
  styleHashes?: readonly string[];
}

export function contentSecurityPolicy({
  nonce,
  development = false,
  https = false,
  styleHashes = [],
}: CspOptions): string {
  const directives: Array<[string, string]> = [
    ["default-src", "'self'"],
    // 'strict-dynamic': scripts Next.js loads from a nonced script are trusted; nothing inline is.
    ["script-src", `'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`],
    // <style> elements need the nonce (the admin's emotion styles carry it); style="…" attributes
    // cannot run code, and React and MUI set them, so attributes alone stay allowed.
    ["style-src", `'self' 'nonce-${nonce}'${styleHashes.map((h) => ` '${h}'`).join("")}`],
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self' data: blob:"],
    ["font-src", "'self' data:"],
    ["connect-src", `'self'${development ? " ws:" : ""}`],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests", ""]);
  return directives.map(([name, value]) => (value ? `${name} ${value}` : name)).join("; ");
}

/** The nonce inside a policy (what Next.js itself does with the request's policy). */
export function nonceOf(policy: string | null): string | null {
  return policy?.match(/'nonce-([^']+)'/)?.[1] ?? null;
}

/** What a replayed answer's inline elements hash to ("sha256-…"), by the directive family that admits them. */
export interface InlineHashes {
  scripts: readonly string[];
  styles: readonly string[];
}

/**
 * The policy for a copy replayed byte for byte (the page cache, lib/cache/pages.ts): `policy` was
 * the render's, with `nonce`; here the inline scripts and styles that carried that nonce are admitted
 * by their hashes instead, and script files by 'self' ('strict-dynamic' would ignore 'self' and block
 * the page's own parser-inserted script files, which only a nonce could admit). Everything else
 * stays as it was. SECURITY.md, "Content-Security-Policy and caching", weighs the two.
 */
export function replayPolicy(policy: string, nonce: string, hashes: InlineHashes): string {
  const nonceSource = `'nonce-${nonce}'`;
  return policy
    .split("; ")
    .map((directive) => {
      const [name, ...sources] = directive.split(" ");
      if (!sources.includes(nonceSource)) return directive;
      const admitted = name.startsWith("script-src") ? hashes.scripts : hashes.styles;
      const kept = sources.flatMap((source) =>
        source === nonceSource ? admitted.map((hash) => `'${hash}'`) : source === "'strict-dynamic'" ? [] : [source],
      );
      return [name, ...new Set(kept)].join(" ");
    })
    .join("; ");
}
