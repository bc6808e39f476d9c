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
from mandate_graph.loaders.extract.roman import ROMAN, roman_value
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
    # The instruments' own document symbols of the series whose one body numbering "{session}/{number}"
    # the reference data knows ("A/RES/77/12", "A/HRC/DEC/52/101", "UNEP/EA.6/Res.2"), with the body
    # of each series: `instrument_symbols`
    own_symbols: re.Pattern[str] | None = None
    own_symbol_issuer_of: tuple[tuple[str, str], ...] = ()

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


# An instrument's own document symbol, after its body's series: "A/RES/77/12", "A/HRC/DEC/52/101",
# "E/RES/2023/5" (the session and the number after the kind); "A/RES/2758 (XXVI)", "A/RES/812(XXVI)"
# (a session in Roman numerals in brackets, as the Assembly numbered until 1976); "UNEP/EA.6/Res.2",
# "HSP/HA.2/Dec.1" (the session glued to the series by a full stop, the number to the kind);
# "GC/31/Res.4" (the session as a part of its own). The kind part names the instrument, so no
# kind word is needed before it ("In A/RES/77/12, the Assembly ..."); a report's symbol
# ("A/77/123") has none and stays a document.
_OWN_SYMBOL_SHAPES = (
    r"/(?P<k1>RES|DEC|Res|Dec)/(?P<s1>(?:E?S-)?\d{1,4})/(?P<n1>\d{1,5})(?![\w/]|\.\w|-\d)"
    rf"|/(?P<k2>RES|Res)/(?P<n2>\d{{1,5}})\s?\((?P<s2>{ROMAN})\)"
    r"|\.(?P<s3>\d{1,3})/(?P<k3>RES|DEC|Res|Dec)\.(?P<n3>\d{1,5})(?![\w/]|\.\w|-\d)"
    r"|/(?P<s4>\d{1,3})/(?P<k4>Res|Dec|RES|DEC)\.(?P<n4>\d{1,5})(?![\w/]|\.\w|-\d)"
)


def reads_default_numbers(body: Body) -> bool:
    """Whether ``body`` numbers its instruments as the default reading does, "{session}/{number}":
    it declares no convention, or only that one (a body that declares others, the Security
    Council's "S/RES/{number} ({session})", reads its symbols by them)."""
    return all(_without_kind_word(n.template) == "{session}/{number}" for n in body.numbering)


def _without_kind_word(template: str) -> str:
    words = template.split(" ", 1)
    return words[1].strip() if len(words) == 2 and words[0].lower() in ("resolution", "decision") else template.strip()


def instrument_symbols(text: str, numbering: SymbolNumbering) -> list[NumberedInstrument]:
    """The instruments ``text`` names by their own document symbol (`_OWN_SYMBOL_SHAPES`), of a
    series whose body the reference data knows and which numbers "{session}/{number}": the
    instrument is that body's, whatever the sentence says around it."""
    if numbering.own_symbols is None or "/" not in text:
        return []
    # every shape has the kind part after a slash: most sentences are done here
    if "/RES" not in text and "/DEC" not in text and "/Res" not in text and "/Dec" not in text:
        return []
    issuer_of = dict(numbering.own_symbol_issuer_of)
    found = []
    for m in numbering.own_symbols.finditer(text):
        shape = next(i for i in "1234" if m[f"n{i}"] is not None)
        session = m[f"s{shape}"]
        if shape == "2":
            session = str(roman_value(session))
        kind: InstrumentKind = "resolution" if m[f"k{shape}"].lower() == "res" else "decision"
        found.append(NumberedInstrument(m.start(), m.end(), kind, session, m[f"n{shape}"], issuer_of[m["series"]]))
    return found


def symbol_numbering(bodies: Iterable[Body]) -> SymbolNumbering:
    """The series of the bodies that issue instruments and declare a symbol prefix of their
    own (a series two bodies declare says neither, but for a document that names one of them
    and not the other: `SymbolNumbering.among`)."""
    owners: dict[str, list[str]] = {}
    added: set[str] = set()
    # the bodies of each series that number "{session}/{number}": a series two organizations print
    # ("A": the General Assembly's, and an assembly's that numbers "A{session}-{number}") is the
    # one's whose numbers its instruments' symbols carry
    default_owners: dict[str, list[str]] = {}
    for body in bodies:
        # a body that glues its session to the letters ("CD63.R7") writes no "CD/2466"
        if body.issues_instruments and body.symbol_prefix and not glues_session(body):
            owners.setdefault(body.symbol_prefix, []).append(body.key)
            if body.added:
                added.add(body.key)
            if reads_default_numbers(body):
                default_owners.setdefault(body.symbol_prefix, []).append(body.key)
    own = tuple((series, keys[0]) for series, keys in owners.items() if len(keys) == 1)
    # (a shipped body's series stays shared: every document is read as evidence of it)
    shared = tuple(
        (series, tuple(keys)) for series, keys in owners.items() if len(keys) > 1 and all(k in added for k in keys)
    )
    symbols_of = tuple(sorted(((series, keys[0]) for series, keys in default_owners.items() if len(keys) == 1), key=lambda p: -len(p[0])))
    return _numbering(own, shared, symbols_of)


def _numbering(
    own: tuple[tuple[str, str], ...], shared: tuple[tuple[str, tuple[str, ...]], ...] = (), symbols_of: tuple[tuple[str, str], ...] = (),
) -> SymbolNumbering:
    own = tuple(sorted(own, key=lambda p: -len(p[0])))
    own_symbols = None
    if symbols_of:
        series = "|".join(re.escape(s) for s, _ in symbols_of)
        own_symbols = re.compile(rf"(?<![\w/.-])(?P<series>{series})(?:{_OWN_SYMBOL_SHAPES})")
    if not own:
        return SymbolNumbering(shared=shared, own_symbols=own_symbols, own_symbol_issuer_of=symbols_of)
    series = "|".join(re.escape(s) for s, _ in own)
    pattern = re.compile(rf"\b{_KIND_WORDS}\s+(?P<series>{series})/(?P<number>\d{{1,5}}){_SYMBOL_END}")
    return SymbolNumbering(pattern, own, shared, own_symbols=own_symbols, own_symbol_issuer_of=symbols_of)


@lru_cache(maxsize=64)
def _among(numbering: SymbolNumbering, unevidenced: frozenset[str]) -> SymbolNumbering:
    chosen = []
    for series, keys in numbering.shared:
        named = [k for k in keys if k not in unevidenced]
        if len(named) == 1:
            chosen.append((series, named[0]))
    if not chosen:
        return numbering
    return _numbering((*numbering.issuer_of, *chosen), symbols_of=numbering.own_symbol_issuer_of)


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
        kind: InstrumentKind = "resolution" if m["kw"].lower().startswith("res") else "decision"
        series = m["series"]
        issuer = issuer_of[series]
        found.append(NumberedInstrument(m.start(), m.end(), kind, series, m["number"], issuer))
        end = m.end()
        more = _list_item(series)
        while (item := more.match(text, end)) is not None:
            found.append(NumberedInstrument(item.start("series"), item.end(), kind, series, item["number"], issuer))
            end = item.end()
    return found
