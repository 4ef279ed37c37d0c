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


def test_architecture_entry_points_contract_covers_every_entry_point_and_stage():
    # The contract is only as good as its lists: an entry point left out of the sources, or a
    # document stage left out of the forbidden modules, could build results around Checker.
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    (contract,) = [c for c in contracts if "only through Checker" in c["name"]]
    entry_points = {
        "nlp_checker.cli",
        "nlp_checker.service",
        "nlp_checker.batch",
        "nlp_checker.spark",
    }
    assert set(contract["source_modules"]) == entry_points
    stages = {
        "nlp_checker.pipeline",
        "nlp_checker.elements",
        "nlp_checker.codes",
        "nlp_checker.scoring",
    }
    readers = {
        f"nlp_checker.ingest.{path.stem}"
        for path in (ROOT / "nlp_checker" / "ingest").glob("*.py")
        # What an entry point may name: the document type, limits, errors, the safe file read.
        if path.stem not in {"__init__", "document", "limits", "failures", "deadline", "files"}
    }
    assert stages | readers | {"nlp_checker.claimcheck.check"} <= set(contract["forbidden_modules"])
