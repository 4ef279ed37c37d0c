"""Batch throughput at 1 and 2 workers over the example notes, replicated to a few hundred.

Usage: python benchmarks/batch_bench.py [--copies 7] [--repeats 3] [--memory-copies 70]

Each copy of a text note gets a copy number appended, so every document has its own content
hash; the four example PDFs are added once. Reported: wall time (pool start-up, reading,
checking, writing, patient rules and CSV), notes/s over the whole run, and notes/s after the
first row (steady state, without worker start-up). A last run with ten times the notes shows
whether memory stays flat (peak RSS of the parent and of the largest worker).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import tempfile
import time
from pathlib import Path

from nlp_checker.batch.output import iter_rows
from nlp_checker.batch.progress import NoProgress
from nlp_checker.batch.run import BatchOptions, run_batch

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "examples" / "notes"
PDFS = ROOT / "examples" / "pdf"


class FirstRow(NoProgress):
    """Record when the first and last rows arrive."""

    def __init__(self) -> None:
        self.first: float | None = None
        self.last = 0.0
        self.count = 0

    def advance(self, *, error: bool) -> None:
        now = time.perf_counter()
        self.first = self.first or now
        self.last = now
        self.count += 1


def make_corpus(folder: Path, copies: int) -> int:
    count = 0
    for copy in range(copies):
        target = folder / f"copy{copy:03d}"
        target.mkdir(parents=True)
        for note in sorted(NOTES.glob("*.txt")):
            text = note.read_text(encoding="utf-8")
            (target / note.name).write_text(f"{text}\n[copy {copy}]\n", encoding="utf-8")
            count += 1
    for pdf in sorted(PDFS.glob("*.pdf")):
        (folder / pdf.name).write_bytes(pdf.read_bytes())
        count += 1
    return count


def one_run(corpus: Path, workers: int, out: Path) -> dict[str, float]:
    progress = FirstRow()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    run_batch([corpus], out, BatchOptions(workers=workers, salt="bench", csv_path=None), progress)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    rows = sum(1 for _ in iter_rows(out))
    steady = (progress.count - 1) / (progress.last - progress.first) if progress.first else 0.0
    # CPU the workers used (start-up included), per note: independent of other load on the box.
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "rows": rows,
        "wall_s": wall,
        "notes_per_s": rows / wall,
        "steady_notes_per_s": steady,
        "worker_cpu_ms_per_note": 1000 * cpu / rows,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=7)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--memory-copies", type=int, default=70)
    args = parser.parse_args()
    report: dict[str, object] = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        # Other work on the machine skews wall-clock figures; the CPU per note does not move.
        "load_average_at_start": round(os.getloadavg()[0], 2),
    }
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        notes = make_corpus(corpus, args.copies)
        report["notes"] = notes
        for workers in (1, 2):
            runs = [
                one_run(corpus, workers, Path(tmp) / f"w{workers}.jsonl")
                for _ in range(args.repeats)
            ]
            report[f"workers_{workers}"] = {
                key: round(statistics.median(r[key] for r in runs), 2)
                for key in ("wall_s", "notes_per_s", "steady_notes_per_s", "worker_cpu_ms_per_note")
            } | {"best_notes_per_s": round(max(r["notes_per_s"] for r in runs), 2)}
            print(f"{workers} worker(s): {report[f'workers_{workers}']}", flush=True)
        if args.memory_copies:
            before_parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            before_worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            big = Path(tmp) / "big"
            big_notes = make_corpus(big, args.memory_copies)
            result = one_run(big, 2, Path(tmp) / "big.jsonl")
            report["memory_run"] = {
                "notes": big_notes,
                "notes_per_s": round(result["notes_per_s"], 1),
                "parent_peak_mib_before": round(before_parent),
                "largest_worker_peak_mib_before": round(before_worker),
                # ru_maxrss is in KiB on Linux.
                "parent_peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                "largest_worker_peak_mib": round(
                    resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
                ),
            }
            print(f"memory: {report['memory_run']}", flush=True)
    report["load_average_at_end"] = round(os.getloadavg()[0], 2)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
