"""The days of a session's resumed (reconvened, second) part are the session's second `heldOn` (E220,
empty cells of the lead's grid h): "The resumed twelfth session was held on 1 and 2 December 2031", in
the report of the twelfth session (held 10–14 March 2031), gives the twelfth session both spans, as the
unseen set's convention gives each part of a session held in parts its `heldOn` (u50, u223, u231; the
gold corrections of E220 for u226 and u228). E185 had read such days as no `heldOn`
(`relate.Reader.gathering_facts`, `_RESUMED_PART`): they are still not the span other rules take as the
session's (`Reader.held`), and adoption "at the resumed twelfth session" stays `adoptedAt` the session.

Frames: the "action taken" chapter of the invented Commission's report, a report of the Secretary-General
telling the sessions of a functional commission the shipped data knows. Near misses: the day of a joint
sitting with another body's reconvened session ("held jointly with the reconvened forty-second session of
…, on 7 December 2033") is not that session's; a session not resumed keeps its one span."""

from __future__ import annotations

import pytest

from . import phrasing as P

SPAN = ("ccr#12", "2031-03-10/2031-03-14")  # the report's own session, from its title
RESUMED = ("ccr#12", "2031-12-01/2031-12-02")


def _held_on(sentence: str) -> set[tuple[str, str]]:
    return P.facts(P.ACTION_TAKEN.format(s=sentence), "heldOn")


@pytest.mark.parametrize(
    "sentence",
    [
        "The resumed twelfth session was held on 1 and 2 December 2031.",
        "The Commission held its resumed twelfth session in Bangkok on 1 and 2 December 2031.",
        "The Commission held a resumed twelfth session on 1 and 2 December 2031.",
        "The second part of the twelfth session was held on 1 and 2 December 2031.",
        "The reconvened twelfth session took place on 1 and 2 December 2031 in Bangkok.",
    ],
)
def test_the_resumed_part_is_a_second_span(sentence):
    assert {SPAN, RESUMED} <= _held_on(sentence)


def test_adopted_at_the_resumed_session():
    text = P.ACTION_TAKEN.format(s="At the resumed twelfth session, on 2 December 2031, the Commission adopted resolution 12/3 without a vote.")
    assert ("ccr/res/12/3", "ccr#12") in P.facts(text, "adoptedAt")


def test_a_functional_commissions_reconvened_session():
    sentence = "The Commission on Narcotic Drugs held its reconvened sixty-eighth session in Vienna on 4 and 5 December 2025."
    assert P.in_sg_report(sentence, "heldOn") == {("ecosoc/cnd#68", "2025-12-04/2025-12-05")}


def test_the_joint_sittings_day_is_not_the_others_part():
    sentence = (
        "The Commission on Narcotic Drugs held its reconvened sixty-eighth session in Vienna on 4 and 5 December 2025. "
        "One of its meetings was held jointly with the reconvened thirty-fourth session of the Commission on Crime "
        "Prevention and Criminal Justice, on 4 December 2025."
    )
    assert not [s for s, _ in P.in_sg_report(sentence, "heldOn") if s.startswith("ecosoc/ccpcj")]


def test_a_session_not_resumed_keeps_one_span():
    assert _held_on("The twelfth session was held in Bangkok from 10 to 14 March 2031.") == {SPAN}
