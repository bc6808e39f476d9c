"""Generic words two users' files give bodies of one principal organ (E163). A Repertoire's file calls
a sanctions committee's group "Group of Experts" (an alias); another committee's file calls its group
"group of experts" (its short name). Both are the Security Council's, so neither is a stranger to a
Council document by E115's reading, and loaded together each file cost the other's documents their
group: the name became a short name of two bodies, which a document of one committee could no longer
tell apart, and in capitals ("the Group of Experts") it was read as no body at all. The words are the
group of the committee the document names (`resolve.Scope._of_families_named`), in either case, after
any verb of asking, in a letter of the committee's Chair or in a Repertoire extract; in a Council text
that names neither committee they stay no body's. Invented committees
(tests/data/sibling_groups_of_experts.ttl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with

facts = extracted_with(Path(__file__).resolve().parents[1] / "data" / "sibling_groups_of_experts.ttl")

GROUPS = {"2901": "security-council/2901-committee/group-of-experts", "2944": "security-council/2944-committee/group-of-experts"}
RESOLUTION = "security-council/res/2031/2958"
HEADINGS = {
    "repertoire": {
        "2901": (
            "Repertoire of the Practice of the Security Council\n28th Supplement\n\nI. Committees\n"
            "A. Committee established pursuant to resolution 2901 (2029)\nconcerning the Lake Region\nEstablishment and mandate\n"
        ),
        "2944": (
            "Repertoire of the Practice of the Security Council\n28th Supplement\n\nI. Committees\n"
            "B. Security Council Committee established pursuant to resolution 2944 (2030)\nEstablishment and mandate\n"
        ),
    },
    "letter": {
        "2901": (
            "Letter dated 3 February 2032 from the Chair of the Security Council Committee established pursuant to"
            " resolution 2901 (2029) concerning the Lake Region addressed to the President of the Security Council\n\n"
        ),
        "2944": (
            "Letter dated 3 February 2032 from the Chair of the Security Council Committee established pursuant to"
            " resolution 2944 (2030) addressed to the President of the Security Council\n\n"
        ),
    },
}
ASKED = {
    "requested": ("requests", "the Council requested {group} to provide a final report no later than 15 June 2032"),
    "asked": ("requests", "the Council asked {group} to submit a midterm update"),
    "tasked": ("requests", "the Council tasked {group} with drafting a compilation of effective practices"),
    "encouraged": ("encourages", "the Council encouraged {group} to cooperate with regional organizations"),
}
CALLED = ["the group of experts", "the Group of Experts"]


def document(layout: str, committee: str, sentence: str) -> str:
    return HEADINGS[layout][committee] + f"1.\tBy resolution 2958 (2031), adopted on 27 June 2031, {sentence}.\n"


def groups(found: tuple[tuple[str, str, str], ...]) -> set[str]:
    return {o for _, _, o in found if o in GROUPS.values()} | {s for _, s, _ in found if s in GROUPS.values()}


@pytest.mark.parametrize("called", CALLED)
@pytest.mark.parametrize("asked", list(ASKED))
@pytest.mark.parametrize("layout", list(HEADINGS))
@pytest.mark.parametrize("committee", list(GROUPS))
def test_the_group_asked_is_the_named_committees(committee: str, layout: str, asked: str, called: str) -> None:
    relation, sentence = ASKED[asked]
    found = facts(document(layout, committee, sentence.format(group=called)))
    assert (relation, RESOLUTION, GROUPS[committee]) in found
    assert groups(found) == {GROUPS[committee]}  # never the other committee's group


@pytest.mark.parametrize("called", ["The Group of Experts", "The group of experts"])
@pytest.mark.parametrize("committee", list(GROUPS))
def test_the_group_established_by_the_committees_resolution(committee: str, called: str) -> None:
    # the Repertoire's account of the committee's establishment, the group in the passive, a line
    # break inside the sentence
    year = "2029" if committee == "2901" else "2030"
    text = HEADINGS["repertoire"][committee] + (
        f"The Committee was created under paragraph 8 of resolution {committee} ({year}), adopted on 12 March\n"
        f"{year}, to examine reports of violations. {called} was established\n"
        "under paragraph 10 of the same resolution and has since assisted the Committee.\n"
    )
    found = facts(text)
    assert ("establishes", f"security-council/res/{year}/{committee}", GROUPS[committee]) in found
    assert groups(found) == {GROUPS[committee]}


@pytest.mark.parametrize("called", CALLED)
@pytest.mark.parametrize("asked", list(ASKED))
def test_a_council_text_naming_neither_committee_asks_no_group(asked: str, called: str) -> None:
    # the near miss: which committee's group the words are, nothing says
    _, sentence = ASKED[asked]
    text = "Security Council\n\nThematic note on sanctions\n\n" + f"1.\tBy resolution 2958 (2031), adopted on 27 June 2031, {sentence.format(group=called)}.\n"
    assert groups(facts(text)) == set()
