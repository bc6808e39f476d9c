"""A short name described by what it is on is the body so described, not whichever body the
context lends the short name to. A user's reference file that adds a working group with the short
name "Working Group" must not turn every "open-ended working group on <topic>" of its parent
into that group: the one the text establishes is born in the text, and a known group's own full
name still finds the known group."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

# A body of the Human Rights Council with a generic short name, as a user would add it.
USER_FILE = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/hrc/wg-water> a mg:Body ; mg:key "hrc/wg-water" ;
    skos:prefLabel "Working Group on the Right to Water"@en ; mg:shortName "Working Group" ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/hrc> .
"""

HEAD = ("Resolution adopted by the Human Rights Council on 9 October 2031\n\n62/7. Fisheries and human rights\n\n"
        "The Human Rights Council,\n\n")


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path: Path = tmp_path_factory.mktemp("ref") / "hrc.ttl"
    path.write_text(USER_FILE, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


REPORT = ("\tA/HRC/70/12\n\tDistr.: General\n\t\t3 March 2033\n\nHuman Rights Council\nSeventieth session\n"
          "1–30 March 2033\nAgenda item 3\n\n\t\tReport of the {name} on its first session\n\n"
          "1.\tThe Human Rights Council, in its resolution 66/9 of 7 October 2031, decided to establish the {name}, "
          "and requested the working group to report to the Council at its seventieth session.\n\n"
          "2.\tThe working group held its first session in Geneva from 5 to 9 December 2032.\n")


@pytest.mark.parametrize("name", [
    "open-ended intergovernmental working group on human rights and small-scale fisheries",
    "open-ended working group on the rights of fishers",
    "intergovernmental working group on ocean acidification and human rights",
])
def test_a_described_working_group_is_born_in_the_text(name: str, registry: BodyRegistry) -> None:
    facts = _facts(REPORT.format(name=name), registry)
    resolution = InstrumentRef("hrc", "resolution", "66", "9")
    established = {o for s, r, o in facts if s == resolution and r == "establishes"}
    assert BodyRef("hrc/wg-water") not in established
    (born,) = established
    assert isinstance(born, BodyRef) and born.key.startswith("hrc/") and born.key != "hrc/wg-water"
    assert (resolution, "requests", born) in facts
    # its first session is its own, not the known group's, nor the Council's
    assert (GatheringRef(born.key, "session", 1), "meetingOf", born) in facts


def test_the_known_group_by_its_full_name_is_still_the_known_group(registry: BodyRegistry) -> None:
    e = extract(HEAD + "1. Requests the open-ended Working Group on the Right to Water to report to the Council;\n",
                source_key="doc", registry=registry)
    assert BodyRef("hrc/wg-water") in {f.object for f in e.facts if f.relation == "requests"}


def test_a_short_name_with_a_purpose_is_still_the_context_s(registry: BodyRegistry) -> None:
    """'an open-ended working group to advise ...' says what it is for, not what it is on: the
    history of a known group is told that way ("decided to establish an open-ended working group
    to advise and assist the Council"), and the context still decides."""
    e = extract(HEAD + "1. Recalls that the Council decided to establish an open-ended working group to advise it;\n",
                source_key="doc", registry=registry)
    assert not [f for f in e.facts if f.relation == "establishes" and isinstance(f.object, BodyRef)
                and "advise" in f.object.key]
