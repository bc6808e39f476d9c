"""Named queries: curated SPARQL in ``queries/*.rq``, run with typed, safely bound parameters.

Each file starts with a header of ``#+`` comment lines::

    #+ title: Mandates given to a body
    #+ description: Every instrument that tasked the body, with the task and the evidence.
    #+ param: body | iri | required | The body: an id path, an IRI or a name
    #+ param: action | enum(establishes,requests) | optional | Only this kind of mandate
    #+ example: body=cop-untoc/wg-firearms

Parameter types: ``iri`` (an id path like ``cop-untoc/resolution/7/1``, a full IRI, or a
citation/name resolved with `graph.resolve`), ``string``, ``integer``, ``date``
(YYYY-MM-DD) and ``enum(a,b,c)`` (bound as a plain string). A parameter ``?name`` is bound
as an RDF term through the store's ``bindings`` (`graph.store.sparql_text.bind_values`: the
IRI serialized by pyoxigraph in place of the variable in its triple patterns, so the engine
plans around it, else an inline VALUES block), never by pasting user text into the query; an
optional parameter that is not given stays unbound.

An optional parameter that only narrows the answer is best not tested in a FILTER
(``!BOUND(?issuer) || EXISTS {…}``): the engine reads every row before the filter (seconds at a
million triples). Instead a line of the WHERE clause may be given only when the parameter is::

    #+ if issuer: ?instrument mg:issuedBy ?issuer .

Without ``issuer`` it stays a comment (the file as written is the query without it); with
``issuer`` it becomes the pattern, ``?issuer`` is written in place, and the engine starts from
the issuer (`NamedQuery.text_for`).

A sub-select does not see the bindings of the query around it: the engine evaluates it whole
and joins the parameter afterwards (`requests-without-report` with a body: 38 s at a million
triples, every open request first). In such a line ``$NAME`` stands for the parameter's value,
written as its RDF term (serialized by pyoxigraph, never the user's text), so that a line
opening the sub-select can start it from the value::

    SELECT DISTINCT ?instrument ?body WHERE {
      #+ if body: VALUES ?body { $body }

(0.4 s). ``$NAME`` is SPARQL's other spelling of a variable, which a VALUES block may not
hold: a line left with it fails to parse rather than meaning something else.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

import pyoxigraph as ox

import mandate_graph.queries as queries_package
from mandate_graph.graph.errors import InvalidArgument, named_node
from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.namespaces import XSD
from mandate_graph.graph.store import GraphStore, bind_values

QUERY_DIR = Path(queries_package.__file__).parent
_HEADER = re.compile(r"^#\+\s*(?P<key>[a-z]+)\s*:\s*(?P<value>.*)$")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# A line used only when a parameter is given: "#+ if NAME: pattern" (see the module docstring).
_WHEN_GIVEN = re.compile(r"^(?P<indent>[ \t]*)#\+ if (?P<name>[A-Za-z_][A-Za-z0-9_]*):(?P<pattern>.*)$", re.MULTILINE)


class NamedQueryError(InvalidArgument):
    """A named query is badly declared, or a parameter is missing or invalid."""


@dataclass
class Parameter:
    name: str
    type: str  # iri | string | integer | date | enum
    required: bool
    description: str = ""
    choices: tuple[str, ...] = ()
    default: str | None = None

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "type": self.type, "required": self.required,
                               "description": self.description}
        if self.choices:
            out["enum"] = list(self.choices)
        if self.default is not None:
            out["default"] = self.default
        return out


@dataclass
class NamedQuery:
    name: str
    title: str
    description: str
    sparql: str
    parameters: list[Parameter] = field(default_factory=list)
    examples: list[dict[str, str]] = field(default_factory=list)
    path: Path | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "parameters": [p.as_json() for p in self.parameters],
            "examples": self.examples,
            "sparql": self.sparql,
        }

    def text_for(self, given: Iterable[str] | Mapping[str, ox.NamedNode | ox.Literal]) -> str:
        """The query for these parameters given: each ``#+ if NAME: pattern`` line whose NAME is
        given becomes its pattern, with ``$NAME`` written as the parameter's term (``given``
        must then map names to terms, as `bind` makes them); the others stay comments."""
        terms: Mapping[str, ox.NamedNode | ox.Literal] = given if isinstance(given, Mapping) else {}
        names = set(given)

        def line(match: re.Match[str]) -> str:
            name = match["name"]
            if name not in names:
                return match[0]
            pattern = match["pattern"].strip()
            value = re.compile(rf"\${name}\b")
            if value.search(pattern):
                if name not in terms:
                    raise NamedQueryError(f"{self.name}: the line for {name!r} writes its value (${name}): "
                                          "give the parameters as terms (NamedQuery.bind)")
                pattern = value.sub(lambda _: str(terms[name]), pattern)
            return match["indent"] + pattern

        return _WHEN_GIVEN.sub(line, self.sparql)

    # parameters ------------------------------------------------------------------------

    def bind(
        self, params: Mapping[str, str], ids: Identifiers, store: GraphStore | None = None, registry: Any = None,
        candidates: bool = True,
    ) -> dict[str, ox.NamedNode | ox.Literal]:
        """Validate the parameters and turn each into an RDF term. Raises NamedQueryError.
        ``candidates`` False: an entity not found is not followed by a search for close
        matches to name in the error (`graph.resolve.resolve_reference`)."""
        known = {p.name for p in self.parameters}
        unknown = sorted(set(params) - known - {"format"})
        if unknown:
            raise NamedQueryError(
                f"unknown parameter(s) {', '.join(unknown)} for {self.name}; it takes: "
                + (", ".join(sorted(known)) or "no parameters")
            )
        bindings: dict[str, ox.NamedNode | ox.Literal] = {}
        for p in self.parameters:
            raw = params.get(p.name)
            if raw is None or raw == "":
                raw = p.default
            if raw is None or raw == "":
                if p.required:
                    raise NamedQueryError(
                        f"missing parameter {p.name!r} ({p.type}) for {self.name}: {p.description}"
                    )
                continue
            bindings[p.name] = self._term(p, raw.strip(), ids, store, registry, candidates)
        return bindings

    def _term(self, p: Parameter, raw: str, ids: Identifiers, store: GraphStore | None, registry: Any,
              candidates: bool = True) -> ox.NamedNode | ox.Literal:
        if p.type == "string":
            return ox.Literal(raw)
        if p.type == "integer":
            if not re.fullmatch(r"[+-]?\d+", raw):
                raise NamedQueryError(f"parameter {p.name!r} must be an integer, got {raw!r}")
            return ox.Literal(str(int(raw)), datatype=ox.NamedNode(str(XSD.integer)))
        if p.type == "date":
            try:
                value = dt.date.fromisoformat(raw)
            except ValueError:
                raise NamedQueryError(f"parameter {p.name!r} must be a date (YYYY-MM-DD), got {raw!r}") from None
            return ox.Literal(value.isoformat(), datatype=ox.NamedNode(str(XSD.date)))
        if p.type == "enum":
            if raw not in p.choices:
                raise NamedQueryError(f"parameter {p.name!r} must be one of {', '.join(p.choices)}; got {raw!r}")
            return ox.Literal(raw)
        if p.type == "iri":
            return named_node(self._resolve_iri(p, raw, ids, store, registry, candidates))
        raise NamedQueryError(f"{self.name}: parameter {p.name!r} has unknown type {p.type!r}")

    def _resolve_iri(self, p: Parameter, raw: str, ids: Identifiers, store: GraphStore | None, registry: Any,
                     candidates: bool = True) -> str:
        if raw.startswith(("http://", "https://")) and not re.search(r"[\s<>\"{}|^`\\]", raw):
            if store is None or not raw.startswith(ids.base):
                return raw
        if store is None:
            raise NamedQueryError(f"parameter {p.name!r}: {raw!r} is not an IRI")
        from mandate_graph.graph.resolve import resolve_reference

        if registry is None:
            from mandate_graph.graph.reference import load_registry

            registry = load_registry(ids.base)
        found = resolve_reference(raw, store, ids, registry, candidates)
        if found.found and found.iri:
            return found.iri
        hint = ""
        if found.candidates:
            hint = "; candidates: " + "; ".join(
                f"{iri[len(ids.base):] if iri.startswith(ids.base) else iri} ({label})" for iri, label in found.candidates[:6]
            )
        reason = found.message or "not found"
        raise NamedQueryError(f"parameter {p.name!r}: cannot resolve {raw!r}: {reason}{hint}")

    # running ---------------------------------------------------------------------------

    def run(
        self,
        store: GraphStore,
        params: Mapping[str, str],
        ids: Identifiers,
        *,
        registry: Any = None,
        timeout: float | None = None,
        max_rows: int | None = None,
    ) -> Any:
        """Run with the given parameters: in process, or with the store's limits when
        ``timeout`` is given (as on the HTTP API)."""
        bindings = self.bind(params, ids, store, registry)
        sparql = self.text_for(bindings)
        if timeout is None:
            return store.query(sparql, bindings=bindings or None)
        text = bind_values(sparql, bindings) if bindings else sparql
        return store.query_with_limits(text, timeout=timeout, max_rows=max_rows)


# ------------------------------------------------------------------------------ loading


def _parse_param(spec: str, where: str) -> Parameter:
    parts = [part.strip() for part in spec.split("|")]
    if len(parts) < 2:
        raise NamedQueryError(f"{where}: param needs 'name | type | required/optional | description'")
    name, type_spec = parts[0], parts[1]
    if not _NAME.match(name):
        raise NamedQueryError(f"{where}: bad parameter name {name!r}")
    flag = parts[2] if len(parts) > 2 else "required"
    description = " | ".join(parts[3:]) if len(parts) > 3 else ""
    choices: tuple[str, ...] = ()
    m = re.fullmatch(r"enum\((.*)\)", type_spec)
    if m:
        choices = tuple(c.strip() for c in m.group(1).split(",") if c.strip())
        type_spec = "enum"
    if type_spec not in {"iri", "string", "integer", "date", "enum"}:
        raise NamedQueryError(f"{where}: parameter {name!r} has unknown type {type_spec!r}")
    default = None
    if flag.startswith("optional") and "=" in flag:
        default = flag.split("=", 1)[1].strip()
    if not flag.startswith(("required", "optional")):
        raise NamedQueryError(f"{where}: parameter {name!r}: say 'required' or 'optional', not {flag!r}")
    return Parameter(name, type_spec, flag.startswith("required"), description, choices, default)


def parse_named_query(name: str, text: str, path: Path | None = None) -> NamedQuery:
    where = str(path or name)
    meta: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _HEADER.match(line)
        if m:
            meta.setdefault(m["key"], []).append(m["value"].strip())
    if "title" not in meta:
        raise NamedQueryError(f"{where}: the header needs a '#+ title:' line")
    parameters = [_parse_param(spec, where) for spec in meta.get("param", [])]
    examples = []
    for example in meta.get("example", []):
        pairs = dict(part.split("=", 1) for part in example.split("&") if "=" in part) if example else {}
        examples.append(pairs)
    query = NamedQuery(
        name=name,
        title=meta["title"][0],
        description=" ".join(meta.get("description", [])),
        sparql=text,
        parameters=parameters,
        examples=examples,
        path=path,
    )
    for p in parameters:
        if not re.search(rf"[?$]{p.name}\b", text):
            raise NamedQueryError(f"{where}: parameter {p.name!r} is not used as ?{p.name} in the query")
    for match in _WHEN_GIVEN.finditer(text):
        if match["name"] not in {p.name for p in parameters if not p.required}:
            raise NamedQueryError(f"{where}: '#+ if {match['name']}:' names no optional parameter")
        for other in re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", match["pattern"]):
            if other != match["name"]:
                raise NamedQueryError(f"{where}: '#+ if {match['name']}:' writes ${other}, the value of "
                                      "another parameter (a line may write only its own)")
    return query


def load_named_queries(folder: Path | None = None) -> dict[str, NamedQuery]:
    """Every ``*.rq`` file of the folder (default: the shipped ``queries/``), by file stem."""
    folder = folder or QUERY_DIR
    out = {}
    for path in sorted(folder.glob("*.rq")):
        out[path.stem] = parse_named_query(path.stem, path.read_text(encoding="utf-8"), path)
    return out
