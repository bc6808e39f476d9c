"""A session report's annex that lists the decisions of the session, numbered from 1 at each
session ("List of decisions adopted at the ninety-first session" / "Decision 4 - Title"), each told
in the past ("The Committee decided to establish ...", "The Committee invited the Working Party on
... and the Working Party on ..."), in Word's plain text with blank lines between sections
(`rules/own_numbering._session_list_numbering`, `layout.lines_as_paragraphs`,
`segment._BODY_THEN_DECIDED`); "decision 2 of its eighty-sixth session"; and the opening of a
decisions page: "held at the headquarters of X (ABBR) in Town", "as agreed in decision III/1",
"were adopted at the closing plenary, on 18 April 2029".

Invented bodies declared without any numbering template, invented texts, and the texts that must
give nothing (no list heading above the decisions, a list whose body no line names)."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ecwa> a mg:Body ; mg:key "ecwa" ;
    skos:prefLabel "Economic Commission for Western Oceania"@en ; skos:altLabel "ECWO"@en ;
    mg:symbolPrefix "ECWO" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/ecwa/es> a mg:Body ; mg:key "ecwa/es" ;
    skos:prefLabel "Executive Secretary of the Economic Commission for Western Oceania"@en ;
    mg:shortName "Executive Secretary" ; org:subOrganizationOf <body/ecwa> .
<body/ecwa/ctc> a mg:Body ; mg:key "ecwa/ctc" ;
    skos:prefLabel "Committee on Trade and Customs"@en ; mg:shortName "Committee" ;
    mg:symbolPrefix "ECWO/TRADE" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    org:subOrganizationOf <body/ecwa> .
<body/ecwa/ctc/wp5> a mg:Body ; mg:key "ecwa/ctc/wp5" ;
    skos:prefLabel "Working Party on Customs Facilitation"@en ; mg:shortName "Working Party" ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/ecwa/ctc> .
<body/ecwa/ctc/wp7> a mg:Body ; mg:key "ecwa/ctc/wp7" ;
    skos:prefLabel "Working Party on Trade Statistics"@en ; mg:shortName "Working Party" ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/ecwa/ctc> .
<body/esp-cop> a mg:Body ; mg:key "esp-cop" ;
    skos:prefLabel "Conference of the Parties to the Coral Sea Agreement"@en ; mg:shortName "Conference of the Parties" ;
    mg:symbolPrefix "CS/COP-CS" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "decision {session}/{number}" ; mg:instrumentKind "decision" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


def _report(annex: str, session: str = "twelfth") -> str:
    """Word's plain text of a session report: a paragraph a line, blank lines between sections."""
    return (
        "United Nations\tECWO/TRADE/77\n"
        "Economic and Social Council\tDistr.: General\n4 May 2030\nOriginal: English\n"
        "Economic Commission for Western Oceania\nCommittee on Trade and Customs\n"
        f"{session.capitalize()} session\nSuva, 7-9 April 2030\n\n"
        f"Report of the Committee on Trade and Customs on its {session} session\n\n"
        "I. Attendance\n"
        f"1. The Committee on Trade and Customs held its {session} session in Suva from 7 to 9 April 2030.\n"
        "2. Representatives of the following member States attended: Fiji, Samoa, Tonga and Vanuatu.\n\n"
        "II. Organization of work\n"
        "3. The Committee agreed to list its decisions in the annex to the present report.\n"
        "4. In keeping with decision 3 of its ninth session, the Committee held a closed meeting for"
        " Government delegates only on the afternoon of 8 April 2030 and heard no statements.\n\n"
        f"{annex}"
    )


_DECISIONS = (
    "Decision {a}{sep}Trade facilitation\n"
    "The Committee decided to establish a Group of Experts on Paperless Trade for a period of two years and"
    " requested it to submit its first report to the Committee at its fourteenth session. By the same decision,"
    " the Committee asked the Executive Secretary to support the Group of Experts within existing resources.\n"
    "Decision {b}{sep}Statistics\n"
    "The Committee invited the Working Party on Customs Facilitation and the Working Party on Trade Statistics"
    " to hold a joint meeting before its next session.\n"
    "Decision {c}{sep}Customs facilitation\n"
    "The Committee endorsed the recommendations adopted by the Working Party on Customs Facilitation at its"
    " thirty-first session.\n"
)


@pytest.mark.parametrize(
    ("heading", "sep", "numbers"),
    [
        ("Annex\nList of decisions adopted at the twelfth session\n"
         "All decisions below were adopted by the Committee on 9 April 2030.\n", " - ", (4, 6, 7)),
        ("Annex\nDecisions adopted by the Committee at its twelfth session\n"
         "The decisions below were adopted on 9 April 2030.\n", ": ", (12, 13, 15)),
        ("Annex\nList of decisions adopted at the twelfth session\n"
         "All decisions below were adopted by the Committee on 9 April 2030.\n", " – ", (3, 5, 9)),
    ],
)
def test_decisions_numbered_within_the_session_are_the_bodys(
    heading: str, sep: str, numbers: tuple[int, int, int], registry: BodyRegistry
) -> None:
    a, b, c = numbers
    facts = _facts(_report(heading + _DECISIONS.format(a=a, b=b, c=c, sep=sep)), registry)
    first, second, third = (InstrumentRef("ecwa/ctc", "decision", "12", str(n)) for n in numbers)
    session = GatheringRef("ecwa/ctc", "session", 12)
    for own, title in ((first, "Trade facilitation"), (second, "Statistics"), (third, "Customs facilitation")):
        assert (own, "title", title) in facts
        assert (own, "adoptedAt", session) in facts
        assert (own, "adoptedOn", dt.date(2030, 4, 9)) in facts
    established = [o for s, rel, o in facts if s == first and rel == "establishes"]
    assert len(established) == 1
    assert (first, "requests", established[0]) in facts
    assert (first, "requests", BodyRef("ecwa/es")) in facts
    assert (second, "invites", BodyRef("ecwa/ctc/wp5")) in facts
    assert (second, "invites", BodyRef("ecwa/ctc/wp7")) in facts
    assert (third, "endorses", GatheringRef("ecwa/ctc/wp5", "session", 31)) in facts
    # "decision 3 of its ninth session": the Committee's decision of that session
    assert (InstrumentRef("ecwa/ctc", "decision", "9", "3"), "adoptedAt", GatheringRef("ecwa/ctc", "session", 9)) in facts


def test_headings_without_the_lists_heading_are_no_decisions_of_the_session(registry: BodyRegistry) -> None:
    annex = "Annex\nSummary of the discussion\n" + _DECISIONS.format(a=4, b=6, c=7, sep=" - ")
    facts = _facts(_report(annex), registry)
    assert not any(isinstance(s, InstrumentRef) and s.session == "12" for s, _, _ in facts)


def test_a_list_whose_body_no_line_names_gives_nothing(registry: BodyRegistry) -> None:
    text = (
        "Summary of the week\n\nList of decisions adopted at the twelfth session\n"
        "Decision 4 - Trade facilitation\nThe meeting looked at the figures and moved on to the next item.\n"
        "Decision 6 - Statistics\nThe figures were noted and no one spoke against them on the day.\n"
    )
    facts = _facts(text, registry)
    assert not any(isinstance(s, InstrumentRef) for s, _, _ in facts)


def test_a_decisions_page_opens_with_the_meeting_its_mandate_and_the_day(registry: BodyRegistry) -> None:
    text = (
        "Decisions adopted at the fourth meeting of the Conference of the Parties to the Coral Sea Agreement\n\n"
        "CS/COP-CS.4/5\n\n"
        "The fourth meeting of the Conference of the Parties to the Coral Sea Agreement was held at the headquarters"
        " of the Economic Commission for Western Oceania (ECWO) in Suva, from 16 to 18 April 2029, as agreed in"
        " decision 3/1. The decisions reproduced below were adopted at the closing plenary, on 18 April 2029."
        " The report of the meeting will be issued as document CS/COP-CS.4/6.\n\n"
        "Decision 4/1\nReef monitoring\n\nThe Conference of the Parties,\n"
        "Having considered the report of the Bureau on its fourth meeting (CS/COP-CS.4/3),\n"
        "1. Decides to review the reef monitoring programme at its fifth meeting;\n"
    )
    facts = _facts(text, registry)
    meeting = GatheringRef("esp-cop", "meeting", 4)
    own = InstrumentRef("esp-cop", "decision", "4", "1")
    assert (meeting, "heldIn", "Suva") in facts
    assert (meeting, "pursuantTo", InstrumentRef("esp-cop", "decision", "3", "1")) in facts
    assert (own, "adoptedOn", dt.date(2029, 4, 18)) in facts
    symbols = {s.symbols for s, rel, _ in facts if rel == "reportOf" and hasattr(s, "symbols")}
    assert ("CS/COP-CS.4/6",) in symbols
    assert not any("CS.4/" in sym[0] and not sym[0].startswith("CS/COP-CS") for sym in symbols)
    # the decision that set the meeting's dates and place is no mandate of its report
    assert not any(rel == "pursuantTo" and getattr(s, "symbols", None) == ("CS/COP-CS.4/6",) for s, rel, _ in facts)
