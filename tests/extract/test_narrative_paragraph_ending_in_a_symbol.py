"""A paragraph of a narrative that ends with a symbol in brackets is no document listed when a later
sentence of it tells what a body did ("On Tuesday, the Chair opened the session. … The Commission
adopted the provisional agenda (X) and the report of its twelfth session (Y)."), as when its first
sentence does: the report is the session's (report_of). A list's entry stays an entry. Invented
bodies (tests/data/phrasing.ttl)."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.segment import _is_listing
from tests.extract.phrasing import NOTE, facts


@pytest.mark.parametrize(
    "opening",
    [
        "On Tuesday, 3 March, the Chair opened the session. Representatives of two agencies delivered statements.",
        "The session opened on 3 March 2032 in Lima.",
        "On Monday, the Executive Secretary welcomed the delegations; a minute of silence was observed.",
    ],
)
@pytest.mark.parametrize("verb", ["adopted", "approved", "took note of"])
def test_the_report_named_in_a_narrative_is_the_sessions(opening: str, verb: str) -> None:
    text = NOTE + (
        f"1. {opening} The Commission {verb} the provisional agenda (E/CN.21/2032/1) and the report of its"
        " twelfth session (E/CN.21/2031/9).\n"
    )
    assert ("E/CN.21/2031/9", "ccr#12") in facts(text, "reportOf")


@pytest.mark.parametrize(
    "opening",
    [
        "On Tuesday, 3 March, the Chair opened the session. Representatives of two agencies delivered statements.",
        "On Monday, the Executive Secretary welcomed the delegations and opened the session.",
        "Delegates met in Lima (Peru). The Bureau presented its proposals.",
    ],
)
@pytest.mark.parametrize("verb", ["adopted", "considered", "took note of", "welcomed"])
def test_a_later_sentence_telling_what_a_body_did_makes_it_a_narrative(opening: str, verb: str) -> None:
    paragraph = f"{opening} The Panel {verb} the provisional agenda (E/CN.21/2032/1) and the report of CCR-12 (E/CN.21/2031/9)."
    assert not _is_listing(paragraph)


@pytest.mark.parametrize(
    "entry",
    [
        "Report of the Executive Secretary on early warning (E/CN.21/2032/5)",
        "Note by the Secretariat. Coastal data (E/CN.21/2032/6)",
    ],
)
def test_a_list_entry_stays_an_entry(entry: str) -> None:
    assert _is_listing(entry)


def test_a_long_paragraph_of_several_sentences_is_prose_whatever_its_verbs() -> None:
    # a management response: present verbs of no auxiliary, several sentences, a symbol at the end;
    # it had been a list's entry, and the whole paragraph the title of "FC 198/9"
    paragraph = (
        "Management welcomes the evaluation, prepared pursuant to Council Resolution 2/180, and accepts"
        " recommendations 1 and 2. With regard to recommendation 1, Management notes that the Conference,"
        " in Resolution 12/2029, already requested the Director-General to mainstream anticipatory"
        " approaches across the Organization, and that the Finance Committee, at its 198th Session,"
        " examined the related budget proposals (FC 198/9)."
    )
    assert not _is_listing(paragraph)
    # a long entry of one sentence stays an entry
    assert _is_listing(
        "Report of the Executive Secretary on the implementation of the programme of work on early warning"
        " for coastal communities, covering the period from 1 January 2030 to 31 December 2031, including"
        " the financial statements of the trust funds administered by the secretariat and the status of"
        " contributions to them, as requested by the Commission at its twelfth session and in its decision"
        " on the budget for the biennium 2032-2033 (E/CN.21/2032/5)"
    )
