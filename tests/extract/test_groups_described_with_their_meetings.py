"""(E289) A subsidiary group the reference data does not know, described in lower case by its kind and
what it is on, that holds the gathering the words right after it name: "the working group on X, which
the Council made a standing working group of the Committee by resolution …, held its sixth meeting in
Vienna", "the report of the expert working group on X on its sixth meeting, held in Bangkok". The
meeting is the group's, not the parent's (the known body the sentence names, or the document's
author), and "Its report on that meeting is issued as …" is the report of the group's meeting. Near
misses: the group's kind alone ("the working group held its sixth meeting"), the parent's meeting "at
its" after the group ("considered the report of the group at its 289th meeting"), a group whose
creation the sentence tells (the creation's rules mint it), a group in capitals that the reference data
knows."""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import extracted_with, in_note

extracted = extracted_with()

COMMISSION = "ccr"
GROUP = "ccr/working-group-on-coastal-sediment-budgets"


def meetings(text: str) -> set[tuple[str, str, str]]:
    return {f for f in extracted(text) if f[0] in ("meetingOf", "heldIn", "heldOn", "reportOf")}


def gatherings_of(found: set[tuple[str, str, str]], body: str) -> set[str]:
    return {s for r, s, o in found if r == "meetingOf" and o == body}


@pytest.mark.parametrize(
    "sentence",
    [
        "The expert working group on coastal sediment budgets, which the Commission made a standing subsidiary body by resolution 11/4, held its sixth meeting in Lisbon on 7 September 2031.",
        "The Commission notes that its ad hoc working group on coastal sediment budgets has held its sixth meeting in Lisbon on 7 September 2031.",
        "The Commission had before it the report of the expert working group on coastal sediment budgets on its sixth meeting, held in Lisbon on 7 September 2031 (E/CN.21/2032/6).",
    ],
)
def test_the_group_holds_the_meeting_not_its_parent(sentence):
    found = meetings(in_note(sentence))
    groups = {o for r, s, o in found if r == "meetingOf" and o.endswith("working-group-on-coastal-sediment-budgets")}
    assert len(groups) == 1
    group = groups.pop()
    assert group.startswith(COMMISSION + "/")
    assert (("heldIn", group + "#6", "Lisbon")) in found
    assert (("heldOn", group + "#6", "2031-09-07")) in found
    assert not any(s.startswith(COMMISSION + "#6") for r, s, o in found)


@pytest.mark.parametrize(
    "sentence",
    [
        # nothing ties the group to a known body: a stranger's gathering is no one's (E208's convention,
        # test_sessions_of_strangers_in_lower_case_or_plural_possessive.py), neither the group's nor its parent's
        "The working group on coastal sediment budgets held its sixth meeting in Lisbon on 7 September 2031.",
        "The open-ended working group on coastal sediment budgets held its sixth meeting in Lisbon on 7 September 2031.",
        "The Commission notes that the ad hoc working group on coastal sediment budgets has held its sixth meeting in Lisbon on 7 September 2031.",
    ],
)
def test_a_group_tied_to_no_body_holds_no_ones_meeting(sentence):
    found = meetings(in_note(sentence))
    assert not {f for f in found if f[1].endswith("#6")}


def test_the_report_on_that_meeting_is_the_groups():
    found = meetings(in_note(
        "The task force on tidal gauge calibration, which the Commission made a standing body by resolution 11/4, held its "
        "second meeting in Manila on 3 and 4 May 2031. Its report on that meeting is issued as document E/CN.21/2032/7."
    ))
    group = "ccr/task-force-on-tidal-gauge-calibration"
    assert ("meetingOf", group + "#2", group) in found
    assert ("heldOn", group + "#2", "2031-05-03/2031-05-04") in found
    assert ("reportOf", "E/CN.21/2032/7", group + "#2") in found


def test_a_report_title_on_its_meeting_names_the_group():
    found = meetings(in_note(
        "The Commission had before it the report of the advisory group on mangrove restoration finance on its third meeting (E/CN.21/2032/8)."
    ))
    group = "ccr/advisory-group-on-mangrove-restoration-finance"
    assert ("meetingOf", group + "#3", group) in found
    assert ("reportOf", "E/CN.21/2032/8", group + "#3") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # the kind alone: the body named before, not a new one
        "The working group held its sixth meeting in Lisbon on 7 September 2031.",
        # "at its" after the group: the meeting of the body considering the report
        "The Commission considered the report of the working group on coastal sediment budgets at its sixth meeting.",
        # a description with no topic
        "The Commission's expert group, which is open to all members, held its sixth meeting in Lisbon.",
    ],
)
def test_no_group_is_learnt_without_a_topic_and_its_own_meeting(sentence):
    found = meetings(in_note(sentence))
    assert not any("coastal-sediment" in o or "expert-group" in o for r, s, o in found)


def test_a_known_group_keeps_its_key():
    found = meetings(in_note("The Working Group on Early Warning Systems held its sixth meeting in Lisbon on 7 September 2031."))
    assert gatherings_of(found, "ccr/wg-early-warning") == {"ccr/wg-early-warning#6"}
    assert not any("working-group-on-early-warning" in o for r, s, o in found)


# (E289) "General Assembly" / "Official Records" / "Ninety-third session" / "Supplement No. 19" over the
# report of a committee under the Assembly that numbers its meetings: the session is the Assembly's,
# not the committee's ninety-third meeting. The Special Committee's reference data (meetings, under
# the Assembly) is the spent set's.
with_c34 = extracted_with(Path(__file__).resolve().parents[1] / "data" / "unseen" / "c34-report-2039.ttl")

_OFFICIAL_RECORDS = "{ga}\n{records}\n{session}\n{supplement}\n\nReport of the Special Committee on Peacekeeping Operations\n\n{year} substantive session\n\n1. The Special Committee held its general debate.\n"


@pytest.mark.parametrize(
    ("ga", "records", "session", "supplement"),
    [
        ("General Assembly", "Official Records", "Ninety-first session", "Supplement No. 19 (A/91/19)"),
        ("**General Assembly**", "**Official Records**", "**Ninety-first session**", "**Supplement No. 19 (A/91/19)**"),
        ("General Assembly", "Official Records", "Ninety-first Session", "Supplement No. 19"),
    ],
)
def test_a_session_line_over_a_committee_of_meetings_is_the_assemblys(ga, records, session, supplement):
    found = set(with_c34(_OFFICIAL_RECORDS.format(ga=ga, records=records, session=session, supplement=supplement, year=2036)))
    assert ("meetingOf", "ga#91", "ga") in found
    assert not any(s == "ga/c34#91" for _, s, _ in found)


def test_without_the_assembly_named_above_the_line_is_left_as_it_was():
    text = "Official Records\nNinety-first session\n\nReport of the Special Committee on Peacekeeping Operations\n\n1. The Special Committee met.\n"
    assert ("meetingOf", "ga#91", "ga") not in set(with_c34(text))


def test_a_committee_named_in_a_breadcrumb_above_the_assembly_does_not_keep_the_session():
    text = "Special Committee on Peacekeeping Operations\n\n" + _OFFICIAL_RECORDS.format(
        ga="General Assembly", records="Official Records", session="Ninety-first session", supplement="Supplement No. 19", year=2036
    )
    found = set(with_c34(text))
    assert ("meetingOf", "ga#91", "ga") in found
    assert not any(s == "ga/c34#91" for _, s, _ in found)
