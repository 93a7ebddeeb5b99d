#!/usr/bin/env bash
# The one command that sets up a fresh machine and runs every test (the README's test command; .ci/run calls it):
# install, e2e set-up, build, typecheck, lint, unit (core, palette, catalog, emulator, CLI), LSP, the in-editor
# e2e suite, the UI smoke test on the packaged .vsix and the demo's quick start. Every stage runs under
# `timeout`; all stages run even after a failure, then a summary (node:test's closing lines) is printed.
# Logs: .test-output/test-all/<stage>.log. Exit code 0 only when every stage passed.
set -uo pipefail
cd "$(dirname "$0")/.."
LOGS=.test-output/test-all
rm -rf "$LOGS"; mkdir -p "$LOGS"
failed=()
stages=()
started=$(date +%s)

# stage <name> <timeout-seconds> <command...>
stage() {
  local name="$1" limit="$2"; shift 2
  local t0; t0=$(date +%s)
  stages+=("$name")
  echo; echo "=== $name"
  timeout --kill-after=30 "$limit" "$@" 2>&1 | tee "$LOGS/$name.log"
  local rc=${PIPESTATUS[0]}
  [ "$rc" = 124 ] && echo "$name: timed out after ${limit}s" | tee -a "$LOGS/$name.log"
  echo "--- $name: $([ "$rc" = 0 ] && echo ok || echo "FAILED (exit $rc)") in $(( $(date +%s) - t0 ))s" | tee -a "$LOGS/$name.log"
  [ "$rc" = 0 ] || failed+=("$name")
  return "$rc"
}

# npm ci only when node_modules is missing or older than the lockfile: a fresh clone installs, a working
# copy that is already installed is left alone.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  stage install 900 npm ci --no-audit --no-fund || { echo "npm ci failed; nothing else can run"; exit 1; }
fi
stage e2e-setup 1200 bash scripts/setup-e2e.sh
stage build 300 npm run --silent build
stage typecheck 600 npx tsc -p .
stage lint 600 npx eslint .
stage unit 900 node scripts/run-tests.mjs test/unit
stage lsp 600 node scripts/run-tests.mjs test/lsp
if [ -d test/cli ]; then stage cli 600 node scripts/run-tests.mjs test/cli; fi
stage e2e-exthost 600 node test/e2e/run-exthost.mjs
# Restricted mode: workspace trust on, the folder untrusted (one suite, ~15 s).
stage e2e-untrusted 300 node test/e2e/run-exthost.mjs --untrusted
stage e2e-ui 600 node test/e2e/run-ui.mjs
stage demo-check 600 node scripts/demo.mjs --check

echo; echo "=== summary ($(( $(date +%s) - started ))s)"
for name in "${stages[@]}"; do
  log="$LOGS/$name.log"
  # node:test's closing lines (spec reporter), mocha's counts and the e2e runners' verdicts.
  lines=$(grep -E '^ℹ (tests|pass|fail|cancelled|skipped|todo|duration_ms) |^ +[0-9]+ (passing|failing|pending)|^e2e \(|^demo check|^--- ' "$log" | tr '\n' ' ')
  echo "$name: $lines"
done
# One plain closing line over every runner: node:test (unit, lsp) and mocha (e2e); a stage that failed before
# its runner reported counts as one failure.
passed=0; failures=0
for name in "${stages[@]}"; do
  log="$LOGS/$name.log"
  p=$(grep -E '^ℹ pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
  f=$(grep -E '^ℹ fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
  mp=$(grep -E '^ +[0-9]+ passing' "$log" | awk '{s+=$1} END {print s+0}')
  mf=$(grep -E '^ +[0-9]+ failing' "$log" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p + mp)); failures=$((failures + f + mf))
done
failures=$((failures > ${#failed[@]} ? failures : ${#failed[@]}))
if [ ${#failed[@]} -gt 0 ]; then echo "FAILED: ${failed[*]}"; echo "tests: $passed passed, $failures failed"; exit 1; fi
echo "all stages passed"
echo "tests: $passed passed, $failures failed"
