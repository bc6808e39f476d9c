"""The RDF namespaces the product speaks, in one place (after rdflib's own namespace module).

`MG` is the project's vocabulary; the others are the public vocabularies it aligns to.
Strings, not rdflib objects, so that pyoxigraph and rdflib code can both use them.
"""

from rdflib import Namespace

MG = Namespace("https://w3id.org/mandate-graph/ontology#")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
CITO = Namespace("http://purl.org/spar/cito/")
OA = Namespace("http://www.w3.org/ns/oa#")
SH = Namespace("http://www.w3.org/ns/shacl#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")

PREFIXES: dict[str, str] = {
    "mg": str(MG),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "org": str(ORG),
    "eli": str(ELI),
    "cito": str(CITO),
    "oa": str(OA),
}


def sparql_prologue(extra: dict[str, str] | None = None) -> str:
    """PREFIX lines for every namespace above (plus `extra`), to put before a query."""
    prefixes = {**PREFIXES, **(extra or {})}
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in prefixes.items())
