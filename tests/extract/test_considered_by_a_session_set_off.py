"""A paper whose consideration by a session is told in a participle set off by a comma, with no
auxiliary ("(A/78/19), considered by the General Assembly at its seventy-eighth session, is
available"), or with the session itself the agent ("(X), considered by the Seventy-eighth World
Health Assembly", "which was examined by the thirty-first session of the Commission"): the paper
was before that session, `submittedTo` (E243, u298's "(A88/l9), considered by the Eighty-eighth
World Health Assembly"). Invented sentences in a report of the Secretary-General."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import in_sg_report


@pytest.mark.parametrize(
    "sentence, symbol, session",
    [
        ("The report of the Secretary-General (A/78/19), considered by the General Assembly at its seventy-eighth session, is available online.", "A/78/19", "ga#78"),
        ("The note (E/CN.6/2030/4), noted by the Commission on the Status of Women at its seventy-fourth session, remains the reference.", "E/CN.6/2030/4", "ecosoc/csw#74"),
        ("Her earlier report (A/HRC/52/7), examined by the Human Rights Council during its fifty-second session, set out the options.", "A/HRC/52/7", "hrc#52"),
        ("The study (A/77/310), which was considered by the seventy-seventh session of the General Assembly, is summarized below.", "A/77/310", "ga#77"),
        ("The plan (A/76/5), discussed by the Assembly at its seventy-sixth session, was revised.", "A/76/5", "ga#76"),
    ],
)
def test_a_paper_considered_by_a_session(sentence: str, symbol: str, session: str) -> None:
    assert (symbol, session) in in_sg_report(sentence, "submittedTo")


@pytest.mark.parametrize(
    "sentence, symbol",
    [
        # the paper was worked on by the Secretariat, not put before the session
        ("The report (A/78/19), considered by the Secretariat before the seventy-eighth session of the General Assembly, is online.", "A/78/19"),
        # a preposition that names no agent of the consideration
        ("The report (A/78/19), considered in the light of the seventy-eighth session of the General Assembly, is online.", "A/78/19"),
        # no comma and no auxiliary: a restrictive participle of another paper
        ("The report (A/78/19) and papers considered at the seventy-eighth session of the General Assembly are online.", "A/78/19"),
        # a bureau of the session, not the session
        ("The report (A/78/19), considered by the Bureau of the seventy-eighth session of the General Assembly, is online.", "A/78/19"),
    ],
)
def test_near_misses_give_no_sending(sentence: str, symbol: str) -> None:
    assert not {s for s, _ in in_sg_report(sentence, "submittedTo") if s == symbol}
