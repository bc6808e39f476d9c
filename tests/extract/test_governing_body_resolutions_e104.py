"""A regional organization's governing body's resolution, as WHO's regional committees and the
governing bodies of specialized agencies write theirs (E104, from the spent u125, PAHO's
Directing Council): the session glued to the body's letters ("DB41.R7", its papers "DB41/11"),
a heading block naming the session two ways over "Washington, D.C., USA, <days>", a closing line
"(Seventh meeting, 1 October 2031)", operative paragraphs "To ask the ... to", an earlier
resolution told in a relative clause after its adoption day, and "the above-mentioned resolution
of the Executive Committee" as the subject of what it did.

The organization, its bodies and the texts are invented; each family is varied in its wording.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

ANDEAN = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/awo-db> a mg:Body ; mg:key "awo-db" ;
    skos:prefLabel "Directing Board of the Andean Water Organization"@en ;
    skos:altLabel "Directing Board"@en , "Regional Water Committee for the Andes"@en ;
    mg:shortName "Board" ; mg:symbolPrefix "DB" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "DB{session}.R{number}" ; mg:instrumentKind "resolution" ] .
<body/awo-sc> a mg:Body ; mg:key "awo-sc" ;
    skos:prefLabel "Standing Committee of the Andean Water Organization"@en ;
    skos:altLabel "Standing Committee"@en ;
    mg:shortName "Standing Committee" ; mg:symbolPrefix "SC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "SC{session}.R{number}" ; mg:instrumentKind "resolution" ] .
<body/awb> a mg:Body ; mg:key "awb" ;
    skos:prefLabel "Andean Water Bureau"@en ; skos:altLabel "Bureau"@en .
<body/awb/director> a mg:Body ; mg:key "awb/director" ;
    skos:prefLabel "Director of the Andean Water Bureau"@en ; mg:shortName "Director" ;
    org:subOrganizationOf <body/awb> .
<body/wwa> a mg:Body ; mg:key "wwa" ;
    skos:prefLabel "World Water Assembly"@en ; mg:shortName "Water Assembly" ; mg:symbolPrefix "WWA" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "WWA{session}.{number}" ; mg:instrumentKind "resolution" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path: Path = tmp_path_factory.mktemp("ref") / "awo.ttl"
    path.write_text(ANDEAN, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def _facts(text: str, registry: BodyRegistry) -> set[tuple[str, object, object]]:
    return {(f.relation, f.subject, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


def _resolution(preamble: str, operative: str, *, place: str = "Washington, D.C., USA", closing: str = "",
                session: int = 41, ordinal: str = "41st", joined: bool = False) -> str:
    """A resolution as pdftotext -layout prints it: the heading block centred, the symbol right.
    ``joined``: the second session line runs on into the place and days, wrapped after the place
    (as a web page or pdftotext -raw prints the block)."""
    second = f"{session + 15}th SESSION OF THE REGIONAL WATER COMMITTEE FOR THE ANDES"
    heading = (
        f"              {second} {place},\n              28 September-2 October 2031\n\n\n" if joined
        else f"              {second}\n              {place}, 28 September-2 October 2031\n\n\n"
    )
    return (
        f"\n\n              {ordinal} DIRECTING BOARD\n"
        f"{heading}"
        f"                                                                         DB{session}.R7\n"
        "                                                                         Original: English\n\n\n"
        "                                        RESOLUTION\n\n"
        f"                                          DB{session}.R7\n\n"
        "       STRATEGY ON GLACIER WATER RESERVES 2032-2037\n\n\n"
        f"    THE {ordinal} DIRECTING BOARD,\n\n"
        f"{preamble}\n\n"
        "                                        RESOLVES:\n\n"
        f"{operative}\n\n"
        f"{closing}\n"
    )


OWN = InstrumentRef("awo-db", "resolution", "41", "7")
SESSION = GatheringRef("awo-db", "session", 41)
PREAMBLE = "    (PP1)   Having reviewed the water balance of the region;"
OPERATIVE = "    1.      To approve the Strategy on Glacier Water Reserves 2032-2037, prepared with the Andean Water Bureau."


@pytest.mark.parametrize("town", ["Washington, D.C.", "Washington D.C."])
@pytest.mark.parametrize("country", ["USA", "United States of America", None])
@pytest.mark.parametrize("joined", [False, True])
def test_a_town_with_its_districts_initials_is_the_sessions_place(
    registry: BodyRegistry, town: str, country: str | None, joined: bool
) -> None:
    """"Washington, D.C., USA, 28 September-2 October 2031" under the session lines: the session
    met in "Washington, D.C." (the district's initials are the town's; the country is read past),
    whether the place has a line of its own or runs on after the session's second name."""
    place = f"{town}, {country}" if country else town
    facts = _facts(_resolution(PREAMBLE, OPERATIVE, place=place, joined=joined), registry)
    assert ("heldIn", SESSION, town) in facts
    assert any(r == "heldOn" and s == SESSION for r, s, _ in facts)


@pytest.mark.parametrize(("days", "start", "end"), [("June 23-27, 2031", 23, 27), ("23-27 June 2031", 23, 27), ("June 2-6, 2031", 2, 6)])
@pytest.mark.parametrize("town", ["Washington, D.C.", "Lima"])
def test_an_earlier_session_in_brackets_with_its_town_and_days(registry: BodyRegistry, days: str, start: int, end: int, town: str) -> None:
    """"the Standing Committee adopted resolution SC188.R4 at its 188th session (Washington, D.C.,
    June 23-27, 2031)": that session's place and days."""
    preamble = (
        "    (PP1)   Recalling also that the Standing Committee adopted resolution SC188.R4 at its\n"
        f"    188th session ({town}, {days}), and that in that resolution the\n"
        "    Committee requested the Andean Water Bureau to cost the regional mechanism,"
    )
    facts = _facts(_resolution(preamble, OPERATIVE), registry)
    committee_session = GatheringRef("awo-sc", "session", 188)
    assert ("heldIn", committee_session, town) in facts
    assert any(r == "heldOn" and s == committee_session and o.start.day == start and o.end.day == end for r, s, o in facts)


@pytest.mark.parametrize("closing", [
    "(Seventh meeting, 1 October 2031)", "(7th meeting, 1 October 2031)", "(Seventh plenary meeting, 1 October 2031)",
    "                                                    (Seventh meeting, 1 October 2031)",
])
def test_the_closing_line_in_brackets_is_the_day_of_adoption(registry: BodyRegistry, closing: str) -> None:
    """"(Seventh meeting, 1 October 2031)" under the last operative paragraph: the day the
    resolution was adopted ("plenary" or not)."""
    facts = _facts(_resolution(PREAMBLE, OPERATIVE, closing=closing), registry)
    assert ("adoptedOn", OWN, __import__("datetime").date(2031, 10, 1)) in facts


def test_a_bracketed_meeting_inside_a_sentence_dates_no_adoption(registry: BodyRegistry) -> None:
    """The sitting alone in brackets closes the text; a meeting named in a bracket within a
    paragraph ("... as agreed (Seventh meeting, 1 October 2031) and ...") is no closing line."""
    operative = OPERATIVE + "\n\n    2.      To note the views expressed (Seventh meeting, 1 October 2031) by the members."
    facts = _facts(_resolution(PREAMBLE, operative), registry)
    assert not any(r == "adoptedOn" and s == OWN for r, s, _ in facts)


@pytest.mark.parametrize(("body", "key"), [("Standing Committee", "awo-sc"), ("Director", "awb/director"), ("Andean Water Bureau", "awb")])
@pytest.mark.parametrize("lead", ["To ask", "To also ask", "To further request", "To request"])
def test_to_ask_in_an_operative_paragraph_requests(registry: BodyRegistry, body: str, key: str, lead: str) -> None:
    """"8. To ask the Standing Committee to review ... at its 192nd session": the resolution
    requests the body, as "To request" does."""
    operative = OPERATIVE + f"\n\n    2.      {lead} the {body} to review the terms of reference of the Strategy."
    facts = _facts(_resolution(PREAMBLE, operative), registry)
    assert ("requests", OWN, BodyRef(key)) in facts


@pytest.mark.parametrize("adopted", [
    ", adopted on September 29, 2023,", ", adopted on 29 September 2023,", " of 29 September 2023,",
    ", adopted at its 60th session,", ",",
])
@pytest.mark.parametrize(("verb", "relation"), [("asked", "requests"), ("requested", "requests"), ("invited", "invites")])
def test_a_relative_clause_after_the_adoption_day_tells_what_the_resolution_asked(
    registry: BodyRegistry, adopted: str, verb: str, relation: str
) -> None:
    """"resolution DB38.R3, adopted on September 29, 2023, which asked the Director to report":
    the earlier resolution asked the Director, whatever stands between its number and "which"."""
    preamble = (
        "    (PP1)   Recalling resolution DB35.R5 (2018), on the Plan of Action on Water Reserves, and\n"
        f"    resolution DB38.R3{adopted} which {verb} the Director to report every two years on the reserves;"
    )
    facts = _facts(_resolution(preamble, OPERATIVE), registry)
    assert (relation, InstrumentRef("awo-db", "resolution", "38", "3"), BodyRef("awb/director")) in facts
    assert (relation, OWN, BodyRef("awb/director")) not in facts


@pytest.mark.parametrize("back", ["the above-mentioned resolution", "the aforementioned resolution", "the said resolution"])
@pytest.mark.parametrize(("verb", "relation"), [("had invited", "invites"), ("had requested", "requests"), ("invited", "invites")])
@pytest.mark.parametrize("between", [
    "    (PP2)   Bearing in mind World Water Assembly resolution WWA77.9 and United Nations\n"
    "    General Assembly resolution 78/3, the political declaration on water;",
    "    (PP2)   Bearing in mind the regional water balance;",
])
def test_the_above_mentioned_resolution_of_a_body_is_that_bodys_resolution(
    registry: BodyRegistry, back: str, verb: str, relation: str, between: str
) -> None:
    """"Noting that the above-mentioned resolution of the Standing Committee had invited the
    Board to consider ...": the Committee's resolution named earlier (SC188.R4), not the
    resolutions of other bodies named in between, nor the resolution being read."""
    preamble = (
        "    (PP1)   Having considered the Strategy on Glacier Water Reserves 2032-2037, presented by\n"
        "    the Director in accordance with resolution SC188.R4 of the Standing Committee;\n\n"
        f"{between}\n\n"
        f"    (PP3)   Noting that {back} of the Standing Committee {verb} the\n"
        "    Board to consider a regional mechanism for expert advice;"
    )
    facts = _facts(_resolution(preamble, OPERATIVE), registry)
    earlier = InstrumentRef("awo-sc", "resolution", "188", "4")
    assert (relation, earlier, BodyRef("awo-db")) in facts
    assert not any(r == relation and o == BodyRef("awo-db") and s != earlier for r, s, o in facts)


@pytest.mark.parametrize("symbol_in_brackets", ["(Document DB41/11)", "(document DB41/11)", "(DB41/11)"])
@pytest.mark.parametrize("lead", ["Having considered", "Having examined"])
def test_a_paper_of_the_session_considered_by_its_title_went_to_the_session(
    registry: BodyRegistry, symbol_in_brackets: str, lead: str
) -> None:
    """"Having considered the Strategy on Glacier Water Reserves 2032-2037 (Document DB41/11)":
    the paper, its symbol the session glued to the series' letters, went to the session."""
    preamble = (
        f"    (PP1)   {lead} the Strategy on Glacier Water Reserves 2032-2037 {symbol_in_brackets},\n"
        "    presented by the Director;"
    )
    facts = _facts(_resolution(preamble, OPERATIVE), registry)
    from mandate_graph.graph.model import DocumentRef
    assert ("submittedTo", DocumentRef(symbols=("DB41/11",)), SESSION) in facts


@pytest.mark.parametrize("town", ["Geneva, Switzerland", "Lima, Peru", "Washington, D.C., USA"])
def test_the_session_named_again_runs_on_into_its_place(registry: BodyRegistry, town: str) -> None:
    """"41st DIRECTING BOARD" / "56th SESSION OF THE REGIONAL WATER COMMITTEE FOR THE ANDES Lima,
    Peru, 28 September-2 October 2031": the second line names the same session by the body's other
    name; the place and days after it are the session's."""
    facts = _facts(_resolution(PREAMBLE, OPERATIVE, place=town, joined=True), registry)
    assert ("heldIn", SESSION, town.rsplit(",", 1)[0] if town.count(",") == 2 else town.split(",")[0]) in facts


def test_another_bodys_session_line_lends_the_session_no_place(registry: BodyRegistry) -> None:
    """The other side: a line naming another body's session with a place after it is not the
    place of the session named above."""
    text = _resolution(PREAMBLE, OPERATIVE, joined=True).replace(
        "56th SESSION OF THE REGIONAL WATER COMMITTEE FOR THE ANDES", "188th SESSION OF THE STANDING COMMITTEE"
    )
    assert not any(r == "heldIn" and s == SESSION for r, s, _ in _facts(text, registry))


@pytest.mark.parametrize("join", ["; and noting that", ", and noting that"])
def test_the_above_mentioned_resolution_after_other_instruments_in_its_sentence(registry: BodyRegistry, join: str) -> None:
    """"Bearing in mind resolution WWA77.9 ...; and noting that the above-mentioned resolution of
    the Standing Committee had invited the Board ...": the instruments named earlier in the
    sentence are not the subject; the Committee's resolution named in an earlier paragraph is."""
    preamble = (
        "    (PP1)   Having considered the Strategy, presented by the Director in accordance with\n"
        "    resolution SC188.R4 of the Standing Committee;\n\n"
        "    (PP2)   Bearing in mind World Water Assembly resolution WWA77.9 on water reserves"
        f"{join} the above-mentioned resolution of the Standing Committee had invited the Board\n"
        "    to consider a regional mechanism;"
    )
    facts = _facts(_resolution(preamble, OPERATIVE), registry)
    assert ("invites", InstrumentRef("awo-sc", "resolution", "188", "4"), BodyRef("awo-db")) in facts
    assert ("invites", InstrumentRef("wwa", "resolution", "77", "9"), BodyRef("awo-db")) not in facts
