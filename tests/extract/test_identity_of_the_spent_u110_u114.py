"""Identity and phrasing families of the spent u111 and u113 (E87), on invented documents of invented
bodies (tests/data/spent_u110_u114.ttl with tests/data/phrasing.ttl), varied in bodies, numbers,
verbs and word order:

- "established by the Council in its resolution 3 (II)" where a regional commission of the Council
  numbers its resolutions "{number} ({session})": the Council named as the agent right before "in
  its" is the issuer, not the body whose convention reads the number (identity);
- "The Committee, a standing committee of the Council established by the Council in its resolution
  ...": the appositive's participle establishes the body the sentence opens with (phrasing);
- "the Agency and the Advisory Board were established by ... resolution 302 (IV)": both names
  joined before a plural passive are established (phrasing);
- "in its resolution 85/77 of the same date, entitled ...": adopted on the day of the instrument
  dated just before, and its title read past "of the same date" (identity of a date).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with

SPENT = Path(__file__).resolve().parents[1] / "data" / "spent_u110_u114.ttl"

_extracted = extracted_with(SPENT)


def facts(text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in _extracted(text) if r == relation}


def council_report(*paragraphs: str) -> str:
    """A report of the Council's Committee on Coastal Cooperatives, as the Council issues it."""
    return (
        "United Nations E/2031/40\n\nEconomic and Social Council\n\nDistr.: General\n3 March 2031\n\nOriginal: English\n\n"
        "Report of the Committee on Coastal Cooperatives on its 2031 session\n\n"
        + "\n\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, 1)) + "\n"
    )


def assembly_letter(*paragraphs: str) -> str:
    """A letter of the Chair of the Advisory Board, issued as a General Assembly document."""
    return (
        "United Nations A/86/77\n\nGeneral Assembly\n\nDistr.: General\n1 July 2031\n\nOriginal: English\n\n"
        "Letter dated 20 June 2031 from the Chair of the Advisory Board of the Southern Ocean Relief Agency"
        " addressed to the Director of the Agency\n\n"
        + "\n\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, 1)) + "\n"
    )


# ---------------------------------------------------------------- the agent before "in its" issues


@pytest.mark.parametrize(
    "sentence, instrument",
    [
        ("The Committee was established by the Council in its resolution 3 (II) of 21 June 1946.", "ecosoc/res/2/3"),
        ("The Committee, which the Council set up in its resolution 17 (IV), meets every year.", "ecosoc/res/4/17"),
        ("The Economic and Social Council, in its resolution 9 (III), decided that the Committee shall meet in January.", "ecosoc/res/3/9"),
    ],
)
def test_the_agent_before_in_its_issues_the_roman_numbered_resolution(sentence: str, instrument: str) -> None:
    mentioned = {o for s, o in facts(council_report(sentence), "mentions")}
    assert instrument in mentioned
    assert not any(o.startswith("ecso/") for o in mentioned)


def test_the_commission_keeps_its_own_convention() -> None:
    text = council_report(
        "The Economic Commission for the Southern Ocean, recalling its resolution 12 (IV), asked the Committee to meet."
    )
    assert "ecso/res/4/12" in {o for s, o in facts(text, "mentions")}


# ---------------------------------------------------------------- an appositive before the participle


@pytest.mark.parametrize(
    "sentence",
    [
        "The Committee, a standing committee of the Council established by the Council in its resolution 2029/3, considers applications.",
        "The Committee, an intergovernmental body established pursuant to Council resolution 2029/3 of 5 May 2029, reviews the reports of cooperatives.",
        "The Committee on Coastal Cooperatives, a subsidiary organ of the Economic and Social Council established by the Council in its resolution 2029/3, met twice.",
    ],
)
def test_the_body_an_appositive_describes_is_established(sentence: str) -> None:
    assert ("ecosoc/res/2029/3", "ecosoc/coop-committee") in facts(council_report(sentence), "establishes")


def test_an_appositive_after_another_name_is_not_the_opening_body() -> None:
    text = council_report(
        "The Committee met the Economic Commission for the Southern Ocean, a body established by the Council in its resolution 2029/3."
    )
    assert ("ecosoc/res/2029/3", "ecosoc/coop-committee") not in facts(text, "establishes")


# ---------------------------------------------------------------- two names joined before "were"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Advisory Board recalls that the Agency and the Advisory Board were established by General Assembly resolution 302 (IV) of 8 December 1949.",
        "The Advisory Board and the Agency have been established by General Assembly resolution 302 (IV).",
    ],
)
def test_both_joined_names_are_established(sentence: str) -> None:
    found = facts(assembly_letter(sentence), "establishes")
    assert {("ga/res/4/302", "sora"), ("ga/res/4/302", "sora/advisory-board")} <= found


def test_names_joined_before_another_clause_are_not_both_established() -> None:
    text = assembly_letter("The Agency and the Advisory Board met in Amman; the Advisory Board was established by General Assembly resolution 302 (IV).")
    assert ("ga/res/4/302", "sora") not in facts(text, "establishes")


# ---------------------------------------------------------------- "of the same date"


@pytest.mark.parametrize(
    "second",
    [
        'In its resolution 85/77 of the same date, entitled "Assistance to ocean refugees", the Assembly requested the Agency to report.',
        "The Assembly, in its resolution 85/77 of the same day, requested the Agency to report.",
    ],
)
def test_of_the_same_date_is_the_day_of_the_instrument_before(second: str) -> None:
    text = assembly_letter(
        "In its resolution 85/78 of 7 December 2030, the General Assembly requested the Director of the Agency to continue the modernization of the Agency.",
        second,
    )
    assert ("ga/res/85/77", "2030-12-07") in facts(text, "adoptedOn")
    if "entitled" in second:
        assert ("ga/res/85/77", "Assistance to ocean refugees") in facts(text, "title")


def test_of_the_same_date_with_no_date_before_gives_none() -> None:
    text = assembly_letter("In its resolution 85/77 of the same date, the General Assembly requested the Agency to report.")
    assert not any(s == "ga/res/85/77" for s, _ in facts(text, "adoptedOn"))


# ---------------------------------------------------------------- u110 and u114: sessions, groups, dates

from tests.extract.phrasing import in_note, in_resolution  # noqa: E402


@pytest.mark.parametrize("officer", ["Chair", "President", "Vice-Chair", "Bureau"])
def test_an_officer_of_a_session_dates_no_session(officer: str) -> None:
    text = in_note(
        f"The session will be opened by the {officer} of the twelfth session on Monday, 8 March 2032, at 10 a.m.",
        "The report of the Commission on its twelfth session, held in New York from 10 to 14 March 2031, was issued as document E/2031/31.",
    )
    held = facts(text, "heldOn")
    assert ("ccr#12", "2031-03-10/2031-03-14") in held
    assert ("ccr#12", "2032-03-08") not in held


def test_an_officer_of_a_session_held_then_keeps_its_dates() -> None:
    text = in_note("The Chair of the twelfth session, held in New York from 10 to 14 March 2031, opened the meeting.")
    assert ("ccr#12", "2031-03-10/2031-03-14") in facts(text, "heldOn")


@pytest.mark.parametrize(
    "later",
    [
        "Requests the Executive Secretary to conclude the host country agreement for the twenty-ninth session;",
        "Decides that the twenty-ninth session should consider the outcome of the present resolution;",
    ],
)
def test_a_bare_session_is_the_one_the_instrument_named(later: str) -> None:
    text = in_resolution(
        "1. Welcomes the offer of the Government of Chile to host the twenty-ninth session of the World Coastal Congress in Santiago from 14 to 18 June 2032;",
        f"2. {later}",
    )
    sessions = {s for s, _ in facts(text, "meetingOf")}
    assert "wcc#29" in sessions and "ccr#29" not in sessions


def test_a_bare_session_two_bodies_share_is_not_guessed() -> None:
    text = in_resolution(
        "1. Welcomes the offer of the Government of Chile to host the twenty-ninth session of the World Coastal Congress in Santiago;",
        "2. Decides to hold its twenty-ninth session in Bonn;",
        "3. Requests the Executive Secretary to report on the twenty-ninth session;",
    )
    # the Commission's own twenty-ninth session was named too: "the twenty-ninth session" may be either
    found = [(s, o) for s, o in facts(text, "meetingOf") if s.endswith("#29")]
    assert ("wcc#29", "wcc") in found and ("ccr#29", "ccr") in found


@pytest.mark.parametrize(
    "first",
    [
        "1. Decides that the ad hoc working group on tide data shall continue as a standing body of the Commission;",
        "1. Takes note of the progress made by the ad hoc working group on tide data;",
    ],
)
@pytest.mark.parametrize("verb, relation", [("Requests", "requests"), ("Invites", "invites"), ("Also requests", "requests")])
def test_the_working_group_named_in_an_earlier_clause(first: str, verb: str, relation: str) -> None:
    text = in_resolution(first, f"2. {verb} the working group to review the draft work programme and to report to the Commission at its thirteenth session;")
    assert ("ccr/res/12/1", "ccr/wg-tide-data") in facts(text, relation)


def test_the_working_group_of_another_instrument_is_not_taken_up() -> None:
    text = in_resolution(
        "2. Requests the working group to review the draft work programme;",
        "3. Takes note of the progress made by the ad hoc working group on tide data;",
    )
    assert ("ccr/res/12/1", "ccr/wg-tide-data") not in facts(text, "requests")


def decisions(*texts: str) -> str:
    """Decisions of the Commission at its twelfth session, each closed by its day alone on a line."""
    return (
        "United Nations E/CN.21/2031/12\n\nEconomic and Social Council\n\nDistr.: General\n2 April 2031\n\nOriginal: English\n\n"
        "Commission on Coastal Resilience\nTwelfth session\nNew York, 24–26 March 2031\n\n"
        "Decisions adopted by the Commission on Coastal Resilience at its twelfth session\n\n" + "\n\n".join(texts) + "\n"
    )


@pytest.mark.parametrize(
    "clause",
    [
        "Adopts the agenda and the organization of work of the session as proposed by the Bureau.",
        "Approves the provisional agenda for its thirteenth session.",
    ],
)
def test_a_decision_of_one_clause_is_dated_by_the_line_under_it(clause: str) -> None:
    text = decisions(
        f"12/1. Adoption of the agenda\n\nThe Commission on Coastal Resilience,\n\n{clause}\n\n25 March 2031",
        "12/2. Tide gauges\n\nThe Commission on Coastal Resilience,\n\n1. Requests the Executive Secretary to report;\n\n"
        "2. Invites the Working Group on Early Warning Systems to meet twice;\n\n26 March 2031",
    )
    adopted = facts(text, "adoptedOn")
    assert ("ccr/dec/12/1", "2031-03-25") in adopted
    assert ("ccr/dec/12/2", "2031-03-26") in adopted
