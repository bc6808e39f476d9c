"""A Yearbook's adoption day without its year: "On 14 December [meeting 52], the General Assembly
adopted resolution 77/12". The year is the one the instrument's number carries: a year-numbered
instrument's ("2022/15", "2641 (2022)"), or the year the Assembly's Nth regular session sat in that
month (it opens in September of 1945 + N). A body whose sessions say no year gives no day
(`relate.Reader.yearless_adoption_day`). Invented sentences in a Yearbook chapter's shape."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract

BASE = "https://w3id.org/mandate-graph/id/"
CHAPTER = "Chapter IV\n\nCoastal fisheries\n\nThe General Assembly continued to consider coastal fisheries.\n\n{s}\n"


@pytest.fixture(scope="module")
def registry():
    return load_registry(BASE)


def _days(sentence: str, registry) -> set[tuple[str, str, dt.date]]:
    e = extract(CHAPTER.format(s=sentence), source_key="chapter", registry=registry)
    return {(f.subject.issuer, f"{f.subject.session}/{f.subject.number}", f.object) for f in e.facts if f.relation == "adoptedOn"}


@pytest.mark.parametrize(
    "sentence, issuer, number, day",
    [
        ("On 14 December [meeting 52], the General Assembly adopted resolution 77/12 without vote.", "ga", "77/12", dt.date(2022, 12, 14)),
        ("On 3 March [meeting 70], the General Assembly, on the recommendation of the Second Committee, adopted resolution 77/250.",
         "ga", "77/250", dt.date(2023, 3, 3)),
        ("On 20 June [meeting 9012], the Security Council adopted resolution 2641 (2022).", "security-council", "2022/2641", dt.date(2022, 6, 20)),
        ("On 22 July [meeting 40], the Economic and Social Council adopted resolution 2022/15.", "ecosoc", "2022/15", dt.date(2022, 7, 22)),
    ],
)
def test_the_number_carries_the_year(sentence: str, issuer: str, number: str, day: dt.date, registry) -> None:
    assert (issuer, number, day) in _days(sentence, registry)


def test_a_body_whose_sessions_say_no_year_gives_no_day(registry) -> None:
    assert _days("On 14 December [meeting 52], the Human Rights Council adopted resolution 52/12.", registry) == set()


@pytest.mark.parametrize(
    "sentence, number, day",
    [
        ("By resolution 77/12 of 14 December, the Assembly requested the Secretary-General to report.", "77/12", dt.date(2022, 12, 14)),
        ("In resolution 77/250 of 3 March, the Assembly decided to convene a conference.", "77/250", dt.date(2023, 3, 3)),
    ],
)
def test_a_number_of_a_day_without_its_year(sentence: str, number: str, day: dt.date, registry) -> None:
    assert ("ga", number, day) in _days(sentence, registry)


def test_of_a_day_without_its_year_of_a_council_meeting_in_sessions(registry) -> None:
    assert _days("In resolution 52/12 of 4 April, the Human Rights Council requested a report.", registry) == set()
