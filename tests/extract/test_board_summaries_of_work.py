"""A fund's executive board's "summary of the work" of a session (E221, u270): the session named by
its place in a year ("First regular session" over "Rome, 3-5 February 2032", "the first regular
session of the Executive Board, 2032"), no session of a numbered series; and the annex of decisions
as antiword writes a Word table: the decision's number in one cell, its title, its text and the day
it was adopted (set right) as paragraphs of the cell beside it, wrapped inside the bars, the closing
bar a column off where the day overran its cell. Each paragraph of the cell is read as Word's own
text sets a compendium (u60): the number and title as the decision's heading, the text, the day
alone under it. Invented text and bodies (tests/data/boards_of_funds_e221.ttl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.loaders.extract.bar_tables import bar_table_export
from mandate_graph.loaders.extract.references import year_named_regular_sessions
from tests.extract.phrasing import extracted_with

FUNDS = Path(__file__).resolve().parents[1] / "data" / "boards_of_funds_e221.ttl"
extracted = extracted_with(FUNDS)


def facts(text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in extracted(text) if r == relation}


MASTHEAD = """[pic]

Executive Board

{session} session

Rome, 3-5 February 2032

|Distribution: General          |Agenda item 9                       |
|Date: 20 March 2032            |RRF/EB.1/2032/9                     |
|Original: English              |For information                     |

Summary of the work of the {lower} session of the Executive Board{year}

 1. The {lower} session of the Executive Board of the Rural Resilience Fund{year}, was held
    in Rome from 3 to 5 February 2032.

"""

ANNEX = """                                                                    ANNEX

Decisions adopted at the first regular session 2032

|2032/EB.1/2  |Water harvesting policy (2032-2036)                            |
|             |The Board approved the water harvesting policy (RRF/EB.1/2032/4)|
|             |and requested the Executive Director to report on its          |
|             |implementation at the annual session 2033.                     |
|             |                                                 4 February 2032|
|2032/EB.1/3  |Synthesis of evaluations of rural finance and the management   |
|             |response                                                       |
|             |The Board took note of the synthesis and requested the         |
|             |Evaluation Office to present an update at its second regular   |
|             |session 2033.                                                  |
|             |                                                 5 February 2032|
|2032/EB.1/4  |Working methods of the Board                                   |
|             |Recalling its decision 2029/EB.A/7, the Board decided that its |
|             |Bureau should meet monthly.                                    |
|             |                                                 5 February 2032|
"""


def summary(session: str = "First regular", year: str = ", 2032", annex: str = ANNEX) -> str:
    return MASTHEAD.format(session=session, lower=session.lower(), year=year) + annex


def test_antiwords_cell_of_paragraphs_is_set_out_as_words_text() -> None:
    exported = bar_table_export(ANNEX)
    assert exported is not None
    text, offsets = exported
    assert len(offsets) == len(text) + 1
    blocks = [b.strip() for b in text.split("\n\n")]
    assert "2032/EB.1/2\tWater harvesting policy (2032-2036)" in blocks
    # a title wrapped in its cell is one paragraph: "response" would not have fitted above
    assert "2032/EB.1/3\tSynthesis of evaluations of rural finance and the management response" in blocks
    assert "4 February 2032" in blocks and blocks.count("5 February 2032") == 2
    # "Recalling" would have fitted after the title: a paragraph of its own
    assert "2032/EB.1/4\tWorking methods of the Board" in blocks
    assert any(b.startswith("Recalling its decision 2029/EB.A/7, the Board decided") for b in blocks)


def test_each_decision_of_the_annex_gets_its_title_and_day() -> None:
    text = summary()
    assert facts(text, "title") >= {
        ("rrf/executive-board/dec/2032/2", "Water harvesting policy (2032-2036)"),
        ("rrf/executive-board/dec/2032/3", "Synthesis of evaluations of rural finance and the management response"),
        ("rrf/executive-board/dec/2032/4", "Working methods of the Board"),
    }
    assert facts(text, "adoptedOn") >= {
        ("rrf/executive-board/dec/2032/2", "2032-02-04"),
        ("rrf/executive-board/dec/2032/3", "2032-02-05"),
        ("rrf/executive-board/dec/2032/4", "2032-02-05"),
    }
    assert ("rrf/executive-board/dec/2032/2", "rrf/executive-director") in facts(text, "requests")
    assert ("rrf/executive-board/dec/2032/3", "rrf/evaluation-office") in facts(text, "requests")
    # the recital of a decision told in one sentence, past tense: the decision's own citation
    assert facts(text, "cites") == {("rrf/executive-board/dec/2032/4", "rrf/executive-board/dec/2029/7")}


def test_a_day_under_a_deadline_is_no_adoption() -> None:
    # near miss: a date line that is no paragraph of its own (it goes on from a clause's "by")
    annex = ANNEX.replace(
        "|             |implementation at the annual session 2033.                     |\n",
        "|             |implementation by                                              |\n"
        "|             |30 June 2033.                                                  |\n",
    )
    assert ("rrf/executive-board/dec/2032/2", "2033-06-30") not in facts(summary(annex=annex), "adoptedOn")


@pytest.mark.parametrize(
    ("session", "year"),
    [("First regular", ", 2032"), ("First regular", " 2032"), ("Second regular", ", 2032")],
    ids=["title-comma-year", "title-year", "second"],
)
def test_a_session_named_by_its_place_in_a_year_is_no_numbered_session(session: str, year: str) -> None:
    text = summary(session, year)
    assert not any(s.startswith("rrf/executive-board#") for s, _ in facts(text, "meetingOf"))
    assert not any(s.startswith("rrf/executive-board#") for s, _ in facts(text, "heldIn"))


def test_year_named_regular_sessions_in_any_spelling() -> None:
    assert year_named_regular_sessions("at its second regular session 2033 and the first regular session of 2034") == {1, 2}
    assert year_named_regular_sessions("The first regular session of the Executive Board, 2032, was held") == {1}
    # near misses: a numbered regular session, a year range after the body
    assert year_named_regular_sessions("at its fifty-ninth regular session, held in Geneva in 2032") == frozenset()
    assert year_named_regular_sessions("the first regular session of the Council, 2031-2032 biennium") == frozenset()


def test_a_numbered_regular_session_keeps_its_ordinal() -> None:
    # near miss: a council that numbers its regular sessions, its text naming no year-named one
    text = (
        "Executive Board\n\nFifty-ninth regular session\n\nRome, 3-5 February 2032\n\n"
        "RRF/EB.59/2032/9\n\n"
        "1. The Executive Board of the Rural Resilience Fund held its fifty-ninth regular session in Rome.\n"
    )
    assert ("rrf/executive-board#59", "rrf/executive-board") in facts(text, "meetingOf")


NOTED = (
    "{masthead}"
    " 2. Board members welcomed the policy and its alignment with General Assembly resolution\n"
    "    68/210 of 20 December 2013{mark}.\n\n"
    "____________________\n\n"
    "{note}\n"
)


@pytest.mark.parametrize(
    ("mark", "note"),
    [
        ("[1]", '[1] "Climate change and rural livelihoods".'),
        ("[1]", '[1] “Climate change and rural livelihoods”.'),
        ("[2]", '[2] "Climate change and rural livelihoods."'),
    ],
    ids=["bracketed", "curly-quotes", "stop-inside"],
)
def test_a_note_that_is_a_title_alone_titles_the_instrument_its_mark_follows(mark: str, note: str) -> None:
    text = NOTED.format(masthead=summary(annex=""), mark=mark, note=note)
    assert ("ga/res/68/210", "Climate change and rural livelihoods") in facts(text, "title")


def test_a_note_on_other_words_titles_nothing() -> None:
    # near misses: the mark on the sentence's other words; a note that is a sentence, not a title
    text = NOTED.format(masthead=summary(annex=""), mark="", note="").replace(
        "welcomed the policy", "welcomed the policy[1]"
    ) + '[1] "Climate change and rural livelihoods".\n'
    assert not any(s == "ga/res/68/210" for s, _ in facts(text, "title"))
    text = NOTED.format(masthead=summary(annex=""), mark="[1]", note="[1] See the report of the Executive Director.")
    assert not any(s == "ga/res/68/210" for s, _ in facts(text, "title"))
