# Sourced by the scripts that start a packaged backend (demo.sh, bench/).

# The packaged demo build: the production build (backend/target/quarkus-app) has no demo endpoints or seeders.
DEMO_JAR=backend/target/demo-app/quarkus-run.jar

# require_free URL: fails if something already answers at URL, since waiting for "ready" would then be fooled by it.
require_free() {
    if curl -fs -o /dev/null "$1/q/health/ready" 2>/dev/null; then
        echo "[backend] something already answers at $1; stop it first" >&2
        return 1
    fi
}

# wait_for_backend URL PID LOG [SECONDS]: returns once URL/q/health/ready answers. A backend that exits, or is not
# ready in time, is an error: the last lines of its log go to stderr and the caller (set -e) stops.
wait_for_backend() {
    local url=$1 pid=$2 log=$3 seconds=${4:-120}
    for _ in $(seq 1 "$seconds"); do
        curl -fs "$url/q/health/ready" >/dev/null 2>&1 && return 0
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "[backend] exited before it was ready; the end of $log:" >&2
            tail -40 "$log" >&2
            return 1
        fi
        sleep 1
    done
    echo "[backend] not ready after $seconds s; the end of $log:" >&2
    tail -40 "$log" >&2
    return 1
}
