#!/usr/bin/env bash
# npm run demo: install, migrate SQLite, seed demo content, build, start on :3000 (or $PORT).
source "$(dirname "$0")/lib.sh"
install_deps
load_env
say "Migrating the database ($DATABASE_URL)"
npm run -s db:migrate
say "Seeding demo content"
npm run -s db:seed
say "Building the app"
npx next build
HOSTNAME="$(demo_hostname)"
export HOSTNAME
say "Starting StackVerdict on http://localhost:${PORT:-3000}  (admin: /admin; listening on ${HOSTNAME})"
PORT="${PORT:-3000}" NODE_ENV=production exec npx tsx scripts/server.ts
