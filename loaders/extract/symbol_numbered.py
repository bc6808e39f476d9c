"""Instruments a body knows by their document symbol: "decision CD/2466" of a body that issues
its decisions as documents of its own series and numbers them by nothing else (no session, no
year in the number), so that no numbering template (`numbering.py`) can place a session in them.

The kind word right before a symbol of the body's own series ("decision CD/2466", "decisions
CD/2466 and CD/2470") says the symbol is the instrument's number: the instrument is the series'
body's, its "session" the series as written (the number's part before the slash) and its number
the digits after it. Without the kind word the symbol stays a document ("the report (CD/2471)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from mandate_graph.graph.model import InstrumentKind
from mandate_graph.graph.reference import Body
from mandate_graph.loaders.extract.numbering import NumberedInstrument
from mandate_graph.loaders.extract.series_shapes import glues_session


@dataclass(frozen=True)
class SymbolNumbering:
    """The series whose symbols name instruments after a kind word, with the body of each."""

    pattern: re.Pattern[str] | None = None
    issuer_of: tuple[tuple[str, str], ...] = ()  # (series, body key)
    # series several bodies declare alike, with those bodies (added by users' files): read in a
    # document as the one of them it gives evidence of (`among`)
    shared: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # `among`'s answers by the bodies set aside: asked for every sentence, where hashing this
    # numbering's tuples for a cache of its own cost more than the answer
    _among_by: dict[frozenset[str], SymbolNumbering] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def among(self, unevidenced: frozenset[str]) -> SymbolNumbering:
        """This numbering in a document that gives no evidence of the bodies ``unevidenced``
        (`references.BodyMatcher.for_document`): a series two users' bodies declare is the one's
        the document names ("decision FV/1530" in a report naming the one body of "FV" it names)."""
        if not self.shared or not unevidenced:
            return self
        found = self._among_by.get(unevidenced)  # (a frozenset keeps its hash once computed)
        if found is None:
            if len(self._among_by) >= 64:
                self._among_by.clear()
            found = self._among_by[unevidenced] = _among(self, unevidenced)
        return found


_KIND_WORDS = r"(?P<kw>[Dd]ecisions?|[Rr]esolutions?|DECISIONS?|RESOLUTIONS?)"
# the symbol's end: no further part of a longer symbol ("CD/2481/Add.1" is a document's)
_SYMBOL_END = r"(?![\w/]|\.\w|-\d)"
_LIST_GAP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"


@lru_cache(maxsize=64)
def _list_item(series: str) -> re.Pattern[str]:
    """The next member of a list after a symbol of ``series`` (", CD/2470", " and CD/2470")."""
    return re.compile(rf"{_LIST_GAP}(?P<series>{re.escape(series)})/(?P<number>\d{{1,5}}){_SYMBOL_END}")


def symbol_numbering(bodies: Iterable[Body]) -> SymbolNumbering:
    """The series of the bodies that issue instruments and declare a symbol prefix of their
    own (a series two bodies declare says neither, but for a document that names one of them
    and not the other: `SymbolNumbering.among`)."""
    owners: dict[str, list[str]] = {}
    added: set[str] = set()
    for body in bodies:
        # a body that glues its session to the letters ("CD63.R7") writes no "CD/2466"
        if body.issues_instruments and body.symbol_prefix and not glues_session(body):
            owners.setdefault(body.symbol_prefix, []).append(body.key)
            if body.added:
                added.add(body.key)
    own = tuple((series, keys[0]) for series, keys in owners.items() if len(keys) == 1)
    # (a shipped body's series stays shared: every document is read as evidence of it)
    shared = tuple(
        (series, tuple(keys)) for series, keys in owners.items() if len(keys) > 1 and all(k in added for k in keys)
    )
    return _numbering(own, shared)


def _numbering(own: tuple[tuple[str, str], ...], shared: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> SymbolNumbering:
    own = tuple(sorted(own, key=lambda p: -len(p[0])))
    if not own:
        return SymbolNumbering(shared=shared)
    series = "|".join(re.escape(s) for s, _ in own)
    pattern = re.compile(rf"\b{_KIND_WORDS}\s+(?P<series>{series})/(?P<number>\d{{1,5}}){_SYMBOL_END}")
    return SymbolNumbering(pattern, own, shared)


@lru_cache(maxsize=64)
def _among(numbering: SymbolNumbering, unevidenced: frozenset[str]) -> SymbolNumbering:
    chosen = []
    for series, keys in numbering.shared:
        named = [k for k in keys if k not in unevidenced]
        if len(named) == 1:
            chosen.append((series, named[0]))
    if not chosen:
        return numbering
    return _numbering((*numbering.issuer_of, *chosen))


def symbol_numbered_instruments(text: str, numbering: SymbolNumbering) -> list[NumberedInstrument]:
    """The instruments ``text`` names by a symbol of their body's series after a kind word,
    the later members of a list ("decisions CD/2466 and CD/2470") included."""
    if numbering.pattern is None or "/" not in text:
        return []
    # the kind word first: most sentences with a slash name no instrument
    if "ecision" not in text and "esolution" not in text and "ECISION" not in text and "ESOLUTION" not in text:
        return []
    issuer_of = dict(numbering.issuer_of)
    found: list[NumberedInstrument] = []
    for m in numbering.pattern.finditer(text):
        kind: InstrumentKind = "resolution" if m["kw"].lower().startswith("resolution") else "decision"
        series = m["series"]
        issuer = issuer_of[series]
        found.append(NumberedInstrument(m.start(), m.end(), kind, series, m["number"], issuer))
        end = m.end()
        more = _list_item(series)
        while (item := more.match(text, end)) is not None:
            found.append(NumberedInstrument(item.start("series"), item.end(), kind, series, item["number"], issuer))
            end = item.end()
    return found
