#!/usr/bin/env bash
# The main job: set up, generate the example contract's packages, then a real round trip:
# the generated sender signs events, a loopback server built on the generated receiver checks them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cd examples/acme-shop
node ../../packages/cli/bin/hookwright.js generate   # input and out come from hookwright.config.json
npx tsx src/round-trip.ts
