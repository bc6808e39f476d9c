"""Titles given after an instrument's number ("resolution 7/1, on ...", "entitled ..."),
shared by the instruments of a list, and a long title printed under "Resolution 11/3"."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.references import find_instruments
from mandate_graph.loaders.extract.rules.titles import title_after

BASE = "https://w3id.org/mandate-graph/id/"


@pytest.mark.parametrize(
    "text, title",
    [
        ("In its resolution 8/4, on ports and harbours, the Assembly requested", "ports and harbours"),
        ("decision 2/9 of the Conference of the Parties, on marine litter, an expert group was", "marine litter"),
        (
            "resolution 3/7, on the protection of migrants by Land, Sea and Air, supplementing the Convention, to advise",
            "the protection of migrants by Land, Sea and Air, supplementing the Convention",
        ),
        ("resolution 4/1, on arms, their parts and ammunition, in which it decided", "arms, their parts and ammunition"),
        ("the Council in resolution 21/6, on forest crime.", "forest crime"),
        ("through its resolution 7/7 on cyber fraud and extortion, called upon", "cyber fraud and extortion"),
        ("resolution 9/9, on wildlife crime; and", "wildlife crime"),
        (
            "Recalling its resolution 41/3 of 2 July 2019, on the right to water, and recognizing that droughts",
            "the right to water",
        ),
        ("decision 6/2, on marine litter, and also stressing the role of", "marine litter"),
        # the next instrument named with its issuer ends the title
        (
            "Taking note of Ocean Council resolution 12/4 on tidal data and coastal risk, and of United Nations "
            "General Assembly resolution 84/17 of 2 May 2031,",
            "tidal data and coastal risk",
        ),
        ("resolution 12/4 on reefs and fisheries, and the Tidal Council decision 3/9,", "reefs and fisheries"),
        (
            "Recalling resolution 12/4 on tidal data and previous resolutions on this subject, including 11/2,",
            "tidal data",
        ),
        # capitalised words that name no instrument stay in the title
        ("resolution 12/4 on the Law of the Sea and Ocean Governance, in which it", "the Law of the Sea and Ocean Governance"),
        # the year of adoption in brackets between the number and the title
        ("Noting General Assembly resolution 78/3 (2023), on the political declaration on pandemics;",
         "the political declaration on pandemics"),
        ("resolution 70/291 (2016) on the Global Counter-Terrorism Strategy review, and recalling", "the Global Counter-Terrorism Strategy review"),
        ("resolution 74/2 (2019), entitled “Political declaration of the high-level meeting”, and", "Political declaration of the high-level meeting"),
    ],
)
def test_title_after_the_number(text: str, title: str) -> None:
    mention = find_instruments(text)[0]
    assert mention.title == title


@pytest.mark.parametrize(
    "text",
    [
        "resolution 8/4, on which the report is based",
        "resolution 8/4 on behalf of the Group",
        "resolution 8/4, on 3 May",
        "resolution 8/4 of 12 May 2020, the Conference",
    ],
)
def test_no_title(text: str) -> None:
    assert find_instruments(text)[0].title is None


def test_title_stops_at_the_next_instrument() -> None:
    found = find_instruments("decision 3/2, on fisheries, and resolution 4/4, on ports, the Conference")
    assert [m.title for m in found] == ["fisheries", "ports"]
    assert title_after("resolution 1/1", len("resolution 1/1")) is None


def test_a_title_after_a_list_is_every_instruments() -> None:
    text = (
        "Recalling its resolutions 4/2 of 2 May 2010 and 9/3 of 6 May 2018 and its decisions 1/3 of 3 May 2005 "
        "and 2/3 of 4 May 2006 on the protection of coral reefs,"
    )
    found = find_instruments(text)
    assert [(m.session, m.number) for m in found] == [("4", "2"), ("9", "3"), ("1", "3"), ("2", "3")]
    assert {m.title for m in found} == {"the protection of coral reefs"}
    entitled = find_instruments('General Assembly resolutions 61/10 of 1 May 2006 and 63/5 of 1 May 2008, entitled "Oceans", and')
    assert [m.title for m in entitled] == ["Oceans", "Oceans"]


def test_body_names_inside_a_title_are_no_references() -> None:
    registry = load_registry(BASE)
    text = (
        "Conference of the Parties to the United Nations Convention against Transnational Organized Crime\n\n"
        "Distr.: General\n3 March 2033\n\nNote by the Secretariat\n\n"
        "2. In its resolution 14/2, on the work of the Working Group on Firearms, the Conference requested "
        "the secretariat to report.\n"
    )
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="t", registry=registry).facts}
    r = InstrumentRef("cop-untoc", "resolution", "14", "2")
    assert (r, "title", "the work of the Working Group on Firearms") in facts
    assert {o.key for s, p, o in facts if s == r and p == "requests"} == {"unodc/secretariat"}


def test_long_title_printed_as_a_line_under_the_heading() -> None:
    registry = load_registry(BASE)
    title = "Outcomes of the discussion of the Working Group on Firearms on " + "the marking of weapons " * 8
    text = (
        "United Nations CTOC/COP/2033/4\n\nDistr.: General 2 November 2033\n\n"
        "Report of the Conference of the Parties to the United Nations Convention against Transnational "
        "Organized Crime on its sixteenth session, held in Vienna from 3 to 7 October 2033\n\n"
        "I. Resolutions and decisions adopted by the Conference\n\n"
        f"Resolution 16/5\n\n{title.strip()}\n\n"
        "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,\n\n"
        "1. Requests the secretariat to report;\n"
    )
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="t", registry=registry).facts}
    assert (InstrumentRef("cop-untoc", "resolution", "16", "5"), "title", title.strip()) in facts


@pytest.mark.parametrize(
    "text", ["decided in resolution 8/4 on its own initiative", "resolution 8/4 on an annual basis", "resolution 8/4 on time"]
)
def test_phrases_after_on_that_are_no_titles(text: str) -> None:
    assert find_instruments(text)[0].title is None


@pytest.mark.parametrize(
    "text",
    [
        "resolutions 5/1, on institution-building of the Council, and 5/2, on the code of conduct",
        "decisions 12/4, on institution-building of the Council and 12/7, on the code of conduct",
        "resolutions S-3/1, on institution-building of the Council, or S-3/2, on the code",
    ],
)
def test_title_stops_at_the_bare_number_of_the_next_in_the_list(text: str) -> None:
    first_number_end = text.index(",")
    title = title_after(text, first_number_end)
    assert title is not None and title.title == "institution-building of the Council"


@pytest.mark.parametrize(
    "text, title",
    [
        ("Recalls its decision 2025/12 on the Strategic Plan, 2026–2029, and General Assembly resolution 79/226 on the review;",
         "the Strategic Plan, 2026–2029"),
        ("Recalling its resolution 11/3 on ports and borders and Economic and Social Council resolution 2026/15,",
         "ports and borders"),
        ("Recalling its resolution 11/3 on ports, and the Human Rights Council resolution 59/14,",
         "ports"),
    ],
)
def test_a_title_ends_before_another_bodys_instrument(text: str, title: str) -> None:
    """"on <title>, and General Assembly resolution 79/226": the body's name opens the next
    reference (whose issuer it names), it is no part of the title."""
    number_end = text.index(" on ")
    found = title_after(text, number_end)
    assert found is not None and found.title == title


@pytest.mark.parametrize(
    "text, title",
    [
        ("Resolution Conf. 16.7 (Rev. CoP20), on Non-detriment findings, adopted at", "Non-detriment findings"),
        ("Resolution Conf. 10.4 (Rev. CoP19) on Cooperation and synergy with the Convention;",
         "Cooperation and synergy with the Convention"),
        ("decision 7/1 (Corr.1), on the review mechanism;", "the review mechanism"),
    ],
)
def test_a_title_after_a_revision_mark_or_capitalised(text: str, title: str) -> None:
    number_end = text.index(" (") if " (" in text else text.index(" on ")
    found = title_after(text, number_end)
    assert found is not None and found.title == title


@pytest.mark.parametrize(
    "text, title",
    [
        ("Resolution 37 of the World Telecommunication Development Conference (WTDC), on bridging the digital divide;",
         "bridging the digital divide"),
        ("Resolution 12 of the Plenary Assembly of the Maritime Radio Union (PA-MRU) on distress frequencies;",
         "distress frequencies"),
        ("decision 4/2 of the Conference of the Parties to the Convention on Dry Gardens (COP), on seed banks,", "seed banks"),
    ],
)
def test_a_title_after_the_issuers_abbreviation(text: str, title: str) -> None:
    """The issuer named after the number, its abbreviation in brackets, then "on": the title (E164)."""
    found = title_after(text, text.index(" of "))
    assert found is not None and found.title == title


@pytest.mark.parametrize("text", ["resolution 7/1 on Monday the Conference", "decision 7/1 on May 3", "resolution 7/1 on Behalf"])
def test_no_title_on_a_day_or_month(text: str) -> None:
    assert title_after(text, text.index(" on ")) is None
