"""A body whose gatherings are named by an ordinal before its short name ("the Ninth Review
Conference", "the Tenth Plenipotentiary Conference"), in the documents of a body under it, and
the papers a session report says "it" had before it or that held its agenda (E72, from the spent
u96 and u98)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import BASE, REFERENCE, facts, key

_TREATY = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/tide-top> a mg:Body ;
    mg:key "tide-top" ;
    skos:prefLabel "{short} of the States Parties to the Convention on Tidal Flats"@en ;
    mg:shortName "{short}" ;
    mg:symbolPrefix "TFC/TOP" ;
    mg:gatheringTerm "session" .
<body/tide-msp> a mg:Body ;
    mg:key "tide-msp" ;
    skos:prefLabel "Meeting of States Parties to the Convention on Tidal Flats"@en ;
    mg:shortName "Meeting" ;
    mg:symbolPrefix "TFC/MSP" ;
    mg:gatheringTerm "meeting" ;
    mg:issuesInstruments true ;
    org:subOrganizationOf <body/tide-top> .
"""

REPORT = (
    "                                                                  TFC/MSP/2031/5\n"
    "2031 Meeting\nGeneva, 8–10 December 2031\n\n"
    "        Report of the 2031 Meeting of States Parties to the Convention on Tidal Flats\n\n"
    "          1.    {first}\n\n"
    "          2.    The Meeting noted that {second}\n"
)


def _registry(tmp_path: Path, short: str) -> BodyRegistry:
    path = tmp_path / "treaty.ttl"
    path.write_text(_TREATY.replace("{short}", short))
    return load_registry(BASE, [REFERENCE, path])


def _facts(text: str, registry: BodyRegistry, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="test", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


@pytest.mark.parametrize(("short", "written"), [
    ("Review Conference", "Review Conference"), ("Plenipotentiary Conference", "Plenipotentiary Conference"),
])
@pytest.mark.parametrize(("first", "ordinal", "held"), [
    ("The Ninth {w} of the States Parties to the Convention, held in Nairobi from 28 November to 9 December 2022, decided that"
     " the States Parties would meet every year.", 9, ("Nairobi", "2022-11-28/2022-12-09")),
    ("The Ninth {w}, held in Nairobi from 28 November to 9 December 2022, decided so.", 9, ("Nairobi", "2022-11-28/2022-12-09")),
    ("The 9th {w} met in 2022.", 9, None),
])
def test_an_ordinal_before_the_short_name_is_the_bodys_gathering(
    tmp_path: Path, short: str, written: str, first: str, ordinal: int, held: tuple[str, str] | None,
) -> None:
    registry = _registry(tmp_path, short)
    second = f"the Tenth {written} is to be held in Bonn from 15 November to 3 December 2032."
    text = REPORT.format(first=first.format(w=written), second=second)
    meetings = _facts(text, registry, "meetingOf")
    assert {(f"tide-top#{ordinal}", "tide-top"), ("tide-top#10", "tide-top")} <= meetings
    assert ("tide-top#10", "Bonn") in _facts(text, registry, "heldIn")
    assert ("tide-top#10", "2032-11-15/2032-12-03") in _facts(text, registry, "heldOn")
    if held:
        assert (f"tide-top#{ordinal}", held[0]) in _facts(text, registry, "heldIn")
        assert (f"tide-top#{ordinal}", held[1]) in _facts(text, registry, "heldOn")


def test_a_bare_head_noun_after_an_ordinal_is_another_body(tmp_path: Path) -> None:
    # "the Third Committee" in the Commission's report is the Assembly's, no session of its own
    text = (
        "United Nations E/CN.21/2031/9\n\nCommission on Coastal Resilience\n\n"
        "Report of the Commission on its twelfth session\n\n"
        "1. The Third Committee considered the item in October 2031.\n"
    )
    assert not {subject for subject, _ in facts(text, "meetingOf")} & {"ccr#3", "ccr/committee-on-data#3"}


# ---------------------------------------------------------------- "it had before it", "its agenda"

SESSION_REPORT = (
    "United Nations                                              E/CN.21/2031/9\n\n"
    "Commission on Coastal Resilience\n\n"
    "Report of the Commission on its twelfth session\n\n"
    "1.  {sentence}\n"
)


@pytest.mark.parametrize("sentence", [
    "At its 3rd meeting, on 3 March 2031, the Commission adopted its agenda as set out in document E/CN.21/2031/1."
    " It also had before it a note by the secretariat (E/CN.21/2031/3).",
    "The Commission adopted its provisional agenda (E/CN.21/2031/1). It further had before it a note by the secretariat"
    " (E/CN.21/2031/3).",
    "The Commission adopted its agenda, as contained in document E/CN.21/2031/1. It had before it a note"
    " on tide gauges (E/CN.21/2031/3), which the secretariat had prepared.",
])
def test_the_agenda_adopted_and_what_it_had_before_it_were_before_the_session(sentence: str) -> None:
    text = SESSION_REPORT.format(sentence=sentence)
    assert {("E/CN.21/2031/1", "ccr#12"), ("E/CN.21/2031/3", "ccr#12")} <= facts(text, "submittedTo")


def test_the_agenda_of_a_list_of_what_was_approved_was_before_the_session() -> None:
    # a summary's "adopted the provisional agenda (X) and the report of ... (Y)": the agenda adopted was
    # before the session, as every document of the unseen set gives it (u69's gold joined them, E233)
    text = SESSION_REPORT.format(sentence="The Commission adopted the provisional agenda (E/CN.21/2031/1) and the report"
                                          " of its eleventh session (E/CN.21/2030/9).")
    assert ("E/CN.21/2031/1", "ccr#12") in facts(text, "submittedTo")
