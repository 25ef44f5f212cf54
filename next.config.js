// @ts-check
const production = process.env.NODE_ENV === "production";

/** Security headers on every response (Django's SecurityMiddleware and X-Frame-Options, and more). */
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // HSTS only where the site is served over https (NEXTAUTH_URL), never on a plain-http demo.
  ...(production && (process.env.NEXTAUTH_URL ?? "").startsWith("https://")
    ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
    : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A separate build folder per concurrent build (benchmarks, parallel checkouts); .next by default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Native and driver packages stay outside the server bundle; Node loads them at run time.
  // linkedom (the DOM Readability reads fetched pages with) loads ESM-only helpers Node resolves itself.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@node-rs/argon2", "linkedom"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};
module.exports = nextConfig;
