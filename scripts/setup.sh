#!/usr/bin/env bash
# Installs what Lyssna needs on a fresh Debian machine with Java 17 and Maven, and starts PostgreSQL.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# command-or-file -> Debian package
declare -A NEEDED=(
    [espeak-ng]=espeak-ng [lame]=lame [sox]=sox [pdftoppm]=poppler-utils [xvfb-run]=xvfb
    [xauth]=xauth
    [/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf]=fonts-dejavu-core
    # The app's typeface, with Arabic.
    [/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf]=fonts-noto-core
)
# Libraries are checked by package, not by path: their paths depend on the architecture.
# GTK 3 for JavaFX's windows; sox's MP3 support; JavaFX media decodes MP3 with FFmpeg 5.1 (Debian 12): its
# libavplugin-ffmpeg-59.so needs both libavcodec59 and libavformat59 (native-libs.sh checks with ldd).
LIBRARIES=(libgtk-3-0 libsox-fmt-mp3 libavcodec59 libavformat59)
missing=()
for what in "${!NEEDED[@]}"; do
    if [[ "$what" == /* ]]; then [ -e "$what" ] || missing+=("${NEEDED[$what]}");
    else command -v "$what" >/dev/null 2>&1 || missing+=("${NEEDED[$what]}"); fi
done
for package in "${LIBRARIES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "[setup] installing: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

scripts/native-libs.sh
scripts/postgres.sh lyssna lyssna_test lyssna_app_test
