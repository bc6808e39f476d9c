"""A table following up the requests of earlier instruments, as Secretariat notes and reports on
the status of implementation print it: a header row naming the instrument, the request and what
was done ("Decision | Request | Action taken", "Resolution<tab>Mandate<tab>Status of
implementation"), then one row a request: "Decision 11/101, para. 3 | Requests the secretariat to
prepare a study | The study is contained in ...".

Each row quotes the instrument's own operative words, so its verb ("Requests", "Invites", in the
present) is that instrument's mandate, and the instrument is mentioned. Rows of other tables, and
a row that does not open with an instrument, give nothing here.
"""

from __future__ import annotations

import re

from mandate_graph.graph.model import InstrumentKind
from mandate_graph.loaders.extract.references import InstrumentMention
from mandate_graph.loaders.extract.roman import ROMAN, arabic_session
from mandate_graph.loaders.extract.segment import Sentence

# The header names the request column and the column of what was done about it.
_REQUEST_COLUMN = re.compile(r"\b(?:requests?|mandates?|provisions?|operative\s+paragraphs?|text\s+of\s+the\s+(?:request|decision|resolution))\b", re.IGNORECASE)
_ACTION_COLUMN = re.compile(
    r"\b(?:actions?\s+taken|status(?:\s+of\s+implementation)?|implementation|progress(?:\s+made)?|follow-up|response|remarks)\b",
    re.IGNORECASE,
)
_INSTRUMENT_COLUMN = re.compile(r"\b(?:decisions?|resolutions?|source|reference|paragraph|instrument)\b", re.IGNORECASE)
# A header row is words only: no instrument number, no symbol, no date.
_FIGURE = re.compile(r"\d")


# "| Resolution | Adopted | What it asks of the Forum and others |": a table of new mandates, one
# row an instrument and what it asks in its own operative words, no column of what was done
_WHAT_IT_ASKS_COLUMN = re.compile(r"\bwhat\s+(?:it|they|the\s+(?:resolution|decision)s?)\s+(?:asks?|requests?|decides?|establish(?:es)?)\b", re.IGNORECASE)


def is_follow_up_header(row: str) -> bool:
    """"| Decision | Request | Action taken |", "Resolution Mandate Status of implementation",
    "| Resolution | Adopted | What it asks of the Forum |"."""
    return (
        len(row) < 200 and not _FIGURE.search(row) and bool(_INSTRUMENT_COLUMN.search(row))
        and bool(_REQUEST_COLUMN.search(row) and _ACTION_COLUMN.search(row) or _WHAT_IT_ASKS_COLUMN.search(row))
    )


# What may stand before the instrument in its cell: the pipe, and its issuer's name
# ("| Commission decision 11/101", "Economic and Social Council resolution 2030/7").
_BEFORE_INSTRUMENT = re.compile(r"^[\s|]*(?:(?:[A-Z][\w’'-]*|and|of|on|for|the)\s+){0,8}$")


def opens_with(row: str, position: int) -> bool:
    """Whether the mention at ``position`` opens the row ("| Decision 11/101, para. 3 | ...")."""
    return _BEFORE_INSTRUMENT.match(row[:position]) is not None


# The header's first cell names the kind of instrument the column holds ("| Decision | Para. |
# Request | Action taken |"): a row's first cell may then give the number alone ("| X/1 Review of
# compliance | 5 | Requests ... |"), as the column heading already said "decision".
_KIND_CELL = re.compile(r"^[\s|]*(?P<kind>[Dd]ecisions?|[Rr]esolutions?|DECISIONS?|RESOLUTIONS?)\s*(?:\||\t|$)")
# The first cell of a row: up to the first pipe or tab after some text.
_FIRST_CELL = re.compile(r"^[\s|]*(?P<cell>[^|\t]*[^|\t\s])\s*(?:\||\t|$)")
# A number as the default reading writes it ("11/101", "X/1", "S-30/2"), opening the cell
_BARE_NUMBER = re.compile(rf"(?P<session>(?:[A-Z]{{1,2}}-)?\d{{1,4}}|{ROMAN})/(?P<number>\d{{1,3}})(?![\d/])")
# After the number: a paragraph ("para. 5", ", paras. 3–4") is no title; the rest of the cell is,
# when it reads as one ("Review of compliance", "Adoption of the workplan")
_PARAGRAPH_REF = re.compile(r"[\s,;:–—-]*(?:(?:operative\s+)?(?:paras?|paragraphs?|op)\.?\s*[\w.–-]+(?:\s*(?:,|and|to|–)\s*[\w.–-]+)*)?[\s,;:–—-]*")
_TITLE = re.compile(r"^[A-Z“\"][^|\t]{2,200}$")


# "| | 9 | Encourages ...": a row whose first cell is empty (a merged cell saved on its first row only)
_EMPTY_FIRST_CELL = re.compile(r"^\s*\|[ \t]*\|")


def empty_first_cell(row: str) -> int | None:
    """Where the second cell of a row whose first cell is empty begins; None for another row."""
    m = _EMPTY_FIRST_CELL.match(row)
    return m.end() if m is not None else None


def header_kind(row: str) -> InstrumentKind | None:
    """The kind of instrument the header's first column names ("Decision", "Resolutions")."""
    cell = _KIND_CELL.match(row)
    if cell is None:
        return None
    return "resolution" if cell["kind"].lower().startswith("resolution") else "decision"


def bare_instrument(row: str, kind: InstrumentKind) -> InstrumentMention | None:
    """"| X/1 Review of compliance | 5 | ...": the instrument the first cell numbers without its
    keyword, in the kind the header names, with the cell's title."""
    cell = _FIRST_CELL.match(row)
    if cell is None:
        return None
    start = cell.start("cell")
    number = _BARE_NUMBER.match(row, start)
    if number is None:
        return None
    mention = InstrumentMention(start, number.end(), kind, arabic_session(number["session"]), number["number"], start)
    titled = cell_title(row, number.end())
    if titled is not None:
        mention.title, mention.title_span = titled[0], titled[1:]
    return mention


def cell_title(row: str, number_end: int) -> tuple[str, int, int] | None:
    """The title the first cell gives after an instrument's number ("X/1 Review of compliance",
    "Decision 11/101 Adoption of the workplan"), with its span; None when the cell holds only the
    number and paragraphs."""
    cell = _FIRST_CELL.match(row)
    if cell is None or not cell.start("cell") <= number_end <= cell.end("cell"):
        return None
    rest = _PARAGRAPH_REF.match(row, number_end, cell.end("cell"))
    start = rest.end() if rest is not None else number_end
    text = row[start : cell.end("cell")]
    if start == number_end and text[:1].isalnum():
        return None  # the number runs on ("11/101a")
    if text.startswith("(") and text.endswith(")") and "(" not in text[1:]:
        # "Resolution 16/5 (Crimes that affect the environment)": the title in brackets
        text, start = text[1:-1], start + 1
        return (text, start, start + len(text)) if _TITLE.match(text) and len(text.split()) >= 2 else None
    if not _TITLE.match(text) or len(text.split()) < 2:
        return None
    return text, start, cell.end("cell")


_CELL = re.compile(r"[^|\t]+")


def cells(sentence: Sentence) -> list[Sentence]:
    """A row's sentence cut at its pipes and tabs: one sentence a cell (its text stripped, its
    offsets kept), so that each cell has its own subject."""
    out = []
    for m in _CELL.finditer(sentence.text):
        text = m.group(0)
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        if text:
            start = sentence.start + m.start() + lead
            out.append(Sentence(start, start + len(text), text))
    return out or [sentence]
