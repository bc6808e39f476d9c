"""A session report or a page of decisions that counts what a session adopted before printing the
texts: "The Board adopted five decisions at its eightieth session; they are reproduced below",
"At its twelfth session, the Commission adopted three resolutions". Each text of that kind the
document holds was adopted at that session, when they are as many as the sentence says."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mandate_graph.graph.model import InstrumentKind

_COUNTS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
}
# "adopted five decisions", "adopted a total of 12 resolutions", "adopted the following four
# decisions": a count, then the kind in the plural (one kind only: "three resolutions and two
# decisions" counts neither alone)
_ADOPTED_COUNT = re.compile(
    r"\badopted\s+(?:a\s+total\s+of\s+|the\s+following\s+)?(?P<n>" + "|".join(_COUNTS) + r"|\d{1,2})\s+"
    r"(?P<what>decisions|resolutions)\b(?!\s+and\s+(?:\w+\s+)?(?:decisions?|resolutions?)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CountedAdoption:
    kind: InstrumentKind
    count: int
    start: int  # where the count begins: the session is told around it


def counted_adoption(sentence: str) -> CountedAdoption | None:
    """The kind and the count of texts a sentence says a gathering adopted."""
    if "adopted" not in sentence:
        return None
    m = _ADOPTED_COUNT.search(sentence)
    if m is None:
        return None
    return CountedAdoption(_kind_of(m["what"]), _count_of(m["n"]), m.start())


def _count_of(written: str) -> int:
    return _COUNTS.get(written.lower()) or int(written)


def _kind_of(plural: str) -> InstrumentKind:
    return "decision" if plural.lower().startswith("decision") else "resolution"


# "adopted six resolutions (16/1 to 16/6) and two decisions (16/1 and 16/2)": a second count of the
# other kind, joined by "and" after the first count's numbers in brackets (each count says which
# texts it is, so each is read; "three resolutions and two decisions", no numbers, counts neither)
_AND_COUNTED_IN_BRACKETS = re.compile(
    r"\s*\([^()]{1,80}\)\s*,?\s+and\s+(?:also\s+)?(?P<n>" + "|".join(_COUNTS) + r"|\d{1,2})\s+(?P<what>decisions|resolutions)\s*\(",
    re.IGNORECASE,
)


def counted_after(sentence: str, counted: CountedAdoption) -> CountedAdoption | None:
    """The count of the other kind the sentence joins to ``counted``, each with its numbers in brackets."""
    m = _ADOPTED_COUNT.match(sentence, counted.start)
    after = _AND_COUNTED_IN_BRACKETS.match(sentence, m.end()) if m is not None else None
    if after is None:
        return None
    kind = _kind_of(after["what"])
    return CountedAdoption(kind, _count_of(after["n"]), after.start("n")) if kind != counted.kind else None


# "..., of which Resolutions 3/2031, 5/2031 and 7/2031 are listed": the texts of the count the
# sentence names, after the count ("including", "among them")
_OF_WHICH = re.compile(r"\s*,?\s+(?:of\s+which|including|among\s+(?:them|which))\s+(?=[A-Za-z])")
# "The session adopted ...", "It adopted ...": the gathering the sentence before named
_GATHERING_SUBJECT = re.compile(r"^(?:The|That|This)\s+(?:session|meeting)\s+(?:also\s+)?adopted\b")


def named_of_the_count(sentence: str, counted: CountedAdoption) -> int | None:
    """Where the texts named out of a count begin ("adopted eleven resolutions, of which
    Resolutions 3/2031, 5/2031 and 7/2031 ..."); None when the sentence names none that way."""
    if "which" not in sentence and "including" not in sentence and "among" not in sentence:
        return None
    m = _ADOPTED_COUNT.search(sentence, counted.start)
    after = _OF_WHICH.match(sentence, m.end()) if m is not None else None
    return after.end() if after is not None else None


# "... adopted 21 decisions. Three of them, decisions 12/7, 12/9 and 12/11, set up ...", "Among them
# were resolutions ...", "Of these, decision 4/2 ...": the next sentence names texts out of the count
# (E196); "None of them" names none adopted
_OUT_OF_THE_COUNT_BEFORE = re.compile(
    r"^(?:(?:" + "|".join(_COUNTS) + r"|\d{1,2}|several|some|many|most)\s+of\s+(?:them|these|those|which)|"
    r"(?:among|of)\s+(?:them|these|those))\b",
    re.IGNORECASE,
)


def names_out_of_the_count_before(sentence: str) -> bool:
    """Whether the sentence opens on texts out of the count the sentence before told ("Three of
    them, decisions ..."): the instruments it names of that kind are of the count."""
    return _OUT_OF_THE_COUNT_BEFORE.match(sentence) is not None


def adopted_by_the_gathering_before(sentence: str) -> bool:
    """"The session adopted ...": the subject is the session the sentence before named."""
    return _GATHERING_SUBJECT.match(sentence) is not None


# "At its twelfth session, the Commission adopted the following decisions:", "The following
# resolutions were adopted by the Board at its eightieth session:": a list of the texts follows,
# each entry opening with its number ("Decision 12/1 - Title"); no count to check them against
_ADOPTED_THE_FOLLOWING = re.compile(
    r"(?:\badopted\s+the\s+following\s+(?P<what>decisions|resolutions)"
    r"|^(?:The\s+)?following\s+(?P<what2>decisions|resolutions)\s+(?:were|have\s+been)\s+adopted\b[^:]*)"
    r"\s*:\s*$",
    re.IGNORECASE,
)
# Where an entry of such a list opens: at the paragraph's start, after a bullet ("• Decision
# 12/2", entries a cleaner ran into one paragraph) or after the bracket that closed the entry
# before ("... (adopted on 3 May 2031) Decision 12/2", unbulleted lines run together)
_ENTRY_BEFORE = re.compile(r"(?:[•*·▪–—-]|\)\s)\s*$")
_BULLETED = re.compile(r"^\s*[•*·▪–—-]\s")


def opens_an_entry(text: str, keyword_start: int) -> bool:
    """Whether the kind word at ``keyword_start`` opens an entry of a list ("Decision 12/1 - ...")."""
    before = text[:keyword_start]
    return text[keyword_start : keyword_start + 1].isupper() and (
        not before.strip() or _ENTRY_BEFORE.search(before[-6:]) is not None
    )


def bulleted(text: str) -> bool:
    """A paragraph opening on a bullet: the entries of a list a cleaner ran together."""
    return _BULLETED.match(text) is not None


def adopted_as_listed(sentence: str) -> InstrumentKind | None:
    """The kind of texts a sentence ending on a colon says a gathering adopted, listed below it."""
    if "ollowing" not in sentence or not sentence.rstrip().endswith(":"):
        return None
    m = _ADOPTED_THE_FOLLOWING.search(sentence.strip())
    if m is None:
        return None
    return "decision" if (m["what"] or m["what2"]).lower().startswith("decision") else "resolution"


# "At the same meeting, the Meeting adopted two decisions", "At that session, the Board adopted ...":
# the gathering the count is of is one named before (E157)
_AT_THE_SAME = re.compile(r"^(?:At|During)\s+(?:the\s+same|that)\s+(?P<word>session|meeting)\s*,")


def at_the_same(sentence: str) -> str | None:
    """The kind of gathering ("meeting", "session") a sentence opening "At the same meeting," names."""
    found = _AT_THE_SAME.match(sentence)
    return found["word"] if found is not None else None
