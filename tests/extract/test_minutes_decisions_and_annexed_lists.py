"""A body's minutes that tell each decision run into its label ("Decision UF 12/1: The Executive
Board took note of the report and requested the President ..."), and the list of what the session
adopted printed after them ("Decisions adopted by the Executive Board at its 12th session" / "(all
adopted on 4 May 2033)" / "UF 12/1   Annual evaluation report"), E231. The label is the
decision's heading and the rest its text, which ends with its paragraph: the minutes' next
paragraph is no clause of it. Words after a label that are a title ("Decision UF 12/3: The Role of
Women in Upland Farming") stay a title; a list entry that is a sentence, or a list of drafts, gives
no title."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract

from .phrasing import BASE, stated

REFERENCE = Path(__file__).resolve().parents[1] / "data" / "minutes_of_boards_e231.ttl"


@lru_cache(maxsize=1)
def registry() -> BodyRegistry:
    return load_registry(BASE, [REFERENCE])


def facts(text: str) -> set[tuple[str, str, str]]:
    return {f for f in stated(extract(text, source_key="t", registry=registry())) if f[0] != "containedIn"}


MINUTES = """Upland Farming Fund

Minutes of the 12th session of the Executive Board of the Upland Farming Fund

   1. The 12th session of the Executive Board of the Upland Farming Fund was held in Nairobi on 3 and 4 May 2033.

   Agenda item 2: Evaluation

   2. The Director of the Evaluation Office presented the annual evaluation report.

   {first}

   Agenda item 3: Programme of work

   3. One member proposed that the Board also review the grant policy; the proposal was not supported.

   Decision UF 12/2: The Executive Board approved the programme of work and invited the Evaluation
Office of the Upland Farming Fund to submit a plan to the Board in 2034.

   4. The President recalled decision UF 9/4 on the grant policy and requested the secretariat to circulate it.

{annex}"""

ANNEX = """   Annex

   Decisions adopted by the Executive Board at its 12th session
   (all adopted on 4 May 2033)

   UF 12/1   Annual evaluation report
   UF 12/2   Programme of work for 2034
"""

FIRST = "Decision UF 12/1: The Executive Board took note of the report and requested the President to present a management response to the Board at its 13th session."


@pytest.mark.parametrize(
    "first",
    [
        FIRST,
        # a full stop after the label, the paragraph wrapped
        FIRST.replace("UF 12/1:", "UF 12/1.").replace("requested the President", "requested the\nPresident"),
        # the verb in the present, as a board's summary of decisions prints it
        "Decision UF 12/1: The Executive Board takes note of the report and requests the President to present a management response.",
    ],
)
def test_a_decision_run_into_its_label_is_its_text(first: str) -> None:
    found = facts(MINUTES.format(first=first, annex=ANNEX))
    assert ("requests", "uff/executive-board/dec/12/1", "uff/president") in found
    assert ("invites", "uff/executive-board/dec/12/2", "uff/evaluation-office") in found
    # the text ends with the paragraph: the minutes' next paragraphs are no clauses of it
    assert not {f for f in found if f[0] == "cites" and f[1].startswith("uff/executive-board/dec/12/")}
    assert not {f for f in found if f[0] == "title" and f[2].startswith("The Executive Board")}


def test_the_annexed_list_gives_titles_session_and_day() -> None:
    found = facts(MINUTES.format(first=FIRST, annex=ANNEX))
    for number, title in (("1", "Annual evaluation report"), ("2", "Programme of work for 2034")):
        ref = f"uff/executive-board/dec/12/{number}"
        assert ("title", ref, title) in found
        assert ("adoptedAt", ref, "uff/executive-board#12") in found
        assert ("adoptedOn", ref, "2033-05-04") in found


def test_the_day_run_into_the_list_title_and_a_dash_before_the_titles() -> None:
    annex = (
        "   Decisions adopted by the Executive Board at its 12th session (all adopted on 4 May 2033)\n\n"
        "   UF 12/1 – Annual evaluation report\n   UF 12/2 – Programme of work for 2034\n"
    )
    found = facts(MINUTES.format(first=FIRST, annex=annex))
    assert ("title", "uff/executive-board/dec/12/2", "Programme of work for 2034") in found
    assert ("adoptedOn", "uff/executive-board/dec/12/1", "2033-05-04") in found


def test_a_title_after_the_label_stays_a_title() -> None:
    first = "Decision UF 12/1: The Role of Women in Upland Farming"
    text = MINUTES.format(first=first + "\n\n   The Executive Board,\n\n   1. Requests the President to report on the matter.", annex="")
    found = facts(text)
    assert ("title", "uff/executive-board/dec/12/1", "The Role of Women in Upland Farming") in found
    assert ("requests", "uff/executive-board/dec/12/1", "uff/president") in found


@pytest.mark.parametrize(
    "annex",
    [
        # a list of drafts before the Board: nothing adopted
        "   Draft decisions before the Executive Board at its 12th session\n\n   UF 12/1   Annual evaluation report\n",
        # an entry that is a sentence, no title
        "   Decisions adopted by the Executive Board at its 12th session\n\n   UF 12/1 was adopted without a vote.\n",
    ],
)
def test_near_misses_of_the_list(annex: str) -> None:
    found = facts(MINUTES.format(first=FIRST, annex=annex))
    assert not {f for f in found if f[0] == "title" and f[1] == "uff/executive-board/dec/12/1"}
    assert ("adoptedOn", "uff/executive-board/dec/12/1", "2033-05-04") not in found
