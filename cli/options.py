"""The options given before the command (``--store``, ``--base-iri``, …), shared by every
command, and the service context they open."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mandate_graph.cli.output import fail
from mandate_graph.graph.settings import Settings

if TYPE_CHECKING:  # opening a context imports the whole graph layer; --help does not need it
    from mandate_graph.graph.context import Context


@dataclass
class GlobalOptions:
    store: str | None = None
    base_iri: str | None = None
    reference: list[Path] = field(default_factory=list)
    sparql_options: dict[str, str] = field(default_factory=dict)  # sparql_update_url, … as in Settings

    def settings(self) -> Settings:
        """Settings from the environment, the options given winning."""
        overrides: dict[str, object] = {"store": self.store, "base_iri": self.base_iri, **self.sparql_options}
        if self.reference:
            overrides["reference_paths"] = tuple(self.reference)
        try:
            return Settings.from_env(None, **overrides)  # None: the process's environment
        except ValueError as exc:
            fail(str(exc))

    def context(self) -> "Context":
        """The opened store and reference data, or a one-line error naming what failed."""
        from mandate_graph.graph.context import Context
        from mandate_graph.graph.reference import ReferenceDataError
        from mandate_graph.graph.store import StoreError

        try:
            return Context.open(self.settings())
        except (StoreError, ReferenceDataError) as exc:
            fail(str(exc))


# Set by the app's callback (cli.main.main_options) before any command runs.
options = GlobalOptions()
