"""After the rows are written: add the patient-level findings to the rows they concern.

Two streamed passes over the results file: the first builds the compact visit index, the second
rewrites each row with its findings into a temporary file that then replaces the original, so
a crash here leaves the results as they were.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from nlp_checker.batch.output import dumps, iter_rows
from nlp_checker.claimcheck.tables import load_claim_rules
from nlp_checker.files import OutputError, open_output
from nlp_checker.issues import Issue
from nlp_checker.patients.evaluate import (
    LINKED_BASIS,
    PatientFinding,
    evaluate_visits,
    link_patients,
    visit_from_row,
)
from nlp_checker.patients.rules import PatientRules, load_patient_rules
from nlp_checker.profiles.load import Profiles, load_profiles


def patient_findings(
    path: Path, rules: PatientRules | None = None, profiles: Profiles | None = None
) -> tuple[dict[int, list[PatientFinding]], dict[int, str]]:
    """Return the patient-level findings by row number, and the rows whose key was linked.

    The second mapping gives, for notes keyed by name + DOB that were linked to an MRN key,
    the key they now share with the patient's other notes.
    """
    rules = rules or load_patient_rules()
    visits = (visit_from_row(i, row, rules) for i, row in enumerate(iter_rows(path)))
    linked = link_patients(v for v in visits if v is not None)
    relinked = {v.row: v.patient_key for v in linked if v.key_basis == LINKED_BASIS}
    return evaluate_visits(linked, rules, profiles), relinked


def apply_patient_rules(
    path: Path, rules: PatientRules | None = None, profiles: Profiles | None = None
) -> int:
    """Write the patient-level findings into the rows of ``path``; return how many rows got one."""
    findings, relinked = patient_findings(path, rules, profiles)
    labels, fixes = claim_labels(profiles)
    temporary = path.with_name(path.name + ".tmp")
    with open_output(temporary, "w", encoding="utf-8") as out:
        for index, row in enumerate(iter_rows(path)):
            patient = row.get("patient")
            if isinstance(patient, dict):
                if index in relinked:
                    patient["key"] = relinked[index]
                    patient["key_basis"] = LINKED_BASIS
                patient["findings"] = [f.model_dump(mode="json") for f in findings.get(index, [])]
            add_to_claim_check(row, findings.get(index, []), labels, fixes)
            out.write(dumps(row) + "\n")
        out.flush()
        os.fsync(out.fileno())
    try:
        temporary.replace(path)
    except OSError as exc:
        raise OutputError(path, exc) from exc
    return len(findings)


def claim_labels(
    profiles: Profiles | None = None,
) -> tuple[dict[str, dict[str, str]], dict[str, str | None]]:
    """Return our denial-code labels and each issue code's fix (for :func:`add_to_claim_check`)."""
    profiles = profiles or load_profiles()
    labels = {
        code: {"category": d.category, "label": d.label}
        for code, d in load_claim_rules(profiles).denials.items()
    }
    return labels, {code: spec.fix for code, spec in profiles.issues.items()}


def add_to_claim_check(
    row: dict[str, Any],
    found: list[PatientFinding],
    labels: Mapping[str, Mapping[str, str]],
    fixes: Mapping[str, str | None],
) -> None:
    """Put the patient findings a payer would deny (those with denial codes) on the claim line.

    A fifth session in twelve months is a claim the payer returns, so the procedure line of
    the row's claim_check gets the finding as an issue and is no longer clean.
    """
    check = row.get("claim_check")
    if not isinstance(check, dict) or not found:
        return
    lines = check.get("lines") or []
    billed = row.get("billed_code")
    index = next((i for i, line in enumerate(lines) if line.get("code") == billed), None)
    if index is None:
        return
    line = lines[index]
    for finding in found:
        if not finding.denial_codes:
            continue
        issue = Issue(
            code=finding.code,
            severity="error" if finding.severity == "high" else "warning",
            message=f"{finding.message} ({finding.source})",
            summary=finding.message,
            source=finding.source,
            fix=fixes.get(finding.code),
            line=index,
            denial_codes=list(finding.denial_codes),
            fields={"rule": finding.rule, "sessions": [s.model_dump() for s in finding.sessions]},
        ).model_dump(mode="json")
        if issue in line.get("issues", []):
            continue
        line.setdefault("issues", []).append(issue)
        codes = line.setdefault("denial_codes", [])
        codes.extend(c for c in finding.denial_codes if c not in codes)
        line["clean"] = False
    every = check.setdefault("denial_codes", [])
    every.extend(c for ln in lines for c in ln.get("denial_codes", []) if c not in every)
    check["denial_labels"] = {c: dict(labels[c]) for c in every if c in labels}
    check["clean"] = all(ln.get("clean", True) for ln in lines)
