#!/usr/bin/env bash
# Brings up the SENS Moodle site: Debian packages, locales, PostgreSQL on loopback, the Moodle checkout,
# our plugins bind-mounted into it, config.php, install or upgrade, no outside loads, and `php -S` serving it.
# Idempotent: every step checks before acting, so a re-run is fast.
# Env: MOODLE_DIR (default ~/moodle), SENS_DATA (default ~/.sens), SENS_PORT (default 8080).
set -euo pipefail
SENS_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$SENS_ROOT/scripts/lib/common.sh"

# Two setups at once (a developer and a test stage) would race on install and upgrade: take turns.
sens_lock 8 "$SENS_DATA/site.lock"

t0=$(date +%s)
step() { echo "-- [$(( $(date +%s) - t0 ))s] $*"; }

step "Debian packages"
sens_install_packages

step "locales (en_AU.UTF-8 for Moodle's PHPUnit, fr_FR.UTF-8)"
sens_ensure_locales

step "PHP settings (max_input_vars = 5000)"
sens_ensure_php_ini

step "PostgreSQL on loopback, role and databases"
sens_ensure_postgres

step "Moodle checkout at $MOODLE_DIR"
sens_ensure_moodle_checkout

step "plugins bind-mounted into the Moodle tree"
sens_mount_plugins

step "config.php"
sens_write_config

step "install or upgrade"
sens_install_or_upgrade

step "site settings (nothing loaded from outside)"
$PHP "$SENS_ROOT/scripts/lib/site-settings.php"

step "serve on $SENS_URL"
sens_serve

step "done in $(( $(date +%s) - t0 ))s: $SENS_URL"
