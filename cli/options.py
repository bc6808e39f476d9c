"""The options given before the command (``--store``, ``--base-iri``, …), shared by every
command, and the service context they open."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cli.output import fail
from graph.settings import Settings

if TYPE_CHECKING:  # opening a context imports the whole graph layer; --help does not need it
    from graph.context import Context


@dataclass
class GlobalOptions:
    store: str | None = None
    base_iri: str | None = None
    reference: list[Path] = field(default_factory=list)
    sparql_options: dict[str, str] = field(default_factory=dict)

    def settings(self) -> Settings:
        """Settings from the environment, the options given winning."""
        overrides: dict[str, object] = {"store": self.store, "base_iri": self.base_iri}
        if self.sparql_options:
            overrides["sparql_options"] = self.sparql_options
        if self.reference:
            overrides["reference_paths"] = tuple(self.reference)
        try:
            return Settings.from_env(**overrides)
        except ValueError as exc:
            fail(str(exc))

    def environment(self) -> dict[str, str]:
        """The options given, as the environment variables `Settings.from_env` and the store
        read: how `serve` hands them to the server it starts."""
        env = {"MANDATES_STORE": self.store, "MANDATES_BASE_IRI": self.base_iri}
        if self.reference:  # as in settings(): the files given replace the environment's
            env["MANDATES_REFERENCE"] = os.pathsep.join(map(str, self.reference))
        for name, value in self.sparql_options.items():
            env[f"MANDATES_SPARQL_{name.upper()}"] = value
        return {k: v for k, v in env.items() if v is not None}

    def context(self) -> "Context":
        """The opened store and reference data, or a one-line error naming what failed."""
        from graph.context import Context
        from graph.reference import ReferenceDataError
        from graph.store import StoreError

        try:
            return Context.open(self.settings())
        except (StoreError, ReferenceDataError) as exc:
            fail(str(exc))


# Set by the app's callback (cli.main.main_options) before any command runs.
options = GlobalOptions()
