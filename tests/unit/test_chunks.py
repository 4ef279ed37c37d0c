import itertools

from nlp_checker.pipeline.chunks import split_text


def test_chunks_short_text_is_one_piece():
    assert split_text("short note") == [(0, "short note")]


def test_chunks_cover_the_text_in_order_and_cut_at_blank_lines():
    paragraph = "Line of a procedure note.\n" * 20
    text = "\n".join([paragraph] * 30)
    pieces = split_text(text, max_chars=2000)
    assert "".join(piece for _, piece in pieces) == text
    for (offset, piece), (next_offset, _) in itertools.pairwise(pieces):
        assert offset + len(piece) == next_offset
        assert piece.endswith("\n\n")
        assert len(piece) <= 2000


def test_chunks_long_note_gives_the_same_findings_as_its_parts(checker):
    one = (
        "Patient: Hollis Varga   MRN: 00-FAKE-3141\n\nPLAN: Repeat ESI under fluoroscopy.\n\n"
        + "Follow-up as needed.\n" * 600
        + "\nAP and lateral views were not obtained.\n"
    )
    result = checker.check_text(one)
    assert len(split_text(one)) > 1
    # the Plan section carries across the cut: its fluoroscopy stays planned, not done
    assert result.elements["imaging_guidance"].status == "uncertain"
    assert result.elements["needle_views"].status == "negated"
    assert result.elements["patient_id"].status == "present"
    evidence = result.elements["needle_views"].evidence[0]
    assert one[evidence.start : evidence.end] == evidence.text
