"""The day of an act a body did by one of its instruments (E179).

A body acts by an instrument on the day it adopts it, so the day the sentence gives the act is the
instrument's adoption day:

- the day opens the sentence, the instrument set off before or after the subject: "On 14 June
  2031, by its resolution 2968 (2031), the Council extended the mandate of the Mission", "On 14
  June 2031, the Security Council, by resolution 2968 (2031), extended ...";
- the day opens the sentence, the instrument the means at the end of the act's clause: "On 14 June
  2031, the Security Council extended the mandate of the Mission until 15 July 2032 by resolution
  2968 (2031)";
- the day right before the means: "The Council extended the mandate of the Mission on 14 June 2031
  through resolution 2968 (2031)".

Not the day of an instrument the act names as its object ("On 7 December 2022, the General Assembly
recalled its resolution 76/3"), of one a participle carries ("the mandate of the Mission established
by resolution 1996 (2011)", "as requested by resolution ..."), nor of an earlier act the sentence
tells back ("On 7 December 2022, the Assembly recalled that, by its resolution 76/3, it had
decided ...").
"""

from __future__ import annotations

import datetime as dt
import re

from mandate_graph.loaders.extract.dates import find_dates
from mandate_graph.loaders.extract.patterns import DAY_OPENING

_KIND = r"(?=(?:[Rr]esolutions?|[Dd]ecisions?)\s+[A-Z0-9])"
_MEANS = rf"(?:by|through|in)\s+(?:its\s+|their\s+)?{_KIND}"
_DAY_OPENS = re.compile(rf"^{DAY_OPENING}")
# right after the day: "On 14 June 2031, by its resolution 2968 (2031), the Council ..."
_MEANS_FIRST = re.compile(_MEANS)
# the subject, then the means set off: "the Security Council, by resolution 2968 (2031), extended"
_SUBJECT_THEN_MEANS = re.compile(rf"(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|on|for|the)){{0,7}}\s*,\s+{_MEANS}")
# the means later in the act's clause, "by" or "through" after a word that is no participle
# ("... in its resolution 77/12": "in" only with the subject's "its", no noun's "the targets in
# resolution ...")
_MEANS_IN_THE_CLAUSE = re.compile(rf"\s(?P<before>[\w()’'-]+)\s+(?:(?:by|through)\s+(?:its\s+|their\s+)?|in\s+(?:its|their)\s+){_KIND}")
_PARTICIPLE = re.compile(r"(?:[a-z]+(?:ed|en)|set|up|out|down|forth|made|laid|done|taken|given|held|adopted)$")
# an act told back, an instrument as the act's ground or object, or a clause of its own before it
_NOT_THE_ACT = re.compile(
    r"\b(?:had|has|have|recall\w*|not(?:ed|es|ing)|took\s+note|welcom\w*|consider\w*|review\w*|pursuant|accordance|under|"
    r"which|that|whereby|recommend\w*)\b|;"
)
# "... on 14 June 2031 through resolution 2968 (2031)": the one day right before the means
_DAY_BEFORE_MEANS = re.compile(rf"\bon\s+(?P<day>\d{{1,2}}\s+[A-Z][a-z]+\s+\d{{4}}|[A-Z][a-z]+\s+\d{{1,2}},\s+\d{{4}})\s+{_MEANS}")


def _one_day(written: str) -> dt.date | None:
    """The one day ``written`` names (with its year), or None."""
    days = find_dates(written)
    if len(days) != 1 or days[0].value.start != days[0].value.end:
        return None
    return days[0].value.start


def acts_by_instrument(text: str) -> tuple[dt.date, int] | None:
    """(the day, where the instrument's kind word starts) when ``text`` tells an act its subject did
    by an instrument on a day; None otherwise."""
    opening = _DAY_OPENS.match(text)
    if opening is not None:
        day = _one_day(opening.group())
        if day is None:
            return None
        if (first := _MEANS_FIRST.match(text, opening.end())) is not None:
            return day, first.end()
        if (set_off := _SUBJECT_THEN_MEANS.match(text, opening.end())) is not None:
            return day, set_off.end()
        for later in _MEANS_IN_THE_CLAUSE.finditer(text, opening.end()):
            if _PARTICIPLE.search(later["before"]) or _NOT_THE_ACT.search(text, opening.end(), later.start()):
                return None
            return day, later.end()
        return None
    if " on " not in text:
        return None
    for told in _DAY_BEFORE_MEANS.finditer(text):
        if (day := _one_day(told["day"])) is not None:
            return day, told.end()
    return None
