"""A reporter that meets in numbered meetings, though its reference data names no gathering term.

A Main Committee's report to the plenary ("A/93/461/Add.2" / "General Assembly" / "Ninety-third
session" / "Report of the Third Committee") tells the Committee's own numbered meetings: "held a
general discussion on sub-item (b) at its 30th to 34th meetings", "Action on the sub-item was taken
at the 47th and 52nd meetings, on 13 and 20 November". Reference data written with the Committee's
name and symbols only (no `mg:gatheringTerm`) would leave those meetings to no body, while the same
report of a Committee written with "meeting" gives them (E176). The words decide: a body below the
document's author, named alone on a title line "Report of the X", which adopts no instruments of its
own and whose report numbers meetings ("the 47th meeting", not "the 47th plenary meeting" of the
parent), is read as meeting in numbered meetings for this document (E259).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Iterable

from mandate_graph.graph.reference import BodyRegistry

if TYPE_CHECKING:
    from mandate_graph.loaders.extract.references import BodyMatcher
    from mandate_graph.loaders.extract.segment import Paragraph

# "Report of the Third Committee", "Report of the Sixth Committee*": the whole title line
_REPORT_OF = re.compile(r"^\s*Report\s+of\s+(?P<the>the\s+)", re.IGNORECASE)
# "at its 30th to 34th meetings", "at the 47th and 52nd meetings", "At the 52nd meeting": a meeting
# in figures (not the parent's "47th plenary meeting")
_NUMBERED_MEETING = re.compile(r"\b\d{1,4}(?:st|nd|rd|th)\s+meetings?\b")
# The title block: the masthead and title stand within the first paragraphs, before the text
_TITLE_BLOCK = 16
# "Report of the Second Committee" / "Rapporteur: Mr. A. Name (Chile)": a short title line that the
# text's cleaning joins to the Rapporteur's line under it ends where that field begins (G6)
_RAPPORTEUR_FIELD = re.compile(r"\s+Rapporteur\s*:")


def meeting_reporter(
    paragraphs: Iterable[Paragraph], matcher: BodyMatcher, registry: BodyRegistry, author: str | None, text: str
) -> BodyRegistry:
    """``registry`` with the reporter the title block names given "meeting" as its gathering term,
    when the report numbers meetings and the reference data names no term for it; else ``registry``."""
    if author is None or author not in registry.bodies or _NUMBERED_MEETING.search(text) is None:
        return registry
    block = list(itertools.islice(paragraphs, _TITLE_BLOCK))
    for i, para in enumerate(block):
        if para.label:
            break
        title = _REPORT_OF.match(para.text)
        if title is None:
            continue
        line = _RAPPORTEUR_FIELD.split(para.text, maxsplit=1)[0]
        named = _named_alone(line, title, matcher)
        if named is None and i + 1 < len(block) and not block[i + 1].label:
            # "Report of the Special Political and Decolonization" / "Committee (Fourth Committee)":
            # a long title that a PDF's text export wraps over two lines of the title block (E284)
            named = _named_alone(line + " " + _RAPPORTEUR_FIELD.split(block[i + 1].text, maxsplit=1)[0], title, matcher)
        if named is None:
            continue
        body = registry.bodies.get(named)
        if (
            body is None or body.gathering_term is not None or body.issues_instruments
            or not registry.descends_from(body.key, author)
        ):
            return registry
        return BodyRegistry({**registry.bodies, body.key: replace(body, gathering_term="meeting")}, registry.graph)
    return registry


def _named_alone(line: str, title: re.Match[str], matcher: BodyMatcher) -> str | None:
    """The key of the one body ``line`` names, when it runs from the title's "the" to the line's end."""
    named = [b for b in matcher.find(line) if b.key]
    if len(named) != 1 or named[0].start not in (title.start("the"), title.end()) or named[0].end < len(line.rstrip(" *\t")):
        return None
    return named[0].key
