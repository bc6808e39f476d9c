"""Instruments printed one after the other, each under a masthead of its own that repeats the
session ("REGIONAL COMMITTEE FOR EUROPE" / "81ST SESSION" / place and dates / "EUR/RC81/R5"): the
session line right above an instrument's number says it was adopted at that session."""

from __future__ import annotations

import re
from collections.abc import Sequence

from mandate_graph.loaders.extract.ordinals import ORDINAL, ordinal_value
from mandate_graph.loaders.extract.segment import Paragraph

# "81ST SESSION", "Eighty-first session": a masthead's session line, alone
_SESSION_LINE = re.compile(rf"^(?P<ord>{ORDINAL})\s+session$", re.IGNORECASE)
# the masthead's lines between the session and the number: place and dates, the organization's
# name over the session on a repeated masthead
_LINES_ABOVE = 4
_LONGEST_SESSION_LINE = 40


def session_printed_above(paragraphs: Sequence[Paragraph], index: int, session: str) -> bool:
    """Whether a session line naming ``session`` stands among the few paragraphs above the
    instrument's number at ``index``."""
    if not session.isdigit():
        return False
    for p in paragraphs[max(0, index - _LINES_ABOVE) : index]:
        text = p.text.strip()
        if len(text) <= _LONGEST_SESSION_LINE and (line := _SESSION_LINE.match(text)) is not None:
            if ordinal_value(line["ord"]) == int(session):
                return True
    return False
