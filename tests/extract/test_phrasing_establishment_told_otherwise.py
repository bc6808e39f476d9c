"""establishes, round 4: "was created by resolution ..." (the passive of "created", as "was set
up"), and the active verb with its object before the instrument ("The Commission established the
Working Group ... by its resolution 12/1", "established its working group on ... by resolution
12/1"); what establishes nothing (contacts established, a body named after "with")."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_note

WG = "ccr/wg-early-warning"
NEW = "ccr/working-group-on-coastal-adaptation-finance"


@pytest.mark.parametrize("sentence, body", [
    ("The Working Group on Early Warning Systems was created by resolution 12/1.", WG),
    ("The Working Group on Early Warning Systems was created by the Commission in its resolution 12/1.", WG),
    ("The Commission established the Working Group on Early Warning Systems by its resolution 12/1, adopted at its twelfth session.", WG),
    ("The Commission established the Working Group on Early Warning Systems through resolution 12/1.", WG),
    ("The Commission established an open-ended working group on coastal adaptation finance by its resolution 12/1.", NEW),
])
def test_established(sentence: str, body: str) -> None:
    made = {o for s, o in facts(in_note(sentence), "establishes") if s == RESOLUTION}
    assert made == {body}  # the minted name stops before "by its resolution"


@pytest.mark.parametrize("sentence", [
    "The Commission established contacts with the Working Group on Early Warning Systems by resolution 12/1.",
    "The Commission created a website on coastal data, as requested in resolution 12/1.",
    "Cooperation was created with the Working Group on Early Warning Systems under resolution 12/1.",
])
def test_nothing_established(sentence: str) -> None:
    assert not facts(in_note(sentence), "establishes")


@pytest.mark.parametrize("sentence", [
    "Since its establishment by resolution 12/1, the Working Group on Early Warning Systems has met three times.",
    "The Working Group on Early Warning Systems, since its establishment by resolution 12/1, has met three times.",
    "Following the establishment of the Working Group on Early Warning Systems by resolution 12/1, the secretariat convened its first meeting.",
    "After the establishment of the Working Group on Early Warning Systems pursuant to resolution 12/1, the secretariat convened its first meeting.",
])
def test_the_noun(sentence: str) -> None:
    assert (RESOLUTION, WG) in facts(in_note(sentence), "establishes")


@pytest.mark.parametrize("sentence", [
    # another's establishment welcomed; the instrument says nothing of it
    "The Commission welcomed the establishment of the Working Group on Early Warning Systems.",
    "Since the establishment of the Working Group on Early Warning Systems, resolution 12/1 has been implemented.",
    "The Commission considered the establishment of a new office by resolution 12/1.",
])
def test_the_noun_establishes_nothing(sentence: str) -> None:
    assert not facts(in_note(sentence), "establishes")
