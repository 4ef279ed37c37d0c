"""Linking remittance claims to checked notes: by claim id, else patient key + date + CPT."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from nlp_checker.learn.link import link, manifest_claim_ids
from nlp_checker.remits.model import RemitError, RemitLine


def test_manifest_links_every_remitted_claim(checked) -> None:
    ids = manifest_claim_ids(checked.practice.manifest.read_text())
    linked, report = link(checked.rows, checked.remits, ids)
    remitted = [c for c in checked.practice.claims if c.remitted]
    assert report.linked_claims == len(remitted) == len(linked)
    assert report.by_method == {"claim_id": len(remitted)}
    assert report.notes_unlinked == {"no_remittance": len(checked.practice.claims) - len(remitted)}
    truth = {c.document: c for c in remitted}
    for note in linked:
        claim = truth[note.result["source"].rsplit("/", 1)[-1]]
        assert note.remit.patient_control_number == claim.claim_id
        assert note.denied == claim.denied


def test_rows_echoing_their_claim_link_by_claim_id_without_a_manifest(checked) -> None:
    linked, report = link(checked.rows, checked.remits)
    remitted = [c for c in checked.practice.claims if c.remitted]
    assert report.by_method == {"claim_id": len(remitted)} and len(linked) == len(remitted)


def test_without_claim_ids_links_by_patient_date_and_cpt(checked) -> None:
    rows = [{k: v for k, v in row.items() if k != "claim"} for row in checked.rows]
    linked, report = link(rows, checked.remits)
    remitted = [c for c in checked.practice.claims if c.remitted]
    keyed = [c for c in remitted if c.remit_mrn]
    assert report.by_method == {"patient_key": report.linked_claims}
    # Without the record number on the remittance there is nothing to link by.
    assert report.unlinked["no_claim_id_or_key"] == len(remitted) - len(keyed)
    # A patient seen twice on one date would be ambiguous; everything else links.
    assert report.linked_claims + report.unlinked["ambiguous"] == len(keyed)
    assert report.linked_claims >= 0.9 * len(keyed)
    truth = {c.claim_id: c for c in remitted}
    assert all(note.remit.patient_control_number in truth for note in linked)
    assert all(
        note.result["source"].endswith(truth[note.remit.patient_control_number].document)
        for note in linked
    )


def _line(pcn: str, key: str | None, dos: date, code: str = "62323", **extra) -> RemitLine:
    values = dict(
        file="r.835", transaction="0001", payer_name=None, payer_id=None, check_number=None,
        paid_date=date(2026, 4, 1), patient_control_number=pcn, payer_claim_id=None,
        claim_status="1", claim_filing="MB", patient_key=key, line_number=1,
        date_of_service=dos, code=code, units=1, charge=Decimal(700), paid=Decimal(300),
        outcome="paid",
    )  # fmt: skip
    values.update(extra)
    return RemitLine(**values)


def _row(key: str, dos: str, code: str = "62323") -> dict:
    return {
        "status": "ok", "source": f"{key}-{dos}.txt", "billed_code": code,
        "elements": {"date_of_service": {"value": dos}}, "patient": {"key": key},
    }  # fmt: skip


def test_unlinked_reasons() -> None:
    rows = [_row("pk_a", "2026-03-02"), _row("pk_b", "2026-03-05"), _row("pk_b", "2026-03-05"),
            _row("pk_c", "2026-03-09", "64483"), {"status": "error", "source": "bad.pdf"}]  # fmt: skip
    remits = [
        _line("X1", "pk_a", date(2026, 3, 2)),  # links
        _line("X1", "pk_a", date(2026, 3, 2), file="later.835", paid_date=date(2026, 5, 1)),
        _line("X2", "pk_z", date(2026, 3, 2)),
        _line("X3", "pk_a", date(2026, 3, 3)),
        _line("X4", "pk_b", date(2026, 3, 5)),
        _line("X5", "pk_c", date(2026, 3, 9)),
        _line("X6", None, date(2026, 3, 9)),
        _line("X7", "pk_a", date(2026, 3, 2), claim_status="22", outcome="reversed"),
        RemitError(file="junk.835", type="not_x12", message="not an X12 interchange"),
    ]
    linked, report = link(rows, remits)
    assert [n.remit.patient_control_number for n in linked] == ["X1"]
    assert report.unlinked == {
        "later_adjudication": 1, "no_note_for_patient": 1, "no_note_on_date": 1,
        "ambiguous": 1, "code_not_billed": 1, "no_claim_id_or_key": 1, "reversal": 1,
    }  # fmt: skip
    assert report.remit_errors == {"not_x12": 1}
    assert report.notes_unlinked == {"no_remittance": 3, "note_error": 1}
    data = report.as_dict()
    assert set(data["unlinked_reasons"]) == set(report.unlinked)


def test_the_claim_a_result_echoes_links_without_a_manifest() -> None:
    row = _row("pk_a", "2026-03-02") | {"claim": {"claim_id": "C-77", "lines": [{"code": "62323"}]}}
    linked, report = link([row], [_line("C-77", None, date(2026, 3, 2))])
    assert report.by_method == {"claim_id": 1} and linked[0].row == 0


def test_manifest_formats() -> None:
    assert manifest_claim_ids("document,claim_id,code\na.txt,C1,62323\na.txt,C1,77003\n") == {
        "a.txt": "C1"
    }
    jsonl = '{"document": "a.txt", "claim": {"claim_id": "C1", "lines": []}}\n{"document": "b.txt", "claim_id": "C2"}\n'
    assert manifest_claim_ids(jsonl) == {"a.txt": "C1", "b.txt": "C2"}
    try:
        manifest_claim_ids("document,code\na.txt,62323\n", "m.csv")
    except ValueError as exc:
        assert "claim_id" in str(exc)
    else:
        msg = "a manifest without claim ids must be refused"
        raise AssertionError(msg)
