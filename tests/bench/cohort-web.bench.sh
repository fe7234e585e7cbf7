#!/usr/bin/env bash
# A 10,000-user cohort enrolled through the web UI (issue 17): an administrator adds a cohort sync instance to a
# course with Moodle's own form (enrol/editinstance.php), once to a course without SENS and once to the SENS course,
# the same cohort. Measures each request's time and proves nothing is computed in the request: right after the SENS
# request 0 new decisions and one mark per learner; then cron's adhoc task runner until the last decision is stored.
# Runs on a test cluster of its own (scripts/cluster.sh with its own database, dataroot, Redis and ports, so neither
# the development site nor the cluster stage's site is touched). SENS_BENCH_COHORT sets the cohort size (10000).
set -uo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/common.sh
if [ ! -f "$MOODLE_DIR/config.php" ]; then echo "SKIPPED: no Moodle site at $MOODLE_DIR (run npm start first)"; exit 0; fi
export SENS_CLUSTER_DATA="${SENS_BENCH_CLUSTER_DATA:-$SENS_DATA/cluster-bench}" SENS_CLUSTER_DB="${SENS_BENCH_CLUSTER_DB:-sens_cluster_bench}"
export SENS_CLUSTER_REDIS_PORT="${SENS_BENCH_REDIS_PORT:-6391}" SENS_CLUSTER_PORT_A="${SENS_BENCH_PORT_A:-8191}" SENS_CLUSTER_PORT_B="${SENS_BENCH_PORT_B:-8192}"
cluster() { bash scripts/cluster.sh "$@"; }
cluster up >/dev/null || { echo "SKIPPED: the benchmark's cluster does not start (scripts/cluster.sh up)"; exit 0; }
trap 'cluster down' EXIT
node() { cluster php a "$PWD/tests/bench/cohort-web.php" "$@"; }
cluster php a "$PWD/tests/cluster/cli.php" fixture >/dev/null
N="${SENS_BENCH_COHORT:-10000}"; RUN="$(date +%s)"; dir="$(mktemp -d)"
t0=$(date +%s); read -r cohortid plain sens <<<"$(node setup "$RUN" "$N")"
echo "setup: cohort $cohortid of $N new users, course without SENS $plain, SENS course $sens ($(( $(date +%s) - t0 )) s)"

A="http://127.0.0.2:$SENS_CLUSTER_PORT_A"; jar="$dir/cookies"
token="$(curl -s -c "$jar" -b "$jar" "$A/login/index.php" | grep -o 'name="logintoken" value="[^"]*"' | head -1 | cut -d'"' -f4)"
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$SENS_ADMIN_PASS" \
  --data-urlencode "logintoken=$token" "$A/login/index.php"
# Add the cohort to COURSE through the form: prints "HTTP seconds enrolled-before decided-before marked-before
# enrolled-after decided-after marked-after".
add_cohort() { local course="$1" form sesskey before timing after
  form="$(curl -s -c "$jar" -b "$jar" "$A/enrol/editinstance.php?type=cohort&courseid=$course")"
  sesskey="$(grep -o '"sesskey":"[^"]*"' <<<"$form" | head -1 | cut -d'"' -f4)"
  [ -n "$sesskey" ] || { echo "no form (not logged in?)" >&2; return 1; }
  before="$(node state "$cohortid" "$course")"
  timing="$(curl -s -c "$jar" -b "$jar" -o "$dir/web-$course.html" -w '%{http_code} %{time_total}' \
    --data "sesskey=$sesskey&_qf__enrol_instance_edit_form=1&mform_isexpanded_id_general=1&id=0&courseid=$course&type=cohort&name=&status=0&customint1%5B%5D=$cohortid&roleid=5&customint2=0&submitbutton=Add+method" \
    "$A/enrol/editinstance.php?type=cohort&courseid=$course")"
  after="$(node state "$cohortid" "$course")"
  echo "$timing $before $after"; }
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
read -r pcode psecs _ _ _ pen _ _ <<<"$(add_cohort "$plain")"
read -r scode ssecs sen0 sdec0 smark0 sen sdec smark <<<"$(add_cohort "$sens")"
printf 'web, cohort of %d users added through enrol/editinstance.php: course without SENS HTTP %s in %.1f s (%d enrolled) | SENS course HTTP %s in %.1f s (%d enrolled) | SENS/without %.2fx\n' \
  "$N" "$pcode" "$psecs" "$pen" "$scode" "$ssecs" "$sen" "$(echo "$ssecs / $psecs" | bc -l)"
printf 'in the SENS request: %d decisions stored (before %d, after %d), %d learners marked for the task\n' \
  $((sdec - sdec0)) "$sdec0" "$sdec" $((smark - smark0))

t0=$(date +%s.%N); runs=0
while :; do
  cluster php a admin/cli/adhoc_task.php --execute --keep-alive=0 >>"$dir/cron.log" 2>&1; runs=$((runs + 1))
  read -r _ d m <<<"$(node state "$cohortid" "$sens")"
  [ "$d" -ge "$N" ] || [ "$runs" -ge 60 ] && break
  sleep 1
done
printf 'cron (adhoc task runner) until the last decision is stored: %.1f s, %d runner start(s), %d decisions, %d marks left, %d task runs (<= 500 learners each)\n' \
  "$(echo "$(date +%s.%N) - $t0" | bc)" "$runs" "$d" "$m" "$(grep -c 'learner(s) of course' "$dir/cron.log")"
rm -rf "$dir"
