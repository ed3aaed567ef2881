#!/usr/bin/env bash
# Committed golden output must match what the current compiler generates.
set -euo pipefail
cd "$(dirname "$0")/.."
node packages/cli/bin/hookwright.js generate examples/acme-shop/asyncapi/asyncapi.yaml \
  --out examples/acme-shop/generated --check
