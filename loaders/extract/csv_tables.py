"""A spreadsheet or database table saved as CSV or TSV (one record a row under a header row of
column names) read as the document its rows describe.

``plain_layouts.csv_export`` reads a record exported field by field ("record","field","value");
this reads the other shape every spreadsheet writes: a header row ("symbol,title,para,text"),
then a row per record or paragraph, fields set apart by commas, tabs or semicolons and quoted
where they hold one (a quoted field may run over lines, "" is a quotation mark). Told by the
text itself: the header's names are short and none opens with a space (prose puts one after
its commas), and nearly every row has as many fields as the header.

Each row becomes: its text (a column named text, body, content, paragraph ..., or a value of
several words of prose) as a paragraph of its own, opened by the row's paragraph label when a
column holds one ("3.", "(a)"); a symbol and a title column one line "SYMBOL – Title", as a list
of documents prints it; every other value a line "Column name<tab>value", as a record's row
prints it. A line end inside a field is the field's own (a space). Each character kept maps
to the character of the file it came from.
"""

from __future__ import annotations

import re

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


def _rows(text: str, delimiter: str, start: int = 0) -> list[list[tuple[int, int]]]:
    """The rows of a delimited text, each a list of its fields' spans (inside the quotes when
    quoted). Blank lines are no rows."""
    rows: list[list[tuple[int, int]]] = []
    fields: list[tuple[int, int]] = []
    position, length = start, len(text)
    while position < length:
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


def _header(text: str) -> tuple[str, int] | None:
    """The delimiter of the header row and where the row starts, when the text's first line is
    a header of column names."""
    start = len(text) - len(text.lstrip("\ufeff\n\r "))
    end = text.find("\n", start)
    first = text[start : end if end >= 0 else len(text)].rstrip("\r")
    for delimiter in _DELIMITERS:
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
    delimiter, start = header
    rows = _rows(text, delimiter, start)
    if len(rows) < _FEWEST_ROWS + 1:
        return None
    names = [text[s:e].strip() for s, e in rows[0]]
    width = len(names)
    full = sum(1 for row in rows[1:] if len(row) == width)
    if full < _SHARE_OF_FULL_ROWS * (len(rows) - 1):
        return None
    if not any(_WORD.search(text, b, e) for row in rows[1:] for b, e in row):
        return None  # a table of figures: no words to read, its rows stay as they are
    if delimiter == "\t" and not any(_TEXT_COLUMN.search(name) for name in names) and not any(
        is_prose(text[b:e]) for row in rows[1:] for b, e in row
    ):
        # a table of short cells laid with tabs (a timetable, a list of documents) is a table:
        # plain_layouts.tab_table_changes makes it a pipe table, which the rules read by column
        return None
    pieces: list[str] = []
    offsets: list[int] = []

    def add(begin: int, end: int) -> None:
        # the field's text, its doubled quotation marks made one, its line ends spaces
        position = begin
        while position < end:
            character = text[position]
            pieces.append(" " if character in "\r\n" else character)
            offsets.append(position)
            position += 2 if text.startswith('""', position) and position + 1 < end else 1

    def add_literal(literal: str, at: int) -> None:
        pieces.append(literal)
        offsets.extend([at] * len(literal))

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
    if not pieces:
        return None
    offsets.append(len(text))
    return "".join(pieces), offsets
