"""The document a cover letter or note is: what its own opening formula transmits.

"I have the honour to transmit herewith the programme of work of the Committee ... (see annex)",
"The Secretary-General has the honour to transmit herewith the annual report of the Board": the
letter is issued as the thing it transmits, so a later sentence whose subject is that thing named
again ("The programme of work is submitted pursuant to ...", "This annual report was prepared in
accordance with ...") speaks of the document being read, as "The present report" does.

Only a thing a document is (a report, a note, a programme or plan of work, a strategy, ...) is
read, not a text of instruments ("the text of decision 9/COP.18"), and only the first one a formula
names; a name followed by "of", "on", "for" or "by" in the later sentence is another such thing
("The programme of work for 2030 was submitted ..." is last year's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# what a document may be, as a cover formula names it (with up to two words before: "annual
# report", "biennial work plan", "consolidated progress report")
_DOCUMENT_NOUNS = (
    r"(?:report|note|study|review|assessment|summary|overview|compilation|update|strategy|roadmap|road\s+map"
    r"|work\s*plan|workplan|timetable|calendar|budget|(?:programme|plan)(?:\s+of\s+(?:work|action|activities))?)"
)
_TRANSMITS = re.compile(
    r"\bha(?:s|ve)\s+the\s+honou?r\s+to\s+(?:transmit|submit|forward|present|enclose)\s+(?:herewith\s+|hereby\s+)?"
    rf"the\s+(?P<thing>(?:[a-z][a-z-]+\s+){{0,2}}?{_DOCUMENT_NOUNS})"
    r"(?=\s+(?:of|on|for|by|prepared|adopted|covering|dated|which|that)\b|\s*[,.(;]|\s+herewith\b)"
)
# the first paragraphs of the text: a cover formula opens the letter or the note
_FORMULA_REACH = 4


def transmitted_designation(paragraphs: Iterable[str]) -> str | None:
    """The designation ("programme of work", "annual report") of the thing the document's
    cover formula transmits, from its first paragraphs, or None."""
    for index, text in enumerate(paragraphs):
        if index >= _FORMULA_REACH:
            break
        if "honour" not in text and "honor" not in text:
            continue
        m = _TRANSMITS.search(text)
        if m is not None:
            return " ".join(m["thing"].split())
    return None


def speaks_of_transmitted(text: str, designation: str | None) -> bool:
    """Does the sentence open on the thing the cover formula transmitted, named again ("The
    programme of work is submitted ...", "This annual report has been prepared ...")?"""
    if designation is None or designation.split()[-1] not in text:
        return False
    return _named_again(designation).match(text) is not None


@lru_cache(maxsize=16)
def _named_again(designation: str) -> re.Pattern[str]:
    words = r"\s+".join(re.escape(w) for w in designation.split())
    return re.compile(rf"(?:The|This)\s+(?:present\s+)?{words}\b(?!\s+(?:of|on|for|by)\b|-)")


def is_cover_formula(text: str) -> bool:
    """Is the sentence the cover formula itself ("I have the honour to transmit herewith the
    forty-eighth report of the Team, which the Team submitted to the Committee pursuant to
    resolution 2889 (2029)")? What it says the transmitted thing was made under is the
    document's own mandate, as "The present report is submitted pursuant to ..." is."""
    return ("honour" in text or "honor" in text) and _TRANSMITS.search(text) is not None
