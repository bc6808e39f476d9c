"""Ordinals in words and numerals: the grammar lives in `graph.ordinals`, which the look-up
of what a user types (`graph.resolve`) shares with extraction."""

from __future__ import annotations

from mandate_graph.graph.ordinals import ORDINAL, WORD_VALUES, is_numeral, ordinal_value

__all__ = ["ORDINAL", "WORD_VALUES", "is_numeral", "ordinal_value"]
