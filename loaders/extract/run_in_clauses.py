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
"""
from __future__ import annotations

import re
from typing import Sequence

from mandate_graph.loaders.extract.layout import CLAUSE_ITEM, KEYWORD_ALONE, KEYWORD_LINE, unlabelled_clause_item

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
