"""An operative paragraph creating a body with the rarer verbs and shapes of real drafting:
"Decides to establish, for a period of three years, the mandate of Special Rapporteur on ..." (the
Human Rights Council's wording, no article before the post), "Decides to re-establish the Open-ended
Working Group on ...", "Decides to institute a standing committee on ...". A grid of establishing
verbs × bodies in a resolution found these reading as nothing (`rules/mandate_verbs.py`,
`rules/new_bodies.py`). Instituting proceedings or re-establishing conditions creates nothing."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract

BASE = "https://w3id.org/mandate-graph/id/"
RESOLUTION = (
    "Resolution adopted by the General Assembly on 12 December 2030\n85/40. Coastal fisheries\n"
    "The General Assembly,\nRecalling its resolution 77/12,\n1. {paragraph};\n"
    "2. Requests the Secretary-General to report;\n45th plenary meeting\n12 December 2030\n"
)


@pytest.fixture(scope="module")
def registry():
    return load_registry(BASE)


def _established(paragraph: str, registry) -> list[str]:
    e = extract(RESOLUTION.format(paragraph=paragraph), source_key="res", registry=registry)
    names = {b.key: b.names[0] for b in e.bodies}
    return [names.get(f.object.key, f.object.key).lower() for f in e.facts if f.relation == "establishes" and isinstance(f.object, BodyRef)]


@pytest.mark.parametrize(
    "paragraph, name",
    [
        ("Decides to establish, for a period of three years, the mandate of Special Rapporteur on the promotion and protection of human rights in the context of coastal fisheries",
         "special rapporteur on the promotion and protection of human rights in the context of coastal fisheries"),
        ("Decides to establish the mandate of Independent Expert on the enjoyment of human rights by fishing communities",
         "independent expert on the enjoyment of human rights by fishing communities"),
        ("Decides to re-establish the Open-ended Working Group on Coastal Fisheries", "open-ended working group on coastal fisheries"),
        ("Decides to reestablish an ad hoc committee on coastal fisheries", "ad hoc committee on coastal fisheries"),
        ("Decides to institute a standing committee on coastal fisheries", "standing committee on coastal fisheries"),
    ],
)
def test_the_rarer_verbs_and_shapes_establish(paragraph: str, name: str, registry) -> None:
    assert _established(paragraph, registry) == [name]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Decides to institute proceedings against the company",
        "Decides to re-establish the conditions for dialogue",
        "Decides to establish the mandate of special procedures as a priority",
    ],
)
def test_the_same_verbs_on_no_body_establish_nothing(paragraph: str, registry) -> None:
    assert _established(paragraph, registry) == []
