#!/usr/bin/env bash
# The first README command: sets up the machine, builds Lyssna, generates read-aloud audio, starts the backend
# with demo data on http://localhost:8080 and opens the child's app against it. Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/backend.sh
scripts/setup.sh
# Without a sound card JavaFX cannot create a media player; send read-aloud audio to ALSA's null device then.
[ -e /dev/snd ] || export ALSA_CONFIG_PATH="$PWD/scripts/alsa-null.conf"

echo "[demo] building (tests skipped; run scripts/test.sh for them)"
mvn -B -q -ntp install -DskipTests

echo "[demo] generating read-aloud audio (cached between runs)"
mvn -B -q -ntp -pl accessibility dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
java -cp "accessibility/target/classes:$(cat accessibility/target/classpath.txt)" \
    se.lyssna.accessibility.cli.GenerateAudio --questionnaires survey-definitions/questionnaires \
    --out target/audio --app-texts mobile-app/src/main/resources/se/lyssna/app/i18n --locales sv,sv-x-easy,en,ar

mkdir -p .lyssna
require_free http://localhost:8080
# The console's sign-in: a real OpenID Connect provider on localhost (mock-oauth2-server) with the demo's users.
oidc_port=${LYSSNA_OIDC_PORT:-8180}
export LYSSNA_OIDC_URL="http://localhost:$oidc_port/lyssna"
# API bearer tokens from that provider (the app's facilitator sign-in) are checked as a production provider's are:
# its JWKS and issuer; the backend's own submission and demo tokens keep their own key (OwnKeyPrincipalFactory).
export LYSSNA_JWKS_LOCATION="$LYSSNA_OIDC_URL/jwks" LYSSNA_JWT_ISSUER="$LYSSNA_OIDC_URL"
mvn -B -q -ntp -pl backend dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/oidc-classpath.txt
echo "[demo] starting the demo identity provider on :$oidc_port (log: .lyssna/oidc.log)"
java -cp "backend/target/test-classes:$(cat backend/target/oidc-classpath.txt)" \
    se.lyssna.backend.console.DemoIdentityProvider "$oidc_port" > .lyssna/oidc.log 2>&1 &
oidc=$!
echo "[demo] starting the backend with demo data (log: .lyssna/backend.log)"
LYSSNA_DEMO_SECRETS=true LYSSNA_SECRETS_DIR=.lyssna/secrets LYSSNA_AUDIO_DIR=target/audio \
    java -Dquarkus.profile=demo -Dlyssna.demo.seed=true -jar "$DEMO_JAR" \
    > .lyssna/backend.log 2>&1 &
backend=$!
trap 'kill $backend $oidc 2>/dev/null || true' EXIT
wait_for_backend http://localhost:8080 $backend .lyssna/backend.log 180
echo "[demo] backend ready: http://localhost:8080/api/v1/questionnaires  (OpenAPI: /q/openapi)"
echo "[demo] survey body's console: http://localhost:8080/console  (sign in as 'admin' on the provider's page)"
if [ -f .lyssna/demo-codes.txt ]; then
    echo "[demo] participation codes to try: .lyssna/demo-codes.txt"
    head -5 .lyssna/demo-codes.txt
else
    # The codes are written when the demo round is first seeded; they are stored only as hashes after that.
    echo "[demo] no .lyssna/demo-codes.txt: this database was seeded by an earlier run whose file is gone" >&2
fi

if [ -n "${DISPLAY:-}" ]; then
    echo "[demo] opening the app"
    # The desktop build as it ships (mvn install above packaged it); its first start writes its class-data archive.
    LYSSNA_BACKEND_URL=http://localhost:8080 mobile-app/target/desktop/lyssna-app || true
else
    echo "[demo] no display: the app is not opened (run with a desktop, or: xvfb-run scripts/demo.sh)."
    echo "[demo] backend keeps running; Ctrl+C to stop."
    wait $backend
fi
