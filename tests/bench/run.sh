#!/usr/bin/env bash
# Runs every benchmark (tests/bench/*.bench.sh). Benchmarks measure; they never pass or fail a build.
set -uo pipefail
cd "$(dirname "$0")/../.."
[ -d node_modules ] || npm install --no-audit --no-fund --no-save
for b in tests/bench/*.bench.sh; do
  [ -e "$b" ] || continue
  echo "======== $(basename "$b" .bench.sh)"
  bash "$b"
done
