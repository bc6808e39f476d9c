"""One plural noun spread over two names: "the Tides and Currents Committees" is the Tides
Committee and the Currents Committee; "the Executive Directors of UNODC and of UNEP" (or "of
UNODC and UNEP") the Executive Director of each. Each name the plural makes is a body where the
reference data knows it by that name ("Executive Director of UNODC", or the name written the other
way round, "UNODC Executive Director"); names it does not know stay unread, and a plural over
words that make no known name reads no body."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_resolution

SPREAD = [
    ("3. Requests the Tides and Currents Committees to review the guidance on storm surges;", "requests",
     {"ccr/tides-committee", "ccr/currents-committee"}),
    ("3. Invites the Tides and the Currents Committees to share their findings;", "invites",
     {"ccr/tides-committee", "ccr/currents-committee"}),
    ("3. Invites the Executive Directors of UNODC and of UNEP to take part in the work as observers;", "invites",
     {"unodc/executive-director", "unep/executive-director"}),
    ("3. Invites the Executive Directors of the United Nations Office on Drugs and Crime and the United Nations Environment Programme to take part;", "invites",
     {"unodc/executive-director", "unep/executive-director"}),
    # one name the reference data does not know: the other is still read
    ("3. Requests the Fisheries and Currents Committees to review the guidance;", "requests", {"ccr/currents-committee"}),
]


@pytest.mark.parametrize("paragraph, relation, bodies", SPREAD)
def test_one_plural_names_each_body(paragraph: str, relation: str, bodies: set[str]) -> None:
    found = {o for s, o in facts(in_resolution(paragraph), relation) if s == RESOLUTION}
    assert bodies <= found


NO_BODY = [
    # no known name made by the plural
    "3. Requests the Legal and Technical Commissions to review the guidance;",
    # the words before the plural are no names of the head
    "3. Requests the Members and Observers of the Tides Committees to review the guidance;",
]


@pytest.mark.parametrize("paragraph", NO_BODY)
def test_no_body_without_a_known_name(paragraph: str) -> None:
    found = {o for s, o in facts(in_resolution(paragraph), "requests") if s == RESOLUTION}
    assert not found & {"ccr/tides-committee", "ccr/currents-committee", "ccr/committee-on-data"}
