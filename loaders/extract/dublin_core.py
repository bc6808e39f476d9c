"""A documents repository's export of Dublin Core records (an OAI-PMH ``ListRecords`` or
``GetRecord`` response, an ``oai_dc`` dump), read as records, not as prose.

Each record's Dublin Core elements are the fields of one document: an instrument's ``<dc:title>``
("Resolution 3/2031 - Title") is a paragraph of its own, the heading of its text, and each
``<dc:description>`` a paragraph of that text; another title (a report's: the record describes
the report, it does not hold it) and the other fields become a field row
"Field<tab>value" ("Date<tab>2031-11-26", "Identifier<tab>IT/GB-14/31/Res3", "Relation<tab>..."), as
the JSON and CSV export passes write a record's fields, so that a field is never read as the
run-on of a title. What only the repository needs goes: the envelope (``<responseDate>``,
``<request>``, the record's ``<header>`` with its OAI identifier, datestamp and sets, the
``<resumptionToken>``) and the fields that hold codes (``<dc:type>``, ``<dc:language>``,
``<dc:format>``). Entities (``&amp;``, ``&#8211;``) become their characters.

Every kept character maps back to the one it came from (the changes of `characters.apply_changes`).
"""

from __future__ import annotations

import re

from mandate_graph.loaders.extract.characters import markup_value_changes

Changes = list[tuple[int, int, str | None]]

# A Dublin Core element (the dc or dcterms namespace) with its content, on one line or more.
_ELEMENT = re.compile(
    r"<(?P<ns>dc|dcterms):(?P<name>[A-Za-z]+)(?:\s[^<>]*)?>(?P<content>[^<]*)</(?P=ns):(?P=name)\s*>"
)
# What a record export is: Dublin Core elements inside records
_RECORD = re.compile(r"<(?:record|oai_dc:dc|srw_dc:dc)\b")
_FEWEST_ELEMENTS = 3
# the elements that are the document's own words
_TEXT_ELEMENTS = frozenset({"title", "description", "abstract", "alternative"})
# the elements that hold a repository's codes, no words of the document
_CODE_ELEMENTS = frozenset({"type", "language", "format", "rights", "accessRights", "license", "extent", "medium"})
# A record's title that heads an instrument's text, its number first ("Resolution 3/2031 - Funding
# Strategy", "Decision 9/4: Reef mapping"): the heading of the text its descriptions give. Any
# other title (a report's, a note's) names a document the record only describes: a field.
_INSTRUMENT_TITLE = re.compile(r"^(?:Resolution|Decision|Recommendation|Declaration)\s+(?:No\.\s*)?[A-Z]{0,6}[-./ ]?\d", re.IGNORECASE)
_FIELD_NAMES = {"dateIssued": "Date issued", "isPartOf": "Is part of", "hasPart": "Has part", "bibliographicCitation": "Citation"}


def is_dublin_core_export(text: str) -> bool:
    if "<dc:" not in text and "<dcterms:" not in text:
        return False  # most texts: done here
    return _RECORD.search(text) is not None and sum(1 for _ in _ELEMENT.finditer(text)) >= _FEWEST_ELEMENTS


def _field_name(name: str) -> str:
    return _FIELD_NAMES.get(name, name[:1].upper() + name[1:])


def dublin_core_changes(text: str) -> Changes:
    """The changes that lay a Dublin Core export out as records (see the module's text); none for
    any other text."""
    if not is_dublin_core_export(text):
        return []
    changes: Changes = []
    kept_end = 0  # the end of the last element kept: everything between two kept elements goes
    for m in _ELEMENT.finditer(text):
        name = m.group("name")
        content = m.group("content")
        if name in _CODE_ELEMENTS or not content.strip():
            continue  # removed with the envelope around it
        # the content without its surrounding white space
        content_start = m.start("content") + (len(content) - len(content.lstrip()))
        content_end = m.end("content") - (len(content) - len(content.rstrip()))
        gap = "" if kept_end == 0 else "\n\n"
        # (the field's name maps to the element's start tag: its line)
        changes.append((kept_end, m.start(), gap))
        as_text = name in _TEXT_ELEMENTS and not (name == "title" and _INSTRUMENT_TITLE.match(content.strip()) is None)
        changes.append((m.start(), content_start, "" if as_text else f"{_field_name(name)}\t"))
        changes.extend(markup_value_changes(text, content_start, content_end))
        kept_end = content_end
    if kept_end == 0:
        return []
    changes.append((kept_end, len(text), "\n"))
    return changes
