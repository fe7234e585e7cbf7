#!/usr/bin/env bash
# A Moodle cluster on one machine, for tests: two web nodes (php -S on 127.0.0.2 and 127.0.0.3) sharing one
# PostgreSQL database and one dataroot, Redis (Debian's redis-server, php8.2-redis) as the MUC application store and
# the session store, each node with its own local cache directory. Its own database and dataroot: the main
# development site (127.0.0.1:$SENS_PORT) is not touched.
#
#   scripts/cluster.sh up      install what is missing, start Redis, install or upgrade the cluster site, start nodes
#   scripts/cluster.sh down    stop the nodes and Redis
#   scripts/cluster.sh php NODE ARGS...   run PHP on the command line as node a or b (cron, CLI scripts)
#   scripts/cluster.sh redis ARGS...      redis-cli on the cluster's Redis
#
# Env: SENS_CLUSTER_DATA (default $SENS_DATA/cluster), SENS_CLUSTER_DB (sens_cluster), SENS_CLUSTER_REDIS_PORT
# (6390), SENS_CLUSTER_PORT_A / _B (8181 / 8182).
set -euo pipefail
SENS_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$SENS_ROOT/scripts/lib/common.sh"
CLUSTER_DATA="${SENS_CLUSTER_DATA:-$SENS_DATA/cluster}"
CLUSTER_DB="${SENS_CLUSTER_DB:-sens_cluster}"
REDIS_PORT="${SENS_CLUSTER_REDIS_PORT:-6390}"
declare -A NODE_ADDR=([a]="127.0.0.2:${SENS_CLUSTER_PORT_A:-8181}" [b]="127.0.0.3:${SENS_CLUSTER_PORT_B:-8182}")
export SENS_CLUSTER_DATA="$CLUSTER_DATA" SENS_CLUSTER_DB="$CLUSTER_DB" SENS_CLUSTER_REDIS_PORT="$REDIS_PORT"

node_env() { # NODE: the environment of a node
  echo "SENS_CLUSTER_CONFIG=$SENS_ROOT/scripts/lib/cluster-config.php SENS_CLUSTER_NODE=$1" \
    "SENS_CLUSTER_WWWROOT=http://${NODE_ADDR[$1]} SENS_ROOT=$SENS_ROOT"
}
cluster_php() { local node="$1"; shift; (cd "$MOODLE_DIR" && env $(node_env "$node") $PHP "$@"); }
redis() { redis-cli -p "$REDIS_PORT" "$@"; }

redis_up() {
  if redis ping 2>/dev/null | grep -q PONG; then return 0; fi
  # No snapshot, no append-only file: a restarted Redis starts empty. One that reloaded a snapshot could serve
  # entries deleted while it was down (a decision changed meanwhile): MUC stores must not persist.
  (exec 7>&- 8>&- 9>&-; redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --dir "$CLUSTER_DATA" --pidfile "$CLUSTER_DATA/redis.pid" --logfile "$CLUSTER_DATA/redis.log")
  for _ in $(seq 50); do redis ping 2>/dev/null | grep -q PONG && return 0; sleep 0.1; done
  echo "ERROR: Redis does not answer on 127.0.0.1:$REDIS_PORT" >&2; return 1
}
redis_down() { redis shutdown nosave >/dev/null 2>&1 || true; }

site_up() {
  if [ "$(sens_psql -tAc "select 1 from pg_database where datname='$CLUSTER_DB'")" != 1 ]; then
    sens_psql -c "create database $CLUSTER_DB owner $SENS_DB_USER encoding 'UTF8' template template0"
  fi
  mkdir -p "$CLUSTER_DATA/moodledata" "$CLUSTER_DATA/localcache-a" "$CLUSTER_DATA/localcache-b"
  if [ -z "$(sens_dbq "select 1 from information_schema.tables where table_name='mdl_config'" "$CLUSTER_DB")" ]; then
    echo "installing the cluster site into database $CLUSTER_DB (about a minute, once)"
    cluster_php a admin/cli/install_database.php --agree-license --lang=en --fullname="Moodle SENS (cluster)" \
      --shortname="SENSC" --adminuser=admin --adminpass="$SENS_ADMIN_PASS" --adminemail=admin@example.invalid \
      | tail -n 2
  else
    local rc=0; cluster_php a admin/cli/upgrade.php --is-pending >/dev/null 2>&1 || rc=$?
    if [ "$rc" = 2 ]; then cluster_php a admin/cli/upgrade.php --non-interactive --lang=en | tail -n 2; fi
  fi
  cluster_php a "$SENS_ROOT/tests/cluster/cli.php" muc
}

node_answers() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://${NODE_ADDR[$1]}/login/index.php" | grep -q 200; }
nodes_up() {
  local node pidfile
  for node in a b; do
    pidfile="$CLUSTER_DATA/node-$node.pid"
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null && node_answers "$node"; then continue; fi
    (exec 7>&- 8>&- 9>&-; cd "$MOODLE_DIR" && exec setsid env $(node_env "$node") PHP_CLI_SERVER_WORKERS=2 $PHP \
      -d memory_limit=512M -S "${NODE_ADDR[$node]}" -t "$MOODLE_DIR" "$SENS_ROOT/tests/cluster/router.php") \
      >"$CLUSTER_DATA/node-$node.log" 2>&1 </dev/null &
    echo $! > "$pidfile"
  done
  for node in a b; do
    for _ in $(seq 60); do node_answers "$node" && break; sleep 0.5; done
    node_answers "$node" || { echo "ERROR: node $node does not answer; see $CLUSTER_DATA/node-$node.log" >&2; return 1; }
    echo "node $node: http://${NODE_ADDR[$node]}"
  done
}
nodes_down() {
  local node pidfile
  for node in a b; do
    pidfile="$CLUSTER_DATA/node-$node.pid"
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then kill -- "-$(cat "$pidfile")" 2>/dev/null || true; fi
    rm -f "$pidfile"
  done
}

case "${1:-}" in
  up)
    mkdir -p "$CLUSTER_DATA"
    sens_lock 7 "$CLUSTER_DATA/cluster.lock"
    sens_install_packages
    command -v redis-server >/dev/null && $PHP -m | grep -i '^redis$' >/dev/null || { echo "ERROR: Redis or php-redis missing" >&2; exit 3; }
    sens_ensure_postgres >/dev/null
    redis_up
    site_up
    nodes_up
    ;;
  down) nodes_down; redis_down ;;
  php) shift; node="$1"; shift; cluster_php "$node" "$@" ;;
  redis) shift; redis "$@" ;;
  redis-up) redis_up ;;
  redis-down) redis_down ;;
  *) sed -n '2,13p' "$0"; exit 2 ;;
esac
