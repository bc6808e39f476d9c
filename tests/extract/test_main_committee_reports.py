"""E285: the report of a Main Committee of the General Assembly to the plenary. Under its masthead the
agenda item's title ("Agenda item 80" / "Report of the Commission … on the work of its eighty-fourth
session") stands over the document's own title ("Report of the Sixth Committee"): the item names the
report the Committee considered, not what the document reports on. And "the Committee" in its text is
that Committee, the body whose report the document is, not the General Committee that a user's data
calls "the Committee" and that the introduction names once (it recommended the item's inclusion)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract

from tests.extract.phrasing import BASE, stated

DATA = Path(__file__).resolve().parents[1] / "data"


@lru_cache(maxsize=1)
def registry() -> BodyRegistry:
    return load_registry(BASE, [DATA / "committees_of_the_assembly.ttl", DATA / "main_committee_reports.ttl"])


def report(committee: str, item_line: str, item_title: str, *paragraphs: str) -> str:
    numbered = "\n".join(f"{i}.\t{p}" for i, p in enumerate(paragraphs, start=1))
    return (
        f"United Nations\nA/88/512\nGeneral Assembly\nDistr.: General\n2 December 2033\nOriginal: English\n"
        f"Eighty-eighth session\n{item_line}\n{item_title}\nReport of the {committee}\n"
        f"Rapporteur:\tMs. Ana Ribeiro (Portugal)\nI.\tIntroduction\n{numbered}\n"
    )


def facts(text: str) -> set[tuple[str, str, str]]:
    return stated(extract(text, source_key="test", registry=registry()))


INCLUDED = (
    "At its 3rd plenary meeting, on 15 September 2033, the General Assembly, on the recommendation of the "
    "General Committee, decided to include in the agenda of its eighty-eighth session the item and to allocate "
    "it to the {c}."
)


def test_the_committee_of_a_main_committees_report_is_that_committee():
    cases = [
        ("Sixth Committee", "ga/sixth-committee", "Agenda item 80",
         "Report of the Commission on Maritime Boundaries on the work of its twenty-first session",
         "For its consideration of the item, the Committee had before it, at its 18th meeting, the report of the "
         "Commission on Maritime Boundaries on the work of its twenty-first session (A/88/10)."),
        ("Second Committee", "ga/second-committee", "Agenda item 19 (b)",
         "Report of the Commission on Maritime Boundaries on its twenty-first session",
         "At its 18th meeting, the Committee considered the following document: report of the Commission "
         "(A/88/10)."),
        ("Sixth Committee", "ga/sixth-committee", "Item 80 of the provisional agenda",
         "Report of the Commission on Maritime Boundaries on the work of its twenty-first session",
         "The Committee had before it, at its 18th meeting, a note by the Secretariat (A/88/10)."),
    ]
    for committee, key, item_line, item_title, sentence in cases:
        got = facts(report(committee, item_line, item_title, INCLUDED.format(c=committee), sentence))
        assert ("submittedTo", "A/88/10", f"{key}#18") in got, (committee, sentence)
        assert not any(o.startswith("ga/general-committee#") for _, _, o in got), got
        # the agenda item's title is not the document's: A/88/512 reports on no session of the Commission
        assert not any(r == "reportOf" and s == "A/88/512" for r, s, _ in got), got


def test_the_general_committee_named_in_the_paragraph_keeps_its_meeting():
    # near miss: the paragraph itself is about the General Committee, named in full
    text = report(
        "Sixth Committee", "Agenda item 80",
        "Report of the Commission on Maritime Boundaries on the work of its twenty-first session",
        "The General Committee met on 12 September 2033. At its 1st meeting, the Committee had before it a "
        "memorandum by the Secretary-General (A/BUR/88/1).",
    )
    assert ("submittedTo", "A/BUR/88/1", "ga/general-committee#1") in facts(text)


def test_a_session_report_titled_under_no_agenda_item_keeps_its_session():
    # near miss: the report's own title (no agenda item's line above it, no writer's title below)
    text = (
        "United Nations\nA/88/10\nGeneral Assembly\nDistr.: General\n2 August 2033\nOriginal: English\n"
        "Report of the Commission on Maritime Boundaries on the work of its twenty-first session\n"
        "1.\tThe Commission held its twenty-first session in New York from 2 to 20 May 2033.\n"
    )
    assert ("reportOf", "A/88/10", "ga/commission-on-maritime-boundaries#21") in facts(text)


def test_the_committee_inside_the_recommended_draft_is_not_the_reporter():
    # near miss: in the draft the report recommends, the Assembly speaks; "the Committee" names no Main
    # Committee there ("the Committee" of the General Committee's data stays the data's)
    text = report(
        "Sixth Committee", "Agenda item 80",
        "Report of the Commission on Maritime Boundaries on the work of its twenty-first session",
        INCLUDED.format(c="Sixth Committee"),
        "The Sixth Committee recommends to the General Assembly the adoption of the following draft resolution:",
    ) + "The General Assembly,\n1.\tRequests the Committee to meet at its 1st meeting of the eighty-ninth session;\n"
    got = facts(text)
    assert not any(r == "requests" and o == "ga/sixth-committee" for r, _, o in got), got
