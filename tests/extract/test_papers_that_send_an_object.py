"""A paper that sends something is no paper sent (E208, u249's last extra, which E199 and E202 left): "the report
of the Council on its 197th Session (CL 197/REP), which transmitted the views of the CCLM at its 121st Session"
gave the report `submittedTo` the CCLM's session. "transmitted", "submitted", "presented" with an object after
them ("the views", "its conclusions", "a proposal") are the report's own verbs: it is the sender, the session
after them the session of the body whose views it sends (`relate._SENDS_AN_OBJECT` in `reports`).

Kept (tested): "(X), submitted to the Committee … at its ninth session", "(X), which was transmitted to the
Committee … at its ninth session", "transmitted to the Human Rights Council at its sixtieth session" (the
passive with "to": sent there).
"""

from __future__ import annotations

import pytest

from .phrasing import ACTION_TAKEN, in_sg_report, registry

from mandate_graph.loaders.extract import extract
from .phrasing import key

REPORT = "The Commission had before it the report of the Working Group on Early Warning Systems on its fourth meeting (E/CN.21/2031/5), "


def submitted(sentence: str) -> set[tuple[str, str]]:
    extraction = extract(ACTION_TAKEN.format(s=sentence), source_key="test", registry=registry())
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == "submittedTo"}


@pytest.mark.parametrize(
    "sentence",
    [
        REPORT + "which transmitted the views of the Committee on Coastal Data at its ninth session.",
        "The Commission had before it the report of the Committee on Coastal Data on its ninth session (E/CN.21/2031/5), which"
        " transmitted the views of the Working Group on Early Warning Systems at its fourth session.",
        "The Commission had before it the report of the Committee on Coastal Data on its ninth session (E/CN.21/2031/5), which"
        " transmitted the views of the Commission at its eleventh session.",
        "The Commission had before it the report of the Committee on Coastal Data on its ninth session (E/CN.21/2031/5), which"
        " presented the conclusions of its Bureau at its tenth session.",
    ],
)
def test_a_report_that_sends_an_object_is_not_sent_to_the_session_named_after(sentence):
    # (the frame's own session, which "had before it" names, aside)
    assert {o for s, o in submitted(sentence) if s == "E/CN.21/2031/5"} <= {"ccr#12"}


@pytest.mark.parametrize(
    "tail",
    [
        "which was transmitted to the Committee on Coastal Data at its ninth session.",
        "submitted to the Committee on Coastal Data at its ninth session.",
        "transmitted to the Committee on Coastal Data at its ninth session.",
    ],
)
def test_a_report_sent_to_a_session_still_is(tail):
    assert ("E/CN.21/2031/5", "ccr/committee-on-data#9") in submitted(REPORT + tail)


def test_a_report_sent_to_a_session_of_a_shipped_body():
    sentence = "The report of the Secretary-General (A/80/300), transmitted to the Human Rights Council at its sixtieth session, describes the work."
    assert ("A/80/300", "hrc#60") in in_sg_report(sentence, "submittedTo")
