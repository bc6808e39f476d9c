"""A list of instruments under a heading that names their kind, one a line, each a bare number,
a dash and its title:

    Related decisions
    2027/17 – UNOPS strategic plan, 2026–2029: midterm review
    2024/7 – Joint approach to cost recovery: progress report

The heading gives the kind that the number alone does not ("2027/17" is a decision here); the
issuer is the body the heading names before the kind ("Human Rights Council resolutions", as a
programme budget's annex of legislative mandates lists them, the number and title in a table's two
cells), else the one a bare number has in the document (its author). A number in a body's own
convention ("43 C/Resolution 26 – Title") needs no heading (`instrument_headings.listed_title`).
"""

from __future__ import annotations

import re

from mandate_graph.graph.model import InstrumentKind
from mandate_graph.loaders.extract.references import InstrumentMention
from mandate_graph.loaders.extract.roman import ROMAN, roman_value

# "Related decisions", "Decisions adopted in 2027", "Resolutions referred to": the kind, plural
_KIND_HEADING = re.compile(r"\b(?P<kind>[Rr]esolutions|[Dd]ecisions|RESOLUTIONS|DECISIONS)\b")
# "2027/17 – Title", "48/141<tab>Title" (a table row's two cells joined by a space, or a line aligned
# by spaces), the Security Council's "1325 (2000)  Women and peace and security", the year in
# brackets standing for its session, and a regional commission's "318 (XXIX)<tab>Programme planning
# and review procedures", its session in Roman numerals (E158)
_BARE_ITEM = re.compile(
    r"^(?:(?P<session>\d{1,4})/(?P<number>\d{1,4})|(?P<council_number>\d{1,4})\s?\((?P<year>(?:19|20)\d\d)\)"
    rf"|(?P<roman_number>\d{{1,4}})\s?\((?P<roman_session>{ROMAN})\))"
    # (a colon or a full stop closing the number, as a list under an issuer's heading sets it off
    # too: "48/141: Title", "48/141. Title" — a gap's weight, the heading's issuer wanted, E248)
    # (a colon is as plain a gap as a dash under any heading of the kind: "Related decisions" /
    # "2027/17: Title", the issuer then the one a bare number has in the document, E258; a stop
    # still wants the issuer's heading)
    r"(?:(?P<dash>\s+(?:[–—]|--|-)|:(?=\s))|\.(?=\s))?\s+(?P<title>[A-Z“\"][^\n]{2,300}?)\s*$"
)


# "Resolution" alone over a contents table's one row: the kind, singular, as the whole heading (E218)
_KIND_ALONE = re.compile(r"^\s*(?P<kind>[Rr]esolution|[Dd]ecision|RESOLUTION|DECISION)s?\s*$")
# A title cell after the number, then perhaps a contents table's page cell ("Programme and budget
# for the biennium 2037–2038<tab>6": the cells joined by a space); a number a title ends on
# ("Goal 6", "Article 2", "Part 1") is no page
_ROW_TITLE = re.compile(
    r"(?:\s+(?:[–—]|--|-))?\s+(?P<title>[A-Z“\"][^\n|]{2,300}?)"
    r"(?<!\bGoal)(?<!\bArticle)(?<!\bPart)(?<!\bpart)(?<!\bitem)(?<!\bAnnex)(?<!\bannex)(?<!\bNo\.)(?<!\bPhase)"
    r"(?:\s*\|)?(?:\s+\d{1,3})?(?:\s*\|)?\s*$"
)


def heading_kind(heading: str | None) -> InstrumentKind | None:
    """The kind a list's heading names: "Decisions adopted by the Conference of the Parties",
    "Related resolutions", or the kind word alone ("Resolution" over one row)."""
    if not heading or len(heading) > 80:
        return None
    kind_word = _KIND_HEADING.search(heading) or _KIND_ALONE.match(heading)
    if kind_word is None:
        return None
    return "resolution" if kind_word["kind"].lower().startswith("resolution") else "decision"


# "[Decisions 16.52 - 16.54 Light Pollution](…) - replaced": a web page's link to a related
# instrument, its number and title the link's text, its status after it in lower case (E224)
_LINK_TITLE = re.compile(r"\s+(?P<title>[A-Z“\"][^\n|]{2,300}?)(?:\s+[–—-]\s+[a-z][a-z ]{1,30})?\s*$")


def linked_title(heading: str | None, text: str, number_end: int) -> str | None:
    """The title of a link under a page's "Related decisions" heading, after the number (or the
    range's last number) that ends at ``number_end``: "Decision 17.12 Ecological Connectivity -
    active" -> "Ecological Connectivity"."""
    if not heading or heading_kind(heading) is None or not heading.lower().startswith(("related", "other related")):
        return None
    title = _LINK_TITLE.match(text, number_end)
    return title["title"].strip() if title is not None and title["title"].rstrip()[-1:] not in ".;,:" else None


def title_after_number(heading: str | None, text: str, number_end: int) -> tuple[InstrumentKind, str, tuple[int, int]] | None:
    """(kind, title, title span) of a row of a contents table of instruments numbered in their
    body's convention ("1/COP.22<tab>Multi-year workplans …<tab>3", "2/CMP.19 | Title | 5"), under a
    heading naming the kind: the number, which the convention read up to ``number_end``, then the
    title cell, then perhaps the page cell. The heading's kind wins over the convention's (the
    Conference numbers its decisions and its resolutions alike, "resolution 1/COP.22" and
    "decision 1/COP.22" being two texts, E218)."""
    kind = heading_kind(heading)
    row = _ROW_TITLE.match(text, number_end)
    if kind is None or row is None or row["title"].rstrip()[-1:] in ".;,:":
        return None  # (a sentence, not a title)
    return kind, row["title"].strip(), (row.start("title"), row.start("title") + len(row["title"].strip()))


_SECTION_LABEL = re.compile(r"^\s*(?:[A-Z]|[IVXLC]+|\d{1,2})[.)]\s+")


def issuer_heading_names(heading: str) -> str | None:
    """The words before the kind in a list's heading ("Human Rights Council" of "Human Rights
    Council resolutions"), where a body's name may stand."""
    kind_word = _KIND_HEADING.search(heading)
    if kind_word is None:
        return None
    # a section's letter or number before the kind ("B. Resolutions adopted by …") names no issuer
    words = _SECTION_LABEL.sub("", heading[: kind_word.start()]).strip()
    return words if len(words) >= 3 else None


def listed_under(heading: str | None, text: str, issuer_named: bool = False) -> InstrumentMention | None:
    """The instrument a listed line names, when the heading above the list says which kind.
    ``issuer_named``: the heading names the issuing body ("General Assembly resolutions"), as a
    list of legislative mandates does; only then is a number and title set apart by spaces or a
    tab an item ("2031/4  Early warning ..." under "decisions" may head a text), or a year-numbered
    one ("1325 (2000)": whose series it is only the heading says)."""
    if not heading or len(heading) > 80:
        return None
    kind_word = _KIND_HEADING.search(heading)
    item = _BARE_ITEM.match(text)
    if kind_word is None or item is None or text.rstrip()[-1:] in ".;,":
        return None
    if (item["council_number"] or item["roman_number"] or not item["dash"]) and not issuer_named:
        return None
    kind: InstrumentKind = "resolution" if kind_word["kind"].lower() == "resolutions" else "decision"
    if item["council_number"]:
        mention = InstrumentMention(0, item.end("year") + 1, kind, item["year"], item["council_number"], 0)
    elif item["roman_number"]:
        mention = InstrumentMention(
            0, item.end("roman_session") + 1, kind, str(roman_value(item["roman_session"])), item["roman_number"], 0, roman_bracketed=True
        )
    else:
        mention = InstrumentMention(0, item.end("number"), kind, item["session"], item["number"], 0)
    mention.title = item["title"].strip()
    mention.title_span = (item.start("title"), item.end("title"))
    return mention
