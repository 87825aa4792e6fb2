#!/usr/bin/env bash
# Set everything up and run kehoach on the sample corpus: the five plans of samples/seeds are stored in the
# SQLite corpus (./var/kehoach.db; a second run stores nothing again) and the service starts on
# http://127.0.0.1:8000 (OpenAPI docs at /docs). Set KEHOACH_API_KEY to allow uploads. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/kehoach ingest samples/seeds
exec .venv/bin/kehoach serve --host "${KEHOACH_HOST:-127.0.0.1}" --port "${KEHOACH_PORT:-8000}"
