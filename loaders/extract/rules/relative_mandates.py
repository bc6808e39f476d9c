"""A mandate told in a relative clause on the instrument that gave it: "prepared in accordance
with resolution EUR/RC78/R2, which requested the Regional Director to present a framework",
"Recalling its resolution 11/2, which invited Member States to ...". The instrument named right
before ", which" asked the body named right after the verb."""

from __future__ import annotations

import re

# ", which requested the", ", which also invited": the verb right after the instrument's number;
# when or where it was adopted may stand between (", adopted on September 29, 2023, which asked",
# " of 12 June 2030, which requested", ", adopted at its sixtieth session, which invited", E104),
# and the clause may tell it in the pluperfect ("decision B.35/09 of 14 July 2030, which had also
# requested the Secretariat", E106)
# Its issuer's name may stand before the date: "decision 585 (LXXV) of the Trade and Development
# Board, of 27 June 2028, which asked it" (E135).
_ISSUER_BETWEEN = r"(?:\s+of\s+the\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?:(?:of|and|on|for|the)\s+)*(?-i:[A-Z])[\w’'-]*){0,8})?"
_ADOPTION_BETWEEN = (
    _ISSUER_BETWEEN
    + r"(?:,\s+(?:adopted|approved)\s+(?:on|in|at|by)\s+[^,;()]{3,50}?(?:,\s+\d{4})?"
    r"|,?\s+of\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},)\s+\d{4})?"
)
_WHICH_VERB = re.compile(
    rf"{_ADOPTION_BETWEEN}\s*(?:\([^()]{{1,40}}\))?,\s+which\s+(?:had\s+|has\s+)?(?:also\s+|further\s+)?(?P<verb>requested|invited|urged|encouraged|called\s+upon|asked"
    # ", which also established the Sub-Committee of Experts on ...": a body the reference data
    # knows, set up by the instrument before ", which"
    r"|established|created|set\s+up)\s+(?:the\s+)?"
)


def verb_after(text: str, instrument_end: int) -> re.Match[str] | None:
    """The relative clause's verb right after an instrument mention ending at ``instrument_end``."""
    if ", which " not in text[instrument_end : instrument_end + 110]:
        return None
    return _WHICH_VERB.match(text, instrument_end)


# "..., which requested the Committee to complete X and asked the Secretary-General to publish it":
# another past mandate verb joined by "and" in the same relative clause (no ";", no other "which")
_JOINED_VERB = re.compile(
    r"\s+and\s+(?:also\s+|further\s+)?(?P<verb>requested|invited|urged|encouraged|called\s+upon|asked)\s+(?:the\s+)?(?=[A-Z])"
)


def joined_verbs(text: str, task_start: int) -> list[tuple[str, int]]:
    """(verb, where its addressee starts) of each mandate verb joined by "and" to a relative
    clause's own, after its task (from ``task_start``)."""
    if " and " not in text[task_start:]:
        return []
    ends = [i for i in (text.find(";", task_start), text.find(", which", task_start), text.find(":", task_start)) if i >= 0]
    end = min(ends, default=len(text))
    return [(" ".join(m["verb"].split()), m.end()) for m in _JOINED_VERB.finditer(text, task_start, end)]


# ", which recalls decision CD/2412", ", which also reaffirmed General Assembly resolution 68/268":
# the instrument before ", which" cites what the clause's verb names right after it (its issuer's
# name or "its" may stand before the kind word); its date may come between
_WHICH_CITES = re.compile(
    r"(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*(?:\([^()]{1,40}\))?,\s+(?:which|that)\s+(?:also\s+|further\s+)?"
    r"(?P<verb>recall(?:s|ed)|reaffirm(?:s|ed)|refer(?:s|red)\s+to|buil(?:ds|t)\s+on|follow(?:s|ed)\s+up\s+on|supersed(?:es|ed))\s+"
    r"(?:(?:its|their|the)\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:of|and|on|the|for)\s+)*){0,7}$"
)


def citing_clause_verb(text: str, instrument_end: int, cited_keyword_start: int) -> str | None:
    """The verb of ", which recalls ..." between an instrument mention ending at
    ``instrument_end`` and a cited instrument's kind word at ``cited_keyword_start``, if the
    relative clause cites it."""
    if cited_keyword_start <= instrument_end or cited_keyword_start - instrument_end > 140:
        return None
    if "which" not in text[instrument_end:cited_keyword_start] and "that" not in text[instrument_end:cited_keyword_start]:
        return None
    m = _WHICH_CITES.fullmatch(text, instrument_end, cited_keyword_start)
    return " ".join(m["verb"].split()) if m is not None else None


# "the Division for Public Institutions ..., which the Council requested, in that resolution, to
# support the working group": the body before ", which" is the one the issuer asked; which
# instrument asked it the words set off after the verb say, by its number or as "that
# resolution" (E107)
_WHICH_THE_ISSUER_ASKED = re.compile(
    r",\s+which\s+(?:the\s+)?(?P<issuer>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|and|of|on|for|the))*)\s+(?:also\s+|further\s+)?"
    r"(?P<verb>requested|invited|urged|encouraged|called\s+upon|asked|mandated|tasked|entrusted)\s*,\s*"
    r"(?P<set_off>(?:in|by|through)\s+[^,;]{3,80}?)\s*,\s+to\s+(?=[a-z])"
)
# "the Economic Commission for Europe, which the Council, in resolution 2031/20, invited to continue
# ...": the set-off before the verb (E131)
_WHICH_THE_ISSUER_IN_ASKED = re.compile(
    r",\s+which\s+(?:the\s+)?(?P<issuer>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|and|of|on|for|the))*)\s*,\s*"
    r"(?P<set_off>(?:in|by|through)\s+[^,;]{3,80}?)\s*,\s+(?:also\s+|further\s+)?"
    r"(?P<verb>requested|invited|urged|encouraged|called\s+upon|asked|mandated|tasked|entrusted)\s+to\s+(?=[a-z])"
)
# "the Office of Administration of Justice, which the Assembly had asked in resolution 87/248 to
# publish …": the instrument between the verb and its infinitive, no commas (E200)
_WHICH_THE_ISSUER_ASKED_IN = re.compile(
    r",\s+(?:which|whom)\s+(?:the\s+)?(?P<issuer>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|and|of|on|for|the))*)\s+(?:had\s+|has\s+)?"
    r"(?:also\s+|further\s+)?(?P<verb>requested|invited|urged|encouraged|called\s+upon|asked|mandated|tasked|entrusted)\s+"
    r"(?P<set_off>(?:in|by|through)\s+[^,;]{3,80}?)\s+to\s+(?=[a-z])"
)
# the set-off names an instrument told before: "in that resolution", "in the same decision"
_BACK_REFERENCE = re.compile(r"^(?:in|by|through)\s+(?:that|the\s+same|this|the\s+said)\s+(?:resolution|decision)$")


def issuer_asked_antecedent(text: str) -> re.Match[str] | None:
    """The relative clause ", which the Council requested, in that resolution, to ..." in ``text``."""
    if ", which " not in text:
        return None
    return _WHICH_THE_ISSUER_ASKED.search(text) or _WHICH_THE_ISSUER_IN_ASKED.search(text) or _WHICH_THE_ISSUER_ASKED_IN.search(text)


def names_back(set_off: str) -> bool:
    """Whether the words set off after the verb name the instrument told before ("in that
    resolution") rather than one by its number."""
    return _BACK_REFERENCE.match(" ".join(set_off.split())) is not None
