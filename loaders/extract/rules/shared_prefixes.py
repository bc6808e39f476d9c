"""A document series several organizations print alike.

Reference data for many organizations loaded into one store gives some symbol prefixes to more
than one body: "A" is the series of the United Nations General Assembly ("A/RES/81/214") and
of the IMO Assembly; "C" of several councils; "EB" of several executive boards. The prefix
alone then does not say whose document it is: the registry's `by_symbol` answers with one of
them, whichever it met first. The masthead says which one: the body whose name it prints
("General Assembly" under "A/RES/81/214"), or the one body of them that is an organ of the
organisation it prints ("INTERNATIONAL ORGANIZATION FOR MIGRATION" over "C/118/RES"), else a
body named in the first lines of the text.
Where nothing names one of them the document has no known author from its symbol, rather than
a guess (the opening formula or the title block may still name the body).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract.series_shapes import fitting_shape


def symbol_authors(registry: BodyRegistry, symbol: str) -> list[str]:
    """Every body whose symbol prefix is the one `by_symbol` matched for ``symbol`` (the
    longest matching prefix) and whose symbols take its shape (`series_shapes.fitting_shape`),
    in key order: one key where the prefix is a single body's."""
    best = registry.by_symbol(symbol)
    if best is None or best.symbol_prefix is None:
        return []
    sharing = [b for b in registry if b.symbol_prefix == best.symbol_prefix]
    # "CD/2481" is not the series of a body that glues its session to "CD" ("CD63/11")
    return sorted(b.key for b in fitting_shape(sharing, symbol))


def symbol_author(registry: BodyRegistry, symbol: str, named: Iterable[str | None] = ()) -> str | None:
    """The author of a document symbol: the one body of its prefix, or, where several bodies
    share the prefix, the first of ``named`` (bodies the document names, most telling first)
    that is one of them, or one of their subsidiaries' parents; None when none is."""
    candidates = symbol_authors(registry, symbol)
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    for key in named:
        organ = _one_organ_of(registry, key, candidates)
        seen: set[str] = set()
        while key is not None and key not in seen:
            if key in candidates:
                return key
            seen.add(key)
            body = registry.get(key)
            key = body.parent if body is not None else None
        if organ is not None:
            # "INTERNATIONAL ORGANIZATION FOR MIGRATION" over "C/118/RES": the organisation's
            # own organ of that series, where the organ's short name ("COUNCIL") is shared
            return organ
    return None


def _one_organ_of(registry: BodyRegistry, key: str | None, candidates: list[str]) -> str | None:
    """The one candidate that is ``key``'s organ (its subsidiary at any depth), else None."""
    if key is None:
        return None
    organs = []
    for candidate in candidates:
        body, seen = registry.get(candidate), set()
        while body is not None and body.parent is not None and body.key not in seen:
            seen.add(body.key)
            if body.parent == key:
                organs.append(candidate)
                break
            body = registry.get(body.parent)
    return organs[0] if len(organs) == 1 else None


# "C31/27": a series of one letter with the session glued on, as the ITU Council prints its papers
# (the session of 2031). `BodyRegistry.by_symbol` reads no one-letter series so ("A79/12" is a World
# Health Assembly paper, no General Assembly one), so only a document's own masthead reads it, and
# only as the one body of that series whose organisation the document gives evidence of.
_ONE_LETTER_GLUED = re.compile(r"^(?P<series>[A-Z])\d{1,3}/[A-Z0-9]")


def glued_series_author(registry: BodyRegistry, symbol: str, evidenced: Iterable[str]) -> str | None:
    """The author of a masthead symbol of a one-letter series glued to its session: the one body
    declaring that series among ``evidenced`` (bodies of a user's reference files whose
    organisation the document shows, `references.BodyMatcher.evidenced_bodies`); None when none
    or several are."""
    glued = _ONE_LETTER_GLUED.match(symbol)
    if glued is None:
        return None
    candidates = [key for key in evidenced if (body := registry.get(key)) is not None and body.symbol_prefix == glued["series"]]
    return candidates[0] if len(candidates) == 1 else None



def evidenced_series_author(
    registry: BodyRegistry, symbol: str, evidenced: Iterable[str], unevidenced: Iterable[str], cited: Iterable[str] = ()
) -> str | None:
    """The author of a masthead symbol of a series several organisations' bodies print alike
    ("C 2033/21": FAO's Conference, and the councils of four other organisations), where nothing
    in the masthead names one of them ("CONFERENCE" / "Forty-eighth Session" names no organisation):
    the one body of the series that the document shows to be its organisation's, when every other
    body of the series is one of ``unevidenced`` (an organisation the document shows nothing of,
    `references.BodyMatcher.unevidenced`). Shown: one of ``evidenced`` (bodies of users' reference
    files whose organisation the document names, or numbers an instrument in the convention of,
    `references.BodyMatcher.evidenced_bodies`), or under the same organisation as the one author of
    another symbol the document cites (``cited``: "CL 172/REP", "PC 134/6" are one organisation's
    series). A shipped body of the series, of which no evidence is asked, leaves the question open."""
    candidates = symbol_authors(registry, symbol)
    if len(candidates) < 2:
        return None
    shown = set(evidenced)
    families = {_top(registry, only[0]) for other in cited if (only := symbol_authors(registry, other)) and len(only) == 1}
    hidden = set(unevidenced)
    kept = [key for key in candidates if key in shown or _top(registry, key) in families]
    if len(kept) != 1 or any(key not in hidden for key in candidates if key != kept[0]):
        return None
    return kept[0]


def _top(registry: BodyRegistry, key: str) -> str:
    """The body at the top of ``key``'s line in the reference data (its organisation)."""
    seen = {key}
    while (body := registry.get(key)) is not None and body.parent is not None and body.parent not in seen:
        key = body.parent
        seen.add(key)
    return key
