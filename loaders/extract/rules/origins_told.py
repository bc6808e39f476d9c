"""A body's origin told with its instrument as the object of a verb of origin.

"The Expert Mechanism owes its existence to Council resolution 6/36", "The Forum traces its
origins to decision 2/4", "The Working Group has its origin in resolution 12/1", "The Committee
first came into being under resolution 3351 (XXIX)", "the Mission, whose establishment the Council
decided in resolution 2009 (2011)": the body is the subject (or the relative clause's antecedent), the instrument after the phrase established it, as "was established by" would say.
A phrase of origin whose object is something else ("owes its existence to the efforts of
States") says nothing of an instrument.
"""

from __future__ import annotations

import re

# the phrase, then (optionally) the issuer's name or a determiner before the instrument's keyword
_ORIGIN_PHRASE = re.compile(
    # ("owed its existence to", "had owed": a record's reported speech, E145; "derives its existence
    # from", "derived its mandate from" is no origin: a mandate is not a birth)
    r"(?:\b(?:(?:owes|owed|owe)\s+(?:its|their)\s+(?:very\s+)?(?:existence|creation|establishment|origins?)\s+to"
    r"|(?:derives|derived|derive)\s+(?:its|their)\s+(?:very\s+)?(?:existence|origins?)\s+from"
    r"|traces\s+its\s+(?:origins?|roots)\s+(?:back\s+)?to"
    r"|(?:has|finds)\s+its\s+origins?\s+in"
    r"|(?:was\s+)?born\s+of"
    # "first came into being under resolution 3351 (XXIX)", "came into existence by decision 2/4" (E130)
    r"|(?:first\s+|originally\s+)?came\s+into\s+(?:being|existence)\s+(?:under|by|through|with|in|pursuant\s+to))"
    # "the Support Mission (UNSMIL), whose establishment the Council decided in resolution 2009
    # (2011)", "whose creation the Assembly decided upon by": the act's noun in a relative clause
    # on the body, the deciding body its subject (E140)
    r"|,\s*whose\s+(?:establishment|creation|setting\s+up)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,6}(?:had\s+)?(?:also\s+)?"
    r"(?:decided|approved|agreed)(?:\s+(?:up)?on)?\s+(?:in|by|through|under|pursuant\s+to)"
    # "The Committee, which the General Assembly called into being by its resolution 79/235", "the
    # Forum, which the Council brought into existence through", "which the Assembly had set up
    # under": the body the relative clause hangs on, its creator the clause's subject (E145)
    r"|,\s*which\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,6}(?:had\s+)?(?:first\s+|originally\s+)?"
    r"(?:(?:called|brought)\s+into\s+(?:being|existence)|set\s+up|created|established|constituted|instituted)"
    r"\s+(?:in|by|through|under|with|pursuant\s+to))\s+"
)
_BEFORE_KEYWORD = re.compile(
    r"(?:(?:its|the|their|a)\s+)?(?:[A-Z][\w'’-]*(?:\s+(?:of|and|the|[A-Z][\w'’-]*)){0,6}\s+)?(?:(?:resolution|decision)\s+)?"
)


def origin_phrases(text: str) -> list[tuple[int, int]]:
    """Where each phrase of origin ("owes its existence to") is, start and end."""
    # (most sentences hold none of the phrases' words: substring tests before the pattern)
    if "owe" not in text and "derive" not in text and "origin" not in text and "roots" not in text and "born of" not in text and "came into" not in text and "whose " not in text and "which " not in text:
        return []
    return [(m.start(), m.end()) for m in _ORIGIN_PHRASE.finditer(text)]


def instrument_right_after(text: str, phrase_end: int, keyword_start: int) -> bool:
    """Does the instrument whose keyword (or number) starts at ``keyword_start`` stand right after
    the phrase ("to Council resolution 6/36", "to its decision 2/4")?"""
    return keyword_start >= phrase_end and _BEFORE_KEYWORD.fullmatch(text, phrase_end, keyword_start) is not None
