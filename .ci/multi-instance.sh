#!/usr/bin/env bash
# Issue 14, many instances: two service instances (the real jar) on one PostgreSQL database, HAProxy in front
# (health checks on /health/readiness), the mixed load (benchmarks/load/MixedLoad.java) through the balancer while
#   1. instance 1 is restarted the polite way (taken out of the balancer, SIGTERM, started again, put back), then
#   2. instance 2 is killed with SIGKILL in the middle of requests and started again,
# and then the load's exact count check: every acknowledged write is found by id, each hash-chained table grew by
# exactly the acknowledged writes (no write lost, none doubled), every chain verifies, every idempotent replay
# answered the first Location. Clients retry a failed write with the same Idempotency-Key (that is the contract
# that makes a restart safe); a write that is still not acknowledged after 60 s fails the test.
#
# Runs from .ci/run after `./mvnw verify` (it needs api/target/dataprice-api.jar) as root with PostgreSQL on
# 127.0.0.1:5432 and HAProxy installed (.ci/haproxy.sh). Locally: `sudo bash .ci/multi-instance.sh` (or as root).
# Creates (drops first) the database $MULTI_DB owned by the test user; never touches dataprice_test. Loopback only.
# Exit status 0 when everything held; anything else prints the reason and the tails of the logs.
#
# Hook for more checks (e.g. jobs finishing exactly once across the restarts): every executable file
# .ci/multi-instance.d/*.sh is run twice, as `FILE start` once both instances are up and before the load (submit
# work) and as `FILE check` after the load and both restarts (assert it finished exactly once); a non-zero exit
# fails this test. They get LB_URL, INSTANCE1_URL, INSTANCE2_URL, API_KEY (ADMIN, APPRAISER, SETTLEMENT, READER),
# PGURL_JDBC, PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD and WORK (a scratch directory) in the environment.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$(pwd)"

JAR="$ROOT/api/target/dataprice-api.jar"
PG_HOST=127.0.0.1
PG_PORT="${MULTI_PG_PORT:-5432}"
PG_USER="${DATAPRICE_TEST_PG_USER:-dataprice_test}"
PG_PASSWORD="${DATAPRICE_TEST_PG_PASSWORD:-dataprice_test}"
MULTI_DB="${MULTI_DB:-dataprice_multi}"
PORT_BASE="${MULTI_PORT_BASE:-18700}"
LB_PORT=$PORT_BASE
P1=$((PORT_BASE + 1))
P2=$((PORT_BASE + 2))
STATS_PORT=$((PORT_BASE + 9))
CLIENTS="${MULTI_CLIENTS:-8}"
# The load runs until both restarts are done (plus 5 s), at most this long: slow start-ups on a loaded machine
# lengthen the run instead of failing it.
SECONDS_OF_LOAD="${MULTI_SECONDS:-240}"
WORK="$ROOT/api/target/multi-instance"
HAPROXY=/usr/sbin/haproxy

fail() {
  echo "multi-instance: FAILED: $*" >&2
  for f in "$WORK"/*.log; do
    [ -f "$f" ] || continue
    echo "----- tail of $f" >&2
    tail -n 40 "$f" >&2
  done
  exit 1
}

[ -f "$JAR" ] || fail "$JAR is missing: run ./mvnw -pl api -am package -DskipTests (or verify) first"
[ -x "$HAPROXY" ] || fail "haproxy is not installed (bash .ci/haproxy.sh as root)"
command -v openssl >/dev/null || fail "openssl is needed to sign the bootstrap JWT"

rm -rf "$WORK"
mkdir -p "$WORK/i1" "$WORK/i2"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for f in "$WORK"/*.pid; do
    [ -f "$f" ] || continue
    kill "$(cat "$f")" 2>/dev/null || true
  done
}
trap cleanup EXIT

for port in $LB_PORT $P1 $P2 $STATS_PORT; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    fail "port $port is in use (set MULTI_PORT_BASE to another free range)"
  fi
done

# ---------------------------------------------------------------------------------------------------------------
# The database: a fresh one, separate from the test database.
# ---------------------------------------------------------------------------------------------------------------
psql_admin() {
  if [ "$(id -u)" = 0 ]; then
    su postgres -c "psql -v ON_ERROR_STOP=1 -p $PG_PORT -qtA -c \"$1\""
  else
    sudo -u postgres psql -v ON_ERROR_STOP=1 -p "$PG_PORT" -qtA -c "$1"
  fi
}
psql_admin "DROP DATABASE IF EXISTS $MULTI_DB WITH (FORCE)" || fail "cannot drop database $MULTI_DB"
psql_admin "CREATE DATABASE $MULTI_DB OWNER $PG_USER" || fail "cannot create database $MULTI_DB"
DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$MULTI_DB"
echo "multi-instance: database $DB_URL"

# ---------------------------------------------------------------------------------------------------------------
# The instances. JWT is on (a random secret shared by both) only to create the first admin key: the embedded-H2
# admin key does not exist on PostgreSQL (docs/security.md).
# ---------------------------------------------------------------------------------------------------------------
JWT_SECRET="$(openssl rand -hex 32)"

start_instance() {
  local n=$1 port=$2
  (
    cd "$WORK/i$n"
    DATAPRICE_PORT=$port DATAPRICE_DB_URL="$DB_URL" DATAPRICE_DB_USER="$PG_USER" DATAPRICE_DB_PASSWORD="$PG_PASSWORD" \
      DATAPRICE_JWT_SECRET="$JWT_SECRET" DATAPRICE_BOOTSTRAP_ADMIN_KEY=false \
      exec java -Xmx384m -jar "$JAR" >>"$WORK/instance$n.log" 2>&1
  ) &
  echo $! >"$WORK/i$n.pid"
}

wait_ready() {
  local port=$1 what=$2
  for _ in $(seq 1 180); do
    if curl -sf "http://127.0.0.1:$port/health/readiness" >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.5
  done
  fail "$what did not become ready on port $port within 90 s"
}

stop_instance() {
  local n=$1 signal=$2
  local pid
  pid="$(cat "$WORK/i$n.pid")"
  kill "-$signal" "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  kill -KILL "$pid" 2>/dev/null || true
  echo "multi-instance: instance $n did not stop within 30 s of SIG$signal; killed"
}

T0=$(date +%s)
start_instance 1 $P1
wait_ready $P1 "instance 1"      # runs the Flyway migrations on the empty database
start_instance 2 $P2
wait_ready $P2 "instance 2"
echo "multi-instance: both instances ready after $(( $(date +%s) - T0 )) s"

# ---------------------------------------------------------------------------------------------------------------
# HAProxy: round robin, health checks every 500 ms on /health/readiness, a connection that fails is sent to the
# other server (redispatch); admin socket on loopback TCP for the rolling restart.
# ---------------------------------------------------------------------------------------------------------------
cat >"$WORK/haproxy.cfg" <<EOF
global
  maxconn 512
  stats socket ipv4@127.0.0.1:$STATS_PORT level admin

defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  retries 3
  option redispatch

frontend dataprice
  bind 127.0.0.1:$LB_PORT
  default_backend instances

backend instances
  balance roundrobin
  option httpchk GET /health/readiness
  http-check expect status 200
  default-server inter 500ms fall 2 rise 2
  server i1 127.0.0.1:$P1 check
  server i2 127.0.0.1:$P2 check
EOF
"$HAPROXY" -c -f "$WORK/haproxy.cfg" >/dev/null || fail "haproxy rejected its configuration"
"$HAPROXY" -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
LB_URL="http://127.0.0.1:$LB_PORT"
wait_ready $LB_PORT "haproxy"

haproxy_cmd() {
  local reply
  exec 3<>"/dev/tcp/127.0.0.1/$STATS_PORT"
  printf '%s\n' "$1" >&3
  reply="$(cat <&3)"
  exec 3>&-
  [ -z "$reply" ] || echo "haproxy: $reply"
}

# ---------------------------------------------------------------------------------------------------------------
# An admin key for the load, created with a 5-minute HS256 JWT.
# ---------------------------------------------------------------------------------------------------------------
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
NOW=$(date +%s)
HEADER="$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)"
PAYLOAD="$(printf '{"sub":"ci-multi-instance","roles":["ADMIN"],"iat":%d,"exp":%d}' "$NOW" $((NOW + 300)) | b64url)"
SIGNATURE="$(printf '%s.%s' "$HEADER" "$PAYLOAD" | openssl dgst -sha256 -hmac "$JWT_SECRET" -binary | b64url)"
CREATED="$(curl -sS -X POST "$LB_URL/v1/api-keys" -H "Authorization: Bearer $HEADER.$PAYLOAD.$SIGNATURE" \
  -H 'Content-Type: application/json' -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
  -d '{"name":"multi-instance load","roles":["ADMIN","APPRAISER","SETTLEMENT","READER"]}')" \
  || fail "POST /v1/api-keys through the balancer failed"
API_KEY="$(printf '%s' "$CREATED" | sed -nE 's/.*"key":"([^"]+)".*/\1/p')"
[ -n "$API_KEY" ] || fail "no API key in the answer: $CREATED"

export LB_URL API_KEY WORK PGURL_JDBC="$DB_URL" INSTANCE1_URL="http://127.0.0.1:$P1" INSTANCE2_URL="http://127.0.0.1:$P2" \
  PGHOST=$PG_HOST PGPORT=$PG_PORT PGDATABASE=$MULTI_DB PGUSER=$PG_USER PGPASSWORD=$PG_PASSWORD
run_hooks() {
  local phase=$1 found=0
  for hook in "$ROOT"/.ci/multi-instance.d/*.sh; do
    [ -f "$hook" ] || continue
    found=1
    echo "multi-instance: hook $(basename "$hook") $phase"
    bash "$hook" "$phase" || fail "hook $(basename "$hook") $phase failed"
  done
  [ $found = 1 ] || echo "multi-instance: no hooks in .ci/multi-instance.d/ ($phase)"
}
run_hooks start

# ---------------------------------------------------------------------------------------------------------------
# The load through the balancer, and the restarts while it runs.
# ---------------------------------------------------------------------------------------------------------------
echo "multi-instance: load through $LB_URL, $CLIENTS clients until both restarts are done (at most $SECONDS_OF_LOAD s); load average $(cut -d' ' -f1-3 /proc/loadavg)"
STOP_FILE="$WORK/stop-load"
java "$ROOT/benchmarks/load/MixedLoad.java" --repo "$ROOT" --base "$LB_URL" --key "$API_KEY" --mode mixed --clients "$CLIENTS" \
  --seconds "$SECONDS_OF_LOAD" --warmup 0 --retry-for 60 --stop-file "$STOP_FILE" >"$WORK/load.log" 2>&1 &
LOAD_PID=$!
PIDS+=($LOAD_PID)
LOAD_START=$(date +%s)

sleep 5
echo "multi-instance: rolling restart of instance 1 at +$(( $(date +%s) - LOAD_START )) s"
haproxy_cmd "set server instances/i1 state maint"
sleep 1                                    # requests already sent to it finish
stop_instance 1 TERM
start_instance 1 $P1
wait_ready $P1 "instance 1 (restarted)"
haproxy_cmd "set server instances/i1 state ready"
echo "multi-instance: instance 1 back at +$(( $(date +%s) - LOAD_START )) s"
sleep 2

echo "multi-instance: SIGKILL of instance 2 under load at +$(( $(date +%s) - LOAD_START )) s"
KILLED_AT=$(date +%s)
stop_instance 2 KILL
start_instance 2 $P2
wait_ready $P2 "instance 2 (restarted)"
echo "multi-instance: instance 2 back at +$(( $(date +%s) - LOAD_START )) s"
sleep 5                                    # load on both instances again
touch "$STOP_FILE"

LOAD_STATUS=0
wait $LOAD_PID || LOAD_STATUS=$?
LOAD_END=$(date +%s)
cat "$WORK/load.log"
[ "$LOAD_STATUS" = 0 ] || fail "the load or its count check failed (exit $LOAD_STATUS, see load.log above)"
[ "$KILLED_AT" -lt "$LOAD_END" ] || fail "the load ended before instance 2 was killed: not a restart under load (raise MULTI_SECONDS)"
grep -q "count_check=PASS" "$WORK/load.log" || fail "no passing count check in the load's output"
RETRIED="$(sed -nE 's/.* retried=([0-9]+) .*/\1/p' "$WORK/load.log")"
echo "multi-instance: $RETRIED requests were retried with their Idempotency-Key across the restarts"

run_hooks check

# Both instances serve after the restarts, and each verifies the chains on its own.
for port in $P1 $P2; do
  status="$(curl -sS "http://127.0.0.1:$port/v1/ledgers/verification" -H "X-API-KEY: $API_KEY" | sed -nE 's/^\{"status":"([A-Z]+)".*/\1/p')"
  [ "$status" = OK ] || fail "ledger verification on port $port: ${status:-no answer}"
done
echo "multi-instance: PASSED in $(( $(date +%s) - T0 )) s (both restarts under load, no acknowledged write lost or doubled)"
