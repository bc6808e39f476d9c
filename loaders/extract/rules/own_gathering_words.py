"""A report naming the session or meeting it is the report of by the gathering's word alone:
"Before the meeting were the provisional agenda (X) and the note ... (Y)", "The session had
before it the report ...". "The meeting" / "the session" with no ordinal and no body after it
is the one gathering the document is of (the reader knows which: `relate.own_meetings`), as
"it" is in "It had before it"."""

from __future__ import annotations

import re

from mandate_graph.graph.model import GatheringKind

# right after "Before": "the meeting", "the present session" ("the meeting of the Bureau", "the
# meetings", "the session's": another gathering or not a receiver)
# "this session"; "this conference", "the present conference": a conference that is its own
# session (the ITU's, "submitted to this conference", E164), never "the conference" alone, which
# may be another one
_THE_WORD_AFTER = re.compile(
    r"\s+(?:the\s+(?:present\s+|current\s+)?(?P<word>session|meeting)|this\s+(?P<this>session|meeting|conference)"
    r"|the\s+present\s+(?P<present>conference))\b(?!\s+of\b|s\b|['’])"
)
# the subject of "had before it": "The meeting had before it", "At its opening, the session had
# before it"
_THE_WORD_SUBJECT = re.compile(
    r"^(?:[^,]{0,60},\s*)?[Tt]he\s+(?:present\s+|current\s+)?(?P<word>session|meeting)\s+(?:also\s+|further\s+)?$"
)


def _kind(word: str) -> GatheringKind:
    return "session" if word == "session" else "meeting"


def gathering_word_after(text: str, position: int) -> GatheringKind | None:
    """The kind of gathering "the meeting" / "the session" right at ``position`` names, or None."""
    m = _THE_WORD_AFTER.match(text, position)
    if m is None:
        return None
    word = m["word"] or m["this"] or "conference"
    # a conference is a session of the body that holds it (the Plenipotentiary Conference's of 2030)
    return "session" if word == "conference" else _kind(word)


def gathering_word_subject(before: str) -> GatheringKind | None:
    """The kind of gathering the subject ``before`` a verb ("The meeting had before it") is, or
    None when the subject is anything else."""
    m = _THE_WORD_SUBJECT.match(before)
    return None if m is None else _kind(m["word"])
