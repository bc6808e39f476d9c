"""A body's topic that holds "to" as a preposition ("a working group on follow-up to visit
recommendations", "on access to justice", "on responses to urgent appeals") is named whole: the
name stopped at "to" as if a purpose began, so the working groups of three committees, each "on
follow-up to" something else, were all named "working group on follow-up" (`rules/new_bodies.py`,
`_TO_AS_PREPOSITION`). A purpose after the topic still ends the name. Invented bodies and texts."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef
from mandate_graph.loaders.extract import extract
from tests.extract.test_establishment_forms import registry  # noqa: F401 - the fixture

TOPICS = [
    ("a working group on follow-up to visit recommendations", "working group on follow-up to visit recommendations"),
    ("an open-ended working group on follow up to urgent actions", "open-ended working group on follow up to urgent actions"),
    ("an expert group on access to justice to advise the Board on remedies", "expert group on access to justice"),
    ("a task force on responses to cross-border incidents, which shall report annually", "task force on responses to cross-border incidents"),
    ("a working group on assistance to small operators", "working group on assistance to small operators"),
    ("a working group on rail safety to advise the Board", "working group on rail safety"),
    ("an expert group on tariffs to review the fares", "expert group on tariffs"),
]


@pytest.mark.parametrize("described, name", TOPICS)
def test_the_name_keeps_a_topic_whose_to_is_a_preposition(described: str, name: str, registry) -> None:  # noqa: F811
    text = f"RDB.12/Dec.4 Follow-up\n\nThe Railway Development Board:\n\n1. Decides to establish {described};\n"
    e = extract(text, source_key="doc", registry=registry)
    established = [f.object for f in e.facts if f.relation == "establishes" and isinstance(f.object, BodyRef)]
    assert established, e.facts
    names = [n for body in e.bodies if body.key == established[0].key for n in body.names]
    assert name in names, names


def test_two_groups_on_follow_up_to_different_things_are_two_bodies(registry) -> None:  # noqa: F811
    text = ("RDB.12/Dec.4 Follow-up\n\nThe Railway Development Board:\n\n"
            "1. Decides to establish a working group on follow-up to inspection findings;\n"
            "2. Also decides to establish a working group on follow-up to accident reports;\n")
    e = extract(text, source_key="doc", registry=registry)
    keys = {f.object.key for f in e.facts if f.relation == "establishes" and isinstance(f.object, BodyRef)}
    assert len(keys) == 2, keys
