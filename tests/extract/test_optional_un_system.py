"""The optional reference file of the United Nations system's standing bodies
(`ontology/reference/optional/un-system.ttl`): loaded with `--reference`, the mandates that
resolutions give the Assembly's subsidiary organs, the treaty bodies, the sanctions committees and
the funds' boards are read ("Requests the Peacebuilding Commission to ..."), a treaty body's session
is its own ("the report of the Committee against Torture on its eightieth session"), and a document
that names none of them reads the same with the file as without it. The resolutions are invented,
in the shape of the Assembly's."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract

BASE = "https://w3id.org/mandate-graph/id/"
ROOT = Path(__file__).resolve().parents[2]
UN_SYSTEM = ROOT / "ontology" / "reference" / "optional" / "un-system.ttl"
OPTIONAL = sorted((ROOT / "ontology" / "reference" / "optional").glob("*.ttl"))
CORPUS = ROOT / "corpus"

RESOLUTION = """Resolution adopted by the General Assembly on 15 December 2031
[on the report of the Fifth Committee (A/86/655)]
86/150. Peacebuilding and sustaining peace
The General Assembly,
Having considered the report of the Committee against Torture on its eightieth session,
1. Requests the Peacebuilding Commission to submit to the General Assembly at its eighty-seventh session a report on its activities;
2. Requests the Advisory Committee on Administrative and Budgetary Questions to review the staffing proposals at its next session;
3. Invites the Executive Board of the United Nations Children's Fund to consider the matter at its annual session of 2032;
4. Requests the Secretary-General to report on the implementation of the present resolution.
62nd plenary meeting
15 December 2031
"""


@pytest.fixture(scope="module")
def with_un_system():
    return load_registry(BASE, [UN_SYSTEM])


def _facts(text: str, registry) -> set[tuple[str, object]]:
    e = extract(text, source_key="resolution", registry=registry)
    return {(f.relation, f.object) for f in e.facts}


def test_mandates_and_a_treaty_body_session_are_read_with_the_file(with_un_system) -> None:
    facts = _facts(RESOLUTION, with_un_system)
    assert ("requests", BodyRef("pbc")) in facts
    assert ("requests", BodyRef("ga/acabq")) in facts
    assert ("invites", BodyRef("unicef/executive-board")) in facts
    assert ("requests", BodyRef("secretary-general")) in facts
    # "its eightieth session" is the Committee's, not the Assembly's
    sessions = {o for r, o in facts if isinstance(o, GatheringRef)} | {
        f.subject for f in extract(RESOLUTION, source_key="resolution", registry=with_un_system).facts if isinstance(f.subject, GatheringRef)
    }
    assert GatheringRef(body="cat", kind="session", ordinal=80) in sessions
    assert GatheringRef(body="ga", kind="session", ordinal=80) not in sessions


def test_without_the_file_they_stay_unread() -> None:
    keys = {o.key for _, o in _facts(RESOLUTION, load_registry(BASE)) if isinstance(o, BodyRef)}
    assert not keys & {"pbc", "ga/acabq", "unicef/executive-board", "cat"}


def test_the_file_loads_beside_the_other_optional_files() -> None:
    registry = load_registry(BASE, OPTIONAL)
    alone = load_registry(BASE, [p for p in OPTIONAL if p != UN_SYSTEM])
    added = [b for b in registry if b.key not in alone]
    assert len(added) >= 150
    # each parent it names is a body the files define: no body is split in two
    assert all(b.parent is None or b.parent in registry for b in added)
    owners: dict[str, set[str]] = {}
    for b in registry:
        for name in b.names:
            owners.setdefault(name.lower(), set()).add(b.key)
    assert {name: keys for name, keys in owners.items() if len(keys) > 1} == {}


@pytest.mark.parametrize("sample", sorted(p.name for p in CORPUS.glob("*.txt"))[:3])
def test_a_document_naming_none_of_them_reads_the_same(sample: str, with_un_system) -> None:
    text = (CORPUS / sample).read_text(encoding="utf-8")
    alone = extract(text, source_key=sample, registry=load_registry(BASE))
    beside = extract(text, source_key=sample, registry=with_un_system)
    assert {(f.subject, f.relation, f.object) for f in beside.facts} == {(f.subject, f.relation, f.object) for f in alone.facts}
