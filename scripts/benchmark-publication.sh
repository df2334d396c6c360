#!/usr/bin/env bash
# Prints how long protecting and auditing a large round takes (in memory): scripts/benchmark-publication.sh [responses] [municipalities]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -pl backend -am test-compile -DskipTests
mvn -B -ntp -q -pl backend dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=backend/target/bench.cp
java -cp "backend/target/test-classes:backend/target/classes:survey-definitions/target/classes:$(cat backend/target/bench.cp)" \
    se.lyssna.backend.results.PublicationBenchmark "$@"
