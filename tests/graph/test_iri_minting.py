"""Every IRI we mint is a valid IRI, whatever characters a symbol or key as written holds
(a space from line wrapping, brackets, quotes, non-ASCII), and reads back to the same ref;
a fact that still makes no valid IRI is left out of its document, not the cause of a failed
load."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from mandate_graph.graph.identifiers import Identifiers, undocs_url
from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders import emit
from mandate_graph.loaders.facts import DocumentInfo, Evidence, Extraction, Fact

BASE = "https://example.org/id/"
ODD = [
    "UNAIDS/PCB (57)/29.21",
    "ECE/TRANS/WP.29 /1172",
    "A/CONF.234/ 5",
    "A/RES/78/1 <draft>",
    'TD/B/"71"/3',
    "E/ICEF/2031/P/L.4{rev}",
    "CBD/SBI/4/1|Add.1",
    "ÉCO/Résolution\\7",
    "A/HRC/\t55/1",
    "",
]


@pytest.mark.parametrize("written", ODD)
def test_a_document_iri_is_valid_and_reads_back(written: str) -> None:
    ids = Identifiers(BASE)
    ref = DocumentRef(symbols=(written,)) if written else DocumentRef(source="a file (1).txt")
    iri = ids.document(ref)
    ox.NamedNode(iri)  # raises ValueError if invalid
    assert ids.parse(iri) == (ref if written else DocumentRef(source="a-file-1-txt"))


@pytest.mark.parametrize("written", [w for w in ODD if w])
def test_the_public_copy_is_a_valid_iri(written: str) -> None:
    ox.NamedNode(undocs_url(written))
    assert undocs_url("A/RES/78/1") == "https://undocs.org/A/RES/78/1"  # plain symbols unchanged


@pytest.mark.parametrize("key", ["cop reef/working group", "cop-reef/<wg>", "body/ä ö"])
def test_body_instrument_and_meeting_iris_are_valid(key: str) -> None:
    ids = Identifiers(BASE)
    for ref in (BodyRef(key), InstrumentRef(key, "decision", "5 bis", "1 (a)"), GatheringRef(key, "meeting", 3)):
        iri = ids.entity(ref)
        ox.NamedNode(iri)
        assert ids.parse(iri) == ref


def _extraction(symbol: str) -> Extraction:
    ev = Evidence(0, 10, "the report")
    doc = DocumentRef(symbols=(symbol,))
    facts = [
        Fact(DocumentRef(symbols=("UNAIDS/PCB (57)/29.21",)), "reportOf", GatheringRef("unaids-pcb", "meeting", 57), ev),
        Fact(GatheringRef("cop-reef", "meeting", 1), "meetingOf", BodyRef("cop-reef"), ev),
    ]
    return Extraction(DocumentInfo(doc), facts)


def test_a_document_with_spaced_symbols_emits_and_parses() -> None:
    registry = load_registry(BASE)
    text, count = emit.Emitter(Identifiers(BASE), registry).ntriples(
        _extraction("A/CONF.234/ 5"), "src", "a.txt", "0" * 64
    )
    triples = list(ox.parse(text.encode(), format=ox.RdfFormat.N_TRIPLES))
    assert count == len(triples) > 0
    assert any(t.object == ox.Literal("UNAIDS/PCB (57)/29.21") for t in triples)


class _BrokenIds(Identifiers):
    """Mints an invalid IRI for one body, as a future minting bug might."""

    def body(self, ref: BodyRef | str) -> str:
        key = ref.key if isinstance(ref, BodyRef) else ref
        return "not an iri" if key == "cop-reef" else super().body(ref)


def test_a_fact_without_a_valid_iri_is_left_out_not_the_document() -> None:
    registry = load_registry(BASE)
    text, _ = emit.Emitter(_BrokenIds(BASE), registry).ntriples(_extraction("A/RES/1"), "src", "a.txt", "0" * 64)
    triples = list(ox.parse(text.encode(), format=ox.RdfFormat.N_TRIPLES))
    objects = {t.object for t in triples}
    assert ox.Literal("UNAIDS/PCB (57)/29.21") in objects  # the other fact is kept
    assert not any("meeting/cop-reef" in t.subject.value for t in triples)  # the broken one is not


def test_a_file_citing_spaced_symbols_loads(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """End to end: the symbols with a space in them once made the whole load fail."""
    from tests.conftest import loader_for, make_context

    path = tmp_path / "note.txt"
    path.write_text(
        "UNAIDS/PCB (57)/29.21\n\nNote by the secretariat\n\n1. The report (A/CONF.234/ 5) and document "
        "ECE/TRANS/WP.29 /1172 were submitted to the Commission on Narcotic Drugs at its sixty-fifth session.\n",
        encoding="utf-8",
    )
    ctx = make_context()
    [result] = loader_for(ctx).load([path])
    assert result.ok, result.error
    notations = {row["n"].value for row in ctx.store.query(
        "SELECT ?n WHERE { GRAPH ?g { ?d <http://www.w3.org/2004/02/skos/core#notation> ?n } }"
    )}
    assert {"UNAIDS/PCB (57)/29.21", "A/CONF.234/5", "ECE/TRANS/WP.29/1172"} <= notations
