"""After the rows are written: add the patient-level findings to the rows they concern.

Two streamed passes over the results file: the first builds the compact visit index, the second
rewrites each row with its findings into a temporary file that then replaces the original, so
a crash here leaves the results as they were.
"""

from __future__ import annotations

import os
from pathlib import Path

from nlp_checker.batch.output import dumps, iter_rows
from nlp_checker.files import OutputError, open_output
from nlp_checker.patients.evaluate import (
    LINKED_BASIS,
    PatientFinding,
    evaluate_visits,
    link_patients,
    visit_from_row,
)
from nlp_checker.patients.rules import PatientRules, load_patient_rules
from nlp_checker.profiles.load import Profiles


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
    temporary = path.with_name(path.name + ".tmp")
    with open_output(temporary, "w", encoding="utf-8") as out:
        for index, row in enumerate(iter_rows(path)):
            patient = row.get("patient")
            if isinstance(patient, dict):
                if index in relinked:
                    patient["key"] = relinked[index]
                    patient["key_basis"] = LINKED_BASIS
                patient["findings"] = [f.model_dump(mode="json") for f in findings.get(index, [])]
            out.write(dumps(row) + "\n")
        out.flush()
        os.fsync(out.fileno())
    try:
        temporary.replace(path)
    except OSError as exc:
        raise OutputError(path, exc) from exc
    return len(findings)
