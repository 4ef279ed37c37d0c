import pytest

from nlp_checker.elements.values import day_first, interspace, iso_date, pain_scores, signer, weeks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("VAS: 7/10", [7]),
        ("NRS 6", [6]),
        ("pain seven out of ten", [7]),
        ("VAS 70 mm", [7]),
        ("VAS 60/100", [6]),
        ("from 8/10 to 3/10", [8, 3]),
        ("pain 4.5/10", [4.5]),
        ("VAS 0/10", [0]),
    ],
)
def test_values_pain_scores_read_and_scale(text, expected):
    assert pain_scores(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L4-5", "L4-L5"),
        ("L4/L5", "L4-L5"),
        ("L5-S1", "L5-S1"),
        ("L5/S1", "L5-S1"),
        ("L4 5", "L4-L5"),
        ("C7-T1", "C7-T1"),
        ("C6-7", "C6-C7"),
        ("T12-L1", "T12-L1"),
        ("L3-L5", None),  # not one interspace
        ("C8-T1", None),  # C8 is a root, not a vertebra
        ("L6-S1", None),
    ],
)
def test_values_interspace_normalises_adjacent_levels_only(text, expected):
    assert interspace(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DOS: 03/14/2025", "2025-03-14"),
        ("Date: 2026-02-18", "2026-02-18"),
        ("March 4, 2025", "2025-03-04"),
        ("14-Jan-2026", "2026-01-14"),
        ("3/4/25", "2025-03-04"),
        ("13/45/2025", None),
    ],
)
def test_values_iso_date(text, expected):
    assert iso_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8 weeks", 8),
        ("6 wks", 6),
        ("3 months", 12),
        ("six weeks", 6),
        ("4-6 weeks", 4),
        ("soon", None),
    ],
)
def test_values_weeks(text, expected):
    assert weeks(text) == expected


def test_values_signer_strips_the_attestation_words():
    assert signer("Electronically signed by: Dana Whitfield, MD") == "Dana Whitfield, MD"
    assert signer("/s/ N. Brightwater MD") == "N. Brightwater MD"


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("L45", ["L4-L5"]),
        ("L5S1", ["L5-S1"]),
        ("C67", ["C6-C7"]),
        ("L3-L5", ["L3-L4", "L4-L5"]),
        ("L4-S1", ["L4-L5", "L5-S1"]),
        ("T12-L1", ["T12-L1"]),
        ("L1-S1", []),
    ],
)
def test_values_interspaces_read_compact_forms_and_ranges(text, levels):
    from nlp_checker.elements.values import interspaces

    assert interspaces(text) == levels


@pytest.mark.parametrize(
    ("text", "foramina"),
    [("L5", ["L5-S1"]), ("S1", ["S1"]), ("C6", ["C5-C6"]), ("C8", ["C7-T1"]), ("T10", ["T10-T11"])],
)
def test_values_nerve_roots_map_to_their_foramen(text, foramina):
    from nlp_checker.elements.values import root_foramina

    assert root_foramina(text) == foramina


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("DOB: 28/02/1966   Date: 04/03/2026", True),  # 28 can only be a day
        ("DOB: 02/28/1966   Date: 04/03/2026", False),  # 28 can only be a day in second place
        ("DOB 07.04.1958   Operation 12.06.2026", True),  # all dotted: European
        ("DOB 07/04/1958   DOS 12/06/2026", False),  # all could be either: US order
        ("DOB 28.02.1966   DOS 03/15/2026", False),  # the note writes both: no order wins
    ],
)
def test_values_day_first_reads_the_note_order(note, expected):
    assert day_first(note) is expected


def test_values_iso_date_day_first():
    assert iso_date("12.06.2026", days_first=True) == "2026-06-12"
    assert iso_date("12/06/2026") == "2026-12-06"
    # A date that can only be day first is read so in a US note too.
    assert iso_date("20/03/2026") == "2026-03-20"
