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
