"""Citations: ranges of instruments, footnotes of an instrument's text, annexed recommendations
the instrument endorses, and citations a report says an instrument made."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.references import find_instruments
from tests.support.extraction import COP_NOTE, cop_report

BASE = "https://w3id.org/mandate-graph/id/"
COP = "cop-untoc"
REPORT = cop_report("16/2", "Ports and borders")
NOTE = COP_NOTE
OWN = InstrumentRef(COP, "resolution", "16", "2")


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE)


def res(session: int | str, number: int, issuer: str = COP) -> InstrumentRef:
    return InstrumentRef(issuer, "resolution", str(session), str(number))


def cited(text: str, registry: BodyRegistry) -> set[tuple[InstrumentRef, InstrumentRef]]:
    e = extract(text, source_key="test", registry=registry)
    return {(f.subject, f.object) for f in e.facts if f.relation == "cites"}  # type: ignore[misc]


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("Recalling its resolutions 7/2 to 7/6 of 3 May 2015,", ["2", "3", "4", "5", "6"]),
        ("decisions 12/1–12/3 and 12/9", ["1", "2", "3", "9"]),
        ("resolutions 4/4 to 4/5", ["4", "5"]),
    ],
)
def test_ranges_are_every_instrument_between(text: str, numbers: list[str]) -> None:
    assert [m.number for m in find_instruments(text)] == numbers


def test_a_range_shares_its_date_and_a_broken_range_is_not_one() -> None:
    found = find_instruments("Recalling its resolutions 7/2 to 7/4 of 3 May 2015,")
    assert {m.date.start for m in found if m.date} == {dt.date(2015, 5, 3)} and all(m.date for m in found)
    assert [m.number for m in find_instruments("resolutions 7/6 to 7/2")] == ["6"]  # descending: no range
    assert [m.session for m in find_instruments("resolutions 7/2 to 8/4")] == ["7"]  # two sessions: no range


def test_a_range_in_a_preamble_is_cited_whole(registry: BodyRegistry) -> None:
    found = cited(REPORT + "Recalling its resolutions 9/3 to 9/5 of 22 October 2018,\n\n1. Requests the secretariat to report;\n", registry)
    assert found == {(OWN, res(9, 3)), (OWN, res(9, 4)), (OWN, res(9, 5))}


def test_footnotes_of_an_instrument_are_its_citations(registry: BodyRegistry) -> None:
    text = (
        REPORT
        + "Recalling the Sustainable Development Goals,<sup>3</sup>\n\n"
        "<sup>3</sup> General Assembly resolution 71/9, annex.\n\n"
        "1. Requests the secretariat to report;\n\n"
        "II. Organizational matters\n\n"
        "5. The session was opened on 3 October 2033.<sup>4</sup>\n\n"
        "<sup>4</sup> See General Assembly resolution 72/8.\n"
    )
    found = cited(text, registry)
    assert (OWN, res(71, 9, "ga")) in found
    assert not any(o == res(72, 8, "ga") for _, o in found)  # the report's footnote, not the resolution's


def test_annexed_recommendations_cite_for_the_instrument_that_endorses_them(registry: BodyRegistry) -> None:
    annex = (
        "1. Endorses the recommendations adopted by the Working Group on Firearms at its tenth meeting, "
        "which are set out in the annex to the present resolution;\n\n"
        "Annex\n\n"
        "(a) States parties are encouraged to apply the guidelines annexed to Conference resolution 12/4;\n"
    )
    assert (OWN, res(12, 4)) in cited(REPORT + annex, registry)
    not_annexed = annex.replace(", which are set out in the annex to the present resolution", "")
    assert (OWN, res(12, 4)) not in cited(REPORT + not_annexed, registry)


@pytest.mark.parametrize(
    "sentence, expected, absent",
    [
        (
            "3. In its resolution 14/5, the Conference, recalling the declaration adopted by the Assembly "
            "(resolution 13/9, annex), requested the secretariat to report.",
            (res(14, 5), res(13, 9, "ga")), None,
        ),
        (
            "3. In the same resolution, the Conference decided to apply the rules contained in resolution 12/1.",
            None, None,
        ),
        (
            "3. In its resolution 15/3, the Conference decided to start the review in accordance with the "
            "workplan contained in resolution 12/1.",
            (res(15, 3), res(12, 1)), None,
        ),
        (
            "3. Pursuant to resolution 15/3, the secretariat prepared the note in accordance with resolution 12/1.",
            None, (res(15, 3), res(12, 1)),
        ),
        (
            "3. In accordance with resolution 15/3, the secretariat prepared the note pursuant to resolution 12/1.",
            None, (res(15, 3), res(12, 1)),
        ),
    ],
)
def test_citations_a_report_attributes_to_an_instrument(sentence, expected, absent, registry: BodyRegistry) -> None:
    found = cited(NOTE + sentence + "\n", registry)
    if expected:
        assert expected in found
    if absent:
        assert absent not in found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("as set out in decision 10/2, paragraph 4, the Conference decided", [("decision", "10", "2")]),
        ("paragraph 4 of decision 10/2 and annex II to resolution 9/1", [("decision", "10", "2"), ("resolution", "9", "1")]),
        ("resolutions 5/1, 5/2 and 6/3, and decision 2/1", [("resolution", "5", "1"), ("resolution", "5", "2"), ("resolution", "6", "3"), ("decision", "2", "1")]),
    ],
)
def test_paragraphs_and_lists_name_the_instruments_themselves(text: str, expected) -> None:
    found = find_instruments(text)
    assert [(m.kind, m.session, m.number) for m in found] == expected
    assert all(m.title is None for m in found)


@pytest.mark.parametrize(
    ("text", "titles", "date"),
    [
        (
            "Recalling its resolutions 12/3, on the protection of witnesses in criminal proceedings, "
            "and 12/7, on asset recovery, of 4 May 2019, and stressing the role of States,",
            ["the protection of witnesses in criminal proceedings", "asset recovery"],
            dt.date(2019, 5, 4),
        ),
        (
            "Bearing in mind decisions 8/1, on trafficking in cultural property,\n"
            "8/2, on the review mechanism, and 8/4, on technical assistance, of 30 November 2024,",
            ["trafficking in cultural property", "the review mechanism", "technical assistance"],
            dt.date(2024, 11, 30),
        ),
    ],
)
def test_a_bare_number_after_a_title_goes_on_the_list_and_shares_its_date(
    text: str, titles: list[str], date: dt.date
) -> None:
    found = find_instruments(text)
    assert [m.title for m in found] == titles
    assert all(m.date is not None and m.date.start == date for m in found)


def test_a_date_before_a_title_stays_its_own_and_a_new_keyword_starts_a_new_list() -> None:
    found = find_instruments(
        "Recalling resolution 3/1 of 2 March 2010, on corruption, and decision 4/2, on prisons, of 9 June 2012,"
    )
    assert [(m.session, m.number) for m in found] == [("3", "1"), ("4", "2")]
    assert found[0].date.start == dt.date(2010, 3, 2)  # type: ignore[union-attr]
    assert found[1].date.start == dt.date(2012, 6, 9)  # type: ignore[union-attr]
    assert found[1].title == "prisons"


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("At its 6th meeting, on 5 October 2033, the Conference decided to hold its seventeenth session in Vienna.", 5),
        (
            "At its fourth plenary meeting, on 6 October 2033, the Conference of the Parties to the\n"
            "United Nations Convention against Transnational Organized Crime adopted the following decision:\n\n"
            "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,\n\n"
            "1. Decides to hold its seventeenth session in Vienna.",
            6,
        ),
    ],
)
def test_a_decision_opening_with_the_meeting_that_took_it_is_adopted_that_day(
    opening: str, day: int, registry: BodyRegistry
) -> None:
    text = REPORT.replace("Resolution 16/2\n\nPorts and borders\n\nThe Conference of the Parties to the United Nations "
                          "Convention against Transnational Organized Crime,\n\n", "") + (
        "Decision 16/3\n\nVenue of the seventeenth session\n\n" + opening + "\n"
    )
    e = extract(text, source_key="test", registry=registry)
    adopted = {(f.subject, f.object) for f in e.facts if f.relation == "adoptedOn"}
    decision = InstrumentRef(COP, "decision", "16", "3")
    assert adopted == {(decision, dt.date(2033, 10, day))}


@pytest.mark.parametrize("session", ["fifteenth", "sixteenth"])
def test_a_decision_opening_with_the_session_that_adopted_it_is_adopted_there(
    session: str, registry: BodyRegistry
) -> None:
    body = REPORT.split("Resolution 16/2")[0].replace("1. At its sixteenth session, the Conference adopted "
                                                       "the following resolutions:\n\n", "")
    text = body + (
        "Decision 16/4\n\nVenue of the next session\n\n"
        f"At its 7th meeting, on 7 October 2033, the Conference, at its {session} session,\n"
        "adopted the following decision:\n\n"
        "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,\n\n"
        "1. Decides to hold its next session in Vienna.\n"
    )
    e = extract(text, source_key="test", registry=registry)
    decision = InstrumentRef(COP, "decision", "16", "4")
    adopted_at = {(f.subject, f.object.ordinal) for f in e.facts if f.relation == "adoptedAt"}  # type: ignore[union-attr]
    ordinal = {"fifteenth": 15, "sixteenth": 16}[session]
    assert adopted_at == {(decision, ordinal)}


@pytest.mark.parametrize(
    "announcement",
    [
        "2. The following decisions adopted by the Conference at its sixteenth session are brought to "
        "the attention of the General Assembly:",
        "3. The following resolution and decisions adopted by the Conference at its\nsixteenth session "
        "are brought to the attention of the Economic and Social Council:",
    ],
)
def test_texts_announced_as_adopted_at_a_session_are_adopted_there(announcement: str, registry: BodyRegistry) -> None:
    body = REPORT.split("1. At its sixteenth session")[0]
    text = body + announcement + (
        "\n\nDecision 16/5\n\nVenue of the next session\n\n"
        "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,\n\n"
        "1. Decides to hold its next session in Vienna.\n"
    )
    e = extract(text, source_key="test", registry=registry)
    adopted_at = {(f.subject, f.object.ordinal) for f in e.facts if f.relation == "adoptedAt"}  # type: ignore[union-attr]
    assert adopted_at == {(InstrumentRef(COP, "decision", "16", "5"), 16)}
