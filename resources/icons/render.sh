#!/usr/bin/env bash
# Renders the committed PNG icons from the two SVGs (needs rsvg-convert, package librsvg2-bin).
# 16–24 px come from pnconsole-small.svg (fuller tile, thicker strokes), the rest from pnconsole.svg.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
    src=pnconsole.svg
    [ "$size" -le 24 ] && src=pnconsole-small.svg
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" "$src" -o "hicolor/${size}x${size}/pnconsole.png"
done
