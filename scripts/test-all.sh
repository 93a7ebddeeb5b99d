#!/usr/bin/env bash
# The one command that sets up a fresh machine and runs every test: typecheck, lint, unit, LSP, CLI, e2e.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
npm test
