"""The word a document uses for its own body once it has said which body it is: "the Meeting"
(of the Parties to the Convention on ...), "the Conference", "the Assembly", "the Board", "the
Council", "the Forum". Reference files name such a body in full and often by a short name of
several words ("Meeting of the Parties"); the document's text then shortens it further.

The head noun of a name is the last word before its first "of", "on", "for", "to", "under" or
"in" ("Executive Board of the Fund" -> "Board", "Regional Forum on Coastal Wetlands" -> "Forum",
"United Nations Environment Assembly" -> "Assembly"); a name "X of the Parties" gives that
phrase too. Only nouns that name a deliberative body count: "the Secretariat" or "the Programme"
are left to the reference data. Read capitalised, right after "the", and not followed by "of",
"on", "for" or "to" (which would start another name: "the Meeting of Experts").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from mandate_graph.graph.ordinals import ORDINAL
from mandate_graph.loaders.extract.rules.mandate_holders import HELD_BY_ONE_PERSON

HEAD_NOUNS = frozenset({
    "Meeting", "Conference", "Assembly", "Board", "Council", "Forum", "Commission", "Committee", "Congress", "Plenary",
    "Subcommittee", "Subcommission",
    # an organisation's own word for itself in its own (or its board's) documents: "the Entity"
    # (UN-Women), "the Unit" (the Joint Inspection Unit), "the Fund", "the Agency"
    "Entity", "Unit", "Fund", "Agency",
})
# "United Nations Group of Experts on Geographical Names", "Group of Governmental Experts on ...":
# an expert group's pages call it "the Group" (a working group's, "the Working Group": its short name)
_GROUP_OF_EXPERTS = re.compile(r"^(?:[A-Z][\w-]*\s+){0,3}Group\s+of\s+(?:[A-Z][\w-]*\s+)?Experts\b")
_PREPOSITION = re.compile(r"\s+(?:of|on|for|to|under|in)\s+")
_OF_THE_PARTIES = re.compile(r"^(?P<head>[A-Z]\w+\s+of\s+the\s+(?:Contracting\s+)?Parties)\b")


# "... to the Cartagena Protocol on Biosafety": a name that closes on its treaty's whole name, the
# treaty's own word for itself after it ("the Protocol")
_TO_THE_TREATY = re.compile(
    r"^(?P<lead>.+?\s+to\s+the\s+)(?:[A-Z][\w-]*\s+){1,4}(?P<noun>Protocol|Convention|Agreement|Treaty)(?:\s+(?:on|of|for)\s+.+)?$"
)


def head_forms(names: Iterable[str]) -> list[str]:
    """The shortened forms of a body's names its documents use ("Meeting of the Parties",
    "Meeting"; "Conference of the Parties serving as the meeting of the Parties to the Protocol"
    for "... to the Cartagena Protocol on Biosafety": its treaty by the treaty's own word),
    longest first."""
    forms: set[str] = set()
    for name in names:
        name = " ".join(name.split()).removeprefix("the ").removeprefix("The ")
        parties = _OF_THE_PARTIES.match(name)
        if parties:
            forms.add(parties["head"])
        treaty = _TO_THE_TREATY.match(name)
        if treaty and _OF_THE_PARTIES.match(name):
            forms.add(treaty["lead"] + treaty["noun"])
        words = _PREPOSITION.split(name, maxsplit=1)[0].split()
        if words and words[-1] in HEAD_NOUNS:
            forms.add(words[-1])
        if _GROUP_OF_EXPERTS.match(name):
            forms.add("Group")
        if HELD_BY_ONE_PERSON.match(name):
            # a special procedure's own report calls the office it reports for "the mandate holder"
            # and the office itself "the mandate" ("The mandate was established by the Council in
            # its resolution 15/9"; "the mandate of X", "the mandate for three years" are not it)
            forms.update(("mandate holder", "mandate-holder", "mandate"))
    return sorted(forms, key=lambda f: (-len(f), f))


# "the Ninth Review Conference of the States Parties to the Convention": the rest of the name, its
# treaty the document's own ("the Convention"), is part of the mention
_PARTIES_TO_THE_TREATY = (
    r"(?:\s+of\s+the\s+(?:(?:High\s+)?Contracting\s+|States\s+)?Parties\s+to\s+the\s+(?:Convention|Treaty|Protocol|Agreement)\b)"
)


def titled_forms(short_name: str | None) -> list[str]:
    """A short name of several words that ends in a head noun ("Review Conference", "Universal
    Congress"): the name of the body's gatherings too, numbered before it ("the Ninth Review
    Conference"). A bare head noun is not one ("the Third Committee" is another body)."""
    if not short_name or " " not in short_name.strip():
        return []
    words = short_name.split()
    return [" ".join(words)] if words[-1] in HEAD_NOUNS and all(w[:1].isupper() for w in words) else []


# "ExCom" of "UNEP/OzL.Pro/ExCom", "PrepCom" of "XYZ/PrepCom": a symbol series' last segment written
# as an abbreviation in mixed case (a capital inside a word of letters), which documents number as
# the body's gatherings ("ExCom 95"); a segment in capitals ("CN", "AC") is many bodies' series
_CAMEL_ABBREVIATION = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z]{1,6}$")


def series_abbreviation(symbol_prefix: str | None) -> str | None:
    """The abbreviation the last segment of a body's symbol series writes, if it is one ("ExCom")."""
    if not symbol_prefix:
        return None
    last = symbol_prefix.rstrip("/").rsplit("/", 1)[-1]
    return last if _CAMEL_ABBREVIATION.match(last) else None


# the words of a short name an abbreviation is cut from ("Executive Committee": "ExCom", "ExeCom")
_CUT_WORD = re.compile(r"^[A-Z][a-z]{3,}$")
_SMALL_WORDS = frozenset({"of", "the", "on", "for", "and"})


def syllabic_abbreviation(short_name: str | None) -> str | None:
    """The pattern of the abbreviations cut from the first letters of each word of a short name of
    two or three words ("Executive Committee": "ExCom", "ExComm", "ExecCom"; "Preparatory
    Committee": "PrepCom"), written as one word in mixed case; None for another name."""
    if not short_name:
        return None
    words = [w for w in short_name.split() if w not in _SMALL_WORDS]
    if not 2 <= len(words) <= 3 or not all(_CUT_WORD.match(w) for w in words):
        return None
    return "".join("(?:" + "|".join(re.escape(w[:n]) for n in range(4, 1, -1)) + ")" for w in words)


def head_pattern(
    forms: Iterable[str], titled: Iterable[str] = (), abbreviations: Iterable[str] = (), cut: str | None = None,
    numbered: Iterable[str] = (),
) -> re.Pattern[str] | None:
    """"the Meeting", "The Conference of the Parties": each form after "the", as written; a
    titled form ("Review Conference") also after an ordinal ("the Tenth Review Conference"), its
    mention in the group ``name`` (the ordinal is left to the gatherings' reader), the form itself
    in ``title``; a ``numbered`` form only after an ordinal (E135)."""
    forms = list(forms)
    # "the mandate holder to report": a role's name in lower case is asked with "to" after it
    # ("the Conference to the Convention" is no name of the Conference)
    roles = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True) if f[:1].islower())
    forms = [f for f in forms if not f[:1].islower()]
    alternatives = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
    titles = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(titled, key=len, reverse=True))
    only_numbered = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(numbered, key=len, reverse=True))
    abbreviated = "|".join([re.escape(f) for f in sorted(abbreviations, key=len, reverse=True)] + ([f"(?P<cut>{cut})"] if cut else []))
    if not alternatives and not titles and not abbreviated and not only_numbered and not roles:
        return None
    heads = [rf"(?<=[Tt]he\s)(?:{alternatives})\b(?!-)(?!\s+(?:of|on|for|to)\b)"] if alternatives else []
    if roles:
        heads.append(rf"(?<=[Tt]he\s)(?:{roles})\b(?!-)(?!\s+(?:of|on|for)\b)")
    if titles or only_numbered:
        either = "|".join(f"(?:{t})" for t in (titles, only_numbered) if t)
        ordinal = rf"(?:(?i:{ORDINAL})\s+)?" if not only_numbered else (
            rf"(?:(?i:{ORDINAL})\s+(?=(?:{only_numbered})\b)|(?:(?i:{ORDINAL})\s+)?(?=(?:{titles})\b))" if titles else rf"(?i:{ORDINAL})\s+"
        )
        heads.insert(0, rf"(?<=[Tt]he\s){ordinal}(?P<name>(?P<title>{either})\b{_PARTIES_TO_THE_TREATY}?)(?!-)")
    if abbreviated:
        # "ExCom 95", "ExCom-96": the abbreviation before a gathering's number, not inside a symbol
        heads.append(rf"(?<![\w/.])(?:{abbreviated})(?=[ -]\d{{1,3}}\b(?![/.]\d))")
    return _compiled("|".join(heads))


# The documents of one author ask for the same few patterns: compiled once each, where `re`'s
# own cache (512 patterns, the oldest dropped first) had lost them to other documents' patterns
# by the next document of that author (~1 ms a compile, with the ordinals' alternation).
_compiled = lru_cache(maxsize=256)(re.compile)
