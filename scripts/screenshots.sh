#!/usr/bin/env bash
# Retake the README's screenshots (docs/img/) from the browser tests, with the current code.
#
# The tests drive the real page and report in headless Chromium and save what they looked at;
# this copies the pictures the README shows into docs/img/. Look at each one before committing.
# Usage: scripts/screenshots.sh [python]   (default: .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."
python="${1:-.venv/bin/python}"
shots="$(mktemp -d)"
trap 'rm -rf "$shots"' EXIT
NLP_CHECKER_SCREENSHOTS="$shots" "$python" -m pytest -q -x \
  "tests/service/test_page_views.py::test_page_evidence_styles_by_status_with_labels_and_legend" \
  "tests/service/test_page_views.py::test_page_pdf_side_by_side_on_a_wide_screen" \
  "tests/service/test_page_views.py::test_page_ocr_is_said_and_boxes_sit_on_the_words" \
  "tests/service/test_page_views.py::test_page_shows_the_claim_apart_from_the_note"
NLP_CHECKER_SCREENSHOTS="$shots" "$python" -m pytest -q -x \
  "tests/batch/test_report_views.py::test_report_in_chromium_folded_filtered_sorted" \
  "tests/batch/test_claims.py::test_batch_claims_report_in_chromium_shows_the_claim_apart_from_the_note"
for name in page-note page-pdf page-ocr page-claim report report-note report-claim; do
  cp "$shots/$name.png" "docs/img/$name.png"
done
echo "docs/img/: $(ls docs/img | tr '\n' ' ')"
