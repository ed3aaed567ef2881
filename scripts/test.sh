#!/usr/bin/env bash
# The whole test suite. Installs what it needs (workspace, Chromium, redis-server), then: lint,
# type-check, golden --check, vitest. Each test that needs Redis starts its own on a free loopback port.
# Ends with the line "N passed, N failed" that CI reads.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
step() { echo "==> $*" >&2; "$@" || { echo "!! failed: $*" >&2; status=1; }; }

bash scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
bash scripts/install-services.sh || { echo "0 passed, 1 failed"; exit 1; }
step npx biome check .
step npx tsc -p tsconfig.json
step bash scripts/check-generated.sh

rm -f .vitest-results.json
npx vitest run --reporter=default --reporter=json --outputFile.json=.vitest-results.json || status=1
node scripts/test-summary.mjs .vitest-results.json $status
