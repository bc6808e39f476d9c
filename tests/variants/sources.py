"""Which unseen texts are a source or a data file rather than a document's text.

The layout variants (office.py, web_pdf.py) lay a document's text out again as Word, a PDF or a
web page shows it: its paragraphs rewrapped, its tables set in columns. Of an XML or HTML source,
a JSON or YAML record, a CSV export, RTF or LaTeX source, a WebVTT caption file, a wiki's,
reStructuredText's or AsciiDoc's markup, a unified diff, a telex or a mainframe's print file,
that gives text no converter writes: Word does not reflow the tags of an XML file into
paragraphs, and a PDF of a JSON record is no PDF of the document the record describes. What a
converter makes of such a file is the rendered document (a page, a PDF), which is not in the
text. `source_format` names the format of such a text; the layout runner leaves it out, with
that name, instead of scoring a text no one would meet (E91: 27 of the 114 unseen documents lost
up to 59 facts each to the generator, not to extraction).

Markdown is rendered first (markdown.py) and laid out; an e-mail, a slide deck's text, a Word
document with line numbers or in two columns are documents a user prints or saves, and are kept.
"""

from __future__ import annotations

import re

# (name, what the text's opening lines show), tried on the first 600 characters
_OPENINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("XML or HTML source", re.compile(r"\A\s*<(?:\?xml|!DOCTYPE|html|[a-zA-Z][\w:-]*\s+xmlns)", re.IGNORECASE)),
    ("RTF source", re.compile(r"\A\s*\{\\rtf")),
    ("LaTeX source", re.compile(r"^\\documentclass", re.MULTILINE)),
    ("JSON record", re.compile(r"\A\s*[\[{]\s*\n\s*[\"{\[]")),
    ("YAML record", re.compile(r"\A(?:#[^\n]*\n)*---\n[\w-]+:", re.MULTILINE)),
    ("CSV export", re.compile(r"\A(?:\"[^\"\n]*\",){2,}\"[^\"\n]*\"\n")),
    ("WebVTT captions", re.compile(r"\AWEBVTT\b")),
    ("unified diff", re.compile(r"\A(?:diff [^\n]*\n)?--- [^\n]*\n\+\+\+ [^\n]*\n@@")),
    ("reStructuredText source", re.compile(r"\A\.\. [\w:-]+")),
    ("AsciiDoc source", re.compile(r"\A= [^\n]+\n:[\w-]+:")),
    ("wiki markup", re.compile(r"\A\{\{[A-Z][\w ]*\n")),
    ("telex", re.compile(r"\AZCZC ")),
    ("line printer file", re.compile(r"\A1\S*\s[^\n]*\bPAGE\s+1\s*\n")),
)


# a line of two columns of prose side by side: text, a gap of four spaces or more, text
_TWO_COLUMNS = re.compile(r"^\s*\S.{15,}?\S {4,}\S.{15,}")


def _in_two_columns(text: str) -> bool:
    """A page printed in two columns of prose (pdftotext -layout of a two-column resolution): its
    lines hold two sentences' pieces side by side. Laid out again line by line, the columns are
    interleaved as no converter interleaves them; a converter reads the columns one after the
    other, which is extraction's work (`loaders/extract/columns.py`), not a layout's."""
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) >= 20 and sum(1 for line in lines if _TWO_COLUMNS.match(line)) * 10 >= len(lines) * 4


def source_format(text: str) -> str | None:
    """The name of the source or data format ``text`` is written in, None for a document's text."""
    head = text[:600]
    name = next((name for name, opening in _OPENINGS if opening.search(head)), None)
    if name is None and _in_two_columns(text):
        return "two columns of prose"
    if name == "YAML record" and len(re.findall(r"^---[ \t]*$", text, re.MULTILINE)) >= 2:
        return None  # front matter closed over a Markdown page's body: a page, rendered (markdown.py)
    return name


_MARGIN_NUMBER = re.compile(r"^ {0,6}(\d{1,4})(?: {1,4}(?=\S)|[ \t]*$)")
_FEWEST_NUMBERED = 20


def margin_numbers_dropped(text: str) -> str:
    """``text`` without the line numbers a draft prints in its margin ("  12  Noting the ..."),
    when its lines are numbered one after the other. Those numbers belong to the lines as the
    draft breaks them: Word's text export drops them, and a layout that breaks the lines again
    cannot keep them (before, each number stood inside the rewrapped sentence: u31 lost 33 of
    38 facts to the generator)."""
    lines = text.split("\n")
    numbers = [(i, int(m.group(1))) for i, line in enumerate(lines) if (m := _MARGIN_NUMBER.match(line))]
    in_order = sum(1 for (_, a), (_, b) in zip(numbers, numbers[1:]) if b == a + 1)
    if len(numbers) < _FEWEST_NUMBERED or in_order * 10 < len(numbers) * 9:
        return text
    for k, (i, number) in enumerate(numbers):
        # a number in the run only ("4 October 2028" opening a line of the masthead is a date)
        if k and numbers[k - 1][1] == number - 1 or k + 1 < len(numbers) and numbers[k + 1][1] == number + 1:
            lines[i] = _MARGIN_NUMBER.sub("", lines[i], count=1)
    return "\n".join(lines)


_LYNX_REFERENCES = re.compile(r"\n(?:References|Visible links)\s*\n(?:\s*\n)?(?: *\d{1,4}\. \S+\n?)+\s*\Z")
_LYNX_LINK = re.compile(r"\[\d{1,4}\](?=\S)")
_LYNX_BULLET = re.compile(r"(?m)^( {2,})\* (?=\S)")


def lynx_links_dropped(text: str) -> str:
    """A lynx dump as the page it was dumped from shows: without lynx's link numbers ("[12]A/86/9")
    and the list of the links' targets under "References" at its end, its bullets "•". Those are lynx's own; a
    PDF, Word or another tool's copy of the page has none (before, a PDF variant of u56 kept them,
    and "[10]E/C.19/2031/1" was no symbol there). The lynx variant numbers the links again."""
    references = _LYNX_REFERENCES.search(text)
    if references is None or not _LYNX_LINK.search(text):
        return text
    # lynx draws a list's bullet as "*": the page's bullet is a "•"
    return _LYNX_BULLET.sub(r"\1• ", _LYNX_LINK.sub("", text[: references.start()])) + "\n"
