"""Every rule id a finding cites resolves into docs/sources.md; the repo points at nothing outside."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from nlp_checker.outputs import words
from nlp_checker.resources import data_dir

ROOT = Path(__file__).resolve().parents[2]


def _cited_sources() -> list[tuple[str, str]]:
    """(where, source text) for every ``source`` in patterns/ and models/, and the code check."""
    found: list[tuple[str, str]] = []

    def walk(where: str, node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "source" and isinstance(value, str):
                    found.append((where, value))
                else:
                    walk(where, value)
        elif isinstance(node, list):
            for item in node:
                walk(where, item)

    for root in (data_dir("patterns"), data_dir("models")):
        for path in sorted(Path(str(root)).rglob("*.json")):
            if path.name == "sources.json":
                continue
            walk(path.name, json.loads(path.read_text(encoding="utf-8")))
    code = (ROOT / "nlp_checker" / "codes" / "check.py").read_text(encoding="utf-8")
    found += [
        ("codes/check.py", m) for m in re.findall(r"\(((?:MCR|MOD|CODE|NCCI)-[A-Z0-9-]+)\)", code)
    ]
    return found


def test_every_cited_rule_id_resolves_into_the_sources_page():
    # Arrange
    data = words.sources()
    page = (ROOT / "docs" / "sources.md").read_text(encoding="utf-8")
    cited = _cited_sources()
    assert len(cited) > 100
    # Act / Assert: each source text cites at least one id, and each id is described
    for where, source in cited:
        ids = words.cited_ids(source)
        assert ids, (where, source)
        for ident in ids:
            assert ident in data["rules"] or ident in data["references"], (where, source, ident)
            assert f'<a id="{words.anchor(ident)}"></a>' in page, (where, ident)
        assert words.citations(source), (where, source)


def test_rules_name_their_documents_and_references():
    data = words.sources()
    for ident, rule in data["rules"].items():
        assert rule["group"] in data["groups"], ident
        for ref in rule["refs"]:
            assert ref in data["references"], (ident, ref)
    for group in data["groups"].values():
        for doc in group["documents"]:
            assert doc in data["documents"]
    for ident, doc in data["documents"].items():
        assert re.fullmatch(r"[LA]\d{5}", ident)
        assert doc["url"].startswith("https://www.cms.gov/medicare-coverage-database/")
        assert ident[1:] in doc["url"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc["effective"])


def test_sources_page_is_generated_from_the_sources_file():
    page = (ROOT / "docs" / "sources.md").read_text(encoding="utf-8")
    assert page == words.sources_markdown(), "run: python scripts/sources_doc.py"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("MCR-DOC-6 (S10); MCR-DOC-1", ["MCR-DOC-6", "S10", "MCR-DOC-1"]),
        ("CODE-01..04 (section 2; S24)", ["CODE-01", "CODE-02", "CODE-03", "CODE-04", "S24"]),
        ("MCR-DOC-1; Cohere S20", ["MCR-DOC-1", "S20"]),
        ("ConText (Harkema 2009)", ["CONTEXT"]),
    ],
)
def test_cited_ids(source, expected):
    assert words.cited_ids(source) == expected


def test_citations_read_as_a_person_follows_them():
    text = words.cite("MCR-DOC-6 (S10); Cohere S20")
    assert (
        text
        == "Medicare ESI policy (LCD L39240, article A58993): the record is complete, legible and signed"
    )
    assert "MCR" not in text and "S10" not in text
    assert words.citations("MCR-DOC-6")[0].link == "docs/sources.md#mcr-doc-6"


def test_the_repository_points_at_no_file_outside_itself():
    # Names of the outside reference files, built so that this file does not match itself.
    outside = re.compile(
        "|".join(re.escape(s) for s in ("shared" + "/docs", "62323-" + "requirements.md",
                                        "claim-" + "level.md", "measured-" + "facts.md",
                                        "/" + "work/", "../" + "shared"))
    )  # fmt: skip
    files = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    hits = []
    for name in files:
        path = ROOT / name
        if not path.is_file() or path.suffix in {".pdf", ".png", ".jpg", ".zip", ".parquet"}:
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        hits += [f"{name}: {m.group(0)}" for m in outside.finditer(text)]
    assert not hits, hits
