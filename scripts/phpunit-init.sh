#!/usr/bin/env bash
# Prepares Moodle's PHPUnit environment for our plugins: PHPUnit 9.6 + vfsStream into $MOODLE_DIR/vendor (from
# scripts/phpunit/composer.json, Moodle's composer.json untouched), then admin/tool/phpunit/cli/init.php, only
# when Moodle's own diagnosis (util.php --diag) says the test site needs (re)initialising.
set -euo pipefail
SENS_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$SENS_ROOT/scripts/lib/common.sh"
t0=$(date +%s)
if [ ! -x "$MOODLE_DIR/vendor/bin/phpunit" ]; then
  work="$SENS_DATA/composer-phpunit"; mkdir -p "$work"
  cp "$SENS_ROOT/scripts/phpunit/composer.json" "$work/composer.json"
  echo "-- composer install (phpunit 9.6, vfsstream 1.6) into $MOODLE_DIR/vendor"
  (cd "$work" && COMPOSER_VENDOR_DIR="$MOODLE_DIR/vendor" COMPOSER_ALLOW_SUPERUSER=1 \
    composer install --no-interaction --no-progress --prefer-dist)
fi
if [ -d "$MOODLE_DIR/.git" ] && ! grep -qx "/vendor/" "$MOODLE_DIR/.git/info/exclude"; then
  echo "/vendor/" >> "$MOODLE_DIR/.git/info/exclude"
fi
# init.php always fetches composer.phar and installs Moodle's whole require-dev (Behat and more, not on our
# registry copy), even with --disable-composer; so run the same util.php steps init.php runs after that.
util() { (cd "$MOODLE_DIR/admin/tool/phpunit/cli" && $PHP util.php "$@"); }
rc=0; util --diag >/dev/null 2>&1 || rc=$?
case "$rc" in
  0) echo "-- PHPUnit test site up to date" ;;
  140) echo "-- PHPUnit test site: install (util.php --install)"; util --install | tail -n 3 ;;   # PHPUNIT_EXITCODE_INSTALL
  141) echo "-- PHPUnit test site: reinstall (util.php --drop, --install)"; util --drop | tail -n 2
       util --install | tail -n 3 ;;                                                                 # PHPUNIT_EXITCODE_REINSTALL
  *) echo "ERROR: util.php --diag exit $rc:"; util --diag; exit 1 ;;
esac
# phpunit.xml must list a test suite for each of our plugins that has tests (a plugin may land later).
stale=0; [ "$rc" = 0 ] && [ -f "$MOODLE_DIR/phpunit.xml" ] || stale=1
for i in "${!SENS_COMPONENTS[@]}"; do
  entry="${SENS_PLUGINS[$i]}"
  if [ -d "$SENS_ROOT/${entry%%:*}/tests" ] && ! grep -q "name=\"${SENS_COMPONENTS[$i]}_testsuite\"" "$MOODLE_DIR/phpunit.xml" 2>/dev/null; then
    stale=1
  fi
done
if [ "$stale" = 1 ]; then echo "-- util.php --buildconfig"; util --buildconfig | tail -n 2; fi
echo "-- phpunit ready in $(( $(date +%s) - t0 ))s"
