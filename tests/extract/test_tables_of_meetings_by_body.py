"""Tables of the meetings of several bodies, and tables of mandates whose instrument is given once.

1. A table of meetings whose first column names each row's body by the end of its name, under a
   column named by the bodies' kind ("Working group | Meeting | Dates | Report": "Early Warning
   Systems" is the Working Group on Early Warning Systems), as a pipe table or as `pdftotext
   -layout` prints it (columns aligned by spaces). A joint meeting's row names two bodies
   ("Firearms and Smuggling of Migrants", its first cell perhaps wrapped onto a line that opens
   with "and"), a note after its number ("eleventh (joint)"), its double symbol perhaps broken after
   the hyphen. "All the meetings listed above were held in Geneva." right under the table gives
   each its town.
2. A table following up mandates ("Instrument | Para. | Mandate | Status") whose instrument cell is
   given on its first row only ("| | 5 | *Invites* ..."), the title in brackets after the number.

Invented text: the phrasing commission (tests/data/phrasing.ttl) and the shipped UNTOC bodies.
Near misses: a place sentence that is not right under the table or tells only some meetings, a
cell that finishes no body's name or only part of a joint row, a row with an empty first cell
under a row that opens with no instrument, a year in brackets.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import facts, in_note, key, shipped_registry

WG = "ccr/wg-early-warning"
COMMITTEE = "ccr/committee-on-data"
SECRETARIAT = "ccr/secretariat"


def _note(table: str, after: str = "All the sessions listed above were held in Geneva.") -> str:
    return in_note("The subsidiary bodies of the Commission met as follows:") + f"\n{table}\n\n2. {after}\n"


ALIGNED = (
    "       Committee                Session        Dates                  Report\n"
    "       Coastal Data             second         3–5 June 2031          E/CN.21/C.1/2031/5\n"
    "       Coastal Data             third          10 and 11 May 2032     E/CN.21/C.1/2032/4\n"
    "       Coastal Data             fourth         1–2 October 2032       E/CN.21/C.1/2032/9\n"
)
PIPE = (
    "| Working group | Meeting | Dates | Report |\n|---|---|---|---|\n"
    "| Early Warning Systems | Fifth | 4–5 April 2031 | CCR/WG.1/5/2 |\n"
    "| Early Warning Systems | Sixth (resumed) | 10–11 October 2031 | CCR/WG.1/6/2 |\n"
)


def test_an_aligned_table_of_a_committees_sessions_and_the_place_told_under_it() -> None:
    text = _note(ALIGNED)
    assert {(f"{COMMITTEE}#2", COMMITTEE), (f"{COMMITTEE}#3", COMMITTEE), (f"{COMMITTEE}#4", COMMITTEE)} <= facts(text, "meetingOf")
    assert {(f"{COMMITTEE}#2", "2031-06-03/2031-06-05"), (f"{COMMITTEE}#3", "2032-05-10/2032-05-11")} <= facts(text, "heldOn")
    assert {("E/CN.21/C.1/2031/5", f"{COMMITTEE}#2"), ("E/CN.21/C.1/2032/9", f"{COMMITTEE}#4")} <= facts(text, "reportOf")
    assert {(f"{COMMITTEE}#2", "Geneva"), (f"{COMMITTEE}#3", "Geneva"), (f"{COMMITTEE}#4", "Geneva")} <= facts(text, "heldIn")


def test_a_pipe_table_under_a_working_group_column() -> None:
    text = _note(PIPE, "The meetings shown in the table were all held in Nairobi.")
    assert {(f"{WG}#5", "2031-04-04/2031-04-05"), (f"{WG}#6", "2031-10-10/2031-10-11")} <= facts(text, "heldOn")
    assert {("CCR/WG.1/6/2", f"{WG}#6")} <= facts(text, "reportOf")
    assert {(f"{WG}#5", "Nairobi"), (f"{WG}#6", "Nairobi")} <= facts(text, "heldIn")


@pytest.mark.parametrize(
    "after",
    [
        "Most of the meetings listed above were held in Geneva.",  # not all of them
        "The Bureau met in Geneva. All the meetings listed above were held in Geneva.",  # not alone
        "The meetings planned for 2033 will be held in Geneva.",
    ],
)
def test_no_place_for_the_table_unless_told_for_all_right_under_it(after: str) -> None:
    assert not {ref for ref, _ in facts(_note(ALIGNED, after), "heldIn")} & {f"{COMMITTEE}#2", f"{COMMITTEE}#3"}


def test_a_place_told_after_another_paragraph_is_not_the_tables() -> None:
    text = _note(ALIGNED, "The reports are available online.\n\n3. All the meetings listed above were held in Geneva.")
    assert not {ref for ref, _ in facts(text, "heldIn")} & {f"{COMMITTEE}#2", f"{COMMITTEE}#3"}


@pytest.mark.parametrize("cell", ["Total", "Early Warning Systems and Ocean Acidification", "Systems"])
def test_a_cell_that_finishes_no_body_gives_nothing(cell: str) -> None:
    table = PIPE.replace("| Early Warning Systems | Fifth", f"| {cell} | Fifth")
    assert not [ref for ref, _ in facts(_note(table), "meetingOf") if ref.endswith("#5")]


UNTOC_NOTE = (
    "United Nations CTOC/COP/2031/3\n\n"
    "Conference of the Parties to the United Nations Convention against Transnational Organized Crime\n\n"
    "Distr.: General\n2 August 2031\n\nOriginal: English\n\nFifteenth session\n\nVienna, 6–10 October 2031\n\n"
    "Note by the Secretariat\n\n"
    "1. The working groups of the Conference held the following meetings in the biennium:\n\n{table}\n\n"
    "2. All the meetings listed above were held in Vienna.\n"
)
FA, SOM = "cop-untoc/wg-firearms", "cop-untoc/wg-smuggling-of-migrants"


def _untoc(table: str) -> set[tuple[str, str, str]]:
    extraction = extract(UNTOC_NOTE.format(table=table), source_key="test", registry=shipped_registry())
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}


@pytest.mark.parametrize(
    "table",
    [
        # pdftotext -layout: the first cell wrapped onto a line opening with "and", the double
        # symbol broken after its hyphen
        "    Working group                Meeting      Dates               Report\n"
        "    Trafficking in Persons       tenth        2–3 May 2030        CTOC/COP/WG.4/2030/2\n"
        "    Firearms                     eleventh     7–9 June 2030       CTOC/COP/WG.6/2030/3-\n"
        "    and Smuggling of Migrants    (joint)                          CTOC/COP/WG.7/2030/3\n",
        "| Working group | Meeting | Dates | Report |\n|---|---|---|---|\n"
        "| Trafficking in Persons | tenth | 2–3 May 2030 | CTOC/COP/WG.4/2030/2 |\n"
        "| Firearms and Smuggling of Migrants | eleventh (joint) | 7–9 June 2030 | CTOC/COP/WG.6/2030/3-CTOC/COP/WG.7/2030/3 |\n",
    ],
)
def test_a_joint_meeting_is_each_bodys(table: str) -> None:
    found = _untoc(table)
    for body in (FA, SOM):
        assert ("meetingOf", f"{body}#11", body) in found
        assert ("heldOn", f"{body}#11", "2030-06-07/2030-06-09") in found
        assert ("heldIn", f"{body}#11", "Vienna") in found
        assert ("reportOf", "CTOC/COP/WG.6/2030/3", f"{body}#11") in found
    assert ("alsoSymbol", "CTOC/COP/WG.6/2030/3", "CTOC/COP/WG.7/2030/3") in found or any(
        r == "reportOf" and s == "CTOC/COP/WG.6/2030/3" for r, s, _ in found
    )
    assert ("meetingOf", "cop-untoc/wg-trafficking-in-persons#10", "cop-untoc/wg-trafficking-in-persons") in found


def test_a_joint_row_one_of_whose_parts_names_no_body_gives_neither() -> None:
    table = (
        "| Working group | Meeting | Dates | Report |\n|---|---|---|---|\n"
        "| Firearms and Maritime Piracy | eleventh (joint) | 7–9 June 2030 | CTOC/COP/WG.6/2030/3 |\n"
    )
    assert not [f for f in _untoc(table) if f[0] == "meetingOf" and f[1].endswith("#11")]


MANDATES = (
    "| Instrument | Para. | Mandate (text of the operative paragraph) | Status |\n|---|---|---|---|\n"
    "| Resolution 12/3 (Coastal data for early warning) | 2 | *Requests* the secretariat to compile a register of coastal data | Completed |\n"
    "| | 5 | *Invites* the Working Group on Early Warning Systems to review the register | Ongoing |\n"
    "| Decision 12/101 (Dates of the thirteenth session) | -- | No mandate for the secretariat | -- |\n"
)


def test_a_row_with_an_empty_first_cell_goes_on_with_the_instrument_above() -> None:
    text = in_note("The table below lists the mandates given at the twelfth session.") + "\n" + MANDATES
    assert ("ccr/res/12/3", SECRETARIAT) in facts(text, "requests")
    assert ("ccr/res/12/3", WG) in facts(text, "invites")
    titles = facts(text, "title")
    assert ("ccr/res/12/3", "Coastal data for early warning") in titles
    assert ("ccr/dec/12/101", "Dates of the thirteenth session") in titles


def test_an_empty_first_cell_under_a_row_without_an_instrument_gives_nothing() -> None:
    table = MANDATES.replace("| Resolution 12/3 (Coastal data for early warning) |", "| Carried over |")
    text = in_note("The table below lists the mandates given at the twelfth session.") + "\n" + table
    assert not facts(text, "invites")
    assert not [o for s, o in facts(text, "requests") if o == SECRETARIAT]


def test_a_year_in_brackets_is_no_title() -> None:
    table = MANDATES.replace("(Coastal data for early warning)", "(2031)")
    text = in_note("The table below lists the mandates given at the twelfth session.") + "\n" + table
    assert not [t for s, t in facts(text, "title") if s == "ccr/res/12/3"]
