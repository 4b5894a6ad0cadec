#!/usr/bin/env bash
# Installs what is missing, builds (Release) and starts the DanHoi desktop app on the default SQLite file.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

danhoi_install_missing
danhoi_build "$DANHOI_ROOT/build-release" Release

app="$DANHOI_ROOT/build-release/bin/danhoi"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
    echo "DanHoi is built, but there is no display to show it on."
    echo "Run it on a desktop session, or in a virtual display:"
    echo "    xvfb-run -a $app"
    echo "The command-line tool needs no display:"
    echo "    $DANHOI_ROOT/build-release/bin/danhoi-cli --help"
    exit 0
fi
exec "$app" "$@"
