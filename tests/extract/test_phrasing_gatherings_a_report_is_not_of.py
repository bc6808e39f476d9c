"""report_of, precision (E89): a gathering named after "report of" is not always the one the report
is of. "the report of the pre-sessional working group for the session (X)" was prepared for that
session; "Report of the Office on the review of the recommendations made by the Commission at its
ninth session (X)" names the session at which the recommendations, not the report, were made. The
reports of sessions themselves ("the report of the Commission on its ninth session (X)", "the report
of the Committee adopted at its ninth session") stay theirs. Invented bodies (tests/data/phrasing.ttl)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

DOC = "E/CN.21/2032/7"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission held its thirteenth session in Lima. It had before it the report of the Working Group on Early Warning Systems for the session ({doc}).",
        "The Commission met for its thirteenth session in Lima and had before it the report of the Bureau for this session ({doc}) and a note.",
        "The Commission will have before it the report of the Executive Secretary on the review of the implementation of recommendations made by the Commission at its ninth session ({doc}).",
        "The Commission will have before it a report of the Executive Secretary on the follow-up to the decisions taken by the Commission at its tenth session ({doc}).",
        "The Commission will have before it the report of the Executive Secretary on conclusions reached by the Committee on Coastal Data during its fourth session ({doc}).",
    ],
)
def test_a_session_the_report_was_for_or_when_else_was_done_is_not_its_report(sentence: str) -> None:
    reported = {o for s, o in facts(in_note(sentence.format(doc=DOC)), "reportOf") if s == DOC}
    assert reported == set()


@pytest.mark.parametrize(
    "sentence, session",
    [
        ("The Commission will have before it the report of the Committee on Coastal Data on its fourth session ({doc}).", "cdata#4"),
        ("The Commission will have before it the report of the Committee on Coastal Data on the work of its fifth session ({doc}).", "cdata#5"),
    ],
)
def test_the_report_of_a_session_stays_its_report(sentence: str, session: str) -> None:
    reported = {o for s, o in facts(in_note(sentence.format(doc=DOC)), "reportOf") if s == DOC}
    assert len(reported) == 1 and next(iter(reported)).endswith(session.split("#")[1])
