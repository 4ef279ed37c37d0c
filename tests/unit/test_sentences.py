import spacy

from nlp_checker.pipeline import sentences  # noqa: F401  (registers the component)


def _sents(text):
    nlp = spacy.blank("en")
    nlp.add_pipe("nlp_checker_lines")
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_sentences_split_list_items_and_field_lines():
    assert _sents("Contrast: none\n- AP and lateral views\n- VAS 7/10") == [
        "Contrast: none",
        "- AP and lateral views",
        "- VAS 7/10",
    ]


def test_sentences_split_fields_separated_by_runs_of_spaces():
    assert _sents("VAS pre: 7/10    VAS post: ___/10") == ["VAS pre: 7/10", "VAS post: ___/10"]


def test_sentences_keep_hard_wrapped_prose_together():
    text = "His numeric pain\nrating was 6/10 and he\nwas comfortable."
    assert _sents(text) == ["His numeric pain\nrating was 6/10 and he\nwas comfortable."]


def test_sentences_make_each_checkbox_item_its_own_sentence():
    assert _sents("Views: [x] AP [x] Lat [ ] CLO") == ["Views:", "[x] AP", "[x] Lat", "[ ] CLO"]
    assert _sents("Views: AP [x] Lateral [x] CLO [ ]") == [
        "Views: AP [x]",
        "Lateral [x]",
        "CLO [ ]",
    ]
