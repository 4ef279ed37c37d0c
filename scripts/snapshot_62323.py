"""Record what a git ref's checker finds on the bundled examples billed as 62323.

The snapshot is the reference for ``tests/integration/test_snapshot_62323.py``: the refactor of
issue 9 (claims, profiles, one check path) must give the same findings as the code it replaced,
so the committed snapshot is recorded from da70a18, the last main commit before that refactor:

    python scripts/snapshot_62323.py --ref da70a18

When a rule change moves a recorded finding on purpose, record it from main (``--ref main``)
instead and say so in the commit.

The ref's code runs from a temporary ``git worktree`` (its package first on ``PYTHONPATH``), on the
example files of this checkout, so both sides read the same notes. ``--ref HEAD`` or any commit
works too. The child side uses only what every version of the API offers.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "tests" / "integration" / "data" / "findings_62323.jsonl"

# Claims beyond the gold rows: every modifier rule on an interlaminar, a transforaminal and a
# non-epidural note, and two levels.
VARIANTS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (note, mods)
    for note in (
        "notes/dev01_ehr_banner.txt",
        "notes/dev29_tfesi.txt",
        "notes/dev31_facet_mbb.txt",
        "notes/dev08_two_levels.txt",
    )
    for mods in (("RT",), ("LT",), ("50",), ("KX",), ("59",), ("XS",), ("25",), ("59", "RT"))
)
GOLD_FILES = ("gold.jsonl", "gold_heldout.jsonl", "blind/gold_blind.jsonl")


# A ref older than the spaCy entry points (pyproject) lacks the modules they name, which this
# environment's installed metadata still points to: hide them from spaCy in the ref's process.
_SHIM = (
    "import importlib.metadata as md\n"
    "import catalogue\n"
    "catalogue.AVAILABLE_ENTRY_POINTS = md.EntryPoints(\n"
    "    ep for dist in md.distributions() for ep in dist.entry_points\n"
    "    if not ep.value.startswith('nlp_checker.')\n"
    ")\n"
)


def _ref_env(tree: Path, tmp: Path) -> dict[str, str]:
    """Return the environment that runs ``tree``'s package, with the entry-point shim."""
    shim = tmp / "shim"
    shim.mkdir(exist_ok=True)
    (shim / "sitecustomize.py").write_text(_SHIM, encoding="utf-8")
    return {**os.environ, "PYTHONPATH": f"{shim}{os.pathsep}{tree}"}


def cases(examples: Path) -> list[tuple[str, str, tuple[str, ...]]]:
    """Return ``(example path, billed code, modifiers)`` for every case, in a stable order."""
    out: list[tuple[str, str, tuple[str, ...]]] = []
    seen: set[str] = set()
    for gold in GOLD_FILES:
        folder = (examples / gold).parent
        for line in (examples / gold).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            rel = (folder / row["source"]).relative_to(examples).as_posix()
            seen.add(rel)
            code = row.get("billed_code", "62323")
            if code == "62323":
                out.append((rel, code, tuple(row.get("modifiers", []))))
    # Example notes without a gold row are checked too (billed 62323, no modifier).
    for path in sorted((examples / "notes").glob("*.txt")):
        rel = path.relative_to(examples).as_posix()
        if rel not in seen:
            out.append((rel, "62323", ()))
    out.extend((note, "62323", mods) for note, mods in VARIANTS)
    return out


def _evidence(item: dict[str, Any]) -> list[Any]:
    modifier = item.get("modifier") or {}
    return [
        item["start"], item["end"], item.get("page"), item.get("section"), item["rule"],
        modifier.get("category"), modifier.get("rule"),
    ]  # fmt: skip


def findings(row: dict[str, Any]) -> dict[str, Any]:
    """Return the comparable part of a result: elements, code check, risk, verdict, error."""
    code_check = row.get("code_check") or {}
    risk = row.get("risk") or {}
    return {
        "status": row["status"],
        "billed_code": row["billed_code"],
        "modifiers": row.get("modifiers", []),
        "complete": row["complete"],
        "error": (row.get("error") or {}).get("type"),
        "elements": {
            name: {
                "status": f["status"],
                "value": f.get("value"),
                "required": f.get("required"),
                "message": f.get("message"),
                "evidence": [_evidence(e) for e in f.get("evidence", [])],
            }
            for name, f in (row.get("elements") or {}).items()
        },
        "code_check": {
            key: code_check.get(key)
            for key in ("billed", "modifiers", "suggested", "supported", "reasons", "warnings")
        },
        "risk": {
            "score": risk.get("score"),
            "level": risk.get("level"),
            "drivers": [
                [d["element"], d["weight"], _driver_line(d), d["source"]]
                for d in risk.get("drivers", [])
            ],
        },
    }


def _driver_line(driver: dict[str, Any]) -> str:
    """Return a driver's reason as schema 1.2 wrote it (1.3 gives words and status apart)."""
    line = str(driver["reason"])
    if driver.get("detail"):
        line = f"{line}: {driver['detail']}"
    if driver.get("status"):
        line = f"{line} ({driver['status']})"
    return line


def run_cases(examples: Path, checker: Any = None) -> list[dict[str, Any]]:
    """Check every case with the ``nlp_checker`` on ``sys.path``; return one record per case."""
    from nlp_checker.checker import Checker
    from nlp_checker.outputs.serialize import to_dict

    checker = checker or Checker()
    records = []
    for rel, code, mods in cases(examples):
        path = examples / rel
        if hasattr(checker, "check"):  # claims API (issue 9 and later)
            from nlp_checker.claims.model import Claim

            result = checker.check(path, Claim.billed(code, mods))
        else:
            result = checker.check_file(path, code, list(mods))
        records.append({"case": [rel, code, list(mods)], **findings(to_dict(result))})
    return records


def _child(examples: Path) -> int:
    for record in run_cases(examples):
        sys.stdout.write(json.dumps(record, sort_keys=True, ensure_ascii=False) + "\n")
    return 0


def snapshot_of_ref(ref: str, examples: Path) -> list[str]:
    """Run the checker of git ``ref`` on ``examples``; return the JSON lines it prints."""
    with tempfile.TemporaryDirectory(prefix="nlc-snapshot-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(
            ["git", "worktree", "add", "--detach", "--quiet", str(tree), ref],
            cwd=ROOT, check=True,
        )  # fmt: skip
        try:
            env = _ref_env(tree, Path(tmp))
            command = [sys.executable, str(Path(__file__).resolve()), "--child", str(examples)]
            done = subprocess.run(command, env=env, cwd=tree, capture_output=True, text=True)
            if done.returncode != 0:
                sys.stderr.write(done.stderr[-4000:])
                msg = f"the checker of {ref} failed (exit {done.returncode})"
                raise SystemExit(msg)
            return done.stdout.splitlines()
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False
            )


def main() -> int:
    """Record the snapshot of ``--ref`` (or, with ``--child``, print the cases' records)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ref", default="main", help="git ref whose checker is recorded")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="snapshot file (JSONL)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        return _child(args.child)
    lines = snapshot_of_ref(args.ref, ROOT / "examples")
    commit = subprocess.run(
        ["git", "rev-parse", "--short", args.ref], cwd=ROOT, capture_output=True, text=True,
        check=True,
    ).stdout.strip()  # fmt: skip
    header = json.dumps({"snapshot_of": args.ref, "commit": commit, "cases": len(lines)})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    print(f"{len(lines)} cases from {args.ref} ({commit}) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
