#!/usr/bin/env bash
# The second README command: runs every test of every module against a real PostgreSQL, with the JavaFX tests
# in a virtual X display. .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# Without a sound card JavaFX cannot create a media player; send read-aloud audio to ALSA's null device then.
[ -e /dev/snd ] || export ALSA_CONFIG_PATH="$PWD/scripts/alsa-null.conf"
started=$(date +%s)
xvfb-run -a -s "-screen 0 1920x1080x24" mvn -B -ntp verify "$@"
echo "[test] all modules verified in $(( $(date +%s) - started )) s"
