"""Adoption told around the instrument, in a note recounting it: "By its resolution 84/102, adopted
at its eighty-fourth session, the Assembly decided" and "By decision 11/101, adopted at its eleventh
session, the Commission resolved" ("its" is the subject's, named after the opening phrase;
`resolve._ADOPTED_AT_ITS_OPENING`); "adopted on 14 March 2031 at its eleventh session" (the date and
the session); "the Commission adopted, on 14 March 2031, decisions 11/101 to 11/104" (the date set off
between the verb and its objects, each object's; `relate.adopted_on_then`); a range of numbers in a
body's own convention keeps each member's number (`references._read_in_convention`)."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import facts, in_note
from tests.extract.reference_data import registry_from_turtle


@pytest.mark.parametrize("sentence, instrument, session", [
    ("By decision 11/101, adopted at its eleventh session, the Commission resolved to convene its fourteenth session in Lisbon.",
     "ccr/dec/11/101", "ccr#11"),
    ("By its resolution 11/2, adopted at its eleventh session, the Commission on Coastal Resilience decided that the"
     " Working Group on Early Warning Systems would meet annually.", "ccr/res/11/2", "ccr#11"),
    ("By its resolution 84/102, adopted at its eighty-fourth session, the General Assembly decided that the Working"
     " Group on Early Warning Systems would henceforth be a standing working group.", "ga/res/84/102", "ga#84"),
    ("In its resolution 84/102, which was adopted at its eighty-fourth session, the Assembly requested the"
     " Commission to report.", "ga/res/84/102", "ga#84"),
    # the title between (the lead, ninth round)
    ("In its resolution 84/102, entitled \"Implementation of the Convention on Coastal Resilience\" and adopted on"
     " 4 December 2029 at its eighty-fourth session, the General Assembly requested the Commission to report.",
     "ga/res/84/102", "ga#84"),
    ("By its resolution 11/2, entitled \u201cEarly warning\u201d, and adopted at its eleventh session, the Commission on"
     " Coastal Resilience decided to meet annually.", "ccr/res/11/2", "ccr#11"),
])
def test_adopted_at_its_session_before_the_subject(sentence: str, instrument: str, session: str) -> None:
    text = in_note(sentence)
    assert (instrument, session) in facts(text, "adoptedAt")
    body = session.split("#")[0]
    assert (session, body) in facts(text, "meetingOf")


def test_the_subject_after_is_not_the_author() -> None:
    text = in_note("By its resolution 84/102, adopted at its eighty-fourth session, the General Assembly decided to act.")
    assert not {s for s, _ in facts(text, "meetingOf")} & {"ccr#84"}


@pytest.mark.parametrize("sentence", [
    "In its decision 11/101, adopted on 14 March 2031 at its eleventh session, the Commission requested the secretariat to report.",
    "The Commission recalled its decision 11/101, adopted on 14 March 2031, at its eleventh session.",
])
def test_adopted_on_a_date_at_a_session(sentence: str) -> None:
    text = in_note(sentence)
    assert ("ccr/dec/11/101", "2031-03-14") in facts(text, "adoptedOn")
    assert ("ccr/dec/11/101", "ccr#11") in facts(text, "adoptedAt")


@pytest.mark.parametrize("sentence, numbers", [
    ("At its eleventh session, held in Bonn from 10 to 14 March 2031, the Commission adopted, on 14 March 2031,"
     " decisions 11/101 to 11/104.", ["101", "102", "103", "104"]),
    ("The Commission adopted, on 14 March 2031, decisions 11/101 and 11/102.", ["101", "102"]),
    ("The Commission adopted, on 14 March 2031, decision 11/101 on coastal data.", ["101"]),
])
def test_a_date_set_off_after_adopted(sentence: str, numbers: list[str]) -> None:
    found = facts(in_note(sentence), "adoptedOn")
    assert {(f"ccr/dec/11/{n}", "2031-03-14") for n in numbers} <= found


@pytest.mark.parametrize("sentence", [
    # the date is the report's adoption; the decision is recalled in another clause
    "The Commission adopted, on 14 March 2031, the report of the Working Group on Early Warning Systems; it recalled decision 11/101.",
    "The Commission adopted, on 14 March 2031, the report of the Working Group on Early Warning Systems, taking into account decision 11/101.",
    # no "adopted"
    "The Commission considered, on 14 March 2031, decisions 11/101 to 11/104.",
])
def test_no_date_for_another_clause(sentence: str) -> None:
    assert not {s for s, _ in facts(in_note(sentence), "adoptedOn")} & {"ccr/dec/11/101", "ccr/dec/11/102"}


TREATY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/dune-mop> a mg:Body ; mg:key "dune-mop" ;
    skos:prefLabel "Meeting of the Parties to the Convention on Dune Protection"@en ; mg:shortName "Meeting of the Parties" ;
    mg:symbolPrefix "DP/MOP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "decision {session}/{number}" ; mg:instrumentKind "decision" ] .
"""


@pytest.mark.parametrize("cited, numbers", [
    ("decisions VII/1 to VII/4", ["1", "2", "3", "4"]),
    ("decisions VII/2 to VII/3", ["2", "3"]),
    ("decisions VII/1, VII/2 and VII/5", ["1", "2", "5"]),
])
def test_a_range_in_a_bodys_convention_keeps_each_number(
    tmp_path_factory: pytest.TempPathFactory, cited: str, numbers: list[str]
) -> None:
    registry = registry_from_turtle(tmp_path_factory, TREATY)
    text = (
        "DP/MOP/2031/1\n\nMeeting of the Parties to the Convention on Dune Protection\n\nNote by the secretariat\n\n"
        f"1. At its seventh session, held in Riga from 2 to 4 May 2030, the Meeting of the Parties adopted {cited}.\n"
    )
    found = {f.subject for f in extract(text, source_key="doc", registry=registry).facts if f.relation == "adoptedAt"}
    assert found == {InstrumentRef("dune-mop", "decision", "7", n) for n in numbers}
