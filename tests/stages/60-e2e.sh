#!/usr/bin/env bash
# Browser stage: the site up (setup-site + demo data), then tests/e2e/*.test.ts with node's test runner (tsx)
# driving Debian's chromium through playwright-core. Counts from the runner's TAP summary.
set -uo pipefail
SENS_ROOT="${SENS_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}"
source "$SENS_ROOT/scripts/lib/common.sh"
counts="${SENS_STAGE_COUNTS:-/dev/null}"
sens_stage_needs_moodle
{ bash "$SENS_ROOT/scripts/setup-site.sh" && $PHP "$SENS_ROOT/scripts/demo/create_demo.php"; } >/dev/null ||
  { echo "FAIL site or demo data"; echo "0 1" > "$counts"; exit 1; }
[ -x /usr/bin/chromium ] || { echo "FAIL no /usr/bin/chromium (scripts/setup-site.sh installs it)"; echo "0 1" > "$counts"; exit 1; }
# Warm the site once: after a cache purge (new plugin files, an upgrade) the first requests build the theme's CSS
# and the JavaScript bundles, which can outlast a test's 30 s wait on this 2-core machine.
curl -s -m 180 "$SENS_URL/login/index.php" | grep -oE '(href|src)="[^"]*(styles|javascript|requirejs|yui_combo)[^"]*"' |
  sed -E 's/^(href|src)="//; s/"$//; s/&amp;/\&/g' | sort -u | while read -r asset; do
    curl -s -o /dev/null -m 180 "$asset" || true
  done
cd "$SENS_ROOT"
out="$(mktemp)"
# One file at a time: the tests share the demo learners and re-run the demo script to restore them.
SENS_URL="$SENS_URL" node --import tsx --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$out" tests/e2e/*.test.ts; rc=$?
passed=$(grep -E '^# pass ' "$out" | awk '{print $3}'); failed=$(grep -E '^# fail ' "$out" | awk '{print $3}')
passed=${passed:-0}; failed=${failed:-1}
rm -f "$out"
[ "$rc" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1
echo "e2e: $passed passed, $failed failed (screenshots in tests/e2e/artifacts/)"
echo "$passed $failed" > "$counts"
[ "$failed" -eq 0 ]
