#!/usr/bin/env bash
# The second README command: runs every test of every module against a real PostgreSQL, with the JavaFX tests
# in a virtual X display. .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
started=$(date +%s)
xvfb-run -a -s "-screen 0 1920x1080x24" mvn -B -ntp verify "$@"
echo "[test] all modules verified in $(( $(date +%s) - started )) s"
