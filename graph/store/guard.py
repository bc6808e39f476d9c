"""The network guard: no query or update a client sends may make the server contact another machine.

SPARQL has two ways to reach the network, ``SERVICE`` (a federated query) and ``LOAD`` (an update
that fetches a document); Virtuoso adds its own (``DEFINE get:soft`` pragmas that sponge a URL,
``bif:`` and ``sql:`` functions such as ``bif:http_get``). Unless the operator allows the network,
each is refused before the text reaches an engine, with one message whatever the target, so that
the answer says nothing about which ports or hosts exist.

The decision is made on the parsed query (rdflib's SPARQL grammar), not on a pattern over the text:
a pattern cannot tell a keyword from the same word inside a string, an IRI or a comment, and every
such confusion is a way past it. Parsers can disagree too (rdflib ends a comment at a line feed,
Oxigraph also at a carriage return), so the guard refuses on any doubt:

1. Carriage returns become line feeds in the text that is checked *and* in the text that runs,
   so the two parsers end comments at the same places.
2. Text that contains none of the words (after ``\\u`` escapes are expanded, in any case) cannot
   name the network, and passes without parsing: the common case costs one regular-expression scan.
3. Otherwise the text must parse, and the parse tree must hold no ``SERVICE`` or ``LOAD`` and no
   ``bif:``/``sql:`` name; a text that does not parse is refused.

On the embedded store the query workers also run in a network namespace of their own where
the kernel allows it, so a query that slipped past the parser would still
reach nothing (`graph.store.isolation`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rdflib.plugins.sparql.parserutils import CompValue

# rdflib's SPARQL grammar is imported when a text needs parsing, not with this module: most
# texts (every update a load writes) mention none of the suspect words, and the import costs
# ~0.2 CPU s of every `mandates` command that opens a store.


class NetworkDisabledError(Exception):
    """The query or update would reach the network and the operator has not allowed it."""


# The one answer to every refused text, whatever its target: no port-scanning by error message.
REFUSAL = (
    "SERVICE, LOAD and engine extensions that reach the network are disabled on this "
    "server, so this request was refused without contacting anything (an operator can allow "
    "them with MANDATES_ALLOW_NETWORK=1)"
)

# Words that may name the network in SPARQL or in Virtuoso's dialect. Substrings, not words:
# "loadTime" or "?download" only cost a parse.
_SUSPECT = re.compile(r"service|load|define|bif:|sql:", re.IGNORECASE)
_NETWORK_NODES = {"ServiceGraphPattern", "Load"}
_ENGINE_SCHEMES = ("bif:", "sql:")
_ENGINE_PREFIXES = {"bif", "sql"}  # Virtuoso predeclares them
_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def expand_unicode_escapes(text: str) -> str:
    """``\\u0053`` → ``S`` everywhere in the text, as SPARQL allows before parsing."""

    def replace(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        try:
            return chr(code)
        except (ValueError, OverflowError):
            return match.group(0)

    return _UNICODE_ESCAPE.sub(replace, text)


def check_network(sparql: str, allow_network: bool, *, update: bool = False) -> str:
    """The text to run, or `NetworkDisabledError` unless ``sparql`` provably stays on this machine.

    Callers must run the returned text, not their own: it is the text that was checked.
    """
    if allow_network:
        return sparql
    sparql = sparql.replace("\r\n", "\n").replace("\r", "\n")
    text = expand_unicode_escapes(sparql)
    if not _SUSPECT.search(text):
        return sparql
    from rdflib import URIRef

    try:
        tree = parseUpdate(text) if update else parseQuery(text)
    except Exception as exc:  # pyparsing's ParseException, or anything the grammar raises
        first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise NetworkDisabledError(
            f"{REFUSAL}; the text mentions one of those words and could not be parsed to "
            f"check it ({first_line})"
        ) from None
    prefixes = _declared_prefixes(tree)
    terms: list[str] = []
    for node in _walk(tree, terms):
        if node.name in _NETWORK_NODES or _is_engine_name(node, prefixes):
            raise NetworkDisabledError(REFUSAL)
    if any(isinstance(term, URIRef) and term.lower().startswith(_ENGINE_SCHEMES) for term in terms):
        raise NetworkDisabledError(REFUSAL)
    return sparql


def parseQuery(text: str) -> Any:  # noqa: N802 - rdflib's name
    """rdflib's parse of a query (its grammar imported at the first call)."""
    from rdflib.plugins.sparql.parser import parseQuery as parse

    return parse(text)


def parseUpdate(text: str) -> Any:  # noqa: N802 - rdflib's name
    """rdflib's parse of an update (its grammar imported at the first call)."""
    from rdflib.plugins.sparql.parser import parseUpdate as parse

    return parse(text)


def _walk(node: Any, terms: list[str]) -> Iterator[CompValue]:
    """Every grammar node of a parse tree, depth first; its terms (IRIs, literals, variables,
    tokens: all ``str``) go into ``terms``."""
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        yield node
        for value in node.values():
            yield from _walk(value, terms)
    elif isinstance(node, str):
        terms.append(node)
        datatype = getattr(node, "datatype", None)
        if datatype:
            terms.append(datatype)
    elif isinstance(node, dict):
        for value in node.values():
            yield from _walk(value, terms)
    elif isinstance(node, (list, tuple)) or hasattr(node, "asList"):
        for value in node:
            yield from _walk(value, terms)


def _declared_prefixes(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in _walk(tree, []):
        if node.name == "PrefixDecl":
            found[str(node.get("prefix") or "")] = str(node.get("iri") or "")
    return found


def _is_engine_name(node: CompValue, prefixes: dict[str, str]) -> bool:
    """``bif:http_get``, or a name under a prefix declared as ``<bif:>`` or ``<sql:>``."""
    if node.name != "pname":
        return False
    prefix = str(node.get("prefix") or "")
    return prefix.lower() in _ENGINE_PREFIXES or prefixes.get(prefix, "").lower().startswith(_ENGINE_SCHEMES)


__all__ = ["NetworkDisabledError", "REFUSAL", "check_network", "expand_unicode_escapes"]
