// @ts-check
const production = process.env.NODE_ENV === "production";

/** Security headers on every response (Django's SecurityMiddleware and X-Frame-Options, and more). */
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // HSTS only where the site is served over https (NEXTAUTH_URL), never on a plain-http demo.
  ...(production && (process.env.NEXTAUTH_URL ?? "").startsWith("https://")
    ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
    : []),
];

/**
 * Next.js's proxy (proxy.ts) buffers each request body up to this many bytes and silently cuts off
 * the rest (10 MB by default), so an upload above it reached the import route cut short and failed
 * to parse. One byte above the largest body a route accepts (UPLOAD_REQUEST_MAX_BYTES in
 * lib/http/body.ts: 50 MB per upload request), so a larger body still arrives larger than that
 * limit and is answered 413 (tests/lib/http/body.test.ts checks the two agree).
 */
const PROXY_BODY_LIMIT_BYTES = 50 * 1024 * 1024 + 1;

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A separate build folder per concurrent build (benchmarks, parallel checkouts); .next by default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The browser journeys' build (tests/browser/support/server-setup.ts) runs after `npm test` has
  // type-checked the whole project, route types included (`next typegen`, then tsc): it skips the
  // build's own type-check, the same check again. Every other build checks types.
  typescript: { ignoreBuildErrors: process.env.NEXT_BUILD_SKIP_TYPECHECK === "1" },
  experimental: { proxyClientMaxBodySize: PROXY_BODY_LIMIT_BYTES },
  turbopack: {
    // The browser never builds CSV (the server exports it): see components/admin/no-client-csv.ts.
    resolveAlias: { "jsonexport/dist/index.js": { browser: "./components/admin/no-client-csv.ts" } },
  },
  // Native and driver packages stay outside the server bundle; Node loads them at run time.
  // linkedom (the DOM Readability reads fetched pages with) loads ESM-only helpers Node resolves itself.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
    "@node-rs/argon2",
    "linkedom",
    "pg-boss",
  ],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};
module.exports = nextConfig;
