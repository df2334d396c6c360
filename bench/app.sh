#!/usr/bin/env bash
# The child's app: cold start of the desktop build to its first screen (median of 5 runs, target < 2 s), in a
# virtual display. The app itself reports the moment its first frame is drawn (StartupClock), with its steps.
# It runs what a user runs: the packaged build's launcher (mobile-app/target/desktop/lyssna-app), from a fresh
# package: the first start after packaging writes the class-data archive (printed, not counted), as a user's first
# start after an install does; the measured runs use it.
#   bench/app.sh [runs=5]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
mvn -B -q -ntp -pl mobile-app -am package -DskipTests >/dev/null
launcher=mobile-app/target/desktop/lyssna-app
rm -f mobile-app/target/desktop/lyssna-app.jsa

# One start: a fresh home (nothing remembered, as on a phone the first time), the same virtual display each time.
# Prints the app's report; stops the app (only its JVM: killing xvfb-run as well would leave its X server behind).
start_once() {
    local home log runner line steps
    home=$(mktemp -d)
    log=$(mktemp)
    LYSSNA_JAVA_OPTS="-Duser.home=$home" xvfb-run -a -s "-screen 0 1280x1024x24" "$launcher" 2>"$log" >/dev/null &
    runner=$!
    for _ in $(seq 1 300); do grep -q 'first screen shown' "$log" && break; sleep 0.1; done
    sleep "${1:-0}"
    pkill -f -- "-Duser.home=$home .*se.lyssna.app.Main" 2>/dev/null || true
    wait "$runner" 2>/dev/null || true
    line=$(sed -n 's/.*first screen shown [0-9]* ms after main(), \([0-9]*\) ms after JVM start (\([0-9?]*\) ms of CPU).*/\1 \2/p' "$log")
    steps=$(sed -n 's/^Lyssna: start-up steps (ms): //p' "$log")
    rm -rf "$log" "$home"
    if [ -n "$line" ]; then echo "$line|$steps"; fi
}

# The archive holds what the first start loaded until it closed: 3 s after the first frame here.
first=$(start_once 3)
[ -n "$first" ] || { echo "[bench] the first start showed no first screen in 30 s" >&2; exit 1; }
[ -f mobile-app/target/desktop/lyssna-app.jsa ] || { echo "[bench] the first start wrote no archive" >&2; exit 1; }
ms=${first%|*}
echo "first start after packaging (writes the archive, not counted): ${ms% *} ms (${ms#* } ms CPU); ${first#*|}"
times=()
for i in $(seq 1 "$runs"); do
    got=$(start_once)
    [ -n "$got" ] || { echo "[bench] run $i: the app showed no first screen in 30 s" >&2; exit 1; }
    ms=${got%|*}
    echo "run $i: first screen ${ms% *} ms after JVM start (${ms#* } ms CPU; load $(cut -d' ' -f1 /proc/loadavg)); ${got#*|}"
    times+=("${ms% *}")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "RESULT app cold start median of $runs: $median ms (target < 2000)"
