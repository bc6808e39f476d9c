"""A document forwarded in an e-mail: mail headers ("From:", "Sent:", "Subject:"), perhaps a
cover note and the headers of the original message, then the document, pasted from its
masthead ("United Nations     A/HRC/62/41") on. The wrapper is no part of the document: its
dates, names and symbols would be read as the document's.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Sequence

from mandate_graph.loaders.extract.symbols import find_symbols

_HEADER = re.compile(r"^(?:From|Sent|Date|To|Cc|Bcc|Subject|Attachments|Importance):\s", re.IGNORECASE)
# The first line of a UN masthead: "United Nations" and the symbol, side by side or alone.
_MASTHEAD_START = re.compile(r"^\s*(?:United Nations|UNITED NATIONS)(?:\s{2,}[A-Z]{1,6}(?:/[A-Za-z0-9.\-]+){2,})?\s*$")
# A principal organ's name alone on its line, the first line of a masthead pasted without "United
# Nations" ("Security Council" / "S/2039/96" / "Distr.: General"): a masthead only when the
# document's symbol stands alone on the next line with text (a cover note may name the Council).
_ORGAN_LINE = re.compile(r"^\s*(?:Security Council|General Assembly|Economic and Social Council|Trusteeship Council)\s*$")
# How far down the masthead may follow the wrapper (cover notes are short).
_WRAPPER_LINES = 120


def forwarded_document_start(lines: list[str]) -> int:
    """The index of the line where a forwarded document begins: 0 when the text does not open
    with mail headers, or when no masthead follows them. A masthead's first line, or the
    document's symbol alone on its line with its title under it (an advance text pasted from
    its symbol: "S/2033/564" / "Letter dated 12 July 2033 from the Secretary-General ...")."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not _HEADER.match(lines[first].strip()):
        return 0
    last_header = max(i for i, line in enumerate(lines[:_WRAPPER_LINES]) if _HEADER.match(line.strip()))
    for index in range(last_header + 1, min(len(lines), _WRAPPER_LINES)):
        if _MASTHEAD_START.match(lines[index]) or _symbol_over_a_title(lines, index) or _organ_over_its_symbol(lines, index):
            return index
    return 0


# a document's title under its symbol: "Letter dated ...", "Note by the Secretary-General",
# "Report of ...", "Identical letters dated ...", "Note verbale dated ..."
_TITLE_UNDER_SYMBOL = re.compile(
    r"^\s*(?:(?:Identical\s+)?[Ll]etters?\s+dated|Note\s+(?:by|verbale)|Report\s+(?:of|on\s+(?:the|its))|Statement\s+by|Draft\s+(?:resolution|decision))\b"
)
# the marks of a text's status or distribution between its symbol and its title: "ADVANCE UNEDITED
# VERSION", "Advance unedited text", "Distr.: General", "Original: English", "Provisional"
_STATUS_MARK = re.compile(
    r"^\s*(?:(?:ADVANCE|Advance)\s+(?:UNEDITED|[Uu]nedited)(?:\s+(?:VERSION|TEXT|[Vv]ersion|[Tt]ext))?|UNEDITED|Unedited(?:\s+version)?|"
    r"Distr\.:?\s.*|Original:\s.*|PROVISIONAL|Provisional|Restricted|RESTRICTED)\s*$"
)
# a body's name over its report's title ("Commission on Crime Prevention and Criminal Justice" /
# "Report on the forty-fourth session ..."): a line in capitals' words, no sentence
_BODY_NAME_LINE = re.compile(r"^\s*[A-Z][A-Za-z'\-]*(?:[ ,]+(?:[A-Z][A-Za-z'\-]*|and|of|on|for|the|against|to|in))*\s*$")


def _organ_over_its_symbol(lines: list[str], index: int) -> bool:
    """Whether line ``index`` holds a principal organ's name alone and the next line with text a
    document symbol alone (`_ORGAN_LINE`)."""
    if not _ORGAN_LINE.match(lines[index]):
        return False
    below = next((other.strip() for other in lines[index + 1 : index + 3] if other.strip()), "")
    found = find_symbols(below) if "/" in below and " " not in below else []
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(below)


def _symbol_over_a_title(lines: list[str], index: int) -> bool:
    """Whether line ``index`` holds a document symbol alone and the next line with text opens a
    document's title."""
    line = lines[index].strip()
    if "/" not in line or " " in line:
        return False
    found = find_symbols(line)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(line):
        return False
    below = [other for other in lines[index + 1 : index + 8] if other.strip()]
    while below and _STATUS_MARK.match(below[0]):
        below.pop(0)  # an advance text's or a distribution's mark is no title
    if below and _TITLE_UNDER_SYMBOL.match(below[0]):
        return True
    # the issuing body's name over "Report on/of ..."
    return len(below) > 1 and _BODY_NAME_LINE.match(below[0]) is not None and below[1].lstrip().startswith("Report ")


# A cover note's sentence telling the forwarded report's own session and where it sat: "... the
# advance unedited text of chapter I of the report of the Commission on X on its forty-fourth
# session, held in Vienna from 21 to 25 May 2035." The report's masthead often gives its session's
# days alone (in its title), never its town: the note's sentence is the one that says it.
_OWN_SESSION_TOLD = re.compile(
    r"\breport\s+of\s+(?:the\s+)?[A-Z][^.;:()]{3,160}?\s+on\s+(?:the\s+work\s+of\s+)?its\s+[\w-]+\s+(?:session|meeting)"
    r"\s*,\s+(?:held|which\s+(?:was|is|will\s+be)\s+held|convened)\s+(?:in|at)\s+[A-Z]"
)

# A cover note's sentence telling when (and where) a body's numbered gathering sits: "The Fifth
# Committee will take up the reports at its 4th meeting, on 7 October 2037", "The IAAC will discuss
# the summary at its 117th session, in New York from 9 to 11 September 2037": the sender's news of
# a gathering, scheduled or held, as the document would tell it (E284). Not where a partner is named
# before "at its" ("will discuss the summary with the Board at its 117th session"): whose session
# that is, the note leaves open.
_GATHERING_DAY_TOLD = re.compile(
    r"(?:^|[.!?]\s+)\s*(?:[-•*–]\s+)?[A-Z][\w-]*\s+(?:(?!with\s)[\w'’-]+\s+){0,10}?at\s+its\s+\d{1,4}(?:st|nd|rd|th)\s+(?:session|meeting)\s*,\s+"
    r"(?:held\s+)?(?:on\s+(?:[A-Z][a-z]+,\s+)?\d{1,2}\s+[A-Z][a-z]+|in\s+[A-Z][\w ]{1,40}?\s+(?:on|from)\s+\d{1,2}\b|from\s+\d{1,2}\b)"
)

_BULLET = re.compile(r"^\s*[-•*–]\s+\S")


def cover_note_lines_read(lines: list[str], wrapper_end: int) -> set[int]:
    """The lines of a forwarded document's wrapper that are read as text all the same: the cover
    note's paragraph telling where the forwarded report's own session was held
    (`_OWN_SESSION_TOLD`), or when a body's numbered gathering sits (`_GATHERING_DAY_TOLD`). The rest of the wrapper (headers, greetings, other remarks, the
    original message's headers) stays furniture."""
    if wrapper_end == 0:
        return set()
    kept: set[int] = set()
    paragraph: list[int] = []
    for index in range(wrapper_end + 1):
        if index < wrapper_end and lines[index].strip() and not _HEADER.match(lines[index].strip()):
            paragraph.append(index)
            continue
        told = " ".join(lines[i].strip() for i in paragraph)
        if paragraph and _OWN_SESSION_TOLD.search(told):
            kept.update(paragraph)
        elif paragraph and _GATHERING_DAY_TOLD.search(told):
            # (a list of points, one a line: the points that tell the gathering, not their neighbours)
            bullets = all(_BULLET.match(lines[i]) for i in paragraph)
            kept.update(i for i in paragraph if not bullets or _GATHERING_DAY_TOLD.search(lines[i]))
        paragraph = []
    return kept


# A quoted line of a mail: "> text", "> > text", ">> text", or ">" alone (a quoted blank line).
# (justified text, pdftotext -layout's, may set a word two blanks after the mark: the blanks
# are the mark's, or the quoted line would be taken for a blank one)
_QUOTE_MARKS = re.compile(r"^[ ]{0,3}(?:>[ ]?)+[ \t]*(?=\S|\r?$)")
_QUOTE_LINE = re.compile(r"^[ ]{0,3}>")
# a quoted line that ends a clause of a list, or its lead-in
_CLAUSE_END = re.compile(r"[;:][ \t]*$")


@functools.lru_cache(maxsize=8)
def _quote_patterns(margin: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The quoted line's patterns in a text most lines of which stand ``margin`` blanks in
    (pdftotext -layout keeps the page's left margin): the marks may stand after the margin."""
    if not margin:
        return _QUOTE_MARKS, _QUOTE_LINE
    return re.compile(rf"^[ ]{{0,{margin + 3}}}(?:>[ ]?)+[ \t]*(?=\S|\r?$)"), re.compile(rf"^[ ]{{0,{margin + 3}}}>")


def _margin(lines: list[str]) -> int:
    """The blanks most non-blank lines open with (a page's footer may stand at the edge)."""
    indents = Counter(len(line) - len(line.lstrip(" ")) for line in lines if line.strip())
    return indents.most_common(1)[0][0] if indents else 0
# A quoted passage is a run of lines; a breadcrumb's lone ">" between menu items, or a speaker's
# ">>" on a caption line, is no run.
_SHORTEST_QUOTE_RUN = 3
# The initials an inline answer opens with, under the quoted question: "[HJP] Yes.", "[MK]: No."
_ANSWER_TAG = re.compile(r"^[ ]{0,3}(\[[A-Z]{2,4}\]:?[ \t]+)(?=\S)")


def quote_marker_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """The quotation marks of a mail's quoted passages go, and a quoted blank line (">" alone)
    becomes a blank line: a text quoted into a mail (decisions transmitted, a reply's original)
    is read as the text it quotes, one paragraph a line as it was. Told by runs of at least
    three consecutive quoted lines."""
    margin = _margin(lines)
    if not any(line[margin : margin + 4].lstrip(" ")[:1] == ">" for line in lines):
        return []  # most texts are done here, without a pattern tried on each line
    quote_marks, quote_line = _quote_patterns(margin)
    changes: list[tuple[int, int, str | None]] = []
    run: list[int] = []
    # In a mail (its headers above) that quotes a passage of three lines or more, a question
    # quoted alone between two inline answers ("> 2. Is it true that ...?") is quoted too
    run_in = _run_in_marks(lines, quote_line)
    shortest = 1 if run_in or (_quotes_a_passage(lines, quote_line) and any(_MAIL_HEADER.match(line) for line in lines)) else _SHORTEST_QUOTE_RUN
    for index, begin, end in run_in:
        changes.append((starts[index] + begin, starts[index] + end, _run_in_mark_as(lines, index, begin, end, quote_line)))
        if _RULE_BEFORE_MARK.search(lines[index][:begin]) and _wrapped_on(lines, index, quote_line):
            # ("> ----- > RC-17/8:" / "Listing of chemicals …": the heading the rule ran onto goes
            # on, wrapped, on the line below, which is no shorter line's start)
            changes.append((starts[index + 1] - 1, starts[index + 1], " "))
    for index in range(len(lines) + 1):
        if index < len(lines) and quote_line.match(lines[index]):
            run.append(index)
            continue
        if len(run) >= shortest:
            depth = 0  # of the quoted line above, 0 for a quoted blank line
            for quoted in run:
                mark = quote_marks.match(lines[quoted])
                end = mark.end() if mark is not None else len(lines[quoted])
                here = lines[quoted][:end].count(">") if end < len(lines[quoted].rstrip()) else 0
                # a quote inside the quote ("> > Decision B.38/11 - ...") under the quoting
                # message's line, or the message again under it: another paragraph, though no
                # quoted blank line sets it apart
                apart = depth != 0 and here != 0 and here != depth
                # a quoted text's clauses one a line, each opening lower-case after a line that
                # ends on ";" or ":" ("> recalls resolution 79/4 …;" / "> requests the Secretariat
                # …;"): items of a list, as "- " ones, not a paragraph wrapped (E304)
                apart = apart or (quoted != run[0] and _CLAUSE_END.search(lines[quoted - 1]) is not None and lines[quoted][end : end + 1].islower())
                changes.append((starts[quoted], starts[quoted] + end, "\n" if apart else ""))
                depth = here
            # an inline answer marked with its writer's initials ("[HJP] Yes. Decision B.38/03
            # recalls ..."): the mark is no word of the answer (it hides the sentence's subject)
            after = run[-1] + 1
            while after < len(lines) and not quote_line.match(lines[after]):
                tag = _ANSWER_TAG.match(lines[after])
                if tag is not None:
                    changes.append((starts[after] + tag.start(1), starts[after] + tag.end(), ""))
                after += 1
            # a reply written right under the line it answers (or right above the quote) is no
            # part of the quoted paragraph
            if run[0] > 0 and lines[run[0] - 1].strip():
                changes.append((starts[run[0]], starts[run[0]], "\n"))
            # (not the lines a re-flow wrapped a quoted paragraph onto: they go on with it)
            if run[-1] + 1 < len(lines) and lines[run[-1] + 1].strip() and not run_in:
                changes.append((starts[run[-1] + 1], starts[run[-1] + 1], "\n"))
        run = []
    return changes


# A quoted passage a tool re-flowed as prose (a mail client's or a converter's re-wrap, which
# takes the marks for words): the marks of the lines it joined stand inside the paragraph
# ("… reaffirms the Beijing > Declaration and …", "… 89/176 of > 16 December 2034", a line
# ending "… of the Commission, >"), and the lines it wrapped anew open without one. A passage
# quoted twice (a reply quoting a message that quotes a text) runs in its marks as ">>" or "> >"
# ("… of the International >> Maritime Organization …": L20).
_RUN_IN_MARK = re.compile(r"(?<=\S)[ ]{1,3}>(?:[ ]?>)*(?=[ ]+\S|[ \t\r]*$)")
# paragraphs that must hold such marks before any is taken for one (a lone "x > y" is a sign)
_FEWEST_RUN_IN_PARAGRAPHS = 2


def _run_in_marks(lines: list[str], quote_line: re.Pattern[str]) -> list[tuple[int, int, int]]:
    """(line, start, end) of each quotation mark a re-flow ran into a quoted paragraph's text: a
    paragraph opening on a quoted line, the lines below it not quoted (re-wrapped) up to a blank
    or quoted line; none unless two such paragraphs at least hold one."""
    found: list[tuple[int, int, int]] = []
    paragraphs = 0
    index = 0
    while index < len(lines):
        if not quote_line.match(lines[index]):
            index += 1
            continue
        end = index + 1
        while end < len(lines) and lines[end].strip() and not quote_line.match(lines[end]):
            end += 1
        marks = [(line, m.start(), m.end()) for line in range(index, end) for m in _RUN_IN_MARK.finditer(lines[line])]
        # (the quoted line's own leading mark is no run-in one: a non-blank character precedes a run-in mark)
        paragraphs += bool(marks)
        found += marks
        index = end
    return found if paragraphs >= _FEWEST_RUN_IN_PARAGRAPHS else []


# A rule of the quoted message ("> -----…" over "> RC-17/8: Title"), the heading a re-flow ran onto it
_RULE_BEFORE_MARK = re.compile(r"(?:^|>)[ ]*[-_=*—–]{5,}[ ]*$")  # (LaTeX's "---" read as dashes)


def _run_in_mark_as(lines: list[str], index: int, begin: int, end: int, quote_line: re.Pattern[str]) -> str:
    """What a run-in mark becomes: a line break where the re-flow ran a quoted line onto a rule
    ("> ------ > RC-17/8: Listing of …"), or ran a quoted blank line onto the end of a line whose
    next line is quoted again ("… to the Convention >" over "> The Conference of the Parties,":
    each paragraph a line, as Word's text re-flows a quoted mail, L17); else nothing (a word of
    the same paragraph follows)."""
    line = lines[index]
    if _RULE_BEFORE_MARK.search(line[:begin]):
        return "\n"
    if not line[end:].strip() and index + 1 < len(lines) and quote_line.match(lines[index + 1]):
        return "\n"
    return ""


def _wrapped_on(lines: list[str], index: int, quote_line: re.Pattern[str]) -> bool:
    """Is the line below ``index`` a re-flowed line of its paragraph (text, no quotation mark)?"""
    return index + 1 < len(lines) and bool(lines[index + 1].strip()) and not quote_line.match(lines[index + 1])


def _quotes_a_passage(lines: list[str], quote_line: re.Pattern[str] = _QUOTE_LINE) -> bool:
    """Whether ``lines`` hold a run of at least three quoted lines."""
    run = 0
    for line in lines:
        run = run + 1 if quote_line.match(line) else 0
        if run >= _SHORTEST_QUOTE_RUN:
            return True
    return False


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
