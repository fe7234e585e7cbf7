#!/usr/bin/env bash
# What block_competences adds to a learner's dashboard (issue 6), measured on the running dev site (npm start):
# 1. the real page /my/ for a learner with a full record (demo learner05), with the block and the same dashboard
#    without it (hidden on that learner's page only), in alternate warm requests: Moodle's own performance footer
#    (DB reads, server time), asked for by a header the dev server's router honours (scripts/lib/router.php);
# 2. the block's content alone while the course maps 10, 86 (the demo) and 344 activity rows (tests/bench/dashboard.php,
#    inside a rolled-back transaction): the reads must not grow with the mapping.
# A measurement, never a test: it prints figures and exits 0.
set -uo pipefail
SENS_ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
source "$SENS_ROOT/scripts/lib/common.sh"
user="${SENS_BENCH_USER:-learner05}"
runs="${SENS_BENCH_RUNS:-15}"
if [ ! -f "$MOODLE_DIR/config.php" ]; then
  echo "SKIPPED: no Moodle site at $MOODLE_DIR (run npm start first)"; exit 0
fi
if ! curl -s -o /dev/null --max-time 20 "$SENS_URL/login/index.php"; then
  echo "SKIPPED: nothing serves $SENS_URL (run npm start first)"; exit 0
fi
helper() { $PHP "$SENS_ROOT/tests/bench/dashboard.php" --username="$user" "$@"; }
jar="$(mktemp)"; page="$(mktemp)"
cleanup() { helper --hide=0 >/dev/null 2>&1; rm -f "$jar" "$page"; }
trap cleanup EXIT

token=$(curl -s -c "$jar" -b "$jar" "$SENS_URL/login/index.php" | grep -o 'name="logintoken" value="[^"]*"' | head -1 |
  sed 's/.*value="//; s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=Sens-Demo-2026!" \
  --data-urlencode "logintoken=$token" "$SENS_URL/login/index.php"

# One dashboard request: prints "reads seconds blockshown".
one() {
  curl -s -b "$jar" -c "$jar" -H 'X-Sens-Perf: 1' "$SENS_URL/my/" > "$page"
  local reads secs shown
  reads=$(grep -o 'DB reads/writes: [0-9]*' "$page" | head -1 | grep -o '[0-9]*$')
  secs=$(grep -o 'class="timeused[^"]*">[0-9.]* secs' "$page" | head -1 | grep -o '[0-9.]* secs' | cut -d' ' -f1)
  shown=$(grep -c 'data-region="block_competences"' "$page")
  echo "${reads:-?} ${secs:-?} $shown"
}
median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "?"; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

with="$(mktemp)"; without="$(mktemp)"
for mode in with without; do  # warm-up: caches filled on both pages
  helper --hide=$([ $mode = with ] && echo 0 || echo 1); one >/dev/null; one >/dev/null
done
for ((i = 0; i < runs; i++)); do
  helper --hide=0; one >> "$with"
  helper --hide=1; one >> "$without"
done
helper --hide=0
if [ "$(awk '$3 == 0' "$with" | wc -l)" -gt 0 ] || [ "$(awk '$3 > 0' "$without" | wc -l)" -gt 0 ] ||
    grep -q '?' "$with" "$without"; then
  echo "could not measure: the block was not shown/hidden as asked, or the page had no performance footer"
  echo "with:"; cat "$with"; echo "without:"; cat "$without"; rm -f "$with" "$without"; exit 0
fi
rw=$(cut -d' ' -f1 "$with" | median); ro=$(cut -d' ' -f1 "$without" | median)
tw=$(cut -d' ' -f2 "$with" | median); to=$(cut -d' ' -f2 "$without" | median)
rwmin=$(cut -d' ' -f1 "$with" | sort -n | head -1); rwmax=$(cut -d' ' -f1 "$with" | sort -n | tail -1)
romin=$(cut -d' ' -f1 "$without" | sort -n | head -1); romax=$(cut -d' ' -f1 "$without" | sort -n | tail -1)
rm -f "$with" "$without"
echo "dashboard /my/ of $user (full record), $runs warm requests each, alternating, served by php -S:"
printf '  %-22s DB reads median %s (min %s, max %s), server time median %.0f ms\n' "with block_competences" \
  "$rw" "$rwmin" "$rwmax" "$(echo "$tw * 1000" | bc -l)"
printf '  %-22s DB reads median %s (min %s, max %s), server time median %.0f ms\n' "without it" \
  "$ro" "$romin" "$romax" "$(echo "$to * 1000" | bc -l)"
printf '  %-22s %s DB reads, %.0f ms\n' "the block adds" "$(echo "$rw - $ro" | bc -l)" "$(echo "($tw - $to) * 1000" | bc -l)"
echo "block content alone vs the number of mapped activity rows (rolled back; $runs warm renders each):"
helper --growth --runs="$runs" | sed 's/^/  /'
