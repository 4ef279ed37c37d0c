"""Misspelled key words are read as the word, marked fuzzy, and keep the note from `complete`."""

import pytest

from nlp_checker.pipeline.rules import load_ruleset
from nlp_checker.pipeline.spelling import Speller


@pytest.fixture(scope="module")
def speller():
    lexicon = load_ruleset().lexicon
    return Speller(
        lexicon.terms,
        lexicon.keep,
        [(a.word, a.term, a.before, a.after) for a in lexicon.sound_alikes],
    )


@pytest.mark.parametrize(
    ("word", "term"),
    [
        ("flouroscopy", "fluoroscopy"),
        ("fluroscopy", "fluoroscopy"),
        ("Touhy", "tuohy"),
        ("interlaminer", "interlaminar"),
        ("epidrual", "epidural"),
        ("contarst", "contrast"),
        ("conformed", "confirmed"),
        ("Omnipaq", "omnipaque"),
        ("bupivicaine", "bupivacaine"),
    ],
)
def test_spelling_typo_is_read_as_its_term(speller, word, term):
    assert speller.correct_word(word) == term


@pytest.mark.parametrize(
    "word",
    [
        "fluoroscopy",
        "contract",
        "confirm",
        "epidurals",
        "fluoro",
        "resistant",
        "injecting",
        "patient",
    ],
)
def test_spelling_real_words_and_inflections_are_left_alone(speller, word):
    assert speller.correct_word(word) is None


def test_spelling_offsets_map_back_to_the_note(speller):
    # Arrange
    text = "Under flouroscopy the Touhy needle; Omnipaq 3 mL conformed epidural spread."
    # Act
    fixed = speller.correct(text)
    # Assert: the corrected text reads the words, and its ranges map to the original words
    assert "fluoroscopy" in fixed.text and "Omnipaque" in fixed.text
    start = fixed.text.index("Omnipaque")
    orig = fixed.original(start, start + len("Omnipaque"))
    assert text[slice(*orig)] == "Omnipaq"
    tail = fixed.text.index("epidural")
    assert text[slice(*fixed.original(tail, tail + 8))] == "epidural"
    assert fixed.corrected_in(start, start + 3)
    assert not fixed.corrected_in(tail, tail + 8)


NOTE = """Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141
Date of Service: 05/06/2025
INDICATION: Right L5 radiculopathy.
Pre-procedure VAS: 7/10
PROCEDURE: L4-5 interlaminar epidural steroid injection under {imaging} guidance.
Final needle position was confirmed with AP and lateral views; images saved.
Omnipaque 180, 2 mL, showed epidural spread.
Kenalog 80 mg with 2 mL preservative-free saline was injected.
Post-procedure VAS: 2/10
Electronically signed by: Dana Whitfield, MD 05/06/2025"""


def test_spelling_fuzzy_evidence_is_present_but_not_complete(checker):
    # Act
    typo = checker.check_text(NOTE.format(imaging="flouroscopic"))
    plain = checker.check_text(NOTE.format(imaging="fluoroscopic"))
    # Assert
    imaging = typo.elements["imaging_guidance"]
    assert imaging.status == "present" and imaging.value == "fluoroscopy"
    assert imaging.evidence[0].fuzzy and imaging.evidence[0].text == "flouroscopic"
    assert imaging.review is not None and imaging.review.code == "fuzzy_match"
    assert typo.complete is False
    assert plain.complete is True and plain.elements["imaging_guidance"].review is None


@pytest.mark.parametrize(
    ("text", "fixed", "split"),
    [
        ("under flora scopy the space", "under fluoroscopy the space", "flora scopy"),
        ("2 ml of omni paque 240", "2 ml of omnipaque 240", "omni paque"),
        ("an epi dural injection", "an epidural injection", "epi dural"),
        ("via an inter laminar approach", "via an interlaminar approach", "inter laminar"),
        # Two real words that are not a split term stay as they are.
        ("the patient was in the room", "the patient was in the room", None),
        ("contrast spread in the epidural space", "contrast spread in the epidural space", None),
    ],
)
def test_spelling_a_key_word_split_in_two_by_speech_recognition(speller, text, fixed, split):
    corrected = speller.correct(text)
    assert corrected.text == fixed
    if split is not None:
        # The evidence quotes both words as written, and is marked fuzzy.
        start = text.index(split)  # the text before the split word is unchanged
        end = corrected.text.index(" ", start)
        assert text[slice(*corrected.original(start, end))] == split
        assert corrected.corrected_in(start, end)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("2 ml of contract was injected", "2 ml of contrast was injected"),
        ("Omnipaque contract showed spread", "Omnipaque contrast showed spread"),
        ("the contract flowed cephalad", "the contrast flowed cephalad"),
        # Away from its cue words the real word stays.
        ("opioid contract was signed today", "opioid contract was signed today"),
        ("muscles contract on stimulation", "muscles contract on stimulation"),
    ],
)
def test_spelling_a_sound_alike_is_read_as_its_term_only_beside_its_cues(speller, text, fixed):
    corrected = speller.correct(text)
    assert corrected.text == fixed
    assert corrected.corrected_in(0, len(text)) is (text != fixed)


def test_spelling_contract_for_contrast_keeps_the_note_from_complete(checker):
    # Arrange: speech recognition heard "contrast" as "contract"
    spoken = NOTE.replace("Omnipaque 180, 2 mL, showed", "2 mL of contract showed").format(
        imaging="fluoroscopic"
    )
    # Act
    result = checker.check_text(spoken)
    # Assert
    contrast = result.elements["contrast_flow"]
    assert contrast.status == "present" and contrast.evidence[0].fuzzy
    assert result.complete is False
