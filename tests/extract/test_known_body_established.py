"""A body the text establishes that the reference data already knows, named again by its kind
(E187).

"In its resolution 79/12, the General Assembly decided to establish an open-ended intergovernmental
working group on tidal data. The working group held its first session in New York ...": a body the
text creates and the reference data does not know is minted, and "the working group", "the expert
mechanism" after mean it (`rules/new_bodies.later_mentions`). When a user's file describes that
body (a report's own body, loaded with it), the body was not minted and its later mentions meant
nothing: its sessions went to no body or to the parent's ("the working group at its second
session" read as the Assembly's). The known body established here is now named again as a minted
one is (`relate.Reader.adopt_known`), and only where the words name no other body: the kind in
capitals alone ("requests the Working Group", "the Committee") stays with the reader's resolution
of it (the text's author, another body named before).

Near misses: a known body the text only mentions (not established) gives its mentions by kind no
meaning they did not have; "the Working Group" in capitals after another working group named keeps
that one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract import phrasing

FILE = Path(__file__).resolve().parents[1] / "data" / "known_body_established_e187.ttl"
extracted = phrasing.extracted_with(FILE)

GA_FOUNDING = (
    "In its resolution 79/12, the General Assembly decided to establish an open-ended intergovernmental working group "
    "on tidal data and requested the Secretary-General to support it."
)
CCR_FOUNDING = "By its resolution 12/4, the Commission on Coastal Resilience established an expert mechanism on dune restoration."


def facts(sentence: str) -> set[tuple[str, str, str]]:
    return set(extracted(phrasing.SG_REPORT.format(s=sentence)))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            f"{GA_FOUNDING} The working group held its first session in New York from 2 to 6 June 2025.",
            {
                ("meetingOf", "ga/wg-tidal-data#1", "ga/wg-tidal-data"),
                ("heldIn", "ga/wg-tidal-data#1", "New York"),
                ("heldOn", "ga/wg-tidal-data#1", "2025-06-02/2025-06-06"),
            },
        ),
        (
            f"{GA_FOUNDING} Draft guidelines will be before the working group at its second session.",
            {("meetingOf", "ga/wg-tidal-data#2", "ga/wg-tidal-data")},
        ),
        (
            f"{GA_FOUNDING} Its recommendations are for consideration by the group at its third session.",
            {("meetingOf", "ga/wg-tidal-data#3", "ga/wg-tidal-data")},
        ),
        (
            f"{CCR_FOUNDING} The expert mechanism held its first meeting in Bonn on 3 March 2031.",
            {
                ("meetingOf", "ccr/em-dune-restoration#1", "ccr/em-dune-restoration"),
                ("heldIn", "ccr/em-dune-restoration#1", "Bonn"),
                ("heldOn", "ccr/em-dune-restoration#1", "2031-03-03"),
            },
        ),
    ],
)
def test_known_body_established_is_named_again_by_its_kind(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    got = facts(sentence)
    assert expected <= got
    # never the parent's session ("ga#2") nor a body minted beside the known one
    assert not {f for f in got if f[0] == "meetingOf" and f[1] in ("ga#1", "ga#2", "ga#3", "ccr#1")}
    assert not {f for f in got if "working-group-on-tidal-data" in f[1] or "mechanism-on-dune" in f[1]}


def test_establishment_stays_with_the_known_body() -> None:
    got = facts(f"{GA_FOUNDING} The working group held its first session in New York from 2 to 6 June 2025.")
    assert ("establishes", "ga/res/79/12", "ga/wg-tidal-data") in got


def test_known_body_only_mentioned_is_not_taken_up_by_kind() -> None:
    # near miss: the text names the known body (no establishment): "the working group" after is
    # read as before this rule
    sentence = (
        "The Secretary-General took note of the work of the open-ended intergovernmental working group on tidal data. "
        "The working group held its first session in New York from 2 to 6 June 2025."
    )
    got = facts(sentence)
    assert not {f for f in got if f[0] in ("meetingOf", "heldIn", "heldOn") and f[1].startswith("ga/wg-tidal-data#")}


def test_capitalised_kind_after_another_body_keeps_that_body() -> None:
    # near miss: "requests the Working Group" right after another working group of the Assembly named
    # in capitals is the reader's to resolve, not the body established earlier
    sentence = (
        f"{GA_FOUNDING} The General Assembly also took note of the report of the Open-ended Working Group on Ageing "
        "and requests the Working Group to continue its work."
    )
    got = facts(sentence)
    assert not {f for f in got if f[0] == "requests" and f[2] == "ga/wg-tidal-data"}
