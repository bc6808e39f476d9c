"""A pattern searched only where one of the literal texts every match begins with stands.

A pattern of many alternatives that opens with ``\\b`` ("requests|requested|...|(?<=^to )request")
gives the regex engine no first character to skip ahead to: it is tried at every word start, each
alternative in turn, each look-behind evaluated. But every match of such a pattern begins with one
of a few literal texts ("request", "encourag", "mandate", ...): a pattern of those texts alone
(with the leading ``\\b``) is searched first, far faster, and the full pattern is tried only where
it matched. `LiteralStarts.finditer` gives exactly ``pattern.finditer``'s matches: every position
where the full pattern can match is one where the texts' pattern matches, and they are tried in
order, each search going on after the last match, as ``finditer`` does.

The literal texts are read from the pattern itself (`literal_starts`), so a rule that changes
its pattern needs no list kept beside it; a pattern whose matches need not begin with a literal
text (a character class or a repeat first, an empty match possible, ``IGNORECASE``) is searched
as it is.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's op codes
from re import _parser  # type: ignore[attr-defined]  # the standard library's own parse of a pattern
from typing import Any, Iterator

from mandate_graph.loaders.extract.patterns import trie_pattern

# More prefixes than this, and the texts' pattern is no cheaper than the pattern itself.
_MOST_PREFIXES = 200
# A character class of at most this many literal characters is read as that many prefixes ("[Rr]").
_MOST_CLASS = 4


def literal_starts(pattern: re.Pattern[str]) -> tuple[bool, tuple[str, ...]] | None:
    """Whether every match of ``pattern`` opens with ``\\b``, and texts one of which every match
    begins with (none empty); None when the pattern's matches need not begin with a literal text."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # another Python's parser: search the pattern as it is
        return None
    if parsed.getwidth()[0] == 0:
        return None  # an empty match: finditer's rules for it are not reproduced here
    items = list(parsed.data)
    boundary = bool(items) and items[0] == (sre.AT, sre.AT_BOUNDARY)
    prefixes = _prefixes(items[1:] if boundary else items, [""])
    if prefixes is None or "" in prefixes:
        return None
    return boundary, tuple(sorted(set(prefixes)))


def _prefixes(items: list[tuple[Any, Any]], so_far: list[str]) -> list[str] | None:
    """Texts one of which every match of ``items`` (a parsed sequence) begins with, each after one
    of ``so_far``; None when there are too many to be of use."""
    prefixes = so_far
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: consumes nothing (a match still begins with what follows)
        if op is sre.LITERAL:
            prefixes = [p + chr(av) for p in prefixes]
            continue
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                return _stopped(prefixes)
            inner = _prefixes(list(sub.data), prefixes)
            if inner is None:
                return None
            if _whole(list(sub.data)):
                prefixes = inner
                continue
            return _stopped(inner)
        if op is sre.BRANCH:
            found: list[str] = []
            for alternative in av[1]:
                inner = _prefixes(list(alternative.data), prefixes)
                if inner is None:
                    return None
                found += inner
            # (the same text from several alternatives counts once: "created(?=...)|created(?=...)")
            found = list(dict.fromkeys(found))
            if all(_whole(list(alternative.data)) for alternative in av[1]):
                # "(?:(?<=is )|(?<=are ))tasked", "(?:calls|called)\s": each alternative is
                # one text, so what follows the choice lengthens the prefixes
                prefixes = found
                if len(prefixes) > _MOST_PREFIXES:
                    return None
                continue
            return _stopped(found)
        if op is sre.IN and len(av) <= _MOST_CLASS and all(o is sre.LITERAL for o, _ in av):
            # one of a few characters ("[Rr]"): as many prefixes, each one character longer
            prefixes = [p + chr(c) for p in prefixes for _, c in av]
            if len(prefixes) > _MOST_PREFIXES:
                return None
            continue
        return _stopped(prefixes)  # a repeat, a class, any character: the prefix ends here
    return _stopped(prefixes)


def _whole(items: list[tuple[Any, Any]]) -> bool:
    """Whether ``items`` are only literals and zero-width tests: every match of them is the same
    text, so what follows them may lengthen the prefixes."""
    return all(
        op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT, sre.LITERAL)
        or op is sre.IN and len(av) <= _MOST_CLASS and all(o is sre.LITERAL for o, _ in av)
        for op, av in items
    )


def _stopped(prefixes: list[str]) -> list[str] | None:
    return prefixes if len(prefixes) <= _MOST_PREFIXES else None


def _texts_pattern(texts: list[str], boundary: bool) -> str:
    """A trie of ``texts``, after ``\b`` when ``boundary``. Where every text begins with a word
    character, the ``\b`` before it is tested after that first character instead (a look-behind:
    no word character before it), so that the pattern opens with the texts' first characters,
    which the regex engine skips ahead to, rather than with ``\b``, tried at every position.
    Each first character opens its own alternative, as in the trie, so the matches are the same."""
    if not boundary:
        return f"(?:{trie_pattern(texts)})"
    if not all(t[:1].isalnum() or t[:1] == "_" for t in texts):
        return rf"\b(?:{trie_pattern(texts)})"
    by_first: dict[str, list[str]] = {}
    for text in texts:
        by_first.setdefault(text[0], []).append(text[1:])
    return "(?:" + "|".join(
        re.escape(first) + r"(?<!\w.)" + trie_pattern(rests) for first, rests in sorted(by_first.items())
    ) + ")"


class LiteralStarts:
    """``pattern``, searched through the literal texts every match of it begins with (see the
    module's docstring); as it is when it has none."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        starts = literal_starts(pattern)
        self.starts: re.Pattern[str] | None = None
        if starts is not None:
            boundary, texts = starts
            # "request" stands wherever "requests" does: the shortest texts, as a trie
            shortest = [t for t in texts if not any(t.startswith(u) and t != u for u in texts)]
            # the same meaning of ``\b`` as the pattern's (ASCII or not)
            self.starts = re.compile(_texts_pattern(shortest, boundary), pattern.flags & re.ASCII)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``self.pattern.finditer(text)``, the same matches."""
        if self.starts is None:
            yield from self.pattern.finditer(text)
            return
        starts, match = self.starts.search, self.pattern.match
        position = 0
        while (start := starts(text, position)) is not None:
            at = start.start()
            found = match(text, at)
            if found is None:
                position = at + 1
                continue
            yield found
            position = found.end()  # never empty: `literal_starts` refuses such patterns

    def search(self, text: str) -> re.Match[str] | None:
        """``self.pattern.search(text)``, the same match."""
        return next(self.finditer(text), None)
