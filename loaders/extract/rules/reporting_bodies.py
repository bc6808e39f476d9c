"""Which body a report's title block says prepared it, when that is not its author.

A body's report to the body above it is often issued in the parent's series and under the
parent's masthead: "ECE/MP.EIA/2031/4" / "Meeting of the Parties to the Convention on ..." /
"Report of the Implementation Committee on its activities since the tenth session" / "Prepared by
the Implementation Committee". The document's author is the Meeting of the Parties (its series,
its session); the text then speaks for the committee that prepared it, calling it by its head noun:
"the Committee has met four times: its sixty-second session ...", "The Committee agreed to hold its
sixty-sixth session". A report of a session ("Report of the Legal Subcommittee on its seventieth
session") is read by the masthead (`Masthead.report_of`); this reads the reports of a body's work
and the "Prepared by" line (E166).

A chapter of a body's report printed alone names its body by the kind word alone: "A/90/38" /
"Chapter IV" / "Ways and means of expediting the work of the Committee" / "A. Action taken by the
Committee under item 7 of its agenda", a treaty body's annual report to the General Assembly under
the Assembly's symbol. The committee is then the one of the bodies answering to "the Committee" whose
own symbols the chapter prints ("(CEDAW/C/120/2)"), not the other committees it names in full ("that
of the Human Rights Committee") (`chapter_body`, E193).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable, Sequence

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract.numbering import prints_series
from mandate_graph.loaders.extract.rules.kind_words import kind_word_alone
from mandate_graph.loaders.extract.rules.mandate_holders import BodyFinder
from mandate_graph.loaders.extract.rules.own_body_names import head_forms

if TYPE_CHECKING:
    from mandate_graph.loaders.extract.references import BodyMatcher
    from mandate_graph.loaders.extract.segment import Paragraph

# "Prepared by the Implementation Committee", "Submitted by the Compliance Committee": the whole line
_PREPARED_BY = re.compile(r"^\s*(?:(?:Report|Note)\s+)?(?:prepared|submitted|presented)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
# "Report of the Implementation Committee on its activities since ...", "Annual report of the
# Compliance Committee on its work": a body's report on its own work (not a session: the masthead's)
_REPORT_OF_THE = re.compile(r"^\s*(?:(?:Annual|Draft|Interim|Progress|Final)\s+)?report\s+of\s+the\s+$", re.IGNORECASE)
_ON_ITS_WORK = re.compile(r"\s+(?:on|concerning|regarding)\s+(?:its|the)\s+(?:activities|work)\b", re.IGNORECASE)
# The title block: the masthead and title stand within the first paragraphs, before the text
_TITLE_BLOCK = 16


def reporting_body(texts: Iterable[str], matcher: BodyFinder, registry: BodyRegistry, author: str | None) -> str | None:
    """The body below ``author`` that the title block (the first of ``texts``) says prepared the
    report ("Prepared by the X", "Report of the X on its activities ..."), else None."""
    if author is None or author not in registry.bodies:
        return None
    for i, text in enumerate(texts):
        if i >= _TITLE_BLOCK:
            break
        if " by " not in text and "eport of" not in text:
            continue
        for mention in matcher.find(text):
            before = text[: mention.start]
            if not (
                _PREPARED_BY.match(before) and not text[mention.end :].strip(" .\t")
                or _REPORT_OF_THE.match(before) and _ON_ITS_WORK.match(text, mention.end)
            ):
                continue
            key = mention.key or _the_one_below(text[mention.start : mention.end], author, registry)
            if key is not None and key in registry.bodies and registry.descends_from(key, author):
                return key
    return None


def _the_one_below(written: str, author: str, registry: BodyRegistry) -> str | None:
    """The one body below ``author`` that a short name ("Implementation Committee") is a name of:
    the matcher leaves a short name to the context, and the title block's context is the author."""
    said = " ".join(written.lower().split()).removeprefix("the ")
    found = [
        key for key, body in registry.bodies.items()
        if any(" ".join(n.lower().split()).removeprefix("the ") == said for n in (*body.names, body.short_name or ""))
        and registry.descends_from(key, author)
    ]
    return found[0] if len(found) == 1 else None


def chapter_body(paragraphs: Sequence[Paragraph], matcher: BodyMatcher, registry: BodyRegistry, author: str | None, text: str) -> str | None:
    """The body the headings above a chapter's first numbered paragraph call by a kind word alone
    in capitals ("the work of the Committee"), when the author (the body whose
    symbol the document bears) does not answer to that word: the one body of that short name
    (of the document's evidenced bodies) whose own symbol series ``text`` prints, else None."""
    for para in paragraphs[:_TITLE_BLOCK]:
        if para.label:
            break  # numbered paragraphs: the text has begun
        if para.kind != "heading":
            continue
        for mention in matcher.find(para.text):
            if mention.key is not None or not mention.short or not mention.text[:1].isupper() or not kind_word_alone(mention.text):
                continue
            if author is not None and _answers_to(author, mention.short, registry):
                return None  # the author's own word for itself
            printing = [
                key for key in matcher.shorts.get(mention.short, ())
                if key not in matcher.unevidenced and (prefix := registry.bodies[key].symbol_prefix) and prints_series(prefix + "/", text)
            ]
            return printing[0] if len(printing) == 1 else None
    return None


def _answers_to(key: str, short: str, registry: BodyRegistry) -> bool:
    """Whether the body ``key`` is called ``short`` (lower case) by its short name or its head noun."""
    body = registry.bodies[key]
    return (body.short_name or "").lower() == short or any(form.lower() == short for form in head_forms(body.names))
