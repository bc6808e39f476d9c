"""An instrument makes a body a lasting part of another's work: "a constant element of the
Conference", "a permanent element", "a standing element of the preparation of ...", "a standing
body"."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from tests.support.extraction import BASE, cop_report, facts

OWN = InstrumentRef("cop-untoc", "resolution", "16", "2")
WG_FA = BodyRef("cop-untoc/wg-firearms")


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE)


def made_constant(operative: str, registry: BodyRegistry) -> set[tuple[object, object]]:
    return facts(cop_report() + "Recalling its resolution 15/3,\n\n" + operative + "\n", registry, "makesConstantElement")


@pytest.mark.parametrize(
    "operative",
    [
        "1. Decides that the Working Group on Firearms shall be a constant element of the Conference;",
        "1. Decides that the Working Group on Firearms shall be a permanent element of the Conference;",
        "1. Decides that the Working Group on Firearms would be a standing element of the preparation of the review;",
        "1. Decides that the Working Group on Firearms shall become a standing body of the Conference;",
        # "permanent" as well as "standing" before the kind of body
        "1. Decides that the Working Group on Firearms shall continue as a permanent subsidiary organ of the Conference;",
        "1. Decides that the Working Group on Firearms shall remain a permanent working group;",
        # the body described between its name and the verb
        "1. Decides that the Working Group on Firearms, established by resolution 5/4, shall continue as a standing working group;",
        "1. Decides that the Working Group on Firearms, set up under its decision 7/2, shall remain a permanent body;",
        # a lasting part of the body's programme or methods of work
        "1. Decides that the Working Group on Firearms shall be a standing feature of the intersessional programme;",
        "1. Decides that the Working Group on Firearms shall remain a permanent component of its methods of work;",
        "1. Decides that the Working Group on Firearms will be a permanent part of the Conference's work;",
    ],
)
def test_a_lasting_part_of_the_work(operative: str, registry: BodyRegistry) -> None:
    assert made_constant(operative, registry) == {(OWN, WG_FA)}


@pytest.mark.parametrize(
    "operative",
    [
        "1. Requests the Working Group on Firearms to discuss the elements of a standing review;",
        "1. Notes that the Working Group on Firearms met at the standing headquarters of the Conference;",
        "1. Notes that the Working Group on Firearms has a permanent secretariat;",
        "1. Notes that the Working Group on Firearms discussed a standing item on its agenda as part of its work;",
    ],
)
def test_no_lasting_part_without_the_words(operative: str, registry: BodyRegistry) -> None:
    assert made_constant(operative, registry) == set()
