#!/usr/bin/env bash
# Promotions at scale (issue 17), on the test cluster (scripts/cluster.sh: its own database and dataroot, Redis),
# figures side by side in one run:
#  1. tool_uploaduser CLI, the same 1,500-row file (new users, a cohort1 column) into a plain cohort and into a cohort
#     synced to the SENS course: both times and their ratio (target <= 1.2x); then the adhoc task runner (what cron
#     runs) until the last of the 1,500 decisions is stored.
#  2. The nightly task on SENS_BENCH_NIGHTLY learners (default 30,000) of a DU CNS course, ~60 facts each: wall time,
#     peak memory (target <= 256 MB).
#  3. The web path (a synced cohort added through enrol/editinstance.php, with and without SENS): see
#     tests/bench/cohort-web.bench.sh (SENS_BENCH_COHORT=1500 for this file's 1,500 users).
#  4. tool_uploaduser CLI, the same 1,500-row file with a course1 column (manual enrolment, one user at a time) into a
#     course without SENS and into the SENS course, twice each in the order without, SENS, SENS, without (the first
#     upload after the cluster starts pays for cold caches): the times, the ratio of the sums (target <= 1.2x), then
#     cron until the last of the 3,000 decisions is stored.
# SENS_BENCH_ONLY="course nightly" runs only those parts (cohort = 1, nightly = 2, course = 4).
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
only() { [ -z "${SENS_BENCH_ONLY:-}" ] || [[ " $SENS_BENCH_ONLY " == *" $1 "* ]]; }
for kind in plain moodle sens courseplain coursesens coursesensb courseplainb; do node csv "$RUN" "$kind" "$N" "$dir/$kind.csv"; done
# Upload a CSV: prints the wall time and, second, the CPU time of the PHP process (less sensitive to the other work
# on a shared machine; the database's own time is not in it).
upload() { local e u s
  /usr/bin/time -f '%e %U %S' -o "$dir/time" bash scripts/cluster.sh php a admin/tool/uploaduser/cli/uploaduser.php \
    --file="$1" --uutype=0 >"$dir/upload.log" 2>&1 || tail -5 "$dir/upload.log"
  read -r e u s <"$dir/time"; echo "$e $(echo "$u + $s" | bc)"; }
# Cron's adhoc task runner, again and again, until the last decision of the uploads KIND* (COUNT users) is stored.
drain() { local t0 runs=0 m d want="${2:-$N}"; t0=$(date +%s.%N); : >"$dir/cron.log"
  while :; do
    cluster php a admin/cli/adhoc_task.php --execute --keep-alive=0 >>"$dir/cron.log" 2>&1; runs=$((runs + 1))
    read -r m d <<<"$(node state "$RUN" "$1")"
    { [ "$d" -ge "$want" ] && [ "$m" -eq 0 ]; } || [ "$runs" -ge 40 ] && break
    [ "$d" -ge "$want" ] && break
    sleep 1
  done
  printf 'cron (adhoc task runner) until the last decision is stored: %.1f s, %d runner start(s), %d decisions, %d marks left (%d task runs of <= 500 learners)\n' \
    "$(echo "$(date +%s.%N) - $t0" | bc)" "$runs" "$d" "$m" "$(grep -c 'learner(s) of course' "$dir/cron.log")"; }
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
if only cohort; then
  read -r tplain _ <<<"$(upload "$dir/plain.csv")"; read -r tmoodle _ <<<"$(upload "$dir/moodle.csv")"
  read -r tsens _ <<<"$(upload "$dir/sens.csv")"
  read -r m1 d1 <<<"$(node state "$RUN")"
  printf 'tool_uploaduser CLI, %d new users (same file but the cohort): plain cohort %.1f s | cohort synced to a course without SENS %.1f s | cohort synced to the SENS course %.1f s | SENS/plain %.2fx (target <= 1.2x), SENS/synced without SENS %.2fx; after the upload: %d learners marked, %d decisions stored\n' \
    "$N" "$tplain" "$tmoodle" "$tsens" "$(echo "$tsens / $tplain" | bc -l)" "$(echo "$tsens / $tmoodle" | bc -l)" "$m1" "$d1"
  drain sens
fi
if only course; then
  read -r p1 pc1 <<<"$(upload "$dir/courseplain.csv")"; read -r s1 sc1 <<<"$(upload "$dir/coursesens.csv")"
  read -r s2 sc2 <<<"$(upload "$dir/coursesensb.csv")"; read -r p2 pc2 <<<"$(upload "$dir/courseplainb.csv")"
  read -r m1 d1 <<<"$(node state "$RUN" coursesens)"
  printf 'tool_uploaduser CLI, %d new users (same file but the course1 column): course without SENS %.1f s and %.1f s wall (PHP CPU %.1f s, %.1f s) | SENS course %.1f s and %.1f s wall (PHP CPU %.1f s, %.1f s) | SENS/without %.2fx wall, %.2fx PHP CPU (sums; target <= 1.2x); after the SENS uploads: %d learners marked, %d decisions stored\n' \
    "$N" "$p1" "$p2" "$pc1" "$pc2" "$s1" "$s2" "$sc1" "$sc2" "$(echo "($s1 + $s2) / ($p1 + $p2)" | bc -l)" \
    "$(echo "($sc1 + $sc2) / ($pc1 + $pc2)" | bc -l)" "$m1" "$d1"
  drain coursesens $((2 * N))
fi

# 2. The nightly task at scale.
if only nightly; then
NIGHTLY="${SENS_BENCH_NIGHTLY:-30000}"
node nightly-clean >/dev/null 2>&1
t0=$(date +%s); setup="$(node nightly-setup "$NIGHTLY")"; echo "nightly setup: $setup ($(( $(date +%s) - t0 )) s)"
echo "nightly task, first run (every decision new): $(node nightly-run)"
echo "nightly task, second run (nothing changes): $(node nightly-run)"
node nightly-clean >/dev/null 2>&1
fi
rm -rf "$dir"
