"""Regular expressions built from word lists (shared by extraction and by the look-up of
what a user types, `graph.resolve`)."""

from __future__ import annotations

import re

# A letter -> the trie of what may follow it; the key "" marks the end of a word.
_Trie = dict[str, "_Trie"]


# A name typed with a straight apostrophe ("Children's Fund") is printed with a curly one
# ("Children’s Fund") by every word processor, and the other way round: either matches either.
_APOSTROPHES = "['’]"


def _literal(ch: str) -> str:
    return _APOSTROPHES if ch in "'’" else re.escape(ch)


def trie_pattern(words: list[str]) -> str:
    """One regex for many words, shared prefixes factored out: fast however many names."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        ends = "" in node
        branches = [_literal(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie) if words else "(?!x)x"
