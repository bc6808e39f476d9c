"""Extraction: text in, facts out. Pure functions, no I/O.

`extract` is the one entry point the rest of the product uses. It runs the stages in order,
each a module of its own that can be tried on a string:

1. `clean`      undo PDF artifacts; keep a map back to the original offsets
2. `segment`    headings, numbered paragraphs, an instrument's preamble/operative/annex parts
3. `references` find bodies, instruments, sessions and meetings, dates, document symbols
4. `resolve`    who issued an instrument, which body a short name means, whose meeting it is
5. `relate`     the rules that make facts of resolved references (with `document` for the
                masthead)
"""

from __future__ import annotations

from dataclasses import replace

from mandate_graph.graph.model import BodyRef, DocumentRef
from mandate_graph.graph.reference import Body, BodyRegistry
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.document import Masthead, read_masthead
from mandate_graph.loaders.extract.gathering_numbering import gathering_numbering, sessionless_numbers_written
from mandate_graph.loaders.extract.meeting_reporters import meeting_reporter
from mandate_graph.loaders.extract.number_first_headings import turned_headings
from mandate_graph.loaders.extract.issuer import issuer_from_text, subsidiary_in_opening_formula
from mandate_graph.loaders.extract.own_bare_numbers import own_bare_numbers, own_meeting_numbers
from mandate_graph.loaders.extract.own_secretariat import own_secretariat
from mandate_graph.loaders.extract.per_registry import of_registry
from mandate_graph.loaders.extract.references import body_matcher
from mandate_graph.loaders.extract.relate import Reader
from mandate_graph.loaders.extract.rules.mandate_holders import reported_mandate
from mandate_graph.loaders.extract.rules.reporting_bodies import chapter_body, reporting_body
from mandate_graph.loaders.extract.rules.own_numbering import shown_numbering
from mandate_graph.loaders.extract.rules.transmitted_documents import symbol_transmitted_as
from mandate_graph.loaders.extract.presidential_statements import statement_paragraphs
from mandate_graph.loaders.extract.quoted_resolutions import quoted_resolution_paragraphs
from mandate_graph.loaders.extract.segment import segment
from mandate_graph.loaders.extract.spoken_adoptions import spoken_adoptions
from mandate_graph.loaders.extract.web_chrome import full_text_start
from mandate_graph.loaders.facts import DocumentInfo, Extraction, Fact

__all__ = ["extract"]


def extract(text: str, *, source_key: str, registry: BodyRegistry) -> Extraction:
    names = _vocabulary(registry)
    cleaned = clean(text, vocabulary=names)
    matcher = body_matcher(registry).for_document(cleaned.text, registry)
    # "GB.352/INS/5 - Title" over "Decision": numbers the document shows, without a template
    shown = shown_numbering([cleaned.text[b.start : b.end] for b in cleaned.blocks if b.kind == "text"], matcher, registry)
    if shown is not None:
        matcher = replace(matcher, numbering=shown)
    # "Decision on Agenda Item 5" of a body whose user declared numbers counted within a meeting:
    # the meeting is the one the masthead names, read first (few documents write such numbers)
    counted_warnings: list[str] = []
    if sessionless_numbers_written(registry, cleaned.text):
        first = read_masthead(spoken_adoptions(segment(cleaned, matcher.numbering), matcher.numbering), cleaned, registry, source_key, matcher)
        counted, counted_warnings = gathering_numbering(matcher.numbering, registry, cleaned.text, first.own_gatherings())
        if counted is not None:
            matcher = replace(matcher, numbering=counted)
    # "draft decision X ... is adopted as decision Y" in a chair's turn: those sentences are Y's text
    paragraphs = spoken_adoptions(segment(cleaned, matcher.numbering), matcher.numbering)
    # "… adopted resolution 88/131 …" / title / "The General Assembly," / "Recalling …": the text
    # quoted after the account of its adoption is that resolution's (a Yearbook, a press release)
    paragraphs = quoted_resolution_paragraphs(paragraphs, matcher.numbering)
    # a library's record page, its fields above "Full text" and the document's masthead: read there (E277)
    full_text = full_text_start([p.text for p in paragraphs])
    masthead = read_masthead(paragraphs[full_text or 0 :], cleaned, registry, source_key, matcher)
    info: DocumentInfo = masthead.info
    # "S/PRST/2032/9" / "… made the following statement on behalf of the Council:": the paragraphs
    # below are the statement's own text, as an operative resolution's are
    paragraphs = statement_paragraphs(paragraphs, info.ref.symbols[0] if info.ref.symbols else None)
    if not info.ref.symbols and (issued_as := symbol_transmitted_as(p.text for p in paragraphs if p.kind == "paragraph")):
        # a cover letter with no symbol of its own, transmitting a report "to be issued as
        # document A/86/46": the letter stands for that document (E105)
        info.ref = DocumentRef(symbols=(issued_as,))
    if not info.ref.symbols and info.author is not None:
        # "Economic and Social Council" / "COMMISSION ON NARCOTIC DRUGS" / "Seventy-ninth session"
        # over "The Commission on Narcotic Drugs,", no symbol read (an OCR'd scan, a clean copy):
        # the instrument is the subsidiary's whose session the masthead names and whose opening
        # formula the text prints, not the parent organ's named on top (E214)
        info.author = subsidiary_in_opening_formula(info.author, masthead.own_gatherings(), paragraphs, matcher, registry)
    extraction = Extraction(info)
    extraction.warnings.extend(f"{source_key}: {w}" for w in counted_warnings)
    if info.author is None:
        # The symbol's series or the masthead's layout is unknown: the opening formula or the
        # title block may still name the body.
        info.author = issuer_from_text(paragraphs, matcher, registry)
        if info.author is not None:
            masthead.owned_by(info.author, registry)
            masthead.settle_gathering(info.author, registry, matcher)
    if info.author is None:
        # Documents cited by symbol, dates and places need no issuer: read what can be read,
        # and say why facts that need one (a bare "resolution 7/1") are missing.
        extraction.warnings.append(
            f"{source_key}: no issuing body found in the masthead, the symbol, an opening formula or the"
            " title block; facts that need the document's issuer are left out (add the body, its names or"
            " its symbol prefix to the reference data)"
        )
    # "the secretariat" of a climate convention's document is the convention's, not UNODC's
    matcher = matcher.for_author(info.author, registry)
    own_bodies = _own_bodies(info.author, masthead, registry)
    if own_bodies and own_bodies[0] != info.author:
        # "Economic Commission for Europe" / "Report on the seventy-fourth session" under ECOSOC's
        # symbol: "the Executive Committee" is the Commission's, not another commission's
        matcher = matcher.for_author(own_bodies[0], registry, shared_shorts_own=True)
    # "the mandate holder" of a special rapporteur's report, issued under its council's symbol
    holder = reported_mandate((p.text for p in paragraphs), matcher, registry)
    if holder is not None and holder not in own_bodies:
        own_bodies.append(holder)
    # "Report of the Implementation Committee on its activities" / "Prepared by the Implementation
    # Committee" under its parent's masthead: "the Committee" of the text is the one reporting (E166)
    preparer = reporting_body((p.text for p in paragraphs), matcher, registry, info.author)
    # "A/90/38" / "Chapter IV" / "Ways and means of expediting the work of the Committee": a chapter
    # of a committee's report under the Assembly's symbol; "the Committee" is that committee (E193)
    chapter = chapter_body(paragraphs, matcher, registry, info.author, cleaned.text) if preparer is None else None
    preparer = preparer or chapter
    if preparer is not None and preparer not in own_bodies:
        own_bodies.insert(1 if own_bodies else 0, preparer)
    # "the Meeting", "the Conference": the document's own body, once it has said which it is
    matcher = matcher.with_own_heads(own_bodies, registry, cleaned.text)
    # "the Secretary of the Programme": the office of the programme the document spells out
    matcher = matcher.with_shortened_offices(registry, cleaned.text)
    # "CPD 75th session": a body the document spells out, written by its initials (E302)
    matcher = matcher.with_initialled_names(registry, cleaned.text)
    # "decision 94/12" of a body numbering the default way is its own, whoever else writes "decision X/Y"
    own_numbering = own_bare_numbers(matcher.numbering, info.author, registry, cleaned.text)
    # "draft decision XIV/1" at the fourteenth meeting of a body writing "decision VC XIV/1": its own
    own_session = next((ref.ordinal for ref, _, _, _ in masthead.gatherings if ref.body == info.author), None)
    own_numbering = own_meeting_numbers(own_numbering, info.author, own_session, registry)
    if own_numbering is not matcher.numbering:
        matcher = replace(matcher, numbering=own_numbering)
    # "RESOLUTION 1/208" of a council numbering "Resolution {number}/{session}": read again in its order
    paragraphs = turned_headings(paragraphs, matcher.numbering, info.author)
    # "Requests the Secretariat" of a treaty body with no secretariat in the reference data: its
    # own, not the shipped crime bodies' secretariat (E115)
    # "Report of the Third Committee" / "at the 47th meeting": a reporter whose reference data names
    # no gathering term meets in the numbered meetings its report tells (E259)
    registry = meeting_reporter(paragraphs, matcher, registry, info.author, cleaned.text)
    known = registry
    registry, secretariat = own_secretariat(info.author, registry, matcher, cleaned.text)
    reader = Reader(cleaned, registry, masthead, document_matcher=matcher)
    reader.scope.own_secretariat = secretariat.key if secretariat is not None else None
    reader.scope.reporting_body = chapter  # (its bare "the 120th session", as a report's title would)
    reader.read(paragraphs)
    reader.finish()
    extraction.facts = reader.facts
    # (a body the reference data knows, established in the text, is read as born but is no new body, E187)
    extraction.bodies = [body for key, body in reader.born.items() if key not in reader.adopted]
    if secretariat is not None and secretariat.key not in known and _named_in_facts(secretariat.key, reader.facts):
        extraction.bodies.append(secretariat)
    extraction.joint_documents = [ref for ref in reader.joint_documents if ref != info.ref]
    extraction.warnings.extend(reader.warnings)
    return extraction


@of_registry
def _vocabulary(bodies: tuple[Body, ...]) -> tuple[str, ...]:
    """Every name, alias and short name of the reference data: words a document may use."""
    return tuple(name for body in bodies for name in (*body.names, body.short_name or ""))


def _named_in_facts(key: str, facts: list[Fact]) -> bool:
    """Whether a fact names the body ``key`` (its subject, object or deadline's body)."""
    ref = BodyRef(key)
    return any(f.subject == ref or f.object == ref for f in facts)


def _own_bodies(author: str | None, masthead: Masthead, registry: BodyRegistry) -> list[str]:
    """The bodies a document is of, nearest first: its author, the bodies whose meeting its
    masthead names, then the author's parents."""
    keys: list[str] = [author] if author else []
    if masthead.report_of is not None:
        # "Report of the Legal Subcommittee on its seventieth session" under its parent's symbol
        # series: "the Subcommittee" of the report is the one whose session it reports
        keys.insert(0, masthead.report_of[0].body)
    keys += [ref.body for ref, _, _, _ in masthead.gatherings] + [key for key, _, _, _ in masthead.unnumbered]
    seen = set(keys)
    parent = registry.bodies[author].parent if author is not None and author in registry else None
    while parent is not None and parent in registry and parent not in seen:
        keys.append(parent)
        seen.add(parent)
        parent = registry.bodies[parent].parent
    return list(dict.fromkeys(keys))
