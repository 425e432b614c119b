#!/bin/sh
# Runs a test executable against a real, private Secret Service: a fresh D-Bus session bus
# (dbus-run-session) with gnome-keyring-daemon unlocked by a known password, HOME and the XDG
# folders in a temporary directory. Fails (never skips) if that cannot be set up.
set -eu
exe="$1"
shift
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pn-keychain.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/run"
chmod 700 "$tmp/run"
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
    XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/run" PN_KEYRING_DIR="$tmp/data/keyrings"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL XDG_CURRENT_DESKTOP || true
for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed" >&2; exit 1; }
done
exec dbus-run-session -- sh -c '
    printf "%s" "keyring-test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    i=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.ListNames 2>/dev/null | grep -q "\"org.freedesktop.secrets\""; do
        i=$((i + 1))
        if [ "$i" -gt 50 ]; then
            echo "FAIL: gnome-keyring-daemon did not register org.freedesktop.secrets" >&2
            exit 1
        fi
        sleep 0.1
    done
    exec "$@"' keychain-test "$exe" "$@"
