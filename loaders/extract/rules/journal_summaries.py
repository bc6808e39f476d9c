"""The "Summary of official meetings" of a Journal page: under a day's heading ("Tuesday, 1 May
2029"), a body's name and its meeting ("4th meeting"), what the body did at that meeting, told in
the past tense ("The Group of Experts adopted draft decision GEGN.2/2029/L.2, entitled "...", as
orally revised, as decision 5/2."). A text the body adopted there was adopted on that day, at the
session the page's programme lists for the body (the day's meetings are of the same session).

Pure functions of a heading's or a sentence's text; the reader (`relate`) keeps the part's day
and body as it walks the page."""

from __future__ import annotations

import re

__all__ = ["ADOPTED_AS", "acted_on_drafts", "opens_summary", "weekday_date_line"]

# "Summary of official meetings", "Summaries of official meetings", "Summary of meetings held on
# 1 May": the part of a Journal page that tells what the meetings of the day before did
_SUMMARY_HEADING = re.compile(r"^summar(?:y|ies)\s+of\s+(?:the\s+)?(?:official\s+|plenary\s+)?meetings\b(?:\s+held\b.*)?$", re.IGNORECASE)
# "Tuesday, 1 May 2029", "Monday 30 April 2029", "1 May 2029 (Tuesday)": a day alone on its line
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY_LINE = re.compile(rf"^(?:{_WEEKDAY},?\s+)?\d{{1,2}}\s+[A-Z][a-z]+\s+\d{{4}}(?:\s*\({_WEEKDAY}\))?$")
# "... adopted draft decision X, entitled "...", as orally revised, as decision " (the text before
# the number adopted): the verb, then "as" right before the kind word. A full stop or a semicolon
# between them is another clause ("adopted its agenda. It recalled decision 4/7").
ADOPTED_AS = re.compile(r"\badopted\b[^;]{0,400}?[\s,]as\s+(?:its\s+)?$")


def opens_summary(heading: str) -> bool:
    """Whether ``heading`` opens the account of the meetings held ("Summary of official meetings")."""
    return _SUMMARY_HEADING.match(heading.strip()) is not None


def weekday_date_line(heading: str) -> bool:
    """Whether ``heading`` is a day alone ("Tuesday, 1 May 2029"), the day the meetings under it met."""
    return _DAY_LINE.match(heading.strip()) is not None


# "The Committee took action on draft decision X", "decided to defer consideration of draft decision
# X", "postponed action on draft resolutions X and Y", "took up draft decision X": the drafts the
# meeting had before it, whatever became of them (a deferred draft is before the session and not
# adopted). "adopted draft decision X" is left to the adoption it tells (u131's drafts carry nothing).
_ACTED_ON_DRAFTS = re.compile(
    r"\b(?:took\s+(?:no\s+)?action\s+on|took\s+up|(?:decided\s+to\s+|agreed\s+to\s+)?(?:defer(?:red)?|postpone[d]?)\s+"
    r"(?:(?:its\s+|further\s+)?consideration\s+of|(?:the\s+)?action\s+on))\s+(?:the\s+)?draft\s+(?:decision|resolution)s?\s+"
)


def acted_on_drafts(sentence: str) -> list[int]:
    """Where the drafts a summary says the meeting acted on (or deferred) begin: each offset is
    right after "took action on draft decision", the drafts' symbols following it."""
    if "draft" not in sentence:
        return []
    return [m.end() for m in _ACTED_ON_DRAFTS.finditer(sentence)]
