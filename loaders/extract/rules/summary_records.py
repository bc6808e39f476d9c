"""A summary record of a treaty body's or a council's meeting tells of the drafts acted on at
the meeting in reported speech: "The Chair invited the Committee to take action on draft
decision CAT/C/84/L.2, which would become decision 84/1", "Mr. X, introducing the draft, said
that under its terms the Committee would decide to establish ...", "In the operative part, the
Committee invited ...", then "Draft decision CAT/C/84/L.2 was adopted without a vote."

What the record says a draft would do is the adopted text's own once the record says the draft
was adopted: the draft's symbol names it, "which would become decision 84/1" gives its number.
A member's proposal ("proposed adding a paragraph in which the Committee would request ...")
is no account of the draft's terms and tells nothing; a draft withdrawn or not adopted gives
no fact. The sentences are matched here; `relate.Reader` keeps the facts of each draft until
its adoption (`DraftsInHand`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mandate_graph.graph.model import InstrumentRef

# Between the draft's symbol and the number it will take: ", which would become decision 84/1",
# "(to become resolution 12/3)", ", which would be adopted as decision 12/4".
WOULD_BECOME = re.compile(
    r"^\s*,?\s*(?:which\s+would\s+(?:become|be\s+adopted\s+as)|\(?\s*to\s+(?:become|be\s+adopted\s+as))\s+$"
)
# The words that say a sentence tells the draft's terms, not a speaker's view of them:
# "under its terms", "under the terms of the draft", "in the draft decision, the Committee
# recalled", "In the operative part", "in the preambular part", "the draft resolution would",
# "by the draft decision, the Council would", "under draft decision IX/3, the Conference would".
TERMS_OF_THE_DRAFT = re.compile(
    r"\b[Uu]nder\s+(?:its|the)\s+terms\b|\b[Ii]n\s+the\s+(?:operative|preambular)\s+(?:part|paragraphs?)\b"
    r"|\b(?:[Ii]n|[Bb]y|[Uu]nder)\s+the\s+draft(?:\s+(?:decision|resolution))?\s*,"
    # "under draft decision IX/3, the Conference would request": the draft named by its number
    r"|\b(?:[Ii]n|[Bb]y|[Uu]nder)\s+draft\s+(?:decision|resolution)\s+[^\s,]+\s*,"
    r"|\bthe\s+draft(?:\s+(?:decision|resolution))?\s+would\s+(?:have\s+)?(?:the\s+\w+\s+)?(?:decide|request|establish|invite|recall)"
    # "introduced draft resolution A/HRC/86/L.22, by which the Council would request ...", "draft
    # decision X, under which the Conference would decide ...": a relative clause on the draft
    # named by its label tells its terms
    r"|\b[Dd]raft\s+(?:decision|resolution)\s+[A-Z][^\s,]*\s*,\s+(?:by|under|in)\s+which\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}\s+would\b"
)
# A member's proposal or an amendment not retained: its words are no part of the draft.
PROPOSED = re.compile(
    r"\b(?:proposed|suggested|proposal|amendment|would\s+prefer|instead\s+of|did\s+not\s+obtain|not\s+retained|rejected)\b",
    re.IGNORECASE,
)
# "Draft decision CAT/C/84/L.2 was adopted without a vote.", "..., as orally revised, was
# adopted.", "The draft decision was adopted by consensus.", "The Committee adopted draft
# decision X." (the symbol, when printed, is matched against the record's drafts).
ADOPTED = re.compile(
    r"^(?:The\s+)?[Dd]raft\s+(?:decision|resolution)\b(?:[^.;]|\.(?=\S)){0,80}?(?:,\s+as\s+(?:orally\s+)?(?:revised|amended|corrected),)?"
    r"\s+(?:was|were)\s+adopted\b(?!\s+(?:in\s+part|subject))"
    r"|^The\s+[A-Z][\w\s]{2,80}?\s+adopted\s+(?:the\s+)?draft\s+(?:decision|resolution)\b"
    # the sitting told first, as a session's report tells each action: "At the same meeting, the
    # Council adopted draft resolution X without a vote (resolution 86/9)", "At its 45th meeting,
    # on 11 July 2034, the Council adopted the draft resolution ..."
    r"|^(?:At|During)\s+(?:the|its)\s+[\w-]+\s+(?:meeting|sitting|session)\s*,\s+(?:on\s+[^,;]{3,40}?,\s+)?"
    r"the\s+[A-Z][\w\s]{2,80}?\s+adopted\s+(?:the\s+)?draft\s+(?:decision|resolution)\b"
)
# "draft decision XIV/1", "draft resolution 12/3": a draft printed with the number it will take
# (the words right before the number the numbering reads)
DRAFT_BEFORE_NUMBER = re.compile(r"\b[Dd]raft\s+(?:(?:decision|resolution)\s+)?$")
# The chair puts a draft to the meeting, and the record's next words ("It was so decided.") adopt it:
# "she would take it that the Conference wished to adopt draft decision XIV/1", "If he heard no
# objection, he would take it that the Committee wished to adopt the draft resolution", "The Chair
# suggested that the Commission should adopt draft decision 12/4", "invited the Board to adopt ..."
PUT_TO_ADOPTION = re.compile(
    r"\b(?:take\s+it\s+that|suggested\s+that|proposed\s+that|invited\s+the\s+[A-Z]\w*(?:\s+[A-Z]\w*){0,4}\s+to\s+adopt)"
    r"[^.;]{0,120}?\badopt\b[^.;]{0,40}?\b(?:draft\s+(?:decision|resolution)|draft)\b"
)
# "It was so decided.", "It was so agreed.": the record's word that the meeting adopted what the chair put to it
SO_DECIDED = re.compile(r"^It\s+was\s+so\s+(?:decided|agreed)\.?$")
# "the decision just adopted", "the resolution that had just been adopted", "the decision it had just
# adopted", "the decision that the Conference had just adopted": the text the record adopted last
JUST_ADOPTED = re.compile(
    r"\bthe\s+(?P<kind>decision|resolution)\s+(?:(?:that|which)\s+(?:had|has)\s+)?just\s+(?:been\s+)?adopted\b"
    r"|\bthe\s+(?P<kind2>decision|resolution)\s+(?:that\s+)?(?:it|they|(?:the\s+)?[A-Z]\w*(?:\s+[A-Z]\w*){0,4})\s+(?:had|has)\s+just\s+adopted\b"
)
NOT_ADOPTED = re.compile(r"\b(?:was|were)\s+not\s+adopted\b|\bwithdrawn\b|\brejected\b|\bdeferred\b|\bpostponed\b")


@dataclass
class DraftsInHand:
    """The drafts a record has named with the numbers they will take, the one it speaks of now,
    and the facts told of each until the record says it was adopted."""

    numbers: dict[str, InstrumentRef] = field(default_factory=dict)  # draft symbol -> the adopted text
    current: InstrumentRef | None = None
    adopted: set[InstrumentRef] = field(default_factory=set)
    # the draft the chair put to the meeting ("wished to adopt draft decision XIV/1"), which "It was
    # so decided." adopts; the text the record adopted last ("the decision just adopted")
    put: InstrumentRef | None = None
    put_end: int = 0  # where the paragraph that put it ends: "It was so decided." must follow right there
    last_adopted: InstrumentRef | None = None
    # drafts named by a label (symbol or roman numeral), held until the number they took is given,
    # then the adopted text; a draft adopted before its number was given
    labels: dict[tuple[str, str], InstrumentRef] = field(default_factory=dict)  # (kind, label) -> the draft
    awaiting_number: InstrumentRef | None = None

    def named(self, symbol: str, instrument: InstrumentRef) -> None:
        self.numbers[symbol] = instrument
        self.current = instrument

    def by_symbol(self, symbols: list[str]) -> InstrumentRef | None:
        return next((self.numbers[s] for s in symbols if s in self.numbers), None)


def tells_the_terms(paragraph: str) -> bool:
    """Whether a paragraph of a record tells what the draft in hand would do."""
    return TERMS_OF_THE_DRAFT.search(paragraph) is not None and PROPOSED.search(paragraph) is None


def says_adopted(sentence: str) -> bool:
    return ADOPTED.search(sentence) is not None and NOT_ADOPTED.search(sentence) is None


def puts_to_adoption(sentence: str) -> bool:
    return PUT_TO_ADOPTION.search(sentence) is not None and NOT_ADOPTED.search(sentence) is None


# Between the chair's putting a draft and "It was so decided.": the next paragraph's number at most
RIGHT_AFTER = re.compile(r"\s*(?:\(?\w{1,4}[.)]\s*)?")


def says_so_decided(sentence: str) -> bool:
    return SO_DECIDED.match(sentence.strip()) is not None


def just_adopted(paragraph: str) -> re.Match[str] | None:
    """"under the decision just adopted, the Conference endorsed ...": where a paragraph tells the
    terms of the text the record adopted last (a member's proposal tells nothing)."""
    if "just" not in paragraph:
        return None
    back = JUST_ADOPTED.search(paragraph)
    return back if back is not None and PROPOSED.search(paragraph) is None else None


# "The draft recommendations and conclusions contained in document A/AC.154/L.95/Rev.1, as orally
# amended, were adopted.", "The draft report as a whole, as contained in document X and as amended,
# was adopted.": a paper the meeting acted on, named as the document the draft is printed in (E145;
# "Draft decision X was adopted" names the text to be, whose symbol carries nothing: u70)
_ADOPTED_FROM_DOCUMENT = re.compile(
    r"^(?:The\s+)?[Dd]raft\s+[\w ,-]{2,80}?\s*,?\s+(?:as\s+)?(?:contained|set\s+out|reproduced)\s+in\s+documents?\s+"
    r"(?P<papers>[^;]{3,120}?)(?:,\s+as\s+(?:orally\s+)?(?:amended|revised|corrected)\s*,|\s+and\s+as\s+(?:orally\s+)?(?:amended|revised|corrected)\s*,)?"
    r"\s+(?:was|were)\s+adopted\b"
)


def papers_adopted_from(sentence: str) -> tuple[int, int] | None:
    """Where the papers a record says the meeting adopted a draft from are named (start, end), or None."""
    if "adopted" not in sentence or "ocument" not in sentence:
        return None
    found = _ADOPTED_FROM_DOCUMENT.match(sentence.strip())
    if found is None or NOT_ADOPTED.search(sentence):
        return None
    lead = len(sentence) - len(sentence.lstrip())
    return lead + found.start("papers"), lead + found.end("papers")


# ---------------------------------------------------------------- drafts named by a label (E153)
# A verbatim record (or a summary record) of a body that numbers its texts only on adoption names a
# draft by its symbol or by its place in a committee's report, and gives the number in brackets
# after the adoption: "Draft resolution A/87/L.38 was adopted (resolution 87/214).", "Draft
# resolution II was adopted by 128 votes to 7, with 31 abstentions (resolution 87/220).", or in the
# next sentence: "It became resolution 87/214." Until then the draft is held under its label: what
# the record tells of it (its title, what it "would" do) is the adopted text's once the number comes.

# "draft resolution A/87/L.38", "the draft resolution contained in document A/C.3/87/L.12/Rev.1",
# "Draft resolution II", "draft decision IV": a draft's label, its symbol or the roman numeral it
# bears in a committee's report ("draft resolutions I and II" name no one draft)
DRAFT_LABEL = re.compile(
    r"\b[Dd]raft\s+(?P<kind>resolution|decision)\s+(?:(?:as\s+)?(?:contained|issued)\s+in\s+(?:document\s+)?)?"
    r"(?P<label>[IVX]{1,5}(?![\w/-])(?!\s+and\s+[IVX])|[A-Z][A-Z0-9.]*(?:/[\w.()-]*\w)+)"
)
# "Members of the Council have before them document S/2033/880, which contains the text of a draft
# resolution submitted by France": the Security Council's way, the draft named by the document it is in
DRAFT_IN_DOCUMENT = re.compile(
    r"\bdocument\s+(?P<label>[A-Z][A-Z0-9.]*(?:/[\w.()-]*\w)+)\s*,\s+which\s+contains\s+the\s+text\s+of\s+"
    r"(?:a|the)\s+draft\s+(?P<kind>resolution|decision)\b"
)
# "The draft resolution has been adopted unanimously as resolution 2755 (2033).", "Draft decision X
# was adopted as decision 88/512.": the number after "as" closing the adoption's line
ADOPTED_AS_NUMBER = re.compile(
    r"^(?:The\s+)?[Dd]raft\s+(?:decision|resolution)\b(?:[^.;]|\.(?=\S)){0,80}?\s+(?:was|has\s+been|is)\s+"
    r"(?:(?:unanimously|thus|therefore|accordingly)\s+)?adopted\b[^.;()]{0,60}?\bas\s+(?=(?:resolution|decision)\s)"
)
# the title read after the label: ', entitled "..."', ' is entitled "..."', ' entitled "..."'
TITLE_AFTER_LABEL = re.compile(r"\s*,?\s*(?:(?:is|was)\s+)?entitled\s+[“\"](?P<title>[A-Z][^“”\"]{3,300}?)[”\"]")
# "(resolution 87/214)", "(decision 87/512)", "(resolution 87/221 A)" closing an adoption's line
NUMBER_IN_BRACKETS = re.compile(r"\(\s*(?:as\s+)?(?P<kind>resolution|decision)\s+(?P<number>[^()\s]+(?:\s+[A-Z])?)\s*\)\s*\.?\s*$")
# "It became resolution 87/214.", "The draft resolution has become resolution 87/214."
BECAME = re.compile(
    r"^(?:It|The\s+draft(?:\s+(?:resolution|decision))?)\s+(?:became|has\s+become|becomes)\s+"
    r"(?P<kind>resolution|decision)\s+(?P<number>\S+?)\.?$"
)
# A placeholder's session: the draft held under its label is no instrument of the graph.
DRAFT_SESSION = "draft"


def draft_labels(sentence: str) -> list[re.Match[str]]:
    """The drafts a sentence names by a label (symbol or roman numeral), in order."""
    if "raft" not in sentence:
        return []
    found = list(DRAFT_LABEL.finditer(sentence))
    if "contains" in sentence:
        found = sorted(found + list(DRAFT_IN_DOCUMENT.finditer(sentence)), key=lambda m: m.start())
    return found


def label_of(found: re.Match[str]) -> str:
    return found["label"].rstrip(".,;:)")


def title_after_label(sentence: str, found: re.Match[str]) -> str | None:
    """The title read after a draft's label ("draft resolution X, entitled "..."")."""
    titled = TITLE_AFTER_LABEL.match(sentence, found.end())
    return " ".join(titled["title"].split()).rstrip(".,") if titled else None


# A heading that is a text's title, not a section's: no enumerator ("G.", "III.", "1."), no symbol
# or colon, opening with a capital and holding a lower-case word
_TITLE_HEADING = re.compile(r"(?![IVXLC]{1,6}\.\s|[A-Z]\.\s|\d)(?=[^:/]{3,200}$)(?=.*\b[a-z]{2,})[A-Z].*")
# the sentence under it introduces a draft
_INTRODUCED = re.compile(r"\bintroduced\s+(?:the\s+)?draft\s+(?:resolution|decision)\b")


def title_heading(heading: str, sentence: str) -> str | None:
    """The heading right above a session report's paragraph that introduces a draft ("Human rights
    and climate change" / "At the 44th meeting, ... introduced draft resolution A/HRC/86/L.13"),
    as the title of the text the draft becomes; None for a section's heading."""
    title = " ".join(heading.split())
    if _INTRODUCED.search(sentence) is None or _TITLE_HEADING.fullmatch(title) is None:
        return None
    return title


def number_in_brackets(sentence: str) -> re.Match[str] | None:
    """The bracketed number closing a record's line that says a draft was adopted."""
    if "(" not in sentence or not says_adopted(sentence):
        return None
    return NUMBER_IN_BRACKETS.search(sentence.strip())


def number_after_as(sentence: str) -> int | None:
    """Where the kind word of the number a draft was "adopted as" starts, in a record's line."""
    if " as " not in sentence or NOT_ADOPTED.search(sentence):
        return None
    lead = len(sentence) - len(sentence.lstrip())
    found = ADOPTED_AS_NUMBER.match(sentence.strip())
    return lead + found.end() if found is not None else None


def became(sentence: str) -> re.Match[str] | None:
    return BECAME.match(sentence.strip()) if "bec" in sentence else None


def is_held_draft(ref: object) -> bool:
    return getattr(ref, "session", None) == DRAFT_SESSION

# A record's line on a text the meeting adopted, named by its number (no draft): "The Committee
# adopted resolution CE192.R5, Policy on ...", "Decision: The Committee adopted decision CE192(D4)",
# "the Committee, at its first meeting on 23 June, had adopted decisions CE192(D1), ... and
# CE192(D2)" (E157). The words before the number: the subject (a body, checked by the reader), a
# sitting set off by commas, the verb.
_ADOPTED_BY_THE_SUBJECT = re.compile(
    r"(?:^|(?<=:\s)|(?<=\bthat\s))(?:The|the)\s+(?P<subject>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
    r"(?:\s*,\s+(?P<sitting>(?:at|during)\s+(?:its|the)\s+[^,;]{3,60}?)\s*,)?"
    r"\s+(?P<had>had\s+)?(?:then\s+|also\s+|further\s+)?adopted\s+(?:(?:resolutions?|decisions?)\s+)?$"
)
# "Decision CE192(D3), on the admission of non-State actors, had been adopted the previous
# afternoon": the text named at the sentence's start, then the passive (its topic set off between)
_OPENS_WITH_THE_TEXT = re.compile(r"^(?:(?:[Rr]esolution|[Dd]ecision)\s+)?$")
_THEN_PASSIVE = re.compile(
    r"(?:\s*,[^,.;]{0,120},)?\s+(?P<had>had\s+)?(?:been|was|were)\s+adopted\b(?!\s+(?:in\s+part|subject|as\s+orally))"
)
# a day in the sitting set off: "at its first meeting on 23 June", "at its second meeting, on 24 June 2033"
_DAY_IN_SITTING = re.compile(r"\bon\s+(?P<day>\d{1,2}\s+[A-Z][a-z]+)(?:\s+(?P<year>\d{4}))?\b")


@dataclass(frozen=True)
class RecordAdoption:
    subject: tuple[int, int] | None  # where the subject's name is (an active sentence), None for a passive
    earlier: bool  # "had adopted", "had been adopted": before this sitting, not on its day
    day: str | None  # "23 June" of the sitting set off
    year: str | None


def adopted_in_the_record(sentence: str, keyword_start: int, end: int) -> RecordAdoption | None:
    """How a record's sentence says the text whose number (or list) begins at ``keyword_start`` and
    ends at ``end`` was adopted, or None when it does not say so (withdrawn, deferred, not adopted)."""
    if "adopted" not in sentence or NOT_ADOPTED.search(sentence):
        return None
    active = _ADOPTED_BY_THE_SUBJECT.search(sentence, 0, keyword_start)
    if active is not None and active.end() == keyword_start:
        sitting = active["sitting"] or ""
        day = _DAY_IN_SITTING.search(sitting)
        return RecordAdoption(active.span("subject"), bool(active["had"]), day["day"] if day else None, day["year"] if day else None)
    if _OPENS_WITH_THE_TEXT.match(sentence[:keyword_start]) is not None and (passive := _THEN_PASSIVE.match(sentence, end)) is not None:
        return RecordAdoption(None, bool(passive["had"]), None, None)
    return None


# "resolution CE192.R5, Policy on Health Workforce Retention, in which it invited ...": a title in
# capitals set off by commas between the number and the relative clause on the text
_TITLE_SET_OFF = re.compile(r",\s+(?P<title>[A-Z][\w-]*(?:\s+[\w-]+){1,14}?),\s+(?:in|by|under)\s+which\b")
_MINOR_WORDS = frozenset({"on", "of", "and", "for", "the", "in", "to", "a", "an", "with", "by", "at"})


def title_set_off(sentence: str, end: int) -> str | None:
    """The title set off right after a number that ends at ``end``, written in capitals (every word
    but the small ones), or None."""
    found = _TITLE_SET_OFF.match(sentence, end)
    if found is None:
        return None
    words = found["title"].split()
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _MINOR_WORDS for w in words):
        return None
    return found["title"]


# Between two texts of one list: ", ", " and ", ", on the agenda, and " (each set off by its topic)
_LIST_GOES_ON = re.compile(r"(?:\s*,\s+on\s+[^,;()]{1,100})?\s*(?:,|,?\s+and)\s+(?:(?:resolutions?|decisions?)\s+)?")


def list_goes_on(sentence: str, end: int, start: int) -> bool:
    """Whether the words between a text's number ending at ``end`` and the next beginning at
    ``start`` go on with one list."""
    return _LIST_GOES_ON.fullmatch(sentence, end, start) is not None
