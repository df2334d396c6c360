#!/usr/bin/env bash
# Submission load, one command: an own PostgreSQL cluster and the packaged backend (JVM mode); children redeem a code
# and send a full 13-17 answer set at each concurrency for a fixed time; then pgbench does the same database work per
# child at the same concurrency on the same database, and the ratio backend / database is printed.
#   bench/submission.sh [seconds=30] [concurrencies="32 64"]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}; concurrencies=${2:-"32 64"}
. bench/lib.sh
bench_cluster
# BENCH_PROFILE=cpu (or 1) / wall / alloc: async-profiler (Maven Central) samples the backend during each measured window,
# JIT, GC and native frames included (JFR sees only threads in Java code); summarised at the end as top frames.
profile=${BENCH_PROFILE:-0}; [ "$profile" = 1 ] && profile=cpu
# A submission replica's JVM as deploy/kubernetes.yaml sizes it (JAVA_TOOL_OPTIONS of lyssna-backend: children's
# requests only, closing and the adults' reads run on lyssna-admin), rather than a quarter of this machine's memory;
# SerialGC because two cores leave no room for G1's concurrent threads; a young generation of 96 MB because a child's
# two requests allocate ~0.35 MB, so the default third of a 128 MB heap was collected 6 times a second (1.1 s of
# pauses in 20 s; bench/README.md). BENCH_JAVA_OPTS replaces these.
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-"-Xmx160m -Xmn96m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m"}
bench_backend
base=http://localhost:$BENCH_HTTP_PORT
echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
hook=
if [ "$profile" != 0 ]; then
    bench_async_profiler "$profile"
    export BENCH_BACKEND_PID; hook=$PWD/target/profile-hook.sh
fi

java -cp "$(jackson_cp)" bench/SubmissionBench.java "$base" payload-sizes
cp=$(jackson_cp)
# Warm-up, not counted: BENCH_WARMUP_FIRST seconds before the first concurrency (default 60), BENCH_WARMUP before
# each later one (default 10; they follow the earlier windows' load). A replica runs for weeks, so a fair window is one
# after the JIT has done most of its work: the JIT cost 0.5-0.65 ms per child in the first window after 10-30 s of
# warm-up and 0.25-0.4 ms in the second, 40-60 s into the load. With 60 s the first window starts as far into it.
warmup=${BENCH_WARMUP_FIRST:-60}
declare -A backend_rate
for c in $concurrencies; do
    # Codes enough for 1,500 children/s for the window and its warm-up.
    codes=$(( (seconds + warmup) * 1500 ))
    out=$(java -Dbench.warmup="$warmup" -Dbench.backend-pid="$BENCH_BACKEND_PID" \
        -Dbench.postmaster-pid="$(bench_postmaster_pid)" \
        -Dbench.measure-hook="$hook" -cp "$cp" \
        bench/SubmissionBench.java "$base" "$c" "$seconds" "$codes")
    echo "$out"
    backend_rate[$c]=$(echo "$out" | sed -n 's/^RESULT .*children_per_s=\([0-9.]*\).*/\1/p')
    warmup=${BENCH_WARMUP:-10}
done
rss=$(peak_rss_mib)
echo "backend peak RSS: ${rss} MiB"

# pgbench on the same database: codes of its own in the bench's round, the same payload size.
round=$(bench_psql -c "select id from round where name = 'Bench' limit 1")
unit=$(bench_psql -c "select unit_id from round_unit where round_id = '$round' limit 1")
qv=$(bench_psql -c "select questionnaire_version_id from round where id = '$round'")
pgcodes=500000
bench_psql -c "insert into participation_code (id, round_id, unit_id, code_hash)
    select gen_random_uuid(), '$round', '$unit', sha256(convert_to('pgb' || k, 'UTF8')) from generate_series(1, $pgcodes) k"
bench_psql -c "vacuum analyze participation_code"
payload=$(java -cp "$cp" bench/SubmissionBench.java "$base" payload | sed "s/'/''/g")
script=$(mktemp --suffix=.sql)
sed "s|@PAYLOAD@|${payload//|/\\|}|" bench/child.sql.in > "$script"
for c in $concurrencies; do
    pgbench_out=$(PGPASSWORD=lyssna pgbench -h localhost -p "$BENCH_PG_PORT" -U lyssna -n -c "$c" -j 2 -T "$seconds" \
        -D codes=$pgcodes -D round="$round" -D unit="$unit" -D qv="$qv" -f "$script" "$BENCH_DB" 2>&1)
    echo "$pgbench_out" | grep -E '^(number of|latency|tps)'
    tps=$(echo "$pgbench_out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
    printf 'RATIO concurrency=%s backend=%s children/s pgbench=%s children/s ratio=%.3f\n' "$c" \
        "${backend_rate[$c]}" "$tps" "$(awk -v a="${backend_rate[$c]}" -v b="$tps" 'BEGIN{print a/b}')"
done
rm -f "$script"
echo "backend peak RSS: ${rss} MiB (target < 400)"
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$profile" != 0 ]; then
    for c in $concurrencies; do python3 bench/top-frames.py "target/bench-submission-$c.collapsed"; done
fi
