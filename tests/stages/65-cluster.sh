#!/usr/bin/env bash
# Cluster stage (issue 17): a Moodle cluster on one machine (scripts/cluster.sh: two php -S nodes on 127.0.0.2 and
# 127.0.0.3, one PostgreSQL database and dataroot, Redis for MUC's application caches and the sessions, a local cache
# directory per node). Checks that a decision changed through node A is enforced on node B's next request (1,000
# trials, 0 stale), that wiping or restarting Redis never yields a stale or open level, that two processes on two
# nodes recomputing one learner store one decision and one audit entry, and that the nightly task started on both
# nodes at once (directly, and through cron's admin/cli/scheduled_task.php) runs once. Skips (with the reason) only
# when Redis cannot be installed on this machine.
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
cluster() { bash "$SENS_ROOT/scripts/cluster.sh" "$@"; }

# Redis and its PHP extension come with the site's Debian packages (SENS_PACKAGES); a machine where they cannot be
# installed skips this stage and says why.
sens_install_packages >/dev/null 2>&1 || true
if ! command -v redis-server >/dev/null || ! $PHP -m | grep -i '^redis$' >/dev/null; then
  echo "SKIPPED: Redis cannot be installed here (Debian packages redis-server and php8.2-redis): no cluster test"
  echo "0 0" > "$counts"; exit 0
fi

check "cluster up (Redis, cluster site installed or upgraded, nodes a and b serving)" cluster up
[ "$failed" -eq 0 ] || finish
trap 'cluster down' EXIT
A="http://127.0.0.2:${SENS_CLUSTER_PORT_A:-8181}"; B="http://127.0.0.3:${SENS_CLUSTER_PORT_B:-8182}"
probe() { curl -s --max-time 60 "$1/sens-cluster-probe.php?$2"; }

fixture="$(cluster php a "$SENS_ROOT/tests/cluster/cli.php" fixture | tail -n 1)"
users="$($PHP -r 'echo implode(",", json_decode($argv[1], true)["userids"] ?? []);' "$fixture")"
check "fixture: a linked course and 20 learners (${users:0:40}…)" test -n "$users"
[ "$failed" -eq 0 ] || finish
nusers=$(( $(tr -cd ',' <<<"$users" | wc -c) + 1 ))

# Sessions live in Redis: a session opened on node A is the same session on node B.
jar="$(mktemp)"
curl -s -c "$jar" "$A/sens-cluster-probe.php?action=sessionset&value=fromA" >/dev/null
cookie="$(awk '$6 ~ /^MoodleSession/ {print $6 "=" $7}' "$jar" | tail -n 1)"; rm -f "$jar"
check "a session written through node A is read through node B (Redis session store)" \
  grep -q '"value":"fromA"' <<<"$(curl -s -b "$cookie" "$B/sens-cluster-probe.php?action=sessionget")"

# Wrong answers of node B for the learners after node A set them to STATE (1: Intermédiaire open, 0: locked).
stale_after() { # STATE: set through A, count B's answers that differ (an error or no answer counts as stale too)
  local state="$1" set answer
  set="$(probe "$A" "action=set&state=$state&users=$users")"
  grep -q '"node":"a"' <<<"$set" || { echo "$nusers"; return; }
  answer="$(probe "$B" "action=check&users=$users")"
  echo $(( nusers - $(grep -o "\":$state" <<<"$answer" | wc -l) ))
}
t0=$(date +%s.%N); stale=0; rounds=$(( (1000 + nusers - 1) / nusers ))
for round in $(seq "$rounds"); do stale=$(( stale + $(stale_after $(( round % 2 ))) )); done
secs=$(printf '%.1f' "$(echo "$(date +%s.%N) - $t0" | bc)")
check "decision changed through node A, enforced on node B's next request: $((rounds * nusers)) trials ($rounds rounds × $nusers learners, ${secs} s), $stale stale" test "$stale" -eq 0

# Redis wiped (FLUSHALL) right after a change, and Redis stopped while a change is made then restarted (empty): node
# B's next answer is never the old one, never an open level that is locked.
s1=$(stale_after 1); cluster redis flushall >/dev/null; s2=$(stale_after 0); cluster redis flushall >/dev/null
answer="$(probe "$B" "action=check&users=$users")"; s3=$(( nusers - $(grep -o '":0' <<<"$answer" | wc -l) ))
check "Redis wiped: no stale answer on node B ($s1/$s2/$s3)" test $(( s1 + s2 + s3 )) -eq 0
s1=$(stale_after 1)
cluster redis-down
s2=$(stale_after 0)
answer="$(probe "$B" "action=check&users=$users")"; open_while_down=$(grep -o '":1' <<<"$answer" | wc -l)
cluster redis-up
answer="$(probe "$B" "action=check&users=$users")"; s3=$(( nusers - $(grep -o '":0' <<<"$answer" | wc -l) ))
check "Redis stopped during a change and restarted: no stale or open level on node B (before $s1, while down $s2 stale / $open_while_down open, after $s3)" \
  test $(( s1 + s2 + open_while_down + s3 )) -eq 0

# Two processes, one per node, recompute the learner at the same time; counts in dup a learner left with other than
# one decision and one new audit entry, in errors a process that failed.
recompute_on_both() { # USERID
  local pa pb audits0 audits1 decisions cli="$SENS_ROOT/tests/cluster/cli.php"
  read -r _ audits0 <<<"$(cluster php a "$cli" count "$1")"
  cluster php a "$cli" recompute "$1" >/dev/null 2>&1 & pa=$!
  cluster php b "$cli" recompute "$1" >/dev/null 2>&1 & pb=$!
  wait "$pa" || errors=$((errors + 1)); wait "$pb" || errors=$((errors + 1))
  read -r decisions audits1 <<<"$(cluster php a "$cli" count "$1")"
  [ "$decisions" = 1 ] && [ $((audits1 - audits0)) = 1 ] || dup=$((dup + 1))
}

# A new learner (no decision stored yet): one decision, one audit entry.
dup=0; errors=0
for userid in ${users//,/ }; do
  cluster php a "$SENS_ROOT/tests/cluster/cli.php" forget "$userid"
  recompute_on_both "$userid"
done
check "two processes (nodes a and b) recomputing one new learner, $nusers learners: one decision and one audit entry each ($dup wrong, $errors failed processes)" \
  test $((dup + errors)) -eq 0

# A learner whose fact changed behind the observers' back (the stored decision is stale, Intermédiaire now due): the
# change is stored and recorded once (one decision, one new audit entry, not one per process), and node B's next
# request opens Intermédiaire.
s0=$(stale_after 0)
cluster php a "$SENS_ROOT/tests/cluster/cli.php" behind "$users" 1
dup=0; errors=0
for userid in ${users//,/ }; do recompute_on_both "$userid"; done
answer="$(probe "$B" "action=check&users=$users")"; closed=$(( nusers - $(grep -o '":1' <<<"$answer" | wc -l) ))
check "two processes (nodes a and b) recomputing one learner whose decision changed, $nusers learners: one decision and one new audit entry each ($dup wrong, $errors failed processes, $s0 stale before, $closed not open on node B after)" \
  test $((dup + errors + s0 + closed)) -eq 0

# The nightly task started on both nodes at once runs once.
outa="$(mktemp)"; outb="$(mktemp)"
cluster php a "$SENS_ROOT/tests/cluster/cli.php" nightly >"$outa" 2>&1 & pa=$!
cluster php b "$SENS_ROOT/tests/cluster/cli.php" nightly >"$outb" 2>&1 & pb=$!
wait "$pa"; wait "$pb"
ran=$(cat "$outa" "$outb" | grep -c 'decision(s) changed'); aside=$(cat "$outa" "$outb" | grep -c 'nothing to do here')
check "nightly task started on both nodes at once: ran $ran time(s), stepped aside $aside time(s)" test "$ran" = 1 -a "$aside" = 1
# The same through Moodle's cron path (admin/cli/scheduled_task.php --execute): its task lock makes the second start
# wait for the first one's end; it then finds the run that ended since it started and does nothing.
task='\local_sens\task\reconcile_decisions'; sleep 1
cluster php a admin/cli/scheduled_task.php --execute="$task" >"$outa" 2>&1 & pa=$!
cluster php b admin/cli/scheduled_task.php --execute="$task" >"$outb" 2>&1 & pb=$!
wait "$pa"; wait "$pb"
ran=$(cat "$outa" "$outb" | grep -c 'decision(s) changed')
aside=$(cat "$outa" "$outb" | grep -c 'nothing to do here\|Cannot obtain task lock')
check "nightly task through cron (scheduled_task.php --execute) on both nodes at once: ran $ran time(s), did nothing $aside time(s)" test "$ran" = 1 -a "$aside" = 1
rm -f "$outa" "$outb"
finish
