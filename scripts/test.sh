#!/usr/bin/env bash
# Run the whole test suite (sets up .venv/ first if needed, with the browser of the web page tests). Extra arguments
# go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
exec .venv/bin/python -m pytest "$@"
