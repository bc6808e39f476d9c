"""A list of what a session adopted (E231, made general by E244): a heading that names the kind of
the instruments and the session (and mostly the body) that adopted them — "Decisions adopted by the
Executive Board at its 174th session", "Resolutions adopted by the Environment Assembly at its
eighth session", "Decisions taken at the fifth session of the Conference", "Assembly resolutions
adopted at its 45th session" — perhaps a note of the day "(all adopted on 24 April 2035)" run into
it or on the line below, perhaps a table's header row, then one entry a line: the instrument's
number (in the body's convention, "EB 174/1", "17.61", or the default "8/1", "2035/4"), perhaps
after the kind word and a list's bullet ("- Resolution 8/1"), then a tab or spaces, a colon, a stop,
a dash or a table's bar, the title, and perhaps the day it was adopted ("(adopted on 2 March
2031)", a date cell).

Each entry gives the instrument its title, the document's mention, the session the heading names
(`adoptedAt`, where the number allows it) and the day the line, the note or the heading gives. A
number in the default shape is the instrument of the body whose session the heading names. The
list ends at the first line that is no such entry. A line that ends as a sentence, or that holds
more than the number and a title, is none ("EB 174/1 was adopted by consensus."); a report's
contents ("1. Introduction", "II. Organizational matters"), an agenda ("Item 8: ..."), a list of
documents or drafts by symbol ("A/C.3/90/L.12 ...") open with no such number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Sequence

from mandate_graph.graph.model import InstrumentKind
from mandate_graph.loaders.extract.numbering import NumberingFinder
from mandate_graph.loaders.extract.segment import LIST_ADOPTED_BY, Paragraph

# "(all adopted on 24 April 2035)", "(each approved on 3 May 2036)", "All adopted on 24 April 2035.":
# the one day of the list's instruments
ALL_ADOPTED_ON = re.compile(
    r"\(?\b(?:[Aa]ll|[Ee]ach)\s+(?:(?:were|was)\s+)?(?:adopted|approved)\s+on\s+(?P<day>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\b\)?"
)
# A day written out, as a line or a cell gives it after the title: "2 March 2031"
_DAY = r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}"
# the words after an entry's number: a gap (a tab, spaces), a colon, a stop, a dash or a table's
# bar, then a title opening with a capital (or a quote), then perhaps the day it was adopted, after
# a gap, a comma, a dash or a bar, or in brackets ("(adopted on 2 March 2031)")
_TITLE_AFTER = re.compile(
    r"(?:\s*[:.|]\s*|\s*[–—-]\s*|\s+)(?P<title>[A-Z“\"‘'][^\n|]{2,240}?)"
    rf"(?:(?:\s*[,|–—]\s*|\s+-\s+|\s+)\(?(?:(?:adopted|approved)\s+)?(?:on\s+)?(?P<day>{_DAY})\)?)?\s*\|?\s*$"
)
# what may open an entry before its number: a list's bullet or a table's bar, and the kind word
# ("- Resolution 8/1: ...", "| CFA 31/1 | Title |")
_ENTRY_OPENING = re.compile(
    r"(?:[-*•|]\s*)?(?:(?P<kind>Resolution|Decision|RESOLUTION|DECISION)\s+(?:No\.\s*)?)?"
)
# a number in the default shape, the session's (or the year's) and the instrument's: "8/1", "2035/4"
_DEFAULT_NUMBER = re.compile(r"(?P<session>\d{1,4})/(?P<number>\d{1,4})(?![\d/])")
# the heading of such a list: the kind (after a word naming the collection, or the body's name),
# adopted or taken by or at, or "of", a session or a meeting
_LIST_HEADING = re.compile(
    r"^(?:[A-H]\.\s+|[IVX]{1,5}\.\s+)?(?:(?:Compendium|Compilation|List|Texts?|Summary)\s+of\s+(?:the\s+)?)?"
    r"(?:[A-Z][\w’'-]*\s+){0,6}?(?P<kind>resolutions|decisions)(?:\s+and\s+(?:resolutions|decisions))?\s+"
    r"(?:(?:adopted|taken|approved)\s+(?:by|at|during)|of\s+the)\b[^\n]{3,200}?\b(?:session|meeting)\b",
    re.IGNORECASE,
)
# a table's header row ("Number  Title  Date of adoption"): words, no figure
_HEADER_ROW = re.compile(r"^[|\s]*(?:No\.|Number|Symbol|Resolution|Decision|Title|Subject|Date(?:\s+of\s+adoption|\s+adopted)?|Adopted|[|\s])+$", re.IGNORECASE)


@dataclass(frozen=True)
class Entry:
    """One line of such a list: its number read, the kind it names, its title and day."""

    paragraph: Paragraph
    kind: InstrumentKind | None  # the kind word of the line, or the convention's
    session: str
    number: str
    issuer: str | None  # the convention's body; None for a number in the default shape
    title: str
    day: str | None


def list_headings(paragraphs: Sequence[Paragraph]) -> Iterator[int]:
    """The indexes of the headings that title such a list ("Decisions adopted by ... at its ...")."""
    for index, p in enumerate(paragraphs):
        if p.kind == "heading" and len(p.text) < 300 and (LIST_ADOPTED_BY.match(p.text) or _LIST_HEADING.match(p.text)):
            yield index


def heading_kind(heading: str) -> InstrumentKind | None:
    """The one kind the list's heading names ("Resolutions adopted ..."); None for both."""
    m = _LIST_HEADING.match(heading)
    if m is None or re.search(r"\b(?:resolutions|decisions)\s+and\s+(?:resolutions|decisions)\b", heading, re.IGNORECASE):
        return None
    return "resolution" if m["kind"].lower() == "resolutions" else "decision"


def entries_below(paragraphs: Sequence[Paragraph], index: int, numbering: NumberingFinder) -> Iterator[Entry]:
    """The entries under the heading at ``index``. A note of the day ("(all adopted on ...)") or
    a table's header row may stand between."""
    for offset, p in enumerate(paragraphs[index + 1 :]):
        # ("14.1<tab>Reef restoration": the segmenter took a dotted number for the paragraph's label)
        text = f"{p.label} {p.text.strip()}" if p.label and p.label[:1].isdigit() else p.text.strip()
        if offset < 2 and (ALL_ADOPTED_ON.fullmatch(text.rstrip(".")) or p.kind == "table" and _HEADER_ROW.match(text)):
            continue
        if p.kind not in ("listing", "paragraph", "heading", "table") or text[-1:] in ".;:,":
            return
        entry = _entry(p, text, numbering)
        if entry is None:
            return
        yield entry


def _entry(p: Paragraph, text: str, numbering: NumberingFinder) -> Entry | None:
    """The entry a line is: its opening, its number, its title (and day)."""
    opening = _ENTRY_OPENING.match(text)
    at = opening.end() if opening is not None else 0
    word = opening["kind"] if opening is not None else None
    kind: InstrumentKind | None = ("resolution" if word.lower() == "resolution" else "decision") if word else None
    found = numbering.find(text[:80])
    # (the convention may read the kind word itself: "Resolution A.1291(39)")
    found = [n for n in found if n.start in (0, at)]
    if found:
        number_end, session, number, issuer = found[0].end, found[0].session, found[0].number, found[0].issuer
        kind = kind or found[0].kind
    elif (default := _DEFAULT_NUMBER.match(text, at)) is not None:
        number_end, session, number, issuer = default.end(), default["session"], default["number"], None
    else:
        return None
    title = _TITLE_AFTER.match(text, number_end)
    if title is None or title["title"].rstrip()[-1:] in ".;,:":
        return None
    return Entry(p, kind, session, number, issuer, title["title"].strip(), title["day"])


def day_of_list(paragraphs: Sequence[Paragraph], index: int) -> tuple[Paragraph, str] | None:
    """The note of the day all the list's instruments were adopted: in the heading or right under it."""
    for p in paragraphs[index : index + 2]:
        m = ALL_ADOPTED_ON.search(p.text)
        if m is not None:
            return p, m["day"]
    return None
