"""SHACL validation of the loaded graph against `ontology/shapes.ttl` (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass, field

import rdflib

import ontology
from graph.namespaces import SH
from graph.store import GraphStore


@dataclass
class Violation:
    focus: str
    path: str | None
    message: str


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples_checked: int = 0


def validate(store: GraphStore) -> ValidationReport:
    """Validate the union of all named graphs (data, vocabulary and reference data)."""
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
        )
        for result in results.subjects(rdflib.RDF.type, SH.ValidationResult)
    ]
    return ValidationReport(conforms=bool(conforms), violations=violations, triples_checked=len(data))
