#!/usr/bin/env bash
# Promotions at scale (issue 17), on the test cluster (scripts/cluster.sh: its own database and dataroot, Redis),
# figures side by side in one run:
#  1. tool_uploaduser CLI, the same 1,500-row file (new users, a cohort1 column) into a plain cohort and into a cohort
#     synced to the SENS course: both times and their ratio (target <= 1.2x); then the adhoc task runner (what cron
#     runs) until the last of the 1,500 decisions is stored.
#  2. The nightly task on SENS_BENCH_NIGHTLY learners (default 30,000) of a DU CNS course, ~60 facts each: wall time,
#     peak memory (target <= 256 MB).
#  3. A synced cohort of the same 1,500 users added through the web form (enrol/editinstance.php) as admin: request
#     time, and what was computed in the request (decisions stored before and after; learners marked).
set -uo pipefail
cd "$(dirname "$0")/../.."
MOODLE_DIR="${MOODLE_DIR:-$HOME/moodle}"
if [ ! -f "$MOODLE_DIR/config.php" ]; then echo "SKIPPED: no Moodle site at $MOODLE_DIR (run npm start first)"; exit 0; fi
cluster() { bash scripts/cluster.sh "$@"; }
cluster up >/dev/null || { echo "SKIPPED: the test cluster does not start (scripts/cluster.sh up)"; exit 0; }
trap 'cluster down' EXIT
node() { cluster php a "$PWD/tests/bench/promotion.php" "$@"; }
cluster php a "$PWD/tests/cluster/cli.php" fixture >/dev/null
N="${SENS_BENCH_UPLOAD:-1500}"; RUN="$(date +%s)"; dir="$(mktemp -d)"
node cohorts "$RUN" >/dev/null
for kind in plain moodle sens; do node csv "$RUN" "$kind" "$N" "$dir/$kind.csv"; done
upload() { local t0; t0=$(date +%s.%N)
  cluster php a admin/tool/uploaduser/cli/uploaduser.php --file="$1" --uutype=0 >"$dir/upload.log" 2>&1 || tail -5 "$dir/upload.log"
  echo "$(date +%s.%N) - $t0" | bc; }
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
tplain=$(upload "$dir/plain.csv"); tmoodle=$(upload "$dir/moodle.csv"); tsens=$(upload "$dir/sens.csv")
read -r m1 d1 <<<"$(node state "$RUN")"
printf 'tool_uploaduser CLI, %d new users (same file but the cohort): plain cohort %.1f s | cohort synced to a course without SENS %.1f s | cohort synced to the SENS course %.1f s | SENS/plain %.2fx (target <= 1.2x), SENS/synced without SENS %.2fx; after the upload: %d learners marked, %d decisions stored\n' \
  "$N" "$tplain" "$tmoodle" "$tsens" "$(echo "$tsens / $tplain" | bc -l)" "$(echo "$tsens / $tmoodle" | bc -l)" "$m1" "$d1"
t0=$(date +%s.%N); runs=0
while :; do
  cluster php a admin/cli/adhoc_task.php --execute --keep-alive=0 >>"$dir/cron.log" 2>&1; runs=$((runs + 1))
  read -r m d <<<"$(node state "$RUN")"
  { [ "$d" -ge "$N" ] && [ "$m" -eq 0 ]; } || [ "$runs" -ge 40 ] && break
  [ "$d" -ge "$N" ] && break
  sleep 1
done
printf 'cron (adhoc task runner) until the last decision is stored: %.1f s, %d runner start(s), %d decisions, %d marks left (%d task runs of <= 500 learners)\n' \
  "$(echo "$(date +%s.%N) - $t0" | bc)" "$runs" "$d" "$m" "$(grep -c 'learner(s) of course' "$dir/cron.log")"

# 3. The web path: the plain cohort synced to the course through the enrolment method's form, as an administrator.
jar="$dir/cookies"; A="http://127.0.0.2:${SENS_CLUSTER_PORT_A:-8181}"
token="$(curl -s -c "$jar" -b "$jar" "$A/login/index.php" | grep -o 'name="logintoken" value="[^"]*"' | head -1 | cut -d'"' -f4)"
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=${SENS_ADMIN_PASS:-Sens-Admin-2026!}" \
  --data-urlencode "logintoken=$token" "$A/login/index.php"
courseid="$(cluster php a -r 'define("CLI_SCRIPT", true); require(getenv("MOODLE_DIR")."/config.php"); echo json_decode(file_get_contents($CFG->dataroot."/sens-cluster-fixture.json"))->courseid;')"
cohortid="$(cluster php a -r 'define("CLI_SCRIPT", true); require(getenv("MOODLE_DIR")."/config.php"); echo $DB->get_field("cohort", "id", ["idnumber" => $argv[1]]);' "bench_${RUN}_plain")"
form="$(curl -s -c "$jar" -b "$jar" "$A/enrol/editinstance.php?type=cohort&courseid=$courseid")"
sesskey="$(grep -o '"sesskey":"[^"]*"' <<<"$form" | head -1 | cut -d'"' -f4)"
before="$(cluster php a -r 'define("CLI_SCRIPT", true); require(getenv("MOODLE_DIR")."/config.php"); echo $DB->count_records("local_sens_decision"), " ", $DB->count_records("local_sens_pending");')"
timing="$(curl -s -c "$jar" -b "$jar" -o "$dir/web.html" -w '%{http_code} %{time_total} %{redirect_url}' \
  --data "sesskey=$sesskey&_qf__enrol_instance_edit_form=1&mform_isexpanded_id_general=1&id=0&courseid=$courseid&type=cohort&name=&status=0&customint1%5B%5D=$cohortid&roleid=5&customint2=0&submitbutton=Add+method" \
  "$A/enrol/editinstance.php?type=cohort&courseid=$courseid")"
after="$(cluster php a -r 'define("CLI_SCRIPT", true); require(getenv("MOODLE_DIR")."/config.php"); echo $DB->count_records("local_sens_decision"), " ", $DB->count_records("local_sens_pending");')"
enrolled="$(cluster php a -r 'define("CLI_SCRIPT", true); require(getenv("MOODLE_DIR")."/config.php"); echo $DB->count_records_sql("SELECT COUNT(1) FROM {user_enrolments} ue JOIN {enrol} e ON e.id = ue.enrolid WHERE e.enrol = ? AND e.customint1 = ?", ["cohort", $argv[1]]);' "$cohortid")"
read -r dbefore pbefore <<<"$before"; read -r dafter pafter <<<"$after"; read -r code secs location <<<"$timing"
echo "  (web form answer: HTTP $code to ${location:-nowhere}; sesskey ${sesskey:-missing})"
printf 'web: a synced cohort of %d users added through enrol/editinstance.php: HTTP %s in %.1f s; decisions stored in the request: %d; learners marked for the task: %d\n' \
  "$enrolled" "$code" "$secs" $((dafter - dbefore)) $((pafter - pbefore))

# 2. The nightly task at scale.
NIGHTLY="${SENS_BENCH_NIGHTLY:-30000}"
node nightly-clean >/dev/null 2>&1
t0=$(date +%s); setup="$(node nightly-setup "$NIGHTLY")"; echo "nightly setup: $setup ($(( $(date +%s) - t0 )) s)"
echo "nightly task, first run (every decision new): $(node nightly-run)"
echo "nightly task, second run (nothing changes): $(node nightly-run)"
node nightly-clean >/dev/null 2>&1
rm -rf "$dir"
