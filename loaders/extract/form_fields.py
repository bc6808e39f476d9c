"""A filled PDF form's fields as ``pdftk FILE dump_data_fields`` (or ``dump_data_fields_utf8``)
prints them, read as the form a person reads: a label, then what was written in the box.

The dump is records between "---" lines, one a field, each a "Key: value" line per property:
``FieldType`` (Text, Button, Choice), ``FieldName`` (the form's own dotted name, "hdr.venue",
"dec1.title", "form1[0].page1[0].venue[0]"), ``FieldNameAlt`` (the label, or tooltip, a user sees:
"Venue", "Dates (dd/mm/yyyy – dd/mm/yyyy)", "Decision 1 – title"), ``FieldFlags``,
``FieldValue`` (a multi-line box's value runs on over lines of its own), ``FieldStateOption`` (a
button's states), ``FieldJustification``. Told by its shape alone: every record names a field,
and every line is one of these properties or a value running on.

Fields are grouped by their name's prefix ("dec1.number", "dec1.title", "dec1.date" are one group,
as the form's author laid them out together; the fields without a prefix are one group, the
form's own). A list of documents is read right under the recorded meeting's group and the groups
of other meetings (the next one's) last: a pdftk dump lists fields in the order of the PDF's
field tree, not of its page. Each group becomes what a page of the filled form
prints:

- a group numbering an instrument (a "number" or "symbol" field holding one, "CRC-26/1") is a row
  of a pipe table of instruments, "| Decision | Title | Adopted | Meeting | Summary |", whose
  cells `rules.decision_tables` tells apart; the "Meeting" cell is the meeting the form records
  (its first "Meeting" or "Session" field, the outcome of which the form is). A group whose
  "adopted" button is off (a draft not adopted) is left out: it states nothing;
- a group with a meeting's field ("Meeting", "Next meeting", "Session") is that meeting's heading
  (the value alone) over its "Venue<tab>..." and "Dates<tab>..." rows, as a meetings page prints
  one (`rules.calendar_events`), then its other fields;
- any other field a record row "Label<tab>value", or, for a value of prose, a paragraph of its
  own; a list of documents ("Main documents before the Committee": "X (note); Y; Z") its label as
  a heading line and one document a line.

Dates are written as the label says they are entered ("dd/mm/yyyy", "dd.mm.yyyy",
"yyyy-mm-dd", "mm/dd/yyyy"; an ISO date needs no label), as "7 October 2030", so that the rules
reading dates read them whatever the form's convention; a date the label does not say how to read
("03/04/2030") stays as written. Buttons are no text (their state tells only whether an instrument
was adopted). Every character of the result maps back to the character of the file it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mandate_graph.loaders.extract.csv_tables import is_prose

_SEPARATOR = re.compile(r"^---\s*$")
_PROPERTY = re.compile(r"^(?P<key>Field(?:Type|Name|NameAlt|Flags|Value|ValueDefault|Justification|StateOption|MaxLength|Options?)):[ \t]?(?P<value>.*?)\r?$")
_FEWEST_FIELDS = 3
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
)
# "(dd/mm/yyyy – dd/mm/yyyy)", "(yyyy-mm-dd)", "[DD.MM.YYYY]": how the form asks dates to be entered
_FORMAT = re.compile(r"\s*[(\[]\s*(?P<format>(?:dd|mm|yyyy)[./\-](?:dd|mm|yyyy)[./\-](?:dd|mm|yyyy))\b[^)\]]*[)\]]", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"\b(?P<a>\d{1,4})(?P<sep>[./\-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,4})\b")
# "Decision 1 – title", "Next meeting - venue", "Resolution 2: date of adoption": the group's name,
# then the field's own
_GROUP_LABEL = re.compile(r"^(?P<group>[^–—:]{1,60}?)(?:\s*:|\s+[-–—])\s+(?P<own>\S.*)$")
# "number", "Symbol", "decision number": the whole of the field's own label
_NUMBER_LABEL = re.compile(r"^(?:(?:decision|resolution|recommendation)\s+)?(?:number|symbol|no\.?|id)$", re.IGNORECASE)
_TITLE_LABEL = re.compile(r"^(?:title|subject|name)\b", re.IGNORECASE)
_DATE_LABEL = re.compile(r"^(?:date(?:\s+of\s+adoption)?|adopted\s+on|adoption\s+date|date\s+adopted)\b", re.IGNORECASE)
_ADOPTED_BUTTON = re.compile(r"^adopted\b", re.IGNORECASE)
_TEXT_LABEL = re.compile(r"^(?:(?:operative\s+)?(?:summary|text|content|provisions)|operative\s+(?:part|paragraphs?))\b", re.IGNORECASE)
_DOCUMENTS_LABEL = re.compile(r"\bdocument(?:s|ation)\b", re.IGNORECASE)
_KIND = re.compile(r"\b(?P<kind>Decision|Resolution)\b", re.IGNORECASE)
# a number with its session or series ("CRC-26/1", "IG.29/2", "2030/4", "XIV/1"); a draft's
# bracketed number ("CRC-26/[4]") is none
_INSTRUMENT_NUMBER = re.compile(r"(?=\S*\d)(?=\S*[./\-])[A-Za-z0-9./\-() ]{2,30}")
# "Meeting (name and number)", "Next meeting", "Session": the field naming a meeting
_MEETING_LABEL = re.compile(r"^(?:(?P<next>next|following|forthcoming|last|previous)\s+)?(?:meeting|session)\b", re.IGNORECASE)
_VENUE_LABEL = re.compile(r"^(?:venue|place|location)\b", re.IGNORECASE)
_DATES_LABEL = re.compile(r"^dates?\b(?!\s+of\s+(?:adoption|issue|signature|submission))", re.IGNORECASE)
_OFF = frozenset({"off", "no", "0", "false", ""})
_SYMBOL = re.compile(r"^[A-Z][A-Za-z.]*(?:/[\w.\-]+)+")


@dataclass
class _Field:
    name: str = ""
    label: str = ""
    type: str = ""
    value: list[tuple[int, int]] = field(default_factory=list)  # each line's span of the value

    def text(self, source: str) -> str:
        return " ".join(source[b:e] for b, e in self.value).strip()


@dataclass
class _Out:
    text: list[str] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)

    def literal(self, text: str, at: int) -> None:
        self.text.append(text)
        self.offsets.extend([at] * len(text))


def _fields(text: str) -> list[_Field] | None:
    lines = text.split("\n")
    fields: list[_Field] = []
    current: _Field | None = None
    in_value = False
    other = 0
    position = 0
    for line in lines:
        start = position
        position += len(line) + 1
        if _SEPARATOR.match(line):
            current, in_value = None, False
            continue
        m = _PROPERTY.match(line)
        if m is None:
            if in_value and current is not None:
                current.value.append((start, start + len(line)))
            elif line.strip():
                other += 1
            continue
        if current is None:
            current = _Field()
            fields.append(current)
        key, value_start = m["key"], start + m.start("value")
        in_value = key == "FieldValue"
        if key == "FieldName":
            current.name = m["value"].strip()
        elif key == "FieldNameAlt":
            current.label = m["value"].strip()
        elif key == "FieldType":
            current.type = m["value"].strip()
        elif key == "FieldValue":
            current.value = [(value_start, start + len(m.group(0).rstrip("\r")))]
    # every record names its field, and no line is anything but a property or a value running on
    if len(fields) < _FEWEST_FIELDS or other or any(not f.name for f in fields):
        return None
    return fields


def _group(name: str) -> str:
    """"dec1.title" -> "dec1"; "form1[0].dec1[0].title[0]" -> "form1.dec1"; "venue" -> ""."""
    plain = re.sub(r"\[\d+\]", "", name)
    return plain.rsplit(".", 1)[0] if "." in plain else ""


def _own_label(f: _Field) -> str:
    """The field's own label, its group's name and its date format taken off: "Decision 1 –
    date of adoption (dd/mm/yyyy)" -> "date of adoption"."""
    label = f.label or re.sub(r"\[\d+\]", "", f.name).rsplit(".", 1)[-1].replace("_", " ")
    label = _FORMAT.sub("", label).strip()
    m = _GROUP_LABEL.match(label)
    return m["own"] if m is not None else label


def _printed_label(f: _Field) -> str:
    label = f.label or re.sub(r"\[\d+\]", "", f.name).rsplit(".", 1)[-1].replace("_", " ")
    label = _FORMAT.sub("", label).strip()
    return label[:1].upper() + label[1:]


def _date_order(f: _Field) -> str | None:
    """"dmy", "mdy" or "ymd": how the label says dates are entered."""
    m = _FORMAT.search(f.label)
    if m is None:
        return None
    parts = re.split(r"[./\-]", m["format"].lower())
    return "".join(p[0] for p in parts)


def _write_value(out: _Out, source: str, f: _Field) -> None:
    """The value, its lines joined by a space, its numeric dates written out as the label says
    to read them."""
    order = _date_order(f)
    first = True
    for begin, end in f.value:
        while begin < end and source[begin] in " \t":
            begin += 1
        while end > begin and source[end - 1] in " \t\r":
            end -= 1
        if begin == end:
            continue
        if not first:
            out.literal(" ", begin - 1)  # (the line break the value ran on over)
        first = False
        at = begin
        for m in _NUMERIC_DATE.finditer(source, begin, end):
            day = _read_date(m, order)
            if day is None:
                continue
            out.text.append(source[at : m.start()])
            out.offsets.extend(range(at, m.start()))
            out.literal(day, m.start())
            at = m.end()
        out.text.append(source[at:end])
        out.offsets.extend(range(at, end))


def _read_date(m: re.Match[str], order: str | None) -> str | None:
    a, b, c = m["a"], m["b"], m["c"]
    if order is None:
        order = "ymd" if len(a) == 4 and m["sep"] == "-" else None
    if order is None:
        return None
    values = dict(zip(order, (a, b, c)))
    try:
        day, month, year = int(values["d"]), int(values["m"]), int(values["y"])
    except (KeyError, ValueError):
        return None
    if len(values["y"]) != 4 or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    return f"{day} {_MONTHS[month - 1]} {year}"


def _is_instrument_group(source: str, fields: list[_Field]) -> _Field | None:
    """The number field of a group that numbers an instrument ("Decision 1 – number")."""
    return next((f for f in fields if _NUMBER_LABEL.match(_own_label(f)) and f.text(source)), None)


def _adopted(source: str, number: _Field, fields: list[_Field]) -> bool:
    """Whether the group's instrument was adopted: its number one (a draft's "CRC-26/[4]" is
    bracketed) and its "adopted" button, if any, on."""
    written = number.text(source)
    if not _INSTRUMENT_NUMBER.fullmatch(written) or "[" in written:
        return False
    for f in fields:
        if f.type.lower() == "button" and _ADOPTED_BUTTON.match(_own_label(f)):
            return f.text(source).lower() not in _OFF
    return True


def form_field_dump(text: str) -> tuple[str, list[int]] | None:
    """The text a pdftk dump of a form's fields reads as, and the map of each of its characters
    (and its end) to the offset in ``text`` it came from; None when the text is no such dump."""
    if "FieldName:" not in text[:2000] or "FieldValue" not in text:
        return None
    fields = _fields(text)
    if fields is None:
        return None
    groups: dict[str, list[_Field]] = {}
    for f in fields:
        groups.setdefault(_group(f.name), []).append(f)
    # the meeting whose outcome the form records: its first meeting field, not a next one's
    recorded = next(
        (f for f in fields if (m := _MEETING_LABEL.match(_own_label(f))) is not None and not m["next"] and f.text(text)), None
    )
    # the order the groups are read in: the form's, but a list of documents right under the
    # recorded meeting's heading and rows ("Documents before the Committee" went to it, whatever
    # the order of the dump, which is the PDF's field tree's, not its page's), the groups of other
    # meetings (the next one's) last, where their heading is over their own rows alone
    recorded_key = _group(recorded.name) if recorded is not None else None
    others = [key for key in groups if key != recorded_key and _meeting_of(text, groups[key]) is not None]
    listing = [key for key in groups if key != recorded_key and all(_is_document_list(text, f) for f in groups[key])]
    order: list[str] = []
    for key in groups:
        if key in others or key in listing and recorded_key is not None:
            continue
        order.append(key)
        if key == recorded_key:
            order += listing
    order += others
    out = _Out()
    instrument_rows: list[tuple[_Field, list[_Field]]] = []
    for key in order:
        members = groups[key]
        number = _is_instrument_group(text, members) if key else None
        if number is not None:
            if _adopted(text, number, members):
                instrument_rows.append((number, members))
            continue
        _flush_table(out, text, instrument_rows, recorded)
        instrument_rows = []
        _write_group(out, text, members)
    _flush_table(out, text, instrument_rows, recorded)
    if not out.text:
        return None
    result = "".join(out.text)
    out.offsets.append(len(text))
    return result, out.offsets


def _is_document_list(source: str, f: _Field) -> bool:
    """"Main documents before the Committee": "X (note); Y; Z", a field listing documents."""
    return _DOCUMENTS_LABEL.search(f.label or f.name) is not None and _SYMBOL.match(f.text(source)) is not None


def _meeting_of(source: str, members: list[_Field]) -> _Field | None:
    """The group's field naming a meeting ("Meeting (name and number)", "Next meeting")."""
    return next((f for f in members if _MEETING_LABEL.match(_own_label(f)) and f.text(source)), None)


def _write_group(out: _Out, source: str, members: list[_Field]) -> None:
    meeting = _meeting_of(source, members)
    rest = [f for f in members if f.type.lower() != "button" and f.text(source)]
    if meeting is not None:
        # the meeting's heading over its venue and dates, as a meetings page prints it
        _write_value(out, source, meeting)
        out.literal("\n\n", meeting.value[-1][1])
        rest.remove(meeting)
        for f in [f for f in rest if _VENUE_LABEL.match(_own_label(f))][:1] + [f for f in rest if _DATES_LABEL.match(_own_label(f))][:1]:
            out.literal("Venue\t" if _VENUE_LABEL.match(_own_label(f)) else "Dates\t", f.value[0][0])
            _write_value(out, source, f)
            out.literal("\n\n", f.value[-1][1])
            rest.remove(f)
    for f in rest:
        value = f.text(source)
        if _is_document_list(source, f):
            # a list of documents run in after its label and a colon, as a report prints one
            # ("Documents before the Committee: X; Y")
            out.literal(_printed_label(f).rstrip(" :") + ": ", f.value[0][0])
            _write_value(out, source, f)
            out.literal("." if value[-1:] not in ".;" else "", f.value[-1][1])
            out.literal("\n\n", f.value[-1][1])
            continue
        if not is_prose(value):
            out.literal(_printed_label(f) + "\t", f.value[0][0])
        _write_value(out, source, f)
        out.literal("\n\n", f.value[-1][1])


def _flush_table(out: _Out, source: str, rows: list[tuple[_Field, list[_Field]]], recorded: _Field | None) -> None:
    """The instruments' groups as a pipe table's rows under one header."""
    if not rows:
        return
    kinds = {m["kind"].capitalize() for number, _ in rows if (m := _KIND.search(number.label)) is not None}
    columns: list[tuple[str, re.Pattern[str]]] = [
        ("Title", _TITLE_LABEL), ("Adopted", _DATE_LABEL), ("Summary", _TEXT_LABEL), ("Documents", re.compile(r"^documents?\b", re.I)),
    ]
    used = [(name, pattern) for name, pattern in columns if any(any(pattern.match(_own_label(f)) for f in members) for _, members in rows)]
    at = rows[0][0].value[0][0]
    header = [kinds.pop() if len(kinds) == 1 else "Number", *(name for name, _ in used)]
    if recorded is not None:
        header.insert(header.index("Summary") if "Summary" in header else len(header), "Meeting")
    out.literal("| " + " | ".join(header) + " |\n|" + "|".join("---" for _ in header) + "|\n", at)
    for number, members in rows:
        cells: list[tuple[str, _Field | None]] = [("number", number)]
        for name, pattern in used:
            cells.append((name, next((f for f in members if f is not number and pattern.match(_own_label(f))), None)))
        if recorded is not None:
            cells.insert(header.index("Meeting"), ("Meeting", recorded))
        out.literal("|", number.value[0][0])
        for _, f in cells:
            out.literal(" ", number.value[0][0])
            if f is not None and f.text(source):
                _write_value(out, source, f) if "|" not in f.text(source) else out.literal(f.text(source).replace("|", "/"), f.value[0][0])
            out.literal(" |", number.value[0][0])
        out.literal("\n", members[-1].value[-1][1] if members[-1].value else number.value[0][1])
    out.literal("\n", rows[-1][0].value[0][1])
