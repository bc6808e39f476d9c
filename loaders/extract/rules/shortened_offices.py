"""An office or organ named after the programme or treaty it serves, the programme's name cut to
its last word once the document has spelled it out (E134): "the Secretary of the Programme" in a
document of the Intergovernmental Hydrological Programme is the "Secretary of the
Intergovernmental Hydrological Programme"; "the Executive Director of the Programme" in a
document that names the World Food Programme is that programme's Executive Director.

Read only where the document spells out the full name the cut form shortens, and only where one
body of the reference data is so shortened among the full names the document spells out (a
document naming two programmes says of neither which "the Programme" is). The last word must be
a word that names a programme or a treaty, not a body: "the Bureau of the Council" is its own
matter (a short name and its parent's, read by `resolve`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mandate_graph.graph.reference import Body

# "<Title> of the <words> <Head>": a title of one to three capitalised words, the name of a
# programme or treaty of two to seven words ending in one of the heads
_SHORTENABLE = re.compile(
    r"(?P<title>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) of the (?P<full>(?:[A-Z][\w'’-]*\s+){1,6}(?P<head>Programme|Program|Convention|Protocol|Agreement))"
)


def shortenable_names(bodies: Iterable[Body]) -> tuple[tuple[str, str, str], ...]:
    """(cut form, full name of the programme lower-cased, body key) of each body name that may be
    cut so: ("Secretary of the Programme", "intergovernmental hydrological programme", ...)."""
    found = []
    for body in bodies:
        for name in body.names:
            m = _SHORTENABLE.fullmatch(name)
            if m is not None:
                found.append((f"{m['title']} of the {m['head']}", " ".join(m["full"].lower().split()), body.key))
    return tuple(dict.fromkeys(found))


def cut_forms_in(document_lowered: str, shortenable: Iterable[tuple[str, str, str]]) -> dict[str, str]:
    """The cut forms (as written in the names) that mean one body in a document (``document_lowered``:
    lower-cased, each run of white space one space) that spells out the full names they shorten."""
    owners: dict[str, set[str]] = {}
    for form, full, key in shortenable:
        if full in document_lowered:
            owners.setdefault(form, set()).add(key)
    return {form: next(iter(keys)) for form, keys in owners.items() if len(keys) == 1}
