#!/usr/bin/env bash
# Installs what Lyssna needs on a fresh Debian machine with Java 17 and Maven, and starts PostgreSQL.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# command-or-file -> Debian package
declare -A NEEDED=(
    [espeak-ng]=espeak-ng [lame]=lame [sox]=sox [pdftoppm]=poppler-utils [xvfb-run]=xvfb
    [xauth]=xauth [/usr/lib/x86_64-linux-gnu/libgtk-3.so.0]=libgtk-3-0
    [/usr/lib/x86_64-linux-gnu/sox/libsox_fmt_mp3.so]=libsox-fmt-mp3
    [/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf]=fonts-dejavu-core
    # The app's typeface, with Arabic.
    [/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf]=fonts-noto-core
    # JavaFX media decodes MP3 with the system's libavcodec.
    [/usr/lib/x86_64-linux-gnu/libavcodec.so.59]=libavcodec59
    [chromium]=chromium
)
missing=()
for what in "${!NEEDED[@]}"; do
    if [[ "$what" == /* ]]; then [ -e "$what" ] || missing+=("${NEEDED[$what]}");
    else command -v "$what" >/dev/null 2>&1 || missing+=("${NEEDED[$what]}"); fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "[setup] installing: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

scripts/postgres.sh lyssna lyssna_test lyssna_app_test
