"""A summary record reports what speakers said: "Ms. Okafor recalled that in its resolution
78/227 the General Assembly had requested the Secretary-General to ...". The instrument opens the
reported clause as it would open a sentence, and the body after it is its issuer.

Invented texts, varied in speaker, verb of saying, issuer and addressee.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from tests.support.extraction import BASE, facts

RECORD = (
    "United Nations A/C.3/81/SR.9\n\nGeneral Assembly\n\nEighty-first session\n\nThird Committee\n\n"
    "Summary record of the 9th meeting\n\n"
)


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE)


@pytest.mark.parametrize(
    ("said", "instrument", "addressee", "relation"),
    [
        ("1. Ms. Okafor (Nigeria) recalled that in its resolution 78/227 the General Assembly had requested the "
         "Secretary-General to submit a report.", InstrumentRef("ga", "resolution", "78", "227"), "secretary-general", "requests"),
        ("1. Mr. Dahl (Norway) noted that, in its resolution 35/4, the Commission on Crime Prevention and Criminal "
         "Justice had invited the United Nations Office on Drugs and Crime to study the matter.",
         InstrumentRef("ecosoc/ccpcj", "resolution", "35", "4"), "unodc", "invites"),
        ("1. The representative of Japan said that through its resolution 68/2 the Commission on Narcotic Drugs had "
         "requested the United Nations Office on Drugs and Crime to\ncontinue its work.",
         InstrumentRef("ecosoc/cnd", "resolution", "68", "2"), "unodc", "requests"),
    ],
)
def test_an_instrument_opening_a_reported_clause_speaks_in_it(
    registry: BodyRegistry, said: str, instrument: InstrumentRef, addressee: str, relation: str
) -> None:
    assert (instrument, BodyRef(addressee)) in facts(RECORD + said + "\n", registry, relation)
