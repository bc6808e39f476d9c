"""Instruments numbered in one series with their session in Roman numerals (E250): a report's
chapter that reproduces "A. Agreed conclusions 512 (LXII)" and "B. Decision 513 (LXII)", or "A.
Conclusion on ..." over "No. 88 (XL) - 2031", each text introduced by its sitting ("At its 602nd
plenary meeting, on 9 October 2031, the Committee adopted the following conclusion:").
Invented bodies (an invented board and an invented executive committee), phrasing and layouts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract

sys.path.insert(0, str(Path(__file__).resolve().parent))
from phrasing import BASE, key, stated  # noqa: E402

_TTL = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/tcb> a mg:Body ; mg:key "tcb" ;
    skos:prefLabel "Textile Commodities Board"@en ; mg:shortName "Board" ;
    mg:gatheringTerm "session" ; mg:symbolPrefix "TCB" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{number} ({session})" ; mg:instrumentKind "decision" ] .
<body/tcb/secretariat> a mg:Body ; mg:key "tcb/secretariat" ;
    skos:prefLabel "Secretariat of the Textile Commodities Board"@en ; org:subOrganizationOf <body/tcb> .
<body/mpx> a mg:Body ; mg:key "mpx" ;
    skos:prefLabel "Executive Committee of the Migration Protection Programme"@en ; mg:shortName "Executive Committee" ;
    mg:gatheringTerm "session" ; mg:symbolPrefix "A/AC.301" ; mg:issuesInstruments true .
<body/mpx/director> a mg:Body ; mg:key "mpx/director" ;
    skos:prefLabel "Director of the Migration Protection Programme"@en ; mg:shortName "Director" ;
    org:subOrganizationOf <body/mpx> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("e250") / "roman.ttl"
    path.write_text(_TTL)
    return load_registry(BASE, [path])


def facts(text: str, registry: BodyRegistry, *relations: str) -> set[tuple[str, str, str]]:
    return {f for f in stated(extract(text, source_key="t", registry=registry)) if not relations or f[0] in relations}


BOARD_REPORT = """TCB/62/5
Distr.: General
2 May 2031

Textile Commodities Board
Sixty-second session
Geneva, 14-18 April 2031

Report of the Textile Commodities Board on its sixty-second session

I. Action by the Board

1. At its sixty-second session, the Textile Commodities Board adopted the texts reproduced below.

{label_a}Agreed conclusions 512 (LXII)
Sustainable cotton value chains

The Textile Commodities Board,

Recalling its decision 498 (LX),

1. Requests the secretariat of the Textile Commodities Board to prepare a study on traceability;

{closing}

{label_b}Decision 513 (LXII)
Calendar of meetings

The Textile Commodities Board,

1. Requests the secretariat of the Textile Commodities Board to publish the calendar;
"""


@pytest.mark.parametrize(
    ("label_a", "label_b", "closing"),
    [
        ("A.   ", "B.   ", "602nd plenary meeting\n17 April 2031"),
        ("A. ", "B. ", "17 April 2031"),
        ("", "", "602nd plenary meeting\n17 April 2031"),  # no chapter letters: read before E250 too
    ],
)
def test_lettered_agreed_conclusions_and_decisions_in_a_roman_series(label_a: str, label_b: str, closing: str, registry: BodyRegistry) -> None:
    found = facts(BOARD_REPORT.format(label_a=label_a, label_b=label_b, closing=closing), registry)
    assert ("title", "tcb/dec/62/512", "Sustainable cotton value chains") in found
    assert ("title", "tcb/dec/62/513", "Calendar of meetings") in found
    assert ("adoptedAt", "tcb/dec/62/512", "tcb#62") in found
    assert ("adoptedAt", "tcb/dec/62/513", "tcb#62") in found
    assert ("cites", "tcb/dec/62/512", "tcb/dec/60/498") in found
    assert ("requests", "tcb/dec/62/512", "tcb/secretariat") in found
    assert ("requests", "tcb/dec/62/513", "tcb/secretariat") in found


def test_a_chapter_letter_before_a_cited_number_heads_nothing(registry: BodyRegistry) -> None:
    # near miss: a chapter heading that cites a number in prose is a chapter, no text's heading
    text = BOARD_REPORT.format(label_a="A.   ", label_b="B.   ", closing="17 April 2031").replace(
        "B.   Decision 513 (LXII)", "B.   Follow-up to decision 513 (LXII)"
    )
    found = facts(text, registry, "requests", "title")
    assert ("title", "tcb/dec/62/513", "Calendar of meetings") not in found
    assert not any(s == "tcb/dec/62/513" for _, s, _ in found)


COMMITTEE_REPORT = """A/AC.301/88
Distr.: GENERAL

EXECUTIVE COMMITTEE OF THE MIGRATION PROTECTION PROGRAMME
Fortieth session
Geneva, 6-9 October 2031

REPORT OF THE FORTIETH SESSION OF THE EXECUTIVE COMMITTEE

III. CONCLUSIONS ADOPTED BY THE EXECUTIVE COMMITTEE

10. {sitting}

A. {kind} on durable solutions for displaced persons

                     No. 88 (XL){year}

The Executive Committee,

      Recalling its Conclusion No. 80 (XXXV) on local integration,

      (a) Requests the Director to report to it at its forty-first session;

11. At the same meeting, the Executive Committee adopted the following decision:

B. Decision on the dates of the forty-first session

      The Executive Committee,

      (a) Requests the Director to propose dates;
"""


@pytest.mark.parametrize(
    ("sitting", "kind", "year"),
    [
        ("At its 602nd plenary meeting, on 9 October 2031, the Executive Committee adopted the following conclusion:", "Conclusion", " - 2031"),
        ("At its 602nd meeting, on 9 October 2031, the Committee adopted the following conclusion:", "Conclusion", " – 2031"),
        ("At its 602nd plenary meeting, on 9 October 2031, the Executive Committee adopted the following conclusion:", "Conclusion", ""),
        ("At its 602nd plenary meeting, on 9 October 2031, the Executive Committee adopted the following recommendation:", "Recommendation", ""),
    ],
)
def test_number_alone_under_a_kind_word_title(sitting: str, kind: str, year: str, registry: BodyRegistry) -> None:
    found = facts(COMMITTEE_REPORT.format(sitting=sitting, kind=kind, year=year), registry)
    assert ("title", "mpx/dec/40/88", f"{kind} on durable solutions for displaced persons") in found
    assert ("adoptedOn", "mpx/dec/40/88", "2031-10-09") in found
    assert ("requests", "mpx/dec/40/88", "mpx/director") in found
    if kind == "Conclusion":
        assert ("cites", "mpx/dec/40/88", "mpx/dec/35/80") in found
    # near miss: the unnumbered decision B has no key, its request no subject
    assert sum(1 for r, s, o in found if r == "requests" and o == "mpx/director") == 1


def test_number_alone_without_a_formula_below_is_no_heading(registry: BodyRegistry) -> None:
    # near miss: "No. 88 (XL)" under a kind-word title but over prose, not the body's formula
    text = COMMITTEE_REPORT.format(
        sitting="The Committee discussed the draft.", kind="Conclusion", year=""
    ).replace("The Executive Committee,\n\n      Recalling", "The draft was not adopted.\n\n      Recalling")
    found = facts(text, registry)
    assert not any(s.startswith("mpx/dec/40/88") for _, s, _ in found)


def test_the_day_of_one_text_is_not_the_next_ones(registry: BodyRegistry) -> None:
    # the sitting's day before one text holds for that text only; a later text without its own
    # sentence gets no day from it
    text = COMMITTEE_REPORT.format(
        sitting="At its 602nd plenary meeting, on 9 October 2031, the Executive Committee adopted the following conclusion:",
        kind="Conclusion", year="",
    ).replace("B. Decision on the dates of the forty-first session", "B. Conclusion on the dates of the forty-first session\n\n   No. 89 (XL)")
    found = facts(text, registry, "adoptedOn")
    assert ("adoptedOn", "mpx/dec/40/88", "2031-10-09") in found
    assert not any(s == "mpx/dec/40/89" for _, s, _ in found)


@pytest.mark.parametrize("verb", ["Decides further to establish", "Decides also to establish", "Decides to establish"])
def test_decides_further_to_establish(verb: str, registry: BodyRegistry) -> None:
    text = BOARD_REPORT.format(label_a="A.   ", label_b="B.   ", closing="17 April 2031").replace(
        "1. Requests the secretariat of the Textile Commodities Board to publish the calendar;",
        f"1. {verb} an open-ended working group of the Board on fibre standards;\n\n"
        "2. Requests the working group to report to the Board at its sixty-third session;",
    )
    found = facts(text, registry, "establishes", "requests")
    established = {o for r, s, o in found if r == "establishes" and s == "tcb/dec/62/513"}
    assert len(established) == 1
    assert ("requests", "tcb/dec/62/513", next(iter(established))) in found
