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


def test_sentences_a_note_in_capitals_joins_its_wrapped_lines(checker):
    # An EHR that prints notes in capitals wraps prose at a fixed width: the capital at the
    # start of the next line does not start a new sentence there.
    text = (
        "PATIENT: HOLLIS VARGA   DOB: 02/03/1958   MRN: 00-FAKE-3141\n"
        "DATE OF SERVICE: 05/06/2025\n"
        "INDICATION: RIGHT L5 RADICULOPATHY. FAILED PHYSICAL THERAPY X 8 WEEKS AND NSAIDS.\n"
        "PRE-PROCEDURE VAS: 7/10\n"
        "PROCEDURE: L4-5 INTERLAMINAR EPIDURAL STEROID INJECTION UNDER FLUOROSCOPIC GUIDANCE.\n"
        "LOSS OF RESISTANCE TO SALINE WAS REACHED WITH A 20 G TUOHY NEEDLE. AP AND LATERAL\n"
        "IMAGES CONFIRMED THE FINAL NEEDLE POSITION IN THE POSTERIOR EPIDURAL SPACE. OMNIPAQUE\n"
        "180, 2 ML, SHOWED EPIDURAL SPREAD WITHOUT INTRAVASCULAR UPTAKE.\n"
        "KENALOG 80 MG WITH 2 ML PRESERVATIVE-FREE SALINE WAS INJECTED.\n"
        "POST-PROCEDURE VAS: 2/10\n"
        "ELECTRONICALLY SIGNED BY: DANA WHITFIELD, MD 05/06/2025\n"
    )
    result = checker.check_text(text)
    assert result.elements["needle_views"].value == ["ap", "lateral"]
    assert result.complete is True


def test_sentences_a_line_ending_on_a_joining_word_goes_on():
    # "... without myelopathy or" cannot end a sentence, whatever starts the next line.
    text = "Spondylosis without myelopathy or\nRadiculopathy (M47.816).\nVAS 6/10"
    assert _sents(text) == [
        "Spondylosis without myelopathy or\nRadiculopathy (M47.816).",
        "VAS 6/10",
    ]
    # A template's "no" answer ends its line.
    assert _sents("Spread: [x] yes  [ ] no\nLocal: lidocaine 1%")[-1] == "Local: lidocaine 1%"


def test_sentences_a_lower_case_note_wrapped_at_a_column():
    lines = [
        "history: she has left leg pain down the back of the thigh to the heel from a",
        "protrusion. at her consultation in january she rated the leg pain 9/10. today",
        "she rated it 6/10.",
        "complications none",
        "post procedure pain 2 out of 10",
    ]
    assert _sents("\n".join(lines)) == [
        "history: she has left leg pain down the back of the thigh to the heel from a\nprotrusion.",
        "at her consultation in january she rated the leg pain 9/10.",
        "today\nshe rated it 6/10.",
        "complications none",
        "post procedure pain 2 out of 10",
    ]


def test_sentences_a_line_not_ending_in_a_box_puts_its_boxes_first():
    # No colon after the label, or one the tokenizer joins to a bracket ("):"): the line ends
    # in a label, not a box, so each box goes with the label after it.
    assert _sents("Guidance [x] Fluoro [ ] CT [ ] None") == [
        "Guidance",
        "[x] Fluoro",
        "[ ] CT",
        "[ ] None",
    ]
    assert _sents("Images saved (final position): [X] AP  [X] Lateral  [ ] CLO")[-3:] == [
        "[X] AP",
        "[X] Lateral",
        "[ ] CLO",
    ]
    # A line that ends in a box keeps its labels first.
    assert _sents("Views AP [x] Lateral [x] CLO [ ]") == ["Views AP [x]", "Lateral [x]", "CLO [ ]"]


def test_sentences_a_tab_after_a_colon_only_lines_up_the_value():
    assert _sents("MRI 11/2025:\tL4-5 mild bulge\tSide:\tright") == [
        "MRI 11/2025:\tL4-5 mild bulge",
        "Side:\tright",
    ]
