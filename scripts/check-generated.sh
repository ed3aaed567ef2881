#!/usr/bin/env bash
# Committed golden output must be exactly what the current compiler generates.
set -euo pipefail
for example in acme-shop github-style stripe-style; do
  (cd "$(dirname "$0")/../examples/$example" && node ../../packages/cli/bin/hookwright.js generate --check)
done
