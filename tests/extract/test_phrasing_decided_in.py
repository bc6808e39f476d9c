"""A note telling what a body decided at an earlier session, in the forms organizations outside
the Secretariat use: the instrument set off by commas after the verb ("At its Thirty-Fourth
Session, ..., the Conference decided, in C-34/DEC.5, that ..."), which also says where it was
adopted; "Session" with a capital; and the back reference set off by commas after the subject
("The Commission, in that resolution, had also invited ...").

Invented sentences on the phrasing body; negatives: an instrument named after "decided" but not
as its record ("decided to review resolution 9/4"), a back reference with no instrument before it.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

RES = "ccr/res/11/2"
COMMITTEE = "ccr/committee-on-data"
WMO = "wmo"

ADOPTED_AT = [
    "At its eleventh session, held in Geneva from 3 to 5 May 2030, the Commission decided, in resolution 11/2, that the Committee on Coastal Data would henceforth be a standing subsidiary body of the Commission.",
    "At its Eleventh Session, the Commission decided, in its resolution 11/2 (dated 5 May 2030), that the Committee on Coastal Data would henceforth be a standing subsidiary body of the Commission.",
    "At its eleventh session, the Commission agreed, by resolution 11/2, that the Committee on Coastal Data would remain a permanent subsidiary body.",
    "At its Eleventh Session, the Commission adopted resolution 11/2, by which the Committee on Coastal Data became a standing body.",
]


@pytest.mark.parametrize("paragraph", ADOPTED_AT)
def test_decided_in_an_instrument_at_a_session(paragraph: str) -> None:
    text = in_note(paragraph)
    assert (RES, "ccr#11") in facts(text, "adoptedAt")
    assert (RES, COMMITTEE) in facts(text, "makesConstantElement")


def test_an_instrument_named_after_decided_but_not_as_its_record() -> None:
    text = in_note("At its eleventh session, the Commission decided to review resolution 9/4 at a later session.")
    assert ("ccr/res/9/4", "ccr#11") not in facts(text, "adoptedAt")


INVITED = [
    "Consistent with resolution 11/2, the Secretariat continued its work. The Commission, in that resolution, had also invited the Committee on Coastal Data to share its data.",
    "Consistent with resolution 11/2, the Secretariat continued its work. In that resolution, the Commission had also invited the Committee on Coastal Data to share its data.",
    "Consistent with resolution 11/2, the Secretariat continued its work. It, in the same resolution, also invited the Committee on Coastal Data to share its data.",
]


@pytest.mark.parametrize("paragraph", INVITED)
def test_a_back_reference_set_off_by_commas(paragraph: str) -> None:
    assert (RES, COMMITTEE) in facts(in_note(paragraph), "invites")


def test_a_back_reference_with_no_instrument_before_it() -> None:
    text = in_note("The Commission, in that resolution, had also invited the Committee on Coastal Data to share its data.")
    assert not facts(text, "invites")
