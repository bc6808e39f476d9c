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

from mandate_graph.loaders.extract.patterns import INSTRUMENT_PART_OF

# the phrase, then (optionally) the issuer's name or a determiner before the instrument's keyword
_ORIGIN_PHRASE = re.compile(
    # ("owed its existence to", "had owed": a record's reported speech, E145; "The Working Group
    # derives its existence from resolution 2005/2", E146 too; "derived its mandate from" is no
    # origin: a mandate is not a birth)
    r"(?:\b(?:(?:owes|owed|owe)\s+(?:its|their)\s+(?:very\s+)?(?:existence|creation|establishment|origins?)\s+to"
    r"|(?:derives|derived|derive)\s+(?:its|their)\s+(?:very\s+)?(?:existence|origins?)\s+from"
    r"|traces\s+its\s+(?:origins?|roots)\s+(?:back\s+)?to"
    r"|(?:has|finds)\s+its\s+origins?\s+in"
    r"|(?:was\s+)?born\s+of"
    # "first came into being under resolution 3351 (XXIX)", "came into existence by decision 2/4" (E130)
    # "MONUSCO, which came into being under resolution 1925 (2010)": in a relative clause on the
    # body too (E163)
    r"|(?:,\s*which\s+)?(?:first\s+|originally\s+)?came\s+into\s+(?:being|existence)\s+(?:under|by|through|with|in|pursuant\s+to)"
    # "The Forum is a creation of the Council, which set it up in resolution 6/15" (E146): the
    # body is the subject, the creator's relative clause names the instrument
    r"|(?:is|was)\s+(?:a|the)\s+creation\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|on|for|and|the|[A-Z][\w'’-]*)){0,8}\s*,\s*which\s+"
    r"(?:first\s+|originally\s+)?(?:set\s+it\s+up|established\s+it|created\s+it|constituted\s+it)\s+(?:in|by|through|under|with|pursuant\s+to))"
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
    # ("by the General Assembly in its resolution 65/182": the issuer named, then its instrument)
    r"(?:the\s+[A-Z][\w'’-]*(?:\s+(?:of|and|the|[A-Z][\w'’-]*)){0,6}\s+(?:in|by|through)\s+)?"
    # ("under paragraph 5 of Human Rights Council resolution 28/14": the paragraph that did it)
    rf"(?:{INSTRUMENT_PART_OF})?"
    r"(?:(?:its|the|their|a)\s+)?(?:[A-Z][\w'’-]*(?:\s+(?:of|and|the|[A-Z][\w'’-]*)){0,6}\s+)?(?:(?:resolution|decision)\s+)?"
)


def origin_phrases(text: str) -> list[tuple[int, int]]:
    """Where each phrase of origin ("owes its existence to") is, start and end."""
    # (most sentences hold none of the phrases' words: substring tests before the pattern)
    if (
        "owe" not in text and "origin" not in text and "roots" not in text and "born of" not in text and "came into" not in text
        and "whose " not in text and "derive" not in text and "creation of" not in text and "which " not in text
    ):
        return []
    return [(m.start(), m.end()) for m in _ORIGIN_PHRASE.finditer(text)]


# "Commission resolution 2005/2 of 7 April 2005, from which the Working Group derives its existence",
# "decision 4/1, to which the Forum owes its existence": the instrument first, then a relative
# clause whose subject is the body it created (E146)
_ORIGIN_RELATIVE = re.compile(
    r",\s*(?:from|to)\s+which\s+(?P<body>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|on|for|and|the|to|in|as|a|[A-Za-z][\w'’-]*)){0,25}?)\s+"
    r"(?:derives|derived|owes|owed|traces|traced)\s+its\s+(?:very\s+)?(?:existence|origins?|creation)\b"
)
# what may stand between the instrument's number and the relative clause: its date, its title
_INSTRUMENT_TAIL = re.compile(r"(?:\s*(?:of|adopted\s+on)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*")


def origin_relatives(text: str) -> list[tuple[int, int, int]]:
    """Each relative clause of origin after an instrument: where the clause starts (its comma)
    and the bounds of its subject, the body the instrument created."""
    if "which" not in text or ("derive" not in text and "owe" not in text and "trace" not in text):
        return []
    return [(m.start(), m.start("body"), m.end("body")) for m in _ORIGIN_RELATIVE.finditer(text)]


def instrument_right_before(text: str, number_end: int, clause_start: int) -> bool:
    """Does the instrument whose mention ends at ``number_end`` stand right before the relative
    clause at ``clause_start`` (after its date, if any)?"""
    return number_end <= clause_start and _INSTRUMENT_TAIL.fullmatch(text, number_end, clause_start) is not None


def instrument_right_after(text: str, phrase_end: int, keyword_start: int) -> bool:
    """Does the instrument whose keyword (or number) starts at ``keyword_start`` stand right after
    the phrase ("to Council resolution 6/36", "to its decision 2/4")?"""
    return keyword_start >= phrase_end and _BEFORE_KEYWORD.fullmatch(text, phrase_end, keyword_start) is not None


# "Established by General Assembly resolution 69/313 of 27 July 2015 — entitled "..." — the Forum
# meets annually", "Created under decision 4/2, the Panel reports ...": a participle of origin
# opening the sentence, its instrument right after, the sentence's subject the body it made (E155)
_ORIGIN_OPENING = re.compile(
    r"^(?:(?:(?:First|Originally)\s+)?(?:Established|Created|Set\s+up|Constituted|Instituted|Mandated)"
    # "Since its establishment by General Assembly resolution 65/182, the Working Group has met
    # annually", "Following its creation by the Assembly in its resolution 65/182, the Committee":
    # the act's noun, its owner the sentence's subject
    r"|(?:Since|Following|Upon|On|After)\s+its\s+(?:establishment|creation|inception|setting\s+up))\s+"
    r"(?:in\s+(?:19|20)\d\d\s+)?(?:by|under|through|pursuant\s+to|in\s+accordance\s+with)\s+"
)
# what closes the opening phrase before its subject: a comma or a dash, and "the"
_SUBJECT_AFTER_OPENING = re.compile(r"(?:,|\s(?:—|–|--))\s*(?:the\s+)?$")
# the opening phrase's words after its instrument: no sentence or clause ends inside it
_NO_CLAUSE_END = re.compile(r"[^.;]*")


def origin_opening(text: str) -> int | None:
    """Where the instrument of an opening participle of origin may start (after "by "), else None."""
    if text[:1] not in "EeCcSsIiMmFfOoUuAa":
        return None
    m = _ORIGIN_OPENING.match(text)
    return m.end() if m else None


def subject_after_opening(text: str, instrument_end: int, body_start: int) -> bool:
    """Whether the body named at ``body_start`` is the subject the opening phrase, whose instrument
    ends at ``instrument_end``, leads to: only its date or a title set off between, then a comma
    or a dash."""
    return (
        body_start > instrument_end
        and _NO_CLAUSE_END.fullmatch(text, instrument_end, body_start) is not None
        and _SUBJECT_AFTER_OPENING.search(text, max(instrument_end, body_start - 8), body_start) is not None
    )


# "the establishment of the Human Rights Council by General Assembly resolution 60/251", "Welcoming
# the creation of the Forum pursuant to its resolution 6/15": the act's noun, the body it made, then
# the instrument as its agent ("The establishment of the Working Group in General Assembly
# resolution 65/182": the instrument that holds the act, E174)
_ACT_NOUN = re.compile(r"\b(?:establishment|creation|setting\s+up)\s+of(?P<article>\s+the)?\s+(?=[A-Z])")
_ACT_AGENT = re.compile(r"\s*,?\s+(?:in\s+(?:19|20)\d\d\s*,?\s+)?(?:by|under|through|pursuant\s+to|in\s+accordance\s+with|in)\s+")


def act_nouns(text: str) -> list[tuple[int, int]]:
    """Where the words after each "establishment of" start (its article) and where the name starts."""
    if "establishment of" not in text and "creation of" not in text and "setting up of" not in text:
        return []
    return [(m.start("article") if m["article"] else m.end(), m.end()) for m in _ACT_NOUN.finditer(text)]


def instrument_as_agent(text: str, body_end: int, keyword_start: int) -> bool:
    """Whether the instrument whose keyword starts at ``keyword_start`` is the agent of the act
    whose body ends at ``body_end`` ("... by General Assembly resolution 60/251")."""
    agent = _ACT_AGENT.match(text, body_end)
    return agent is not None and instrument_right_after(text, agent.end(), keyword_start)


# " in " inside a name described in capitals: "the Open-ended Working Group on Ageing in General
# Assembly resolution 65/182" reads on through the issuer's name
_IN_INSIDE_NAME = re.compile(r"\s+in\s+")


def agent_inside_name(text: str, name_start: int, name_end: int, keyword_start: int) -> int | None:
    """Where a body's name described in capitals really ends when its last " in " opens the act's
    agent ("... on Ageing in General Assembly resolution 65/182": the issuer's name is no part of the
    topic, E174), else None."""
    cuts = [m.start() for m in _IN_INSIDE_NAME.finditer(text, name_start, name_end)]
    return cuts[-1] if cuts and instrument_as_agent(text, cuts[-1], keyword_start) else None

