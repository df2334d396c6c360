# Shared by the bench/ commands: an own PostgreSQL cluster (never the developer's main one) and a backend on it.
# Source it; it defines bench_cluster, bench_backend, peak_rss_mib and cleans up on exit.
BENCH_PG_PORT=${BENCH_PG_PORT:-5471}
BENCH_HTTP_PORT=${BENCH_HTTP_PORT:-18090}
BENCH_DB=${BENCH_DB:-lyssna_bench}
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { as_root su postgres -c "$*"; }
bench_psql() { PGPASSWORD=lyssna psql -h localhost -p "$BENCH_PG_PORT" -U lyssna -d "$BENCH_DB" -v ON_ERROR_STOP=1 -qtA "$@"; }

# A fresh database in the bench cluster (created on first use, kept between runs, stopped on exit); with
# BENCH_KEEP_DB=1 an existing $BENCH_DB is kept as it is (bench/results.sh's reuse of generated rounds).
bench_cluster() {
    local version; version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    if ! pg_lsclusters -h | awk '{print $2}' | grep -qx bench; then
        as_root pg_createcluster "$version" bench --port "$BENCH_PG_PORT" >/dev/null
        # Sized like the main cluster a deployment would tune: room for 64 backend connections and pgbench clients.
        as_root pg_conftool "$version" bench set max_connections 200
        as_root pg_conftool "$version" bench set shared_buffers 512MB
    fi
    pg_lsclusters -h | grep -q "^$version *bench .*online" || as_root pg_ctlcluster "$version" bench start
    for _ in $(seq 1 30); do as_postgres "psql -p $BENCH_PG_PORT -qtAc 'select 1'" >/dev/null 2>&1 && break; sleep 1; done
    as_postgres "psql -p $BENCH_PG_PORT -qc \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname='lyssna') then create role lyssna login password 'lyssna'; end if; end \\\$\\\$\""
    if [ "${BENCH_KEEP_DB:-}" != 1 ] || ! as_postgres "psql -p $BENCH_PG_PORT -lqtA" | cut -d'|' -f1 | grep -qx "$BENCH_DB"; then
        as_postgres "psql -p $BENCH_PG_PORT -qc 'drop database if exists $BENCH_DB'"
        as_postgres "psql -p $BENCH_PG_PORT -qc 'create database $BENCH_DB owner lyssna'"
    fi
    BENCH_PG_VERSION=$version
    trap bench_cleanup EXIT
}

bench_cleanup() {
    # wait returns the killed backend's status (143): under set -e that ended the trap before the cluster stopped.
    # A JVM thrashing in full collections did not stop on SIGTERM, and it holds the bench lock's descriptor: after
    # 15 s it is killed outright rather than holding up everyone's benchmarks.
    if [ -n "${BENCH_BACKEND_PID:-}" ] && kill "$BENCH_BACKEND_PID" 2>/dev/null; then
        for _ in $(seq 1 15); do kill -0 "$BENCH_BACKEND_PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$BENCH_BACKEND_PID" 2>/dev/null || true
        wait "$BENCH_BACKEND_PID" 2>/dev/null || true
    fi
    [ -n "${BENCH_SECRETS:-}" ] && rm -rf "$BENCH_SECRETS"
    [ -n "${BENCH_PG_VERSION:-}" ] && as_root pg_ctlcluster "$BENCH_PG_VERSION" bench stop 2>/dev/null
    true
}

. scripts/lib/backend.sh

# The packaged demo build (JVM mode): the production build has no demo-token endpoint for the load tool to sign in.
bench_backend() {
    local jar=$DEMO_JAR
    [ -f "$jar" ] || mvn -B -q -ntp -pl backend -am package -DskipTests
    BENCH_SECRETS=$(mktemp -d)
    mkdir -p target
    LYSSNA_DB_URL="jdbc:postgresql://localhost:$BENCH_PG_PORT/$BENCH_DB" LYSSNA_DEMO_SECRETS=true \
        LYSSNA_SECRETS_DIR=$BENCH_SECRETS java ${BENCH_JAVA_OPTS:-} -Dquarkus.profile=demo \
        -Dquarkus.http.port="$BENCH_HTTP_PORT" -Dlyssna.code-guessing.max-failures=100000000 "$@" \
        -jar "$jar" > target/bench-backend.log 2>&1 &
    BENCH_BACKEND_PID=$!
    wait_for_backend "http://localhost:$BENCH_HTTP_PORT" "$BENCH_BACKEND_PID" target/bench-backend.log
}

# bench_async_profiler EVENT: writes target/profile-hook.sh, which SubmissionBench runs as "start C" / "stop C" around
# each measured window: async-profiler (its Maven Central jar) is attached to the running backend with jcmd (the
# options quoted inside the one command string, or jcmd's parser splits them at '=') and
# samples EVENT (cpu, wall) into target/bench-submission-C.collapsed, so start-up, code issuing and the warm-up's
# JIT compiling stay out of the profile.
bench_async_profiler() {
    local version=4.2 jar lib
    jar=~/.m2/repository/tools/profiler/async-profiler/$version/async-profiler-$version.jar
    [ -f "$jar" ] || mvn -B -q -ntp dependency:get -Dartifact=tools.profiler:async-profiler:$version -Dtransitive=false
    mkdir -p target/async-profiler
    unzip -qo "$jar" 'linux-x64/*' -d target/async-profiler
    lib=$PWD/target/async-profiler/linux-x64/libasyncProfiler.so
    # perf events are often closed in containers; itimer samples CPU time without them.
    local event=$1 interval=1ms
    [ "$event" = cpu ] && ! perf_events_open && event=itimer
    [ "$event" = wall ] && interval=5ms
    # Allocation samples: one per 512 KB allocated (the interval is in bytes for this event).
    [ "$event" = alloc ] && interval=512k
    cat > target/profile-hook.sh <<HOOK
#!/usr/bin/env bash
case "\$1" in
    start) jcmd "\$BENCH_BACKEND_PID" "JVMTI.agent_load $lib \"start,event=$event,interval=$interval\"" >/dev/null ;;
    stop) jcmd "\$BENCH_BACKEND_PID" "JVMTI.agent_load $lib \"stop,collapsed,file=$PWD/target/bench-submission-\$2.collapsed\"" >/dev/null ;;
esac
HOOK
    chmod +x target/profile-hook.sh
}
perf_events_open() { [ "$(cat /proc/sys/kernel/perf_event_paranoid 2>/dev/null || echo 3)" -le 2 ]; }
bench_postmaster_pid() { as_root head -1 "/var/lib/postgresql/$BENCH_PG_VERSION/bench/postmaster.pid"; }

peak_rss_mib() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$BENCH_BACKEND_PID/status"; }
jackson_cp() { ls "$(dirname "$DEMO_JAR")"/lib/main/com.fasterxml.jackson.core.jackson-*.jar | paste -sd: -; }
