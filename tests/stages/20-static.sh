#!/usr/bin/env bash
# What a Moodle plugin reviewer runs (moodle-plugin-ci's checks, with real tools available here):
#   php -l; PHP_CodeSniffer with tests/static/phpcs-moodle.xml; phpdoc + GPL header; upgrade savepoints;
#   lang parity en/fr and used strings; version.php; install.xml; Mustache examples; ESLint with Moodle's rules
#   on <plugin>/amd/src/*.js and on amd/**/*.ts; <plugin>/amd/{src,build} up to date with amd/ (no orphans);
#   no hand-written PHP/TS/Mustache/amd-src JS file over 400 lines (tests/static/checks/size.php, with its allowlist).
# Counts one result per file or per check; writes "PASSED FAILED" to $SENS_STAGE_COUNTS.
# Does not need a Moodle checkout (Moodle's ESLint rules are copied in tests/static/eslint/moodle-rules.json;
# when $MOODLE_DIR has .eslintrc the copy is checked against it).
# Usage: bash tests/stages/20-static.sh            (or: bash tests/run-all.sh static)
#        SENS_STATIC_ONLY="phpcs eslint" bash tests/stages/20-static.sh   (run some checks only)
set -uo pipefail
cd "${SENS_ROOT:-$(dirname "$0")/../..}"
MOODLE_DIR="${MOODLE_DIR:-$HOME/moodle}"
passed=0; failed=0
stage_start=$(date +%s)

# Plugin folder → component (mod_portfolio/ is mod_sensportfolio, see README).
PLUGINS=()
for pair in availability_sens:availability_sens local_sens:local_sens block_competences:block_competences \
    mod_portfolio:mod_sensportfolio; do
  if [ -d "${pair%%:*}" ]; then PLUGINS+=("$pair"); else echo "FAIL ${pair%%:*}/: plugin folder missing"; failed=$((failed + 1)); fi
done
DIRS=("${PLUGINS[@]%%:*}")

want() { [ -z "${SENS_STATIC_ONLY:-}" ] || [[ " $SENS_STATIC_ONLY " == *" $1 "* ]]; }

# Adds the "COUNTS p f" of a checker's output to the totals; shows failures and warnings, hides PASS lines
# unless SENS_VERBOSE=1.
add_counts() {
  local name="$1" out="$2" rc="$3" line p f
  line="$(grep -E '^COUNTS [0-9]+ [0-9]+$' <<<"$out" | tail -n 1)"
  if [ "${SENS_VERBOSE:-0}" = 1 ]; then grep -v '^COUNTS' <<<"$out"; else grep -vE '^(PASS|COUNTS)' <<<"$out"; fi
  if [ -z "$line" ]; then
    echo "FAIL $name: checker crashed (exit $rc)"; failed=$((failed + 1)); return
  fi
  read -r _ p f <<<"$line"
  passed=$((passed + p)); failed=$((failed + f))
  printf -- '-- %-12s %4d passed %4d failed\n' "$name" "$p" "$f"
}

timed() { local s; s=$(date +%s%N); "$@"; echo "   ($(( ($(date +%s%N) - s) / 1000000 )) ms)"; }

PHP_FILES=()
while IFS= read -r -d '' f; do PHP_FILES+=("$f"); done < <(find "${DIRS[@]}" -name '*.php' -not -path '*/vendor/*' -print0 | sort -z)

run_php_lint() {
  # One php -l per file (PHP 8.2 lints one file per run), 4 at a time; -n skips php.ini's extensions
  # (a syntax check needs none) which makes each run several times faster.
  local out p f2
  out="$(printf '%s\0' "${PHP_FILES[@]}" | xargs -0 -r -n1 -P4 sh -c '
    if m="$(php -n -l "$1" 2>&1)"; then echo "PASS $1: php -l";
    else echo "FAIL $1: $(printf "%s" "$m" | grep -v "^Errors parsing" | head -n 3 | tr "\n" " ")"; fi' _ | sort)"
  p=$(grep -c '^PASS' <<<"$out"); f2=$(grep -c '^FAIL' <<<"$out")
  add_counts "php -l" "${out}"$'\n'"COUNTS $p $f2" 0
}

ensure_phpcs() {
  if [ ! -x vendor/bin/phpcs ]; then
    echo "-- installing PHP_CodeSniffer (composer install, into vendor/)"
    COMPOSER_NO_INTERACTION=1 composer install --no-progress --quiet || return 1
  fi
}

run_phpcs() {
  if ! ensure_phpcs; then echo "FAIL phpcs: composer install failed"; failed=$((failed + 1)); return; fi
  local out
  out="$(vendor/bin/phpcs -q --standard=tests/static/phpcs-moodle.xml --report=json "${PHP_FILES[@]}" 2>&1 | node tests/static/phpcs-summary.cjs)"
  add_counts "phpcs" "$out" $?
}

run_checks_php() {
  local check="$1" out rc
  out="$(php tests/static/checks.php "$check" "${PLUGINS[@]}" 2>&1)"; rc=$?
  add_counts "$check" "$out" "$rc"
}

run_size() {
  local out rc dirs=() d
  for d in "${DIRS[@]}" amd build rules-engine scripts tests; do [ -d "$d" ] && dirs+=("$d"); done
  out="$(php tests/static/checks.php size "${dirs[@]}" 2>&1)"; rc=$?
  add_counts "size" "$out" "$rc"
}

run_mustache() {
  local out rc c; c="$(mktemp)"
  out="$(node tests/static/mustache.cjs - "${PLUGINS[@]}" 2>&1)"; rc=$?
  local p f; p=$(grep -c '^PASS' <<<"$out"); f=$(grep -c '^FAIL' <<<"$out")
  [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
  add_counts "mustache" "$out"$'\n'"COUNTS $p $f" "$rc"; rm -f "$c"
}

run_mustache_moodle() {
  if [ ! -f "$MOODLE_DIR/lib/mustache/src/Mustache/Autoloader.php" ]; then
    if [ "${SENS_REQUIRE_MOODLE:-0}" = 1 ]; then add_counts "mustache-php" "FAIL no Moodle at $MOODLE_DIR"$'\n'"COUNTS 0 1" 1
    else echo "-- mustache-php: SKIPPED: no Moodle at $MOODLE_DIR (templates were still rendered by mustache.js)"; fi
    return
  fi
  local out rc; out="$(php tests/static/mustache-moodle.php "$MOODLE_DIR" "${PLUGINS[@]}" 2>&1)"; rc=$?
  add_counts "mustache-php" "$out" "$rc"
}

run_amd_fresh() {
  local out rc; out="$(npx --no-install tsx build/amd/build.ts --check 2>&1)"; rc=$?
  if [ "$rc" -eq 0 ]; then add_counts "amd-build" "PASS $out"$'\n'"COUNTS 1 0" 0
  else add_counts "amd-build" "$(sed 's/^/FAIL /' <<<"$out")"$'\n'"COUNTS 0 1" 1; fi
}

run_eslint() {
  local kind="$1"; shift
  local files=("$@") out rc c; c="$(mktemp)"
  if [ ${#files[@]} -eq 0 ]; then echo "-- eslint $kind: no files"; return; fi
  out="$(node tests/static/eslint/run.cjs "$kind" "$c" "${files[@]}" 2>&1)"; rc=$?
  add_counts "eslint-$kind" "$out"$'\n'"COUNTS $(cat "$c" 2>/dev/null || echo '0 1')" "$rc"; rm -f "$c"
}

run_eslint_rules_sync() {
  if [ -f "$MOODLE_DIR/.eslintrc" ]; then
    local out rc; out="$(node tests/static/eslint/sync-moodle-rules.cjs --check 2>&1)"; rc=$?
    if [ "$rc" -eq 0 ]; then add_counts "eslint-rules" "PASS $out"$'\n'"COUNTS 1 0" 0; else add_counts "eslint-rules" "FAIL $out"$'\n'"COUNTS 0 1" 1; fi
  else
    echo "-- eslint-rules: no $MOODLE_DIR/.eslintrc, using the committed copy of Moodle's rules"
  fi
}

echo "-- static checks on: ${DIRS[*]} (${#PHP_FILES[@]} PHP files)"
want phplint    && timed run_php_lint
want phpcs      && timed run_phpcs
want phpdoc     && timed run_checks_php phpdoc
want savepoints && timed run_checks_php savepoints
want lang       && timed run_checks_php lang
want strings    && timed run_checks_php strings
want version    && timed run_checks_php version
want installxml && timed run_checks_php installxml
want size       && timed run_size
want mustache   && timed run_mustache
want mustache   && timed run_mustache_moodle
want amd        && timed run_amd_fresh
if want eslint; then
  mapfile -t JS < <(find "${DIRS[@]}" -path '*/amd/src/*.js' | sort)
  mapfile -t TS < <(find amd -name '*.ts' -not -name '*.test.ts' 2>/dev/null | sort)
  timed run_eslint_rules_sync
  timed run_eslint js "${JS[@]}"
  timed run_eslint ts "${TS[@]}"
fi

echo "-- static: $passed passed, $failed failed in $(( $(date +%s) - stage_start ))s"
echo "$passed $failed" > "${SENS_STAGE_COUNTS:-/dev/null}"
[ "$failed" -eq 0 ]
