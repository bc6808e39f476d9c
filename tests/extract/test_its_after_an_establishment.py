""""its" after the noun of a body's origin, or after "reported to" a receiver: "The General Assembly
welcomed the establishment of the Human Rights Council by its resolution 60/251" (the Assembly's: a body
does not set itself up), "The Commission reported to the Assembly on its sixty-third session" (the
Commission's). A grid of frames found the resolution given to the Council and the session to the
Assembly (`resolve._its_subject`, `_ESTABLISHMENT_OF_BY_ITS`, `_reporter_to_receiver`)."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report


@pytest.mark.parametrize(
    ("sentence", "instrument", "body"),
    [
        ("The General Assembly welcomed the establishment of the Human Rights Council by its resolution 60/251.", "ga/res/60/251", "hrc"),
        ("The Economic and Social Council welcomed the establishment of the Permanent Forum on Indigenous Issues by its resolution 2000/22.",
         "ecosoc/res/2000/22", "ecosoc/permanent-forum-on-indigenous-issues"),
        ("In 2006, the General Assembly welcomed the establishment of the Human Rights Council\nby its resolution 60/251.", "ga/res/60/251", "hrc"),
    ],
)
def test_the_subject_set_the_body_up_by_its_own_resolution(sentence, instrument, body):
    assert (instrument, body) in in_sg_report(sentence, "establishes")
    assert {o for _, o in in_sg_report(sentence, "mentions")} == {instrument}


def test_paragraph_of_its_resolution_is_the_subjects_too():
    sentence = "The General Assembly also noted the creation of the Human Rights Council by paragraph 1 of its resolution 60/251."
    assert {o for _, o in in_sg_report(sentence, "mentions")} == {"ga/res/60/251"}


def test_a_body_recalling_its_own_resolution_keeps_it():
    # near miss: no noun of origin, "its" is the Council's own
    sentence = "The Human Rights Council recalled its resolution 52/1."
    assert {o for _, o in in_sg_report(sentence, "mentions")} == {"hrc/res/52/1"}


# "reported to the Assembly on its sixty-third session": the same "its", the reporter's, with the
# receiver between (`relate._REPORT_ON`, `resolve._reporter_to_receiver`)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission for Social Development reported to the Assembly on its sixty-third session in document A/79/456.",
        "The Commission for Social Development reported to the General Assembly on its sixty-third session in document A/79/456.",
        "The Commission for Social Development has also reported to the Economic and Social Council on the work of its\nsixty-third session in document A/79/456.",
    ],
)
def test_a_body_reported_to_another_on_its_own_session(sentence):
    assert in_sg_report(sentence, "reportOf") == {("A/79/456", "ecosoc/csocd#63")}


def test_a_reporter_holding_no_sessions_reports_on_none_of_the_receivers():
    sentence = "The Secretary-General reported to the General Assembly on its seventy-eighth session in document A/79/456."
    assert in_sg_report(sentence, "reportOf") == set()
