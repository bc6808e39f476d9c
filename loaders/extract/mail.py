"""A document forwarded in an e-mail: mail headers ("From:", "Sent:", "Subject:"), perhaps a
cover note and the headers of the original message, then the document, pasted from its
masthead ("United Nations     A/HRC/62/41") on. The wrapper is no part of the document: its
dates, names and symbols would be read as the document's.
"""

from __future__ import annotations

import re
from typing import Sequence

_HEADER = re.compile(r"^(?:From|Sent|Date|To|Cc|Bcc|Subject|Attachments|Importance):\s", re.IGNORECASE)
# The first line of a UN masthead: "United Nations" and the symbol, side by side or alone.
_MASTHEAD_START = re.compile(r"^\s*(?:United Nations|UNITED NATIONS)(?:\s{2,}[A-Z]{1,6}(?:/[A-Za-z0-9.\-]+){2,})?\s*$")
# How far down the masthead may follow the wrapper (cover notes are short).
_WRAPPER_LINES = 120


def forwarded_document_start(lines: list[str]) -> int:
    """The index of the line where a forwarded document begins: 0 when the text does not open
    with mail headers, or when no masthead follows them."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not _HEADER.match(lines[first].strip()):
        return 0
    last_header = max(i for i, line in enumerate(lines[:_WRAPPER_LINES]) if _HEADER.match(line.strip()))
    for index in range(last_header + 1, min(len(lines), _WRAPPER_LINES)):
        if _MASTHEAD_START.match(lines[index]):
            return index
    return 0


# A quoted line of a mail: "> text", "> > text", ">> text", or ">" alone (a quoted blank line).
_QUOTE_MARKS = re.compile(r"^[ ]{0,3}(?:>[ ]?)+(?=\S|$)")
_QUOTE_LINE = re.compile(r"^[ ]{0,3}>")
# A quoted passage is a run of lines; a breadcrumb's lone ">" between menu items, or a speaker's
# ">>" on a caption line, is no run.
_SHORTEST_QUOTE_RUN = 3


def quote_marker_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """The quotation marks of a mail's quoted passages go, and a quoted blank line (">" alone)
    becomes a blank line: a text quoted into a mail (decisions transmitted, a reply's original)
    is read as the text it quotes, one paragraph a line as it was. Told by runs of at least
    three consecutive quoted lines."""
    if not any(line[:4].lstrip(" ")[:1] == ">" for line in lines):
        return []  # most texts are done here, without a pattern tried on each line
    changes: list[tuple[int, int, str | None]] = []
    run: list[int] = []
    for index in range(len(lines) + 1):
        if index < len(lines) and _QUOTE_LINE.match(lines[index]):
            run.append(index)
            continue
        if len(run) >= _SHORTEST_QUOTE_RUN:
            for quoted in run:
                mark = _QUOTE_MARKS.match(lines[quoted])
                end = mark.end() if mark is not None else len(lines[quoted])
                changes.append((starts[quoted], starts[quoted] + end, ""))
        run = []
    return changes


# A mail header's name: "Subject:", "Message-ID:", "In-Reply-To:", "Content-Type:".
_HEADER_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*:[ \t]")
# The headers one block of a mail or a digest's message opens with, one at least of which it holds.
_MAIL_HEADER = re.compile(r"^(?:From|Date|To|Cc|Subject|Message-ID|In-Reply-To|References|Sent|Reply-To):[ \t]", re.IGNORECASE)
_FOLDED = re.compile(r"^[ \t]+\S")


def folded_header_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """A long mail header folded onto the next line, the continuation opening with a tab or spaces
    ("Subject: Re: Outcome of the meeting: decisions 12/1 to" and "<TAB>12/6"), is one header
    again (RFC 5322 unfolding): the continuation alone would read as a line of its own (a bare
    number taken for a decision's heading). Only in a block of at least two headers, one of them
    a mail's own (From, Date, To, Subject...), each line a header or a continuation."""
    changes: list[tuple[int, int, str | None]] = []
    index = 0
    while index < len(lines):
        if not _HEADER_NAME.match(lines[index]):
            index += 1
            continue
        end = index
        headers = 0
        mail = False
        folds: list[int] = []
        while end < len(lines):
            line = lines[end]
            if _HEADER_NAME.match(line):
                headers += 1
                mail = mail or _MAIL_HEADER.match(line) is not None
            elif end > index and _FOLDED.match(line):
                folds.append(end)
            else:
                break
            end += 1
        if headers >= 2 and mail:
            for fold in folds:
                kept = len(lines[fold - 1].rstrip())
                indent = len(lines[fold]) - len(lines[fold].lstrip(" \t"))
                changes.append((starts[fold - 1] + kept, starts[fold] + indent, " "))
        index = max(end, index + 1)
    return changes
