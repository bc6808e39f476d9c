"""Stage 1, cleaning: undo what PDF conversion did to the text, and remember where each
cleaned character came from.

The corpus was converted from PDF to Markdown-ish text. Cleaning removes markdown headings,
links and emphasis, footnote markers, page headers (``V.22-25156 3/56``), footnote text that
landed in the middle of a paragraph, and words broken by a space ("Resol utions"); it joins
paragraphs split across pages, and sets footnotes and tab-laid tables apart as blocks of
their own. Notes a plain-text export gathers after the text (Word's "Save as plain text") go
back after the paragraph whose glued marker calls them ("meeting.3"), as on a printed page. Every cleaned character keeps the offset of the original character it came from,
so evidence found in the clean text can point into the file as read.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from itertools import compress, islice
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Sequence

from mandate_graph.loaders.extract.web_chrome import chrome_lines
from mandate_graph.loaders.extract.symbols import SYMBOL
from mandate_graph.loaders.extract.characters import fix_characters
from mandate_graph.loaders.extract.bilingual_titles import blank_translated_halves
from mandate_graph.loaders.extract.columns import rejoin_masthead_name, unfold_columns
from mandate_graph.loaders.extract.mail import cover_note_lines_read, forwarded_document_start
from mandate_graph.loaders.extract.plain_layouts import normalise_layout
from mandate_graph.loaders.extract.quoted_paragraphs import continued_quotation_marks
from mandate_graph.loaders.extract.export_layouts import unwrap_export
from mandate_graph.loaders.extract.tracked_changes import accept_html_changes, tracked_removals
from mandate_graph.loaders.extract.capitals import recase, venue_lines_recased
from mandate_graph.loaders.extract.markdown_tables import cell_spans, pipe_tables
from mandate_graph.loaders.extract.rules.capital_verbs import NUMBER_BEFORE_CAPITAL_VERB
from mandate_graph.loaders.extract.rules.instrument_headings import (
    adoption_fields,
    adoption_note_under_heading,
    number_alone_heads_text,
)
from mandate_graph.loaders.extract.rules.press_releases import sittings_line
from mandate_graph.graph.ordinals import ORDINAL
from mandate_graph.loaders.extract.rules.decision_tables import header_columns
from mandate_graph.loaders.extract.layout import (
    BULLET_MARKS,
    CLAUSE_ITEM,
    CLAUSE_VERB,
    KEYWORD_ALONE,
    unlabelled_clause_item,
    KEYWORD_LINE,
    Layout,
    sections_of_unwrapped_lines,
    analyse,
    ends_open,
    INSTRUMENT_NUMBER,
    SYMBOL_IN_MARGIN_TAB,
    SYMBOL_BEFORE_TITLE,
    instrument_number_in_margin,
    label_in_margin,
    is_page_number_line,
    ends_on_kind_word,
    keeps_hyphen,
    label_starts_line,
    list_item_or_row,
    is_instrument_heading,
    opens_numbered_title,
    untabbed,
    word_counts,
)

# --------------------------------------------------------------------------- offset map


@dataclass
class Mapped:
    """Text with, for each character, the offset of the original character it came from.

    ``offsets`` has one more entry than ``text``: where the text ends in the original. A
    piece of the original not yet changed keeps them as a ``range``: no list of one number per
    character is made for it until the cleaned text is put together.
    """

    text: str
    offsets: Sequence[int]  # a list, or a range for text as it stands in the original

    @classmethod
    def of(cls, original: str, start: int, end: int) -> "Mapped":
        return cls(original[start:end], range(start, end + 1))

    def sub(self, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str | None]) -> "Mapped":
        """Like ``pattern.sub``; replacement text maps to where the match started.

        ``replace`` returning None keeps the match as it is.
        """
        return self.sub_matches(pattern.finditer(self.text), replace)

    def sub_matches(
        self, matches: Iterable[re.Match[str]], replace: Callable[[re.Match[str]], str | None]
    ) -> "Mapped":
        """``sub`` for matches found otherwise than by ``finditer`` (in order, not overlapping)."""
        pieces: list[str] = []
        offsets: list[int] = []
        last = 0
        for match in matches:
            new = replace(match)
            if new is None:
                continue
            start, end = match.span()
            pieces.append(self.text[last:start])
            offsets.extend(self.offsets[last:start])
            if new:
                pieces.append(new)
                offsets.extend(self._offsets_of(match, new))
            last = end
        if last == 0 and not pieces:
            return self
        pieces.append(self.text[last:])
        offsets.extend(self.offsets[last:])
        return Mapped("".join(pieces), offsets)

    def _offsets_of(self, match: re.Match[str], new: str) -> Sequence[int]:
        # Text kept from a group of the match ("[7/1](#)" -> "7/1") keeps its own offsets.
        # (the first such group; the groups compared at C speed: most matches keep none)
        groups = match.groups()
        if new in groups:
            group = groups.index(new) + 1
            return self.offsets[match.start(group) : match.end(group)]
        return [self.offsets[match.start()]] * len(new)

    def without(self, spans: Sequence[tuple[int, int]]) -> "Mapped":
        """A piece of the original as it stands (`of`) without the characters whose offsets fall
        in ``spans`` (in order, apart)."""
        first, last = self.offsets[0], self.offsets[-1]
        cut = [(max(begin, first), min(end, last)) for begin, end in spans if begin < last and end > first]
        if not cut:
            return self
        pieces: list[str] = []
        offsets: list[int] = []
        position = first
        for begin, end in cut:
            pieces.append(self.text[position - first : begin - first])
            offsets.extend(range(position, begin))
            position = end
        pieces.append(self.text[position - first :])
        offsets.extend(range(position, last + 1))
        return Mapped("".join(pieces), offsets)

    def strip(self) -> "Mapped":
        text = self.text
        left = len(text) - len(text.lstrip())
        right = len(text.rstrip())
        if left == 0 and right == len(text):
            return self
        return Mapped(text[left:right], self.offsets[left : right + 1])  # and where it ends


# --------------------------------------------------------------------------- lines

# A page header or footer: the job number and the page ("V.22-25156 3/56", "4/56 V.22-25156"),
# sometimes with the bold markers of the conversion around the page numbers.
# Vienna's "V.22-25156" and New York's "26-23871 (E)".
_JOB = r"(?:[A-Z]{1,2}\.\d{2}-\d{4,6}|\d{2}-\d{5}(?:\([A-Z]\))?)"
_PAGE_HEADER = re.compile(rf"^(?:{_JOB}\d{{1,3}}/\d{{1,3}}|\d{{1,3}}/\d{{1,3}}{_JOB}|{_JOB})$")
_SPACES_AND_STARS = re.compile(r"[\s*]+")
# Every page header and page number holds a figure (`_PAGE_HEADER`, `layout.is_page_number_line`).
_A_DIGIT = re.compile(r"\d")
_A_RAISED_FIGURE = re.compile("[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]")
# a raised figure right after a figure or a closing bracket, before a space, a stop or the end
_RAISED_MARK_ON_A_NUMBER = re.compile("(?<=[0-9)])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}(?=[\\s.,;:)]|$)", re.M)
_IMAGE_MARK = re.compile(r"^\[(?:pic|picture|image|Image|IMAGE|Picture)\]$")
# Footnote text: a superscript number (in its various converted forms) or asterisks
# followed by a space at the start of a line, or a Markdown footnote's label ("[^1]: ...").
_FOOTNOTE_LINE = re.compile(r"^\s*(?:\$?\s*<sup>|\\?\*{1,3}\s|\[\^\w{1,8}\]:)")
_FOOTNOTE_OPENINGS = frozenset("$<\\*[")  # the first characters after the spaces it can match
# A numbered or lettered list item or a heading starts a new paragraph, never continues one.
# "(decisions 7.1 to 7.3 adopted 25.06.2029)": the note closing a group of decisions
_ADOPTION_LINE = r"\((?:[Dd]ecisions?|[Rr]esolutions?|DECISIONS?|RESOLUTIONS?)\s[^()]{1,60}\s(?:adopted|ADOPTED)\s[^()]{4,40}\)"
# "(Adopted at the 8th meeting, on 14 March 2031)" on the line under an instrument's title: a
# note of its own, not the title's last words.
_BRACKETED_ADOPTION_NOTE = r"\((?:[Aa]dopted|ADOPTED)\s+(?:at|on|by|without)\b[^()]{4,120}\)[ \t]*$"
_BRACKETED_NOTE = re.compile(r"\s*" + _BRACKETED_ADOPTION_NOTE)
_LINE_STARTS_BLOCK = re.compile(
    # ("4 REQUESTS the Expert Group": a number without a stop before an operative verb in capitals)
    r"\s*(?:[*" + re.escape(BULLET_MARKS) + r"]\s|#|\d{1,3}\\?\.\s|\([a-z0-9]{1,4}\)\s|\d{1,3}\.\d{1,2}(?:[ \t]{2,}(?=[A-Za-z])|\s+(?=[A-Z]))|"
    + NUMBER_BEFORE_CAPITAL_VERB + "|"
    + _ADOPTION_LINE + "|" + _BRACKETED_ADOPTION_NOTE + r")"
)
# "Resolution adopted by the Economic and Social Council on 21 July 2027": the line under a
# masthead, a paragraph of its own even where pdftotext -raw sets no blank line around it.
# "(Fourth plenary meeting, 8 September 2032)" set on a line of its own under an instrument's last
# paragraph: the instrument's adoption line, not that paragraph's last words (E121)
_PLENARY_MEETING_LINE = re.compile(
    r"[ \t]*\((?:[A-Z][a-z]+(?:-[a-z]+)?|\d{1,3}(?:st|nd|rd|th))\s+(?:plenary\s+)?meeting,\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\)[ \t]*$"
)
# a contents entry's end: a leader of dots, then the figures of its columns (a date, a page)
_LEADER_END = re.compile(r"\.{4,}[ \t]*(?:[\d./-]+[ \t]*){0,3}$")
# "At its 6th meeting, on 9 March 2033, the Commission ...", "At its 3rd plenary meeting, on ...", "At
# its seventy-sixth session, ...": a paragraph's opening; "At" in capitals opens a sentence
_AT_ITS_MEETING_OPENS = re.compile(
    rf"[ \t]*At\s+its\s+(?:\d{{1,4}}(?:st|nd|rd|th)|{ORDINAL})(?:\s+(?:and|to)\s+(?:\d{{1,4}}(?:st|nd|rd|th)|{ORDINAL}))?"
    r"\s+(?:(?:plenary|closing|opening|resumed|special|regular)\s+)?(?:meetings?|sessions?)\b",
    re.IGNORECASE,
)
_ADOPTED_BY_LINE = re.compile(
    r"[ \t]*(?:Resolutions?|Decisions?) adopted by the [A-Z][^\n.;]{3,150}\bon \d{1,2} [A-Z][a-z]+ \d{4}[ \t]*$"
)
# A decision point numbered under its agenda item ("7.1  DECIDES ..."): it may follow the opening
# formula's comma ("THE BOARD,") or a preamble's, where a list item would continue a sentence.
_POINT_LABEL = re.compile(r"\s*\d{1,3}\.\d{1,2}(?:[ \t]{2,}(?=[A-Za-z])|\s+(?=[A-Z]))")
# "Agenda item 7: Title", "AGENDA ITEM 9: GOVERNANCE", "Item 4 – Title": the heading of an agenda item
_ITEM_HEADING_LINE = re.compile(r"[ \t]*(?:Agenda\s+item|AGENDA\s+ITEM|Item|ITEM)\s+\d{1,3}[A-Z]?\s*[:.–—-]\s+\S")
# ("1\\. Decides": html2text escapes the full stop of a number at a line's start)
_BLOCK_START = re.compile(
    r"^\s*(?:-\s|#|\(?[a-zA-Z0-9]{1,4}\\?[.)]\s|\*\*|\d{1,3}\.\d{1,2}(?:[ \t]{2,}(?=[A-Za-z])|\s+(?=[A-Z]))"
    # "1 ADOPTS the Guidelines": an operative paragraph numbered without a stop (IMO), after the
    # preamble's comma
    + "|" + NUMBER_BEFORE_CAPITAL_VERB + ")"
)


@dataclass(frozen=True)
class Block:
    """A paragraph-like unit of the cleaned text: ``text[start:end]``."""

    start: int
    end: int
    kind: str  # "text", "footnote" or "table"
    marked: bool = False  # printed as a heading (markdown ``#`` or a wholly bold line)


# a note's call raised after a word or a stop ("session.<sup>1</sup>", "report,$^{}$<sup>2</sup>"), and the
# same number opening the note's line as its label ("<sup>1</sup> *Official Records* ...")
_RAISED_CALL = re.compile(r"[.,;:]?\s?\$?<sup>(\d{1,3})</sup>")
# the marks of a Markdown heading at its line's start: "### "
_MARKDOWN_LEVEL = re.compile(r"[ \t]{0,3}(#{1,6})[ \t]")
_RAISED_LABEL = re.compile(r"(?:^|\n)[ \t]*\$?<sup>(\d{1,3})</sup>\$?[ \t]*[*_]{0,3}$")


@dataclass
class Cleaned:
    """The cleaned text, its blocks, and the map back to the original."""

    text: str
    offsets: list[int]
    blocks: list[Block] = field(default_factory=list)
    # the text as read, before cleaning: what a removed mark was (a Markdown note's "<sup>1</sup>")
    original: str = ""

    def raised_mark_after(self, end: int) -> str | None:
        """The number of a note's call the cleaning took out right after ``text[:end]``
        ("session.<sup>1</sup>" read as "session."), None where there was none."""
        if not 0 < end <= len(self.offsets) or "<sup>" not in self.original:
            return None
        called = _RAISED_CALL.match(self.original, self.offsets[end - 1] + 1)
        return called.group(1) if called is not None else None

    def markdown_level(self, start: int) -> int | None:
        """How many "#" marked the heading whose cleaned text begins at ``start`` ("## Contributing":
        2), None where the original line has no such mark."""
        if not 0 <= start < len(self.offsets) or "#" not in self.original:
            return None
        at = self.offsets[start]
        mark = _MARKDOWN_LEVEL.match(self.original, self.original.rfind("\n", 0, at) + 1)
        return len(mark.group(1)) if mark is not None else None

    def raised_label_before(self, start: int) -> str | None:
        """The number of the label the cleaning took out before a note's text ("<sup>1</sup> *Official
        Records ...*" read as "Official Records ...")."""
        if not 0 <= start < len(self.offsets) or "<sup>" not in self.original:
            return None
        at = self.offsets[start]
        label = _RAISED_LABEL.search(self.original, max(0, at - 24), at)
        return label.group(1) if label is not None else None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that ``text[start:end]`` came from."""
        if end <= start:
            at = self.offsets[start]
            return at, at
        first, last = self.offsets[start], self.offsets[end - 1] + 1
        if last <= first:
            # Text read in another order than printed (two columns, one after the other):
            # the span covers every character it came from.
            covered = self.offsets[start:end]
            return min(covered), max(covered) + 1
        return first, last


@dataclass
class _Line:
    start: int
    end: int
    kind: str  # "blank", "header", "footnote", "table", "text"
    starts_paragraph: bool = False  # the layout says a paragraph begins here (no blank line)


# The symbol printed at the top of the first page: "United Nations A/RES/81/214", or alone.
_TOP_SYMBOL = re.compile(r"^(?:United Nations\s+)?(?P<symbol>[A-Z]{1,5}(?:/[A-Z0-9.\-]+){2,})\s*$")
_MASTHEAD_LINES = 5


def _own_symbol(raws: list[str]) -> str | None:
    filled = list(islice((raw.strip() for raw in raws if raw.strip()), _MASTHEAD_LINES))  # the top only
    for line in filled:
        top = _TOP_SYMBOL.match(line)
        if top:
            return top["symbol"]
    return None


def _is_running_header(stripped: str, symbol: str | None) -> bool:
    """"A/RES/81/214 Strengthening crime prevention ...": the document's own symbol and its
    short title, printed atop each page after the first."""
    if symbol is None or not stripped.startswith(symbol + " ") or stripped[-1] in ".;:,":
        return False
    rest = stripped[len(symbol) :].strip()
    return bool(rest) and rest[0].isupper() and len(rest) < 250


# The symbols of a joint document's top line, each a page's running head ("E/2036/27-E/CN.6/2036/15").
_JOINT_SYMBOLS = re.compile(r"-(?=[A-Z]{1,5}/)")


def _running_symbol_run_on(stripped: str, symbol: str) -> str | None:
    """The document's own symbol (or one of a joint document's) opening a line whose words go on
    in lower case, a paragraph's words after a page break: the page's running head run on."""
    for own in _JOINT_SYMBOLS.split(symbol):
        if stripped.startswith(own + " ") and stripped[len(own) + 1 :].lstrip()[:1].islower():
            return own
    return None


# The heading of an agenda item's list of documents. (An annex's "Documents before the Working
# Group ..." whose list runs into one paragraph is left as it was: the own symbol's line there
# would carry the document's title, and its sessions, into the list.)
_DOCUMENTATION_HEADING = re.compile(r"^Documentation\s*:?$")


# The rule that separates footnotes from the text above them: "_______________".
_NOTE_RULE = re.compile(r"^[_\-\u2014]{5,}$")
_NOTE_RULE_OPENINGS = frozenset("_-\u2014")
# What opens a line of running text after a rule: a word in capitals (a footnote opens with its
# number, its mark or its bracket: "1 See ...", "[1] ...", "^1 ...", "* ...").
_CAPITAL_START = re.compile(r"[A-Z]")


def _section_rules(raws: list[str], footnotes: Iterable[int]) -> set[int]:
    """Rules set apart by blank lines (or a line of underscores between two lines of text) with
    running text below them: a page's horizontal rule between two sections (a web page's "____"
    between two decisions, each under its heading), which no paragraph runs on across. A footnote
    rule has its notes below it; a rule at a page's foot, the page's next header or nothing."""
    notes = set(footnotes)
    rules: set[int] = set()
    for index, raw in enumerate(raws):
        if not raw or raw.lstrip()[:1] not in "_-\u2014" or not _NOTE_RULE.match(raw.strip()):
            continue
        if index == 0 or index + 1 >= len(raws):
            continue
        set_apart = not raws[index - 1].strip() and not raws[index + 1].strip()
        # a Word export's line of underscores between two paragraphs, each on its line (dashes
        # there may underline a heading, as Markdown's do)
        between_lines = raws[index - 1].strip() != "" and raws[index + 1].strip() != "" and set(raw.strip()) == {"_"}
        # a page saved as text: a blank line, the rule, then the next section's heading right under
        # it ("____" / "SC-17/3: Title" / its fields, each decision of the page so set off, E195)
        over_heading = not raws[index - 1].strip() and raws[index + 1].strip() != "" and set(raw.strip()) == {"_"}
        if not set_apart and not between_lines and not over_heading:
            continue
        below = next((i for i in range(index + 1, len(raws)) if raws[i].strip()), None)
        if below is None or below in notes or "\f" in raws[below] or _FOOTNOTE_LINE.match(raws[below]):
            continue
        if _CAPITAL_START.match(raws[below].lstrip()):
            rules.add(index)
    return rules


def _header_indent(raw: str, symbol: str) -> int:
    """The column where a running header's short title begins, after the symbol."""
    raw = raw.replace("\f", "")
    after = raw.index(symbol) + len(symbol)
    return after + len(raw[after:]) - len(raw[after:].lstrip())


# A backslash ending a line (not an escaped one, "\\\\").
_HARD_BREAK = re.compile(r"(?<!\\)\\\s*$")


def _lines(text: str) -> tuple[list[_Line], Layout]:
    originals = text.split("\n")
    raws = [untabbed(raw) for raw in originals]
    layout = analyse(raws)
    # A forwarded e-mail's headers and cover note: furniture, the document begins below them.
    wrapper_end = forwarded_document_start(raws)
    symbol = _own_symbol(raws[wrapper_end:])
    # (but the cover note's sentence about the forwarded report's own session is read, E203)
    read_in_wrapper = cover_note_lines_read(raws, wrapper_end)
    tables = pipe_tables(raws) if "|" in text else []  # a delimiter row holds a "|"
    # A page copied from a browser: its menus, breadcrumb and footer are not the document's.
    page_chrome = chrome_lines(raws)
    copied_page = bool(page_chrome) and _line_per_paragraph(raws, page_chrome, layout.width)
    delimiters = {table.delimiter for table in tables}
    # A pipe table at the top is a masthead set in cells: each cell an item of its own, as in a
    # masthead of two columns. Other tables keep their rows whole, one block each.
    # (a page's chrome above it does not count: the document begins below its menus)
    # (a table of instruments, "| Decision | Title | Adopted |", is a list even at the top: a
    # spreadsheet's export of decisions opens with its header row)
    masthead_cells = {
        i for table in tables
        if table.header - sum(1 for c in page_chrome if c < table.header) < _MASTHEAD_LINES
        and header_columns(raws[table.header]) is None
        for i in table.rows
    }
    table_rows = {i for table in tables for i in table.rows} - masthead_cells
    # Word's plain text of a masthead set in a table: "General Assembly<tab>Economic and Social
    # Council" / "Eighty-first session<tab>2026 session", each cell an item as in two columns
    tabbed_masthead = _tabbed_masthead_rows(raws) if "\t" in text else set()  # its cells are set apart by tabs
    section_rules = _section_rules(raws, layout.footnotes)
    line_starts = [0]
    for raw in raws[:-1]:
        line_starts.append(line_starts[-1] + len(raw) + 1)
    lines = []
    pos = 0
    title_column: int | None = None  # where a running header's title runs on, on the next line
    broken_before = False  # the line above ended in a hard line break
    # under an agenda item's "Documentation", on the same page: a line opening
    # with the document's own symbol and its title is the document listed, not a running head
    documentation_list = False
    # where the title of a list's row starts ("56/227        Third United Nations Conference on the
    # Least Developed" / "              Countries"): a line set at that column below the row is the
    # title's cell wrapped, part of the row
    cell_column: int | None = None
    for index, raw in enumerate(raws):
        start, end = pos, pos + len(raw)
        pos = end + 1
        stripped = raw.strip().strip("\f")
        # the line's first character: most patterns below can match only after a few (a test of
        # a character, not a call of the regex engine, for each line of the text)
        opening = stripped[:1]
        if "\f" in originals[index]:
            documentation_list = False  # a new page: its first lines may be a running head
        elif opening == "D" and _DOCUMENTATION_HEADING.match(stripped):
            documentation_list = True
        if not stripped:
            kind = "blank"
        elif index in page_chrome:
            kind = "blank"  # no text, and no paragraph runs on across it as across a page header
            layout.chrome.append(start)
        elif opening == "[" and _IMAGE_MARK.match(stripped):
            kind = "header"  # antiword's "[pic]" where the file had a picture (the emblem): no text
        elif index < wrapper_end and index not in read_in_wrapper:
            kind = "header"
        elif index in delimiters:
            kind = "header"  # "---|---": no text
        elif index in table_rows:
            kind = "table"
        elif index in masthead_cells:
            for left, right in cell_spans(raw):
                lines.append(_Line(start + left, start + right, "text", True))
            continue
        elif index in tabbed_masthead:
            # read column after column, as a masthead in two columns is: the organ over its
            # session, then the other organ over its own
            # (a blank line between two rows, as LaTeX's tabular and stripped RTF's rows give
            # them, does not end the run, L11)
            if _masthead_row_above(raws, tabbed_masthead, index) is None:
                run = [index]
                while (below := _masthead_row_below(raws, tabbed_masthead, run[-1])) is not None:
                    run.append(below)
                row_spans = [(line_starts[row], _tab_cell_spans(raws[row])) for row in run]
                for column in range(max(len(spans) for _, spans in row_spans)):
                    for row_start, spans in row_spans:
                        if column < len(spans):
                            lines.append(_Line(row_start + spans[column][0], row_start + spans[column][1], "text", True))
            continue
        elif index in layout.furniture:
            kind = "header"
        elif "\t" in stripped and (symbol_cell := SYMBOL_IN_MARGIN_TAB.match(raw)) is not None:
            # "EB178.R1<tab>Strengthening the health emergency workforce": Word's text of a list of
            # decisions the PDF prints as a body's own symbol in the margin and the title at the
            # next column; two items, as the columns of that layout give them (L5)
            lines.append(_Line(start + symbol_cell.start("symbol"), start + symbol_cell.end("symbol"), "text", True))
            lines.append(_Line(start + symbol_cell.start("title"), end, "text", True))
            broken_before = False
            continue
        elif (
            opening.isupper() and (symbol_cell := SYMBOL_BEFORE_TITLE.match(raw)) is not None
            and not (index and ends_open(raws[index - 1]))
        ):
            lines.append(_Line(start + symbol_cell.start("symbol"), start + symbol_cell.end("symbol"), "text", True))
            lines.append(_Line(start + symbol_cell.start("title"), end, "text", True))
            broken_before = False
            continue
        elif opening in "DRdr" and "\t" in stripped and _LABELLED_NUMBER.match(stripped) and (
            ":" in stripped or any(_OPENING_FORMULA.match(r.strip()) for r in _next_filled(raws, index, 1))
        ):
            # "Decision:<tab>59 COM 5A" over "The World Heritage Committee,": Word's text of a
            # decision's heading set as a label and its number a tab apart (docx2txt keeps the
            # tab), the heading of the text below, not a record's row (E254)
            kind = "text"
        elif "\t" in stripped and not ("dopt" in stripped and adoption_fields(stripped)):
            # ("Cluster: Financial<tab>Adopted: 11 May 2035<tab>Download decision": Word's text of a
            # page's line of fields under a decision's heading, its spaces a tab; the heading's
            # note, as the page's own line of fields is, not a row of a table)
            kind = "table"
        elif opening in _FOOTNOTE_OPENINGS and _FOOTNOTE_LINE.match(raw) and not _asterisk_list_item(raws, index) or index in layout.footnotes:
            kind = "footnote"
        elif len(stripped) < 40 and _A_DIGIT.search(stripped) and (
            _PAGE_HEADER.match(_SPACES_AND_STARS.sub("", stripped)) or is_page_number_line(stripped)
        ) and not (index and ends_on_kind_word(raws[index - 1])) and not number_alone_heads_text(stripped, _next_filled(raws, index, 3)):
            # ("66/101" over a title and "The Statistical Commission:": a decision's number, no page's)
            kind = "header"
        elif index > _MASTHEAD_LINES and not documentation_list and symbol is not None and _is_running_header(stripped, symbol):
            kind = "header"
        elif index in section_rules:
            kind = "blank"  # a rule between two sections: no paragraph runs on across it
        elif opening in _NOTE_RULE_OPENINGS and _NOTE_RULE.match(stripped):
            kind = "header"
        elif title_column is not None and abs(len(raw) - len(raw.lstrip(" \f")) - title_column) <= 1:
            kind = "header"  # a running header's title, wrapped under itself
        else:
            kind = "text"
        running = (
            kind == "header" and symbol is not None and index > _MASTHEAD_LINES and not documentation_list
            and _is_running_header(stripped, symbol)
        )
        title_column = _header_indent(raw, symbol) if running and symbol is not None else None
        # A Word plain-text export puts each paragraph on one line and indents it with a tab;
        # it never wraps a line, so a tab at a line's start begins a paragraph.
        indented = originals[index][:1] == "\t"
        gap = _COLUMN_GAP.search(raw) if kind == "text" and "      " in raw else None
        if gap is not None and "dopt" in raw and adoption_fields(raw):
            # "Cluster: Financial       Adopted: 11 May 2035    Download decision (PDF, 262 KB)": a
            # page's line of fields under a decision's heading, its tabs set as spaces to the next
            # stop (antiword): one line, the heading's note, not two columns
            gap = None
        elif gap is not None and label_in_margin(raw) is not None:
            # "1.        The Commission held ...": a paragraph's number in the margin, its text at
            # the first tab stop, one paragraph (pdftotext -layout of a report set so)
            gap = None
        elif gap is not None and (title_at := instrument_number_in_margin(raw)) is not None:
            # "318 (XXIX)        Programme planning and review procedures": a row of a list of
            # instruments, its number and its title one entry (as a Word export's tab keeps it)
            gap = None
            lines.append(_Line(start, end, kind, True))
            broken_before = False
            cell_column = title_at
            continue
        elif cell_column is not None and kind == "text" and gap is None and len(raw) - len(raw.lstrip(" \f")) == cell_column:
            # the row's title wrapped under itself, at the title's column (E169)
            lines.append(_Line(start, end, kind, False))
            continue
        cell_column = None
        if gap is not None and (wrapped_at := _first_column_wrapped_beside_figures(raws, index, gap)) is not None:
            # "2. Report of the Secretary-General on ..., which      1       1       1" / "   the
            # Assembly ... requested him to" / "   prepare annually": a table's first column wrapped
            # under itself beside its figures (a budget's deliverables); the figures are no text,
            # the first column is one entry (E169)
            lines.append(_Line(start, end, kind, True))
            layout.cut.append((start + gap.start() + 1, end))
            cell_column = wrapped_at
            broken_before = False
            continue
        if gap is not None and raw[: gap.start() + 1].strip():
            # A masthead line in two columns ("Eightieth session ... 18 November 2025"): two
            # items side by side, each a paragraph of its own (the date is the issue date).
            lines.append(_Line(start, start + gap.start() + 1, kind, True))
            lines.append(_Line(start + gap.end() - 1, end, kind, True))
            continue
        if (
            kind == "text" and symbol is not None and index > _MASTHEAD_LINES
            and (running_symbol := _running_symbol_run_on(stripped, symbol)) is not None
            and (head := next((n for n in range(len(lines) - 1, -1, -1) if lines[n].kind != "blank"), None)) is not None
            and (lines[head].kind == "header" or text[lines[head].start : lines[head].end].strip() in _JOINT_SYMBOLS.split(symbol))
        ):
            # "5/14" / "E/2036/27" / "E/CN.6/2036/15 participation of women in …": a page's running
            # head whose last symbol a tool set on the line that goes on with the paragraph broken
            # by the page (Word's text, lynx): the symbol is the header's, the words the paragraph's
            cut_at = raw.index(running_symbol) + len(running_symbol)
            layout.cut.append((start + raw.index(running_symbol), start + cut_at))
            if lines[head].kind != "header":
                lines[head] = _Line(lines[head].start, lines[head].end, "header")  # the head's first symbol
        # Markdown's hard line break (pandoc writes "ASSEMBLY\\" for a line break in Word): the
        # line ends there, without its backslash, and the next line is an item of its own.
        # (the pattern ends the line: only a line that ends with a backslash is searched, for
        # a search tries it at every position of the line)
        hard_break = _HARD_BREAK.search(raw) if kind == "text" and "\\" in raw and raw.rstrip().endswith("\\") else None
        if hard_break is not None:
            end = start + hard_break.start()
        # A page copied from a browser puts each paragraph, heading or list item on a line of
        # its own, with no blank line between (it never wraps the text it copies): every line
        # begins a block of its own.
        lines.append(_Line(start, end, kind, index in layout.breaks or indented or broken_before or copied_page))
        broken_before = hard_break is not None
    return lines, layout


def _tab_cell_spans(raw: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"[^\t]+", raw):
        left = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        right = m.start() + len(m.group(0).rstrip())
        if right > left:
            spans.append((left, right))
    return spans


# the masthead's rows: among the first lines that hold text, two or three short cells a row
_MASTHEAD_ROWS = 14
_MASTHEAD_CELL = 50


# a row's first cell that is an instrument's number in a list ("8/1", a treaty COP's dotted "14.1")
_LISTED_NUMBER_CELL = re.compile(r"\d{1,4}/\d{1,4}|\d{1,3}\.\d{1,3}")


def _tabbed_masthead_rows(raws: list[str]) -> set[int]:
    rows: set[int] = set()
    filled = list(islice((i for i, raw in enumerate(raws) if raw.strip()), _MASTHEAD_ROWS))  # the top only
    for i in filled:
        cells = [cell.strip() for cell in raws[i].strip().split("\t") if cell.strip()]
        if 2 <= len(cells) <= 3 and all(len(cell) <= _MASTHEAD_CELL and not cell.endswith((".", ";", ",")) for cell in cells):
            if (" " not in cells[0] and cells[0][:1].isupper()) or cells[0].endswith(":"):
                # "Symbol<tab>A/26/REP", "Dates<tab>27–31 October 2031": a record's fields
                # (an export's header, a catalogue page), not a masthead's columns
                return set()
            if "dopt" in raws[i] and adoption_fields(raws[i]):
                continue  # "Theme: Oceans<tab>Adopted: 3 June 2031<tab>Download …": a decision's line of fields (L8)
            if _LISTED_NUMBER_CELL.fullmatch(cells[0]):
                continue  # "14.1<tab>Title<tab>2 March 2031": a list's row of an instrument, not the masthead's columns (E248)
            if any(_MASTHEAD_FIELD.match(cell) or "/" in cell for cell in cells):
                # the symbol's row and the distribution's ("Date: 20 May 2032<tab>GSF/SB.A/2032/12",
                # "General Assembly<tab>Distr.: General") keep their own reading
                continue
            rows.add(i)
    return rows


def _masthead_row_below(raws: list[str], rows: set[int], index: int) -> int | None:
    """The masthead's next tabbed row after ``index``: the next line, or the one after a blank line."""
    for below in (index + 1, index + 2):
        if below in rows and all(not raws[between].strip() for between in range(index + 1, below)):
            return below
    return None


def _masthead_row_above(raws: list[str], rows: set[int], index: int) -> int | None:
    for above in (index - 1, index - 2):
        if above in rows and all(not raws[between].strip() for between in range(above + 1, index)):
            return above
    return None


_MASTHEAD_FIELD = re.compile(r"^(?:Date|Distribution|Distr\.|Original|Language|Agenda item)\b")


def _line_per_paragraph(raws: list[str], chrome: set[int], width: int | None) -> bool:
    """Whether a copied page's text sets no blank lines between its lines: then each line is a
    paragraph. A page saved with blank lines between paragraphs (a text-mode browser's dump,
    which also wraps them) keeps the ordinary reading, and so does a page whose lines are
    wrapped at a ``width`` (printed to PDF and converted by pdftotext -raw: no blank lines, but
    a paragraph over several lines)."""
    text_lines = [i for i, raw in enumerate(raws) if raw.strip() and i not in chrome]
    first, last = (text_lines[0], text_lines[-1]) if text_lines else (0, -1)
    blanks = sum(1 for i in range(first, last) if not raws[i].strip() and i not in chrome)
    if len(text_lines) < _LINES_OF_A_PAGE:
        return False
    # A page saved with blank lines between its sections only ("Decision 91/I" / its title / its
    # text, one a line, then a blank line): its lines are unwrapped, a whole paragraph often
    # longer than any wrapping width, so each line is still a paragraph.
    # A list item or a table's row does not count: html2text wraps a page's paragraphs but leaves
    # each list item (a resolution's numbered operative paragraphs, "* 1. Decides ...") and each
    # row ("11/3. | Outcomes of ... | 12"; lynx's "11/3. Outcomes of ...      12") on one long line.
    longest = max((len(raws[i].strip()) for i in text_lines if not list_item_or_row(raws[i])), default=0)
    if blanks * 10 < len(text_lines) and width is None or longest > _UNWRAPPED:
        return True
    # ... and one whose lines are short, but none of them full (a wrapped line is) nor run on
    # by the next ("Decision 21.COM 6" / "Item 6: Report of ..." / "Document: LHE/31/21.COM/6")
    return width is None and sections_of_unwrapped_lines(raws, chrome)


# A list item under a bullet "*" (Markdown's, Org mode's), not a page's note "* Reissued ...".
_ASTERISK_ITEM = re.compile(r"[ \t]*\*[ \t]+\S")


def _asterisk_list_item(raws: list[str], index: int) -> bool:
    """Is a line opening with "* " an item of a list: the line next to it is another such item, or
    the text line above announces a list (ends with a colon)? A page's note is one line of its own
    under a blank line, and two notes are marked "*" and "**"."""
    if not _ASTERISK_ITEM.match(raws[index]):
        return False
    if _LINK_ITEM.match(raws[index]):
        return True  # "* Home <https://press.un.org/en>": a site menu's link, no page's note (L21)
    neighbours = [raws[i] for i in (index - 1, index + 1) if 0 <= i < len(raws)]
    if any(_ASTERISK_ITEM.match(n) for n in neighbours):
        return True
    if _next_item_past_hanging_lines(raws, index, -1) or _next_item_past_hanging_lines(raws, index, 1):
        return True
    if _next_item_past_a_loose_items_lines(raws, index, -1) or _next_item_past_a_loose_items_lines(raws, index, 1):
        return True
    above = next((raws[i].strip() for i in range(index - 1, max(-1, index - 3), -1) if raws[i].strip()), "")
    return above.endswith(":")


# A menu's item as a converter writes a link: its label and its address in angle brackets ("* Secretary-
# General <https://…> * General Assembly <https://…>", a page's menu that LaTeX or a text dump ran into
# lines): a note's text tells something, it is no label of a link
_LINK_ITEM = re.compile(r"[ \t]*\*[ \t]+[^<>\n]{1,80}?[ \t]<(?:https?://|\\?#)[^<>\s]*>[ \t]*(?:\*|\\\\|$)")


# A wrapped item's next line indented under its text ("* In accordance with …, the Commission opened" /
# "  its thirty-ninth session …"), as a plain-text e-mail or Markdown wraps a bulleted list (E247)
_HANGING_LINE = re.compile(r"[ \t]{2,}(?!\*[ \t])\S")
_HANGING_LINES_AT_MOST = 6


def _next_item_past_hanging_lines(raws: list[str], index: int, step: int) -> bool:
    """Is the item's neighbour in the direction ``step`` another "* " item once the wrapped lines
    indented under an item's text are passed (below this item, or above it under the one before)?"""
    at = index + step
    for _ in range(_HANGING_LINES_AT_MOST):
        if not 0 <= at < len(raws) or not _HANGING_LINE.match(raws[at]):
            break
        at += step
    return at != index + step and 0 <= at < len(raws) and _ASTERISK_ITEM.match(raws[at]) is not None


# "Decision:<tab>59 COM 5A", "RESOLUTION<tab>42 C/15": a kind word, its colon if any, a tab and a
# short number; the opening formula a text under such a heading starts with ("The Executive Board,")
# is `_OPENING_FORMULA` below
_LABELLED_NUMBER = re.compile(r"^(?:Decision|Resolution|DECISION|RESOLUTION):?\t+[^\t\s][^\t]{0,30}$")


_STARS_RULE = re.compile(r"^[ \t]*\*(?:[ \t]*\*){2,}[ \t]*$")


def _next_item_past_a_loose_items_lines(raws: list[str], index: int, step: int) -> bool:
    """Is the item's neighbour in the direction ``step`` another "* " item past an item's wrapped
    lines set flush with the bullet, and one blank line at most: a list as html2text writes it
    ("* The report … will be issued as" / "[E/2035/31](…)-E/… Written comments on" / "" / "* In
    accordance …") or pdftotext -raw reads it (no blank line), L17? Below, the item's own lines,
    then the blank line; above, the blank line, then the lines of the item before."""
    at, lines, blanks = index + step, 0, 0
    while 0 <= at < len(raws) and lines <= _HANGING_LINES_AT_MOST:
        raw = raws[at]
        if _ASTERISK_ITEM.match(raw):
            # (or two items of one line each, set apart by a blank line: LaTeX's paragraphs; not
            # a rule "* * *" beside a list)
            return lines > 0 or blanks == 1 and not _STARS_RULE.match(raw) and not _STARS_RULE.match(raws[index])
        if not raw.strip():
            blanks += 1
            # (below: the blank line ends the item's lines; above: it stands right over this item)
            if blanks > 1 or (step < 0 and lines > 0):
                return False
        elif step > 0 and blanks:
            return False  # a line past the blank line below: no item follows
        else:
            lines += 1
        at += step
    return False


def _next_filled(raws: list[str], index: int, count: int = 2) -> list[str]:
    """The next ``count`` lines after ``index`` that are not blank (a Word text leaves blank lines
    between a heading and the text below it)."""
    # (a slice of the list: `islice` would walk every line above ``index`` first)
    return [r for r in raws[index + 1 : index + 1 + 2 * count + 2] if r.strip()][:count]


_LINES_OF_A_PAGE = 10


# Longer than any line a tool wraps at (72-100 characters, a wide terminal's 160): an unwrapped line.
_UNWRAPPED = 240


# "Document code<tab>43 C/Resolution 27", "Share<tab>Print<tab>Cite": a row of a web page's
# record or its tool bar, whose cells are words, not a table that a sentence runs around.
# ("Dates:<tab>30 April–11 May 2035", "Held jointly with:<tab>...": a field's label keeps its colon
# on a page saved as text, E195)
_RECORD_ROW = re.compile(r"^[A-Z][A-Za-z ]{1,30}:?\t+\S")


def _is_record_row(line: str) -> bool:
    return _RECORD_ROW.match(line.strip(" \f")) is not None


# Two columns of a masthead side by side: a wide gap between two runs of text.
_COLUMN_GAP = re.compile(r"\S( {6,})\S")
# Cells of figures only, a dash for none: "1       1       1", "-       -       4", "12      12      14"
_FIGURES_ONLY = re.compile(r"(?:\d[\d,.]*|[-–—])(?: +(?:\d[\d,.]*|[-–—]))*[ \f]*$")


def _first_column_wrapped_beside_figures(raws: list[str], index: int, gap: re.Match[str]) -> int | None:
    """Where the next line sets the rest of a table's first column, when the line holds that
    column's text and, after a wide gap, figures only, and the next line runs the text on under
    it (indented at least as far, no gap of its own, ending before the figures); else None."""
    raw = raws[index]
    if not raw[: gap.start() + 1].strip() or _FIGURES_ONLY.match(raw, gap.end() - 1) is None or index + 1 >= len(raws):
        return None
    below = raws[index + 1]
    indent, below_indent = len(raw) - len(raw.lstrip(" \f")), len(below) - len(below.lstrip(" \f"))
    if not below.strip() or below_indent < indent or len(below.rstrip()) >= gap.end() - 1 or _COLUMN_GAP.search(below):
        return None
    return below_indent


# --------------------------------------------------------------------------- inline cleaning

# pandoc's attributes in braces: a class (".underline"), an identifier ("#sec-2"), key="value" pairs,
# wrapped with the line at most once ({width="1.2in"\nheight="0.6in"}); tracked changes'
# {.deletion ...} are read before (`tracked_changes`)
_PANDOC_ATTRIBUTES = r"\{(?:[.#][\w-]|[\w-]+=)[^{}\n]{0,200}(?:\n[^{}\n]{0,200})?\}"

_INLINE = re.compile(
    # The lookahead lets the scan skip ordinary characters quickly.
    r"(?:(?=[\[$<\\*#\n\t\f\u00a0!_])|(?= [\s<$])|^)(?:"
    # a converter's image link ("![OPCW](_page_0_Picture_0.jpeg)", a logo): no text at all, with
    # the size pandoc writes after it ('![](media/image1.png){width="1.2in" height="0.6in"}')
    r"!\[[^\]\n]{0,300}\]\([^)\s]*\)(?:" + _PANDOC_ATTRIBUTES + ")?"
    # a Markdown footnote's marker ("Session.[^1]") or the label of its text ("[^1]: The ...")
    r"|\[\^\w{1,8}\]:?"
    # 1: markdown link -> its text (a PDF line may break it); its address may hold brackets of its
    # own ("[FCTC/COP12(9)](https://undocs.org/FCTC/COP12(9))", html2text's link to a symbol, L8)
    # pandoc's span keeps its words and loses its attributes ("[Recalling]{.underline}",
    # "[Requests]{.smallcaps}", '[Decides]{custom-style="Verb"}'): Word's underlined, small-capital
    # or styled words converted by `pandoc -t markdown` (E249)
    r"|\[([^\]]{0,300})\](?:\(#?(?:[^()\s]|\([^()\s]*\))*\)|" + _PANDOC_ATTRIBUTES + ")"
    r"|\$?\s?<sup>&</sup>lt;sup>[^<]*</sup>\$?"  # garbled superscript
    r"|\s?\$?<sup>[^<]*</sup>\$?"  # footnote marker
    r"|</?(?:sup|sub|i|b|em|strong|u)>"  # other html tags
    # a converter's empty anchor ('<span id="page-0-0"></span>', Marker's page anchors): no text (E211)
    r"|<(?:span|a)\s+(?:id|name)=\"[^\"<>\n]{0,80}\"\s*>\s*</(?:span|a)>"
    r"|^\s*#{1,6}\s*"  # markdown heading marker
    r"|^\s*[-+•▪◦‣]\s+(?=\S)"  # a list's bullet: Markdown's "-", "+", a word processor's "•"
    r"|\\([*_#\[\]().+!])"  # 2: escaped character (html2text escapes "1\\." and "\\+")
    r"|\*{1,3}"  # emphasis
    # underscore emphasis (html2text's "_Decides_"), not a rule "____" nor a snake_case name
    r"|(?<![\w_])_(?=[^\s_])|(?<=[^\s_])_(?![\w_])"
    r"|\s*\n\s*|[ \t\f\u00a0]{2,}|[\t\f\u00a0]"  # line breaks and runs of space
    r")"
)


# Most blocks are plain prose: the inline pass is skipped for them. _INLINE can match only
# where a block holds one of these characters or a double space, or begins with a space or
# a bullet. Substring tests, several times faster than a regex tried at every position.
_INLINE_CHARACTERS = "[$<\\*#\n\t\f\u00a0!_"


_AN_INLINE_CHARACTER = re.compile("[" + re.escape(_INLINE_CHARACTERS) + "]")


def _needs_inline(raw: str) -> bool:
    return raw[:1].isspace() or raw[:1] in BULLET_MARKS or "  " in raw or _AN_INLINE_CHARACTER.search(raw) is not None


# Where a match of _INLINE can begin (past the block's first character): one of the characters
# its lookahead names, or a space before a space, "<" or "$". A character class first lets the
# engine skip ordinary text at C speed; _INLINE's own lookahead cannot be skipped to.
_INLINE_START = re.compile(r"[\[$<\\*#\n\t\f\u00a0!_ ](?:(?<! )|(?=[\s<$]))")


def _inline_matches(text: str) -> Iterator[re.Match[str]]:
    """``_INLINE.finditer(text)``, three times faster: _INLINE is tried only where a match can
    begin (and at the start, for its ``^`` alternatives)."""
    position = 0
    first = _INLINE.match(text)
    if first is not None:
        yield first
        position = first.end()
    while (start := _INLINE_START.search(text, position)) is not None:
        match = _INLINE.match(text, start.start())
        if match is None:
            position = start.start() + 1
            continue
        yield match
        position = match.end()  # every match of _INLINE is at least one character long


# a span's or a link's words wholly in emphasis ("[*Requests*]{.underline}", "[**Decides**](#op)"):
# Word's italic and underlined verb; the inner marks go with the brackets (the pass reads no
# match twice, G1)
_WRAPPED_EMPHASIS = re.compile(r"^(\*{1,3}|_)(?=[^\s*_])([^*_]*[^\s*_])\1$")


def _inline(match: re.Match[str]) -> str:
    link, escaped = match.group(1, 2)
    if link is not None and (wrapped := _WRAPPED_EMPHASIS.match(link)) is not None:
        link = wrapped[2]
    if link is not None:
        return link if "\n" not in link else re.sub(r"-\s*\n\s*", "-", " ".join(link.split(" \n")).replace("\n", " "))
    if escaped is not None:
        return escaped
    token = match.group(0)
    if not token.strip(" \t\f\u00a0\n"):
        return " "
    return ""


_BOLD_LINE = re.compile(r"^\s*\*\*[^*].*\*\*\s*$", re.DOTALL)
_HEADING_MARK = re.compile(r"^\s*#{1,6}\s")


# --------------------------------------------------------------------------- broken words

_WORD = re.compile(r"[A-Za-z]+")
_LETTERS = re.compile(r"([a-z]+)")
# Words every UN document uses; with the document's own words they tell a broken word
# ("Resol utions") from two real ones.
BASE_VOCABULARY = frozenset(
    """resolution resolutions decision decisions session sessions meeting meetings conference
    commission assembly council committee working group groups report reports secretariat
    society convention protocol protocols implementation international cooperation technical
    assistance general discussion organizational matters adopted adoption deliberations action
    taken contents annex agenda provisional election officers participation credentials
    financial budgetary other review bureau extended parties states crime criminal justice
    recommendation recommendations recommends recommended mandate mandates member members
    programme programmes measures summary submitted comments formal informal permanent
    environment environmental terms""".split()
)


@lru_cache(maxsize=8)
def known_words(vocabulary: tuple[str, ...]) -> frozenset[str]:
    """The base vocabulary and the words of ``vocabulary`` (the registry's body names: the
    same for every document of a load, so made once, not per document)."""
    return BASE_VOCABULARY | frozenset(w.lower() for v in vocabulary for w in _WORD.findall(v))


# Short words that are words on their own: "in to", "may be", "can not" are never joined.
FUNCTION_WORDS = frozenset(
    """a an the in on at to of by for with from into onto be been may can not no some any
    every where there here after over under out up as so or and but its it is are was were
    this that these those he she we they one two all each other""".split()
)


def _broken_pairs(lowered: str, extra: frozenset[str]) -> set[tuple[str, str]]:
    """Pairs of adjacent words that are one word broken by a space.

    A piece of a broken word occurs only where the word was broken: rarely, and it is
    neither a known word nor a short word of its own; the two pieces together are a word
    the document (or every UN document) uses.
    """
    parts = _LETTERS.split(lowered)  # gap, word, gap, word, ...: every adjacent pair, cheaply
    words, gaps = parts[1::2], parts[2::2]
    vocabulary = Counter(words)
    rare = {w for w, n in vocabulary.items() if n <= 2 and w not in extra and w not in FUNCTION_WORDS}
    # Only pairs with a rare word can be broken: look at the few places rare words stand
    # (found without a Python loop over every word) rather than at every pair.
    rare_at = list(compress(range(len(words)), map(rare.__contains__, words)))
    last = len(words) - 1
    pairs = {i for i in rare_at if i < last and gaps[i] == " "}  # a rare word, then its right neighbour
    pairs.update(i - 1 for i in rare_at if i > 0 and gaps[i - 1] == " ")  # its left neighbour, then it
    broken = set()
    for j in pairs:
        left, right = words[j], words[j + 1]
        # A one-letter piece is no broken word: "resolution S-32/1" is not "resolutions".
        if len(left) + len(right) >= 5 and len(right) > 1 and len(left) > 1:
            joined = left + right
            if joined in extra or joined in vocabulary:
                broken.add((left, right))
    return broken


def _join_broken_words(mapped: Mapped, pattern: re.Pattern[str]) -> Mapped:
    return mapped.sub(pattern, lambda m: m.group(0).replace(" ", "", 1))


# --------------------------------------------------------------------------- line-end hyphens

# A line broken after a hyphen, or inside a symbol after a slash.
_LINE_END_BREAK = re.compile(
    r"(?<=[A-Za-z0-9])-[ \t]*\n[ \t\f]*(?=[A-Za-z0-9])|(?<=[A-Za-z0-9.]/)[ \t]*\n[ \t\f]*(?=[A-Za-z0-9])"
)
# What every match of _LINE_END_BREAK holds: a hyphen or a slash, then the line's end.
_BREAK_AFTER_HYPHEN_OR_SLASH = re.compile(r"[-/][ \t]*\n")
# A hyphen between two letters and one space in mid-line: a line end's hyphen whose break a tool
# turned into a space ("Secretary- General", "implemen- tation"). A suspended compound ("pre- and
# post-session", "short- or long-term", "inter- to intra-") keeps its hyphen and space.
_REFLOWED_BREAK = re.compile(r"(?<=[A-Za-z])- {1,4}(?=[A-Za-z])(?!(?:and|or|nor|to|as|but|than|versus|vs)\b)")
_WORD_BEFORE = re.compile(r"[A-Za-z0-9]+$")
# The word before a hyphen is looked for this far back only: a search from the text's start
# at every line end made a text of many hyphenated lines quadratic.
_LONGEST_WORD = 64
_WORD_AFTER = re.compile(r"[A-Za-z0-9]+")


class _Hyphens:
    """Joins what a line end broke: "implemen-/tation" -> "implementation", "open-/ended" ->
    "open-ended", "CTOC/COP/WG.7/" + "2025/2" -> one symbol. The document's words, which
    decide, are counted only when a text has such a break."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: Counter[str] | None = None

    def joined(self, left: str, right: str) -> str:
        """The hyphen between two pieces: "-" if the word keeps it, else ""."""
        if self._words is None:
            self._words = word_counts(self.text)
        return "-" if keeps_hyphen(left, right, self._words) else ""

    def joined_across_page(self, left: str, right: str) -> str:
        """As `joined`, for a word hyphenated across a page break ("over-" / the page's footer and
        header / "sight"): its pieces, not cut at one line end, were counted as two words of the
        document, and would make any such word a compound. They are not counted here."""
        if self._words is None:
            self._words = word_counts(self.text)
        pieces = (left.lower(), right.lower())
        for piece in pieces:
            self._words[piece] -= 1
        try:
            return self.joined(left, right)
        finally:
            for piece in pieces:
                self._words[piece] += 1

    def _replace(self, match: re.Match[str]) -> str:
        if not match.group(0).startswith("-"):
            return ""  # after a slash
        text = match.string
        before = _WORD_BEFORE.search(text, max(0, match.start() - _LONGEST_WORD), match.start())
        after = _WORD_AFTER.match(text, match.end())
        if before is None or after is None:
            return "-"
        return self.joined(before.group(0), after.group(0))

    def join_lines(self, mapped: Mapped) -> Mapped:
        if "- " in mapped.text and _REFLOWED_BREAK.search(mapped.text) is not None:
            # "the Secretary- General to open ...": a line-end hyphen that a tool re-flowing the
            # lines (html2text, lynx, a PDF's text pasted into a page) left before a space
            mapped = mapped.sub(_REFLOWED_BREAK, self._replace)
        # (most pieces of wrapped text have no line ending after a hyphen or slash: one search
        # that skips to those characters, not _LINE_END_BREAK's look-behind tried at every position)
        if "\n" not in mapped.text or _BREAK_AFTER_HYPHEN_OR_SLASH.search(mapped.text) is None:
            return mapped
        return mapped.sub(_LINE_END_BREAK, self._replace)


# --------------------------------------------------------------------------- cleaning


# An item of a list of related instruments or documents, one a line: a reference holding a
# number ("2027/17", "43 C/Resolution 26", "DP/FPA/OPS/2027/4", "Decision 7 (EC-80)"), a dash
# and a capitalised title, no sentence: "2027/17 – UNOPS strategic plan, 2026–2029: midterm review".
# A plain-text mail writes the dash as a hyphen between spaces ("Decision B.38/03 - Evaluation
# policy (adopted 4 March 2032)").
# A list of what a session adopted writes the number's stop or a colon instead ("Resolution 8/1.
# Reef restoration", "Decision 8/2: Coastal data partnerships", E244): a reference with a kind
# word and a number, no sentence's words.
_LISTED_ITEM = re.compile(
    r"[ \t]*(?:(?P<ref>[A-Z0-9][^\n–—]{0,40}?)\s+(?:[–—]|--?)"
    r"|(?P<kind_ref>(?:Resolution|Decision|RESOLUTION|DECISION)\s+[A-Z0-9][\w./() -]{0,24}?)[:.])\s+[A-Z“\"][^\n]{2,300}$"
)
# A sentence of one line (a capital, a full stop at its end): no wrapped part of a list's last item,
# whose title ends without one ("Documents considered under item 4: GCF/B.38/08.").
_SENTENCE_LINE = re.compile(r"[ \t]*[A-Z][^\n]{10,300}\.[ \t]*$")
# A heading a line long above such a list: "Related decisions", "Related documents".
_LIST_HEADING = re.compile(r"[ \t]*[A-Z][A-Za-z ]{2,40}$")


def _listed_item(text: str, line: _Line, dashed: bool = False) -> bool:
    """``dashed``: the item's number and title set apart by a dash only (not a colon or a stop:
    "Decision EB 174/3: The Executive Board took note ..." may open a paragraph wrapped below)."""
    if text[line.end - 1 : line.end] in ".;,":
        return False
    segment = text[line.start : min(line.end, line.start + 60)]
    if "–" not in segment and "—" not in segment and " -" not in segment and "ecision " not in segment and "esolution " not in segment and (
        "ECISION " not in segment and "ESOLUTION " not in segment
    ):
        return False  # most lines: no dash near their start
    m = _LISTED_ITEM.match(text, line.start, line.end)
    if m is None:
        return False
    if dashed and m["ref"] is None:
        return False
    ref = m["ref"] or m["kind_ref"]
    # a number in a series or a convention, in at most four words: not "In 2026 – the year ..."
    return any(c.isdigit() for c in ref) and any(c in ref for c in "/.(") and len(ref.split()) <= 4


def _indent_of(text: str, line: _Line) -> int:
    return len(text[line.start : line.end]) - len(text[line.start : line.end].lstrip(" \t"))


def _bullet_indent(text: str, line: _Line) -> int | None:
    """The indent of a list bullet ("- ", "* ", "• ": Markdown's, a text browser's) that opens a
    line; None for any other line."""
    stripped = text[line.start : line.end].lstrip(" \t")
    if stripped[:2] not in ("- ", "* ", "\u2022 ") or len(stripped) < 3 or stripped[2].isspace():
        return None
    return line.end - line.start - len(stripped)


# The heading of a list of mandates ("Economic and Social Council resolutions", "Commission
# decisions") and a row of such a list, an instrument's number before its title ("70/1 Transforming
# our world ...", "318 (XXIX) Programme planning ...")
_MANDATES_HEADING = re.compile(r"[ \t]*[A-Z][\w’'-]*(?: (?:of|on|and|for|the|[A-Z][\w’'-]*)){0,8} (?:resolutions|decisions)$")
_MANDATE_ROW = re.compile(rf"[ \t]*(?:{INSTRUMENT_NUMBER})[.:]? +[A-Z]")
# the same row, its number closed by a colon or a stop ("48/141: Title", "5/1. Title") under an
# issuer's list heading or below another such row: one instrument a line (E248)
# ("OEWG-19/1: Title (11 June 2038)": a body's letters before the number, as a gapped row has them)
_CLOSED_MANDATE_ROW = re.compile(rf"[ \t]*(?:[A-Z]{{2,6}}[ .-]?)?(?:{INSTRUMENT_NUMBER})[.:] +[A-Z“\"]")
# the same row closed by a colon ("2027/17: Title"), then the heading of the next related list, which
# a wrapped title's last words are not ("Related documents", "Other related decisions", E258)
_COLON_MANDATE_ROW = re.compile(rf"[ \t]*(?:{INSTRUMENT_NUMBER}): +[A-Z“\"]")
_KIND_IN_HEADING = re.compile(r"\b(?:[Rr]esolutions|[Dd]ecisions)\b")
_NEXT_RELATED_HEADING = re.compile(r"[ \t]*(?:Other\s+)?[Rr]elated\s+[a-z]+(?:\s+[a-z]+)?\s*$")
# the same row set apart from its title by a tab or a gap of spaces ("   8/1   Reef restoration"): a
# list's line, which wrapped prose does not print twice running (E244)
# ("   CFA 31/1   Title", "   14.1   Title": a body's letters before its number, a dotted number)
_GAPPED_MANDATE_ROW = re.compile(rf"[ \t]*(?:[A-Z]{{2,6}}[ .-]?)?(?:{INSTRUMENT_NUMBER}|\d{{1,3}}\.\d{{1,3}})\.?(?:\t|  )[ \t]*[A-Z“\"]")


def _dashed_item(text: str, line: _Line) -> bool:
    """Whether a listed item's line separates its title by a dash, not a hyphen between spaces."""
    segment = text[line.start : min(line.end, line.start + 60)]
    return "–" in segment or "—" in segment or "--" in segment


def _starts_block(text: str, line: _Line, previous: _Line | None, layout: Layout) -> bool:
    """Does a text line begin a new paragraph, though no blank line precedes it?"""
    if line.starts_paragraph:
        return True
    if previous is not None and previous.kind == "text" and _listed_item(text, line) and (
        _listed_item(text, previous) or _LIST_HEADING.match(text, previous.start, previous.end)
    ):
        return True  # "Related decisions" / "2027/17 – Title" / "2027/19 – Title": one item a line
    if previous is not None and previous.kind == "text" and _listed_item(text, previous, dashed=True) and (
        # (not after a hyphen's item: "GB.352/INS/5 - Decent work ...: follow-up to the" over
        # "Conference discussion" is one title wrapped, as a web page's text dump wraps it)
        _LIST_HEADING.match(text, line.start, line.end) and _dashed_item(text, previous)
        or _SENTENCE_LINE.match(text, line.start, line.end)
    ):
        # the list ends at the next list's heading ("Related documents"), or at a sentence
        # after its last item ("Documents considered under item 4: GCF/B.38/08.")
        return True
    if previous is not None and previous.kind == "text" and text[line.end - 1 : line.end] == "s" and (
        _MANDATES_HEADING.match(text, line.start, line.end) and _MANDATE_ROW.match(text, previous.start, previous.end)
    ):
        # a list of mandates without blank lines (pdftotext -raw): "86/204 Protection of global
        # climate ... humankind" / "Economic and Social Council resolutions", the next list's
        # heading, though the row above it ran to the full width
        return True
    if previous is not None and previous.kind == "text" and _GAPPED_MANDATE_ROW.match(text, line.start, line.end) and (
        _GAPPED_MANDATE_ROW.match(text, previous.start, previous.end)
    ):
        return True  # "   8/1   Reef restoration" / "   8/2   Coastal data partnerships": one instrument a line
    if previous is not None and previous.kind == "text" and _NEXT_RELATED_HEADING.match(text, line.start, line.end) and (
        _COLON_MANDATE_ROW.match(text, previous.start, previous.end) and text[previous.end - 1 : previous.end] not in ".;,"
    ):
        return True  # "2029/7: Joint approach to cost recovery" / "Related documents": the next list (E258)
    if previous is not None and previous.kind == "text" and _COLON_MANDATE_ROW.match(text, line.start, line.end) and (
        _LIST_HEADING.match(text, previous.start, previous.end) and _KIND_IN_HEADING.search(text, previous.start, previous.end)
    ) and text[line.end - 1 : line.end] not in ".;,":
        return True  # "Decisions referred to" / "2031/17: Title": the list's first row (E258)
    if previous is not None and previous.kind == "text" and _CLOSED_MANDATE_ROW.match(text, line.start, line.end) and (
        _CLOSED_MANDATE_ROW.match(text, previous.start, previous.end) or _MANDATES_HEADING.match(text, previous.start, previous.end)
    ) and text[line.end - 1 : line.end] not in ".;,":
        return True  # "Human Rights Council resolutions" / "5/1: Institution-building" / "5/2: Code of Conduct"
    if layout.width is None and previous is not None and previous.kind == "text" and line.start < _HEAD_CHARS and (
        _alone_in_the_head(text, line) or _alone_in_the_head(text, previous)
    ):
        # a release's head copied from a page without blank lines: "GA/PAL/1502" / "11 February
        # 2032" / the headline / "432nd Meeting (AM)", each its own line, not one heading (E130)
        return True
    if previous is not None and previous.kind == "text" and _bold_lines(text, previous, line):
        return True  # a Markdown masthead: "**Committee for Development Policy**" / "**Thirty-third session**"
    if previous is not None and previous.kind == "text" and _bold_heading_after_sentence(text, previous, line):
        return True  # html2text's "1. Invites ... Nations." / "**Resolution 12/2**": a list ends, a heading follows
    if previous is not None and previous.kind == "text" and text[line.start : line.start + 12].lstrip().startswith("At its ") and (
        _AT_ITS_MEETING_OPENS.match(text, line.start, line.end)
        and text[previous.start : previous.end].rstrip()[-1:] not in ".,;:"
        and not ends_open(text[previous.start : previous.end])
    ):
        # "Decision 76/4" / "Inclusion of X in Table I of the Convention ... of 1988" / "At its 6th
        # meeting, on 9 March 2033, the Commission ...": an instrument's title, which ends without a
        # stop, over the paragraph that tells its adoption (pdftotext -raw: no blank line between
        # them, and a title that fills its line leaves no room to show its end)
        return True
    if _ADOPTED_BY_LINE.match(text, line.start, line.end) or "meeting," in text[line.start : line.end] and _PLENARY_MEETING_LINE.match(text, line.start, line.end):
        return True  # a heading line of its own, though the line above it ran to the full width
    if previous is not None and previous.kind == "text" and _ADOPTED_BY_LINE.match(text, previous.start, previous.end):
        return True  # ... and complete: the instrument's number and title begin below it
    if previous is not None and previous.kind == "text" and "...." in text[previous.start : previous.end] and (
        _LEADER_END.search(text, previous.start, previous.end)
    ):
        return True  # "SEA/RC78/R1  Title ........ 08.09.2032     1": a contents entry ends at its page (E121)
    if previous is not None and previous.kind == "text" and (bullet := _bullet_indent(text, line)) is not None and (
        bullet == _bullet_indent(text, previous)
        # (the wrapped end of the item above, indented past its bullet)
        or _bullet_indent(text, previous) is None and _indent_of(text, previous) > bullet
    ):
        # "- GHS Sub-Committee, sixty-third session: Geneva, 8-10 July 2032 (back to back ...)" over
        # "- Committee of Experts, sixteenth session: ...": a list's items one a line, each its own,
        # whatever the line above ends with
        return True
    if previous is not None and "dopt" in text[line.start : line.end] and adoption_fields(text[line.start : line.end]):
        # "UNEP/EA.7/Res.3: Title" / "Theme: Chemicals    Adopted: 12 December 2031": a page's line of
        # fields under a decision's heading, no words of its title (E195)
        return True
    if not _LINE_STARTS_BLOCK.match(text, line.start, line.end):
        return False
    if _BRACKETED_NOTE.match(text, line.start, line.end):
        return True  # under a title, which ends without punctuation
    if layout.width is None or previous is None:
        return True  # numbered paragraphs and list items are sometimes not set apart
    # In lines broken at a width, "(b)" or "2." may start a line in mid-sentence: a list
    # item begins a paragraph only after a line that ends a sentence or a clause.
    if not _POINT_LABEL.match(text, line.start, line.end):
        return text[previous.start : previous.end].rstrip()[-1:] in ".:;"
    # "Agenda item 7: Unified Budget, Results and Accountability Framework" / "  7.1 Takes note ...":
    # an agenda item's heading ends without a stop, over its first decision point
    return text[previous.start : previous.end].rstrip()[-1:] in ".:;," or bool(_ITEM_HEADING_LINE.match(text, previous.start, previous.end))


# The head of a text: where a symbol, a date or a meetings line alone on its line is the masthead's.
_HEAD_CHARS = 1500
_FULL_DATE_ALONE = re.compile(
    r"[ \t]*\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}[ \t]*$"
)


def _alone_in_the_head(text: str, line: _Line) -> bool:
    """Whether a line of an unwrapped text's head stands alone as a masthead's item: a full date
    ("11 February 2032"), a document symbol ("GA/PAL/1502") or the line of the meetings a release
    covers ("432nd Meeting (AM)"). Unwrapped text breaks no sentence at such a line."""
    if line.kind != "text" or line.end - line.start > 60:
        return False
    stripped = text[line.start : line.end].strip()
    if _FULL_DATE_ALONE.match(stripped):
        return True
    if "/" in stripped and any(c.isdigit() for c in stripped) and SYMBOL.fullmatch(stripped) is not None:
        return True
    return "eeting" in stripped and sittings_line(stripped) is not None


# A line wholly in bold. Markdown joins a paragraph's lines, but a converter that sets each line of
# a masthead in bold of its own ("**Committee for Development Policy**" over "**Thirty-third plenary
# session**") prints lines, each one a heading: a bold phrase run over two lines is bold once.
_WHOLLY_BOLD_LINE = re.compile(r"[ \t]*\*\*[^*\n]+\*\*[ \t]*$")


# A note's marker as a superscript or a Markdown label ("<sup>4</sup> ...", "[^4]: ..."), not an
# asterisk: "* Reissued ..." is a line, and so is an outline's "** Heading".
_MARKED_NOTE = re.compile(r"\s*(?:\$?\s*<sup>|\[\^\w{1,8}\]:)")


def _runs_on(text: str, lines: list[_Line], index: int) -> bool:
    """Whether a footnote's line in unwrapped text goes on in the text line right below it."""
    return (
        index + 1 < len(lines) and lines[index + 1].kind == "text" and not lines[index + 1].starts_paragraph
        and _MARKED_NOTE.match(text, lines[index].start, lines[index].end) is not None
    )


def _bold_heading_after_sentence(text: str, previous: _Line, line: _Line) -> bool:
    """Is a wholly bold line set right under a line that ends a sentence (a heading after the last
    item of a list, which html2text prints without a blank line between them)?"""
    return (
        text[line.start : line.start + 8].lstrip().startswith("**")
        and text[previous.start : previous.end].rstrip()[-1:] in ".;"
        and _WHOLLY_BOLD_LINE.match(text, line.start, line.end) is not None
    )


def _bold_lines(text: str, previous: _Line, line: _Line) -> bool:
    """Are two lines each wholly bold (each its own heading, not one paragraph)?"""
    return text[line.start : line.start + 8].lstrip().startswith("**") and bool(
        _WHOLLY_BOLD_LINE.match(text, line.start, line.end) and _WHOLLY_BOLD_LINE.match(text, previous.start, previous.end)
    )


_INSTRUMENT_NUMBER_ALONE = re.compile(rf"(?:{INSTRUMENT_NUMBER})\.?")
_TITLE_OPENING = re.compile(r"[ \t]*[A-Z][a-z]")


def _symbol_title_pairs(text: str, lines: list[_Line]) -> dict[int, bool]:
    """The lines of a list of documents in two columns that the text gives as alternating lines
    (a symbol alone on its line, then the document's title), each index mapped to whether it
    begins an entry (the symbol's line). Only runs of at least two entries: a symbol alone on a
    masthead's line, above the body's name, is no list."""
    def symbol_alone(line: _Line) -> bool:
        if line.kind != "text" or line.end - line.start > 60:
            return False
        stripped = text[line.start : line.end].strip()
        if "/" not in stripped:
            return False  # every symbol holds a slash: most lines are done here
        m = SYMBOL.fullmatch(stripped)
        return m is not None and any(c.isdigit() for c in stripped)

    def number_alone(index: int) -> bool:
        # an instrument's number in a list of mandates, its title on the next line ("318 (XXIX)" /
        # "Programme planning and review procedures", pdftotext -raw of a table's cells); not a
        # page's number over its job number ("2/24" / "32-39561")
        line = lines[index]
        if line.kind != "text" or line.end - line.start > 20 or not text[line.start : line.end].strip()[:1].isdigit():
            return False
        title = following.get(index)
        return (
            _INSTRUMENT_NUMBER_ALONE.fullmatch(text[line.start : line.end].strip()) is not None
            and title is not None and _TITLE_OPENING.match(text, lines[title].start, lines[title].end) is not None
        )

    texts = [i for i, line in enumerate(lines) if line.kind == "text"]
    following = {a: b for a, b in zip(texts, texts[1:])}
    numbers = {i for i in texts if number_alone(i)}
    if numbers:
        # only under a list's heading that names the instruments ("Commission resolutions"): a
        # resolution's number over its title heads its text, and a contents list sets them so too
        preceding = {b: a for a, b in following.items()}
        listed: set[int] = set()
        for i in sorted(numbers):
            above = preceding.get(i)
            if above is not None and (
                above in listed or preceding.get(above) in listed
                or _MANDATES_HEADING.match(text, lines[above].start, lines[above].end)
            ):
                listed.add(i)
        numbers = listed
    alone = {i for i in texts if symbol_alone(lines[i])} | numbers
    pairs = [i for i in sorted(alone) if following.get(i) is not None and following[i] not in alone]
    found: dict[int, bool] = {}
    for i in pairs:
        title = following[i]
        neighbours = following.get(title) in alone or any(following.get(following.get(j, -1)) == i for j in pairs)
        if neighbours:
            found[i], found[title] = True, False
    return found


# "1.", "12.", "(a)", "(iv)": a paragraph's label printed alone on its line.
_LABEL_ALONE = re.compile(r"[ \t\f]*(?:\d{1,3}\.|\((?:[a-z]|[ivx]{1,4}|\d{1,3})\))[ \t]*$")


def _label_alone(text: str, line: _Line) -> bool:
    return line.end - line.start <= 12 and _LABEL_ALONE.match(text, line.start, line.end) is not None


def _ends_finished(text: str) -> bool:
    """Does a paragraph end where no sentence runs on: a full stop, colon, semicolon, question
    or exclamation mark, or a pictograph (a chat message's "🙂"; the next message, in lower
    case, is no run-on of it)."""
    tail = text.rstrip()[-1:]
    return tail in (".", ":", ";", "?", "!") or (tail != "" and unicodedata.category(tail) == "So")


def _in_open_quotation(text: str) -> bool:
    """Does ``text`` end inside a quotation it opened ("… entitled “Transforming our world:",
    '… entitled "Transforming our world:')? Curly quotation marks opened and not closed, or an
    odd number of straight double ones."""
    curly = text.count("\u201c") - text.count("\u201d")
    return curly > 0 or (curly == 0 and "\u201c" not in text and text.count('"') % 2 == 1)


# a blank line (a line of nothing but spaces) between two blocks
_BLANK_LINE = re.compile(r"\n[ \t\f\r]*\n")


def _ends_open(text: str) -> bool:
    """Does a paragraph end mid-sentence (so that a page break may have split it)?"""
    tail = text.rstrip()
    return bool(tail) and (tail[-1].isalpha() or tail[-1] in ",-–(")


# A block this short, ending without punctuation, is a heading ("Documentation", "Annex"):
# a paragraph cut by a page break fills the last line of its page.
_SHORT_HEADING = 40


def _is_short_heading(text: str) -> bool:
    return len(text) < _SHORT_HEADING and "\n" not in text and text[:1].isupper()


# "(A/AC.105/1348);" alone: the symbol of the document a paragraph above names.
_BRACKET_THEN_LOWER_CASE = re.compile(r"\([^()\n]{1,80}\)[,;]?\s+[a-z]")
_BRACKETED_SYMBOL_ALONE = re.compile(r"\([A-Z][^\s()]*/[^\s()]*\)[.;,:]?$")
# An instrument's opening formula, a paragraph of its own: "The Conference of the Parties,".
# A resolution's clause as the ITU and the UPU print it: the preamble's or operative part's keyword
# in lower case, the addressee after it if any, alone on its line(s) without a stop ("recalling",
# "bearing in mind", "further instructs the Secretary-General", "invites Member States and Sector
# Members"), then its items, lettered or numbered ("a)<tab>", "1<tab>"), or its one "to ..." line.
# A sentence wrapped after a lower-case word runs on with a word, never with such an item.
_CLAUSE_VERB = CLAUSE_VERB
_KEYWORD_LINE_CLAUSE = re.compile(
    # a participle or an operative verb, over its items: "a)<tab>", "1<tab>"
    rf"[ \t]*(?:(?:further|also)\s+)?(?:[a-z]+ing|{_CLAUSE_VERB})\b[^\n.;:]{{0,250}}\n(?:[^\n.;:]{{1,120}}\n)?"
    r"[ \t]*(?:[a-z]\)|\d{1,2}\.?\)?)(?:\t| {2,})"
    # an operative verb and its addressee over their one "to" line (not prose wrapped before a
    # "to": "its reports and recommendations to the Conference, and requested the Secretariat" /
    # "to continue ...", a page's first line)
    rf"|[ \t]*{_CLAUSE_VERB}[^\n.;:]{{0,250}}\n(?:[^\n.;:]{{1,120}}\n)?[ \t]*to\s"
)
_OPENING_FORMULA = re.compile(r"The\s+[A-Z][\w’'\- ]{2,100},$")
# A resolution's clauses as the UPU and the ITU print them, one a paragraph, in lower case and ending
# on a comma: "recalling resolution C 22/2029 …," / (blank) / "having considered the report …,", then
# "decides to establish …;". A clause opening so, under one that opened so, is a clause of its own,
# not the comma's run-on (a sentence a page break cut goes on with no clause's keyword) (E222)
_LOWER_CASE_CLAUSE = re.compile(
    rf"(?:(?:further|also)\s+)?(?:having\s+[a-z]+ed|(?:recall|not|consider|recogniz|recognis|bear|tak|welcom|reaffirm"
    rf"|emphasiz|emphasis|stress|acknowledg|express|mindful|aware|conscious|concern|observ|underlin)[a-z]*|{_CLAUSE_VERB})\b"
)


def _lower_case_clause_after_clause(previous: str, piece: str) -> bool:
    return (
        previous.rstrip()[-1:] in (",", ";")
        and _LOWER_CASE_CLAUSE.match(piece) is not None
        and _LOWER_CASE_CLAUSE.match(_FORMULA_BEFORE_CLAUSE.sub("", previous.lstrip(), count=1)) is not None
    )


# "The Congress, recalling …": the opening formula the first clause went on
_FORMULA_BEFORE_CLAUSE = re.compile(r"^The\s+[A-Z][\w’'\- ]{2,100},\s+(?=[a-z])")


def _clause_item(piece: str) -> bool:
    return CLAUSE_ITEM.match(piece) is not None or piece.startswith("to ")


def _keyword_line_over_items(piece: str, text: str, blocks: list[tuple[str, int, int, bool]], below: list[int]) -> bool:
    """Is a text piece a clause's keyword line alone ("recalling", "instructs the Council"), the
    next text block (``below``: the places of the next two) its first item ("a) ...", "1 to ...",
    "to ...") or its addressee's second line over the first item?"""
    if not below or not piece[:1].islower() or KEYWORD_LINE.fullmatch(piece) is None:
        return False

    def opening(place: int) -> str:
        _, start, end, _ = blocks[place]
        return text[start:end].strip().lstrip("*#_ ")  # (a converter's bold: "**Bureau**")

    following = opening(below[0])
    if unlabelled_clause_item(following) and KEYWORD_ALONE.fullmatch(piece) is not None:
        return True  # "recalling" / "Resolution 71 (Rev. Bucharest, 2022), ...;": Word's text without its numbering
    return _clause_item(following) or (
        # "instructs the Secretary-General and the Director of the Telecommunication Development" /
        # "Bureau" / "1 to coordinate ...": the addressee's last words, then the items
        len(below) > 1 and len(following) <= 120 and not any(c in following for c in ".;:")
        and following[:1].isupper() and _clause_item(opening(below[1]))
    )


def _clause_part(piece: str, clause: str, has_items: bool) -> bool:
    """Does a piece go on the clause before it: an item, or (before any item) the rest of its
    keyword line's addressee?"""
    if _clause_item(piece):
        return True
    if unlabelled_clause_item(piece) and (KEYWORD_ALONE.fullmatch(clause) is not None or has_items and clause.endswith(";")):
        # Word's text without its list numbering: the first item, or one after an item that
        # ends on the semicolon before the next ("Resolution 71 ...;" / "Council Decision 645 ...,")
        return True
    return (
        not has_items and clause[-1:].isalpha() and len(piece) <= 120
        and piece[:1].isupper() and not any(c in piece for c in ".;:")
    )


# In a text broken at a width, a paragraph a page break cuts fills its page's last line; a
# block of one line well short of the width before the break ended there ("2031/EB.A/4
# Annual report of the Audit Committee", a heading left at a page's foot).
_SHORT_OF_THE_WIDTH = 0.6


def _short_line_of_a_width(text: str, width: int | None) -> bool:
    return width is not None and len(text) < _SHORT_OF_THE_WIDTH * width and not text[:1].islower()


# the last names `clean` was given as a tuple, and BASE_VOCABULARY with them (`_with_base_vocabulary`;
# one entry, read and replaced whole, so that threads extracting at once never mix two loads')
_BASE_AND_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _bold_line_cut_open(
    text: str, marked_blocks: list[tuple[str, int, int, bool]], place: int, previous: str, following: str
) -> bool:
    """Is the block before ``place`` a bold line ("**…**", no "#" heading) ending on a word that
    certainly goes on ("of the", "on"), right above words that go on it ("United Nations
    Environment Programme", "5 March 2038"), nothing removed between? (L9)"""
    if not place or marked_blocks[place][3]:
        return False
    kind, start, end, _ = marked_blocks[place - 1]
    return (
        kind == "text" and _BOLD_LINE.match(text[start:end]) is not None and "\n" not in text[start:end].strip()
        and _open_on_a_word(previous) and following[:1].isalnum()
        and _HEADING_MARK.match(text[marked_blocks[place][1] : marked_blocks[place][2]]) is None
    )


def _open_on_a_word(text: str) -> bool:
    """Does the text end on a word that certainly goes on ("of the", "in"), no hyphen?"""
    tail = text.rstrip()
    return bool(tail) and tail[-1:].isalpha() and ends_open(tail)


def _with_base_vocabulary(names: Iterable[str]) -> tuple[str, ...]:
    """BASE_VOCABULARY and ``names`` in one tuple, for `fix_characters`. The names are the
    reference data's (`extract._vocabulary`: one tuple per registry), the same for every document
    of a load: the same tuple is given again, and `ocr` reads its words once (S42; ~1,900 names
    copied twice and hashed twice per document before)."""
    kept = _BASE_AND_NAMES.get("last")
    if kept is not None and kept[0] is names:
        return kept[1]
    combined = (*BASE_VOCABULARY, *names)
    if isinstance(names, tuple):
        _BASE_AND_NAMES["last"] = (names, combined)
    return combined


def clean(text: str, vocabulary: Iterable[str] = ()) -> Cleaned:
    """Clean ``text``; ``vocabulary`` adds known words (e.g. from body names)."""
    names = vocabulary if isinstance(vocabulary, tuple) else tuple(vocabulary)
    source = text
    base_and_names = _with_base_vocabulary(names)
    # Ligatures and mojibake first: every later step reads words and quotation marks.
    vocabulary = list(names)
    # Two columns side by side are read column after column; then ligatures, mojibake and OCR
    # misreadings are undone: every later step reads lines, words and quotation marks.
    # Layouts of other tools (margin line numbers, CSV records, a text browser's link markers,
    # a converter's header lines) are undone first: the passes below read lines.
    # An HTML draft's "<del>" goes with its words before the page's tags go (and leave them)
    text, tracked_map = accept_html_changes(text)
    text, export_map = unwrap_export(text)
    text, layout_map = normalise_layout(text)
    # a title block printed in two languages, "X / X translated": the first language (same length)
    text = blank_translated_halves(text)
    text, column_map = unfold_columns(text)
    if column_map is None and (rejoined := rejoin_masthead_name(text)) is not None:
        # a masthead in two columns whose left one wraps the body's name: the name read whole
        text, column_map = rejoined
    text, character_map = fix_characters(text, base_and_names)
    # a text in capitals only gets an ordinary text's case (same length, same lines)
    text = recase(text, vocabulary)
    # ... and a masthead's place and dates in capitals ("ROME, 24 JUNE – 1 JULY 2033") a line's
    text = venue_lines_recased(text)
    # a note's mark raised and glued to a number ("resolution WHA86.11¹.", "of 7 December 2031²"):
    # a space in its place (same length), or the number reads as another one (E269)
    if _A_RAISED_FIGURE.search(text):
        text = _RAISED_MARK_ON_A_NUMBER.sub(lambda m: " " * len(m.group()), text)
    cleaned = _clean(text, vocabulary)
    # each map composed with the offsets at C speed (one look-up per character of the text)
    if character_map is not None:
        cleaned.offsets = list(map(character_map.__getitem__, cleaned.offsets))
    if column_map is not None:
        cleaned.offsets = list(map(column_map.__getitem__, cleaned.offsets))
    if layout_map is not None:
        cleaned.offsets = list(map(layout_map.__getitem__, cleaned.offsets))
    if export_map is not None:
        cleaned.offsets = list(map(export_map.__getitem__, cleaned.offsets))
    if tracked_map is not None:
        cleaned.offsets = list(map(tracked_map.__getitem__, cleaned.offsets))
    cleaned.original = source
    return cleaned


def _clean(text: str, vocabulary: Iterable[str]) -> Cleaned:
    lines, layout = _lines(text)
    # Group lines into raw blocks; remember which were separated by removed material.
    raw_blocks: list[tuple[str, int, int, bool]] = []  # kind, start, end, removed_before
    current: list[_Line] = []
    current_kind = "text"

    def flush() -> None:
        nonlocal current
        if current:
            raw_blocks.append((current_kind, current[0].start, current[-1].end, False))
            current = []

    paired = _symbol_title_pairs(text, lines)
    previous_line: _Line | None = None
    for index, line in enumerate(lines):
        if line.kind == "text" and index in paired:
            # "ECE/MP.PP/2031/1" / "Annotated provisional agenda ...": a list of two columns
            # printed as alternating lines; the symbol begins the entry, its title goes on it
            if current and paired[index]:
                flush()
            current_kind = "text" if not current else current_kind
            current.append(line)
            previous_line = line
            continue
        if line.kind == "text":
            # Raw pdftotext puts a paragraph's number alone on its line ("1." / "The session
            # was ..."): the number begins a block after a line that ends a sentence or clause,
            # and the text below it continues that block.
            after_label = previous_line is not None and previous_line.kind == "text" and _label_alone(text, previous_line)
            label_here = (
                _label_alone(text, line) and previous_line is not None
                and (previous_line.kind != "text" or text[previous_line.start : previous_line.end].rstrip()[-1:] in ".,;:")
            )
            if current and (label_here or not after_label and _starts_block(text, line, previous_line, layout)):
                flush()
            if not current:
                current_kind = "text"
            current.append(line)
        elif line.kind == "footnote" and (layout.width is not None or _runs_on(text, lines, index)):
            # A plain-text footnote runs on over the lines that follow it, like a paragraph
            # (html2text's "<sup>4</sup> [A/1](…)" / "and [A/2](…)," / "respectively.").
            flush()
            current_kind = "footnote"
            current.append(line)
        else:
            flush()
            if line.kind != "blank":
                raw_blocks.append((line.kind, line.start, line.end, False))
        previous_line = line
    flush()

    # Mark for each text block whether header/footnote/table lines preceded it directly.
    marked_blocks: list[tuple[str, int, int, bool]] = []
    seen_removed = False
    table_between = False  # a table row between two text blocks: they are not one paragraph
    rows_of_cells = 0  # rows of three cells or more between the last text block and this one
    for kind, start, end, _ in raw_blocks:
        if kind == "text":
            marked_blocks.append((kind, start, end, seen_removed and not table_between))
            seen_removed = table_between = False
            rows_of_cells = 0
        else:
            seen_removed = True
            # rows of three cells or more (Word's tabs, read as cells between bars by then: "| A |
            # B | C |"; antiword's bars): the paragraphs above and below a table are two, whatever
            # the one above ends with, as a page break's running head is no such table — one row
            # in a text one paragraph a line, where no page breaks, two in a wrapped one (L14)
            rows_of_cells += kind == "table" and (text.count("\t", start, end) >= 2 or text.count("|", start, end) >= 4)
            table_between = table_between or (kind == "table" and _is_record_row(text[start:end])) or (
                rows_of_cells >= (1 if layout.width is None else 2)
            )
            marked_blocks.append((kind, start, end, False))

    extra = known_words(tuple(vocabulary))

    pieces: list[Mapped] = []
    kinds: list[tuple[str, bool]] = []
    deferred: list[tuple[Mapped, str]] = []
    last_text: int | None = None  # index in pieces of the last text block

    broken = _broken_pairs(text.lower(), extra)
    broken_texts = [f"{left} {right}" for left, right in broken]
    broken_pattern = (
        re.compile(r"\b(?:" + "|".join(re.escape(b) for b in broken_texts) + r")\b", re.IGNORECASE)
        if broken
        else None
    )

    hyphens = _Hyphens(text)
    # A draft with its changes tracked reads as accepted: its deleted words and the marks of its
    # insertions go from each paragraph, once its lines are laid out as printed (a deletion
    # leaves a line shorter than the wrap made it, which no longer tells where a paragraph ends)
    removed = tracked_removals(text)
    # ""The Council recalls …" / ""The Council requests …" / "… of the matter."": a statement's
    # paragraphs quoted by the continued-quotation convention read without the marks
    quoted = continued_quotation_marks(text, [(start, end) for kind, start, end, _ in marked_blocks if kind == "text"])
    if quoted or layout.cut:
        removed = sorted(removed + quoted + layout.cut)

    def cleaned_piece(start: int, end: int) -> Mapped:
        piece = Mapped.of(text, start, end)
        if removed:
            piece = piece.without(removed)
        mapped = hyphens.join_lines(piece)
        if _needs_inline(mapped.text):
            mapped = mapped.sub_matches(_inline_matches(mapped.text), _inline)
        mapped = mapped.strip()
        if broken_pattern is not None:
            # Lowered piece by piece: lower-casing may lengthen a text ("İ" becomes two
            # characters), so offsets into the whole lowered text would drift.
            lowered_piece = text[start:end].lower()
            if any(b in lowered_piece for b in broken_texts):
                return _join_broken_words(mapped, broken_pattern)
        return mapped

    # the text blocks' places in marked_blocks, to look at the block after a keyword line
    text_places = [i for i, block in enumerate(marked_blocks) if block[0] == "text"]
    next_texts = {a: text_places[k + 1 : k + 3] for k, a in enumerate(text_places)}
    # An ITU-style clause set a line (or a block) apiece, its keyword line, then its items:
    # the last text piece is such a clause, and whether an item has joined it yet
    open_clause: bool | None = None
    for place, (kind, start, end, removed_before) in enumerate(marked_blocks):
        if kind == "header":
            continue
        raw = text[start:end]
        if kind in ("footnote", "table"):
            piece = cleaned_piece(start, end)
            if piece.text:
                deferred.append((piece, kind))
            continue
        piece = cleaned_piece(start, end)
        if not piece.text:
            continue
        # (only a block opening with "#" or "*" may be marked: most are not searched)
        marked = raw.lstrip()[:1] in ("#", "*") and bool(_HEADING_MARK.match(raw) or _BOLD_LINE.match(raw))
        joined = False
        if open_clause is not None and last_text is not None and kind == "text" and _clause_part(
            piece.text, pieces[last_text].text, open_clause
        ):
            # "recalling" / "a) Resolution ...": the clause's items (or its addressee's second
            # line, or its "to" line) go on its keyword line, as one paragraph (Word's text, one
            # paragraph a line; antiword's and LaTeX's, a blank line or a list around each item)
            joined = True
            open_clause = open_clause or _clause_item(piece.text) or unlabelled_clause_item(piece.text)
        elif (
            last_text is not None and not marked and kinds[last_text][1] and kind == "text"
            and _bold_line_cut_open(text, marked_blocks, place, pieces[last_text].text, piece.text)
        ):
            # "**Resolution adopted by the … Assembly on**" / (blank) / "5 March 2038": a bold line
            # that a converter closed and set apart where its line ended (html2text: each line of a
            # bold paragraph of the PDF its own "**…**"), on a word that certainly goes on; the
            # words below end it, and the paragraph so joined is no heading (L9)
            joined = True
            kinds[last_text] = ("text", False)
        elif (
            last_text is not None and marked and not kinds[last_text][1] and kind == "text" and not removed_before
            and _BOLD_LINE.match(raw) is not None and "\n" not in raw.strip() and not _HEADING_MARK.match(raw)
            and _open_on_a_word(pieces[last_text].text) and piece.text[:1].isalnum()
        ):
            # "90/1. Regional cooperation … in" / (blank) / "**Asia and the Pacific**": a heading's
            # last line, the one a converter printed bold (html2text), under the line it ends (L9)
            joined = True
        elif last_text is not None and not marked and not kinds[last_text][1]:
            previous = pieces[last_text].text
            first = piece.text[0]
            # "1021 (LVIII). Title" atop a page: the next resolution, not the last line's run-on
            starts_block = (
                bool(_BLOCK_START.match(raw)) or (removed_before and opens_numbered_title(raw))
                # "… on its thirty-fourth" (a table's row cut short) / rows / "Decision 2032/209": a
                # heading alone after a table or a page break is the next instrument's (E177)
                or (removed_before and is_instrument_heading(raw))
                # "The Economic and Social Commission for Western Asia," atop a page: the opening
                # formula under a title left at the foot of the page before
                or (removed_before and _OPENING_FORMULA.match(piece.text) is not None)
                # "recalling" / "a)<tab>Resolution 71 (Rev. Dubai, 2018), ...", "instructs the
                # Council" / "to consider ...": an ITU-style clause of a resolution, its keyword in
                # lower case on a line of its own, after the last clause's comma (E164)
                or _KEYWORD_LINE_CLAUSE.match(raw) is not None
                or _keyword_line_over_items(piece.text, text, marked_blocks, next_texts.get(place, []))
                or _lower_case_clause_after_clause(previous, piece.text)
                # "Decision 176/2 – Title" / (blank) / "adopted by the Committee at ...": its note
                or adoption_note_under_heading(previous, piece.text)
            )
            if not starts_block and _ends_open(previous) and (
                first.islower()
                or (removed_before and previous.rstrip()[-1] != "," and not _is_short_heading(previous)
                    and not _short_line_of_a_width(previous, layout.width))
                or (previous.rstrip()[-1] == "," and first.isdigit())
            ):
                joined = True
            elif not starts_block and first.islower() and not _ends_finished(previous):
                joined = True
            elif not starts_block and first.islower() and previous.rstrip().endswith(":") and _in_open_quotation(previous):
                # "… entitled “Transforming our world:" / (blank) / "the 2030 Agenda …”, and …": a
                # quoted title holding a colon, cut at it by a tool that ends a paragraph at a line
                # ending on a colon; the quotation is still open, the sentence goes on (L8)
                joined = True
            elif not starts_block and first.isalnum() and ends_open(previous) and len(previous) >= _SHORT_HEADING and (
                place and _BLANK_LINE.search(text, marked_blocks[place - 1][2], start) is not None
                # (not across a copied page's breadcrumb: "… Revitalizati" / "on" / (blank) /
                # "Home › Documents › …" / "Decisions adopted …", a menu's cell wrapped, L7)
                and not any(marked_blocks[place - 1][2] <= at < start for at in layout.chrome)
            ):
                # "… on budgets and funding for" / (blank) / "2032 and 2033 (EC/…) and …": a
                # paragraph of several lines that ends on a word that certainly goes on ("for",
                # "the", "of") runs on across a blank line a re-flowing tool set inside it (L5)
                joined = True
            elif not starts_block and first == "(" and previous.rstrip()[-1:].islower() and not _BRACKETED_NOTE.match(piece.text) and (
                # ("Strengthening the health emergency workforce" / "(Fourth meeting, 3 February
                # 2036)": the meeting that adopted the instrument titled above, a note of its own)
                not _PLENARY_MEETING_LINE.match(piece.text)
            ):
                # "the reports on those meetings" / "(CTOC/COP/...)": a line cut short by a symbol
                joined = True
            elif not starts_block and first == "(" and previous.rstrip()[-1:].isdigit() and _BRACKET_THEN_LOWER_CASE.match(piece.text):
                # "… held in Vienna on 5 and 6 June 2033" / (a page's foot and head) / "(CTOC/…/5), will
                # be made available …": a bracket, then the sentence going on in lower case (L8)
                joined = True
            elif _BRACKETED_SYMBOL_ALONE.match(piece.text) and previous.rstrip()[-1:].isalnum():
                # "held in Vienna from 3 to 14 February 2031" / "(A/AC.105/1348);": a symbol in
                # brackets is no paragraph of its own (an indented item's lines are narrower)
                joined = True
        if joined and last_text is not None:
            prev = pieces[last_text]
            end = len(prev.text) - 1
            cut = _WORD_BEFORE.search(prev.text, max(0, end - _LONGEST_WORD), end) if prev.text.endswith("-") else None
            after = _WORD_AFTER.match(piece.text)
            if cut is not None and after is not None and piece.text[0].islower():
                # A word hyphenated across a page break: "smug-" ... "gling".
                hyphen = hyphens.joined_across_page(cut.group(0), after.group(0))
                kept = len(prev.text) - 1 + len(hyphen)
                pieces[last_text] = Mapped(prev.text[:kept] + piece.text, [*prev.offsets[:kept], *piece.offsets])
                continue
            # Pieces after the last text block are deferred material; keep them after it.
            pieces[last_text] = Mapped(
                # the space maps to where the previous piece ends
                prev.text + " " + piece.text, [*prev.offsets, *piece.offsets]
            )
            continue
        for d_piece, d_kind in deferred:
            pieces.append(d_piece)
            kinds.append((d_kind, False))
        deferred = []
        pieces.append(piece)
        kinds.append(("text", marked))
        last_text = len(pieces) - 1
        # a keyword line alone, its items below in blocks of their own
        open_clause = False if _keyword_line_over_items(piece.text, text, marked_blocks, next_texts.get(place, [])) else None
    for d_piece, d_kind in deferred:
        pieces.append(d_piece)
        kinds.append((d_kind, False))

    pieces, kinds = _place_end_notes(pieces, kinds)

    out_text: list[str] = []
    out_offsets: list[int] = []
    blocks: list[Block] = []
    position = 0
    for piece, (kind, marked) in zip(pieces, kinds):
        if out_text:
            out_text.append("\n\n")
            out_offsets.extend([out_offsets[-1], out_offsets[-1]] if out_offsets else [0, 0])
            position += 2
        out_text.append(piece.text)
        out_offsets.extend(piece.offsets)
        del out_offsets[-1]  # where the piece ends: the next entry says it
        blocks.append(Block(position, position + len(piece.text), kind, marked))
        position += len(piece.text)
    out_offsets.append(pieces[-1].offsets[-1] if pieces else len(text))
    return Cleaned("".join(out_text), out_offsets, blocks)


# --------------------------------------------------------------------------- notes at the end

# A numbered note as a plain-text export prints it: "3 CTOC/COP/WG.3/2021/3, paras. 2–4."
_NOTE_NUMBER = re.compile(r"(\d{1,3}) ")
# Where a footnote's number may stand glued in the running text (Word's plain-text export:
# "meeting.3", "thereto,2", "recommendations10 for"): right after a lower-case letter or a
# closing punctuation mark, and not before another digit or a "/" (a symbol goes on). A full
# stop after a digit is a number's ("article 5.3"); after a capital, an acronym's ("CO2").
# The mark before is matched, not looked behind for: the scan then skips text at C speed.
_GLUED_NUMBER = re.compile(r"([a-z\u00df-\u00ff,;:)\]\u201d\u2019\".])(\d{1,3})(?=[\s,.;:)]|$)")
_DIGITS = re.compile(r"\d{1,3}")


def _glued_numbers(text: str) -> Iterator[re.Match[str]]:
    """The numbers glued in ``text`` as footnote markers are, each as a match of its digits."""
    for glued in _GLUED_NUMBER.finditer(text):
        before = glued.start()
        if glued.group(1) == "." and before > 0 and text[before - 1].isdigit():
            continue
        digits = _DIGITS.match(text, glued.start(2))
        assert digits is not None  # group 2 of _GLUED_NUMBER is the digits themselves
        yield digits


def _place_end_notes(pieces: list[Mapped], kinds: list[tuple[str, bool]]) -> tuple[list[Mapped], list[tuple[str, bool]]]:
    """Put the numbered notes a plain-text export gathers at the end back after the paragraph
    that calls them, and take their markers out of the running text.

    Word's "Save as plain text" keeps each footnote reference as its number glued to the word
    or punctuation before it and prints the notes, numbered, after the text. A note that names
    a report ("3 CTOC/COP/WG.3/2021/3, paras. 2–4.") speaks of the sentence that calls it, so
    it must follow that sentence as it does on a printed page. Notes run in sequence and their
    markers stand in the same order, each once: of the places where a note's number stands glued
    as a marker, the reading kept is the one that places the most notes in order, so a number
    that only looks like a marker ("CTOC/COP/2022/1.9") does not pull the notes after it out of
    place. A note whose marker is not found stays where it is.
    """
    last_text = max((i for i, (kind, _) in enumerate(kinds) if kind == "text"), default=-1)
    end_notes = [
        i for i in range(last_text + 1, len(pieces)) if kinds[i][0] == "footnote" and _NOTE_NUMBER.match(pieces[i].text)
    ]
    if not end_notes:
        return pieces, kinds
    orders_of: dict[str, list[int]] = {}  # a note number -> the end notes of that number
    for order, note in enumerate(end_notes):
        number = _NOTE_NUMBER.match(pieces[note].text)
        assert number is not None  # end_notes holds only the pieces that open with a note number
        orders_of.setdefault(number.group(1), []).append(order)
    candidates: list[tuple[int, int, int, re.Match[str]]] = []  # piece, char, note order, marker
    for index in range(last_text + 1):
        if kinds[index][0] != "text":
            continue
        for glued in _glued_numbers(pieces[index].text):
            # Where numbering starts again, one marker may be any of the notes of its number;
            # the later first, so that one place never serves two notes.
            for order in reversed(orders_of.get(glued.group(0), [])):
                candidates.append((index, glued.start(), order, glued))
    placed: dict[int, list[int]] = {}  # text piece -> the end notes that follow it
    markers: dict[int, list[re.Match[str]]] = {}
    for index, _, order, found in _in_sequence(candidates):
        placed.setdefault(index, []).append(end_notes[order])
        markers.setdefault(index, []).append(found)
    if not placed:
        return pieces, kinds
    moved = {note for notes in placed.values() for note in notes}
    out_pieces: list[Mapped] = []
    out_kinds: list[tuple[str, bool]] = []
    for index, (piece, kind) in enumerate(zip(pieces, kinds)):
        if index in moved:
            continue
        if index in markers:
            piece = piece.sub_matches(markers[index], lambda _: "")
        out_pieces.append(piece)
        out_kinds.append(kind)
        for note in placed.get(index, []):
            out_pieces.append(pieces[note])
            out_kinds.append(kinds[note])
    return out_pieces, out_kinds


def _in_sequence(candidates: list[tuple[int, int, int, re.Match[str]]]) -> list[tuple[int, int, int, re.Match[str]]]:
    """The longest chain of candidate markers (in text order) whose notes are in note order
    too, one marker per note: the longest increasing subsequence of the note orders."""
    tails: list[int] = []  # tails[k]: index of the candidate ending the best chain of length k+1
    tail_orders: list[int] = []  # the note order of each tail, to bisect
    previous: list[int] = [-1] * len(candidates)
    for index, (_, _, order, _) in enumerate(candidates):
        length = bisect_left(tail_orders, order)
        previous[index] = tails[length - 1] if length else -1
        if length == len(tails):
            tails.append(index)
            tail_orders.append(order)
        else:
            tails[length] = index
            tail_orders[length] = order
    chain: list[tuple[int, int, int, re.Match[str]]] = []
    at = tails[-1] if tails else -1
    while at != -1:
        chain.append(candidates[at])
        at = previous[at]
    return chain[::-1]
