#!/usr/bin/env bash
# Checks that the native libraries JavaFX graphics and media load on this machine resolve all their dependencies
# (ldd), and names the Debian package of each one missing. A missing install step in setup.sh then fails here, on
# every machine, instead of hiding behind a machine that happens to have the library.
# Usage: scripts/native-libs.sh   (exit 1 and a message when something is missing)
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's:.*<javafx.version>\(.*\)</javafx.version>.*:\1:p' pom.xml | head -1)
case "$(uname -m)" in
    x86_64) classifier=linux ;;
    aarch64 | arm64) classifier=linux-aarch64 ;;
    *) echo "[native-libs] no JavaFX build for $(uname -m)"; exit 1 ;;
esac
repo=${MAVEN_REPOSITORY:-$HOME/.m2/repository}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for module in graphics media; do
    jar="$repo/org/openjfx/javafx-$module/$version/javafx-$module-$version-$classifier.jar"
    if [ ! -f "$jar" ]; then
        mvn -q -ntp dependency:copy -Dartifact="org.openjfx:javafx-$module:$version:jar:$classifier" \
            -DoutputDirectory="$work/jars" >/dev/null
        jar="$work/jars/javafx-$module-$version-$classifier.jar"
    fi
    mkdir -p "$work/$module"
    # The same .so files JavaFX extracts to ~/.openjfx/cache and loads.
    (cd "$work/$module" && unzip -qo "$jar" '*.so')
done

# Optional: GTK 2 glass is never chosen when GTK 3 is there; prism-es2 needs a GPU, prism-sw is the fallback.
optional='^(libglassgtk2|libprism_es2)\.so$'
# JavaFX loads its libraries from one directory, so they find each other there (e.g. libgstreamer-lite.so).
# JavaFX media tries one libavplugin per FFmpeg version; the one for the installed libavcodec must resolve.
avcodec=$(ldconfig -p | sed -n 's/^\s*libavcodec\.so\.\([0-9]*\) .*/\1/p' | sort -n | tail -1)
missing=()
for lib in "$work"/graphics/*.so "$work"/media/*.so; do
    name=$(basename "$lib")
    [[ "$name" =~ $optional ]] && continue
    if [[ "$name" == libavplugin* ]]; then
        [ -n "$avcodec" ] && [[ "$name" == "libavplugin-ffmpeg-$avcodec.so" ]] || continue
    fi
    while read -r soname; do missing+=("$soname (needed by $name)"); done \
        < <(LD_LIBRARY_PATH="$work/graphics:$work/media" ldd "$lib" 2>/dev/null | awk '/not found/ {print $1}')
done
if [ -z "$avcodec" ]; then
    missing+=("libavcodec.so.* (JavaFX media decodes MP3 with it)")
fi

if [ ${#missing[@]} -gt 0 ]; then
    echo "[native-libs] JavaFX $version native libraries do not resolve on this machine:" >&2
    for entry in "${missing[@]}"; do
        soname=${entry%% *}
        # Debian names a library's package after its soname: libavformat.so.59 -> libavformat59,
        # libgtk-3.so.0 -> libgtk-3-0 (a dash when the name ends in a digit).
        base=${soname%%.so*} major=${soname##*.so.}
        [[ "$base" =~ [0-9]$ ]] && package="$base-$major" || package="$base$major"
        [[ "$major" == *'*'* ]] && package=libavcodec59
        echo "  missing $entry: install Debian package $package (add it to scripts/setup.sh)" >&2
    done
    exit 1
fi
echo "[native-libs] JavaFX $version graphics and media native libraries resolve (libavcodec $avcodec)"
