#!/usr/bin/env bash
# One-time set-up shared by the main job and the test command: needs only Node and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
PNPM="npx -y pnpm@12.4.2"
$PNPM install --frozen-lockfile --reporter=append-only
$PNPM run build
