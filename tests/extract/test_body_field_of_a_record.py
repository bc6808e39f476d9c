"""A page whose YAML front matter says which body it is of ('body: "Sub-Committee of Experts on the
Transport of Dangerous Goods"') is that body's, though a list of mandates below the field opens
with another organ's number ("ECOSOC 2031/17", which reads like a masthead's "WORLD HEALTH
ASSEMBLY WHA79.12"): its "the Sub-Committee" is then its own, when the reference data knows two
sub-committees of that short name (the transport one and the GHS one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from tests.support.extraction import BASE

UNSEEN = Path(__file__).resolve().parents[1] / "data" / "unseen"
TDG = "ecosoc/cetdg-ghs/sc-tdg"
GHS = "ecosoc/cetdg-ghs/sc-ghs"


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    files = [UNSEEN / "dangerous-goods.ttl", UNSEEN / "ghs-subcommittee.ttl"]
    assert all(f.exists() for f in files)
    return load_registry(BASE, files)


def page(field: str, body: str, session: int) -> str:
    return (
        "---\nlayout: meeting-record\n"
        f'{field}: "{body}"\n'
        'parent: "Committee of Experts on the Transport of Dangerous Goods and on the Globally Harmonized System of Classification and Labelling of Chemicals"\n'
        f"session: {session}\n"
        "mandate_refs:\n  - \"ECOSOC 2031/17\"\n  - \"ECOSOC 1999/65\"\n"
        "tags: [model-regulations]\n---\n\n"
        f"# Session {session} of the Sub-Committee\n\n"
        f"The Sub-Committee meets for its {session}th session in Geneva from 1 to 9 July 2032.\n"
    )


@pytest.mark.parametrize(
    "field, body, key",
    [
        ("body", "Sub-Committee of Experts on the Transport of Dangerous Goods", TDG),
        ("organ", "Sub-Committee of Experts on the Transport of Dangerous Goods", TDG),
        ("body", "Sub-Committee of Experts on the Globally Harmonized System of Classification and Labelling of Chemicals", GHS),
    ],
)
def test_the_record_is_of_the_body_its_field_names(field: str, body: str, key: str, registry: BodyRegistry) -> None:
    extraction = extract(page(field, body, 81), source_key="t", registry=registry)
    assert extraction.document.author == key
    held = {(f.subject, f.object) for f in extraction.facts if f.relation in ("meetingOf", "heldIn")}
    assert (GatheringRef(key, "session", 81), BodyRef(key)) in held
    assert (GatheringRef(key, "session", 81), "Geneva") in held


def test_a_parent_field_names_no_author(registry: BodyRegistry) -> None:
    # only the parent is named in a field: the list's "ECOSOC 2031/17" is what it was before
    text = page("parent_body", "Sub-Committee of Experts on the Transport of Dangerous Goods", 81)
    assert extract(text, source_key="t", registry=registry).document.author != TDG
