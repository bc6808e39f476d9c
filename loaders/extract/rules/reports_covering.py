"""A report said to cover what a body did at a gathering: "The 409th Report of the Committee on
Freedom of Association covers the cases that the Committee examined at its 422nd meeting", "The
present report covers the work the Board carried out at its 150th session": the report is that
gathering's report (`reportOf`), as "the report of X on its Nth meeting" is.

The report is named by "the present report" (the document read), or by the title a list or an
agenda item's heading gave a document with its symbol above ("409th Report of the Committee on
Freedom of Association (GB.373/INS/6)"). A report that covers a period, a topic or another
report's follow-up ("covers the period from 1 January to ...", "covers the implementation of the
recommendations adopted at its fifth session") names no gathering it reports on.
"""

from __future__ import annotations

import re

# "<subject> covers (covered, will cover) the cases / the work / the matters / the questions that
# (which) <the body> examined (considered, ...) at its", the gathering right after: the subject ends
# before the verb
_COVERS_WHAT_WAS_DONE_AT = re.compile(
    r"^(?:The|This)\s+(?P<subject>[^,;()]{3,200}?)\s+(?:covers|covered|will\s+cover)\s+(?:the\s+)?"
    r"(?:cases|work|matters|questions|issues|items|communications|complaints|deliberations)\s+"
    r"(?:that|which)?\s*(?:the\s+)?[A-Z][^,;()]{0,120}?\s+(?:examined|considered|reviewed|discussed|took\s+up|carried\s+out|dealt\s+with)"
    r"\s+(?:at|during)\s+$"
)
# "The present report, which is the report of the International Civil Service Commission on its 125th
# and 126th sessions, is submitted …", "The present document constitutes the report of the Board on the
# work of its thirtieth session": the document read says whose gatherings it reports on, the gathering(s)
# right after "on (the work of)" (E285); "The present document contains the report of the Commission on
# its seventy-ninth and eightieth sessions" (G6)
_IS_THE_REPORT_ON = re.compile(
    r"^(?:The|This)\s+(?P<subject>present\s+(?:report|document))\s*,?\s+(?:which\s+)?(?:is|constitutes|contains)\s+(?:also\s+)?"
    r"the\s+(?:annual\s+|final\s+)?report\s+of\s+(?:the\s+)?[A-Z][^,;()]{0,150}?\s+on\s+(?:the\s+work\s+of\s+)?$"
)
_PRESENT = re.compile(r"^present\s+(?:report|note|document)$")


def covered_gathering_starts(text: str, gathering_starts: list[int]) -> tuple[str, int] | None:
    """(the subject naming the report, the start of the gathering it covers) when ``text`` says a
    report covers what a body did at the gathering starting at one of ``gathering_starts``."""
    for start in gathering_starts:
        # (the gathering's mention starts at its determiner: "its 422nd meeting")
        told = _COVERS_WHAT_WAS_DONE_AT.match(text[:start]) or _IS_THE_REPORT_ON.match(text[:start])
        if told is not None:
            return told["subject"], start
    return None


def is_the_present_report(subject: str) -> bool:
    return _PRESENT.match(" ".join(subject.split())) is not None


def title_key(title: str) -> str:
    """A title as a sentence's subject may name it again: case and spacing aside, no leading "The"."""
    return " ".join(title.lower().split()).removeprefix("the ")
