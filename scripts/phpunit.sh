#!/usr/bin/env bash
# Runs Moodle PHPUnit for a developer: (re)initialises the test site if needed, then vendor/bin/phpunit with the
# given arguments, e.g. `bash scripts/phpunit.sh --filter record_builder_test` or
# `bash scripts/phpunit.sh --testsuite local_sens_testsuite`. Moodle has one PHPUnit test database, so runs take
# a lock: two at once would reset each other's data.
set -euo pipefail
SENS_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$SENS_ROOT/scripts/lib/common.sh"
sens_lock 9 "$SENS_DATA/phpunit.lock"
bash "$SENS_ROOT/scripts/phpunit-init.sh" >/dev/null
cd "$MOODLE_DIR" && vendor/bin/phpunit --colors=never "$@"
