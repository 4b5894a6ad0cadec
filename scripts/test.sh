#!/usr/bin/env bash
# Installs what is missing, builds and runs every test with ctest; exits non-zero on any failure.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

danhoi_install_missing
danhoi_build "$DANHOI_ROOT/build" RelWithDebInfo
cd "$DANHOI_ROOT/build"
ctest --output-on-failure --timeout 900 "$@"
