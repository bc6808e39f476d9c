"""A whole document lower-cased once for the per-document passes that each asked for it
(`numbering.spaced_lower`, `mandate_verbs.VerbIndex`, the shared names of `references`, ...):
several copies of a text of a few hundred kB, made again and again, were ~2 % of extraction."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4)
def lower_document(text: str) -> str:
    """``text.lower()``, kept for the next caller with the same text (the last few documents)."""
    return text.lower()
