"""The optional reference file of the Human Rights Council's thematic special procedures
(`ontology/reference/optional/hrc-special-procedures.ttl`): loaded with `--reference`, the mandates
that resolutions give these posts are read ("Encourages the Special Rapporteur on the human rights of
migrants to ..."), "the Special Rapporteur" later in the text is the one the text named, and a
document that names none of them reads the same with the file as without it. The resolutions are
invented, in the shape of the Assembly's and the Council's."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract

BASE = "https://w3id.org/mandate-graph/id/"
ROOT = Path(__file__).resolve().parents[2]
PROCEDURES = ROOT / "ontology" / "reference" / "optional" / "hrc-special-procedures.ttl"
CORPUS = ROOT / "corpus"

RESOLUTION = """Resolution adopted by the General Assembly on 17 December 2031
[on the report of the Third Committee (A/86/470/Add.2)]
86/201. Protection of migrants
The General Assembly,
Taking note of the report of the Special Rapporteur of the Human Rights Council on the human rights of migrants,
1. Encourages the Special Rapporteur on the human rights of migrants to continue to engage with States;
2. Invites the Working Group on Arbitrary Detention to give attention to migrants held in detention;
3. Requests the Special Rapporteur to submit an interim report to the General Assembly at its eighty-seventh session.
50th plenary meeting
17 December 2031
"""


@pytest.fixture(scope="module")
def with_procedures():
    return load_registry(BASE, [PROCEDURES])


def _mandates(text: str, registry) -> set[tuple[str, str]]:
    e = extract(text, source_key="resolution", registry=registry)
    return {(f.relation, f.object.key) for f in e.facts if f.relation in ("requests", "encourages", "invites") and isinstance(f.object, BodyRef)}


def test_mandates_to_special_procedures_are_read_with_the_file(with_procedures) -> None:
    mandates = _mandates(RESOLUTION, with_procedures)
    assert ("encourages", "hrc/sr-migrants") in mandates
    assert ("invites", "hrc/wg-arbitrary-detention") in mandates
    # "the Special Rapporteur" is the one the text named in full, not one of the thirty others
    assert ("requests", "hrc/sr-migrants") in mandates
    assert {key for _, key in mandates} == {"hrc/sr-migrants", "hrc/wg-arbitrary-detention"}


def test_without_the_file_they_stay_unread() -> None:
    assert not {key for _, key in _mandates(RESOLUTION, load_registry(BASE))} & {"hrc/sr-migrants", "hrc/wg-arbitrary-detention"}


@pytest.mark.parametrize("sample", sorted(p.name for p in CORPUS.glob("*.txt"))[:3])
def test_a_document_naming_none_of_them_reads_the_same(sample: str, with_procedures) -> None:
    text = (CORPUS / sample).read_text(encoding="utf-8")
    alone = extract(text, source_key=sample, registry=load_registry(BASE))
    beside = extract(text, source_key=sample, registry=with_procedures)
    assert {(f.subject, f.relation, f.object) for f in beside.facts} == {(f.subject, f.relation, f.object) for f in alone.facts}
