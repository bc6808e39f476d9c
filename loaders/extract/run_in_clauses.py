"""An ITU-style clause that a re-flowing tool ran into the paragraph above it (L11).

A resolution or decision as the ITU and the UPU print it sets each clause's keyword in lower case
on a line of its own ("recalling", "having considered", "decides", "instructs the Secretary-General")
over its items ("a)<tab>…", "1 to …"); `clean` reads such a clause whole (`layout.CLAUSE_VERB`,
`_keyword_line_over_items`). A text copied with a line break at every printed line and then
re-flowed into paragraphs (Word's text of a PDF viewer's copy, antiword, LaTeX, stripped RTF) runs
the keyword line onto the last item above it, the keyword starting in lower case after its comma
("… did not obtain consensus, decides" / "1 to establish …"), and the items of one clause onto each
other ("1 to establish …; 2 that the expert group …"); a page's running symbol lands on the keyword's
line ("C36/121-E instructs the Secretary-General"). The keyword is set on a line of its own
again and each item on its own, a paragraph apiece, as the printed clause had them.

A board's decision points numbered under their agenda item ("Agenda item 6: Title" over "6.1 Recalling
…;" / "6.2 Endorses …;" / "6.3 Requests …;", each wrapped under a hanging indent) fare the same: a tool
that re-flows the hanging indent as prose runs a point onto the last line of the one above after its
semicolon ("… on 11 and 12 March 2032; 6.3 Requests the Secretariat …") and the first point onto its
item's heading ("Agenda item 7: Unified Budget Framework 7.1 Takes note of …"). Such a point is set on a
line of its own again where its number follows the point above (6.2, then "; 6.3") or the heading of
its item (item 7, then "7.1") (L14).
"""
from __future__ import annotations

import re
from typing import Sequence

from mandate_graph.loaders.extract.layout import CLAUSE_ITEM, KEYWORD_ALONE, KEYWORD_LINE, label_starts_line, unlabelled_clause_item
from mandate_graph.loaders.extract.patterns import PREAMBLE_OPENER

# the last words of a line after its last comma: a keyword and its addressee, nothing that ends
# a sentence ("…, decides", "…, having considered", "The Council, recalling", "…, instructs the
# Secretary-General")
_TAIL = re.compile(r",[ \t]+(?P<keyword>[a-z][^,.;:()]{1,120}?)[ \t]*$")
# a page's running symbol that a tool set on the keyword line below it ("C36/121-E instructs the
# Secretary-General", the page mark's line dropped or run in above)
_SYMBOL_THEN_KEYWORD = re.compile(r"[ \t]*[A-Z][A-Z0-9.-]*/[\w./-]*[A-Za-z0-9](?P<gap>[ \t]+)(?P<keyword>[a-z][^,.;:()]{1,120}?)[ \t]*$")
# participles that close a list's lead-in in prose, not a clause's keyword ("…, including" / "a) …")
_PROSE_PARTICIPLES = re.compile(r"(?:including|concerning|regarding|during|according|following|excluding)\b")
# the next item of a clause whose items ran on: "; 2 that …", "; 3 to …" (a number, then the item's
# first word in lower case, as the ITU's items read)
_NEXT_ITEM = re.compile(r";[ \t]+(?P<number>\d{1,2})[ \t]+(?=[a-z])")
_FIRST_ITEM = re.compile(r"1[ \t]+[a-z]")


def may_hold_run_in_clauses(text: str) -> bool:
    # a keyword after a comma or a symbol over a labelled item ("a)", "1 "), or items run on ("…; 2 that")
    return ((", " in text or "/" in text) and (")" in text or "1" in text)) or "; 2" in text


def _item_below(lines: Sequence[str], index: int, keyword: str) -> bool:
    for line in lines[index + 1 : index + 6]:
        stripped = line.strip()
        if stripped:
            # (not a "to" line: prose wrapped before its "to", "…, also asks the Group" / "to
            # consider …", is as likely as a clause's one "to" line)
            return CLAUSE_ITEM.match(stripped) is not None or (
                # an item whose label Word's text left out ("considering" / "that the plan …;"),
                # under the keyword alone
                KEYWORD_ALONE.fullmatch(keyword) is not None and unlabelled_clause_item(stripped)
            )
    return False


def _break(lines: Sequence[str], index: int, unwrapped: bool) -> str:
    end = "\r\n" if lines[index].endswith("\r") else "\n"
    # (the empty piece after the text's last line end is no blank line)
    if unwrapped and not any(0 <= at < len(lines) - 1 and not lines[at].strip() for at in (index - 1, index + 1)):
        return end  # one paragraph a line (Word's text)
    # paragraphs set apart by a blank line, or lines wrapped at a width (pdftotext -raw's): the
    # piece a paragraph of its own
    return end + end


# a line no tool wraps at: a text holding one is one paragraph a line (as layout's _WIDEST_WRAP)
_UNWRAPPED_LINE = 120


def run_in_clause_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """Breaks before a clause's keyword run onto the line above its items, and between the
    numbered items of one clause run onto one line."""
    changes: list[tuple[int, int, str | None]] = []
    unwrapped = any(len(line) > _UNWRAPPED_LINE for line in lines)
    for index, line in enumerate(lines):
        text = line.rstrip("\r")
        tail = _TAIL.search(text)
        if (
            tail is not None and tail.start() > 0
            and KEYWORD_LINE.fullmatch(tail.group("keyword")) is not None
            and _PROSE_PARTICIPLES.match(tail.group("keyword")) is None
            and _item_below(lines, index, tail.group("keyword"))
        ):
            # ", decides" / "1 to establish …": the comma stays with the item above
            changes.append((starts[index] + tail.start() + 1, starts[index] + tail.start("keyword"), _break(lines, index, unwrapped)))
        symbol = _SYMBOL_THEN_KEYWORD.match(text)
        if (
            symbol is not None and KEYWORD_LINE.fullmatch(symbol.group("keyword")) is not None
            and _PROSE_PARTICIPLES.match(symbol.group("keyword")) is None
            and _item_below(lines, index, symbol.group("keyword"))
        ):
            changes.append((starts[index] + symbol.start("gap"), starts[index] + symbol.end("gap"), _break(lines, index, unwrapped)))
        body = text.lstrip()
        if _FIRST_ITEM.match(body):
            expected = 2
            for m in _NEXT_ITEM.finditer(text):
                if int(m.group("number")) != expected:
                    break
                # "…; 2 that …": the next item on a line of its own, its semicolon kept above
                changes.append((starts[index] + m.start() + 1, starts[index] + m.start("number"), _break(lines, index, unwrapped)))
                expected += 1
    return changes


# --------------------------------------------------------------------------- decision points run in

# a line opening with a decision point's number: "6.2 Endorses …" (a bullet before it: lynx, Markdown)
_POINT_OPENS = re.compile(r"[ \t]*(?:[-*\u2022][ \t]+)?(?P<item>\d{1,3})\.(?P<point>\d{1,2})[ \t]+(?=[A-Z][a-z])")
# the next point run on after a semicolon, its first word a capital's (perhaps on the next line)
_RUN_IN_POINT = re.compile(r";(?P<gap>[ \t]+)(?P<item>\d{1,3})\.(?P<point>\d{1,2})(?=[ \t]+[A-Z][a-z]|[ \t]*$)")
# an agenda item's heading: "Agenda item 7: Title", "ITEM 4 – Title" (bold in Markdown)
_ITEM_HEADING = re.compile(
    r"[ \t]*(?:\*\*|#{1,6}[ \t]+)?(?:Agenda[ \t]+item|AGENDA[ \t]+ITEM|Item|ITEM)[ \t]+(?P<item>\d{1,3})[ \t]*[:.\u2013\u2014-][ \t]+\S"
)
# the item's first point run onto its heading after a word of the title: "… Framework 7.1 Takes note"
_FIRST_POINT = r"(?<=[\w)*])(?P<gap>[ \t]+){item}\.1(?=[ \t]+[A-Z][a-z]|[ \t]*$)"


_RUN_IN_POINT_GATE = re.compile(r"[;\w)][ \t]+\d{1,3}\.\d{1,2}[ \t]+[A-Z]")
# What every match of the gate holds from its gap's last blank on: a pattern that opens with a blank,
# which the regex engine skips ahead to (the gate, opening with a word character, was tried at each)
_BLANK_THEN_POINT = re.compile(r"[ \t]\d{1,3}\.\d{1,2}[ \t]+[A-Z]")


def may_hold_run_in_points(text: str) -> bool:
    return _BLANK_THEN_POINT.search(text) is not None and _RUN_IN_POINT_GATE.search(text) is not None


def run_in_point_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """Breaks before a decision point run onto the point above it or onto its item's heading."""
    changes: list[tuple[int, int, str | None]] = []
    unwrapped = any(len(line) > _UNWRAPPED_LINE for line in lines)
    last: tuple[int, int] | None = None  # the item and point last numbered
    rejoined: set[int] = set()

    def rejoin(index: int) -> None:
        # in lines wrapped at a width the point's first words are the rest of a line ("6.3 Requests
        # the Secretariat" / "of the Board, to …"): the wrapped line below joins them, else their
        # short line would read as the point's end (antiword, lynx, html2text); a point whose line
        # ends its sentence is whole (Word's text: one paragraph a line)
        below = index + 1
        if below in rejoined:
            return
        rejoined.add(below)
        if lines[index].rstrip("\r ")[-1:] in ".;:" or len(lines[index]) > _UNWRAPPED_LINE or below >= len(lines):
            return
        if not lines[below].strip() or _POINT_OPENS.match(lines[below]) or _ITEM_HEADING.match(lines[below]):
            return
        end = starts[index] + len(lines[index].rstrip("\r"))
        changes.append((end, starts[below] + len(lines[below]) - len(lines[below].lstrip()), " "))
    for index, line in enumerate(lines):
        text = line.rstrip("\r")
        opens = _POINT_OPENS.match(text)
        heading = _ITEM_HEADING.match(text) if opens is None else None
        if opens is not None:
            last = (int(opens["item"]), int(opens["point"]))
        elif heading is not None:
            last = (int(heading["item"]), 0)
            first = re.compile(_FIRST_POINT.format(item=heading["item"])).search(text, heading.end())
            if first is not None:
                changes.append((starts[index] + first.start("gap"), starts[index] + first.end("gap"), _break(lines, index, unwrapped)))
                last = (last[0], 1)
                rejoin(index)
        for run_in in _RUN_IN_POINT.finditer(text):
            point = (int(run_in["item"]), int(run_in["point"]))
            if last is None or point != (last[0], last[1] + 1):
                continue
            # "…; 6.3 Requests …": the semicolon stays with the point above
            changes.append((starts[index] + run_in.start("gap"), starts[index] + run_in.end("gap"), _break(lines, index, unwrapped)))
            last = point
            rejoin(index)
    return changes


# --------------------------------------------------------------------------- a formula run onto its first recital

# A resolution's formula, "The Special Committee on …," alone in its paragraph over the first recital
# ("Having considered …,"), tells where the instrument's text opens (`segment`). A tool that re-flowed
# the printed lines into paragraphs (Word's text, antiword, LaTeX, stripped RTF of a text read back
# from pdftotext -raw, no blank line anywhere) runs the formula and the recital into one paragraph
# ("… Countries and Peoples, Having considered the question of …,"): the recital is set on a line of
# its own again (L15). The formula: "The" and a name of capitalised words and the small words between
# them, no comma, then a comma and a preambular word in capitals (`patterns.PREAMBLE_OPENER`); a
# clause keyword in lower case after it ("The Council, recalling") is ITU's style, kept whole.
_FORMULA_RUN_IN = re.compile(
    r"[ \t]*The[ \t]+[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z(][\w'\u2019().-]*|of|the|on|and|for|with|regard|to|in|de|la|du|des))*"
    r",(?P<gap>[ \t]+|[ \t]*\r?\n[ \t]*)" + PREAMBLE_OPENER
)
# the formula's name spans a few wrapped lines at most
_FORMULA_LINES = 4


def _reach(lines: Sequence[str], index: int, step: int) -> int:
    """The farthest line from ``index`` (down with step 1, up with -1) of its paragraph, within the
    lines a formula's name spans."""
    far = index
    while 0 <= far + step < len(lines) and abs(far + step - index) < _FORMULA_LINES and lines[far + step].strip():
        far += step
    return far


def may_hold_run_in_formula(text: str) -> bool:
    return "The " in text and re.search(r",\s+" + PREAMBLE_OPENER, text) is not None


def run_in_formula_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """A break before a preamble's first recital run onto the formula that opens the text."""
    changes: list[tuple[int, int, str | None]] = []
    unwrapped = any(len(line) > _UNWRAPPED_LINE for line in lines)
    for index, line in enumerate(lines):
        if not line.lstrip().startswith("The ") or (index and lines[index - 1].strip() and not unwrapped):
            continue  # a paragraph's first line (in wrapped text, after a blank line or at the top)
        last = _reach(lines, index, 1)
        piece = "\n".join(lines[index : last + 1])
        run_in = _FORMULA_RUN_IN.match(piece)
        if run_in is None:
            continue
        at = starts[index] + run_in.start("gap")
        if "\n" in run_in["gap"]:
            # the recital opens the next line already: a break only where a blank line sets the
            # text's paragraphs apart (pdftotext -raw's lines, no blank line anywhere, read right)
            # (LaTeX's "… Peoples," / "Having considered …," / blank: the recital's paragraph ends at a
            # blank line on its comma, no numbered paragraph in it; pdftotext -layout's indented lines,
            # "The Executive Board," / "Taking note …" / "1. Endorses …", are read right)
            blank = next((i for i in range(index, min(len(lines), index + 2 * _FORMULA_LINES)) if not lines[i].strip()), None)
            if unwrapped or blank is None or lines[blank - 1].rstrip()[-1:] not in ",;" or any(
                label_starts_line(below) for below in lines[index + 1 : blank]
            ):
                continue
            changes.append((at, starts[index] + run_in.end("gap"), _break(lines, index, False)))
        else:
            row = index + piece.count("\n", 0, run_in.start("gap"))
            changes.append((at, starts[index] + run_in.end("gap"), _break(lines, row, unwrapped)))
    return changes


# the same formula run onto the end of the heading above it ("398 (XL). Climate change … in the Arab
# region The Economic and Social Commission for Western Asia," over "Recalling …"): the heading's
# last word in lower case (or a bracket), then the formula closing its paragraph
_FORMULA_CLOSES = re.compile(
    r"(?<=[a-z)])(?P<gap>[ \t]+|[ \t]*\r?\n[ \t]*)The[ \t]+[A-Z][\w'\u2019.-]*"
    r"(?:\s+(?:[A-Z(][\w'\u2019().-]*|of|the|on|and|for|with|regard|to|in|de|la|du|des))*,[ \t]*\r?$"
)
# a recital opening the next paragraph (LaTeX's emphasis of its first word kept)
_RECITAL_OPENS = re.compile(r"[ \t]*(?:\\textit\{|\\emph\{|\*|_)?" + PREAMBLE_OPENER.replace(r"(?=\s+[a-z])", r"\}?(?=\s+[a-z])"))
# an instrument's numbered heading run onto the paragraph above after its sentence's end: "… from their
# own budgets. 400 (XL). Amendment of …" (a session's roman number in brackets, as a regional
# commission numbers its resolutions), the heading above it numbered one less
# (the heading's own line indented as pdftotext -layout and lynx set the text: "    399 (XL). …")
_NUMBERED_HEADING = re.compile(r"(?:^[ \t]*|(?<=[.;:])(?P<gap>[ \t]+))(?P<number>\d{1,4})[ \t]+\((?P<session>[IVXLC]{1,7})\)\.[ \t]+(?=[A-Z])")
# (what every such heading holds, searched first: a literal opens it)
_SESSION_CLOSED = re.compile(r"\([IVXLC]{1,7}\)\.")


def run_in_heading_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """Breaks before a formula run onto the end of its instrument's heading, and before an
    instrument's numbered heading run onto the paragraph above it."""
    changes: list[tuple[int, int, str | None]] = []
    unwrapped = any(len(line) > _UNWRAPPED_LINE for line in lines)
    last: tuple[int, str] | None = None
    for index, line in enumerate(lines):
        # (every numbered heading holds its session's "(XL).")
        for heading in _NUMBERED_HEADING.finditer(line.rstrip("\r")) if ")." in line and _SESSION_CLOSED.search(line) else ():
            number = (int(heading["number"]), heading["session"])
            if heading["gap"] is not None and last is not None and number == (last[0] + 1, last[1]):
                changes.append((starts[index] + heading.start("gap"), starts[index] + heading.end("gap"), _break(lines, index, unwrapped)))
            if heading["gap"] is None or (last is not None and number == (last[0] + 1, last[1])):
                last = number
        # (the formula's comma ends the piece searched: this line, or the one above an empty line)
        if not (line or (lines[index - 1] if index else "")).rstrip(" \t\r").endswith(","):
            continue
        below = next((i for i in range(index + 1, min(len(lines), index + 3)) if lines[i].strip()), None)
        if below is None or not _RECITAL_OPENS.match(lines[below]):
            continue
        first = index if unwrapped else _reach(lines, index, -1)
        piece = "\n".join(lines[first : index + 1])
        closes = _FORMULA_CLOSES.search(piece) if "The" in piece else None  # (the formula's first word)
        if closes is None:
            continue
        at = starts[first] + closes.start("gap")
        if "\n" in closes["gap"]:
            if unwrapped or below == index + 1:
                continue  # one paragraph a line, or lines wrapped with no blank line anywhere: read right
            changes.append((at, starts[first] + closes.end("gap"), _break(lines, first, False)))
        else:
            row = first + piece.count("\n", 0, closes.start("gap"))
            changes.append((at, starts[first] + closes.end("gap"), _break(lines, row, unwrapped)))
    return changes


# A resolution's first operative paragraph run onto its last recital after the recital's comma
# ("Noting further that the Council … considered but did not adopt a proposal …, Endorses the
# recommendations of …;"): a tool that re-flowed pdftotext -raw's lines (no blank line, no label)
# into paragraphs joined them (Word's text, antiword, LaTeX, stripped RTF). The recital's paragraph
# opens on a preambular word (`patterns.PREAMBLE_OPENER`); the verb is an operative one in the
# present, capitalised mid-sentence, a word in lower case after it. The operative paragraph is set on
# a line of its own again (L16: u295's "Endorses the recommendations of INFCOM …" gave no `endorses`).
_OPERATIVE_RUN_IN = re.compile(
    r",(?P<gap>[ \t]+|[ \t]*\r?\n[ \t]*)(?:(?:Also|Further)[ \t]+[a-z]+s|Decides|Requests|Endorses|Invites|Urges|Encourages|"
    r"Approves|Adopts|Authorizes|Calls[ \t]+upon|Calls[ \t]+on|Recommends|Takes[ \t]+note|Welcomes|Reaffirms)(?=[ \t]+[a-z])"
)
_RECITAL_FIRST = re.compile(r"[ \t]*" + PREAMBLE_OPENER)
# the farthest a recital's paragraph is read back for its first line
_RECITAL_LINES = 12


def may_hold_run_in_operative(text: str) -> bool:
    return _OPERATIVE_RUN_IN.search(text) is not None


def run_in_operative_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """A break before a first operative paragraph run onto the last recital above it."""
    changes: list[tuple[int, int, str | None]] = []
    unwrapped = any(len(line) > _UNWRAPPED_LINE for line in lines)
    for index, line in enumerate(lines):
        run_in = _OPERATIVE_RUN_IN.search(line)
        if run_in is None or "\n" in run_in["gap"]:
            continue
        first = index
        if not unwrapped:
            # the paragraph's first line: up to a blank line, within a recital's reach
            while first > 0 and index - first < _RECITAL_LINES and lines[first - 1].strip():
                first -= 1
        opening = lines[first] if first < index else line[: run_in.start()]
        if not _RECITAL_FIRST.match(opening):
            continue
        changes.append((starts[index] + run_in.start("gap"), starts[index] + run_in.end("gap"), _break(lines, index, unwrapped)))
    return changes
