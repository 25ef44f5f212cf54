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

# The address to open: the site's own URL (NEXTAUTH_URL, where sign-in sends people back to), or
# localhost on PORT.
site_url() { local url="${NEXTAUTH_URL:-http://localhost:${PORT:-3000}}"; printf '%s' "${url%/}"; }

# Passes the seed's output through, except its "Demo logins:" block, which goes to FILE for the end.
split_logins() {
  local file="$1" line in_logins=0
  while IFS= read -r line; do
    if [ "$line" = "Demo logins:" ]; then in_logins=1; continue; fi
    if [ "$in_logins" = 1 ]; then printf '%s\n' "$line" >> "$file"; else printf '%s\n' "$line"; fi
  done
}

# Passes the server's output through; at its "ready" line prints where to go and how to sign in.
announce_when_ready() {
  local url="$1" logins_file="$2" line
  while IFS= read -r line; do
    printf '%s\n' "$line"
    case "$line" in
      "StackVerdict ready on"*)
        say "StackVerdict is ready: ${url}  (admin: ${url}/admin)"
        if [ -s "$logins_file" ]; then printf 'Demo logins:\n'; cat "$logins_file"; fi
        printf '\nStop with Ctrl-C.\n'
        ;;
    esac
  done
}

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
