"""A list of what a session adopted, printed after a body's minutes or report (E231): a heading
"Decisions adopted by the Executive Board at its 174th session", a note of the day "(all adopted on
24 April 2035)" run into it or on the line below, then one entry a line, the instrument's number
in the body's convention and its title ("EB 174/1   Report of the Chair of the Audit Committee").

Each entry gives the instrument its title, the session the heading names (`adoptedAt`, where the
number allows it) and the day the note gives for all of them. The list ends at the first line
that is no such entry. A line that ends as a sentence, or that holds more than the number and a
title, is none ("EB 174/1 was adopted by consensus.").
"""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from mandate_graph.loaders.extract.numbering import NumberedInstrument, NumberingFinder
from mandate_graph.loaders.extract.segment import LIST_ADOPTED_BY, Paragraph

# "(all adopted on 24 April 2035)", "(each approved on 3 May 2036)", "All adopted on 24 April 2035.":
# the one day of the list's instruments
ALL_ADOPTED_ON = re.compile(
    r"\(?\b(?:[Aa]ll|[Ee]ach)\s+(?:(?:were|was)\s+)?(?:adopted|approved)\s+on\s+(?P<day>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\b\)?"
)
# the words after an entry's number: a gap, then a title opening with a capital (or a quote)
_TITLE_AFTER = re.compile(r"(?:\s*[–—-]\s*|\s+)(?P<title>[A-Z“\"‘'][^\n]{2,240}?)\s*$")
# the heading names the session: "at its 174th session", "at its fifty-ninth session"
_AT_ITS = re.compile(r"\bat\s+its\s+\S+\s+(?:session|meeting)\b", re.IGNORECASE)


def list_headings(paragraphs: Sequence[Paragraph]) -> Iterator[int]:
    """The indexes of the headings that title such a list ("Decisions adopted by ... at its ...")."""
    for index, p in enumerate(paragraphs):
        if p.kind == "heading" and len(p.text) < 300 and LIST_ADOPTED_BY.match(p.text) and _AT_ITS.search(p.text):
            yield index


def entries_below(
    paragraphs: Sequence[Paragraph], index: int, numbering: NumberingFinder
) -> Iterator[tuple[Paragraph, NumberedInstrument, str]]:
    """The entries under the heading at ``index``: (its paragraph, the instrument, its title).
    A note of the day ("(all adopted on ...)") may stand between."""
    for p in paragraphs[index + 1 :]:
        text = p.text.strip()
        if p is paragraphs[index + 1] and ALL_ADOPTED_ON.fullmatch(text.rstrip(".")):
            continue
        if p.kind not in ("listing", "paragraph", "heading") or text[-1:] in ".;:,":
            return
        found = numbering.find(text[:80])
        if not found or found[0].start != 0:
            return
        title = _TITLE_AFTER.match(text, found[0].end)
        if title is None:
            return
        yield p, found[0], title["title"]


def day_of_list(paragraphs: Sequence[Paragraph], index: int) -> tuple[Paragraph, str] | None:
    """The note of the day all the list's instruments were adopted: in the heading or right under it."""
    for p in paragraphs[index : index + 2]:
        m = ALL_ADOPTED_ON.search(p.text)
        if m is not None:
            return p, m["day"]
    return None
