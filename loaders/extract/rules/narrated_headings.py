"""A session report that heads its account of each decision with the decision's number and title
("Decision PC-67/2. Expert group on ...", "Resolution 12/4: Title") over its own numbered
paragraphs that tell the decision in the past ("10. By decision PC-67/2, the Commission decided
...", "11. Recalling ..., the Commission, in decision 12/2, established ..."). The heading heads the
report's account, not the instrument's text: an instrument's own words never name it by its
number, so the paragraphs below are the report's, read as its narrative."""

from __future__ import annotations

import re

# "Decision PC-67/2. Title", "Resolution 12/4: Title", "DECISION 2031/3 – Title", "Decision 30/1"
# ("II.     Resolution 5/2031: Title": the section's Roman numeral or letter before it, which a
# layout may leave on the heading's line)
_HEADING = re.compile(r"^(?:(?:[IVX]{1,5}|[A-H])\.\s+)?(?P<kind>[Dd]ecision|[Rr]esolution|DECISION|RESOLUTION)\s+(?P<number>[^\s.:–—]{1,30}?)\.?(?:[:.]?\s|\s*$)")
# a report's paragraph number ("10.", "10"), or none: the account's first sentence
_LABEL = re.compile(r"^\s*(?:\d{1,3}\.?\s+)?")
# How far into the paragraph's first sentence the instrument may be named: after a recital
# ("Recalling General Assembly resolution 85/64 ..., and its own decision 11/2, the Commission, in
# decision 12/2, decided ...")
_FIRST_SENTENCE = 400
# the preposition that names the instrument as the means: "By decision X", "in decision X", "In its decision X"
_BY_OR_IN = re.compile(r"\b(?:[Bb]y|[Ii]n|[Uu]nder|[Tt]hrough)\s+(?:its\s+)?$")
# "Operative paragraph 3 of Resolution A44-9 requests ...": a paper on a resolution's implications
# tells it paragraph by paragraph, the paragraph the subject
_PARAGRAPH_OF = re.compile(r"(?:[Oo]perative\s+|[Pp]reambular\s+)?[Pp]aragraphs?\s+\d{1,3}(?:\s*\([a-z]\))?\s+of\s+")


# "In its preamble, Resolution 7/2031 recalled ...": the part of the text told first, then the
# instrument as the subject
_PART_OF_THE_TEXT = re.compile(r"In\s+(?:its|the)\s+(?:preamble|operative\s+part|operative\s+paragraphs|annex)\s*,\s+")
# after the number that opens the paragraph: its verb ("recalls", "also requests", "was adopted")
_SUBJECT_THEN_VERB = re.compile(r",?\s+(?:also\s+|further\s+)?(?:(?:is|was|were|has|had)\s+)?[a-z]{3,}(?:s|ed)\b")


def heads_an_account(heading: str, below: list[str]) -> bool:
    """Whether an instrument's heading stands over a paragraph that tells that same instrument by
    its number ("By decision PC-67/2, ...", "..., in decision PC-67/2, decided ..."), in the first
    sentence."""
    if not below:
        return False
    found = _HEADING.match(heading.strip())
    if found is None:
        return False
    label = _LABEL.match(below[0])
    text = below[0][label.end() if label else 0 :][:_FIRST_SENTENCE]
    told = f"{found['kind']} {found['number']}".lower()
    lowered = text.lower()
    at = lowered.find(told)
    while at >= 0:
        after = at + len(told)
        if not (lowered[after : after + 1].isalnum() or lowered[after : after + 1] == "/") and _BY_OR_IN.search(text, max(0, at - 16), at):
            return _no_sentence_end(text[:at])
        if _PARAGRAPH_OF.fullmatch(text, 0, at) and _SUBJECT_THEN_VERB.match(text, after):
            return True
        if (at == 0 or _PART_OF_THE_TEXT.fullmatch(text, 0, at)) and _SUBJECT_THEN_VERB.match(text, after):
            # "Decision 162/2 recalls General Assembly resolution 68/268 ...": the number the
            # subject of the report's sentence, which the text itself never opens on (after the
            # part of the text that says it: "In its preamble, Resolution 7/2031 recalled ...")
            return True
        at = lowered.find(told, after)
    return False


def _no_sentence_end(text: str) -> bool:
    """No full stop ends a sentence before the instrument (a symbol's or a date's dots may stand)."""
    return re.search(r"[a-z)]\.\s+[A-Z]", text) is None


# "Decision PC-67/2. Title", "Resolution 12/4: Title", "Decision 2031/3 – Title": the title after
# the number and its stop, colon or dash
_TITLE = re.compile(r"\s*(?:[.:]|\s[–—-])\s+(?P<title>[A-Z“\"][^\n]{2,200}?)\.?$")


def opens_as_heading(text: str) -> bool:
    """Whether ``text`` opens as an instrument's heading may ("Decision ...", "Resolution ...",
    after a section's numeral: "II. Resolution ..."): a cheap test before `account_heading`."""
    return text[:1] in "DR" or _HEADING.match(text) is not None


def account_heading(heading: str, below: list[str]) -> tuple[str, str] | None:
    """(kind, title) of an instrument's heading over the report's account of it
    (`heads_an_account`), in any numbering ("Decision PC-67/2. Expert group on ...")."""
    found = _HEADING.match(heading.strip())
    if found is None or not heads_an_account(heading, below):
        return None
    title = _TITLE.match(heading.strip(), found.end("number"))
    if title is None:
        return None
    return found["kind"].lower(), title["title"].strip()
