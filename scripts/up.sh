#!/usr/bin/env bash
# README command 1 (`npm start`): the SENS site with the plugin suite and demo data, then URL and logins.
set -euo pipefail
SENS_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$SENS_ROOT/scripts/lib/common.sh"
t0=$(date +%s)
bash "$SENS_ROOT/scripts/setup-site.sh"
echo "-- demo data"
demo_out="$(mktemp)"
$PHP "$SENS_ROOT/scripts/demo/create_demo.php" | tee "$demo_out"
# The admin password is fixed for the demo.
(cd "$MOODLE_DIR" && $PHP admin/cli/reset_password.php --username=admin --password="$SENS_ADMIN_PASS" \
  --ignore-password-policy >/dev/null)
cat <<TXT

SENS is up in $(( $(date +%s) - t0 ))s: $SENS_URL
  admin                 admin       / $SENS_ADMIN_PASS
  pedagogical engineer  ingenieur   / Sens-Demo-2026!   (manager of course DUCNS-2026)
  teacher               enseignant  / Sens-Demo-2026!   (editing teacher of DUCNS-2026)
  learners              learner01…learner25 / Sens-Demo-2026!   (promotion DUCNS-2026, scripts/demo/promotion-2026.csv)
Demo learners in given states (in brackets: the stored decision on the Initiation and two domains' first levels):
$(sed -n '/^demo learners:/,$p' "$demo_out" | tail -n +2)
Stop the web server: kill -- -\$(cat $SENS_DATA/php-server.pid)
TXT
rm -f "$demo_out"
