"""The date of adoption and the title written after an instrument's number, in every numbering:

- after a number in a body's own convention, as after "resolution 7/1": "resolution 345 (XXXIV)
  of 17 December 2026 on technology for ...", "decision EC-126/DEC.2 of 9 July 2031";
- in brackets, as organizations outside the Secretariat cite their decisions: "C-33/DEC.7 (dated
  1 December 2028)", "resolution 12/4 (adopted on 3 May 2030)";
- an unquoted title ends where the sentence's passive verb begins ("... on the protection of
  civilians is referred to in ..."), and may follow where the instrument was adopted ("decision
  2029/6 of the Executive Board ..., adopted at its annual session 2029, on the strategic plan").

Invented numbers, bodies and sentences; negatives: a bracketed date that is not the adoption's
("(see annex, 3 May 2030)"), a bracket left open, a title whose words merely hold "is".
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract.references import body_matcher, find_references
from mandate_graph.loaders.extract.rules.titles import title_after
from tests.support.extraction import BASE, facts

_REFERENCE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/ecsa> a mg:Body ;
    mg:key "ecsa" ;
    skos:prefLabel "Economic Commission for the Southern Andes"@en ;
    mg:shortName "Commission" ;
    mg:symbolPrefix "E/ECSA" ;
    mg:gatheringTerm "session" ;
    mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{number} ({session})" ; mg:instrumentKind "resolution" ] .
<body/ibtw-council> a mg:Body ;
    mg:key "ibtw-council" ;
    skos:prefLabel "Council of the International Bureau of Tidal Waters"@en ;
    mg:shortName "Council" ;
    mg:symbolPrefix "TC" ;
    mg:gatheringTerm "session" ;
    mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "TC-{session}/DEC.{number}" ; mg:instrumentKind "decision" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("reference") / "numbers.ttl"
    path.write_text(_REFERENCE, encoding="utf-8")
    return load_registry(BASE, [path])


def _dated(text: str, registry: BodyRegistry) -> list[tuple[str, str, dt.date | None, str | None]]:
    refs = find_references(text, body_matcher(registry))
    return [
        (i.session, i.number, i.date.start if i.date else None, i.title) for i in refs.instruments
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Recalling its resolution 345 (XXXIV) of 17 December 2026 on technology for sustainable development,",
            ("34", "345", dt.date(2026, 12, 17), "technology for sustainable development"),
        ),
        ("Recalling also its resolution 71 (VI) of 2 May 1990,", ("6", "71", dt.date(1990, 5, 2), None)),
        (
            "By its decision TC-33/DEC.7 (dated 1 December 2028), entitled \"Tide gauge networks\", the Council",
            ("33", "7", dt.date(2028, 12, 1), "Tide gauge networks"),
        ),
        ("In accordance with decision TC-12/DEC.3 (dated 11 July 2029), by which", ("12", "3", dt.date(2029, 7, 11), None)),
        ("the Council adopted decision TC-126/DEC.2 (adopted on 9 July 2031), by which", ("126", "2", dt.date(2031, 7, 9), None)),
        ("the Council, in TC-40/DEC.1 of 3 March 2030 on sea-level data, decided", ("40", "1", dt.date(2030, 3, 3), "sea-level data")),
    ],
)
def test_a_date_and_title_after_a_number_in_a_convention(
    registry: BodyRegistry, text: str, expected: tuple[str, str, dt.date | None, str | None]
) -> None:
    assert expected in _dated(text, registry)


@pytest.mark.parametrize(
    "text",
    [
        "decision TC-33/DEC.7 (see annex, 3 May 2030) was",
        "decision TC-33/DEC.7 (dated 1 December 2028 and revised later",
        "resolution 345 (XXXIV) (as revised on 3 May 2030) was",
    ],
)
def test_a_bracket_that_is_no_date_of_adoption(registry: BodyRegistry, text: str) -> None:
    assert all(date is None for _, _, date, _ in _dated(text, registry))


@pytest.mark.parametrize(
    ("text", "adopted"),
    [
        ("Recalling its resolution 12/4 (adopted on 3 May 2030), ", dt.date(2030, 5, 3)),
        ("Recalling its resolution 12/4 (dated 3 May 2030), ", dt.date(2030, 5, 3)),
    ],
)
def test_a_bracketed_date_in_the_default_numbering(text: str, adopted: dt.date) -> None:
    refs = find_references(text, body_matcher(load_registry(BASE)))
    assert [(i.session, i.number, i.date.start if i.date else None) for i in refs.instruments] == [("12", "4", adopted)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("resolution 2026/18 on the protection of civilians in industrial accidents is referred to in several submissions",
         "the protection of civilians in industrial accidents"),
        ("resolution 31/2 on coastal erosion was adopted without a vote", "coastal erosion"),
        ("decision 9/4 on marine litter has been considered by the Board", "marine litter"),
        # where it was adopted, after its issuer, then the title
        ("decision 2029/6 of the Executive Board of the Entity, adopted at its annual session 2029, on the strategic plan of the Entity,",
         "the strategic plan of the Entity"),
        ("decision 12/3 of the Board, adopted at its second regular session, on the budget,", "the budget"),
        ("decision 12/3 of the Board, adopted on 3 May 2030, on the budget,", "the budget"),
        # "is" inside the title, no passive verb after it: the title runs on
        ("resolution 5/5 on ensuring that data is open and accessible", "ensuring that data is open and accessible"),
    ],
)
def test_an_unquoted_title_ends_at_the_passive_verb(text: str, title: str) -> None:
    number = re.search(r"\d+/\d+", text)
    assert number is not None
    found = title_after(text, number.end())
    assert found is not None and found.title == title


def test_a_session_after_adopted_at_is_no_title() -> None:
    text = "decision 12/3 of the Board, adopted at its second session on Monday"
    assert title_after(text, text.index(" of ")) is None
    assert title_after(text, text.index("12/3") + 4) is None


def test_the_facts_of_a_dated_decision(registry: BodyRegistry) -> None:
    text = (
        "TC-41/NOTE.2\n\nCouncil of the International Bureau of Tidal Waters\n\nForty-first Session\n\n"
        "Note by the Director-General\n\n"
        "1. By its decision TC-38/DEC.5 (dated 14 April 2029), the Council requested the Director-General to report.\n"
    )
    assert (InstrumentRef("ibtw-council", "decision", "38", "5"), dt.date(2029, 4, 14)) in facts(text, registry, "adoptedOn")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Recalling its resolution 11/3 of 21 October 2022, entitled “Coastal data for all”,", "Coastal data for all"),
        ("Recalling its resolution 11/3 of 21 October 2022, entitled \"Coastal data for all\",", "Coastal data for all"),
        ("Recalling its resolution 11/3 of 21 October 2022, entitled ‘Coastal data for all’,", "Coastal data for all"),
        # British drafting's straight single quotes, guillemets, TeX's quotes: the same title
        ("Recalling its resolution 11/3 of 21 October 2022, entitled 'Coastal data for all',", "Coastal data for all"),
        ("Recalling its resolution 11/3 of 21 October 2022, entitled « Coastal data for all »,", "Coastal data for all"),
        ("Recalling its resolution 11/3 of 21 October 2022, entitled ``Coastal data for all'',", "Coastal data for all"),
    ],
)
def test_a_title_reads_in_any_quotes(text: str, title: str) -> None:
    refs = find_references(text, body_matcher(load_registry(BASE)))
    assert [(i.number, i.title, i.date.start if i.date else None) for i in refs.instruments] == [("3", title, dt.date(2022, 10, 21))]


def test_an_apostrophe_is_no_closing_quote() -> None:
    refs = find_references("Recalling its resolution 11/3, entitled 'Parties' reports on coastal data',", body_matcher(load_registry(BASE)))
    assert [i.title for i in refs.instruments] in ([None], ["Parties' reports on coastal data"])


@pytest.mark.parametrize(
    ("written", "adopted"),
    [
        ("21 Oct. 2022", dt.date(2022, 10, 21)),
        ("21 Oct 2022", dt.date(2022, 10, 21)),
        ("3 Sept. 2025", dt.date(2025, 9, 3)),
        ("Oct. 21, 2022", dt.date(2022, 10, 21)),
    ],
)
def test_an_abbreviated_month_dates_the_instrument(written: str, adopted: dt.date) -> None:
    text = (
        "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,\n\n"
        f"Recalling its resolution 11/3 of {written}, entitled “Coastal data for all”,\n"
    )
    found = facts(text, load_registry(BASE), "adoptedOn")
    assert (InstrumentRef("cop-untoc", "resolution", "11", "3"), adopted) in found
