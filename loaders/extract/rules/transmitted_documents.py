"""The document a cover letter or note is: what its own opening formula transmits.

"I have the honour to transmit herewith the programme of work of the Committee ... (see annex)",
"The Secretary-General has the honour to transmit herewith the annual report of the Board": the
letter is issued as the thing it transmits, so a later sentence whose subject is that thing named
again ("The programme of work is submitted pursuant to ...", "This annual report was prepared in
accordance with ...") speaks of the document being read, as "The present report" does.

Only a thing a document is (a report, a note, a programme or plan of work, a strategy, ...) is
read, not a text of instruments ("the text of decision 9/COP.18"), and only the first one a formula
names; a name followed by "of", "on", "for" or "by" in the later sentence is another such thing
("The programme of work for 2030 was submitted ..." is last year's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from mandate_graph.loaders.extract.symbols import find_symbols

# what a document may be, as a cover formula names it (with up to two words before: "annual
# report", "biennial work plan", "consolidated progress report")
_DOCUMENT_NOUNS = (
    r"(?:report|note|study|review|assessment|summary|overview|compilation|update|strategy|roadmap|road\s+map"
    r"|work\s*plan|workplan|timetable|calendar|budget|(?:programme|plan)(?:\s+of\s+(?:work|action|activities))?"
    # "the outcome document of the special meeting", "the declaration adopted by ...": what a
    # meeting produced, which the letter carries as its annex (E136)
    r"|document|declaration|communiqu[eé]|statement)"
)
_TRANSMITS = re.compile(
    # ("has the honour to circulate, in the annex to the present note, the report of the Bureau", E253)
    r"\bha(?:s|ve)\s+the\s+honou?r\s+to\s+(?:transmit|submit|forward|present|enclose|circulate)(?:\s+|(?=,))"
    # "to transmit to you the report", "to submit to the Secretary-General the report" (E105)
    # ("to transmit to the members of the General Assembly, pursuant to …, the concise summary":
    # the members of a body as the receiver, the mandate set off right after it, E295)
    # (a name joining its words with "of (the)", "on" or "for": "to the Conference of the States
    # Parties, pursuant to decision 12/3, the report", "to the Commission on Population and
    # Development", G7 of the twenty-fifth round)
    r"(?:to\s+(?:you|(?:the\s+)?(?:[Mm]embers\s+of\s+(?:the\s+)?)?[A-Z][\w-]*(?:\s+(?:(?:and|of|on|for)\s+(?:the\s+)?)?[A-Z][\w-]*){0,6})(?:\s+|(?=,)))?(?:(?:herewith|hereby)(?:\s+|(?=,)))?"
    # "to transmit herewith, as requested in resolution 12/1, the study on ...": the mandate set off
    # between the verb and the thing (E220)
    r"(?:,\s+(?:as|in|pursuant|under|further|consistent)\b[^,;]{0,120}?,\s+)?"
    rf"the\s+(?P<thing>(?:[a-z][a-z-]+\s+){{0,2}}?{_DOCUMENT_NOUNS})"
    r"(?=\s+(?:of|on|for|by|prepared|adopted|covering|dated|which|that)\b|\s*[,.(;]|\s+herewith\b)"
)
# the first paragraphs of the text: a cover formula opens the letter or the note
_FORMULA_REACH = 4


def transmitted_designation(paragraphs: Iterable[str]) -> str | None:
    """The designation ("programme of work", "annual report") of the thing the document's
    cover formula transmits, from its first paragraphs, or None."""
    for index, text in enumerate(paragraphs):
        if index >= _FORMULA_REACH:
            break
        if "honour" not in text and "honor" not in text:
            continue
        m = _TRANSMITS.search(text)
        if m is not None:
            return " ".join(m["thing"].split())
    return None


def report_transmitted_end(text: str) -> int | None:
    """Where the word "report" of a cover formula that transmits a report ends ("I have the
    honour to transmit to you the report| of the Committee on its seventy-eighth session"), or
    None: what the report is of is named right after it."""
    if "honour" not in text and "honor" not in text:
        return None
    m = _TRANSMITS.search(text)
    if m is None or not m["thing"].endswith("report"):
        return None
    return m.end("thing")


def speaks_of_transmitted(text: str, designation: str | None) -> bool:
    """Does the sentence open on the thing the cover formula transmitted, named again ("The
    programme of work is submitted ...", "This annual report has been prepared ...")?"""
    if designation is None or designation.split()[-1] not in text:
        return False
    return _named_again(designation).match(text) is not None


@lru_cache(maxsize=16)
def _named_again(designation: str) -> re.Pattern[str]:
    words = r"\s+".join(re.escape(w) for w in designation.split())
    return re.compile(rf"(?:The|This)\s+(?:present\s+)?{words}\b(?!\s+(?:of|on|for|by)\b|-)")


def is_cover_formula(text: str) -> bool:
    """Is the sentence the cover formula itself ("I have the honour to transmit herewith the
    forty-eighth report of the Team, which the Team submitted to the Committee pursuant to
    resolution 2889 (2029)")? What it says the transmitted thing was made under is the
    document's own mandate, as "The present report is submitted pursuant to ..." is."""
    return ("honour" in text or "honor" in text) and _TRANSMITS.search(text) is not None


# "The report, to be issued as document A/86/46, was adopted ...": the symbol the thing a cover
# letter transmits will bear, said in the letter's first paragraphs
_ISSUED_AS = re.compile(
    r"\b(?:(?:to\s+be|will\s+be|is\s+being|is|has\s+been|was)\s+)?(?:issued|published|circulated)\s+"
    r"(?:as|under\s+(?:the\s+)?symbol)\s+(?:document\s+)?(?=[A-Z])"
)


def symbol_transmitted_as(paragraphs: Iterable[str]) -> str | None:
    """The symbol a cover letter (no symbol of its own) says the thing it transmits is issued
    under ("I have the honour to transmit to you the report of ... The report, to be issued as
    document A/86/46, ..."): the letter stands for that document, as a letter issued under the
    report's symbol does (`transmitted_designation`). Said in the formula's own sentence, or in
    a sentence of that paragraph or the next opening on the thing named again."""
    texts = list(paragraphs)[:_FORMULA_REACH]
    for index, text in enumerate(texts):
        if ("honour" not in text and "honor" not in text) or (formula := _TRANSMITS.search(text)) is None:
            continue
        named_again = _named_again(" ".join(formula["thing"].split()))
        for told in texts[index : index + 2]:
            for sentence in _SENTENCE.finditer(told):
                said = sentence.group(0)
                if "issued" not in said and "published" not in said and "circulated" not in said:
                    continue
                if not (_TRANSMITS.search(said) or named_again.match(said)):
                    continue  # another document's symbol
                for issued in _ISSUED_AS.finditer(said):
                    symbols = [m for m in find_symbols(said) if m.start == issued.end() and len(m.symbols) == 1]
                    if symbols:
                        return symbols[0].symbols[0]
        return None
    return None


# a sentence: up to a full stop before a space and a capital (the stops inside symbols and
# abbreviations are followed by no space)
_SENTENCE = re.compile(r"\S.*?(?:\.(?=\s+[A-Z])|$)", re.DOTALL)


# "The advance unedited text of the report of the Committee on Conferences for 2037 (A/92/32) is now
# posted. The main paragraphs are reproduced below": a message that pastes a report's text under it
# (E285); the report named with its symbol in brackets in the sentence that says so or the one before
_PASTED_BELOW = re.compile(r"\b(?:are|is|have\s+been|has\s+been)\s+(?:reproduced|pasted|copied|quoted|set\s+out)\s+(?:in\s+full\s+)?below\b")
_REPORT_WITH_ITS_SYMBOL = re.compile(r"\breport\s+of\s+the\s+[A-Z][^()]{2,150}?\((?P<symbol>[^()]{3,40})\)")


def pasted_below(paragraph: str) -> str | None:
    """The symbol of the one report a paragraph says its text (or its main paragraphs) is
    reproduced below, named with its symbol in brackets in that paragraph before the phrase."""
    said = _PASTED_BELOW.search(paragraph)
    if said is None:
        return None
    named = [m for m in _REPORT_WITH_ITS_SYMBOL.finditer(paragraph, 0, said.start())]
    if len(named) != 1:
        return None
    found = find_symbols(named[0]["symbol"])
    return found[0].symbols[0] if len(found) == 1 and len(found[0].symbols) == 1 else None
