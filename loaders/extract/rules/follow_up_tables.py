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

# The header names the request column and the column of what was done about it.
_REQUEST_COLUMN = re.compile(r"\b(?:requests?|mandates?|provisions?|operative\s+paragraphs?|text\s+of\s+the\s+(?:request|decision|resolution))\b", re.IGNORECASE)
_ACTION_COLUMN = re.compile(
    r"\b(?:actions?\s+taken|status(?:\s+of\s+implementation)?|implementation|progress(?:\s+made)?|follow-up|response|remarks)\b",
    re.IGNORECASE,
)
_INSTRUMENT_COLUMN = re.compile(r"\b(?:decisions?|resolutions?|source|reference|paragraph|instrument)\b", re.IGNORECASE)
# A header row is words only: no instrument number, no symbol, no date.
_FIGURE = re.compile(r"\d")


def is_follow_up_header(row: str) -> bool:
    """"| Decision | Request | Action taken |", "Resolution Mandate Status of implementation"."""
    return (
        len(row) < 200 and not _FIGURE.search(row)
        and bool(_INSTRUMENT_COLUMN.search(row) and _REQUEST_COLUMN.search(row) and _ACTION_COLUMN.search(row))
    )


# What may stand before the instrument in its cell: the pipe, and its issuer's name
# ("| Commission decision 11/101", "Economic and Social Council resolution 2030/7").
_BEFORE_INSTRUMENT = re.compile(r"^[\s|]*(?:(?:[A-Z][\w’'-]*|and|of|on|for|the)\s+){0,8}$")


def opens_with(row: str, position: int) -> bool:
    """Whether the mention at ``position`` opens the row ("| Decision 11/101, para. 3 | ...")."""
    return _BEFORE_INSTRUMENT.match(row[:position]) is not None
