"""A library catalogue's MARC 21 records in MarcEdit's text form (``.mrk``), read as records, not
as prose.

Each line of a record is a field: ``=TAG  ii$afirst$bsecond ...`` (a data field: two indicators,
``\\`` for a blank one, then subfields each opened by ``$`` and a code letter) or ``=001  value``
(a control field); records are separated by blank lines. Characters MARC-8 cannot hold are
mnemonics in braces (``{eacute}``, ``{dollar}``, ``{acute}e``, ``{U+00E9}``).

What a record says of its document is in a few fields; the pass keeps those, in the file's order:

- ``088`` (a report number: the document's symbol) as "Symbol<tab>DCE/30/23.IGC/7", the row that
  starts a record's document in an export of records (`relate.Reader.itself`);
- ``245`` (the title, its subtitle and statement of responsibility) as "Title<tab>...", the row
  `rules.document_records` reads for the session a report is of; ``246`` as "Other title<tab>...";
- ``110`` / ``710`` (corporate bodies) as "Corporate body<tab>UNESCO. Intergovernmental ...";
- ``111`` / ``711`` (a meeting: name, ``$n`` number, ``$d`` date, ``$c`` place) as
  "Meeting<tab>Name (23rd session : 2030 : Paris)" (`rules.catalogue_records.meeting_heading`);
- the notes ``500``-``599`` that are the cataloguer's sentences about the document (a general note,
  the event's date and place ``518``, the summary ``520``) as paragraphs of prose; a contents note
  ``505`` as a paragraph opening "Contents:", its items still parted by " -- ".

Codes go (the leader, control fields, language, physical description, subjects with their
thesaurus codes, links, the cataloguing agency), and so do subfield codes: "$b" after a space is
nothing, elsewhere a space. Mnemonics become their characters. Every kept character maps back to the
one it came from (the changes of `characters.apply_changes`).

The same records in MARCXML (``<datafield tag="500" ind1=" " ind2=" "><subfield code="a">...``,
with or without a ``marc:`` prefix) read alike: the kept fields' subfields joined as above, the
tags gone, entities (``&amp;``) as their characters.
"""

from __future__ import annotations

import html
import html.entities
import re
import unicodedata

from mandate_graph.loaders.extract.characters import markup_value_changes

Changes = list[tuple[int, int, str | None]]

# A field's line: "=245  10$a...", "=001  pf0000391802", "=LDR  02871nam ..."
_FIELD_LINE = re.compile(r"^=(?P<tag>LDR|[0-9]{3})  (?P<rest>.*)$")
# a data field's indicators (a blank one written "\"), then its first subfield
_INDICATORS = re.compile(r"^[0-9a-z\\ ]{2}(?=\$)")
_SUBFIELD = re.compile(r"\$[a-z0-9]")
_MNEMONIC = re.compile(r"\{(?P<name>[A-Za-z][A-Za-z0-9]{1,15}|U\+[0-9A-Fa-f]{4,6})\}")
# MARC-8's combining marks, written before the letter they go on ("{acute}e")
_COMBINING = {
    "acute": "\u0301", "grave": "\u0300", "circ": "\u0302", "uml": "\u0308", "tilde": "\u0303",
    "cedil": "\u0327", "caron": "\u030c", "macr": "\u0304", "ring": "\u030a", "breve": "\u0306",
}
# MarcEdit's own names beside the HTML entity names it shares
_NAMED = {"dollar": "$", "lcub": "{", "rcub": "}", "bsol": "\\", "dollarsign": "$"}
_FEWEST_FIELDS = 5
_SHARE_OF_FIELD_LINES = 0.8
_ROW_FIELDS = {
    "088": "Symbol", "245": "Title", "246": "Other title", "110": "Corporate body", "710": "Corporate body",
    "111": "Meeting", "711": "Meeting",
}
# notes that are the cataloguer's words about the document; not access, reproduction, system,
# language, rights, action or source notes (506, 530, 533, 538, 540, 546, 583, 588)
_CODE_NOTES = frozenset({"506", "530", "533", "538", "540", "542", "546", "583", "588"})
_CONTENTS = "505"


def is_marc_text(text: str) -> bool:
    if "\n=" not in text and not text.startswith("="):
        return False  # most texts: done here
    lines = [line for line in text.split("\n") if line.strip()]
    fields = sum(1 for line in lines if _FIELD_LINE.match(line))
    return fields >= _FEWEST_FIELDS and fields >= _SHARE_OF_FIELD_LINES * len(lines) and any(
        line.startswith(("=245  ", "=LDR  ")) for line in lines
    )


def _is_kept(tag: str) -> bool:
    if tag in _ROW_FIELDS:
        return True
    return tag.startswith("5") and tag not in _CODE_NOTES


def _mnemonic(name: str) -> str | None:
    if name.startswith("U+"):
        return chr(int(name[2:], 16))
    if name in _NAMED:
        return _NAMED[name]
    return html.entities.html5.get(f"{name};")


def _value_changes(text: str, start: int, end: int) -> Changes:
    """The field's value from ``start`` to ``end`` as text: subfield codes gone, mnemonics as
    their characters."""
    changes: Changes = []
    for m in _SUBFIELD.finditer(text, start, end):
        if m.start() == start:
            changes.append((m.start(), m.end(), ""))
            continue
        before = text[m.start() - 1]
        changes.append((m.start(), m.end(), "" if before.isspace() or before in "(" else " "))
    position = start
    while (mnemonic := _MNEMONIC.search(text, position, end)) is not None:
        position = mnemonic.end()
        name = mnemonic["name"]
        if name in _COMBINING and position < end and text[position].isalpha():
            composed = unicodedata.normalize("NFC", text[position] + _COMBINING[name])
            changes.append((mnemonic.start(), position + 1, composed))
            position += 1
            continue
        meant = _mnemonic(name)
        if meant is not None:
            changes.append((mnemonic.start(), mnemonic.end(), meant))
    return changes


def marc_changes(text: str) -> Changes:
    """The changes that lay MARC text records out as records (see the module's text); none for
    any other text."""
    if not is_marc_text(text):
        return []
    changes: Changes = []
    kept_end = 0  # the end of the last kept field: everything between two kept fields goes
    record_of_kept = -1  # the record the last kept field belongs to
    record = 0
    offset = 0
    for line in text.split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        if not line.strip():
            record += 1
            continue
        m = _FIELD_LINE.match(line)
        if m is None or not _is_kept(m["tag"]):
            continue
        tag = m["tag"]
        rest_start = line_start + m.start("rest")
        indicators = _INDICATORS.match(m["rest"])
        value_start = rest_start + (indicators.end() if indicators else 0)
        value_end = line_start + len(line.rstrip())
        if value_start >= value_end:
            continue
        # between two fields of a record a paragraph break; between records two
        gap = "" if kept_end == 0 else "\n\n\n" if record != record_of_kept else "\n\n"
        head = f"{_ROW_FIELDS[tag]}\t" if tag in _ROW_FIELDS else "Contents: " if tag == _CONTENTS else ""
        changes.append((kept_end, value_start, gap + head))
        changes.extend(_value_changes(text, value_start, value_end))
        kept_end = value_end
        record_of_kept = record
    if kept_end == 0:
        return []
    changes.append((kept_end, len(text), "\n"))
    return changes


# --------------------------------------------------------------------------- MARCXML

_XML_FIELD = re.compile(
    r'<(?P<ns>(?:\w+:)?)datafield\b[^>]*?\btag="(?P<tag>[0-9]{3})"[^>]*>(?P<body>.*?)</(?P=ns)datafield\s*>', re.S
)
_XML_SUBFIELD = re.compile(r'<(?P<ns>(?:\w+:)?)subfield\b[^>]*?\bcode="[a-z0-9]"[^>]*>(?P<value>[^<]*)</(?P=ns)subfield\s*>')
_XML_RECORD = re.compile(r"<(?:\w+:)?record\b")


def is_marc_xml(text: str) -> bool:
    if "datafield" not in text or "subfield" not in text:
        return False  # most texts: done here
    return _XML_RECORD.search(text) is not None and sum(1 for _ in _XML_FIELD.finditer(text)) >= _FEWEST_FIELDS


def marc_xml_changes(text: str) -> Changes:
    """The changes that lay MARCXML records out as the text records are (see the module's text);
    none for any other text."""
    if not is_marc_xml(text):
        return []
    changes: Changes = []
    kept_end = 0
    record_starts = [m.start() for m in _XML_RECORD.finditer(text)]
    record_of_kept = -1
    for field in _XML_FIELD.finditer(text):
        tag = field["tag"]
        if not _is_kept(tag):
            continue
        values = [
            (m.start("value") + len(m["value"]) - len(m["value"].lstrip()), m.end("value") - len(m["value"]) + len(m["value"].rstrip()))
            for m in _XML_SUBFIELD.finditer(text, field.start("body"), field.end("body"))
            if m["value"].strip()
        ]
        if not values:
            continue
        record = sum(1 for start in record_starts if start < field.start())
        gap = "" if kept_end == 0 else "\n\n\n" if record != record_of_kept else "\n\n"
        head = f"{_ROW_FIELDS[tag]}\t" if tag in _ROW_FIELDS else "Contents: " if tag == _CONTENTS else ""
        changes.append((kept_end, values[0][0], gap + head))
        for (_, end), (next_start, _) in zip(values, values[1:]):
            # between two subfields: a space, unless the first closes on one
            changes.append((end, next_start, "" if text[end - 1].isspace() or text[end - 1] == "(" else " "))
        for start, end in values:
            changes.extend(markup_value_changes(text, start, end))
        kept_end = values[-1][1]
        record_of_kept = record
    if kept_end == 0:
        return []
    changes.append((kept_end, len(text), "\n"))
    return changes
