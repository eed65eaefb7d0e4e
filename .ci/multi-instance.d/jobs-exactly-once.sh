#!/usr/bin/env bash
# Issue 14: jobs finish exactly once across two instances, a rolling restart and a SIGKILL (.ci/multi-instance.sh hook).
#
#   start  creates a valuation of its own and three APPRAISER keys through the balancer, then starts a submitter in the
#          background: until the load stops ($WORK/stop-load, touched by multi-instance.sh after both restarts) it
#          submits Monte Carlo jobs (Prefer: respond-async, 100,000 draws, a fresh Idempotency-Key each) through the
#          balancer, one submitter per key, as fast as the callers' limits (4 active jobs each) allow, so that the
#          workers of both instances are always busy and every stop of an instance stops running jobs. A submission
#          that gets no answer or a 5xx is sent again with the same key (the client's side of the contract) for up to
#          60 s; every 202 is an acknowledged job (id, key).
#          A 429 (a caller's active-job limit) is not an acknowledgement and is only counted.
#   check  waits for the submitter, then for every acknowledged job to reach a final state, and shows:
#            - every acknowledged job is stored exactly once (one row; the same key replayed answers the same job);
#            - each is SUCCEEDED, or FAILED with a reason (printed); none is left QUEUED/RUNNING, none CANCELLED;
#            - the valuation holds exactly one stored run per SUCCEEDED job, each job's result link is a distinct run,
#              and no run exists that no job claims (never two results);
#            - at least one job was running when an instance was stopped (its run was started more than once), so the
#              restarts really hit running jobs.
# Environment from multi-instance.sh: LB_URL, API_KEY, WORK, PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD.
# Needs curl and psql (the PostgreSQL client, installed with the server). Loopback only; bounded in time.
set -euo pipefail

PHASE="${1:?usage: jobs-exactly-once.sh start|check|submit}"
DIR="$WORK/jobs-exactly-once"
BODY="$DIR/post.${2:-0}.body"
# 100,000 draws (the default max-draws): seconds of work each, so that the 12 jobs the three callers may have
# active keep every worker of both instances busy and the restarts stop running jobs
DRAWS=100000
SELF="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"

say() { echo "jobs-exactly-once: $*"; }
die() { echo "jobs-exactly-once: FAILED: $*" >&2; exit 1; }
uuid() { cat /proc/sys/kernel/random/uuid; }
# the first "NAME":"value" of a JSON text (the top-level one: each answer read here names it first)
field() { grep -oE "\"$1\":\"[^\"]*\"" | sed -n 1p | sed -E 's/^"[^"]*":"(.*)"$/\1/'; }
request() {
  echo "{\"seed\":$1,\"draws\":$DRAWS,\"inputs\":[{\"driver\":\"incomeScale\",\"distribution\":{\"kind\":\"UNIFORM\",\"min\":0.8,\"max\":1.2}}]}"
}
sql() { psql -X -qtA -v ON_ERROR_STOP=1 -c "$1"; }

# POST with one Idempotency-Key, sent again on no answer or 5xx for up to 60 s; prints "status<TAB>body".
post() {
  local key=$1 path=$2 body=$3 prefer=${4:-} idem status out deadline
  idem="$(uuid)"
  deadline=$(( $(date +%s) + 60 ))
  while :; do
    out="$(curl -sS -m 30 -o "$BODY" -w '%{http_code}' -X POST "$LB_URL$path" -H "X-API-KEY: $key" \
      -H 'Content-Type: application/json' -H "Idempotency-Key: $idem" ${prefer:+-H "Prefer: $prefer"} -d "$body" 2>/dev/null)" \
      || out=000
    status="$out"
    if [ "$status" != 000 ] && [ "${status:0:1}" != 5 ]; then
      break
    fi
    [ "$(date +%s)" -lt "$deadline" ] || break
    sleep 0.5
  done
  printf '%s\t%s\t%s\n' "$status" "$idem" "$(tr -d '\n' <"$BODY" 2>/dev/null)"
}

case "$PHASE" in
start)
  rm -rf "$DIR"
  mkdir -p "$DIR"
  IFS=$'\t' read -r status _ body < <(post "$API_KEY" /v1/valuations '{"reference":"JOBS-EXACTLY-ONCE",
     "asset":{"name":"Jobs dataset","structure":"table","dictionary":"a, b","size":"1 GB",
              "period":"2024","updateFrequency":"daily","storage":"disk"},
     "right":"PRODUCT_OPERATION","purpose":"pledge financing","basisOfValue":"market value",
     "valuationDate":"2024-12-31","appraiser":"A. Appraiser",
     "assumptions":["going concern"],"limitingConditions":["none"],
     "quality":{"matrix":[[1,3],[0.3333333333333333,1]],
       "criteria":[{"id":"accuracy","label":"accuracy","score":0.9},{"id":"timeliness","label":"timeliness","score":0.6}]},
     "income":{"weight":1.0,"reason":"income is forecastable","inputs":
       {"forecast":{"kind":"SHARE","amounts":[400,420,430,450,440],"shareRate":0.1539},
        "discountRate":{"riskFree":0.06,"premia":[{"name":"risk","rate":0.04}]}}}}')
  [ "$status" = 201 ] || die "POST /v1/valuations answered $status: $body"
  VALUATION="$(printf '%s' "$body" | field id)"
  [ -n "$VALUATION" ] || die "no valuation id in $body"
  echo "$VALUATION" >"$DIR/valuation"
  for n in 1 2 3; do
    IFS=$'\t' read -r status _ body < <(post "$API_KEY" /v1/api-keys "{\"name\":\"jobs exactly once $n\",\"roles\":[\"APPRAISER\",\"READER\"]}")
    [ "$status" = 201 ] || die "POST /v1/api-keys answered $status: $body"
    printf '%s' "$body" | field key >>"$DIR/keys"
  done
  : >"$DIR/acknowledged"
  : >"$DIR/refused"
  : >"$DIR/submitter.pids"
  for n in 0 1 2; do   # one submitter per caller, so that the callers' jobs keep every worker busy
    nohup bash "$SELF" submit "$n" >"$DIR/submitter.$n.log" 2>&1 &
    echo $! >>"$DIR/submitter.pids"
  done
  say "valuation $VALUATION; submitters started (pids $(paste -sd' ' "$DIR/submitter.pids"))"
  ;;

submit)
  VALUATION="$(cat "$DIR/valuation")"
  mapfile -t KEYS <"$DIR/keys"
  end=$(( $(date +%s) + 400 ))
  n=0
  while [ ! -e "$WORK/stop-load" ] && [ "$(date +%s)" -lt "$end" ]; do
    key="${KEYS[$2]}"
    n=$((n + 1))
    seed=$(( n * 10 + $2 ))
    IFS=$'\t' read -r status idem body < <(post "$key" "/v1/valuations/$VALUATION/monte-carlo" "$(request $seed)" respond-async)
    case "$status" in
      202) printf '%s\t%s\t%s\t%s\n' "$(printf '%s' "$body" | field id)" "$idem" "$key" "$seed" >>"$DIR/acknowledged" ;;
      429) echo "$idem" >>"$DIR/refused"; sleep 1 ;;  # this caller has 4 active jobs: every worker is busy
      *) echo "submission $n not acknowledged: $status $body" ;;  # never acknowledged: the client knows it may not exist
    esac
    sleep 0.05
  done
  echo "submitter: $n submissions"
  ;;

check)
  [ -f "$DIR/submitter.pids" ] || die "no submitter was started"
  while read -r pid; do
    for _ in $(seq 1 240); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    ! kill -0 "$pid" 2>/dev/null || die "submitter $pid did not stop"
  done <"$DIR/submitter.pids"
  cat "$DIR"/submitter.*.log
  VALUATION="$(cat "$DIR/valuation")"
  acknowledged=$(wc -l <"$DIR/acknowledged")
  say "$acknowledged jobs acknowledged, $(wc -l <"$DIR/refused") submissions refused with 429"
  [ "$acknowledged" -ge 5 ] || die "too few jobs were acknowledged ($acknowledged) to show anything"

  # every acknowledged job reaches a final state (a run orphaned by the SIGKILL is recovered at the instance's restart)
  deadline=$(( $(date +%s) + 300 ))
  while IFS=$'\t' read -r id idem key seed; do
    while :; do
      state="$(curl -sS -m 10 "$LB_URL/v1/jobs/$id" -H "X-API-KEY: $key" | field state || true)"
      case "$state" in SUCCEEDED|FAILED|CANCELLED) break ;; esac
      [ "$(date +%s)" -lt "$deadline" ] || die "job $id is still ${state:-unreadable} after 300 s"
      sleep 1
    done
    # the same request with the same key answers the same job (a retried submission never starts a second one)
    replay="$(curl -sS -m 30 -X POST "$LB_URL/v1/valuations/$VALUATION/monte-carlo" -H "X-API-KEY: $key" \
      -H 'Content-Type: application/json' -H "Idempotency-Key: $idem" -H 'Prefer: respond-async' -d "$(request "$seed")" \
      -D - -o /dev/null | tr -d '\r' | sed -nE 's/^[Ll]ocation: (.*)$/\1/p')"
    [ "$replay" = "/v1/jobs/$id" ] || die "the replay of job $id's submission answered Location '${replay}'"
  done <"$DIR/acknowledged"

  ids="$(cut -f1 "$DIR/acknowledged" | sed "s/.*/'&'/" | paste -sd, -)"
  # each acknowledged job: exactly one row, with its key
  rows="$(sql "SELECT COUNT(*) FROM job WHERE id IN ($ids)")"
  [ "$rows" = "$acknowledged" ] || die "$acknowledged jobs acknowledged, $rows found"
  keys="$(sql "SELECT COUNT(DISTINCT idempotency_key) FROM job WHERE id IN ($ids)")"
  [ "$keys" = "$acknowledged" ] || die "two acknowledged jobs share an Idempotency-Key"
  jobs_of_valuation="$(sql "SELECT COUNT(*) FROM job WHERE subject = '/v1/valuations/$VALUATION'")"
  [ "$jobs_of_valuation" = "$acknowledged" ] || die "$jobs_of_valuation jobs on the valuation, $acknowledged acknowledged (a job no client knows of)"
  sql "SELECT state, COUNT(*), SUM(attempts) FROM job WHERE id IN ($ids) GROUP BY state ORDER BY state" | sed 's/^/jobs-exactly-once: state|count|runs started: /'
  bad="$(sql "SELECT id || ' ' || state || ' ' || COALESCE(failure_reason, '(no reason)') FROM job WHERE id IN ($ids)
              AND NOT (state = 'SUCCEEDED' AND result_link IS NOT NULL
                       OR state = 'FAILED' AND failure_reason IS NOT NULL AND failure_reason <> '')")"
  [ -z "$bad" ] || die "jobs neither SUCCEEDED with a result nor FAILED with a reason: $bad"
  failed="$(sql "SELECT id || ': ' || failure_reason FROM job WHERE id IN ($ids) AND state = 'FAILED'")"
  [ -z "$failed" ] || say "FAILED (explained): $failed"

  # exactly one stored run per SUCCEEDED job, each job's own, and no run without a job
  succeeded="$(sql "SELECT COUNT(*) FROM job WHERE id IN ($ids) AND state = 'SUCCEEDED'")"
  links="$(sql "SELECT COUNT(DISTINCT result_link) FROM job WHERE id IN ($ids) AND state = 'SUCCEEDED'")"
  runs="$(sql "SELECT COUNT(*) FROM valuation_analysis WHERE valuation_id = '$VALUATION'")"
  [ "$links" = "$succeeded" ] || die "$succeeded jobs SUCCEEDED but only $links distinct result links: two jobs claim one run"
  [ "$runs" = "$succeeded" ] || die "$runs runs stored for $succeeded SUCCEEDED jobs: a result stored twice or lost"
  unclaimed="$(sql "SELECT COUNT(*) FROM valuation_analysis a WHERE a.valuation_id = '$VALUATION' AND NOT EXISTS (
                    SELECT 1 FROM job j WHERE j.id IN ($ids) AND j.result_link = '/v1/valuations/$VALUATION/analyses/' || a.seq)")"
  [ "$unclaimed" = 0 ] || die "$unclaimed stored runs belong to no job"
  restarted="$(sql "SELECT COUNT(*) FROM job WHERE id IN ($ids) AND attempts > 1")"
  [ "$restarted" -ge 1 ] || die "no job was running when an instance was stopped: the restarts did not test jobs"
  say "PASSED: $acknowledged acknowledged jobs, $succeeded SUCCEEDED with $runs stored runs (one each), $restarted run again after a stop"
  ;;

*)
  die "unknown phase $PHASE"
  ;;
esac
