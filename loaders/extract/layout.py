"""Stage 1a, layout: what the lines of a document are, whatever tool laid them out.

The same document reaches the loader as the Markdown-like conversion of the samples (one line
per paragraph, blank lines between), as a Word plain-text export (lines broken at a fixed
width, no blank line between paragraphs, footnotes numbered at line starts) or as
``pdftotext -layout`` output (form feeds, running headers and footers, indents, words
hyphenated at line ends). Cleaning groups lines into paragraphs; this module tells it, from the
lines alone, which lines are page furniture, which are footnotes, where a paragraph begins
though no blank line says so, and whether a hyphen at a line end belongs to the word.

Every rule reads the shape of the text, never its subject: page furniture repeats from page to
page or is a page or job number; a paragraph ends where the next line's first word would
have fitted on the line; footnotes are numbered in sequence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator

from mandate_graph.graph.ordinals import ORDINAL
from mandate_graph.loaders.extract.rules.capital_verbs import OPERATIVE_VERBS_IN_CAPITALS
from mandate_graph.loaders.extract.rules.draft_labels import DRAFT_LABEL
from mandate_graph.loaders.extract.rules.instrument_headings import MEETING_FORMULA_OPENING, is_recital_line, number_alone_heads_text
from mandate_graph.loaders.extract.symbols import SYMBOL
from mandate_graph.loaders.extract.symbol_first import listed_document_lines

# A page or job number, alone or together on a line: "2/3", "Page 4", "V.25-02471 (E) 100425
# 110425", New York's "25-22614 (E) 221225", and the job number's barcode "*2502471*".
_JOB = r"(?:[A-Z]{1,2}\.)?\d{2}-\d{4,6}(?:\s*\([A-Z]\))?"
_FURNITURE = re.compile(
    rf"^(?:(?:{_JOB}|\d{{1,3}}\s*/\s*\d{{1,3}}|Page\s+\d{{1,3}}(?:\s+of\s+\d{{1,3}})?|\d{{6}}|\*\d{{5,9}}\*)\s*)+$"
)


def is_page_number_line(line: str) -> bool:
    """Is the line nothing but page or job numbers ("V.25-13407 (E)", "3/8", "Page 2 of 9")?"""
    return bool(_FURNITURE.match(" ".join(line.split())))


# Lines at the top and bottom of a page where running headers and footers stand.
_TOP_LINES, _BOTTOM_LINES = 2, 3
# A running header or footer repeats on at least one page in this many (and on two pages).
_RUNNING_SHARE = 4
_DIGITS = re.compile(r"\d+")

# A footnote printed as plain text: its number, a space, the note ("12 Ibid., vol. 2237.").
# ("1 [A/88/276](https://undocs.org/A/88/276).": html2text's note, its symbol a link, L8)
_NUMBERED_NOTE = re.compile(r"^\s{0,20}(?P<number>\d{1,3}) (?=[A-Z“\"(]|\[[A-Z])(?P<first>\S+)")
# Its opening over a whole text (with "\n" before it, for the first line), from the line breaks
# the engine skips to: a text without one has no such footnote, and its lines are not read.
_NUMBERED_NOTE_LINE = re.compile(r"\n\s{0,20}\d{1,3}(?: {1,2}|\t| {4,8}| *\\quad *)(?:[A-Z“\"(]|\[[A-Z])")
# the same with the note's text set apart by a tab or a gap: "1<tab>A/HRC/87/51." (Word's text), "1       A/HRC/87/51."
# (antiword pads the number to a tab stop), "1     A/…" (pdftotext -layout), "1 \\quad A/…" (LaTeX); a
# footnote only under the rule of underscores that opens a page's notes, or under another note (a
# section's number and heading, "1<tab>Introduction", has the same shape). (Not a gap of three
# spaces or less: u235's pdftotext -layout note, read as a paragraph, gives a fact its reading as a
# note would lose, L14; two spaces are antiword's own gap after a label, "2  UNEP/MC/…", as after a
# paragraph's "8.  Encourages": u286 antiword had lost its report's `submitted_to`, L15)
_GAPPED_NOTE = re.compile(r"^\s{0,20}(?P<number>\d{1,3})(?:\t| {2}| {4,8}| *\\quad *)(?=[A-Z“\"(]|\[[A-Z])(?P<first>\S+)")
# (LaTeX's escaped underscores, perhaps set as a heading: "\\section*{\\_\\_\\_…}")
_NOTES_RULE = re.compile(r"^\s*(?:\\section\*?\{)?(?:\\?_){5,}\}?\s*$")
_MONTHS = frozenset(
    "January February March April May June July August September October November December".split()
)
# A line beginning a paragraph of its own: a numbered or lettered label, or a bullet.
_LABEL_START = re.compile(r"^\s*(?:\d{1,3}\\?\.\s|\d{1,3}\.\d{1,2}(?:[ \t]{2,}(?=[A-Za-z])|\s+(?=[A-Z]))|\([a-z0-9]{1,4}\)\s|[IVX]{1,5}\.\s|[A-H]\.\s|[-•]\s)")
# A heading or a paragraph never ends on these words: a line that does continues.
_CONTINUING_WORDS = frozenset(
    """a an the of to and or in on at by for from with against into under between
    its their his her our this that these those""".split()
)
# A document is laid out in lines of a fixed width when nearly all its lines are short.
_MAX_LINE_WIDTH = 160
_MIN_LINES = 10


@dataclass
class Layout:
    """What cleaning needs to know about the lines of one text (indexes into its lines)."""

    furniture: set[int] = field(default_factory=set)  # running headers, footers, page numbers
    footnotes: set[int] = field(default_factory=set)  # first line of a plain-text footnote
    breaks: set[int] = field(default_factory=set)  # a paragraph begins here, no blank line before
    width: int | None = None  # the width lines are broken at, when they are
    # spans of the text no paragraph keeps: a table's figures beside its first column's wrapped text
    cut: list[tuple[int, int]] = field(default_factory=list)
    # where a copied page's chrome (menu, breadcrumb) stood: offsets of the text no paragraph runs on across
    chrome: list[int] = field(default_factory=list)


# A Word plain-text export indents with tabs and sets a tab after a paragraph's label or a
# footnote's number ("1.\tThe Human Rights Council ...", "\t*\tThe present report ...",
# "\t1\tA/HRC/61/39."): those tabs are spaces to the reader. A tab between two cells of text
# ("A/HRC/WG.21/2/1\tProvisional agenda", "17/1.\tReport ...\t2") makes a table row.
_TAB_INDENT = re.compile(
    # "2027/9.": a body numbering by year prints the year before the number; "OP2 [formerly
    # OP3]": the label of a negotiated paragraph (rules.draft_labels)
    # "a)<tab>": a letter with its closing bracket only, as Word's list numbering writes it
    # "1.1<tab>", "2.3.1<tab>": a section's sub-paragraph, as a secretariat's report numbers it
    # "S-41/1.<tab>", "ES-11/3.<tab>": a special or emergency special session's text (E223)
    r"^[ \t]*[\"“]?(?:\d{1,2}(?:\.\d{1,3}){1,3}\.?(?=\t)|(?:(?:(?:E?S-)?\d{1,3}|(?:19|20)\d\d)/)?\d{1,3}\.|\([a-z0-9]{1,4}\)|[a-z]{1,2}\)|[IVX]{1,5}\.|[A-H]\.|\d{1,3}|\*{1,3}|[-•]"
    rf"|{DRAFT_LABEL})?\t+(?=\S)"
)


# A body's own instrument symbol in the first cell, a tab, then one cell of title ("EB178.R1<tab>
# Strengthening ...", "EB178(1)<tab>Programme, Budget ...", "CD60.R4<tab>..."), no third cell: a
# list of decisions in Word's text, not a table's row (a figure or a lower-case word after the
# symbol is a row). `clean` sets the two cells apart as the PDF's columns do; `plain_layouts`' lone tabbed
# headings leave such a line to it.
# The same line as a re-flowing tool gives it, the column's spaces one to five (fewer than a column gap) ("EB178.R1
# Strengthening ...", pdftotext -raw, lynx, html2text): set apart the same way when the line above
# does not certainly go on (L5)
SYMBOL_BEFORE_TITLE = re.compile(
    r"^[ ]{0,4}(?P<symbol>[A-Z]{1,6}\d{1,4}(?:\.[A-Z]{0,3}\d{1,3}|\(\d{1,3}\)))[ ]{1,5}(?P<title>[A-Z“\"][^\t]*?)\r?$"
)
SYMBOL_IN_MARGIN_TAB = re.compile(
    r"^[ ]*(?P<symbol>[A-Z]{1,6}\d{1,4}(?:\.[A-Z]{0,3}\d{1,3}|\(\d{1,3}\)))\t+(?P<title>[A-Z“\"][^\t]*?)\r?$"
)


def untabbed(line: str) -> str:
    """The line with the tabs that indent it or follow its label as spaces, of the same count
    (offsets into the line stay valid); a table row keeps the tabs between its cells."""
    if "\t" not in line:
        return line
    indent = _TAB_INDENT.match(line)
    if indent is None:
        return line
    head = indent.group(0)
    rest = line[len(head):]
    if "\t" in rest.rstrip():
        return line  # cells after the label: a table row
    return head.replace("\t", " ") + rest


def analyse(lines: list[str]) -> Layout:
    layout = Layout(furniture=page_furniture(lines))
    layout.width = line_width(lines)
    layout.breaks = set_in_columns(lines, layout.width) | instrument_heading_lines(lines)
    if layout.width is None:
        layout.breaks |= stacked_masthead_lines(lines)
        layout.breaks |= lines_as_paragraphs(lines)
        layout.breaks |= recital_lines(lines)
    layout.breaks |= masthead_item_lines(lines) | closing_meeting_lines(lines) | operative_openings(lines)
    layout.breaks |= source_note_lines(lines)
    layout.breaks |= dateline_lines(lines)
    # "A/88/37 Report of ..." / "A/88/211 Measures to ...": a list of documents one under the
    # other, each entry a line of its own whatever the text's width (E191)
    layout.breaks |= listed_document_lines(lines)
    if layout.width is not None:
        layout.breaks |= paragraph_breaks(lines, layout.width, layout.furniture)
        numbered = numbered_in_sequence(lines, layout.furniture)
        layout.breaks |= numbered
        layout.breaks |= headings_above(lines, layout.breaks, layout.furniture)
        layout.breaks |= chapter_headings_over_paragraphs(lines, numbered, layout.furniture)
    layout.footnotes = numbered_footnotes(lines, layout)
    return layout


# Two blocks of text side by side on one line, a wide gap between them: a masthead's "United
# Nations ... A/RES/80/123" or "General Assembly ... Distr.: General".
_COLUMN_GAP = re.compile(r"\S {6,}\S")


# "Decision 6/4", "Resolution MC-6/3", "Decision 7/CMA.19" (a climate convention's number, its
# body's and session's after the slash): an instrument's heading, a line of its own; and what a
# list prints under a title: its draft's symbol in brackets, when it was adopted.
_INSTRUMENT_HEADING_LINE = re.compile(
    r"^\s*(?:Resolution|Decision)\s+(?:[A-Z]{0,3}-?\d{1,4}/(?:\d{1,3}|(?:19|20)\d\d)|\d{1,3}/[A-Z]{2,5}\.\d{1,3})\.?\s*$"
)
# "Decision 284 (2021)", "Resolution 2719 (2023)": a number in one series with its year in brackets
# (the Security Council's and its organs' convention), a heading too when a line of its own and
# the line before does not run a citation onto it ("... by its decision" / "Decision 12 (2020)").
_YEAR_NUMBERED_HEADING_LINE = re.compile(r"^\s*(?:Resolution|Decision)\s+\d{1,4}\s?\((?:19|20)\d\d\)\.?\s*$")
# "Adopted without a vote at ...", "Adopted by a recorded vote of 30 to 2, with 5 abstentions, at ...":
# the note may tell how the text was adopted before where and when.
_ADOPTION_NOTE_LINE = re.compile(
    r"^\s*(?:\[[^\]]{1,80}\]|Adopted\s+(?:at|on|without\s+a\s+vote|by\s+(?:consensus|acclamation|(?:a\s+)?"
    r"(?:recorded\s+|roll-call\s+)?vote|\d{1,3}\s+votes)),?\s[^.;]{0,160})\.?\s*$"
)


# "1021 (LVIII). Harnessing data ...", "362 (XXXVI). Title": a regional commission's resolution
# numbered in one series with its session in Roman figures, its title run on after the full
# stop (the title may wrap onto the next line, which therefore begins nothing).
_NUMBERED_TITLE_LINE = re.compile(r"^[\s\f]*\d{1,4}\s?\([IVXLC]{1,9}\)\.\s+[A-Z“\"]")
# A line ending so continues its sentence: "... by resolution" / "1021 (LVIII). ..." is a citation.
_CITING_END = re.compile(r"(?:\b(?:resolutions?|decisions?|and|or|of|to|in|by|see|under)|[,(–-])\s*$", re.IGNORECASE)


# "78/545. Title", "2023/215. Title": a number in the default convention, a full stop, a title
_DEFAULT_NUMBER_TITLE_LINE = re.compile(r"^[\s\f]*(?:(?:19|20)\d\d|\d{1,3})/\d{1,3}\.\s+[A-Z“\"]")
_MEETING_FORMULA_LINE = re.compile(rf"^[\s\f]*{MEETING_FORMULA_OPENING}")
# "5/1<tab>Title", "2031/17 – Title": a bare number and a title, an item of a list of instruments;
# "General Assembly resolutions", "Related decisions": the heading of such a list
_LISTED_NUMBER_LINE = re.compile(r"^[\s\f]*(?:\d{1,4}/\d{1,4}|\d{1,4}\s?\((?:19|20)\d\d\))(?:\s+[–—-])?\s+[A-Z“\"]")
_KIND_LIST_HEADING_LINE = re.compile(r"^[\s\f]*[A-Z][^.;:\n]{0,70}\b(?:resolutions|decisions|Resolutions|Decisions)\s*$")
# (in capitals too, as FAO's and IMO's texts print it: "THE CONFERENCE,", "THE GOVERNING BODY,")
_OPENING_FORMULA_LINE = re.compile(r"^[\s\f]*(?:The\s+[A-Z][\w’'\- ]{2,100}|THE\s+[A-Z][A-Z’'\- ]{2,100}),\s*$")


# A title this long fills its line: the lines' fill cannot tell where it ends.
_FULL_TITLE = 60
_FORMULA_START = re.compile(r"^[\s\f]*The\s+[A-Z][\w’'\- ]{2,100},")


def opens_numbered_title(line: str) -> bool:
    """"1021 (LVIII). Title": the line is an instrument's heading with its title."""
    return "(" in line and bool(_NUMBERED_TITLE_LINE.match(line))


def is_instrument_heading(line: str) -> bool:
    """"Decision 2032/209", "Resolution 2791 (2026)": the line is an instrument's heading alone."""
    return ("/" in line and _INSTRUMENT_HEADING_LINE.match(line) is not None) or (
        "(" in line and _YEAR_NUMBERED_HEADING_LINE.match(line) is not None
    )


def instrument_heading_lines(lines: list[str]) -> set[int]:
    """An instrument's heading ("Decision 6/4") and the line after it (its title) each begin a
    paragraph, and so does a note under the title ("[UNEP/MC/COP.6/L.5]", "Adopted on 7
    November 2025"), though no blank line sets them apart. A heading with its title on the same
    line ("1021 (LVIII). Title") begins one, even across a page break from a line that does not
    end a sentence."""
    starts: set[int] = set()
    number_list: set[int] = set()  # the items of a list of numbers under a heading of their kind
    previous = ""
    for index, line in enumerate(lines):
        if opens_numbered_title(line) and not _CITING_END.search(previous):
            starts.add(index)
            # the opening formula under the (maybe wrapped) title: "The Conference of Ministers,"
            for below in range(index + 1, min(index + 4, len(lines))):
                if _OPENING_FORMULA_LINE.match(lines[below]):
                    starts.add(below)
                    break
        if "/" in line[:10] and _DEFAULT_NUMBER_TITLE_LINE.match(line) and not (index and _CITING_END.search(lines[index - 1])):
            # "78/545. Revitalization of the work ..." over "At its 52nd plenary meeting, on 20
            # December 2023, the General Assembly ... decided": a decision as the Official Records
            # print it, its title (maybe wrapped) and then the meeting formula that opens its text
            for below in range(index + 1, min(index + 4, len(lines))):
                if _MEETING_FORMULA_LINE.match(lines[below]):
                    starts.update((index, below))
                    break
        if index and ("/" in line[:10] or "(" in line[:8]) and _LISTED_NUMBER_LINE.match(line) and (
            _KIND_LIST_HEADING_LINE.match(lines[index - 1]) or index - 1 in number_list
        ):
            # "Human Rights Council resolutions" over "5/1<tab>Institution-building of ..." and
            # "5/2  Code of Conduct ...": each item of a list of numbers and titles under its
            # heading is a line of its own (the items would run into the heading and each other)
            starts.add(index)
            number_list.add(index)
        if line.strip(" \f\t"):
            previous = line
        if ("/" in line and _INSTRUMENT_HEADING_LINE.match(line)) or (
            "(" in line and _YEAR_NUMBERED_HEADING_LINE.match(line)
            and not (index and _CITING_END.search(lines[index - 1]))
        ):
            starts.update((index, index + 1))
            if (
                index + 2 < len(lines) and len(lines[index + 1].strip()) >= _FULL_TITLE
                and _FORMULA_START.match(lines[index + 2]) and not _CITING_END.search(lines[index + 1])
            ):
                # "Decision 69/101" / its title filling the line / "The Commission for Social
                # Development, recalling ...": the formula opens the text under the title
                starts.add(index + 2)
        elif line[:1] in "[A \t" and _ADOPTION_NOTE_LINE.match(line):
            starts.update((index, index + 1))
    return starts


# A line that begins this far right stands in the right column alone ("22 December 2025").
_RIGHT_COLUMN = 40
_WIDE_GAP = " " * 6


# "10.       Recalling ...": a paragraph's number in the margin, its text at the first tab stop
# (the lines below it flush with the number, as pdftotext -layout prints a report set so)
_LABEL_IN_MARGIN = re.compile(r"[ \f]*(?:\d{1,3}\.|\((?:[a-z]|[ivx]{1,4}|\d{1,3})\)) {6,}(?=\S)")


def label_in_margin(line: str) -> int | None:
    """Where the text begins after a paragraph's number set in the margin, when the rest of the
    line is one column of text (a table's row keeps another wide gap)."""
    m = _LABEL_IN_MARGIN.match(line)
    if m is None or _COLUMN_GAP.search(line, m.end()) is not None:
        return None
    return m.end()


# An instrument's number as a list of legislative mandates prints it in its first column: a
# session and a number ("70/1", "2032/19", "S-29/2") or a number and its session in Roman
# figures ("318 (XXIX)"), then the title at the next column.
INSTRUMENT_NUMBER = r"(?:[A-Z]-?)?\d{1,4}/\d{1,4}[A-Z]?|\d{1,4} ?\([IVXLC]{1,8}\)"
_NUMBER_IN_MARGIN = re.compile(rf"[ \f]*(?:{INSTRUMENT_NUMBER})\.? {{6,}}(?=[A-Z])")


def instrument_number_in_margin(line: str) -> int | None:
    """Where the title begins after an instrument's number set in a table's first column
    ("318 (XXIX)      Programme planning and review procedures", pdftotext -layout of a list
    of mandates), when the rest of the line is one column: a row, not two items of a masthead
    side by side."""
    m = _NUMBER_IN_MARGIN.match(line)
    if m is None or _COLUMN_GAP.search(line, m.end()) is not None:
        return None
    return m.end()


def _runs_on_flush(lines: list[str], index: int, width: int | None) -> bool:
    """Whether the paragraph a number in the margin opens runs on below: its first line filled
    to the width (the next line's first word would not have fitted on it), the next line flush
    with the number."""
    line = lines[index].replace("\f", "")
    if width is None or index + 1 >= len(lines):
        return False
    below = lines[index + 1].replace("\f", "")
    margin = len(line) - len(line.lstrip(" "))
    # flush with the number, or with the text after it (a hanging indent: "  4.      In the same
    # resolution, ..." over "          Drugs and Crime to provide ...")
    indents = (margin, label_in_margin(line))
    # (filled: the next line's first word would not have fitted on it, as `paragraph_breaks` reads a line)
    return below.strip() != "" and len(below) - len(below.lstrip(" ")) in indents and _room(line, below, width) < max(4, width // 10)


def set_in_columns(lines: list[str], width: int | None = None) -> set[int]:
    """Lines set in two columns or in the right one, and the line after each: each begins a
    paragraph of its own.

    A masthead sets the body's name at the left and the symbol or the distribution at the
    right; the right column fills the line, so the fill of the lines cannot show where one
    masthead item ends, but nothing read as a paragraph runs on across such a gap.
    """
    starts: set[int] = set()
    for index, line in enumerate(lines):
        if _WIDE_GAP not in line:  # both shapes hold a run of spaces: most lines are done here
            continue
        text = line.replace("\f", "")
        if label_in_margin(text) is not None and _runs_on_flush(lines, index, width):
            # "10.       Recalling ...", filled to the width: the paragraph runs on below, flush
            # with its number (a short one, "3.        Adoption of the agenda", ends there)
            continue
        if _COLUMN_GAP.search(text.strip()) or len(text) - len(text.lstrip(" ")) >= _RIGHT_COLUMN:
            starts.add(index)
            if not _hangs_on(text, lines, index):
                starts.add(index + 1)
    return starts


def _hangs_on(text: str, lines: list[str], index: int) -> bool:
    """Whether the right column of a line set in two columns runs on in the line below: a
    hanging indent ("EB178(4)      Standing Committee on Health Emergency Prevention, Preparedness
    and" over "Response" under the title's first word), the line ending on a word that never ends
    a title ("and", "of", "the") or a hyphen, or on the kind word of the number below it
    ("... implementation of resolution" over "WSA40.7"). A masthead's items end whole."""
    if index + 1 >= len(lines):
        return False
    gap = _COLUMN_GAP.search(text)
    below = lines[index + 1].replace("\f", "")
    if gap is None or not below.strip() or len(below) - len(below.lstrip(" ")) != gap.end() - 1:
        return False
    return ends_open(text) or _KIND_WORD_END.search(text) is not None and below.strip()[:1].isalnum() and any(
        c.isdigit() for c in below.split(None, 1)[0]
    )


# a line ending on an instrument's kind word, its number wrapped onto the next line
_KIND_WORD_END = re.compile(r"\b(?:[Rr]esolutions?|[Dd]ecisions?)\s*$")


def ends_on_kind_word(line: str) -> bool:
    """Does the line end on an instrument's kind word ("... Follow-up to General Assembly
    resolution"), its number wrapped onto the line below ("87/243": no page "87 of 243")?"""
    return _KIND_WORD_END.search(line) is not None


# The masthead: the first lines of a document, where its body, session, place and dates stand.
_MASTHEAD_LINES = 15
# A masthead item is short; a longer line is a paragraph's, whose wrapped lines run on.
_MASTHEAD_ITEM = 80


def stacked_masthead_lines(lines: list[str]) -> set[int]:
    """Masthead lines stacked without blank lines in a text whose lines are paragraphs:
    "Conference of the Parties to ..." / "Seventeenth meeting" / "Yerevan, 19–30 October 2026".

    Each is an item of its own unless it visibly continues the line above: that line ends on a
    comma, a hyphen or a word like "of", or this one begins in lower case (a wrapped title). The
    masthead ends at the first numbered paragraph, or after the first long line (itself an item:
    a title made long by a body's long name under the symbol's line).
    """
    starts = set()
    previous: str | None = None
    for index, line in enumerate(lines[:_MASTHEAD_LINES]):
        text = line.replace("\f", "").strip()
        if not text:
            previous = None
            continue
        if _LABEL_START.match(line):
            break  # a numbered paragraph: the body has begun
        if previous is not None and not (
            _continues(previous) or previous.endswith(",") or text[:1].islower()
        ):
            # a long line too: a title made long by a long body name ("Report of the Trade and
            # Development Board of the World Bridge Organization on its ...") under the symbol's
            # line is a paragraph of its own, as every line of such a text is
            starts.add(index)
        if len(text) > _MASTHEAD_ITEM and _WIDE_GAP not in text:
            break  # a long line (not two columns): the body has begun
        previous = text
    return starts


# A text whose every line is a paragraph has many lines and next to no blank ones between them.
_FEWEST_UNSPACED_LINES = 8
_BLANKS_PER_LINE = 0.1
# a blank line every three lines or so: a section's heading and its few paragraphs
_BLANKS_BETWEEN_SECTIONS = 0.35
# longer than any width a tool wraps at (72-100 characters, a wide terminal's 160)
_UNWRAPPED_LINE = 240


def lines_as_paragraphs(lines: list[str]) -> set[int]:
    """Every line of a text that sets one paragraph a line with no blank line between them
    (Word's "save as plain text": "The Commission on X," / "Recalling its resolution ...," /
    "1.<tab>Decides ...") begins a paragraph.

    Told by the whole text: its lines are not broken at a width (the caller asks only then),
    blank lines are rare, and no line visibly continues the one above (that line ending on "of",
    "the", a hyphen, or this one beginning in lower case, as a wrapped line would); a text that
    is wrapped at all, or that sets paragraphs apart with blank lines, is left to the other rules.
    """
    filled = [index for index, line in enumerate(lines) if line.replace("\f", "").strip()]
    # Blank lines between its sections only (Word's text of a report whose author left an empty
    # paragraph before each heading): still a paragraph a line where some line is longer than any
    # tool wraps at, so that the text was never wrapped.
    # (a list's item or a table's row, which tools print whole however long, tells nothing)
    blanks = (
        _BLANKS_PER_LINE if all(len(lines[i]) <= _UNWRAPPED_LINE or list_item_or_row(lines[i]) for i in filled)
        else _BLANKS_BETWEEN_SECTIONS
    )
    # (the blank lines between the first line of text and the last: Word's export ends on empty
    # paragraphs, lines holding a space, that set nothing apart, E260)
    between = filled[-1] - filled[0] + 1 - len(filled) if filled else 0
    if len(filled) < _FEWEST_UNSPACED_LINES or between > blanks * len(filled):
        return set()
    previous: str | None = None
    continued: set[int] = set()
    # a line is wrapped only where it is full: a line under half the long lines' length ended
    # where its author ended it ("The Council," / "considering Decision 638 (C30),", "decides")
    lengths = sorted(len(lines[index].strip()) for index in filled)
    full = lengths[int(len(lengths) * 0.9)] * _WRAPPED_LINE_SHARE
    for index, line in enumerate(lines):
        text = line.replace("\f", "").strip()
        if not text:
            previous = None
            continue
        if "\t" in text.rstrip() and previous is not None and "\t" in previous:
            # a table's rows: a cell wrapped in its row is no wrapped paragraph
            previous = text
            continue
        if previous is not None and len(previous) >= full and (
            _continues(previous) or (text[:1].islower() and not _LOWER_LABEL.match(text)
                                     and not _clause_keyword_line(lines, index, previous))
        ):
            continued.add(index)
        previous = text
    # A few lines that look continued (a table's cell wrapped in its row, a heading ending on
    # "of") do not make a Word export a wrapped text: those lines run on, every other one
    # begins a paragraph. A wrapped text continues a line at most of its line ends.
    if len(continued) > max(_CONTINUED_IN_UNWRAPPED, len(filled) // 10):
        return set()
    return set(filled) - continued


_CONTINUED_IN_UNWRAPPED = 3


# A resolution's clause as the ITU and the UPU print it: the keyword in lower case on a line of its
# own, the addressee after it if any ("recalling", "further instructs the Secretary-General",
# "invites Member States and Sector Members"), then its items ("a)<tab>", "1<tab>") or its one
# "to ..." line. Shared with `clean`, which keeps such a clause one paragraph.
CLAUSE_VERB = (
    r"(?:(?:further|also)\s+)?(?:resolves|decides|instructs|invites|requests|encourages|urges|calls\s+(?:up)?on|asks|entrusts"
    r"|authorizes|charges|recommends|appeals|endorses|approves|adopts|welcomes|reaffirms|directs|tasks)\b"
)
KEYWORD_LINE = re.compile(rf"(?:(?:further|also)\s+)?(?:[a-z]+ing|{CLAUSE_VERB})\b[^.;:]{{0,250}}")
# a clause's item as a line opens: "a) Resolution ...", "1 to coordinate ...", "2) that ..."
CLAUSE_ITEM = re.compile(r"(?:[a-z]\)|\d{1,2}\)?)[ \t]+\S")
_CLAUSE_VERB_LINE = re.compile(CLAUSE_VERB)


def unlabelled_clause_item(line: str) -> bool:
    """A clause's item whose label Word's text left out (its list numbering not saved): a line that
    ends as an item does, on the semicolon before the next one or the comma before the next clause."""
    return line[-1:] in (";", ",") and (line[:1].isupper() or _THAT.match(line) is not None)


_THAT = re.compile(r"that\b")
# the keyword alone, which unlabelled items may follow ("recalling", "bearing in mind", "resolves"):
# not a heading's or a title's wrapped words that open with a participle ("trafficking in ...")
KEYWORD_ALONE = re.compile(
    rf"(?:(?:further|also)\s+)?(?:[a-z]+ing|{CLAUSE_VERB})(?:\s+(?:also|further|in\s+mind|with\s+[a-z]+))?"
)


def _clause_keyword_line(lines: list[str], index: int, previous: str) -> bool:
    """Is a line in lower case a clause's keyword line, or its one "to ..." line, that the author
    began (not a wrapped line's run-on): the keyword line has its items or its "to" line right
    below it, or one line below (its addressee run over two lines); the "to" line follows a line
    that opens with an operative verb."""
    text = lines[index].strip()
    if text.startswith("to ") and _CLAUSE_VERB_LINE.match(previous):
        return True
    if previous.endswith(";") and text[-1:] in (";", ",") and (text.startswith("to ") or _THAT.match(text) is not None):
        return True  # the next of a clause's unlabelled items: "... divide;" / "to set up ...,"
    if KEYWORD_LINE.fullmatch(text) is None:
        return False
    below = [line.strip() for line in lines[index + 1 : index + 4] if line.strip()][:2]
    if not below:
        return False
    if CLAUSE_ITEM.match(below[0]) or below[0].startswith("to "):
        return True
    if unlabelled_clause_item(below[0]) and KEYWORD_ALONE.fullmatch(text) is not None:
        return True
    return (
        len(below) == 2 and len(below[0]) <= 120 and not any(c in below[0] for c in ".;:")
        and (CLAUSE_ITEM.match(below[1]) is not None or below[1].startswith("to "))
    )
_WRAPPED_LINE_SHARE = 0.5
# "a) Decides", "iv) Requests": a lettered clause opens its own line in lower case
_LOWER_LABEL = re.compile(r"^(?:[a-z]{1,2}|[ivx]{1,5})\)\s+\S")


# Masthead items no wrapped line looks like: "Thirteenth session", "Resumed seventieth session",
# "13th meeting"; "New York, 12–16 May 2031", "Bonn, Germany, 2–4 June 2031", "Geneva, 30 June–2 July 2031",
# "Washington, D.C., USA, 28 September-2 October 2031" (a town, its district or state, its country)
_SESSION_LINE = re.compile(
    rf"^(?:resumed\s+|special\s+)?(?:{ORDINAL}|\d{{1,3}}(?:st|nd|rd|th))\s+(?:(?:regular|special|ordinary|extraordinary|resumed)\s+)?"
    r"(?:session|meeting)(?:\s+\((?:resumed|part\s+[IVX]+)\))?\*?$",
    re.IGNORECASE,
)
_PLACE = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_PLACE_DATES_LINE = re.compile(
    rf"^{_PLACE}(?:,\s+{_PLACE}){{0,2}},\s+(?:\d{{1,2}}(?:\s+[A-Z][a-z]+)?(?:\s*[-–—]\s*\d{{1,2}})?\s+[A-Z][a-z]+\s+\d{{4}}"
    # ("Geneva, November 17 to 21, 2035": the month first, as a US-drafted masthead prints it, E266)
    rf"|[A-Z][a-z]+\s+\d{{1,2}}(?:(?:\s*[-–—]\s*|\s+to\s+)(?:[A-Z][a-z]+\s+)?\d{{1,2}})?,\s+\d{{4}})\*?$"
)
# "Held at the Palais des Nations, Geneva, from 7 to 11 October 2030", "Convened in Lima on 3 May
# 2031": a report's session line under its title; "7–11 October 2030", "30 April–2 May 2031": the
# dates alone. The whole line is one (it ends on the year): a wrapped sentence's line goes on.
# "Organizational session, 18 April 2036", "Substantive session, 1–26 June 2036": the parts of a
# session a masthead dates one a line (the Committee for Programme and Coordination's) (E241)
SESSION_PART = r"(?:(?P<main>Substantive|Resumed\s+substantive)|Organizational|Organization)\s+session"
_SESSION_PART_LINE = re.compile(
    rf"^{SESSION_PART},\s+\d{{1,2}}(?:\s+[A-Z][a-z]+)?(?:\s*[-–—]\s*\d{{1,2}})?\s+[A-Z][a-z]+\s+\d{{4}}\*?$", re.IGNORECASE
)
_HELD_LINE = re.compile(r"^(?:Held|Convened|Meeting)\s+(?:at|in)\s+(?:the\s+)?[A-Z].{2,160}?\b\d{4}\.?$")
_DATES_LINE = re.compile(
    r"^\d{1,2}(?:\s+[A-Z][a-z]+)?\s*(?:[-–—]|to)\s*\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4}\.?$"
)


def session_item_line(text: str) -> bool:
    """Is ``text`` (a stripped line) a masthead's item that no wrapped line looks like: a session
    ("Thirteenth session"), its place and dates ("Geneva, 3–5 May 2031", "Held at ..., Geneva,
    from 7 to 11 October 2030") or its dates alone ("7–11 October 2030")? An item of its own however
    long the line above it: a title made long by a long body name fills its line as a wrapped
    paragraph does, and the session line under it still stands alone."""
    # each ends on "session", "meeting" (or a note after it: "(resumed)", "*") or on a year (a
    # full stop or "*" after it): other lines are not matched four times
    if not (text[-1:].isdigit() or text[-1:] in _SESSION_ITEM_ENDS):
        return False
    return any(p.match(text) for p in (_SESSION_LINE, _PLACE_DATES_LINE, _HELD_LINE, _DATES_LINE, _SESSION_PART_LINE))


_SESSION_ITEM_ENDS = frozenset("nNgG)*.")


def _lone_symbol(text: str) -> bool:
    """Is ``text`` one document symbol and nothing else ("ECE/ENERGY/2032/4", "A/HRC/59/12/Add.1")?"""
    match = SYMBOL.fullmatch(text)
    return match is not None and any(c.isdigit() for c in text)


_MARKDOWN_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")


# The line under a masthead's title that says what the document is and who writes it: "Report of
# the Chair*", "Note by the Secretary-General", "Report of the Executive Director", "Summary by the
# Co-Chairs", and the General Assembly's committees reporting to it ("Report of the First Committee",
# under the agenda item's title repeated as the document's). The whole line, a note's star at most after
# it: a title wrapped onto "Report of the
# Secretary-General on ..." goes on.
_KIND_AND_AUTHOR_LINE = re.compile(
    r"^(?:Report|Note|Summary|Memorandum)\s+(?:of|by)\s+the\s+(?:Secretary-General|Secretariat|Director-General"
    r"|Executive\s+(?:Director|Secretary|Secretariat|Head)|High\s+Commissioner|President|Bureau"
    r"|(?:Co-?)?Chair(?:person|man|woman)?s?(?:-Rapporteur)?|Rapporteurs?|Facilitators?|Moderators?"
    r"|(?:First|Second|Third|Fourth|Fifth|Sixth|General|Credentials)\s+Committee)\s*\**$"
)


def masthead_item_lines(lines: list[str]) -> set[int]:
    """Masthead lines printed without blank lines between them ("Commission on X" / "Thirteenth
    session" / "New York, 12–16 May 2031") in a text whose width makes them look wrapped: a
    session line and a place-and-dates line are items of their own, and so is the line after."""
    starts: set[int] = set()
    previous = ""
    # from the text's first line: blank lines over it (a converter's banner blanked out) are no
    # masthead lines (E241)
    top = next((i for i, line in enumerate(lines) if line.strip()), 0)
    for index, line in enumerate(lines[top : top + _MASTHEAD_LINES], top):
        text = line.replace("\f", "").strip()
        if "](" in text:
            # html2text's link, "[E/2032/29](https://undocs.org/E/2032/29)": its words are the line's
            text = _MARKDOWN_LINK.sub(r"\1", text).strip()
        if _LABEL_START.match(line):
            break  # a numbered paragraph: the body of the text has begun
        # "Report of the Commission on its" / "thirteenth session": a title wrapped, one line
        wrapped = bool(previous) and (_continues(previous) or previous.endswith(",") or not text[:1].isupper() and not text[:1].isdigit())
        if text and not wrapped and (session_item_line(text) or "/" in text and _lone_symbol(text)):
            # (the document's symbol on a line of its own, under the title or over it, as a PDF
            # read without its layout or a web page sets it: no words of the title)
            starts.update((index, index + 1))
        elif text and not wrapped and index and _KIND_AND_AUTHOR_LINE.match(text):
            # "Forum on X" / "on its seventh session" / "Report of the Chair*": the document's kind
            # and author under its title, a line of its own (pdftotext -raw sets no blank line
            # between them, and the title had run on into it)
            starts.add(index)
        elif text and text == previous:
            # the agenda item's title, then the same words as the document's title (a General
            # Assembly committee's report): a line the text repeats whole is no wrapped line
            starts.add(index)
        previous = text
    return starts


# The opening words of a preambular paragraph, then a word in lower case: "Recalling its",
# "Noting with appreciation", "Having considered", "Bearing in mind", "Concerned about".
_PREAMBLE_OPENING = re.compile(
    r"^\s*(?:[A-Z][a-z]+ing|Alarmed|Aware|Cognizant|Concerned|Conscious|Convinced|Deeply|Desirous|"
    r"Determined|Encouraged|Gravely|Guided|Mindful|Seriously)\s+[a-z]"
)


# "The Economic Commission for Europe,", "The Conference of the Parties,": the line on which an
# instrument's text opens, the body speaking in capitalised words and a comma, alone on its line.
_SPEAKING_BODY_LINE = re.compile(
    r"^\s*The\s+[A-Z][\w'’-]*(?:\s+(?:(?:of|on|for|and|to|the|in)\s+)*[A-Z][\w'’-]*){0,10}\s*,\s*$"
)


def speaking_body_line(line: str) -> bool:
    """Is ``line`` the body's name that opens an instrument's text ("The General Assembly,")? A
    paragraph of its own, however full the line above it (a long title wrapped to the width)."""
    return len(line) <= 100 and _SPEAKING_BODY_LINE.match(line) is not None


def opens_preamble(previous: str, line: str) -> bool:
    """Does ``line`` open a preambular paragraph after ``previous``, a line ending in a comma?

    A preambular paragraph ends with a comma, so its last line may be full; the next one's
    first word, a participle or an adjective of attitude with a capital ("Recalling also its
    resolution ...") begins the next paragraph: within a sentence that word is in lower case.
    """
    return previous.rstrip().endswith(",") and _PREAMBLE_OPENING.match(line) is not None


def _pages(lines: list[str]) -> list[list[int]]:
    pages: list[list[int]] = [[]]
    for index, line in enumerate(lines):
        if "\f" in line:
            before, _, after = line.partition("\f")
            if before.strip():
                pages[-1].append(index)
            pages.append([index] if after.strip() else [])
        else:
            pages[-1].append(index)
    return [page for page in pages if page]


def _shape(words: str) -> str:
    """The words of a header or footer with its page numbers blotted out: what repeats.

    Footnotes at the foot of a page ("16 General Assembly resolution 65/230, annex.") differ
    from page to page only in their digits too: a line shaped like a footnote keeps them, so
    it repeats only where the same note stands again with the same number.
    """
    return words if _NUMBERED_NOTE.match(words) else _DIGITS.sub("#", words)


def page_furniture(lines: list[str]) -> set[int]:
    """Running headers and footers of a paginated text (one with form feeds).

    A line near the top or bottom of a page is furniture when it is page or job numbers, or
    when the same words (digits aside, ``_shape``) stand near the top or bottom of many other
    pages (a quarter of them, at least one other). The first
    page's top is its masthead, never furniture: the symbol printed there is the document's.
    """
    pages = _pages(lines)
    if len(pages) < 2:
        return set()
    candidates: list[tuple[int, str, bool]] = []  # index, words, on the first page's top
    for number, page in enumerate(pages):
        filled = [i for i in page if lines[i].strip(" \f\t")]
        top = filled[:_TOP_LINES]
        bottom = filled[-_BOTTOM_LINES:]
        for i in dict.fromkeys(top + bottom):
            words = " ".join(lines[i].replace("\f", " ").split())
            candidates.append((i, words, number == 0 and i in top))
    shapes = Counter(_shape(words) for _, words, _ in candidates)
    # "Decision 7/CMA.19" atop one page, "Decision 8/CMA.19" atop another: each decision of an
    # addendum begins a page under its heading, the same shape digits aside but each heading
    # once; a running head naming an instrument repeats its own number on the pages it runs over
    printed = Counter(words for _, words, _ in candidates)
    # A running header stands on every page or every other one; a phrase that merely opens
    # a few paragraphs near a page's foot ("The Conference of the Parties to ...") does not.
    repeats = max(2, len(pages) // _RUNNING_SHARE)
    edges = {index for index, _, _ in candidates}
    # the shapes of the days alone on a line away from the pages' edges, after the first page (its
    # masthead's date is the issue's): read only when a day alone stands at an edge (a test of the
    # line's first character, not the regex, for the other lines)
    days_inside = {
        _DIGITS.sub("#", lines[i].strip(" \f\t")) for page in pages[1:] for i in page
        if i not in edges and lines[i].strip(" \f\t")[:1].isdigit() and _DATE_ALONE.match(lines[i].strip(" \f\t"))
    } if any(_DATE_ALONE.match(words) for _, words, _ in candidates) else set()
    furniture = set()
    for index, words, masthead in candidates:
        if _FURNITURE.match(words):
            furniture.add(index)
        elif (not masthead and shapes[_shape(words)] >= repeats and len(words) < 80 and not _closes_a_text(lines, index)
              and not _PAPER_IN_BRACKETS.match(words) and not _OPENING_FORMULA_LINE.match(words)
              and not _heads_or_closes_a_decision(lines, index, words, days_inside)
              and not (printed[words] == 1 and is_instrument_heading(words))):
            # ("The Economic Commission for Latin America and the Caribbean,": the formula opening
            # a text, second on each page where each resolution begins a page; a running header
            # ends with no comma, E286)
            furniture.add(index)
    return furniture | _page_numbers_beside(lines, pages, furniture)


# The lines closing a resolution's text: "7th meeting", "68th plenary meeting", and the date
# under them. When each resolution ends a page they repeat at every page's foot like a footer,
# but they are the text's (the day each was adopted).
_CLOSING_MEETING = re.compile(rf"^(?:{ORDINAL})\s+(?:plenary\s+)?meeting[,.]?$", re.IGNORECASE)
_DATE_ALONE = re.compile(r"^\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\.?$")


# "(GB.373/INS/2)": the paper of an agenda item in a body's minutes, in brackets under the item's
# heading; where items begin pages it stands at several pages' tops, digits apart, but no running
# header is printed in brackets (L7)
_PAPER_IN_BRACKETS = re.compile(r"^\([A-Z][\w.]*(?:/[\w.-]+){1,5}\)$")
# "(GB.373/INS/5, paragraph 22)": the source note closing a decision in a body's minutes (L7);
# where decisions end pages, their notes stand at many pages' feet or tops, digits apart
_CLOSING_SOURCE_NOTE = re.compile(r"^\([A-Z][^(),\s]{0,40}/[^(),\s]*\d[^(),\s]*,\s+(?:paragraphs?|paras?\.?)\s+\d[^()]{0,120}\)\.?$")


def _heads_or_closes_a_decision(lines: list[str], index: int, words: str, days_inside: set[str]) -> bool:
    """A board's decisions printed one after another, each opening with its number alone on a line
    ("2035/9" over its title and "The Executive Board") and closing with the day it was adopted
    alone on a line ("6 June 2035"), E283: where a decision begins or ends a page, its number has
    the shape of a page number ("2/4") and its day the shape of another page's, but neither is a
    running header. The number heads the text below it; days alone stand away from the pages' edges
    too (``days_inside``, shapes: the other decisions' days), where no running header is printed."""
    if _DATE_ALONE.match(words):
        return _DIGITS.sub("#", words) in days_inside  # (a day "11 February 2036" has a note's shape)
    below = [lines[i] for i in range(index + 1, min(len(lines), index + 12)) if lines[i].strip(" \f\t")][:3]
    return number_alone_heads_text(words, below)


def _closes_a_text(lines: list[str], index: int) -> bool:
    words = " ".join(lines[index].replace("\f", " ").split())
    if _CLOSING_MEETING.match(words) or _CLOSING_SOURCE_NOTE.match(words):
        return True
    if not _DATE_ALONE.match(words):
        return False
    above = next((lines[i] for i in range(index - 1, -1, -1) if lines[i].strip(" \f\t")), "")
    return bool(_CLOSING_MEETING.match(" ".join(above.replace("\f", " ").split())))


# "Requests the Secretary-General ...", "2. Also invites ...": an operative paragraph's first
# words, its verb in the present with a capital (within a sentence it would be in lower case)
_OPERATIVE_OPENING = re.compile(
    r"^\s*(?:\d{1,3}\.\s+)?(?:(?:Also|Further|Strongly|Once\s+again|Hereby)\s+)?"
    r"(?:Requests|Decides|Invites|Encourages|Urges|Calls\s+upon|Calls\s+on|Takes\s+note|Welcomes|Approves|Endorses|"
    r"Adopts|Recommends|Notes|Expresses|Reaffirms|Emphasizes|Stresses|Authorizes|Establishes|Appeals|Affirms|"
    r"Acknowledges|Recognizes|Commends|Instructs|Directs|Agrees|Elects|Appoints|Renews|Extends)\b"
)


def recital_lines(lines: list[str]) -> set[int]:
    """Each recital of a preamble set whole on its line, under a line that ends a clause with a
    comma or semicolon (the formula "THE CONFERENCE,", which begins one too, or the recital before): "Recalling its
    Resolution 6/2029 ...," / "Recalling also Council Resolution 2/195," / "Having considered the
    report ...,". In a text whose lines are paragraphs but whose sections are set apart by blank
    lines (Word's text of a report that quotes a resolution, `lines_as_paragraphs` declines it),
    the recitals had run into one paragraph and into the formula, and the resolution's text was
    no longer read as one."""
    starts = set()
    for index in range(1, len(lines)):
        if lines[index - 1].rstrip()[-1:] in (",", ";") and is_recital_line(lines[index].replace("\f", "")):
            starts.add(index)
            if _OPENING_FORMULA_LINE.match(lines[index - 1]):
                starts.add(index - 1)  # the formula above the first recital, under the title
    return starts


def operative_openings(lines: list[str]) -> set[int]:
    """Lines that open an operative paragraph right under the preamble's last line or the body's
    name, both ending in a comma ("Recalling its resolution 77/12," / "Requests the
    Secretary-General ..."): in a text too short for its lines' fill to tell (`paragraph_breaks`),
    the two had run into one paragraph and the mandate was read as the preamble's."""
    return {
        index for index in range(1, len(lines))
        if lines[index - 1].rstrip().endswith(",") and _OPERATIVE_OPENING.match(lines[index].replace("\f", ""))
    }


# "VIENNA, 5 December 2031 — Member States ...", "NEW YORK, 12 March (UN News) – ...": a news
# story's dateline, its town in capitals, a day and a dash, then the lead's first words
_DATELINE_OPENING = re.compile(
    r"^\s*[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:,\s+[A-Z][A-Za-z.'’ -]{2,30}?)?,\s+\d{1,2}\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{4})?(?:\s+\([A-Z][\w .-]{1,30}\))?\s*(?:—|–|--)\s+\S"
)


def dateline_lines(lines: list[str]) -> set[int]:
    """A news story's dateline begins its lead paragraph: where no blank line parts it from the
    headline above (a PDF printed from the web page, read by `pdftotext -raw`), the headline had
    run into the lead, and the lead's "today", town and day were no longer its first words."""
    return {
        index for index, line in enumerate(lines)
        if index and "," in line[:50] and _DATELINE_OPENING.match(line.replace("\f", ""))
        and lines[index - 1].strip(" \f\t")
    }


def closing_meeting_lines(lines: list[str]) -> set[int]:
    """The lines closing a resolution's text ("45th plenary meeting", and the date under it),
    right under its last paragraph with no blank line between (Word's plain text of a short
    resolution, too short for its lines' fill to tell): they begin paragraphs of their own, or
    the last operative paragraph ran into them and was read as a heading. Not the end of a wrapped
    sentence ("… adopted at the" / "45th plenary meeting."): the line above must end a clause."""
    found: set[int] = set()
    for index in range(1, len(lines)):
        # (a substring test first: this runs over every line of every document)
        if "eeting" not in lines[index] or not _closes_a_text(lines, index):
            continue
        above = lines[index - 1].replace("\f", " ").strip()
        if above and _ends_sentence(above):
            found.add(index)
            if index + 1 < len(lines) and _DATE_ALONE.match(" ".join(lines[index + 1].split())):
                found.add(index + 1)
    return found


def source_note_lines(lines: list[str]) -> set[int]:
    """A decision's source note alone on its line ("(GB.373/INS/5, paragraph 22, as amended by the
    Governing Body)") is a paragraph of its own, and the line under it begins another (L7): in a
    text re-flowed without its margins (pdftotext -raw), the page's running foot under the note
    ("GB.373/INS/PV 5") had run into it, and the note no longer closed the decision."""
    found: set[int] = set()
    for index, line in enumerate(lines):
        stripped = line.replace("\f", " ").strip()
        if not stripped.startswith("(") or "para" not in stripped or not _CLOSING_SOURCE_NOTE.match(" ".join(stripped.split())):
            continue
        found.add(index)
        if index + 1 < len(lines) and lines[index + 1].strip(" \f\t"):
            found.add(index + 1)
    return found


# A page number printed alone on its line ("2"): raw pdftotext puts it among the lines of the
# running header ("E/2031/38", "E/ECA/CM/58/9", "2", "31-06118"), a line of its own.
_BARE_PAGE_NUMBER = re.compile(r"^\d{1,3}$")


def _page_numbers_beside(lines: list[str], pages: list[list[int]], furniture: set[int]) -> set[int]:
    """A page's block of header or footer lines, below the two top lines or above the three
    bottom ones that ``page_furniture`` weighs: page and job numbers that touch the block, and bare
    page numbers (a lone number is furniture only there: a contents table's page cell is not)."""
    found: set[int] = set()
    for number, page in enumerate(pages):
        filled = [i for i in page if lines[i].strip(" \f\t")]
        for run in (filled, filled[::-1]):
            if number == 0 and run is filled:
                continue  # the first page's top is its masthead
            seen_furniture = False
            for i in run[: _TOP_LINES + 2]:
                words = " ".join(lines[i].replace("\f", " ").split())
                if i in furniture or _FURNITURE.match(words):
                    found.add(i)
                    seen_furniture = True
                elif seen_furniture and _BARE_PAGE_NUMBER.match(words):
                    found.add(i)
                else:
                    break
    return found


_PIPE_ROW = re.compile(r"\| .*\|$")


def line_width(lines: list[str]) -> int | None:
    """The width the text's lines are broken at, or None when lines are paragraphs.

    Nearly every line of a text broken at a width is at most that wide; the few longer ones
    are tables or headers set outside the text block.
    """
    # (a table's row, tab-separated or a pipe row a table reader wrote of wrapped cells, is as
    # long as its cells: no line of the text block)
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip(" \f\t") and "\t" not in line and not _PIPE_ROW.match(line))
    if len(lengths) < _MIN_LINES:
        return None
    width = lengths[int(len(lengths) * 0.95) - 1]
    if width > _MAX_LINE_WIDTH:
        return None
    # A column of text: a good share of lines run close to the right margin.
    near_margin = sum(1 for n in lengths if n >= 0.8 * width)
    if near_margin < 0.3 * len(lengths):
        return None
    # ... and they end wherever a word reached it, seldom at a clause's end: a short text one
    # paragraph a line (Word's plain text) has its long lines ending in ",", ";", "."
    long_lines = [line.rstrip() for line in lines if "\t" not in line and len(line.rstrip()) >= 0.8 * width]
    clause_ends = sum(1 for line in long_lines if line[-1:] in ".,;:")
    return None if clause_ends > _CLAUSE_ENDS_OF_UNWRAPPED * len(long_lines) else width


# Lines a wrap broke end at a clause's end a fifth of the time or so; nearly all of a text's
# long lines doing so are paragraphs, not wrapped lines.
_CLAUSE_ENDS_OF_UNWRAPPED = 0.7


def _ends_sentence(line: str) -> bool:
    """Does the line end a sentence or clause (a closing bracket or quote may follow the stop)?"""
    return line.rstrip().rstrip(")\"”’")[-1:] in ".:;!?"


def _text_line_pairs(lines: list[str], furniture: set[int]) -> Iterator[tuple[int, str, str]]:
    """(index, previous line, line) for each text line that follows another text line."""
    previous: str | None = None
    for index, line in enumerate(lines):
        if index in furniture or not line.strip(" \f\t") or "\t" in line:
            previous = None
            continue
        if previous is not None:
            yield index, previous, line
        previous = line.replace("\f", "")


def _room(previous: str, line: str, width: int) -> int:
    """Columns left on ``previous`` had the first word of ``line`` been put on it."""
    return width - (len(previous.rstrip()) + 1 + len(line.split(None, 1)[0]))  # (the first word alone split off)


def _continues(previous: str) -> bool:
    """A line ending on "the", "of", "against" ... or on a hyphen or slash certainly continues."""
    tail = previous.rstrip()
    if _RULE_OF_DASHES.match(tail):
        return False  # "-------- ---------": a rule drawn in dashes (pandoc's table border), no hyphen (L6)
    return tail.rsplit(None, 1)[-1].lower() in _CONTINUING_WORDS or tail[-1] in "-/–("  # (the last word alone split off)


_RULE_OF_DASHES = re.compile(r"^[\s\f]*-{3,}(?:\s+-{3,})*$")
# words, then a rule of underscores on the same line ("… (PDF, 1.4 MB) ______________________")
_TRAILING_RULE = re.compile(r"\S\s+_{10,}\s*$")
_RULE_OF_UNDERSCORES = "_" * 10  # every match of `_TRAILING_RULE` holds it: a line without it is not searched


def ends_open(line: str) -> bool:
    """Does the line certainly go on below (on "the", "of", a hyphen)? (`_continues`, for the
    layouts of other modules: an outline deck's indented line never does, E100)"""
    return bool(line.strip()) and _continues(line)


# A text filled exactly: hardly any line that certainly continues leaves room for the next word
# (a few do: table cells and short lines set apart that end on "in" or "the").
_EXACT_FILL_SHARE = 0.03


def filled_exactly(lines: list[str], width: int, furniture: set[int]) -> bool:
    """Was the text broken into lines by a program at a fixed width (no room wasted)?

    Lines that certainly continue (``_continues``) show how exactly the text was filled: a text
    broken at a fixed width by a program leaves no such line room for the next word, a text set
    in a proportional font leaves some often.
    """
    rooms = [_room(previous, line, width) for _, previous, line in _text_line_pairs(lines, furniture) if _continues(previous)]
    if len(rooms) < _MIN_LINES:
        return False
    return sum(1 for room in rooms if room >= 0) < _EXACT_FILL_SHARE * len(rooms)


# The first line of a numbered paragraph may be narrower than the others by up to a sixth.
_FIRST_LINE_INDENT_SHARE = 6
_PARAGRAPH_WORD_END = re.compile(r"\bparagraphs?\s*$")
# "… submitted pursuant to resolution" / "14/1;": a line ending on the word that names an
# instrument, over the line opening with its number ("14/1", "2033/12"), not a heading's "14/1. Title" (L8)
_INSTRUMENT_WORD_END = re.compile(r"\b(?:resolutions?|decisions?)\s*$")
_INSTRUMENT_NUMBER_OPENING = re.compile(r"\s*\d{1,4}/\d{1,4}(?!\.\s+[A-Z])(?![\d/])")
# a comma, then a word in lower case and two more words: a sentence's clause, never a heading's
_CLAUSE_AFTER_COMMA = re.compile(r",\s+[a-z][a-z'’-]*\s+\S+\s+\S")
# A title or an abbreviation before a name or a number: its full stop ends no sentence.
_ABBREVIATION_END = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Prof|No|Nos|para|paras|Art|art|vol|p|pp)\.$")


def _ends_sentence_here(line: str) -> bool:
    """``_ends_sentence``, but not on a title's or an abbreviation's full stop ("elected Ms.")."""
    return _ends_sentence(line) and not _ABBREVIATION_END.search(line.rstrip())


# A run of lines this long, with this many lines visibly wrapped where the next word would
# have crossed its margin, is a block of text filled to a margin of its own.
_BLOCK_LINES = 3
_WRAPPED_LINES = 2


def _wrapped(line: str, below: str) -> bool:
    """Does ``line`` visibly run on into ``below`` (a hyphen, "of", a lower-case word below)?"""
    return _continues(line) or below.lstrip(" \f")[:1].islower()


def block_margins(lines: list[str], width: int, furniture: set[int], exact: bool = False) -> dict[int, int]:
    """The right margin of each text line's block where the block is set clearly narrower than
    the page (a Summary box, an indented quotation): the end of its longest line.

    A block is a run of text lines (no blank line, furniture or table row between) of at least
    ``_BLOCK_LINES`` lines, wider than half the page, at least ``_WRAPPED_LINES`` of which
    visibly run on to the next (``_wrapped``) where the next word would have crossed the
    block's longest line: text filled to a margin, not a stack of short items (a masthead, a
    menu, a YAML header), whose lines are each a paragraph. Every line of a
    wrapped paragraph fits within the block's longest line, so judged against it no full line
    of the box looks short, however the lengths of the page's other lines move; a block that
    reaches within the slack of the page's width (none, in a text ``filled_exactly``) is judged
    against the page's, where none of its full lines looks short either.
    """
    slack = max(4, width // 10)
    narrower = width if exact else width - slack
    margins: dict[int, int] = {}
    run: list[int] = []

    def close() -> None:
        if len(run) >= _BLOCK_LINES:
            ends = [len(lines[i].replace("\f", "").rstrip()) for i in run]
            margin = max(ends)
            # (the wrapped lines are counted only for a block set narrower: most reach the page's width)
            if width // 2 < margin <= narrower and sum(
                1 for i, below in zip(run, run[1:])
                if _wrapped(lines[i], lines[below]) and _room(lines[i].replace("\f", ""), lines[below], margin) < 0
            ) >= _WRAPPED_LINES:
                margins.update((i, margin) for i in run)
        run.clear()

    for index, line in enumerate(lines):
        if index in furniture or not line.strip(" \f\t") or "\t" in line:
            close()
        else:
            run.append(index)
    close()
    return margins


def paragraph_breaks(lines: list[str], width: int, furniture: set[int]) -> set[int]:
    """Lines that begin a paragraph though no blank line precedes them.

    Lines broken at a width are filled greedily: a line ends early only where its paragraph
    (or heading) ends. So when the next line's first word would have fitted on a line, the
    line ended its paragraph. Type set in a proportional font fills lines less evenly than a
    fixed width does, so a line must end clearly short, and more clearly when it does not end
    a sentence; a text whose continuing lines never leave room for the next word was filled
    exactly (``filled_exactly``), and there any room ends the paragraph. A line of a block set
    narrower than the page (``block_margins``) is judged against the block's own margin. A
    line ending on "the", "of", "against" ... always continues, unless the next opens a
    preambular paragraph (``opens_preamble``).
    """
    exact = filled_exactly(lines, width, furniture)
    margins = block_margins(lines, width, furniture, exact)
    breaks = set()
    for index, previous, line in _text_line_pairs(lines, furniture):
        ends = _ends_sentence_here(previous)
        slack = 0 if exact else 2 if ends else max(4, width // 10)
        if label_starts_line(previous) and not ends and (
            not line.lstrip()[:1].isupper() or _ABBREVIATION_END.search(previous.rstrip())
            # "6. The Independent Expert, whose mandate was established by the Human" / "Rights
            # Council …": a clause set off by a comma is a paragraph's prose, no heading (L7)
            or _CLAUSE_AFTER_COMMA.search(previous) is not None
        ):
            # a paragraph's first line, its text set at a tab stop after the label: narrower
            # than the lines under it, which a converter without indentation (pdftotext -raw)
            # shows as room left; the line below runs on in lower case or figures ("85/98 of
            # ..."), or after a title ("Ms." / "Lopes"), where a heading's next line ("II. Scope"
            # / "The Committee ...") begins anew
            slack = max(slack, width // _FIRST_LINE_INDENT_SHARE)
        # judged against its own block's margin where that is narrower than the page's
        margin = margins.get(index, width)
        if _RULE_OF_DASHES.match(previous) or _RULE_OF_DASHES.match(line) or (
            _RULE_OF_UNDERSCORES in previous and _TRAILING_RULE.search(previous) and not line.lstrip()[:1].islower()
        ):
            # a rule drawn in dashes (a pandoc table's border, pdftotext -raw without blank lines)
            # is a line of its own: the masthead under it is no run-on of it (L6); a rule of
            # underscores that pdftotext -raw set on the line of the words beside it ("Share Print
            # Download … ______________________", a page's hr on their baseline) ends it too, unless the
            # line below goes on in lower case (a blank to fill in: "… on ____________" / "and …") (L9)
            breaks.add(index)
        elif (_room(previous, line, margin) >= slack and not _continues(previous)
              and not (_PARAGRAPH_WORD_END.search(previous) and line.lstrip()[:1].isdigit())
              and not (_INSTRUMENT_WORD_END.search(previous) and _INSTRUMENT_NUMBER_OPENING.match(line))) or opens_preamble(previous, line):
            # ("… in accordance with paragraph" / "15 (b) (A/HRC/…)": the number the line names, L7)
            breaks.add(index)
        elif speaking_body_line(line) and not _continues(previous):
            breaks.add(index)
        elif _TITLED_INSTRUMENT_LINE.match(previous) and _RECITAL_OPENS.match(line) and not _continues(previous):
            # "Resolution A45-12: Harmonization of … search and rescue" / "Recalling Resolution
            # A41-14, …": an instrument's titled heading that filled its line (pdftotext -raw, no
            # blank line), over its preamble's first paragraph (L14)
            breaks.add(index)
    return breaks


# a recital's first word, whatever follows it ("Recalling Resolution A41-14", "Whereas the Assembly")
_RECITAL_OPENS = re.compile(r"^\s*(?:[A-Z][a-z]{2,}ing|Whereas|Mindful|Aware|Convinced|Concerned|Deeply|Guided|Conscious|Cognizant)\s")
# "Resolution A45-12: Title", "Decision 17/3: Title": an instrument's number and its title after a
# colon, a heading (no stop at its end)
_TITLED_INSTRUMENT_LINE = re.compile(
    r"^\s*(?:Resolution|Decision|Recommendation|RESOLUTION|DECISION)\s+[A-Z]{0,4}[ -]?\d[\w./()-]*:\s+[A-Z“\"][^.;:]*[^\s.;:,]\s*$"
)


_NUMBER_LABEL = re.compile(r"^\s*(?:(?P<number>\d{1,3})\.|\((?P<letter>[a-z])\))\s")


def numbered_in_sequence(lines: list[str], furniture: set[int]) -> set[int]:
    """Lines that begin with the next paragraph number ("7." after "6.") or the next letter
    ("(c)" after "(b)"): paragraphs, though the line above ends without a full stop (a
    heading that fills its line, an item ending in "and"). Numbering may start again at 1
    or (a)."""
    starts = set()
    number, letter = 0, "`"
    for index, line in enumerate(lines):
        if index in furniture:
            continue
        label = _NUMBER_LABEL.match(line)
        if label is None:
            continue
        if label["number"] is not None and int(label["number"]) in (number + 1, 1):
            number = int(label["number"])
            starts.add(index)
        elif label["letter"] is not None and label["letter"] in (chr(ord(letter) + 1), "a"):
            letter = label["letter"]
            starts.add(index)
    return starts


_HEADING_LINES = 3


def headings_above(lines: list[str], numbered: set[int], furniture: set[int]) -> set[int]:
    """First lines of headings set between a paragraph and the numbered paragraph after it.

    Where the paragraph's last line is full, nothing in the fill of the lines shows the
    heading begin; its punctuation does: up to three lines with no full stop, colon or
    semicolon at the end, after a line with one and before a numbered paragraph, are a
    heading of their own. A heading begins with a capital, a number or a label: a line that
    begins in lower case ("summaries by the Chairs" after "... thereto:") continues a sentence.
    """
    starts = set()
    for start in numbered:
        index = start - 1
        while index >= 0 and start - index <= _HEADING_LINES:
            line = lines[index].replace("\f", "")
            if index in furniture or not line.strip() or _ends_sentence(line):
                break
            index -= 1
        else:
            continue
        if index < start - 1 and index >= 0 and _ends_sentence(lines[index]) and index not in furniture:
            if not lines[index + 1].replace("\f", "").lstrip()[:1].islower():
                starts.add(index + 1)
    return starts


# "IV. Outcomes of the session": a chapter's heading under its Roman number, no stop at its end
_CHAPTER_HEADING = re.compile(r"^[\s\f]*[IVXL]{1,6}\.[ \t]+[A-Z][^.;:!?]*$")
# "A. Adoption of the agenda": a section's heading under a chapter's
_SECTION_HEADING = re.compile(r"^[\s\f]*[A-H]\.[ \t]+[A-Z]")
# "... contained in chapter" / "IV. ...": a sentence that names a chapter goes on with its number
_NAMES_A_PART = re.compile(r"(?:\b(?:chapters?|annex(?:es)?|parts?|sections?|volumes?|and|or)|,)\s*$", re.IGNORECASE)


def chapter_headings_over_paragraphs(lines: list[str], numbered: set[int], furniture: set[int]) -> set[int]:
    """Chapter headings ("I. Opening of the session") right above a numbered paragraph or a
    section's heading ("A. Adoption of the agenda"), though the line above fills its line.

    pdftotext -raw sets no blank line anywhere: a document's title as wide as the page
    ("Proceedings of the ... Assembly at its eleventh session") left no room for the Roman
    number, and `paragraph_breaks` ran the chapter's heading into it (L6). A Roman number, a
    capital, no stop, and a numbered paragraph or a section's heading on the next line say a
    heading; a line above that names a chapter or annex ("contained in chapter") runs on."""
    starts: set[int] = set()
    for index, line in enumerate(lines):
        if index in furniture or index == 0 or _CHAPTER_HEADING.match(line) is None:
            continue
        below = next((i for i in range(index + 1, min(len(lines), index + 4)) if i not in furniture and lines[i].strip(" \f\t")), None)
        if below is None or (below not in numbered and _SECTION_HEADING.match(lines[below]) is None):
            continue
        above = lines[index - 1]
        if index - 1 in furniture or not above.strip(" \f\t") or _NAMES_A_PART.search(above) or _continues(above):
            continue
        starts.add(index)
    return starts


# Footnotes stand at a page's foot: the page's footer follows within this many lines.
_NOTE_LINES = 6


def _above_page_foot(lines: list[str], index: int, furniture: set[int]) -> bool:
    """Does a page's footer (a job or page number, a page break) follow within a few lines?"""
    for below in range(index + 1, min(len(lines), index + 1 + _NOTE_LINES)):
        line = lines[below]
        if below in furniture or "\f" in line or is_page_number_line(line):
            return True
    return False


# Notes a conversion may lose in a row, and numbering still be followed.
_SKIPPED_NOTES = 2


def numbered_footnotes(lines: list[str], layout: Layout) -> set[int]:
    """First lines of footnotes printed as plain text ("3 CTOC/COP/WG.6/2024/4, paras. 14–21.").

    Footnotes are numbered in sequence through a document, and each begins a paragraph of its
    own. A line that begins with the next footnote number (or a 1, where numbering starts
    again), followed by a word that is no month ("12 October 2021" is a date), is a footnote.
    A conversion sometimes loses a note: the number after the next, or the one after that, is
    a footnote too. Where a PDF's lines run the note on from the text above it, its place
    tells it: just above the page's footer (``_above_page_foot``).
    """
    found: set[int] = set()
    if _NUMBERED_NOTE_LINE.search("\n" + "\n".join(lines)) is None:
        return found
    expected = 1
    starts_paragraph = True  # the first line of the text, or after a blank line or furniture
    for index, line in enumerate(lines):
        if not line.strip(" \f\t") or index in layout.furniture:
            starts_paragraph = True
            continue
        note = _NUMBERED_NOTE.match(line)
        if note is None and (gapped := _GAPPED_NOTE.match(line)) is not None:
            # (a page's footer and running head between the rule and its notes skipped: pdftotext
            # -layout sets the notes of a rule at a page's foot under the next page's head, L15)
            above = next((i for i in range(index - 1, max(-1, index - 4 - _NOTE_LINES), -1) if lines[i].strip(" \f\t") and i not in layout.furniture), None)
            if above is not None and (_NOTES_RULE.match(lines[above]) or above in found):
                note = gapped
        if (
            note
            and (starts_paragraph or index in layout.breaks or _above_page_foot(lines, index, layout.furniture))
            and (expected <= int(note["number"]) <= expected + _SKIPPED_NOTES or int(note["number"]) == 1)
            and note["first"].strip(",.") not in _MONTHS
            # "1 ADOPTS the Guidelines ...": an operative paragraph numbered without a stop
            and note["first"] not in OPERATIVE_VERBS_IN_CAPITALS
            # "1 Introduction" over "1.1 By decision ...": a section's heading, its sub-paragraphs below
            and not _opens_its_subsections(lines, index, note["number"])
        ):
            found.add(index)
            expected = int(note["number"]) + 1
        starts_paragraph = False
    return found


def _opens_its_subsections(lines: list[str], index: int, number: str) -> bool:
    """Whether the next line that holds text begins with the sub-paragraph "N.1" of the line's
    number N (a report numbering its sections and their paragraphs, "1<tab>Introduction")."""
    for below in lines[index + 1 : index + 4]:
        if below.strip():
            return below.lstrip().startswith(f"{number}.1") and below.lstrip()[len(number) + 2 : len(number) + 3] in (" ", "\t")
    return False


def label_starts_line(line: str) -> bool:
    return bool(_LABEL_START.match(line))

# A line that is a list's item or a table's row, which tools print whole however long (html2text's
# list items, lynx's padded rows): no sign that the text around it was never wrapped.
# The marks of a list's item at a line's start, besides the asterisk (which may mark a page's note
# too): every reading of lines (`clean`'s blocks, this module's) takes the same ones.
# ("☑", "☐", "✓", "✔", "☒": the ticked and open boxes of a note's checklist, E299)
BULLET_MARKS = "-+•▪◦‣☑☐☒✓✔"
_BULLET_START = re.compile(rf"\s*[*{re.escape(BULLET_MARKS)}]\s")
# cells set apart by runs of spaces (lynx's table row, padded to the table's width)
_SPACED_CELLS = re.compile(r"\S {3,}\S")
# an entry of a list of instruments, under its number ("11/3. Outcomes of ... 1", "2027/17 Title",
# "OA12/1. Title"), or of documents under their symbols
_NUMBERED_ENTRY = re.compile(r"\s*[A-Z]{0,8}(?:[IVXLC]{1,6}|\d{1,4})/\d{1,4}\.?\s")


def list_item_or_row(raw: str) -> bool:
    return (
        label_starts_line(raw) or _BULLET_START.match(raw) is not None
        or " | " in raw or _SPACED_CELLS.search(raw) is not None or _NUMBERED_ENTRY.match(raw) is not None
        or SYMBOL.match(raw.lstrip()) is not None
    )



# --------------------------------------------------------------------------- hyphens at line ends

_PREFIXES = frozenset("non co re pre post multi inter intra cross self well anti sub semi counter".split())


_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_UNITS = frozenset(
    "one two three four five six seven eight nine first second third fourth fifth sixth seventh eighth ninth".split()
)


def number_in_words(left: str, right: str) -> bool:
    """"seventy" / "fourth" (lower case): the two halves of a number in words, hyphenated always."""
    return left in _TENS and right in _UNITS


def keeps_hyphen(left: str, right: str, words: Counter[str]) -> bool:
    """Does a hyphen at a line end belong to the word ("open-ended", "Secretary-General") or
    was the word hyphenated to fit the line ("implemen-tation")?

    ``words`` counts the document's words (lower-cased). The document answers first: a word it
    prints whole elsewhere was hyphenated; a compound it prints with the hyphen elsewhere
    keeps it. A capital after the hyphen is a compound or a symbol ("Secretary-General",
    "WG.2/2022/4-CTOC/..."), and so is a figure: no word is cut before a number, which is the
    rest of a symbol ("decision BC-/19/6", "MC-/6/3") or a name ("COVID-/19"). Otherwise two words the document uses are a compound, and
    anything else is one word cut in two.
    """
    l, r = left.lower(), right.lower()
    if number_in_words(l, r):
        return True  # "seventy-/fourth": a number in words is always hyphenated
    if words[l + r] > 0:
        return False
    if words[f"{l}-{r}"] > 0 or right[:1].isupper() or right[:1].isdigit() or not left[-1:].isalpha():
        return True
    return (words[l] > 0 or l in _PREFIXES) and words[r] > 0


_WORD_WITH_HYPHEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_CUT_WORD = re.compile(r"([a-z]+)-[ \t]*\n[ \t\f]*([a-z]+)")
# Its hyphen, line end and second piece: searched from the hyphens, which the engine skips to
# (from every letter, `_CUT_WORD` read each word to its end again and again)
_CUT_AT_HYPHEN = re.compile(r"-[ \t]*\n[ \t\f]*([a-z]+)")


def _cut_words(lowered: str) -> Iterator[tuple[str, str]]:
    """The two pieces of each match of `_CUT_WORD` in ``lowered``, in order: the letters before a
    hyphen found by `_CUT_AT_HYPHEN`, unless none are or the last match took them."""
    taken = 0  # where the last match ended: `_CUT_WORD` reads on from there
    for m in _CUT_AT_HYPHEN.finditer(lowered):
        start = m.start()
        # (not back past the last match: its second piece, read to its end, is no first piece)
        while start > taken and "a" <= lowered[start - 1] <= "z":
            start -= 1
        if start == m.start():
            continue  # no letters before the hyphen
        yield lowered[start : m.start()], m.group(1)
        taken = m.end()


def word_counts(text: str) -> Counter[str]:
    """The document's words, hyphenated compounds whole and also in their parts, lower-cased.

    A word cut at a line end counts as its two pieces, which are rare and seldom words.
    """
    lowered = text.lower()
    counts: Counter[str] = Counter(_WORD_WITH_HYPHEN.findall(lowered))  # counted at C speed
    for word, times in [(w, n) for w, n in counts.items() if "-" in w]:
        for part in word.split("-"):
            counts[part] += times
    # The pieces of words cut at line ends are no words of the document.
    for left, right in _cut_words(lowered):
        counts[left] -= 1
        counts[right] -= 1
    return counts


# A page saved with blank lines between its sections and one paragraph, heading or field a line
# inside each: at least this many line ends inside sections tell it.
_FEWEST_INNER_BREAKS = 6


def sections_of_unwrapped_lines(lines: list[str], skip: set[int]) -> bool:
    """Whether a text not broken at a width (the caller asks only then) that sets blank lines
    between its sections puts one paragraph, heading or field a line inside them ("Decision
    21.COM 6" / "Item 6: Report of ..." / "Document: ..." / "The Committee," / "1. Having ..."),
    rather than a paragraph over several lines of varying length (a hand-wrapped note).

    Told by every line end inside a section (``skip``: a page's menus and footer, no text): no
    line visibly continues the one above (ending on "of", "the", a hyphen or a comma-less
    lower-case run-on below it), and at most half of them full: the next line's first word would
    not have fitted on the line above within the page's longest line, which ends no clause (a
    wrapped line leaves no room for it)."""
    texts = [line.replace("\f", "").strip() if index not in skip else "" for index, line in enumerate(lines)]
    # a rule of dashes or stars between two sections is no text either
    texts = [text if any(c.isalnum() for c in text) else "" for text in texts]
    longest = max((len(text) for text in texts), default=0)
    inner = full = 0
    for previous, text in zip(texts, texts[1:]):
        if not previous or not text:
            continue
        inner += 1
        if _continues(previous) or (text[:1].islower() and not _LOWER_LABEL.match(text)):
            return False
        if previous[-1] not in ".;:," and len(previous) + 1 + len(text.split(None, 1)[0]) > longest * 0.8:
            full += 1  # the line above was full and ends in no clause: it may have been wrapped
    # nearly every line end of a wrapped text is full; a few of a short page's field lines are
    return inner >= _FEWEST_INNER_BREAKS and full * 2 < inner
