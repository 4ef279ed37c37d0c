#!/usr/bin/env bash
# Create .venv with Python 3.11 and install nlp-checker with its test tools.
# --system also installs the Debian packages some tests drive (Tesseract OCR, Chromium); needs root.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
if [[ "${1:-}" == "--system" ]]; then
  if ! command -v tesseract >/dev/null 2>&1 || ! command -v chromium >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq tesseract-ocr tesseract-ocr-eng chromium >/dev/null
  fi
fi
[[ -x .venv/bin/python ]] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[dev]"
