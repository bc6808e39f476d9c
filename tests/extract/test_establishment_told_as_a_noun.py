"""A body's origin told around the noun of the act or in brackets: "Welcoming the establishment of the
Human Rights Council by General Assembly resolution 60/251", "Since its establishment by General
Assembly resolution 65/182, the Open-ended Working Group on Ageing has met annually", "The Committee
of Experts on Public Administration (established by Economic and Social Council resolution 2001/45)
met". Only the verb ("was established by", ", established by") and an opening participle
("Established by ...,") were read; the noun of the act, its owner "its", and the participle opening a
bracket read as nothing (`rules/origins_told.py`, `rules/new_bodies.py`, `relate.Reader.origin_told`).
Invented sentences in a report of the Secretary-General, with bodies the shipped data knows and bodies
it does not."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report


def established(sentence: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, "establishes")


def founded_by(sentence: str, number: str) -> list[str]:
    """The bodies the instrument numbered ``number`` establishes, per the sentence."""
    return sorted(body for instrument, body in established(sentence) if instrument.endswith("/" + number))


@pytest.mark.parametrize(
    "sentence",
    [
        "Welcoming the establishment of the Human Rights Council by General Assembly resolution 60/251, the Committee met.",
        "The establishment of the Human Rights Council by General Assembly resolution 60/251 was welcomed.",
        "Since the creation of the Human Rights Council by the General Assembly in its resolution 60/251, the Committee has met.",
        "The establishment of the Human Rights Council pursuant to General Assembly resolution 60/251 was welcomed.",
        "The establishment of the Human Rights Council, in 2006, by General Assembly resolution 60/251 was welcomed.",
        "Since its establishment by General Assembly resolution 60/251, the Human Rights Council has met regularly.",
        "Following its creation by the General Assembly in its resolution 60/251, the Human Rights Council met regularly.",
        "Upon its establishment by the Assembly in resolution 60/251, the Human Rights Council met regularly.",
        "The Human Rights Council (established by General Assembly resolution 60/251) met regularly.",
    ],
)
def test_a_known_body_established_around_the_noun_or_in_brackets(sentence):
    assert founded_by(sentence, "251") == ["hrc"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Since its establishment by General Assembly resolution 65/182, the Open-ended Working Group on Ageing has met annually.", "ageing"),
        ("Following its creation by the Assembly in its resolution 65/182, the Committee of Experts on Coastal Fisheries met annually.", "coastal-fisheries"),
        ("The Committee recalled the establishment of the Open-ended Working Group on Ageing by General Assembly resolution 65/182.", "ageing"),
        ("The Committee of Experts on Coastal Fisheries (established by General Assembly resolution 65/182) met annually.", "coastal-fisheries"),
        ("The Open-ended Working Group on Ageing (established pursuant to General Assembly resolution 65/182) met annually.", "ageing"),
    ],
)
def test_a_new_body_named_in_full_is_born_of_the_instrument(sentence, name):
    bodies = founded_by(sentence, "182")
    assert len(bodies) == 1 and bodies[0].endswith(name)


@pytest.mark.parametrize(
    "sentence",
    [
        # the act's agent is no instrument
        "The establishment of the Human Rights Council by the General Assembly was welcomed in resolution 60/251.",
        # the instrument only follows the act, as its context
        "The establishment of the Human Rights Council was welcomed, as was resolution 60/251.",
        # a bracket that does not open on the participle is only an aside
        "The Human Rights Council (see General Assembly resolution 60/251) met regularly.",
        # "its" is the act's owner only when the body is the sentence's subject right after
        "Since its establishment by General Assembly resolution 60/251, States have engaged with the Council.",
    ],
)
def test_near_misses_establish_nothing(sentence):
    assert founded_by(sentence, "251") == []
