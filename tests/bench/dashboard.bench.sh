#!/usr/bin/env bash
# What block_competences adds to a learner's dashboard (issue 6), measured on the running dev site (npm start):
# 1. the real page /my/ for a learner with a full record (demo learner05), with the block and the same dashboard
#    without it (hidden on that learner's page only), in alternate warm requests: Moodle's own performance footer
#    (DB reads, server time), asked for by a header the dev server's router honours (scripts/lib/router.php);
# 2. the block's content alone while the course maps 10, 86 (the demo) and 344 activity rows (tests/bench/dashboard.php,
#    inside a rolled-back transaction): the reads must not grow with the mapping.
# 3. level gating (issue 12): the learner dashboard and the course page of a course whose N quizzes are mapped to the
#    DU CNS (most behind a SENS level condition), with SENS gating and the same course without SENS (not linked, no
#    condition), for N = 86, 344, 1,376 and for 25 and 1,500 learners in the course (tests/bench/gating.php makes
#    the courses and learners, and deletes them after unless SENS_BENCH_KEEP=1; the first run creates 1,806 quizzes
#    and 1,500 learners: several minutes).
# SENS_BENCH_PARTS="block gating" (default) chooses the parts ("page": part 1 alone); SENS_BENCH_GATING_CONFIGS="86x25 344x25 ..." the
# quizzes x learners of part 3.
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
parts="${SENS_BENCH_PARTS:-block gating}"
helper() { $PHP "$SENS_ROOT/tests/bench/dashboard.php" --username="$user" "$@"; }
jar="$(mktemp)"; page="$(mktemp)"
cleanup() { helper --hide=0 >/dev/null 2>&1; rm -f "$jar" "$page"; }
trap cleanup EXIT

login() { # cookie jar, username
  local token
  token=$(curl -s -c "$1" -b "$1" "$SENS_URL/login/index.php" | grep -o 'name="logintoken" value="[^"]*"' | head -1 |
    sed 's/.*value="//; s/"$//')
  curl -s -c "$1" -b "$1" -o /dev/null --data-urlencode "username=$2" --data-urlencode "password=Sens-Demo-2026!" \
    --data-urlencode "logintoken=$token" "$SENS_URL/login/index.php"
}
login "$jar" "$user"

# One dashboard request: prints "reads seconds blockshown".
one() {
  curl -s -b "$jar" -c "$jar" -H 'X-Sens-Perf: 1' "$SENS_URL/my/" > "$page"
  local reads secs shown
  reads=$(grep -o 'DB reads/writes: [0-9]*' "$page" | head -1 | grep -o '[0-9]*$')
  secs=$(grep -o 'class="timeused[^"]*">[0-9.]* secs' "$page" | head -1 | grep -o '[0-9.]* secs' | cut -d' ' -f1)
  shown=$(grep -c 'data-region="block_competences"' "$page")
  echo "${reads:-?} ${secs:-?} $shown"
}

# One request of a page: prints "reads seconds".
perf() {
  curl -s -b "$2" -c "$2" -H 'X-Sens-Perf: 1' "$SENS_URL$1" > "$page"
  local reads secs
  reads=$(grep -o 'DB reads/writes: [0-9]*' "$page" | head -1 | grep -o '[0-9]*$')
  secs=$(grep -o 'class="timeused[^"]*">[0-9.]* secs' "$page" | head -1 | grep -o '[0-9.]* secs' | cut -d' ' -f1)
  echo "${reads:-?} ${secs:-?}"
}

gating_part() {
  local g="$SENS_ROOT/tests/bench/gating.php" gjar cfg n m cid mode url k f gated
  gjar="$(mktemp)"
  echo "level gating: learner sensbench0001 (Débutant open, the rest locked), median of $runs warm requests each:"
  printf '  %-10s %-9s %-7s | %-26s | %-26s\n' "quizzes" "learners" "gated" "dashboard /my/ reads (ms)" \
    "course page reads (ms)"
  printf '  %-10s %-9s %-7s | %-26s | %-26s\n' "" "" "" "without / with SENS (+)" "without / with SENS (+)"
  local configs="${SENS_BENCH_GATING_CONFIGS:-86x25 344x25 1376x25 86x1500 1376x1500}"
  for cfg in $configs; do
    n="${cfg%x*}"; m="${cfg#*x}"
    cid="$($PHP "$g" --setup --activities="$n" --learners="$m" | tail -n 1)"
    login "$gjar" sensbench0001
    declare -A res=()
    for mode in without with; do
      gated="$($PHP "$g" --mode="$mode" --activities="$n" | tail -n 1)"
      [ "$mode" = with ] && res[gated]="$gated"
      for url in "/my/" "/course/view.php?id=$cid"; do
        f="$(mktemp)"
        for ((k = 0; k < 3; k++)); do perf "$url" "$gjar" >/dev/null; done  # warm-up after the switch
        for ((k = 0; k < runs; k++)); do perf "$url" "$gjar" >> "$f"; done
        res["$mode $url reads"]=$(cut -d' ' -f1 "$f" | median)
        res["$mode $url ms"]=$(cut -d' ' -f2 "$f" | median | awk '{printf "%.0f", $1 * 1000}')
        rm -f "$f"
      done
    done
    local cells=()
    for url in "/my/" "/course/view.php?id=$cid"; do
      cells+=("$(printf '%s / %s (%+d), %s / %s ms' "${res[without $url reads]}" "${res[with $url reads]}" \
        "$(echo "${res[with $url reads]} - ${res[without $url reads]}" | bc)" "${res[without $url ms]}" "${res[with $url ms]}")")
    done
    printf '  %-10s %-9s %-7s | %-26s | %-26s\n' "$n" "$m" "${res[gated]}" "${cells[0]}" "${cells[1]}"
    unset res
  done
  rm -f "$gjar"
  if [ "${SENS_BENCH_KEEP:-0}" != 1 ]; then $PHP "$g" --cleanup | sed 's/^/  /'; fi
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "?"; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
if [[ " $parts " != *" block "* && " $parts " != *" page "* ]]; then
  gating_part; exit 0
fi

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
if [[ " $parts " == *" block "* ]]; then  # "page": part 1 only (a learner of a programme without mapped activities)
  echo "block content alone vs the number of mapped activity rows (rolled back; $runs warm renders each):"
  helper --growth --runs="$runs" | sed 's/^/  /'
fi
if [[ " $parts " == *" gating "* ]]; then gating_part; fi
