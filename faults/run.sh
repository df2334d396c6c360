#!/usr/bin/env bash
# Fault runs of the submission path, on this machine only: its own PostgreSQL cluster (port 5462, never the
# developer's main one) and its own backends (ports 18181, 18182), ~1,000 children per scenario:
#   (a) SIGKILL of the backend mid-load, restart, children retry with their Idempotency-Keys
#   (b) PostgreSQL stopped for 10 s mid-load
#   (c) two backends on one database, every send sprayed at both
#   (d) the mixer forced to run every second (batch of 1) during (a)-(c)
# Prints confirmed / stored / duplicates / lost / code rows lost / 401 on retry / 5xx and the statuses clients saw,
# and exits 1 unless duplicates, lost, code rows lost, 401 on retry and 5xx are all 0 (503 with Retry-After during
# the outage is the expected answer and is counted apart). Bounded: each scenario's clients stop after 300 s.
#   faults/run.sh [children=1000]        FAULTS_NO_BUILD=1 reuses backend/target/demo-app
set -euo pipefail
cd "$(dirname "$0")/.."
children=${1:-1000}; concurrency=${FAULTS_CONCURRENCY:-32}; pg_port=${FAULTS_PG_PORT:-5462}
# A restarted backend can take a minute to start on a busy 2-core machine; the children keep retrying meanwhile.
client_seconds=${FAULTS_CLIENT_SECONDS:-300}
ports=(18181 18182)
pgbin=/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -n | tail -1)/bin
work=$(mktemp -d /tmp/lyssna-faults.XXXXXX)
chmod 755 "$work"
logs=target/faults; mkdir -p "$logs"
pids=()

as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
sql() { "$pgbin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d lyssna_faults -qAt -c "$1"; }
pg_start() { as_pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w -o "-p $pg_port \
    -c listen_addresses=127.0.0.1 -k $work/pg -c log_error_verbosity=terse -c log_min_error_statement=panic" start \
    >/dev/null; }
pg_stop() { as_pg "$pgbin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null; }
cleanup() {
    for pid in "${pids[@]}" ${client:-}; do kill -9 "$pid" 2>/dev/null || true; done
    pg_stop 2>/dev/null || true
    cp "$work"/backend-*.log "$work/pg/server.log" "$logs/" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "${FAULTS_APP:-}" ] && { [ "${FAULTS_NO_BUILD:-}" != 1 ] || [ ! -f backend/target/demo-app/quarkus-run.jar ]; }; then
    echo "[faults] building the backend"
    mvn -B -q -ntp -pl backend -am package -DskipTests -Dcheckstyle.skip
fi
# A copy, so that a build in the worktree meanwhile cannot change the backend under a restart
# (FAULTS_APP: an already built quarkus-app directory to use instead). The demo build: the production build
# has no demo-token endpoint for the clients to sign in with (ProdBuildHasNoDemoIT).
cp -r "${FAULTS_APP:-backend/target/demo-app}" "$work/app"

echo "[faults] own PostgreSQL cluster on 127.0.0.1:$pg_port"
mkdir "$work/pg"; [ "$(id -u)" -ne 0 ] || chown postgres "$work/pg"
as_pg "$pgbin/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 >/dev/null
pg_start
"$pgbin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "create role lyssna login password 'lyssna'" \
    -c "create database lyssna_faults owner lyssna" >/dev/null

# Backend i on ports[i]; mixing every second with batches of one, so that it races everything (d).
start_backend() {
    LYSSNA_DB_URL=jdbc:postgresql://127.0.0.1:$pg_port/lyssna_faults LYSSNA_DEMO_SECRETS=true \
        LYSSNA_SECRETS_DIR=$work/secrets java -Xmx512m -Dquarkus.profile=demo -Dquarkus.http.host=127.0.0.1 \
        -Dquarkus.http.port="${ports[$1]}" -Dlyssna.code-guessing.max-failures=1000000 \
        -Dlyssna.mixing.interval=1s -Dlyssna.mixing.min-batch=1 -Dquarkus.datasource.jdbc.acquisition-timeout=2S \
        -jar "$work/app/quarkus-run.jar" >> "$work/backend-$1.log" 2>&1 &
    pids[$1]=$!
    disown "${pids[$1]}"  # no "Killed" job notice: the kill is the point
    for _ in $(seq 1 360); do
        curl -fs "localhost:${ports[$1]}/q/health/ready" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    echo "[faults] backend $1 did not start; see $logs/backend-$1.log"; exit 1
}
progress() { local done; done=$(cat "$1/progress" 2>/dev/null || true); echo "${done:-0}"; }
wait_for_progress() {  # until a third of the children are done
    for _ in $(seq 1 600); do
        [ "$(progress "$1")" -ge $((children / 3)) ] && return 0
        sleep 0.1
    done
}
fault_a() { wait_for_progress "$1"; kill -9 "${pids[0]}"
    while kill -0 "${pids[0]}" 2>/dev/null; do sleep 0.1; done
    echo "[faults]   killed backend 0 (SIGKILL) at $(progress "$1") children done; restarting"
    start_backend 0; }
fault_b() { wait_for_progress "$1"; pg_stop
    echo "[faults]   PostgreSQL stopped at $(progress "$1") children done; 10 s"; sleep 10; pg_start; }
fault_c() { :; }

failed=0
scenario() {  # name spray fault urls...
    local name=$1 spray=$2 fault=$3; shift 3
    local out=$work/$name; mkdir -p "$out"
    echo "[faults] scenario $name"
    java faults/FaultLoad.java "$out" "$children" "$concurrency" "$spray" "$client_seconds" "$@" &
    client=$!
    for _ in $(seq 1 600); do [ -f "$out/ready" ] && break; sleep 0.1; done
    "$fault" "$out"
    wait "$client"
    local round; round=$(cat "$out/round")
    sleep 2  # the mixer's last turn; the inbox is counted as well
    sql "select text from free_text_answer where round_id = '$round' union all
         select payload->'freeTexts'->>'free-text-other' from response_inbox where round_id = '$round'" \
        | sort > "$out/stored"
    sort "$out/confirmed" > "$out/confirmed.sorted"
    local stored duplicates lost code_rows used unconfirmed
    stored=$(wc -l < "$out/stored")
    duplicates=$((stored - $(sort -u "$out/stored" | wc -l)))
    lost=$(comm -23 "$out/confirmed.sorted" <(sort -u "$out/stored") | wc -l)
    unconfirmed=$(comm -13 "$out/confirmed.sorted" <(sort -u "$out/stored") | wc -l)
    code_rows=$(sql "select count(*) from participation_code where round_id = '$round'")
    used=$(sql "select count(*) from participation_code where round_id = '$round' and used")
    # shellcheck disable=SC2046
    eval $(sed 's/ statuses=.*//' "$out/client")
    printf '%-26s confirmed=%s stored=%s duplicates=%s lost=%s code_rows_lost=%s 401_on_retry=%s 5xx=%s' \
        "$name" "$confirmed" "$stored" "$duplicates" "$lost" $((children - code_rows)) "$unauthorized_on_retry" \
        "$server_errors"
    printf ' | 503+Retry-After=%s used_codes=%s stored_unconfirmed=%s\n' "$unavailable_retry_after" "$used" \
        "$unconfirmed"
    echo "  statuses: $(sed 's/.* statuses=//' "$out/client")"
    if [ "$duplicates" != 0 ] || [ "$lost" != 0 ] || [ $((children - code_rows)) != 0 ] \
        || [ "$unauthorized_on_retry" != 0 ] || [ "$server_errors" != 0 ] || [ "$confirmed" != "$children" ]; then
        failed=1
    fi
}

start_backend 0
scenario "a-sigkill-backend" false fault_a "http://localhost:${ports[0]}"
scenario "b-postgres-down-10s" false fault_b "http://localhost:${ports[0]}"
start_backend 1
scenario "c-two-backends-sprayed" true fault_c "http://localhost:${ports[0]}" "http://localhost:${ports[1]}"
echo "[faults] (d) mixing ran every second, batches of 1, on every backend during a-c; logs in $logs/"
if grep -l "ERROR" "$work"/backend-*.log >/dev/null 2>&1; then
    echo "[faults] ERROR lines in a backend log:"; grep -h "ERROR" "$work"/backend-*.log | sort | uniq -c | head
fi
exit $failed
