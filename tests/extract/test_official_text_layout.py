"""The plain text an official-document system exports for a resolution: lines broken at a width,
no blank line between paragraphs, a masthead in two columns, preambular paragraphs whose last
line is full, and a page break (footnote rule, footnote, New York job number and barcode,
running header whose short title wraps onto a second line) in the middle of a sentence.

Invented texts, varied in body, numbers and wording, so that each rule is seen to read the
shape of the lines rather than one document.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.layout import is_page_number_line, opens_preamble, set_in_columns
from mandate_graph.loaders.extract.segment import segment
from tests.support.extraction import BASE, facts


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE)


@pytest.mark.parametrize("line", ["26-04417 (E)    130326", "31-10234", "26-04417                      3/4", "*2604417*"])
def test_new_york_job_numbers_are_page_furniture(line: str) -> None:
    assert is_page_number_line(line)


def test_a_line_in_two_columns_or_in_the_right_one_stands_apart() -> None:
    lines = [
        "United Nations                                              A/RES/83/12",
        "General Assembly                                        Distr.: General",
        "                                                          4 January 2029",
        "Eighty-third session",
        "Agenda item 70",
    ]
    assert set_in_columns(lines) == {0, 1, 2, 3}


def test_a_preambular_paragraph_opens_after_a_full_line_ending_in_a_comma() -> None:
    lines = [
        "Recalling its resolution 81/5 of 2 December 2026 on the safety of journalists and the issue of",
        "impunity, and all its other resolutions on the protection of journalists and media workers,",
        "Deeply concerned about the number of journalists killed in the exercise of their profession,",
        "Guided by the purposes and principles of the Charter of the United Nations, in particular the",
        "Beijing Declaration and Platform for Action, and recognizing the role of women journalists,",
    ]
    assert [i for i in range(1, len(lines)) if opens_preamble(lines[i - 1], lines[i])] == [2, 3]


def _resolution(body_line: str, session: str, number: str) -> str:
    width = 92
    return "\n".join(
        [
            "United Nations".ljust(width - len(f"A/RES/{session}/{number}")) + f"A/RES/{session}/{number}",
            "General Assembly".ljust(width - 15) + "Distr.: General",
            "3 January 2029".rjust(width),
            "Eighty-third session",
            "Agenda item 70",
            "",
            "Resolution adopted by the General Assembly on 18 December 2028",
            "",
            f"{session}/{number}. Safety of journalists and the question of impunity in armed",
            "conflict and other situations of violence",
            "",
            "The General Assembly,",
            "Recalling its resolution 81/5 of 2 December 2026, and all its other resolutions on the",
            "safety of journalists and media workers adopted over the past two decades and more,",
            "Noting with concern the number of attacks against journalists reported to the Secretary-",
            "General, and welcoming the report of the Secretary-General on the matter,1",
            f"  1. Requests the Secretary-General to submit to the General Assembly at its eighty-fifth",
            "session a report on the implementation of the present resolution;",
            f"  2. Invites the {body_line}",
            "_______________",
            "1 A/83/250.",
            "",
            "28-21907 (E)    030129",
            "*2821907*",
            "",
            f"\fA/RES/{session}/{number}     Safety of journalists and the question of impunity in armed",
            " " * (len(f"A/RES/{session}/{number}") + 5) + "conflict and other situations of violence",
            "",
            "and the Human Rights Council to consider the report at their next sessions;",
            "  3. Decides to remain seized of the matter.",
            "",
            "28-21907".ljust(width - 3) + "2/2",
        ]
    )


@pytest.mark.parametrize(
    ("body_line", "body", "session", "number"),
    [
        ("Commission on Crime Prevention and Criminal Justice", "ecosoc/ccpcj", "83", "12"),
        ("Commission on the Status of Women", "ecosoc/csw", "84", "201"),
    ],
)
def test_an_official_text_export_reads_like_the_resolution_it_is(
    registry: BodyRegistry, body_line: str, body: str, session: str, number: str
) -> None:
    text = _resolution(body_line, session, number)
    extraction = extract(text, source_key="test", registry=registry)
    assert extraction.document.ref.symbols == (f"A/RES/{session}/{number}",)
    assert extraction.document.author == "ga"
    own = InstrumentRef("ga", "resolution", session, number)
    assert (own, "Safety of journalists and the question of impunity in armed conflict and other situations of violence") in facts(text, registry, "title")
    assert (own, InstrumentRef("ga", "resolution", "81", "5")) in facts(text, registry, "cites")
    assert (own, BodyRef("secretary-general")) in facts(text, registry, "requests")
    # the sentence runs on across the page break: footnote, footer and running header left out
    assert {(own, BodyRef(body)), (own, BodyRef("hrc"))} <= facts(text, registry, "invites")
    assert (GatheringRef("ga", "session", 85), BodyRef("ga")) in facts(text, registry, "meetingOf")
    paragraphs = [p.text for p in segment(clean(text))]
    assert "Noting with concern the number of attacks" in " ".join(paragraphs)
    assert any(p.startswith("Noting with concern") for p in paragraphs)
    assert not any("conflict and other situations of violence and the Human" in p for p in paragraphs)


@pytest.mark.parametrize(("session", "n"), [("Eightieth session", 80), ("Eighty-second session", 82)])
def test_a_session_beside_the_issue_date_is_not_held_that_day(registry: BodyRegistry, session: str, n: int) -> None:
    text = "\n".join(
        [
            "United Nations".ljust(65) + "A/C.3/80/SR.14",
            "General Assembly".ljust(65) + "Distr.: General",
            session.ljust(65) + "18 November 2025",
            "Official Records",
            "",
            "Third Committee",
            "Summary record of the 14th meeting",
            "",
            "1. Mr. Dahl (Norway) recalled that in its resolution 78/227 the General Assembly had requested the "
            "Secretary-General to report on the matter.",
        ]
    )
    extraction = extract(text, source_key="test", registry=registry)
    assert extraction.document.date == dt.date(2025, 11, 18)
    assert (GatheringRef("ga", "session", n), BodyRef("ga")) in facts(text, registry, "meetingOf")
    assert facts(text, registry, "heldOn") == set()


@pytest.mark.parametrize(("year", "number"), [("2027", "14"), ("2031", "205")])
def test_a_resolution_numbered_by_year_is_the_documents_own(registry: BodyRegistry, year: str, number: str) -> None:
    text = "\n".join(
        [
            "United Nations".ljust(70) + f"E/RES/{year}/{number}",
            "Economic and Social Council".ljust(70) + "Distr.: General",
            "",
            f"{year} session",
            "",
            f"Resolution adopted by the Economic and Social Council on 23 July {year}",
            "",
            f"{year}/{number}. Protection of cultural property against trafficking",
            "",
            "The Economic and Social Council,",
            "Recalling its resolution 2019/23 of 23 July 2019,",
            "  1. Requests the United Nations Office on Drugs and Crime to continue to assist Member States;",
            "  2. Invites the Commission on Crime Prevention and Criminal Justice to consider the matter.",
        ]
    )
    own = InstrumentRef("ecosoc", "resolution", year, number)
    assert (own, "Protection of cultural property against trafficking") in facts(text, registry, "title")
    assert (own, InstrumentRef("ecosoc", "resolution", "2019", "23")) in facts(text, registry, "cites")
    assert (own, BodyRef("unodc")) in facts(text, registry, "requests")
    assert (own, BodyRef("ecosoc/ccpcj")) in facts(text, registry, "invites")


def test_an_environment_assembly_resolution_is_read_with_the_shipped_reference_data(registry: BodyRegistry) -> None:
    text = "\n".join(
        [
            "UNEP/EA.8/Res.2".rjust(85),
            "United Nations Environment Assembly of the",
            "United Nations Environment Programme",
            "Eighth session",
            "Nairobi, 6–10 December 2027",
            "",
            "Resolution adopted by the United Nations Environment Assembly on 10 December 2027",
            "",
            "8/2. Marine litter and microplastics",
            "",
            "The United Nations Environment Assembly,",
            "Recalling its resolution 7/4 of 12 December 2025,",
            "  1. Invites the Human Rights Council to consider the matter at its sixty-fourth session.",
        ]
    )
    own = InstrumentRef("unea", "resolution", "8", "2")
    assert (own, GatheringRef("unea", "session", 8)) in facts(text, registry, "adoptedAt")
    assert (own, InstrumentRef("unea", "resolution", "7", "4")) in facts(text, registry, "cites")
    assert (own, BodyRef("hrc")) in facts(text, registry, "invites")
