"""The date a cited instrument was adopted, wherever the drafter put it: after the issuer named
after the number ("resolution 55/25 of the General Assembly, of 15 November 2000") and in ISO form
("of 2019-12-20", "adopted on 2019-12-20"), as well as the usual "its resolution 8/2 of 20 December
2019"."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from tests.support.extraction import BASE, cop_report

REPORT = cop_report("16/2", "Ports and borders")
OWN = InstrumentRef("cop-untoc", "resolution", "16", "2")


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE)


def adopted_on(preamble: str, registry: BodyRegistry) -> dict[InstrumentRef, set[dt.date]]:
    """Each cited instrument's adoption days, and (under ``OWN``) what the resolution cites."""
    facts = extract(REPORT + preamble + "\n\n1. Requests the secretariat to report;\n", source_key="t", registry=registry).facts
    days: dict[InstrumentRef, set[dt.date]] = {}
    for f in facts:
        if f.relation == "adoptedOn":
            days.setdefault(f.subject, set()).add(f.object)  # type: ignore[arg-type]
        if f.relation == "cites" and f.subject == OWN:
            days.setdefault(f.object, set())  # type: ignore[arg-type]
    return days


GA = lambda n: InstrumentRef("ga", "resolution", "55", n)  # noqa: E731
ECOSOC = InstrumentRef("ecosoc", "resolution", "2004", "19")


@pytest.mark.parametrize(
    "preamble, cited, day",
    [
        ("Recalling resolution 55/25 of the General Assembly, of 15 November 2000,", GA("25"), dt.date(2000, 11, 15)),
        ("Recalling resolution 55/25 of the General Assembly of 15 November 2000, by which it adopted the Convention,", GA("25"), dt.date(2000, 11, 15)),
        ("Bearing in mind resolution 2004/19 of the Economic and Social Council, dated 21 July 2004,", ECOSOC, dt.date(2004, 7, 21)),
        ("Noting resolution 2004/19 of the Economic and Social Council of July 21, 2004 on the follow-up,", ECOSOC, dt.date(2004, 7, 21)),
        ("Recalling its resolution 8/2 of 2019-12-20,", InstrumentRef("cop-untoc", "resolution", "8", "2"), dt.date(2019, 12, 20)),
        ("Recalling also its resolution 7/3, adopted on 2017-11-10, on prevention,", InstrumentRef("cop-untoc", "resolution", "7", "3"), dt.date(2017, 11, 10)),
        ("Recalling General Assembly resolution 55/255 (dated 2001-05-31),", GA("255"), dt.date(2001, 5, 31)),
    ],
)
def test_a_cited_instrument_keeps_its_date_written_after_its_issuer_or_in_iso_form(
    preamble: str, cited: InstrumentRef, day: dt.date, registry: BodyRegistry
) -> None:
    days = adopted_on(preamble, registry)
    assert cited in days, f"{cited} not cited by {preamble!r}"
    assert days[cited] == {day}


@pytest.mark.parametrize(
    "preamble",
    [
        # a list: whose date it is is not said
        "Recalling resolutions 55/25 and 55/255 of the General Assembly of 15 November 2000,",
        # not a day: a month in figures past 12, a figure running on, a year alone
        "Recalling its resolution 8/2 of 2019-13-20,",
        "Recalling its resolution 8/2 of 2019-12-201,",
        "Recalling resolution 55/25 of the General Assembly of 2000,",
    ],
)
def test_no_date_where_the_text_gives_none_to_one_instrument(preamble: str, registry: BodyRegistry) -> None:
    days = adopted_on(preamble, registry)
    assert not any(days.values()), days


def test_an_iso_figure_in_running_text_is_no_adoption_date(registry: BodyRegistry) -> None:
    # Read only where grammar wants a date ("of", "dated", "adopted on" after a number): an ISO
    # figure elsewhere in the sentence gives nobody a date.
    days = adopted_on("Recalling its resolution 8/2, whose annex was revised 2019-12-20,", registry)
    assert days == {InstrumentRef("cop-untoc", "resolution", "8", "2"): set()}
