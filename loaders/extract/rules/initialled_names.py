"""A body written by the initials of its full name once the document has spelled that name out
(E302): "CPD 75th session", "The CPD report on its 73rd session" in a note on the Commission on
Population and Development; "the CND Chair" beside the Commission on Narcotic Drugs. Notes,
calendars and chats shorten a name so without ever printing "(CPD)" after it.

Read only where the initials (the first letters of the name's capitalised words, three to six of
them) stand as a word of capitals, where the document spells the full name out, where no body of
the reference data carries the initials as a name already, and where one body named in full has
those initials (a document naming the Commission on Population and Development and a Committee on
Programme and Development says of neither which "CPD" is).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mandate_graph.graph.reference import Body

_CAPITALS_WORD = re.compile(r"(?<![\w/.-])[A-Z]{3,6}(?![\w/-])")


def initials_of(name: str) -> str | None:
    """"CPD" of "Commission on Population and Development": the first letters of the name's
    capitalised words, when there are three to six of them and the name has no other mark (a
    name already in capitals, with digits or brackets, is no name to shorten so)."""
    words = name.split()
    if any(not w[:1].isalpha() or w.isupper() for w in words):
        return None
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return initials if 3 <= len(initials) <= 6 else None


def initialled_bodies(bodies: Iterable[Body]) -> tuple[tuple[str, str, str], ...]:
    """(initials, full name lower-cased, body key) of each body name that has initials."""
    found = []
    for body in bodies:
        for name in body.names:
            initials = initials_of(name)
            if initials is not None:
                found.append((initials, " ".join(name.lower().split()), body.key))
    return tuple(dict.fromkeys(found))


def initials_in(text: str, document_lowered: str, initialled: Iterable[tuple[str, str, str]], known: set[str]) -> dict[str, str]:
    """initials -> body key of the bodies ``text`` writes by their initials (``document_lowered``
    is ``text`` spaced and lower-cased; ``known`` the names the reference data knows, normalised)."""
    words = {m.group(0) for m in _CAPITALS_WORD.finditer(text)}
    words = {w for w in words if w.lower() not in known}
    if not words:
        return {}
    owners: dict[str, set[str]] = {}
    for initials, full, key in initialled:
        if initials in words and full in document_lowered:
            owners.setdefault(initials, set()).add(key)
    return {initials: keys.pop() for initials, keys in owners.items() if len(keys) == 1}
