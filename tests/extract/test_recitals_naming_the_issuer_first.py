"""A preamble telling what an earlier instrument did, its issuer named first and the instrument set
off by commas after it: "Recalling that the Conference, at its Thirty-Seventh Session, by its
decision C-37/DEC.4, requested the Director-General to report ..., and asked the Scientific
Advisory Board to advise ..." (u321) — every mandate of the clause is the earlier instrument's, as
"Recalling that, by its decision X, the Conference requested ..." already was (`relate._RECALLS_THAT_BY`,
E268).

Invented texts in the shared commission's resolution 12/1 (tests/data/phrasing.ttl) and in a treaty
conference's decision. Near misses: a proposal the Commission considered (no instrument, no
mandate of it), a clause whose verb gives no mandate ("decided to keep the matter under review"),
the present resolution's own operative request (its own, not the earlier one's).
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_resolution

_OWN = ("ccr/res/12/1", "ccr/secretariat")


def _requests(recital: str) -> set[tuple[str, str]]:
    return facts(in_resolution("The Commission on Coastal Resilience,", recital, "1. Requests the Secretariat to report;"), "requests")


@pytest.mark.parametrize(
    ("recital", "expected"),
    [
        (
            "Recalling that the Commission, at its tenth session, by its resolution 10/3, requested the Secretariat to\n"
            "prepare a study, and asked the Committee on Coastal Data to advise the Secretariat,",
            {("ccr/res/10/3", "ccr/secretariat"), ("ccr/res/10/3", "ccr/committee-on-data")},
        ),
        (
            "Noting that the Commission, in its resolution 10/3 of 12 March 2029, requested the Secretariat to report,",
            {("ccr/res/10/3", "ccr/secretariat")},
        ),
        (
            "Bearing in mind that the Commission on Coastal Resilience, by its decision 10/101, requested the\n"
            "Executive Secretary to report annually and asked the Bureau to consult the regional groups,",
            {("ccr/dec/10/101", "ccr/executive-secretary"), ("ccr/dec/10/101", "ccr/bureau")},
        ),
        (
            "Recalling also that the Commission, during its eleventh session, through its resolution 11/2,\n"
            "requested the Working Group to meet twice before the twelfth session,",
            {("ccr/res/11/2", "ccr/wg-early-warning")},
        ),
    ],
)
def test_the_earlier_instruments_mandates(recital: str, expected: set[tuple[str, str]]) -> None:
    assert _requests(recital) == expected | {_OWN}


@pytest.mark.parametrize(
    "recital",
    [
        # a proposal considered: no instrument
        "Recalling that the Commission, at its tenth session, considered a proposal by which the Secretariat\nwould be requested to report,",
        # no mandate in the verb
        "Recalling that the Commission, at its tenth session, by its resolution 10/3, decided to keep the matter\nunder review,",
    ],
)
def test_near_misses(recital: str) -> None:
    assert _requests(recital) == {_OWN}
