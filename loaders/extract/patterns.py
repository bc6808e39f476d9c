"""Regular expressions built from word lists: see `graph.patterns`, which look-ups share."""

from __future__ import annotations

from mandate_graph.graph.patterns import trie_pattern

__all__ = ["CAPITALISED_NAME", "trie_pattern"]

# A body's name as a sentence writes it in capitals, up to seven words, its lower-case joints
# among them: "Assembly", "General Assembly", "Economic and Social Council", "Commission on Population
# and Development". Rules put it where a subject or an agent stands ("the request made by <name> to",
# "In resolution 77/12, <name> decided that").
CAPITALISED_NAME = r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|of|on|for)){0,6}"
