#!/usr/bin/env bash
# Site stage: idempotent site setup (scripts/setup-site.sh), Moodle's database schema check, and a clean
# uninstall of our three plugins (no table, no config left) followed by a reinstall through upgrade.
set -uo pipefail
SENS_ROOT="${SENS_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}"
source "$SENS_ROOT/scripts/lib/common.sh"
counts="${SENS_STAGE_COUNTS:-/dev/null}"
sens_stage_needs_moodle
passed=0; failed=0
check() { # name, then a command; counts the result
  local name="$1"; shift
  if "$@"; then echo "PASS $name"; passed=$((passed + 1)); else echo "FAIL $name"; failed=$((failed + 1)); fi
}
finish() { echo "$passed $failed" > "$counts"; [ "$failed" -eq 0 ]; exit $?; }

check "setup-site.sh (install or upgrade, plugins mounted, served)" bash "$SENS_ROOT/scripts/setup-site.sh"
[ "$failed" -eq 0 ] || finish

# The daemons setup-site starts (PostgreSQL, php -S) must not keep its lock: the next stage's setup would wait on
# it forever (a hung CI run, seen once). Nothing may hold site.lock once setup-site has returned.
no_lock_holder() {
  local holders; holders="$(fuser "$SENS_DATA/site.lock" 2>/dev/null | xargs)"
  [ -z "$holders" ] || { echo "site.lock held by: $(ps -o pid=,comm= -p "${holders// /,}" | xargs)"; return 1; }
}
check "no process keeps site.lock after setup-site.sh" no_lock_holder

installed=()
for i in "${!SENS_COMPONENTS[@]}"; do
  entry="${SENS_PLUGINS[$i]}"; comp="${SENS_COMPONENTS[$i]}"
  if [ -f "$SENS_ROOT/${entry%%:*}/version.php" ]; then installed+=("$comp"); fi
done
echo "components under test: ${installed[*]:-none}"

plugin_version() { sens_dbq "select value from mdl_config_plugins where plugin='$1' and name='version'"; }
for comp in "${installed[@]}"; do
  check "$comp installed (version $(plugin_version "$comp"))" test -n "$(plugin_version "$comp")"
done

schema_check() {
  local out; out="$(cd "$MOODLE_DIR" && $PHP admin/cli/check_database_schema.php 2>&1)"; local rc=$?
  # Moodle prints exactly this line when it finds no difference between install.xml files and the database.
  if [ "$rc" -ne 0 ] || [ "$out" != "Database structure is ok." ]; then echo "$out" | head -n 40; return 1; fi
}
check "check_database_schema.php reports nothing" schema_check

# Table names per component: frankenstyle prefixes Moodle gives plugin tables.
table_pattern() {
  case "$1" in
    availability_sens) echo "mdl_availability_sens%";;
    local_sens) echo "mdl_local_sens%";;
    block_competences) echo "mdl_block_competences%";;
    mod_sensportfolio) echo "mdl_sensportfolio%";;
  esac
}
leftovers() { # component -> prints what remains of it
  local comp="$1" t c
  t="$(sens_dbq "select string_agg(tablename, ',') from pg_tables where tablename like '$(table_pattern "$comp")'")"
  c="$(sens_dbq "select count(*) from mdl_config_plugins where plugin='$comp'")"
  echo "tables=[${t}] config_rows=$c"
}
if [ ${#installed[@]} -gt 0 ]; then
  list="$(IFS=,; echo "${installed[*]}")"
  for comp in "${installed[@]}"; do echo "before uninstall, $comp: $(leftovers "$comp")"; done
  # What level gating leaves in Moodle's own tables: SENS level conditions on activities and sections, groups of the
  # first gating (sens:<unit>) and memberships owned by local_sens. After the uninstall, none may remain.
  gating_refs() {
    local c g m
    c="$(sens_dbq "select (select count(*) from mdl_course_modules where availability like '%\"type\":\"sens\"%')
                        + (select count(*) from mdl_course_sections where availability like '%\"type\":\"sens\"%')")"
    g="$(sens_dbq "select count(*) from mdl_groups where idnumber like 'sens:%'")"
    m="$(sens_dbq "select count(*) from mdl_groups_members where component = 'local_sens'")"
    echo "conditions=$c groups=$g memberships=$m"
  }
  echo "before uninstall, level gating in Moodle: $(gating_refs)"
  # Fail closed: Moodle refuses to uninstall the SENS level restriction while local_sens (which requires it) is here.
  refused() {
    local out; out="$(cd "$MOODLE_DIR" && $PHP admin/cli/uninstall_plugins.php --plugins=availability_sens --run 2>&1)"
    echo "$out" | tail -n 1; echo "$out" | grep -q "Can not be uninstalled" && [ -n "$(plugin_version availability_sens)" ]
  }
  if [ -f "$SENS_ROOT/availability_sens/version.php" ] && [ -f "$SENS_ROOT/local_sens/version.php" ]; then
    check "availability_sens cannot be uninstalled while local_sens is installed" refused
  fi
  # One at a time, dependents first; Moodle refuses to uninstall a plugin that a plugin present on disk
  # requires, so each uninstalled plugin's folder is unmounted (as an admin would delete it) until reinstall.
  uninstall() {
    local out; out="$(cd "$MOODLE_DIR" && $PHP admin/cli/uninstall_plugins.php --plugins="$1" --run 2>&1)"
    echo "$out" | tail -n 3; echo "$out" | grep -q "++ Success ++"
  }
  for ((k=${#installed[@]}-1; k>=0; k--)); do
    comp="${installed[$k]}"; entry="${SENS_PLUGINS[$k]}"
    check "uninstall_plugins.php --plugins=$comp --run" uninstall "$comp"
    left="$(leftovers "$comp")"
    check "$comp uninstalled leaves nothing ($left)" test "$left" = "tables=[] config_rows=0"
    sens_sudo umount "$MOODLE_DIR/${entry#*:}"
  done
  left="$(gating_refs)"
  check "uninstall leaves no SENS condition, group or membership in Moodle ($left)" \
    test "$left" = "conditions=0 groups=0 memberships=0"
  sens_mount_plugins
  reinstall() { (cd "$MOODLE_DIR" && $PHP admin/cli/upgrade.php --non-interactive) | tail -n 3; }
  check "reinstall through upgrade.php" reinstall
  for comp in "${installed[@]}"; do
    check "$comp reinstalled (version $(plugin_version "$comp"))" test -n "$(plugin_version "$comp")"
  done
  check "check_database_schema.php reports nothing after reinstall" schema_check
  # The uninstall removed the demo's block instances: put the demo back for later stages.
  check "demo data (scripts/demo/create_demo.php)" $PHP "$SENS_ROOT/scripts/demo/create_demo.php"
fi
check "site answers at $SENS_URL" sens_site_answers
finish
