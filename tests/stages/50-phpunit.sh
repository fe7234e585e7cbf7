#!/usr/bin/env bash
# Moodle PHPUnit (advanced_testcase, Moodle's test framework) for our three components, run from the Moodle
# checkout after scripts/phpunit-init.sh. Counts come from PHPUnit's JUnit report.
set -uo pipefail
SENS_ROOT="${SENS_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}"
source "$SENS_ROOT/scripts/lib/common.sh"
counts="${SENS_STAGE_COUNTS:-/dev/null}"
sens_stage_needs_moodle
# One PHPUnit test database: wait for any other run (scripts/phpunit.sh) to finish.
sens_lock 9 "$SENS_DATA/phpunit.lock" || { echo "0 1" > "$counts"; exit 1; }
bash "$SENS_ROOT/scripts/setup-site.sh" >/dev/null || { echo "FAIL setup-site.sh"; echo "0 1" > "$counts"; exit 1; }
bash "$SENS_ROOT/scripts/phpunit-init.sh" || { echo "FAIL phpunit-init.sh"; echo "0 1" > "$counts"; exit 1; }
suites=()
for i in "${!SENS_COMPONENTS[@]}"; do
  entry="${SENS_PLUGINS[$i]}"
  [ -d "$SENS_ROOT/${entry%%:*}/tests" ] && suites+=("${SENS_COMPONENTS[$i]}_testsuite")
done
if [ ${#suites[@]} -eq 0 ]; then echo "no tests/ folder in our plugins"; echo "0 1" > "$counts"; exit 1; fi
junit="$(mktemp)"
echo "-- vendor/bin/phpunit --testsuite $(IFS=,; echo "${suites[*]}")"
(cd "$MOODLE_DIR" && vendor/bin/phpunit --colors=never --testdox --log-junit "$junit" \
  --testsuite "$(IFS=,; echo "${suites[*]}")"); rc=$?
if [ -s "$junit" ]; then
  read -r tests failures errors skipped < <(php -r '$x = simplexml_load_file($argv[1]); $s = $x->testsuite;
    echo (int)$s["tests"], " ", (int)$s["failures"], " ", (int)$s["errors"], " ", (int)$s["skipped"], "\n";' "$junit")
  failed=$((failures + errors)); passed=$((tests - failed - skipped))
  # A skipped or incomplete test is not a pass; count it as a failure so it cannot hide.
  failed=$((failed + skipped))
  echo "phpunit: $tests tests, $failures failures, $errors errors, $skipped skipped/incomplete"
else
  passed=0; failed=1; echo "no JUnit report (phpunit exit $rc)"
fi
rm -f "$junit"
[ "$rc" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1
echo "$passed $failed" > "$counts"
[ "$failed" -eq 0 ]
