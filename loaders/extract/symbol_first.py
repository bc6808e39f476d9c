"""A line that opens with a document's symbol and goes on with the document's title:
"E/CN.21/2032/5 Report of the Executive Secretary on ...", "• E/C.19/2031/1 - Provisional
agenda", "A/88/211 Measures to eliminate international terrorism: report of the Secretary-General".

Such a line is an entry of a list of documents, not a heading (`segment`), and, where several of
them stand one under the other, each begins an entry of its own (`listed_document_lines`), however
the text around them is laid out: a web page or a Yearbook chapter saved one paragraph a line sets
its "Related documents" list with no blank line between the entries, and pdftotext prints an
annex's list of documents the same way, the entries one under the other.
"""

from __future__ import annotations

import re

from mandate_graph.loaders.extract.symbols import SYMBOL, find_symbols

# an auxiliary or copula: a title names a thing and has none ("The report was submitted ..." is prose)
FINITE_VERB = re.compile(r"\b(?:will|was|were|is|are|can|could|may|has|had|have)\b")
# what a title may quote or set in brackets, its words no verbs of the line's own
QUOTED_OR_BRACKETED = re.compile(r"[“\"][^”\"]*[”\"]|\([^()]*\)")

_BULLET = re.compile(r"[•·*▪◦-]\s+")

# The title after the symbol, perhaps after a colon, a dash or a tab: a capitalised word, then at
# least two more ("Coastal data and statistics", "Peacebuilding Fund: report of …": a topic and a colon
# before the kind of paper, E290), or one of the words a document's title opens
# with ("Report", "Note"). What else follows a symbol on its line is a masthead's or a running
# header's ("A/80/123 General Assembly Distr.: General", "E/CN.21/2032/4 Page 3").
_TITLE_AFTER_SYMBOL = re.compile(
    r"(?:\s*[:–—-])?\s+(?!(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social|Distr|Page|Original|English|French|Spanish)\b)"
    r"(?:(?:Report|Note|Letter|Proposals?|Draft|Provisional|Annotated|Summary|Information|Progress)\b|[A-Z][a-z][\w’'-]*(?:(?:[ ,]+|:\s+)[\w’'-]+){2}"
    # ("UBRAF performance report 2038", "HIV and social protection: background note": an acronym
    # opening the title, words in lower case after it, E299)
    r"|[A-Z]{2,8}\s+[a-z][\w’'-]*(?:[ ,]+|:\s+)[\w’'-]+)"
)


def symbol_first(text: str) -> bool:
    """"E/CN.21/2032/5 Report of the Executive Secretary on ...": an agenda's documentation
    list with the symbol first and the document's title after it (not a heading)."""
    # "• E/C.19/2031/1 - Provisional agenda": a bulleted list's entry (a web page's list)
    bullet = _BULLET.match(text)
    first = SYMBOL.match(text, bullet.end() if bullet else 0) if len(text) < 300 else None
    if first is None:
        return False
    end = first.end()
    if text[end : end + 2] in (" r", " a", " c", " R", " A", " C"):
        # "CE/130/1 rev.1 – Provisional agenda": the revision the symbol reader takes with it
        found = find_symbols(text[: end + 12])
        end = found[0].end if found and found[0].start == first.start() else end
    return (
        _TITLE_AFTER_SYMBOL.match(text, end) is not None
        and not FINITE_VERB.search(QUOTED_OR_BRACKETED.sub(" ", text[end:]))
    )


# a line that may open with a symbol: a capital, perhaps after a bullet (tested before the regexes)
_OPENINGS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ•·*▪◦-")


def listed_document_lines(lines: list[str]) -> set[int]:
    """The lines that begin an entry of a list of documents: two or more lines one under the
    other, each opening with a symbol and a title ("A/88/37 Report of the Ad Hoc Committee ...",
    "A/88/211 Measures to eliminate ..."). A line between them that opens with no symbol (a title
    wrapped: "placed persons") goes on with the entry above; a lone line opening with a symbol
    may be a wrapped sentence's ("... the report" / "A/80/1 Report of ..." is rare but possible),
    and is left to the other rules."""
    entries = [
        index for index, line in enumerate(lines)
        if line.lstrip(" \f")[:1] in _OPENINGS and symbol_first(line.strip(" \f\t"))
    ]
    starts: set[int] = set()
    for previous, index in zip(entries, entries[1:]):
        # the next entry right below, or below the first's wrapped title (a line or two)
        if index - previous <= 3 and all(lines[between].strip() for between in range(previous + 1, index)):
            starts.update((previous, index))
    return starts
