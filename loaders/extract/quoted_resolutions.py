"""The text of a resolution quoted after the account of its adoption, as the Yearbook of the
United Nations, a press release or a report prints it: "On 11 December 2033 [meeting 54], the
General Assembly, on the recommendation of the Sixth Committee [A/88/489], adopted resolution
88/131 [draft: A/C.6/88/L.22] without vote [agenda item 107]." / "Measures to eliminate
international terrorism" (its title) / "The General Assembly," / "Recalling its resolution 49/60
…" / "5. Requests the Secretary-General …".

The quoted paragraphs are the adopted resolution's own words, as those of a resolution printed in
a session report under its number are: "Requests the Secretary-General" tasks the
Secretary-General by resolution 88/131, "Recalling its resolution 49/60" is 88/131's citation.
The number is given by the paragraph telling the adoption, just above; the body by the formula
that opens the text ("The General Assembly,").

Strict on purpose: the paragraph just above (or above the title heading) tells the adoption of
exactly one instrument ("adopted resolution 88/131", "adopted decision 12/3"; a press release's
"The full text of resolution 2797 (2025) reads as follows:" may stand between), and the text opens
with a body's formula ending on a comma ("The General Assembly,"). A quotation after no adoption, a
paragraph adopting several texts, or clauses with no formula keep today's reading. The text runs
while its paragraphs read as clauses (a participle, an operative verb, a number, an elision "…")
and ends at a heading or at the account's next paragraph ("Also on 11 December, the Assembly …").

`quoted_resolution_paragraphs` marks them (pure: paragraphs in, paragraphs out; offsets kept);
`is_quoted_title` tells the reader that a heading so marked is the resolution's title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mandate_graph.graph.model import InstrumentKind
from mandate_graph.loaders.extract.numbering import NumberingFinder
from mandate_graph.loaders.extract.segment import Paragraph
from mandate_graph.loaders.extract.segment import _OPERATIVE_VERB as OPERATIVE_VERB
from mandate_graph.loaders.extract.segment import _PREAMBLE_WORD as PREAMBLE_WORD

# "adopted resolution 88/131", "adopted, by a recorded vote of 149 to 3, resolution 88/131",
# "adopted without a vote resolution 2031/4", "unanimously adopted resolution 2797 (2025)": the
# kind word after the verb (not "adopted draft resolution A/C.6/88/L.22", a draft's symbol)
_ADOPTED = re.compile(r"\badopted\b(?P<between>[^.;:\[\]]{0,80}?)\b(?P<kind>resolution|decision)\s+(?=\S*\d)", re.IGNORECASE)
# "77/12 and resolution 77/14", "77/12, as well as decision 77/540": a second text adopted
_ANOTHER_ADOPTED = re.compile(r"\S+[^.;]{0,60}?(?:\band|,|\bas\s+well\s+as)\s+(?:resolutions?|decisions?)\s+\S*\d")
# the default numbers: "88/131", "2031/4", "2797 (2025)"
_DEFAULT_NUMBER = re.compile(r"(?P<session>\d{1,4})/(?P<number>\d{1,4})\b(?!/)|(?P<sc_number>\d{1,4})\s+\((?P<year>\d{4})\)")
# "The General Assembly,", "The Security Council,", "The Economic and Social Council," alone: the
# formula that opens a resolution's text
_FORMULA = re.compile(r"^The\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|on|for|and|the)){0,8},$")
# an elision in a quotation: "...", "…", "[...]", ". . ."
_ELISION = re.compile(r"^\[?(?:\.\s?){3}\]?$|^\[?…\]?$")
# "The full text of resolution 2797 (2025) reads as follows:", "The text of the resolution is as
# follows:": a press release's line between the account and the text it quotes
_AS_FOLLOWS = re.compile(r"^(?:The\s+(?:full\s+)?text\b[^.;]{0,80}?\b(?:reads|is)\s+as\s+follows|It\s+reads\s+as\s+follows)\s*:$")
_TITLE_LONGEST = 200


def _adopted_number(text: str, numbering: NumberingFinder | None) -> tuple[InstrumentKind, str, str] | None:
    """The one instrument ``text`` tells was adopted ("adopted resolution 88/131"); None when it
    tells of none, or of several."""
    if "dopted" not in text:
        return None
    numbers: set[tuple[InstrumentKind, str, str]] = set()
    for adopted in _ADOPTED.finditer(text):
        if "draft" in adopted["between"].lower():
            continue
        kind: InstrumentKind = "decision" if adopted["kind"].lower() == "decision" else "resolution"
        after = text[adopted.end() : adopted.end() + 40]
        if _ANOTHER_ADOPTED.match(text, adopted.end()):
            return None  # "adopted resolution 77/12 and resolution 77/14": which is quoted is not said
        found = numbering.find(f"{kind} {after}") if numbering is not None else []
        if found and found[0].start == 0 and found[0].kind == kind:
            numbers.add((kind, found[0].session, found[0].number))
            continue
        default = _DEFAULT_NUMBER.match(after)
        if default is None:
            continue
        if default["sc_number"]:
            numbers.add((kind, default["year"], default["sc_number"]))
        else:
            numbers.add((kind, default["session"], default["number"]))
    return numbers.pop() if len(numbers) == 1 else None


def _is_title(p: Paragraph) -> bool:
    text = p.text.strip()
    return p.kind == "heading" and p.instrument is None and 0 < len(text) <= _TITLE_LONGEST and text[-1:] not in ".:;,"


def quoted_resolution_paragraphs(paragraphs: list[Paragraph], numbering: NumberingFinder | None) -> list[Paragraph]:
    """``paragraphs`` with the text of each resolution quoted right after the paragraph telling
    its adoption marked as that resolution's: its title heading (if any) "title", its formula and
    recitals "preamble", its operative clauses "operative". Unchanged when no such text."""
    if not any(p.kind == "paragraph" and p.instrument is None and "dopted" in p.text for p in paragraphs):
        return paragraphs
    out = list(paragraphs)
    index = 0
    while index < len(out):
        p = out[index]
        number = _adopted_number(p.text, numbering) if p.kind == "paragraph" and p.instrument is None else None
        if number is None:
            index += 1
            continue
        at = index + 1
        if at < len(out) and out[at].kind == "paragraph" and out[at].instrument is None and _AS_FOLLOWS.search(out[at].text.strip()):
            at += 1  # "The full text of resolution 2797 (2025) reads as follows:"
        title = at if at < len(out) and _is_title(out[at]) else None
        at += title is not None
        if at >= len(out) or out[at].kind != "paragraph" or out[at].instrument is not None or out[at].label is not None or not _FORMULA.match(out[at].text.strip()):
            index += 1
            continue
        if title is not None:
            out[title] = replace(out[title], instrument=number, part="title")
        out[at] = replace(out[at], instrument=number, part="preamble")
        part = "preamble"
        numbered = False  # an operative clause was numbered: an unnumbered paragraph after it is the account's
        at += 1
        while at < len(out):
            q = out[at]
            text = q.text.strip()
            if q.kind not in ("paragraph", "listing") or q.instrument is not None:
                break
            elision = _ELISION.match(text) is not None
            operative = OPERATIVE_VERB.match(text) is not None and PREAMBLE_WORD.match(text) is None
            if not elision and q.label is None and (numbered or not (operative or PREAMBLE_WORD.match(text))):
                break
            if operative and not elision:
                part = "operative"
            numbered = numbered or part == "operative" and q.label is not None
            out[at] = replace(q, kind="paragraph", instrument=number, part=part)
            at += 1
        index = at
    return out


def is_quoted_title(paragraphs: list[Paragraph], index: int, numbering: NumberingFinder | None) -> bool:
    """Whether ``paragraphs[index]`` is the title heading of a resolution quoted after the
    paragraph telling its adoption (`quoted_resolution_paragraphs`)."""
    p = paragraphs[index]
    if p.kind != "heading" or p.part != "title" or p.instrument is None or index == 0 or index + 1 >= len(paragraphs):
        return False
    before, after = paragraphs[index - 1], paragraphs[index + 1]
    if index >= 2 and before.kind == "paragraph" and _AS_FOLLOWS.search(before.text.strip()):
        before = paragraphs[index - 2]
    return (
        before.kind == "paragraph" and before.instrument is None and after.instrument == p.instrument
        and after.part == "preamble" and _FORMULA.match(after.text.strip()) is not None
        and _adopted_number(before.text, numbering) == p.instrument
    )
