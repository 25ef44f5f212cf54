#!/usr/bin/env bash
# npm run demo: install, migrate SQLite, seed demo content, build, start on :3000 (or $PORT).
# The address and the demo logins come last, once the server says it is ready, so they are not
# lost above the build's output.
source "$(dirname "$0")/lib.sh"
install_deps
load_env
say "Migrating the database ($DATABASE_URL)"
npm run -s db:migrate
say "Seeding demo content"
logins_file="$(mktemp)"
trap 'rm -f "$logins_file"' EXIT
npm run -s db:seed | split_logins "$logins_file"
say "Building the app"
npx next build
HOSTNAME="$(demo_hostname)"
export HOSTNAME
PORT="${PORT:-3000}"
export PORT
say "Starting StackVerdict (listening on ${HOSTNAME}:${PORT})"
NODE_ENV=production npx tsx scripts/server.ts | announce_when_ready "$(site_url)" "$logins_file"
exit "${PIPESTATUS[0]}"
