#!/usr/bin/env bash
# National-scale results, one command: an own PostgreSQL cluster and the packaged backend; generates rounds of
# responses (default 5 x 200,000 = 1,000,000, 290 municipalities, 900 care units, most small, some large), closes
# each through the API, then times a facilitator's unit query, the national PDF, the XLSX/CSV exports and a trend,
# each beside the raw SQL GROUP BY that counts the same figures.
#   bench/results.sh [rounds=5] [responsesPerRound=200000] [reuse]
# With "reuse" the rounds are generated and closed into a database of their own (lyssna_bench_<rounds>x<per round>)
# that is kept, and a later run with the same sizes and "reuse" times only the reads (b)-(e) on it; (a) is then
# not measured. Without it every run starts from an empty database.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}; per_round=${2:-200000}; reuse=${3:-}
if [ "$reuse" = reuse ]; then
    export BENCH_DB="lyssna_bench_${rounds}x${per_round}" BENCH_KEEP_DB=1
fi
# The backend as the admin replica runs it (deploy/kubernetes.yaml): closing a round is its heaviest work.
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-"-Xms4g -Xmx4g -XX:+UseSerialGC"}
. bench/lib.sh
bench_cluster
# Publication of a big round is one long transaction; give it the time and the heap it needs.
bench_backend -Dquarkus.transaction-manager.default-transaction-timeout=1800s -Dlyssna.mixing.interval=off
cp="$(jackson_cp):$(ls "$(dirname "$DEMO_JAR")"/lib/main/org.postgresql.postgresql-*.jar)"
java -cp "$cp" bench/ResultsBench.java "http://localhost:$BENCH_HTTP_PORT" \
    "jdbc:postgresql://localhost:$BENCH_PG_PORT/$BENCH_DB" "$rounds" "$per_round" "$reuse"
echo "backend peak RSS: $(peak_rss_mib) MiB"
