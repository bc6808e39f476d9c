"""A decision's own paragraph that opens on the body it addresses and "shall" (E224).

Some conferences write each decision as the duties of the bodies it addresses, no operative verb
before them: CMS's and CITES's decisions under "Directed to the Secretariat" ("17.61 The
Secretariat shall, subject to the availability of external resources: …"), "The Scientific
Council, through its Sessional Committee, shall review …", "The Secretariat and the Scientific
Council shall jointly prepare …", "The Standing Committee shall, at its 58th meeting, consider …".
The decision whose text it is requests each body of the subject. What a body "shall" do that is an
arrangement (`decided_that.ARRANGEMENT`: "The working group shall hold its first meeting", "shall
be composed", "shall continue") is no request; nor are "Parties are encouraged", a subject that
names no body ("The present decision shall …") or a body named in a clause set off after the
subject ("through its Sessional Committee")."""

from __future__ import annotations

import re

from mandate_graph.loaders.extract.rules.decided_that import ARRANGEMENT

# "shall convene the fourth meeting of the Advisory Panel": convening a gathering named with an
# article (another body's, or one the subject is to organize) is a task; "shall convene its first
# meeting", "shall convene in Geneva" are the body's own arrangement (E242)
_CONVENE_ANOTHER = r"convene(?=\s+(?:the|a|an)\s)"
# the subject from the sentence's start, a clause set off by commas after it perhaps, "shall", an
# adverb or a clause set off, then the task's first word (or the colon over its items: "The
# Secretariat shall:" / "1. compile …")
_OWN_SHALL = re.compile(
    r"^(?P<subject>(?:The|Its)\s+(?:(?!\bshall\b)[^,;:()]){2,120}?)(?:,\s+[^,;:()]{2,80},)?\s+shall(?:\s+(?:also|further|jointly))?"
    # ("shall, at their 38th and 32nd meetings, respectively, identify": a clause set off that pairs
    # the subject's bodies with their meetings; "shall: (a) compile …; (b) …": the first item, E246)
    rf"(?:,\s*[^,;:()]{{2,80}}(?:,\s+respectively)?[,:])?\s*(?::\s*\(?[a-z]\)\s+)?(?P<task>{_CONVENE_ANOTHER}|(?!{ARRANGEMENT})[a-z]+\b|:?$)"
)


def shall_subject(text: str) -> tuple[int, int] | None:
    """(where the subject ends, where the task begins) of a sentence "The Secretariat shall …"."""
    if " shall" not in text:
        return None
    m = _OWN_SHALL.match(text)
    if m is None:
        return None
    return m.end("subject"), m.start("task")
