"""Pairs told with "respectively" across a clause (E246).

Bodies and their gatherings (`rules/each_its_gathering`, `Reader.each_its_gathering`): "The Tides
Committee and the Currents Committee shall, at their 38th and 32nd meetings, respectively, review …"
— the n-th ordinal is the n-th body's; the request goes to both (`own_shall` and `decided_that` read
the clause set off after "shall", and each body of a joined subject).

Papers and their sessions (`relate._each_its_receiver`): "its reports to the Assembly at its
eighty-eighth and eighty-ninth sessions (A/88/5 and A/89/5, respectively)" — the n-th symbol goes
to the n-th session, by the verb ("submitted") and by the noun ("its reports to …", which read one
session only before).

Near misses: no "respectively" (which is whose is not said), counts that differ, a body that holds
no such gatherings."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import ACTION_TAKEN, in_resolution, in_sg_report, registry, stated

TIDES, CURRENTS = "ccr/tides-committee", "ccr/currents-committee"


def resolution_facts(paragraph: str) -> set[tuple[str, str, str]]:
    return stated(extract(in_resolution(paragraph), source_key="test", registry=registry()))


def report_facts(sentence: str) -> set[tuple[str, str, str]]:
    return stated(extract(ACTION_TAKEN.format(s=sentence), source_key="test", registry=registry()))


def meetings_of(facts: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in facts if r == "meetingOf" and o in (TIDES, CURRENTS)}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Decides that the Tides Committee and the Currents Committee shall, at their 38th and 32nd meetings, respectively, review the guidelines;",
        "Requests the Tides Committee and the Currents Committee to review the guidelines at their 38th and 32nd meetings, respectively;",
        "Invites the Tides Committee and the Currents Committee to consider, at their thirty-eighth and thirty-second meetings, respectively, the draft guidelines;",
        "Decides that the Tides Committee and the Currents Committee shall examine the guidelines at their 38th and 32nd meetings in Bonn and Apia, respectively;",
    ],
)
def test_each_body_its_meeting_in_a_resolution(paragraph: str) -> None:
    facts = resolution_facts(paragraph)
    assert meetings_of(facts) == {(f"{TIDES}#38", TIDES), (f"{CURRENTS}#32", CURRENTS)}


def test_both_bodies_are_asked() -> None:
    facts = resolution_facts(
        "Decides that the Tides Committee and the Currents Committee shall, at their 38th and 32nd meetings, respectively, review the guidelines;"
    )
    requests = {o for r, s, o in facts if r == "requests" and s == "ccr/res/12/1"}
    assert {TIDES, CURRENTS} <= requests


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tides Committee and the Currents Committee held their 20th and 12th meetings, respectively, in Bonn.",
        "The Tides Committee and the Currents Committee held their twentieth and twelfth meetings in Bonn in May 2031, respectively.",
    ],
)
def test_each_body_its_meeting_in_a_report(sentence: str) -> None:
    assert meetings_of(report_facts(sentence)) == {(f"{TIDES}#20", TIDES), (f"{CURRENTS}#12", CURRENTS)}


@pytest.mark.parametrize(
    "paragraph",
    [
        # which meeting is whose is not said
        "Requests the Tides Committee and the Currents Committee to review the guidelines at their 38th and 32nd meetings;",
        # three meetings for two bodies
        "Requests the Tides Committee and the Currents Committee to review the guidelines at their 38th, 39th and 32nd meetings, respectively;",
        # three bodies for two meetings
        "Requests the Bureau, the Tides Committee and the Currents Committee to review the guidelines at their 38th and 32nd meetings, respectively;",
    ],
)
def test_no_pairing(paragraph: str) -> None:
    meetings = meetings_of(resolution_facts(paragraph))
    assert not {(f"{TIDES}#32", TIDES), (f"{CURRENTS}#38", CURRENTS), (f"{TIDES}#38", TIDES), (f"{CURRENTS}#32", CURRENTS)} & meetings


def test_a_body_that_holds_sessions_gets_no_meeting() -> None:
    # the Committee on Coastal Data holds sessions: "their 38th and 32nd meetings" are no gatherings of its
    facts = resolution_facts(
        "Requests the Committee on Coastal Data and the Currents Committee to review the guidelines at their 38th and 32nd meetings, respectively;"
    )
    assert not any(r == "meetingOf" and o == "ccr/committee-on-data" for r, s, o in facts)


def submitted(sentence: str) -> set[tuple[str, str]]:
    return {(s, o) for s, o in in_sg_report(sentence, "submittedTo") if s != "A/79/400"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Board of Auditors submitted its reports to the Assembly at its eighty-eighth and eighty-ninth sessions (A/88/5 and A/89/5, respectively).",
        "The Secretary-General submitted reports to the General Assembly at its eighty-eighth and eighty-ninth sessions (A/88/5 and A/89/5, respectively).",
        "Recalling its reports to the General Assembly at its eighty-eighth and eighty-ninth sessions (A/88/5 and A/89/5, respectively), the Board notes progress.",
        "The reports were presented to the Assembly at its eighty-eighth and eighty-ninth sessions (A/88/5 and A/89/5 respectively).",
    ],
)
def test_each_paper_its_session(sentence: str) -> None:
    assert submitted(sentence) == {("A/88/5", "ga#88"), ("A/89/5", "ga#89")}


def test_the_order_of_the_sessions_is_followed() -> None:
    sentence = "The Board submitted its reports to the Assembly at its eighty-ninth and eighty-eighth sessions (A/89/5 and A/88/5, respectively)."
    assert submitted(sentence) == {("A/89/5", "ga#89"), ("A/88/5", "ga#88")}


def test_without_respectively_the_verb_reads_as_before() -> None:
    # near miss: no "respectively": each paper to each session, as the verb rule read before
    sentence = "The Board of Auditors submitted its reports to the Assembly at its eighty-eighth and eighty-ninth sessions (A/88/5 and A/89/5)."
    assert {("A/88/5", "ga#88"), ("A/89/5", "ga#89")} <= submitted(sentence)


def test_a_count_that_differs_pairs_nothing_apart() -> None:
    sentence = (
        "The Board of Auditors submitted its reports to the Assembly at its eighty-eighth and eighty-ninth sessions "
        "(A/88/5, A/88/5/Add.1 and A/89/5, respectively)."
    )
    # (three papers for two sessions: the verb's reading, each to each, not a pairing by order)
    assert {("A/88/5/Add.1", "ga#88"), ("A/88/5/Add.1", "ga#89")} <= submitted(sentence)
