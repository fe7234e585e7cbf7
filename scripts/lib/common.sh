# Shared helpers for the SENS site scripts (sourced, not run).
# Everything is configurable by environment; defaults suit a developer machine and CI alike.
MOODLE_DIR="${MOODLE_DIR:-$HOME/moodle}"
SENS_DATA="${SENS_DATA:-$HOME/.sens}"
SENS_PORT="${SENS_PORT:-8080}"
SENS_URL="http://127.0.0.1:$SENS_PORT"
SENS_DB_USER="${SENS_DB_USER:-sens}"
SENS_DB_PASS="${SENS_DB_PASS:-sens}"
SENS_DB_NAME="${SENS_DB_NAME:-sens}"
SENS_DB_PHPUNIT="${SENS_DB_PHPUNIT:-sens_phpunit}"
SENS_ADMIN_PASS="${SENS_ADMIN_PASS:-Sens-Admin-2026!}"
PHP="${PHP:-php}"
export MOODLE_DIR SENS_DATA SENS_PORT SENS_URL SENS_ROOT
export DEBIAN_FRONTEND=noninteractive

# Debian packages, installed only when missing.
SENS_PACKAGES=(php8.2-cli php8.2-pgsql php8.2-curl php8.2-zip php8.2-gd php8.2-soap php8.2-mbstring php8.2-intl
  php8.2-xml postgresql locales chromium git composer unzip curl psmisc redis-server php8.2-redis)

sens_sudo() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

sens_install_packages() {
  local missing=() p
  for p in "${SENS_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    sens_sudo apt-get update -q
    sens_sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    echo "all ${#SENS_PACKAGES[@]} packages present"
  fi
}

sens_ensure_locales() {
  local need=0 l
  for l in en_AU fr_FR; do
    locale -a 2>/dev/null | grep -qi "^${l}\.utf-\?8$" && continue
    need=1
    if grep -q "^# *${l}.UTF-8 UTF-8" /etc/locale.gen; then
      sens_sudo sed -i "s/^# *${l}.UTF-8 UTF-8/${l}.UTF-8 UTF-8/" /etc/locale.gen
    elif ! grep -q "^${l}.UTF-8 UTF-8" /etc/locale.gen; then
      echo "${l}.UTF-8 UTF-8" | sens_sudo tee -a /etc/locale.gen >/dev/null
    fi
  done
  if [ "$need" = 1 ]; then sens_sudo locale-gen; else echo "locales present"; fi
}

sens_ensure_php_ini() {
  local dir f
  for dir in /etc/php/8.2/cli/conf.d; do
    f="$dir/99-sens.ini"
    if ! grep -q "max_input_vars = 5000" "$f" 2>/dev/null; then
      printf '; Written by SENS scripts/setup-site.sh\nmax_input_vars = 5000\n' | sens_sudo tee "$f" >/dev/null
      echo "wrote $f"
    fi
  done
}

sens_pg_version() { ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1; }

sens_as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
sens_psql() { sens_as_postgres psql -X -q -v ON_ERROR_STOP=1 "$@"; }
# psql as our role over TCP (what Moodle uses).
sens_dbq() { PGPASSWORD="$SENS_DB_PASS" psql -X -A -t -h 127.0.0.1 -U "$SENS_DB_USER" -d "${2:-$SENS_DB_NAME}" -c "$1"; }

sens_ensure_postgres() {
  local v; v="$(sens_pg_version)"
  [ -n "$v" ] || { echo "PostgreSQL not installed"; return 1; }
  if ! pg_lsclusters -h 2>/dev/null | grep -q "^$v main"; then sens_sudo pg_createcluster "$v" main; fi
  # Loopback only.
  local conf="/etc/postgresql/$v/main/postgresql.conf"
  if ! grep -q "^listen_addresses = 'localhost'" "$conf"; then
    echo "listen_addresses = 'localhost'" | sens_sudo tee -a "$conf" >/dev/null
  fi
  if ! pg_lsclusters -h | awk -v v="$v" '$1==v && $2=="main"{print $4}' | grep -q online; then
    # The daemon must not inherit the callers' lock descriptors (site.lock on 8, phpunit.lock on 9): it would
    # hold them for its whole life and the next setup or PHPUnit run would wait forever.
    sens_sudo pg_ctlcluster "$v" main start 8>&- 9>&-
  fi
  for _ in $(seq 30); do sens_as_postgres psql -X -tAc 'select 1' >/dev/null 2>&1 && break; sleep 1; done
  if [ "$(sens_psql -tAc "select 1 from pg_roles where rolname='$SENS_DB_USER'")" != 1 ]; then
    sens_psql -c "create role $SENS_DB_USER login password '$SENS_DB_PASS'"
  fi
  local db
  for db in "$SENS_DB_NAME" "$SENS_DB_PHPUNIT"; do
    if [ "$(sens_psql -tAc "select 1 from pg_database where datname='$db'")" != 1 ]; then
      sens_psql -c "create database $db owner $SENS_DB_USER encoding 'UTF8' template template0"
    fi
  done
  echo "PostgreSQL $v online; databases $SENS_DB_NAME, $SENS_DB_PHPUNIT"
}

sens_ensure_moodle_checkout() {
  if [ -f "$MOODLE_DIR/version.php" ]; then
    grep -o "release *= *'[^']*'" "$MOODLE_DIR/version.php"
    return 0
  fi
  local upstream="${MOODLE_GIT:-https://github.com/moodle/moodle.git}"
  echo "no Moodle at $MOODLE_DIR: trying git clone --depth 1 -b MOODLE_405_STABLE $upstream"
  if ! git clone --depth 1 -b MOODLE_405_STABLE "$upstream" "$MOODLE_DIR"; then
    echo "ERROR: cannot get Moodle 4.5 LTS. Provide a Moodle 4.5 checkout (MOODLE_405_STABLE) at $MOODLE_DIR," >&2
    echo "       or set MOODLE_DIR to one, or MOODLE_GIT to a reachable git mirror of Moodle." >&2
    return 1
  fi
}

# repo folder -> Moodle path. Dependencies first (stage 40 uninstalls in reverse order): local_sens requires
# availability_sens, the block and the activity require local_sens.
SENS_PLUGINS=("availability_sens:availability/condition/sens" "local_sens:local/sens" "block_competences:blocks/competences"
  "mod_portfolio:mod/sensportfolio")
# Components, in the same order.
SENS_COMPONENTS=(availability_sens local_sens block_competences mod_sensportfolio)

sens_mount_plugins() {
  local entry src dst exclude="$MOODLE_DIR/.git/info/exclude"
  for entry in "${SENS_PLUGINS[@]}"; do
    src="$SENS_ROOT/${entry%%:*}"; dst="$MOODLE_DIR/${entry#*:}"
    if [ -d "$MOODLE_DIR/.git" ] && ! grep -qx "/${entry#*:}/" "$exclude" 2>/dev/null; then
      mkdir -p "$(dirname "$exclude")"; echo "/${entry#*:}/" >> "$exclude"
    fi
    if [ ! -f "$src/version.php" ]; then
      echo "skip ${entry%%:*}: no $src/version.php yet"
      if mountpoint -q "$dst"; then sens_sudo umount "$dst"; fi
      [ -d "$dst" ] && rmdir "$dst" 2>/dev/null || true
      continue
    fi
    mkdir -p "$dst"
    if mountpoint -q "$dst"; then
      # Bound to this clone? Compare the device:inode of both sides.
      if [ "$(stat -c %d:%i "$src")" = "$(stat -c %d:%i "$dst")" ]; then echo "mounted $dst"; continue; fi
      echo "remount $dst (bound elsewhere)"; sens_sudo umount "$dst"
    fi
    sens_sudo mount --bind "$src" "$dst"
    echo "bound $src -> $dst"
  done
}

sens_write_config() {
  mkdir -p "$SENS_DATA/moodledata" "$SENS_DATA/phpunitdata"
  local cfg="$MOODLE_DIR/config.php" tmp; tmp="$(mktemp)"
  cat > "$tmp" <<PHP
<?php  // Moodle configuration file, written by SENS scripts/setup-site.sh (do not edit; re-run the script).
unset(\$CFG);
global \$CFG;
\$CFG = new stdClass();
\$CFG->dbtype    = 'pgsql';
\$CFG->dblibrary = 'native';
\$CFG->dbhost    = '127.0.0.1';
\$CFG->dbname    = '$SENS_DB_NAME';
\$CFG->dbuser    = '$SENS_DB_USER';
\$CFG->dbpass    = '$SENS_DB_PASS';
\$CFG->prefix    = 'mdl_';
\$CFG->dboptions = ['dbpersist' => 0, 'dbport' => 5432, 'dbsocket' => ''];
\$CFG->wwwroot   = '$SENS_URL';
\$CFG->dataroot  = '$SENS_DATA/moodledata';
\$CFG->admin     = 'admin';
\$CFG->directorypermissions = 02777;
\$CFG->phpunit_prefix = 'phpu_';
\$CFG->phpunit_dataroot = '$SENS_DATA/phpunitdata';
\$CFG->phpunit_dbname = '$SENS_DB_PHPUNIT';
\$CFG->phpunit_dbhost = '127.0.0.1';
\$CFG->phpunit_dbuser = '$SENS_DB_USER';
\$CFG->phpunit_dbpass = '$SENS_DB_PASS';
\$CFG->phpunit_dbtype = 'pgsql';
\$CFG->phpunit_dblibrary = 'native';
// No mail, no calls to the outside world.
\$CFG->noemailever = true;
\$CFG->updateautocheck = 0;
\$CFG->disableupdatenotifications = true;
\$CFG->disableupdateautodeploy = true;
\$CFG->enablestats = 0;
\$CFG->site_is_public = false;
\$CFG->showcampaigncontent = false;
\$CFG->showservicesandsupportcontent = false;
\$CFG->enableuserfeedback = false;
\$CFG->enableanalytics = false;
\$CFG->lang = 'en';
// A node of the local test cluster (scripts/cluster.sh) names its own settings; the main site sets nothing here.
if ((\$senscluster = getenv('SENS_CLUSTER_CONFIG')) && is_readable(\$senscluster)) {
    require(\$senscluster);
}
unset(\$senscluster);
require_once(__DIR__ . '/lib/setup.php');
PHP
  if ! cmp -s "$tmp" "$cfg"; then mv "$tmp" "$cfg"; chmod 644 "$cfg"; echo "wrote $cfg"; else rm -f "$tmp"; echo "config.php up to date"; fi
}

sens_site_installed() {
  [ "$(sens_dbq "select 1 from pg_tables where tablename='mdl_config'" 2>/dev/null)" = 1 ] &&
    [ -n "$(sens_dbq "select value from mdl_config where name='version'" 2>/dev/null)" ]
}

sens_install_or_upgrade() {
  if ! sens_site_installed; then
    echo "installing Moodle into database $SENS_DB_NAME (about a minute)"
    (cd "$MOODLE_DIR" && $PHP admin/cli/install_database.php --agree-license --lang=en \
      --fullname="Moodle SENS (demo)" --shortname="SENS" --summary="SENS demo site" \
      --adminuser=admin --adminpass="$SENS_ADMIN_PASS" --adminemail=admin@example.invalid)
  else
    # --is-pending exits 2 when core or a plugin needs upgrading: only then run the upgrade.
    local rc=0; (cd "$MOODLE_DIR" && $PHP admin/cli/upgrade.php --is-pending >/dev/null 2>&1) || rc=$?
    if [ "$rc" = 2 ]; then
      (cd "$MOODLE_DIR" && $PHP admin/cli/upgrade.php --non-interactive --lang=en) | tail -n 5
    else
      echo "no upgrade pending"
      sens_purge_if_files_changed
    fi
  fi
  sens_files_fingerprint > "$SENS_DATA/plugin-files.sha"
}

# The list of our plugins' PHP, template and string files (names only, not contents).
sens_files_fingerprint() {
  (cd "$SENS_ROOT" && find "${SENS_PLUGINS[@]%%:*}" -type f \( -name '*.php' -o -name '*.mustache' \) | LC_ALL=C sort |
    sha256sum | cut -d' ' -f1)
}

# Moodle keeps its class map and template list in caches that only an upgrade or a purge renews: a class added
# without a version bump (a developer's tree, or this machine's site under a fresh clone) is "not found" until
# then. Purge when the list of our files differs from the last setup's.
sens_purge_if_files_changed() {
  local last="$SENS_DATA/plugin-files.sha"
  if [ ! -s "$last" ] || [ "$(cat "$last")" != "$(sens_files_fingerprint)" ]; then
    (cd "$MOODLE_DIR" && $PHP admin/cli/purge_caches.php) && echo "plugin files changed: caches purged"
  fi
}

# Takes an exclusive lock on FILE through descriptor FD (8: site.lock, 9: phpunit.lock), waiting at most
# SENS_LOCK_WAIT seconds (default 600; a PHPUnit run takes about 3 minutes): a stuck holder then shows as a named failure, never a hung run.
sens_lock() {
  local fd="$1" file="$2"
  mkdir -p "$(dirname "$file")"
  eval "exec $fd>\"\$file\""
  flock -w "${SENS_LOCK_WAIT:-600}" "$fd" && return 0
  echo "ERROR: waited ${SENS_LOCK_WAIT:-600}s for $file; holders: $(fuser "$file" 2>&1 | tr -s ' ')" >&2
  return 1
}

sens_site_answers() {
  curl -s -o /dev/null -m 10 -w '%{http_code}' "$SENS_URL/login/index.php" 2>/dev/null | grep -q '^200$'
}

sens_serve() {
  local pidfile="$SENS_DATA/php-server.pid" log="$SENS_DATA/php-server.log"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null && sens_site_answers; then
    echo "already serving (pid $(cat "$pidfile"))"; return 0
  fi
  # The server leads its own process group (setsid): stop it with its workers.
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then kill -- "-$(cat "$pidfile")" || true; sleep 1; fi
  # exec keeps the recorded pid the server's own; setsid detaches it from the caller's terminal and pipes.
  # Lock descriptors 8 and 9 are closed for the same reason as for PostgreSQL (see sens_ensure_postgres).
  (exec 8>&- 9>&-; cd "$MOODLE_DIR" && exec setsid env PHP_CLI_SERVER_WORKERS=4 $PHP -d max_input_vars=5000 -d memory_limit=512M \
    -d post_max_size=64M -d upload_max_filesize=64M \
    -S "127.0.0.1:$SENS_PORT" -t "$MOODLE_DIR" "$SENS_ROOT/scripts/lib/router.php") >"$log" 2>&1 </dev/null &
  echo $! > "$pidfile"
  for _ in $(seq 60); do sens_site_answers && { echo "serving (pid $(cat "$pidfile")), log $log"; return 0; }; sleep 1; done
  echo "ERROR: site does not answer at $SENS_URL; see $log" >&2; tail -n 20 "$log" >&2; return 1
}

# Counts of a PHPUnit run (its JUnit report and exit code) into PASSED and FAILED, with a line naming LABEL: a
# skipped or incomplete test is not a pass, it counts as a failure so it cannot hide; no report, or a failing exit
# without a failed test, is one failure.
sens_phpunit_counts() {
  local junit="$1" rc="$2" label="$3" tests failures errors skipped
  if [ -s "$junit" ]; then
    read -r tests failures errors skipped < <($PHP -r '$x = simplexml_load_file($argv[1]); $s = $x->testsuite;
      echo (int)$s["tests"], " ", (int)$s["failures"], " ", (int)$s["errors"], " ", (int)$s["skipped"], "\n";' "$junit")
    FAILED=$((failures + errors + skipped)); PASSED=$((tests - FAILED))
    echo "$label: $tests tests, $failures failures, $errors errors, $skipped skipped/incomplete"
  else
    PASSED=0; FAILED=1; echo "no JUnit report (phpunit exit $rc)"
  fi
  [ "$rc" -eq 0 ] || [ "$FAILED" -gt 0 ] || FAILED=1
}

# For a test stage that needs Moodle: without a Moodle tree, say so loudly and end the stage —
# skipped ("0 0") normally, a failure ("0 1") when SENS_REQUIRE_MOODLE=1 (CI). Call it, do not run it in a subshell.
sens_stage_needs_moodle() {
  local counts="${SENS_STAGE_COUNTS:-/dev/null}"
  [ -f "$MOODLE_DIR/version.php" ] && return 0
  echo "SKIPPED: no Moodle at $MOODLE_DIR"
  if [ "${SENS_REQUIRE_MOODLE:-0}" = 1 ]; then echo "0 1" > "$counts"; exit 1; fi
  echo "0 0" > "$counts"; exit 0
}
