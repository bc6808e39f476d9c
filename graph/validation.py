"""SHACL validation of the loaded graph against `ontology/shapes.ttl`, run as SPARQL on the store.

The shapes are read once and each constraint becomes a SPARQL query asked of the store itself
(the union of its named graphs: data, vocabulary and reference data), so nothing is copied
out of the store: seconds where copying the whole dataset into rdflib for pySHACL took half a
minute on a 10 k-quad sample, which is too slow to run after every load.

What SHACL means is kept: a target class takes the instances of its subclasses too, and
``sh:class`` is satisfied by an instance of a subclass (``rdf:type/rdfs:subClassOf*``, the
subclass axioms being in the vocabulary graph); a value of the wrong kind fails ``sh:pattern``,
``sh:minInclusive`` or ``sh:datatype`` rather than being skipped. The constraint components the
shapes use are translated; a shape using another one is refused with its name, never ignored
(`validate_with_pyshacl` remains, and the tests check that both find the same violations).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import rdflib
from rdflib.term import Node

from mandate_graph import ontology
from mandate_graph.graph.namespaces import SH
from mandate_graph.graph.sparql_results import select_rows
from mandate_graph.graph.store import GraphStore

XSD = rdflib.XSD
RDF_TYPE_OF = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>/<http://www.w3.org/2000/01/rdf-schema#subClassOf>*"


@dataclass
class Violation:
    focus: str
    path: str | None
    message: str
    constraint: str = ""  # the SHACL constraint component, e.g. "MinCountConstraintComponent"
    value: str | None = None  # the offending value, for value constraints
    shape: str | None = None  # the node shape violated


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples_checked: int = 0


class UnsupportedShape(ValueError):
    """A shape uses a SHACL feature the SPARQL translation does not cover."""


# --------------------------------------------------------------------------- reading the shapes


@dataclass(frozen=True)
class Check:
    """One constraint as a SPARQL query: each row is a violation (``?this``, maybe ``?value``)."""

    shape: str
    constraint: str
    path: str | None
    message: str
    query: str
    filter_to_targets: str | None = None  # for SHACL-SPARQL: the focus nodes it applies to
    reports_value: bool = False  # its rows bind ?value, the offending value


def _iri(node: Node) -> str:
    if not isinstance(node, rdflib.URIRef):
        raise UnsupportedShape(f"{node!r}: only IRIs are supported here (no property paths)")
    return f"<{node}>"


def _literal(node: Node) -> str:
    return node.n3() if isinstance(node, rdflib.Literal) else _iri(node)


def _count(node: Node) -> int:
    """The integer a count or length parameter (sh:minCount 1) gives."""
    if not isinstance(node, rdflib.Literal):
        raise UnsupportedShape(f"{node!r}: a count must be an integer literal")
    return int(node)


def _targets(shapes: rdflib.Graph, shape: Node) -> str:
    """A graph pattern binding ``?this`` to each focus node of ``shape``."""
    patterns = [f"{{ ?this {RDF_TYPE_OF} {_iri(c)} }}" for c in shapes.objects(shape, SH.targetClass)]
    patterns += [f"{{ ?this {_iri(p)} [] }}" for p in shapes.objects(shape, SH.targetSubjectsOf)]
    patterns += [f"{{ [] {_iri(p)} ?this }}" for p in shapes.objects(shape, SH.targetObjectsOf)]
    patterns += [f"{{ VALUES ?this {{ {_iri(n)} }} }}" for n in shapes.objects(shape, SH.targetNode)]
    if (shape, rdflib.RDF.type, rdflib.RDFS.Class) in shapes:
        patterns.append(f"{{ ?this {RDF_TYPE_OF} {_iri(shape)} }}")
    return " UNION ".join(patterns)


# Lexical forms checked for the datatypes the shapes use: a literal typed xsd:date whose text
# is no date violates sh:datatype (casting it fails).
_CASTS: dict[Node, str] = {XSD.date: "xsd:date", XSD.integer: "xsd:integer", XSD.dateTime: "xsd:dateTime", XSD.boolean: "xsd:boolean"}

_NODE_KINDS: dict[Node, str] = {
    SH.IRI: "isIRI(?value)",
    SH.BlankNode: "isBlank(?value)",
    SH.Literal: "isLiteral(?value)",
    SH.BlankNodeOrIRI: "(isBlank(?value) || isIRI(?value))",
    SH.BlankNodeOrLiteral: "(isBlank(?value) || isLiteral(?value))",
    SH.IRIOrLiteral: "(isIRI(?value) || isLiteral(?value))",
}


def _value_condition(parameter: Node, argument: Node, flags: Node | None) -> tuple[str, str]:
    """(constraint component, SPARQL condition a *conforming* ``?value`` meets)."""
    if parameter == SH["class"]:
        return "ClassConstraintComponent", f"EXISTS {{ ?value {RDF_TYPE_OF} {_iri(argument)} }}"
    if parameter == SH.datatype:
        ok = f"(isLiteral(?value) && datatype(?value) = {_iri(argument)})"
        if argument in _CASTS:
            ok = f"({ok} && COALESCE(datatype({_CASTS[argument]}(str(?value))) = {_iri(argument)}, false))"
        return "DatatypeConstraintComponent", ok
    if parameter == SH.nodeKind:
        if argument not in _NODE_KINDS:
            raise UnsupportedShape(f"sh:nodeKind {argument}")
        return "NodeKindConstraintComponent", _NODE_KINDS[argument]
    if parameter == SH.pattern:
        flags_text = f", {_literal(flags)}" if flags is not None else ""
        return "PatternConstraintComponent", f"(!isBlank(?value) && regex(str(?value), {_literal(argument)}{flags_text}))"
    if parameter == SH.minLength:
        return "MinLengthConstraintComponent", f"(!isBlank(?value) && strlen(str(?value)) >= {_count(argument)})"
    if parameter == SH.maxLength:
        return "MaxLengthConstraintComponent", f"(!isBlank(?value) && strlen(str(?value)) <= {_count(argument)})"
    comparisons: dict[Node, tuple[str, str]] = {
        SH.minInclusive: ("MinInclusiveConstraintComponent", ">="),
        SH.maxInclusive: ("MaxInclusiveConstraintComponent", "<="),
        SH.minExclusive: ("MinExclusiveConstraintComponent", ">"),
        SH.maxExclusive: ("MaxExclusiveConstraintComponent", "<"),
    }
    if parameter in comparisons:
        component, operator = comparisons[parameter]
        # Values that cannot be compared (a string against a number) violate it too.
        return component, f"COALESCE(!isBlank(?value) && ?value {operator} {_literal(argument)}, false)"
    raise UnsupportedShape(f"{parameter}: not translated to SPARQL (add it to graph/validation.py)")


_IGNORED = {SH.path, SH.message, SH.name, SH.description, SH.severity, SH.flags, SH.order, SH.group, rdflib.RDF.type}
_MIN_COUNT_MESSAGE = "fewer than {n} value(s) of {path}"
_MAX_COUNT_MESSAGE = "more than {n} value(s) of {path}"


def _property_checks(shapes: rdflib.Graph, shape: Node, prop: Node, targets: str) -> Iterator[Check]:
    path = shapes.value(prop, SH.path)
    if path is None:
        raise UnsupportedShape(f"{prop}: a property shape without sh:path")
    p = _iri(path)
    message = str(shapes.value(prop, SH.message) or "")
    flags = shapes.value(prop, SH.flags)
    for parameter, argument in shapes.predicate_objects(prop):
        if parameter in _IGNORED:
            continue
        if parameter == SH.minCount:
            n = _count(argument)
            query = f"""SELECT ?this WHERE {{
                {{ SELECT DISTINCT ?this WHERE {{ {targets} }} }}
                OPTIONAL {{ ?this {p} ?value }}
            }} GROUP BY ?this HAVING (COUNT(DISTINCT ?value) < {n})"""
            yield Check(str(shape), "MinCountConstraintComponent", str(path),
                        message or _MIN_COUNT_MESSAGE.format(n=n, path=path), query)
        elif parameter == SH.maxCount:
            n = _count(argument)
            query = f"""SELECT ?this WHERE {{
                {{ SELECT DISTINCT ?this WHERE {{ {targets} }} }}
                ?this {p} ?value
            }} GROUP BY ?this HAVING (COUNT(DISTINCT ?value) > {n})"""
            yield Check(str(shape), "MaxCountConstraintComponent", str(path),
                        message or _MAX_COUNT_MESSAGE.format(n=n, path=path), query)
        else:
            component, conforming = _value_condition(parameter, argument, flags)
            query = f"""SELECT DISTINCT ?this ?value WHERE {{
                {{ SELECT DISTINCT ?this WHERE {{ {targets} }} }}
                ?this {p} ?value
                FILTER (!({conforming}))
            }}"""
            default = f"{path}: value does not satisfy {parameter.n3(shapes.namespace_manager)} {argument}"
            yield Check(str(shape), component, str(path), message or default, query, reports_value=True)


def _sparql_checks(shapes: rdflib.Graph, shape: Node, targets: str) -> Iterator[Check]:
    """SHACL-SPARQL constraints. Each SELECT binds ``$this`` in its first pattern: run once
    with ``$this`` free, its rows are the violators among all nodes, kept where they are focus
    nodes of the shape (the same as binding ``$this`` to each focus node in turn)."""
    for constraint in shapes.objects(shape, SH.sparql):
        select = shapes.value(constraint, SH.select)
        if select is None:
            raise UnsupportedShape(f"{shape}: a SPARQL constraint without sh:select")
        message = str(shapes.value(constraint, SH.message) or shapes.value(shape, SH.message) or "violation")
        query = str(select).replace("$this", "?this")
        focus = f"SELECT DISTINCT ?this WHERE {{ {targets} }}"
        yield Check(str(shape), "SPARQLConstraintComponent", None, message, query, filter_to_targets=focus)


def shape_checks(shapes_path: Path | str = ontology.SHAPES) -> list[Check]:
    """Every constraint of the shapes file as a SPARQL check."""
    shapes = rdflib.Graph().parse(str(shapes_path), format="turtle")
    checks: list[Check] = []
    node_shapes = set(shapes.subjects(rdflib.RDF.type, SH.NodeShape))
    for shape in sorted(node_shapes, key=str):
        targets = _targets(shapes, shape)
        if not targets:
            continue  # a shape with no target checks nothing on its own
        for prop in shapes.objects(shape, SH.property):
            checks.extend(_property_checks(shapes, shape, prop, targets))
        checks.extend(_sparql_checks(shapes, shape, targets))
        unsupported = {p for p, _ in shapes.predicate_objects(shape)} - {
            SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.property, SH.sparql,
            SH.message, SH.name, SH.description, SH.severity, SH.deactivated, rdflib.RDF.type, rdflib.RDFS.comment,
            rdflib.RDFS.label,
        }
        if unsupported:
            raise UnsupportedShape(f"{shape}: {', '.join(sorted(map(str, unsupported)))} not translated to SPARQL")
    return checks


# --------------------------------------------------------------------------- running them

_CHECKS: list[Check] | None = None


def _checks() -> list[Check]:
    global _CHECKS
    if _CHECKS is None:
        _CHECKS = shape_checks()
    return _CHECKS


def _value(term: object) -> str:
    return str(getattr(term, "value", term))


def validate(store: GraphStore, checks: list[Check] | None = None) -> ValidationReport:
    """Validate the union of all named graphs (data, vocabulary and reference data)."""
    violations: list[Violation] = []
    for check in checks if checks is not None else _checks():
        solutions = select_rows(store.query(check.query))
        # A SHACL-SPARQL constraint may report the path and value it found ("?path", "?value").
        projected = {variable.value for variable in solutions.variables}
        rows = list(solutions)
        if check.filter_to_targets is not None and rows:
            focus = {_value(row["this"]) for row in select_rows(store.query(check.filter_to_targets))}
            rows = [row for row in rows if _value(row["this"]) in focus]
        for row in rows:
            path = row["path"] if "path" in projected else None
            value = row["value"] if "value" in projected else None
            if check.path is None and value is None:
                value = row["this"]  # SHACL-SPARQL: without ?value, the value is the focus node
            violations.append(
                Violation(
                    focus=_value(row["this"]),
                    path=_value(path) if path is not None else check.path,
                    message=check.message,
                    constraint=check.constraint,
                    value=_value(value) if value is not None else None,
                    shape=check.shape,
                )
            )
    return ValidationReport(conforms=not violations, violations=violations, triples_checked=store.count())


def validate_with_pyshacl(store: GraphStore) -> ValidationReport:
    """The same validation by pySHACL on a copy of the dataset in rdflib (slow; for checking)."""
    import pyshacl

    data = rdflib.Graph()
    data.parse(data=store.export("ntriples").decode(), format="nt")
    shapes = rdflib.Graph().parse(ontology.SHAPES, format="turtle")
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True)
    violations = [
        Violation(
            focus=str(results.value(result, SH.focusNode)),
            path=str(p) if (p := results.value(result, SH.resultPath)) is not None else None,
            message=str(results.value(result, SH.resultMessage) or "violation"),
            constraint=str(results.value(result, SH.sourceConstraintComponent)).rsplit("#", 1)[-1],
            value=str(v) if (v := results.value(result, SH.value)) is not None else None,
            shape=str(results.value(result, SH.sourceShape)),
        )
        for result in results.subjects(rdflib.RDF.type, SH.ValidationResult)
    ]
    return ValidationReport(conforms=bool(conforms), violations=violations, triples_checked=len(data))
