"""E280: a sentence opening on "Its" after a sentence about another body, which names a third body
after "Its" ("Its report on its 118th and 119th sessions will be before the Fifth Committee"): "its" is
the body the paragraph named before the sentence, not the body named later in it nor the document's
own; and a session told "at the (main part of the) Nth session" right after a committee that sits in
its parent's sessions (a Main Committee, a commission's standing committee) is the parent's."""

from __future__ import annotations


from mandate_graph.loaders.extract import extract

from tests.extract.phrasing import key, registry

# A report of the Commission on Coastal Resilience (the document's own body) whose paragraph 1 is
# the text tried
FRAME = "E/CN.21/2031/4\nEconomic and Social Council\n\nReport of the Commission on Coastal Resilience on its twelfth session\n\n1. {s}\n"


def facts(sentence: str, relation: str) -> set[tuple[str, str]]:
    extraction = extract(FRAME.format(s=sentence), source_key="test", registry=registry())
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


def test_its_report_after_another_body_is_that_bodys():
    for sentence in (
        "The Committee on Coastal Data will hold its ninth session in Nairobi from 3 to 5 May 2032. Its report on its "
        "seventh and eighth sessions (E/CN.21/2031/9) will be before the Commission on the Status of Women.",
        "The Committee on Coastal Data met twice in 2031. Its report on its seventh and eighth sessions "
        "(E/CN.21/2031/9) was considered by the Commission on the Status of Women.",
    ):
        got = facts(sentence, "reportOf")
        assert ("E/CN.21/2031/9", "ccr/committee-on-data#7") in got
        assert ("E/CN.21/2031/9", "ccr/committee-on-data#8") in got
        # not the sessions of the body named after "Its", nor the document's own (its masthead's ccr#12 aside)
        assert not any(o.startswith("ecosoc/csw#") or o.startswith("ccr#") and s == "E/CN.21/2031/9" for s, o in got)


def test_a_session_after_a_committee_sitting_in_its_parents_sessions():
    for sentence in (
        "The report (E/CN.21/2031/9) will be before the Tides Committee at the main part of the fourteenth session.",
        "The note (E/CN.21/2031/9) will be taken up by the Tides Committee during the first part of the resumed fourteenth session.",
        "The report (E/CN.21/2031/9) will be before the Tides Committee at the fourteenth session.",
    ):
        assert ("E/CN.21/2031/9", "ccr#14") in facts(sentence, "submittedTo"), sentence


def test_a_body_holding_sessions_keeps_its_own():
    # near miss: the body named before "at the main part of" holds sessions itself
    got = facts("The report (E/CN.21/2031/9) will be before the Commission on the Status of Women at the main part of the sixty-fifth session.", "submittedTo")
    assert ("E/CN.21/2031/9", "ecosoc/csw#65") in got
