"""The README an integrator reads: the plain install, the extras, the Python version, the pictures."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_shows_the_plain_install_and_every_extra():
    # Arrange
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = set(project["optional-dependencies"])
    # Assert: the pip line, and one row of the extras table per extra
    assert 'pip install "nlp-checker[service,ocr]"' in README
    table = README.split("| extra | what it brings |", 1)[1].split("\n\n", 1)[0]
    rows = set(re.findall(r"^\| `([a-z]+)` \|", table, flags=re.M))
    assert rows == extras


def test_readme_states_the_tested_python_version():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    floor = re.search(r">=\s*(3\.\d+)", project["requires-python"]).group(1)
    assert f"The tested version is **Python {floor}**" in README


def test_readme_pictures_are_the_screenshots_the_tests_take():
    # Every picture the README shows is in docs/img/, and every one is retaken by the script
    # that runs the browser tests (so none is a stale hand-made picture).
    shown = re.findall(r"!\[[^\]]+\]\((docs/img/[^)]+\.png)\)", README)
    script = (ROOT / "scripts" / "screenshots.sh").read_text(encoding="utf-8")
    taken = set(re.search(r"for name in ([a-z -]+); do", script).group(1).split())
    assert shown and len(shown) == len(set(shown))
    for path in shown:
        assert (ROOT / path).stat().st_size > 10_000, path
    assert {Path(p).stem for p in shown} == taken
    assert {p.stem for p in (ROOT / "docs" / "img").glob("*.png")} == taken
    # the page and the report are both shown
    assert any("page-" in p for p in shown) and any("report" in p for p in shown)


def test_readme_quickstart_is_two_commands_and_the_second_is_what_ci_runs():
    section = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```bash\n(.+?)\n```", section, flags=re.S)
    assert len(commands) == 2
    assert commands[0].startswith("bash scripts/setup.sh && .venv/bin/nlp-checker check examples/")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    setup, test = commands[1].split(" && ")
    assert setup in ci and test in ci
