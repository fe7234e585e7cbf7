#!/usr/bin/env bash
# Runs Moodle PHPUnit for a developer: (re)initialises the test site if needed, then vendor/bin/phpunit with the
# given arguments, e.g. `bash scripts/phpunit.sh --filter record_builder_test` or
# `bash scripts/phpunit.sh --testsuite local_sens_testsuite`. Moodle has one PHPUnit test database, so runs take
# a lock: two at once would reset each other's data.
#
# SENS_PHPUNIT_CACHE=redis runs the tests with Redis as MUC's application store (a Moodle cluster's shared store):
# a Redis of its own on 127.0.0.1:${SENS_PHPUNIT_REDIS_PORT:-6395}, without persistence, started for the run and
# stopped after it (scripts/lib/phpunit-cache-config.php, read by config.php, sets Moodle's
# TEST_CACHE_USING_APPLICATION_STORE). The test site needs no re-initialisation: PHPUnit writes its cache
# configuration again at each reset. Default: file (Moodle's file store).
set -euo pipefail
SENS_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$SENS_ROOT/scripts/lib/common.sh"
sens_lock 9 "$SENS_DATA/phpunit.lock"
bash "$SENS_ROOT/scripts/phpunit-init.sh" >/dev/null
# The test site's cache configuration of the last run (the file store or Redis): PHPUnit writes it again, but only
# after Moodle's setup has read it, so it must not name a store of the other kind.
muc="$SENS_DATA/phpunitdata/muc/config.php"
rm -f "$muc"
case "${SENS_PHPUNIT_CACHE:-file}" in
  file) ;;
  redis)
    port="${SENS_PHPUNIT_REDIS_PORT:-6395}"; dir="$SENS_DATA/phpunit-redis"
    command -v redis-server >/dev/null && $PHP -m | grep -i '^redis$' >/dev/null ||
      { echo "ERROR: SENS_PHPUNIT_CACHE=redis needs Debian's redis-server and php8.2-redis" >&2; exit 3; }
    # Our own Redis, never one found on the port (the tests purge and wipe what they write): a Redis left by an
    # interrupted run of this script is reused, any other is refused.
    if redis-cli -p "$port" ping 2>/dev/null | grep PONG >/dev/null &&
      ! { [ -s "$dir/redis.pid" ] && [ "$(redis-cli -p "$port" info server | tr -d '\r' | sed -n 's/^process_id://p')" = "$(cat "$dir/redis.pid")" ]; }; then
      echo "ERROR: 127.0.0.1:$port answers as another Redis; set SENS_PHPUNIT_REDIS_PORT to a free port" >&2; exit 3
    fi
    mkdir -p "$dir"
    # No snapshot, no append-only file (a MUC store must not persist); lock descriptor 9 not inherited.
    (exec 9>&-; redis-cli -p "$port" ping 2>/dev/null | grep PONG >/dev/null ||
      redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
        --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$dir/redis.log")
    for _ in $(seq 50); do redis-cli -p "$port" ping 2>/dev/null | grep PONG >/dev/null && break; sleep 0.1; done
    redis-cli -p "$port" ping 2>/dev/null | grep PONG >/dev/null || { echo "ERROR: no Redis on 127.0.0.1:$port; see $dir/redis.log" >&2; exit 3; }
    trap 'redis-cli -p "'"$port"'" shutdown nosave >/dev/null 2>&1 || true; rm -f "'"$muc"'"' EXIT
    export SENS_CLUSTER_CONFIG="$SENS_ROOT/scripts/lib/phpunit-cache-config.php" SENS_PHPUNIT_REDIS_PORT="$port"
    ;;
  *) echo "ERROR: SENS_PHPUNIT_CACHE is file or redis, not '$SENS_PHPUNIT_CACHE'" >&2; exit 2 ;;
esac
cd "$MOODLE_DIR" && vendor/bin/phpunit --colors=never "$@"
