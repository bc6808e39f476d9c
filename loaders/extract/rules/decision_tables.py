"""A table listing the instruments a document holds, one a row: its number, its title and the
day it was adopted in columns the header row names ("| Decision | Title | Agenda item |
Adopted on |"). Each row gives the instrument's title and its adoption date.

Only a table whose header names a number column ("Decision", "Resolution", "No.", "Number",
"Symbol") and a title column, or a number, an adoption date and a vote column alone ("| Decision |
Date of adoption | Vote |", a record of adoptions), is read, and only rows whose number cell is nothing but an
instrument number: a table of documents ("| Documents considered | Symbol |") gives nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Callable

from mandate_graph.graph.model import InstrumentKind
from mandate_graph.loaders.extract.dates import find_dates
from mandate_graph.loaders.extract.markdown_tables import cells
from mandate_graph.loaders.extract.rules.dated_records import field_date
from mandate_graph.loaders.extract.rules.dates_and_venue_fields import is_dates_and_venue_name
from mandate_graph.loaders.extract.rules.mandate_registers import is_due_header

_CELL_SEPARATOR = re.compile(r"(?<!\\)\|")

# ("Instrument": a register's column of the resolutions and decisions whose mandates it tracks)
# ("Resolution/decision": a table of both kinds, each cell's own word naming a decision, the first
# kind the others, E161)
_NUMBER_HEADER = re.compile(
    r"^(?:(?P<kind>Decision|Resolution)s?(?:\s*(?:/|\s+(?:and|or)\s+)(?:decision|resolution)s?)?|No\.?|Number|Symbol|Instrument)(?:\s+(?:No\.?|number))?$",
    re.IGNORECASE,
)
# "Title", "Subject", "Decision title", "Title of the resolution"
_TITLE_HEADER = re.compile(
    r"^(?:(?:(?:Decision|Resolution|Recommendation|Instrument)\s+)?(?:Title|Subject)(?:\s*/\s*(?:Title|Subject))?"
    r"|Title\s+of\s+(?:the\s+)?(?:decision|resolution|recommendation))$",
    re.IGNORECASE,
)
_VOTE_HEADER = re.compile(r"^(?:Vote|Voting|Outcome|Result|Status|Meeting)$", re.IGNORECASE)
# "Operative content", "Operative part", "Content", "Text", "Summary": the instrument's own words,
# its clauses separated by semicolons ("approves the budget; requests the Registrar ...")
_CONTENT_HEADER = re.compile(
    r"^(?:(?:Summary\s+of\s+(?:the\s+)?)?Operative\s+(?:content|part|paragraphs?|provisions|text)|Contents?|Text|(?:Decision|Resolution)\s+text"
    r"|Summary(?:\s+of\s+(?:the\s+)?(?:content|text|decisions?|resolutions?))?"
    r"|Main\s+provisions|Key\s+provisions"
    # a mandates tracker's "Mandate text", "Mandate": the words of the instrument that give it
    r"|Mandates?(?:\s+(?:text|wording))?|(?:Text|Wording)\s+of\s+(?:the\s+)?mandates?"
    r"|Mandated\s+activities|Activities\s+mandated)$",
    re.IGNORECASE,
)
# "UNEP/MED IG.29/8 (Report of the 21st Meeting of the MCSD)": a listed document's description in
# brackets right after its symbol
DESCRIBED = re.compile(r"\s*\((?P<what>[^()]{3,300})\)")
# "Meeting", "Session", "Adopted at": the column naming the session (or meeting of a conference)
# that adopted the instrument ("COP 26", "Eighth session")
_MEETING_HEADER = re.compile(r"^(?:Meeting|Session|Adopted\s+at|Adopting\s+(?:meeting|session))$", re.IGNORECASE)
# "Documents", "Documents considered", "Related documents": the documents the instrument was taken
# on, which were before the gathering that adopted it
_DOCUMENTS_HEADER = re.compile(
    r"^(?:(?:Related|Working|Background|Basic|Reference|Supporting)\s+)?(?:documents?|documentation)(?:\s+(?:considered|before\s+the\s+\w+))?$",
    re.IGNORECASE,
)
# (a budget report's "Mandated activities": what each instrument requests, E161)
_MANDATES_HEADER = re.compile(r"^(?:Mandates|Mandated\s+activities|Activities\s+mandated)$")
_STATUS_HEADER = re.compile(r"^(?:Status|Outcome|Result|Action\s+taken)$", re.IGNORECASE)
# a status cell saying the text never became an instrument: "Not adopted", "Withdrawn", "Rejected"
_NOT_ADOPTED = re.compile(
    r"^\W*(?:not\s+(?:adopted|taken\s+up|approved)|withdrawn|rejected|defeated|draft\b|proposal\b)", re.IGNORECASE
)
_ADOPTED_HEADER = re.compile(r"^(?:(?:Date\s+)?adopted(?:\s+on)?|Date\s+of\s+adoption|Adoption\s+date)$", re.IGNORECASE)
# "Date" alone in a table of instruments with titles: the day each was adopted (the day of the
# meeting a "Meeting" column names, "| 284 | ... | 303rd | 9 June 2021 |")
_DATE_HEADER = re.compile(r"^(?:Date|Date\s+of\s+(?:the\s+)?meeting)$", re.IGNORECASE)
# "2027/10", "81/214", "17/3": the default number, session (or year) and number.
_DEFAULT_NUMBER = re.compile(r"^(?P<session>(?:19|20)\d\d|\d{1,3})/(?P<number>\d{1,4})\.?$")

# "MSC 110, 19 Jun 2031", "COP 26 - 3 May 2030", "A 33 (6 Dec 2023)": a session's code and
# number before the day it adopted the instrument
_SESSION_BEFORE_DATE = re.compile(r"^(?P<session>[A-Z][\w.-]*\s?\d{1,3})\s*(?:,|\s[-–]\s|\()\s*\d")

# a number with no word before it: "VIII/1", "24/3", "XIV/2A" (no letters of a series, "IG.29/2");
# "284 (2021)": a number in a series that runs across sessions, with its year
# "23.102": a number whose session and number a full stop parts, in a convention that writes it so
# ("Decision {session}.{number}"), read only when that convention claims it (E242)
_BARE_NUMBER = re.compile(r"(?:[IVXLC]{1,8}|\d{1,4})/\d{1,4}[A-Z]?|\d{1,4}\s?\((?:19|20)\d\d\)|\d{1,3}\.\d{1,4}")
# "284" alone in the number column: the year its series writes in brackets after it is that of
# another cell of the row ("S/AC.26/Dec.284 (2021)" in a symbol column)
_PLAIN_NUMBER = re.compile(r"\d{1,4}")

# A number in a body's own convention, read by `numbering.NumberingFinder`: (issuer, kind,
# session, number) when it is the whole cell, else None.
ConventionReader = Callable[[str], "tuple[str, InstrumentKind, str, str] | None"]


@dataclass(frozen=True)
class Columns:
    number: int
    title: int | None  # None: a table of adoption dates alone ("Decision | Date of adoption | Vote")
    adopted: int | None
    kind: InstrumentKind | None  # "decision" from a "Decision" header
    content: int | None = None  # the column of the instrument's own words
    meeting: int | None = None  # the column naming the session that adopted it
    documents: int | None = None  # the column listing the documents it was taken on
    status: int | None = None  # the column saying what became of it ("Adopted", "Withdrawn")
    due: int | None = None  # a register's column of the meetings its mandates report to ("NCSR 13")
    # a second number column, read when the first gives no number: "| Symbol | Decision |" whose
    # symbol cell "S/AC.26/Dec.284 (2021)" is no number in the body's convention, its "284" is
    second_number: int | None = None
    second_kind: InstrumentKind | None = None  # "decision" from that column's header
    # the column of the place and days of the meeting that adopted it ("Venue and dates": "Lima
    # (Peru), 7-18 November 2033", `dates_and_venue_fields`), a decisions database's (E242)
    venue: int | None = None


@dataclass(frozen=True)
class ListedInstrument:
    issuer: str | None  # the body whose convention the number is written in; None: the list's
    kind: InstrumentKind
    session: str
    number: str
    title: str | None
    adopted_on: dt.date | None
    clauses: tuple[tuple[int, int], ...] = ()  # where each clause of the content cell lies in the row
    meeting: str | None = None  # what the meeting cell says ("COP 26", "Eighth session")
    documents: tuple[int, int] | None = None  # where the documents cell lies in the row


def header_columns(row: str, register: bool = False) -> Columns | None:
    """The columns of a header row that names a number and a title column, or a number and
    the column of the mandates a register gives ("| Resolution | Mandates | Report due |",
    as `csv_tables` writes a register of mandates; ``register``: the header is a register's,
    whose addressee and action columns give its mandates)."""
    names = cells(row)
    number = next((i for i, name in enumerate(names) if _NUMBER_HEADER.match(name)), None)
    title = next((i for i, name in enumerate(names) if _TITLE_HEADER.match(name)), None)
    adopted = next((i for i, name in enumerate(names) if _ADOPTED_HEADER.match(name)), None)
    if adopted is None and title is not None:
        adopted = next((i for i, name in enumerate(names) if _DATE_HEADER.match(name)), None)
    register = register or any(_MANDATES_HEADER.match(name) for name in names)
    if number is None or title is None and not register and (adopted is None or not all(
        i in (number, adopted) or _VOTE_HEADER.match(name) for i, name in enumerate(names)
    )):
        # without a title, only a record of adoptions: "| Decision | Date of adoption | Vote |"
        return None
    content = next((i for i, name in enumerate(names) if _CONTENT_HEADER.match(name)), None)
    meeting = next((i for i, name in enumerate(names) if _MEETING_HEADER.match(name)), None) if title is not None else None
    documents = next((i for i, name in enumerate(names) if _DOCUMENTS_HEADER.match(name)), None) if title is not None else None
    status = next((i for i, name in enumerate(names) if _STATUS_HEADER.match(name)), None)
    keyword = _NUMBER_HEADER.match(names[number])
    kind: InstrumentKind | None = None
    if keyword is not None and keyword["kind"]:
        kind = "decision" if keyword["kind"].lower() == "decision" else "resolution"
    due = next((i for i, name in enumerate(names) if is_due_header(name)), None) if title is not None or register else None
    second = next((i for i, name in enumerate(names) if i > number and _NUMBER_HEADER.match(name)), None)
    second_keyword = _NUMBER_HEADER.match(names[second]) if second is not None else None
    second_kind: InstrumentKind | None = None
    if second_keyword is not None and second_keyword["kind"]:
        second_kind = "decision" if second_keyword["kind"].lower() == "decision" else "resolution"
    venue = next((i for i, name in enumerate(names) if is_dates_and_venue_name(name)), None) if meeting is not None else None
    return Columns(number, title, adopted, kind, content, meeting, documents, status, due, second, second_kind, venue)


# "CoP23", "COP 26", "MOP-7", "SC79": a meeting cell naming the gathering by an abbreviation of its
# body's name and its number
_INITIALLED_GATHERING = re.compile(r"(?P<abbreviation>[A-Za-z]{2,6})[\s-]?(?P<n>[1-9]\d{0,2})")
_SMALL_WORDS = frozenset({"of", "the", "to", "on", "for", "and", "in"})


def initialled_gathering(cell: str, names: tuple[str, ...]) -> int | None:
    """The number of the gathering a meeting cell names by the initials of one of ``names`` (the
    row's issuer's) and a number: "CoP23" of the "Conference of the Parties" (its initials, the
    small words' kept or left out, "CoP", "COTP", "CP"), in any case; None for another cell (E242)."""
    m = _INITIALLED_GATHERING.fullmatch(cell.strip())
    if m is None:
        return None
    written = m["abbreviation"].lower()
    for name in names:
        words = [w for w in re.split(r"[\s-]+", name) if w[:1].isalpha()]
        full = "".join(w[0] for w in words if w.lower() != "the").lower()
        large = "".join(w[0] for w in words if w.lower() not in _SMALL_WORDS).lower()
        if len(large) >= 2 and written in (full, large):
            return int(m["n"])
    return None


# "NCSR 13", "C 134", "MEPC 87": a meeting named by its body's code and its number alone
CODED_GATHERING = re.compile(r"(?P<code>[A-Z][A-Za-z]{0,7}(?:[/.-][A-Z][A-Za-z]{0,7})?)\s(?P<n>\d{1,3})")


def due_gatherings(row: str, columns: Columns) -> list[str]:
    """The meetings a register's due cell names, one a piece between semicolons ("NCSR 13; MSC 112")."""
    if columns.due is None:
        return []
    values = cells(row)
    if columns.due >= len(values):
        return []
    return [piece.strip("*_ ") for piece in values[columns.due].split(";") if piece.strip("*_ ")]


def cell_span(row: str, column: int) -> tuple[int, int] | None:
    """Where the text of cell ``column`` lies in ``row`` (the outer pipes not counted)."""
    borders = [m.start() for m in _CELL_SEPARATOR.finditer(row)]
    lead = len(row) - len(row.lstrip())
    if not row.strip().startswith("|"):
        borders.insert(0, lead - 1)
    if len(borders) == column + 1:
        borders.append(len(row.rstrip()))  # the last cell, without a closing pipe
    if column + 1 >= len(borders):
        return None
    start, end = borders[column] + 1, borders[column + 1]
    while start < end and row[start].isspace():
        start += 1
    while end > start and row[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


# a clause ends at a semicolon, or where a "<br>" stacks the cell's next line under it (a line
# break inside the cell, as a Markdown table writes one): "Recalling its decision I/2,<br>Decides ..."
_CLAUSE_END = re.compile(r";\s*(?:<br\s*/?>\s*)?|\s*<br\s*/?>\s*")


def content_clauses(row: str, column: int) -> tuple[tuple[int, int], ...]:
    """Each clause of a content cell ("approves the budget; requests the Registrar to ..."),
    as spans of ``row``: the cell cut at its semicolons."""
    span = cell_span(row, column)
    if span is None:
        return ()
    clauses = []
    start = span[0]
    for m in [*_CLAUSE_END.finditer(row[span[0] : span[1]]), None]:
        end = span[0] + m.start() if m is not None else span[1]
        if row[start:end].strip():
            clauses.append((start, end))
        if m is not None:
            start = span[0] + m.end()
    return tuple(clauses)


def not_adopted(row: str, columns: Columns) -> bool:
    """Whether the row's status cell says its text never became an instrument ("Not adopted
    (proposal withdrawn ...)", "Rejected"): the row lists no instrument of the body, and its
    text gives no mandate."""
    if columns.status is None:
        return False
    values = cells(row)
    return columns.status < len(values) and not_adopted_status(values[columns.status])


def not_adopted_status(cell: str) -> bool:
    """Whether a status cell says its row's text never became an instrument ("Rejected")."""
    return _NOT_ADOPTED.match(cell) is not None


def _number_with_year_of_row(
    values: list[str], column: int, number: str, kind: InstrumentKind, in_convention: ConventionReader
) -> "tuple[str, InstrumentKind, str, str] | None":
    """"284" in the number column of a row whose symbol cell writes "S/AC.26/Dec.284 (2021)": the
    number in a convention that writes the year in brackets after it ("decision 284 (2021)"),
    the year the one another cell of the row brackets after the same number."""
    after = re.compile(rf"(?<![\d/]){number}\s?\((?P<year>(?:19|20)\d\d)\)")
    years = {m["year"] for i, value in enumerate(values) if i != column for m in after.finditer(value)}
    if len(years) != 1:
        return None
    worded = in_convention(f"{kind} {number} ({years.pop()})")
    return worded if worded is not None and worded[1] == kind else None


def wrapped_title(title: str, following: list[str], columns: Columns) -> str:
    """A title the table wraps over the title cells of the rows after its own ("| 284 | ... |
    Follow-up programme for ...: | 303rd |" then "| | | progress report | | |"): each following
    row whose cells are empty but its title cell continues it, up to the first row that is not."""
    if columns.title is None:
        return title
    for row in following:
        if "|" not in row:
            break
        values = cells(row)
        if len(values) <= columns.title or not values[columns.title].strip("*_ "):
            break
        if any(value.strip() for i, value in enumerate(values) if i != columns.title):
            break
        title = f"{title} {values[columns.title].strip('*_ ')}"
    return title


# "83/7 Independent Expert on protection against violence ... (10 July 2033)", "Decision 83/101
# Panel on the rights of older persons (9 July 2033)": a budget report's first cell, the number, what
# the instrument is about and the day it was adopted in brackets, wrapped as one cell (E161)
_LABELLED_NUMBER = re.compile(
    r"(?:(?P<kind>Decision|Resolution)\s+)?(?P<session>(?:19|20)\d\d|\d{1,3})/(?P<number>\d{1,4})"
    r"\s+[A-Z][^()|]{2,300}?\s*\((?P<date>[^()]{6,30})\)"
)


def _labelled_instrument(row: str, labelled: re.Match[str], columns: Columns, known_kind: InstrumentKind | None) -> ListedInstrument | None:
    """The instrument a labelled number cell names, adopted on the day its brackets give. The
    words between are a label the report gives the row, not the instrument's title (which the
    text quotes after "entitled"): no title is read from them."""
    kind: InstrumentKind | None = known_kind
    if labelled["kind"]:
        kind = "decision" if labelled["kind"].lower() == "decision" else "resolution"
    dates = find_dates(labelled["date"])
    if kind is None or len(dates) != 1 or dates[0].value.start != dates[0].value.end or dates[0].start != 0:
        return None
    clauses = content_clauses(row, columns.content) if columns.content is not None else ()
    return ListedInstrument(None, kind, labelled["session"], labelled["number"], None, dates[0].value.start, clauses)


# a number cell with its title stacked under it by a line break ("A/RES/86/187<br>Title",
# "12/1<br/><em>Title</em>"): the number alone before the break, words after it
_TITLE_STACKED_UNDER = re.compile(r"(?P<number>[^<>\s]{3,40})\s*<br\s*/?>\s*(?P<title>(?:<(?:em|i|strong|b)>)?[*_]?[A-Z][^<>|]{2,200}?(?:</(?:em|i|strong|b)>)?)\s*")
_EMPHASIS = re.compile(r"</?(?:em|i|strong|b)>")


def listed_instrument(
    row: str, columns: Columns, default_kind: InstrumentKind | None, in_convention: ConventionReader
) -> ListedInstrument | None:
    """The instrument a row lists, if its number cell is an instrument number and its kind is
    known (from the header, the body's convention or the list's title)."""
    values = cells(row)
    if len(values) <= max(columns.number, columns.title if columns.title is not None else 0):
        return None
    number_cell = values[columns.number].strip("*_ ")
    if not_adopted(row, columns):
        return None
    convention = in_convention(number_cell)
    stacked_title = None
    if convention is None and (stacked := _TITLE_STACKED_UNDER.fullmatch(number_cell)) is not None and (
        columns.title is None and (convention := in_convention(stacked["number"].strip("*_ "))) is not None
    ):
        # "| A/RES/86/187<br>*Oceans and the law of the sea* | 19/12/2031 | ...": the title stacked
        # under the number in its cell, where the table has no title column (E168)
        stacked_title = _EMPHASIS.sub("", stacked["title"]).strip("*_ ") or None
    known_kind = columns.kind or default_kind
    if convention is None and known_kind is not None and _BARE_NUMBER.fullmatch(number_cell):
        # "VIII/1" under a column headed "Decision": the number a body's convention writes after
        # the kind's word ("decision {session}/{number}"), the word left to the header
        # (a convention that writes the word with a capital, "Decision 23.102", tried so too)
        for word in (known_kind, known_kind.capitalize()):
            worded = in_convention(f"{word} {number_cell}")
            if worded is not None and worded[1] == known_kind:
                convention = worded
                break
    if convention is None and known_kind is not None and _PLAIN_NUMBER.fullmatch(number_cell):
        convention = _number_with_year_of_row(values, columns.number, number_cell, known_kind, in_convention)
    if convention is None and (labelled := _LABELLED_NUMBER.fullmatch(number_cell)) is not None:
        return _labelled_instrument(row, labelled, columns, known_kind)
    issuer: str | None = None
    if convention is not None:
        issuer, kind, session, number = convention
    else:
        default = _DEFAULT_NUMBER.match(number_cell)
        if (default is None or known_kind is None) and columns.second_number is not None:
            # the row's other number column ("| S/AC.26/Dec.284 (2021) | 284 |" under "| Symbol |
            # Decision |"), read with that column's kind
            other = replace(columns, number=columns.second_number, kind=columns.second_kind or columns.kind, second_number=None, second_kind=None)
            return listed_instrument(row, other, default_kind, in_convention)
        if default is None or known_kind is None:
            return None
        kind, session, number = known_kind, default["session"], default["number"]
    title = values[columns.title].strip("*_ ") or None if columns.title is not None else stacked_title
    adopted_on = None
    if columns.adopted is not None and columns.adopted < len(values):
        dates = find_dates(values[columns.adopted])
        if len(dates) == 1 and dates[0].value.start == dates[0].value.end:
            adopted_on = dates[0].value.start
        elif not dates:
            adopted_on = field_date(values[columns.adopted].strip("*_ "))  # "12/12/2029", "2029-12-12"
    clauses = content_clauses(row, columns.content) if columns.content is not None else ()
    meeting = values[columns.meeting].strip("*_ ") or None if columns.meeting is not None and columns.meeting < len(values) else None
    if meeting is None and columns.meeting is None and adopted_on is not None and columns.adopted is not None:
        # "MSC 110, 19 Jun 2031" in a register's "Adopted" column: the session that adopted
        # it before the day, as a meeting column would name it
        before = _SESSION_BEFORE_DATE.match(values[columns.adopted].strip("*_ "))
        meeting = before["session"] if before is not None else None
    documents = cell_span(row, columns.documents) if columns.documents is not None else None
    return ListedInstrument(issuer, kind, session, number, title, adopted_on, clauses, meeting, documents)
