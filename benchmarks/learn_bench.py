"""Learning from remittances on a generated practice: expert vs learned weights, held out by date.

Generates a fictional practice (tests/practice/generate.py: notes varied from the development
examples, a hidden denial process, its 835 files), checks every note as batch does (salted
patient keys), reads the 835s, learns the weights and prints the evidence figures the README
quotes. With ``--small`` it also learns from the first 50 claims only, to show the weights stay
near the expert ones when the data is thin.

    python benchmarks/learn_bench.py --claims 3000 --record benchmarks/learn_baseline.json
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--link", choices=["claim_id", "patient_key"], default="claim_id")
    parser.add_argument("--record", type=Path, default=None, help="write the figures as JSON")
    args = parser.parse_args()

    from nlp_checker.checker import Checker
    from nlp_checker.learn.link import manifest_claim_ids
    from nlp_checker.learn.train import LearnOptions, learn
    from nlp_checker.patients.identity import PatientKeyer
    from nlp_checker.remits.read import read_remits
    from nlp_checker.resources import data_file
    from tests.learn.conftest import check_practice
    from tests.practice.generate import HIDDEN_WEIGHTS, generate_practice
    from tests.practice.recovery import hidden_ranking

    checker = Checker()
    salt = "benchmark-salt"
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        practice = generate_practice(Path(tmp), checker, claims=args.claims, seed=args.seed)
        generated = time.perf_counter()
        rows = check_practice(practice, checker, salt)
        checked = time.perf_counter()
        remits = list(read_remits([practice.remits], PatientKeyer(salt)))
        read = time.perf_counter()
        base = json.loads(data_file("models", "risk_weights.json").read_text(encoding="utf-8"))
        ids = (
            manifest_claim_ids(practice.manifest.read_text(encoding="utf-8"))
            if args.link == "claim_id"
            else None
        )
        learned = learn(rows, remits, base, LearnOptions(practice="generated"), ids)
        done = time.perf_counter()
        few = learn(
            rows[:52], remits, base, LearnOptions(practice="generated-50", min_claims=40), ids
        )
    evidence = learned.evidence
    figures = {
        "claims": args.claims,
        "seed": args.seed,
        "link": args.link,
        "denial_rate": round(practice.denial_rate, 3),
        "link_report": learned.report.as_dict(),
        "splits": evidence["splits"],
        "test": {
            name: {k: v for k, v in m.items() if k != "reliability"}
            for name, m in evidence["metrics"].items()
        },
        "drivers": evidence["drivers"][:8],
        "hidden_ranking": hidden_ranking(evidence["drivers"], HIDDEN_WEIGHTS),
        "small": {
            "claims": few.evidence["splits"]["train"]["claims"],
            "largest_change": max(abs(d["change"]) for d in few.evidence["drivers"]),
            "mean_abs_change": round(
                sum(abs(d["change"]) for d in few.evidence["drivers"])
                / max(len(few.evidence["drivers"]), 1),
                4,
            ),
        },
        "seconds": {
            "generate": round(generated - started, 1),
            "check": round(checked - generated, 1),
            "read_835": round(read - checked, 2),
            "learn": round(done - read, 2),
        },
    }
    print(json.dumps(figures, indent=2))
    if args.record:
        args.record.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
