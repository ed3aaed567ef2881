#!/usr/bin/env bash
# Services the tests need, installed and started here, never assumed. Nothing yet.
set -euo pipefail
