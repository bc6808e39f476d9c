"""A session named as resumed or reconvened ("its resumed twenty-fourth session", "the reconvened
seventy-sixth session"): the session itself, whose "its" says whose it is, as for any session
(E96 read "resumed"; E185 adds "reconvened"): "the report of the Commission on Crime Prevention and
Criminal Justice on its reconvened forty-second session" is that Commission's, not the speaker's.
The days told of it ("held in Vienna on 18 and 19 September 2033") are those of the part resumed:
E185 gave them no `heldOn` (u226's and u228's gold then); E220 gives them as the session's `heldOn`
(a second one where its first part's days are told too), as the unseen set's convention gives each
part of a session held in parts its `heldOn` (u50, u223, u231; the gold corrections of E220), while the
place gives `heldIn`. A session not so named keeps its days."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report, in_note


@pytest.mark.parametrize(
    ("sentence", "session"),
    [
        ("The Council took note of the report of the Commission on Crime Prevention and Criminal Justice on its "
         "reconvened forty-second session (E/2033/30/Add.1).", "ecosoc/ccpcj#42"),
        ("The report of the Commission on Narcotic Drugs on its resumed sixty-eighth session (E/2025/28/Add.1) is before the Council.",
         "ecosoc/cnd#68"),
        ("The Commission invited the Commission on Crime Prevention and Criminal Justice to take a parallel decision "
         "at its reconvened thirty-fourth session.", "ecosoc/ccpcj#34"),
    ],
)
def test_its_reconvened_session_is_the_named_bodys(sentence, session):
    meetings = in_sg_report(sentence, "meetingOf")
    assert (session, session.split("#")[0]) in meetings
    assert not [s for s, _ in meetings if s.endswith("#" + session.split("#")[1]) and s != session]


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("Having considered the report of the Commission on Narcotic Drugs on its resumed sixty-eighth session, "
         "held in Vienna on 18 and 19 September 2025,", "2025-09-18/2025-09-19"),
        ("The Commission on Narcotic Drugs held its reconvened sixty-eighth session in Vienna on 7 and 8 December 2025.",
         "2025-12-07/2025-12-08"),
        ("The Commission on Narcotic Drugs, at its resumed sixty-eighth session, held in Vienna from 4 to 6 December 2025, adopted its report.",
         "2025-12-04/2025-12-06"),
    ],
)
def test_the_days_of_the_part_resumed_are_the_sessions_held_on(sentence, days):
    assert in_sg_report(sentence, "heldOn") == {("ecosoc/cnd#68", days)}
    assert in_sg_report(sentence, "heldIn") == {("ecosoc/cnd#68", "Vienna")}


def test_a_session_not_resumed_keeps_its_days():
    sentence = "The Commission on Narcotic Drugs held its sixty-eighth session in Vienna on 7 and 8 December 2025."
    assert in_sg_report(sentence, "heldOn") == {("ecosoc/cnd#68", "2025-12-07/2025-12-08")}


# A commission's report on its reconvened session as a web page prints it: the site's menus, the
# body's name, the title, the Official Records supplement line and the symbol under it
PAGE = (
    "Skip to main content\n"
    "United Nations Office on Drugs and Crime\n"
    "Home\tAbout us\tCommissions\tPublications\n"
    "Home > Commissions > CND > Sessions > 68th session > {kind} session\n"
    "Share\tPrint\tDownload PDF (E/2025/28/Add.1)\n\n"
    "Commission on Narcotic Drugs\n"
    "Report on the {adjective}sixty-eighth session (4 and 5 December 2025)\n"
    "Economic and Social Council, Official Records, 2026, Supplement No. 8A\n"
    "E/2025/28/Add.1-E/CN.7/2025/15/Add.1\n\n"
    "1. The {adjective}session was convened pursuant to Economic and Social Council decision 2025/244.\n"
)


@pytest.mark.parametrize(("kind", "adjective"), [("Reconvened", "reconvened "), ("Resumed", "resumed "), ("Regular", "")])
def test_a_report_on_its_reconvened_session(kind, adjective):
    from .phrasing import extracted_with

    facts = extracted_with()(PAGE.format(kind=kind, adjective=adjective))
    assert ("reportOf", "E/2025/28/Add.1", "ecosoc/cnd#68") in facts
    assert ("pursuantTo", "ecosoc/cnd#68", "ecosoc/dec/2025/244") in facts
