#!/usr/bin/env bash
# Runs every benchmark (tests/bench/*.bench.sh). Benchmarks measure; they never pass or fail a build.
set -uo pipefail
cd "$(dirname "$0")/../.."
[ -d node_modules ] || npm ci --no-audit --no-fund
for b in tests/bench/*.bench.sh; do
  [ -e "$b" ] || continue
  echo "======== $(basename "$b" .bench.sh)"
  bash "$b"
done
