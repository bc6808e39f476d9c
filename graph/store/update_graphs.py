"""Which named graphs a SPARQL Update writes, read from its text before it runs.

Every view kept beside the store (search index, lists, statuses, lineage) brings itself up to
date from the graphs a write touched (`OxigraphStore.graphs_written_since`); a write whose
graphs are not known makes each of them re-read the whole store (minutes at 10 M triples).
A user's update names its graphs in its text far more often than not: ``INSERT DATA { GRAPH
<g> { … } }``, ``DELETE { GRAPH <g> { … } } WHERE { … }``, ``WITH <g> …``, ``DROP GRAPH <g>``…

The answer must never miss a graph the update writes (a view would stay stale), so this is a
small scanner that answers None ("not known") on anything it does not fully understand:

- a write to the default graph (triples outside ``GRAPH`` in a DATA block or template
  without ``WITH``, ``LOAD`` without ``INTO``, ``… TO DEFAULT``, ``MOVE DEFAULT``), a template
  ``GRAPH ?g`` (a variable), ``DROP``/``CLEAR`` of ``DEFAULT``, ``NAMED`` or ``ALL``;
- a backslash outside strings and IRIs (escapes in prefixed names), a prologue (``PREFIX``,
  ``BASE``) after the first operation, an operation it does not know;
- an operation with a ``WHERE`` followed by anything that could be another operation: only
  what comes *before* a ``WHERE`` is read token by token (templates hold terms only, whose
  lexing is exact); a ``WHERE`` group can hold expressions, where ``<`` is an operator, so the
  scanner does not try to find where it ends.

Rdflib's SPARQL parser was the first idea; it took 15 s for a 2,000-triple INSERT DATA and
reads ``ex:a\\-b`` unlike Oxigraph. Here the text is only tokenized (milliseconds), and the
graph terms found are resolved by Oxigraph itself (`_resolve`: prefixed names, relative IRIs
against the base, ``\\u`` escapes), with the update's own prologue and the store's prefixes, so
each name is the IRI the update will write.
"""

from __future__ import annotations

import re
from typing import Mapping

import pyoxigraph as ox

from mandate_graph.graph.store.guard import expand_unicode_escapes

# Tokens of a SPARQL text, as Oxigraph's lexer reads them outside expressions (strings first:
# a '#' or a brace inside a string or an IRI is not one).
_TOKEN = re.compile(
    r"""(?P<space>\s+)
    |(?P<comment>\#[^\n\r]*)
    |(?P<string>\"\"\"(?:(?:\"|\"\")?(?:[^\"\\]|\\.))*\"\"\"
               |'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
               |\"(?:[^\"\\\n\r]|\\.)*\"
               |'(?:[^'\\\n\r]|\\.)*')
    |(?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
    |(?P<punct>[{};])
    |(?P<word>[^\s{};"'<\#]+)
    |(?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)
# Words that may start another operation: after a WHERE, none may appear anywhere in the text,
# not even in a string, an IRI or a comment. (Where the WHERE group has an operator '<', this
# scanner can read an IRI, then a string, where Oxigraph reads a comparison and code.)
_OPERATION_WORD = re.compile(r"(?<![\w:?$])(INSERT|DELETE|DROP|CLEAR|CREATE|LOAD|COPY|MOVE|ADD|WITH)(?![\w:-])",
                             re.IGNORECASE)
# The content of a group of terms up to its closing brace (or up to what this scanner does not
# read: a brace, a backslash outside strings and IRIs, an unclosed string), in one match.
_GROUP_CONTENT = re.compile(
    r"""(?:[^{}"'<\#\\]++
        |\"\"\"(?:(?:\"|\"\")?(?:[^\"\\]|\\.))*+\"\"\"
        |'''(?:(?:'|'')?(?:[^'\\]|\\.))*+'''
        |\"(?:[^\"\\\n\r]|\\.)*+\"
        |'(?:[^'\\\n\r]|\\.)*+'
        |<(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*+>
        |\#[^\n\r]*+
        |<)*+""",
    re.VERBOSE | re.DOTALL,
)
# An IRI or a prefixed name (its characters only: no bracket that could end VALUES' row early).
_GRAPH_TERM = re.compile(r"(?:[^\W\d_][\w.-]*)?:[\w.:%-]*|<.*>", re.DOTALL)

_EMPTY_STORE = ox.Store()


class _NotKnown(Exception):
    """The scanner met something it cannot name the written graphs of."""


def graphs_an_update_writes(update: str, *, prefixes: Mapping[str, str] | None = None,
                            base_iri: str | None = None) -> frozenset[str] | None:
    """The named graphs ``update`` can change, as the store will run it (with ``prefixes``
    predeclared and relative IRIs against ``base_iri``); None when that cannot be known from
    the text (see the module docstring). An update the store would refuse may get any answer:
    it writes nothing."""
    try:
        prologue, terms = _scan(update)
        return frozenset(_resolve(prologue, terms, prefixes, base_iri))
    except _NotKnown:
        return None


def _token(text: str, pos: int) -> tuple[str, str, int] | None:
    """(kind, text, end offset) of the next significant token from ``pos``, None at the end;
    `_NotKnown` for a backslash outside strings and IRIs (an escape in a prefixed name, which
    this scanner does not read)."""
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        assert match is not None  # the last alternative takes any character
        kind, pos = match.lastgroup or "other", match.end()
        if kind in {"space", "comment"}:
            continue
        if kind in {"other", "word"} and "\\" in match.group():
            raise _NotKnown
        return kind, match.group(), pos
    return None


class _Reader:
    """The tokens of the text, read one at a time (a big DATA block's content is skipped over
    in one regular-expression match, `skip_group`)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self._next: tuple[str, str, int] | None = None

    def peek(self) -> str:
        if self._next is None:
            self._next = _token(self.text, self.pos)
        return self._next[1].upper() if self._next is not None else ""

    def take(self) -> tuple[str, str]:
        token = self._next if self._next is not None else _token(self.text, self.pos)
        self._next = None
        if token is None:
            raise _NotKnown
        kind, text, self.pos = token
        return kind, text

    def skip_group(self) -> None:
        """Past the ``}`` that closes the group whose ``{`` was just taken, over terms only
        (a DATA block's or a template's ``GRAPH g { … }``: no nested group can occur there)."""
        assert self._next is None
        content = _GROUP_CONTENT.match(self.text, self.pos)
        end = content.end() if content is not None else self.pos  # (it always matches: all of it is optional)
        if self.text[end:end + 1] != "}":
            raise _NotKnown  # a nested brace, a backslash, an unclosed string or the end of the text
        self.pos = end + 1

    def expect(self, *words: str) -> str:
        kind, text = self.take()
        if text.upper() not in words:
            raise _NotKnown
        return text.upper()

    def optional(self, word: str) -> bool:
        if self.peek() == word:
            self.take()
            return True
        return False

    def graph_term(self) -> str:
        """An IRI or a prefixed name (a variable, a blank node or a keyword: not known)."""
        kind, text = self.take()
        if kind == "iri" or (kind == "word" and _GRAPH_TERM.fullmatch(text) and not text[0] in "?$_"):
            return text
        raise _NotKnown


def _scan(update: str) -> tuple[list[str], list[str]]:
    """(the prologue's declarations as written, the graph terms the operations write)."""
    reader = _Reader(update)
    prologue: list[str] = []
    terms: list[str] = []
    while reader.peek() in {"PREFIX", "BASE"}:
        if reader.expect("PREFIX", "BASE") == "PREFIX":
            kind, name = reader.take()
            if kind != "word" or not name.endswith(":"):
                raise _NotKnown
            prologue.append(f"PREFIX {name} {_iri(reader)}")
        else:
            prologue.append(f"BASE {_iri(reader)}")
    while reader.peek():
        if _operation(reader, terms):  # an operation with a WHERE: nothing may follow it
            return prologue, terms
        if reader.peek() and reader.take()[1] != ";":
            raise _NotKnown
    return prologue, terms


def _iri(reader: _Reader) -> str:
    kind, text = reader.take()
    if kind != "iri":
        raise _NotKnown
    return text


def _operation(reader: _Reader, terms: list[str]) -> bool:
    """Read one operation, adding the graph terms it writes; True when it has a WHERE (the
    scan then ends there, see the module docstring)."""
    word = reader.expect("INSERT", "DELETE", "WITH", "DROP", "CLEAR", "CREATE", "LOAD", "ADD", "MOVE", "COPY")
    if word in {"DROP", "CLEAR", "CREATE"}:
        reader.optional("SILENT")
        if word != "CREATE" and reader.peek() in {"DEFAULT", "NAMED", "ALL"}:
            raise _NotKnown
        reader.expect("GRAPH")
        terms.append(reader.graph_term())
        return False
    if word == "LOAD":
        reader.optional("SILENT")
        _iri(reader)
        if not reader.optional("INTO"):
            raise _NotKnown  # into the default graph
        reader.expect("GRAPH")
        terms.append(reader.graph_term())
        return False
    if word in {"ADD", "MOVE", "COPY"}:
        reader.optional("SILENT")
        source = _graph_or_default(reader)
        reader.expect("TO")
        target = _graph_or_default(reader)
        if target is None or (word == "MOVE" and source is None):
            raise _NotKnown  # the default graph written
        terms.append(target)
        if word == "MOVE" and source is not None:
            terms.append(source)
        return False
    if word in {"INSERT", "DELETE"} and reader.optional("DATA"):
        terms.extend(_block(reader, default=None))
        return False
    if word == "DELETE" and reader.optional("WHERE"):
        terms.extend(_block(reader, default=None))
        return False
    default = None
    if word == "WITH":
        default = reader.graph_term()
        word = reader.expect("INSERT", "DELETE")
    terms.extend(_block(reader, default))
    if word == "DELETE" and reader.optional("INSERT"):
        terms.extend(_block(reader, default))
    while reader.optional("USING"):
        reader.optional("NAMED")
        reader.graph_term()
    reader.expect("WHERE")
    rest = reader.text[reader.pos:]
    if _OPERATION_WORD.search(expand_unicode_escapes(rest)):
        raise _NotKnown  # another operation may follow: where the WHERE group ends is not read
    return True


def _graph_or_default(reader: _Reader) -> str | None:
    if reader.optional("DEFAULT"):
        return None
    reader.optional("GRAPH")
    return reader.graph_term()


def _block(reader: _Reader, default: str | None) -> list[str]:
    """The graphs a ``{ … }`` of quads (a DATA block, a template, DELETE WHERE's pattern)
    writes: each ``GRAPH g { … }``, and ``default`` (WITH's graph) for triples outside one
    (None there: the default graph, not known)."""
    reader.expect("{")
    graphs: list[str] = []
    while True:
        kind, text = reader.take()
        if text == "}":
            return graphs
        if text == "{":
            raise _NotKnown
        if text.upper() == "GRAPH" and kind == "word":
            graphs.append(reader.graph_term())
            reader.expect("{")
            reader.skip_group()
            continue
        if text == ".":
            continue
        if default is None:
            raise _NotKnown  # a triple of the default graph
        if default not in graphs:
            graphs.append(default)


def _resolve(prologue: list[str], terms: list[str], prefixes: Mapping[str, str] | None,
             base_iri: str | None) -> list[str]:
    """The IRIs ``terms`` name, resolved by Oxigraph with the update's prologue, the store's
    prefixes and base: exactly what the update will write."""
    if not terms:
        return []
    names = " ".join(f"?g{i}" for i in range(len(terms)))
    query = "\n".join([*prologue, f"SELECT * WHERE {{ VALUES ({names}) {{ ({' '.join(terms)}) }} }}"])
    try:
        result = _EMPTY_STORE.query(query, prefixes=dict(prefixes or {}), base_iri=base_iri)
    except (SyntaxError, ValueError, OSError, RuntimeError):
        raise _NotKnown from None
    assert isinstance(result, ox.QuerySolutions)
    rows = list(result)
    if len(rows) != 1:
        raise _NotKnown
    resolved = []
    for row in rows:
        for i in range(len(terms)):
            term = row[f"g{i}"]
            if not isinstance(term, ox.NamedNode):
                raise _NotKnown
            resolved.append(term.value)
    return resolved
