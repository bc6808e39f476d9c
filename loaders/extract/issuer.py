"""Who issued a document whose symbol and masthead do not say.

A symbol of a series the reference data does not know, or a masthead laid out in a way the
masthead reader does not recognise, must not cost the whole document: a resolution names
its issuer in its opening formula ("The Seventy-ninth World Health Assembly,", "The
Conference of the Parties,"), and a report or an agenda names the body in its title block
("Report of the Executive Board on its ..."). Names come from the reference data (names and
aliases); an ordinal before the name ("Seventy-ninth") is the session, not the body's name.
"""

from __future__ import annotations

import re

from mandate_graph.graph.model import GatheringRef
from mandate_graph.graph.reference import Body, BodyRegistry
from mandate_graph.loaders.extract.ordinals import ORDINAL
from mandate_graph.loaders.extract.references import BodyMatcher
from mandate_graph.loaders.extract.numbering import spaced_lower
from mandate_graph.loaders.extract.rules import kind_words
from mandate_graph.loaders.extract.rules.instrument_headings import kind_word_alone, meeting_formula_body_at, range_members
from mandate_graph.loaders.extract.segment import Paragraph, numbers_in_masthead_line

# "The Human Rights Council,", "The Seventy-ninth World Health Assembly,": an instrument's
# opening formula is the body's name alone on its line, ending in a comma.
_OPENING_FORMULA = re.compile(rf"^(?:The\s+)?(?:{ORDINAL}\s+)?(?P<name>[^,:;]{{3,200}}),\s*$", re.IGNORECASE)
# "The Governing Body, recalling its decision GB.376/LILS/1 …:", "The Board, having considered
# document X:": the formula run into a participle's clause, the decision's lettered paragraphs
# after the colon (a governing body's decision as its page prints it, E214)
_RUN_IN_FORMULA = re.compile(rf"^(?:The\s+)?(?:{ORDINAL}\s+)?(?P<name>[^,:;]{{3,120}}),\s+(?:having\s+[a-z]+|[a-z]+ing)\b[^\n]*:\s*$")
# How far into the document an opening formula or a title block is looked for.
_OPENING_LIMIT = 60
_TITLE_BLOCK_LIMIT = 12
# "Replaces: …", "Related Resolution: …": a record field's label, then its value
_FIELD_LINE = re.compile(r"^[A-Z][a-z]+(?: [A-Z]?[a-z]+){0,2}:\s+\S")
_KIND_BEFORE_NUMBER = re.compile(r"(?:(?:Resolution|Decision|RESOLUTION|DECISION)\s+)?")


def _whole_name(text: str, matcher: BodyMatcher, registry: BodyRegistry, lowered: str) -> str | None:
    """The body ``text`` is nothing but the name of (after "The" and an ordinal)."""
    for mention in matcher.find(text):
        if mention.key and mention.end == len(text) and registry.bodies[mention.key].issues_instruments:
            if _a_strangers_generic_name(mention.text, registry.bodies[mention.key], registry, lowered):
                continue  # "The Conference of the Parties," of another treaty (E115)
            return mention.key
        if mention.key is None and mention.short and mention.end == len(text) and mention.start <= 4:
            # "The Executive Board,": a short name, the whole name of one body that issues instruments
            issuing = [
                k for k in matcher.shorts.get(mention.short, [])
                if k not in matcher.unevidenced and registry.bodies[k].issues_instruments
            ]
            if len(issuing) == 1:
                return issuing[0]
    return None


def _a_strangers_generic_name(said: str, body: Body, registry: BodyRegistry, lowered: str) -> bool:
    """Whether ``said`` is a generic name of a shipped body ("Conference of the Parties", UNTOC's
    alias) in a document that never points to that body (`kind_words.organization_named`): any
    treaty's conference opens its decisions so, and no body of a user's file took the words (E115)."""
    return kind_words.generic_name(said) and kind_words.shipped_by_kind(body) and not kind_words.organization_named(body.key, registry, lowered)


def issuer_from_opening_formula(paragraphs: list[Paragraph], matcher: BodyMatcher, registry: BodyRegistry) -> str | None:
    lowered: str | None = None
    for para in paragraphs[:_OPENING_LIMIT]:
        if para.kind == "footnote" or para.kind == "table":
            continue
        formula = _OPENING_FORMULA.match(para.text.strip()) or _RUN_IN_FORMULA.match(para.text.strip())
        if formula is None:
            continue
        if lowered is None:
            lowered = spaced_lower("\n".join(p.text for p in paragraphs))
        key = _whole_name(formula["name"].strip(), matcher, registry, lowered)
        if key is not None:
            return key
    return None


def subsidiary_in_opening_formula(
    author: str, own_gatherings: list[GatheringRef], paragraphs: list[Paragraph], matcher: BodyMatcher, registry: BodyRegistry
) -> str:
    """The body an instrument's opening formula names ("The Commission on Narcotic Drugs,") when
    it is a subsidiary of ``author`` (the parent organ a masthead names on top, "Economic and
    Social Council") whose session the masthead names; else ``author``. A formula naming the
    parent itself, or another body, leaves the author as it is."""
    if not any(g.body != author for g in own_gatherings):
        return author
    named = issuer_from_opening_formula(paragraphs, matcher, registry)
    if named is not None and named != author and registry.descends_from(named, author) and any(g.body == named for g in own_gatherings):
        return named
    return author


def issuer_from_meeting_formula(paragraphs: list[Paragraph], matcher: BodyMatcher, registry: BodyRegistry) -> str | None:
    """The body a decision's meeting formula names ("At its 12th plenary meeting, on 8 June 2031,
    the Economic and Social Council:"), as the Official Records print each decision under its
    number and title; the title may name another body ("Provisional agenda ... of the Commission
    on the Status of Women") that the title block would take."""
    for para in paragraphs[:_OPENING_LIMIT]:
        at = meeting_formula_body_at(para.text) if para.text[:3] == "At " else None
        if at is None:
            continue
        for mention in matcher.find(para.text[at : at + 200]):
            body = registry.bodies.get(mention.key or "")
            if mention.start == 0 and body is not None and body.issues_instruments:
                return body.key
            break
    return None


def issuer_from_title_block(paragraphs: list[Paragraph], matcher: BodyMatcher, registry: BodyRegistry) -> str | None:
    """The first body that meets or issues instruments named in the lines before the body text
    begins ("Report of the Executive Board on its ...", "SEVENTY-NINTH WORLD HEALTH ASSEMBLY")."""
    lowered: str | None = None
    for para in paragraphs[:_TITLE_BLOCK_LIMIT]:
        if para.label or para.kind not in ("heading", "paragraph", "table"):
            break  # numbered paragraphs: the body of the text has begun
        for mention in matcher.find(para.text):
            body = registry.bodies.get(mention.key or "")
            if body is not None and (body.issues_instruments or body.gathering_term):
                if (kind_words.kind_word_alone(mention.text) or kind_words.generic_name(mention.text) and kind_words.shipped_by_kind(body)) and (
                    body.key not in matcher.organisation_of or body.key in matcher.unevidenced
                ):
                    # "An ad hoc technical expert group on ... was established": any
                    # organization's body of that kind, another's alias only where the document
                    # names that body or its organization in full (E109); "Conference of the
                    # Parties", another treaty's conference's words, likewise (E115)
                    if lowered is None:
                        lowered = spaced_lower("\n".join(p.text for p in paragraphs))
                    if not kind_words.organization_named(body.key, registry, lowered):
                        continue
                return body.key
    return None


def issuer_from_own_number(paragraphs: list[Paragraph], matcher: BodyMatcher) -> str | None:
    """The body in whose convention the masthead numbers the instrument the document is
    ("General Conference" / "GC(69)/RES/10": a name several bodies share, a number only one
    body writes)."""
    for para in paragraphs[:_TITLE_BLOCK_LIMIT]:
        if para.label:
            break
        if para.part == "title" and para.instrument is not None:
            # "Resolution A.1212(35)": the kind may be printed before the number, and a series
            # before it as one symbol ("UNEP/CMS/Resolution 15.4")
            numbered = numbers_in_masthead_line(para.text, matcher.numbering)
            kind = _KIND_BEFORE_NUMBER.match(para.text)
            starts = kind.end() if kind else 0
            if numbered and (numbered[0].start == starts or para.text[: numbered[0].start].endswith("/")) and numbered[0].end >= len(para.text.rstrip(" .")):
                return numbered[0].issuer
    return None


def issuer_from_instrument_headings(paragraphs: list[Paragraph], matcher: BodyMatcher) -> str | None:
    """The body whose convention numbers every instrument the document heads ("Resolution
    A43-14: Title", "IDB.56/Dec.3 Title"): a document of a body's instruments, each under its own
    number, is that body's, whatever its masthead says or fails to say."""
    issuers = set()
    ranges = set()  # the instruments whose heading opens a range ("# Decisions 17.61 - 17.66 Title")
    for para in paragraphs:
        if para.kind != "heading" or para.part != "title" or para.instrument is None or kind_word_alone(para.text):
            continue  # "Decision" under the number: the kind of the text, no number
        if para.instrument in ranges or _FIELD_LINE.match(para.text):
            # the title block of a range's page ("Directed to the Secretariat" over its first
            # member's text), "Replaces: Decisions 16.52 - 16.54" in a page's title block: no
            # heading of an instrument's text (E224)
            continue
        if range_members(para.text, para.instrument, matcher.numbering):
            ranges.add(para.instrument)
        numbered = numbers_in_masthead_line(para.text[:80], matcher.numbering)
        kind = _KIND_BEFORE_NUMBER.match(para.text)
        if not numbered or numbered[0].start != (kind.end() if kind else 0):
            return None  # a heading numbered otherwise: no convention speaks for the document
        issuers.add(numbered[0].issuer)
    return issuers.pop() if len(issuers) == 1 else None


def issuer_from_text(paragraphs: list[Paragraph], matcher: BodyMatcher, registry: BodyRegistry) -> str | None:
    """The document's issuer by what its text says of itself: the number of the instrument it
    is, the opening formula of the instrument it holds, else its title block; None when none
    names a known body."""
    return (
        issuer_from_own_number(paragraphs, matcher)
        or issuer_from_instrument_headings(paragraphs, matcher)
        or issuer_from_opening_formula(paragraphs, matcher, registry)
        or issuer_from_meeting_formula(paragraphs, matcher, registry)
        or issuer_from_title_block(paragraphs, matcher, registry)
        or issuer_from_mail_sender(paragraphs, matcher, registry)
    )


# A mail's sender: 'From: "AFB secretariat" <afbsec@...>', "From: Secretariat of the Commission
# <sec@...>": the display name before the address.
_MAIL_SENDER = re.compile(r"(?:^|\s)From:\s+\"?(?P<name>[^\"<>\n@]{2,100}?)\"?\s*<[^<>@\s]+@[^<>\s]+>")
# How far into a mail or a digest the first message's headers are looked for.
_MAIL_HEADER_LIMIT = 40


def issuer_from_mail_sender(paragraphs: list[Paragraph], matcher: BodyMatcher, registry: BodyRegistry) -> str | None:
    """A mail or a mailing list's digest with no masthead, sent by a body or its secretariat
    ('From: "AFB secretariat" <...>', "From: Secretariat of the Commission <...>"): the body
    named, or the nearest body above it that meets or issues instruments (a secretariat writes
    for its board). The first sender naming a known body speaks for the document; a person's
    name names none."""
    for para in paragraphs[:_MAIL_HEADER_LIMIT]:
        if "From:" not in para.text:
            continue
        for sender in _MAIL_SENDER.finditer(para.text):
            for mention in matcher.find(sender["name"]):
                key: str | None = mention.key
                while key is not None and key in registry.bodies:
                    body = registry.bodies[key]
                    if body.issues_instruments or body.gathering_term:
                        return body.key
                    key = body.parent
    return None
