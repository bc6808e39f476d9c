"""An HTML page saved as it came from the server ("view source", ``curl``, a CMS export), read as
the page a browser shows, whatever its line layout (minified on one line, or one tag a line).

Told by the text itself: it opens with a doctype or an ``<html>`` tag, or it opens with a tag
and closes at least three paragraph-like elements. Then:

- what a browser does not show goes whole: comments (over several lines too), ``<script>``,
  ``<style>``, ``<template>``, ``<noscript>`` and ``<svg>`` with their content, text struck out as
  deleted (``<del>``: an edit's removed words, no text of the page's), the ``<head>``
  (but for its ``<title>``, the page's name) and the page's chrome (``<nav>``, ``<footer>``,
  ``<aside>``);
- a block element (``<p>``, ``<div>``, ``<h1>``, ``<li>``, ``<tr>`` ...) is a paragraph of its own,
  ``<br>`` a line break, an item of a numbered list (``<ol>``, ``type="a"``, ``start="4"``)
  reads with its number as the browser prints it ("4.", "(a)"), the cells of a table row are
  set apart by tabs (a table row, as the cleaning reads one), other tags go;
- character entities become their characters (a no-break space a space), the source's
  indentation and the line ends between tags go.

Every character kept maps to the character of the file it came from, so evidence (line
numbers, quotes) points into the source as saved.
"""

from __future__ import annotations

import html
import re

Changes = list[tuple[int, int, str | None]]

_TOKEN = re.compile(
    r"(?P<comment><!--.*?(?:-->|\Z))"
    r"|(?P<hidden><(?P<raw>script|style|template|noscript|svg|del)\b[^>]*>.*?(?:</(?P=raw)\s*>|\Z))"
    r"|(?P<declaration><!\[CDATA\[|\]\]>|<![^>]*>|<\?[^>]*>)"
    r"|(?P<tag><(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9:-]*)(?P<attributes>(?:\s+[^\s=>/]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*/?>)"
    r"|(?P<entity>&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)",
    re.S | re.I,
)
_OPENING = re.compile(r"\A\ufeff?\s*(?:<!DOCTYPE\s+html|<html\b)", re.I)
# a fragment of a page (a CMS's body): it opens with an element of HTML's own (an XML export,
# "<akomaNtoso>", "<document>", is the markup pass's: its number elements join their text)
_STARTS_WITH_TAG = re.compile(
    r"\A\ufeff?\s*<(?:!--|(?:body|head|meta|link|title|div|p|h[1-6]|section|article|main|header|nav|table|ul|ol|span|center|font)\b)",
    re.I,
)
_BLOCK_CLOSE = re.compile(r"</(?:p|div|h[1-6]|li|tr|section|article|blockquote)\s*>", re.I)
_FEWEST_BLOCKS = 3
_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 ul ol dl dt dd table thead tbody tfoot caption blockquote section article "
    "main header body html title pre figure figcaption address center form fieldset hr details summary".split()
)
_CHROME = frozenset({"nav", "footer", "aside", "head"})
_ATTRIBUTE = re.compile(r"""(?P<name>[^\s=>/]+)\s*=\s*(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)'|(?P<bare>[^\s>]+))""")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx")
_INDENT = re.compile(r"^[ \t]+", re.M)
_LINE_END_IN_TEXT = re.compile(r"[ \t]*(?:\r?\n[ \t]*)+")  # at a line's start (or the piece's, after a line end)
# '<span class="label">Venue:</span> Palais des Nations, Geneva<br>', "<strong>Dates</strong>: 12-15
# April": a field's label in an inline element, its colon inside or right after it, at a line's
# start (after a block's tag or a "<br>"), its value to the line's end
_LABEL = re.compile(
    r"(?P<before>(?:<(?:br|p|div|li|dd|td|section|article|header)\b[^>]*>|^)[ \t]*\n?[ \t]*)"
    r"<(?P<name>span|strong|b|em|i|label|dfn)\b[^>]*>[ \t]*(?P<label>[A-Z][A-Za-z .'/()-]{0,40}?)"
    r"(?P<colon>[ \t]*:[ \t]*</(?P=name)>|[ \t]*</(?P=name)>[ \t]*:)[ \t]*(?=[^\s<]|<(?:time|a|abbr|span)\b)",
    re.M,
)
# '<time datetime="2032-04-12">Monday</time>': the machine date of a time element whose shown
# text gives no figure (a weekday, "tomorrow"), said after it as a page would print it
_TIME_ELEMENT = re.compile(
    r"<time\b[^>]*?\bdatetime\s*=\s*[\"']?(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})[^>]*>(?P<shown>[^<\d]{0,40})</time\s*>", re.I
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
# "entitled ", "titled ": what a title in italics follows
_TITLE_LEAD = re.compile(r"\b(?:entitled|titled)\s+$")
# a field's value is a name, a place, days: not sentences
_LONGEST_FIELD_VALUE = 120
_SECOND_SENTENCE = re.compile(r"[.;:]\s+[A-Z]|\b(?:is|are|was|were|has|have|had|shall|will|decided|decides|requests|requested)\b")
# where the field's line ends: a line break or the end of its block
_LINE_END = re.compile(r"<br\s*/?>|</(?:p|div|li|dd|td|section|article|header)\s*>|<(?:p|div|ul|ol|table|h[1-6])\b", re.I)


def is_html_page(text: str) -> bool:
    if _OPENING.match(text):
        return True
    if not _STARTS_WITH_TAG.match(text):
        return False
    return len(_BLOCK_CLOSE.findall(text, 0, 200_000)) >= _FEWEST_BLOCKS


def _attributes(raw: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for m in _ATTRIBUTE.finditer(raw):
        value = m.group("double") if m.group("double") is not None else m.group("single") if m.group("single") is not None else m.group("bare")
        found[m.group("name").lower()] = value or ""
    return found


def _label(style: str, number: int) -> str:
    """The number a browser prints for item ``number`` of a list of ``type`` ``style``."""
    if style == "a" and number <= 26:
        return f"({chr(ord('a') + number - 1)}) "
    if style == "A" and number <= 26:
        return f"{chr(ord('A') + number - 1)}. "
    if style in ("i", "I") and number <= len(_ROMAN):
        roman = _ROMAN[number - 1]
        return f"({roman}) " if style == "i" else f"{roman.upper()}. "
    return f"{number}. "


class _Page:
    """The changes made while the page's tokens are read, in order."""

    def __init__(self, text: str, flowing: bool = False) -> None:
        self.text = text
        self.flowing = flowing  # the text's line ends are spaces (a fragment, not a page's source)
        self.changes: Changes = []
        # the line breaks ("<br>") around a field's line: a record row is a paragraph of its own
        self.row_breaks: set[int] = set()
        self.quoting = ""  # the italic element a title stands in
        self.lists: list[list[str | int] | None] = []  # each open list: [type, last number], None unnumbered
        self.hidden_from: int | None = None  # where the chrome element being dropped began
        self.hidden_name = ""
        self.hidden_depth = 0
        self.in_title = False
        self.cells = 0  # the cells read so far in the current table row
        self.in_cell = False  # inside a table cell (its paragraphs are the cell's lines)

    def text_between(self, start: int, end: int, before: re.Match[str] | None, after: re.Match[str] | None) -> None:
        if start >= end or self.hidden_from is not None:
            return
        piece = self.text[start:end]
        if not piece.strip():
            # the source's layout between two tags: next to a block's tag the tags say where
            # lines break; between two inline elements a line end is a space, as a browser shows it
            if _breaks(before) or _breaks(after):
                self.changes.append((start, end, ""))
            elif "\n" in piece:
                self.changes.append((start, end, " "))
            return
        if self.flowing:
            # a line end inside the text is a space, as a browser shows it; at the edge of a
            # block it goes
            for m in _LINE_END_IN_TEXT.finditer(piece):
                edge = m.start() == 0 and _breaks(before) or m.end() == len(piece) and _breaks(after)
                self.changes.append((start + m.start(), start + m.end(), "" if edge else " "))
            return
        for m in _INDENT.finditer(piece):
            if m.start() > 0 or start == 0 or self.text[start - 1] == "\n":
                self.changes.append((start + m.start(), start + m.end(), ""))

    def tag(self, m: re.Match[str]) -> None:
        name = m.group("name").lower()
        closing = bool(m.group("close"))
        start, end = m.span()
        if self.hidden_from is not None:
            if name == "title" and self.hidden_name == "head":
                # the page's name, in its head: the one part of it a reader sees
                self.in_title = not closing
                if not closing:
                    self.changes.append((self.hidden_from, end, "\n\n"))
                else:
                    self.hidden_from = start
                return
            if name == self.hidden_name:
                self.hidden_depth += -1 if closing else 1
                if self.hidden_depth == 0:
                    self.changes.append((self.hidden_from, end, "\n\n"))
                    self.hidden_from = None
            return
        if name in _CHROME and not closing:
            self.hidden_from, self.hidden_name, self.hidden_depth = start, name, 1
            return
        new = ""
        if name in ("ol", "ul"):
            if closing:
                if self.lists:
                    self.lists.pop()
            else:
                attributes = _attributes(m.group("attributes"))
                first = attributes.get("start", "1")
                self.lists.append([attributes.get("type", "1"), int(first) - 1 if first.isdigit() else 0] if name == "ol" else None)
            new = "\n\n"
        elif name == "li":
            new = "\n\n"
            numbered = self.lists[-1] if self.lists else None
            if not closing and numbered is not None:
                value = _attributes(m.group("attributes")).get("value", "")
                numbered[1] = int(value) if value.isdigit() else int(numbered[1]) + 1
                new = "\n\n" + _label(str(numbered[0]), int(numbered[1]))
        elif name == "br":
            new = "\n\n" if start in self.row_breaks else "\n"
        elif name in ("em", "i", "cite"):
            # "entitled <em>Work of the Board</em>": a title set in italics, as quotation marks
            # set it in running text
            if not closing and _TITLE_LEAD.search(self.text, max(0, start - 12), start):
                self.quoting = name
                new = "\u201c"
            elif closing and self.quoting == name:
                self.quoting = ""
                new = "\u201d"
        elif name == "tr":
            self.cells = 0
            self.in_cell = False
            new = "\n\n"
        elif name in ("td", "th"):
            self.in_cell = not closing
            if not closing:
                new = "\t" if self.cells else ""
                self.cells += 1
        elif name in _BLOCKS and self.in_cell and name not in ("table", "tr"):
            new = " " if closing else ""  # a paragraph inside a cell: the row stays one row
        elif name in _BLOCKS:
            self.in_cell = False
            new = "\n\n"
        self.changes.append((start, end, new))

    def hide(self, start: int, end: int) -> None:
        if self.hidden_from is None:
            self.changes.append((start, end, ""))

    def entity(self, m: re.Match[str]) -> None:
        if self.hidden_from is not None and not self.in_title:
            return
        meant = html.unescape(m.group(0))
        if meant != m.group(0):
            self.changes.append((m.start(), m.end(), meant.replace("\u00a0", " ")))

    def finish(self) -> None:
        if self.hidden_from is not None:
            self.changes.append((self.hidden_from, len(self.text), ""))


def _breaks(token: re.Match[str] | None) -> bool:
    """Whether a browser breaks the line at ``token`` (a block's or a table cell's tag, a
    comment or hidden element, the text's edge)."""
    if token is None or token.group("tag") is None:
        return token is None or token.group("entity") is None
    return token.group("name").lower() in _BLOCKS | _CHROME | {"li", "br", "tr", "td", "th"}


def _label_rows(text: str, page: _Page) -> None:
    """'<span class="label">Venue:</span> Palais des Nations, Geneva<br>': a field's line, read as
    a record row ("Venue<tab>Palais des Nations, Geneva") set apart from the lines around it, as
    the rows of a record export are, so that the rules reading a meeting's "Dates" and "Venue"
    rows under its heading read it."""
    if "</" not in text:
        return
    for m in _LABEL.finditer(text):
        end = _LINE_END.search(text, m.end())
        value = re.sub(r"<[^>]*>", "", text[m.end() : end.start() if end is not None else len(text)]).strip()
        if len(value) > _LONGEST_FIELD_VALUE or len(m["label"].split()) > 4 or _SECOND_SENTENCE.search(value):
            continue  # "<strong>Note:</strong> The Committee decided ...": a paragraph's lead-in, no field
        # the label's colon and the tag after it become the tab between the field and its value
        # (from the colon: a closing tag before it goes as every tag does)
        page.changes.append((m.start("colon") + m["colon"].index(":"), m.end(), "\t"))
        before = m["before"].lstrip()
        if before[:3].lower() == "<br":
            page.row_breaks.add(m.start("before") + len(m["before"]) - len(before))
        if end is not None and end.group(0)[:3].lower() == "<br":
            page.row_breaks.add(end.start())


def _machine_dates(text: str, page: _Page) -> None:
    """'<time datetime="2032-04-12">Monday</time>': "Monday 12 April 2032" (a shown figure is the
    page's own way of giving the day, and stays alone: "<time datetime=...>12</time>–15 April")."""
    if "<time" not in text:
        return
    for m in _TIME_ELEMENT.finditer(text):
        month = int(m["month"])
        if not 1 <= month <= 12:
            continue
        day = f"{int(m['day'])} {_MONTHS[month - 1]} {m['year']}"
        close = m.start() + m.group(0).rindex("</")
        page.changes.append((close, close, (" " if m["shown"].strip() else "") + day))


def html_page_changes(text: str) -> Changes:
    """The changes that read an HTML page as the text a browser shows (see above)."""
    if "<" not in text[:1000] or not is_html_page(text):
        return []
    return html_fragment_changes(text)


def html_fragment_changes(text: str, flowing: bool = False) -> Changes:
    """The changes that read ``text``, HTML whatever its shape (a page, or a fragment another
    format carries: a feed item's description, `feeds.py`), as the text a browser shows.
    ``flowing``: a line end inside the text is a space, as a browser shows it (a page's source
    keeps its lines for the cleaning, which knows a page's wrapped lines from its list lines;
    a fragment's lines are wrapped by whoever wrote the feed, and "September" / "2030." must
    not be read as two lines)."""
    page = _Page(text, flowing)
    _label_rows(text, page)
    _machine_dates(text, page)
    last = 0
    before: re.Match[str] | None = None
    for m in _TOKEN.finditer(text):
        page.text_between(last, m.start(), before, m)
        last = m.end()
        before = m
        if m.group("tag") is not None:
            page.tag(m)
        elif m.group("entity") is not None:
            page.entity(m)
        else:
            page.hide(m.start(), m.end())
    page.text_between(last, len(text), before, None)
    page.finish()
    return page.changes
