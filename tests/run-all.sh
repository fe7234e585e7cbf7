#!/usr/bin/env bash
# Runs every test stage in tests/stages/ in order and sums their counts.
#
# Contract for a stage (tests/stages/NN-name.sh):
#   - it prints what it does, and writes "PASSED FAILED" (two integers) to "$SENS_STAGE_COUNTS";
#   - it exits non-zero when anything failed;
#   - a stage that needs Moodle and finds none prints "SKIPPED: no Moodle at …" and writes "0 0",
#     unless SENS_REQUIRE_MOODLE=1 (set by .ci/run), where a missing Moodle is a failure.
# A stage that exits non-zero without writing counts is counted as one failure.
# Usage: tests/run-all.sh [stage-name-substring …]
set -uo pipefail
cd "$(dirname "$0")/.."
export SENS_ROOT="$PWD"
export MOODLE_DIR="${MOODLE_DIR:-$HOME/moodle}"
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

# Node dependencies first: every stage may use them.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # npm install from the lock file, not npm ci: npm 11 here drops other platforms' optional packages from a
  # lock file it writes, and npm ci then refuses it as out of sync.
  echo "== npm install (from package-lock.json)"
  npm install --no-audit --no-fund --no-save || { echo "npm install failed"; echo "0 passed, 1 failed"; exit 1; }
fi

total_passed=0; total_failed=0; summary=()
for stage in tests/stages/*.sh; do
  name="$(basename "$stage" .sh)"
  if [ $# -gt 0 ]; then
    keep=0; for want in "$@"; do case "$name" in *"$want"*) keep=1;; esac; done
    [ "$keep" = 1 ] || continue
  fi
  export SENS_STAGE_COUNTS="$results/$name"
  echo; echo "======== stage $name"
  start=$(date +%s)
  bash "$stage"; rc=$?
  secs=$(( $(date +%s) - start ))
  if [ -s "$SENS_STAGE_COUNTS" ]; then read -r p f < "$SENS_STAGE_COUNTS"; else p=0; f=0; fi
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  total_passed=$((total_passed + p)); total_failed=$((total_failed + f))
  summary+=("$(printf '%-28s %6d passed %4d failed %5ss' "$name" "$p" "$f" "$secs")")
done
echo; echo "======== summary"
printf '%s\n' "${summary[@]}"
echo "${total_passed} passed, ${total_failed} failed"
[ "$total_failed" -eq 0 ]
