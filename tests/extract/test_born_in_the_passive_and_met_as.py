"""Two ways of telling a body's birth and meetings: the short name a text defines for a body
standing between its description and the passive verb ("a Task Force on Storm Surges (the
“Task Force”) shall be established, which shall hold its first meeting in Lisbon on ..."), and
what a body met as standing between its meeting and the meeting's date ("held its first meeting
as a standing working group on 9 May 2031")."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note, in_resolution


@pytest.mark.parametrize("defined", [
    '(the "Task Force")',
    "(hereinafter “the Task Force”)",
    "(referred to as the 'Task Force')",
])
@pytest.mark.parametrize("verb", ["shall be established", "is hereby established", "will be established"])
def test_a_defined_short_name_before_the_passive(defined: str, verb: str) -> None:
    text = in_resolution(
        "1. Decides that:",
        f"(a) A task force on storm surges {defined} {verb}, which shall hold its first meeting in Lisbon on 9 and 10 May 2032;",
        "(b) The Executive Secretary is requested to support the Task Force;",
    )
    born = {o for s, o in facts(text, "establishes") if s == "ccr/res/12/1"}
    assert len(born) == 1
    task_force = next(iter(born))
    assert (f"{task_force}#1", "Lisbon") in facts(text, "heldIn")
    assert (f"{task_force}#1", "2032-05-09/2032-05-10") in facts(text, "heldOn")


@pytest.mark.parametrize("as_what", [
    "as a standing working group",
    "as a subsidiary body",
    "as an open-ended group",
])
def test_held_its_meeting_as_something_on_a_date(as_what: str) -> None:
    text = in_note(
        f"The Working Group on Early Warning Systems held its first meeting {as_what} on 9 May 2031 and its second"
        " meeting on 17 and 18 October 2031, both at United Nations Headquarters in New York."
    )
    held_on = facts(text, "heldOn")
    assert ("ccr/wg-early-warning#1", "2031-05-09") in held_on
    assert ("ccr/wg-early-warning#2", "2031-10-17/2031-10-18") in held_on
    assert ("ccr/wg-early-warning#1", "New York") in facts(text, "heldIn")


def test_as_a_name_is_no_gap() -> None:
    # "as the Commission on Coastal Resilience": a body, not what the meeting was held as
    text = in_note(
        "The Working Group on Early Warning Systems held its first meeting as the Commission on Coastal Resilience"
        " met on 9 May 2031."
    )
    assert ("ccr/wg-early-warning#1", "2031-05-09") not in facts(text, "heldOn")


@pytest.mark.parametrize("acronym", ["WINS", "CCR-WINS", "WaterNet"])
@pytest.mark.parametrize("created", ["was created by its resolution 10/3", "had been established by its resolution 10/3"])
def test_a_body_named_with_its_acronym_then_by_it(acronym: str, created: str) -> None:
    # "Recalling that the Working Group on the Water Information Network System (IHP-WINS) was
    # created by its resolution XXIV-3, / 2. Decides to retain the Working Group on IHP-WINS as a
    # permanent subsidiary body": the acronym between the name and the verb, then the body by it (E134)
    text = in_resolution(
        f"Recalling that the Working Group on the Water Information Network System ({acronym}) {created},",
        f"1. Decides to retain the Working Group on {acronym} as a permanent subsidiary body of the Commission;",
    )
    born = {o for s, o in facts(text, "establishes") if s == "ccr/res/10/3"}
    assert len(born) == 1
    assert ("ccr/res/12/1", next(iter(born))) in facts(text, "makesConstantElement")


def test_an_acronym_alone_or_of_another_kind_is_not_the_body() -> None:
    text = in_resolution(
        "Recalling that the Working Group on the Water Information Network System (WINS) was created by its resolution 10/3,",
        "1. Decides to retain the Task Force on WINS as a permanent subsidiary body of the Commission;",
    )
    assert not facts(text, "makesConstantElement") or not [
        o for s, o in facts(text, "makesConstantElement") if o in {b for _, b in facts(text, "establishes")}
    ]
