"""The reader process stays light: ingest never loads spaCy, and heavy readers load on use."""

from __future__ import annotations

import subprocess
import sys


def test_ingest_imports_no_pipeline_and_no_optional_readers():
    # Arrange: a fresh interpreter, as the reader process is.
    code = (
        "import sys\n"
        "import nlp_checker.ingest.load, nlp_checker.ingest.sandbox, nlp_checker.ingest.pdf\n"
        "heavy = {'spacy', 'medspacy', 'pdfplumber', 'pytesseract', 'PIL', 'docx', 'numpy'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    # Act
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    # Assert
    assert result.stdout.strip() == "[]"
