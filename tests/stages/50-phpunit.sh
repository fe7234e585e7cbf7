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
sens_phpunit_counts "$junit" "$rc" phpunit; passed=$PASSED; failed=$FAILED
rm -f "$junit"
echo "$passed $failed" > "$counts"
[ "$failed" -eq 0 ]
