"""Where the store lives and which base IRI the data uses: one place, read from the environment.

Every setting has an environment variable so that the CLI, the server and the tests agree:

- ``MANDATES_STORE``: a folder for the embedded Oxigraph store, ``memory`` for an in-memory
  store, or ``sparql+http://host:port/sparql`` for a remote SPARQL 1.1 server.
- ``MANDATES_BASE_IRI``: the base of every entity IRI (default below). Must end with ``/``.
- ``MANDATES_REFERENCE``: extra reference-data files or folders (``os.pathsep``-separated),
  read after the ones shipped in ``ontology/reference``.
- ``MANDATES_ALLOW_NETWORK``: ``1`` lets queries use SERVICE and updates use LOAD.
- ``MANDATES_SPARQL_*``: how to write to a remote SPARQL server (update and Graph Store
  URLs, credentials); read by `graph.sparql_http_store.SparqlHttpStore.from_location`.
  ``sparql_options`` carries the same settings given on the command line, which win.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

DEFAULT_BASE_IRI = "https://w3id.org/mandate-graph/id/"
DEFAULT_STORE = "data/store"


@dataclass(frozen=True)
class Settings:
    store: str = DEFAULT_STORE
    base_iri: str = DEFAULT_BASE_IRI
    reference_paths: tuple[Path, ...] = field(default_factory=tuple)
    allow_network: bool = False
    # update_url, graph_store_url, user, password for a sparql+http:// store
    sparql_options: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls, **overrides: object) -> "Settings":
        """Settings from the environment; keyword arguments that are not None win."""
        env = os.environ
        values: dict[str, object] = {
            "store": env.get("MANDATES_STORE", DEFAULT_STORE),
            "base_iri": env.get("MANDATES_BASE_IRI", DEFAULT_BASE_IRI),
            "reference_paths": tuple(
                Path(p) for p in env.get("MANDATES_REFERENCE", "").split(os.pathsep) if p
            ),
            "allow_network": env.get("MANDATES_ALLOW_NETWORK", "") in {"1", "true", "yes"},
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        settings = cls(**values)  # type: ignore[arg-type]
        if not settings.base_iri.endswith("/"):
            raise ValueError(f"base IRI must end with '/': {settings.base_iri!r}")
        return settings
