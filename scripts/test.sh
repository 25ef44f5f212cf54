#!/usr/bin/env bash
# npm test: install, then every test: types, lint, unit/service/route tests on SQLite and PostgreSQL,
# component tests, and the real-browser journeys.
source "$(dirname "$0")/lib.sh"
install_deps

say "Checking the derived PostgreSQL schema is up to date"
npx tsx scripts/prisma-schemas.ts --check

# tsc, ESLint and Prettier each use one core: the type-check runs beside the other two.
say "Type-checking (route types included), linting and checking formatting, side by side"
# The route types next build would check (.next/types), generated so that tsc checks them here.
npx next typegen >/dev/null
checks_log=$(mktemp)
(
  printf '==> Linting (ESLint: layering between lib/ folders, function length, unused code)\n'
  npm run -s lint
  printf '==> Checking formatting (Prettier; `npm run format` rewrites)\n'
  npm run -s format:check
) >"$checks_log" 2>&1 &
checks_pid=$!
tsc_status=0
npx tsc --noEmit -p . || tsc_status=$?
checks_status=0
wait "$checks_pid" || checks_status=$?
cat "$checks_log"
rm -f "$checks_log"
[ "$tsc_status" = 0 ] || die "Type-checking failed (above)."
[ "$checks_status" = 0 ] || die "Linting or formatting failed (above)."
# The browser journeys' build then skips its own type-check (tests/browser/support/server-setup.ts).
export SV_TYPECHECKED=1

# PostgreSQL: use TEST_POSTGRES_URL, else the local server if one answers. CI must have it.
if [ -z "${TEST_POSTGRES_URL:-}" ] && node -e 'const s=require("net").connect(5432,"127.0.0.1");s.on("connect",()=>process.exit(0));s.on("error",()=>process.exit(1))'; then
  export TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres
fi
if [ -z "${TEST_POSTGRES_URL:-}" ]; then
  [ -n "${CI:-}" ] && die "No PostgreSQL: CI must run the PostgreSQL suite (set TEST_POSTGRES_URL)."
  printf '\033[33mNo PostgreSQL found: the PostgreSQL suites will be skipped on this machine.\033[0m\n'
fi

say "Unit, service, route-handler and component tests"
npx jest --ci

say "Browser journeys (Chromium)"
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    die "Chromium is missing: install it (Debian: sudo apt-get install -y chromium) to run the browser tests."
  fi
fi
npx jest --ci -c tests/browser/jest.config.js
say "All tests passed"
