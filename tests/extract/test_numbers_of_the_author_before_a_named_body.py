"""A bare number in a document whose author numbers the default way ("Decision 2031/240" on the
Economic and Social Council's list of its decisions, "decision 6/1" in an assembly's agenda) is the
author's, though a user's file gives another body the document names a convention of the default's
shape ("{session}/{number}"), unless the document ties that body to a number: its name before the
kind word and a number in the sentence ("the Forum, in its resolution 8/3"), or after the number
and "of"/"by" ("decision 5/2 of the Board"), or its symbol series printed (E177, from the spent
u218 and u14; E100's lead kept such a body's convention wherever the document names it). And a
statement's symbol prefix that a user's file gives a body issuing nothing is still the council's
that issues instruments under it ("S/PRST/2032/5" with a standing committee printing "S/...").
The bodies are invented (tests/data/numbers_of_the_author_e177.ttl) but for the shipped Council,
Assembly and Security Council."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract

from .phrasing import BASE, key

DATA = Path(__file__).resolve().parents[1] / "data" / "numbers_of_the_author_e177.ttl"


@lru_cache(maxsize=1)
def registry() -> BodyRegistry:
    return load_registry(BASE, [DATA])


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation, key(f.subject), key(f.object)) for f in extract(text, source_key="doc", registry=registry()).facts}


def instruments(text: str) -> set[str]:
    return {o for rel, _, o in facts(text) if rel == "mentions"}


ECOSOC_LIST = (
    "E/2031/INF/2\nEconomic and Social Council\nDistr.: General\n30 July 2031\n\n"
    "Resolutions and decisions of the Economic and Social Council, 2031 session\n\n"
    "The Economic and Social Council adopted the following decisions at its 2031 session.\n\n"
    "Decision\tTitle\tDate\n"
    "2031/239\tNominations to the Committee for Programme and Coordination\t21 July 2031\n"
    "2031/240\tVenue of the ninth session of the Forum on Mountain Ecosystems\t22 July 2031\n\n"
    "Decision 2031/239\nNominations to the Committee for Programme and Coordination\n"
    "At its 29th plenary meeting, on 21 July 2031, the Economic and Social Council nominated Chile and Fiji.\n\n"
    "Decision 2031/240\nVenue of the ninth session of the Forum on Mountain Ecosystems\n"
    "At its 30th plenary meeting, on 22 July 2031, the Economic and Social Council decided that the ninth "
    "session of the Forum on Mountain Ecosystems would be held in Geneva from 3 to 7 May 2032.{tie}\n"
)


def test_the_councils_list_keeps_its_decisions_beside_a_forum_named_as_a_topic() -> None:
    found = facts(ECOSOC_LIST.format(tie=""))
    mentioned = {o for rel, _, o in found if rel == "mentions"}
    assert {"ecosoc/dec/2031/239", "ecosoc/dec/2031/240"} <= mentioned
    assert not {o for o in mentioned if o.startswith("mountain-forum/")}
    assert ("adoptedOn", "ecosoc/dec/2031/240", "2031-07-22") in found
    assert ("heldIn", "mountain-forum#9", "Geneva") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Report of the Secretary-General on the follow-up to resolution 86/210 and on the Forum on Mountain Ecosystems.",
        "The Forum on Mountain Ecosystems met in Geneva; the Assembly, in resolution 86/210, took note of its work.",
        "Pursuant to resolution 86/210, the secretariat of the FME prepared the present report.",
    ],
)
def test_an_assembly_report_keeps_its_resolutions(sentence: str) -> None:
    text = (
        "A/86/410\nGeneral Assembly\nDistr.: General\n2 August 2031\nEighty-sixth session\n\n"
        f"Report of the Secretary-General\n\n1. {sentence}\n"
    )
    mentioned = instruments(text)
    assert "ga/res/86/210" in mentioned
    assert "mountain-forum/res/86/210" not in mentioned


def test_an_assemblys_agenda_keeps_its_decisions_beside_a_boards_name() -> None:
    text = (
        "TEA/7/1/Add.1\nTidal Energy Assembly\nSeventh session\nNairobi, 4-8 March 2032\n\n"
        "Annotations to the provisional agenda\n\n"
        "1. By decision 6/1, the Assembly invited the Board of the Glacier Fund to report on its "
        "cooperation with the Committee of Permanent Representatives to the Tidal Energy Assembly.\n"
        "2. The Committee will consider the implementation of decision 6/2 at its 9th meeting.\n"
    )
    mentioned = instruments(text)
    assert {"tide-assembly/dec/6/1", "tide-assembly/dec/6/2"} <= mentioned
    assert not {o for o in mentioned if o.startswith("glacier-fund-board/")}


@pytest.mark.parametrize(
    "tie, expected",
    [
        (" The Forum on Mountain Ecosystems, in its resolution 8/3, had asked for that venue.", "mountain-forum/res/8/3"),
        (" The venue follows resolution 8/3 of the Forum on Mountain Ecosystems.", "mountain-forum/res/8/3"),
        (" The venue follows FME resolution 8/3.", "mountain-forum/res/8/3"),
        (" The Fund's Board, by decision 12/4 adopted by the Board of the Glacier Fund, offered support.", "glacier-fund-board/dec/12/4"),
    ],
)
def test_a_body_the_document_ties_to_a_number_keeps_it(tie: str, expected: str) -> None:
    assert expected in instruments(ECOSOC_LIST.format(tie=tie))


@pytest.mark.parametrize("symbol", ["S/PRST/2032/5", "S/PRST/2031/12"])
def test_a_statement_under_a_prefix_a_standing_committee_shares_is_the_councils(symbol: str) -> None:
    text = (
        "S/2032/300\nSecurity Council\nDistr.: General\n2 May 2032\n\n"
        "Report of the Secretary-General on the Harbour Support Mission\n\n"
        f"1. By its presidential statement of 19 March 2032 ({symbol}), the Council asked me to report on the Mission.\n"
        "2. The Standing Committee on Harbour Programmes met in Geneva (S/HP/2032/3).\n"
    )
    session, number = symbol.split("/")[2:]
    assert ("adoptedOn", f"security-council/statement/{session}/{number}", "2032-03-19") in facts(text)


# A list of decisions saved from a web page (a browser's "Save as text": skip link, site name,
# menu, breadcrumb, share line): a row whose title cell wraps onto a line of its own (its tabs then
# begin the next cells), more rows, then each decision under a rule. The first heading after the
# table is no run-on of the cut row's title ("… on its thirty-fourth"): it opens the first
# decision (E177, from the spent u218).
LIST_PAGE = (
    "Skip to main content\nUnited Nations | {body}\nWelcome to the United Nations\n"
    "Home   About   Meetings   Documents   Contact\nEnglish | Français\nHome > Documents > Decisions\n"
    "Decisions of the {body}, {session} session\n{segment}\nShare   Print\n\n"
    "The {body} adopted the following decisions at its {session} session.\n\n"
    "Decision\tTitle\tMeeting\tDate adopted\n"
    "{first}\tElection of members of the {topic}\t{meeting}\t{day}\n"
    "{second}\tReport of the Committee for Development Policy on its thirty-fourth\n"
    "plenary session\t{meeting}\t{day}\n"
    "{third}\tDates of the next session of the Statistical Commission\t{meeting}\t{day}\n\n"
    "________________________________________\n"
    "Decision {first}\nElection of members of the {topic}\n"
    "At its {meeting} meeting, on {day}, the {body} elected three members of the {topic}.\n"
    "________________________________________\n"
    "Decision {second}\nReport of the Committee for Development Policy on its thirty-fourth plenary session\n"
    "At its {meeting} meeting, on {day}, the {body} took note of the report.\n"
)


@pytest.mark.parametrize(
    "o",
    [
        dict(body="Economic and Social Council", session="2031", segment="Coordination segment, 22-24 July 2031, Geneva",
             first="2031/250", second="2031/251", third="2031/252", topic="Committee for Programme and Coordination",
             meeting="31st plenary", day="24 July 2031", key="ecosoc", date="2031-07-24"),
        dict(body="Economic and Social Council", session="2033", segment="Management segment",
             first="2033/201", second="2033/202", third="2033/203", topic="Committee on Non-Governmental Organizations",
             meeting="5th plenary", day="2 February 2033", key="ecosoc", date="2033-02-02"),
    ],
    ids=["coordination-segment", "management-segment"],
)
def test_the_first_heading_after_a_table_with_a_wrapped_row_opens_its_decision(o: dict[str, str]) -> None:
    found = facts(LIST_PAGE.format(**o))
    session, number = o["first"].split("/")
    first = f"{o['key']}/dec/{session}/{number}"
    assert ("title", first, f"Election of members of the {o['topic']}") in found
    assert ("adoptedOn", first, o["date"]) in found
    # the cut row's title keeps no heading of another decision
    assert not {obj for rel, _, obj in found if rel == "title" and f"Decision {o['first']}" in obj}
