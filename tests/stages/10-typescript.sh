#!/usr/bin/env bash
# Type-checks every TypeScript source, then runs all jest tests (engine, generators, frontend, conformance).
set -uo pipefail
cd "${SENS_ROOT:-$(dirname "$0")/../..}"
passed=0; failed=0
echo "-- tsc --noEmit"
if npx tsc -p tsconfig.json; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
report="$(mktemp)"
echo "-- jest"
npx jest --ci --json --outputFile="$report" > /dev/null 2> "$report.log"; jest_rc=$?
# jest's human report goes to stderr; keep the failures and the summary visible.
grep -vE '^\s+at ' "$report.log" | tail -n 200
counts="$(node -e "const r=JSON.parse(require('fs').readFileSync(process.argv[1],'utf8'));console.log(r.numPassedTests, r.numFailedTests + r.numRuntimeErrorTestSuites)" "$report" 2>/dev/null)"
if [ -n "$counts" ]; then
  read -r p f <<< "$counts"
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$jest_rc" -ne 0 ] && [ "$f" -eq 0 ]; then failed=$((failed + 1)); fi
else
  echo "jest produced no report"; failed=$((failed + 1))
fi
rm -f "$report.log"
rm -f "$report"
echo "$passed $failed" > "${SENS_STAGE_COUNTS:-/dev/null}"
[ "$failed" -eq 0 ]
