"""Links between documents that only the whole collection reveals.

A note by the Secretariat often does not print its own symbol, while another document lists
it by symbol and title ("Note by the Secretariat transmitting the reports on the meetings of
the Working Group on Trafficking in Persons held in Vienna … (CTOC/COP/2022/5)"). When such a
listed title matches the title or a section heading of a loaded document without a symbol,
the two are one document: ``owl:sameAs``, kept in a derived named graph that is rebuilt after
every load, so the link appears whichever document is loaded first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# How listings introduce a document ("Note by the Secretariat transmitting the report …").
_LISTING_LEAD = re.compile(
    r"^(?:(?:note|report|letter|conference room paper) by (?:the )?[\w\s]+?"
    r"(?:transmitting|containing|on|concerning)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
_PARENTHESES = re.compile(r"\([^()]*\)")
_NON_WORD = re.compile(r"[^\w]+")
# Titles shorter than this many words match too easily to be trusted.
MIN_WORDS = 6


def normalize_title(title: str) -> str:
    """Lowercase words of a title, without its listing lead-in, symbols or punctuation."""
    text, previous = title, None
    while text != previous:  # nested parentheses: "([CTOC/COP/2022/5](#))"
        previous, text = text, _PARENTHESES.sub(" ", text)
    text = _LISTING_LEAD.sub("", text.strip())
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())


@dataclass(frozen=True)
class DocumentLink:
    unsymboled: str  # IRI of the loaded document that prints no symbol
    symboled: str  # IRI of the document another file lists by symbol
    title: str  # the listed title that matched


def match_documents(
    unsymboled: dict[str, list[str]], listed: dict[str, list[str]]
) -> list[DocumentLink]:
    """Pairs (document without symbol, listed document) whose titles match.

    ``unsymboled`` maps a document IRI to its title and headings; ``listed`` maps the IRI of
    a document known by symbol to the titles others list it under. A pair is made only when
    exactly one listed document matches, so an ambiguous title links nothing.
    """
    index: dict[str, set[str]] = {}
    shown: dict[tuple[str, str], str] = {}
    for iri, titles in listed.items():
        for title in titles:
            key = normalize_title(title)
            if len(key.split()) >= MIN_WORDS:
                index.setdefault(key, set()).add(iri)
                shown[(iri, key)] = title
    links = []
    for iri, texts in sorted(unsymboled.items()):
        candidates: dict[str, str] = {}
        for text in texts:
            key = normalize_title(text)
            for target in index.get(key, ()):
                candidates.setdefault(target, shown[(target, key)])
        if len(candidates) == 1:
            (target, title), = candidates.items()
            links.append(DocumentLink(iri, target, title))
    return links
