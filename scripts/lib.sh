# Shared shell helpers for scripts/*.sh. Sourced, not run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NEXT_TELEMETRY_DISABLED=1

say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
die() { printf '\n\033[1;31mERROR: %s\033[0m\n' "$*" >&2; exit 1; }

# Installs dependencies exactly from the lockfile when node_modules is missing or stale.
install_deps() {
  command -v node >/dev/null || die "Node.js 20.9+ is required (https://nodejs.org)."
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing dependencies (npm ci)"
    npm ci --no-audit --no-fund
  fi
  say "Generating the Prisma clients"
  npm run -s db:generate >/dev/null
}

# The interface `npm run demo` listens on: loopback only, so a demo's well-known passwords are not
# on the network, unless HOSTNAME is set in the environment or .env. bash always has a HOSTNAME shell
# variable (the machine's name), so only an exported one counts.
demo_hostname() { printenv HOSTNAME || echo 127.0.0.1; }

# Loads .env (creating it with a random secret on first use) so scripts see what Next sees.
load_env() {
  if [ ! -f .env ]; then
    say "Creating .env (SQLite, random NEXTAUTH_SECRET)"
    local secret
    secret=$(node -e 'console.log(require("crypto").randomBytes(32).toString("hex"))')
    cat > .env <<ENV
# Written by npm run demo on $(date -u +%Y-%m-%d). See README "Configuration".
DATABASE_URL=file:./data/stackverdict.db
NEXTAUTH_SECRET=${secret}
NEXTAUTH_URL=http://localhost:${PORT:-3000}
ENV
  fi
  set -a
  # shellcheck disable=SC1091
  . ./.env
  set +a
}
