#!/usr/bin/env bash
# The project's one entry script.
#   ./dev.sh run [ARGS...]   install what is missing, build, launch the console on its sandbox
#   ./dev.sh test [CTEST...] install what is missing, build, run every test through ctest
#   ./dev.sh build [TARGET...] install what is missing and build (everything, or those targets)
#   ./dev.sh package         install what is missing, build, make the .deb (its path: last line)
#   ./dev.sh deps            only install the Debian 12 packages
#   ./dev.sh fuzz-deps       also install what the libFuzzer targets need (clang, its runtime)
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${PN_BUILD_DIR:-build}
# Build and run (DESIGN.md), then what the tests and screenshots need.
PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev
    qt6-charts-dev qt6-multimedia-dev
    qtkeychain-qt6-dev libssl-dev libgl-dev
    openssl xvfb xauth imagemagick fonts-wqy-microhei gnome-keyring dbus dbus-x11
    python3 curl procps nginx-light wrk postgresql clang-format
    dpkg-dev desktop-file-utils appstream groff-base bash-completion libqt6svg6 qt6-translations-l10n
    pulseaudio gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-pulseaudio
)

# Only for -DPN_FUZZ=ON (.ci/run's fuzz stage): the libFuzzer targets are built with clang.
FUZZ_PACKAGES=(clang libclang-rt-14-dev)

log() { printf '[dev.sh] %s\n' "$*" >&2; }

ensure_packages() {
    local missing=()
    for p in "${PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing ${#missing[@]} Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { log "need root or sudo to install: ${missing[*]}"; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() { # [TARGET...]: only these (default: everything)
    ensure_packages
    local werror=OFF
    [ -n "${CI:-}" ] && werror=ON
    # ccache, where the machine has it, makes a rebuild in a fresh clone cheap (not required).
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPN_WERROR=$werror \
            "${launcher[@]}"
    fi
    cmake --build "$BUILD_DIR" ${1:+--target "$@"}
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
    deps) ensure_packages ;;
    fuzz-deps) ensure_packages "${FUZZ_PACKAGES[@]}" ;;
    build) build "$@" ;;
    run)
        build # first, so that xvfb-run is installed when the message below suggests it
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            echo "No display found: run it under a virtual one with: xvfb-run -a ./dev.sh run" >&2
            exit 1
        fi
        exec "$BUILD_DIR/pnconsole" "$@"
        ;;
    package)
        build pnconsole pnctl pnsim pn_man_pages # what the package holds, not the tests
        rm -f "$BUILD_DIR"/package/*.deb
        cpack -G DEB --config "$BUILD_DIR/CPackConfig.cmake" >&2
        deb=$(ls "$BUILD_DIR"/package/*.deb)
        realpath "$deb"
        ;;
    test)
        build
        export QT_QPA_PLATFORM=offscreen
        # A private PulseAudio null sink: the recording player plays for real in the tests.
        tests/audio/with-null-sink.sh \
            ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 900 "$@"
        ;;
    *)
        sed -n 2,8p "$0"
        exit 2
        ;;
esac
