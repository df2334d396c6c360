#!/usr/bin/env bash
# Renders the app's screens (phone and tablet, Swedish and Arabic, plus 200 % text, high contrast and landscape)
# to docs/screenshots/ against the in-test FakeBackend, and the facilitator's screens (tablet 800x1280 and desktop
# 1280x800, Swedish: docs/screenshots/facilitator-*.png) against the packaged backend with the demo results. Needs an X server: run as is (it uses xvfb-run when
# there is no DISPLAY).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/docs/screenshots"
mkdir -p "$out"
rm -f "$out"/*.png
cd "$root"
mvn -B -q -o install -pl survey-definitions,accessibility -DskipTests
# The facilitator gallery starts the real backend (its demo build, lyssna_app_test database).
if [ ! -f backend/target/demo-app/quarkus-run.jar ]; then
    mvn -B -q -o install -pl backend -DskipTests
fi
run=(mvn -B -q -o -pl mobile-app test -Dtest='ScreenshotGallery,FacilitatorScreenshotGallery'
     -Dsurefire.failIfNoSpecifiedTests=false
     -Dlyssna.excluded.groups=none -Dgroups=screenshots "-Dlyssna.screenshots.dir=$out")
if [ -z "${DISPLAY:-}" ]; then
    xvfb-run -a -s "-screen 0 1600x1400x24" "${run[@]}"
else
    "${run[@]}"
fi
# Keep the gallery small: 8-bit palette PNGs when pngquant is there.
if command -v pngquant >/dev/null; then
    pngquant --force --skip-if-larger --ext .png --quality 70-95 "$out"/*.png || true
fi
echo "$(ls "$out"/*.png | wc -l) screenshots, $(du -sh "$out" | cut -f1) in $out"
