#!/usr/bin/env bash
# Differential test: the TypeScript engine and the generated PHP decide >= 10,000 random valid inputs; canonical JSON
# must be identical; fuzzed structurally invalid documents must get the same schema errors from ajv and the generated
# PHP. Needs PHP 8.2 CLI only (no Moodle). SENS_DIFF_RUNS / SENS_DIFF_SCHEMA_RUNS / SENS_DIFF_SEED override counts and seed.
set -uo pipefail
cd "${SENS_ROOT:-$(dirname "$0")/../..}"
passed=0; failed=0
echo "-- PHP subset check (npm run check:subset)"
if npm run --silent check:subset; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
echo "-- conformance fixtures against the generated PHP (plain PHP runner)"
if php tests/conformance/run.php; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
echo "-- hand-written cases (expected written from the seeds) against the generated PHP (plain PHP runner)"
if php tests/handwritten/run.php; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
echo "-- differential TS vs PHP"
if npx tsx tests/differential/differential.ts; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
echo "-- differential structural validation: ajv (TS) vs generated schema.php on fuzzed invalid documents"
if npx tsx tests/differential/structural.ts; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
echo "$passed $failed" > "${SENS_STAGE_COUNTS:-/dev/null}"
[ "$failed" -eq 0 ]
