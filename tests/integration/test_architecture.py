"""The import-linter contracts in pyproject.toml keep the stages flowing one way."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_architecture_import_contracts_are_kept():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(exe).exists():
        pytest.skip("import-linter is not installed (pip install -e '.[dev]')")
    result = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-2000:]
    assert "0 broken" in result.stdout


def test_architecture_only_the_checker_builds_results():
    # One check path: a result or an error row is built in nlp_checker/checker.py and nowhere else.
    import re

    package = ROOT / "nlp_checker"
    builders = sorted(
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if re.search(r"(?<!class )\b(CheckResult|ErrorInfo)\(", path.read_text(encoding="utf-8"))
    )
    assert builders == ["checker.py"]
