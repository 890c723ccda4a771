#!/usr/bin/env bash
# The whole test suite (README: `npm install && npm test`): type check, unit tests, API tests
# on the embedded database and on a throwaway PostgreSQL cluster, then browser tests in
# Debian's Chromium. Every step runs; the exit code is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
results=$(mktemp -d)
# Its own folder directly under /tmp: as root the cluster runs as the postgres user, who
# cannot enter the private $results folder.
cluster=$(mktemp -d -t congtac-pg.XXXXXX)
failed=()
trap 'scripts/pg-cluster.sh stop "$cluster" >/dev/null 2>&1 || true; rm -rf "$results" "$cluster"' EXIT

step() {
  local name=$1; shift
  printf '\n== %s\n' "$name"
  "$@" 2>&1 | tee "$results/step.log"
  if [ "${PIPESTATUS[0]}" != 0 ]; then
    failed+=("$name")
    # Kept for the end of the run, where the tail of a long log shows it.
    { printf '\n-- end of the output of "%s":\n' "$name"; tail -n 60 "$results/step.log"; } >> "$results/failures.txt"
  fi
}

# Vitest with a JSON report beside the usual output, for the closing tally.
vitest_args() { echo "--project $1 --reporter=default --reporter=json --outputFile.json=$results/$2.json"; }

ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
}

step "Type check" npx tsc -p tsconfig.json --noEmit
step "Unit tests" npx vitest run $(vitest_args unit unit)
step "API tests on PGlite" env TEST_DB=pglite npx vitest run $(vitest_args api api-pglite)
if url=$(scripts/pg-cluster.sh start "$cluster"); then
  step "API tests on PostgreSQL" env TEST_DB=postgres TEST_DATABASE_URL="$url" npx vitest run $(vitest_args api api-postgres)
else
  failed+=("PostgreSQL cluster start")
fi
step "Browser (Chromium)" ensure_chromium
step "Web build" npm run --silent build:web
step "Browser tests" npx vitest run $(vitest_args e2e e2e)

node -e '
  const fs = require("fs");
  let passed = 0, failed = 0;
  for (const file of fs.readdirSync(process.argv[1]).filter((f) => f.endsWith(".json"))) {
    const report = JSON.parse(fs.readFileSync(process.argv[1] + "/" + file, "utf8"));
    passed += report.numPassedTests; failed += report.numFailedTests;
  }
  console.log(`\nAll tests: ${passed} passed, ${failed} failed`);
' "$results"

if [ ${#failed[@]} -gt 0 ]; then
  cat "$results/failures.txt" 2>/dev/null
  printf 'Failed steps: %s\n' "${failed[*]}"
  exit 1
fi
