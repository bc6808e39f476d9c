"""Where meetings are held: any capitalised place in the slot, with or without a country,
before or after the dates; the masthead date line. Sentences written for the purpose."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import GatheringRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract.rules import places
from mandate_graph.loaders.facts import DateRange
from tests.support.extraction import facts, registry_with_uncac

BASE = "https://w3id.org/mandate-graph/id/"
COP = "cop-untoc"
WG_FA = "cop-untoc/wg-firearms"
COSP = "cosp-uncac"
WG_AR = "cosp-uncac/wg-asset-recovery"


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return registry_with_uncac()


COSP_NOTE = (
    "Conference of the States Parties to the United Nations Convention against Corruption\n\n"
    "Distr.: General\n2 February 2030\n\nOriginal: English\n\nNinth session\n\nNairobi, 3–7 June 2030\n\n"
    "Note by the Secretariat\n\n"
)


def meeting(body: str, n: int) -> GatheringRef:
    return GatheringRef(body, "meeting", n)


def session(body: str, n: int) -> GatheringRef:
    return GatheringRef(body, "session", n)


# --------------------------------------------------------------------------- the pure rules


@pytest.mark.parametrize(
    "before, place",
    [
        ("the meetings of the Group, held in Vienna, ", "Vienna"),
        ("the session, which took place in Addis Ababa ", "Addis Ababa"),
        ("the session held in Rio de Janeiro, Brazil, ", "Rio de Janeiro"),
        ("the sessions, convened in Marrakech, Morocco, ", "Marrakech"),
        ("the meetings held back-to-back in Panama City ", "Panama City"),
        ("the meetings held ", None),
    ],
)
def test_a_place_before_the_dates_is_any_capitalised_name(before: str, place: str | None) -> None:
    found = places.held_before_dates(before + "from 2 to 4 May 2030")
    assert [m["place"] for m in found] == [place]


@pytest.mark.parametrize(
    "after, expected",
    [
        (", also in Bonn.", ("Bonn", False)),
        (", both in Doha.", ("Doha", True)),
        (" and all in New York.", None),  # "and" joins another clause
        (" in Geneva", ("Geneva", False)),
        (" in accordance with resolution 3/1", None),
        (", in May", None),
    ],
)
def test_a_place_after_the_dates(after: str, expected: tuple[str, bool] | None) -> None:
    assert places.place_after("held from 1 to 3 May 2030" + after, len("held from 1 to 3 May 2030")) == expected


def test_a_date_line_names_place_and_dates() -> None:
    m = places.DATE_LINE.search("Working Group on Firearms Bangkok, 10–14 March 2031")
    assert m is not None and m["dates"] == "10–14 March 2031"


# --------------------------------------------------------------------------- in documents


def test_both_in_after_two_meetings_places_both(registry: BodyRegistry) -> None:
    text = COSP_NOTE + (
        "1. The Working Group on Asset Recovery held its fourth meeting from 2 to 4 May 2029 and its fifth "
        "meeting on 8 and 9 April 2030, both in Bonn."
    )
    assert facts(text, registry, "heldIn") >= {(meeting(WG_AR, 4), "Bonn"), (meeting(WG_AR, 5), "Bonn")}


def test_a_country_after_the_city_is_read_past(registry: BodyRegistry) -> None:
    text = COSP_NOTE + (
        "1. The present note reports on the work done since the eighth session of the Conference, which "
        "took place in Marrakech, Morocco, from 24 to 28 October 2027."
    )
    assert (session(COSP, 8), "Marrakech") in facts(text, registry, "heldIn")
    assert (session(COSP, 8), DateRange(dt.date(2027, 10, 24), dt.date(2027, 10, 28))) in facts(text, registry, "heldOn")


def test_also_in_after_a_scheduled_meeting(registry: BodyRegistry) -> None:
    text = COSP_NOTE + (
        "1. The sixth meeting of the Working Group on Asset Recovery is scheduled to be held from 1 to 3 "
        "September 2030, also in Nairobi."
    )
    assert (meeting(WG_AR, 6), "Nairobi") in facts(text, registry, "heldIn")


def test_meetings_named_by_their_dates_get_the_place_of_a_heading(registry: BodyRegistry) -> None:
    text = COSP_NOTE + (
        "Reports on the meetings of the Working Group on Asset Recovery held in Panama City on 2 and 3 May 2029 "
        "and from 7 to 9 April 2030\n\n"
        "1. The Working Group held its fourth meeting on 2 and 3 May 2029 and its fifth meeting from 7 to 9 "
        "April 2030."
    )
    assert facts(text, registry, "heldIn") >= {
        (meeting(WG_AR, 4), "Panama City"),
        (meeting(WG_AR, 5), "Panama City"),
    }


def test_dates_that_match_no_meeting_place_nothing(registry: BodyRegistry) -> None:
    text = COSP_NOTE + (
        "Reports on the meetings of the Working Group on Asset Recovery held in Lima on 2 and 3 May 2029\n\n"
        "1. The Working Group held its fourth meeting from 7 to 9 April 2030."
    )
    assert (meeting(WG_AR, 4), "Lima") not in facts(text, registry, "heldIn")


def test_a_month_is_no_place(registry: BodyRegistry) -> None:
    text = COSP_NOTE + "1. The Working Group on Asset Recovery held its fourth meeting in May, on 2 and 3 May 2029."
    assert not {o for s, o in facts(text, registry, "heldIn") if s == meeting(WG_AR, 4)}


def test_a_date_line_run_into_the_body_name_names_the_meeting(registry: BodyRegistry) -> None:
    text = (
        "Conference of the Parties to the\nUnited Nations Convention against\nTransnational Organized Crime\n"
        "Working Group on Firearms\nBangkok, 10–14 March 2031\n\nAnnotated provisional agenda\n\n"
        "The ninth meeting of the Working Group on Firearms will be opened on Monday, 10 March 2031, at 10 a.m.\n"
    )
    assert (meeting(WG_FA, 9), "Bangkok") in facts(text, registry, "heldIn")
    assert (meeting(WG_FA, 9), DateRange(dt.date(2031, 3, 10), dt.date(2031, 3, 14))) in facts(text, registry, "heldOn")


def test_a_heading_wrapped_in_two_is_read_as_one(registry: BodyRegistry) -> None:
    text = COSP_NOTE + (
        "Reports on the meetings of the Working Group on Asset Recovery held in\n\n"
        "Cartagena on 2 and 3 May 2029 and from 7 to 9 April 2030\n\n"
        "1. The Working Group held its fourth meeting on 2 and 3 May 2029 and its fifth meeting from 7 to 9 "
        "April 2030."
    )
    assert facts(text, registry, "heldIn") >= {
        (meeting(WG_AR, 4), "Cartagena"),
        (meeting(WG_AR, 5), "Cartagena"),
    }


def test_a_session_that_would_take_place(registry: BodyRegistry) -> None:
    text = COSP_NOTE + "1. The Conference decided that its tenth session would take place from 6 to 10 December 2032."
    assert (session(COSP, 10), DateRange(dt.date(2032, 12, 6), dt.date(2032, 12, 10))) in facts(text, registry, "heldOn")


@pytest.mark.parametrize("after", [" in Conference Room 3.", " in English only.", " in Board Room B."])
def test_rooms_and_languages_are_no_places(after: str) -> None:
    assert places.place_after("held on 2 May 2030" + after, len("held on 2 May 2030")) is None


def test_a_place_without_dates(registry: BodyRegistry) -> None:
    text = COSP_NOTE + "1. The Conference, at its seventh session, held in Addis Ababa, adopted the declaration."
    assert (session(COSP, 7), "Addis Ababa") in facts(text, registry, "heldIn")


@pytest.mark.parametrize(
    "sentence",
    [
        "The fourth and fifth meetings of the Working Group on Asset Recovery were held in Lima on 2 and 3 May "
        "2029 and on 8 and 9 April 2030.",
        "The Working Group on Asset Recovery held its fourth and fifth meetings in Lima on 2 and 3 May 2029 and "
        "on 8 and 9 April 2030.",
        "The Working Group on Asset Recovery held its fourth meeting on 2 and 3 May 2029 and its fifth meeting "
        "on 8 and 9 April 2030, both in Lima.",
    ],
)
def test_two_meetings_two_dates_one_place(sentence: str, registry: BodyRegistry) -> None:
    text = COSP_NOTE + "1. " + sentence
    assert facts(text, registry, "heldIn") >= {(meeting(WG_AR, 4), "Lima"), (meeting(WG_AR, 5), "Lima")}
    assert facts(text, registry, "heldOn") >= {
        (meeting(WG_AR, 4), DateRange(dt.date(2029, 5, 2), dt.date(2029, 5, 3))),
        (meeting(WG_AR, 5), DateRange(dt.date(2030, 4, 8), dt.date(2030, 4, 9))),
    }


def test_a_session_to_be_held_in_a_month(registry: BodyRegistry) -> None:
    text = COSP_NOTE + (
        "1. The Group is to report to the Conference at its tenth session, to be held in Kuala Lumpur in "
        "December 2032."
    )
    assert (session(COSP, 10), "Kuala Lumpur") in facts(text, registry, "heldIn")


@pytest.mark.parametrize("city", ["Bogotá", "Rio de Janeiro", "Sharm el-Sheikh", "Panama City"])
def test_the_masthead_date_line_names_any_city(city: str, registry: BodyRegistry) -> None:
    text = (
        "Conference of the States Parties to the United Nations Convention against Corruption\n\n"
        "Distr.: General\n2 February 2030\n\nOriginal: English\n\nNinth session\n\n"
        f"{city}, 3–7 June 2030\n\nNote by the Secretariat\n\n1. The Conference will meet.\n"
    )
    assert facts(text, registry, "heldIn") == {(session(COSP, 9), city)}
    assert facts(text, registry, "heldOn") == {(session(COSP, 9), DateRange(dt.date(2030, 6, 3), dt.date(2030, 6, 7)))}


def test_a_meeting_to_be_held_back_to_back(registry: BodyRegistry) -> None:
    text = COSP_NOTE + (
        "1. The Bureau approved the dates of the sixth meeting of the Working Group on Asset Recovery, to be "
        "held from 2 to 4 July 2030, also in Nairobi."
    )
    assert (meeting(WG_AR, 6), DateRange(dt.date(2030, 7, 2), dt.date(2030, 7, 4))) in facts(text, registry, "heldOn")
    assert (meeting(WG_AR, 6), "Nairobi") in facts(text, registry, "heldIn")


def test_held_its_meeting_in_a_city(registry: BodyRegistry) -> None:
    text = COSP_NOTE + (
        "1. The Working Group on Asset Recovery held its fifth meeting in Bonn and adopted recommendations. "
        "It discussed its sixth meeting in Vienna."
    )
    found = facts(text, registry, "heldIn")
    assert (meeting(WG_AR, 5), "Bonn") in found
    assert (meeting(WG_AR, 6), "Vienna") not in found


@pytest.mark.parametrize("between", [" (CAC/COSP/2027/14),[3]", " (CAC/COSP/2027/14)", ",[3]"])
def test_a_report_symbol_and_a_footnote_before_held_are_read_past(registry: BodyRegistry, between: str) -> None:
    text = COSP_NOTE + (
        f"1. The Conference took note of the report on its eighth session{between} held in Marrakech from 24 to "
        "28 October 2027."
    )
    assert (session(COSP, 8), "Marrakech") in facts(text, registry, "heldIn")
    assert (session(COSP, 8), DateRange(dt.date(2027, 10, 24), dt.date(2027, 10, 28))) in facts(text, registry, "heldOn")


def test_a_bracketed_aside_in_lower_case_is_not_read_past(registry: BodyRegistry) -> None:
    text = COSP_NOTE + "1. At its eighth session (the last one held in Marrakech on 24 October 2027), it met."
    assert (session(COSP, 8), "Marrakech") not in facts(text, registry, "heldIn")
