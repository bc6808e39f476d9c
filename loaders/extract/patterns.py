"""Regular expressions built from word lists: see `graph.patterns`, which look-ups share."""

from __future__ import annotations

from mandate_graph.graph.patterns import trie_pattern

__all__ = ["trie_pattern"]
