#!/usr/bin/env bash
# Set everything up and run kehoach on the sample corpus: the five plans of samples/seeds are stored in the
# SQLite corpus (./var/kehoach.db; a second run stores nothing again) and the service starts on
# http://127.0.0.1:8000 (OpenAPI docs at /docs, the web page at /ui/). Uploads need KEHOACH_API_KEY: when it is not
# set, a key is made for this run and printed in the page's address. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/kehoach ingest samples/seeds
HOST=${KEHOACH_HOST:-127.0.0.1} PORT=${KEHOACH_PORT:-8000}
if [ -z "${KEHOACH_API_KEY:-}" ]; then
  KEHOACH_API_KEY=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(18))')
  export KEHOACH_API_KEY
  echo "kehoach: the web page is at http://$HOST:$PORT/ui/#key=$KEHOACH_API_KEY (the key, for uploads, holds for this run)"
else
  echo "kehoach: the web page is at http://$HOST:$PORT/ui/ (uploads take the KEHOACH_API_KEY you set)"
fi
exec .venv/bin/kehoach serve --host "$HOST" --port "$PORT"
