#!/usr/bin/env bash
# The quick start, one command on a fresh machine: installs dependencies when needed, then `npm run demo`
# (emulator + a real VS Code with the extension and examples/ open). Extra arguments go to scripts/demo.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
exec node scripts/demo.mjs "$@"
