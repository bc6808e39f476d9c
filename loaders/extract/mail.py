"""A document forwarded in an e-mail: mail headers ("From:", "Sent:", "Subject:"), perhaps a
cover note and the headers of the original message, then the document, pasted from its
masthead ("United Nations     A/HRC/62/41") on. The wrapper is no part of the document: its
dates, names and symbols would be read as the document's.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^(?:From|Sent|Date|To|Cc|Bcc|Subject|Attachments|Importance):\s", re.IGNORECASE)
# The first line of a UN masthead: "United Nations" and the symbol, side by side or alone.
_MASTHEAD_START = re.compile(r"^\s*(?:United Nations|UNITED NATIONS)(?:\s{2,}[A-Z]{1,6}(?:/[A-Za-z0-9.\-]+){2,})?\s*$")
# How far down the masthead may follow the wrapper (cover notes are short).
_WRAPPER_LINES = 120


def forwarded_document_start(lines: list[str]) -> int:
    """The index of the line where a forwarded document begins: 0 when the text does not open
    with mail headers, or when no masthead follows them."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not _HEADER.match(lines[first].strip()):
        return 0
    last_header = max(i for i, line in enumerate(lines[:_WRAPPER_LINES]) if _HEADER.match(line.strip()))
    for index in range(last_header + 1, min(len(lines), _WRAPPER_LINES)):
        if _MASTHEAD_START.match(lines[index]):
            return index
    return 0
