"""A second instrument opening its own clause inside a sentence.

"By its resolution 31/4, the Council created the Monitoring Team, and by resolution 33/9 of 2 May
2033 it established the Office of the Ombudsperson", "In decision 12/1 the Board set up a task force,
and in its decision 14/2, the Board asked it to ...": the verb after the second instrument is that
instrument's act, not the act of the one the sentence opened with.
"""

from __future__ import annotations

import re

# right before the second instrument's keyword: "and by", ", and in its", "and through their"
# (the keyword too, where a body's numbering template reads the number alone: "and by resolution ");
# or a clause of its own after a semicolon, a short phrase of time set off before the instrument at
# most: "; on the same day, by resolution 69/284, ...", "; in 2033, through its decision 4/2, ..."
# (E182)
_AND_BY_BEFORE = re.compile(
    r"(?:\band\s+|;\s+(?:(?:on|in|at|later|subsequently|the\s+same)\b[^;:,()]{0,40},\s+)?)"
    r"(?:also\s+|then\s+|later\s+)?(?:by|in|through|under)\s+(?:its\s+|their\s+)?(?:(?:resolution|decision)\s+)?$", re.IGNORECASE
)
# between the instrument (its number) and the verb: a date or an adoption set off or not, then the
# clause's subject ("it", "they" or a name of capitalised words), an adverb at most
_THEN_SUBJECT = re.compile(
    r"(?:[^;:.]{0,60}?[\s,])?(?:it|they|(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|on|for|and|the|[A-Z][\w'’-]*)){0,6})\s+"
    r"(?:also\s+|further\s+|then\s+|subsequently\s+)?"
)


def opens_own_clause(text: str, keyword_start: int, instrument_end: int, verb_start: int) -> bool:
    """Whether the instrument at ``keyword_start``..``instrument_end`` opens, after "and by" (or
    "and in", "and through"), the clause whose verb stands at ``verb_start``."""
    if verb_start <= instrument_end or not _AND_BY_BEFORE.search(text, max(0, keyword_start - 80), keyword_start):
        return False
    return _THEN_SUBJECT.fullmatch(text, instrument_end, verb_start) is not None


# "..., as did resolution 2356 (2017)", ", as had decision 12/4", ", as does Council resolution 9/2":
# a second instrument whose verb is left out (an ellipsis): it did what the clause before says.
# Right before its keyword (or its number, where a template reads it without one).
_AS_DID_BEFORE = re.compile(
    r",\s+as\s+(?:did|had|does|do|have)\s+(?:also\s+)?(?:(?:its|the|their)\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+(?:of|and|the|[A-Z][\w'’-]*)){0,5}\s+)?(?:(?:resolutions?|decisions?)\s+)?$",
    re.IGNORECASE,
)


def as_did_instrument(text: str, keyword_start: int, clause_start: int) -> bool:
    """Whether the instrument whose keyword starts at ``keyword_start`` stands, after the clause
    that begins at ``clause_start``, in an elliptical "as did" comparison: the clause's act is its
    act too ("Resolution 2321 (2016) called on the Committee to ..., as did resolution 2356 (2017)")."""
    if keyword_start <= clause_start or "as " not in text[clause_start:keyword_start]:
        return False
    return _AS_DID_BEFORE.search(text, max(clause_start, keyword_start - 80), keyword_start) is not None


# "the Committee on Water Resources, which the Commission set up in resolution 195 (XVII), and the
# Committee on Energy, in resolution 204 (XVIII).": a second body and a second instrument sharing the
# first clause's verb of establishment, left out (an ellipsis). Between the first instrument and the
# second body: ", and" (", as well as"); between that body and the second instrument's keyword: a
# comma and the preposition the first clause used.
_AND_SECOND_BODY = re.compile(r"\s*,?\s+(?:and|as\s+well\s+as)\s+(?:its\s+|the\s+)?$")
_BODY_THEN_BY = re.compile(r"\s*,\s+(?:in|by|under|through|pursuant\s+to)\s+(?:its\s+|their\s+|the\s+same\s+body'?s\s+)?(?:(?:resolution|decision)\s+)?$", re.IGNORECASE)
# after the second instrument: its date at most, then the sentence (or its clause) ends
_ELLIPSIS_ENDS = re.compile(r"(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*(?:[.;]|$)")


def second_body_elided(text: str, first_end: int, body_start: int, body_end: int, keyword_start: int, second_end: int) -> bool:
    """Whether the body at ``body_start``..``body_end`` and the instrument from ``keyword_start`` to
    ``second_end`` repeat, after the instrument that ends at ``first_end``, the clause before with its
    verb left out: ", and the Committee on Energy, in resolution 204 (XVIII)." (E158). Only a clause
    that ends there: ", and the Committee on Energy, in resolution 204 (XVIII), reviews ..." has a
    verb of its own."""
    if not first_end <= body_start < body_end <= keyword_start < second_end:
        return False
    return (
        _AND_SECOND_BODY.fullmatch(text, first_end, body_start) is not None
        and _BODY_THEN_BY.fullmatch(text, body_end, keyword_start) is not None
        and _ELLIPSIS_ENDS.match(text, second_end) is not None
    )


# "...; on the same day, by resolution 69/284, the Assembly ...", ", and on that date, in decision
# 4/2, ...": a clause opening on the day the clause before dated, then its own instrument (E182).
# Right before the instrument's keyword (or its number).
_SAME_DAY_BEFORE = re.compile(
    r"(?:;\s+|,\s+and\s+|\band\s+)(?:(?:also|then)\s+)?(?:[Oo]n\s+)?(?:the\s+same|that)\s+(?:day|date)\s*,?\s+"
    r"(?:(?:also|then)\s+)?(?:by|in|through|under)\s+(?:its\s+|their\s+|the\s+)?(?:[A-Z][\w'’-]*\s+){0,5}(?:(?:[Rr]esolution|[Dd]ecision)\s+)?$"
)
# a day named in the text between: "on 3 May 2031", "3 May" (the clause's day is then that one)
_A_DAY = re.compile(r"\b\d{1,2}\s+[A-Z][a-z]{2,8}\b|\b[A-Z][a-z]{2,8}\s+\d{1,2},")


def same_day_as_before(text: str, keyword_start: int, dated_end: int) -> bool:
    """Whether the instrument whose keyword starts at ``keyword_start`` opens a clause "on the same
    day" as the instrument dated in the same sentence that ends at ``dated_end`` ("resolution 69/283
    of 3 June 2015; on the same day, by resolution 69/284, ..."), no other day named between."""
    if dated_end >= keyword_start:
        return False
    opening = _SAME_DAY_BEFORE.search(text, max(dated_end, keyword_start - 90), keyword_start)
    return opening is not None and _A_DAY.search(text, dated_end, opening.start()) is None


# "adopted resolution 78/211 on 19 December 2023 and, on the same day, resolution 78/212", "…; on the
# same day, it adopted resolution 78/212", "… and resolution 78/212 on the same day": the instrument
# told after the one before it, the verb said once or said again by its subject, on that one's day
# (E245). Between the instrument before (and its own day) and the keyword.
_SAME_DAY_THEN = re.compile(
    r"(?:;\s+|,?\s+and\s*,?\s+)(?:(?:also|then)\s+)?(?:[Oo]n\s+)?(?:the\s+same|that)\s+(?:day|date)\s*,?\s+"
    r"(?:(?:(?:it|they)\s+|the\s+(?:[A-Z][\w'’-]*\s+){1,5})(?:also\s+)?adopted\s+)?(?:also\s+)?(?:its\s+|the\s+)?$"
)
_AND_THEN = re.compile(r",?\s+and\s+(?:also\s+)?(?:its\s+|the\s+)?$")
_ON_THE_SAME_DAY_AFTER = re.compile(r"\s*,?\s+(?:also\s+)?on\s+the\s+same\s+(?:day|date)\b")
# the day told right after the instrument before ("resolution 78/211 on 19 December 2023")
_ITS_OWN_DAY = re.compile(r"\s*,?\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|[A-Z][a-z]{2,8}\s+\d{1,2},\s+\d{4})")


def same_day_as_the_one_told_before(text: str, before_end: int, keyword_start: int, mention_end: int) -> bool:
    """Whether the instrument whose keyword starts at ``keyword_start`` (its mention ending at
    ``mention_end``) was adopted on the same day as the instrument whose mention ends at
    ``before_end``, the sentence telling so and no other day between (E245)."""
    own = _ITS_OWN_DAY.match(text, before_end)
    start = own.end() if own is not None else before_end
    if _A_DAY.search(text, start, keyword_start) is not None:
        return False
    if _SAME_DAY_THEN.fullmatch(text, start, keyword_start) is not None:
        return True
    return _AND_THEN.fullmatch(text, start, keyword_start) is not None and _ON_THE_SAME_DAY_AFTER.match(text, mention_end) is not None


# "The Conferences of the Parties to the Basel and Stockholm conventions adopted related decisions on
# the clearing-house mechanism (BC-19/11 and SC-14/10) on the same day": instruments given in brackets
# after the object of "adopted", "on the same day" right after the bracket, no day named between:
# the day the text told last of an adoption (E256)
_BRACKET_THEN_SAME_DAY = re.compile(r"\s*\)\s*,?\s+(?:(?:also|both|all)\s+)?(?:on\s+)?the\s+same\s+(?:day|date)\b(?!\s+as\b)")
_ADOPTED_THEN_BRACKET = re.compile(
    r"\b(?:adopted|approved)\s[^;()]{0,200}?\(\s*(?:(?:decisions?|resolutions?|DECISIONS?|RESOLUTIONS?)\s+)?"
    # (the list's earlier numbers: "(BC-19/11 and ")
    r"(?:[\w.()/-]{2,30}(?:\s*,\s*|,?\s+and\s+))*$"
)


def bracketed_on_the_same_day(text: str, keyword_start: int, last_end: int) -> bool:
    """Whether the instrument whose keyword starts at ``keyword_start``, in a bracketed list that
    ends at ``last_end``, was adopted "on the same day" as the adoption told before the sentence."""
    if _BRACKET_THEN_SAME_DAY.match(text, last_end) is None:
        return False
    opening = _ADOPTED_THEN_BRACKET.search(text, max(0, keyword_start - 240), keyword_start)
    return opening is not None and _A_DAY.search(text, opening.start(), last_end) is None
