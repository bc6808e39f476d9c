"""An annotated provisional agenda narrating its body's mandate (E135, from the spent u158 and u155).
Invented bodies, numbers, dates and wording, laid out as `pdftotext -layout` gives an agenda
(indented hanging paragraphs, a number in the margin, words wrapped anywhere):

- a body the reference data does not know, described in full before a phrase of origin ("came
  into being through", "owes its existence to") is born of the instrument after it; ", which asked
  it to ... and invited X to ..." after the instrument's issuer and date asks it and invites X;
- "should be maintained on a permanent basis", "would continue on a standing basis": made standing;
- "the twenty-third session" bare, in the agenda of the twenty-fourth, after a sentence on the
  parent's session: the agenda's own body's previous session;
- "which the General Assembly adopted in resolution 35/63": the subject's instrument, not the
  document's default issuer's;
- "decision 604 (LXXVIII) of 11 October 2030, adopted at its seventy-eighth session, entitled
  "..."": the date does not hide the session, nor the aside the title;
- "the Eighth Review Conference" of a conference the document named in full: its eighth session;
- "At the same session the Assembly also considered the report (X)": the session told last.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/fma> a mg:Body ; mg:key "fma" ;
    skos:prefLabel "Fair Markets Agency"@en ; skos:altLabel "FMA"@en .
<body/fma/board> a mg:Body ; mg:key "fma/board" ;
    skos:prefLabel "Fair Markets Board"@en ; mg:shortName "Board" ; mg:gatheringTerm "session" ;
    mg:symbolPrefix "FM/B" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{number} ({session})" ; mg:instrumentKind "decision" ] ;
    org:subOrganizationOf <body/fma> .
<body/fma/pricing-experts> a mg:Body ; mg:key "fma/pricing-experts" ;
    skos:prefLabel "Intergovernmental Group of Experts on Fair Pricing Policy"@en ; mg:shortName "Group of Experts" ;
    mg:symbolPrefix "FM/B/C.2/FP" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/fma/board> .
<body/fma/review-conference> a mg:Body ; mg:key "fma/review-conference" ;
    skos:prefLabel "United Nations Conference to Review the Fair Pricing Code"@en ; mg:shortName "Review Conference" ;
    mg:symbolPrefix "FM/FPC/CONF" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/fma> .
<body/fma/secretary-general> a mg:Body ; mg:key "fma/secretary-general" ;
    skos:prefLabel "Secretary-General of the Fair Markets Agency"@en ; org:subOrganizationOf <body/fma> .
<body/market-observatory> a mg:Body ; mg:key "market-observatory" ;
    skos:prefLabel "International Market Observatory"@en ; skos:altLabel "Observatory"@en .
"""

HEAD = """                                                                              FM/B/C.2/FP/62
   Fair Markets
   Agency                                                          Distr.: General
                                                                   22 April 2031

                                                                   Original: English


Fair Markets Board
Intergovernmental Group of Experts on
Fair Pricing Policy
Twenty-fourth session
Geneva, 7\u20139 July 2031
Item 2 of the provisional agenda


                 Provisional agenda and annotations

          II. Annotations

"""
BOARD = "fma/board"
EXPERTS = "fma/pricing-experts"
OBSERVATORY = BodyRef("market-observatory")


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _hanging(number: str, text: str, width: int = 66) -> str:
    """``text`` as a numbered hanging paragraph of an agenda under `pdftotext -layout`."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    first = f"          {number}.".ljust(17)
    return "\n".join([first + lines[0], *("                 " + rest for rest in lines[1:])]) + "\n\n"


def _facts(paragraphs: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(HEAD + paragraphs, source_key="agenda", registry=registry).facts}


def _decision(number: str, session: str) -> InstrumentRef:
    return InstrumentRef(BOARD, "decision", session, number)


def _born(facts: set[tuple[object, str, object]], founder: InstrumentRef) -> list[BodyRef]:
    return [o for s, rel, o in facts if s == founder and rel == "establishes" and isinstance(o, BodyRef)]


@pytest.mark.parametrize(
    ("body", "phrase", "width"),
    [
        ("working group on cross-border cooperation in the enforcement of pricing law", "came into being through", 66),
        ("task force on price monitoring in agricultural markets", "owes its existence to", 52),
        ("expert group on algorithmic pricing", "was established by", 60),
    ],
)
def test_a_body_born_of_the_instrument_its_origin_names(registry: BodyRegistry, body: str, phrase: str, width: int) -> None:
    facts = _facts(
        _hanging(
            "7",
            f"The {body} {phrase} decision 585 (LXXV) of the Fair Markets Board, of 27 June 2028, which asked it to "
            "report to the Group of Experts every year and invited the International Market Observatory to take part "
            "in its work.",
            width,
        ),
        registry,
    )
    founder = _decision("585", "75")
    born = _born(facts, founder)
    assert len(born) == 1 and born[0].key.startswith(BOARD + "/")
    assert (founder, "requests", born[0]) in facts
    assert (founder, "invites", OBSERVATORY) in facts
    assert (founder, "adoptedOn", dt.date(2028, 6, 27)) in facts


def test_an_origin_told_of_no_instrument_creates_nothing(registry: BodyRegistry) -> None:
    facts = _facts(
        _hanging(
            "7",
            "The working group on price transparency came into being through the efforts of member States, as "
            "decision 585 (LXXV) of the Fair Markets Board recalls.",
        ),
        registry,
    )
    assert not [f for f in facts if f[1] == "establishes"]


@pytest.mark.parametrize(
    ("made", "standing"),
    [
        ("the Board decided that the working group should be maintained on a permanent basis as part of its machinery", True),
        ("the Board decided that the working group would continue on a standing basis", True),
        ("the Board decided that the working group should remain in place on a permanent footing", True),
        ("the Board decided that the working group should be maintained on an interim basis", False),
    ],
)
def test_a_body_made_permanent_without_naming_its_kind(registry: BodyRegistry, made: str, standing: bool) -> None:
    facts = _facts(
        _hanging(
            "7",
            "The working group on cross-border cooperation in the enforcement of pricing law came into being through "
            f"decision 585 (LXXV) of the Fair Markets Board. In decision 604 (LXXVIII), {made}.",
        ),
        registry,
    )
    born = _born(facts, _decision("585", "75"))
    assert ((_decision("604", "78"), "makesConstantElement", born[0]) in facts) is standing


@pytest.mark.parametrize(
    "told",
    [
        "The agreed conclusions of the twenty-third session, held in Geneva from 10 to 12 July 2030, are contained in "
        "the report of the Group of Experts on that session (FM/B/C.2/FP/61).",
        "The report on the twenty-third session, held in Geneva from 10 to 12 July 2030, is contained in document "
        "FM/B/C.2/FP/61.",
    ],
)
def test_a_bare_session_before_the_mastheads_is_its_bodys(registry: BodyRegistry, told: str) -> None:
    facts = _facts(
        _hanging("2", "The topics were approved by the Fair Markets Board in decision 604 (LXXVIII), adopted at its seventy-eighth session.")
        + _hanging("3", f"The session will be opened on 7 July 2031. {told}"),
        registry,
    )
    previous = GatheringRef(EXPERTS, "session", 23)
    assert (previous, "heldIn", "Geneva") in facts
    assert (DocumentRef(symbols=("FM/B/C.2/FP/61",)), "reportOf", previous) in facts
    assert not [f for f in facts if f[0] == GatheringRef(BOARD, "session", 23)]


def test_a_session_of_the_board_named_before_stays_the_boards(registry: BodyRegistry) -> None:
    facts = _facts(
        _hanging(
            "2",
            "The Fair Markets Board held its twenty-second session in Geneva in June 2030. The twenty-third session, "
            "held in Geneva from 10 to 12 July 2030, approved the topics.",
        ),
        registry,
    )
    assert not [f for f in facts if f[0] == GatheringRef(EXPERTS, "session", 23)]


@pytest.mark.parametrize(
    "told",
    [
        "The Group of Experts performs the functions set out in section G of the Code, which the General Assembly "
        "adopted in resolution 35/63 of 5 December 1980.",
        "The General Assembly adopted the Code in resolution 35/63 of 5 December 1980.",
        "The General Assembly took note of the Code by resolution 35/63 of 5 December 1980.",
    ],
)
def test_the_subject_adopted_what_its_verb_names_after_its_object(registry: BodyRegistry, told: str) -> None:
    facts = _facts(_hanging("2", told), registry)
    assert (InstrumentRef("ga", "resolution", "35", "63"), "adoptedOn", dt.date(1980, 12, 5)) in facts


def test_a_resolution_contained_in_another_paper_is_not_the_subjects(registry: BodyRegistry) -> None:
    facts = _facts(_hanging("2", "The General Assembly noted the principles contained in resolution 35/63 of 5 December 1980."), registry)
    assert not [f for f in facts if f[0] == InstrumentRef("ga", "resolution", "35", "63")]


@pytest.mark.parametrize("width", [66, 40])
def test_a_date_and_an_adoption_aside_before_the_title(registry: BodyRegistry, width: int) -> None:
    facts = _facts(
        _hanging(
            "2",
            "The topics for the present session were approved by the Fair Markets Board in decision 604 (LXXVIII) "
            "of 11 October 2030, adopted at its seventy-eighth session, entitled \"Work programme on pricing and "
            "consumer welfare, 2031\u20132032\". By the same decision, the Board requested the Secretary-General of "
            "the Fair Markets Agency to prepare the documentation.",
            width,
        ),
        registry,
    )
    decision = _decision("604", "78")
    assert (decision, "adoptedAt", GatheringRef(BOARD, "session", 78)) in facts
    assert (decision, "title", "Work programme on pricing and consumer welfare, 2031\u20132032") in facts
    assert (decision, "adoptedOn", dt.date(2030, 10, 11)) in facts


@pytest.mark.parametrize("named", ["Eighth Review Conference", "Eighth United Nations Conference to Review the Fair Pricing Code"])
def test_the_report_of_a_conference_numbered_before_its_short_name(registry: BodyRegistry, named: str) -> None:
    facts = _facts(
        _hanging(
            "5",
            "The Eighth United Nations Conference to Review the Fair Pricing Code, held in Geneva from 16 to 20 "
            f"October 2028, recommended a review. The report of the {named} is contained in document FM/FPC/CONF.10/9.",
        ),
        registry,
    )
    assert (DocumentRef(symbols=("FM/FPC/CONF.10/9",)), "reportOf", GatheringRef("fma/review-conference", "session", 8)) in facts


def test_a_short_name_numbered_in_a_document_that_never_names_the_body_in_full(registry: BodyRegistry) -> None:
    facts = _facts(_hanging("5", "The report of the Eighth Review Conference is contained in document FM/FPC/CONF.10/9."), registry)
    assert not [f for f in facts if f[1] == "reportOf"]


SG_REPORT_HEAD = """United Nations A/87/154
General Assembly Distr.: General
2 June 2032
Original: English
Eighty-seventh session
Item 80 of the preliminary list*
Report of the Secretary-General on the Committee on Market Rules

"""


@pytest.mark.parametrize(
    ("opening", "sent"),
    [
        ("At the same session the Assembly also considered", True),
        ("At that session, the Assembly considered", True),
        ("At the same session the Security Council considered", False),
    ],
)
def test_the_report_considered_at_the_session_told_before(registry: BodyRegistry, opening: str, sent: bool) -> None:
    text = (
        SG_REPORT_HEAD
        + "8. The previous report of the Secretary-General (A/86/160), submitted to the Assembly at its\n"
        "eighty-sixth session, gives the status of each volume.\n"
        f"9. {opening} the report of the Committee on\nMarket Rules (A/86/33). The Assembly thanked the Committee.\n"
    )
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="report", registry=registry).facts}
    assert ((DocumentRef(symbols=("A/86/33",)), "submittedTo", GatheringRef("ga", "session", 86)) in facts) is sent
