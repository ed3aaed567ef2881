#!/usr/bin/env bash
# Committed golden output must be exactly what the current compiler generates.
set -euo pipefail
cd "$(dirname "$0")/../examples/acme-shop"
node ../../packages/cli/bin/hookwright.js generate --check
