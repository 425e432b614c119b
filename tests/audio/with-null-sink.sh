#!/usr/bin/env bash
# with-null-sink.sh CMD [ARGS...]: runs CMD with a private PulseAudio server that plays into a
# null sink (real time, no sound card), so the console's recording player really plays in the
# tests (tst_callsarchive playerInTheCallsTab: load, play to the end, seek, pause). CMD sees
# XDG_RUNTIME_DIR pointing at that server and PN_REQUIRE_AUDIO=1, which makes the test fail
# when Qt finds no audio output. Without pulseaudio (or if it does not start), CMD runs as it
# is and the test checks the "No audio output" state instead. The server ends with CMD.
set -uo pipefail
if ! command -v pulseaudio >/dev/null || ! command -v pactl >/dev/null; then
    echo "[with-null-sink] pulseaudio is not installed: the tests run without an audio output" >&2
    exec "$@"
fi
runtime=$(mktemp -d)
chmod 700 "$runtime"
export XDG_RUNTIME_DIR=$runtime
# -n: no default.pa (no hardware, no D-Bus); as root it warns that it is meant for users.
pulseaudio -D -n --exit-idle-time=-1 --disallow-exit --use-pid-file=yes \
    --log-target=file:"$runtime/pulse.log" \
    --load="module-null-sink sink_name=pn_tests sink_properties=device.description=pn-tests" \
    --load=module-native-protocol-unix 2>/dev/null
ok=
for _ in $(seq 1 50); do
    if pactl list short sinks 2>/dev/null | grep -q pn_tests; then
        ok=1
        break
    fi
    sleep 0.2
done
if [ -n "$ok" ]; then
    export PN_REQUIRE_AUDIO=1
    echo "[with-null-sink] PulseAudio null sink ready (XDG_RUNTIME_DIR=$runtime)" >&2
else
    echo "[with-null-sink] PulseAudio did not start (see below): no audio output" >&2
    tail -n 20 "$runtime/pulse.log" >&2 || true
    unset XDG_RUNTIME_DIR
fi
"$@"
rc=$?
if [ -n "$ok" ]; then
    XDG_RUNTIME_DIR=$runtime pulseaudio --kill 2>/dev/null || true
fi
rm -rf "$runtime"
exit $rc
