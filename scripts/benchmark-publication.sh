#!/usr/bin/env bash
# Prints how long protecting and auditing a large round takes, in memory (counting, heuristic, propagation loop,
# linear programs): scripts/benchmark-publication.sh [responses=200000] [municipalities=40] [unitsEach=9]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -pl backend -am test-compile dependency:build-classpath -DskipTests -Dcheckstyle.skip \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
java -cp "backend/target/test-classes:backend/target/classes:survey-definitions/target/classes:$(cat backend/target/bench.cp)" \
    se.lyssna.backend.results.PublicationBenchmark "$@"
