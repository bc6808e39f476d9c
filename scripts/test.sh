#!/usr/bin/env bash
# The test command (the README shows the same line). Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv && .venv/bin/pip install -e '.[test,scale]' && .venv/bin/pytest -n 2
