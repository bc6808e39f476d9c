"""A body created in a nominal passive: "The establishment of a standing working group on ...
was approved by decision 11/3", "Under decision B.41/4, the establishment of a task force on ...
was approved", "The establishment of an expert group ... was approved in paragraph 7 of that
resolution". No instrument is the subject, and the body is described after the noun of the act
(the active "approved the establishment of" is a mandate verb in ``mandate_verbs``).

Pure text functions: where such a clause stands, where its description starts, what follows the
approving verb, and whether the body is made standing by the words that describe it."""

from __future__ import annotations

import re
from dataclasses import dataclass

# "The establishment of a/an ...": a new body, described (not "the establishment of the Working
# Group", a body named before)
_NOUN = re.compile(r"\b[Tt]he\s+(?:establishment|creation|setting\s+up)\s+of(?=\s+an?\s)")
# the first auxiliary after the description, and the verb of approval it carries ("was approved",
# "was also agreed", "had been decided upon", "was endorsed")
_AUXILIARY = re.compile(r"\s(?:was|were|has\s+been|had\s+been|is)\s")
_APPROVED = re.compile(
    r"(?:was|were|has\s+been|had\s+been|is)\s+(?:also\s+|further\s+|subsequently\s+|then\s+)?"
    r"(?:approved|agreed(?:\s+(?:up)?on)?|decided(?:\s+(?:up)?on)?|endorsed|mandated)\b"
)
# "by decision 11/3", "in its resolution 2030/4", "under decision B.41/4": the instrument that
# approved it, named right after the verb
_BY = re.compile(
    r"\s*,?\s*(?:by\s+the\s+[A-Z][\w -]{0,80}?\s*,?\s+)?(?:by|in|under|through|pursuant\s+to)\s+(?:its\s+|the\s+|their\s+)?"
    r"(?:[A-Z][\w -]{0,60}?\s+)?(?:(?:resolution|decision)\s+)?$"
)
# "in paragraph 7 of that resolution", "by the same decision": the instrument named before
_THAT = re.compile(
    r"\s*,?\s*(?:by|in|under|through)\s+(?:(?:operative\s+)?(?:paragraphs?|sections?|articles?)\s+[\w.()]+(?:\s+(?:and|to)\s+[\w.()]+)?\s+of\s+)?"
    r"(?:that|the\s+same|the\s+said|this|the\s+latter)\s+(?:resolution|decision)\b"
)
# "a standing working group", "a permanent committee": created to last
_STANDING = re.compile(r"\s*an?\s+(?:(?:new|open-ended|intergovernmental|technical|ad\s+hoc)\s+){0,2}(?:standing|permanent)\s")


@dataclass(frozen=True)
class NominalEstablishment:
    """Where the noun of the act ends (the body described next) and where its approving verb stands."""

    noun_start: int
    noun_end: int
    verb_start: int
    verb_end: int
    standing: bool  # described as "a standing ..."


def find(text: str) -> list[NominalEstablishment]:
    """Every "the establishment of a ... was approved" in a sentence."""
    if "he establishment of" not in text and "he creation of" not in text and "he setting up of" not in text:
        return []
    found = []
    for noun in _NOUN.finditer(text):
        auxiliary = _AUXILIARY.search(text, noun.end(), noun.end() + 260)
        if auxiliary is None or ";" in text[noun.end() : auxiliary.start()]:
            continue
        verb = _APPROVED.match(text, auxiliary.start() + 1)
        if verb is None:
            continue
        found.append(
            NominalEstablishment(noun.start(), noun.end(), verb.start(), verb.end(), _STANDING.match(text, noun.end()) is not None)
        )
    return found


def named_after_verb(text: str, verb_end: int, keyword_start: int) -> bool:
    """Whether the instrument whose keyword starts at ``keyword_start`` is the one the verb
    names as its agent ("was approved by decision 11/3")."""
    return keyword_start >= verb_end and _BY.match(text[verb_end:keyword_start]) is not None


def that_instrument_after(text: str, verb_end: int) -> re.Match[str] | None:
    """ "was approved in paragraph 7 of that resolution": the instrument the text named before."""
    return _THAT.match(text, verb_end)
