"""A body the text creates, told in a relative clause on the instrument that established it, then its
first session "to be held in <town> from … to …" later in the sentence: "the preparatory committee
..., which the Assembly established by its resolution 88/232, ..., and in which it requested the
Secretary-General to support the committee ..., including at its first session, to be held in New
York from 10 to 12 April 2034", "by which the Assembly decided to establish an intergovernmental group
of experts ..., and look forward to the first session of the group of experts, to be held in Geneva".
The sentence is read anew once the body is born (`relate._ESTABLISHED_IN_A_CLAUSE`), and "its first
session" is the new body's, not that of the Assembly named between, whose first was long ago
(`resolve._born_named_before`); a mandate due "at its first session" is due there too
(`Reader.due_at_the_born_gathering`) (E205). A first session told before the body is born, or of a
body no text created, stays as it was."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import SG_REPORT, in_note, key, shipped_registry
from tests.extract.phrasing import facts as phrasing_facts
from mandate_graph.loaders.extract import extract


def read(sentence: str) -> list[tuple[str, str, str]]:
    extraction = extract(SG_REPORT.format(s=sentence), source_key="test", registry=shipped_registry())
    return [(f.relation, key(f.subject), key(f.object)) for f in extraction.facts]


def first_sessions(sentence: str) -> set[tuple[str, str, str]]:
    return {f for f in read(sentence) if f[0] in ("meetingOf", "heldIn", "heldOn") and f[1].endswith("#1")}


@pytest.mark.parametrize(
    ("sentence", "body", "town", "days"),
    [
        ("The Office serves as the secretariat of the intergovernmental preparatory committee for the 2038 Water Conference, "
         "which the Assembly established by its resolution 88/232, and in which it requested the Secretary-General to provide "
         "the preparatory committee with support, including at its first session, to be held in New York from 10 to 12 April "
         "2034.", "ga/committee-for-the-2038-water-conference", "New York", "2034-04-10/2034-04-12"),
        ("We welcome resolution 88/227, by which the Assembly decided to establish an intergovernmental group of experts on "
         "transit corridors, and look forward to the first session of the group of experts, to be held in Geneva from 2 to 4 "
         "December 2034.", "ga/group-of-experts-on-transit-corridors", "Geneva", "2034-12-02/2034-12-04"),
        ("The Secretariat supports the working group on ocean data, which the General Assembly set up by its resolution 88/40 and "
         "which will hold its first session in Nairobi from 3 to 5 May 2034.", "ga/working-group-on-ocean-data", "Nairobi",
         "2034-05-03/2034-05-05"),
    ],
)
def test_the_new_body_holds_its_first_session(sentence, body, town, days):
    assert first_sessions(sentence) == {("meetingOf", f"{body}#1", body), ("heldIn", f"{body}#1", town), ("heldOn", f"{body}#1", days)}


def test_the_mandate_is_due_at_the_new_bodys_first_session():
    sentence = (
        "The Office serves the preparatory committee for the 2038 Water Conference, which the Assembly established by its "
        "resolution 88/232, and in which it requested the Secretary-General to support the committee at its first session, to be "
        "held in New York from 10 to 12 April 2034."
    )
    extraction = extract(SG_REPORT.format(s=sentence), source_key="test", registry=shipped_registry())
    due = {key(f.due_at) for f in extraction.facts if f.relation == "requests" and f.due_at is not None}
    assert due == {"ga/committee-for-the-2038-water-conference#1"}


@pytest.mark.parametrize(
    "sentence",
    [
        # the Assembly's own first session, no body created in the sentence
        "The Assembly, at its first session, held in London from 10 January to 14 February 1946, adopted resolution 1 (I).",
        # the first session named before the body is created: the one named before it
        "At its first session, held in New York from 10 to 12 April 2034, the Assembly decided to establish a working group on "
        "ocean data by its resolution 88/40.",
    ],
)
def test_near_misses_give_the_new_body_no_session(sentence):
    assert not any(f[1].startswith("ga/working-group") for f in first_sessions(sentence))


def test_a_commissions_group_told_in_a_note():
    text = in_note(
        "The Secretariat services the expert group on storm surges, which the Commission established by its resolution 12/1, and "
        "in which it requested the Executive Secretary to convene the group at its first session, to be held in Suva from 3 to "
        "5 June 2032.",
    )
    held = phrasing_facts(text, "heldIn")
    assert {pair for pair in held if pair[1] == "Suva"} == {("ccr/expert-group-on-storm-surges#1", "Suva")}
