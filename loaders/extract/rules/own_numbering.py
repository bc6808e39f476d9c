"""Numbering a document shows itself, where the reference data has no template for it.

A document that heads each of its instruments with an identifier, under or over the word for
its kind and the adopting body's formula, says how that body numbers its instruments; the
identifiers are read as numbers wherever the document writes them, without a template:

- **the symbol of the document it was adopted on**: a heading "GB.352/INS/5 - Title" (or
  "GB.352/INS/5: Title") followed by "Decision" (or "Resolution") or by an opening formula
  ("The Governing Body, ...") where "GB" is the symbol prefix of a body issuing instruments:
  every "GB.<session>/<section>/<n>" of the document is an instrument of that body, of session
  "<session>-<section>" (the section numbers the items of a session separately), number n. A
  symbol with more after it ("GB.352/INS/5/Add.1") stays a document. So does a body's minutes,
  item by item: "Decision" over the body's formula ("2. The Governing Body approved ...") and a
  source note "(GB.373/INS/1, paragraph 3)" closing the text (E188); a symbol alone in its brackets
  ("the report of the tenth meeting ... (GB.373/INS/4)") is the paper itself.
- **a kind word, "No." and the session in brackets**: a heading "Conclusion No. 121 (LXXVIII)"
  (or "Decision No. 7 (12)") above the opening formula of a body issuing instruments ("The
  Executive Committee,"): every "Conclusion No. <n> (<session>)" of the document is that body's
  instrument (a conclusion or a recommendation is a decision of the body), the session in Roman
  numerals or figures.

- **decision points under agenda items**: paragraphs opening with a point label "7.1" right
  after the opening formula of a body issuing instruments that meets in numbered meetings ("The
  Programme Coordinating Board," / "7.1 decides ...") in a document of one such meeting ("57th
  meeting of the ... Board"): each point is a decision of that meeting, session
  "<meeting>-<item>", number the point ("7.1" of the 57th meeting: "57-7", 1); "decision 10.2 of
  its 55th meeting" names another meeting's, "decisions 7.1 to 7.3" a range.

- **decisions numbered within a session**: a heading "List of decisions adopted at the
  ninety-first session" (or "Decisions adopted by the Committee at its fifth session") over
  headings "Decision 4 - Title" ("Decision 12: Title", "Decision 3 – Title"), in a document of a
  body issuing instruments that numbers them from 1 at each session (a session report's annex):
  each heading is that body's decision of that session, number N; "decision 2 of its eighty-sixth
  session" anywhere in the document is the same body's decision of the session it names. The body
  is the one the list's heading, the lines between it and the first decision ("All decisions below
  were adopted by the Committee on ...") or the document's title ("Report of the Inland Transport
  Committee on its ninety-first session") names.

A heading that is followed by neither the kind word nor a formula shows nothing: a report may
list other organizations' symbols.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from mandate_graph.graph.model import InstrumentKind
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract.numbering import NumberedInstrument, NumberingFinder
from mandate_graph.loaders.extract.ordinals import ORDINAL, ordinal_value
from mandate_graph.loaders.extract.references import BodyMatcher
from mandate_graph.loaders.extract.rules.instrument_headings import KIND_TITLE, NOTE_LOOK, SOURCE_NOTE
from mandate_graph.loaders.extract.roman import is_roman, roman_value

# "GB.352/INS/5 - Title": the heading, the symbol's prefix, session and section kept apart.
_SYMBOL_HEADING = re.compile(
    r"^(?P<prefix>[A-Z][A-Za-z]{0,9})\.(?P<session>\d{1,4})/(?P<section>[A-Z]{2,8})/(?P<number>\d{1,3})\s*(?:[-–—:]\s+|\s+)(?=[A-Z“\"])"
)
# "GB.373/INS/5" in a decision's source note (`instrument_headings.SOURCE_NOTE`): the symbol's
# prefix, session, section and number, as in a heading
_NOTE_SYMBOL = re.compile(r"(?P<prefix>[A-Z][A-Za-z]{0,9})\.(?P<session>\d{1,4})/(?P<section>[A-Z]{2,8})/(?P<number>\d{1,3})")
# "Conclusion No. 121 (LXXVIII)": kind word, "No.", number, session in brackets.
_KIND_NUMBER = r"(?P<kind>Conclusion|Decision|Resolution|Recommendation)s?\s+No\.?\s*(?P<number>\d{1,4})\s*\(\s*(?P<session>[IVXLC]{1,9}|\d{1,3})\s*\)"
_KIND_NUMBER_HEADING = re.compile(rf"^{_KIND_NUMBER}")
_KIND_LINE = re.compile(r"^(?P<kind>Decision|Resolution|Conclusion|Recommendation)\s*$", re.IGNORECASE)
# (E250) "No. 130 (LXXXV) - 2034" alone under its title "A. Conclusion on refugee statistics ...":
# the number without its kind word, the year of adoption after a dash; the title above opens with
# the kind word (a report's chapter letter before it)
_NUMBER_ALONE = r"No\.?\s*(?P<number>\d{1,4})\s*\(\s*(?P<session>[IVXLC]{1,9}|\d{1,3})\s*\)(?:\s*[-–—]\s*(?:19|20)\d\d)?"
_NUMBER_ALONE_HEADING = re.compile(rf"^{_NUMBER_ALONE}$")
# "The Executive Committee,", "The Governing Body, recalling ...:", "The Board:"
_FORMULA = re.compile(r"^The\s+(?P<name>[A-Z][^,;:.]{2,160}?)(?:[,:]|\s+(?:decides|decided|requests|requested)\b)")
# "7.1 decides ...": a decision point's label, then its verb
POINT_LABEL = re.compile(r"^(?P<item>\d{1,3})\.(?P<point>\d{1,2})\s+(?=[A-Za-z])")
# "decision 10.2 of its 55th meeting", "decisions 5.1 to 5.3", "Decision 9.4", "Decision points 4.1
# to 5.1" (a range over two agenda items: the points the document numbers between them)
_POINT_REFERENCE = re.compile(
    r"(?<![\w/.])(?:[Dd]ecisions?|DECISIONS?)(?:\s+points?)?\s+(?P<section>\d{1,3})\.(?P<number>\d{1,2})"
    r"(?:\s+to\s+(?:(?P=section)\.(?P<last>\d{1,2})|(?P<last_section>\d{1,3})\.(?P<last_point>\d{1,2})))?"
    rf"(?:\s+of\s+(?:its|the)\s+(?P<session>{ORDINAL})\s+meeting)?(?![\w/]|\.\d)",
    re.IGNORECASE,
)
# "57th meeting of the ... Board", "at its 57th meeting": the meeting the document is of
_MEETING_NAMED = re.compile(rf"\b(?P<ordinal>{ORDINAL})\s+meeting\b", re.IGNORECASE)
_FEWEST_POINTS = 2
_MEETING_LOOK = 8
# How many blocks below the heading the kind word or the formula may stand.
_LOOK_AHEAD = 3
_AFTER = r"(?![\w/]|\.\d)"


def roman_session(session: str) -> str:
    return str(roman_value(session)) if is_roman(session) else session


def _kind(word: str | None) -> InstrumentKind:
    return "resolution" if word is not None and word.lower().startswith("resolution") else "decision"


@dataclass(frozen=True)
class ShownNumbering(NumberingFinder):
    """The reference data's conventions, and those the document shows."""

    base: NumberingFinder | None = None
    # (pattern with groups session/section?/number, issuer, kind)
    shown: tuple[tuple[re.Pattern[str], str, InstrumentKind], ...] = ()
    # decision points under agenda items: (issuer, the document's meeting)
    points: tuple[str, int] | None = None
    # the point labels the document numbers, in order ((4, 1), (4, 2), (5, 1)): what a range over
    # two items ("Decision points 4.1 to 5.1") takes in
    labels: tuple[tuple[int, int], ...] = ()
    # decisions numbered within a session: (issuer, the session of the list of decisions)
    in_session: tuple[str, int] | None = None

    def point_issuer(self) -> str | None:
        return self.points[0] if self.points is not None else None

    def point_instrument(self, label: str) -> tuple[InstrumentKind, str, str] | None:
        """The decision a point label ("7.1") numbers in this document, if it numbers points."""
        m = POINT_LABEL.match(label + " x")
        if self.points is None or m is None:
            return None
        return "decision", f"{self.points[1]}-{m['item']}", str(int(m["point"]))

    def preferring(self, document: str, evident: frozenset[str] = frozenset()) -> NumberingFinder:
        return self

    def find(self, text: str) -> list[NumberedInstrument]:
        found = self.base.find(text) if self.base is not None else []
        for pattern, issuer, kind in self.shown:
            for m in pattern.finditer(text):
                if any(n.start < m.end() and m.start() < n.end for n in found):
                    continue
                groups = m.groupdict()
                if groups.get("section") and text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")":
                    # "taking note of the report of the tenth meeting of the Working Group
                    # (GB.373/INS/4)", "Approval of the minutes (GB.373/INS/1)": a symbol alone in
                    # its brackets names the paper itself, not the decision taken on it (E188)
                    continue
                session = roman_session(groups["session"])
                if groups.get("section"):
                    session = f"{session}-{groups['section']}"
                found.append(NumberedInstrument(m.start(), m.end(), kind, session, groups["number"], issuer))
        if self.points is not None and ("ecision" in text or "ECISION" in text):
            issuer, meeting = self.points
            for m in _POINT_REFERENCE.finditer(text):
                if any(n.start < m.end() and m.start() < n.end for n in found):
                    continue
                of = ordinal_value(m["session"]) if m["session"] else meeting
                session = f"{of}-{int(m['section'])}"
                found.append(NumberedInstrument(m.start(), m.end(), "decision", session, str(int(m["number"])), issuer))
                low, high = int(m["number"]), int(m["last"]) if m["last"] else 0
                for number in range(low + 1, high + 1) if 0 < high - low <= 30 else ():
                    found.append(NumberedInstrument(m.start("last"), m.end("last"), "decision", session, str(number), issuer, in_range=True))
                if m["last_section"] and not m["session"]:
                    first, last = (int(m["section"]), low), (int(m["last_section"]), int(m["last_point"]))
                    between = [label for label in self.labels if first < label <= last] if first < last else []
                    for item, point in between if last in between else ():
                        found.append(
                            NumberedInstrument(m.start("last_section"), m.end(), "decision", f"{of}-{item}", str(point), issuer, in_range=True)
                        )
        if self.in_session is not None and ("ecision" in text or "ECISION" in text):
            list_issuer, list_session = self.in_session
            for m in _SESSION_DECISION.finditer(text):
                if any(n.start < m.end() and m.start() < n.end for n in found):
                    continue
                adopted_at = ordinal_value(m["session"]) if m["session"] else list_session
                if m["session"] is None and m.start() != 0:
                    continue  # a bare "Decision 4" is the list's only as a heading, at the text's start
                found.append(NumberedInstrument(m.start(), m.end(), "decision", str(adopted_at), str(int(m["number"])), list_issuer))
        return sorted(found, key=lambda n: n.start)


def _issuer_of_formula(lines: list[str], matcher: BodyMatcher, registry: BodyRegistry, document: Callable[[], str]) -> str | None:
    """The body issuing instruments that the formula among ``lines`` names; a short name
    several bodies carry ("The Executive Committee,") is the one whose full name the document
    (lower-cased, spaces collapsed: ``document()``) writes, if only one does."""
    for line in lines:
        formula = _FORMULA.match(line)
        if formula is None:
            continue
        for mention in matcher.find(formula["name"]):
            keys = [mention.key] if mention.key else matcher.shorts.get(mention.short or "", [])
            issuing = [registry.bodies[k] for k in keys if k in registry.bodies and registry.bodies[k].issues_instruments]
            if len(issuing) > 1:
                issuing = [b for b in issuing if any(" " in n and n.lower() in document() for n in b.names)]
            if len(issuing) == 1:
                return issuing[0].key
    return None


def shown_numbering(blocks: list[str], matcher: BodyMatcher, registry: BodyRegistry) -> NumberingFinder | None:
    """The matcher's numbering with the conventions the document's headings show (``blocks``:
    its text blocks in order), or None when they show none."""
    made: list[str] = []

    def document() -> str:
        # the whole text lower-cased, made only for a formula's short name several bodies
        # carry (few documents have one; every document would pay for the copy)
        if not made:
            made.append(" ".join(" ".join(blocks).lower().split()))
        return made[0]

    prefixes = {body.symbol_prefix: body.key for body in registry if body.symbol_prefix and body.issues_instruments}
    shown: dict[tuple[str, str, str], tuple[re.Pattern[str], str, InstrumentKind]] = {}
    for index, block in enumerate(blocks):
        line = block.strip()
        symbol = _SYMBOL_HEADING.match(line)
        numbered = _KIND_NUMBER_HEADING.match(line)
        alone = _NUMBER_ALONE_HEADING.match(line) if line[:2] == "No" and index else None
        if symbol is None and numbered is None and alone is None:
            continue  # most blocks head nothing: the blocks below are not read for them
        below = [b.strip() for b in blocks[index + 1 : index + 1 + _LOOK_AHEAD]]
        kind_line = next((k for b in below if (k := _KIND_LINE.match(b))), None)
        if symbol is not None and symbol["prefix"] in prefixes and matcher.numbering.find(line[: symbol.end()]) == []:
            issuer = prefixes[symbol["prefix"]]
            if kind_line is None and _issuer_of_formula(below, matcher, registry, document) != issuer:
                continue
            kind = _kind(kind_line["kind"] if kind_line else None)
            shown.setdefault(("symbol", symbol["prefix"], issuer), (_symbol_pattern(symbol["prefix"]), issuer, kind))
            continue
        titled = KIND_TITLE.match(blocks[index - 1].strip()) if alone is not None else None
        # "Conclusion No. 121 (LXXVIII)" heading the text; or (E250) "A. Conclusion on refugee
        # statistics ..." / "No. 130 (LXXXV) - 2034" / "The Executive Committee,": the kind word heads
        # the title, the number stands alone below it, and the number alone is the text's heading
        word_match = numbered if numbered is not None else titled
        heading = line[: numbered.end()] if numbered is not None else line
        if word_match is not None and matcher.numbering.find(heading) == []:
            formula_issuer = _issuer_of_formula(below, matcher, registry, document)
            if formula_issuer is None:
                continue
            word = word_match["kind"]
            pattern = re.compile(
                rf"(?<![\w/.])(?:{word}|{word.lower()})s?\s+No\.?\s*(?P<number>\d{{1,4}})\s*\(\s*(?P<session>[IVXLC]{{1,9}}|\d{{1,3}})\s*\){_AFTER}"
            )
            shown.setdefault(("kind", word, formula_issuer), (pattern, formula_issuer, _kind(word)))
            if numbered is None:
                shown.setdefault(("alone", word, formula_issuer), (_NUMBER_ALONE_HEADING, formula_issuer, _kind(word)))
    for symbol, issuer, kind in _closing_notes(blocks, prefixes, matcher):
        shown.setdefault(("symbol", symbol["prefix"], issuer), (_symbol_pattern(symbol["prefix"]), issuer, kind))
    points = _point_numbering(blocks, matcher, registry, document)
    in_session = _session_list_numbering(blocks, matcher, registry, document)
    if not shown and points is None and in_session is None:
        return None
    labels = tuple(_labels(blocks)) if points is not None else ()
    return ShownNumbering(
        None, (), (), base=matcher.numbering, shown=tuple(shown.values()), points=points, labels=labels, in_session=in_session
    )


def _labels(blocks: list[str]) -> list[tuple[int, int]]:
    """The point labels ("4.1") that open the document's blocks, in order."""
    return [(int(m["item"]), int(m["point"])) for block in blocks if (m := POINT_LABEL.match(block.strip()))]


def _symbol_pattern(prefix: str) -> re.Pattern[str]:
    """Every "<prefix>.<session>/<section>/<n>" of a document whose decisions are known so."""
    return re.compile(rf"(?<![\w/.]){re.escape(prefix)}\.(?P<session>\d{{1,4}})/(?P<section>[A-Z]{{2,8}})/(?P<number>\d{{1,3}}){_AFTER}")


def _closing_notes(
    blocks: list[str], prefixes: dict[str, str], matcher: BodyMatcher
) -> list[tuple[re.Match[str], str, InstrumentKind]]:
    """The source notes "(GB.373/INS/5, paragraph 22)" that close a decision's text in a body's
    minutes: a "Decision" line above them, the formula of the body whose symbol prefix the note
    writes right under that line ("The Governing Body:", "3. The Governing Body approved ...").
    Each says the body's decisions are known by the symbol of the document they were adopted on."""
    found = []
    for index, block in enumerate(blocks):
        if not block.startswith("(") or "para" not in block:
            continue
        sourced = SOURCE_NOTE.match(block.strip())
        note = _NOTE_SYMBOL.fullmatch(sourced["symbol"]) if sourced is not None else None
        if note is None or note["prefix"] not in prefixes or matcher.numbering.find(note.group(0)):
            continue
        issuer = prefixes[note["prefix"]]
        for above in range(index - 1, max(-1, index - 1 - NOTE_LOOK), -1):
            kind_line = _KIND_LINE.match(blocks[above].strip())
            if kind_line is None:
                continue
            formula = _LABEL_BEFORE_FORMULA.sub("", blocks[above + 1].strip()) if above + 1 < index else ""
            if issuer in _opening_bodies(formula, matcher):
                found.append((note, issuer, _kind(kind_line["kind"])))
            break
    return found


# "3. The Governing Body ...": a minutes' paragraph number before the decision's formula
_LABEL_BEFORE_FORMULA = re.compile(r"^\d{1,3}\.\s+(?=The\s)")


def _opening_bodies(text: str, matcher: BodyMatcher) -> list[str]:
    """The bodies whose name opens ``text`` after "The" ("The Governing Body approved ...", "The
    Executive Council took note ..."), whatever the verb: a short name's every holder (the
    note's symbol prefix says which one)."""
    if not text.startswith("The "):
        return []
    named = matcher.find(text[:200])
    if not named or named[0].start != 4:
        return []
    return [named[0].key] if named[0].key else list(matcher.shorts.get(named[0].short or "", []))


# "List of decisions adopted at the ninety-first session", "Decisions adopted by the Committee at
# its fifth session", "Decisions adopted at the twelfth meeting": the heading of a session's list
# ("Decisions adopted during the ninety-first session": "during" as "at")
_SESSION_LIST = re.compile(
    rf"^(?:(?:A\s+)?list\s+of\s+(?:the\s+)?)?decisions\s+(?:adopted|taken)\s+(?:by\s+(?P<name>[^\n]{{3,160}}?)\s+)?"
    rf"(?:at|during)\s+(?:its|the)\s+(?P<ordinal>{ORDINAL})\s+(?:session|meeting)\b[^\n]{{0,120}}$"
    # (E265) "Decisions adopted by the Sixth Meeting of States Parties", "Decisions adopted at the
    # Fourth Review Conference": a treaty's gathering named by its ordinal and its own name, which is
    # the body's (the Meeting of States Parties meets as its Sixth Meeting)
    rf"|^(?:(?:A\s+)?list\s+of\s+(?:the\s+)?)?decisions\s+(?:adopted|taken)\s+(?:by|at)\s+the\s+(?P<gathering_ordinal>{ORDINAL})"
    rf"\s+(?P<gathering>(?:Meeting|Conference|Review\s+Conference|Assembly)\s+of\s+(?:the\s+)?[^\n]{{3,160}}|Review\s+Conference\b[^\n]{{0,160}})$",
    re.IGNORECASE,
)
# "Decision 4 - Climate change adaptation", "Decision 12: Title", "Decision 3 – Title": a number
# of one or two figures (no slash, no session), then the title
# (E265) "Decision 1" alone on its heading line, its title the next heading (a PDF converter's
# Markdown gives each its own "##")
_SESSION_HEADING = re.compile(r"^(?:Decision|DECISION)\s+(?P<number>\d{1,3})(?:\s*[-–—:.]\s*(?=[A-Z“\"])|\s*$)")
# the headings, and "decision 2 of its eighty-sixth session" (another session's decision of the body)
_SESSION_DECISION = re.compile(
    rf"(?<![\w/.])(?:Decision|decision|DECISION)\s+(?P<number>\d{{1,3}})"
    rf"(?:(?=\s*[-–—:.]\s*[A-Z“\"])|(?=\s*$)|\s+(?:of|adopted\s+at)\s+its\s+(?P<session>{ORDINAL})\s+(?:session|meeting)\b)"
)
# "Report of the Inland Transport Committee on its ninety-first session": where the document names
# the body whose session it is of
_TITLE_LOOK = 15
_HEADINGS_LOOK = 4


def _session_list_numbering(
    blocks: list[str], matcher: BodyMatcher, registry: BodyRegistry, document: Callable[[], str]
) -> tuple[str, int] | None:
    """(issuer, session) when a heading lists the decisions of one session and headings
    "Decision N - Title" follow it; else None."""
    for index, block in enumerate(blocks):
        line = block.strip()
        if len(line) > 300 or not line[:12].lower().startswith(("list of", "decisions", "a list")):
            continue
        listed = _SESSION_LIST.match(line)
        ordinal_word = (listed["ordinal"] or listed["gathering_ordinal"]) if listed is not None else None
        session = ordinal_value(ordinal_word) if ordinal_word is not None else None
        if listed is None or session is None or ordinal_word is None:
            continue
        below = [b.strip() for b in blocks[index + 1 : index + 1 + _HEADINGS_LOOK]]
        first = next((i for i, b in enumerate(below) if _SESSION_HEADING.match(b)), None)
        if first is None or matcher.numbering.find(below[first][:40]):
            continue  # a template reads the headings: they are numbered otherwise
        named = [listed["name"]] if listed["name"] else [listed["gathering"]] if listed["gathering"] else []
        ordinal = ordinal_word.lower()
        titles = [b for b in blocks[: min(_TITLE_LOOK, index)] if ordinal in b.lower() and len(b) < 400]
        for text in [*named, *below[:first], *titles]:
            issuer = _issuing_body_named(text, matcher, registry, document)
            if issuer is not None:
                return issuer, session
    return None


def _issuing_body_named(text: str, matcher: BodyMatcher, registry: BodyRegistry, document: Callable[[], str]) -> str | None:
    """The one body issuing instruments that ``text`` names, a short name several bodies carry
    ("the Committee") being the one whose full name the document writes, if only one does."""
    issuing: list[str] = []
    for mention in matcher.find(text):
        keys = [mention.key] if mention.key else matcher.shorts.get(mention.short or "", [])
        bodies = [registry.bodies[k] for k in keys if k in registry.bodies and registry.bodies[k].issues_instruments]
        if len(bodies) > 1:
            bodies = [b for b in bodies if any(" " in n and n.lower() in document() for n in b.names)]
        issuing.extend(b.key for b in bodies if b.key not in issuing)
    return issuing[0] if len(issuing) == 1 else None


def _point_numbering(blocks: list[str], matcher: BodyMatcher, registry: BodyRegistry, document: Callable[[], str]) -> tuple[str, int] | None:
    """(issuer, meeting) when the document numbers decision points under an opening formula of a
    body meeting in numbered meetings, in a document of one of its meetings; else None."""
    pointed = [i for i, block in enumerate(blocks) if POINT_LABEL.match(block.strip())]
    if len(pointed) < _FEWEST_POINTS:
        return None
    issuer = None
    for index in pointed:
        # the formula stands on the block above the first point of a group ("The Board,")
        above = blocks[index - 1].strip() if index > 0 else ""
        found = _issuer_of_formula([above], matcher, registry, document) if above else None
        if found is not None:
            issuer = found
            break
    if issuer is None:
        # no formula: a sentence above the first point tells whose points of which meeting follow
        return _points_told(blocks[max(0, pointed[0] - _TOLD_LOOK) : pointed[0]], matcher, registry, document)
    if registry.bodies[issuer].gathering_term != "meeting":
        return None
    # the meeting the document is of is named above its first point
    for block in blocks[: min(_MEETING_LOOK, pointed[0])]:
        named = _MEETING_NAMED.search(block)
        meeting = ordinal_value(named["ordinal"]) if named is not None else None
        if meeting is not None:
            return issuer, meeting
    return None


# "the decision points adopted by the UNAIDS Programme Coordinating Board at its 63rd meeting", "the
# decisions adopted by the Board at its 57th meeting", "The Board adopted the following decision points
# at its 57th meeting": a sentence over a group of points (a message forwarding them, a page, a
# report's chapter) that says whose they are and of which meeting, where no opening formula stands
# above them. "adopted": a draft's points ("proposed by the Bureau for the 63rd meeting", "to be
# considered at") are no body's decisions.
_POINTS_ADOPTED_BY = re.compile(
    rf"\bdecision(?:s|\s+points)\s+(?:as\s+)?adopted\s+by\s+(?P<name>[^.;:()]{{3,160}}?)\s+at\s+its\s+(?P<ordinal>{ORDINAL})\s+meeting\b",
    re.IGNORECASE,
)
_ADOPTED_POINTS = re.compile(
    rf"^(?:The\s+)?(?P<name>[^.;:]{{3,160}}?)\s+adopted\s+the\s+following\s+decision(?:s|\s+points)\s+at\s+its\s+(?P<ordinal>{ORDINAL})\s+meeting\b",
    re.IGNORECASE,
)
# How many blocks above the first point such a sentence may stand (an agenda item's heading between)
_TOLD_LOOK = 4


def _points_told(
    above: list[str], matcher: BodyMatcher, registry: BodyRegistry, document: Callable[[], str]
) -> tuple[str, int] | None:
    """(issuer, meeting) from the nearest of ``above`` (the blocks over the first point) that says
    the points below are a body's decisions adopted at its numbered meeting; else None."""
    for block in reversed(above):
        if "dopted" not in block and "DOPTED" not in block:
            continue
        told = _POINTS_ADOPTED_BY.search(block) or _ADOPTED_POINTS.search(block.strip())
        meeting = ordinal_value(told["ordinal"]) if told is not None else None
        issuer = _issuing_body_named(told["name"], matcher, registry, document) if told is not None else None
        if meeting is not None and issuer is not None and registry.bodies[issuer].gathering_term == "meeting":
            return issuer, meeting
    return None
