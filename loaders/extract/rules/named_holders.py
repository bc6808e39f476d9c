"""The body a clause names as the one whose gathering "its" is (E183): "At its twelfth session,
held in Geneva from 3 to 7 May 2031, the Expert Mechanism on Fisheries adopted its report", "During
its 110th session, the Working Group on X adopted ...", "The Advisory Board on Fisheries, at its
twelfth session, recommended ...", "... was adopted by the Panel on Tidal Rights at its third
meeting". Real documents name such bodies of other organizations all the time; where the reference
data knows none of them (nor did the text create it), the gathering is that stranger's, never the
document's own body's or its issuer's.

Only a name in capitals whose head is a kind of body ("Expert Mechanism", "Advisory Board on
Fisheries", "Committee on Fisheries"), of two capitalised words at least. A bare kind word ("The
Group", "The Committee", "the Board", "The Working Group") that opens the clause is the body the
text last named of that kind (E190, `bare_kind_holder`, `resolve._kind_named_last`)."""

from __future__ import annotations

import re

from mandate_graph.loaders.extract.rules.new_bodies import KIND_PATTERN, TITLE_KIND_ONLY, TITLE_KINDS

# a kind of body in capitals, and those no body is created as but many organizations have ("the
# Governing Council of X", "the Assembly of States Parties to Y", "the Conference of Z"), and "Group"
# ("the Steering Group", "the Group" said again, E190)
_HEAD = rf"(?:{TITLE_KINDS}|Council|Conference|Assembly|Bureau|Group)"
# "Expert Mechanism on Fisheries", "Advisory Board of the Fisheries Agency", "International Panel on
# Tidal Rights": capitalised words up to the head, then small words and capitalised ones
_NAME = (
    rf"(?P<name>(?:[A-Z][\w-]*\s+)*?{_HEAD}\b"
    r"(?:\s+(?:(?:of|on|for|against|and|the|in|to)\s+)*[A-Z][\w-]*)*)"
)
# after the gathering and any clause set off by commas ("held in Geneva, Switzerland, from 3 to 7 May
# 2031"): ", (the) <name>" and the subject's verb or a clause set off after it (not "and": two
# subjects, whose "its" the words do not say)
_SUBJECT_AFTER = re.compile(
    rf",\s+(?:[Tt]he\s+)?{_NAME}(?=\s*,|\s+(?!(?:and|or|as)\b)[a-z])"
)
# "<name>, at its", "<name> during its", "by the <name> at its": the name right before
_NAME_THEN_AT = re.compile(rf"(?:^|\s)(?P<by>by\s+)?(?:[Tt]he\s+)?{_NAME}\s*,?\s+(?:[Aa]t|[Dd]uring)\s+(?:its|their)\s*$")
# "the report of the Scientific Advisory Board at its Forty-Ninth Session": the body whose report it
# is, named in full right before "at its", holds the session it reported on (E279)
_REPORT_OF_NAME_AT = re.compile(rf"\b(?:[Rr]eports?|REPORTS?)\s+(?:of|by)\s+(?:the\s+)?{_NAME}\s+at\s+(?:its|their)\s*$")
# the sentence or a clause opens on the name ("The Board", "1. The Board", "In 2031, the Board",
# "Notes that the Board", "...; the Board")
# (an opening phrase may end on a relative clause on what it cites: "In accordance with resolution
# 11/2, by which the Commission established the Working Group on X, the Working Group held its"; a
# clause after ", and": "The Committee met the donors, and the Advisory Board on X held its", E198; a
# relative clause set off by a comma opening on its subject: "the summary ..., which the Board approved
# at its ninetieth regular session", E279)
_OPENS_BEFORE = re.compile(
    r"(?:^\s*(?:\d{1,3}\.\s+)?(?:[A-Z][^,;:()]{0,100},\s+(?:(?:by|in|under|through|with)\s+which\b[^,;:()]{0,200},\s+)?)?"
    r"|(?:\b(?:that|whereas|while|when)|;|,\s+(?:and|but|which))\s+)$"
)
# a clause opening on its gathering inside the sentence: "Notes that, at its ninth session,",
# "...; during its ninth session" (the sentence's own opening is `resolve._AT_ITS`)
_CLAUSE_OPENS_AT_ITS = re.compile(r"(?:\bthat\s*,?|;)\s+(?:[Aa]t|[Dd]uring)\s+(?:its|their)\s*$")
# the capitalised words of a name (the small words between them not counted)
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w-]*")


def subject_after_opening(text: str, end: int, bare: bool = False) -> tuple[int, int] | None:
    """Where the subject named after an opening "At/During its Nth session" (ending at ``end``) is,
    when it is a body's name in capitals; None where the clause's subject is no such name."""
    stop = len(text)
    for mark in (";", ":"):
        found = text.find(mark, end)
        if found >= 0:
            stop = min(stop, found)
    subject = _SUBJECT_AFTER.search(text, end, stop)
    if subject is None or not bare and not _named(subject["name"]):
        return None
    return subject.start("name"), subject.end("name")


def name_right_before(text: str, its_end: int, bare: bool = False) -> tuple[int, int] | None:
    """Where the body's name right before "(,) at/during its" (``its_end``: where "its" ends) is,
    when it is the sentence's subject ("The Advisory Board on Fisheries, at its twelfth session,
    recommended") or the agent of a passive ("adopted by the Panel on Tidal Rights at its third
    meeting"); ``bare``: a kind word alone too."""
    before = _NAME_THEN_AT.search(text, max(0, its_end - 200), its_end)
    if before is None or not bare and not _named(before["name"]):
        return None
    start = before.start("name")
    opening = text[: start].removesuffix("the ").removesuffix("The ")
    if before["by"] is None and _OPENS_BEFORE.search(opening) is None:
        return None
    return start, before.end("name")


def report_of_name_before(text: str, its_end: int) -> tuple[int, int] | None:
    """Where the name of the body whose report is told "of <name> at its" is (``its_end``: where
    "its" ends): "the report of the Scientific Advisory Board at its Forty-Ninth Session" (E279). A
    name in full only (a kind word alone may be another's)."""
    found = _REPORT_OF_NAME_AT.search(text, max(0, its_end - 200), its_end)
    if found is None or not _named(found["name"]):
        return None
    return found.start("name"), found.end("name")


# The clause opens on the name and its verb follows, words in lower case up to "its" (E198): "The
# Advisory Board on Coastal Finance held its third session", "The Committee on Contributions will hold
# its ninety-second session", "In 2031, the Intergovernmental Panel on Shorelines met for its second
# session", "The Working Group on X, set up pursuant to paragraph 4 of resolution 11/2, held its first
# meeting" (a clause set off by commas after the name). Not "and" after the name (two subjects), nor
# "of"/"on" (the name goes on); no other name in capitals between, which may be the holder ("The
# Board on X recommended that the Commission consider at its").
_SET_OFF_AFTER_NAME = (
    r"(?P<aside>\s*,\s+(?:which|who|(?:(?:first|originally|initially)\s+)?(?:established|set\s+up|created)|composed|chaired|as)\b[^,;:()]{0,160},)?"
)
_OPENS_THEN_ITS = r"(?P<between>[^A-Z;:()]{0,160}?)\b(?:its|their)$"
_NAME_OPENS = re.compile(
    rf"(?<![\w-])(?:[Tt]he\s+)?{_NAME}(?=\s*,|\s+(?!(?:and|or|as|of|on|for|to|in)\b)[a-z])" + _SET_OFF_AFTER_NAME + _OPENS_THEN_ITS
)


# What may hold "its" between a name and it: a clause of its own ("…, and that the group held its", "…
# which the group held at its") or the addressee of a request ("asked the expert group to hold its")
_ANOTHER_SUBJECT_BETWEEN = re.compile(
    r"[,;]\s*(?:and|but|or|while|whereas)\b|\b(?:that|which|who|whom|whose|whether|where|when|while)\b(?!\s+(?:its|their)\b|\s*$)"
    r"|\b(?:ask|request|invite|urge|encourage|instruct|direct|task|mandate|call(?:ed|s)?\s+upon)(?:s|d|ed)?\b"
)
# "adopted at", "approved during": the adoption of an instrument the aside cited, not the subject's verb
_ADOPTED_AT = re.compile(r"\s*(?:adopted|approved)\s+(?:at|during)\s+")


def name_opens_clause(text: str, its_end: int) -> tuple[int, int] | None:
    """Where the name in capitals that opens the sentence or a clause stands, when its verb follows
    and only words in lower case (and a clause set off by commas) stand between it and "its"
    (ending at ``its_end``): "The Advisory Board on Coastal Finance held its third session" (E198).
    None for a kind word alone (`bare_kind_holder`) and where the clause opens otherwise."""
    subject = _NAME_OPENS.search(text, max(0, its_end - 400), its_end)
    if subject is None or not _named(subject["name"]):
        return None
    if subject["aside"] is not None and _ADOPTED_AT.fullmatch(subject["between"]):
        # "The Codex Alimentarius Commission, established by Resolution 12/61 of the Conference of
        # FAO, adopted at its eleventh session, ...": the instrument's adoption, told in the aside
        return None
    if _ANOTHER_SUBJECT_BETWEEN.search(subject["between"]):
        # "The Conference of the Parties asked the dune expert group to meet, and that the dune expert
        # group held its fourth meeting": another clause, or the addressee of a request, holds it
        return None
    opening = text[: subject.start("name")].removesuffix("the ").removesuffix("The ")
    if _OPENS_BEFORE.search(opening) is None:
        return None
    return subject.start("name"), subject.end("name")


# "the Advisory Board on Coastal Finance's third session": a name in the possessive ("the Committee
# on Contributions' ninety-second session": a name ending in "s" takes the apostrophe alone, E208)
_NAME_POSSESSIVE = re.compile(rf"(?<![\w-]){_NAME}(?:['’]s|(?<=s)['’])\s+$")


# "The advisory board on coastal finance held its third session", "the committee on contributions will
# hold its": a body named in lower case, a kind of body and what it is on or for, opening the clause with
# a verb of holding right before "its" (E208; E198 read names in capitals only)
_LOWER_CASE_NAME_HOLDS = re.compile(
    rf"(?<![\w-])[Tt]he\s+(?P<name>(?:[a-z][\w-]*\s+){{0,3}}?(?:{KIND_PATTERN})\s+(?:on|for)\s+[a-z][\w-]*"
    r"(?:\s+(?:(?:and|of|the|in|to)\s+)*[a-z][\w-]*){0,5}?)"
    r"\s+(?:(?:will|shall|would)\s+hold|held|holds|met\s+for|convened|convenes|opened|concluded)\s+(?:its|their)$"
)
# the ends of those verbs ("met for": "for")
_HOLDING_VERB_ENDS = ("hold", "held", "holds", "for", "convened", "convenes", "opened", "concluded")


def _holding_verb_before_its(text: str, its_end: int) -> bool:
    """Whether ``text[:its_end]`` ends on "its" or "their" (a line end after it perhaps, as "$" allows)
    right after one of the verbs `_LOWER_CASE_NAME_HOLDS` ends on: every match does, and the
    pattern is tried at every position of the 200 characters before else."""
    head = text[:its_end]
    if head.endswith("\n"):
        head = head[:-1]
    if not head.endswith(("its", "their")):
        return False
    return head[: -5 if head.endswith("their") else -3].rstrip().endswith(_HOLDING_VERB_ENDS)


def lower_case_name_holds(text: str, its_end: int) -> tuple[int, int] | None:
    """Where the body named in lower case whose verb of holding stands right before "its" (ending at
    ``its_end``) is, when it opens the sentence or a clause: "The advisory board on coastal finance
    held its third session" (E208)."""
    found = _LOWER_CASE_NAME_HOLDS.search(text, max(0, its_end - 200), its_end) if _holding_verb_before_its(text, its_end) else None
    if found is None:
        return None
    opening = text[: found.start()]
    if _OPENS_BEFORE.search(opening) is None:
        return None
    return found.start("name"), found.end("name")


def name_before_possessive(text: str, start: int) -> tuple[int, int] | None:
    """Where the name in capitals (two capitalised words at least) whose possessive "'s" ends right
    before ``start`` (a gathering's words) stands, E198."""
    found = _NAME_POSSESSIVE.search(text, max(0, start - 200), start)
    if found is None or not _named(found["name"]):
        return None
    return found.start("name"), found.end("name")


def _named(name: str) -> bool:
    """A name, not the kind's word alone ("Board", "Committee")."""
    return len(_CAPITALISED_WORD.findall(name)) >= 2


def clause_opens_at_its(text: str, its_end: int) -> bool:
    """Whether "at/during its" (ending at ``its_end``) opens a clause after "that" or a semicolon."""
    return _CLAUSE_OPENS_AT_ITS.search(text, max(0, its_end - 30), its_end) is not None


# A kind of body alone, in capitals, as a text names again a body it named in full ("The Group",
# "The Committee", "the Board", "The Working Group", "The Sub-Committee"): none of these is a name
# (E190)
_BARE_KIND = re.compile(rf"(?:{TITLE_KIND_ONLY}|Group|Council|Conference|Assembly|Bureau)")
# "The Group held its", "The Committee adopted its report at its", "The Board decided that its":
# the clause opens on the kind word, its verb follows (not "and": two subjects; not "of"/"on": a
# name goes on), then words in lower case up to "its" (no other name in capitals, which may be the
# holder), with a clause set off by commas after the subject ("The Group, which the Assembly
# established in 2029, held its")
_BARE_KIND_OPENS = re.compile(
    rf"\b[Tt]he\s+(?P<kind>{_BARE_KIND.pattern})(?=\s*,|\s+(?!(?:and|or|as|of|on|for|to|in)\b)[a-z])"
    + _SET_OFF_AFTER_NAME + _OPENS_THEN_ITS
)


def bare_kind_holder(text: str, end: int, opening: bool) -> tuple[int, int] | None:
    """Where the kind word alone in capitals whose gathering "its" (ending at ``end``) is stands:
    the subject after an opening "At/During its Nth session, ..." (``opening``), the subject or
    agent right before "(,) at/during its", or the clause's subject with its verb before "its"
    ("The Group held its second session", "15. The Committee, at its 110th session, adopted",
    "Notes that the Board decided that its next session"); None where the holder is no kind word
    alone."""
    if opening:
        after = subject_after_opening(text, end, bare=True)
        return after if after is not None and _BARE_KIND.fullmatch(text, *after) else None
    before = name_right_before(text, end, bare=True)
    if before is not None:
        return before if _BARE_KIND.fullmatch(text, *before) else None
    subject = _BARE_KIND_OPENS.search(text, max(0, end - 400), end)
    if subject is None or _OPENS_BEFORE.search(text[: subject.start()]) is None:
        return None
    return subject.start("kind"), subject.end("kind")


def kind_answers(kind: str, name: str) -> bool:
    """Whether a body named ``name`` answers to the kind word ``kind`` ("Group" of "the open-ended
    working group on X", "Committee" of "Committee on Fisheries", "Board" of "Executive Board of
    the Fund", not "Committee" of "Sub-Committee of ..."): the words before what the body is of or
    on end with the kind's."""
    head = _NAME_GOES_ON.split(" ".join(name.split()), maxsplit=1)[0].lower()
    word = " ".join(kind.split()).lower()
    return head == word or head.endswith(" " + word)


# where a name's head ends: what the body is on, of, for or against, a clause or a bracket after it
_NAME_GOES_ON = re.compile(r"\s+(?:on|of|for|against|to|in|under|at|established|set|created)\s+|\s*[,;(]")


# the capitalised words right before a kind word ("Advisory " of "Advisory Board"; not an article or
# a preposition that opens the sentence), and the small and capitalised words after it ("on
# Fisheries", "of the Fisheries Agency")
_CAPITALISED_BEFORE = re.compile(r"(?:(?<![\w-])(?!(?:The|In|At|By|During|On|For)\s)[A-Z][\w'’-]*\s+){1,6}$")
_NAME_TAIL = re.compile(r"(?:\s+(?:(?:of|on|for|against|and|the|in|to)\s+)*[A-Z][\w-]*)*")


def name_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name in capitals a kind word (``text[start:end]``) is the head of ("the Advisory Board on
    Fisheries", "Committee on the Rights of the Child"), when there is one: two capitalised words at
    least, the article not counted; None for the kind word alone ("The Group held ...")."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 80), start)
    first = before.start() if before is not None else start
    tail = _NAME_TAIL.match(text, end)
    last = tail.end() if tail is not None else end
    name = text[first:last]
    if not _named(name) or not kind_answers(text[start:end], name):
        return None
    return first, last
