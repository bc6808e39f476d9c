"""Adoption days and meetings told in every order (E179, cells of the lead's grids read as nothing).

1. The day of an adoption told before, between or after the gathering and the verb: "At its 10811th
   meeting, on 14 June 2031, the Security Council adopted ..." (a meeting numbered in five figures was
   no sitting to `relate._PLENARY`), "The Security Council, at its 10811th meeting, held on 14 June
   2031, adopted ..." (a day set off between the gathering and the verb), "On 14 June 2031, at its
   10811th meeting, the Council adopted ..." (the day opening the sentence hid the gathering's body),
   "The Council adopted resolution 2968 (2031) on 14 June 2031 at its 10811th meeting", "At its
   seventy-seventh session, on 7 December 2022, the General Assembly adopted ...", "The General
   Assembly, at its seventy-seventh session, adopted resolution 77/12 on 7 December 2022". A meeting
   numbered in figures (a sitting of a long series) was held on the day; a session was not.
2. The day of an act a body did by its instrument (`rules/dated_acts.py`): "On 14 June 2031, by its
   resolution 2968 (2031), the Council extended ...", "On 14 June 2031, the Security Council, by
   resolution 2968 (2031), extended ...", "... until 15 July 2032 by resolution 2968 (2031)", "...
   on 14 June 2031 through resolution 2968 (2031)". The unseen gold dates an instrument by the day
   it was adopted however it is told (a meeting's header date, a day's summary); an act done by an
   instrument is done the day it is adopted. Near misses: the instrument the act's object, a
   participle's agent, an act told back, an instrument of another body.
3. A session's days told first or split: "From 1 to 4 March 2031, the Statistical Commission held
   its sixty-second session in New York", "... met in New York for its sixty-second session", "...
   was opened on 1 March and closed on 4 March 2031" (the year once, at the end). Near misses: a
   month is no day, the days of another verb.

Invented sentences in a report of the Secretary-General to the Security Council or to the General
Assembly (the shipped reference data), in a note for the invented Commission on Coastal Resilience
(tests/data/phrasing.ttl) and in a note for an invented treaty's Conference of the Parties
(tests/data/phrasing_treaty.ttl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import REFERENCE, SG_REPORT, extracted_with, in_note, key, shipped_registry

_SC_REPORT = (
    "S/2031/512\nSecurity Council\nDistr.: General\n20 June 2031\nOriginal: English\n\n"
    "United Nations Mission in South Sudan\n\nReport of the Secretary-General\n\nI. Introduction\n\n1. {s}\n"
)
_TREATY_NOTE = (
    "United Nations RS/COP.12/4\n\nDistr.: General\n2 January 2032\n\nOriginal: English\n\n"
    "Conference of the Parties to the Convention on Reef Sanctuaries\nTwelfth meeting\nApia, 3–7 May 2032\n\n"
    "Note by the secretariat\n\n1. {s}\n"
)
_with_treaty = extracted_with(Path(REFERENCE).parent / "phrasing_treaty.ttl")
_with_commission = extracted_with()
_RELATIONS = ("adoptedAt", "adoptedOn", "heldOn", "heldIn")


def told(frame: str, sentence: str) -> set[tuple[str, str, str]]:
    """(relation, subject, object) keys of the adoption and gathering facts ``sentence`` states in
    ``frame``: "sc", "sg" (shipped reference data), "ccr" (a note of the invented commission) or
    "cop" (a note for the invented treaty's Conference of the Parties)."""
    if frame in ("sc", "sg"):
        text = (_SC_REPORT if frame == "sc" else SG_REPORT).format(s=sentence)
        extraction = extract(text, source_key="test", registry=shipped_registry())
        found = {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}
    elif frame == "ccr":
        found = set(_with_commission(in_note(sentence)))
    else:
        found = set(_with_treaty(_TREATY_NOTE.format(s=sentence)))
    return {f for f in found if f[0] in _RELATIONS}


SC_RES = "security-council/res/2031/2968"
SC_MEETING = "security-council#10811"
SC_DAY = "2031-06-14"


# ---------------------------------------------------------------- 1. the day and the gathering


@pytest.mark.parametrize(
    "sentence",
    [
        "At its 10811th meeting, on 14 June 2031, the Security Council adopted resolution 2968 (2031).",
        "At its 10811th meeting, held on 14 June 2031, the Security Council unanimously adopted resolution 2968 (2031).",
        "At its 10811th meeting, on Saturday, 14 June 2031, the Council adopted resolution 2968 (2031) without a vote.",
        "The Security Council, at its 10811th meeting, held on 14 June 2031, adopted resolution 2968 (2031).",
        "The Security Council, at its 10811th meeting, on 14 June 2031, unanimously adopted resolution 2968 (2031).",
        "On 14 June 2031, at its 10811th meeting, the Council adopted resolution 2968 (2031).",
        "On Saturday, 14 June 2031, at its 10811th meeting, the Security Council unanimously adopted resolution 2968 (2031).",
        "On June 14, 2031, at its 10811th meeting, the Council adopted resolution 2968 (2031).",
        "The Council adopted resolution 2968 (2031) on 14 June 2031 at its 10811th meeting.",
        "The Council unanimously adopted resolution 2968 (2031) on 14 June 2031, at its 10811th meeting.",
    ],
)
def test_a_meeting_of_a_long_series_its_day_in_any_order(sentence):
    assert {("adoptedAt", SC_RES, SC_MEETING), ("adoptedOn", SC_RES, SC_DAY), ("heldOn", SC_MEETING, SC_DAY)} <= told("sc", sentence)


def test_two_resolutions_at_one_meeting():
    sentence = "At its 10811th meeting, on 14 June 2031, the Council adopted resolutions 2968 (2031) and 2969 (2031)."
    assert {
        ("adoptedOn", SC_RES, SC_DAY), ("adoptedOn", "security-council/res/2031/2969", SC_DAY),
        ("adoptedAt", "security-council/res/2031/2969", SC_MEETING),
    } <= told("sc", sentence)


@pytest.mark.parametrize(
    ("frame", "sentence", "instrument", "session", "day"),
    [
        ("sg", "At its seventy-seventh session, on 7 December 2022, the General Assembly adopted resolution 77/12.",
         "ga/res/77/12", "ga#77", "2022-12-07"),
        ("sg", "The General Assembly, at its seventy-seventh session, adopted resolution 77/12 on 7 December 2022.",
         "ga/res/77/12", "ga#77", "2022-12-07"),
        ("sg", "The General Assembly, at its seventy-seventh session, on 7 December 2022, adopted resolution 77/12.",
         "ga/res/77/12", "ga#77", "2022-12-07"),
        ("sg", "On 7 December 2022, at its seventy-seventh session, the General Assembly adopted resolution 77/12.",
         "ga/res/77/12", "ga#77", "2022-12-07"),
        ("sg", "At its fifty-second session, on 4 April 2023, the Human Rights Council adopted resolution 52/1 without a vote.",
         "hrc/res/52/1", "hrc#52", "2023-04-04"),
        ("sg", "The Human Rights Council, at its fifty-second session, adopted resolution 52/1 on 4 April 2023.",
         "hrc/res/52/1", "hrc#52", "2023-04-04"),
        ("sg", "At its sixty-second session, on 4 March 2031, the Statistical Commission adopted decision 62/101.",
         "ecosoc/statistical-commission/dec/62/101", "ecosoc/statistical-commission#62", "2031-03-04"),
        ("ccr", "At its twelfth session, on 14 March 2031, the Commission adopted resolution 12/3.",
         "ccr/res/12/3", "ccr#12", "2031-03-14"),
        ("ccr", "The Commission on Coastal Resilience, at its twelfth session, adopted resolution 12/3 on 14 March 2031.",
         "ccr/res/12/3", "ccr#12", "2031-03-14"),
        ("cop", "The Conference of the Parties, at its eleventh meeting, adopted decision 11/4 on 7 May 2031.",
         "rs-cop/dec/11/4", "rs-cop#11", "2031-05-07"),
        ("cop", "On 3 May 2031, at its eleventh meeting, the Conference of the Parties adopted decision 11/4.",
         "rs-cop/dec/11/4", "rs-cop#11", "2031-05-03"),
    ],
)
def test_a_session_adopts_on_a_day_it_was_not_held_on_alone(frame, sentence, instrument, session, day):
    facts = told(frame, sentence)
    assert {("adoptedAt", instrument, session), ("adoptedOn", instrument, day)} <= facts
    assert ("heldOn", session, day) not in facts  # the adoption's day, one of the session's


def test_a_plenary_meeting_inside_a_session_gives_the_day_alone():
    facts = told("sg", "At its 45th plenary meeting, on 7 December 2022, the General Assembly adopted resolution 77/12.")
    assert facts == {("adoptedOn", "ga/res/77/12", "2022-12-07")}


def test_a_session_held_over_days_set_off_gives_no_adoption_day():
    facts = told("sg", "The General Assembly, at its seventy-seventh session, held from 13 September to 22 December 2022, adopted"
                       " resolution 77/12.")
    assert ("adoptedAt", "ga/res/77/12", "ga#77") in facts
    assert not {f for f in facts if f[0] == "adoptedOn"}


@pytest.mark.parametrize(
    "sentence",
    [
        "On 14 June 2031, at its 10811th meeting, the Council considered the report of the Secretary-General (S/2031/400).",
        "The Council considered the report on 14 June 2031 at its 10811th meeting.",
    ],
)
def test_the_day_before_a_meeting_is_its_day_whatever_it_did(sentence):
    assert ("heldOn", SC_MEETING, SC_DAY) in told("sc", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a conference's meeting in words sits for days: the adoption's day is not the meeting's
        "On 3 May 2031, at its eleventh meeting, the Conference of the Parties adopted decision 11/4.",
        # the day of something else before the meeting
        "The Conference of the Parties adopted decision 11/4, which enters into force on 1 January 2032, at its eleventh meeting.",
    ],
)
def test_near_misses_hold_no_meeting_on_the_day(sentence):
    assert not {f for f in told("cop", sentence) if f[0] == "heldOn" and f[1] == "rs-cop#11"}


# ---------------------------------------------------------------- 2. an act done by an instrument


@pytest.mark.parametrize(
    ("frame", "sentence", "fact"),
    [
        ("sc", "On 14 June 2031, by its resolution 2968 (2031), the Council extended the mandate of the Mission.", (SC_RES, SC_DAY)),
        ("sc", "On 14 June 2031, in its resolution 2968 (2031), the Security Council decided to extend the mandate of the Mission.",
         (SC_RES, SC_DAY)),
        ("sc", "On 14 June 2031, the Security Council, by resolution 2968 (2031), extended the mandate of the Mission.", (SC_RES, SC_DAY)),
        ("sc", "On 14 June 2031, the Security Council extended the mandate of the Mission until 15 July 2032 by resolution 2968 (2031).",
         (SC_RES, SC_DAY)),
        ("sc", "The Council extended the mandate of the Mission on 14 June 2031 through resolution 2968 (2031).", (SC_RES, SC_DAY)),
        ("sc", "The Security Council renewed the sanctions regime on 14 June 2031 by its resolution 2968 (2031).", (SC_RES, SC_DAY)),
        ("sg", "On 7 December 2022, by its resolution 77/12, the General Assembly proclaimed 2024 the International Year of Coastal"
               " Zones.", ("ga/res/77/12", "2022-12-07")),
        ("sg", "On 7 December 2022, the General Assembly proclaimed 2024 the International Year of Coastal Zones in its resolution"
               " 77/12.", ("ga/res/77/12", "2022-12-07")),
        ("sg", "On 7 June 2022, by its resolution 2022/5, the Economic and Social Council established the Advisory Group on Rural"
               " Water.", ("ecosoc/res/2022/5", "2022-06-07")),
        ("sg", "On 4 April 2023, the Human Rights Council, through resolution 52/1, renewed the mandate of the Special Rapporteur.",
         ("hrc/res/52/1", "2023-04-04")),
        ("ccr", "On 14 March 2031, by its resolution 12/3, the Commission established the Working Group on Early Warning Systems.",
         ("ccr/res/12/3", "2031-03-14")),
        ("ccr", "The Commission established the Working Group on Early Warning Systems on 14 March 2031 by its resolution 12/3.",
         ("ccr/res/12/3", "2031-03-14")),
        ("cop", "On 7 May 2031, the Conference of the Parties, by decision 11/4, extended the work programme.",
         ("rs-cop/dec/11/4", "2031-05-07")),
    ],
)
def test_the_day_of_an_act_done_by_an_instrument_is_its_adoption_day(frame, sentence, fact):
    assert {(s, o) for r, s, o in told(frame, sentence) if r == "adoptedOn"} == {fact}


@pytest.mark.parametrize(
    ("frame", "sentence"),
    [
        # the instrument is the act's object
        ("sg", "On 7 December 2022, the General Assembly recalled its resolution 76/3."),
        ("sc", "On 14 June 2031, the Security Council recalled its resolution 2901 (2030)."),
        ("sc", "On 14 June 2031, the Security Council, recalling its resolution 2901 (2030), extended the mandate of the Mission."),
        # a draft, and an action deferred
        ("sg", "On 7 December 2022, the General Assembly considered draft resolution A/C.3/77/L.5 and deferred action on it."),
        # a participle's agent
        ("sc", "On 14 June 2031, the Council renewed the mandate of the Mission established by resolution 1996 (2011)."),
        ("sc", "On 14 June 2031, the Council extended the mandate of the Mission, as requested by resolution 2901 (2030)."),
        # an act told back
        ("sc", "On 14 June 2031, the Council recalled that, by its resolution 2901 (2030), it had extended the mandate of the Mission."),
        # the instrument the ground of another's act
        ("sc", "On 14 June 2031, the Secretary-General, pursuant to resolution 2901 (2030), appointed a Special Envoy."),
        ("cop", "On 7 May 2031, the Conference of the Parties recalled its decision 10/2."),
        # no day
        ("sc", "In June 2031, by its resolution 2968 (2031), the Council extended the mandate of the Mission."),
    ],
)
def test_near_misses_date_no_instrument(frame, sentence):
    assert not {f for f in told(frame, sentence) if f[0] == "adoptedOn"}


def test_an_instrument_dated_in_its_citation_keeps_its_own_day():
    sentence = "On 14 June 2031, by its resolution 2968 (2031) of 12 June 2031, the Council extended the mandate of the Mission."
    assert {(s, o) for r, s, o in told("sc", sentence) if r == "adoptedOn"} == {(SC_RES, "2031-06-12")}


# ---------------------------------------------------------------- 3. a session's days told first or split

STATCOM = "ecosoc/statistical-commission#62"


@pytest.mark.parametrize(
    ("frame", "sentence", "gathering", "days", "town"),
    [
        ("sg", "From 1 to 4 March 2031, the Statistical Commission held its sixty-second session in New York.",
         STATCOM, "2031-03-01/2031-03-04", "New York"),
        ("sg", "From 1 to 4 March 2031, the Statistical Commission met in New York for its sixty-second session.",
         STATCOM, "2031-03-01/2031-03-04", "New York"),
        ("sg", "From Monday, 1 March, to Thursday, 4 March 2031, the Statistical Commission held its sixty-second session.",
         STATCOM, "2031-03-01/2031-03-04", None),
        ("sg", "On 1 and 2 March 2031, the Statistical Commission convened its sixty-second session.",
         STATCOM, "2031-03-01/2031-03-02", None),
        ("sg", "From 8 to 12 March 2032, the Commission on Population and Development will hold its sixty-fifth session in New York.",
         "ecosoc/cpd#65", "2032-03-08/2032-03-12", "New York"),
        ("cop", "From 3 to 7 May 2031, the Conference of the Parties held its eleventh meeting in Apia.",
         "rs-cop#11", "2031-05-03/2031-05-07", "Apia"),
        ("sg", "The sixty-second session of the Statistical Commission was opened on 1 March and closed on 4 March 2031.",
         STATCOM, "2031-03-01/2031-03-04", None),
        ("sg", "The sixty-second session of the Statistical Commission opened on 28 February and closed on 4 March 2031.",
         STATCOM, "2031-02-28/2031-03-04", None),
        ("sg", "The sixty-second session of the Statistical Commission will open on Monday, 1 March, and close on Thursday, 4 March"
               " 2031.", STATCOM, "2031-03-01/2031-03-04", None),
        ("cop", "The eleventh meeting of the Conference of the Parties was opened in Apia on 3 May and closed on 7 May 2031.",
         "rs-cop#11", "2031-05-03/2031-05-07", "Apia"),
        ("ccr", "The eleventh session of the Commission was opened on 28 December and closed on 3 January 2031.",
         "ccr#11", "2030-12-28/2031-01-03", None),
    ],
)
def test_the_days_of_a_gathering_told_first_or_split(frame, sentence, gathering, days, town):
    facts = told(frame, sentence)
    assert {(s, o) for r, s, o in facts if r == "heldOn" and s == gathering} == {(gathering, days)}
    if town is not None:
        assert ("heldIn", gathering, town) in facts


@pytest.mark.parametrize(
    ("frame", "sentence", "gathering"),
    [
        # a month is no day
        ("sg", "The Statistical Commission will hold its sixty-second session in March 2031.", STATCOM),
        ("sg", "In March 2031, the Statistical Commission held its sixty-second session in New York.", STATCOM),
        # the days of another verb, or another subject's
        ("sg", "From 1 to 4 March 2031, the Statistical Commission considered its programme of work at its sixty-second session.",
         STATCOM),
        ("sg", "From 1 to 4 March 2031, the Bureau of the Statistical Commission prepared its sixty-second session.", STATCOM),
        # the second day closes nothing
        ("sg", "The sixty-second session of the Statistical Commission was opened on 1 March and the report was adopted on 4 March"
               " 2031.", STATCOM),
    ],
)
def test_near_misses_give_no_days(frame, sentence, gathering):
    assert not {f for f in told(frame, sentence) if f[0] == "heldOn" and f[1] == gathering}
