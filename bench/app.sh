#!/usr/bin/env bash
# The child's app: cold start of the desktop build to its first screen (median of 5 runs, target < 2 s), in a
# virtual display. The app itself reports the moment its first frame is drawn (StartupClock).
#   bench/app.sh [runs=5]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
mkdir -p target
mvn -B -q -ntp -pl mobile-app -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile="$PWD/target/app-classpath.txt" -Dmdep.includeScope=runtime >/dev/null
cp="mobile-app/target/classes:$(cat target/app-classpath.txt)"
times=()
for i in $(seq 1 "$runs"); do
    log=$(mktemp)
    # A fresh home each run: nothing remembered, as on a phone the first time.
    home=$(mktemp -d)
    xvfb-run -a -s "-screen 0 1280x1024x24" java -Duser.home="$home" -cp "$cp" se.lyssna.app.Main 2>"$log" &
    runner=$!
    for _ in $(seq 1 300); do grep -q 'first screen shown' "$log" && break; sleep 0.1; done
    ms=$(sed -n 's/.*first screen shown [0-9]* ms after main(), \([0-9]*\) ms after JVM start.*/\1/p' "$log")
    pkill -P "$runner" -f se.lyssna.app.Main 2>/dev/null || true
    pkill -f "user.home=$home" 2>/dev/null || true
    wait "$runner" 2>/dev/null || true
    rm -rf "$log" "$home"
    [ -n "$ms" ] || { echo "[bench] run $i: the app showed no first screen in 30 s" >&2; exit 1; }
    echo "run $i: first screen $ms ms after JVM start"
    times+=("$ms")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "RESULT app cold start median of $runs: $median ms (target < 2000)"
