"""What an agenda's annotations recount of a body's own decisions and of another body's resolution:
"The Commission established its working group on coastal data by resolution 12/1" (a body new to the
reference data, described after "its": `new_bodies._DESCRIBED`), then "the working group would become
a permanent body" and "The Commission also tasked the working group with ..." (the narrated past of
the rarer verbs goes on with the instrument the sentence before named: `relate._CARRY_SUBJECT`); "The
Commission is tasked by the General Assembly, in resolution 85/176, with ..." (the agent named before
", in resolution" issued it, `resolve._BY_BODY_IN`; a body that issues instruments may be tasked by
another's, `relate.tasked_by_instrument_after`)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

NEW_WG = "ccr/working-group-on-coastal-data"


@pytest.mark.parametrize("sentence", [
    "The Commission established its working group on coastal data by resolution 12/1.",
    "The Commission established its working group on coastal data by resolution 12/1, adopted at its twelfth session,"
    " held in Geneva from 14 November to 2 December 2030.",
    "The Commission established its working group on coastal data\nby resolution 12/1.",
])
def test_its_working_group_established_by(sentence: str) -> None:
    assert ("ccr/res/12/1", NEW_WG) in facts(in_note(sentence), "establishes")


@pytest.mark.parametrize("sentence", [
    "The Commission established its working group by resolution 12/1.",  # no topic: a body named before
    "The Commission thanked its working group on coastal data for resolution 12/1.",
])
def test_no_new_body(sentence: str) -> None:
    assert not {o for _, o in facts(in_note(sentence), "establishes")} & {NEW_WG, "ccr/working-group"}


def test_the_working_group_after_its_establishment() -> None:
    text = in_note(
        "The Commission established its working group on coastal data by resolution 12/1. By resolution 13/4, the"
        " Commission decided that the working group would become a permanent body of the Commission.",
        "In resolution 13/6, the Commission requested the secretariat to report. The Commission also tasked the"
        " working group with monitoring the situation and with reporting to it at its fourteenth session.",
    )
    assert ("ccr/res/13/4", NEW_WG) in facts(text, "makesConstantElement")
    assert ("ccr/res/13/6", NEW_WG) in facts(text, "requests")


@pytest.mark.parametrize("sentence, verb", [
    ("The Commission also instructed the Committee on Coastal Data to publish the indicators.", "requests"),
    ("The Commission further entrusted the Committee on Coastal Data with the review.", "requests"),
])
def test_the_narrated_past_goes_on_with_the_instrument(sentence: str, verb: str) -> None:
    text = in_note("In resolution 13/6, the Commission requested the secretariat to report. " + sentence)
    assert ("ccr/res/13/6", "ccr/committee-on-data") in facts(text, verb)


def test_a_new_paragraph_with_another_subject_does_not_go_on() -> None:
    text = in_note(
        "In resolution 13/6, the Commission requested the secretariat to report.",
        "The Bureau of the Commission on Coastal Resilience also tasked the Committee on Coastal Data with a review.",
    )
    assert ("ccr/res/13/6", "ccr/committee-on-data") not in facts(text, "requests")


@pytest.mark.parametrize("sentence, instrument", [
    ("The Commission is tasked by the General Assembly, in resolution 85/176, with holding two sessions a year.", "ga/res/85/176"),
    ("The Commission is tasked by the General Assembly, in its resolution 85/176, with holding two sessions a year.", "ga/res/85/176"),
    ("The Commission was tasked by the Economic and Social Council, in resolution 2030/4, with a review of coastal data.",
     "ecosoc/res/2030/4"),
])
def test_tasked_by_another_body_in_its_resolution(sentence: str, instrument: str) -> None:
    text = in_note(sentence)
    assert (instrument, "ccr") in facts(text, "requests")
    assert not {o for _, o in facts(text, "mentions")} & {"ccr/res/85/176", "ccr/res/2030/4"}


@pytest.mark.parametrize("sentence", [
    # its own resolution does not task the body that adopted it
    "The Commission is tasked, in resolution 12/1, with holding two sessions a year.",
    # the agent is not named: a body's own instrument
    "The Commission is tasked with holding two sessions a year.",
])
def test_no_body_tasks_itself(sentence: str) -> None:
    assert ("ccr/res/12/1", "ccr") not in facts(in_note(sentence), "requests")
    assert not facts(in_note(sentence), "requests")
