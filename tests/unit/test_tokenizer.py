import spacy

from nlp_checker.pipeline import sentences  # noqa: F401  (registers the component)
from nlp_checker.pipeline.tokenizer import use_light_tokenizer


def _nlp():
    nlp = spacy.blank("en")
    use_light_tokenizer(nlp)
    nlp.add_pipe("nlp_checker_lines")
    return nlp


def test_tokenizer_splits_scores_levels_and_ids_at_inner_punctuation():
    tokens = [t.text for t in _nlp()("VAS 7/10 at L4-5, MRN 00-FAKE-9.")]
    assert tokens == [
        "VAS",
        "7",
        "/",
        "10",
        "at",
        "L4",
        "-",
        "5",
        ",",
        "MRN",
        "00",
        "-",
        "FAKE",
        "-",
        "9",
        ".",
    ]


def test_tokenizer_keeps_abbreviations_so_sentences_do_not_break_after_them():
    doc = _nlp()("Seen by Dr. Smith today. Contrast was not used.")
    assert [s.text.strip() for s in doc.sents] == [
        "Seen by Dr. Smith today.",
        "Contrast was not used.",
    ]


def test_tokenizer_offsets_cover_the_text_exactly():
    text = "Pre-procedure VAS: 7/10\n“Kenalog-40” 80 mg → L5/S1"
    doc = _nlp()(text)
    assert "".join(t.text_with_ws for t in doc) == text
