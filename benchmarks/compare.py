"""Compare the per-note speed of this checkout with a git ref's, in alternating runs.

Usage: python benchmarks/compare.py [--ref main] [--rounds 3] [--repeat 5]

Each round runs benchmarks/bench.py of the ref (from a temporary git worktree, its package first
on PYTHONPATH) and of this checkout, one after the other, so both see the same machine load. The
report gives each figure's median over the rounds and the ratio (this checkout / ref).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ("text_ms_per_note_median", "text_cpu_ms_per_note_median", "text_ms_per_note_p95",
           "pipeline_ms_per_note_median",
           "pdf_ms_per_page_median", "pipeline_load_s")  # fmt: skip


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


def _run(tree: Path, repeat: int, env: dict[str, str] | None = None) -> dict[str, float]:
    env = env or {**os.environ, "PYTHONPATH": str(tree)}
    script = tree / "benchmarks" / "bench.py"
    done = subprocess.run(
        [sys.executable, str(script), "--repeat", str(repeat)],
        env=env, cwd=tree, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return dict(json.loads(done.stdout))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ref", default="main")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    runs: dict[str, list[dict[str, float]]] = {"ref": [], "here": []}
    with tempfile.TemporaryDirectory(prefix="nlc-bench-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(tree), args.ref],
                       cwd=ROOT, check=True)  # fmt: skip
        try:
            for _ in range(args.rounds):
                runs["ref"].append(_run(tree, args.repeat, _ref_env(tree, Path(tmp))))
                runs["here"].append(_run(ROOT, args.repeat))
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False
            )
    report = {"ref": args.ref, "rounds": args.rounds, "notes": runs["here"][0]["notes"]}
    for name in FIGURES:
        refs = [r[name] for r in runs["ref"] if r.get(name) is not None]
        heres = [r[name] for r in runs["here"] if r.get(name) is not None]
        if not refs or not heres:
            continue  # a figure the ref's benchmark does not report yet
        ref, here = statistics.median(refs), statistics.median(heres)
        report[name] = {"ref": round(ref, 2), "here": round(here, 2), "ratio": round(here / ref, 3)}
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
