#!/usr/bin/env bash
# The main job: set up, then generate the example contract's packages.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
node packages/cli/bin/hookwright.js generate examples/acme-shop/asyncapi/asyncapi.yaml \
  --out examples/acme-shop/generated
