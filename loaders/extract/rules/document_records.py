"""A repository's record of a document it describes, not holds (a session's report in an OAI-PMH
export, `dublin_core`): field rows "Title<tab>Report of the Fourteenth Session of the Governing
Body ..." and "Identifier<tab>IT/GB-14/31/Report" in one record say that the document of that
symbol reports that session; a related document given with its title in brackets, "Relation<tab>
IT/GB-13/29/Report (Report of the Thirteenth Session)", says the same of its own symbol.

The export is then no report itself: the record's title is a field, not the page's title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mandate_graph.graph.ordinals import ORDINAL

# The field rows of a document's record once cleaned (the tab a run of spaces)
_ROW = re.compile(
    r"^\s*(?P<field>Title|Identifier|Symbol|Document symbol|Relation|Is part of|Has part|References|Is referenced by|Replaces|Is replaced by|Source|Is version of)\s+(?P<value>\S.*?)\s*$"
)
# A report's title: "Report of the ... on its Nth session", "Report on the Nth meeting"
REPORT_TITLE = re.compile(r"^Reports?\s+(?:of|on)\s+(?:the|its)\s")
# "IT/GB-13/29/Report (Report of the Thirteenth Session)": a symbol, then its title in brackets
_SYMBOL_THEN_TITLE = re.compile(r"^(?P<symbol>\S+/\S+)\s+\((?P<title>Reports?\s+(?:of|on)\s+(?:the|its)\s[^()]+)\)$")


# "A/89/21<tab>Report of …" (the tab a run of spaces once cleaned): a row opening on a symbol's
# cell, a report's title in the next
_SYMBOL_CELL_THEN_REPORT = re.compile(r"^\s*(?P<symbol>[A-Z][A-Za-z0-9.()-]*(?:/[A-Za-z0-9.()-]+)+)\s+(?P<title>Reports?\s+(?:of|on)\s+(?:the|its)\s.+?)\s*$")


@dataclass(frozen=True)
class RecordRow:
    field: str  # "title", "identifier" or "related"
    value_start: int  # where the value (or the bracketed title of a related document) starts in the row
    value: str
    symbol: str | None = None  # a related document's symbol


def symbol_then_report(row: str) -> RecordRow | None:
    """"A/89/21<tab>Report of …": a row of a symbol's cell, then its report title."""
    cells = _SYMBOL_CELL_THEN_REPORT.match(row)
    return RecordRow("related", cells.start("title"), cells["title"], cells["symbol"]) if cells else None


# "Report of the Thirty-sixth Annual Conference ...", "Report of the 12th meeting of ...": a title
# naming the gathering itself first, whose report it is
_REPORT_OF_THE_GATHERING = re.compile(rf"^Reports?\s+of\s+the\s+(?:{ORDINAL})\s", re.IGNORECASE)


def listed_report(line: str) -> RecordRow | None:
    """"CCW/AP.II/CONF.36/4 Report of the Thirty-sixth Annual Conference …": a list of documents'
    line (a table's row made one), a symbol then the title of a gathering's report, the gathering
    named first (a body's report "…, twenty-third session" may name another's session, E242)."""
    row = symbol_then_report(line)
    return row if row is not None and _REPORT_OF_THE_GATHERING.match(row.value) else None


def record_row(row: str) -> RecordRow | None:
    """The field a document's record row gives, if it is one this module reads."""
    m = _ROW.match(row)
    if m is None:
        # a catalogue's related record, "A/89/21<tab>Report of the Committee … : forty-ninth
        # session (…)": the symbol's cell, then its report title (E226)
        return symbol_then_report(row)
    field, value = m["field"], m["value"]
    if field == "Title":
        return RecordRow("title", m.start("value"), value)
    if field in ("Identifier", "Symbol", "Document symbol"):
        return RecordRow("identifier", m.start("value"), value)
    related = _SYMBOL_THEN_TITLE.match(value)
    if related is None:
        return None
    return RecordRow("related", m.start("value") + related.start("title"), related["title"], related["symbol"])
