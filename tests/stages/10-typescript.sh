#!/usr/bin/env bash
# Type-checks every TypeScript source, then runs all jest tests (engine, generators, frontend, conformance).
set -uo pipefail
cd "${SENS_ROOT:-$(dirname "$0")/../..}"
passed=0; failed=0
echo "-- tsc --noEmit"
if npx tsc -p tsconfig.json; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
report="$(mktemp)"
echo "-- jest"
npx jest --ci --json --outputFile="$report" 2>&1 | tail -n 40
if [ -s "$report" ]; then
  p=$(node -e "const r=require('$report');console.log(r.numPassedTests)")
  f=$(node -e "const r=require('$report');console.log(r.numFailedTests + r.numRuntimeErrorTestSuites)")
  passed=$((passed + p)); failed=$((failed + f))
else
  failed=$((failed + 1))
fi
rm -f "$report"
echo "$passed $failed" > "${SENS_STAGE_COUNTS:-/dev/null}"
[ "$failed" -eq 0 ]
