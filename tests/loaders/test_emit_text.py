"""The emitter writes N-Triples text itself: it must be exactly what pyoxigraph's writer makes
of the same triples (the store, the shards and the identity check compare bytes)."""

from __future__ import annotations

import datetime as dt
import random

import pyoxigraph as ox
import pytest

from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders import emit
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.sources import read_source

BASE = "https://example.org/id/"
A, B = ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/b")


def _pyoxigraph_line(literal: ox.Literal) -> str:
    data = ox.serialize([ox.Triple(A, B, literal)], format=ox.RdfFormat.N_TRIPLES)
    assert data is not None
    return data.decode()


def test_every_code_point_is_written_as_pyoxigraphs_writer_writes_it() -> None:
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    expected = ox.serialize(
        [ox.Triple(A, B, ox.Literal("x" + ch + "y")) for ch in chars], format=ox.RdfFormat.N_TRIPLES
    )
    assert expected is not None
    mine = "".join(f"<{A.value}> <{B.value}> {emit._quoted('x' + ch + 'y')} .\n" for ch in chars)
    assert mine == expected.decode()


@pytest.mark.parametrize("value", ["", "plain", 'say "no"', "back\\slash", "tab\there\nline\r\x00\x7f\ufffe",
                                   "Ünïcödé — 中文 😀", "\u2028\u0085"])
def test_literals_of_each_kind(value: str) -> None:
    assert f"<{A.value}> <{B.value}> {emit._text(value)} .\n" == _pyoxigraph_line(ox.Literal(value))
    assert f"<{A.value}> <{B.value}> {emit._english(value)} .\n" == _pyoxigraph_line(ox.Literal(value, language="en"))


def test_dates_and_integers() -> None:
    xsd = "http://www.w3.org/2001/XMLSchema#"
    day = dt.date(2023, 2, 9)
    assert emit._date(day) + " .\n" == _pyoxigraph_line(
        ox.Literal(day.isoformat(), datatype=ox.NamedNode(xsd + "date"))).split(" ", 2)[2]
    for n in (0, 7, 12345):
        assert emit._int(n) + " .\n" == _pyoxigraph_line(
            ox.Literal(str(n), datatype=ox.NamedNode(xsd + "integer"))).split(" ", 2)[2]


def test_an_invalid_iri_is_refused_as_pyoxigraph_refuses_it() -> None:
    with pytest.raises(ValueError):
        emit._iri("http://example.org/a b")
    assert emit._iri("http://example.org/a") == "<http://example.org/a>"


def _varied(text: str, seed: int) -> str:
    """The text with some of its quotes' characters varied: escapes land in literals."""
    rng = random.Random(seed)
    odd = ['"', "\\", "\t", "\u00e9", "\x0b", "\ufffe", "\U0001f600"]
    out = []
    for ch in text:
        out.append(ch)
        if ch == " " and rng.random() < 0.02:
            out.append(rng.choice(odd))
    return "".join(out)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_documents_text_is_pyoxigraphs_serialization_of_its_triples(corpus_dir, seed: int) -> None:  # type: ignore[no-untyped-def]
    """The text parsed and written again by pyoxigraph comes back byte for byte, duplicates
    removed, for sample documents with odd characters put in."""
    registry = load_registry(BASE)
    ids = Identifiers(BASE)
    for path in sorted(corpus_dir.glob("*.txt"))[:4]:
        source = read_source(path)
        extraction = extract(_varied(source.text, seed), source_key=source.key, registry=registry)
        text, count = emit.Emitter(ids, registry).ntriples(extraction, source.key, path.name, source.sha256)
        triples = list(ox.parse(text.encode(), format=ox.RdfFormat.N_TRIPLES))
        assert count == len(triples) == len(set(triples)) > 0
        assert emit.to_ntriples(triples) == text
