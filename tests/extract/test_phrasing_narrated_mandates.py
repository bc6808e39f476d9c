"""Mandates a note recounts in the past: "directed", "instructed", "entrusted" as verbs of a
narrated decision ("by which it ... directed the Technical Secretariat to"), and a passive verb
whose instrument is a back reference after it ("The Executive Secretary was further entrusted,
in the same resolution, with convening ..."; "was instructed by the Commission in that
resolution to ...").

Invented sentences on the phrasing body; negatives: "directed at" / "directed to" (an adjective,
no mandate), a back reference with no instrument named before it.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

RES = "ccr/res/11/2"
ES = "ccr/executive-secretary"
SECRETARIAT = "ccr/secretariat"
WG = "ccr/wg-early-warning"

REQUESTED = [
    ("At its eleventh session, the Commission adopted resolution 11/2, by which it directed the Executive Secretary to prepare a study.", ES),
    ("In resolution 11/2, the Commission welcomed the report and instructed the Working Group on Early Warning Systems to meet twice.", WG),
    ("In resolution 11/2, the Commission entrusted the secretariat with the preparation of a glossary.", SECRETARIAT),
    ("The secretariat was requested by the Commission, in resolution 11/2, to prepare a glossary. The Executive Secretary was further entrusted, in the same resolution, with convening a meeting of experts.", ES),
    ("The secretariat was requested by the Commission, in resolution 11/2, to prepare a glossary. The Executive Secretary was also instructed, in that resolution, to report annually.", ES),
    ("Resolution 11/2 was adopted in 2030. The Working Group on Early Warning Systems was entrusted by the Commission, in the same resolution, with a review of the indicators.", WG),
]


@pytest.mark.parametrize("paragraph, addressee", REQUESTED)
def test_narrated_mandates(paragraph: str, addressee: str) -> None:
    assert (RES, addressee) in facts(in_note(paragraph), "requests")


NOT_REQUESTED = [
    "In resolution 11/2, the Commission welcomed the efforts directed at the Executive Secretary and the secretariat.",
    "In resolution 11/2, the Commission noted the questions directed to the Executive Secretary by Member States.",
    # no instrument named before "the same resolution"
    "The Executive Secretary was further entrusted, in the same resolution, with convening a meeting of experts.",
]


@pytest.mark.parametrize("paragraph", NOT_REQUESTED)
def test_no_narrated_mandate(paragraph: str) -> None:
    assert not facts(in_note(paragraph), "requests")
