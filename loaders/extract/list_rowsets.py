"""A list saved as an XML rowset, read as the table of records it holds: a SharePoint list
exported by ``owssvr.dll`` (``XMLDATA=TRUE``), an ADO recordset persisted as XML.

Such a file names its columns in a schema (``<s:AttributeType name='ows_Decision_x0020_title'
rs:name='Decision title'>``), then holds one ``<z:row …/>`` element a record under ``<rs:data>``,
each field an attribute of the row (``ows_Title='VIII/1'``), a field the record leaves empty
absent. The file is told by its namespace (the prefix bound to ``#RowsetSchema``) and a row of it.

Each row's fields are read in the schema's order (or, without a schema, the order the rows first
give them; the list's own bookkeeping, ``ows_ID``, ``ows__ModerationStatus``, ``ows_FileRef``,
goes), and the table is written as a delimited table with a header row of the columns' names (the
display name ``rs:name``, else the internal name without ``ows_`` and with ``_x0020_`` a space),
which `csv_tables.records_text` reads as it reads a spreadsheet's export: a table of instruments
as a Markdown pipe table whose cells `rules.decision_tables` tells apart, other records as
paragraphs and "Field<tab>value" rows. Inside a value:

- character references are their characters (``&#8211;`` "–", ``&apos;`` "'", ``&#10;`` a
  line break, which the content cell of a table of instruments keeps as a clause's end);
- a lookup is its labels: ``8;#Eighth session …`` "Eighth session …", a multiple lookup
  ``3;#Working Group;#5;#Bureau`` "Working Group; Bureau" (the numbers are the list's item ids);
  a calculated field ``string;#text`` its text, a multiple choice ``;#A;#B;#`` "A; B".

Every character of the result maps to the character of the file it came from, so evidence keeps
the file's line numbers: a value's characters to themselves, an entity's to its "&", a column's
name in a row to its value's start.
"""

from __future__ import annotations

import html
import re

from mandate_graph.loaders.extract.characters import ENTITY
from mandate_graph.loaders.extract.csv_tables import records_text

# the namespace a rowset's rows are in: xmlns:z='#RowsetSchema'
_ROWSET_NAMESPACE = re.compile(r"""xmlns:(?P<prefix>[A-Za-z_][\w.\-]*)\s*=\s*(?P<q>['"])#RowsetSchema(?P=q)""")
_ATTRIBUTE = re.compile(r"""\s*(?P<name>[A-Za-z_][\w.:\-]*)\s*=\s*(?:'(?P<single>[^']*)'|"(?P<double>[^"]*)")""")
_ATTRIBUTE_TYPE = re.compile(r"<(?:[\w.\-]+:)?AttributeType\b")
_ESCAPED_CHARACTER = re.compile(r"_x(?P<code>[0-9A-Fa-f]{4})_")
# the list's bookkeeping, no field of the records it holds
_BOOKKEEPING = re.compile(
    r"^(?:ID|GUID|UniqueId|owshiddenversion|FileRef|FileDirRef|FileLeafRef|MetaInfo|PermMask|FSObjType|ContentTypeId|ContentType"
    r"|ProgId|ScopeId|EncodedAbsUrl|BaseName|ServerUrl|Order|Attachments|ItemChildCount|FolderChildCount|SortBehavior"
    r"|WorkflowVersion|Restricted|Created|Modified|Author|Editor|Created_x0020_Date|Last_x0020_Modified|_\w*)$"
)
# "8;#Label", "3;#A;#5;#B": a lookup's item ids before its labels
_LOOKUP = re.compile(r"^\d+;#")
# "string;#text", "float;#12.0000000000000": a calculated field's type before its value
_CALCULATED = re.compile(r"^(?:string|float|datetime|boolean|number|int|integer|error);#")
# each label of a lookup, after its id ("5;#Bureau"), or of a multiple choice (";#A")
_LABEL = re.compile(r"(?:^|;#)(?:\d+;#)?(?P<label>(?:[^;]|;;|;(?!#))+)")
_FEWEST_ROWS = 1


def _prefix(name: str) -> str:
    return name.split(":", 1)[1] if ":" in name else name


def _column_name(internal: str) -> str:
    """"ows_Decision_x0020_title" -> "Decision title": SharePoint's internal name read back."""
    name = internal[4:] if internal.startswith("ows_") else internal
    return _ESCAPED_CHARACTER.sub(lambda m: chr(int(m["code"], 16)), name).replace("_", " ").strip()


class _Mapped:
    """Characters and, for each, the offset in the file it came from."""

    def __init__(self) -> None:
        self.characters: list[str] = []
        self.offsets: list[int] = []

    def add(self, text: str, offset: int) -> None:
        self.characters.extend(text)
        self.offsets.extend([offset] * len(text))

    def extend(self, characters: list[str], offsets: list[int]) -> None:
        self.characters.extend(characters)
        self.offsets.extend(offsets)


def _value(text: str, start: int, end: int) -> tuple[list[str], list[int]]:
    """The characters of the attribute value ``text[start:end]`` and their offsets: entities
    decoded, a lookup's ids and a calculated field's type left out."""
    characters: list[str] = []
    offsets: list[int] = []
    position = start
    for m in ENTITY.finditer(text, start, end):
        for at in range(position, m.start()):
            # (a line end written as such in an attribute is a space to an XML reader)
            characters.append(" " if text[at] in "\r\n\t" else text[at])
            offsets.append(at)
        meant = html.unescape(m.group(0)).replace("\u00a0", " ")
        characters.extend(meant)
        offsets.extend([m.start()] * len(meant))
        position = m.end()
    for at in range(position, end):
        characters.append(" " if text[at] in "\r\n\t" else text[at])
        offsets.append(at)
    decoded = "".join(characters)
    if _CALCULATED.match(decoded):
        cut = decoded.index(";#") + 2
        return characters[cut:], offsets[cut:]
    if _LOOKUP.match(decoded) or decoded.startswith(";#") and decoded.endswith(";#") and len(decoded) > 4:
        return _labels(decoded, characters, offsets)
    return characters, offsets


def _labels(decoded: str, characters: list[str], offsets: list[int]) -> tuple[list[str], list[int]]:
    """A lookup's labels joined by "; " ("3;#A;#5;#B" -> "A; B"), a multiple choice's too."""
    kept: list[str] = []
    kept_offsets: list[int] = []
    for m in _LABEL.finditer(decoded):
        if kept:
            kept.extend("; ")
            kept_offsets.extend([offsets[m.start("label")]] * 2)
        kept.extend(characters[m.start("label") : m.end("label")])
        kept_offsets.extend(offsets[m.start("label") : m.end("label")])
    return (kept, kept_offsets) if kept else (characters, offsets)


def _attributes(text: str, start: int) -> tuple[list[tuple[str, int, int]], int]:
    """The attributes of the element whose name ends at ``start`` (name, value start, value end)
    and where the element's tag ends."""
    found: list[tuple[str, int, int]] = []
    position = start
    while True:
        m = _ATTRIBUTE.match(text, position)
        if m is None:
            break
        group = "single" if m.group("single") is not None else "double"
        found.append((m["name"], m.start(group), m.end(group)))
        position = m.end()
    close = text.find(">", position)
    return found, len(text) if close < 0 else close + 1


def rowset_layout(text: str) -> tuple[str, list[int]] | None:
    """The rowset ``text`` read as its table (see the module's text) and the map of each
    character of the result (and its end) to the offset in ``text`` it came from; None for any
    text that is no rowset."""
    if "#RowsetSchema" not in text:
        return None
    namespace = _ROWSET_NAMESPACE.search(text)
    if namespace is None:
        return None
    row_tag = re.compile(r"<" + re.escape(namespace["prefix"]) + r":row\b")
    rows: list[dict[str, tuple[int, int]]] = []
    first_at: dict[str, int] = {}
    for m in row_tag.finditer(text):
        attributes, _ = _attributes(text, m.end())
        fields = {name: (b, e) for name, b, e in attributes}
        rows.append(fields)
        for name, b, _ in attributes:
            first_at.setdefault(name, b)
    if not rows:
        return None
    # the columns: the schema's, in its order, with their display names
    columns: list[tuple[str, str, int]] = []  # internal name, display name, where it is named
    for m in _ATTRIBUTE_TYPE.finditer(text):
        attributes, _ = _attributes(text, m.end())
        named = next(((b, e) for name, b, e in attributes if name == "name"), None)
        if named is None:
            continue
        internal_name = text[named[0] : named[1]]
        shown = next(((b, e) for name, b, e in attributes if name != "name" and _prefix(name) == "name"), None)
        display = html.unescape(text[shown[0] : shown[1]]) if shown is not None else _column_name(internal_name)
        columns.append((internal_name, display.strip() or _column_name(internal_name), named[0]))
    if not columns:
        columns = [(name, _column_name(name), at) for name, at in first_at.items() if not _BOOKKEEPING.match(_column_name(name).replace(" ", "_"))]
        if any(name.endswith("LinkTitle") for name, _, _ in columns) and any(name.endswith("_Title") or name == "Title" for name, _, _ in columns):
            columns = [c for c in columns if "LinkTitle" not in c[0]]  # the title again, as a link
    if not columns:
        return None
    table = _Mapped()
    for index, (_, display, at) in enumerate(columns):
        table.add("," if index else "", at)
        table.add('"' + display.replace('"', '""') + '"', at)
    for fields in rows:
        row_start = min((b for b, _ in fields.values()), default=0)
        table.add("\n", row_start)
        for index, (column, _, _) in enumerate(columns):
            span = fields.get(column)
            at = span[0] if span is not None else row_start
            table.add("," if index else "", at)
            table.add('"', at)
            if span is not None:
                characters, offsets = _value(text, *span)
                for character, offset in zip(characters, offsets):
                    table.add('""' if character == '"' else character, offset)
            table.add('"', span[1] if span is not None else at)
    table.add("\n", len(text))
    written = "".join(table.characters)
    read = records_text(written, ",", 0, 0, fewest_rows=_FEWEST_ROWS)
    if read is None:
        return None
    result, offsets = read
    mapped = table.offsets + [len(text)]
    return result, [mapped[o] if o < len(mapped) else len(text) for o in offsets]
