"""Ordinals in words and numerals: the grammar lives in `graph.ordinals`, which the look-up
of what a user types (`graph.resolve`) shares with extraction. Here also runs of them, as a
text names several sessions at once ("its second and third", "its 111th to 113th")."""

from __future__ import annotations

import re

from mandate_graph.graph.ordinals import ORDINAL, WORD_VALUES, is_numeral, ordinal_value

__all__ = ["ORDINAL", "ORDINAL_OR_WORD", "ORDINAL_RUN", "WORD_VALUES", "is_numeral", "ordinal_run_values", "ordinal_value", "session_line_by_ordinal"]

# The word or words numbering a gathering after "its" ("at its one hundred and eighteenth session",
# "its 118th", "its eighty-fifth"): an ordinal of several words as bodies past their hundredth session
# write it, else one word as before (E193)
ORDINAL_OR_WORD = rf"(?:(?i:{ORDINAL})|\S+)"
# Between two ordinals of a range: "111th to 113th", "eleventh through thirteenth",
# "111th–113th", "111th-113th" (a hyphen only unspaced: "twenty-first" is one ordinal).
_RANGE = r"\s+(?:to|through)\s+|\s*[–—]\s*|-"
# A run of ordinals (no groups): a list ("eighth, ninth and tenth") or a range.
ORDINAL_RUN = rf"{ORDINAL}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|{_RANGE}){ORDINAL})*"
_ONE = re.compile(ORDINAL, re.IGNORECASE)
_RANGE_JOIN = re.compile(rf"^(?:{_RANGE})$", re.IGNORECASE)
# A body's sessions reported on together are a few: a longer "range" is two numbers that do not
# make one ("the 1st–100th").
_LONGEST_RANGE = 30
# "2029 session (fifth session)", "Fifth session (2029 session)", "2031 session (6th)": a session
# named by its year and its ordinal at once (expert groups meeting every other year, commissions
# that name their sessions by year); the ordinal is the one a session's key numbers.
_YEAR_AND_ORDINAL_SESSION = re.compile(
    rf"^(?:(?:19|20)\d\d\s+session\s*\(\s*(?P<ord>{ORDINAL})(?:\s+session)?\s*\)"
    rf"|(?P<first>{ORDINAL})\s+session\s*\(\s*(?:19|20)\d\d(?:\s+session)?\s*\))$",
    re.IGNORECASE,
)


def session_line_by_ordinal(line: str) -> str:
    """A session line that names the session by its year and its ordinal ("2029 session (fifth
    session)") as its ordinal alone ("fifth session"); any other line as it is."""
    if "(" not in line:
        return line
    both = _YEAR_AND_ORDINAL_SESSION.match(line.strip())
    if both is None:
        return line
    return f"{both['ord'] or both['first']} session"


def ordinal_run_values(text: str) -> list[int] | None:
    """The numbers a run of ordinals names: "second and third" two, "111th to 113th" three (a
    range is every number within it); None where a part is no ordinal, or a range runs
    backwards, too far, or on from another range."""
    values: list[int] = []
    previous_end = 0
    after_range = False
    for part in _ONE.finditer(text):
        value = ordinal_value(part.group(0))
        if value is None:
            return None
        if values and _RANGE_JOIN.match(text[previous_end : part.start()]):
            if after_range or not 0 < value - values[-1] <= _LONGEST_RANGE:
                return None
            values.extend(range(values[-1] + 1, value))
            after_range = True
        else:
            after_range = False
        values.append(value)
        previous_end = part.end()
    return values or None
