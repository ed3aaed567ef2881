#!/usr/bin/env bash
# The main job: set up, generate the example contract's packages, then the delivery demo on loopback:
# the generated sender sends a handful of events to three endpoints built on the generated receiver
# (one healthy, one failing its first two attempts, one answering 410) and prints the timeline.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cd examples/acme-shop
node ../../packages/cli/bin/hookwright.js generate   # input and out come from hookwright.config.json
npx tsx src/demo.ts
npx tsx src/demo-restart.ts   # the sender on the SQLite queue, killed and restarted: the message survives
