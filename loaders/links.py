"""Links between documents that only the whole collection reveals.

A note by the Secretariat often does not print its own symbol, while another document lists
it by symbol and title ("Note by the Secretariat transmitting the reports on the meetings of
the Working Group on Trafficking in Persons held in Vienna … (CTOC/COP/2022/5)"). When such a
listed title matches the title or a section heading of a loaded document without a symbol,
the two are one document: ``owl:sameAs``, kept in a derived named graph (the links graph),
so the link appears whichever document is loaded first.

After a load only the documents the loaded graphs mention, and those that share a title with
them, are looked at (`update_links`), never the whole store: a second derived graph, the
title index, keeps each document's normalized titles (as a listed document, or as one without
a symbol) and which documents each source graph mentions, so that a reload knows what it
changed. `rebuild_links` makes both graphs from the whole store; after any sequence of loads
the two ways give the same graphs.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Iterator

import pyoxigraph as ox

from mandate_graph.graph.sparql_results import select_all, select_rows

if TYPE_CHECKING:
    from mandate_graph.graph.identifiers import Identifiers
    from mandate_graph.graph.store import GraphStore

# How listings introduce a document ("Note by the Secretariat transmitting the report …").
_LISTING_LEAD = re.compile(
    r"^(?:(?:note|report|letter|conference room paper) by (?:the )?[\w\s]+?"
    r"(?:transmitting|containing|on|concerning)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
_PARENTHESES = re.compile(r"\([^()]*\)")
_NON_WORD = re.compile(r"[^\w]+")
# Titles shorter than this many words match too easily to be trusted.
MIN_WORDS = 6


def normalize_title(title: str) -> str:
    """Lowercase words of a title, without its listing lead-in, symbols or punctuation."""
    text, previous = title, None
    while text != previous:  # nested parentheses: "([CTOC/COP/2022/5](#))"
        previous, text = text, _PARENTHESES.sub(" ", text)
    text = _LISTING_LEAD.sub("", text.strip())
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())


@dataclass(frozen=True)
class DocumentLink:
    unsymboled: str  # IRI of the loaded document that prints no symbol
    symboled: str  # IRI of the document another file lists by symbol
    title: str  # the listed title that matched


def match_documents(
    unsymboled: dict[str, list[str]], listed: dict[str, list[str]]
) -> list[DocumentLink]:
    """Pairs (document without symbol, listed document) whose titles match.

    ``unsymboled`` maps a document IRI to its title and headings; ``listed`` maps the IRI of
    a document known by symbol to the titles others list it under. A pair is made only when
    exactly one listed document matches, so an ambiguous title links nothing.
    """
    shown: dict[tuple[str, str], str] = {}
    listed_keys: dict[str, list[str]] = {}
    for iri, titles in listed.items():
        for title in titles:
            key = long_key(title)
            if key:
                listed_keys.setdefault(iri, []).append(key)
                shown.setdefault((iri, key), title)
    unsymboled_keys = {iri: [normalize_title(t) for t in texts] for iri, texts in unsymboled.items()}
    return [
        DocumentLink(link.unsymboled, link.symboled, shown[(link.symboled, link.title)])
        for link in match_keys(unsymboled_keys, listed_keys)
    ]


def match_keys(unsymboled: dict[str, list[str]], listed: dict[str, list[str]]) -> list[DocumentLink]:
    """`match_documents` on title keys (normalized, and only those long enough to trust, on
    the listed side); the links' ``title`` is the key."""
    index: dict[str, set[str]] = {}
    for iri, keys in listed.items():
        for key in keys:
            index.setdefault(key, set()).add(iri)
    links = []
    for iri, keys in sorted(unsymboled.items()):
        candidates: dict[str, str] = {}
        for key in keys:
            for target in index.get(key, ()):
                candidates.setdefault(target, key)
        if len(candidates) == 1:
            (target, key), = candidates.items()
            links.append(DocumentLink(iri, target, key))
    return links


# ------------------------------------------------------------------------------ in the store

SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
NOTATION = "http://www.w3.org/2004/02/skos/core#notation"
# The title index's own terms: internal bookkeeping, not part of the published vocabulary.
INDEX = "urn:mandate-graph:links-index:"
# Names that no relation of the vocabulary has, so that nothing reading the dataset by
# local names (the quality scorer does) takes them for facts.
LISTED_KEY = INDEX + "listedUnderTitleKey"  # a document known by symbol, listed under this title
UNSYMBOLED_KEY = INDEX + "unsymboledWithTitleKey"  # a document without symbol, titled or headed so
MENTIONS = INDEX + "graphGivesTitlesTo"  # a source graph gives this document a title, heading or symbol
# A source graph was indexed as the file of this content digest (``CONTENT`` + its mg:sha256).
# A load killed between storing its documents and linking them leaves graphs without it (or
# with an old digest): the next linking finds them and takes them in (`unindexed_graphs`).
INDEXED_AS = INDEX + "indexedAsContent"
CONTENT = "urn:mandate-graph:sha256:"
# A title key is stored as a digest IRI, not as text: an exact match is all the index needs,
# and update text without titles in it stays cheap for the store's network guard to check.
TITLE_KEY = "urn:mandate-graph:title-key:"
BATCH = 1000  # terms per VALUES clause

Statement = tuple[str, str, str]  # IRIs: subject, predicate, object


def index_graph(ids: "Identifiers") -> str:
    return ids.links_graph() + "-index"


def _iris(iris: Iterable[str]) -> str:
    return " ".join(f"<{iri}>" for iri in iris)


def _batches(items: Iterable[str]) -> Iterator[list[str]]:
    items = sorted(set(items))
    for start in range(0, len(items), BATCH):
        yield items[start : start + BATCH]


def _select(store: "GraphStore", template: str, iris: Iterable[str]) -> Iterator[ox.QuerySolution]:
    """Run the ``SELECT DISTINCT`` of ``template`` once per batch of ``iris``, put where it
    says ``$VALUES`` (each paged where the server caps result rows: `_select_all`)."""
    for batch in _batches(iris):
        yield from _select_all(store, template.replace("$VALUES", _iris(batch)))


def _select_all(store: "GraphStore", query: str) -> list[ox.QuerySolution]:
    """Every row of a ``SELECT DISTINCT``, paged where a SPARQL server answers at most so
    many rows (Virtuoso's ResultSetMaxRows, 10,000 by default: a whole-store rebuild of the
    links after a bulk load reads more)."""
    return select_all(store, query)


def long_key(title: str) -> str | None:
    """A title's key, when it is long enough to be trusted to match."""
    key = normalize_title(title)
    return key if len(key.split()) >= MIN_WORDS else None


def key_iri(key: str) -> str:
    return TITLE_KEY + hashlib.sha256(key.encode()).hexdigest()[:32]


@dataclass
class DocumentTitles:
    """What linking needs to know of some documents, read from the source graphs."""

    unsymboled: dict[str, list[str]]  # document without symbol -> its titles and headings
    listed: dict[str, list[str]]  # document with a symbol -> its titles
    symbols: dict[str, set[str]]  # document with a symbol -> its symbols

    def index_statements(self) -> set[Statement]:
        statements: set[Statement] = set()
        for predicate, documents in ((UNSYMBOLED_KEY, self.unsymboled), (LISTED_KEY, self.listed)):
            for iri, titles in documents.items():
                # Each title once: a listed document's title comes back once per graph that
                # lists it and per symbol (149,270 rows for 856 documents in a 26 MB load).
                statements.update((iri, predicate, key_iri(key)) for key in filter(None, map(long_key, set(titles))))
        return statements


def read_titles(store: "GraphStore", ids: "Identifiers", documents: Iterable[str] | None) -> DocumentTitles:
    """Titles, headings and symbols of ``documents`` (``None``: every document)."""
    links = ids.links_graph()
    scope = "VALUES ?d { $VALUES }" if documents is not None else ""
    # The documents without symbol first, then their titles: Oxigraph otherwise evaluates the
    # NOT EXISTS once per title row (5x the CPU on 1,000 documents, same rows).
    unsymboled_query = f"""SELECT DISTINCT ?d ?t WHERE {{
         {{ SELECT DISTINCT ?d WHERE {{ {scope}
            ?d a mg:Document .
            FILTER NOT EXISTS {{ GRAPH ?g {{ ?d skos:notation ?symbol }} FILTER(?g != <{links}>) }} }} }}
         {{ ?d dcterms:title ?t }} UNION {{ ?d mg:heading ?t }} }}"""
    # DISTINCT: without it a title comes back once per graph that gives the document a symbol.
    listed_query = f"""SELECT DISTINCT ?d ?t ?symbol WHERE {{ {scope}
         GRAPH ?g {{ ?d skos:notation ?symbol }} FILTER(?g != <{links}>)
         ?d dcterms:title ?t }}"""
    if documents is None:
        unsymboled_rows: Iterable[ox.QuerySolution] = _select_all(store, unsymboled_query)
        listed_rows: Iterable[ox.QuerySolution] = _select_all(store, listed_query)
    else:
        documents = list(documents)
        unsymboled_rows = _select(store, unsymboled_query, documents)
        listed_rows = _select(store, listed_query, documents)
    titles = DocumentTitles({}, {}, {})
    for row in unsymboled_rows:
        titles.unsymboled.setdefault(row["d"].value, []).append(row["t"].value)
    for row in listed_rows:
        titles.listed.setdefault(row["d"].value, []).append(row["t"].value)
        titles.symbols.setdefault(row["d"].value, set()).add(row["symbol"].value)
    return titles


def link_lines(links: list[DocumentLink], symbols: dict[str, set[str]]) -> list[str]:
    """The links graph's lines for ``links``: sameAs, and the target's symbols as notations
    (so every view that shows a document's symbol shows the linked one's too)."""
    lines = []
    for link in links:
        lines.append(f"<{link.unsymboled}> <{SAME_AS}> <{link.symboled}> .\n")
        for symbol in sorted(symbols.get(link.symboled, ())):
            lines.append(f"<{link.unsymboled}> <{NOTATION}> {ox.Literal(symbol)} .\n")
    return lines


def ntriples(statements: Iterable[Statement]) -> str:
    return "".join(f"<{s}> <{p}> <{o}> .\n" for s, p, o in sorted(statements))


def mentions(store: "GraphStore", graphs: Iterable[str]) -> set[Statement]:
    """Which documents each of ``graphs`` gives a title, heading or symbol."""
    rows = _select(
        store,
        "SELECT DISTINCT ?g ?d WHERE { VALUES ?g { $VALUES } GRAPH ?g { ?d dcterms:title|mg:heading|skos:notation ?x } }",
        graphs,
    )
    return {(r["g"].value, MENTIONS, r["d"].value) for r in rows}


def source_graphs(store: "GraphStore") -> list[str]:
    return [r["g"].value for r in _select_all(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a mg:SourceGraph } }")]


def indexed_contents(store: "GraphStore", graphs: Iterable[str]) -> set[Statement]:
    """The index's record of ``graphs`` as they are stored now: which file content each holds."""
    rows = _select(
        store, "SELECT DISTINCT ?g ?h WHERE { VALUES ?g { $VALUES } GRAPH ?g { ?g a mg:SourceGraph ; mg:sha256 ?h } }",
        graphs)
    return {(r["g"].value, INDEXED_AS, CONTENT + r["h"].value) for r in rows}


def unindexed_graphs(store: "GraphStore", ids: "Identifiers") -> list[str]:
    """Source graphs stored but not indexed as they are: left so by a load that was killed
    after it stored its documents and before it linked them (one scan of the source graphs'
    digests, each looked up in the index)."""
    rows = _select_all(store, f"""SELECT DISTINCT ?g WHERE {{
        GRAPH ?g {{ ?g a mg:SourceGraph ; mg:sha256 ?h }}
        BIND(IRI(CONCAT("{CONTENT}", STR(?h))) AS ?content)
        FILTER NOT EXISTS {{ GRAPH <{index_graph(ids)}> {{ ?g <{INDEXED_AS}> ?content }} }} }}""")
    return sorted(r["g"].value for r in rows)


def rebuild_links(store: "GraphStore", ids: "Identifiers") -> int:
    """Make the links graph and the title index from the whole store; returns the link count."""
    titles = read_titles(store, ids, None)
    links = match_documents(titles.unsymboled, titles.listed)
    graphs = source_graphs(store)
    index = titles.index_statements() | mentions(store, graphs) | indexed_contents(store, graphs)
    store.replace_graphs(
        {ids.links_graph(): "".join(link_lines(links, titles.symbols)), index_graph(ids): ntriples(index)}
    )
    return len(links)


def update_links(store: "GraphStore", ids: "Identifiers", loaded_graphs: list[str]) -> int:
    """Bring the links graph and the title index up to date after ``loaded_graphs`` were
    (re)stored, in one write; returns the number of links made or remade.

    Looked at: the documents the loaded graphs mention now or mentioned before (their titles
    and symbols may have changed), every document without symbol that shares an indexed title
    with them (a listing gained or lost changes its match), and every document linked to one
    of them (it carries a copy of the target's symbols). Nothing else is read, but for the
    source graphs a killed load stored without linking them (`unindexed_graphs`), which are
    taken in as if loaded now: so the links are repaired by the next load, whatever it loads."""
    index, links_graph = index_graph(ids), ids.links_graph()
    loaded_graphs = sorted(set(loaded_graphs) | set(unindexed_graphs(store, ids)))
    if not loaded_graphs:
        return 0
    if not store.query(f"ASK {{ GRAPH <{index}> {{ ?s ?p ?o }} }}"):
        loaded = set(loaded_graphs)
        some = select_rows(store.query(f"SELECT ?g WHERE {{ GRAPH ?g {{ ?g a mg:SourceGraph }} }} LIMIT {len(loaded) + 1}"))
        if any(row["g"].value not in loaded for row in some):
            return rebuild_links(store, ids)  # a store loaded before the index existed: once

    # What the index says of these graphs and documents now, and what it is to say.
    before = {r["d"].value for r in _select(
        store, f"SELECT ?d WHERE {{ VALUES ?g {{ $VALUES }} GRAPH <{index}> {{ ?g <{MENTIONS}> ?d }} }}", loaded_graphs)}
    now = mentions(store, loaded_graphs)
    documents = before | {d for _, _, d in now}
    keys_before = {r["k"].value for r in _select(
        store, f"SELECT ?k WHERE {{ VALUES ?d {{ $VALUES }} GRAPH <{index}> {{ ?d <{LISTED_KEY}>|<{UNSYMBOLED_KEY}> ?k }} }}", documents)}
    keys_now = read_titles(store, ids, documents).index_statements()

    def indexed(predicate: str, *, subjects: Iterable[str] = (), keys: Iterable[str] = ()) -> Iterator[tuple[str, str]]:
        """(document, key) of the index's ``predicate`` for these subjects or keys, as the
        index reads once this update is written: stored statements on other documents,
        and the new statements on ``documents``."""
        wanted, position = (set(subjects), "?s") if subjects else (set(keys), "?k")
        template = f"SELECT ?s ?k WHERE {{ VALUES {position} {{ $VALUES }} GRAPH <{index}> {{ ?s <{predicate}> ?k }} }}"
        for row in _select(store, template, wanted):
            if row["s"].value not in documents:
                yield row["s"].value, row["k"].value
        for document, p, key in keys_now:
            if p == predicate and (document if subjects else key) in wanted:
                yield document, key

    # The documents without symbol that may have gained, lost or changed a link.
    keys = keys_before | {key for _, _, key in keys_now}
    affected = set(documents) | {u for u, _ in indexed(UNSYMBOLED_KEY, keys=keys)}
    affected.update(r["u"].value for r in _select(
        store, f"SELECT ?u WHERE {{ VALUES ?s {{ $VALUES }} GRAPH <{links_graph}> {{ ?u <{SAME_AS}> ?s }} }}", documents))

    # Their links, made again from the index as `match_documents` decides.
    unsymboled: dict[str, list[str]] = {}
    for u, key in indexed(UNSYMBOLED_KEY, subjects=affected):
        unsymboled.setdefault(u, []).append(key)
    listed: dict[str, list[str]] = {}
    for document, key in indexed(LISTED_KEY, keys={k for ks in unsymboled.values() for k in ks}):
        listed.setdefault(document, []).append(key)
    links = match_keys(unsymboled, listed)
    symbols = read_titles(store, ids, {link.symboled for link in links}).symbols

    # One update: the index's statements on these documents and graphs, and the affected
    # documents' links, replaced.
    operations = []
    for batch in _batches(documents):
        operations.append(
            f"DELETE {{ GRAPH <{index}> {{ ?d ?p ?k }} }} WHERE {{ VALUES ?d {{ {_iris(batch)} }} "
            f"VALUES ?p {{ <{LISTED_KEY}> <{UNSYMBOLED_KEY}> }} GRAPH <{index}> {{ ?d ?p ?k }} }}")
    for batch in _batches(loaded_graphs):
        operations.append(
            f"DELETE {{ GRAPH <{index}> {{ ?g ?p ?d }} }} WHERE {{ VALUES ?g {{ {_iris(batch)} }} "
            f"VALUES ?p {{ <{MENTIONS}> <{INDEXED_AS}> }} GRAPH <{index}> {{ ?g ?p ?d }} }}")
    for batch in _batches(affected):
        operations.append(
            f"DELETE {{ GRAPH <{links_graph}> {{ ?u ?p ?o }} }} WHERE {{ VALUES ?u {{ {_iris(batch)} }} "
            f"GRAPH <{links_graph}> {{ ?u ?p ?o }} }}")
    operations.append(_insert_data(index, ntriples(keys_now | now | indexed_contents(store, loaded_graphs))))
    operations.append(_insert_data(links_graph, "".join(link_lines(links, symbols))))
    store.update(" ;\n".join(op for op in operations if op), graphs=[index, links_graph])  # only these two
    return len(links)


def _insert_data(graph: str, text: str) -> str:
    return f"INSERT DATA {{ GRAPH <{graph}> {{\n{text}}} }}" if text else ""
