"""A JSON payload as an API returns it (minified on one line, objects on one line each, or a JSON
Lines file of records) read as the text its string values carry.

``export_layouts.json_export_changes`` reads a record pretty-printed one value a line; a payload
laid out otherwise is read here, token by token, with the same result: a string of a text field
(``text``, ``body``, ``content``, ``description_html`` ...) or a list item becomes a paragraph
of its own, another string field reads "Field name<tab>value" as a record row prints it, machine
codes ("press_release", "en"), numbers, keys and punctuation go. Inside a string the escapes
become their characters (``\\n`` a line break, ``\\n\\n`` a paragraph break, ``\\u2019`` "’"),
and HTML a string carries ("<p>...</p>", "<br>", "&amp;") is read as a page is: its block
elements are paragraphs, its other tags go, its entities become their characters. Every
character kept maps to the character of the file it came from.
"""

from __future__ import annotations

import html
import json
import re

from mandate_graph.loaders.extract.characters import ENTITY

Changes = list[tuple[int, int, str | None]]

# the tokens of a text that parses as JSON: a string, a bracket or separator, a bare value, space
_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|[\[\]{}:,]|[^\s\[\]{}:,"]+|\s+')
_ESCAPE = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|(["\\/bfnrt]))')
_TEXT_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "", "f": "", "n": "\n", "r": "", "t": " "}
_CODE = re.compile(r"^[a-z][a-z0-9]*(?:[_\-][a-z0-9]+)*$")
# a field whose string is the text itself (or its HTML), not a field of a record
_TEXT_FIELD = re.compile(r"(?:^|[_\-.])(?:text|body|content|value|paragraph|html|markdown|message|summary|description)$", re.I)
# what in a string looks like HTML: a tag of an element that a page's text is set in
_HTML_TAG = re.compile(r"<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9]{0,9})\b(?:[^<>\\]|\\.)*?/?>")
_HTML_SIGN = re.compile(r"</?(?:p|br|div|li|ol|ul|h[1-6]|em|strong|b|i|span|a|table|tr|td|th|blockquote)\b[^<>]*>", re.I)
_BLOCK_ELEMENTS = frozenset(
    "p div li ol ul h1 h2 h3 h4 h5 h6 table tr blockquote section article header footer dd dt dl pre".split()
)


def is_payload(text: str) -> bool:
    """Whether ``text`` is JSON (a whole value, or JSON Lines: one object a line)."""
    stripped = text.strip()
    if not stripped or stripped[0] not in "[{" or stripped[-1] not in "]}":
        return False
    try:
        json.loads(stripped)
        return True
    except (ValueError, RecursionError):  # (nested deeper than the parser goes: no payload)
        pass
    records = [line for line in stripped.split("\n") if line.strip()]
    if len(records) < 2:
        return False
    try:
        return all(isinstance(json.loads(line), dict) for line in records)
    except (ValueError, RecursionError):
        return False


def _field_name(key: str) -> str:
    """"venue_note" -> "Venue note" (as long as the key: each letter maps to its own)."""
    name = key.replace("_", " ").replace("-", " ")
    return name[:1].upper() + name[1:]


def string_text_changes(text: str, start: int, end: int, paragraphs: bool) -> Changes:
    """The changes that make the inside of the JSON string ``text[start:end]`` its text: escapes
    their characters (a ``\\n`` a line break where ``paragraphs``, else a space) and any HTML it
    carries its text."""
    changes: Changes = []
    tags: list[tuple[int, int]] = []
    if "<" in text[start:end] and _HTML_SIGN.search(text, start, end):
        lists: list[int | None] = []  # each open list: the number of its last item, None unnumbered
        for m in _HTML_TAG.finditer(text, start, end):
            name = m.group("name").lower()
            closing = bool(m.group("close"))
            if name in ("ol", "ul"):
                if closing:
                    if lists:
                        lists.pop()
                else:
                    lists.append(0 if name == "ol" else None)
            if name == "br":
                new = "\n"
            elif name == "li" and not closing and lists and lists[-1] is not None:
                # an item of a numbered list reads with its number, as the page shows it
                lists[-1] = (lists[-1] or 0) + 1
                new = f"\n\n{lists[-1]}. "
            elif name in _BLOCK_ELEMENTS:
                new = "\n\n"
            else:
                new = ""
            tags.append((m.start(), m.end()))
            changes.append((m.start(), m.end(), new))
        for m in ENTITY.finditer(text, start, end):
            meant = html.unescape(m.group(0))
            if meant != m.group(0):
                changes.append((m.start(), m.end(), meant.replace("\u00a0", " ")))
    tag_at = 0  # the first tag that may hold the escapes to come (tags and escapes in order)
    for m in _ESCAPE.finditer(text, start, end):
        while tag_at < len(tags) and tags[tag_at][1] <= m.start():
            tag_at += 1
        if tag_at < len(tags) and tags[tag_at][0] <= m.start():
            continue  # an escaped quotation mark of an attribute: the tag goes whole
        if m.group(1) is not None:
            code = int(m.group(1), 16)
            meant = chr(code) if not 0xD800 <= code <= 0xDFFF else "\ufffd"
            meant = meant.replace("\u00a0", " ")
        else:
            meant = _TEXT_ESCAPES[m.group(2)]
            if meant == "\n" and not paragraphs:
                meant = " "
        changes.append((m.start(), m.end(), meant))
    return changes


def _instrument_records(text: str) -> set[int]:
    """Where the objects of a payload that are records of instruments open (their "{"): those
    with a string field naming their kind an instrument's ("type": "resolution")."""
    records: set[int] = set()
    opened: list[int] = []  # the open containers' starts, -1 for a list
    key: str | None = None
    expecting_key = False
    for m in _TOKEN.finditer(text):
        head = m.group(0)[0]
        if head in "{[":
            opened.append(m.start() if head == "{" else -1)
            expecting_key = head == "{"
            key = None
        elif head in "}]":
            if opened:
                opened.pop()
            key, expecting_key = None, False
        elif head == ",":
            expecting_key = bool(opened) and opened[-1] >= 0
            key = None
        elif head == '"':
            if expecting_key:
                key = json.loads(m.group(0))
                expecting_key = False
            elif key is not None and opened and opened[-1] >= 0:
                value = m.group(0)[1:-1]
                if "\\" not in value and instrument_heading(key, value) is not None:
                    records.add(opened[-1])
                key = None
    return records


def payload_changes(text: str) -> Changes:
    """The changes that read a JSON payload as the text of its string values (see above). A record
    of an instrument (`instrument_heading`) is headed "Resolution <symbol>", its title a line of its
    own under it, its text a paragraph for each recital and operative paragraph (E112)."""
    changes: Changes = []
    instrument_records = _instrument_records(text) if _KIND_VALUE_SIGN.search(text) else set()
    # the open containers: ("{" or "[", the key the container is the value of)
    stack: list[tuple[str, str | None]] = []
    record_at: list[int] = []  # where each open container starts
    key: str | None = None  # the key of the value that comes next in an object
    key_span = (0, 0)  # where that key's text is (inside its quotation marks)
    expecting_key = False
    last_kept = 0  # where the text kept so far ends (after a kept string's closing quote)
    first = True
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        head = token[0]
        if head in "{[":
            stack.append((head, key))
            record_at.append(m.start())
            key = None
            expecting_key = head == "{"
            continue
        if head in "}]":
            if stack:
                stack.pop()
                record_at.pop()
            key = None
            expecting_key = False
            continue
        if head == ",":
            expecting_key = bool(stack) and stack[-1][0] == "{"
            key = None
            continue
        if head == ":" or head.isspace():
            continue
        if head != '"':
            key = None  # a number, true, false or null: no text
            continue
        if expecting_key:
            key = json.loads(token)
            key_span = (m.start() + 1, m.end() - 1)
            expecting_key = False
            continue
        # a string value: of its key, or, in a list, of the list's key
        field = key if key is not None else (stack[-1][1] if stack else None)
        own_key = key is not None and "\\" not in text[key_span[0] : key_span[1]]
        key = None
        inner_start, inner_end = m.start() + 1, m.end() - 1
        raw = text[inner_start:inner_end]
        if not raw.strip() or _CODE.match(raw):
            continue  # empty, or a machine's code: no words of the text
        is_text = field is None or bool(_TEXT_FIELD.search(field))
        separator = "" if first else "\n\n"
        in_record = own_key and bool(record_at) and record_at[-1] in instrument_records
        heading = _SYMBOL_FIELD.match(field or "") and in_record and instrument_kind_of(text, record_at[-1], instrument_records)
        if heading:
            # "symbol": "AFR/RC79/R1" in a resolution's record: "Resolution AFR/RC79/R1", a heading
            changes.append((last_kept, inner_start, separator + heading + " "))
        elif in_record and _TITLE_FIELD.match(field or ""):
            changes.append((last_kept, inner_start, separator))  # its title, a line of its own
        elif is_text:
            changes.append((last_kept, inner_start, separator))
            if in_record:
                changes.extend(run_in_paragraph_changes(text, inner_start, inner_end))
        elif own_key:
            # "venue_note": "Duluth" -> "Venue note<tab>Duluth", the name's letters its key's own
            name = _field_name(text[key_span[0] : key_span[1]])
            changes.append((last_kept, key_span[0], separator))
            changes.extend((key_span[0] + i, key_span[0] + i + 1, c) for i, c in enumerate(name) if c != text[key_span[0] + i])
            changes.append((key_span[0] + len(name), inner_start, "\t"))
        else:
            # an item of a list: the list's name before it
            changes.append((last_kept, inner_start, separator + _field_name(field or "") + "\t"))
        changes.extend(string_text_changes(text, inner_start, inner_end, paragraphs=is_text))
        last_kept = inner_end
        first = False
    if first:
        return []
    changes.append((last_kept, len(text), ""))
    return changes


# --------------------------------------------------------------------------- records of instruments
_SYMBOL_FIELD = re.compile(r"^(?:(?:document|doc)[_\-\s]?)?symbol$", re.I)
_TITLE_FIELD = re.compile(r"^(?:(?:document|doc)[_\-\s]?)?title$", re.I)
# a kind field's value that may name an instrument: the payload is searched for records only then
_KIND_VALUE_SIGN = re.compile(r'"(?:[Rr]esolution|[Dd]ecision|[Rr]ecommendation)s?"')
# A documents database's export lists records of every kind of document, each with a field that
# says which kind it is ("type": "resolution", "document_type": "Decision", "kind": "report"). A
# record of an instrument reads as a compilation of instruments prints it: "Resolution <symbol>"
# as its heading, its title under it, its fields, then its text (E112).

# the fields that name a record's kind, and the kinds that are instruments a body adopts
_KIND_FIELD = re.compile(r"^(?:(?:document|doc|record|instrument)[_\-\s]?)?(?:type|kind|category)$", re.I)
_INSTRUMENT_KIND = re.compile(r"^(?P<kind>resolution|decision|recommendation)s?$", re.I)


def instrument_heading(kind_field: str, kind_value: str) -> str | None:
    """"Resolution" for a record whose ``kind_field`` ("type") says it is a resolution; None for a
    field of another name or a record of another kind ("report", "agenda")."""
    if _KIND_FIELD.match(kind_field.strip()) is None:
        return None
    m = _INSTRUMENT_KIND.match(kind_value.strip())
    return m["kind"].capitalize() if m is not None else None


# An instrument's text run into one string: "The Regional Committee, Recalling resolution X; 1. ADOPTS
# ...; 2. DECIDES ...". A recital opens after the opening formula's comma or a semicolon with its
# participle capitalised ("Recalling", "Having considered", "Noting"); an operative paragraph after a
# semicolon (or the formula's comma) with its number, the numbers running 1, 2, 3 from the first.
_RUN_IN_RECITAL = re.compile(
    r"[,;](?P<space>[ ]+)(?=(?:Recalling|Reaffirming|Noting|Welcoming|Acknowledging|Recognizing|Recognising|Taking\s+note"
    r"|Bearing\s+in\s+mind|Having\s+(?:considered|examined|reviewed|noted|regard|before)|Mindful|Concerned|Considering"
    r"|Emphasizing|Emphasising|Stressing|Affirming|Further\s+recalling|Noting\s+further)\b)"
)
_RUN_IN_NUMBER = re.compile(r"[,;:](?P<space>[ ]+)(?P<number>[1-9]\d?)\.[ ]+(?=[A-Z])")
_OPENING_FORMULA = re.compile(r"^The\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|on|the|to|and)){0,10},")


def run_in_paragraph_changes(text: str, start: int, end: int) -> Changes:
    """The paragraph breaks of an instrument's text written as one string (``text[start:end]``):
    a string that opens with the body's formula ("The Regional Committee,") or holds operative
    paragraphs numbered 1 and 2 has a paragraph for each recital and each numbered paragraph, as
    the instrument is printed. Any other string is left as it is."""
    numbered: list[re.Match[str]] = []
    expected = 1
    for m in _RUN_IN_NUMBER.finditer(text, start, end):
        if int(m["number"]) == expected:
            numbered.append(m)
            expected += 1
    formula = _OPENING_FORMULA.match(text[start:end])
    if len(numbered) < 2 and formula is None:
        return []
    first_number = numbered[0].start() if numbered else end
    breaks = [m.span("space") for m in numbered]
    breaks.extend(m.span("space") for m in _RUN_IN_RECITAL.finditer(text, start, first_number))
    return [(a, b, "\n\n") for a, b in breaks]


def instrument_kind_of(text: str, record_start: int, records: set[int]) -> str | None:
    """The heading word of the record of an instrument that opens at ``record_start``: its kind
    field's value, read again from the record's own fields."""
    if record_start not in records:
        return None
    depth = 0
    key: str | None = None
    expecting_key = False
    for m in _TOKEN.finditer(text, record_start):
        head = m.group(0)[0]
        if head in "{[":
            depth += 1
            expecting_key = head == "{" and depth == 1
        elif head in "}]":
            depth -= 1
            if depth == 0:
                return None
            expecting_key = False
        elif head == "," and depth == 1:
            expecting_key, key = True, None
        elif head == '"' and depth == 1:
            if expecting_key:
                key, expecting_key = json.loads(m.group(0)), False
            elif key is not None:
                heading = instrument_heading(key, m.group(0)[1:-1])
                if heading is not None:
                    return heading
                key = None
    return None
