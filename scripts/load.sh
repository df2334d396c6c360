#!/usr/bin/env bash
# Load benchmark of the peak when a round opens: N children redeem a code and send answers, C at a time, against
# a backend on this machine (its own database). Prints throughput and latency; nothing leaves localhost.
#   scripts/load.sh [children=2000] [concurrency=32]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/backend.sh
children=${1:-2000}; concurrency=${2:-32}; port=18080
scripts/postgres.sh lyssna_load >/dev/null
su postgres -c "psql -qc 'drop database if exists lyssna_load'" && su postgres -c "psql -qc 'create database lyssna_load owner lyssna'"
[ -f "$DEMO_JAR" ] || mvn -B -q -ntp install -DskipTests -pl survey-definitions,backend
require_free http://localhost:$port
secrets=$(mktemp -d); mkdir -p target
LYSSNA_DB_URL=jdbc:postgresql://localhost:5432/lyssna_load LYSSNA_DEMO_SECRETS=true LYSSNA_SECRETS_DIR=$secrets \
    java -Xmx1g -Dquarkus.profile=demo -Dquarkus.http.port=$port -Dlyssna.code-guessing.max-failures=1000000 \
    -jar "$DEMO_JAR" > target/load-backend.log 2>&1 &
backend=$!
trap 'kill $backend 2>/dev/null; rm -rf $secrets' EXIT
wait_for_backend http://localhost:$port $backend target/load-backend.log 120
java tools/load/SubmissionLoad.java http://localhost:$port "$children" "$concurrency"
echo "backend RSS: $(ps -o rss= -p $backend | awk '{printf "%.0f MiB", $1/1024}')"
