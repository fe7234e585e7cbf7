#!/usr/bin/env bash
# Moodle PHPUnit again with Redis as MUC's application store (issue 17: the store a Moodle cluster shares), for the
# tests that read or write SENS caches: open units, mapping, programme definitions, the verify page's rate limit,
# decisions and their recompute, gating and the observers (scripts/phpunit.sh with SENS_PHPUNIT_CACHE=redis: a Redis
# of its own on 127.0.0.1:6395, no re-initialisation of the test site). shared_store_test checks in Redis itself
# that the entries are there. Counts come from PHPUnit's JUnit report; skips (with the reason) only when Redis
# cannot be installed on this machine.
set -uo pipefail
SENS_ROOT="${SENS_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}"
source "$SENS_ROOT/scripts/lib/common.sh"
counts="${SENS_STAGE_COUNTS:-/dev/null}"
sens_stage_needs_moodle
sens_install_packages >/dev/null 2>&1 || true
if ! command -v redis-server >/dev/null || ! $PHP -m | grep -i '^redis$' >/dev/null; then
  echo "SKIPPED: Redis cannot be installed here (Debian packages redis-server and php8.2-redis): no PHPUnit run with Redis"
  echo "0 0" > "$counts"; exit 0
fi
classes=(shared_store_test open_units_repository_test gating_service_test gating_guard_test enforcement_test
  decision_service_test pending_service_test mapping_service_test mapping_external_test programme_version_repository_test
  certificate_code_test observer_test deletion_observer_test condition_test competences_test)
filter="\\\\($(IFS='|'; echo "${classes[*]}"))::"
junit="$(mktemp)"
suites=availability_sens_testsuite,local_sens_testsuite,block_competences_testsuite
echo "-- SENS_PHPUNIT_CACHE=redis scripts/phpunit.sh --testsuite $suites --filter '$filter'"
SENS_PHPUNIT_CACHE=redis bash "$SENS_ROOT/scripts/phpunit.sh" --testdox --log-junit "$junit" --testsuite "$suites" \
  --filter "$filter"; rc=$?
sens_phpunit_counts "$junit" "$rc" "phpunit (Redis application store)"; passed=$PASSED; failed=$FAILED
# Every class named above must have run: a renamed or moved test would silently drop out of the filter.
if [ -s "$junit" ]; then
  for class in "${classes[@]}"; do
    grep -q "<testsuite name=\"[^\"]*\\\\$class\"" "$junit" || { echo "FAIL $class did not run"; failed=$((failed + 1)); }
  done
fi
rm -f "$junit"
echo "$passed $failed" > "$counts"
[ "$failed" -eq 0 ]
