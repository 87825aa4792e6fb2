#!/usr/bin/env bash
# Set up kehoach on this machine: Debian packages (when run as root), then .venv/ with everything installed.
# Idempotent: a second run only checks. Used by scripts/up.sh and scripts/test.sh (which passes --test).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3

# Debian packages the extractor and its tests use: tesseract with the Vietnamese model (OCR of scanned
# pages, photos and scans), the DejaVu fonts (the PDF test fixtures) and LibreOffice Writer without its GUI
# (legacy Word .doc files are converted to DOCX by `soffice --headless`, tables kept). Only as root, only with apt,
# only what is missing; recommended packages are left out (LibreOffice's pull in hundreds of megabytes).
APT_PACKAGES=(tesseract-ocr tesseract-ocr-vie fonts-dejavu-core fonts-dejavu-extra)
APT_LEAN=(libreoffice-writer-nogui)   # installed without recommends
# --test: also Debian's chromium, the browser the web page's end-to-end tests drive (tests/e2e; Playwright's own
# browser download is never used).
if [ "${1:-}" = "--test" ]; then
  APT_PACKAGES+=(chromium)
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && [ ${#APT_PACKAGES[@]} -gt 0 ]; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
  lean=()
  for p in "${APT_LEAN[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || lean+=("$p"); done
  if [ ${#lean[@]} -gt 0 ]; then
    [ ${#missing[@]} -gt 0 ] || apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${lean[@]}"
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.kehoach-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  touch "$stamp"
fi
echo "kehoach is set up in .venv/ ($(.venv/bin/python --version))"
