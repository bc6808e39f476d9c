"""Shared fixtures. Tests that only read may share the session-wide loaded corpus;
tests that write make their own store."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.context import Context
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import Settings
from mandate_graph.loaders.pipeline import Loader

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
BASE = "https://w3id.org/mandate-graph/id/"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def registry() -> BodyRegistry:
    return load_registry(BASE)


def make_context(store: str = "memory", **overrides: object) -> Context:
    return Context.open(Settings.from_env(store=store, base_iri=BASE, **overrides))


def loader_for(ctx: Context) -> Loader:
    """The loader that writes into the context's store, as the command line makes it."""
    return Loader.for_context(ctx)


@pytest.fixture
def memory_ctx() -> Context:
    """A fresh, empty in-memory store."""
    return make_context()


@pytest.fixture(scope="session")
def loaded_ctx() -> Context:
    """The sample corpus loaded into an in-memory store. Read it; never write to it."""
    ctx = make_context()
    results = loader_for(ctx).load([CORPUS])
    assert all(r.ok for r in results), [r.error for r in results if not r.ok]
    return ctx
