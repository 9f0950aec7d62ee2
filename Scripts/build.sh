#!/usr/bin/env bash
# Installs what Distill needs, builds it, and turns the notes in Input/ into Output/.
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/setup.sh

need_apt pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev
need_swift
build_release
# Exit status 1 means built with warnings (already printed); only 2 and above is a failure.
status=0
.build/release/distill build --input Input --output Output --templates Templates "$@" || status=$?
if [ "$status" -ge 2 ]; then
    exit "$status"
fi
