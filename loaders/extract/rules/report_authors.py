"""Whose sessions a report covers: "the annual report of the Committee to the General Assembly,
covering its 161st, 162nd and 163rd sessions", "the report of the Board to the Council on its
eightieth session". The report is of its author and addressed to another body; "its" after the
addressee's name is the author's, not the addressee's (a report tells the sessions of the body
that writes it; the Assembly's sessions are never what "the report of the Committee to the
Assembly" covers)."""

from __future__ import annotations

import re
from typing import Sequence

# "report of the Committee" / "reports of the Board": the author's name follows
_REPORT_OF = re.compile(r"\breports?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# between the author's name and the addressee's
_TO = re.compile(r"\s+to\s+(?:the\s+)?")
# between the addressee's name and "its": what the report covers
_COVERING = re.compile(r"\s*,?\s*(?:covering|on\s+the\s+work\s+of|on|for)\s+(?:the\s+work\s+of\s+)?$")


def author_before_its(text: str, its_start: int, named_before: Sequence[tuple[int, int]]) -> int | None:
    """The index in ``named_before`` (the bodies' spans before "its", in order) of the report's
    author, when "its" at ``its_start`` follows "report of <author> to <addressee>, covering"."""
    if len(named_before) < 2:
        return None
    (author_start, author_end), (addressee_start, addressee_end) = named_before[-2], named_before[-1]
    if not _TO.fullmatch(text, author_end, addressee_start):
        return None
    if not _COVERING.search(text[max(addressee_end, its_start - 40) : its_start]) or text[addressee_end:its_start].count(",") > 1:
        return None
    if _REPORT_OF.search(text, max(0, author_start - 30), author_start) is None:
        return None
    return len(named_before) - 2
