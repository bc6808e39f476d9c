"""Layouts that tools other than a PDF converter give a text, undone before cleaning reads lines.

Each pass is told by the shape of the whole text, never by who wrote it, and keeps for every
character of its result the offset of the character it came from (`characters.apply_changes`):

- **margin line numbers**: a provisional or legal edition numbers every line at its left margin
  ("  12  Recalling its resolution ..."), blank ones too, so that no sentence reads across two
  lines. Lines whose first token is a number in an unbroken sequence (n, n+1, ... on ten lines or
  more, some of them wrapped prose or blank) lose the number and its padding.
- **converter header lines**: a run of lines at the top that a converter writes before the text
  ("### Translation from RTF performed by ...", "### creation date: ..."), three or more lines
  opening with the same run of "#" and most of them a "name: value" line or the converter's
  words; a Markdown document's headings are not a run of field lines.
- **link markers of a text browser**: `lynx -dump` writes "[12]" before every link and a numbered
  "References" list of the links' addresses at the end. Where the text has such markers
  (three or more) and ends with that list, the markers and the list go.
- **CSV export**: a database export written as RFC 4180 records ("record","field","value"), one
  record a line or more (a quoted field may hold a line break and doubled quotation marks).
  Where nearly every line is such a record, each record becomes a line: a header row (repeated
  between sections) nothing, a row of a field and its value "Field name<tab>value" (a record row
  as a library prints it), a row of a paragraph label and its text the label ("(a)", "3.") and
  the text, or the text alone (other labels: "P1", "0"). Doubled quotation marks are one.
- **endnote markers**: bracketed markers ("790(XL),[1]") whose notes are listed under a last
  "Endnotes"/"Notes" heading ("[1] Resolution ...") go from the text; the notes stay.
- **carriage control**: a line printer's listing (ASA): the first column of every line is the
  spacing before it ("0" a blank line, "-" two, "1" a new page: a form feed, so that the run
  header repeated on every page is page furniture), "+" a line overprinted to underline the one
  above, which goes.
- **comment threads**: a word processor's comments in a plain-text download (Google Docs): the
  lettered anchors in the text ("session[a]") and the threads after the last rule of underscores
  ("[a]Name: text", "_Reopened_") go, when every thread's anchor stands in the text.
- **a meeting and its date in two cells**: "Fourth plenary meeting<tab>26 May 2028" is two
  lines, as the line under a resolution stands in print.
- **lone tabbed headings**: a line of two cells, a symbol or number and a title
  ("IDB.56/Dec.3<tab>Report of the Committee", "362 (XXXVI).<tab>Title"), with no tabbed line above or below it, is a
  heading, not a table: its tab becomes a space (a table's rows stand together).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable, Sequence

from mandate_graph.loaders.extract.characters import apply_changes
from mandate_graph.loaders.extract.layout import INSTRUMENT_NUMBER, SYMBOL_IN_MARGIN_TAB, untabbed
from mandate_graph.loaders.extract.literal_starts import LiteralStarts
from mandate_graph.loaders.extract.rules.related_lists import issuer_heading_names
from mandate_graph.loaders.extract.aligned_tables import aligned_table_export
from mandate_graph.loaders.extract.run_in_masthead import may_hold_run_in_masthead, run_in_masthead_changes
from mandate_graph.loaders.extract.run_in_clauses import (
    may_hold_run_in_clauses, may_hold_run_in_formula, may_hold_run_in_operative, may_hold_run_in_points, run_in_clause_changes,
    run_in_formula_changes, run_in_heading_changes, run_in_operative_changes, run_in_point_changes,
)
from mandate_graph.loaders.extract.multiline_tables import is_multiline_header_rule, multiline_table_export
from mandate_graph.loaders.extract.csv_tables import wide_csv_export
from mandate_graph.loaders.extract.mail import folded_header_changes, quote_marker_changes
from mandate_graph.loaders.extract.slide_decks import outline_deck_changes, slide_deck_changes
from mandate_graph.loaders.extract.asciidoc_pages import asciidoc_changes
from mandate_graph.loaders.extract.org_pages import org_changes
from mandate_graph.loaders.extract.markup_pages import heading_attribute_changes, wiki_changes
from mandate_graph.loaders.extract.bar_tables import bar_table_export
from mandate_graph.loaders.extract.field_tables import field_table_changes, may_hold_field_table
from mandate_graph.loaders.extract.tracked_changes import balloon_changes, may_hold_balloons
from mandate_graph.loaders.extract.screen_reader_logs import may_hold_screen_reader_log, screen_reader_changes
from mandate_graph.loaders.extract.box_tables import box_table_changes, may_hold_box_table, reflowed_box_table_changes
from mandate_graph.loaders.extract.grid_tables import grid_table_export
from mandate_graph.loaders.extract.line_cell_tables import line_cell_table_changes, may_hold_line_cell_table
from mandate_graph.loaders.extract.spaced_row_tables import may_hold_spaced_row_table, spaced_row_table_changes
from mandate_graph.loaders.extract.wrapped_ruled_tables import wrapped_ruled_table_export

# --------------------------------------------------------------------------- margin line numbers

# A line number in the margin: right-aligned digits, then padding or the line's end.
_MARGIN_NUMBER = re.compile(r"^[ \t]{0,8}(\d{1,4})(?:[ \t]{1,8}(?=\S)|[ \t]*$)")
_SHORTEST_NUMBERED_RUN = 10


def margin_number_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """The changes that take the margin's line numbers out, if the text is so numbered."""
    numbered: list[tuple[int, int, int]] = []  # line index, number, where the text starts
    for index, line in enumerate(lines):
        m = _MARGIN_NUMBER.match(line)
        if m is not None:
            numbered.append((index, int(m.group(1)), m.end()))
    runs: list[list[tuple[int, int, int]]] = []
    run: list[tuple[int, int, int]] = []
    for item in numbered:
        if run and item[1] == run[-1][1] + 1:
            run.append(item)
            continue
        if len(run) >= _SHORTEST_NUMBERED_RUN:
            runs.append(run)
        run = [item]
    if len(run) >= _SHORTEST_NUMBERED_RUN:
        runs.append(run)
    changes: list[tuple[int, int, str | None]] = []
    if not runs:
        return _sparse_margin_changes(lines, starts, numbered)
    for run in runs:
        texts = [lines[index][end:] for index, _, end in run]
        # Numbered list items never start in mid-sentence, nor stand empty: a margin's numbers
        # do, on the lines of wrapped prose and on blank lines.
        if not any(not text.strip() or text[:1].islower() for text in texts):
            continue
        if sum(1 for text in texts if text.strip()) < len(texts) // 2:
            continue
        for index, _, end in run:
            changes.append((starts[index], starts[index] + end, ""))
    return changes


# A draft numbered every fifth (or tenth) line: "5", "10", "15" in the margin, the lines between
# unnumbered and set at the same column. Four numbers in step, each as many lines below the last
# as it counts more, are the margin's, not a list's.
_SPARSE_STEPS = (5, 10)
_SHORTEST_SPARSE_RUN = 4
# `_MARGIN_NUMBER` over a whole text (with "\n" before it, for its first line): a line found from
# the line break before it, a character the engine skips to
_MARGIN_NUMBER_LINE = re.compile(r"\n[ \t]{0,8}\d{1,4}(?:[ \t]{1,8}(?=\S)|[ \t]*(?=\n|\Z))")


def may_hold_margin_numbers(text: str) -> bool:
    """Whether `margin_number_changes` can change anything in ``text``: a margin's run, every
    line numbered or every fifth, has at least `_SHORTEST_SPARSE_RUN` numbered lines. Most texts
    have none, and their lines are not read one by one."""
    return len(_MARGIN_NUMBER_LINE.findall("\n" + text)) >= min(_SHORTEST_SPARSE_RUN, _SHORTEST_NUMBERED_RUN)


def _sparse_margin_changes(
    lines: list[str], starts: Sequence[int], numbered: list[tuple[int, int, int]]
) -> list[tuple[int, int, str | None]]:
    """The changes that take out the numbers of a margin numbered every few lines, and the
    margin's blank columns on the lines between them."""
    changes: list[tuple[int, int, str | None]] = []
    by_line = {index: (number, end) for index, number, end in numbered}
    used: set[int] = set()
    for index, number, end in numbered:
        if index in used:
            continue
        step = next((k for k in _SPARSE_STEPS if number % k == 0 and by_line.get(index + k, (0, 0))[0] == number + k), None)
        if step is None:
            continue
        # the run: each number "step" lines below the last and "step" more (a number of the
        # text between, "31 March", is no part of it)
        run = [(index, number, end)]
        while (following := by_line.get(run[-1][0] + step)) is not None and following[0] == run[-1][1] + step:
            run.append((run[-1][0] + step, following[0], following[1]))
        used.update(i for i, _, _ in run)
        if len(run) < _SHORTEST_SPARSE_RUN:
            continue
        column = min(end for _, _, end in run)
        first, last = max(0, run[0][0] - step + 1), min(len(lines), run[-1][0] + step)
        # the lines between are set at the numbered lines' column, the margin left blank
        between = [lines[i] for i in range(run[0][0] + 1, run[-1][0]) if lines[i].strip() and i not in {j for j, _, _ in run}]
        if sum(1 for line in between if len(line) - len(line.lstrip(" ")) >= column - 1) < 0.8 * len(between):
            continue
        for i in range(first, last):
            at = starts[i]
            numbered_here = next((end for j, _, end in run if j == i), None)
            if numbered_here is not None:
                changes.append((at, at + numbered_here, ""))
            else:
                margin = min(len(lines[i]) - len(lines[i].lstrip(" ")), column)
                if margin:
                    changes.append((at, at + margin, ""))
    return changes


# --------------------------------------------------------------------------- converter header lines

_HASH_LINE = re.compile(r"^(#{2,})\s+(.*)$")
_FIELD_OR_TOOL = re.compile(r"^[A-Za-z][\w ]{0,40}:\s|\b(?:[Tt]ranslation|[Cc]onver(?:sion|ted)|generated|performed)\b|\bfonts?\b")
_SHORTEST_HEADER = 3
_CONVERTER_RULE = re.compile(r"^-{5,}\s*$")


def converter_header_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return []
    head = _HASH_LINE.match(lines[first])
    if head is None:
        return []
    marks = head.group(1)
    run = []
    for index in range(first, len(lines)):
        m = _HASH_LINE.match(lines[index])
        if m is None or m.group(1) != marks:
            break
        run.append((index, m.group(2)))
    if len(run) < _SHORTEST_HEADER or sum(1 for _, text in run if _FIELD_OR_TOOL.search(text)) * 2 <= len(run):
        return []
    gone = [index for index, _ in run]
    below = gone[-1] + 1
    if below < len(lines) and _CONVERTER_RULE.match(lines[below]):
        gone.append(below)  # unrtf's dashed rule under its banner: the converter's too
    return [(starts[index], starts[index] + len(lines[index]), "") for index in gone]


# --------------------------------------------------------------------------- numbered list items

# A web page's ordered list of numbered paragraphs, as text browsers and html2text print it: a
# bullet, then the paragraph's own number or letter ("  * 1. Decides to establish ...", "- 2.
# Requests", "  * (a) States parties are encouraged ...").
# The bullet is the list's, the number the paragraph's: without the bullet the line opens a
# numbered paragraph as it does in the printed text.
_BULLETED_NUMBER = re.compile(
    r"^[ \t]*([*•+\-][ \t]+)(?=(?:\d{1,3}[.)]|\((?:\d{1,3}|[a-z]{1,2}|[ivx]{1,5})\)|[a-z]\))[ \t]+\S)", re.MULTILINE
)


def may_hold_bulleted_numbers(text: str) -> bool:
    return _BULLETED_NUMBER.search(text) is not None


def bulleted_number_changes(text: str) -> list[tuple[int, int, str | None]]:
    """Each list bullet set before a paragraph number goes (the number stays), its columns left
    blank: the line keeps its length, which tells where a wrapped paragraph ends."""
    return [(m.start(1), m.end(1), " " * (m.end(1) - m.start(1))) for m in _BULLETED_NUMBER.finditer(text)]


# --------------------------------------------------------------------------- abbreviated months

# A month abbreviated between a day and a year ("21 Oct. 2022", "3-5 Sept. 2025") or before a
# day and a year ("Oct. 21, 2022"), as tables, press pages and notes write it: the month's name
# in full, so that every reader of dates reads it.
_ABBREVIATED = r"(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_ABBREVIATED_MONTH = re.compile(
    rf"(?<=\d )(?<!\d\d\d\d ){_ABBREVIATED}(?=,?\s+(?:19|20)\d\d\b)"
    rf"|\b{_ABBREVIATED}(?=\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?,\s+(?:19|20)\d\d\b)"
)
_FULL_MONTH = {
    "Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April", "Jun": "June", "Jul": "July",
    "Aug": "August", "Sep": "September", "Sept": "September", "Oct": "October", "Nov": "November", "Dec": "December",
}


# The pattern opens with look-behinds and "\b", which give the regex engine no first character to
# skip ahead to: tried at every position of every document (~3 % of extraction's time), where
# searched only where a month's abbreviation stands (`LiteralStarts`: the same matches).
_ABBREVIATED_MONTH_STARTS = LiteralStarts(_ABBREVIATED_MONTH)


def may_hold_abbreviated_months(text: str) -> bool:
    return _ABBREVIATED_MONTH_STARTS.search(text) is not None


def abbreviated_month_changes(text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), _FULL_MONTH[m.group(1) or m.group(2)]) for m in _ABBREVIATED_MONTH_STARTS.finditer(text)]


# --------------------------------------------------------------------------- text-browser links

_LINK_MARKER = re.compile(r"#?\[\d{1,4}\](?=\S)")
_REFERENCES_HEADING = re.compile(r"^\s*(?:References|Links|Visible links)\s*$")
_REFERENCE_LINE = re.compile(r"^\s*\d{1,4}\.\s+(?:https?|ftp|file|mailto):\S*\s*$")
_FEWEST_MARKERS = 3
# lynx's bullet, "* ", indented: an item of a list (not a footnote's asterisk).
_BULLET = re.compile(r"^[ ]{2,}(\*)[ ]")


def link_marker_changes(text: str, lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    heading = None
    for index in range(len(lines) - 1, -1, -1):
        if _REFERENCES_HEADING.match(lines[index]):
            heading = index
            break
        if lines[index].strip() and not _REFERENCE_LINE.match(lines[index]):
            return []
    if heading is None:
        return []
    markers = list(_LINK_MARKER.finditer(text, 0, starts[heading]))
    if len(markers) < _FEWEST_MARKERS:
        return []
    changes: list[tuple[int, int, str | None]] = []
    head = _head_links_line(lines, heading)
    if head is not None:
        # "#[1]UNODC - United Nations Office on Drugs and Crime [2]alternate": the links of the
        # page's <head> (feeds, alternates) that lynx lists on the first line, each marked "#[n]":
        # the site's, never the document's (the site's name there read as the issuer, E252)
        end = starts[head] + len(lines[head])
        changes.append((starts[head], end, ""))
        markers = [m for m in markers if not starts[head] <= m.start() < end]
    changes.extend((m.start(), m.end(), "") for m in markers)
    changes.append((starts[heading], len(text), ""))
    for index in range(heading):
        bullet = _BULLET.match(lines[index])
        if bullet is not None and not _BULLETED_NUMBER.match(lines[index]):  # a numbered paragraph's bullet goes
            changes.append((starts[index] + bullet.start(1), starts[index] + bullet.end(1), "\u2022"))
    return changes


# lynx's first line of text when the page's <head> has links with titles: "#[1]Title [2]Title"
_HEAD_LINKS_LINE = re.compile(r"^\s*#\[\d{1,4}\]\S")


def _head_links_line(lines: list[str], heading: int) -> int | None:
    """The index of the line of the page's head links, the first line of text, if it is one."""
    first = next((i for i in range(heading) if lines[i].strip()), None)
    return first if first is not None and _HEAD_LINKS_LINE.match(lines[first]) else None


# --------------------------------------------------------------------------- endnote markers

# "Endnotes", "Notes", "End notes": the heading of a list of notes "[1] ...", "1 ...", "1. ..."
_ENDNOTES_HEADING = re.compile(r"^\s*(?:End\s?notes|Notes|Footnotes)\s*:?\s*$", re.IGNORECASE)
_ENDNOTE_LINE = re.compile(r"^\s*\[(\d{1,3})\]\s+\S")
# a marker after a word or punctuation: "790(XL),[1] by which", "session.[2]"
_ENDNOTE_MARKER = re.compile(r"(?<=[\w.,;:)”\"’])\[(\d{1,3})\]")


def endnote_marker_changes(text: str, lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """A word processor's endnotes as a text converter writes them: bracketed markers in the
    text ("790(XL),[1]") and a last section, under "Endnotes" or "Notes", of the notes each
    opening with its marker ("[1] Resolution ..."). The markers in the text go (the notes stay,
    under their heading), so that a reference reads as it would without its note."""
    if "[" not in text:
        return []  # no note line "[1] ...": most texts are done here, without a look at each line
    heading = None
    for index in range(len(lines) - 1, -1, -1):
        if _ENDNOTES_HEADING.match(lines[index]):
            heading = index
            break
    if heading is None:
        return []
    noted = {m.group(1) for line in lines[heading + 1 :] for m in [_ENDNOTE_LINE.match(line)] if m}
    if not noted:
        return []
    return [
        (m.start(), m.end(), "")
        for m in _ENDNOTE_MARKER.finditer(text, 0, starts[heading])
        if m.group(1) in noted
    ]


# --------------------------------------------------------------------------- comment threads

# A word processor's comments in a plain-text download (Google Docs "Plain text (.txt)"): a
# lettered anchor after the commented words ("session[a]", "2030;[b]") and, after a last rule of
# underscores, one paragraph per comment opening with its anchor ("[a]Name: text"), with the
# thread's state ("_Reopened_", "_Marked as resolved_") on lines of its own.
_COMMENT_RULE = re.compile(r"^[ \t]*_{8,}[ \t]*$")
_COMMENT_LINE = re.compile(r"^[ \t]*\[([a-z]{1,3})\]\S")
_COMMENT_ANCHOR = re.compile(r"(?<=\S)\[([a-z]{1,3})\]")
_FEWEST_COMMENTS = 2


def comment_changes(text: str, lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """The comments go: their anchors in the text and the threads after the last rule, which are
    the reviewers' words, not the document's. Told by the threads: two or more lettered comments
    after the rule whose anchors all stand in the text above it."""
    if "_" * 8 not in text:
        return []  # no rule of underscores: most texts are done here, without a look at each line
    rule = None
    for index in range(len(lines) - 1, -1, -1):
        if _COMMENT_RULE.match(lines[index]):
            rule = index
            break
    if rule is None:
        return []
    threads = [m.group(1) for line in lines[rule + 1 :] for m in [_COMMENT_LINE.match(line)] if m]
    if len(threads) < _FEWEST_COMMENTS:
        return []
    anchors = [m for m in _COMMENT_ANCHOR.finditer(text, 0, starts[rule]) if m.group(1) in set(threads)]
    if {m.group(1) for m in anchors} != set(threads):
        return []
    changes: list[tuple[int, int, str | None]] = [(m.start(), m.end(), "") for m in anchors]
    changes.append((starts[rule], len(text), ""))
    return changes


# --------------------------------------------------------------------------- tabbed meeting lines

# "Fourth plenary meeting<tab>26 May 2028", "8345th meeting<tab><tab>12 June 2027": the line
# under a resolution, which a Word file prints as two cells (left and right); the date goes on a
# line of its own, as it stands in print
_MEETING_AND_DATE = re.compile(
    r"^[ \t]*(?:[A-Z][a-z]+(?:-[a-z]+)?|\d{1,5}(?:st|nd|rd|th))\s+(?:plenary\s+)?meeting(?P<tab>[ \t]*\t[ \t]*)"
    r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}[ \t]*$"
)


def meeting_date_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    changes: list[tuple[int, int, str | None]] = []
    for index, line in enumerate(lines):
        m = _MEETING_AND_DATE.match(line)
        if m is not None:
            changes.append((starts[index] + m.start("tab"), starts[index] + m.end("tab"), "\n"))
    return changes


# --------------------------------------------------------------------------- CSV export

_RECORD_START = re.compile(r'^"[^"\n]*"(?:,"|$)')
_SHARE_OF_RECORDS = 0.8
_FEWEST_RECORDS = 5
# the fewest lines opening with a quotation mark an export can have (4 of 5 lines records)
_FEWEST_QUOTED_LINES = int(_SHARE_OF_RECORDS * _FEWEST_RECORDS)
# A paragraph's own label, kept before its text: "(a)", "3.", "12".
_PARAGRAPH_LABEL = re.compile(r"^(?:\([a-z]{1,3}\)|\([ivx]{1,5}\)|[1-9]\d{0,2}\.?)$")
# A field's name as a database writes it: "date_adopted", "source_document".
_FIELD_NAME = re.compile(r"^[a-z][a-z_ ]{1,40}$")
# A field whose value is prose about the record, read as a paragraph: "source_note", "summary".
_NOTE_FIELD = re.compile(r"(?:^|_)(?:note|notes|description|summary|abstract|remarks|comment|comments)$")
_HEADER_NAMES = frozenset({"record", "id", "field", "value", "para", "text", "key", "name", "related", "paragraph"})


def _is_csv_export(lines: list[str]) -> bool:
    filled = [line for line in lines if line.strip()]
    if len(filled) < _FEWEST_RECORDS:
        return False
    return sum(1 for line in filled if _RECORD_START.match(line)) >= _SHARE_OF_RECORDS * len(filled)


def _records(text: str) -> list[list[tuple[int, int]]]:
    """The records of an RFC 4180 text, each a list of the spans of its fields' raw text (inside
    the quotes when quoted)."""
    records: list[list[tuple[int, int]]] = []
    fields: list[tuple[int, int]] = []
    position, length = 0, len(text)
    while position < length:
        if text[position] == '"':
            end = position + 1
            while True:
                end = text.find('"', end)
                if end < 0:
                    end = length
                    break
                if text.startswith('""', end):
                    end += 2
                    continue
                break
            fields.append((position + 1, end))
            position = end + 1
        else:
            end = position
            while end < length and text[end] not in ",\n":
                end += 1
            fields.append((position, end))
            position = end
        if position < length and text[position] == ",":
            position += 1
            if position >= length or text[position] == "\n":
                fields.append((position, position))
            continue
        if position < length and text[position] == "\r":
            position += 1
        if position < length and text[position] == "\n":
            position += 1
        records.append(fields)
        fields = []
    if fields:
        records.append(fields)
    return records


_WIDE = 4


def _a_wide_table(text: str, records: list[list[tuple[int, int]]]) -> bool:
    """Whether the records are a table of records under a header row of other names than a
    field export's ("Decision","Title","Directed to","Text","Meeting",...), nearly all as wide
    as it: `csv_tables.wide_csv_export` reads it (E242)."""
    if not records or len(records[0]) < _WIDE:
        return False
    if all(text[s:e].strip().lower() in _HEADER_NAMES for s, e in records[0]):
        return False
    width = len(records[0])
    return sum(1 for r in records if len(r) == width) >= _SHARE_OF_RECORDS * len(records)


def csv_export(text: str) -> tuple[str, list[int]] | None:
    if text.count('\n"') + text.startswith('"') < _FEWEST_QUOTED_LINES:
        return None  # every record opens its line with a quotation mark: most texts are done here
    lines = text.split("\n")
    if not _is_csv_export(lines):
        return None
    pieces: list[str] = []
    offsets: list[int] = []

    def add(start: int, end: int) -> None:
        # The field's text with its doubled quotation marks made one, each character mapped.
        position = start
        while position < end:
            pieces.append(text[position])
            offsets.append(position)
            position += 2 if text.startswith('""', position) and position + 1 < end else 1

    def add_literal(literal: str, at: int) -> None:
        pieces.append(literal)
        offsets.extend([at] * len(literal))

    records = _records(text)
    if _a_wide_table(text, records):
        return None
    for record in records:
        values = [text[s:e] for s, e in record]
        if len(record) < 2 or all(v.strip().lower() in _HEADER_NAMES for v in values):
            if record:
                add_literal("\n", record[0][0])
            continue
        # The first field names the record (the same on every row of it): the row is what follows.
        label_span, value_span = record[-2], record[-1]
        label = text[label_span[0] : label_span[1]].strip()
        line_start = len(pieces)
        if _PARAGRAPH_LABEL.match(label):
            add(*label_span)
            add_literal(" ", label_span[1])
            add(*value_span)
        elif _FIELD_NAME.match(label) and _NOTE_FIELD.search(label):
            # a field of prose ("source_note", "description"): a paragraph of the text, named
            # ("Source note: Report of ..."), not a record's row nor the document's own title
            name = label.replace("_", " ")
            name = name[:1].upper() + name[1:]
            pieces.append(name)
            offsets.extend(range(label_span[0], label_span[0] + len(name)))
            add_literal(": ", label_span[1])
            add(*value_span)
        elif _FIELD_NAME.match(label) and len(record) >= 2:
            name = label.replace("_", " ")
            name = name[:1].upper() + name[1:]
            pieces.append(name)
            offsets.extend(range(label_span[0], label_span[0] + len(name)))
            add_literal("\t", label_span[1])
            add(*value_span)
        else:
            add(*value_span)
        # A line break inside a field is the field's own: one paragraph, one line.
        for i in range(line_start, len(pieces)):
            if pieces[i] == "\n":
                pieces[i] = " "
        add_literal("\n\n", value_span[1])
    offsets.append(len(text))
    return "".join(pieces), offsets


# --------------------------------------------------------------------------- lone tabbed headings

# The number may carry its session in brackets after a space: "362 (XXXVI).<tab>Title", the
# regional commissions' resolutions, "Conclusion 121 (LXXVIII)<tab>Title".
_TABBED_HEADING = re.compile(
    r"^(?P<number>[A-Za-z]{0,12}[./\-]?[\w./()\-]*\d[\w./()\-]*(?: \([\w./\-]{1,12}\)\.?)?)\t+(?=[A-Z“\"])[^\t]+$"
)


def _cells(line: str) -> int:
    return len(re.split(r"\t+", line.strip()))


def tabbed_heading_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    changes: list[tuple[int, int, str | None]] = []
    # a list's row whose title runs on below is a row among rows once joined (L5)
    # and so is one a few lines from another row of a list (blank lines and wrapped titles between)
    wrapped = {index for index, _ in wrapped_list_rows(lines)} if any(_TABBED_HEADING.match(line) for line in lines) else set()
    tabbed_rows = [*wrapped, *(index for index, line in enumerate(lines) if "\t" in line and _list_row(line))] if wrapped else []
    for index, line in enumerate(lines):
        m = _TABBED_HEADING.match(line)
        if m is None or index in wrapped or SYMBOL_IN_MARGIN_TAB.match(line.rstrip("\r")):
            # (a body's own symbol over its title's column: two items, as `clean` reads it (L5))
            continue
        if any(0 < abs(other - index) <= _ROWS_APART for other in tabbed_rows) and _list_row(line):
            continue
        neighbours = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
        # a row of two cells among rows of two cells is a table's; a contents table's rows end
        # in a page number (three cells), and the first heading may follow them directly
        if any(_cells(n) == 2 for n in neighbours if "\t" in n.strip()):
            continue
        tab_start = starts[index] + m.end("number")
        tab_end = starts[index] + len(line) - len(line[m.end("number") :].lstrip("\t"))
        changes.append((tab_start, tab_end, " "))
    return changes


# --------------------------------------------------------------------------- underlines, page marks

# "ANNOTATED PROVISIONAL AGENDA" / "====": a heading underlined in a plain-text export.
_UNDERLINE = re.compile(r"^[ \t]*(?:={3,}|-{3,})[ \t]*$")
# "- 2 -", "— 2 —": a page number between dashes, alone on its line.
_DASHED_PAGE_NUMBER = re.compile(r"^[ \t\f]*[-–—][ \t]*\d{1,4}[ \t]*[-–—][ \t]*$")
_TOP_LINES = 6
_SYMBOL_ALONE = re.compile(r"^[A-Z][A-Za-z]{0,9}(?:[/.\-][A-Za-z0-9.\-]+){2,}$")


# `_DASHED_PAGE_NUMBER` over a whole text, each line's start and end an anchor: none of its
# classes holds a line break, so it finds a line exactly where the pattern matches that line.
_DASHED_PAGE_NUMBER_LINE = re.compile(_DASHED_PAGE_NUMBER.pattern, re.MULTILINE)
# Its end without its "^": a search that opens with the dash, a character the engine skips to
# (a "^" is tried at every position); only a text where it is found is searched line by line.
_DASHED_NUMBER_AT_LINE_END = re.compile(r"[-–—][ \t]*\d{1,4}[ \t]*[-–—][ \t]*$", re.MULTILINE)


def may_hold_page_marks(text: str) -> bool:
    """Whether `page_mark_changes` can change anything in ``text``: an underline holds "===" or
    "---"; a symbol repeated as a page's header counts only after a page break ("\f") or a
    dashed page number. Most texts hold none, and their lines are not read one by one."""
    return "===" in text or "---" in text or "\f" in text or (
        _DASHED_NUMBER_AT_LINE_END.search(text) is not None and _DASHED_PAGE_NUMBER_LINE.search(text) is not None
    )


_UNDERLINE_OR_PAGE_BREAK = re.compile(r"===|---|\f")


def _lines_that_may_hold_page_marks(lines: list[str], starts: Sequence[int]) -> Iterable[int]:
    """Every line of a text with a dashed page number (each line then tells whether the next is
    read as after a page break); else only the lines an underline or a page break is on, found by
    one search of the whole text: the others change nothing."""
    text = "\n".join(lines)
    if _DASHED_NUMBER_AT_LINE_END.search(text) is not None and _DASHED_PAGE_NUMBER_LINE.search(text) is not None:
        return range(len(lines))
    return sorted({bisect_right(starts, m.start()) - 1 for m in _UNDERLINE_OR_PAGE_BREAK.finditer(text)})


def page_mark_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """Underlines under headings, page numbers between dashes, and the document's own symbol
    repeated alone as a page's header (after a page break or a page number) become blank: a
    heading then stands alone and a paragraph runs on across the page break."""
    changes: list[tuple[int, int, str | None]] = []
    top = {line.strip() for line in lines[:_TOP_LINES] for line in [line] if line.strip()}
    # the symbol printed at the right of a masthead line ("UNITED NATIONS      ESCAP/84/1/Add.1")
    top |= {line.split()[-1] for line in lines[:_TOP_LINES] if line.strip()}
    own_symbols = {t for t in top if _SYMBOL_ALONE.match(t)}
    after_break = False
    for index in _lines_that_may_hold_page_marks(lines, starts):
        line = lines[index]
        stripped = line.strip(" \t\f")
        if _UNDERLINE.match(line) and index > 0 and lines[index - 1].strip():
            above = len(lines[index - 1].strip())
            if abs(len(stripped) - above) <= max(4, above // 5):
                changes.append((starts[index], starts[index] + len(line), ""))
            continue
        # Only the mark goes: a form feed on its line still breaks the page for the passes after.
        mark_start = starts[index] + line.index(stripped[:1]) if stripped else 0
        if _DASHED_PAGE_NUMBER.match(line):
            changes.append((mark_start, mark_start + len(stripped), ""))
            after_break = True
            continue
        if stripped and stripped in own_symbols and (after_break or "\f" in line):
            changes.append((mark_start, mark_start + len(stripped), ""))
            after_break = False
            continue
        if stripped:
            after_break = False
    return changes


# A page's number run onto the last line of its page: "… from 1 January 2038; 3" over the next
# page's running head ("E/2037/41" alone), where a tool re-flowed a copy whose page number stood
# alone at the page's foot (pdftotext -raw, a web page made of the PDF's text). The number follows
# a clause's end (never "para. 3", "No. 3"), and the symbol under it recurs alone as the running
# head of other pages (lynx's "[13]" link marker before it); the number goes, the clause ends the
# paragraph again (L16: u290's "Decides to establish a Committee …; 3" gave no `establishes`).
_RUN_ON_PAGE_NUMBER = re.compile(
    r"(?<=[.;:])(?<![Pp]ara\.)(?<![Pp]aras\.)(?<!\bNo\.)(?<!\bNos\.)(?<!\bp\.)(?<!\bpp\.)(?<!\b[Aa]rt\.)"
    r"(?P<gap>[ \t]+)(?P<number>\d{1,3})[ \t]*\r?$",
    re.MULTILINE,
)
_LINKED = re.compile(r"^\[\d{1,4}\]")  # lynx's link marker before a link's text
_MARKDOWN_LINK = re.compile(r"^\[(?P<text>[^\[\]]+)\]\([^()\s]*\)$")  # html2text's "[E/2037/41](https://…)"


def _symbol_alone(line: str) -> str | None:
    stripped = _LINKED.sub("", line.strip(" \t\f\r"))
    if (link := _MARKDOWN_LINK.match(stripped)) is not None:
        stripped = link["text"]
    return stripped if _SYMBOL_ALONE.match(stripped) else None


# An instrument's heading run onto the page's running foot or head before it: "ABRIDGED FINAL REPORT
# OF THE … CONGRESS 112 Resolution 10 (Cg-21)", where a re-flowing tool joined the foot's line (in
# capitals, its page number last) and the heading under it into one paragraph, perhaps hyphenating
# the heading's word at the new line end ("… 112 Resolut-" / "ion 10 (Cg-21)"), or the heading on the
# next line where the text's lines are wrapped and the long foot reads as a wrapped line (html2text).
# The heading gets its own paragraph again, its word mended (L16: u295's Resolution 10 lost its title and clauses so).
_FOOT_THEN_WORD = re.compile(
    # (lynx wraps the long foot itself: "… CONGRESS" / "   112 Resolution 10 (Cg-21)")
    r"^(?P<foot>[ \t]*[A-Z][A-Z'\u2019-]+(?:[ \t]+[A-Z][A-Z'\u2019-]*){2,}(?:[ \t]+|[ \t]*\r?\n[ \t]*)\d{1,4})"
    r"(?P<gap>[ \t]+|[ \t]*\r?\n[ \t]*)(?P<word>[A-Z][a-z]+)(?:-\r?\n[ \t]*(?P<rest>[a-z]+))?(?=[ \t]+\d)",
    re.MULTILINE,
)
_HEADING_WORDS = frozenset({"Resolution", "Decision", "Recommendation"})


def may_hold_heading_run_onto_a_foot(text: str) -> bool:
    return _FOOT_THEN_WORD.search(text) is not None


def heading_run_onto_a_foot_changes(text: str) -> list[tuple[int, int, str | None]]:
    """A break before an instrument's heading run onto the running foot above it."""
    changes: list[tuple[int, int, str | None]] = []
    for run_on in _FOOT_THEN_WORD.finditer(text):
        word = run_on["word"] + (run_on["rest"] or "")
        if word in _HEADING_WORDS:
            changes.append((run_on.start("gap"), run_on.end(), "\n\n" + word))  # (a blank line: no wrap joins them again)
    return changes


# What every match of `_RUN_ON_PAGE_NUMBER` holds with the character before it: a pattern that opens
# with a stop, which the regex engine skips ahead to (the look-behinds first were tried at each position)
_STOP_THEN_NUMBER_AT_LINE_END = re.compile(r"[.;:][ \t]+\d{1,3}[ \t]*\r?$", re.MULTILINE)


def may_hold_run_on_page_numbers(text: str) -> bool:
    return _STOP_THEN_NUMBER_AT_LINE_END.search(text) is not None and _RUN_ON_PAGE_NUMBER.search(text) is not None


def run_on_page_number_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """A page number run onto the end of the page's last line, above the next page's running head,
    goes."""
    changes: list[tuple[int, int, str | None]] = []
    heads: dict[str, int] = {}
    for line in lines:
        if (symbol := _symbol_alone(line)) is not None:
            heads[symbol] = heads.get(symbol, 0) + 1
    if not any(count >= 2 for count in heads.values()):
        return changes
    for index, line in enumerate(lines):
        run_on = _RUN_ON_PAGE_NUMBER.search(line)
        if run_on is None or int(run_on["number"]) < 2:
            continue  # (the first page has no running head above its foot's number)
        below = next((i for i in range(index + 1, min(len(lines), index + 3)) if lines[i].strip(" \t\f\r")), None)
        symbol = None if below is None else _symbol_alone(lines[below])
        if symbol is not None and heads[symbol] >= 2:
            changes.append((starts[index] + run_on.start("gap"), starts[index] + run_on.end("number"), ""))
    return changes


# --------------------------------------------------------------------------- carriage control

# A line printer's listing with ASA carriage control: the first column of every line is no text
# but the spacing before it (" " single, "0" double, "-" triple, "1" a new page, "+" overprint
# on the line above, which a printer uses to underline).
_CARRIAGE_CONTROLS = frozenset(" 01-+")
_SPACING = {"0": "\n", "-": "\n\n", "1": "\f", " ": ""}
_FEWEST_CONTROLLED_LINES = 3


def carriage_control_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """The first column goes from every line, and becomes the blank lines or the page break it
    asks for; an overprinted line goes whole. Told by the whole text: every line that holds
    anything opens with a control character, a new page opens the listing, and several lines
    open with a control other than a space followed by text ("0 DECISIONS", not "0.5")."""
    filled = [line for line in lines if line.strip()]
    if not filled or not filled[0].startswith("1") or any(line[0] not in _CARRIAGE_CONTROLS for line in filled):
        return []
    controlled = sum(1 for line in filled if line[0] in "0-" and line[1:2] in (" ", ""))
    if controlled < _FEWEST_CONTROLLED_LINES or any(line[0] in "01" and line[1:2].isdigit() for line in filled[1:]):
        return []
    changes: list[tuple[int, int, str | None]] = []
    for index, line in enumerate(lines):
        if not line:
            continue
        if line[0] == "+":
            changes.append((starts[index], starts[index] + len(line), ""))
            continue
        changes.append((starts[index], starts[index] + 1, _SPACING[line[0]]))
    return changes


# --------------------------------------------------------------------------- tables ruled with dashes

# "-------------  --------------------------  ------": the rule under a table's header, one run of
# dashes a column, as pandoc's plain-text writer and text browsers (lynx -dump) set a table.
_DASHED_RULE = re.compile(r"^[ \t]*-{3,}(?:[ ]+-{3,})+[ \t]*$")
_DASH_RUN = re.compile(r"-{3,}")


def _column_starts(rule: str) -> list[int]:
    return [m.start() for m in _DASH_RUN.finditer(rule)]


def _fits_columns(line: str, starts: list[int]) -> bool:
    """Does every column of ``line`` begin where the rule's runs do (text right at each start
    after the first, a space before it, nothing in the gap before the first)?"""
    if not line.strip() or "\t" in line or "|" in line or line[: starts[0]].strip():
        return False
    for start in starts[1:]:
        if start >= len(line):
            break  # the last columns may be empty
        if line[start - 1] != " ":
            return False
    return True


def dashed_rule_table_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """A table ruled with dashes under its header becomes a pipe table: the header, the rule and
    each row down to the first blank line, split where the rule's runs of dashes begin. A table
    whose header or rows do not keep to those columns (a row run over a column) is left alone."""
    changes: list[tuple[int, int, str | None]] = []
    for index, rule in enumerate(lines):
        if "---" not in rule or not _DASHED_RULE.match(rule) or index == 0 or is_multiline_header_rule(lines, index):
            continue  # a multiline table's rows span blank lines: `multiline_tables` reads it
        columns = _column_starts(rule)
        header = lines[index - 1]
        rows = []
        for below in range(index + 1, len(lines)):
            if not lines[below].strip():
                break
            rows.append(below)
        if not rows or not _fits_columns(header, columns) or not all(_fits_columns(lines[i], columns) for i in rows):
            continue
        if any(header[c : c + 1] in ("", " ") for c in columns[:1]):
            continue  # the header names its first column
        for i in (index - 1, *rows):
            line, at = lines[i], starts[i]
            changes.append((at + columns[0], at + columns[0], "| "))
            for start in columns[1:]:
                if start >= len(line.rstrip()):
                    break
                gap = len(line[:start]) - len(line[:start].rstrip())
                changes.append((at + start - gap, at + start, " | "))
            end = len(line.rstrip())
            changes.append((at + end, at + len(line), " |"))
        changes.append((starts[index] + columns[0], starts[index] + len(rule), "|" + "|".join("---" for _ in columns) + "|"))
    return changes


# --------------------------------------------------------------------------- tables laid with tabs

# A header cell: a column's name, a few words without figures ("Date", "Agenda item", "Report
# symbol", "Venue"); a row's cells are anything, or empty where a day or meeting runs on.
_HEADER_CELL = re.compile(r"[A-Z][A-Za-z.()/]*(?:[ -][A-Za-z.()/]+){0,3}")


def _tab_cells(line: str) -> list[str]:
    return line.rstrip(" \r").split("\t")


def tab_table_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """A table copied as text with a tab between its cells (an HTML or Word table pasted as
    plain text) becomes a pipe table: a header row of three or more column names, then every
    line down to the first blank one with as many tabs as the header. Empty cells keep their
    place ("⇥⇥⇥2⇥Report ...": the day and meeting run on from the row above), so a column
    keeps its name. A block whose lines do not all keep the header's count is left alone, as
    are rows of two cells (a label and its value, a number and its title). Word's plain text
    has no blank lines: there the table ends at its next paragraph (a label and its text, or a
    sentence without a tab), and a header under a labelled paragraph ("4.<tab>The Committee
    adopted ...") is still the table's first row."""
    changes: list[tuple[int, int, str | None]] = []
    index = 0
    while index < len(lines):
        header = _tab_cells(lines[index])
        above = lines[index - 1] if index else ""
        # a tab after the last column's name (Word ends a row so) leaves an empty cell: no name
        names = header[: max(i + 1 for i, cell in enumerate(header) if cell.strip())] if any(c.strip() for c in header) else []
        if (
            len(names) < 3 or "|" in lines[index] or above.strip() and "\t" in untabbed(above)
            or not all(_HEADER_CELL.fullmatch(cell.strip()) and len(cell) <= 30 for cell in names)
        ):
            index += 1
            continue
        rows: list[int] = []
        gaps: list[int] = []  # blank lines between rows
        below = index + 1
        while below < len(lines):
            if not lines[below].strip():
                # a converter that sets every paragraph apart (RTF's \par, LaTeX's \\ at a
                # line's end) sets a table's rows apart too: the rows go on over one blank line
                # to a line of the header's cells
                if below + 1 < len(lines) and _is_row_of(lines[below + 1], header):
                    gaps.append(below)
                    below += 1
                    continue
                break
            if rows and (_paragraph_after_table(lines[below]) or lines[below].startswith("\f")):
                # Word writes no blank line after a table: its next paragraph ends it, and so does
                # a page break (LibreOffice's text export prints a form feed, E286)
                break
            if len(_tab_cells(lines[below])) != len(header) or "|" in lines[below]:
                rows = []
                break
            rows.append(below)
            below += 1
        gaps = [gap for gap in gaps if rows and gap < rows[-1]]
        if not rows:
            index += 1
            continue
        for i in (index, *rows):
            line, at = lines[i], starts[i]
            changes.append((at, at, "| "))
            for tab in (m.start() for m in re.finditer("\t", line)):
                changes.append((at + tab, at + tab + 1, " | "))
            end = len(line.rstrip(" \r"))
            changes.append((at + end, at + len(line), " |"))
            if i == index:
                changes.append((at + len(line), at + len(line), "\n|" + "|".join("---" for _ in header) + "|"))
        for gap in gaps:
            changes.append((starts[gap], starts[gap] + len(lines[gap]) + 1, ""))
        index = below
    return changes


# the paragraph after a table in Word's plain text, which has no blank line between them: a
# labelled paragraph ("5.<tab>In decision 42/1, ...") or a line of prose without a tab that ends
# a sentence ("In decision 42/1, ... of the Committee.")
_LABELLED_PARAGRAPH = re.compile(r"^[ \t]*(?:\d{1,3}\.|\([a-z0-9]{1,4}\)|[a-z]\)|[IVX]{1,5}\.|[A-H]\.)\t+[^\t]+$")
_SENTENCES_WITHOUT_TAB = re.compile(r"^[^\t]{60,}[.;:]\s*$")
# ... or a short numbered paragraph whose label a space follows ("2. The Commission may wish to
# take note of the reports.", E271): a sentence, no row
_SHORT_NUMBERED_SENTENCE = re.compile(r"^[ ]{0,4}\d{1,3}\.[ ]+[A-Z][^\t]*[.;:]\s*$")


def _is_row_of(line: str, header: list[str]) -> bool:
    return "\t" in line and len(_tab_cells(line)) == len(header) and "|" not in line and not _paragraph_after_table(line)


def _paragraph_after_table(line: str) -> bool:
    return bool(_LABELLED_PARAGRAPH.match(line) or _SENTENCES_WITHOUT_TAB.match(line) or _SHORT_NUMBERED_SENTENCE.match(line))


# A table saved from Word by docx2txt or antiword loses its grid: each cell is a paragraph of its
# own, a blank line between ("Symbol" / "" / "Title" / "" / "CFS 2031/55/1" / "" / "Agenda").
# A column's name, of the words tables use, tells the header; the cells below it, taken by the
# header's count, are its rows.
_COLUMN_WORD = re.compile(
    r"^(?:Symbol|Title|Subject|Decision|Resolution|Document|Documents|Date(?:\s+of\s+adoption)?|Adoption\s+date|Adopted(?:\s+on)?"
    r"|Vote|Agenda\s+item|Item|No\.?|Number|Session|Meeting|Dates|Venue|Place|Report|Outcome|Status)$",
    re.IGNORECASE,
)
_LONGEST_CELL = 200
# A header needs a column's name alone on a line under a blank one, opening with its capital
# (`_HEADER_CELL`), the rest in any case: searched once in the whole text (with "\n\n" before
# it, for its first line), from the line breaks the engine skips to.
_COLUMN_NAME_LINE = re.compile(
    r"\n[^\S\n]*\n[^\S\n]*(?:"
    + "|".join(f"{word[0]}(?i:{word[1:]})" for word in _COLUMN_WORD.pattern[4:-2].split("|"))
    + r")[^\S\n]*(?:\n|\Z)"
)


def may_hold_cell_per_paragraph_table(text: str) -> bool:
    """Whether `cell_per_paragraph_table_changes` can change anything in ``text``: cells set apart
    by blank lines, and a column's name among them. Most texts hold none, and their lines are not
    read one by one."""
    return "\n\n" in text and _COLUMN_NAME_LINE.search("\n\n" + text) is not None


def cell_per_paragraph_table_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """A table flattened one cell a paragraph becomes a pipe table, its rows joined: a header of
    two to six column names (each short, in capitals first, at least one a word tables use for
    a column), then as many whole rows as the cells below it make. A cell is one short line
    without a full stop at its end, between blank lines; the first cell of the first row is no
    column name (so a list of headings, "Contents" over its entries, is no table). Cells left
    over after the last whole row ("OTHER MATTERS", the next heading) stay as they were."""
    cells = [i for i, line in enumerate(lines) if line.strip()]
    changes: list[tuple[int, int, str | None]] = []

    def cell_like(i: int) -> bool:
        line = lines[i].strip()
        return (
            len(line) <= _LONGEST_CELL and not line.endswith((".", ":", ";", ",")) and "|" not in line and "\t" not in line
            and (i == 0 or not lines[i - 1].strip()) and (i + 1 >= len(lines) or not lines[i + 1].strip())
        )

    at = 0
    while at < len(cells):
        header: list[int] = []
        while at + len(header) < len(cells) and len(header) < 7:
            i = cells[at + len(header)]
            name = lines[i].strip()
            if not (cell_like(i) and len(name) <= 30 and _HEADER_CELL.fullmatch(name)) or " " in name and name.isupper():
                break  # "ADOPTION OF DECISIONS": a heading in capitals above the table, no column
            header.append(i)
        width = len(header)
        if width > 6:
            # seven short capitalised lines or more, each set apart: a page's menu as antiword or
            # a browser's "save as text" sets it ("Home" / "About" / "Sessions" / "Documents" /
            # "Resolutions and decisions"), no table's header; none begins inside the run, or its
            # last two items would head a table of the breadcrumb, dateline and title below
            while at + width < len(cells) and cell_like(cells[at + width]) and _HEADER_CELL.fullmatch(lines[cells[at + width]].strip()):
                width += 1
            at += width
            continue
        if width < 2 or not any(_COLUMN_WORD.match(lines[i].strip()) for i in header) or any(
            lines[i].strip().lower() in ("page", "pages", "paragraph", "paragraphs") for i in header
        ):
            # (a table of contents, "Number / Title / Page", is left as its lines: its headings
            # are read as the contents they are)
            at += max(1, width)
            continue
        body: list[int] = []
        while at + width + len(body) < len(cells) and cell_like(cells[at + width + len(body)]):
            body.append(cells[at + width + len(body)])
        rows = len(body) // width
        if rows == 0:
            at += width
            continue
        previous_end: int | None = None
        for row in [header, *(body[r * width : (r + 1) * width] for r in range(rows))]:
            if previous_end is not None:
                changes.append((previous_end, starts[row[0]], "\n"))  # the rows on lines that follow
            changes.append((starts[row[0]], starts[row[0]], "| "))
            for left, right in zip(row, row[1:]):
                changes.append((starts[left] + len(lines[left].rstrip()), starts[right], " | "))
            end = starts[row[-1]] + len(lines[row[-1]].rstrip())
            changes.append((end, end, " |"))
            if row is header:
                changes.append((end, end, "\n|" + "|".join("---" for _ in header) + "|"))
            previous_end = end
        at += width + rows * width
    return changes


# --------------------------------------------------------------------------- all passes


# --------------------------------------------------------------------------- a list's titles wrapped

# "56/227<tab>Third United Nations Conference on the Least Developed" / "Countries" / "69/137<tab>…":
# a list of mandates whose title cell a tool wrapped onto a line of its own at the margin (Word's
# text, pdftotext -raw, lynx; a blank line between in some), where pdftotext -layout kept it under
# the title's column. The number, a tab or spaces, a title with no stop at its end.
_LIST_ROW = re.compile(rf"^[ ]{{0,4}}(?:{INSTRUMENT_NUMBER})(?:\t+| +)[A-Z“\"][^\t]*$")
# the wrapped rest: at the margin, no tab, no stop at its end, a few words
_WRAPPED_REST = re.compile(r"^[ ]{0,4}\S[^\t]{0,70}$")
_LIST_STOPS = ".;:,"
_ROWS_APART = 4  # a row, a blank line, its title's rest, a blank line, the next row


def _list_row(line: str) -> bool:
    text = line.rstrip("\r ")
    return bool(text) and text[-1] not in _LIST_STOPS and _LIST_ROW.match(text) is not None


def _kind_heading(line: str) -> bool:
    """"General Assembly resolutions", "Human Rights Council decisions": a list's heading."""
    text = line.strip()
    return 0 < len(text) <= 80 and text[-1] not in _LIST_STOPS and issuer_heading_names(text) is not None


def wrapped_list_title_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """A list row's title wrapped onto the next line at the margin runs on (L5): the line break
    (and blank lines) between the row and the rest of its title become a space."""
    changes: list[tuple[int, int, str | None]] = []
    for index, rest in wrapped_list_rows(lines):
        end_of_row = starts[index] + len(lines[index].rstrip("\r "))
        start_of_rest = starts[rest] + len(lines[rest]) - len(lines[rest].lstrip(" "))
        changes.append((end_of_row, start_of_rest, " "))
    return changes


def wrapped_list_rows(lines: list[str]) -> list[tuple[int, int]]:
    """Each list row whose title runs on below, with the line of its rest: the line after a row
    (a blank line between allowed) that is no row itself, ends without a stop, and is followed by
    another row or the next list's heading ("Economic and Social Council resolutions")."""
    rows: list[tuple[int, int]] = []
    count = len(lines)

    def next_filled(index: int) -> int | None:
        while index < count and not lines[index].strip():
            index += 1
        return index if index < count else None

    for index, line in enumerate(lines):
        if not (line[:1].isdigit() or line[:1] == " ") or not _list_row(line):
            continue
        rest = next_filled(index + 1)
        if rest is None or rest - index > 2 or _list_row(lines[rest]) or _kind_heading(lines[rest]):
            continue
        text = lines[rest].rstrip("\r ")
        if text[-1:] in _LIST_STOPS or _WRAPPED_REST.match(text) is None:
            continue
        after = next_filled(rest + 1)
        if after is None or after - rest > 2 or not (_list_row(lines[after]) or _kind_heading(lines[after])):
            continue
        if after - rest != rest - index:
            # a tool that sets blank lines between a list's lines sets them on both sides of a
            # wrapped rest; a blank line above a line and none below is a heading over the next
            # rows ("70/1 <tab>Transforming our world …" / (blank) / "Background documents" / "45 (XII) …")
            continue
        rows.append((index, rest))
    return rows


# --------------------------------------------------------------------------- a minutes' decision run in

# A body's minutes print each decision under "Decision" alone and close it with its source note
# alone, set at the right ("(GB.373/INS/5, paragraph 22)", `rules/instrument_headings.SOURCE_NOTE`).
# A tool that re-flows a page (Word's text of a PDF, lynx, pdftotext -raw) runs such a short line
# into the paragraph it stands beside: "… as amended. (GB.373/INS/1, paragraph 3)", "… welcomed
# the plan of action. Decision". The note after a sentence's stop at a line's end, the word
# alone after a stop at a line's end, each with the other within reach, go back to a line of their own.
# the note's parts: "(GB.373/INS/1," and "paragraph 3)", and the gap after a sentence's stop before it
_NOTE_SYMBOL = r"\((?:[A-Z][^(),\s]{0,40}/[^(),\s]*\d[^(),\s]*),"
_NOTE_PARAGRAPHS = r"(?:paragraphs?|paras?\.?)\s+\d[^()]{0,120}\)\.?$"
_AFTER_A_STOP = r"(?<=[.;:)”\"])(?P<gap>[ \u00a0]+)"
_RUN_IN_NOTE = re.compile(_AFTER_A_STOP + _NOTE_SYMBOL + r"\s+" + _NOTE_PARAGRAPHS)
_NOTE_ALONE = re.compile("^" + _NOTE_SYMBOL + r"\s+" + _NOTE_PARAGRAPHS)
# the note wrapped after its symbol (antiword): "… of the report. (GB.373/INS/6," / "paragraph 520)"
_RUN_IN_NOTE_OPENS = re.compile(_AFTER_A_STOP + _NOTE_SYMBOL + "$")
_NOTE_REST = re.compile(r"^\s*" + _NOTE_PARAGRAPHS)
_RUN_IN_DECISION = re.compile(r"(?<=[a-z)][.;])(?P<gap>[ \u00a0]+)Decision$")
_DECISION_ALONE = re.compile(r"^(?:\*\*|__)?Decision(?:\*\*|__)?$")  # bold in Markdown (html2text)
# lines between "Decision" and its note: a formula and lettered clauses, each wrapped
_NOTE_REACH = 40


def may_hold_run_in_decisions(text: str) -> bool:
    return "Decision" in text and "para" in text


def run_in_decision_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """The note and the "Decision" line a tool ran into the paragraph beside them set on a line
    of their own again (a line break for the spaces before them; a blank line where the text
    sets its paragraphs apart by one)."""
    texts = [line.rstrip("\r ") for line in lines]
    stripped = [text.strip() for text in texts]

    def heads(index: int) -> bool:
        return bool(_DECISION_ALONE.match(stripped[index]) or _RUN_IN_DECISION.search(texts[index]))

    def run_in(index: int) -> re.Match[str] | None:
        note = _RUN_IN_NOTE.search(texts[index])
        if note is None and index + 1 < len(texts) and _NOTE_REST.match(texts[index + 1]):
            note = _RUN_IN_NOTE_OPENS.search(texts[index])
        return note

    def closes(index: int) -> bool:
        return bool(_NOTE_ALONE.match(stripped[index]) or run_in(index))

    changes: list[tuple[int, int, str | None]] = []
    for index, text in enumerate(texts):
        end = "\r\n" if lines[index].endswith("\r") else "\n"
        if index + 1 < len(lines) and not lines[index + 1].strip():
            end += end  # paragraphs set apart by a blank line: the piece one of them
        note = run_in(index)
        if note is not None and note.start() > 0 and any(heads(above) for above in range(max(0, index - _NOTE_REACH), index + 1)):
            changes.append((starts[index] + note.start("gap"), starts[index] + note.end("gap"), end))
            if text.endswith(","):
                # its rest below joins it: the note whole on its line
                rest = lines[index + 1]
                changes.append((starts[index] + len(text), starts[index + 1] + len(rest) - len(rest.lstrip()), " "))
        word = _RUN_IN_DECISION.search(text)
        if word is not None:
            reach = range(index + 1, min(len(texts), index + 1 + _NOTE_REACH))
            below = next((at for at in reach if heads(at) or closes(at)), None)
            if below is not None and closes(below) and not heads(below):
                changes.append((starts[index] + word.start("gap"), starts[index] + word.end("gap"), end))
    return changes


def _line_starts(lines: list[str]) -> list[int]:
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    return starts


# --------------------------------------------------------------------------- a grid's rules without its bars

# "+------------+------------+": a grid table's rule. pdftotext -raw of a page printed from pandoc's
# grid table keeps the rules but runs each row's cells into one line without their bars, so a rule
# is joined to the line above or below it as a paragraph's words (L19).
_GRID_RULE_LINE = re.compile(r"^[ \t]*\+(?:[-=:]{3,}\+)+[ \t]*(?P<rest>.*)$")


def _may_hold_bare_grid_rule(text: str) -> bool:
    return "-+" in text


def _bare_grid_rule_changes(lines: list[str], starts: list[int]) -> list[tuple[int, int, str]]:
    """Each grid rule with no cell's bar on the lines beside it ("| … |"): a blank line, and a
    word run onto the rule (pdftotext's "+----+----+ {width=…}") a line of its own."""
    changes: list[tuple[int, int, str]] = []
    for index, line in enumerate(lines):
        rule = _GRID_RULE_LINE.match(line)
        if rule is None:
            continue
        beside = [lines[at].strip() for at in (index - 1, index + 1) if 0 <= at < len(lines)]
        if any(b.startswith("|") or b.endswith("|") for b in beside):
            continue  # a grid table drawn whole: `grid_tables` reads it
        rest = rule.start("rest")
        changes.append((starts[index], starts[index] + rest, "\n" if rule["rest"] else ""))
    return changes


# --------------------------------------------------------------------------- a record's label over its value

# "Adopted:" / "9 April 2035 (6th plenary meeting)": pdftotext -raw sets a page's record table one
# cell a line, the label over its value; among the record's other fields the two are one field (L19).
_BARE_LABEL = re.compile(r"^[ \t]*[A-Z][a-z]+(?: [a-z]+){0,2}:[ \t]*$")
_LABELLED_LINE = re.compile(r"^[ \t]*[A-Z][a-z]+(?: [a-z]+){0,2}:[ \t]+\S")


def _may_hold_bare_label(text: str) -> bool:
    return ":\n" in text


def _bare_label_changes(lines: list[str], starts: list[int]) -> list[tuple[int, int, str]]:
    """A field's label alone on its line over its value, among the record's other fields (a
    labelled line or another bare label within two lines): label and value one line."""
    changes: list[tuple[int, int, str]] = []
    for index, line in enumerate(lines[:-1]):
        if _BARE_LABEL.match(line) is None:
            continue
        value = lines[index + 1]
        if not value.strip() or value.rstrip().endswith(":") or _LABELLED_LINE.match(value):
            continue
        words = len(value.split())
        if words > 12 or words > 6 and value.rstrip().endswith("."):
            continue  # a sentence below a page's "Share:", not a field's value
        near = [at for at in range(index - 2, index + 4) if 0 <= at < len(lines) and at not in (index, index + 1)]
        if not any(_LABELLED_LINE.match(lines[at]) or _BARE_LABEL.match(lines[at]) for at in near):
            continue
        end = starts[index] + len(line)
        changes.append((starts[index] + len(line.rstrip()), end + 1 + len(value) - len(value.lstrip()), " "))
    return changes


# Layouts undone before any other pass reads the lines: a tracked print's balloons at the right
# of its lines (which a pass would read as a column or a cell), a screen reader's announcements
# (which hide a record's rows from the field tables' reader) (E230), a table drawn with
# box-drawing lines (w3m's), made the antiword table `bar_table_export` reads (E251)
_FIRST_PASSES = (
    (may_hold_balloons, balloon_changes),
    (may_hold_screen_reader_log, screen_reader_changes),
    (may_hold_box_table, reflowed_box_table_changes),  # a box table re-flowed into one line first (L18)
    (may_hold_box_table, box_table_changes),
    (_may_hold_bare_grid_rule, _bare_grid_rule_changes),
    (_may_hold_bare_label, _bare_label_changes),
)


def normalise_layout(text: str) -> tuple[str, list[int] | None]:
    """``text`` with the layouts above undone, and the map of each of its characters (and its
    end) to the offset in ``text`` it came from; None when nothing changed."""
    offsets: list[int] | None = None
    for may_hold, changes_of in _FIRST_PASSES:
        if may_hold(text):
            lines = text.split("\n")
            if first := changes_of(lines, _line_starts(lines)):
                text, first_offsets = apply_changes(text, first)
                offsets = first_offsets if offsets is None else list(map(offsets.__getitem__, first_offsets))
    exported = csv_export(text)
    if exported is None and ("," in text[:300] or "\t" in text[:300] or ";" in text[:300]):
        # a table of records under a header row (a spreadsheet's CSV or TSV)
        exported = wide_csv_export(text)
    if exported is not None:
        text, exported_offsets = exported
        offsets = exported_offsets if offsets is None else list(map(offsets.__getitem__, exported_offsets))
    elif (gridded := grid_table_export(text)) is not None:
        # a grid table's wrapped cells, each read whole
        text, gridded_offsets = gridded
        offsets = gridded_offsets if offsets is None else list(map(offsets.__getitem__, gridded_offsets))
    if (multiline := multiline_table_export(text)) is not None:
        # pandoc's multiline tables, before their closing rule is taken for an underline
        text, multiline_offsets = multiline
        offsets = multiline_offsets if offsets is None else list(map(offsets.__getitem__, multiline_offsets))
    if (ruled := wrapped_ruled_table_export(text)) is not None:
        # a checklist of documents in ruled columns, its titles wrapped, its rows under section
        # headings (E121), before its rule is taken for a pandoc table ending at a blank line
        text, ruled_offsets = ruled
        offsets = ruled_offsets if offsets is None else list(map(offsets.__getitem__, ruled_offsets))
    if (barred := bar_table_export(text)) is not None:
        # antiword's tables: each row one line of tab-separated cells, as Word writes it
        text, bar_offsets = barred
        offsets = bar_offsets if offsets is None else list(map(offsets.__getitem__, bar_offsets))
    lines = text.split("\n")
    starts = _line_starts(lines)
    tabbed = "\t" in text  # the meeting lines and the lone headings below are tabbed lines
    changes = [
        *converter_header_changes(lines, starts),
        *(quote_marker_changes(lines, starts) if ">" in text else ()),  # a quoted line opens with ">"
        *(folded_header_changes(lines, starts) if "ubject:" in text else ()),  # a mail's folded headers (E95)
        *carriage_control_changes(lines, starts),
        *(margin_number_changes(lines, starts) if may_hold_margin_numbers(text) else ()),
        *link_marker_changes(text, lines, starts),
        *(bulleted_number_changes(text) if may_hold_bulleted_numbers(text) else ()),
        *(abbreviated_month_changes(text) if may_hold_abbreviated_months(text) else ()),
        *endnote_marker_changes(text, lines, starts),
        *comment_changes(text, lines, starts),
        *(heading_attribute_changes(lines, starts) if "{" in text else ()),
        *wiki_changes(text, lines, starts),
        *asciidoc_changes(text, lines, starts),
        *(org_changes(text, lines, starts) if "\n*" in text else ()),  # an Org file's headings open lines
        *(slide_deck_changes(lines, starts) if "lide" in text or "LIDE" in text else ()),  # "Slide 3", "SLIDE 3"
        *(outline_deck_changes(lines, starts) if "\n\t" in text else ()),  # a deck saved as an outline (E100)
        *(meeting_date_changes(lines, starts) if tabbed else ()),
        *(tabbed_heading_changes(lines, starts) if tabbed else ()),
        *(page_mark_changes(lines, starts) if may_hold_page_marks(text) else ()),
        *(run_on_page_number_changes(lines, starts) if may_hold_run_on_page_numbers(text) else ()),
        *(heading_run_onto_a_foot_changes(text) if may_hold_heading_run_onto_a_foot(text) else ()),
        *(dashed_rule_table_changes(lines, starts) if "---  " in text or "--- -" in text else ()),
        *(wrapped_list_title_changes(lines, starts) if "/" in text or " (" in text else ()),  # "56/227", "318 (XXIX)"
        *(run_in_decision_changes(lines, starts) if may_hold_run_in_decisions(text) else ()),
        # an ITU-style clause's keyword and items a re-flowing tool ran onto the line above (L11)
        *(run_in_clause_changes(lines, starts) if may_hold_run_in_clauses(text) else ()),
        # decision points a re-flowing tool ran onto the point above or their item's heading (L14)
        *(run_in_point_changes(lines, starts) if may_hold_run_in_points(text) else ()),
        # a resolution's formula a re-flowing tool ran onto its first recital (L15)
        *(run_in_formula_changes(lines, starts) if may_hold_run_in_formula(text) else ()),
        *(run_in_heading_changes(lines, starts) if may_hold_run_in_formula(text) or "). " in text else ()),
        # a first operative paragraph a re-flowing tool ran onto the last recital (L16)
        *(run_in_operative_changes(lines, starts) if may_hold_run_in_operative(text) else ()),
        # a masthead table's cell whose lines a web page joined ("COUNCIL Eighty-sixth session Geneva, …", L11)
        *(run_in_masthead_changes(lines, starts) if may_hold_run_in_masthead(text) else ()),
        *(tab_table_changes(lines, starts) if tabbed else ()),
        *(cell_per_paragraph_table_changes(lines, starts) if may_hold_cell_per_paragraph_table(text) else ()),
        # a page's table of fields ("Date of adoption | 6 June 2035") as Word's text writes it (L10)
        *(field_table_changes(lines, starts) if may_hold_field_table(text) else ()),
    ]
    # a table of one cell a line, its row's key recurring at a fixed period (E85)
    cell_lines = line_cell_table_changes(lines, starts) if may_hold_line_cell_table(text) else []
    changes += cell_lines
    if may_hold_spaced_row_table(text):
        # a table whose cells one space sets apart (pdftotext -raw's rows, lynx), told by its header (E91)
        changes += spaced_row_table_changes(lines, starts, [(b, max(e, b + 1)) for b, e, _ in cell_lines])
    if not changes:
        return _aligned_tables_read(text, offsets)
    fixed, fixed_offsets = apply_changes(text, changes)
    if offsets is not None:
        fixed_offsets = list(map(offsets.__getitem__, fixed_offsets))
    return _aligned_tables_read(fixed, fixed_offsets)


def _aligned_tables_read(text: str, offsets: list[int] | None) -> tuple[str, list[int] | None]:
    """pdftotext -layout's tables, columns aligned by spaces: each row one line of tab cells."""
    aligned = aligned_table_export(text)
    if aligned is None:
        return text, offsets
    fixed, fixed_offsets = aligned
    return fixed, fixed_offsets if offsets is None else list(map(offsets.__getitem__, fixed_offsets))
