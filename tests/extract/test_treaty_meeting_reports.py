"""What a treaty meeting's report tells of other gatherings (E242): two conferences "held in Geneva
on 13 and 14 November 2034, respectively" (one day each, `rules/held_respectively`), a session
"of the year" counted within a year (no ordinal of the body's series, `references`), and a list of
documents whose lines give a symbol then "Report of the Thirty-sixth Annual Conference …" (that
conference's report, `rules/document_records.listed_report`). Near misses: two days of one
gathering, a list of instruments whose numbers look like symbols, a body's report naming a session
at its end."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.held_respectively import held_respectively
from mandate_graph.loaders.facts import DateRange
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle
from tests.extract.test_numbered_within_gatherings import BODIES, FRAME

MORE = """
<body/e242-protocol-a> a mg:Body ; mg:key "e242-protocol-a" ;
    skos:prefLabel "Conference of the States Parties to Protocol A on Fishing Gear"@en ;
    skos:altLabel "Annual Conference of the States Parties to Protocol A on Fishing Gear"@en ;
    mg:shortName "Annual Conference" ; mg:symbolPrefix "CMD/P.A/CONF" ; mg:gatheringTerm "session" .
<body/e242-protocol-b> a mg:Body ; mg:key "e242-protocol-b" ;
    skos:prefLabel "Conference of the States Parties to Protocol B on Nets"@en ;
    mg:symbolPrefix "CMD/P.B/CONF" ; mg:gatheringTerm "session" .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES + MORE)


def facts(text: str, registry: BodyRegistry) -> set[tuple[str, str, str]]:
    extraction = extract(FRAME.format(s=text), source_key="doc", registry=registry)
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}


def days(*spans: tuple[int, int, int]) -> tuple[DateRange, ...]:
    return tuple(DateRange(dt.date(2034, m, d1), dt.date(2034, m, d2)) for d1, d2, m in spans)


@pytest.mark.parametrize(
    "clause, expected",
    [
        (", held in Geneva on 13 and 14 November 2034, respectively.", days((13, 13, 11), (14, 14, 11))),
        (", which were held in Vienna on 30 November and 1 December 2034 respectively.", (DateRange(dt.date(2034, 11, 30), dt.date(2034, 11, 30)), DateRange(dt.date(2034, 12, 1), dt.date(2034, 12, 1)))),
        (", held in Geneva from 3 to 5 May and from 9 to 11 October 2034, respectively.", days((3, 5, 5), (9, 11, 10))),
    ],
)
def test_two_days_told_respectively_are_one_each(clause: str, expected: tuple[DateRange, ...]) -> None:
    each = held_respectively(clause, 0, 2)
    assert each is not None and each.spans == expected


def test_two_days_of_one_gathering_or_of_three_stay_whole() -> None:
    assert held_respectively(", held in Geneva on 13 and 14 November 2034.", 0, 2) is None  # no "respectively"
    # three gatherings, two days: nothing told of each
    assert held_respectively(", held in Geneva on 13 and 14 November 2034, respectively.", 0, 3) is None


def test_two_conferences_a_day_each(registry: BodyRegistry) -> None:
    found = facts(
        "The Meeting took note of the reports of the Ninth Annual Conference of the States Parties to Protocol A on Fishing Gear "
        "and of the Fourth Conference of the States Parties to Protocol B on Nets, held in Geneva on 13 and 14 November 2034, respectively.",
        registry,
    )
    assert ("heldOn", "e242-protocol-a#9", "2034-11-13") in found
    assert ("heldOn", "e242-protocol-b#4", "2034-11-14") in found
    assert ("heldIn", "e242-protocol-b#4", "Geneva") in found
    assert not any(r == "heldOn" and o == "2034-11-13/2034-11-14" for r, _, o in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Panel adopted its report at the end of its second session of the year, in Geneva on 29 August 2034.",
        "The Panel held its first session of 2034 in Nairobi on 3 March 2034.",
    ],
)
def test_a_session_of_the_year_is_no_ordinal_of_the_series(sentence: str, registry: BodyRegistry) -> None:
    found = facts(sentence, registry)
    assert not any(s.startswith("e242-panel#") for _, s, _ in found)


def test_a_session_counted_in_the_series_still_is(registry: BodyRegistry) -> None:
    found = facts("The Panel held its second session in Geneva on 29 August 2034.", registry)
    assert ("heldIn", "e242-panel#2", "Geneva") in found


LIST = (
    "Documents of the Meeting\n\nCMD/MSP/2034/1 Provisional agenda\n\n"
    "CMD/P.A/CONF.9/4 Report of the Ninth Annual Conference of the States Parties to Protocol A on Fishing Gear\n\n"
    "CMD/P.B/CONF/2034/5 Report of the Fourth Conference of the States Parties to Protocol B on Nets\n\n"
    "CMD/MSP/2034/3 Report of the Marine Debris Support Unit\n"
)


def test_a_list_of_documents_lines_give_the_reports_of_gatherings(registry: BodyRegistry) -> None:
    found = facts(LIST, registry)
    assert ("reportOf", "CMD/P.A/CONF.9/4", "e242-protocol-a#9") in found
    assert ("reportOf", "CMD/P.B/CONF/2034/5", "e242-protocol-b#4") in found
    assert not any(r == "reportOf" and s == "CMD/MSP/2034/3" for r, s, _ in found)  # a body's report, no gathering


def test_a_body_report_naming_a_session_at_its_end_is_not_read(registry: BodyRegistry) -> None:
    line = "Related documents\n\nCMD/MSP/2034/8 Report of the Marine Debris Support Unit established by decision 3, fifth session\n"
    found = facts(line, registry)
    assert not any(r == "reportOf" and s == "CMD/MSP/2034/8" for r, s, _ in found)


def test_a_gathering_is_no_report_of_itself_in_prose(registry: BodyRegistry) -> None:
    # the line's shape only in a list: a sentence naming a symbol then a report's title is prose
    found = facts("CMD/P.A/CONF.9/4 Report of the Ninth Annual Conference was circulated late, the Meeting noted.", registry)
    assert not any(r == "reportOf" and s == "CMD/P.A/CONF.9/4" for r, s, _ in found)
