"""The SPARQL-server backend: `SparqlHttpStore` (store semantics, `.store`) over
`SparqlConnector` (HTTP only, `.connector`), after rdflib's split of ``sparqlstore.py`` and
``sparqlconnector.py``."""

from mandate_graph.graph.store.sparql_http.connector import Credentials, SparqlConnector
from mandate_graph.graph.store.sparql_http.store import SparqlHttpStore

__all__ = ["Credentials", "SparqlConnector", "SparqlHttpStore"]
