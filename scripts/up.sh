#!/usr/bin/env bash
# Set everything up and run kehoach on the sample corpus (samples/seeds): one JSON result per plan in out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/kehoach extract samples/seeds/*.txt --out out
echo "Results are in out/ (one JSON file per plan)."
