"""An instrument as the subject of its verb with its unquoted title set off by commas between them
(E246): "Resolution 78/5, on coastal data, requests the Secretary-General …", "Decision 11/4, on the
budget, invites the Secretariat …", "General Assembly resolution 78/5, on X, requested …". The title
stood where only a date, a bracket or an adoption clause was allowed (`relate._TITLE_SET_OFF` in the
gaps of the present and past subject), so the request was read as nobody's. Near misses: a list of
instruments, a draft, a title holding a clause of its own, the instrument cited in another subject's
clause."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import in_note, in_sg_report, registry, stated


def in_note_facts(sentence: str, relation: str) -> set[tuple[str, str]]:
    extraction = extract(in_note(sentence), source_key="test", registry=registry())
    return {(s, o) for r, s, o in stated(extraction) if r == relation}


@pytest.mark.parametrize(
    ("sentence", "relation", "addressee"),
    [
        ("Resolution 78/5, on coastal data, requests the Secretary-General to report to the Assembly.", "requests", "secretary-general"),
        ("Resolution 78/5, on the strengthening of coastal data systems, also requests the Secretary-General to submit a report.",
         "requests", "secretary-general"),
        ("General Assembly resolution 78/5, on coastal data, requested the Secretary-General to report.", "requests", "secretary-general"),
        ("Resolution 78/5, on coastal data, had requested the Secretary-General to report on its implementation.", "requests", "secretary-general"),
        ("Resolution 78/5, on coastal data, invites the Economic and Social Council to consider the matter.", "invites", "ecosoc"),
        ("Resolution 78/5, on the follow-up to the\nWorld Conference, requests the Secretary-General to report.", "requests", "secretary-general"),
        # the forms that already worked stay
        ("Resolution 78/5 requests the Secretary-General to report to the Assembly.", "requests", "secretary-general"),
        ("In resolution 78/5, on coastal data, the Assembly requested the Secretary-General to report.", "requests", "secretary-general"),
    ],
)
def test_the_instrument_speaks_past_its_title(sentence: str, relation: str, addressee: str) -> None:
    assert ("ga/res/78/5", addressee) in in_sg_report(sentence, relation)


@pytest.mark.parametrize(
    ("sentence", "relation", "fact"),
    [
        ("Decision 11/4, on the budget, invites the Secretariat to report to the Commission.", "invites", ("ccr/dec/11/4", "ccr/secretariat")),
        ("Resolution 11/4, on coastal data, requested the Bureau to prepare the agenda.", "requests", ("ccr/res/11/4", "ccr/bureau")),
        ("Commission resolution 11/4, on coastal data, encourages the Working Group on Early Warning Systems to review its methods.",
         "encourages", ("ccr/res/11/4", "ccr/wg-early-warning")),
    ],
)
def test_a_commissions_instrument_speaks_past_its_title(sentence: str, relation: str, fact: tuple[str, str]) -> None:
    assert fact in in_note_facts(sentence, relation)


def test_the_title_is_still_read() -> None:
    assert ("ga/res/78/5", "coastal data") in in_sg_report("Resolution 78/5, on coastal data, requests the Secretary-General to report.", "title")


@pytest.mark.parametrize(
    "sentence",
    [
        # which of the two asks is not said
        "Resolutions 78/5 and 78/6, on coastal data, request the Secretary-General to report.",
        # a draft asks nothing
        "Draft resolution A/C.2/78/L.5, on coastal data, requests the Secretary-General to report.",
        # the title holds a clause of its own: the report "which requested" is not the resolution
        "Resolution 78/5, on the report of the Committee which requested the Secretary-General to report, was adopted.",
    ],
)
def test_no_instrument_speaks(sentence: str) -> None:
    assert not any(s == "ga/res/78/5" for s, _ in in_sg_report(sentence, "requests"))


def test_an_instrument_cited_in_another_subjects_clause_asks_nothing() -> None:
    sentence = "Resolution 78/5, on coastal data, was cited when the Committee requested the Secretary-General to report."
    assert ("ga/res/78/5", "secretary-general") not in in_sg_report(sentence, "requests")

