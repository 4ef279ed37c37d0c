"""Evaluate the patient-level rules over compact visit records, one per result row.

A :class:`Visit` holds only what the rules need (a few short strings per note), so a run of
100,000 notes keeps its whole index in memory in a few tens of megabytes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from pydantic import BaseModel, ConfigDict

from nlp_checker.patients.rules import PatientRules, load_patient_rules
from nlp_checker.profiles.load import DEFAULT_PAYER, Profiles, load_profiles
from nlp_checker.profiles.model import PayerProfile

# The key basis of a note keyed by name + DOB that was linked to its patient's MRN key.
LINKED_BASIS = "name+dob->mrn"


@dataclass(frozen=True, slots=True)
class Visit:
    """What one checked note contributes to the patient-level rules."""

    row: int
    doc_key: str
    patient_key: str
    date: str
    region_group: str
    region_assumed: bool
    epidural: bool
    suggested: str
    relief: str
    relief_percent: int | None
    other_procedure: bool
    key_basis: str | None = None
    link_key: str | None = None
    payer: str = DEFAULT_PAYER


class Session(BaseModel):
    """A note a patient-level finding names: its date and document key."""

    model_config = ConfigDict(frozen=True)

    date: str
    doc_key: str


class PatientFinding(BaseModel):
    """A finding about a patient's notes taken together."""

    model_config = ConfigDict(frozen=True)

    rule: str
    code: str
    source: str
    severity: str
    patient_key: str
    message: str
    sessions: list[Session]
    payer: str = DEFAULT_PAYER
    denial_codes: list[str] = []


def visit_from_row(row_index: int, row: Mapping[str, Any], rules: PatientRules) -> Visit | None:
    """Return the visit of a result row, or ``None`` when it lacks a patient key or a date."""
    patient = row.get("patient") or {}
    key = patient.get("key")
    elements = row.get("elements") or {}
    dos = (elements.get("date_of_service") or {}).get("value")
    if row.get("status") != "ok" or not key or not dos:
        return None
    try:
        date.fromisoformat(dos)
    except (TypeError, ValueError):
        return None
    region = elements.get("region") or {}
    region_value = region.get("value") if region.get("status") == "present" else None
    group = rules.region_groups.get(str(region_value)) if region_value else None
    code_check = row.get("code_check") or {}
    suggested = str(code_check.get("suggested", ""))
    codes = {str(issue.get("code")) for issue in row.get("issues") or []}
    relief = patient.get("relief") or {}
    payer = ((row.get("profile") or {}).get("payer") or {}).get("id") or DEFAULT_PAYER
    return Visit(
        row=row_index,
        doc_key=str((row.get("batch") or {}).get("doc_key") or ""),
        patient_key=str(key),
        date=dos,
        region_group=group or rules.default_region_group,
        region_assumed=group is None,
        epidural=suggested in rules.epidural_codes,
        suggested=suggested,
        relief=str(relief.get("status", "absent")),
        relief_percent=relief.get("percent"),
        other_procedure=rules.same_session_issue in codes,
        key_basis=patient.get("key_basis"),
        link_key=patient.get("link_key"),
        payer=str(payer),
    )


def link_patients(visits: Iterable[Visit]) -> list[Visit]:
    """Give notes keyed by name + DOB the MRN key of the same name + DOB, when it is unique.

    A note without an MRN joins the MRN-keyed notes that carry the same name + DOB key. When
    that name + DOB appears with two different MRNs (two patients who share a name and birth
    date), nothing is linked.
    """
    visits = list(visits)
    mrns: dict[str, set[str]] = defaultdict(set)
    for visit in visits:
        if visit.key_basis == "mrn" and visit.link_key:
            mrns[visit.link_key].add(visit.patient_key)
    linked = []
    for visit in visits:
        targets = mrns.get(visit.patient_key, set()) if visit.key_basis == "name+dob" else set()
        if len(targets) == 1:
            visit = replace(visit, patient_key=next(iter(targets)), key_basis=LINKED_BASIS)
        linked.append(visit)
    return linked


class _Collector:
    def __init__(self, rules: PatientRules, profiles: Profiles) -> None:
        self.rules = rules
        self.profiles = profiles
        self.by_row: dict[int, list[PatientFinding]] = defaultdict(list)

    def add(
        self, rule_id: str, visits: list[Visit], named: list[Visit], message: str,
        source: str | None = None,
    ) -> None:  # fmt: skip
        rule = self.rules.finding(rule_id)
        payer = self.profiles.payer(visits[-1].payer)
        finding = PatientFinding(
            rule=rule.id,
            code=rule.code,
            source=source or rule.source,
            severity=rule.severity,
            patient_key=visits[0].patient_key,
            message=message,
            sessions=[Session(date=v.date, doc_key=v.doc_key) for v in named],
            payer=payer.id,
            denial_codes=list(payer.denial_codes.get(rule.code, ())),
        )
        for visit in visits:
            if finding not in self.by_row[visit.row]:
                self.by_row[visit.row].append(finding)


def _sessions(visits: list[Visit]) -> list[list[Visit]]:
    """Group a patient's epidural visits in one region into sessions (one per date)."""
    by_date: dict[str, list[Visit]] = defaultdict(list)
    for visit in visits:
        by_date[visit.date].append(visit)
    return [by_date[d] for d in sorted(by_date)]


def _per(days: int) -> str:
    return "rolling 12 months" if days == 365 else f"{days} days"


def _frequency(out: _Collector, group: str, sessions: list[list[Visit]]) -> None:
    dates = [date.fromisoformat(s[0].date) for s in sessions]
    for end, end_date in enumerate(dates):
        payer: PayerProfile = out.profiles.payer(sessions[end][0].payer)
        for window_rule in payer.frequency.windows:
            limit, days = window_rule.max_sessions, window_rule.days
            window = timedelta(days=days - 1)
            start = next(i for i, d in enumerate(dates) if d >= end_date - window)
            if end - start + 1 <= limit:
                continue
            in_window = sessions[start : end + 1]
            named = [s[0] for s in in_window]
            listed = ", ".join(v.date for v in named)
            out.add(
                "PAT-FREQ-01",
                in_window[-1],
                named,
                f"{len(in_window)} epidural sessions in the {group} region within "
                f"{days} days ({listed}); the limit is {limit} per {_per(days)}",
                payer.frequency.source,
            )
            break


def _repeat(out: _Collector, sessions: list[list[Visit]]) -> None:
    for previous, current in pairwise(sessions):
        payer = out.profiles.payer(current[0].payer)
        lookback = timedelta(days=payer.repeat.lookback_days)
        threshold = payer.repeat.min_relief_percent
        gap = date.fromisoformat(current[0].date) - date.fromisoformat(previous[0].date)
        if gap > lookback or any(v.relief == "adequate" for v in current):
            continue
        percents = [v.relief_percent for v in current if v.relief_percent is not None]
        said = (
            f"reports {max(percents)}% relief"
            if percents
            else "reports no relief"
            if any(v.relief == "inadequate" for v in current)
            else "does not document the response"
        )
        needed = f"at least {threshold}% relief" if threshold is not None else "relief"
        out.add(
            "PAT-REP-01",
            current,
            [previous[0], current[0]],
            f"repeat injection on {current[0].date} after {previous[0].date}: the note {said}; "
            f"{needed} or functional improvement from the previous injection must be documented",
            payer.repeat.source,
        )


def _interval(out: _Collector, sessions: list[list[Visit]]) -> None:
    for previous, current in pairwise(sessions):
        payer = out.profiles.payer(current[0].payer)
        minimum = payer.frequency.min_days_between
        if minimum is None:
            continue
        gap = (date.fromisoformat(current[0].date) - date.fromisoformat(previous[0].date)).days
        if gap < minimum:
            out.add(
                "PAT-GAP-01",
                current,
                [previous[0], current[0]],
                f"injections on {previous[0].date} and {current[0].date} are {gap} days apart; "
                f"{payer.name} requires at least {minimum} days between injections",
                payer.frequency.source,
            )


def evaluate_visits(
    visits: Iterable[Visit], rules: PatientRules | None = None, profiles: Profiles | None = None
) -> dict[int, list[PatientFinding]]:
    """Apply every patient-level rule; return the findings keyed by the rows they concern.

    The numbers come from each visit's payer profile (the later visit's, for a pair).
    """
    rules = rules or load_patient_rules()
    out = _Collector(rules, profiles or load_profiles())
    by_patient: dict[str, list[Visit]] = defaultdict(list)
    # Rows arrive in finishing order, which differs run to run: sort, so that findings and the
    # sessions they name come out the same whatever the order of the results file.
    ordered = sorted(link_patients(visits), key=lambda v: (v.patient_key, v.date, v.doc_key, v.row))
    for visit in ordered:
        by_patient[visit.patient_key].append(visit)
    for patient_visits in by_patient.values():
        by_date: dict[str, list[Visit]] = defaultdict(list)
        for visit in patient_visits:
            by_date[visit.date].append(visit)
        for day in sorted(by_date):
            same_day = by_date[day]
            if len(same_day) > 1:
                out.add(
                    "PAT-DUP-01",
                    same_day,
                    same_day,
                    f"{len(same_day)} notes for the same patient on {day}: a duplicate note or "
                    "a duplicate claim",
                )
            codes = {v.suggested for v in same_day}
            if any(v.other_procedure for v in same_day) or len(codes) > 1:
                out.add(
                    "PAT-MULTI-01",
                    same_day,
                    same_day,
                    f"more than one procedure in the session on {day} "
                    f"({', '.join(sorted(codes))}): a modifier 59/XS question for the biller",
                )
        by_group: dict[str, list[Visit]] = defaultdict(list)
        for visit in patient_visits:
            if visit.epidural:
                by_group[visit.region_group].append(visit)
        for group, group_visits in by_group.items():
            sessions = _sessions(group_visits)
            _frequency(out, group, sessions)
            _repeat(out, sessions)
            _interval(out, sessions)
    return dict(out.by_row)
