"""A bilingual title block: each line of a masthead printed in two languages, its halves set apart
by " / " ("30th Universal Postal Congress / 30e Congrès postal universel" over "Punta del Este, 8 to
26 August 2033 / Punta del Este, 8-26 août 2033"), as an agency prints its texts in two columns with
a title block across both (E228).

Read as is, the halves run into one heading ("… Congress / 30e Congrès postal universel Punta del
Este, …"), which names no gathering and gives no place or days. The second half of such a line is
blanked (spaces, so that every offset stays where it was): the first language is read as a masthead
in that language alone is. A line is so read only where its halves hold the same numbers in the same
order (a translation changes the words, never the numbers; a line without one, "Title / subject" of a
table's header, is no such line) and differ in their words: "2030 / 2031", "A/79/400", lines beyond the
title block are left as they are.
"""

from __future__ import annotations

import re

# the lines of a document's title block: the first few lines that hold text
_TITLE_LINES = 6
# "<first language> / <second language>", spaces around the slash (a symbol's slashes have none)
_HALVES = re.compile(r"^(?P<first>[ \t]*\S[^\n/]*?\S)(?P<second>[ \t]+/[ \t]+\S[^\n/]*?)[ \t]*$")
_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+")


def _translated(first: str, second: str) -> bool:
    numbers = _NUMBER.findall(first)
    if not numbers or numbers != _NUMBER.findall(second):
        return False  # (a line without a number, "Title / subject" of a table's header, is left as is)
    words, other = set(_WORD.findall(first.lower())), set(_WORD.findall(second.lower()))
    # (a translation keeps names, "Punta del Este", but not every word; a bare number has no words)
    return bool(words) and bool(other - words) and bool(words - other)


def blank_translated_halves(text: str) -> str:
    """``text`` with the second half of each bilingual line of its title block blanked."""
    if " / " not in text[:2000]:
        return text  # most documents have none: done cheaply
    out: list[str] = []
    seen = 0
    changed = False
    for line in text.splitlines(keepends=True):
        if seen >= _TITLE_LINES:
            out.append(line)
            continue
        if line.strip():
            seen += 1
        body = line.rstrip("\r\n")
        halves = _HALVES.match(body)
        if halves is not None and _translated(halves["first"], halves["second"].lstrip(" \t/")):
            out.append(halves["first"] + " " * (len(body) - len(halves["first"])) + line[len(body) :])
            changed = True
        else:
            out.append(line)
    return "".join(out) if changed else text
