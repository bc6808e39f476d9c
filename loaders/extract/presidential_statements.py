"""A statement by the President of a council, made on the council's behalf, as the text of an
instrument: "S/PRST/2032/9" / "Statement by the President of the Security Council" / "At the
10874th meeting of the Security Council, held on 28 June 2032, in connection with …, the President
of the Security Council made the following statement on behalf of the Council:" / ""The Security
Council recalls …" / ""The Security Council requests …"". The Human Rights Council prints its own so
("A/HRC/PRST/52/1").

The paragraphs after the opening line are the statement's own words, as an operative resolution's
are: "The Security Council requests the Secretary-General …" tasks the Secretary-General by the
statement. The opening line says where and when it was made: the meeting of the council it names
("At the 10874th meeting of the Security Council") and the date ("held on 28 June 2032").

Strict on purpose: the document's own symbol is a statement's ("…/PRST/year-or-session/number")
and a paragraph says the President "made the following statement on behalf of the Council". A
press statement ("made the following statement to the press", symbol "SC/15123") and a President's
words "in his national capacity" are no such statement: they bind no council.

`statement_paragraphs` marks the statement's paragraphs (pure: paragraphs in, paragraphs out);
`statement_opening` reads the opening line; `cited_statements` finds "the statement of its
President of 14 July 2030 (S/PRST/2030/6)" in a sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from mandate_graph.graph.model import PRESIDENTIAL_STATEMENT_SYMBOL, InstrumentKind
from mandate_graph.graph.ordinals import ordinal_value
from mandate_graph.loaders.extract.dates import find_dates
from mandate_graph.loaders.extract.segment import Paragraph, split_sentences

# "the President of the Security Council made the following statement on behalf of the Council",
# "the President of the Council made the following statement on behalf of the Human Rights Council"
_MADE_ON_BEHALF = re.compile(
    r"\b[Pp]resident\s+of\s+the\s+(?P<council>(?:[A-Z][\w-]*\s+){0,4}Council)\b[^.:;\"“]{0,60}?"
    r"\bmade\s+the\s+following\s+statement\s+on\s+behalf\s+of\s+the\s+(?:[A-Z][\w-]*\s+){0,4}Council\b\s*:?"
)
# "At the 10874th meeting of the Security Council" (the council's own meeting, not "of its
# fifty-second session"): the meeting the statement was made at
_AT_MEETING = re.compile(
    r"\b[Aa]t\s+(?:the|its)\s+(?P<ordinal>\d{1,5}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+meeting"
    r"(?:\s+of\s+the\s+(?P<council>(?:[A-Z][\w-]*\s+){0,4}Council))?\s*(?=[,(]|held|on\b)"
)
# "held on 28 June 2032", ", on 28 June 2032": the day it was made, before the President is named
_ON_DAY = re.compile(r"\b(?:held\s+)?on\s+(?P<day>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\b")
# "the statement of its President of 14 July 2030 (S/PRST/2030/6)", "the statement by the
# President of the Council of 14 July 2030 (S/PRST/2030/6)", "presidential statement
# S/PRST/2030/6 of 14 July 2030": another statement, its symbol and the day it was made
_CITED = re.compile(
    r"\b(?:(?:the\s+)?statements?\s+(?:of|by)\s+(?:its|the|their)\s+President(?:\s+of\s+the\s+(?:[A-Z][\w-]*\s+){0,4}Council)?"
    r"|[Pp]residential\s+statements?|President's\s+statements?)"
    r"(?:\s+of\s+(?P<day>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}))?,?\s*\(?(?P<symbol>[A-Z][A-Za-z0-9.]*(?:/[A-Z][A-Za-z0-9.]*)*/PRST/\d{1,4}/\d{1,3})\)?"
    r"(?:\s+of\s+(?P<day_after>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}))?"
)
# "… of 9 March 2033 (S/PRST/2033/4) and 12 November 2035 (S/PRST/2035/11)", "… (S/PRST/2033/4),
# S/PRST/2034/2 and S/PRST/2035/11": the further statements of a list the words above open, each
# by its symbol (its day before it, or after it); an item without a symbol ("and 12 November
# 2035, on …") ends the list
_CITED_FURTHER = re.compile(
    r"\)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:of\s+)?(?:(?P<day>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}),?\s*\(?(?=[A-Z])|(?=[A-Z]))"
    r"(?P<symbol>[A-Z][A-Za-z0-9.]*(?:/[A-Z][A-Za-z0-9.]*)*/PRST/\d{1,4}/\d{1,3})\)?"
    r"(?:\s+of\s+(?P<day_after>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}))?"
)
# "President's statement PRST 52/1", "presidential statement PRST/52/1": the Human Rights Council's
# short form, its own symbol prefix left out (the citing council's)
_CITED_SHORT = re.compile(
    r"\b(?:[Pp]resident's|[Pp]residential)\s+statements?\s+PRST[\s/](?P<session>\d{1,4})/(?P<number>\d{1,3})\b"
    r"(?:\s+of\s+(?P<day_after>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}))?"
)
_OPENING_SEARCH = 20  # the opening line is among the first paragraphs, under the masthead
# "PRST 82/1." (the Human Rights Council's heading of its statement, over the statement's title):
# the statement's short number alone on a line above the opening line (not the masthead's full
# symbol, which other masthead lines follow)
_NUMBER_LINE = re.compile(r"^PRST[\s/](?P<session>\d{1,4})/(?P<number>\d{1,3})\.?(?:\s+(?P<title>[A-Z“\"][^\n]{3,300}))?$")


@dataclass(frozen=True)
class StatementOpening:
    """What the opening line says: the meeting's ordinal and the day, with their spans."""

    ordinal: int | None
    ordinal_span: tuple[int, int] | None
    day: dt.date | None
    day_span: tuple[int, int] | None
    made: tuple[int, int]  # "the President of … made the following statement on behalf of the Council"


def is_statement_symbol(symbol: str | None) -> bool:
    return bool(symbol) and PRESIDENTIAL_STATEMENT_SYMBOL.match(symbol or "") is not None


def statement_opening(text: str) -> StatementOpening | None:
    """The opening line of a statement made on a council's behalf, or None if ``text`` is not one."""
    if "following statement" not in text:
        return None
    made = _MADE_ON_BEHALF.search(text)
    if made is None:
        return None
    before = text[: made.start()]
    at = _AT_MEETING.search(before)
    ordinal = ordinal_value(at["ordinal"]) if at is not None else None
    council = at["council"] if at is not None else None
    if council is not None and council.split()[-1] != made["council"].split()[-1]:
        ordinal = None  # another body's meeting
    on = _ON_DAY.search(before)
    day = day_of(on["day"]) if on is not None else None
    return StatementOpening(
        ordinal, (at.start("ordinal"), at.end()) if at is not None and ordinal else None,
        day, on.span("day") if on is not None and day else None, made.span(),
    )


def titled_under_number(paragraphs: list[Paragraph], session: str, number: str) -> tuple[str, Paragraph] | None:
    """The title of the statement numbered ``session``/``number`` and the paragraph it is in: the
    line right below its number's line ("PRST 82/1." / "Efficiency of the Human Rights Council: …"),
    or after the number on the same line when a layout ran the two together, above the opening
    line. None when no such number heads the statement (the Security Council's are untitled)."""
    for index, p in enumerate(paragraphs[:_OPENING_SEARCH]):
        m = _NUMBER_LINE.match(p.text.strip())
        if m is None or (m["session"], m["number"]) != (session, number):
            continue
        title = p if m["title"] else paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        text = (m["title"] or title.text if title is not None else "").strip()
        if (
            title is not None and title.instrument is None and title.kind in ("heading", "paragraph")
            and (title is p or not title.label) and 0 < len(text) <= 300 and text[-1] not in ".,;:"
            and statement_opening(text) is None
        ):
            return text, title
    return None


def day_of(text: str | None) -> dt.date | None:
    """The one day "28 June 2032" names."""
    dates = find_dates(text) if text else []
    return dates[0].value.start if len(dates) == 1 and dates[0].value.start == dates[0].value.end else None


def statement_paragraphs(paragraphs: list[Paragraph], symbol: str | None) -> list[Paragraph]:
    """``paragraphs`` with those of the statement the document is (its own ``symbol`` a
    statement's) marked as its operative text: the paragraphs after the opening line, up to the
    next heading. Unchanged for any other document."""
    if not is_statement_symbol(symbol):
        return paragraphs
    match = PRESIDENTIAL_STATEMENT_SYMBOL.match(symbol or "")
    assert match is not None
    own: tuple[InstrumentKind, str, str] = ("statement", match["session"], match["number"])
    opening = next(
        (i for i, p in enumerate(paragraphs[:_OPENING_SEARCH]) if p.kind == "paragraph" and p.instrument is None
         and statement_opening(p.text) is not None),
        None,
    )
    if opening is None:
        return paragraphs
    out = paragraphs[: opening + 1]
    within = True
    for p in paragraphs[opening + 1 :]:
        if within and p.kind == "footnote":
            # a note set after the paragraph bearing its mark ("… of the Council,1") interrupts
            # the statement, it does not end it
            out.append(p)
            continue
        if within and p.kind not in ("paragraph", "listing") or p.instrument is not None:
            within = False
        # (a clause ending on a symbol, "… conclusions … (S/AC.51/2032/3).", reads as a list's
        # entry elsewhere; in the statement every block is a clause of it)
        out.append(_unquoted(replace(p, kind="paragraph", instrument=own, part="operative")) if within else p)
    return out


# a paragraph's opening quotation mark before its first word's capital
_OPENING_MARK = re.compile(r"[\"\u201c](?=[A-Z])")


def _unquoted(p: Paragraph) -> Paragraph:
    """A statement's paragraph without the quotation mark that opens it: the layout's (each
    paragraph of the statement opens with one), left by the cleaning when the run of marks was
    broken (a browser's link numbers, "[8]S/PRST/2030/6", amid it)."""
    if _OPENING_MARK.match(p.text) is None:
        return p
    start = p.start + 1
    return replace(p, start=start, text=p.text[1:], sentences=split_sentences(p.text[1:], start))


@dataclass(frozen=True)
class CitedStatement:
    """A statement a sentence names: its symbol ("S/PRST/2030/6"), or the part after the prefix
    (``prefix`` False: "PRST/52/1", the citing council's), and the day it was made."""

    symbol: str
    prefixed: bool
    day: dt.date | None
    # "(S/PRST/2032/5), adopted at its 10811th meeting": the meeting of its council the sentence says
    # it was made at, right after it (E191)
    meeting: int | None = None


# ", adopted at its 10811th meeting", "), made at the 10811th meeting": where the cited statement was made
_MADE_AT_MEETING_AFTER = re.compile(
    r"\)?\s*,\s*(?:adopted|made|issued)\s+(?:at|during)\s+(?:its|the)\s+(?P<ordinal>\d{1,5}(?:st|nd|rd|th))\s+meeting\b"
)


def _meeting_after(text: str, end: int) -> int | None:
    made = _MADE_AT_MEETING_AFTER.match(text, end)
    return ordinal_value(made["ordinal"]) if made is not None else None


# "By its presidential statement of 19 March 2032 (S/PRST/2032/5), ...", "In the statement by the President
# of the Council of ...": a sentence opening on the statement it tells of
_OPENS_ON_A_STATEMENT = re.compile(r"(?:By|In|Through|Under|With)\s+(?=(?:its\s+|the\s+|a\s+)?(?:[Pp]residential\s+statement|[Ss]tatement\s+(?:of|by)\s+(?:its|the)\s+President|President's\s+statement))")


def statement_opening_the_sentence(text: str) -> CitedStatement | None:
    """The statement a sentence opens on ("By its presidential statement of 19 March 2032
    (S/PRST/2032/5), adopted at its 10811th meeting, the Council asked ..."): the instrument the
    sentence's main clause then tells of, as "By its resolution 2968 (2031), the Council ..." (E191)."""
    opening = _OPENS_ON_A_STATEMENT.match(text) if "PRST" in text else None
    if opening is None:
        return None
    # ("its", "the" or "a" before the words `_CITED` opens with)
    cited = _CITED.search(text, opening.end(), opening.end() + 120)
    if cited is None or cited.start() - opening.end() > 4:
        return None
    return CitedStatement(cited["symbol"], True, day_of(cited["day"] or cited["day_after"]), _meeting_after(text, cited.end()))


# ", in which the Council asked ...", ", by which it requested ...": a relative clause on the statement
# right before it, its subject the council or "it"
_IN_WHICH_AFTER = re.compile(r"\s*,\s+(?:in|by|through)\s+which\s+(?:the\s+(?:Security\s+)?Council|it)\s+(?:also\s+|further\s+)?[a-z]+ed\b")


def statement_before_its_clause(text: str) -> CitedStatement | None:
    """The one statement a sentence names right before a relative clause telling what it did
    ("the statement by its President of 9 December 2038 (S/PRST/2038/11), adopted at its 12214th
    meeting, in which the Council asked me to present options"): the instrument the clause's verbs
    tell of, as "resolution 2968 (2031), in which the Council requested ..." (E293)."""
    if "PRST" not in text or "which" not in text:
        return None
    found = list(_CITED.finditer(text))
    if len(found) != 1:
        return None
    cited = found[0]
    end = cited.end()
    made = _MADE_AT_MEETING_AFTER.match(text, end)
    if made is not None:
        end = made.end()
    if _IN_WHICH_AFTER.match(text, end) is None:
        return None
    return CitedStatement(cited["symbol"], True, day_of(cited["day"] or cited["day_after"]), _meeting_after(text, cited.end()))


def cited_statements(text: str) -> list[CitedStatement]:
    """Each "statement of its President of <day> (<symbol>)", "President's statement PRST 52/1" of
    a sentence."""
    if "PRST" not in text:
        return []
    found = []
    for m in _CITED.finditer(text):
        found.append(CitedStatement(m["symbol"], True, day_of(m["day"] or m["day_after"]), _meeting_after(text, m.end())))
        end = m.end()
        while (further := _CITED_FURTHER.match(text, end)) is not None:
            found.append(CitedStatement(further["symbol"], True, day_of(further["day"] or further["day_after"]), _meeting_after(text, further.end())))
            end = further.end()
    found += [
        CitedStatement(f"PRST/{m['session']}/{m['number']}", False, day_of(m["day_after"]))
        for m in _CITED_SHORT.finditer(text)
    ]
    return found
