#!/usr/bin/env bash
# Installs what the tests need (cmark-gfm, Chromium, poppler, the Anki backend) and runs
# the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/setup.sh

need_apt pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm chromium poppler-utils python3 python3-venv
need_swift

# The real Anki backend, in a private virtual environment, for the deck import tests.
if ! .venv/bin/python -c "import anki" >/dev/null 2>&1; then
    echo "Installing the Anki backend into .venv"
    python3 -m venv .venv
    .venv/bin/pip install --quiet --disable-pip-version-check anki
fi
export DISTILL_PYTHON="$PWD/.venv/bin/python"

swift test "$@"
