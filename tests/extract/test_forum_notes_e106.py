"""What a note by a secretariat for a forum that adopts nothing tells of the council resolutions
behind it (E106, from the spent u127): "the Council recalled its resolution 12/3 and its
resolution 30/9", a body set up with its members before its topic ("an advisory panel of seven
independent experts on ..."), and that body asked in the past passive with no instrument named
("The panel was requested to ..."). Invented council and forum (tests/data/forum_of_a_council.ttl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with

facts = extracted_with(Path(__file__).resolve().parents[1] / "data" / "forum_of_a_council.ttl")

NOTE = (
    "United Nations\tA/OCA/FOG/2032/2\nGeneral Assembly\tDistr.: General\n3 September 2032\n\nOriginal: English\n\n"
    "Council on Ocean Affairs\nForum on Ocean Governance\nSeventh session\nNairobi, 2–4 December 2032\n"
    "Item 2 of the provisional agenda\n\nNote by the secretariat\n\n"
    "1.\tThe present note is submitted to the Forum pursuant to Council on Ocean Affairs resolution 41/7.\n"
)
GROUND = "oca/res/41/7"


def note(*paragraphs: str) -> str:
    return NOTE + "".join(f"{n}.\t{p}\n" for n, p in enumerate(paragraphs, 2))


@pytest.mark.parametrize(
    "recalled",
    [
        "its resolution 12/3 and its resolution 30/9 of 3 March 2030",
        "its resolution 12/3 and its decision 30/9",
        "its decision 12/3, as well as its resolution 30/9",
        "its resolution 12/3 and also its resolution 30/9, adopted on 3 March 2030",
    ],
)
@pytest.mark.parametrize("opening", ["In its preamble, the Council recalled", "In that resolution, the Council reaffirmed"])
def test_a_possessive_repeated_after_and_is_the_same_issuers(opening: str, recalled: str) -> None:
    found = facts(note(f"{opening} {recalled}."))
    cited = {o for rel, s, o in found if rel == "cites" and s == GROUND}
    assert {c.rsplit("/", 2)[-2:][0] for c in cited} == {"12", "30"}
    assert all(c.startswith("oca/") for c in cited)


@pytest.mark.parametrize("kind", ["advisory panel", "committee", "expert group"])
@pytest.mark.parametrize("members", ["five independent experts", "seven members", "12 eminent persons", "three specialists"])
@pytest.mark.parametrize("topic", ["on coastal erosion in small islands", "for the restoration of mangroves"])
def test_a_body_with_its_members_before_its_topic_is_set_up(kind: str, members: str, topic: str) -> None:
    article = "an" if kind[0] in "aeiou" else "a"
    found = facts(note(f"In that resolution, the Council also decided to establish {article} {kind} of {members} {topic}, to be appointed by its President."))
    born = {o for rel, s, o in found if rel == "establishes" and s == GROUND}
    assert len(born) == 1
    assert topic.split()[-1] in next(iter(born))


def test_a_body_of_members_with_no_topic_is_no_body_named() -> None:
    found = facts(note("In that resolution, the Council also decided to establish a committee of five Trustees."))
    assert not [f for f in found if f[0] == "establishes"]


@pytest.mark.parametrize(
    ("asked", "relation"),
    [
        ("The panel was requested to report", "requests"),
        ("The panel was also asked to report", "requests"),
        ("The panel was invited to report", "invites"),
        ("The advisory panel was further requested to report", "requests"),
    ],
)
@pytest.mark.parametrize("joined", ["\n{n}.\t", " "])
def test_a_body_set_up_then_asked_in_the_past_passive_is_asked_by_its_founder(asked: str, relation: str, joined: str) -> None:
    text = note(
        "In that resolution, the Council decided to establish an advisory panel on coastal erosion in small islands."
        + joined.format(n=3) + f"{asked} to the Council at its forty-fourth session."
    )
    found = facts(text)
    born = next(o for rel, s, o in found if rel == "establishes")
    assert (relation, GROUND, born) in found


def test_the_passive_after_another_instrument_is_named_is_not_the_founders() -> None:
    text = note(
        "In that resolution, the Council decided to establish an advisory panel on coastal erosion in small islands.",
        "Council resolution 41/9 concerns the budget of the Forum.",
        "The panel was requested to report to the Council at its forty-fourth session.",
    )
    assert not [f for f in facts(text) if f[0] == "requests"]


def test_a_body_the_text_did_not_set_up_is_not_asked_by_the_instrument_named_last() -> None:
    text = note("The Forum was requested to report to the Council at its forty-fourth session.")
    assert not [f for f in facts(text) if f[0] == "requests"]


@pytest.mark.parametrize("back", ["The same resolution", "That resolution", "The above-mentioned resolution"])
@pytest.mark.parametrize(
    ("asked", "relation"),
    [
        ("and tasked it with guiding the work of the Forum", "requests"),
        ("and requested it to guide the work of the Forum", "requests"),
        ("and also invited it to guide the work of the Forum", "invites"),
        ("and entrusted it with guiding the work of the Forum", "requests"),
    ],
)
def test_a_back_reference_that_sets_up_a_body_and_asks_it(back: str, asked: str, relation: str) -> None:
    text = note(
        "The Forum was established by the Council in its resolution 41/2 of 6 June 2031 to discuss trends.",
        f"{back} established the Standing Committee on Coastal Erosion in Small Islands {asked}.",
    )
    found = facts(text)
    born = {o for rel, s, o in found if rel == "establishes" and s == "oca/res/41/2"} - {"oca/forum"}
    assert len(born) == 1
    assert (relation, "oca/res/41/2", next(iter(born))) in found


@pytest.mark.parametrize("verb", ["tasked", "charged"])
@pytest.mark.parametrize("body", ["an advisory panel on coastal erosion", "a working group on coastal erosion"])
def test_a_body_whose_description_is_followed_by_tasked_ends_there(body: str, verb: str) -> None:
    text = note(f"Council resolution 41/2 established {body} and {verb} it with reviewing the reports.")
    born = [o for rel, s, o in facts(text) if rel == "establishes"]
    assert len(born) == 1 and born[0].endswith("coastal-erosion")


def test_its_after_another_issuers_instrument_is_not_that_issuers() -> None:
    # "its" stands for the subject, not for the Assembly whose resolution comes first
    found = facts(note("In its preamble, the Council recalled General Assembly resolution 80/141 and its resolution 30/9."))
    assert not [o for rel, s, o in found if o == "ga/res/30/9"]


@pytest.mark.parametrize("members", ["five independent experts", "seven members", "12 eminent persons"])
@pytest.mark.parametrize("later", ["The panel was requested to report to the Council", "The panel held its first meeting in Nairobi on 3 and 4 May 2032"])
def test_a_body_set_up_with_its_members_is_named_again_by_its_kind(members: str, later: str) -> None:
    # the note's own body (the Forum) is of no organization the Council's panel is of: the panel,
    # born in the text, is still no stranger's "panel"
    text = note(
        f"In that resolution, the Council also decided to establish an advisory panel of {members} on coastal erosion in small islands.",
        f"{later}.",
    )
    found = facts(text)
    born = next(o for rel, s, o in found if rel == "establishes" and s == GROUND)
    assert ("requests", GROUND, born) in found or ("meetingOf", f"{born}#1", born) in found
