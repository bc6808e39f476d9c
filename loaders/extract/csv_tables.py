"""A spreadsheet or database table saved as CSV or TSV (one record a row under a header row of
column names) read as the document its rows describe.

``plain_layouts.csv_export`` reads a record exported field by field ("record","field","value");
this reads the other shape every spreadsheet writes: a header row ("symbol,title,para,text"),
then a row per record or paragraph, fields set apart by commas, tabs or semicolons and quoted
where they hold one (a quoted field may run over lines, "" is a quotation mark). Told by the
text itself: the header's names are short and none opens with a space (prose puts one after
its commas), and nearly every row has as many fields as the header. A spreadsheet's title and
notes above the table are saved as rows of one cell padded with empty ones to the table's width
(`"Decisions of …",,,,,`): such a preamble is read as paragraphs and the header found below it.

A table of instruments (the header names a decision's or resolution's number and a title,
"decision,title,adopted,meeting,summary,documents") is written as a Markdown pipe table, one
line a record, whose columns `rules.decision_tables` tells apart: the title, the day, the
meeting that adopted it, the clauses of its text, the documents it was taken on.

A register of mandates (the header names an instrument, an addressee and an action column,
`rules.mandate_registers`) is written the same way, one pipe row an instrument: the rows below
whose instrument cell is empty (a merged cell) are its mandates, each made a clause of its
content cell ("Requests the Sub-Committee on X to review ..."), the meetings they report to in
one cell. Such a sheet may hold more tables under it (its sessions), each under a header row of
its own after an empty row, and repeat its header after a page marker (`_tables`).

Each row becomes: its text (a column named text, body, content, paragraph ..., or a value of
several words of prose) as a paragraph of its own, opened by the row's paragraph label when a
column holds one ("3.", "(a)"); a symbol and a title column one line "SYMBOL – Title", as a list
of documents prints it; every other value a line "Column name<tab>value", as a record's row
prints it. A line end inside a field is the field's own (a space). Each character kept maps
to the character of the file it came from.
"""

from __future__ import annotations

import re
from typing import Callable

from mandate_graph.loaders.extract.aligned_tables import INSTRUMENT_NUMBER
from mandate_graph.loaders.extract.rules.decision_tables import Columns, header_columns, not_adopted_status
from mandate_graph.loaders.extract.rules.mandate_registers import RegisterColumns, action_clause, addressees, note_clause, register_columns
from mandate_graph.loaders.extract.rules.meeting_tables import header_columns as meeting_columns

_DELIMITERS = ("\t", ",", ";")
_FEWEST_ROWS = 3
_SHARE_OF_FULL_ROWS = 0.9
_HEADER_NAME = re.compile(r"^[A-Za-z#][\w #./()\-]{0,39}$")
_TEXT_COLUMN = re.compile(r"(?:^|[_\s\-])(?:text|body|content|paragraph|description|summary|note|message|wording)$", re.I)
_LABEL_COLUMN = re.compile(r"^(?:para(?:graph)?|no|num(?:ber)?|label|item)(?:[_\s\-]?(?:no|num(?:ber)?|label))?\.?$", re.I)
_PARAGRAPH_LABEL = re.compile(r"^(?:\([a-z]{1,3}\)|\([ivx]{1,5}\)|[a-z]\)|[1-9]\d{0,2}\.?)$")
_PROSE = re.compile(r"\b[a-z]{2,}\b")
# a document's symbol and its title in two columns: one line "SYMBOL – Title", as a list of
# documents prints it (and as the JSON and YAML readers write a listed document)
_SYMBOL_COLUMN = re.compile(r"^(?:doc(?:ument)?[_\s]?)?symbol$|^document$", re.I)
_TITLE_COLUMN = re.compile(r"^(?:doc(?:ument)?[_\s]?)?title$", re.I)
_WORDS_OF_PROSE = 8
# a document's symbol: a series of capitals, slashes and a number ("CD/2481", "A/86/27")
_SYMBOL_SHAPED = re.compile(r"^[A-Z][A-Za-z.]*(?:/[\w.\-]+)*/[\w.\-]*\d[\w.\-]*$")
_WORD = re.compile(r"[A-Za-z]{3,}")
_LETTER = re.compile(r"[A-Za-z]")
_LONGEST_PREAMBLE = 6


def _rows(text: str, delimiter: str, start: int = 0, limit: int | None = None) -> list[list[tuple[int, int]]]:
    """The rows of a delimited text, each a list of its fields' spans (inside the quotes when
    quoted), the first ``limit`` only if given. Blank lines are no rows."""
    rows: list[list[tuple[int, int]]] = []
    fields: list[tuple[int, int]] = []
    position, length = start, len(text)
    while position < length and (limit is None or len(rows) < limit):
        if not fields and text[position] == "\n":
            position += 1
            continue
        if text[position] == '"':
            end = position + 1
            while True:
                end = text.find('"', end)
                if end < 0:
                    end = length
                    break
                if text.startswith('""', end):
                    end += 2
                    continue
                break
            fields.append((position + 1, end))
            position = min(end + 1, length)
            # anything between a closing quote and the delimiter is kept out
            while position < length and text[position] not in delimiter + "\n":
                position += 1
        else:
            end = position
            while end < length and text[end] != delimiter and text[end] != "\n":
                end += 1
            fields.append((position, end if end == position or text[end - 1] != "\r" else end - 1))
            position = end
        if position < length and text[position] == delimiter:
            position += 1
            if position >= length or text[position] == "\n":
                fields.append((position, position))
            else:
                continue
        if position < length and text[position] == "\n":
            position += 1
        rows.append(fields)
        fields = []
    if fields:
        rows.append(fields)
    return rows


def _header(text: str) -> tuple[str, int, int] | None:
    """The delimiter of the header row, where the row starts and where the preamble above it
    starts, when the text's first line is a header of column names, or the first line after a
    preamble of padded rows (``_preamble``)."""
    start = len(text) - len(text.lstrip("\ufeff\n\r "))
    preamble = _preamble(text, start)
    if preamble is None:
        found = _header_line(text, start, _DELIMITERS)
        return (*found, start) if found is not None else None
    header_start, delimiter, padding = preamble
    found = _header_line(text, header_start, (delimiter,))
    end = text.find("\n", header_start)
    if found is None or text[header_start : end if end >= 0 else len(text)].count(delimiter) != padding:
        return None  # the preamble's rows are padded to the table's width: the header's
    return (*found, start)


def _preamble(text: str, start: int) -> tuple[int, str, int] | None:
    """Where the row after the preamble starts, the delimiter and how many pad each row, when
    the text opens with one to a few rows of one cell padded with empty ones to the table's
    width ("Decisions of the Meeting ...",,,,,): the title and notes a spreadsheet holds above
    its table, saved as rows of their own."""
    end = text.find("\n", start)
    first = text[start : end if end >= 0 else len(text)]
    for delimiter in _DELIMITERS:
        if delimiter not in first:
            continue
        rows = _rows(text, delimiter, start, _LONGEST_PREAMBLE + 1)
        width = len(rows[0])
        padded = 0
        for row in rows:
            if len(row) != width or width < 2 or any(b != e for b, e in row[1:]):
                break
            if not text[row[0][0] : row[0][1]].strip() and (not padded or padded + 1 >= len(rows)):
                break  # (a row left empty between the notes and the header is one of them)
            padded += 1
        if 0 < padded <= _LONGEST_PREAMBLE and padded < len(rows):
            # the header's line: the first after the last padded row's end
            after = text.find("\n", rows[padded - 1][-1][1])  # (an empty last cell: on the row's line)
            while 0 <= after < len(text) and text[after] in "\r\n":
                after += 1
            if after < 0:
                return None
            return after, delimiter, width - 1
    return None


def _header_line(text: str, start: int, delimiters: tuple[str, ...]) -> tuple[str, int] | None:
    end = text.find("\n", start)
    first = text[start : end if end >= 0 else len(text)].rstrip("\r")
    for delimiter in delimiters:
        if delimiter not in first:
            continue
        names = [name.strip('"') for name in first.split(delimiter)]
        if len(names) < 2 or any(not _HEADER_NAME.match(name) for name in names):
            continue
        if len({name.lower() for name in names}) < len(names):
            continue
        if any(_SYMBOL_SHAPED.match(name) for name in names):
            # "Conference on Disarmament<TAB>CD/2481": a Word text's masthead, the body and the
            # document's symbol; a column is never named by a document's symbol
            continue
        return delimiter, start
    return None


def _field_name(name: str) -> str:
    name = name.replace("_", " ").strip()
    return name[:1].upper() + name[1:]


def is_prose(value: str) -> bool:
    return len(value.split()) >= _WORDS_OF_PROSE and len(_PROSE.findall(value)) >= _WORDS_OF_PROSE // 2


def wide_csv_export(text: str) -> tuple[str, list[int]] | None:
    """The text a CSV/TSV table of records reads as, and the map of each of its characters (and
    its end) to the offset in ``text`` it came from; None when the text is no such table."""
    header = _header(text)
    if header is None:
        return None
    delimiter, start, first = header
    return records_text(text, delimiter, start, first)


def records_text(text: str, delimiter: str, start: int, first: int, fewest_rows: int = _FEWEST_ROWS) -> tuple[str, list[int]] | None:
    """The text the table of records in ``text`` reads as (its header row at ``start``, a
    preamble from ``first``), as `wide_csv_export` gives it; another export of records
    (`list_rowsets`) written as a delimited table reads the same way."""
    rows = _rows(text, delimiter, first)
    lead = sum(1 for row in rows if row[0][0] < start)  # the preamble's rows, above the header
    preamble, rows = rows[:lead], rows[lead:]
    if len(rows) < fewest_rows + 1:
        return None
    names = [text[s:e].strip() for s, e in rows[0]]
    width = len(names)
    full = sum(1 for row in rows[1:] if len(row) == width)
    if full < _SHARE_OF_FULL_ROWS * (len(rows) - 1):
        return None
    if not any(_WORD.search(text, b, e) for row in rows[1:] for b, e in row):
        return None  # a table of figures: no words to read, its rows stay as they are
    tables = _tables(text, rows)
    # a register of mandates (`rules.mandate_registers`), alone or with other tables under it
    # (its sessions), each under its own header: each table read by the rules of its kind
    register = any(_register_of_mandates(text, table) is not None for table in tables)
    if not register and delimiter == "\t" and not any(_TEXT_COLUMN.search(name) for name in names) and not any(
        is_prose(text[b:e]) for row in rows[1:] for b, e in row
    ):
        # a table of short cells laid with tabs (a timetable, a list of documents) is a table:
        # plain_layouts.tab_table_changes makes it a pipe table, which the rules read by column
        return None
    pieces: list[str] = []
    offsets: list[int] = []

    def add(begin: int, end: int, line_break: str = " ") -> None:
        # the field's text, its doubled quotation marks made one, its line ends spaces
        position = begin
        while position < end:
            character = text[position]
            if character == "\r" and text.startswith("\r\n", position):
                position += 1
                continue
            kept = line_break if character in "\r\n" else character
            pieces.append(kept)
            offsets.extend([position] * len(kept))
            position += 2 if text.startswith('""', position) and position + 1 < end else 1

    def add_literal(literal: str, at: int) -> None:
        pieces.append(literal)
        offsets.extend([at] * len(literal))

    for row in preamble:
        # a title or note above the table: a paragraph of its own
        if text[row[0][0] : row[0][1]].strip():
            add(*row[0])
            add_literal("\n\n", row[0][1])
    if register or len(tables) > 1:
        # several tables on one sheet (a tracker's instruments, a text paragraph by paragraph,
        # its follow-up, its documents), each under its own header row: each read by its kind (L22)
        for table in tables:
            _write_table(text, table, add, add_literal)
            add_literal("\n", table[-1][-1][1] if table[-1] else 0)
        offsets.append(len(text))
        return "".join(pieces), offsets
    columns = header_columns(" | ".join(names))
    if columns is not None and _numbers_instruments(text, rows[1:], columns, columns.kind is not None):
        # "decision,title,adopted,meeting,summary": a table of the instruments the document
        # holds (its number column named by their kind, or every number an instrument's) is
        # written as a pipe table, whose cells its reader (`rules.decision_tables`) tells apart,
        # the clauses of a content cell read as the instrument's operative paragraphs
        _write_pipe_table(text, rows, columns.number, columns.content, add, add_literal)
        offsets.append(len(text))
        return "".join(pieces), offsets
    _write_rows(text, rows, names, add, add_literal)
    if not pieces:
        return None
    offsets.append(len(text))
    return "".join(pieces), offsets


# A number cell under a column that names the kind ("Decision"): a number with its session or
# series, "IG.29/2", "BC-17/4", "2027/10", "XIV/1", "EM/RC76/R.2" (a row's ordinal, "1", is none)
_NUMBER_WITH_SESSION = re.compile(r"(?=\S*\d)(?=\S*[./\-])\S{2,30}")


def _numbers_instruments(text: str, rows: list[list[tuple[int, int]]], columns: Columns, kind_named: bool) -> bool:
    """Whether every record's number cell numbers an instrument: an instrument's number or
    symbol (`aligned_tables.INSTRUMENT_NUMBER`), or, under a column named by the instruments'
    kind, any number with its session; then the table is one of instruments. A row whose status
    cell says its text was never adopted ("Rejected in Committee II") is a draft's, whose number
    cell may say so ("23.106 (draft)"): not counted (E242)."""
    column, status = columns.number, columns.status
    numbers = [
        text[row[column][0] : row[column][1]].strip() for row in rows if column < len(row) and _is_record(text, row, column)
        and not (status is not None and status < len(row) and not_adopted_status(text[row[status][0] : row[status][1]]))
    ]
    numbers = [n for n in numbers if n]
    if kind_named:
        # under a column named by the kind, a row of words ("Session report") is a record of
        # another kind (the session's report, listed with its documents) among the instruments
        numbers = [n for n in numbers if any(c.isdigit() for c in n)]
    shape = _NUMBER_WITH_SESSION if kind_named else INSTRUMENT_NUMBER
    return bool(numbers) and all(shape.fullmatch(n) for n in numbers)


def _is_record(text: str, row: list[tuple[int, int]], number: int) -> bool:
    """Whether a row of a table of instruments is a record: a value in a cell besides the
    first, or its number cell filled (a row of one cell at the left is a note: "Source: ...")."""
    filled = [column for column, (b, e) in enumerate(row) if text[b:e].strip()]
    return bool(filled) and (filled != [0] or number == 0 and INSTRUMENT_NUMBER.fullmatch(text[row[0][0] : row[0][1]].strip()) is not None)


def _write_pipe_table(
    text: str,
    rows: list[list[tuple[int, int]]],
    number: int,
    content: int | None,
    add: Callable[..., None],
    add_literal: Callable[[str, int], None],
) -> None:
    """The header and each record of a table of instruments as the rows of a Markdown pipe
    table (a "|" inside a cell escaped); a note row (``_is_record``) a paragraph between
    tables, the header written again above the records that follow it; empty rows nothing.
    A line break inside the content cell is written "<br>", as a Markdown table stacks a cell's
    lines: each line of the instrument's text is a clause of its own ("Recalling its decision
    I/2,<br>Decides that ..."), where a line break elsewhere is a space."""
    header = rows[0]
    in_table = False
    for row in rows[1:]:
        if not any(text[b:e].strip() for b, e in row):
            continue
        if not _is_record(text, row, number):
            first = next((b, e) for b, e in row if text[b:e].strip())
            add_literal("\n" if in_table else "", first[0])
            add(*first)
            add_literal("\n\n", first[1])
            in_table = False
            continue
        if not in_table:
            _pipe_row(text, header, add, add_literal)
            add_literal("\n|" + "|".join("---" for _ in header) + "|\n", header[-1][1])
            in_table = True
        _pipe_row(text, row, add, add_literal, content)
        add_literal("\n", row[-1][1])


def _pipe_row(
    text: str, row: list[tuple[int, int]], add: Callable[..., None], add_literal: Callable[[str, int], None], content: int | None = None
) -> None:
    for column, (begin, end) in enumerate(row):
        add_literal("| ", begin)
        for piece_start, piece_end in _between_bars(text, begin, end):
            if piece_start > begin and text[piece_start - 1] == "|":
                add_literal("\\", piece_start - 1)
            add(piece_start, piece_end, "<br>" if column == content else " ")
        add_literal(" ", end)
    add_literal("|", row[-1][1] if row else 0)


def _between_bars(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """The spans of a cell cut before each "|" it holds (the bar kept, escaped by the caller)."""
    cuts = [at for at in range(begin, end) if text[at] == "|"]
    bounds = [begin, *cuts, end]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if bounds[i + 1] > bounds[i]]



def _values(text: str, row: list[tuple[int, int]]) -> list[str]:
    return [text[b:e].strip() for b, e in row]


def _header_shaped(values: list[str]) -> bool:
    """A row of column names: two or more short names without figures from the first cell on,
    the cells after them empty ("Session,Dates,Venue,Report,,,,")."""
    names = values[: len(values) - next((i for i, v in enumerate(reversed(values)) if v), len(values))]
    # (a sheet's empty columns between named ones: "Doc,Para,Type,Text,,,Status,Comment", the
    # cells a merged text column spans, L22)
    filled = [n for n in names if n]
    return (
        len(filled) >= 2 and bool(names[0]) and len(filled) * 2 > len(names) and len({n.lower() for n in filled}) == len(filled)
        and all(_HEADER_NAME.match(n) and not any(c.isdigit() for c in n) for n in filled)
    )


def _tables(text: str, rows: list[list[tuple[int, int]]]) -> list[list[list[tuple[int, int]]]]:
    """The tables a spreadsheet's rows hold, each its header row then its rows: the header
    repeated after a page break ("--- page 2 ---", then the same names) is dropped, and a row of
    other column names after an empty row (and notes: "SESSIONS") opens a table of its own,
    its rows cut to its header's width."""
    header = [v.lower() for v in _values(text, rows[0])]
    tables = [[rows[0]]]
    after_blank = False
    for row in rows[1:]:
        values = _values(text, row)
        if not any(values):
            after_blank = True
            tables[-1].append(row)
            continue
        lowered = [v.lower() for v in values]
        if lowered == header:
            continue  # the header again, at the top of the next page
        if after_blank and _header_shaped(values) and lowered[: len(header)] != header:
            width = len(values) - next(i for i, v in enumerate(reversed(values)) if v)
            header = lowered[:width]
            tables.append([row[:width]])
            after_blank = False
            continue
        if any(values[1:]):
            after_blank = False
        width = len(tables[-1][0])
        tables[-1].append(row if len(tables) == 1 or any(values[width:]) else row[:width])
    return tables


def _register_of_mandates(text: str, rows: list[list[tuple[int, int]]]) -> tuple[Columns, RegisterColumns] | None:
    """The columns of a register of mandates (`rules.mandate_registers`): a table of
    instruments whose header also names an addressee and an action column, its every record's
    instrument cell holding a number."""
    names = _values(text, rows[0])
    register = register_columns(names)
    if register is None:
        return None
    columns = header_columns(" | ".join(names), register=True)
    if columns is None:
        return None
    numbers = [
        text[row[columns.number][0] : row[columns.number][1]].strip()
        for row in rows[1:]
        if columns.number < len(row) and _is_record(text, row, columns.number)
    ]
    numbers = [n for n in numbers if n]
    if not numbers or not all(any(c.isdigit() for c in n) for n in numbers):
        return None
    return columns, register


def _write_table(
    text: str, rows: list[list[tuple[int, int]]], add: Callable[..., None], add_literal: Callable[[str, int], None]
) -> None:
    """One table of a spreadsheet holding several: a register of mandates, a table of
    instruments or of meetings as a pipe table its rules read; another as its rows' values."""
    names = _values(text, rows[0])
    register = _register_of_mandates(text, rows)
    if register is not None:
        _write_register(text, rows, *register, add, add_literal)
        return
    columns = header_columns(" | ".join(names))
    if columns is not None and _numbers_instruments(text, rows[1:], columns, columns.kind is not None):
        _write_pipe_table(text, rows, columns.number, columns.content, add, add_literal)
        return
    meeting = meeting_columns(" | ".join(["", *names, ""]))
    if meeting is not None:
        _write_pipe_table(text, rows, meeting.gathering, None, add, add_literal)
        return
    if _write_text_table(text, rows, names, add, add_literal):
        return
    _write_rows(text, rows, names, add, add_literal)


def _write_text_table(
    text: str, rows: list[list[tuple[int, int]]], names: list[str], add: Callable[..., None], add_literal: Callable[[str, int], None]
) -> bool:
    """A text paragraph by paragraph ("Doc,Para,Type,Text,Status,Comment": a delegation's
    tracker of a resolution as adopted): its text column's cells, in order, are the paragraphs
    of the text (a heading, a recital, an operative paragraph, its closing meeting and day), read
    as the document reads them; the other columns annotate them (a status, a negotiator's
    comment) and are left out, and a row whose status says its paragraph was deleted or
    withdrawn gives none. Told by a column named as the text's whose cells are mostly prose (L22)."""
    text_column = next((i for i, name in enumerate(names) if name and _TEXT_COLUMN.search(name)), None)
    if text_column is None:
        return False
    cells = [text[row[text_column][0] : row[text_column][1]].strip() for row in rows[1:] if text_column < len(row)]
    if sum(1 for cell in cells if is_prose(cell)) < 2:
        return False  # (its headings, a title, the formula, are short: two paragraphs of prose at least)
    status = next((i for i, name in enumerate(names) if name.lower() == "status"), None)
    for row in rows[1:]:
        if text_column >= len(row) or not text[slice(*row[text_column])].strip():
            if any(text[b:e].strip() for b, e in row):
                # a note between the rows: a paragraph of its own
                first = next((b, e) for b, e in row if text[b:e].strip())
                add(*first)
                add_literal("\n\n", first[1])
            continue
        if status is not None and status < len(row) and _WITHDRAWN.match(text[slice(*row[status])].strip()):
            continue
        begin, end = row[text_column]
        add(begin, end, "\n")
        add_literal("\n\n", end)
    return True


def _write_rows(
    text: str, rows: list[list[tuple[int, int]]], names: list[str], add: Callable[..., None], add_literal: Callable[[str, int], None]
) -> None:
    """Each record of a table as its text (a prose cell a paragraph, a symbol and a title one
    line "SYMBOL – Title") and its other values one line "Column name<tab>value" each."""
    width = len(names)
    previous: dict[int, str] = {}  # the value each column held in the row above
    symbol_column = next((i for i, name in enumerate(names) if _SYMBOL_COLUMN.match(name)), None)
    title_column = next((i for i, name in enumerate(names) if _TITLE_COLUMN.match(name)), None)
    for row in rows[1:]:
        label: tuple[int, int] | None = None
        paired: set[int] = set()
        if symbol_column is not None and title_column is not None and max(symbol_column, title_column) < len(row):
            symbol, title = row[symbol_column], row[title_column]
            if text[symbol[0] : symbol[1]].strip() and text[title[0] : title[1]].strip():
                add(*symbol)
                add_literal(" \u2013 ", symbol[1])
                add(*title)
                add_literal("\n\n", title[1])
                paired = {symbol_column, title_column}
        for column, (begin, end) in enumerate(row):
            if column in paired:
                continue
            value = text[begin:end].strip()
            if not value:
                previous.pop(column, None)
                continue
            name = names[column] if column < width else ""
            if _LABEL_COLUMN.match(name) and _PARAGRAPH_LABEL.match(value):
                label = (begin, end)
                continue
            if _TEXT_COLUMN.search(name) or is_prose(value):
                if label is not None:
                    add(*label)
                    add_literal(" ", label[1])
                    label = None
                add(begin, end)
            else:
                if previous.get(column) == value:
                    continue  # the record's own value, repeated on each of its rows: said once
                previous[column] = value
                if column < width:
                    # the column's name, mapped to the value's row: evidence found in the line
                    # points at the row, not at the header
                    add_literal(_field_name(name) + "\t", begin)
                add(begin, end)
            add_literal("\n\n", end)
        if label is not None:
            add(*label)
            add_literal("\n\n", label[1])
        add_literal("\n", row[-1][1] if row else 0)


def _write_register(
    text: str,
    rows: list[list[tuple[int, int]]],
    columns: Columns,
    register: RegisterColumns,
    add: Callable[..., None],
    add_literal: Callable[[str, int], None],
) -> None:
    """A register of mandates as a pipe table of its instruments: the instrument's own cells
    (number, adoption, title, status) from its first row, and a cell of the mandates its rows
    give, one clause each ("Requests the Sub-Committee on X to review ...<br>Invites ..."), the
    rows below whose instrument cell is empty (merged) being the instrument's too; the due
    meetings of its rows in one cell."""
    own = [i for i in (columns.number, columns.adopted, columns.title, columns.meeting, columns.status) if i is not None]
    header = rows[0]
    records: list[list[list[tuple[int, int]]]] = []  # a note: one row of its one filled cell
    for row in rows[1:]:
        values = _values(text, row)
        if not any(values):
            continue
        if not _is_record(text, row, columns.number):
            # a note between the rows ("--- page 2 ---"): a paragraph of its own
            records.append([[next((b, e) for b, e in row if text[b:e].strip())]])
            continue
        if values[columns.number] or not records or len(records[-1][0]) == 1:
            records.append([row])
        else:
            records[-1].append(row)  # a merged instrument cell: the mandate is the instrument's above
    in_table = False
    for record in records:
        if len(record[0]) == 1:
            add_literal("\n" if in_table else "", record[0][0][0])
            add(*record[0][0])
            add_literal("\n\n", record[0][0][1])
            in_table = False
            continue
        if not in_table:
            add_literal("| ", header[0][0])
            for column in own:
                add(*header[column])
                add_literal(" | ", header[column][1])
            add_literal("Mandates", header[register.addressee][0])
            if register.due is not None:
                add_literal(" | ", header[register.due][0])
                add(*header[register.due])
            add_literal(" |\n|" + "|".join("---" for _ in range(len(own) + 1 + (register.due is not None))) + "|\n", header[-1][1])
            in_table = True
        first = record[0]
        add_literal("| ", first[0][0])
        for column in own:
            if column < len(first):
                _add_cell(text, first[column], add, add_literal)
            add_literal(" | ", first[column][1] if column < len(first) else first[-1][1])
        clauses = 0
        for row in record:
            for clause in _row_clauses(text, row, columns, register, row is first):
                if clauses:
                    add_literal("<br>", clause[0][1])
                for literal, begin, end in clause:
                    if literal is not None:
                        add_literal(literal, begin)
                    else:
                        add(begin, end)
                clauses += 1
        if register.due is not None:
            add_literal(" | ", record[-1][-1][1])
            dues = [row[register.due] for row in record if register.due < len(row) and _LETTER.search(text, *row[register.due])]
            for n, due in enumerate(dues):
                if n:
                    add_literal("; ", due[0])
                _add_cell(text, due, add, add_literal)
        add_literal(" |\n", record[-1][-1][1])


def _add_cell(text: str, span: tuple[int, int], add: Callable[..., None], add_literal: Callable[[str, int], None]) -> None:
    for piece_start, piece_end in _between_bars(text, *span):
        if piece_start > span[0] and text[piece_start - 1] == "|":
            add_literal("\\", piece_start - 1)
        add(piece_start, piece_end)


# a piece of a clause a register's row gives: (literal, at, at) or (None, begin, end) of the text
_Piece = tuple[str | None, int, int]


def _row_clauses(
    text: str, row: list[tuple[int, int]], columns: Columns, register: RegisterColumns, first: bool
) -> list[list[_Piece]]:
    """The clauses a register's row gives its instrument, each a list of pieces: (literal, at,
    at) or (None, begin, end) for the row's own text. A note in the title cell of a row below the
    instrument's ("(preamble recalls resolution X)") is one; the addressee and the action are
    the other ("Sub-Committee on X", "requested to review ..." → "Requests the Sub-Committee
    on X to review ..."); a row whose status says its text was withdrawn gives none."""
    clauses: list[list[_Piece]] = []
    if not first and columns.title is not None and columns.title < len(row):
        begin, end = row[columns.title]
        note = note_clause(text[begin:end])
        if note is not None:
            clauses.append([(None, begin + note[0], begin + note[1])])
    if max(register.addressee, register.action) >= len(row):
        return clauses
    if columns.status is not None and columns.status < len(row) and _WITHDRAWN.match(text[slice(*row[columns.status])].strip()):
        return clauses
    (a_begin, a_end), (v_begin, v_end) = row[register.addressee], row[register.action]
    action = action_clause(text[v_begin:v_end])
    bodies = addressees(text[a_begin:a_end])
    if action is None or not bodies:
        return clauses
    at = v_begin + action.at
    clause: list[_Piece] = [(action.verb[:1].upper() + action.verb[1:] + " ", at, at)]
    for n, (b, e) in enumerate(bodies):
        if n:
            clause.append((" and " if n == len(bodies) - 1 else ", ", a_begin + b, a_begin + b))
        if not re.match(r"(?:the|its|their|all|each)\b", text[a_begin + b : a_begin + e], re.IGNORECASE) and not _NO_ARTICLE.match(
            text[a_begin + b : a_begin + e]
        ):
            clause.append(("the ", a_begin + b, a_begin + b))
        clause.append((None, a_begin + b, a_begin + e))
    if action.rest is not None:
        clause.append((" ", v_begin + action.rest, v_begin + action.rest))
        clause.append((None, v_begin + action.rest, v_end))
    clauses.append(clause)
    return clauses


# "Withdrawn", "Deleted", "Not adopted": a row whose text never gave its mandate
_WITHDRAWN = re.compile(r"^(?:withdrawn|deleted|not\s+adopted|rejected|superseded)\b", re.IGNORECASE)
# "Member States", "Governments", "States parties": addressees named without an article
_NO_ARTICLE = re.compile(r"^(?:Member\s+(?:States|Governments|Parties)|States|Governments|Parties|Members|all\b)", re.IGNORECASE)
