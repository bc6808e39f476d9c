"""Stage 5, relating: the sentence-level rules that turn resolved references into facts.

The document is read once, in order. Each sentence is handled with what the text before it
established (`Scope`, and the `Reader`'s memory: the last instrument named, the meetings a
paragraph spoke of, the dates meetings were held on), so that "In the same resolution",
"those meetings", "the Working Group" and "their meetings held from 23 to 27 May 2022"
can be resolved, and left out when they cannot.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from collections.abc import Sequence
from typing import Iterator, Literal, NamedTuple, TypeVar

from mandate_graph.graph.model import BodyRef, DocumentRef, EntityRef, GatheringKind, GatheringRef, InstrumentKind, InstrumentRef, gathering_kind, statement_ref
from mandate_graph.graph.identifiers import born_body_key
from mandate_graph.graph.reference import Body, BodyRegistry
from mandate_graph.loaders.extract.clean import Cleaned
from mandate_graph.loaders.extract.dates import MONTHS, DateMention, date_opening, find_dates
from mandate_graph.loaders.extract.numbering import NumberedInstrument, names_by_place
from mandate_graph.loaders.extract.presidential_statements import cited_statements, statement_opening, statement_opening_the_sentence, titled_under_number
from mandate_graph.loaders.extract.symbol_numbered import instrument_symbols
from mandate_graph.loaders.extract.symbol_first import FINITE_VERB, QUOTED_OR_BRACKETED
from mandate_graph.loaders.extract.document import Masthead
from mandate_graph.loaders.extract.rules.shared_prefixes import symbol_author
from mandate_graph.loaders.extract.ordinals import ORDINAL, ORDINAL_OR_WORD, ordinal_value, session_line_by_ordinal
from mandate_graph.loaders.extract.references import (
    BodyMatcher,
    BodyMention,
    GatheringMention,
    InstrumentMention,
    SentenceRefs,
    body_matcher,
    dates_after_issuers,
    find_instruments,
    find_references,
    link_gatherings_to_bodies,
    lowered_for_patterns,
    shift,
)
from mandate_graph.loaders.extract.rules import issuer_back_references, kind_words, own_voice, session_lists
from mandate_graph.loaders.extract.rules.dates_and_venue_fields import dates_and_venue
from mandate_graph.loaders.extract.rules import adoption_notes, decision_tables, follow_up_tables
from mandate_graph.loaders.extract.rules import documents as doc_rules
from mandate_graph.loaders.extract.rules import collective_addressees, mandate_verbs, narrated_decisions, new_bodies, pronoun_addressees, related_lists
from mandate_graph.loaders.extract.rules import instrument_headings, meeting_tables, minutes_items, news_stories, places, press_releases, records
from mandate_graph.loaders.extract.rules import reports_covering, titles
from mandate_graph.loaders.extract.rules import journal_summaries, summary_records
from mandate_graph.loaders.extract.rules import duties_told, own_gathering_words
from mandate_graph.loaders.extract.rules import first_meeting_fields, joined_duties, yearless_days
from mandate_graph.loaders.extract.rules import habitual_venues, nominal_requests
from mandate_graph.loaders.extract.rules import adoption_days_after_titles, numbered_aside
from mandate_graph.loaders.extract.rules import made_permanent, not_adopted, passive_subjects, mandates_told_back, passive_adoptions, relative_mandates, repeated_mastheads
from mandate_graph.loaders.extract.gathering_numbering import counted_issuers
from mandate_graph.loaders.extract.rules import counted_adoptions, counted_back_references, narrated_headings, sessions_with_instruments
from mandate_graph.loaders.extract.rules.counted_adoptions import CountedAdoption
from mandate_graph.loaders.extract.rules import agendas_of_gatherings, counted_gatherings, described_bodies
from mandate_graph.loaders.extract.rules import back_references, instrument_subjects, named_by_head, origins_told
from mandate_graph.loaders.extract.rules import joined_instrument_clauses
from mandate_graph.loaders.extract.rules import told_in_short
from mandate_graph.loaders.extract.rules import actions_taken
from mandate_graph.loaders.extract.rules import held_respectively
from mandate_graph.loaders.extract.rules import notes_on_a_symbol
from mandate_graph.loaders.extract.rules import gathering_lines
from mandate_graph.loaders.extract.rules import dated_acts
from mandate_graph.loaders.extract.rules import listed_below
from mandate_graph.loaders.extract.rules import dated_records, decided_that, document_records, present_adoption, previous_gathering
from mandate_graph.loaders.extract.rules import nominal_establishments, previous_gatherings
from mandate_graph.loaders.extract.rules import calendar_events, catalogue_records
from mandate_graph.loaders.extract.rules import collective_names
from mandate_graph.loaders.extract.rules.transmitted_documents import (
    is_cover_formula, report_transmitted_end, speaks_of_transmitted, transmitted_designation,
)
from mandate_graph.loaders.extract.resolve import Scope, generic_alias_of_a_stranger, issuer_by_the_whole_numbering, record_named, resolve_bodies, resolve_gatherings, resolve_issuers, section_focus
from mandate_graph.loaders.extract.segment import (
    draft_heading_of,
    keyword_capitalised,
    numbered_heading,
    ADOPTION_NOTE,
    BESIDE_TITLE,
    LIST_ADOPTED_BY,
    NUMBER_THEN_TITLE,
    NUMBERED_TITLE_HEADING,
    Paragraph,
    Sentence,
    split_sentences,
    masthead_instrument,
)
from mandate_graph.loaders.extract.symbols import SymbolMention, find_symbols
from mandate_graph.loaders.extract.treaty_mastheads import as_written_in_a_name
from mandate_graph.loaders.extract import quoted_resolutions, spoken_adoptions
from mandate_graph.loaders.extract.patterns import CAPITALISED_NAME, DAY_OPENING, NEXT_RECITAL
from mandate_graph.loaders.facts import DateRange, Evidence, Fact, FactObject

# --------------------------------------------------------------------------- patterns



_MANDATE_VERB_ANY_CASE = re.compile(mandate_verbs.MANDATE_VERB.pattern, re.IGNORECASE)
# Between a subject and its "should": nothing, or an abbreviation in brackets, the
# subject's ("the Office (UNODC)") or the one the subject stands in ("... Crime (UNODC)").
_ADJACENT_SUBJECT = re.compile(r"^\)?\s*(?:\([^()]{1,40}\)\s*)?$")
# "The panel was requested", "the task force were also asked": the subject, then its auxiliary
# "The Group of Experts, first established pursuant to ...": the comma, then when, before the participle
# ("The Committee (established by resolution 65/182) met": the participle in brackets after the name)
_COMMA_THEN_WHEN = re.compile(r"\s*[,(]\s*(?:(?:first|originally|initially)\s+)?")
_PAST_PASSIVE_RIGHT_AFTER = re.compile(r"\)?\s+(?:was|were)\s+(?:also\s+|further\s+|subsequently\s+|then\s+)?")
# "the recommendations ..., which are set out in annex I to the present resolution": the
# annex holds recommendations the instrument makes its own.
# "with the terms of reference contained in Annex 1 to the present Resolution", "as set out in the
# annex to this decision": the annex is the instrument's own text
_OWN_ANNEX = re.compile(
    r"\b(?:set\s+out|contained|reproduced|included|annexed)\s+(?:in\s+|to\s+)?(?:the\s+)?annex\b[^.;]{0,20}?\s+to\s+(?:the\s+)?"
    r"(?:present|this)\s+(?:resolution|decision)\b",
    re.IGNORECASE,
)
_ANNEXED_HERE = re.compile(
    r"\b(?:set out|contained|reproduced|included)\s+in\s+(?:the\s+)?annex\b[^.;]{0,20}?\s+to\s+the\s+"
    r"(?:present|this)\s+(?:resolution|decision)\b"
)
# Between "established" and the instrument that did it: "by the Conference in its",
# "pursuant to", "in accordance with", "under".
# ", in the same decision,", "by the Conference in that resolution": a back reference after a passive verb
# ("has been requested by that resolution", "was asked under the above-mentioned decision": the
# instrument named again after "by" or "under" as well)
_IN_THE_SAME = re.compile(
    r"\s*,?\s*(?:by\s+the\s+[A-Z][\w -]{0,60}?\s*,?\s+)?(?:in|by|under)\s+"
    # ("was tasked in paragraph 12 of that resolution with ...": a paragraph of it)
    r"(?:(?:operative\s+)?(?:sub)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]{1,4}\))?\s+of\s+)?"
    r"(?:the\s+same|(?:that|this)\s+same|that|this|the\s+latter|the\s+said|the\s+above-?mentioned|the\s+aforementioned)\s+(?:resolution|decision)\b\s*,?"
)
# "by that resolution as well", "under the same decision too": the act repeats one told before (E158)
_AS_WELL_AFTER = re.compile(r"\s*,?\s*(?:as\s+well|too)\b")
# "The Committee was created by resolution 1718 (2006), ..., and was tasked in ...": a second
# passive verb coordinated with the first, whose subject opens the sentence
# "By the same resolution, it was invited": a clause that opens on "it" (after an opening phrase)
_IT_PASSIVE_OPENS = re.compile(r"^(?:[^,;:()]{0,80},\s+)?it\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+|further\s+)?$")
# ("..., and it was invited, by the same resolution, to consult": the pronoun is that subject, E130)
_AND_PASSIVE_BEFORE = re.compile(r",?\s+and\s+(?:it\s+|they\s+)?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|further\s+|then\s+|later\s+)?$")
_PASSIVE_AFTER_SUBJECT = re.compile(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+[a-z]+(?:ed|up|set)\b")
# "The Committee of Experts was established": the sentence opens with the subject, its only body
# before the passive verb
# ("The Committee on Economic, Social and Cultural Rights was": a comma inside a name only)
_PASSIVE_SUBJECT = re.compile(r"^(?:\d{1,3}\.\s+)?The\s+[A-Z](?:[^,;:()]|,\s+(?=[A-Z])){2,160}?\s+(?:was|has\s+been|had\s+been)\s+$")


def _opens_with_passive_subject(text: str, verb_start: int) -> bool:
    return _PASSIVE_SUBJECT.match(text[:verb_start]) is not None


# "created the year before by resolution 3349 (XXIX)", "set up in 2004 under", "established two
# years later by": when it was done, between the participle and the instrument (E136)
_WHEN_BETWEEN = (
    # ("decided to re-establish at its eighty-sixth session by resolution 86/312", E153)
    r"(?:at\s+(?:its|the)\s+[\w-]+\s+(?:(?:regular|special|resumed)\s+)?session"
    r"|(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}|the\s+(?:year|month|week|day)\s+(?:before|after|earlier)"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|some)\s+(?:years?|months?|weeks?)\s+(?:earlier|later|before|after)"
    r"|(?:originally|initially|first|earlier|later|subsequently))"
)
# "was established, under its former name of High-level Committee on the Review of ..., by the
# General Assembly in its resolution 33/134", "under the name of", "under its original title": the
# name it then bore, set off by commas between the participle and the instrument (the name says
# nothing of who set it up; E141)
_FORMER_NAME_BETWEEN = (
    r",\s*under\s+(?:its|the)\s+(?:(?:former|original|earlier|previous|first|initial|old)\s+)?(?:name|title|designation)"
    r"(?:\s+of)?\s+[^,;:()]{2,200}?\s*,"
)
# The words that join an establishing participle (or the act's agent) to the instrument that did it:
# "by", "in", "under", "pursuant to", and the wordier "by virtue of", "on the basis of", "via", "under
# the terms of", "as per", "following (with, upon) the adoption of" (E178)
_THROUGH_INSTRUMENT = (
    r"(?:under\s+the\s+terms\s+of|by\s+virtue\s+of|on\s+the\s+basis\s+of|as\s+per"
    r"|(?:following|with|upon|after|through)\s+the\s+adoption\s+of|in|by|through|via|under|pursuant\s+to|in\s+accordance\s+with)"
)
# "was established in 2010 (General Assembly resolution 65/182)", "set up by the Assembly in 2010 (see
# resolution 65/182, para. 28)", "established (resolution 65/182)": the instrument in brackets after
# the participle, with when and by whom between (not "see also": another text beside it) (E178)
_BRACKETED_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}|by\s+the\s+[A-Z][\w -]{0,100}?)\s*,?\s*){0,2}"
    r"\(\s*(?:see\s+(?!also\b))?(?:(?:the|its)\s+)?(?:[A-Z][\w -]{0,60}?\s+)?(?:(?:resolution|decision)\s+)?$"
)
_BY_INSTRUMENT = re.compile(
    rf"^\s*,?\s*(?:{_WHEN_BETWEEN}\s*,?\s+|{_FORMER_NAME_BETWEEN}\s*)?"
    # ("by the Conference of the Parties (COP) through decision 1/COP.5": the issuer's short name in
    # brackets after it, E141)
    # ("set up by the 49th Directing Council in resolution CD49.R2": a session in figures, E157)
    r"(?:by\s+the\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?[A-Z][\w -]{0,100}?(?:\s*\([A-Z][\w.-]{0,15}\))?\s*,?\s+)?"
    + _THROUGH_INSTRUMENT +
    # ("was tasked in paragraph 12 of resolution 1718 (2006)": a paragraph of it)
    r"\s+(?:(?:operative\s+)?(?:sub)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]{1,4}\))?\s+of\s+)?"
    r"(?:its\s+|the\s+|their\s+)?(?:[A-Z][\w -]{0,60}?\s+)?"
    # a number in a body's own convention starts after its keyword: "under decision SSA2(5)"
    r"(?:(?:resolution|decision)\s+)?$"
)
# "The Board was established in 1978 pursuant to paragraph 124 of the Final Document of the Tenth
# Special Session of the General Assembly (resolution S-10/2)", "was set up on 3 May 2019 by
# paragraph 4 of resolution 73/12": an establishment told with its year or day first, the paragraph
# that did it, the text the instrument holds named with the number in brackets
_ESTABLISHED_WHEN_BY = re.compile(
    r"^\s*,?\s*(?:(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\s*,?\s+)?"
    r"(?:by\s+the\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?[A-Z][\w -]{0,100}?\s*,?\s+)?" + _THROUGH_INSTRUMENT + r"\s+"
    r"(?:(?:operative\s+)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]{1,4}\))?\s+of\s+)?"
    r"(?:(?:its|the|their)\s+)?(?:[A-Z][\w -]{0,60}?\s+)?(?:(?:resolution|decision)\s+)?$"
    r"|^\s*,?\s*(?:(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\s*,?\s+)?(?:by|through|under|pursuant\s+to|in\s+accordance\s+with)\s+"
    r"(?:(?:operative\s+)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]{1,4}\))?\s+of\s+)?the\s+[A-Z][\w ,-]{2,160}?\s*\(\s*(?:(?:its|[A-Z][\w -]{0,40}?)\s+)?(?:(?:resolution|decision)\s+)?$"
    # "was established by the General Assembly at its tenth special session, the first special
    # session devoted to disarmament, as a deliberative body …, in paragraph 118 of the Final Document
    # of that session (resolution S-10/2)": appositions and roles set off by commas between the
    # establishing body and the instrument (no relative clause or conjunction among them) (E200)
    r"|^\s*,?\s*by\s+the\s+[A-Z][\w -]{0,100}?(?:\s*,\s*(?!\s*(?:which|who|whose|and|but|although|while|where|when)\b)[^,;()]{2,100}?){1,3}"
    r"\s*,\s*(?:in|by|through|under|pursuant\s+to|in\s+accordance\s+with)\s+"
    r"(?:(?:operative\s+)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]{1,4}\))?\s+of\s+)?"
    r"(?:the\s+[A-Z][\w -]{2,160}?\s*\(\s*(?:(?:its|[A-Z][\w -]{0,40}?)\s+)?|(?:(?:its|the|their)\s+)?(?:[A-Z][\w -]{0,60}?\s+)?)"
    r"(?:(?:resolution|decision)\s+)?$"
)
# "established by the General Assembly, which later, in resolution 70/262, reviewed its work", "by the
# Commission and subsequently, by resolution 80/3, extended its mandate": after the agent, a relative
# clause or a conjunction with "later" opens another, later act; the instrument it names reviews, renews
# or extends, and establishes nothing (E207)
_LATER_ACT_AFTER_AGENT = re.compile(
    r"\s*,?\s*by\s+the\s+[A-Z][^;()]{0,120}?(?:,\s*(?:which|who)\b"
    r"|,?\s+(?:and|but)\s+(?:(?:it|they|has|had|have)\s+)?(?:later|subsequently|then|thereafter|afterwards|since|in\s+turn)\b)"
)
# "the report of the Secretary-General on ...,1 submitted to": a report the sentence names
# without its symbol, with the footnote number glued to its last word when the text shows it.
_REPORT_WITH_NOTE = re.compile(
    r"\b(?:[Ii]ts|[Tt]he)\s+(?:\w+\s+){0,2}?(?:report|note)\b(?![^.;]*?\d+/\d+/)[^;]{0,240}?(?:[a-z),](?P<note>\d{1,2}))?[,\s]*(?=\s(?:was\s+|were\s+|has\s+been\s+|is\s+|will\s+be\s+)?(?:submitted|transmitted|presented|made\s+available)\b)"
)
_THE_PRESENT_ONE = re.compile(r"[Tt]he\s+present\s+(?:report|note)\b")
# "considered the report of ...", "Having considered the note by the Secretariat ..."
# Between "the report" and the gathering it is of: "of the Paris Committee on Capacity-building
# on", "of the Working Group at".
# ("the report of the 125th Session of the Committee on …": the gathering right after "of the")
_REPORT_OF_BODY_ON = re.compile(r"^\s+(?:(?:of|by)\s+(?:the\s+)?[^;:,()]{2,150}?\s+(?:on|at|of)|of(?:\s+the)?)\s+$")
# "Decision " before a number in a convention that writes no kind word ("Decision 55 COM 7")
_KIND_WORD_BEFORE_NUMBER = re.compile(r"(?:Decision|Resolution|DECISION|RESOLUTION)\s+")
# "Resolution 118/1": a heading of the default shape, the kind, a session, a slash and the number
_DEFAULT_SHAPED_HEADING = re.compile(r"^(?:Resolution|Decision)\s+\d{1,4}/\d{1,4}\s*$")
# "Having considered the report ...", "Having also examined the evaluation ...", "Having
# considered document GC 51/9", "Having reviewed the technical paper on ... (EM/RC76/5)"
_CONSIDERED_REPORT = re.compile(
    # ("At its sixty-seventh session, the Commission discussed / took up / debated the report (X)":
    # other verbs of a session's work on a paper)
    # ("At its eightieth session, the Assembly will consider / will have before it the report (X)":
    # the session to come; "took note of" sends no paper, the corpus's convention, E33)
    # ("The Executive Board, ..., having noted the report of the Standing Committee on its twelfth
    # meeting,4 decided ...": the recital of a board's decision, as "was noted by the Board at its
    # 168th session" is a submission in the unseen set's gold (u77, u210); "noted" alone, "took
    # note of" and "Taking note of" stay none)
    r"\b(?:[Hh]aving\s+(?:also\s+)?noted(?=\s+the\s+report\b)|(?:[Hh]aving\s+(?:also\s+)?)?(?:considered|examined|reviewed|discussed|debated|took\s+up|had\s+(?:also\s+)?before\s+it"
    # ("the Commission had for its consideration the report (X)", E227)
    r"|had\s+(?:also\s+)?for\s+its\s+consideration)"
    r"|(?:will|is\s+to|are\s+to)\s+(?:also\s+)?(?:consider|examine|review|discuss|take\s+up|have\s+before\s+it|have\s+for\s+its\s+consideration))\s+"
    # ("having considered / a) the report ... (Document C36/48);": the first of a lettered list, E216)
    r"(?:\(?[a-h]\)\s+)?"
    # ("Having examined Document WHC/32/55.COM/5A": a page's records capitalise the word)
    # ("when it considered my previous report (S/2032/87)": the writer's own, E182)
    r"(?:(?:the|its|an?|my|our)\s+(?:[\w-]+\s+){0,3}?(?:report|note|evaluation|study|review|proposals?|document|paper)|[Dd]ocuments?"
    # ("The Council considered that report at its 10948th meeting": named back, E189)
    r"|(?:that|this|the\s+same|the\s+said)\s+(?:report|note|study|document|paper)\b(?=\s*,?\s+at\s)"
    # "considered the proposed budget (EB 2032/167/R.5)": a paper named by a few words, its symbol's
    # series parted from its year by a space (E149)
    r"|(?:the|its|an?)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]+(?=\s*\([A-Z]{1,8}\s\d{4}/[\w.-]*/)"
    # "Having considered the Programme and Budget for 2032 (C/118/8)": a paper named by its title
    # in capitals, its symbol in brackets right after ("(Document CD63/11)": the session glued to
    # the series' letters)
    r"|(?:the|its)\s+(?-i:[A-Z])[^()]{0,100}?(?=\s*\((?:[Dd]ocuments?\s+)?[A-Z]{1,8}(?:\d{1,3})?(?:\.\d+)?/))"
    # "considered a preliminary estimate (Document CWG-FHR-21/4)": a paper named by a few words of
    # what it is, its symbol in brackets right after
    r"|(?:the|its|an?)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]+(?=\s*\((?:[Dd]ocuments?\s+)?[A-Z]{1,8}[\w.-]*/)"
)
# "the report on that session (A/85/46) was considered by the Assembly at its eighty-fifth
# session": the paper is the subject of the passive; the session that considered it is named
# after "by" (the sending rules read it), not the one the sentence opened with (E105)
_CONSIDERED_BY_AFTER = re.compile(r"\s*\([^()]{2,60}\)\s*,?\s+(?:was|were|has\s+been|had\s+been|is|are|will\s+be)\s+(?:\w+ly\s+)?(?:considered|examined)\s+by\b")
# "(X) and the report of the Standing Committee ... (Y)": a second paper considered with the first
# ("document X, which contains the draft framework, and the report of ... (Y)": a relative clause
# on the first paper between)
# "Decision 658 (C34) (Document C36/48": the paper's symbol in brackets right after its mandate
_MANDATE_THEN_SYMBOL = re.compile(r"\s*\((?:[Dd]ocuments?\s+)?")
_AND_THE_NEXT_PAPER = re.compile(
    r"\)?\s*,?\s*(?:which\s+[^;()]{0,200}?,\s*)?(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:the|its)\s+[^;()]{0,200}?\((?:documents?\s+)?"
    # "(Document C36/48); b) the report of ... (Document C36/52)": the next item of a lettered list (E216)
    r"|\)?\s*;\s*(?:and\s+)?\(?[b-h]\)\s+(?:the|its)\s+[^;()]{0,200}?\((?:[Dd]ocuments?\s+)?"
    # "having reviewed documents GEF/C.79/E/01 and GEF/C.79/E/02": bare symbols listed (E165)
    r"|\s*(?:,\s*(?:and\s+)?|and\s+)"
)
# A footnote number glued to a word or set after it: "public life, 1 and", "session1 was".
_NOTE_AFTER = re.compile(r"(?:[a-z)]|,\s)(?P<note>\d{1,2})(?=[\s,;.]|$)")
# A footnote's number as the note prints it: "3 ", "3/ ", "³", "[3]", "^3".
_SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
_NOTE_LABEL = re.compile(r"^\s*(?:(?P<plain>\d{1,3})/?\s|(?P<raised>[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3})|\[(?P<bracketed>\d{1,3})\]|\^(?P<caret>\d{1,3}))")


# A note's label other than a plain number, which plain-text layouts print (`clean`): "¹ ",
# "[2] ", "^2 ", "3/ ".
_MARKED_NOTE = re.compile(r"^\s*(?:[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}|\[\d{1,3}\]|\^\d{1,3}|\d{1,3}/)\s")


def _note_opens_with_document_before(note: str) -> re.Match[str] | None:
    """`mandates_told_back.opens_with_document_before` of a note's text after its label ("¹ The
    evaluation report was prepared in response to ...", "3 The report was submitted pursuant to")."""
    label = _NOTE_LABEL.match(note)
    return mandates_told_back.opens_with_document_before(note[label.end() :].lstrip() if label else note)


def _note_number(note: str) -> str | None:
    m = _NOTE_LABEL.match(note)
    if m is None:
        return None
    if m["raised"]:
        return "".join(str(_SUPERSCRIPTS.index(c)) for c in m["raised"])
    return m["plain"] or m["bracketed"] or m["caret"]


# "the report of the Working Group on (the work of) its fourteenth meeting", "the report of the
# Commission on Science and Technology for Development on its thirtieth session", "the report of
# the thirtieth session of the Committee": a report named by the gathering it is of.
# ("the report of the Special Rapporteur submitted to the Council at its eighty-eighth session,1": a
# report sent to the gathering, no report of it, E193)
_REPORT_OF_A_GATHERING = re.compile(
    r"\breports?\s+(?:of|by)\s+(?:the\s+)?(?:(?!(?:submitted|presented|transmitted|sent|made\s+available)\s+to\b)[^;:()]){2,160}?"
    r"\s+(?:on|at)\s+(?:the\s+work\s+of\s+)?its\s+(?P<ordinal>[\w-]+)\s+(?:session|meeting)\b"
    r"|\breports?\s+(?:of|on)\s+the\s+(?P<ordinal_first>[\w-]+)\s+(?:session|meeting)\s+of\s+(?:the\s+)?[A-Z][A-Za-z'’ -]{2,120}"
)
# a report named in a sentence ("the report of X", "the report by the Director-General")
_REPORT_NAMED = re.compile(r"\breports?\s+(?:of|by|from)\s")
# Between the gathering and the note's mark: a comma, a space, a bracketed place and date, or the
# place and date told in a participle (", held in Geneva on 30 and 31 January 2036,1")
_UP_TO_THE_MARK = re.compile(r"[\s,]*(?:\([^()]{0,80}\)|,\s+held\s+(?:in|at|on|from)\s[^;:()]{0,100}?)?[\s,.;]*$")
# A sentence of recitals each opening "having" after the body's name: "The Executive Board, having
# noted the report of X,1 and having considered the report by the Director-General,2 decided ..."
_HAVING_RECITALS = re.compile(r"^(?:\d{1,3}\.\s+)?The\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w/-]*|of|the|and|on|for)){0,8},\s+[^;]*?\bhaving\b[^;]*?\band\s+having\b")
# A footnote that is one symbol and nothing else but its number and stops.
# ("2 Document EB178/9.": the word before the symbol, as WHO's notes print it)
_ONLY_SYMBOLS = re.compile(r"^\s*(?:\d{1,3}\s+)?(?:(?:[Dd]ocument|[Dd]oc\.)\s+)?[\s.,;]*$")
_NOTE_NUMBER = re.compile(r"^\s*(\d{1,3})\s")
# "established the Working Group on ... by its resolution": the object, then the instrument
# (no clause between: a comma, a full stop or a second verb would end the object)
# ("established the Working Group ... in 2010 (resolution 65/182)", "... (see resolution 65/182)": the
# instrument in brackets after the object, with the year between, E178)
_OBJECT_THEN_BY = re.compile(
    r"\s+(?:its|the|an?)\s+[^,;.()]{3,160}?(?P<by>\s+" + _THROUGH_INSTRUMENT + r"\s+(?:its\s+|the\s+|their\s+)?"
    r"(?:[A-Z][\w -]{0,60}?\s+)?"
    r"|(?:\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})?\s*\(\s*(?:see\s+(?!also\b))?(?:[A-Z][\w -]{0,60}?\s+)?)"
    r"(?:(?:resolution|decision)\s+)?$"
)
# "since its establishment by", "the establishment of the Working Group ... pursuant to": the noun
# of the act, then the instrument (a body and "in its" may stand between)
_ESTABLISHMENT_BY = re.compile(
    r"\b(?:(?:its|their)\s+establishment|the\s+establishment\s+of\s+(?P<of>(?:the|its)\s+[A-Z][^,;()]{2,160}?))\s+"
    r"(?:by|under|pursuant\s+to|in\s+accordance\s+with|through)\s+(?:the\s+[A-Z][\w -]{0,60}?\s+in\s+)?(?:its\s+|the\s+)?"
    r"(?:(?:resolution|decision)\s+)?$"
)
# after "Since its establishment by resolution 12/1": the clause's subject, next
_THEN_SUBJECT = re.compile(r"[\s,]*(?:the\s+)?$")
# Prepositions that follow "established" only as a participle: "the Body established under decision".
_COMMA_PARTICIPLE = re.compile(r"\s*[,(]\s*$")
_PASSIVE_ONLY = re.compile(r"\s+(?:under|pursuant\s+to|in\s+accordance\s+with)\s")
# "<the session> (PFPAD-7) is convened pursuant to that resolution": the gathering, its label, the
# verb of its holding, then the mandate named back
_HELD_UNDER_THAT = re.compile(
    r"(?:\s*\([^()]{1,30}\))?,?\s+(?:is|was|will\s+be|has\s+been|is\s+being)\s+(?:held|convened|organized|organised)\s+"
    r"(?:pursuant\s+to|in\s+accordance\s+with|under)\s+(?:(?:that|this)\s+same|that|the\s+same|the\s+said|this)\s+(?P<kind>resolution|decision)\b"
)
_UNDER_THAT_INSTRUMENT = re.compile(
    r"\b(?:pursuant\s+to|in\s+accordance\s+with|under|in\s+response\s+to|in\s+compliance\s+with|in\s+line\s+with|as\s+required\s+by"
    # ("…, as called for in paragraph 15 of that resolution", "as requested in that decision", E178)
    r"|as\s+(?:requested|called\s+for|mandated)\s+(?:in|by))\s+"
    # "pursuant to paragraph 9 of that resolution": a passage of it
    # ("paragraph 12 (g) of that resolution": a lettered subparagraph, its letter set off by a space)
    r"(?:(?:paragraphs?|sections?|articles?)\s+[\w.()]+(?:\s*\([a-z]{1,4}\))?(?:\s+(?:and|to)\s+[\w.()]+(?:\s*\([a-z]{1,4}\))?)?\s+of\s+)?"
    r"(?:(?:that|this)\s+same|that|the\s+same|the\s+said|this)\s+(?P<kind>resolution|decision)\b"
    # "the report requested in paragraph 7 of the resolution will be issued as A/89/845": the paper
    # named by its kind and the participle, a passage of the one instrument the text is about
    r"|\b(?:report|note|study|review|update|plan)\s+(?:requested|called\s+for|mandated)\s+(?:in|by)\s+"
    r"(?:paragraphs?|sections?)\s+[\w.()]+(?:\s*\([a-z]{1,4}\))?\s+of\s+(?:(?:that|this)\s+same|that|the\s+same|the\s+said|this|the)\s+"
    r"(?P<kind_of_passage>resolution|decision)\b"
)
# "paragraph 27 of that resolution", "that request", "the same decision": a mandate told back
_THAT_MANDATE_TOLD = re.compile(
    r"(?:(?:operative\s+)?(?:sub)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]{1,4}\))?\s+of\s+)?"
    r"(?:that|this|the\s+same|the\s+said|the\s+above-mentioned)\s+(?P<kind>resolution|decision|request)"
)
# "submitted in response to that request", "prepared pursuant to this request": the request of
# the instrument named just before
_IN_RESPONSE_TO_THAT_REQUEST = re.compile(
    r"\b(?:pursuant\s+to|in\s+accordance\s+with|in\s+response\s+to|in\s+compliance\s+with|"
    r"respond(?:s|ing)?\s+to)\s+(?:that|this|the\s+said|the\s+above)\s+(?:request|mandate)\b"
)
# ", which the Council", ", which the General Assembly also": a relative clause whose subject is
# a body, its object the name before the comma
# (", which the Economic and Social Council set up": the subject's name may hold small words)
# (", whose mandate the Commission on Human Rights created in its resolution 1985/33": a mandate
# held by one person, the office its holder's title names, E158)
_WHICH_SUBJECT = re.compile(r",\s+(?:which|whose\s+mandate)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:(?:and|of|on|for)\s+(?:the\s+)?)?){1,8}(?:also\s+|later\s+)?$")
# ", which was", ", which had been originally": a relative clause in the passive, its antecedent
# the name before the comma ("The Human Rights Council, which was established by ...")
# (", whose mandate was established by ...": the post or body before the comma, E178)
_WHICH_PASSIVE = re.compile(
    r",\s+(?:which|whose\s+mandate)\s+(?:was|were|is|are|(?:has|have|had)\s+(?:(?:also|originally|first|initially)\s+)?been)\s+"
    r"(?:(?:also|originally|first|initially|later|subsequently)\s+)?$"
)
# ", which OCHA manages, was", ", whose secretariat the Office provides, has been": a relative clause
# set off by commas right before a passive verb's auxiliary (its subject stands before the clause)
_CLOSED_RELATIVE_BEFORE = re.compile(
    r",\s+(?:which|whose\s+\w+|who|whom)\s+[^,;()]{1,80}?,\s+(?:(?:was|were|is|are)|(?:has|have|had)\s+been)\s+"
    r"(?:(?:also|originally|first|initially|later|subsequently)\s+)?$"
)
# "prepared at the request of the", "submitted as requested by", "in response to a request of the": the
# body that asked for the document, named right after
_AT_THE_REQUEST_OF = re.compile(
    r"\b(?:prepared|submitted|presented|issued|produced)\s+(?:at\s+the\s+request\s+of|as\s+requested\s+by|in\s+response\s+to\s+(?:a|the)\s+request\s+(?:of|by|from))\s+(?:the\s+)?$"
)
# a task that asks for a report: "to prepare a report on ...", "to submit to it ... a report", "to report to"
_ASKS_FOR_A_REPORT = re.compile(r"^to\s+(?:report\b|(?:prepare|submit|present)\b[^;]{0,80}?\breport\b)")
_ACRONYM_BEFORE_COMMA = re.compile(r"\s*\([A-Z][A-Za-z]{1,11}\)$")
_RELATIVE_WHICH = re.compile(r"(?P<and>,?\s+and\s+)?(?(and)|,\s*)which\b")


def _relative_antecedent_end(text: str, position: int) -> int | None:
    """Where the name a relative clause hangs on ends (its comma), for the clause that reaches
    ``position``: "X, which ... and which ..., is": X's; None when no such clause is open."""
    window = max(0, position - 400)
    found = [m for m in _RELATIVE_WHICH.finditer(text, window, position) if not re.search(r"[.;]\s", text[m.end() : position])]
    while found and found[-1]["and"] is not None:
        found.pop()
    return found[-1].start() if found else None


# "and which, by its resolution 2028/19, ...", "; by their decision 3/2, ...": an instrument set off
# by commas inside a clause, before its verb
_SET_OFF_BY_ITS = re.compile(r"(?:\bwhich\s*,|[,;])\s*(?:by|in|through)\s+(?:its|their)\s+$")
_SET_OFF_CLOSED = re.compile(r"\s*(?:of\s+\d{1,2}\s+\w+\s+\d{4}\s*)?,")
# "the following decisions:", "Resolutions adopted by ...": the kind a table's rows are of
_KIND_OF_TABLE = re.compile(r"\b(?P<kind>[Dd]ecisions|[Rr]esolutions)\b")
# "E/CN.21/RES/12/1", "E/CN.21/DEC/12/3": an instrument's symbol, its issuer's prefix first
_OWN_INSTRUMENT_SYMBOL = re.compile(r"(?P<prefix>[A-Z][\w.()-]*(?:/[\w.()-]+)*?)/(?P<kind>RES|DEC|Res|Dec)/(?P<session>\d{1,4})/(?P<number>\d{1,4})")
# "..., and the Human Rights Council, in resolution 55/20, requested", "; the Council, under decision
# 2031/4 of 20 July 2031, encouraged": a clause of its own opening on the issuer's name, its bare
# instrument set off by commas, then the verb (the clause's first instrument, which
# `intro_instruments` reads only when it opens the sentence)
_ISSUER_SET_OFF = re.compile(r"\s*,\s+(?:also\s+)?(?:in|by|through|under)\s+$")
# "convened, on December 11, 2030, the 39th meeting of ...": the verb, the day set off, the meeting
_CONVENED_ON = re.compile(r"\bconvened\s*,?\s+on\s+$")
_DAY_THEN_MEETING = re.compile(r"\s*,?\s*(?:the\s+)?")


def _convened_on_before(text: str, dates: list[DateMention], start: int) -> DateRange | None:
    """The day of the gathering at ``start`` when "convened, on <day>," stands right before it."""
    for d in dates:
        if d.end <= start and _DAY_THEN_MEETING.fullmatch(text, d.end, start) and _CONVENED_ON.search(text, max(0, d.start - 30), d.start):
            return d.value
    return None


# "The Council, " before "having reviewed document X, approves ...": a decision's formula, its recital
# set off (E165)
# ("At its 64th plenary meeting, on 24 December 2035, the General Assembly, having considered the
# report ... (X), invited ...": a decision of the Assembly or of the Council told in one sentence
# opens on the meeting and the day it was taken)
_RECITAL_AFTER_THE_BODY = re.compile(
    r"(?:\d{1,3}\.\s+)?(?:At\s+(?:its|the)\s+\d{1,5}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting,\s+(?:held\s+)?on\s+"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+)?[^,;()]{4,40}?\d{4},\s+[Tt]he|The)"
    r"\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w/-]*|of|the|and|on|for)){0,8},\s+"
)
# The participles a recital opens with, as a report tells what a body did "recalling" or "noting"
RECITAL_OPENER = (
    r"(?:Recalling|Noting|Reaffirming|Welcoming|Acknowledging|Recognizing|Taking\s+note|Bearing\s+in\s+mind"
    r"|Having\s+(?:considered|examined|reviewed))"
)
_RECITAL_OPENS = re.compile(RECITAL_OPENER)
# "Having before it the report ... (X),", "HAVING HAD BEFORE IT the note (X)": a preamble's papers
_HAVING_BEFORE_IT = re.compile(r"(?:Having|HAVING)\s+(?:had\s+|HAD\s+)?(?:before|BEFORE)\s+(?:it|IT|them|THEM)\b")
# the rest of an instrument set off after its issuer, to the closing comma: "decision 12/2, ",
# "resolution 85/5 of 3 April 2031, ", then "also", "further" before the verb
_SET_OFF_CLOSES = re.compile(r"[^,;]{0,40},\s*(?:(?:also|further|then|subsequently|had|has)\s+)*")
_ISSUER_CLAUSE_OPENS = re.compile(
    r"(?:^|[;:]\s+|,\s+(?:and|but|while|whereas)\s+(?:then\s+|later\s+)?|\b(?:and|that)\s+(?:then\s+|later\s+)?"
    # "Recalling resolution 85/64 ..., and its own decision 11/2, the Commission, in decision
    # 12/2, decided ...": a recital set off before the subject, as a report tells a decision
    r"|^" + RECITAL_OPENER + r"\b[^;]{0,600}?,\s+)(?:[Tt]he\s+)?$"
)
_SET_OFF_THEN_VERB = re.compile(
    r"(?:\s+[A-Z])?\s*(?:of\s+\d{1,2}\s+\w+\s+\d{4}\s*)?,\s*(?:(?:also|further|then|subsequently|had|has)\s+)*$"
)
_AND_BY_INSTRUMENT = re.compile(
    # "by Resolution 12/61 of the Conference of FAO, adopted at its eleventh session, and by World
    # Health Assembly resolution WHA16.42": the first one's issuer, date and session between
    r"^(?:\s+of\s+the\s+[A-Z][\w ,-]{0,120}?(?=,|\s+(?:and|as\s+well\s+as)\s))?(?:\s*,\s*adopted\s+(?:at|on|in|during)\s+[\w -]{1,40}?(?=,))?"
    r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:by\s+the\s+[A-Z][\w -]{0,100}?\s*,?\s+)?(?:in|by|through|under)"
    r"\s+(?:its\s+|the\s+|their\s+)?(?:[A-Z][\w -]{0,60}?\s+)?$"
    # "under General Assembly resolution 60/180 and Security Council resolution 1645 (2005)": the
    # second instrument after "and" and its issuer's name, the preposition shared
    r"|^\s*(?:and|as\s+well\s+as)\s+(?:[A-Z][\w-]*\s+){1,6}$"
)
# "By the same resolution the Committee asks X ...": a back reference opening the sentence, then
# its subject and first verb (`Reader.acting` gives it the verbs coordinated with that one too)
_SAME_OPENS_SENTENCE = re.compile(
    r"^(?:(?:Also|Further|Furthermore|Moreover),?\s+)?(?:In|Under|By|Through)\s+"
    r"(?P<back>(?:the\s+same|(?:that|this)\s+same|that|this|the\s+latter|the\s+above-mentioned|the\s+said)\s+(?:resolution|decision))\s*,?\s+"
    r"(?:it|the\s+[A-Z][\w -]{2,60}?)\s+(?:(?:had|has)\s+)?(?:also\s+|further\s+)?[a-z]"
)
# "... in the same resolution it endorsed": the instrument named last speaks.
_SAME_INSIDE = re.compile(
    # ("In paragraph (c) of the same decision, the Board requests": a paragraph of it, E98;
    # "Under that decision, the Subsidiary Body is requested", "By the same decision, ...": E105)
    r"\b(?:[Ii]n|[Uu]nder|[Bb]y|[Tt]hrough)\s+(?P<paragraph>(?:sub)?paragraph\s+\(?[a-z0-9]{1,3}\)?\s+of\s+)?"
    r"(?:the\s+same|(?:that|this)\s+same|that|this|the\s+latter|the\s+above-mentioned|the\s+said)\s+(?:resolution|decision)\s*,?\s+"
    r"(?:it|the\s+[A-Z][\w -]{2,60}?)\s+(?:(?:had|has)\s+)?(?:also\s+|further\s+)?$"
    # "The Conference, in that decision, had also invited ...": the back reference set off by commas
    # ("The Council had, by that resolution, also asked ...": after the auxiliary, and by "by")
    r"|\b(?:[Ii]t|[Tt]he\s+[A-Z][\w -]{2,60}?)(?:\s+(?:had|has))?\s*,\s*(?:in|by|under|through)\s+(?:the\s+same|(?:that|this)\s+same|that|this|the\s+latter|the\s+above-mentioned|the\s+said)\s+"
    r"(?:resolution|decision)\s*,\s*(?:(?:had|has)\s+)?(?:also\s+|further\s+)?$"
    # "The Department was, in that resolution, requested", "were, by the same decision, invited":
    # set off between a passive's auxiliary and its participle (E130)
    r"|\b(?:was|were|is|are|been)\s*,\s*(?:[Ii]n|[Uu]nder|[Bb]y|[Tt]hrough)\s+(?:the\s+same|(?:that|this)\s+same|that|this|the\s+latter|the\s+above-mentioned|the\s+said)\s+"
    r"(?:resolution|decision)\s*,\s*(?:also\s+|further\s+)?$"
    # "paragraph 9 of the same resolution, under which the Secretary-General was to remain", "that
    # decision, by which it had invited": a relative clause on the instrument pointed back to (E145)
    r"|\b(?:the\s+same|that|this|the\s+latter|the\s+above-mentioned|the\s+said)\s+(?:resolution|decision)\s*,\s*"
    r"(?:under|by|in|through)\s+which\s+(?:(?:it|they|the\s+[A-Z][\w -]{2,60}?)\s+)?(?:(?:had|has|was|were|is|are)\s+)?(?:also\s+|further\s+)?$"
)
# "The decision recalls General Assembly resolution 80/74 and ...", "The same resolution also
# recalled ...": a narration of the citations of the instrument the text was just about
# "Decision 12/3 carries forward the work begun under decision 11/7", "builds on", "follows up on":
# an instrument that takes up another names it, as one that recalls it does (E94)
_CARRIES_FORWARD = (
    r"|(?:carries|carried|takes|took)\s+forward\s+(?:the\s+work\s+(?:(?:begun|started|undertaken|done)\s+)?under(?=\s+(?:its\s+|the\s+)?(?:decision|resolution)))?"
    r"|(?:builds|built)\s+(?:up)?on|(?:follows|followed)\s+up\s+on"
)
# "It was further decided that the expert group should submit ...", "It was also decided that the
# Bureau would ...": the passive narration of what an instrument asks of a body (E94)
# "In the same resolution, it was decided that ...", "By that resolution, it was also decided
# that ...": the instrument the text named last, said again before the clause (E102)
_IT_WAS_DECIDED_THAT = re.compile(
    r"^(?P<lead>(?:In|By|Under|Through)\s+(?:(?:paragraphs?|sections?)\s+[\w.()]+\s+of\s+)?(?:the\s+same|(?:that|this)\s+same|that|this|the\s+said)\s+(?:resolution|decision)\s*,\s*)?"
    r"(?:It|it)\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+|further\s+)?decided\s+that\s+(?P<subject>(?:the|its)\s+[^,;:()]{2,100}?)"
    r"\s+(?:should|shall|would|will)\s+(?:also\s+)?(?=[a-z])"
)
# "In resolution 77/12, the Assembly decided that the Secretary-General should submit a report", "By
# its decision 5/2, it was decided that the secretariat is to ...": the instrument named before the
# comma, the body the subject of "should" / "is to" (not an arrangement: "should meet", "is to be")
_IN_INSTRUMENT_DECIDED_THAT = re.compile(
    r"^(?:In|By|Under|Through)\s+(?:(?:operative\s+)?(?:paragraphs?|sections?)\s+[\w.()]+\s+of\s+)?(?:its\s+|their\s+)?(?:[A-Z][\w-]*\s+){0,5}"
    r"(?:resolution|decision)\s+[^\s,]+(?:\s+\(\d{4}\))?\s*,\s*"
    rf"(?:it\s+was|(?:the\s+)?{CAPITALISED_NAME})\s+(?:also\s+|further\s+)?decided\s+that\s+"
    r"(?P<subject>(?:the|its)\s+[^,;:()]{2,100}?)\s+(?:should|is\s+to|are\s+to|was\s+to|were\s+to)\s+(?:also\s+)?"
    rf"(?!{decided_that.ARRANGEMENT})(?=[a-z])"
)
# "It was also decided that the task force should report ..., and the secretariat was requested
# to support its work": a passive mandate joined to that clause, told of the same instrument (E102)
_AND_WAS_ASKED = re.compile(
    r",?\s+and\s+(?P<subject>(?:the|its)\s+[^,;:()]{2,100}?)\s+(?:was|were)\s+(?:also\s+|further\s+)?"
    r"(?P<verb>requested|asked|invited|encouraged|urged|called\s+upon|mandated|directed)\s+to\s+(?=[a-z])"
)
_TAKES_UP = re.compile(r"\b(?:carries|carried|takes|took)\s+forward\b|\b(?:builds|built)\s+(?:up)?on\b|\b(?:follows|followed)\s+up\s+on\b")
_INSTRUMENT_RECALLS = re.compile(
    # ("The text recalls ...": a news story's word for the resolution it told of)
    r"^(?:(?:Also|Furthermore|Moreover|In addition),?\s+)?(?:The|That|This)\s+(?:same\s+)?(?:decision|resolution|text)\s+"
    r"(?:also\s+|further\s+)?(?:recalls|recalled|reaffirms|reaffirmed|refers\s+to|referred\s+to|cites|cited" + _CARRIES_FORWARD + r")\b"
)
# "Resolution WHA82.6, adopted by the Eighty-second World Health Assembly in May 2029, recalls
# resolution WHA68.7": an instrument named as the subject (perhaps with where and when it was
# adopted between commas), then the verb by which its text cites another
# "In its preamble, resolution 9/4 recalls resolution 5/8": the part of the text that cites, first
_NAMED_INSTRUMENT_RECALLS = re.compile(
    r"^(?P<lead>In\s+(?:its|the)\s+preamble(?:\s+of\s+\S{2,30})?,\s+)?(?:(?:Its|The|Their)\s+)?(?:[Rr]esolution|[Dd]ecision)\s+\S{2,30}?(?:\s+of\s+the\s+[A-Z][\w -]{0,80}?)?(?:\s*,\s*[^;]{0,200}?,)?\s+"
    r"(?:also\s+|further\s+)?(?:recalls|recalled|reaffirms|reaffirmed|refers\s+to|referred\s+to|cites|cited" + _CARRIES_FORWARD + r")\b"
)
_ADOPTED_AT = re.compile(r"\badopted\s+at\b")
# "II.", "C.": a section's numeral or letter, alone as a sentence
_SECTION_NUMERAL = re.compile(r"\s*(?:[IVX]{1,5}|[A-H])\.\s*")
# "The present report ... will be considered by the Board at its 170th session", "It ... and will be
# examined by the Commission at its fourteenth session" (the present note the sentence before's
# subject): the document being read, before that session
_PRESENT_DOCUMENT_CONSIDERED_AT = re.compile(
    # (no clause of another subject between: "The present report describes how the proposals will be ...")
    rf"^(?P<subject>(?:The|This)\s+(?:present\s+)?{doc_rules.OWN_KIND}|It)\b(?:(?!\b(?:that|which|how|whether|when|where|what|who)\b)[^;]){{0,200}}?"
    r"\b(?:will|is\s+to|shall)\s+(?:also\s+)?be\s+"
    r"(?:(?:considered|examined|discussed|reviewed|taken\s+up)\s+by|before)\s+the\s+[A-Z][\w -]{0,80}?\s+(?:at|during)\s+$"
)
# "the following draft resolution, which will be before the Assembly at its eighty-sixth session
# together with the present report": what the report carries goes with it to that session, and so
# does the report
_BEFORE_SESSION = re.compile(
    r"\b(?:will|is\s+to|shall)\s+(?:also\s+)?be\s+(?:before|considered\s+by|submitted\s+to)\s+the\s+[A-Z][\w -]{0,80}?\s+(?:at|during)\s+$"
)
_TOGETHER_WITH_THE_PRESENT = re.compile(rf"\s*,?\s+(?:together|along)\s+with\s+(?:the|this)\s+(?:present\s+)?{doc_rules.OWN_KIND}\b")
_THE_PRESENT_DOCUMENT = re.compile(rf"^\s*(?:\d{{1,3}}\.\s+)?(?:The|This)\s+present\s+{doc_rules.OWN_KIND}\b")
# "(document EB168/11)^1 was noted by the Board at its 168th session", "X, which was considered
# by the Commission at its twelfth session": a paper a session had before it, told in the passive
# "The report on its seventy-eighth session (X), held in Geneva from 21 April to 1 August 2030, was
# considered by the Sixth Committee at the eighty-fifth session of the General Assembly": the
# session reported set off between the paper and the verb; "was considered at" (no agent)
_CONSIDERED_BY_AT = re.compile(
    r"\s*\)?(?:\^\d{1,2}|\[\d{1,2}\]|[\u00b9\u00b2\u00b3])?\s*,?\s*(?:held\s+(?:in|at|on|from)\s+[^,;()]{3,80}?\d{4}\s*,\s*)?"
    # "(EB176/14), prepared pursuant to resolution WHA87.6, will be considered by the Executive
    # Board at its 176th session": the paper's making set off, the future of its consideration
    r"(?:(?:submitted|prepared|issued|presented|drawn\s+up)\s+[^,;()]{3,120}?,\s*(?=will|is\s+to|are\s+to|shall))?"
    r"(?:which\s+)?(?:was|were|has\s+been|had\s+been|will\s+be|(?:is|are)\s+to\s+be|shall\s+be)\s+(?:also\s+)?"
    # ("was taken up by the Commission at its sixty-seventh session", "was debated")
    r"(?:noted|considered|examined|discussed|debated|reviewed|taken\s+up|taken\s+note\s+of)\s+(?:by\s+the\s+[A-Z][\w -]{0,80}?\s+)?(?:at|during)\s+"
    # "at the second part of its resumed eighty-fifth session": a part of that session (E96)
    r"(?:the\s+(?:first|second|third|fourth|final|last|resumed)\s+part\s+of\s+)?"
    # "was taken up at the 29th Session of the Committee": the session named with its article
    r"(?:the\s+)?"
)
# "(X), submitted pursuant to paragraph 8 of resolution 2755 (2031), which the Council considered at
# its 10652nd meeting": the same, told in the active voice of a relative clause whose subject is
# the gathering's body (a participle of the paper's making may stand between) (E140)
_WHICH_BODY_CONSIDERED_AT = re.compile(
    r"\s*\)?\s*(?:,\s*(?:submitted|prepared|issued|presented|transmitted|circulated)\s+[^;]{0,120}?)?"
    r",\s*which\s+the\s+[A-Z][\w -]{0,80}?\s+(?:(?:had|has)\s+)?(?:also\s+|later\s+|subsequently\s+)?"
    r"(?:considered|examined|discussed|reviewed|took\s+up|took\s+note\s+of|noted)\s+(?:at|during)\s+"
)
# "That report was considered by the Assembly at its eighty-eighth session", "the consideration of
# that report by the General Assembly at its eighty-ninth session", "This note will be examined by the
# Commission at": a paper named back (not by its symbol), then the session it went before
# the words `_NAMED_BACK_CONSIDERED_AT` needs one of (a sentence holding none is not searched)
_CONSIDERED_WORDS = ("onsider", "xamined", "eviewed", "iscussed", "taken up")
_NAMED_BACK_CONSIDERED_AT = re.compile(
    r"(?:\b(?:[Tt]hat|[Tt]his|[Tt]he\s+same|[Tt]he\s+said)\s+(?:report|note|study|document|paper|assessment|analysis|update)\s+"
    r"(?:was|were|has\s+been|had\s+been|will\s+be|(?:is|are)\s+to\s+be|shall\s+be)\s+(?:also\s+)?"
    r"(?:considered|examined|discussed|reviewed|taken\s+up)\s+"
    r"|\bconsideration\s+of\s+(?:that|this|the\s+same|the\s+said)\s+(?:report|note|study|document|paper|assessment|analysis|update)\s+(?=by\s))"
    r"(?:by\s+the\s+[A-Z][\w -]{0,80}?\s+)?(?:at|during)\s+(?:its\s+|the\s+)?$"
)
# "A draft resolution ... (S/2031/988) failed of adoption at the 10611th meeting of the Council", "was
# not adopted at", "was rejected at", "was put to the vote at": a draft voted on and lost was before
# that meeting all the same; nothing was adopted (E140)
_DRAFT_LOST_AT = re.compile(
    r"\s*\)?\s*,?\s*(?:failed\s+(?:of|to\s+obtain|to\s+secure)\s+adoption|failed\s+to\s+be\s+adopted|failed\s+to\s+pass"
    r"|(?:was|were)\s+(?:not\s+adopted|rejected|voted\s+down|defeated|put\s+to\s+(?:the\s+|a\s+)?vote))\s+(?:at|during)\s+"
)
_DISCUSSED = re.compile(r"\b(?:discussed|considered|examined|prepared)\b")
_IT = re.compile(r"\bit\b")
_OPENS_WITH = re.compile(r"^(?:The\s+)?$")
_RUN_IN_HEADING_THEN_THE = re.compile(r"^[A-Z][a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3}\s+The\s+$")
# Words an establishing verb holds: "decides to establish", "decided to set up", "to create",
# "by which it created", "constitutes"
_ESTABLISHING_WORDS = ("stablish", "set up", "setting up", "creat", "constitut", "to form")
# "by which it had established the mandate": the mandate alone, not "the mandate of ..." (E161)
_BARE_MANDATE = re.compile(r"\s+the\s+mandate\b(?!\s+of\b)(?=\s*[,;.)]|\s+(?:and|in|by|for)\b)")
# a quoted title naming a mandate: "Mandate of the Independent Expert on ..."
_QUOTED_MANDATE = re.compile(r"[\"“](Mandate\s+of\s+[^\"”]{10,300})[\"”]")
# the name of a post one person holds, which a mandate is ("Independent Expert on ...")
_ONE_PERSON_POST = re.compile(r"(?i)(?:the\s+)?(?:special\s+rapporteur|independent\s+expert|special\s+representative|special\s+envoy)\b")
_TO_ESTABLISH = re.compile(r"\s*,\s*(?:in which it decided\s+)?to\s+establish\b")
_PROPOSAL_SET_OFF_BEFORE = re.compile(
    r"\b(?:proposals?|suggestions?|ideas?|amendments?|initiatives?|plans?|requests?|calls?|motions?)\s*,\s+[a-z][^;,]{0,160}$",
    re.IGNORECASE,
)
_NEXT_MANDATE = re.compile(r",?\s+and\s+(?:also\s+)?(?=" + mandate_verbs.MANDATE_VERB.pattern[2:] + ")", re.IGNORECASE)
_MASTHEAD_PARAGRAPHS = 30  # where a document's title stands
_STATUS_FIELD_PARAGRAPHS = 12  # where a session paper's "Status:" field stands, above its text
# a record's symbol field in an export of records ("Symbol<tab>AFR/RC79/6"), its value
_RECORD_SYMBOL_FIELD = re.compile(r"^(?:Document |Doc )?[Ss]ymbol\s+(?P<value>\S+)$")
# "The Board, in its decision 2029/EB.2/7, called for": the body, then the instrument set off by commas
# "Recalling also that, by the above-mentioned resolution X,", "Noting that in its decision Y": a
# preambular clause that reports what an earlier instrument did
# (also "The Security Council further recalls that, by resolution 1612 (2005), it decided to establish
# …": a statement's or a resolution's operative paragraph telling, in the past, what an earlier one did)
_RECALLS_THAT_BY = re.compile(
    r"^(?:The\s+(?:[A-Z][\w-]*\s+(?:(?:of|on|for|the)\s+)*){0,6}(?:also\s+|further\s+)?(?:recalls|notes|bears\s+in\s+mind)"
    r"|(?:Recalling|Noting|Bearing\s+in\s+mind|Considering|Recognizing|Mindful))(?:\s+(?:also|further|moreover|with\s+appreciation))?"
    # ("recognizing" / "a)<tab>that, by Decision 640 (C29), the Council instructed ...": the ITU's
    # keyword on a line of its own over its lettered items, E164)
    r"(?:\s+[a-z]\))?\s+that[\s,]+(?:in|by|through|under)\s+(?:(?:its|their|the\s+(?:above-?mentioned|aforementioned|said))\s+)?(?:resolution|decision)s?\s",
    re.IGNORECASE,
)
_SUBJECT_THEN_IN_ITS = re.compile(r"^The\s+(?:[A-Z][\w-]*\s+(?:(?:of|on|for|the)\s+)*){0,6}[A-Z][\w-]*,\s+(?:in|by|through)\s+its\s+(?:decision|resolution)\s")
# ", the Board decided", ", the Executive Committee also agreed": the main clause's subject and verb,
# back after a clause set off by commas
_MAIN_CLAUSE_AFTER = re.compile(r",\s+(?:the|its)\s+(?:[A-Z][\w’'-]*\s+){1,5}(?:also\s+|further\s+)?[a-z]+ed\b")
# ", by which the two Commissions", ", whereby both Councils", ", by which the Assembly and the Council",
# ", in which they": a relative clause on two instruments, its subject the two issuers, right
# before its verb
_JOINT_SUBJECT_BY_WHICH = re.compile(
    r",\s+(?:(?:by|in|through|under)\s+which|whereby)\s+(?:they|(?:the\s+two|both(?:\s+the)?)\s+[A-Za-z][a-z]+s"
    r"|the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+and\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
    r"\s+(?:had\s+|have\s+|jointly\s+)?(?:also\s+|jointly\s+)?$"
)
# "resolution 52/13 and Commission ... resolution 18/3" (or "decisions 12/1 and 12/4"): the two
# instruments the relative clause is on, joined by "and", right before its comma
_INSTRUMENT_PAIR_JOINED = re.compile(
    r"\b(?:resolution|decision)s?\s+\S+(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s+and\s+(?:[A-Z][\w-]*\s+(?:(?:on|of|for|and|the)\s+)*){0,8}"
    r"(?:(?:resolution|decision)\s+)?\S+(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?$"
)
# ", by which it had set up", ", whereby it established": a relative clause on an instrument, its
# subject the issuer, its verb in the past
# ", which resolution 11/2 created", ", which General Assembly resolution 2791 (2026) had established": a
# relative clause whose subject is an instrument, right before its verb (E227)
_WHICH_INSTRUMENT_BEFORE_VERB = re.compile(
    r",\s+which\s+(?:its\s+|the\s+)?(?:[A-Z][\w-]*\s+){0,6}?(?:[Rr]esolution|[Dd]ecision)\s+[^\s,;()]*\d[^\s,;()]*(?:\s+\(\d{4}\))?\s+"
    r"(?:had\s+|has\s+)?(?:also\s+)?$"
)
# "resolution 11/2, establishing", "resolution 2791 (2026), thereby creating": between an instrument's
# number and the participle that tells what it did (E227)
_PARTICIPLE_AFTER_INSTRUMENT = re.compile(r"\s*(?:\(\d{4}\))?\s*,\s+(?:thereby\s+)?")
_BY_WHICH_IT_DID = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*,\s+(?:(?:by|in|through|with)\s+which|whereby)\s+it\s+(?:had\s+|has\s+)?(?:also\s+)?[a-z]+(?:ed|\s+up)\b")
_KIND_WORD_BEFORE = re.compile(r"\b(?:[Dd]ecision|[Rr]esolution)\s+$")
_INSTRUMENT_WORD_BEFORE = re.compile(r"\b(?:[Dd]ecisions?|[Rr]esolutions?)\s+(?:[A-Z][\w-]*\s+)?$")
# "Information documents before the session", "Documents before this meeting": the session the
# document is for
_BEFORE_THE_SESSION = re.compile(r"\bbefore\s+(?:the|this)\s+(?:session|meeting)\s*:?$")
_DOCUMENTS_BEFORE = re.compile(rf"\b[Dd]ocuments\s+{doc_rules.DOCUMENTS_WENT_TO}\b")
# "APPENDIX C – LIST OF DOCUMENTS", "Annex II. List of documents": the appendix of a session's
# report listing what the session had before it, the session left unsaid
# "The list of documents before the Commission at its tenth session", "The list of the documents
# considered by the Board at its ...": a sentence opening on the list of a gathering's documents
# "documents before", "documents considered by": what a list of a gathering's documents opens on
_DOCUMENTS_WENT_BEFORE = r"documents\s+(?:before|considered\s+by|submitted\s+to|issued\s+for)\s"
_LIST_OF_DOCUMENTS_BEFORE = re.compile(
    r"^(?:\d{1,3}\.\s+)?(?:The|A)\s+(?:full\s+|complete\s+)?list\s+of\s+(?:the\s+)?" + _DOCUMENTS_WENT_BEFORE
)
# "The documents before the Commission at its sixty-sixth session, including the report of the
# Secretary-General (X) and the report of ... (Y), are available on ...": the documents the
# sentence names in its "including" clause, up to the verb the sentence goes on with, were before
# the session (the same list, told in one sentence, E210)
_DOCUMENTS_BEFORE_INCLUDING = re.compile(
    r"^(?:\d{1,3}\.\s+)?(?:The|All)\s+(?:(?:full\s+|complete\s+)?list\s+of\s+(?:the\s+)?)?" + _DOCUMENTS_WENT_BEFORE
    + r"[^;:]{0,160}?,\s+(?:including|which\s+include[sd]?|among\s+(?:them|which))\s"
)
_INCLUDED_UNTIL = re.compile(r"\)?,\s+(?:are|were|is|was|have\s+been|has\s+been|can\s+be|may\s+be)\s")
# "It includes", "It also included", "It comprises": the next sentence naming the list's documents
_IT_INCLUDES = re.compile(r"^(?:It|The\s+list)\s+(?:also\s+)?(?:includes|included|comprises|comprised|contains|contained)\s")
_LIST_OF_DOCUMENTS_ALONE = re.compile(r"(?:^|[–—:.-]\s+)(?:LIST\s+OF\s+DOCUMENTS|List\s+of\s+(?:the\s+)?documents)\s*$")
# ("the report of the Working Group on that meeting": its author named, E220)
_ON_THAT_SESSION = re.compile(
    r"\b(?:[Ii]ts|[Tt]he)\s+report(?:\s+of\s+(?P<author>(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|on|of|for|and|the)){0,8}?))?"
    r"\s+on\s+(?:that|this|the\s+same)\s+(?P<word>session|meeting)(?=\d|\b)"  # "session1": a glued note
)
# "the third meeting" with no body after it ("The outcome of the third meeting is set out in ...")
_BARE_GATHERING = re.compile(rf"\b[Tt]he\s+(?P<ord>{ORDINAL})\s+(?P<word>session|meeting)\b(?!\s+of\b)")
# "(X), adopted at the eleventh session": the gathering that adopted the report, right after its symbol
_ADOPTED_AT_RIGHT_AFTER = re.compile(r"\s*\)?\s*,\s+(?:which\s+(?:was|it)\s+)?adopted\s+(?:at|during)\s+")
_THE_KIND = re.compile(r"\bthe\s+(?P<kind>" + new_bodies.KIND_PATTERN + r")\b(?!\s+(?:on|of|for)\s)", re.IGNORECASE)
# "a constant element of the Conference", "a standing element of the preparation of the Outlook"
_CONSTANT = re.compile(
    r"\b(?:(?:constant|permanent|standing)\s+element|standing\s+body"
    # "shall henceforth be a standing advisory body", "shall be a standing working group": made
    # permanent ("standing" in lower case: "the Standing Committee" is a name)
    # "shall continue as a standing working group", "shall be convened annually as a standing
    # regional mechanism", "shall continue as a standing task force"
    # "shall become a permanent body", "shall serve as a permanent forum", "to establish X as a
    # permanent body", "to convert X into a standing body", "to make X a permanent feature of"
    # "would function as a standing working group", "would remain in place as a standing mechanism"
    # "was made a standing working group by resolution 10/2" (E103, the passive)
    # ("The Working Group became a standing body under resolution 77/12": the past, lead twelfth round)
    r"|(?:(?:be|become|remain|continue|serve|function|operate|as|into)\s+|(?<=\bmade\s)|(?<=\bdeclared\s)|(?<=\bbecame\s))(?:henceforth\s+)?(?:in\s+(?:place|being|existence)\s+)?"
    r"(?:(?:convened|maintained)\s+(?:annually\s+|regularly\s+)?)?(?:as\s+)?"
    # "as a standing scientific group", "a standing office": any qualifier, a body's head noun
    r"an?\s+(?:standing|permanent)\s+(?:(?!(?:of|for|to|and|in|on)\b)[a-z][\w-]*\s+){0,2}?"
    r"(?:body|group|committee|subcommittee|sub-(?:group|committee|body)|subgroup|mechanism|organ|panel|forum|force|office|unit|team|network|board|commission|council|secretariat)"
    # "shall be a standing feature of the Board's intersessional programme", "shall remain a
    # permanent component of its methods of work", "a permanent part of its agenda"
    r"|\ban?\s+(?:permanent|standing)\s+(?:feature|component|part|fixture)\s+of"
    # "shall cease to be convened on an ad hoc basis", "should no longer be convened for fixed
    # periods", "shall no longer meet as an ad hoc group": what was temporary no longer is (E131)
    r"|\b(?:cease\s+to\s+be|no\s+longer\s+be)\s+(?:convened|constituted|held|maintained)\s+"
    r"(?:on\s+an?\s+ad\s+hoc\s+basis|for\s+(?:fixed|limited|specific)\s+(?:periods|terms)|as\s+an?\s+ad\s+hoc\s+[a-z]+)"
    r"|\b(?:cease\s+to\s+meet|no\s+longer\s+meet)\s+(?:on\s+an?\s+ad\s+hoc\s+basis|as\s+an?\s+ad\s+hoc\s+[a-z]+)"
    # "should be maintained on a permanent basis", "would continue on a standing basis", "was to
    # be kept on a permanent footing": the body made permanent, no body's head noun said (E135)
    # "shall continue its work on a standing basis", "continue their activities on a permanent
    # footing": the body's work going on for good (E154)
    r"|\b(?:continue|continues|continued)\s+(?:its|their)\s+(?:work|activities|functions|operations)\s+on\s+an?\s+(?:permanent|standing)\s+(?:basis|footing)"
    r"|\b(?:be|remain|continue|continues|continued)\s+(?:(?:maintained|kept|continued|retained|convened|in\s+(?:place|being|existence))\s+)?"
    r"on\s+an?\s+(?:permanent|standing)\s+(?:basis|footing))\b"
)
# "was made a standing element", "had been declared a permanent body": the passive of making a body
# constant, its instrument told after "by" (E103)
_MADE_CONSTANT_BY = re.compile(
    r"\b(?:(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:later\s+|subsequently\s+|since\s+)?(?:made|declared|designated|turned\s+into)"
    # "The Working Group became a standing body under resolution 77/12": the body as the subject, the
    # instrument after
    r"|(?:later\s+|subsequently\s+|then\s+)?(?:became|has\s+become|had\s+become))\s+(?:an?\s+)?$"
)
# "was, by that decision, made a", "had been, under resolution 10/2, declared a": the instrument set
# off between the auxiliary and the participle (E149)
_MADE_CONSTANT_SET_OFF_BY = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been|have\s+been)\s*,\s*(?P<by>(?:by|under|through|in)\s+[^,;()]{3,100}?)\s*,\s*"
    r"(?:later\s+|subsequently\s+)?(?:made|declared|designated|turned\s+into)\s+(?:an?\s+)?$"
)
# "by resolution", "by its decision", "in General Assembly resolution": "by" to the kind word
_INSTRUMENT_RIGHT_AFTER_BY = re.compile(r"(?:by|in|through|under)\s+(?:(?:its|the|their)\s+)?(?:[A-Z][\w-]*\s+){0,4}")
_BACK_REFERENCE_WORDS = re.compile(r"\b(?:that|the\s+same|this|the\s+said|the\s+above-mentioned)\s+(?:decision|resolution)\b", re.IGNORECASE)
# ", which the Committee first set up in 1994, " right before the passive's verb
_RELATIVE_SET_OFF_BEFORE = re.compile(r",\s*(?:which|who|whose)\b[^,;()]*,\s*$")
# "... of each substantive session by Assembly resolution 83/299": "by" and the instrument, in the
# same clause
_BY_INSTRUMENT_AFTER = re.compile(r"[^.;,()]{0,80}?\s(?:by|under|through|in)\s+(?:(?:its|the|their)\s+)?(?=(?:[A-Z][\w-]*\s+){0,4}(?:[Rr]esolution|[Dd]ecision)\s)")
# An operative paragraph's words: "Decides that X shall remain", "Agrees that X will become"
_DECIDES_FUTURE = re.compile(r"^(?:(?:Also|Further)\s+)?(?:[Dd]ecides|[Aa]grees|[Rr]esolves)\b[^|]*\b(?:shall|will|should|is\s+to)\b")
# "To endorse the recommendations": the infinitive of a decision's operative paragraph, at the
# sentence's start only (`endorsements`)
# "Endorses the recommendations", "the conclusions and recommendations", "the agreed
# conclusions", "the outcome of": what a meeting adopted, endorsed
_ENDORSE = re.compile(
    # ("Approves / Adopts the recommendations adopted by X at its second session": the same act)
    r"\b(?:endorses|endorsed|(?<=^to )endorse|approves|approved|adopts)\s+the\s+(?:(?:agreed|main|key)\s+)?"
    r"(?:recommendations?|conclusions|outcome|decisions)(?:\s+and\s+(?:recommendations|conclusions))?\b",
    re.IGNORECASE,
)
# "..., whose recommendations, adopted at its third session, held at Geneva, the Assembly endorsed in
# resolution 71/276": the endorsed object fronted in a relative clause, a set-off between it and the
# subject, the verb, then the instrument (`Reader.endorsed_whose`, E182)
_WHOSE_ENDORSED = re.compile(
    r",\s+whose\s+(?:(?:main|key)\s+)?(?:recommendations|conclusions|outcome|decisions)\b(?P<set_off>\s*,[^;:]{4,200}?,)?"
    r"\s+(?P<subject>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|on|for|and|the|[A-Z][\w'’-]*)){0,6})\s+(?:(?:also|later|subsequently|then)\s+)?"
    r"(?:endorsed|approved|welcomed\s+and\s+endorsed)\s+(?:in|by|through)\s+(?:its\s+)?(?:[A-Z][\w-]*\s+){0,3}(?=(?:resolution|decision)\s)"
)
# "The recommendations adopted by the Working Group at its third meeting were endorsed by the Commission
# in its resolution 11/2", "The recommendations of the third meeting of the Working Group, endorsed by
# the Commission in its resolution 11/2, were transmitted", "…, as endorsed by the Assembly in
# resolution 77/12": the object first, then the verb in the passive (or its participle set off) and
# the instrument; the gatherings the object names are what the instrument endorses
# (`Reader.endorsed_in_the_passive`, E197). "were not endorsed", "were submitted for endorsement", "are
# to be endorsed" say no endorsement.
_ENDORSED_IN_THE_PASSIVE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:agreed|main|key)\s+)?(?:conclusions\s+and\s+)?(?:recommendations|conclusions|outcome)\b"
    r"(?P<object>(?:[^;:()]|\([^;()]{1,60}\)){1,240}?)"
    r"(?:\s*,\s+(?:as\s+)?|\s+(?:were|was|(?:have|has|had)\s+(?:(?:since|subsequently|also|already)\s+)?been)\s+(?:(?:subsequently|since|later|then|also|duly|all)\s+)?)endorsed\s+"
    r"(?:by\s+(?P<agent>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|on|for|and|the|to|[A-Z][\w'’-]*)){0,10})\s*,?\s+)?"
    r"(?:(?:at|during)\s+its\s+[\w-]+\s+(?:session|meeting)\s*,?\s+)?"
    r"(?:(?:in|by|through|under)\s+(?:its\s+|their\s+|the\s+)?)?(?=(?:[A-Z][\w-]*\s+){0,3}(?:resolution|decision)\s)"
)
# what the object holds when it is no noun phrase of its own: a clause of its own ("…, and the report
# … was endorsed"), a relative clause
_CLAUSE_INSIDE = re.compile(r",\s+(?:and|but|which|while|whereas)\s|\bwhich\s+(?:were|was)\b")
# "Approves the report of X on its second session and endorses the recommendations contained
# therein": the meeting is the one the report named before the verb
_AT_THAT_GATHERING = re.compile(
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:adopted|made|agreed\s+(?:up)?on|formulated)\s+"
    # ("the recommendations adopted by the effectiveness evaluation committee at that meeting": the
    # agent between the participle and the gathering, E195)
    r"(?:by\s+(?:the\s+)?[^,;:()]{2,100}?\s+)?(?:at|during|by)\s+(?:that|this|the\s+same)\s+(?P<kind>meeting|session)\b"
)
# "The Committee ", "The Regional Committee also ": a sentence's subject, a body by its name, right
# before the verb (E121)
_BODY_SUBJECT_BEFORE_VERB = re.compile(r"^The\s+(?:[A-Z][\w-]*\s+){1,5}(?:also\s+|further\s+)?$")
# "endorsed the recommendations of that meeting": the gathering named before (E121)
_OF_THAT_GATHERING = re.compile(r"\s+(?:made\s+)?(?:of|by|from)\s+(?:that|this|the\s+same)\s+(?P<kind>meeting|session)\b")
_THEREIN = re.compile(r"\s+(?:contained\s+|set\s+out\s+)?therein\b")
# "Welcoming the report of the 63rd session of the Bureau ..., / 1. Endorses the recommendations
# contained in that report": the report a sentence before named, of a gathering (E134)
_IN_THAT_REPORT = re.compile(r"\s+(?:(?:contained|set\s+out|made|presented)\s+)?(?:in|of)\s+(?:that|this|the\s+said|the\s+same)\s+report\b")
_MEMBERS = re.compile(r",?\s+(?:composed|made\s+up)\s+of\b|,?\s+consisting\s+of\b|,\s+comprising\b")
_DESCRIBED_BY = re.compile(r",\s*(?:established|set\s+up|created)\s+(?:by|under|pursuant\s+to)\s+(?:its\s+)?(?:(?:decision|resolution)\s+)?$")
# ("Decision 20.COM 11, paragraph 9 of which established the Evaluation Body": the part of the
# instrument that acted, then "of which")
_RELATIVE = re.compile(
    r"\b(?:in|under|by|through|with|whereby)\s+which\b|\bwhereby\b"
    # "Resolution 5 (RA I-19) - Title, which established the Expert Team on ...": the instrument the
    # subject of the relative clause, its verb in the past right after "which"
    # (the search ends at the verb asked about: the end of the text searched is that verb)
    r"|,\s+which\s+(?:had\s+|has\s+)?(?:also\s+)?(?=[a-z]+ed\b|$)"
    r"|\b(?:(?:operative\s+)?paragraphs?|sections?|articles?)\s+\d{1,3}[a-z]?(?:\s*\([a-z]\))?(?:\s+(?:and|to)\s+\d{1,3}[a-z]?)?\s+of\s+which\b"
)
# A relative clause ("by which it established X") closed by the main clause's verb after a comma:
# ", decided to extend ..., and requested ...", or in a decision's own present tense (", decides
# that the committee shall ..., and entrusts ...").
_CLAUSE_CLOSED = re.compile(
    r",\s+(?:and\s+)?(?:also\s+)?(?:decided|agreed|adopted|approved|took\s+note|welcomed|noted|endorsed"
    r"|decides|agrees|adopts|approves|takes\s+note|welcomes|notes|endorses)\b"
)
# "by which it adopted the Declaration ..., tasked the Forum with": a relative clause with its own
# subject and verb, then a comma and the verb at hand, which is the main clause's.
_RELATIVE_SUBJECT_VERB = re.compile(r"\s+(?:it|they|the\s+(?:[A-Z][\w-]*\s+){0,5}[A-Z][\w-]*)\s+(?:also\s+)?[a-z]+ed\b")
_COMMA_BEFORE_VERB = re.compile(r",\s+(?:and\s+)?(?:also\s+|further\s+)?$")


_KIND_WORD_BEFORE = re.compile(r"(?:[Dd]ecisions?|[Rr]esolutions?)\s+$")


def _kind_word_start(text: str, number_start: int) -> int:
    """Where an instrument's mention is said from: its kind word right before a number the body's
    convention writes ("decision B.39/8"), else the number itself."""
    kind = _KIND_WORD_BEFORE.search(text, max(0, number_start - 14), number_start)
    return kind.start() if kind is not None else number_start


# "Recalling its resolution 85/151, in which it requested ... and invited it ..., and asked ...": a
# preambular paragraph opens with a participle and has no main verb of its own, so a verb after a
# comma still belongs to the relative clause (E146)
_OPENS_WITH_A_PARTICIPLE = re.compile(r"^(?:\d{1,3}\.\s+)?[A-Z][a-z]+ing\b")


# a conjunct's break: ", and", "; "
_CONJUNCT_BREAK = re.compile(r",\s+(?:and|while|whereas)\s|;")


def _document_closing_the_phrase(r: _Resolved, phrase_end: int) -> list[DocumentRef] | None:
    """The documents whose symbols close the conjunct a sending phrase stands in: the symbols after
    the phrase up to a conjunct's break, every symbol before the phrase set off by a break (another
    conjunct's documents)."""
    text = r.sentence.text
    after = [s for s in r.symbols if s.start >= phrase_end]
    if not after or _CONJUNCT_BREAK.search(text, phrase_end, after[0].start) is not None:
        return None
    before = [s for s in r.symbols if s.end <= phrase_end]
    if before and _CONJUNCT_BREAK.search(text, before[-1].end, phrase_end) is None:
        return None
    # ("before the meeting were the agenda (X) and the note (Y)": a list joined without a break is one conjunct)
    joined = [after[0]]
    for s in after[1:]:
        if _CONJUNCT_BREAK.search(text, joined[-1].end, s.start) is not None:
            break
        joined.append(s)
    return [DocumentRef(symbols=s.symbols) for s in joined]


_THAT_BEFORE = re.compile(r"\b[Tt]hat\s+$")


def _that_head_is_the_body_before(text: str, refs: SentenceRefs, bodies: dict[int, str]) -> None:
    """"... the open-ended intergovernmental working group on X was set up, and taking note of the
    report of that working group": a short name after "that" points back to the body the sentence
    named before it whose name holds the words, not to the body the short name stands for
    elsewhere (another "Working Group") (E146)."""
    for i, mention in enumerate(refs.bodies):
        if mention.key is not None or not mention.short or _THAT_BEFORE.search(text, max(0, mention.start - 8), mention.start) is None:
            continue
        head = " ".join(mention.short.lower().split())
        for earlier in reversed(refs.bodies[:i]):
            key = bodies.get(earlier.start)
            if key is not None and earlier.key is not None and head in " ".join(earlier.text.lower().split()):
                bodies[mention.start] = key
                break


# "The document reported on resolution 87/243, in which the Assembly requested ..., and invited ...":
# a paper the sentence's subject, which does nothing a body does
_PAPER_OPENS = re.compile(rf"^(?:\d{{1,3}}\.\s+)?(?:The|This)\s+(?:present\s+|(?:[\w-]+\s+){{0,3}}?)?{doc_rules.OWN_KIND}\s+(?:[a-z]+ed|[a-z]+s)\s")


_AND_BEFORE_VERB = re.compile(r",\s+and\s+(?:also\s+|further\s+)?$")


# "The Forum welcomes resolution 88/162, in which the Assembly requested ..., and invited ...": the
# sentence's subject and its verb in the present tense, before the instrument (E202)
_PRESENT_MAIN_CLAUSE = re.compile(
    r"^(?:\d{1,3}\.\s+)?(?:The|This|Its)\s+(?:[A-Z][\w-]*\s+){1,6}(?:(?:also|further|again|therefore)\s+)?[a-z]+[a-rt-z]s\s"
)
_PAST_VERB = re.compile(r"[a-z]+ed\b")


def _closed_at(text: str, relative_end: int, position: int) -> bool:
    if _OPENS_WITH_A_PARTICIPLE.match(text) and ";" not in text[relative_end:position] and ":" not in text[relative_end:position]:
        return False
    if (
        (main := _PRESENT_MAIN_CLAUSE.match(text)) is not None and main.end() < relative_end and _PAST_VERB.match(text, position)
        and ";" not in text[relative_end:position] and ":" not in text[relative_end:position]
    ):
        # "The Forum welcomes resolution 88/162, in which the Assembly requested ..., and invited
        # the Expert Mechanism ...": the subject that "welcomes" cannot go on in the past ("and
        # invited"); the verb in the past after ", and" is the relative clause's (E202)
        return False
    if _PAPER_OPENS.match(text) and _AND_BEFORE_VERB.search(text, max(relative_end, position - 20), position):
        # "The document reported on resolution 87/243, in which the Assembly requested ..., and
        # invited the ILO to ...": a paper tells of the text, it invites no one; the verb after
        # ", and" goes on with the relative clause (E188)
        return False
    return bool(_RELATIVE_SUBJECT_VERB.match(text, relative_end)) and bool(
        _COMMA_BEFORE_VERB.search(text, max(relative_end, position - 20), position)
    )


_INTRO = re.compile(
    r"^(?:(?:Also|Furthermore|Moreover|In addition|Further|Subsequently|Later|Thereafter|Then),?\s+)?"
    r"(?:In|Through|By|Under|Pursuant to|In accordance with|With)\b[^,;]*$",
    re.IGNORECASE,
)
# Reported speech: "Ms. Okafor recalled that in its resolution 78/227 the Assembly had requested"
# ("Recalling also that, by the above-mentioned resolution EM/RC73/R.4, the Regional Committee
# requested ...": the instrument named again, or bare)
_REPORTED_INTRO = re.compile(
    r"\bthat[\s,]+(?:[Ii]n|[Tt]hrough|[Bb]y|[Uu]nder)\s+(?:(?:its|their|the\s+(?:above-?mentioned|aforementioned|said))\s+)?$"
)
# "the Conference decided, in C-34/DEC.5, that ...": the instrument set off by commas after the verb;
# ", through its resolution", ", in paragraph 4 of its resolution", ", by paragraph 4 of resolution"
_THROUGH_ITS = re.compile(
    r",\s*(?:through|in|by)\s+(?:(?:its|their)\s+|(?:paragraphs?|section|part)\s+[\w.()]+(?:\s+(?:and|to)\s+[\w.()]+)?\s+of\s+(?:its\s+|their\s+)?)?$"
)
# "Commission resolution 11/2 requested ...", "Resolution 11/2 also invited ...": an instrument
# that is the subject of a past mandate verb (a note telling what it did); the body's name
# before the keyword, a date or symbol in brackets after the number
# "paragraph 5 of", "operative paragraphs 3 and 4 of", "section II of": a part of the instrument named
# "paragraph 6 of", "section II of", and "the preamble of" ("In the preamble of that decision, the
# Conference recalled"): a part of the instrument named after it
_PARAGRAPH_OF = (
    r"(?:(?:(?:[Oo]perative\s+)?(?:[Pp]aragraphs?|[Ss]ection|[Pp]art)\s+[\w.()]+(?:\s*(?:,|and|to)\s+[\w.()]+)*"
    # "section C, paragraph 3, of": the paragraph of a section, set off by commas
    r"(?:,\s+[Pp]aragraphs?\s+[\w.()]+,)?|(?:the\s+)?[Pp]reamble)\s+of\s+)"
)
_INSTRUMENT_AS_SUBJECT = re.compile(rf"^(?:{_PARAGRAPH_OF}(?:the\s+)?)?(?:(?:the\s+)?(?:[A-Z][\w’'-]*|and|of|on|for|the)\s+){{0,10}}$")
# "The Secretary-General, in accordance with resolution 77/12, was requested to …", "The Working Group
# …, pursuant to decision 12/3, is required to …", "The Secretary-General, in General Assembly resolution
# 77/12, was requested": the subject the sentence opens with, the mandate set off by commas (the issuer's
# name before the kind word), then a passive of a mandate verb: the instrument asks the subject, as "was,
# in resolution 77/12, requested" says (an active verb after it is the subject's own act under the
# mandate, E192)
_SUBJECT_THEN_MANDATE_SET_OFF = re.compile(
    r"^(?:The\s+)?[A-Z][^,;:()]{0,150}?,\s*(?:in\s+accordance\s+with|pursuant\s+to|under(?:\s+the\s+(?:terms|provisions)\s+of)?|in|by|through"
    rf"|in\s+(?:line|conformity|compliance|keeping)\s+with|by\s+virtue\s+of)\s+{_PARAGRAPH_OF}?(?:(?:its|the|their)\s+)?(?:[A-Z][\w’'-]*\s+){{0,6}}$"
)
# a passive's auxiliary ("was", "has been")
_AUXILIARY = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)"
# ", in accordance with General Assembly resolution 77/12, was ": a phrase set off by commas between a
# passive's subject and its auxiliary (the subject may stand further from the verb than usual)
_SET_OFF_BEFORE_AUXILIARY = re.compile(
    rf"\s*,\s*[^,;:]{{1,120}},\s*{_AUXILIARY}\s+(?:also\s+|further\s+)?"
)
# ("The Secretary-General was, in General Assembly resolution 77/12, requested": the auxiliary before the
# set-off phrase, the participle after it)
_AUXILIARY_BEFORE_SET_OFF = re.compile(rf"\s{_AUXILIARY},\s*\w+\s")
_SET_OFF_THEN_PASSIVE = re.compile(
    rf"\s*(?:\(\d{{4}}\))?\s*,\s+(?P<aux>{_AUXILIARY}\s+)?(?:also\s+|further\s+)?"
    r"(?:requested|invited|encouraged|urged|asked|mandated|required|called\s+upon|entrusted|tasked|instructed|directed)\b"
)
# Reported speech before a clause: "He recalled that", "The representative of Chile said that", "She
# noted that" (a press release tells what speakers said the instruments did)
_REPORTED_LEAD = re.compile(
    r"^(?:[A-Z][^,;:]{0,80}?\s+)?(?:also\s+|further\s+)?"
    r"(?:recalled|said|noted|stressed|observed|added|pointed\s+out|explained|emphasized|underlined|reiterated)\s+that\s+"
)


def _without_reported_lead(before: str) -> str:
    """What stands before a clause's subject, without the speaker's "He recalled that"."""
    lead = _REPORTED_LEAD.match(before) if "that" in before else None
    return before[lead.end() :] if lead is not None else before


# An instrument that opens its own clause (the sentence, a "that" clause, "; ") as its subject, the
# issuer's name before its keyword; then, up to a past mandate verb: a date or year in brackets,
# "of 28 June 2030", ", adopted on 30 September 2031,", "had", an adverb
_CLAUSE_SUBJECT_BEFORE = re.compile(r"(?:^|\bthat\s+|;\s+|,\s+(?:and|while|whereas)\s+)(?:(?:the\s+)?[A-Z][\w'’-]*\s+){0,6}$")
_PAST_SUBJECT_GAP = re.compile(
    r"\s*(?:\([^()]{1,60}\))?\s*(?:of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*)?"
    r"(?:,\s*(?:adopted|approved)\s+(?:by|at|on|in)\b[^;,]{1,80},)?\s*"
    r"(?:had\s+)?(?:(?:also|further|then|subsequently)\s+)?"
)


# "Resolution 2903 (2030), adopted by the Council at its 10488th meeting, on 18 December 2030,
# renewed": an instrument, then what `_PAST_SUBJECT_GAP` allows (its adoption set off, with commas
# of its own), then the first verb of its clause in the past, whatever it is (E136)
_PAST_SUBJECT_THEN_VERB = re.compile(
    r"\s*(?:\([^()]{1,60}\))?\s*(?:of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*)?"
    r"(?:,\s*(?:adopted|approved)\s+(?:by|at|on|in)\b[^;]{1,200}?,)?\s*"
    r"(?:had\s+)?(?:(?:also|further|then|subsequently)\s+)?[a-z]{3,}ed\b"
)


# "..., and the working group ... was to remain": a clause joined to the one before, opening on its
# subject, then only the auxiliary before the verb (E136)
_OPENS_JOINED_CLAUSE = re.compile(r"(?:,\s+and|;)\s+(?:the\s+|its\s+)?$")
_AUXILIARY_ONLY = re.compile(r"\s+(?:was|were|is|are|would|should|shall|will|had|has)(?:\s+(?:to|be|also|then|thereafter|henceforth))*\s+")
# ", which it also invited", ", which they further urged": a relative clause whose subject is a
# pronoun for who spoke the sentence's verb before it, its object the body before the comma (E136)
_WHICH_IT_BEFORE_VERB = re.compile(r",\s+which\s+(?:it|they)\s+(?:also\s+|further\s+|had\s+|had\s+also\s+)?$")
_TO_VERB_AFTER = re.compile(r"\s+to\s+(?=[a-z])")
# "The Bureau, which the Conference had asked in the same decision to appoint the chair, ...": the
# body before ", which" is asked; the relative clause's subject is a body named by its name, and the
# instrument is named in the clause, before the verb or after it (E196)
_WHICH_BODY_BEFORE_VERB = re.compile(
    r",\s+which\s+(?=the\s+[A-Z]|[A-Z])(?P<clause>[^,;:()]{2,90}?(?:,\s+(?:in|by|through|under)\s+[^,;:]{3,60},)?\s+)"
    r"(?:had\s+|has\s+)?(?:also\s+|further\s+|previously\s+|already\s+)?$"
)
_IN_INSTRUMENT_THEN_TO = re.compile(r"(?:\s*,)?\s+(?:in|by|through|under)\s+(?P<where>[^,;:]{3,80}?)\s*,?\s+to\s+(?=[a-z])")


def _past_subject_of_its_clause(text: str, keyword_start: int, number_end: int, verb_start: int) -> bool:
    """Whether the instrument cited from ``keyword_start`` to ``number_end`` opens a clause and is
    the subject of the past verb at ``verb_start``."""
    gap = _PAST_SUBJECT_GAP.match(text, number_end, verb_start)
    if gap is None or gap.end() != verb_start:
        return False
    return _CLAUSE_SUBJECT_BEFORE.search(text, max(0, keyword_start - 80), keyword_start) is not None


_PAST_VERB_AFTER = re.compile(
    r"\s*(?:\([^()]{1,60}\))?\s*(?:of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*)?"
    # "Resolution 12 (Cg-19) – Global Greenhouse Gas Watch, adopted by the Nineteenth World
    # Meteorological Congress (Geneva, 22 May–2 June 2023), requested ...": its title after a dash,
    # where and when it was adopted, set off by commas
    r"(?:[–—]\s*[^,;–—]{3,120}?(?=,))?(?:,\s*(?:adopted|approved)\s+(?:by|at|on|in)\b[^;]{1,200}?(?=,))?"
    # "General Assembly resolution 84/196 on the implementation of the Programme of Action of the
    # International Conference on Population and Development requested ...": its subject after "on"
    # (no relative clause inside: "on the work of the Committee, which requested") (E166)
    r"(?:\s+on\s+(?:(?!\b(?:that|which|who|whom|whose|where)\b)[^;,()\[\]:]){2,200}?(?=\s+(?:had\s+)?(?:also\s+|further\s+)?[a-z]+ed\b))?"
    # "had called upon": the pluperfect of a note telling what an earlier decision had done
    # ("likewise called on", "similarly requested": the adverb of a text comparing instruments)
    r",?\s*(?:had\s+)?(?:also\s+|further\s+|likewise\s+|similarly\s+|inter\s+alia,?\s+)?"
    r"(?:requested|invited|encouraged|urged|called\s+(?:up)?on|asked|mandated|directed|instructed|established|decided|"
    r"designated|provided\s+for)\b"
)
# "Resolution 12/1 requests ...", "Paragraph 5 of decision 31/4 invites ...", "Commission resolution
# 12/1 (2031) also requests ...": an instrument, or a paragraph of it, the subject of a present
# mandate verb in a text that is not the instrument's own (a note saying what it asks). What
# stands before the instrument: its paragraph, a body's name; between it and the verb: a date or
# symbol in brackets, "of 14 March 2031", an adverb.
# ("Background: decision B (74) ... requests": a summary's label before the subject, E144)
# "Ms. Adeyemi (Nigeria): ", "The Acting President: ", "Mr. Haddad (Department for General Assembly
# and Conference Management): ": the speaker's label that opens a turn of a verbatim record, no
# part of what the speaker says ("Resolution 87/219 requests ...", E153)
_SPEAKER_LABEL = (
    r"(?:(?:Mr|Ms|Mrs|Miss|Dr|Sir|Dame|Lord|Lady|Sheikh|Prince|Princess|Archbishop)\.?\s+[A-Z][^:()\n]{1,60}?(?:\s+\([^()]{2,120}\))?"
    r"|The\s+(?:Acting\s+|Vice-)?(?:President|Chair|Chairman|Chairperson|Co-Chair|Secretary)(?:\s+\([^()]{2,80}\))?):\s+"
)
_PRESENT_SUBJECT_BEFORE = re.compile(
    rf"^(?:.*(?:\bthat|[,;]\s*(?:and|while|whereas|but))\s+|[A-Z][a-z]+(?:\s+[a-z]+){{0,2}}:\s+|{_SPEAKER_LABEL})?\s*(?:{_PARAGRAPH_OF}(?:the\s+)?)?"
    r"(?:(?:the\s+)?(?:[A-Z][\w’'-]*|and|of|on|for)\s+){0,10}$"
)
_PRESENT_SUBJECT_GAP = re.compile(
    r"^\s*(?:\([^()]{1,60}\))?\s*(?:,?\s*of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*,?\s*"
    # ("resolution 80/238, as adopted on 24 December 2025, encourages": its day set off, E130)
    r"(?:(?:as\s+)?adopted\s+on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*,\s*)?"
    # ("resolution 87/214, just adopted, also asks": the text the meeting adopted a moment ago, E153)
    r"(?:(?:just|today)\s+adopted\s*,\s*)?"
    # ('decision B (74), "Strengthening ...", adopted at the Commission's 74th session on 18 April
    # 2031 - requests': its quoted title, then where it was adopted, set off by a comma or a dash, E144)
    r"(?:[“\"][^“”\"]{3,200}[”\"]\s*,\s*)?"
    r"(?:(?:as\s+)?adopted\s+(?:at|on|during|by)\s+[^;,\"“”–—]{3,120}?(?:\s*,|\s+[-–—])\s*)?"
    r"(?:(?:also|further|inter\s+alia|moreover|furthermore|additionally|explicitly|specifically|instead)\s*,?\s+)*$"
)
# "decision 62/104 (62nd session, March 2031)", "(adopted at its sixty-second session)": a session
# in brackets right after an instrument's number (E144)
_SESSION_IN_BRACKET_AFTER = re.compile(r"\s*\(\s*(?:adopted\s+(?:at|during)\s+(?:its\s+|the\s+)?)?(?=[\w-]+\s+session\b)")
# ": the Commission invited ...", ": the Council also requested ...": a clause after a colon opening on a
# body as the subject of the verb; and what may stand between the instrument and that colon (E144)
_ISSUER_AFTER_COLON = re.compile(
    r":\s+(?:[Tt]he\s+)?(?P<subject>[A-Z][\w’'-]*(?:\s+(?:of|on|for|and|the|[A-Z][\w’'-]*)){0,8}?)\s+(?:had\s+)?(?:(?:also|further)\s+)?"
)
_BRACKET_THEN_COLON = re.compile(r"\s*(?:\([^()]{1,80}\))?\s*")
# "; same decision set up ...", "; the same resolution also requested ...": a clause after a semicolon
# opening on the instrument named again as the subject of its verb (E144)
# "; under the latter, the Mission is tasked with", "; by the former decision, the Board asked":
# a clause of its own opening on one of the two instruments named before the semicolon
_LATTER_OPENS_CLAUSE = re.compile(
    r";\s+(?:(?:[Uu]nder|[Ii]n|[Bb]y|[Tt]hrough|[Pp]ursuant\s+to)\s+)?the\s+(?P<which>latter|former)(?:\s+(?P<kind>resolution|decision))?\s*,?\s+"
    r"(?=(?:the\s+|it\s+|they\s+|[A-Z])[^;]{0,120}$)"
)
_SAME_OPENS_CLAUSE = re.compile(r";\s+(?:[Tt]he\s+)?same\s+(?P<kind>resolution|decision)\s*,?\s+(?:(?:had|has)\s+)?(?:(?:also|further|then|in\s+addition)\s*,?\s+)*$")
# "In the same resolution", "By the latter decision", "In the above-mentioned resolution": the
# instrument named last (the first, for "the former").
# "By the same text", "By that text": a press release's word for the decision it told of last
_BACK_REFERENCE = (
    r"(?P<which>the\s+same|(?:that|this)\s+same|that|this|the\s+latter|the\s+former|the\s+above-mentioned|the\s+aforementioned|"
    # "In the same paragraph, the Assembly encouraged ...": a paragraph of the instrument named last (E102)
    r"the\s+said|said)\s+(?:resolution|decision|text|(?<=same )paragraph"
    # "By the same conclusion, the Executive Committee had encouraged ...": a conclusion of UNHCR's
    # Executive Committee (a decision, `references._ROMAN_BRACKETED`); "same" only, for "that
    # conclusion" is as often the English noun
    r"|(?<=same )conclusion)"
)
# "In resolution 12/1, ...", "By paragraph 5 of its resolution 12/1, ...", "Under Commission
# resolution 12/1, ...": an opening that says where the instrument's words are ("Under decision
# 23.IGC 9 the Panel ...": a number whose convention writes no kind word leaves the word before it)
_INTRO_NAMES_THE_TEXT = re.compile(
    # ("Under the terms (provisions) of resolution 12/1, ...": as "Under", E192)
    rf"^(?:(?:Also|Further|Furthermore|Moreover|Finally),?\s+)?(?:In|By|Under(?:\s+the\s+(?:terms|provisions)\s+of)?|Through)\s+{_PARAGRAPH_OF}?"
    r"(?:(?:its|the|their)\s+)?(?:[A-Z][\w’'-]*\s+){0,6}(?:(?:resolution|decision|recommendation)\s+)?$"
)
# "The same resolution also requests ...", "Paragraph 3 of that decision invites ...": the
# instrument named last, the subject of a present verb
# "The decision also ", "The resolution further ": the instrument the text just named, as the
# subject of a present verb, with no word ("same", "that") saying so
_THE_INSTRUMENT_AS_SUBJECT = re.compile(
    r"^\s*The\s+(?:resolution|decision)\s*,?\s*(?:(?:also|further|moreover|furthermore|then)\s*,?\s+)*$"
)
# ... and in the past, also opening the sentence's last clause after a semicolon, or after an adverb
# that sets it against what the clause before told ("A proposal to establish an expert group was
# not accepted; instead, the decision requested the Secretariat to ...", E196)
_THE_INSTRUMENT_AS_PAST_SUBJECT = re.compile(
    r"^(?:.*?;\s+)?\s*(?i:(?:instead|rather|however|in\s+the\s+end|finally)\s*,?\s+)?[Tt]he\s+(?:resolution|decision)\s*,?\s*"
    r"(?:(?:had|has)\s+)?(?:(?:also|further|moreover|furthermore|then|in\s+addition|instead)\s*,?\s+)*$"
)
_SAME_AS_SUBJECT = re.compile(
    rf"^\s*{_PARAGRAPH_OF}?{_BACK_REFERENCE}\s*,?\s*(?:(?:also|further|moreover|furthermore)\s*,?\s+)*$",
    re.IGNORECASE,
)
# "The same resolution requested", "That decision had also invited": the back reference the
# subject of a verb told in the past (E103)
# "It also endorsed ...": the pronoun opening the sentence, the verb told in the past next
_IT_AS_PAST_SUBJECT = re.compile(r"^\s*It\s+(?:(?:had|has)\s+)?(?:(?:also|further|moreover|furthermore)\s*,?\s+)*$")
# "The decision recalled ...", "The same decision also charged ...", "That resolution requested ...":
# an instrument named again as the subject of the sentence's verb in the past
_INSTRUMENT_OPENS_PAST = re.compile(
    r"^\s*(?:The|That|This)\s+(?:same\s+|above-mentioned\s+)?(?:resolution|decision)\s+"
    r"(?:(?:also|further|moreover|then)\s+)*(?:had\s+)?[a-z]+ed\b"
)
_SAME_AS_PAST_SUBJECT = re.compile(
    rf"^\s*{_PARAGRAPH_OF}?{_BACK_REFERENCE}\s*,?\s*(?:(?:had|has)\s+)?(?:(?:also|further|moreover|furthermore)\s*,?\s+)*$",
    re.IGNORECASE,
)
# "The same resolution established ...", "That decision also requested ...": a back reference that
# opens the sentence as the subject of a verb told in the past (every verb of the sentence its own)
_BACK_REFERENCE_ACTS = re.compile(
    rf"{_BACK_REFERENCE}\s+(?:had\s+)?(?:also\s+|further\s+)?"
    r"(?:requested|invited|encouraged|urged|called\s+(?:up)?on|asked|mandated|directed|instructed|established|created|"
    r"set\s+up|tasked|entrusted|designated|decided)\b",
    re.IGNORECASE,
)
# "By the present decision, the Conference established ...", "In the present resolution, the
# Council ..." in a narration (not the text of the instrument itself)
_BY_THE_PRESENT = re.compile(r"^(?:In|By|Through|Under)\s+the\s+present\s+(?:decision|resolution)\s*,")
_SAME = re.compile(
    rf"^(?:(?:Also|Furthermore|Moreover|Further|Subsequently),?\s+)?(?:In|Through|By|Under)\s+{_PARAGRAPH_OF}?{_BACK_REFERENCE}\b"
)
# "Under the above-mentioned Assembly resolution, the working group is to ...", "By that Council
# decision, ...": a back reference that says whose instrument it means by the issuer's name
# between the determiner and the kind word (the last of that issuer's the text named, not the
# one named last, which may be another body's)
_SAME_OF_ISSUER = re.compile(
    r"^(?:(?:Also|Furthermore|Moreover|Further|Subsequently),?\s+)?(?:In|Through|By|Under)\s+"
    r"(?:the\s+(?:same|above-?mentioned|aforementioned|said|latter)|that)\s+"
    r"(?P<issuer>[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,5})\s+(?P<kind>resolution|decision)\b"
)
# "... as decision 5/3. In the decision, the Group recalled ...": the definite article alone, the
# opening set off by its comma, means the instrument just named as well
_IN_THE_INSTRUMENT = re.compile(r"^(?:In|By|Through|Under)\s+the\s+(?P<kind>resolution|decision)\s*,")
# "The current mandate is Council resolution 2031/17 ... In it the Council recalled ...": the
# pronoun alone points at the instrument the sentence before named, when the issuer follows it
# "By its resolution 2029/4 (2029) of 3 June 2029, the Council ...": what sets the opening's
# instrument off from the subject after it; then the subject's first verb (`Reader.issuer_speaks_after_opening`)
_SET_OFF_AFTER_OPENING = re.compile(r"(?:\s*\([^()]{1,60}\))?(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*,\s*")
_FIRST_VERB_AFTER_SUBJECT = re.compile(r"\s+(?:also\s+|further\s+)?(?=[a-z])")
# ("By the latter, the Council ...", "In the former, ...": of two the sentence before named, E132)
_IN_IT = re.compile(r"^(?:In|By|Through|Under)\s+(?P<it>it|the\s+latter|the\s+former)\s*,?\s+(?=the\s+[A-Z])")
# "In that resolution, adopted on 3 April 2031, ...": the day set off after the back-reference
_ADOPTED_AT_SET_OFF = re.compile(r"\s*,\s+(?:which\s+was\s+)?adopted\s+(?:(?:by\s+consensus|without\s+a\s+vote)\s+)?(?:at|during)\s+")
_ADOPTED_ON_SET_OFF = re.compile(r"\s*,\s+(?:which\s+was\s+)?adopted\s+(?:(?:by\s+consensus|without\s+a\s+vote)\s+)?on\s+")
# "...; the resolution, as adopted on 24 December 2025, instead encourages the Committee": a clause
# opening on the kind word alone (the instrument the sentence named last), its day set off, then a
# present verb (E130)
_THE_KIND_OPENS_CLAUSE = re.compile(
    r"^(?:.*?;\s+)?(?P<back>[Tt]he\s+(?P<kind>resolution|decision))"
    r"(?P<day>\s*,\s+(?:as\s+)?adopted\s+(?:(?:by\s+consensus|without\s+a\s+vote)\s+)?on\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*,)?"
    r"\s*(?:(?:also|further|instead|moreover|furthermore|then|in\s+turn)\s*,?\s+)*$"
)
# "It was resolution 40/243 ... that first gave ...", "It was by its decision 3/2 that ...": a cleft
_CLEFT_IT_WAS = re.compile(r"(?:\d{1,3}\.\s+)?It\s+was\s+(?:(?:in|by|through|under)\s+)?(?:its\s+|the\s+)?(?:[A-Z][\w'’-]*\s+){0,5}")
_CLEFT_THAT = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s*,?\s*of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s+that\s+")
# "By the first, entitled "...", the Assembly requested ...", "By the second, ...", "In the latter, ...":
# one of the instruments the sentence before named together, by its place in that list (E130)
_BY_THE_NTH = re.compile(
    r"^(?:By|In|Under|Through)\s+the\s+(?P<nth>first|second|third|fourth|former|latter)"
    r"(?:\s+of\s+(?:these|those|them|the\s+two|the\s+three))?"
    r"(?:\s*,\s*entitled\s+[\"“](?P<title>[^\"“”]{3,240})[\"”])?\s*,\s+"
)
# "By those resolutions, they decided ...", "In these decisions, the Conference ...", "Under both
# resolutions": a plural back reference to the instruments the text named last
_BY_THOSE = re.compile(
    r"^(?:In|By|Through|Under)\s+(?:those|these|both|the\s+(?:same|two|said|above-mentioned))\s+(?:concurrent\s+|identical\s+|twin\s+)?"
    r"(?P<kind>resolutions|decisions)\s*,\s+"
)
_KIND_OF_PLURAL = {"resolutions": "resolution", "decisions": "decision"}
_NTH_PLACE = {"first": 0, "former": 0, "second": 1, "third": 2, "fourth": 3, "latter": -1}
# "The Assembly, in the same resolution, requested X ... and called upon Y": the back-reference set
# off after the subject speaks for every verb of the sentence
_SUBJECT_THEN_SAME = re.compile(
    rf"^(?:The|the)\s+(?:[A-Z][\w’'-]*\s+){{0,5}}[A-Z][\w’'-]*,\s+(?:also\s+|further\s+)?(?:in|through|by|under)\s+{_PARAGRAPH_OF}?{_BACK_REFERENCE},"
)
# "Decision 638 (C30), entitled "...", recalls ... It further invites the Joint Inspection Unit to
# ...": a note's sentence whose subject is an instrument, its verb in the present, and the next
# sentence going on with "It"
# What opens a sentence before an instrument that is its subject: "The", "Its", and the kind word
# a convention's number does not write ("Decision" of "Decision 638 (C30)")
# An opening set off by a comma may stand before it: "In its preamble, resolution 2663 (2022) recalls
# ...", "Moreover, decision 638 (C30) reaffirms ...", "In paragraph 4, resolution 12/1 invites ..."
_BEFORE_SUBJECT_INSTRUMENT = instrument_subjects.BEFORE_SUBJECT_INSTRUMENT
# after it: where and when it was adopted or its title, set off by commas, then a present verb by
# which its text cites another instrument or asks something
_SET_OFF_AFTER_SUBJECT = r"(?:\s*,\s*[^;]{0,200}?,)?\s*,?\s+(?:also\s+|further\s+)?"
_CITING_VERB_AFTER_SUBJECT = re.compile(
    # ("B.38/07 takes note of decision 9/CP.35 and decision 6/CMA.12": the text notes them, E98)
    # (in the past too, where a text narrates what the instrument said: "Resolution 2094 (2013),
    # of 7 March 2013, reaffirmed resolutions 1718 (2006) and 1874 (2009)")
    _SET_OFF_AFTER_SUBJECT
    + r"(?:recalls|reaffirms|refers\s+to|cites|takes\s+into\s+account|takes\s+note\s+of"
    r"|recalled|reaffirmed|referred\s+to|cited|took\s+into\s+account|took\s+note\s+of"
    # ("Resolution 85/40 welcomed resolution 77/12", "makes reference to": a preamble's other verbs)
    r"|welcomes|welcomed|acknowledges|acknowledged|reiterates|reiterated|(?:makes|made)\s+reference\s+to"
    r"|(?:builds|built)\s+(?:up)?on)\b"
)
# A present citing verb of an instrument subject, which a mandate verb may follow after "and":
# "Decision B.38/03 recalls decision B.37/14 and requests the Committee to ..." (E98)
_PRESENT_CITING_VERB = re.compile(r"\b(?:recalls|reaffirms|refers\s+to|cites|takes\s+(?:into\s+account|note\s+of))\b")
# ... or any verb of its content, in the present
_PRESENT_VERB_AFTER_SUBJECT = re.compile(
    _SET_OFF_AFTER_SUBJECT
    + r"(?:recalls|reaffirms|refers\s+to|cites|takes\s+(?:into\s+account|note)|requests|invites|encourages|urges|calls\s+upon|decides|instructs|asks)\b"
)
# "paragraph (b) of B.38/11": a lettered paragraph cited of an instrument
_LETTERED_PARAGRAPH_OF = re.compile(r"\b(?:sub)?paragraph\s+\([a-z]{1,3}\)\s+of\s+(?:(?:its|the)\s+)?(?:(?:decision|resolution)\s+)?$")
# what a heading may hold before the name of the body its section is about: its label ("A. ", "II. ",
# "3. ") and an article: "A. Committee established pursuant to resolution 1533 (2004) concerning ..."
_HEADING_OPENS_ON_A_NAME = re.compile(r"\s*(?:(?:[A-Z]|[IVXLC]{1,6}|\d{1,3})\.\s+)?(?:[Tt]he\s+)?")
# ", " or ", originally " between a body's name and a participle of origin set off after it
_SET_OFF_PARTICIPLE_GAP = re.compile(r"\s*,\s+(?:(?:first|originally|initially|itself)\s+)?")
_OBJECT_OF_PREPOSITION = re.compile(r"\b(?:to|of|with|for|from|on|by|before)\s+(?:the\s+)?$")
_COORDINATED_VERB = re.compile(r",?\s+and\s+(?:also\s+|further\s+)?$")
# "Decision 11/1 provides that the Committee shall hold ...": what an instrument lays down, told in
# the present with the modal of a rule in its content clause (`Reader.instrument_as_present_subject`)
_PROVIDES_THAT = re.compile(
    r"\b(?:provides|stipulates|specifies|lays\s+down|establishes)\s+that\b[^;:]{2,300}?\s(?:shall|should|will|is\s+to|are\s+to|must)\s+(?:(?:also|not|continue\s+to)\s+)?[a-z]+\b[^;:]*$"
)
# "Resolution 2974 (2032) ... instructed the Committee to ...; it also invited X to ...": a clause
# of its own whose subject "it" is the instrument the sentence opened on (E163)
_IT_CLAUSE_VERB = re.compile(r";\s+it\s+(?:(?:also|further|moreover|then|likewise)\s+)?$")
# ", endorses": a verb of a series parted by commas (`Reader.instrument_as_present_subject`)
_SERIES_VERB = re.compile(r",\s+$")
# ("It also", "It further": the adverb says the sentence goes on listing the instrument's content;
# a bare "It calls upon ..." may be the meeting's or the body's voice, and is left)
# ", which had been set up", ", which was originally established": a passive of establishment in a
# relative clause on the body named before it
_WHICH_HAD_BEEN_BEFORE = re.compile(
    r",\s+which\s+(?:had\s+been|has\s+been|have\s+been|was|were)\s+(?:(?:originally|initially|first|earlier|previously|only)\s+)?$"
)
_IT_AS_SUBJECT = re.compile(r"^\s*It\s+(?:(?:also|further|moreover|furthermore)\s*,?\s+)+$")
# "The text recalls ... It asks the Director General to ...": in a news story, a bare "It" after the
# sentence on the text goes on with the text (elsewhere it may be the meeting's or a body's voice)
_IT_BARE_AS_SUBJECT = re.compile(r"^\s*It\s+$")
# "In paragraph 9 of resolution 80/123, the Assembly decided ... In paragraph 11, the Assembly
# invited ...": a paragraph named alone is one of the instrument the text named last
_PARAGRAPH_ALONE = re.compile(
    r"^(?:(?:Also|Furthermore|Moreover|Further|Subsequently|Finally),?\s+)?(?:In|Through|By|Under)\s+(?:operative\s+)?"
    r"(?:paragraphs?|subparagraph)\s+\d{1,3}(?:\s*\([a-z]{1,4}\))?(?:\s*(?:,|and|to)\s+\d{1,3}(?:\s*\([a-z]{1,4}\))?)*\s*,"
)
# `Reader.issuer_opens_clause`: between an opening and its subject ("In its preamble, the Assembly")
_THE_ONLY = re.compile(r"\s*(?:the\s+)?")
# `Reader.named_subject_opens`: what opens a sentence before its subject, and stands between the
# subject and its verb
_OPENS_ON_THE = re.compile(r"(?:\d{1,3}\.\s+)?(?:(?:Furthermore|Moreover|In addition|Also|Finally),?\s+)?[Tt]he\s+")
_ALSO_OR_FURTHER = re.compile(r"\s+(?:also|further)\s+")
_ALSO_OR_FURTHER_OR_NONE = re.compile(r"\s+(?:(?:also|further)\s+)?")
# what may stand between an opening and the instrument that is the sentence's subject: "In its
# preamble, General Assembly resolution 85/91 recalls"
_NAMES_BEFORE_INSTRUMENT = re.compile(r"\s*(?:[A-Z][\w’'-]*\s+){0,4}")
# "In its preamble, the Assembly recalled ...": a part of the instrument the text named last (E105)
# "Paragraph 7 invited the treaty bodies ...", "Paragraph 12 requested the secretariat to ...": a
# report that walks a resolution paragraph by paragraph makes the paragraph the subject (E146)
_PARAGRAPH_AS_SUBJECT = re.compile(
    r"^(?:(?:Also|Furthermore|Moreover|Further|Finally),?\s+)?(?:Operative\s+)?[Pp]aragraph\s+\d{1,3}(?:\s*\([a-z]{1,4}\))?\s+"
    r"(?:also\s+|further\s+|then\s+)?(?:request|invit|encourag|ask|call|urg|direct|decid|recall|establish|welcom|task|charg|mandat|gave)"
)
# "Implementation of Human Rights Council resolution 73/14", "reports, paragraph by paragraph, on the
# steps taken to implement resolution 73/14": the one instrument a report is about (E146)
_IMPLEMENTATION_OF = re.compile(r"\b(?:[Ii]mplementation\s+of|implement)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,6}(?:resolution|decision)\s")
_PART_ALONE = re.compile(
    r"^(?:(?:Also|Furthermore|Moreover|Further|Finally),?\s+)?[Ii]n\s+(?:its|the)\s+"
    # (the comma may be left out: "In the operative part the Conference requested ...")
    r"(?:preamble|preambular\s+(?:part|paragraphs?)|operative\s+part)\s*,?"
)
# "In the operative part the Director-General was requested to report ...": the part, then the
# addressee as the subject of a passive of the mandate verbs (the instrument named last speaks)
_ADDRESSEE_PASSIVE_AFTER = re.compile(
    r"\s*,?\s*(?:was|were|is|are|had\s+been|has\s+been)\s+(?:also\s+|further\s+)?"
    r"(?:requested|invited|asked|encouraged|urged|called\s+upon|mandated|directed|entrusted)\b"
)
# "The same resolution requested X to ...; the Committee then invited Y": past a semicolon, a
# clause that names its own subject before its verb is that subject's, not the instrument's
_OWN_SUBJECT_AFTER_SEMICOLON = re.compile(r";\s*(?!(?:and|also|further|it|and\s+also|and\s+further)\s*$)\S[^;]*$", re.IGNORECASE)


def _clause_with_its_own_subject(text: str, position: int) -> bool:
    """Whether the verb at ``position`` stands in a clause after a semicolon that opens on words
    of its own (a subject: "; the Committee then invited"), not on "and" or "also" alone."""
    return ";" in text[:position] and _OWN_SUBJECT_AFTER_SEMICOLON.search(text, 0, position) is not None


_CARRY_SUBJECT = re.compile(
    # "It also invited ...": the body of the sentence before, by its pronoun
    # ("It had also invited ...": the past perfect of a report telling what an earlier decision did, E141)
    r"^(?:(?:Furthermore|Moreover|In addition|Also|Finally),?\s+)?(?:[Tt]he\s+[A-Z][\w -]{2,60}?|It)\s+(?:had\s+)?(?:also\s+|further\s+)?"
    # "The Committee resolved that the task force would remain ...": "resolved", "agreed",
    # "determined" decide as "decided" does
    r"(?:requested|encouraged|invited|urged|called upon|asked|established|decided|resolved|agreed|determined|endorsed|"
    # "The Committee also tasked the working group with ...": the narrated past of the rarer verbs
    r"tasked|instructed|entrusted|directed|mandated)\b"
)
# "The Council further requested", "The Commission also invited": the verb says the sentence
# goes on with what an instrument named before did
# "the SBSTA and the Subsidiary Body for Implementation at their sixty-fifth sessions"
_AT_THEIR = re.compile(r"\s+(?:at|during|for|to)\s+(?:their\s+)?")
_JOINED_NAMES = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")
# A sentence telling on, in the past, what the decision a heading recounts did: its subject (the
# body or a thing named before, or "It"), then a verb in the past, active or passive
# "Operative paragraph 4 ", "In operative paragraph 6 the Assembly also ", "In Appendix C, the
# Assembly ": a part of the instrument a section recounts, before the present verb of its words
_PART_OF_THE_TEXT_SPEAKS = re.compile(
    r"(?:[Ii]n\s+)?(?:(?:[Oo]perative|[Pp]reambular)\s+paragraph\s+\d{1,3}(?:\s*\([a-z]\))?|[Pp]aragraph\s+\d{1,3}(?:\s*\([a-z]\))?"
    r"|(?:Appendix|Annex|Part|Section)\s+(?:[A-Z]|[IVX]{1,5}|\d{1,2}))\s*,?\s+"
    r"(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+|on\s+)*[A-Z][\w'’-]*){0,5}\s+)?(?:also\s+|further\s+|then\s+)?"
)
_NARRATION_GOES_ON = re.compile(
    r"^(?:(?:Furthermore|Moreover|In addition|Also|Finally),?\s+)?(?:[Tt]he\s+[A-Za-z][\w -]{2,60}?|It)\s+"
    r"(?:also\s+|further\s+)?(?:(?:was|were)\s+(?:also\s+|further\s+)?)?[a-z]+(?:ed|ked|ught|de|id)\b"
)
# "The Economic and Social Council endorsed ... in its resolution 2030/14": the sentence opens on
# its subject, the verb right after it, the instrument after "in its" / "by its" (E107)
_ISSUER_OPENS = re.compile(r"(?:^|^\d{1,3}\.\s+)(?:[Tt]he\s+)?")
_PAST_VERB_NEXT = re.compile(r"\s+(?:also\s+|further\s+|subsequently\s+|then\s+)?[a-z]+ed\b")
_IN_ITS_BEFORE = re.compile(r"\b(?:in|by|through)\s+its\s+$")
_CLAUSE_BREAK = re.compile(r"[;:]|\.\s|,\s+(?:and|but|while|whereas)\s+(?:the\s+)?[A-Z]")
_FURTHER_SUBJECT = re.compile(
    # ("The meeting further invited ...": a report's word for the gathering that adopted it, E105)
    # ("It had also invited ...", "The Conference had further requested ...": the past perfect of a
    # report telling what an earlier decision did, E141)
    r"^(?:\d{1,3}\.\s+)?(?:[Tt]he\s+[A-Z][\w -]{2,60}?|[Tt]he\s+(?:meeting|session)|It)\s+(?:had\s+)?(?:also|further)\s+"
    r"(?:requested|encouraged|invited|urged|called\s+upon|asked|decided\s+to\s+(?:request|invite)|"
    r"tasked|instructed|entrusted|directed|mandated)\b"
)
# "The Assembly invited ...", "The Council requested ...": a sentence opening on a body and a past
# mandate verb, no adverb
_ISSUER_GOES_ON = re.compile(
    r"^(?:[Tt]he\s+[A-Z][\w -]{2,60}?)\s+(?:requested|encouraged|invited|urged|called\s+upon|asked|tasked|instructed|entrusted|directed|mandated)\b"
)


# "The report was submitted pursuant to resolution 58/9": a sentence about a document names the
# instrument only as the document's mandate; "In it" after it is the document
# ("requested the Secretary-General to report to the Commission": "report" the verb, E132)
_ABOUT_A_DOCUMENT = re.compile(r"\b(?<!\bto )(?:report|note|letter|document|study|summary|communication)s?\b", re.IGNORECASE)


def _an_account_of(sentence: str, instrument: InstrumentRef) -> bool:
    """Whether ``sentence`` tells of ``instrument`` (`_tells_of`) and of no document."""
    return _tells_of(sentence, instrument) and _ABOUT_A_DOCUMENT.search(sentence) is None


def _tells_of(sentence: str, instrument: InstrumentRef) -> bool:
    """Whether a sentence names ``instrument`` by its number or by a back reference of its kind
    ("that resolution", "the same decision")."""
    if f"{instrument.session}/{instrument.number}" in sentence:
        return True
    # a number in its body's own convention ("GC.24/Res.5", "IDB.59/Dec.7"): the session, the kind's
    # abbreviation, the number
    if re.search(rf"(?<!\d){re.escape(instrument.session)}/(?:Res|Dec|RES|DEC)\.{re.escape(instrument.number)}(?!\d)", sentence):
        return True
    back = re.search(_BACK_REFERENCE, sentence, re.IGNORECASE) or _IN_THE_INSTRUMENT.match(sentence)
    return back is not None and instrument.kind in back.group(0).lower()


# "is requested", "are also invited": the present passive an account of an instrument tells its
# requests in ("will be invited to approve the agenda" is what a session will do, no request)
_IS_OR_ARE_BEFORE = re.compile(r"\b(?:is|are)\s+(?:also\s+|further\s+)?$")
_WAS_OR_WERE_BEFORE = re.compile(r"\b(?:was|were)\s+(?:also\s+|further\s+)?$")


def _goes_on_telling(r: _Resolved, last: list[InstrumentRef]) -> bool:
    """Whether ``r``'s sentence, naming no instrument, goes on with the account of the one
    instrument the sentence before it in the paragraph told of ("... as decision 5/3. In the
    decision, the Group set up a task team. The task team is to report ...")."""
    if r.instruments or len(last) != 1:
        return False
    before = _previous_sentence(r)
    return before is not None and _tells_of(before, last[0])


# "is requested by the Council to", "was asked by the Assembly to": the issuer named after the verb
_VERB_THEN_BY_THE = re.compile(r"[a-z]+(?:\s+(?:up)?on)?\s+(?:also\s+|further\s+)?by\s+(?:the\s+)?")


# Where the addressee of a mandate ends: "to" + a verb, "that", "for", or the clause end.
_ADDRESSEE_END = re.compile(
    r"\b(?:to|that|so as to|in order to)\s+(?!the\b|a\b|an\b|its\b|their\b|all\b|this\b|these\b|those\b|"
    r"States?\b|Member\b|relevant\b|other\b|each\b)"
    # ("requested that group, together with the Secretariat, to": "that" pointing at a body named
    # before, its head noun after it, no clause's "that", E148)
    r"(?!(?:group|committee|panel|team|task\s+force|board|body|network|forum|bureau)\b(?:,|\s+(?:to|and)\s))"
    r"[a-z]|[;:]|\.(?:\s|$)"
    # "established a working group ..., and requested the Director-General to": the next verb of
    # the narrative opens another clause with addressees of its own
    # ("the Assembly would decide to re-establish a working group ..., and would request the
    # Secretary-General to ...": a draft's terms told in the conditional, E153)
    r"|,?\s+and\s+would\s+(?:also\s+|further\s+)?[a-z]+\b"
    r"|,?\s+and\s+(?:also\s+|further\s+)?(?:requested|invited|urged|encouraged|called|asked|directed|instructed|entrusted|"
    r"authorized|authorised|decided|endorsed|welcomed|adopted|approved|established|appointed|elected|mandated"
    # ("Invites the Human Rights Council and requests the Secretary-General to report", "Requests
    # the Secretary-General, and invites the Council, to ...": an operative paragraph's second verb)
    r"|requests|invites|urges|encourages|calls|asks|directs|instructs|entrusts|authorizes|authorises|decides|"
    r"endorses|welcomes|adopts|approves|establishes|appoints|elects|mandates)\b"
)
# ", and invites other relevant agencies of the United Nations system, also to assist": a second
# verb and its addressees set off by commas, then the task the two verbs share
_SHARED_TASK_AFTER_SECOND_VERB = re.compile(
    r",\s+and\s+(?:also\s+|further\s+)?[a-z]+s(?:\s+(?:upon|on))?\s+[^,;:]{2,160},\s+(?:also\s+)?(?P<task>to\s+[a-z])"
)
# "requested that the Secretary-General, the Office ... and the Department ... provide the Working
# Group with ...": the verb's clause opens with "that", its subjects, then its verb in the
# subjunctive (no "to"), whose object is no addressee
_THAT_BEFORE_SUBJECTS = re.compile(r"\s*that\s+(?:the\s+)?$")
_SUBJUNCTIVE_VERB = re.compile(
    r"\s*,?\s+(?:also\s+|further\s+|continue\s+to\s+)?(?!(?:and|or|as|together|including|in|with|through|of|for|on|at|by|via|notably|especially|the|its|their|this|these|those|all|each|both)\b)"
    r"[a-z]{3,}\s+(?:[a-z]+\s+){0,3}(?:the\s+)?$"
)
# ", both of which were encouraged", ", all of which are invited": a clause on a list of bodies
_BOTH_OF_WHICH = re.compile(r",?\s+(?:both|all|each)\s+of\s+(?:which|whom)\s+(?:\w+\s+){0,2}$")
# "the mandate of the", between an establishing verb and the post it creates
# ("by which the Assembly had created the post of the United Nations High Commissioner for Human
# Rights", "established the position of Special Envoy": the post itself, named so)
_MANDATE_OF_POST = re.compile(r"the\s+(?:mandates?|posts?|positions?)\s+of(?:\s+the)?")
# "requested a report (on progress) from the ...": the paper asked for, then "from" before its writer
# (the verb's alternative in `rules/mandate_verbs.py`)
_PAPER_ASKED_FROM = re.compile(
    r"\s+(?:an?|the|its|further|annual|regular)\s+(?:[\w-]+\s+){0,4}?(?:reports?|study|studies|notes?|updates?|assessments?|analys[ie]s|reviews?)\s+"
    r"(?:(?:on|of|about)\s+[^.;()]{1,60}?\s+)?from\s+",
    re.IGNORECASE,
)
# " a report, the ": the verb's object, a thing named with an indefinite article, then a comma (`addressees`)
_OBJECT_THEN_CLAUSE = re.compile(r"\s*(?:an?|further|annual)\s+[^,;:()]{1,80},\s*(?:the\s+)?$")
_VERB_AFTER_NAME = re.compile(r"\s+(?:(?:also|then|later|subsequently)\s+)?(?!(?:and|or|to|as|of|in|for|with|on|at|by|from)\b)[a-z]{2,}\b")
# "requested that a report be submitted by the Secretary-General", "asked that a study on … should be
# prepared by UNEP": the paper asked for in a passive "that" clause, its writer the agent after "by"
# (E192; "that the report be considered by the Third Committee" asks for no paper to be written)
_PAPER_TO_BE_DONE_BY = re.compile(
    r"\s+that\s+(?:an?|the|its|further|annual|regular)\s+(?:[\w-]+\s+){0,4}?(?:reports?|study|studies|notes?|updates?|assessments?|analys[ie]s|reviews?)\s+"
    r"(?:(?:on|of|about)\s+[^.;()]{1,60}?\s+)?(?:should\s+|shall\s+)?be\s+(?:prepared|submitted|presented|produced|issued|compiled|undertaken|conducted|carried\s+out)\s+"
    r"(?:(?:annually|regularly|biennially|to\s+it|to\s+the\s+(?:[A-Z][\w-]*\s+)+)\s*)*by\s+",
    re.IGNORECASE,
)
_NOT_ADDRESSEE = re.compile(r"\b(?:of|with|by|from|to|on|in|at|for|among|between)\s+(?:the\s+)?$")
# "Requests the secretariat to convene the first meeting of the task force, and the task force to
# prepare ...": a second addressee with a task of its own, after the first's ("and" right before
# it, "to" and a verb right after it) (E131)
# "the Committee, together with the secretariat, to ...": a second addressee set off by commas
_TOGETHER_WITH = re.compile(r"\s*,\s*(?:together|jointly)\s+with\s+(?:the\s+|its\s+)?")
_SET_OFF_THEN_TASK = re.compile(r"\s*,\s*to\s+(?!the\b|a\b|an\b|its\b|their\b|be\b)[a-z]")
# "the 304th meeting", "its 12th plenary meeting": a numbered sitting, of no body named
_NUMBERED_SITTING_AFTER = re.compile(r"(?:the|its)\s+\d{1,4}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting\b(?!\s+of\b)")
_AND_THEN_ADDRESSEE = re.compile(r",?\s+and\s+(?:also\s+)?(?:the\s+|its\s+)?$")
# " and the ", ", the ": between two bodies of one group of addressees
_JOINED_ADDRESSEE = re.compile(r"(?:\s*,\s*|\s+and\s+)(?:the\s+|its\s+)?")
_OWN_TASK_AFTER = re.compile(r"\s*,?\s+(?:also\s+)?to\s+(?!the\b|a\b|an\b|its\b|their\b|be\b)[a-z]")
# "through its Sessional Committee", "via the secretariat": the body a task goes through, not
# one it is given to.
_THROUGH_CHANNEL = re.compile(r"\b(?:through|via)\s+(?:the\s+|its\s+|their\s+)?$")
# ", as the secretariat of the Commission,", ", in its capacity as the secretariat of": the role
# of the addressee just named, not a second addressee ("as well as the" joins one)
_IN_ITS_ROLE_AS = re.compile(r",\s+(?:in\s+its\s+capacity\s+)?as\s+(?:the\s+|its\s+)?$")
_CONNECTS = re.compile(r"^\s*,?\s*(?:and|as well as|or)?\s*(?:also\s+)?(?:the\s+)?$")
_JOINT_BEFORE = re.compile(
    r"\b(?:back[- ]to[- ]back|in conjunction|jointly|together|concurrently)\s+with\s+(?:the\s+)?$"
)
# "... was held back to back with the nineteenth meeting of the Working Group on X, which took place in
# Vienna ... in accordance with resolution 13/3": a relative clause that tells where, when and under
# what the gathering held with the first one met; the mandate in it is that gathering's (E196)
_WHICH_WAS_HELD_AFTER = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][^,;()]{0,150}?)?(?:\s*\([^()]{1,40}\))?\s*,\s+which\s+"
    r"(?:took\s+place|was\s+(?:held|convened)|met)\b"
)
# "at FAO headquarters in Rome", "at WFP headquarters": an organization's abbreviation, then the
# word in lower case
# ("at the headquarters of the Food and Agriculture Organization of the United Nations in Rome",
# "at the seat of the International Maritime Organization in London": the host's whole name,
# its abbreviation in brackets after it: "of the Economic Commission for Latin America and the
# Caribbean (ECLAC) in Santiago")
_HEADQUARTERS = (
    r"(?:\s+at\s+(?:(?:the\s+)?(?:[A-Z][\w.]*\s+){0,4}(?:Headquarters|(?<=[A-Z] )headquarters)|the\s+(?:headquarters|seat|premises)(?=\s+of\s))"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:and|for|of|on|the)\s+)*[A-Z][\w-]*){0,8}(?:\s+\([A-Z][A-Za-z]{1,9}\))?)?)"
)
# A duty station named by its office before its town: "at the United Nations Office at Geneva",
# "at the United Nations Office in Nairobi", "at the Economic Commission for Africa in Addis Ababa"
_DUTY_STATION = r"(?:\s+at\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,3}(?:Office|Commission\s+for(?:\s+[A-Z][\w.]*){1,4})(?=\s+(?:at|in)\s+[A-Z]))"
_SEAT = r"(?:\s+at\s+(?:its|their)\s+(?:seat|headquarters))"
# "at the same venue", "in the same conference centre", "at the same premises": the place told
# for the meeting named before (E148)
_THE_SAME_VENUE = (
    r"(?:at|in)\s+the\s+same\s+(?:venue|place|location|premises|building|(?:conference\s+)?(?:centre|center|facilities|hall))"
)
_VIRTUALLY = (
    # ("held its session in person in New York": the way it met, then the town)
    r"virtually|online|remotely|in\s+person|in\s+(?:a\s+)?(?:hybrid|virtual|online|in-person)\s+(?:format|mode|setting)|"
    r"(?:via|by|through)\s+(?:a\s+)?(?:video[- ]?(?:tele)?conferenc(?:e|ing)|virtual\s+platform)"
)
# "decision 11/4, adopted at CSP11 on 24 August 2030": the day told after a session an
# instrument was adopted at is the day of the adoption, one day of a session of several
# ("adopted by the General Assembly at its eighty-fifth session on 23 December 2030": the adopting
# body named between)
_ADOPTION_DAY_AT_A_SESSION = re.compile(
    # ("decision X, taken at its 245th Session on 11 November 2031": a decision taken as adopted, E138)
    r"\b(?:adopted|(?<=,\s)taken)\s+(?:by\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|the|for|and|on)\s+)*[A-Z][\w'’-]*){0,12}\s*,?\s+)?"
    # "adopted without amendment as resolution EM/RC76/R.2 at the fifth meeting of the seventy-sixth
    # session, on October 16, 2029": how, the number, a sitting of the session
    r"(?:(?:without\s+(?:amendments?|changes?)(?:\s+to\s+[\w.]{1,12})?|as\s+(?:orally\s+)?(?:amended|revised)|by\s+consensus"
    r"|without\s+(?:a\s+)?vote|unanimously)\s*,?\s+)?(?:as\s+(?:resolution|decision)\s+\S{1,30}\s+)?"
    # ("adopted at the Commission's 74th session on 18 April 2031": its body in the possessive, E144)
    rf"(?:at|during)\s+(?:its\s+|the\s+(?:[A-Z][\w-]*(?:\s+(?:of\s+|for\s+|on\s+|the\s+)*[A-Z][\w-]*){{0,6}}['’]s\s+)?)?"
    rf"(?:{ORDINAL}\s+(?:plenary\s+)?meeting\s+of\s+(?:its\s+|the\s+)?)?$"
)
_ON_ALONE = re.compile(r"\s*,?\s*on\s+")
# "..., on 7 December 2022, the General Assembly adopted", "..., on 7 December 2022, adopted": the
# verb of adoption right after a day set off by commas, its subject perhaps between
_SUBJECT_THEN_ADOPTED = re.compile(
    r"\s*,\s+(?:(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|on|for|the)){0,7}\s+)?"
    r"(?:also\s+|then\s+|further\s+|unanimously\s+)?adopted\b"
)
_NOT_HELD = re.compile(r"\b(?:conclusion|end|close|margins?|outcome|results?)\s+of\s+(?:the\s+)?$")
# "to hold the first meeting of its eighty-first session on 20 March 2036", "the 3rd plenary meeting of
# the twelfth session, on 4 May": a sitting within the session, whose day is no span of the session's (E217)
_SITTING_OF_THE_SESSION = re.compile(
    rf"\b(?:opening|closing|final|last|{ORDINAL})\s+(?:plenary\s+)?(?:meeting|sitting)\s+of\s+(?:(?:the|its|their)\s+)?$", re.IGNORECASE
)
# "The session will be opened by the Chair of the forty-fifth session on Monday, 28 April 2031": an
# officer of a session is the subject; the day that follows is not that session's
_OFFICER_OF = re.compile(r"\b(?:Chair|Chairperson|Chairman|President|Vice-Chairs?|Vice-Presidents?|Rapporteur|Bureau|officers)\s+of\s+(?:(?:the|its)\s+)?$")
# "(Geneva, 12–14 May 2031)", "(Bangkok, Thailand, 3–5 May)", "(Bangkok, 2013)": the place, then a
# day or a year, in brackets right after a meeting's name
_PLACE_IN_BRACKETS = re.compile(r"\s*\(\s*[A-Z][\w'’. -]{1,40}(?:,\s*[A-Z][\w'’. -]{1,30})?,\s*(?:\d|[A-Z][a-z]+\s+\d)")
# "would take place immediately after COP12, from 22 to 24 November": another gathering named as
# the time the one before it is held, between the verb and the dates (E94)
_TIME_ANCHOR = re.compile(r"\s+(?:(?:immediately|directly|shortly|just)\s+)?(?:after|before|following|preceding)\s+(?:the\s+)?[^,;()]{1,120}?,?(?=\s+(?:from|on)\s*$)")
# "would be held in conjunction with COP 20, in Santiago, from", "back to back with the fifth session
# in Geneva on": the gathering it is held with, between the verb and its place and dates (E141)
# ", recalled that the session had been held at ...", "; the meeting was held in ...": a clause after
# a gathering that names it again by its kind word alone, then says where and when it was held
_TOLD_BACK_AS_HELD = re.compile(
    r"(?:[^;.()]|\([^;()]{1,40}\)){0,120}?(?:\bthat|,\s+and|;)\s+(?:the|this|that)\s+(?P<kind>session|meeting)\s+(?=(?:had\s+been|has\s+been|was)\s+held\s+(?:in|at)\s)"
)
_HELD_ALONGSIDE = re.compile(
    r"\s+(?:in\s+conjunction\s+with|back[- ]to[- ]back\s+with|(?:jointly|concurrently|together)\s+with|alongside)\s+(?:the\s+)?"
    r"[^,;()]{1,120}?(?:,(?=\s)|(?=\s+(?:in|at)\s+[A-Z])|(?=\s+(?:from|on)\s*$))"
)
# what such a phrase is held with: a gathering ("the twentieth session of the Conference", "COP 20",
# "SBI 64"), not "a regional workshop"
_GATHERING_NAMED = re.compile(r"\b(?:[Ss]ession|[Mm]eeting|[Cc]onference|[Ss]ummit|[Aa]ssembly|[Cc]ongress)s?\b|\b[A-Z]{2,8}[ .-]?\d{1,3}\b")
# (the verb of another gathering's being held right before: "The bodies met four times after the
# twelfth session (held in Geneva ...)" dates the twelfth session)
_TIME_ANCHOR_BEFORE = re.compile(
    r"\b(?:take|takes|took|taking)\s+place\s+(?:(?:immediately|directly|shortly|just)\s+)?(?:after|before|following|preceding)\s+(?:the\s+)?$"
    r"|\b(?:be|is|are|was|were)\s+held\s+(?:(?:immediately|directly|shortly|just)\s+)?(?:after|before|following|preceding)\s+(?:the\s+)?$"
    r"|\b(?:meet|meets|met|convene|convenes|convened)\s+(?:(?:immediately|directly|shortly|just)\s+)?(?:after|before|following|preceding)\s+(?:the\s+)?$"
)
# "The working group met during the one hundred and twentieth session, on 12 and 13 June": the days
# the group sat within a session it names by "the" (no "its"), not the session's (E193)
_MET_DURING_THE = re.compile(r"\b(?:meet|meets|met|convene|convenes|convened)\s+during\s+$")
# "<session>, at which the Conference ... adopted decision X": a relative clause on the session
# (E94), its verb "adopted" within the clause, then the instruments it names (joined by "and", commas)
_AT_WHICH = re.compile(r"\s*(?:\([^()]{1,40}\))?,\s+at\s+which\s+")
_ADOPTED_IN_CLAUSE = re.compile(r"[^.;:()]{0,160}?\badopted\s+")
_ADOPTED_THEN_LIST = re.compile(r"(?:(?:its|the)\s+)?(?:(?:decisions?|resolutions?)\s+)?(?:[\w/().-]+(?:,\s*|\s+and\s+)){0,6}$")
# "…, its sixty-third from 12 to 14 May 2031": a gathering of a series whose verb was said for the
# first, its days right after it (E166)
_GAPPED_HELD = re.compile(r"\s+(?:from|on)\s+")
# what joins it to the days of the gathering dated before: a comma or "and", then "its"/"the"
_NEXT_IN_A_SERIES = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:its|their|the)\s+")
# "the dates of (for) its thirteenth session", the gathering next: the days after it are its own
_DATES_OF_BEFORE = re.compile(r"\bdates\s+(?:of|for)\s+(?:(?:its|the)\s+)?$")
_COLON_THEN_DAY = re.compile(r"\s*:\s*(?:from\s+)?")
_HELD = re.compile(
    # "held its eleventh meeting on", "meeting, held in Vienna from", "is scheduled to be held on";
    # an auxiliary needs its verb ("the deadline for the session is Monday, 3 October" is no date of it).
    # "its twenty-eighth session (E/2026/33),[1] held in": the report's symbol and a footnote between
    # ("its sixty-third session (10 meetings) in New York": the count of its meetings between)
    r"^(?:\s*\([A-Z][^()]{1,60}\)|\s*\(\d{1,3}\s+(?:plenary\s+)?meetings?\))?(?:\s*,)?(?:\[\d{1,3}\])?"
    # "Joint working group, second meeting: Cologne, 14-16 April 2032", "first meeting: online, 9
    # February 2032": a list line's field, the place (or none) and the days after the colon
    r"(?:\s*:(?=\s+(?:[A-Z]|online\b|virtually\b|(?:to\s+be\s+)?held\s+(?:in|at|on|from)\b)))?"
    # "the fortieth meeting of the Committee of Experts of the Conference, held at ...": the rest
    # of the body's name, the body it belongs to, before the comma
    r"(?:\s+of\s+the\s+[A-Z][\w-]*(?:\s+(?:of\s+|for\s+|on\s+)?[A-Z][\w-]*){0,3}(?=\s*,\s*(?:held|convened)\b))?"
    # "held its first meeting as a standing working group on 9 May": what the body met as
    r"(?:\s+as\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*(?=\s+(?:on|from|in|at)\s))?"
    # "convened its twenty-second regional meeting of intelligence and security services in Doha
    # from": who took part, in lower case, no body's name (E102)
    r"(?:\s+of\s+(?!the\b|its\b|their\b)(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*(?=\s+(?:from|in|at)\s))?"
    # "the fifty-third session (held in Geneva from 25 to 29 November 2030; report X)"
    # ("(to be held in Geneva on 11 December 2032)": a gathering to come is held too)
    r"(?:\s*\((?=(?:to\s+be\s+)?held\s+(?:in|at|on|from)\b))?"
    # A footnote's mark may stand glued after the gathering or its comma: "ninth meeting,1 held in".
    r"\s*(?:\d{1,2}(?=[\s,]))?,?\s*(?:\d{1,2}\s+(?=held\b|convened\b|which\b|in\b|on\b|from\b))?"
    # "the eleventh session, hosted by the Government of Portugal, was held in": the host set off
    r"(?:\s*hosted\s+by\s+(?:the\s+)?[A-Z][^,;()]{2,80},\s*)?"
    # "..., both held on 6 and 7 October": the meetings named together, dated together (E95)
    # ("the fourth meeting having been held in Entebbe, Uganda, on 12.01.2032", E97)
    r"(?:(?:which\s+)?(?:(?:both|all|each)\s+)?(?:(?:was|were|is|are|(?:will|would|shall|should)\s+be|(?:is\s+|are\s+)?to\s+be|(?<=\s)be(?=\s+held\b)|had\s+been|has\s+been|having\s+been)\s+)?"
    # "tentatively scheduled to be held in Vienna from", "provisionally scheduled"
    r"(?:(?:(?:tentatively|provisionally)\s+)?(?:scheduled|expected|planned)\s+to\s+be\s+)?"
    # "the 172nd session is scheduled for 1 to 3 June 2032"
    # "was hosted by the Government of Portugal in Lisbon": the host named, then where
    # ("..., meeting jointly in Rome on 8 November 2032": sessions of two bodies sitting together)
    # ("ran from 10 to 24 September 2024", "will run from": the session's span told by its course, E174)
    r"(?P<verb>held(?:\s+(?:jointly|together))?|convened|opened|took\s+place|ran|runs|(?:will|would|is\s+to|are\s+to|(?:is\s+|are\s+)?(?:scheduled|expected|planned|due)\s+to)\s+run|meeting\s+(?:jointly|together)|hosted\s+by\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:of|and|the|for)\s+)*[A-Z][\w-]*){0,6}|(?:will|would|shall|should|is\s+to|are\s+to|(?:is\s+|are\s+)?(?:scheduled|expected|planned|due)\s+to)\s+take\s+place"
    r"|(?<=\s)(?:(?:tentatively|provisionally)\s+)?(?:scheduled|planned)\s+for))?"
    # "held its thirteenth session virtually from", "in a hybrid format in Vienna from"
    # "via video conference", "by videoconference": no place
    rf"(?:\s*,?\s*(?:{_VIRTUALLY})\s*,?)?"
    # "held in Rome", "held at Rome", "held at United Nations Headquarters in New York", "session
    # (Geneva, 12–14 May 2031)", "session (UNESCO Headquarters, Paris, 10-11 June 2031)", "at the Palais des Nations, Geneva", "in Vienna (Austria)", "at
    # the Vienna International Centre"
    # "and its sixth meeting, also in The Hague, from 3 to 5 June": the place said again
    # "Thirteenth session, Cartagena, Colombia, 8–14 June 2027": a masthead's or a note's line,
    # the place and the dates each after a comma
    # "at its seat at the United Nations Office at Geneva": the body's seat, then the duty station
    rf"(?:(?:\s+{places.VENUE}{places.AFTER_VENUE}|{_SEAT}?(?:{_HEADQUARTERS}|{_DUTY_STATION})?\s+(?:also\s+)?(?:in|at)\s+|\s*\(\s*(?:{places.VENUE_NAME}(?:,\s+|\s+in\s+))?|(?<=[,:])\s+)(?P<place>{places.PLACE})"
    # "held at the same venue from 24 to 26 April": when, the place told before (not read here);
    # "held at the Palais des Nations from 7 to 25 July": a venue named without its town
    # ("held in Songdo, Incheon, Republic of Korea, from": a town, its province and its country)
    rf"(?:(?:,\s+{places.COUNTRY}){{1,2}}|{places.COUNTRY_IN_BRACKETS})?|\s+{places.VENUE_TOWN}|\s+{_THE_SAME_VENUE}|\s+{places.VENUE_ALONE}"
    # "the 43rd Session of the Assembly, Montréal, 24 September to 4 October 2028": the town set
    # off by commas between the gathering and its dates, as a citation lists them (no weekday, no
    # word of a document's parts: "its fifth meeting, Agenda item 4, 3 May")
    rf"|\s*,\s*(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Agenda|Item|Annex|Supplement|Plenary|Chapter|Section|Part|Paragraph|Summary|Report)\b)(?P<listed>{places.PLACE})(?:,\s+{places.COUNTRY}|{places.COUNTRY_IN_BRACKETS})?\s*,"
    # 'title: "Report of ... on its eightieth session"' / 'held: "Geneva, 1-10 December 2031"': a
    # record's field after the title that names the session, where and when it was held
    rf"|[\"”]?\s+[Hh]eld\s*:\s*[\"“']?(?P<field_place>{places.PLACE})(?:,\s+{places.COUNTRY})?\s*,)?"
    # "held in Lisbon between 3 and 5 May", "its eleventh session (3–5 May 2031)": the dates alone in brackets
    # ("held in Geneva, opening on Monday, 18 May 2036, and closing ...": the first day, the last after it)
    r"\s*(?:,|(?P<bracket>\())?\s*(?:on|from|between|(?P<opening>opening\s+on))?\s*(?:[A-Z][a-z]+day,\s*)?$"
)
# "met in Geneva from " / "met at United Nations Headquarters on " ... "for its second session"
_MET_BEFORE_DATES = re.compile(
    rf"\b(?:met|convened|was\s+convened|sat)(?:\s+{places.VENUE}{places.AFTER_VENUE}|(?:{_HEADQUARTERS}|{_DUTY_STATION})?\s+(?:in|at)\s+)?"
    rf"(?:(?P<place>{places.PLACE})(?:,\s+{places.COUNTRY}|{places.COUNTRY_IN_BRACKETS})?)?\s*,?\s*(?:on|from|between)\s+(?:[A-Z][a-z]+day,\s*)?$"
)
# "met in Nairobi for its sixty-fourth session", "will meet at the Palais des Nations, Geneva, for its":
# the place a body meets in, then the session it meets for
# ("gathered in Bangkok for its", "Meeting at Bangkok for its ninth session, the Committee ...": the
# participle opening the sentence, E208)
_MET_IN_PLACE_FOR = re.compile(
    rf"(?:^\s*(?:\d{{1,3}}\.\s+)?Meeting|\b(?:met|meets|meet|convened|convenes|reconvened|sat|gathered|assembled|reassembled))(?:\s+{places.VENUE}{places.AFTER_VENUE}|(?:{_HEADQUARTERS}|{_DUTY_STATION})?\s+(?:in|at)\s+)"
    rf"(?P<place>{places.PLACE})(?:,\s+{places.COUNTRY}|{places.COUNTRY_IN_BRACKETS})?\s*,?\s*for(?:\s+(?:its|their|the))?\s*$"
)


def _met_in_place_for(text: str, end: int) -> re.Match[str] | None:
    """`_MET_IN_PLACE_FOR` searched in ``text[:end]``, only where that ends on "for" (then "its",
    "their" or "the" perhaps), as every match does: the pattern is tried at every position else."""
    tail = text[:end].rstrip()
    if tail.endswith(("its", "their", "the")):
        tail = tail[: -5 if tail.endswith("their") else -3].rstrip()
    return _MET_IN_PLACE_FOR.search(text, 0, end) if tail.endswith("for") else None


# "The ninth session of the Committee, in Bangkok, was opened on 2 May", "At its ninth session, at
# Bangkok, the Committee adopted": the town alone set off by commas right after the gathering (E208)
_PLACE_SET_OFF = re.compile(
    rf"\s*,\s+(?:in|at)\s+(?P<place>{places.PLACE})(?:,\s+{places.COUNTRY}|{places.COUNTRY_IN_BRACKETS})?\s*(?=,|\.(?:\s|$)|$)"
)
# "the work of its Working Group on Indigenous Languages": a subsidiary named as its parent's (E208);
# the space before "its", where `new_bodies.described_after` reads the name
_ITS_SUBSIDIARY = re.compile(r"\s(?=(?:its|their)\s+(?:[A-Z][\w-]*\s+){1,4}(?:on|for)\s+(?:the\s+)?[A-Z])")
# "the Commission's Expert Group on Tide Gauges", "the Parties’ Committee on X": the owner's name in
# the possessive stands for "its" (E215); the mark ends the owner's mention ("'s") or follows it ("s'")
_NAME_POSSESSIVE_SUBSIDIARY = re.compile(r"(?:['’]s|(?<=s)['’])(?=\s+(?:[A-Z][\w-]*\s+){1,4}(?:on|for)\s+(?:the\s+)?[A-Z])")


def _its_subsidiaries(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_ITS_SUBSIDIARY` in ``text``, in order: each is the one character before an
    "its" or a "their", so the pattern is tried only there, not at every space of the sentence."""
    starts = []
    for word in ("its", "their"):
        at = text.find(word, 1)
        while at >= 0:
            starts.append(at - 1)
            at = text.find(word, at + 1)
    for start in sorted(starts):
        if (m := _ITS_SUBSIDIARY.match(text, start)) is not None:
            yield m


_WHICH_HOLDS_ITS = re.compile(
    r"\s*,\s+which\s+(?:has\s+|had\s+|will\s+|would\s+|shall\s+)?(?:since\s+|already\s+|also\s+)?(?:held|holds?|met\s+for|convened)\s+its\s+[\w-]+\s+(?P<word>session|meeting)s?\b"
)
_AT_TOWN_ALONE = re.compile(rf"\s+at\s+(?P<place>{places.PLACE})\s*(?=[,;.)]|$)")
_FOR_SESSION = re.compile(r"^\s*,?\s*(?:for|at|during|in)\s+(?:its|the|their)?\s*$")
# the sentence's subject: nothing but an article (or a paragraph's number) before its name
_OPENS_ON_SUBJECT = re.compile(r"^\s*(?:\d{1,3}\.\s+)?(?:The\s+|the\s+)?$")
# what may stand before an instrument's keyword that opens a sentence: its issuer's name ("General
# Assembly resolution 77/12 contains ...")
_ISSUER_WORDS_ONLY = re.compile(r"(?:[A-Z][\w-]*\s+(?:(?:and|of|on|for)\s+)?){0,6}")
# "is meeting at Headquarters in New York from ", "is in session in Geneva from ", "are sitting at
# the Palais des Nations, Geneva, from ": a body's session under way, its place and days (E145)
_MEETING_NOW = re.compile(
    rf"\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:meeting|sitting|in\s+session)(?:{_HEADQUARTERS}|\s+{places.VENUE})?"
    rf"(?:,\s+|\s+in\s+|\s+at\s+)(?P<place>{places.PLACE})(?:,\s+{places.COUNTRY})?,?\s+(?:from|between|on)\s+(?:[A-Z][a-z]+day,\s*)?"
)
_HELD_PARTICIPLE = re.compile(r"\s*,\s*(?:\d{1,2}\s+)?held\s+(?:in|on|from|at)\b")
# ", held jointly in Vienna from ...", ", both held in ...", ", held together on ...": after two
# gatherings named as one, where and when both sat
_HELD_TOGETHER = re.compile(r"\s*,\s*(?:both\s+|jointly\s+)?held\s+(?:(?:jointly|together)\s+)?(?:in|on|from|at)\b")
_DATE_GAP = re.compile(r"^\s*,?\s*(?:and\s+)?(?:on|from)?\s*$")
# "and it is Monday, 14 June 2027", "Today is 3 May 2031": a speaker saying what day it is
_SAID_TODAY = re.compile(r"(?:\b(?:and|now)\s+it\s+is|\b[Tt]oday\s+is)\s+(?:[A-Z][a-z]+day,?\s+)?(?=\d)")
# the place after a comma alone, no "held in" nor bracket before it
_COMMA_PLACE = re.compile(r"^\s*,\s+[A-Z]")
# what may stand before such a line's session (nothing, a label and its colon or a field's name
# and its tab, an article) and
# after its dates (the end, a dash, a bracket, a full stop or a semicolon)
# "For the file:", "Session<tab>", "(Adopted at the 43rd Session of the Assembly, Montréal, ...)"
_LINE_OPENING = re.compile(r"^(?:[^.:;\t]{0,40}[:\t]\s*)?\(?(?:(?:[Aa]dopted|[Hh]eld)\s+at\s+)?(?:the\s+|The\s+|its\s+)?$")
# "Ninth session, Second Committee, 4 March": a body's word is no town
_BODY_WORD = re.compile(
    r"\b(?:Committee|Council|Commission|Assembly|Conference|Board|Group|Panel|Forum|Parties|States|Members?|Plenary|Session|Meeting)\b"
)
_LINE_CLOSING = re.compile(r"\s*(?:$|[—–(.;]|-\s)")
# after the dates of a gathering set in apposition inside a sentence: a comma, a closing bracket,
# the sentence's end ("..., Montréal, 24 September to 4 October 2028)", "..., 3–7 May 2030,")
_APPOSITION_CLOSING = re.compile(r"\s*(?:$|[,);]|\.(?:\s|$))")
# what stands between the session a document was considered at and a document joined to it:
# "together with" and the document's name, up to its symbol's bracket (E155)
_TOGETHER_WITH_THEN_SYMBOL = re.compile(r"\s*,?\s+(?:together|along)\s+with\s+(?:the\s+|its\s+)?[^;()]{0,200}\(")
# "of the judges", "of the members": those who sit in a body's gathering, named after it (E155)
_OF_ITS_MEMBERS = re.compile(r" of (?:the |its |their )?(?:judges|members|commissioners|experts)\b")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_PLACE_ONLY = re.compile(
    # "shall be held in Punta del Este in August 2033": a place and no day; "tentatively scheduled"
    # "its seventeenth session (E/C.20/2027/24), held in New York in August 2027": the report's
    # symbol between
    # "which is to be held in Lima" (E99)
    rf"(?:\s*\([A-Z][^()]{{1,60}}\))?\s*,?\s*(?:which\s+)?(?:(?:(?:is|are)\s+to\s+be|was|were|is|are|(?:will|shall|would|should)\s+be|to\s+be|(?<=\s)be(?=\s+held\b)|ha[sd]\s+been)\s+)?"
    rf"(?:(?:(?:tentatively|provisionally)\s+)?(?:scheduled|expected|planned)\s+to\s+be\s+)?"
    # "held at United Nations Headquarters in New York in August 2032": the venue before the town
    # "its thirty-second session would take place in New York in April 2032"
    # ("is expected to take place in New York in 2035", "are scheduled to take place in": E141)
    rf"(?:held|took\s+place|(?:will|shall|would|should|is\s+to|are\s+to|(?:is|are)\s+(?:(?:tentatively|provisionally)\s+)?(?:scheduled|expected|planned|due)\s+to)\s+take\s+place"
    # "will be hosted by the Government of Austria in Vienna": the host named, then the town (E197)
    rf"|hosted\s+by\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|and|the|for)\s+)*[A-Z][\w'’-]*){{0,6}}"
    # "its second session is planned for March 2035 in New York", "scheduled for early 2034 in Bonn": the
    # month or year it is set for (no day: no `heldOn`), then the town (E191)
    rf"|(?<=\s)(?:(?:tentatively|provisionally)\s+)?(?:scheduled|planned|foreseen)\s+for\s+(?:(?:early|mid|late)[\s-]+)?(?:{_MONTH}\s+)?(?:19|20)\d\d)"
    # ("its third session, held at Geneva, ...": "at" and the town alone, a clause's punctuation
    # right after it, E182)
    # ("took place at the United Nations Conference Centre, Bangkok.": a venue, a comma, the town, E209)
    # (the venue tried first: "at United Nations Headquarters, New York." is no town "United Nations Headquarters")
    rf"(?:\s+{places.VENUE}{places.AFTER_VENUE}|(?:{_HEADQUARTERS}|{_DUTY_STATION}|\s+{places.VENUE})?\s+(?:in|at(?=\s+{places.PLACE}\s*(?:[,;.)]|$)))\s+)"
    rf"(?P<place>{places.PLACE})\b"
)
_IN_PLACE_THEN_WHEN = re.compile(
    rf"\s+in\s+(?P<place>{places.PLACE})\s+(?:in|on|from)\s+(?:\d{{1,2}}\s+(?:to\s+\d{{1,2}}\s+)?)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
# What stands between two gatherings named as one subject: "the A and the B", "of A and of B".
# ("the 33rd meeting of the PPRC (PPRC.33) and the 33rd meeting of ...": its short form in brackets between, E95)
# ("the Programme Committee at its 134th Session and the Finance Committee at its 199th Session,
# meeting jointly in Rome on ...": the second body named before its own session, as the first was)
_AND_NEXT = re.compile(
    r"^(?:\s*\([A-Z][^()]{1,30}\))?\s*,?\s*(?:and|as\s+well\s+as)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w-]*(?:\s+(?:(?:of|on|for|and)\s+(?:the\s+)?)?(?-i:[A-Z])[\w-]*){0,6}\s+(?:at|during)\s+)?$"
)
# "its first meeting at the Headquarters of the Organization in Madrid"
# ("held its twelfth session at the Vienna International Centre, Vienna": a venue, a comma, the town, E209)
_IN_PLACE = re.compile(
    rf"(?:{_HEADQUARTERS}?\s+in\s+|\s+{places.VENUE}{places.AFTER_VENUE})(?P<place>{places.PLACE})\b(?!\s+(?:[a-z]+\s+)?(?:resolution|decision)\b)"
)
# "It will have before it", "Under this item, it will have": the pronoun as the receiver
_IT_SUBJECT = re.compile(r"^(?:[^,]{0,60},\s*)?(?:[Ii]t|[Tt]hey)\s+(?:also\s+|further\s+)?$|^(?:[^,]{0,60},\s*)?(?:[Ii]t|[Tt]hey)\s+(?:also\s+)?(?=will|would|shall|may|had|has|have)")
# "It had before it": a past session's documents, unless the document reports on a session
# "the Commission considered / also examined the report ...": what the session did with a
# document, its body the subject right before the verb (`considered_at_this_session`). Not "took
# note of": a body notes what was not before it too, and the corpus gold gives "takes note of" no
# submittedTo.
# "Delegates considered document X", "The Secretariat introduced document X": a summary of the
# session tells what was before it by who read or presented the paper there
_READ_AT_THE_SESSION = re.compile(
    r"(?:^|:\s+)(?:(?:Delegates|Participants|Members|Parties)\s+(?:also\s+)?(?:considered|examined|reviewed|discussed)"
    r"|The\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Secretariat|Chair|Bureau|Co-Chairs?|Rapporteur)\s+(?:also\s+)?(?:introduced|presented))"
    r"\s+(?=documents?\b|(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}?(?:reports?|notes?|study|papers?|proposals?)\b)"
)
_ACTED_ON = re.compile(
    r"(?<=\s)(?:also\s+|further\s+|then\s+)?(?:considered|examined|reviewed"
    # "The Commission discussed the report (X)", "had for its consideration the report (X)": other
    # words of the same reading; "approved the recommendations contained in document X": the
    # body acted on what the paper holds, so it had the paper (not "took note of", E33) (E227)
    r"|discussed|debated|took\s+up|had\s+(?:also\s+)?for\s+(?:its|their)\s+consideration"
    r"|(?:approved|endorsed|adopted|accepted)(?=\s+the\s+(?:recommendations|proposals|conclusions)\s+(?:set\s+out|contained)\s+in\s))\s+"
    # "considered the options set out in a note by the Secretariat (X)": what a paper holds (E102)
    r"(?:the\s+(?:options|proposals|recommendations|elements|issues|information|findings|conclusions)\s+"
    r"(?:set\s+out|contained|presented|described|outlined|made)\s+in\s+)?"
    # what was read is a paper: "the report ...", "the note by ...", "document X" (not
    # "considered the question")
    # "considered the Report of the 201st Session of the Finance Committee": a title in capitals
    r"(?=(?:(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}?(?:[Rr]eports?|[Nn]otes?|[Ss]tudy|[Ss]tudies|[Ee]valuation|[Rr]eview|[Ss]ummary|[Pp]apers?|[Pp]roposals?)\b|documents?\b"
    # "considered programme 20, Human rights, of the proposed programme plan for 2036 (A/90/6 (Sect.
    # 24))", "reviewed the proposed budget for 2036 (X)": a paper named by what it holds (a plan, a
    # budget, estimates, a strategy, a work programme ...), its symbol in brackets closing the object
    # (no clause break before it; not "a draft decision on ... (X)", which carries no fact of its own,
    # the unseen set's convention, nor "the question of coastal data (X)", no paper)
    r"|(?!(?:(?:an?|the|its)\s+)?(?:[\w-]+\s+)?drafts?\b)(?!(?:the\s+)?(?:question|item|issue|matter|situation|topic|subject|theme)s?\b)"
    r"(?=[^;:.()]{0,200}?\b(?:plans?|budgets?|estimates|strateg(?:y|ies)|frameworks?|statements?|accounts|information|programmes?\s+of\s+work|work\s+programmes?)\b)"
    r"(?:the\s+|its\s+)?[\w-][^;:.()]{0,200}?\s\(\s*(?:documents?\s+)?[A-Z]{1,8}/[\w./-]))"
)
# "(Y), which will also be before": the relative clause's antecedent is the document just named
# ", and to the CMA at its eighth session", " and also to the eighth session of": a second receiver
_AND_TO_ANOTHER = re.compile(
    r"^\s*,?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?to\s+(?:(?:the\s+)?[A-Z][\w -]{0,80}?\s*,?\s+(?:at|during)\s+|the\s+)?$"
)
# "(X), which the Conference had before it": the relative's subject is the receiver
# ("(X), prepared by the working group pursuant to decision BC-19/4, which the Working Group will
# take up at its sixteenth meeting": a participle's clause on the paper between, E148)
_WHICH_SUBJECT_HAD = re.compile(
    r"^\s*[)\]]?\s*\*?\s*,\s*(?:(?:prepared|drawn\s+up|drafted|issued|produced|compiled)\s+[^;:,()]{0,160}?,\s*)?"
    r"which\s+(?:the\s+[A-Z][\w -]{0,80}?|it|they)\s+(?:also\s+)?$"
)
# "The provisional agenda (X)", "the provisional agenda and annotations (X)": an agenda and its symbol
_PROVISIONAL_AGENDA_SYMBOL = re.compile(
    r"\b[Pp]rovisional\s+agenda(?:\s+and\s+(?:its\s+)?annotations)?\s*(?P<bracket>\()[^()]{3,60}\)"
)
# "will be held", "is to be held", "will take place", "will meet": a gathering still to come
# "decided that its next session be held in Geneva": the subjunctive, settled only after a verb of
# deciding ("will propose that the meeting be held in Geneva", "recommended that ..." settle nothing)
_SUBJUNCTIVE_HELD = re.compile(r"\s*,?\s*be\s+held\b")
_SETTLED_THAT = re.compile(r"\b(?:decided|decides|agreed|agrees|resolved|resolves|determined|confirmed)\s+that\b")
# "Decides that" opening a clause, its verb capitalised as an operative paragraph prints it
_SETTLES_THAT = re.compile(_SETTLED_THAT.pattern, re.IGNORECASE)
_TO_BE_HELD_TOLD = re.compile(r"\b(?:will|shall|is\s+to|are\s+to)\s+(?:be\s+(?:held|convened)|take\s+place|meet)\b")
_AT_ITS_RIGHT_AFTER = re.compile(r"\s*,?\s*(?:at|during)\s+(?:(?:its|their)\s+)?")
_WHICH_RIGHT_AFTER = re.compile(r"^\s*[)\]]?\s*,\s*which\s+(?:[a-z]+\s+){0,3}$")
# "(X), which had been prepared in accordance with ", "(X), which was issued pursuant to ": a relative
# clause on the document right before it, up to the mandate it names
_WHICH_MANDATE_RIGHT_AFTER = re.compile(
    r"\s*[)\]]?\s*,\s*which\s+(?:(?:had|has|have)\s+been\s+|was\s+|were\s+|is\s+|are\s+)?(?:also\s+)?"
    r"(?:prepared|issued|submitted|produced|drafted|compiled)\s+(?:pursuant\s+to|in\s+accordance\s+with|in\s+response\s+to|under|as\s+requested\s+in|following)\s+$"
)
# "the Finance Committee, at its 198th Session (Rome, ...), examined": the subject, its session set
# off by commas, then the verb (`Reader.considered_at_a_session_set_off`)
_SUBJECT_THEN_AT = re.compile(r"\s*,\s*(?:at|during)\s+")
_SESSION_SET_OFF_THEN_VERB = re.compile(r"\s*(?:\([^()]{0,80}\))?\s*,\s+(?:(?:had|has|have)\s+)?")
_NEXT_CLAUSE = re.compile(r";|,?\s+and\s+(?:also\s+)?(?:decided|adopted|requested|agreed|approved|recommended|endorsed)\b|\bwhich\b")
# What a session report says was before the session reported on without naming it as the receiver
# (E131): "the findings ..., prepared pursuant to decision 641 (LXXVIII), were presented in document
# X" (the symbol after), "The report ... (X), held in Geneva ..., was made available to participants
# for reference" (the symbol before), "the Working Group adopted the provisional agenda for the
# session (X)" (the symbol right after: the session's own agenda)
_PRESENTED_IN_DOCUMENT = re.compile(
    r"\b(?:was|were|had\s+been|have\s+been)\s+(?:also\s+)?(?:presented|introduced|tabled|set\s+out|submitted)\s+in\s+documents?\s+(?=[A-Z])"
)
_MADE_AVAILABLE_TO_PARTICIPANTS = re.compile(
    r"\b(?:was|were|had\s+been|have\s+been)\s+(?:also\s+)?(?:made\s+available|distributed)\s+"
    r"(?:to\s+(?:all\s+)?(?:the\s+)?(?:participants|delegations|delegates|members|experts|States)|at\s+the\s+(?:present\s+|current\s+)?session)\b"
)
# "the agenda and programme of work", "the agenda and organization of work": one paper (E191)
_AND_WORK = r"(?:\s+and\s+(?:the\s+)?(?:(?:provisional|proposed|draft)\s+)?(?:programme|organization)\s+of\s+work)?"
_AGENDA_FOR_THE_SESSION = re.compile(
    r"\badopted\s+(?:its|the)\s+(?:(?:provisional|annotated|revised)\s+)*agenda" + _AND_WORK + r"\s+(?:(?:for|of)\s+(?:the|this|its)\s+"
    r"(?:(?:present|current)\s+)?(?:session|meeting)\s*(?:,\s*)?(?:\(\s*(?:documents?\s+)?|as\s+(?:set\s+out|contained)\s+in\s+(?:documents?\s+)?)"
    # "The Council adopted the provisional agenda in document GEF/C.79/01." (E165)
    r"|(?:as\s+(?:set\s+out|contained)\s+)?in\s+documents?\s+)(?=[A-Z])"
    # "The agenda for the meeting (EC/84/SC/CRP.1) was adopted": the passive, the symbol in brackets
    r"|\b[Tt]he\s+(?:(?:provisional|annotated|revised)\s+)*agenda" + _AND_WORK + r"(?:\s+(?:for|of)\s+(?:the|this|its)\s+(?:(?:present|current)\s+)?(?:session|meeting))?"
    r"\s*\(\s*(?:documents?\s+)?(?=[A-Z][^()]{2,40}\)\s*,?\s+(?:was|were)\s+(?:also\s+)?adopted\b)"
)
# "the Committee adopted the draft report on its twenty-sixth session (ICCD/CRIC(26)/L.1)", "adopted
# its draft report, as contained in document X": the draft of the report on the session, adopted
# there, was before it (E141); the symbol right after
_DRAFT_REPORT_ADOPTED = re.compile(
    r"\badopted\s+(?:the|its)\s+draft\s+(?:final\s+)?report(?P<on>\s+(?:on|of)\s+(?:its|the)\s+(?:[\w-]+\s+){1,2}?(?:session|meeting))?"
    r"\s*(?:\(\s*(?:documents?\s+)?|,?\s+(?:as\s+)?(?:contained|set\s+out|issued|reproduced)\s+in\s+(?:documents?\s+)?)(?=[A-Z])"
)
# "The Standing Committee adopted (approved) the report of its 106th meeting (A/AC.96/1312)" in
# the report of its 107th: the report of an earlier gathering, adopted at the one reported on, was
# before it; "The report of the 106th meeting (X) was adopted" says the same
_EARLIER_REPORT_ADOPTED = re.compile(
    r"\b(?:adopted|approved)\s+(?:the|its)\s+report(?P<on>\s+(?:on|of)\s+(?:its|the)\s+(?:[\w-]+\s+){1,2}?(?:session|meeting))"
    r"\s*(?:\(\s*(?:documents?\s+)?|,?\s+(?:as\s+)?(?:contained|set\s+out|issued|reproduced)\s+in\s+(?:documents?\s+)?)(?=[A-Z])"
    r"|\b[Rr]eport(?P<on_passive>\s+(?:on|of)\s+(?:its|the)\s+(?:[\w-]+\s+){1,2}?(?:session|meeting))\s*\(\s*(?:documents?\s+)?(?=[A-Z][^()]{2,40}\)\s+(?:was|were)\s+(?:adopted|approved)\b)"
)
_AT_ANOTHER_SESSION = re.compile(
    r"\b(?:at|during)\s+(?:its|the|their)\s+(?!(?:present|current|this)\b)(?:[\w-]+\s+){1,2}?session\b", re.IGNORECASE
)
_HAD_BEFORE_IT = re.compile(r"\b(?:had|has)\s+(?:also\s+)?before\b")
# "the report of the Secretary-General listed below.", "the following documents.": a list follows
# "The documents listed in the record above are before ...", "the reports set out above": the
# entries of the lists above the sentence (E121)
_LISTED_ABOVE = re.compile(r"^The\s+(?:documents|reports|papers)\s+(?:listed|set\s+out|mentioned)\s+(?:in\s+the\s+\w+\s+)?above\b")
# "symbol: "ST/SG/AC.10/C.3/161"", "- symbol: X": a record's field that gives an entry's symbol
_SYMBOL_FIELD = re.compile(r"\s*(?:-\s+)?(?:symbol|document|doc)\s*:\s*[\"']?", re.IGNORECASE)
_LISTED_BELOW = re.compile(r"\b(?:listed|set\s+out|mentioned)\s+below\s*[.:]?\s*$|\bthe\s+following(?:\s+documents?)?\s*[.:]?\s*$")
# "(reports A and B, respectively)", "(report X)": the reports of the meetings named before
# "held on 20 and 21 November at the same venue", "held at the same venue from 3 to 5 March"
# "At the same session the Assembly also considered ...", "At that meeting, the Committee ...": a
# sentence opening on the gathering an earlier one named (E135)
_AT_THE_SAME_SESSION_OPENS = re.compile(r"^(?:Also\s+)?(?:At|During)\s+(?:that|the\s+same)\s+(?P<word>session|meeting)\b\s*,?\s*", re.IGNORECASE)
_AT_THAT_SESSION = re.compile(r"\s*,?\s*(?:at|during)\s+(?:that|the\s+same)\s+(?:session|meeting)\b")
_SAME_VENUE_AFTER = re.compile(rf"\s*,?\s*{_THE_SAME_VENUE}\b")
_SAME_VENUE = re.compile(rf"\b{_THE_SAME_VENUE}\s*,?\s*(?:on|from)?\s*$")
_REPORT_IN_BRACKET_BEFORE = re.compile(r";\s*reports?\s+$")
# ... or after what the bracket said first: "(held in Geneva from ...; report X)"
_BRACKETED_REPORTS = re.compile(r"(?:\(|;(?=[^()]*\)))\s*(?:see\s+)?(?:the\s+)?reports?\s+(?:contained\s+in\s+)?(?:documents?\s+)?(?=[A-Z])")
# "annual report covering its 117th to 119th sessions": a report of several sessions
# "The Chair's summaries of both sessions are issued as X and Y respectively": a chair's summary is
# the report a body without a drafted report issues on its session
# ("The summary record of the thirteenth session will be issued as X": the record a session keeps
# of itself is its report, as u115's "summary records of the Committee's twentieth session" are)
_REPORT_ON = re.compile(
    r"\b(?:reports?|summary\s+records?|(?-i:Chair(?:person|man)?|President|Co-Chairs?|co-chairs?)['’]s?\s+summar(?:y|ies))\s+(?:on|of|covering)\b"
    # "The Commission reported on its sixty-third session in document A/79/456": the verb
    r"|\breported\s+on(?=\s+(?:its|their)\s)"
    # ("reported to the Assembly on its sixty-third session (X)": the receiver between, E168)
    r"|\breported\s+to\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?:(?-i:[A-Z])[\w-]*|on|of|and|for))*?\s+on(?=\s+(?:the\s+(?:work|outcome)\s+of\s+)?(?:its|their)\s)", re.IGNORECASE
)
# "(X), covering its fifty-ninth, sixtieth and sixty-first meetings", "(X), on its third session":
# the meetings a report is of, named after its symbol
_COVERING_AFTER = re.compile(r"\s*,?\s+(?:covering|on)\s+(?=(?:its|their)\s)")
# where the meetings named end: the next clause ("..., the last of which was held ...", "and of")
_CLAUSE_AFTER_MEETINGS = re.compile(r",|;|\s+and\s+(?:of|the|its)\s")
# "..., the last of which was held at WFP headquarters on 3 and 4 March 2031": the last (or first)
# of the meetings just named, held then
# A programme of meetings: "Seventy-second session" as a heading, "3rd meeting   10:00-13:00" below
# it, "Documents: A/87/6 (Sect. 9); ..." under the meeting's agenda items; a heading of words alone
# ("Informal consultations", "Announcements") closes the session's part of the programme.
_SESSION_HEADING = re.compile(rf"^(?P<ord>{ORDINAL})\s+(?:regular\s+)?session$", re.IGNORECASE)
_MEETING_ROW = re.compile(r"^\d{1,4}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting\b")
_PROGRAMME_CLOSES = re.compile(r"^[^\d]{1,80}$")
_DOCUMENTS_LABEL = re.compile(r"\bDocuments?\s*:")
# "that resolution", "the same decision": a back-reference to an instrument named before
_THAT_INSTRUMENT = re.compile(r"\b(?:that|the\s+same|the\s+said|this)\s+(?P<kind>resolution|decision)\b")
# "... of the Meteorology Panel": a body's name closing a longer phrase
_OF_BEFORE_NAME = re.compile(r"\b(?:of|under|within)\s+(?:the\s+|its\s+)?$")
# "Second part of the resumed session", "Resumed session", "Main part": the part of a session a
# programme's meetings are of, on a line of its own under the session's
_PART_OF_SESSION = re.compile(
    r"^(?:(?:first|second|third)\s+part\s+of\s+the\s+(?:resumed\s+)?session|resumed\s+session|main\s+part(?:\s+of\s+the\s+session)?)$",
    re.IGNORECASE,
)
# "Draft decision A/AC.298/7/L.3, submitted by the Bureau", "Draft resolution X (not to be taken
# up before Thursday)": an entry under a meeting's item that is the draft itself, before the
# session (an item's title "Action on draft decisions X and Y" lists none: u131)
_DRAFT_ENTRY = re.compile(r"^(?:Revised\s+)?[Dd]raft\s+(?:decision|resolution|conclusions|recommendations?|report|text)\s+(?=[A-Z][\w.]*/)")
# "Item 8" / "Agenda item 12 (b)" on a line of its own: the words-only heading below it is the
# item's title ("Toponymic data files and gazetteers"), not a new part of the day
_ITEM_LINE = re.compile(r"^(?:agenda\s+)?item\s+\d{1,3}(?:\s*\(?[a-z]\))?\s*[.:]?$", re.IGNORECASE)
# "[webcast]", "(closed)", "(public)": a note under a session's heading, before its first meeting
_BRACKETED_NOTE = re.compile(r"^(?:\[[^\[\]]{1,40}\]|\([^()\d]{1,40}\))$")
# "GEGN.2/2029/L.4", "A/C.2/80/L.12/Rev.1": a draft (limited distribution) the day's meetings act
# on, not a document before the session
_DRAFT_SYMBOL = re.compile(r"/L\.\d")
# the word that makes a session named the part of it resumed (`references._GATHERING_ORDINALS`)
_RESUMED_PART = re.compile(r"\b(?:resumed|reconvened)\s", re.IGNORECASE)
# "held jointly with the ", "in conjunction with its ": a gathering another sits with
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+|its\s+|their\s+)?(?:resumed\s+|reconvened\s+)?$", re.IGNORECASE)
# "E/CN.7/2033/L.19 | 3 (b) | Draft resolution", "A/HRC/60/L.4 – Draft decision (withdrawn)": a row of
# a list of the documents before a session that is a draft resolution or decision, a text the
# session acts on, whose instrument (if adopted) has its own number; the gold gives such drafts no
# fact, as the drafts of a journal's items (u131). A draft report stays: the session had it before it (E185)
_DRAFT_INSTRUMENT_CELL = re.compile(r"\b(?:[Rr]evised\s+)?[Dd]raft\s+(?:resolutions?|decisions?)\b")


def _draft_instrument_row(text: str, symbols: Sequence[str]) -> bool:
    """Whether a listed row is a draft resolution or decision (`_DRAFT_INSTRUMENT_CELL`)."""
    return any(_DRAFT_SYMBOL.search(symbol) for symbol in symbols) and _DRAFT_INSTRUMENT_CELL.search(text) is not None


# "(GEMB/2033/4)", "(E/AC.51/2032/3)": a document's symbol in brackets
_SYMBOL_IN_BRACKETS = re.compile(r"\([A-Z][\w.]*/[^()\s]+\)")
_THE_LAST_OF_WHICH = re.compile(
    # "its eleventh and twelfth meetings (UNW/2031/CRP.5), the latter held in Nairobi on 3 and 4
    # April 2031": "the latter" / "the former", the report's symbol in brackets between
    r"(?:\s*\([^()]{1,60}\))?\s*,\s+the\s+(?:(?P<which>last|first|latest)\s+of\s+which\s+(?:was|were)|(?P<latter>latter|former))\s+held\s+"
    r"(?P<where>[^,;]{0,80}?)\s*(?:on|from)\s+(?=\d)"
)
# "resolution 10/2, adopted on 12 March 2029", "decision 11/101 adopted at its eleventh session"
# "resolution WHA83.7 ..., adopted by the Eighty-third World Health Assembly": a session named by
# its ordinal and its body (read when a gathering follows "by the" right away)
# "Resolution 790(XL) was adopted at the fortieth session", "decisions 20.31 and 20.32, which
# were adopted at ...": the passive told as the sentence's verb
# "the second part of ", "the resumed part of ": a part of the session named next
_PART_OF = re.compile(r"the\s+(?:first|second|third|fourth|final|last|resumed)\s+part\s+of\s+(?=its\s|their\s|the\s)")
_ADOPTED_AFTER = re.compile(
    # ('resolution 85/52, entitled "..." and adopted on 4 December 2030': the title, then the day)
    r",?\s+(?:(?:which|that)\s+(?:was|were)\s+|(?:was|were|had\s+been|has\s+been)\s+|(?:both|each|all(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten))?)(?:\s+of\s+them)?\s+|(?:(?<=[\"”]\s)|(?<=[\"”],\s))and\s+"
    # "resolution 1718 (2006), which the Council adopted on 14 October 2006", "..., which it adopted
    # at its ninth session": the relative clause's subject is the issuer (only an issuer adopts)
    r"|(?:which|that)\s+(?:it|the\s+[A-Z][\w'’-]*(?:\s+(?:of\s+|on\s+|for\s+|and\s+|the\s+)*[A-Z][\w'’-]*){0,6})\s+(?:had\s+)?(?:(?:then|later|subsequently|also|unanimously)\s+)?)?"
    # "adopted by consensus on", "adopted without a vote at": how it was adopted, then when or where
    # "resolution 80/237, as adopted on 24 December 2025": the text as it came out of the vote (E130)
    r"(?:as\s+(?:finally\s+|eventually\s+|orally\s+revised\s+and\s+)?)?"
    # "decision C-DEC 245/6, taken at its 245th Session": a decision is taken as a text is adopted
    r"(?:adopted|(?<=,\s)taken)\s+(?:(?:by\s+consensus|without\s+(?:a\s+)?vote|unanimously|by\s+acclamation)\s*,?\s+)?"
    r"(?P<how>on|at|during|by(?=\s+the\s+[A-Z][a-z]+(?:-[a-z]+)?\s))\s+"
)
# "the Council's ", "the Programme Committee’s ": a body's name owning the gathering after it
_POSSESSOR_BETWEEN = re.compile(r"\s*(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:of|the|for|and|on)\s+)*[A-Z][\w-]*){0,8}['’]s\s+")
# "by the General Assembly at ", "by the Council on ": after "adopted by", the adopting body's
# name in capitals, then the gathering or the day
_BY_BODY_THEN = re.compile(r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|the|for|and|on)\s+)*[A-Z][\w'’-]*){0,12}\s*,?\s+(?P<how>at|during|on)\s+")
# "resolution 12/61 of the Conference of FAO, adopted at its eleventh session": the issuer's name
# between the number and the participle
# ("decision SC-14/9 of the Conference of the Parties to the Stockholm Convention, adopted at ...": "to" in the name, E148)
_OF_ITS_ISSUER = re.compile(r"\s+of\s+the\s+[A-Z][\w'’-]*(?:\s+(?:(?:of|the|for|and|on|to)\s+)*[A-Z][\w'’-]*){0,12}(?=\s*,)")
# "the Committee, at its 106th session, adopted resolution MSC.520(106)", "the Assembly adopted
# resolution 80/12 at its eightieth session": the adoption told by the main verb, its object the
# instrument and the session set off before it or told after it
# ("the draft resolution was adopted as resolution 10/2": the number it was adopted as)
# ("adopted without amendment to Rev.1 as resolution EM/RC76/R.2", "adopted, as orally revised, as
# decision 5/2": how the draft was adopted, then the number)
_ADOPTED_THEN = re.compile(
    r"\badopted\s+(?:,?\s*(?:without\s+(?:amendments?|changes?)(?:\s+to\s+[\w.]{1,12})?|as\s+(?:orally\s+)?(?:amended|revised)"
    r"|by\s+consensus|without\s+(?:a\s+)?vote|unanimously)\s*,?\s+)?(?:as\s+)?(?:its\s+|the\s+)?(?:(?:resolutions?|decisions?)\s+)?$",
    re.IGNORECASE,
)
_AT_BEFORE_GATHERING = re.compile(r"\b(?:at|during)\s+$")
# "... adopted at its eleventh meeting by decision 2020/1": the participle, its gathering, then
# the instrument that carried the adoption ("by", "in", "through" it)
# ("the Regional Operating Plan adopted by the Association at the present session in Resolution 2
# (RA I-20)": the adopting body named between the participle and the gathering)
_ADOPTED_AT_BEFORE_GATHERING = re.compile(
    r"\badopted\s+(?:(?:by\s+consensus|without\s+a\s+vote|unanimously)\s*,?\s+)?"
    r"(?:by\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*){0,5}\s+)?(?:at|during)\s+$"
)
# "the adoption by the Council, at its eighty-fifth session, of resolution 85/12": the noun of the
# act, the gathering set off, then "of" and the instrument (E163; not "of draft resolution": the
# draft, whose number the adopted text does not carry)
_ADOPTION_BY_BEFORE_GATHERING = re.compile(
    r"\badoption\s+(?:by\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*){0,5}\s*,?\s+)?(?:at|during)\s+$"
)
_OF_INSTRUMENT_AFTER_GATHERING = re.compile(r"\s*,?\s+of\s+(?:its\s+)?$")
_ADOPTED_AT_THE_PRESENT = re.compile(
    r"\badopted\s+(?:by\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*){0,5}\s+)?(?:at|during)\s+(?:the|this)\s+"
    r"(?:present|current)\s+(?P<word>session|meeting)\s*,?\s+(?:by|in|through)\s+(?:its\s+|their\s+|the\s+)?(?:(?:resolutions?|decisions?)\s+)?$"
)
_AT_ITS_GATHERING_OPENS = re.compile(r"(?:At|During)\s+(?:its|their)?\s*$")
_AT_RIGHT_AFTER_VERB = re.compile(r"\s+(?:at|during)\s+(?:its\s+|the\s+)?")
_BY_INSTRUMENT_AFTER_GATHERING = re.compile(
    r"^\s*,?\s+(?:by|in|through)\s+(?:its\s+|their\s+|the\s+)?(?:(?:resolutions?|decisions?)\s+)?$"
)
# ("at its thirteenth session (UNESCO Headquarters, Paris, 10-11 June 2031), adopted ...": where
# and when the session was held, in brackets between it and its comma; "The Security Council, at
# its 10811th meeting, held on 14 June 2031, adopted ...", "..., at its seventy-seventh session,
# on 7 December 2022, adopted ...": its day set off by commas, E179)
_SET_OFF_BEFORE_VERB = re.compile(
    r"^\s*(?:\([^()]{1,80}\)\s*)?,\s*"
    r"(?:(?:held\s+)?(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?(?:on|from)\s+[^;()]{4,48}?\b\d{4}\s*,\s*)?"
    r"(?:(?:also|then|further|unanimously)\s+)?$"
)
_AT_GATHERING_AFTER = re.compile(r"\s*,?\s+(?P<how>at|during)\s+")
# "the 29th Universal Postal Congress, held in Bogotá from ..., adopted ...": a gathering as the
# subject (the sentence, or a "that" clause, opens with it), a "held" clause before its verb
_ADOPTED_WORD = re.compile(r"\badopted\b")
_GATHERING_THEN_VERB = re.compile(r"\s*,\s*held\s+[^;]{0,160}?,\s*|\s+")
_SUBJECT_OPENS = re.compile(r"(?:^|\bthat\s+|[;:]\s*)$")
_ANOTHER_CLAUSE = re.compile(r";|\.\s|\bwhich\b|\band\s+(?:also\s+)?[a-z]+ed\b")
# "(X) responds to the request in paragraph 9 of ", "(X), presented in response to the request in
# ", "(X), prepared pursuant to ": between a document's symbol and the instrument that mandates it
_SYMBOL_THEN_ITS_MANDATE = re.compile(
    r"\s*\)?\s*,?\s*(?:which\s+(?:was|is|has\s+been)\s+|(?:was|is|has\s+been)\s+)?(?:also\s+)?"
    r"(?:(?:responds|presented|prepared|submitted|issued)\s+(?:in\s+response\s+to|pursuant\s+to|in\s+accordance\s+with|to)"
    # "(X), answering the request in resolution 86/195" (E176)
    r"|answering|answers|responding\s+to|responded\s+to)\s+"
    r"(?:the\s+requests?\s+(?:in|of|made\s+in|contained\s+in)\s+)?"
    r"(?:(?:paragraphs?|sections?)\s+[\w.()]+(?:\s+(?:and|to)\s+[\w.()]+)?\s+of\s+)?(?:its\s+|the\s+)?(?:[A-Z][\w-]*\s+){0,4}$"
)
_WORDS_BESIDE_SYMBOL = re.compile(r"[A-Za-z]{3,}")
# "tasked by the General Assembly, in resolution ...": the agent named right after the passive verb
_BY_ANOTHER = re.compile(r"\s+by\s+(?:the\s+)?[A-Z]")
_AT_AFTER_DATE = re.compile(r",?\s+(?:at|during)\s+")
# "decided to hold its next session in Dakar from 6 to 8 October 2034"
_HOLD_NEXT_SESSION = re.compile(
    rf"\b(?:to\s+hold|will\s+hold|would\s+hold|shall\s+hold)\s+its\s+next\s+session\s+(?:in\s+(?P<place>{places.PLACE})\s*,?\s+)?(?:from|on)\s+(?=\d)"
)
# ("on 16 October 2029", "on October 16, 2029": the day first or the month)
# "was approved by the Committee in decision", "were adopted by the Conference through its
# decision": a thing the body approved, the instrument it did so in after "in" (E141)
_APPROVED_BY_IN = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been)\s+(?:approved|adopted|endorsed|agreed\s+(?:up)?on)\s+by\s+the\s+[A-Z][\w -]{0,80}?\s+"
    r"(?:in|by|through)\s+(?:its\s+)?(?:[A-Z][\w-]*\s+){0,3}$"
)
_ON_DAY_AFTER = re.compile(r"\s*,?\s+on\s+(?=\d|[A-Z][a-z]{2,8}\s+\d{1,2},?\s+\d{4})")
# "adopted at the Council's 10891st meeting, held on 26 June 2032": a meeting's one day, told as
# the day it was held (a meeting sits on one day: the texts it adopted are of that day) (E163)
_HELD_ON_DAY_AFTER = re.compile(r"\s*,\s+(?:which\s+was\s+)?held\s+(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?on\s+(?=\d|[A-Z][a-z]{2,8}\s+\d{1,2},?\s+\d{4})")


def _day_after_gathering(text: str, end: int, meeting: bool) -> dt.date | None:
    """The day told right after a gathering that ends at ``end``: "..., on 15 December 2030" (the
    first day of a span), or a meeting's one day ", held on 14 June 2031"; None when none is."""
    day = _ON_DAY_AFTER.match(text, end)
    held = day is None and meeting and (day := _HELD_ON_DAY_AFTER.match(text, end)) is not None
    dates = find_dates(text[day.end() : day.end() + 40]) if day else []
    if not dates or dates[0].start != 0 or held and dates[0].value.start != dates[0].value.end:
        return None
    return dates[0].value.start


# "on the last day of the meeting (05.03.2032)": the day in brackets after the day's place in the
# meeting the sentence names
_ON_A_DAY_OF_THE_MEETING = re.compile(
    r"\s*,?\s+on\s+the\s+(?:first|second|third|fourth|fifth|last|final|closing|opening)\s+day\s+of\s+(?:the|its|that)\s+"
    r"(?:meeting|session)\s*\(\s*(?=\d)"
)
# "adopted at its sixth plenary meeting on 17 June 2030": a sitting of a body that meets in
# sessions (no gathering of its own series, so no adoptedAt), and the day it sat
# "its 6th meeting", "the 12th plenary meeting": a sitting, not "the 20th meeting of the Conference"
_SITTING = re.compile(rf"(?:its|the)\s+{ORDINAL}\s+(?:plenary\s+|closing\s+|opening\s+)?meeting\b(?!\s+of\b)", re.IGNORECASE)
_SITTING_THEN_DAY = re.compile(rf"(?:its|the)\s+(?:{ORDINAL}\s+)?(?:plenary\s+|closing\s+|opening\s+)?meeting\s*,?\s+on\s+(?=\d)", re.IGNORECASE)
# "the fifth meeting of the seventy-sixth session": a sitting, then the session it was one of (not
# "the 20th meeting of the Conference of the Parties", a meeting numbered as a session is)
_MEETING_OF_SESSION = re.compile(rf"(?:its|the)\s+{ORDINAL}\s+(?:plenary\s+)?meeting\s+of\s+(?=(?:its|the)\s+[\w-]+\s+(?:(?:regular|ordinary|special)\s+)?session\b)", re.IGNORECASE)
# "adopted, on 14 December 2028, decisions X/1 to X/4": the date between the verb and its objects;
# "adopted, in identical terms and on the same day, 27 August 2030, General Assembly resolution
# 84/297 and Security Council resolution 2935 (2030)": two organs' concurrent texts, the manner of
# adoption set off with the day, which is then written after "the same day"
_ADOPTED_ON_THEN = re.compile(
    r"\badopted\s*,\s*(?:(?:in\s+identical\s+terms|unanimously|without\s+a\s+vote|by\s+consensus|jointly|concurrently)\s*,?\s+and\s+)?"
    r"on\s+(?:the\s+same\s+day\s*,\s*)?(?=\d)"
)
# between the date and the first object: the issuer's name may stand before its keyword
# ("General Assembly resolution 84/297")
_OBJECT_GAP = re.compile(r"\s*,?\s*(?:the\s+)?(?:following\s+)?(?:[A-Z][\w’'-]*(?:\s+(?:and|of|on|for|[A-Z][\w’'-]*)){0,5}\s+)?")
_CLAUSE_END = re.compile(r";|\.\s|\bwhich\b|\band\s+(?:decided|requested|invited|agreed)\b")


def _holds_in_its_series(registry: BodyRegistry, gathering: GatheringRef) -> bool:
    """A session, or the numbered meeting of a body that meets in meetings ("the working group's
    twenty-first meeting"), not a sitting of a body's session."""
    body = registry.bodies.get(gathering.body)
    return gathering.kind == "session" or body is not None and body.gathering_term == gathering.kind == "meeting"


def _opens_as_subject(r: _Resolved) -> bool:
    """Whether the sentence opens with its first instrument, one alone (not a list)."""
    first = r.instruments[0][0]
    return (
        _BEFORE_SUBJECT_INSTRUMENT.match(r.sentence.text[: first.keyword_start]) is not None
        and sum(1 for m, _ in r.instruments if m.keyword_start == first.keyword_start) == 1
    )


# ', entitled "Title"' / ' ("Title")': a quoted title between the number and its adoption
_ENTITLED_QUOTED = re.compile(r",?\s+(?:entitled|titled)\s+[\"“][^\"”]{2,300}[\"”]|\s*\([\"“][^\"”]{2,300}[\"”]\)")


# "the Commission's ", "the Statistical Commission’s ": a body's name in the possessive before its gathering
_POSSESSOR_BEFORE_GATHERING = re.compile(r"(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+|for\s+|on\s+|the\s+)*[A-Z][\w-]*){0,6}['’]s\s+(?=[\w-]+\s+(?:session|meeting)\b)")


def _adopted_after(text: str, mention: InstrumentMention, last: InstrumentMention | None = None) -> re.Match[str] | None:
    """", adopted at its fifty-sixth session" right after the number, or after the unquoted
    title that follows it ("resolution 85/160 on the rights of ..., adopted at its ..."), or
    after its issuer's name ("resolution 12/61 of the Conference, adopted at ..."); for an
    instrument in a list ("decisions 20.31 and 20.32 on ..., adopted at ..."), after the
    ``last`` of the list."""
    for m in (mention, last) if last is not None and last is not mention else (mention,):
        after = _ADOPTED_AFTER.match(text, m.end)
        if after is None and m.title_span is not None and m.title_span[1] > m.end:
            after = _ADOPTED_AFTER.match(text, m.title_span[1])
        if after is None and (issuer := _OF_ITS_ISSUER.match(text, m.end)):
            after = _ADOPTED_AFTER.match(text, issuer.end())
        if after is None and (dated := _OF_ITS_DATE.match(text, m.end)):
            # "decision 604 (LXXVIII) of 11 October 2030, adopted at its seventy-eighth session":
            # its date between the number and the participle (E135)
            after = _ADOPTED_AFTER.match(text, dated.end())
        if after is None and m.title and text.startswith(")", m.end):
            # 'decision 6/CP.35 ("Long-term climate finance"), adopted on 28 November 2030': the
            # quoted title read with the number, its bracket closed after it
            after = _ADOPTED_AFTER.match(text, m.end + 1)
        if after is None and (entitled := _ENTITLED_QUOTED.match(text, m.end)):
            # 'resolution 85/52, entitled "Implementation of ..." and adopted on 4 December 2030'
            after = _ADOPTED_AFTER.match(text, entitled.end())
        if after is None and text.startswith(")", m.end) and text[: m.keyword_start].rstrip().endswith("("):
            # "the Final Document of the Tenth Special Session (resolution S-10/2), adopted on 30
            # June 1978": the text named before the bracket is the instrument the bracket holds alone
            after = _ADOPTED_AFTER.match(text, m.end + 1)
        if after is not None:
            return after
    return None


# " of 11 October 2030", " of the Board, of 27 June 2028", " of March 3, 2030": the day an
# instrument is cited with (and its issuer's name before it), up to the comma that sets off what follows
_OF_ITS_DATE = re.compile(
    r"(?:\s+of\s+the\s+[A-Z][\w'’-]*(?:\s+(?:(?:of|the|for|and|on)\s+)*[A-Z][\w'’-]*){0,12}\s*,)?"
    r",?\s+of\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})(?=\s*,)"
)


# "REPORT OF THE COUNCIL OF FAO": a masthead line naming whose report the document is
_REPORT_OF_THE = re.compile(r"^\s*Report\s+of\s+the\s+", re.IGNORECASE)
# "Report of the Secretary-General on the situation in …": where the report's topic begins after its writer
_WRITERS_TOPIC = re.compile(r"\s+on\s+(?:the\s+)?(?=[A-Z])")
# "Report of the Secretary-General", "Report of the United Nations High Commissioner for Human
# Rights", "Report of the Director-General": a report an officer writes for a session, its title
# a line of its own in the masthead (a body's report on its session is no such report)
_OFFICERS_REPORT = re.compile(
    r"^Report\s+of\s+the\s+(?:Secretary[- ]General|Director[- ]General|Executive\s+(?:Director|Secretary)|"
    r"(?:United\s+Nations\s+)?High\s+Commissioner(?:\s+for\s+[A-Z][\w ]{3,40})?|Administrator)\s*$"
    # "Chair's summary of the 2034 annual session of the Commission", "Summary by the President":
    # a presiding officer's summary, issued under the masthead of the session it goes to (E206)
    r"|^(?:(?:Chair|Chairperson|Chairman|President|Co-Chairs?|Facilitator)['’]s?\s+summary|Summary\s+(?:by|of)\s+the\s+"
    r"(?:Chair|Chairperson|Chairman|President|Co-Chairs?|Facilitator)s?)\b"
)


def _lines_apart(paragraphs: list[Paragraph], one: Paragraph, other: Paragraph) -> int:
    """How many paragraphs apart two masthead paragraphs stand (a large number when either is
    not among them)."""
    indexes = [i for i, p in enumerate(paragraphs[:_MASTHEAD_PARAGRAPHS]) if p is one or p is other]
    return indexes[-1] - indexes[0] if len(indexes) == 2 else 99


# "Item 5 of the provisional agenda*", "Items 3 and 4 of the provisional agenda", "Item 69 (b) of
# the preliminary list", "Provisional agenda item 4", "Agenda item 3 (a)": a masthead's line that
# files the document under an item of the session the masthead names; the document is submitted
# to that session (under that item)
_AGENDA_ITEM_LINE = re.compile(
    r"^\s*(?:(?:Provisional\s+)?[Aa]genda\s+items?\s+\d|Items?\s+\d[\w() ,.-]{0,30}?\s+of\s+the\s+"
    r"(?:(?:annotated\s+)?provisional\s+agenda|preliminary\s+list)"
    # "Subject No. 14.2:  Administrative and financial implications ..." atop a council's working
    # paper: the item of the session's work programme it is presented under
    r"|Subject\s+No\.\s*\d{1,3}(?:\.\d{1,2})*:)",
    re.MULTILINE,
)


_ROW_CELLS = re.compile(r"\t+|\s*\|\s*|\s{3,}")


def _agenda_item_line(paragraphs: list[Paragraph]) -> bool:
    return any(_AGENDA_ITEM_LINE.search(p.text) for p in paragraphs[:_MASTHEAD_PARAGRAPHS])


# "Submitted by: President of RA I": a session paper's field under its symbol, who submitted it
_SUBMITTED_BY_LINE = re.compile(r"^\s*Submitted\s+by\s*:\s*\w")
# how many of the first paragraphs may hold that field (the masthead's, above any text)
_SUBMITTED_BY_PARAGRAPHS = 10


def _submitted_by_line(paragraphs: list[Paragraph]) -> bool:
    return any(p.kind != "paragraph" and _SUBMITTED_BY_LINE.match(p.text) for p in paragraphs[:_SUBMITTED_BY_PARAGRAPHS])


# "Information note for participants", "Practical information for delegates", "Logistics note
# for participants": a note for those attending the masthead's session, issued to that session
_PARTICIPANTS_NOTE = re.compile(
    r"^(?:(?:Practical|General|Logistical|Administrative)\s+)?(?:Information(?:\s+note)?|Logistics?\s+note|Note)\s+"
    r"(?:for|to)\s+(?:(?:the\s+)?participants|delegates|delegations)(?:\s+and\s+observers)?\s*$",
    re.IGNORECASE,
)


def _participants_note(paragraphs: list[Paragraph]) -> bool:
    return any(p.kind == "heading" and _PARTICIPANTS_NOTE.match(p.text.strip()) for p in paragraphs[:_MASTHEAD_PARAGRAPHS])


def _officers_report(paragraphs: list[Paragraph]) -> bool:
    return any(_OFFICERS_REPORT.match(p.text.strip()) for p in paragraphs[:_MASTHEAD_PARAGRAPHS])


class _ListEnds:
    """Where each list of instruments of one sentence ends ("decisions 20.31, 20.32 and 20.33"):
    the mention after a given end is the first that starts past it, and the list goes on while
    only a list's gap (", ", " and ") stands between. Each end is followed once and remembered,
    so a sentence of thousands of citations costs a pass, not a pass per citation."""

    def __init__(self, text: str, instruments: list[tuple[InstrumentMention, InstrumentRef]]) -> None:
        self.text = text
        self.instruments = instruments  # kept: the cache below is keyed by this list's identity
        self.size = len(instruments)
        self.mentions = [m for m, _ in sorted(instruments, key=lambda pair: pair[0].start)]
        self.starts = [m.start for m in self.mentions]
        self.chain_end: dict[int, InstrumentMention | None] = {}  # an end -> the list's last mention past it

    def after(self, end: int) -> InstrumentMention | None:
        """The last mention of the list going on past ``end``, None when the list stops there."""
        path: list[tuple[int, InstrumentMention]] = []  # the ends followed, each with the mention after it
        while end not in self.chain_end:
            i = bisect.bisect_right(self.starts, end)
            if i == len(self.mentions) or not _LIST_GAP.match(self.text[end : self.mentions[i].start]):
                self.chain_end[end] = None
                break
            path.append((end, self.mentions[i]))
            end = self.mentions[i].end
        found = self.chain_end[end]
        for earlier_end, next_mention in reversed(path):
            found = found if found is not None else next_mention
            self.chain_end[earlier_end] = found
        return found


# The sentence asked about last: its callers ask of each citation of one sentence in turn (a
# list, not a variable, so that the function below replaces its one entry without `global`)
_list_ends_of_last_sentence: list[_ListEnds] = []


def _last_of_list(text: str, instruments: list[tuple[InstrumentMention, InstrumentRef]], mention: InstrumentMention) -> InstrumentMention:
    """The last instrument of the list ``mention`` is in ("decisions 20.31 and 20.32")."""
    kept = _list_ends_of_last_sentence[0] if _list_ends_of_last_sentence else None
    if kept is None or kept.instruments is not instruments or kept.size != len(instruments) or kept.text is not text:
        kept = _ListEnds(text, instruments)
        _list_ends_of_last_sentence[:] = [kept]
    return kept.after(mention.end) or mention


# "its report is contained in document", "their report has been issued as", "its report will be
# circulated as": a report named by whose it is alone, then where it is
_ITS_REPORT_IS_IN = re.compile(
    # "the report on that meeting is contained in document X": the meeting said before, by "that"
    r"\b(?:(?:[Ii]ts|[Tt]heir)\s+(?:final\s+)?reports?|[Tt]he\s+reports?\s+(?:on|of)\s+(?:that|this|the\s+same)\s+(?:meeting|session))\s+"
    r"(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+"
    r"(?:contained|issued|set\s+out|reproduced|circulated|available)\b"
)
# "REP31/EXEC1 (101st session)", "X (twelfth meeting)": the gathering a report's symbol is of, in
# brackets right after it
_BRACKETED_GATHERING = re.compile(
    r"\s*\(\s*(?:(?P<n>\d{1,4})(?:st|nd|rd|th)|(?P<words>[A-Z]?[a-z]+(?:-[a-z]+)?))\s+(?P<word>session|meeting)\s*\)", re.IGNORECASE
)
_ONLY_DOCUMENT_WORDS = re.compile(r"^\s*(?:in|as|under)?\s*(?:the\s+)?(?:documents?|symbol)?\s*\(?$")
_SAYS_MET = re.compile(r"\b(?:held|met|convened|took\s+place)\b")
# "its report (X)": the report of whose it is, its symbol in brackets right after
# ("At its sixty-seventh session, the Commission adopted the draft report (X)": the draft of it)
_ITS_REPORT_BRACKETED = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:final\s+|draft\s+)?report(?=\s*\()|(?<=adopted\s)the\s+draft\s+report(?=\s*\()")
# "At its sixty-seventh session, the Commission adopted its report (X)", "The proceedings of the
# session are set out in its report (X)": the one session named before, whose body adopted it
_ADOPTED_OR_SET_OUT_IN = re.compile(r"(?:\badopted|\b(?:is|are|were|was)\s+(?:set\s+out|contained|reflected|recorded)\s+in)\s+$")
# ", contained in", ", as set out in": a participle hanging the report on the session named right before
_CONTAINED_IN_ITS_REPORT = re.compile(r"\s*,\s+(?:as\s+)?(?:contained|set\s+out|reflected|recorded|included)\s+in\s+")
_HELD_THEN_CONTAINED_IN = re.compile(r"\s*,\s*held\s+(?:in|at|on|from)\s[^;()]{0,120}?" + _CONTAINED_IN_ITS_REPORT.pattern)
# "... on its fifty-fourth session and of the Working Group on Effects on its sixty-ninth session": a
# joint report's second session
_AND_OF_ANOTHER_MEETING = re.compile(r"^\s+and\s+(?:of\s+|on\s+)?(?:the\s+)?[A-Z][^;:,()]{2,150}?\s+on\s+(?:the\s+work\s+of\s+)?its\s+[\w-]+\s+(?:session|meeting)\b")
# what may close a report's title: where and when its sessions were held, a bracket, the full stop
_TITLE_END = re.compile(r"\s*(?:,\s*(?:(?:both|jointly)\s+)?held\b[^;()]*|\([^()]*\))?\s*\.?\s*$")
# ", held jointly in Geneva from ...", ", both held in Geneva on ...": where the sessions sat together
_HELD_JOINTLY = re.compile(r"\s*,?\s+(?:held\s+jointly|jointly\s+held|both\s+held|held\s+together)\s+in\s+(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)(?=\s*,?\s+(?:from|on)\s)")
# "ECE/EB.AIR/2030/5 – Review of ...": the title after an entry's symbol
_DASH_TITLE = re.compile(r"\s+[-–—]\s+[A-Z]")
_LISTED_REPORT = re.compile(r"^(?:\W{0,3}\s*)?Reports?\s+(?:on|of)\b")
# "X - Report of the ...", "X: Report on the ...", "X⇥Report of the ...": a listed entry's title after its symbol
# (or said of it: "X is the report of the Committee on the work of its twenty-sixth meeting", a
# form's note on the report, E127)
_IS_THE_REPORT = re.compile(r"\s+is\s+the\s+(?:final\s+)?report\s+(?:of|on)\s")
_IT_AFTER_PHRASE = re.compile(r"\s*it\b(?!\s+(?:is|was|will|has))")
# "before it at", "before the Commission during": the receiver after a verb of sending, then the
# gathering's preposition (`own_gathering_words.gathering_word_after` reads "the present session")
_RECEIVER_AT = re.compile(r"(?:it|them|(?-i:[A-Z])[\w-]*(?:\s+(?:(?:of|on|for|and)\s+(?:the\s+)?)?(?-i:[A-Z])[\w-]*){0,6})\s+(?:at|during)(?=\s)", re.IGNORECASE)
_REPORT_TITLE_AFTER_SYMBOL = re.compile(r"\s*(?:[-–—:|]\s*)?(?:Reports?|is\s+the\s+(?:final\s+)?report)\s+(?:of|on)\s+(?=the\b|its\b)")
# ... and the meeting its title names as the one reported: "the fifth session of the Committee",
# "the Committee on Coastal Data on (the work of) its fifth session" (not "the Executive Secretary
# on the outcome of the fifth session": a report about a meeting is not that meeting's report)
# "the Committee on the Elimination of ..., eighty-seventh, eighty-eighth and eighty-ninth sessions": the
# Official Records' title, the body's name, a comma, then the sessions it covers
_TITLE_NAMES_ITS_MEETING = re.compile(
    r"^(?:(?:the|its)\s+[\w-]+\s+(?:session|meeting)\b|(?:the\s+)?[A-Z][^;:,()]{2,150}?\s+on\s+(?:the\s+work\s+of\s+)?its\s"
    r"|(?:the\s+)?[A-Z][^;:,()]{2,150}?,\s+(?=(?:[\w-]+,\s+)*[\w-]+(?:\s+and\s+[\w-]+)?\s+(?:[Ss]essions?|[Mm]eetings?)\b))"
)
# "E/2032/24 — Statistical Commission: report on the sixty-third session (3-6 March 2032)": a
# catalogue's title of a session report (as a digital library writes it), the author's name, a
# colon, then the session reported on; the session is the author's
_AUTHOR_THEN_REPORT_ON = re.compile(
    r"\s*(?:[-–—|]\s*)?(?P<author>(?:the\s+)?[A-Z][^;:,.()]{2,150}?)\s*:\s+(?:annual\s+)?[Rr]eport\s+on\s+"
    r"(?:the\s+work\s+of\s+)?(?=(?:the|its)\s+[\w-]+\s+(?:session|meeting)\b)"
)
# "(report on its sixty-first session, held in ...)" after a listed paper's title
_BRACKETED_REPORT_ON_ITS = re.compile(r"\(\s*(?:the\s+|an?\s+)?(?:annual\s+)?report\s+(?:on|of)\s+(?:the\s+work\s+of\s+)?(?=its\s)", re.IGNORECASE)
_TRANSMITTING = re.compile(r"\btransmitting\s+(?:the\s+)?$", re.IGNORECASE)
# "those meetings", "those two sessions", "those [page footer] sessions"
_THOSE = re.compile(r"\b(?:those|these|the|both)\s+(?:[^\s,;]+\s+){0,3}?(?:meetings|sessions)\b")
# "The report will be issued as document X", "The report is to be published as …": the report the
# sentence before named, without naming it again.
# "Once adopted, the report would be issued as A/86/44": a summary record's conditional, after
# the clause on its adoption
_THE_REPORT_ISSUED = re.compile(
    r"^(?:(?:Once|When|After)\s+(?:adopted|approved|finalized|finalised)\s*,\s+(?=the\s|its\s))?"
    r"(?:[Tt]he|[Ii]ts|That)\s+(?:final\s+|annual\s+)?report\s+(?:will\s+be|would\s+be|is\s+to\s+be|shall\s+be|has\s+been|was)\s+"
    r"(?:issued|published|circulated)\s+as\b"
)
# "the draft annual report of the Committee covering its eighty-second, eighty-third and": the
# sessions a report covers, named after "covering"
_REPORT_COVERING = re.compile(r"\breport\b[^.;()]{0,100}?\bcovering\s+(?:(?:its|their|the)\s+(?:[\w-]+(?:\s+(?:and|to)\s+|,\s+(?:and\s+)?))*)?$")
# "its report on its thirty-fourth session", "the report of the Commission on its Nth session"
_REPORT_SAID_OF = re.compile(r"\breport\s+(?:of\s+the\s+[A-Z][\w\s-]{2,80}?\s+)?(?:on|of)\s+(?:the\s+work\s+of\s+)?(?:(?:its|their)\s+)?$")
_THE_MEETING = re.compile(r"\b(?:the|that|this)\s+(?:meeting|session)\b(?!\s+of)")
# "This document and its supplement are", "the present note and its addenda": the supplements go too
_AND_ITS_SUPPLEMENTS = re.compile(r"\band\s+its\s+(?P<what>supplements?|addend(?:um|a))\s+(?:(?:is|are|will\s+be|have\s+been|has\s+been)\s+)?(?:also\s+)?$", re.IGNORECASE)
# "held", "met", and the holding to come: "will convene", "will hold", "is to be held"
_SAYS_MET_OR_CONVENES = re.compile(r"\b(?:held|met|convened?|convenes|hold|holds|took\s+place|take\s+place)\b")
# "The Council, at its 172nd Session, concurred", "the Committee at its 29th session endorsed":
# a body's name, then the session it acted at set off or run on
_ACTED_AT_ITS = re.compile(r"\b(?-i:[A-Z])[\w-]*\s*,?\s+at\s+its\s+[\w-]+\s+(?:[Ss]ession|[Mm]eeting)\s*,?\s+[a-z]{3,}(?:ed|d)\b")
# "its 2037 session": a session named by its year (E216)
_ITS_YEAR_SESSION = re.compile(r"\bits\s+(?P<year>(?:19|20)\d\d)\s+session\b")
# "at its fifth session (Geneva, 23 to 27 March 2036)": a gathering with its place and days in brackets
_AT_ITS_DATED = re.compile(r"\bat\s+its\s+[\w-]+\s+(?:[Ss]ession|[Mm]eeting)\s*\((?:[A-Z][\w .-]{1,40},\s*)?[^()]{0,30}\b\d{4}\)")
_THAT_MEETING_OPENS = re.compile(r"^\s*that\s+(?P<word>meeting|session)\b")
_THAT_MEETING = re.compile(r"^\s*that\s+(?P<word>meeting|session)\s*[(\[]?\s*$")
_SUBMITTED = re.compile(
    # ("The report of that meeting (X) went to RC81 as an information document": sent to it, as "submitted")
    r"\b(?:made available|submitted|presented|transmitted|before|(?:went|goes|sent|forwarded)(?=\s+to\b))\s+(?:to\s+)?(?:the\s+)?", re.IGNORECASE
)
_SENDS_AN_OBJECT = re.compile(r"(?:submitted|presented|transmitted)\s+(?:the|its|their|a|an)\s", re.IGNORECASE)
_SEE = re.compile(r"\bsee\s*$")
# "the Committee's report": a body's report, no meeting named
_BODYS_REPORT = re.compile(r"\bthe\s+(?P<body>[A-Z][\w -]{1,80}?)['’]s\s+(?:final\s+)?report\b(?!\s+(?:on|of)\b)")
_REPORT_ON_NUMBERED = re.compile(
    rf"\breports?\s+on\s+(?:the|its|their)\s+(?P<ord>{ORDINAL})\s+(?P<word>meeting|session)\b(?!\s+of\b)", re.IGNORECASE
)
# "Report on the sixty-ninth session", "Report of the second session", "Report on the work of
# its second session", "Report on the reconvened sixty-ninth session": a title under a line that
# names the body
_REPORT_TITLE = re.compile(
    rf"^Report\s+(?:on|of)\s+(?:the|its)\s+(?:work\s+of\s+its\s+)?(?:(?:resumed|reconvened)\s+)?(?P<ord>{ORDINAL})\s+(?P<word>session|meeting)\b",
    re.IGNORECASE,
)
# "second meeting", "81st session" before a date line's place: the line names its own gathering
_ORDINAL_GATHERING_BEFORE = re.compile(rf"\b(?P<ord>{ORDINAL})\s+(?:session|meeting)\b", re.IGNORECASE)
_ENDS_WITH_HELD = (" held", " held in", " took place", " took place in")
_STARTS_WITH_PLACE_AND_DATES = re.compile(rf"^(?:in\s+)?{places.PLACE}\s*,?\s*(?:on|from)\s+\d")
_REPORTS_ON_MEETINGS = re.compile(r"\breports?\s+(?:on|of)\s+the\s+(?:meetings?|sessions?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_TRANSMITTING_REPORTS = re.compile(r"\btransmitting\s+(?:the\s+)?reports?\b", re.IGNORECASE)
# "the report of the Secretary-General", "the reports of": a report named by its author, whose
# name follows (E155)
_REPORT_OF_BEFORE = re.compile(r"\b[Rr]eport\s+of\s+(?:the\s+)?$")
# "the previous report of", "its last report of", "an earlier report of": not the report the
# document is about, nor any report it named before by its author
_ANOTHER_REPORT_BEFORE = re.compile(
    r"\b(?:previous|earlier|last|prior|former|first|second|third|next|annual|latest|progress|final|interim|an?|another|its|his|her|their|every|each)\s+$",
    re.IGNORECASE,
)
# after the author's name, up to its symbol: the report's subject ("on administration of justice at
# the United Nations"), no clause or other document between
_NAMED_BEFORE_SYMBOL = re.compile(r"[^;()]{0,200}?\s*\(")
# the words a sentence may open with before its subject
_SENTENCE_OPENS = re.compile(r"\s*(?:\d{1,3}\.\s+)?(?:The\s+)?")
# ("This letter is sent in accordance with paragraph 4 of ...": a letter is sent, as a note is issued)
# ("had reported on the matters ..., as the Assembly had requested in resolution 85/148, in document
# X": the report given in the document, E145)
# ("(X), answering the request in resolution 86/195": the paper answering its mandate, E176)
_PREPARED = re.compile(r"\b(?:prepared|issued|made available|submitted|presented|provided|responds|responded|responding|answering|answered|transmitted|sent|drawn up|drew up|reported)\b")
# "a revised draft resolution (X)", "draft decision X": the symbol of a draft of an instrument
# ("a draft decision entitled "Joint Inspection Unit" (X)": the draft's quoted title may stand
# between the words and its bracket, E227)
_DRAFT_TEXT_BEFORE = re.compile(
    r"\bdraft\s+(?:resolution|decision)s?(?:\s*,?\s+entitled\s+[\"“][^\"“”\n]{1,300}[\"”]\s*,?)?\s*(?:\(\s*)?$",
    re.IGNORECASE,
)
# ("the report of the Executive Secretary (X), submitted in compliance with that decision")
_PREPARED_UNDER_THAT = re.compile(
    r"\b(?:prepared|issued|submitted)\s+(?:\w+\s+){0,2}?(?=(?:pursuant\s+to|in\s+accordance\s+with|in\s+response\s+to|under"
    r"|in\s+compliance\s+with|as\s+required\s+by)\s+(?:that|the\s+same|this)\s+(?:resolution|decision)\b)"
)
# "At its 11th meeting, on 18 February 2031", "at the 9th plenary meeting, on …", "At its closing
# plenary meeting, on 16 October 2031" (a meeting named by its place in the session, no number)
_PLENARY = re.compile(
    # (a body that counts its meetings from its first, "the 1709th plenary meeting", "the 4310th
    # meeting", numbers them in the thousands)
    r"\b[Aa]t\s+(?:its|the)\s+(?:(?P<n>\d{1,5})(?:st|nd|rd|th)|(?:closing|final|last|concluding))\s+(?:plenary\s+)?meeting\b"
    # ("At its 45th plenary meeting, held on 7 December 2022, the Assembly adopted ...")
    # ("..., on Friday, 14 June 2031, the Council adopted ...": its weekday first, E179;
    # "At its 6th plenary meeting, on the afternoon of 10 March 2034, ...": the part of the day, E181)
    # ("At its closing meeting on 14 March 2031, the Commission adopted ...": the day with no comma
    # before it, E209)
    r"(?:[^.;]{0,40}?,\s+|\s+)(?:held\s+)?on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?(?=\d)"
)
# "On Wednesday, 4 March, the Panel adopted ...", "Final Outcome: On 5 March, ...": a summary of a
# session dates its acts by the day, which opens the sentence (or follows a run-in label), as a
# report dates them by the meeting
def _day_the_number_dates(ref: InstrumentRef, month: int, day: int) -> dt.date | None:
    """The day ``day`` of ``month`` in the year the instrument's number carries: a year-numbered
    instrument's year ("2022/15", "2641 (2022)"), or the year the General Assembly's Nth regular
    session sat in that month (it opens in September of 1945 + N); None for any other number."""
    if not ref.session.isdigit():
        return None
    session = int(ref.session)
    if 1945 <= session <= 2100:
        year = session
    elif ref.issuer == "ga" and 0 < session < 200:
        year = 1945 + session + (0 if month >= 9 else 1)
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None  # "31 September": no such day


# "14 December [meeting 52]," "3 March," : a day without its year (then no digit)
_YEARLESS_DAY = re.compile(r"(?P<day>\d{1,2})\s+(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!,?\s+\d)")
_ON_DAY_OPENING = re.compile(
    # ("Also on 11 December [meeting 54], the Assembly … adopted resolution 88/132": the account's
    # next adoption, on a day told again)
    # ("On June 14, 2031, ...": the month first, E179)
    r"(?:^|:\s+)(?:Also\s+on|On)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?=\d{1,2}\s+[A-Z][a-z]+|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4})"
    # "The General Assembly, on 7 December 2022, adopted ...": the day set off between the subject
    # and its verb (searched up to "adopted"); "By a vote of 30 to 2, the Commission on 14 March
    # 2031 adopted ...": the subject after an opening clause, the day not set off (E220)
    r"|(?:(?<=^The\s)|(?<=,\s[Tt]he\s))[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|of|on|for|the)){0,7},?\s+on\s+"
    r"(?=\d{1,2}\s+[A-Z][a-z]+\s+\d{4},?\s+(?:also\s+)?$)"
)
# What a summary says before listing what an instrument it names does: "In the decision, the
# Panel:", "In this resolution, the Assembly, inter alia:", "..., which, among other things:",
# "..., by which the Board:"; the items below are the instrument's own words.
_CONTENTS_INTRO = re.compile(
    r"(?:\b[Ii]n\s+(?:the|that|this|its)\s+(?:decision|resolution|recommendation)s?,\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|on|for|and|the)){0,8}"
    r"|,\s*(?:which|by\s+which|whereby)(?:\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|on|for|and|the)){0,8}|\s+it)?)"
    r",?(?:\s+(?:among\s+other\s+things|inter\s+alia),?)?\s*:$"
    # "General Assembly resolution 86/215 of 20 December 2031 on the Institute:", "Decision 70/4
    # (2030):" alone on a slide's bullet: the instrument cited, its words listed below
    r"|^(?:[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|the|and)){0,8},?\s+)?(?:[Rr]esolution|[Dd]ecision)\s+[\w./()-]{1,30}"
    r"(?:\s+\((?:19|20)\d\d\))?(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?(?:,?\s+(?:on|entitled)\s+[^:;]{3,200})?\s*:$"
    # "The Committee's decision at its previous meeting on X (decision 93/57):" an outline's bullet
    # naming the instrument in brackets at its end, its words in the sub-bullets (E100)
    r"|^[A-Z][^:;()]{3,160}\((?:[Rr]esolution|[Dd]ecision)\s+[\w./-]{1,20}\)\s*:$"
)
# an item of such a list: a verb of the instrument's ("decides", "invites", "approves"), lower case
# (or an outline's sub-bullet, capitalised, the act told in the past: "Requested the Executive
# Committee to ...", E100)
_CONTENT_ITEM = re.compile(
    r"^(?:[-–•*]\s+)?(?:also\s+|further\s+)?[a-z]+s\b"
    r"|^(?:Also\s+|Further\s+)?(?:Request|Invit|Encourag|Urg|Decid|Ask|Call)(?:e[sd]|s|ed)\b(?=\s+(?:upon\s+|on\s+)?(?:the|its|all|to|that|[A-Z]))"
)
# "the 80th plenary session" named, "the plenary" after a sending phrase (not "the plenary meeting"
# nor "the plenary hall": a sitting or a room, E144)
_PLENARY_SESSION_WORDS = re.compile(r"\b[Pp]lenary\s+[Ss]essions?\b")
_THE_PLENARY_AFTER = re.compile(r"\s+the\s+[Pp]lenary\b(?:\s+session\b)?(?!\s+(?:meetings?|sittings?|hall|room|debate|segment|discussions?|of)\b)")
# a list of upcoming meetings: "dates: 6-10 September 2032", "location: Bonn, Germany"
_DATES_ENTRY = re.compile(r"\b[Dd]ates?:\s*(?P<value>\d[^\n]{0,60})")
_MONTH_ONLY = re.compile(r"^\s*[A-Z][a-z]+\s+\d{4}\b")
_LOCATION_ENTRY = re.compile(rf"\b(?:[Ll]ocation|[Vv]enue|[Pp]lace):\s*(?P<city>{places.PLACE})(?=\s*(?:,|\(|$|\n|\.|\s+[a-z]+:))")
# after an instrument's number: its paragraph cited, then that paragraph's own words after a colon
_CITED_PARAGRAPH_QUOTED = re.compile(
    r"(?:\s+[A-H])?(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?,?\s+(?:(?:section|part|annex)\s+[IVXLC\d]+[A-Z]?,\s+)?"
    r"(?:operative\s+)?(?:paragraph|para\.)\s+\d{1,3}(?:\s*\([a-z]\))?\s*:\s+(?:also\s+|further\s+)?[a-z]+s\b"
)
def _word_end_at(text: str, end: int, position: int) -> bool:
    """Whether the verb whose word ends at ``end`` begins at ``position`` (or right after "also")."""
    return position <= end and not text[position:end].strip(" ").count(" ") > 1


# ", recalling its resolution 62/246,": an instrument a clause recalls in passing
_CITED_IN_THE_CLAUSE = re.compile(
    r"\b(?:in|by|under|through)\s+which\s+(?:it|they|the\s+[A-Z][\w -]{0,60}?)\s+(?:also\s+|first\s+)?"
    r"(?:reaffirmed|recalled|welcomed|noted|endorsed|took\s+note\s+of)\s+(?:its\s+|their\s+)?(?:[A-Z][\w-]*\s+){0,4}$"
)
_OBJECT_OF_ADOPTED = re.compile(r"(?:^|\b(?:it|they)\s+|\b[A-Z][\w-]*\s+)(?:also\s+|then\s+|later\s+)?adopted\s+(?:its\s+|their\s+)?$")
# "The Committee was also reminded of General Assembly resolution 84/257, entitled "...", in which the
# Assembly requested ..., and invited ...": the main clause, in the passive, is told before the
# instrument and its subject only hears of it; every verb after the relative clause is the
# instrument's (E166)
_OBJECT_OF_A_PASSIVE_TELLING = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+|further\s+)?(?:reminded|informed|made\s+aware|apprised)\s+of\s+"
    r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,5}$"
)
_RECALLED_IN_PASSING = re.compile(r",\s*(?:recalling|reaffirming|bearing\s+in\s+mind)\s+(?:also\s+)?(?:its\s+|their\s+)?(?:[A-Z][\w-]*\s+){0,4}$")
# "resolution 88/232, adopted on the same day as (General Assembly) resolution 88/231": the day of
# the one after is the first one's (E205)
_ADOPTED_SAME_DAY_AS = re.compile(r"\s*,\s*(?:which\s+was\s+)?adopted\s+(?:on\s+)?the\s+same\s+(?:day|date)\s+as\s+(?:its\s+|their\s+)?")
# "resolution 88/232, adopted on the same day as resolution 88/231, and in which it requested ...":
# the instrument named as the other's day is no subject; the clause after it is the first one's (E205)
_SAME_DAY_AS = re.compile(r",\s*(?:(?:which\s+was\s+)?adopted\s+)?(?:on\s+)?the\s+same\s+(?:day|date)\s+as\s+(?:its\s+|their\s+)?(?:[A-Z][\w-]*\s+){0,4}$")
_DAY_WITHOUT_YEAR = re.compile(r"(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)\b(?!\s+\d)")
_PLENARY_AGAIN = re.compile(r"\b(?:[Aa]t the same meeting|[Aa]lso at its (?P<n>\d{1,5})(?:st|nd|rd|th) meeting)\b")
# The title of a list of instruments, or a note under it, naming where they were adopted:
# "Decisions adopted at the 352nd Session of the Governing Body", "RESOLUTIONS ADOPTED BY THE
# ASSEMBLY AT ITS ...", "(Adopted at the 43rd Session of the Assembly, Montréal, ...)".
# "..., adopted by the Plenary on 3 October 2028)": the day a list's note says its texts were adopted.
# "adopted by the Plenary on 3 October 2028", "were adopted at the closing plenary, on 18 April 2029"
_ON_DATE_IN_NOTE = re.compile(r"\badopted\s+(?:(?:by|at)\s+[^.;()]{1,80}?,?\s+)?on\s+(?=\d)", re.IGNORECASE)
_LIST_ADOPTED_AT = re.compile(
    # "A. Decisions adopted by the Board at its ...": a lettered section of a report's chapter
    # ("RESOLUTION ADOPTED BY THE COMMITTEE OF THE WHOLE AT ITS FORTY-FIFTH SESSION": one text's title, E144)
    # ("Decisions adopted by the General Assembly during its ninetieth session": "during" as "at")
    r"^(?:[A-H]\.\s+)?\(?(?:(?:resolutions?|decisions?|conclusions|recommendations)\s+)?adopted\s+(?:by\s+[^.;()]{3,160}?\s+)?(?:at|during)\s+(?:its|the)\s"
    # "Decisions adopted by the Thirty-Eighth Meeting of the Parties": the gathering by its number
    r"|^(?:resolutions|decisions|conclusions|recommendations)\s+adopted\s+by\s+the\s+(?:[\w-]+\s+){1,2}(?:session|meeting)\s+of\b"
    # "RESOLUTIONS AND DECISIONS OF THE SEVENTY-EIGHTH SESSION": a compilation's title, a heading
    # alone (E121) ("Decisions of the Board at its fifty-sixth session" is `list_session`'s)
    r"|^(?:resolutions|decisions)(?:\s+and\s+(?:other\s+)?(?:resolutions|decisions))?\s+of\s+the\s+(?:[\w-]+\s+){1,2}"
    r"(?:session|meeting)\s*$",
    re.IGNORECASE,
)
# "(GB.352/INS/5, paragraph 24, as amended by the Governing Body, adopted on 12 March 2027)": a
# note in brackets closing an instrument's text; "Conclusion No. 121 (LXXVIII) – 2027, adopted on 8
# October 2027 at the seventy-eighth session": its heading.
_ADOPTED_ON_NOTE = re.compile(
    # ("(adopted on 10 April 2031)" under the number: the note alone in its brackets)
    r"^(?P<bracket>\()?(?:[^()]{0,160}?(?:\([^()]{0,20}\)[^()]{0,80}?)?,?\s+)?adopted\s+(?:by\s+[^.;()]{1,80}?\s+)?on\s+"
    r"(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})(?(bracket)\)\.?$|(?:\s+at\s+[^()]{0,80})?$)"
)
# How a vote is told: "by a recorded vote of 30 to 2, with 5 abstentions", "by 30 votes to 2 with 5
# abstentions", "by a vote of 30 to none": the tally's commas belong to it, not to the line's parts.
_TALLY = r"(?:\d{1,3}|none|no)"
_VOTE_TALLY = (
    rf"by\s+(?:(?:a\s+)?(?:recorded\s+|roll-call\s+|secret\s+)?(?:vote|ballot)\s+of\s+)?{_TALLY}\s+(?:votes?\s+)?"
    rf"(?:to|against)\s+{_TALLY}(?:\s+votes?)?(?:,?\s+with\s+{_TALLY}\s+abstentions?)?"
)
# "adopted resolution 77/12 without a vote on 7 December 2022", "... by a recorded vote of 120 to 10,
# with 30 abstentions, on ...", "... by consensus at its seventy-seventh session": how the body adopted
# it, between the instrument and its day or gathering (E174)
_HOW_ADOPTED_BEFORE_DAY = re.compile(
    r"\s*,?\s+(?:without\s+a\s+vote|by\s+consensus|by\s+acclamation|unanimously|" + _VOTE_TALLY
    + r"|by\s+(?:a\s+)?(?:recorded\s+)?vote)(?=\s*,?\s+(?:on|at|during)\s)"
)
# The line closing an instrument's text: "Adopted at the 8th meeting, on 14 March 2031.",
# "(Adopted at the 8th plenary meeting on 14 March 2031)", "[Adopted without a vote at the 8th
# meeting, on 14 March 2031]", "Adopted by consensus ..., on ...", "Adopted on 14 March 2031",
# "Adopted by a recorded vote of 30 to 2, with 5 abstentions, at the 8th meeting, on ..."
_ADOPTION_LINE = re.compile(
    r"^[\[(]?(?:Adopted|Approved)(?:,?\s+(?:without\s+a\s+vote|by\s+consensus|unanimously|" + _VOTE_TALLY
    + r"|by\s+(?:a\s+)?(?:recorded\s+)?vote\b[^,.\])]{0,60}))?"
    # "Adopted at the first plenary meeting, 27 May 2031": the day after a comma, without "on"
    r",?(?:\s+(?:at|during)\s+(?:the|its)\s+[^,.\])]{1,60}?)?(?:,?\s+on|,)\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
    # the day as an ordinal: "on the fourteenth of March 2031" (`dates.ORDINAL_DATE`)
    + rf"|(?:the\s+)?{ORDINAL}(?:\s+(?:day\s+)?of)?\s+[A-Z][a-z]+,?\s+\d{{4}})\s*[.\])]*$"
)
# "the following Notes", "the following two documents": a list of documents after the sentence
# "sixty-first session", "61st meeting" in a heading of a list of documents
_ORDINAL_GATHERING = re.compile(rf"\b(?P<ordinal>{ORDINAL})\s+(?:session|meeting)\b", re.IGNORECASE)
# "Reports of the Working Group on its fifty-first session ..., transmitted to ...:", "Documents
# submitted to the Council at its sixty-first session:": a lead-in naming the documents of the list
# below by a plural noun, with no symbol of its own (E121)
_DOCUMENTS_LEAD_IN = re.compile(r"(?:The\s+)?(?P<kind>[Rr]eports|[Nn]otes|[Dd]ocuments|[Pp]apers|[Ss]tudies)\b(?!\s+(?:of|by)\s+the\s+present\b)")
# "(b)", "(iv)", "c)": a lettered line's label
_LETTERED_LABEL = re.compile(r"\(?[a-z]{1,4}\)")
# "Review of ... (ESCAP/CDRR/2032/3)." / "...; (X);": an entry of a list that closes on its symbol's bracket
_ENTRY_ENDS_ON_ITS_SYMBOL = re.compile(r"\([^()\s]*/[^()\s]*\)\s*[.;]?\s*$")
# "... (A/90/176), which covers ...", "... (X), held in ...": an entry's symbol, then a clause on its document
_ENTRY_THEN_ITS_DESCRIPTION = re.compile(
    r"\([^()\s]*/[^()\s]*\),\s+(?:which|that|covering|held|issued|prepared|submitted|transmitted|containing)\b"
)
# "... will be before the Committee together with the following documents:", "as well as the
# following reports:": the list below joins the documents the sentence named
_WITH_THE_FOLLOWING = re.compile(
    r"\b(?:together\s+with|along\s+with|as\s+well\s+as|in\s+addition\s+to|and)\s+the\s+following\s+(?:\w+\s+){0,2}?"
    r"(?:documents|reports|papers|notes|studies|information\s+documents)\s*:\s*$"
)
_THE_FOLLOWING_DOCUMENTS = re.compile(
    r"\b[Tt]he\s+following\s+(?:\w+\s+){0,2}?(?:[Nn]otes|[Dd]ocuments|reports|papers|studies|publications|information\s+documents)\b"
)
# after a run-in label too ("IPCC-64: At its sixty-fourth session, ...", "Background: At its ...")
# "(X)[1] at its ", "(X) at the ": between a paper's symbol and the session it was considered at
# "at its 10811th meeting, on 19 March 2032, when it considered": between a gathering and the verb of
# a clause of time on it, its day set off at most (`Reader.considered_paper`)
_WHEN_IT_CONSIDERED = re.compile(r"(?:\s*,?\s+(?:held\s+)?on\s+[^,;()]{4,40}?)?\s*,?\s+when\s+(?:it|they|the\s+[A-Z][\w -]{0,60}?)\s+(?:also\s+|first\s+)?")
# "my report of 4 February 2032 (", "my previous report (", "our last report, (": right before the
# symbol of an earlier report of the writer's own
_MY_REPORT_BEFORE = re.compile(
    r"\b(?:[Mm]y|[Oo]ur)\s+(?:(?:previous|last|preceding|most\s+recent|latest|earlier)\s+)?(?:(?:periodic|progress|special)\s+)?report"
    r"(?:\s+(?:of|dated)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2},)?\s+\d{4})?\s*,?\s*\($"
)
# "considered my previous report", "took up our last report": the writer's own, named no more
_MY_PREVIOUS_REPORT = re.compile(r"[^()]{0,30}?\b(?:my|our)\s+(?:previous|last|preceding|most\s+recent|latest)\s+report\b(?!\s*\()")
_THEN_AT_ITS = re.compile(r"\s*\)?\s*(?:\[\d{1,3}\])?\s*,?\s+at\s+(?:its\s+|the\s+)?")
# "considered that report at its 10948th meeting": a paper named back, then the gathering
_CONSIDERED_NAMED_BACK = re.compile(
    r"(?:considered|examined|reviewed|discussed|took\s+up)\s+(?:that|this|the\s+same|the\s+said)\s+(?:report|note|study|document|paper)\s*,?\s+at\s+(?=its\s|the\s)"
)
# ("At its thirty-eighth meeting, held in Bonn ..., the Committee considered a concept note ... (X)":
# a body that meets in meetings; a sitting inside the session reported on resolves to no gathering)
# ("During its seventy-seventh session, ...", "At the seventy-seventh session, ...", "In 2022, at its
# seventy-seventh session, ...": the same opening with "During", with "the", after the year)
_AT_SESSION = re.compile(
    # ("On Friday, 14 June 2031, at its 10811th meeting, ...", "On June 14, 2031, at ...": E179)
    rf"^(?:[A-Z][\w.-]*(?:\s+[\w.-]+){{0,4}}:\s+)?(?:(?:In|On)\s+(?:\d{{1,2}}\s+)?(?:[A-Z][a-z]+\s+)?\d{{4}}\s*,\s+|{DAY_OPENING})?(?:Also\s+)?"
    rf"(?:[Aa]t|[Dd]uring)\s+(?:its|the(?!\s+same\b))\s+{ORDINAL_OR_WORD}\s+(?:[Ss]ession|[Mm]eeting)\b"
)
# "...; at its eighty-sixth session, the Assembly adopted resolutions ...": a clause after a
# semicolon opening on its session, then its issuer's name and "adopted" (E130)
_AT_ITS_SESSION_OPENS = re.compile(r"^(?:[A-Z][\w.-]*(?:\s+[\w.-]+){0,4}:\s+)?(?:Also\s+)?[Aa]t\s+its\s")
_AT_SESSION_AFTER_SEMICOLON = re.compile(rf";\s+(?P<at>(?:at|during)\s+its\s+{ORDINAL_OR_WORD}\s+(?:session|meeting))\s*,\s+")
_ISSUER_ADOPTED = re.compile(r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}\s+(?:also\s+|then\s+)?adopted")
# "At its Thirty-Fourth Session, ..., the Conference decided, in C-34/DEC.5 ..., that": the
# instrument that records the decision, named after the verb
_DECIDED_IN = re.compile(r"\b(?:decided|agreed|resolved)\s*,?\s+(?:in|by)\s+(?:its\s+)?(?=\S)")
_ADOPTED = re.compile(r"\badopted\b")
# "resolution 3012 (2033), adopted": the participle right after the instrument's number
_PARTICIPLE_RIGHT_AFTER = re.compile(r"\s*\)?\s*,\s*")


# "decision BC-19/6, in which the Conference of the Parties, at its nineteenth meeting, held in
# Geneva ..., requested", "In decision 5/2, the Assembly, at its fifth session, asked": the issuer
# named after the instrument (in a relative clause or as the sentence's subject), then the
# gathering it acted at set off by commas: the instrument's adoption there (E148)
# ("by decision 4/CMA.15, the Conference of the Parties serving as the meeting of the Parties to the
# Paris Agreement (CMA), at its fifteenth session, requested": a treaty body's name that runs on
# "serving as the meeting of", and the abbreviation the text gives it in brackets, E211)
# ("Resolution 12 (Cg-20) – Impact-based forecasting, by which the World Meteorological Congress, at
# its twentieth session, requested": the title after a dash before the relative clause, E216)
_ISSUER_SET_OFF_AT_ITS = re.compile(
    r"\s*(?:\([^()]{1,40}\))?(?:\s+[–—-]\s+[^,;()\n–—]{1,120}?(?=,\s+(?:in|by|through|with|under)\s+which\s))?"
    r"\s*,\s+(?:(?:in|by|through|with|under)\s+which\s+)?(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+(?:(?:of|to|for|on|and|in|serving\s+as\s+the\s+meeting\s+of)\s+(?:the\s+)?)?[A-Z][\w-]*){0,8}"
    r"(?:\s+\([A-Z][A-Za-z-]{1,15}\))?\s*,\s+(?:at|during)\s+"
)


# ", in Santiago, Chile, from", ", from 22 to 24 November": a place or days set off by a comma
_SET_OFF_PLACE_OR_DAYS = re.compile(r",\s+(?:in\s+[A-Z]|from\s+\d|on\s+\d)")
# "COP 39, CMP 29 and CMA 16": a comma alone between two items of a list of gatherings
_LIST_COMMA = re.compile(r"^\s*,\s*(?:the\s+)?$")


def _listed_before_and(text: str, gatherings: list[tuple[GatheringMention, list[GatheringRef]]], index: int) -> bool:
    """Whether the gathering at ``index`` is an item of a list whose items a comma parts, up to the
    one "and" joins on last ("to host COP 39, CMP 29 and CMA 16, to be held in Santiago": what is
    said of the last is said of all, E211)."""
    at = index
    while at + 1 < len(gatherings) and _LIST_COMMA.match(text[gatherings[at][0].end : gatherings[at + 1][0].start]):
        at += 1
    return at > index and at + 1 < len(gatherings) and _AND_NEXT.match(text[gatherings[at][0].end : gatherings[at + 1][0].start]) is not None


def _adopted_at_between(text: str, start: int, end: int) -> bool:
    """Whether the text between an instrument (ending at ``start``) and a session (at ``end``) says
    the instrument was adopted there ("resolution 83/1, adopted at its eighty-third session, held
    in Bangkok"); its day alone set off ("Pursuant to decision 5/1, adopted on 30 April 2029, the
    Group will hold its sixth session") says no such thing."""
    if _ADOPTED.search(text, start, end) is None:
        # ("decision X, in which the Conference, at its nineteenth meeting, held in Geneva ...,
        # requested": the meeting that adopted it, not one held under it)
        return _ISSUER_SET_OFF_AT_ITS.fullmatch(text, start, end) is not None
    day = _ADOPTED_ON_SET_OFF.match(text, start)
    dates = find_dates(text[day.end() : day.end() + 40]) if day is not None else []
    if day is None or not dates or dates[0].start != 0:
        return True
    rest = text[day.end() + dates[0].end : end]
    return _ADOPTED.search(rest) is not None or _SUBJECT_AFTER_THE_DAY.fullmatch(rest) is None


# ", the Group of Experts will hold ": after the day set off, the clause's subject and verb
_SUBJECT_AFTER_THE_DAY = re.compile(r"\s*,\s*(?:the\s+)?[A-Z][^,;]*?\s+")
# "the following documents were issued for the review of Namibia:", "The following reports were
# prepared for the consideration of the item:", "were made available for the session:": a list of the
# papers of the work the session reported on did (no gathering named: `listing_receiver` takes those)
_ISSUED_FOR_THE_WORK = re.compile(
    r"\b(?:[Tt]he\s+following|[Tt]hree|[Tt]wo|[Ff]our|[Ff]ive)\s+(?:documents|reports|papers|notes)\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?:issued|prepared|made\s+available|circulated)\s+for\s+the\s+(?:review|consideration|examination|session|dialogue|discussion)\b"
)
# "the Working Group adopted the report on Namibia", "adopted the present report", "adopted its
# report ad referendum": the report of the body whose report the document is (not "the report of the
# Secretary-General", "the draft report", "its report on its twelfth session" naming a session)
_OWN_REPORT_ADOPTED = re.compile(
    r"\badopted\s+(?:the\s+(?:present\s+)?|this\s+|its\s+)report\b(?!\s+(?:of|by|from)\b)(?!\s+on\s+(?:its|the|their)\s+[\w-]+\s+(?:session|meeting)\b)"
)
_REPORT_ON_ITS = re.compile(r"\b(?:the|its)\s+report\s+(?:on|of)\s+$")
# "the report on the sixteenth meeting", "the reports of its tenth session", "a summary of the
# fifth meeting": a paper about the gathering named after it (its mandate is the paper's)
_PAPER_ON_THE_GATHERING = re.compile(
    r"\b(?:reports?|summary|summaries|proceedings|records?)\s+(?:on|of)\s+(?:the\s+(?:work\s+of\s+(?:the|its|their)\s+)?|its\s+|their\s+)?$", re.IGNORECASE
)
# "..., which shall hold its first session", and as a note recounts it later: "..., which held
# (has held, has since held) its first session in Bangkok"
# "The Advisory Board on X, established by resolution 11/2, adopted at its eleventh session, will hold
# its third session in …": a name in capitals opening the sentence, its origin set off by commas (a
# participle of creating and the instrument), then the subject's verb of holding "its" (E215); the
# session is the subject's, not that of the body the set-off clause names last
_SUBJECT_NAME = r"(?:The\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|on|of|for|and|the|to|in))*"
_ORIGIN_SET_OFF = (
    r",\s+(?:which\s+(?:was|were)\s+|which\s+(?:the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}|it|they)\s+(?:had\s+|has\s+)?)?"
    r"(?:established|created|set\s+up|constituted)\s+(?:by|in|under|pursuant\s+to|through)\s[^;]{3,300}?,"
)
_ORIGIN_SET_OFF_THEN_HOLDS = re.compile(
    rf"^{_SUBJECT_NAME}{_ORIGIN_SET_OFF}\s+(?:(?:will|shall|would|is\s+to|was\s+to|is\s+expected\s+to)\s+)?(?:also\s+)?"
    r"(?:hold|holds|held|convene|convenes|convened|has\s+held|had\s+held)\s+(?:its|their)\s"
)
_WHICH_SHALL_HOLD = re.compile(
    r",\s*which\s+(?:(?:shall|will|would|is\s+to)\s+(?:also\s+)?hold|(?:has\s+)?(?:since\s+|already\s+)?held)\s+$"
)
_PREPARED_RIGHT_AFTER = re.compile(
    # "X, "Its title", which the Secretariat had prepared pursuant to ...", "(X), which had been
    # prepared in accordance with ...": a relative clause, perhaps after a quoted title, as well
    # "procedure CRC/C/104/3., prepared pursuant to": a footnote's symbol and its full stop, inlined
    r"[)\]]?\.?(?:\s*,\s*[“\"][^”\"]{1,200}[”\"])?\s*,\s*(?:which\s+(?:(?:had|has)\s+been\s+|was\s+|is\s+"
    r"|the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\s+(?:had\s+|has\s+)?))?"
    # ("(X), prepared by the Secretariat pursuant to ...": the participle's agent between, E189)
    r"(?:prepared|submitted|issued)\s+(?:by\s+(?:the\s+)?[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\s+)?(?:pursuant\s+to|in\s+(?:response|accordance)\s+(?:to|with))\b",
    re.IGNORECASE,
)
_RIGHT_AFTER = re.compile(r"^\s*[(\[]\s*$")
# "(X and Y)", "(X, Y and Z)", "[X; Y]": between two symbols of one bracket
_JOINED_IN_BRACKET = re.compile(r"^\s*(?:,|;|and|,\s*and)\s*$")
# "(X), prepared pursuant to decision 11/101": a participle clause right after a document's
# symbol that gives that document, and no other named in the sentence, its mandate
_SYMBOL_THEN_MANDATE = re.compile(
    # ("(X), drawn up to give effect to decision 5/CMA.12": the same in other words, E138)
    r"^\s*\)?\s*,\s*(?:which\s+(?:was|has\s+been|is)\s+)?(?:prepared|submitted|issued|presented|drawn\s+up|drafted)\s+"
    r"(?:by\s+(?:the\s+)?[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\s+)?(?:pursuant\s+to|in\s+accordance\s+with|in\s+response\s+to|in\s+compliance\s+with|as\s+requested\s+in|as\s+mandated\s+by|under"
    r"|to\s+give\s+effect\s+to|in\s+implementation\s+of|in\s+pursuance\s+of)\s+"
    r"(?:(?:paragraph|section)\s+[\w.()]+\s+of\s+)?(?:its\s+|the\s+)?(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,6}?\s+)?$"
)
# "adopted by the Executive Board at its": what stands between "adopted" and the gathering that
# adopted an instrument (the body's name, which the gathering's own resolution checks).
_ADOPTED_BY_AT = re.compile(r"\b[Aa]dopted\s+by\s+(?:the\s+)?[^,;.()]{2,120}?,?\s+(?:at|during)\s+$")
# Between a cited instrument and the participle that says who adopted it: its year, date or
# title, set off by a comma ("resolution EB158.R3 (2026), entitled "...", adopted by").
_UP_TO_ADOPTED_BY = re.compile(r"^[^;]{0,300},\s*$")
_ADOPTED_BY_EACH_AT = re.compile(r"adopted\s+by\s+the\s+[^;:.]{3,200}?\s+at\s+its\s+\S+\s+(?:session|meeting)\b")
# "adopted the following resolutions:", "The following resolutions and decision adopted by the
# Commission at its sixty-ninth session are brought to the attention of the Council:"
_FOLLOWING = re.compile(
    r"\badopted the following (?P<what>resolutions|decisions)\b"
    r"|\b[Ff]ollowing (?:resolutions?|decisions?)(?:,? and (?:resolutions?|decisions?))? adopted by\b"
)
# "The decisions set out below were adopted", "the resolutions reproduced below, adopted": texts
# that follow the sentence, adopted together
# "The texts below were adopted at its 12th meeting, on 23 March 2035": the Secretariat's message
# over the texts it forwards (E221)
_BELOW_ADOPTED = re.compile(
    r"\b(?:resolutions|decisions|conclusions|recommendations|texts)\s+(?:(?:set\s+out|reproduced|contained|printed|listed|given|quoted)\s+)?"
    r"below,?\s+(?:(?:were|have\s+been|had\s+been)\s+)?adopted\b",
    re.IGNORECASE,
)
_FOLLOWING_ONE = re.compile(r"\badopted the following (?:resolution|decision)\s*:")
# "[Draft decision not adopted. ...]", "(Withdrawn)", "[Consideration deferred to the fourteenth
# meeting]", "Not adopted: the draft ... was rejected": an editor's note that is all a number has
_NOT_ADOPTED_NOTE = re.compile(
    r"^[\[(]?\s*(?:(?:the\s+)?(?:draft\s+)?(?:decision|resolution|text)\s+(?:was\s+)?)?"
    r"(?:not\s+adopted|withdrawn|rejected|(?:consideration\s+)?deferred)\b",
    re.IGNORECASE,
)
# "... [not adopted; consideration deferred to ...]", "(withdrawn)": such a note closing a list's line
_NOT_ADOPTED_MARK = re.compile(r"[\[(]\s*(?:not\s+adopted|withdrawn|rejected|deferred)\b[^\])]*[\])]\s*$", re.IGNORECASE)
# "adopted the following decisions at its closing plenary on 27 June 2030, with the exception of
# decision 13/1, which was adopted at the opening plenary on 24 June 2030": the texts set apart
# ("except", "other than", "save for") were adopted on a day of their own, told after "which"
_EXCEPT_FOR = re.compile(r",?\s+(?:with\s+the\s+exception\s+of|except(?:\s+for)?|other\s+than|save\s+for|apart\s+from)\s+(?=\S)", re.IGNORECASE)
_WHICH_ADOPTED = re.compile(r",\s+which\s+(?:was|were|had\s+been)\s+adopted\b")
_THEN_ON_DAY = re.compile(r"\s+(?:(?:by|at|during)\s+[^.;()]{1,80}?,?\s+)?on\s+(?=\d)")
_FOR_THE_TEXT = re.compile(r"^\(?For the text, see\b")
_CITING = re.compile(
    r"\b(?P<verb>(?:Recalling|Reaffirming|Reiterating|Taking note|Noting|Welcoming|Bearing in mind|Affirming|"
    r"Acknowledging|Recognizing|Emphasizing|Stressing|Underlining|Underscoring|Highlighting|"
    r"Taking into account|Taking into consideration|Guided by|Mindful of|Considering|Endorsing|"
    r"Expressing|Commending|Noting with appreciation)(?:\s+(?:also|further|with appreciation|with concern))?(?:\s+of)?)\b",
    re.IGNORECASE,
)
# ", recalling its decision", ", reaffirming also", "and bearing in mind its": a preamble's participle
# set off after the subject of a narrative sentence, in lower case, then the instrument it recites (not a preambular
# paragraph's own "Recalling", in capitals, whose instrument "that resolution" may point back to)
_RECITED_SET_OFF = re.compile(r"(?:,|\sand)\s+(?-i:(?=[a-z]))" + _CITING.pattern + r"\s+(?:its\s+|their\s+|the\s+)?(?:own\s+)?$", re.IGNORECASE)
# A reported citation: "recalling the declaration ... (resolution S-32/1", "the rules ...,
# contained in resolution 9/1", "reaffirmed its resolution 5/2". The phrase must open the
# clause the instrument ends: no full stop or semicolon between them.
# a gathering said to be held or convened, then (in the same clause) the instrument it is held under
_HELD_THEN_MANDATE = re.compile(r"\b(?:be|been|was|were|is|are)\s+(?:held|convened)\b[^;]*$")
_MANDATE_PHRASES = frozenset(("pursuant to", "in accordance with", "consistent with"))
_REPORTED_CITING = re.compile(
    r"\b(?P<verb>recalling|reaffirming|recalled|reaffirmed|referred to|took note of|taking note of|"
    # the past of the other verbs a preamble cites with ("Welcoming", "Noting", "Guided by"): a
    # report telling what the instrument's preamble did ("In resolution 85/40, the Assembly
    # welcomed its resolution 77/12", "acknowledged", "was guided by")
    r"welcomed|noted|acknowledged|reiterated|recognized|recognised|bore in mind|was guided by|made reference to|"
    r"recalls|reaffirms|refers to|welcomes|acknowledges|makes reference to|"
    # the preamble's other participles, told after the subject ("In resolution 85/40, the Assembly,
    # taking into account its resolution 77/12, requested ..."), and its past "took into account"
    r"taking into account|took into account|bearing in mind|guided by|noting|welcoming|acknowledging|"
    r"mindful of|having regard to|building on|"
    r"contained in|annexed to|set out in|pursuant to|in accordance with|consistent with)\b[^.;]*$",
    re.IGNORECASE,
)
# the next preambular paragraph of a text read as one sentence (`patterns.NEXT_RECITAL`)
_NEXT_RECITAL = re.compile(NEXT_RECITAL)
# a relative clause opened after the citing verb: "Recalling X, by which ...", "..., in which"
_RELATIVE_BEFORE_VERB = re.compile(r",\s+(?:by|in|through|under)\s+which\b")
# "In its resolution 10/3, ...", "By the same decision": what follows is the instrument's text.
_SPEAKS_IN = re.compile(r"^(?:(?:Also|Furthermore|Moreover|In addition|Further),?\s+)?(?:In|Through|By|Under)\s+"
    r"(?!accordance|line|conformity|response|view|the light|light|pursuance|keeping|order)", re.IGNORECASE)
_OPERATIVE_CITING = re.compile(
    r"\b(?P<verb>in accordance with|pursuant to|in furtherance of|consistent with|in line with|"
    r"as requested in|as set out in|annexed to|contained in)\s+(?:its\s+|the\s+)?(?:\w+\s+){0,6}$",
    re.IGNORECASE,
)
# "GB.380/LILS/2", "EB158/12": a record's document field holding one symbol alone
_RECORD_DOCUMENT = re.compile(r"[A-Z][A-Za-z]*[.\d]*(?:/[A-Za-z0-9.()-]+)+|[A-Z]{2,}\d{1,4}/\d{1,4}(?:\s?Add\.\d)?")
# "(a) took note of the report of …", "(b) endorses the recommendations …": a lettered paragraph
# of an instrument's text, a clause its verb opens, not an entry of a list of documents (E214)
_ITEM_OPENS_ON_A_VERB = re.compile(
    r"(?:took|takes|take|noted|notes|welcomed|welcomes|endorsed|endorses|approved|approves|considered|considers|"
    r"adopted|adopts|decided|decides|requested|requests|invited|invites|expressed|expresses)\s"
)
# "the report of the twelfth meeting of the Working Group (SRM TWG), held in … (": a report's noun
# phrase up to the bracket its symbol opens, only short brackets (an abbreviation) closed between (E214)
_REPORT_THEN_BRACKET = re.compile(r"\b[Rr]eport\s+(?:of|on)\s(?:[^()]|\([^()]{1,40}\)){3,250}?\(\s*$|\b[Rr]eport\s*\(\s*$")
_ENTITLED_LISTING = re.compile(r"entitled\s+[“\"](?P<title>[^”\"]+)[”\"]")
# "Decision on the first item on the agenda: Title (GB.380/INS/2)", "Decision on agenda item 4 –
# Title (X/4)": a list's entry naming the decision taken on the document whose symbol follows;
# a body that numbers its decisions by that document (a numbering template) makes the symbol
# the decision's number, the rest its title (E214)
_DECISION_ON_ITEM = re.compile(
    r"^Decision\s+on\s+(?:the\s+[a-z]+(?:-[a-z]+)?\s+item\s+(?:on|of)\s+the\s+agenda|agenda\s+item\s+\d{1,3}[a-z]?|item\s+\d{1,3}[a-z]?)\s*(?::|[–—-])\s+(?P<title>[A-Z“\"].+)$"
)
_LISTING_ENTRY = re.compile(r"(?P<desc>[^()]*?(?:\([^()]*\)[^()]*?)*?)\s*\((?:see\s+)?(?P<sym>[A-Z][^()]*?)\)\s*[;.]?\s*")
_LABEL_PREFIX = re.compile(r"^\s*(?:\([a-z]{1,3}\)|\d{1,3}\.)\s+")
# What every entry holds, and what may follow the closing bracket of the last one
_LISTING_SYMBOL_OPEN = re.compile(r"\((?:see\s+)?[A-Z]")
_AFTER_LISTING_ENTRY = re.compile(r"\s*[;.]?\s*")


def _listing_entries(text: str) -> Iterator[re.Match[str]]:
    """``_LISTING_ENTRY.finditer(text)``, the same matches. The pattern, lazy from every
    position, reads on to the end of the text from each position past the last entry (a
    quadratic tail): it is not searched in a text without a bracketed symbol, nor past the last
    closing bracket and what may follow it, where no entry can end."""
    if _LISTING_SYMBOL_OPEN.search(text) is None:
        return iter(())
    end = _AFTER_LISTING_ENTRY.match(text, text.rfind(")") + 1)
    assert end is not None  # it matches the empty text
    return _LISTING_ENTRY.finditer(text, 0, end.end())


def _same_ordinal(ref: GatheringRef, held: list[GatheringRef]) -> GatheringRef:
    """The meeting held earlier in the paragraph with the same number, when there is one."""
    same = {g for g in held if g.kind == ref.kind and g.ordinal == ref.ordinal}
    return same.pop() if len(same) == 1 else ref


# how far before a note the text it speaks of may stand (a page)
_NOTE_WINDOW = 4000


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``text[start:end]`` (from the stop or blank line before it
    to the stop after it)."""
    opening = max(text.rfind(". ", 0, start), text.rfind("\n\n", 0, start)) + 1
    closing = text.find(". ", end)
    return text[opening : closing if closing != -1 else len(text)]


def _previous_sentence(r: _Resolved) -> str | None:
    """The sentence before ``r``'s in its paragraph, if any."""
    sentences = r.paragraph.sentences
    index = next((i for i, s in enumerate(sentences) if s.start == r.sentence.start), 0)
    return sentences[index - 1].text if index > 0 else None


# "(E/ECE/1522), prepared pursuant to": a participle on the document just named
# (", which had been prepared in accordance with": the pluperfect of a record's reported speech)
# (up to twelve words between: "prepared by the Secretariat pursuant to paragraph 38 of General Assembly";
# ", which the Secretariat prepared pursuant to": the relative clause's own subject, E189)
_PARTICIPLE_ON_THE_SYMBOL = re.compile(r"\s*\)?\s*,?\s*(?:which\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+|was\s+|which\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\s+(?:had\s+|has\s+)?)?(?:prepared|submitted|issued|presented|produced|drawn\s+up|drafted)\s+(?:\w+\s+){0,12}$")


def _prepared_by_a_later_document(text: str, symbols: list[SymbolMention], after: int, keyword_start: int) -> bool:
    """"its 130th meeting (X) and the note by the secretariat (Y), prepared pursuant to decision
    72/3": the mandate is the note's, a document named after the meeting, not the meeting's; so
    too a paper in the bracket right after the gathering ("the topical summary of the discussion
    held in the Sixth Committee during its eighty-seventh session (X), prepared by the Secretariat
    pursuant to ...": the summary's mandate, E189)."""
    return any(
        after <= s.start and s.end <= keyword_start and _PARTICIPLE_ON_THE_SYMBOL.fullmatch(text, s.end, keyword_start)
        for s in symbols
    )


def _cited_in_passing(text: str, mention: InstrumentMention, instruments: list[tuple[InstrumentMention, InstrumentRef]]) -> bool:
    """"adopted resolution 3012 (2033), recalling resolutions 2206 (2015) and 2428 (2018)": an
    instrument the participle of a citation names (it, or the list it closes) is no object of the
    adoption told (E189)."""
    first = mention
    for m, _ in sorted(instruments, key=lambda pair: -pair[0].start):
        if m.end <= first.start and _LIST_GAP.match(text[m.end : first.start]):
            first = m
    at = min(first.keyword_start, first.start)
    return _RECALLED_IN_PASSING.search(text, max(0, at - 60), at) is not None


def _town_hosting(r: _Resolved, gathering_start: int, before: str) -> str | None:
    """"Vienna will host the thirteenth session of the Commission": the town the subject names, no
    body's name, hosts the gathering named at ``gathering_start`` (E197)."""
    if "host" not in before:
        return None
    host = gathering_lines.town_that_hosts(r.sentence.text, gathering_start)
    if host is None or any(b.start <= host[1] < b.end for b in r.refs.bodies):
        return None
    return host[0]


def _tail(text: str, end: int, size: int = 80) -> str:
    """The words just before ``end``: patterns anchored at ``$`` need no more."""
    return text[max(0, end - size) : end]


_VERB_PAIR = re.compile(r"\b[a-z]+ed(?:(?:\s*,\s*|\s+and\s+)[a-z]+ed\b)+")


def _respectively(text: str, position: int, instruments: list[InstrumentRef]) -> list[InstrumentRef]:
    """"resolutions 9/1 and 10/1, by which it established and launched, respectively, the
    Mechanism": each verb of the list belongs to the instrument in the same place."""
    if len(instruments) < 2 or "respectively" not in text:
        return instruments
    for group in _VERB_PAIR.finditer(text):
        if group.start() <= position < group.end():
            starts = [v.start() + group.start() for v in re.finditer(r"[a-z]+ed\b", group.group(0))]
            if len(starts) == len(instruments) and position in starts:
                return [instruments[starts.index(position)]]
    return instruments


# "Resolution adopted by the Human Rights Council on 2 April 2026", above "61/17. Title".
_ADOPTED_BY_LINE = re.compile(r"^(?:Resolution|Decision)\s+adopted\s+by\s+")
# "Adopted: 18 June 2036", "Date of adoption: 3 May 2031": a masthead's field alone on its line (E216)
_MASTHEAD_ADOPTION_FIELD = re.compile(rf"{instrument_headings.ADOPTED_LABEL.pattern}(?P<day>\d{{1,2}}\s+[A-Z][a-z]+\s+\d{{4}})\.?")
# "Item 4: Adoption of the summary records", "Agenda item 6.2 - Report of ...": the agenda item a
# title line under an instrument's number opens with is not part of the title.
_ITEM_LABEL_BEFORE_TITLE = re.compile(r"^(?:(?:Agenda\s+)?[Ii]tem|ITEM)\s+\d{1,3}(?:\.\d{1,2})*[a-z]?\s*(?::|\.|\s[-–—])\s+(?=\S)")
# A decision of a session report whose text opens with the meeting that took it: "At its
# 9th meeting, on 20 March 2026, the Commission ... decided ..." (the date is its adoption's).
_AT_MEETING_ON = re.compile(r"^At\s+its\s+(?:\d{1,3}(?:st|nd|rd|th)|[a-z-]+)\s+(?:plenary\s+)?meeting,\s+on\s+")
# "The Commission on Narcotic Drugs,": the preamble's opener names the body that speaks.
_OPENER = re.compile(r"^(?:The\s+)?(?P<body>[^,:;]{3,200})[,:]?\s*$")


_LIST_GAP = re.compile(r"^[\s,]*(?:and|or|as well as)?\s*$")
_OWN_WORDS = re.compile(r"[“\"]|\bof\s+\d|\bentitled\b")
_BARE_AND = re.compile(r"\s+and\s+")


def _nearest_of_list(text: str, listed: list[tuple[InstrumentMention, InstrumentRef]]) -> list[InstrumentRef]:
    """The instruments of one list a relative clause after it speaks of: all of "resolutions
    67/4 and 68/3, in which", but only the last of "resolutions 2004/28 of 21 July 2004,
    entitled “...”, and 2019/19 of 23 July 2019, in which": a member with words of its own
    (a date, a title) before the next is told apart from it."""
    start = 0
    for i in range(1, len(listed)):
        before = listed[i - 1][0]
        own_words = _OWN_WORDS.search(text[before.start : before.end])
        gap = text[before.end : listed[i][0].start]
        if own_words is not None and _BARE_AND.fullmatch(gap) and all(w.startswith("of") for w in _OWN_WORDS.findall(text[before.start : before.end])):
            # "its resolutions 86/229 of 21 December 2031 and 87/231 of 20 December 2032, in which it
            # requested": members dated alike, joined by a bare "and", are one list (E200); a title,
            # or a comma before the next ("…, entitled “…”, and 2019/19 of …"), tells one apart
            continue
        if own_words or not _LIST_GAP.match(gap):
            start = i
    return [ref for _, ref in listed[start:]]


def _inside_a_known_name(mention: InstrumentMention, bodies: list[BodyMention]) -> bool:
    """"the Security Council Committee established pursuant to resolution 2745 (2024) concerning
    the Central African Republic": an instrument inside a body's name the reference data knows,
    whose words after it are the body's topic, not the instrument's title."""
    return any(b.key is not None and b.start < mention.start and mention.end <= b.end for b in bodies)


def born_part(p: Paragraph) -> tuple[int, tuple[str, str, str] | None]:
    """The part of the text in which a body created stays "the working group": the instrument
    whose text creates it, whatever page headings (a fax's sender line, a page's time stamp) are
    set amid its operative paragraphs, and its annex (the terms of reference of the body the text
    creates: "The AHTEG shall hold its first meeting ..."); a section of the text outside instruments."""
    if p.instrument is not None and p.part in ("preamble", "operative", "annex") and not p.draft:
        return (-2, p.instrument)
    return (p.section if p.instrument else -1, p.instrument)


def _whole_name_of(body: Body | None, said: str) -> bool:
    """Is ``said`` (normalised, lower case) the body's own name, not one of its other names?"""
    return body is not None and " ".join(body.name.lower().split()) == said


def _capitalised_known(known: BodyMention, written: str, born_core: str) -> bool:
    """"Requests the Open-ended Working Group" after "Decides to establish an expert working
    group on ...": a body the reference data knows, its name written in capitals, is that body,
    not the new one described in lower case."""
    return len(known.text) >= len(written) and known.text[:1].isupper() and written[:1].isupper() and born_core[:1].islower()


def _may_hold(instrument: InstrumentRef, gathering: GatheringRef) -> bool:
    """Whether the instrument may have been adopted at the gathering: not when its number
    names another session ("EB156(4)" at the 158th); a year ("2027/9") names none."""
    session = instrument.session
    return not session.isdigit() or len(session) == 4 or int(session) == gathering.ordinal


def _numbered_at(gathering: GatheringRef, instrument: InstrumentRef) -> bool:
    """Whether the instrument's number names the session: resolution 81/5 of the eighty-first."""
    return gathering.kind == "session" and instrument.session.isdigit() and int(instrument.session) == gathering.ordinal


# "General Assembly resolution 60/180 and Security Council resolution 1645 (2005), both of 20
# December 2005": one date after instruments named together is each one's
_TOGETHER_OF = re.compile(r"\s*,\s*(?P<which>both|all\s+(?:two|three|four|five)|all|each)\s+(?:dated\s+|of\s+)(?=\d)")
# between two instruments of one coordination: "and", a comma, the next one's issuer
_COORDINATED_INSTRUMENTS = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)(?:(?:its|the)\s+)?(?:[A-Z][\w-]*\s+){0,6}$")


def _dated_together(text: str, instruments: list[tuple[InstrumentMention, InstrumentRef]]) -> list[tuple[InstrumentRef, dt.date]]:
    """The instruments a shared date follows ("A and B, both of 20 December 2005"), with that day."""
    found: list[tuple[InstrumentRef, dt.date]] = []
    ordered = sorted(instruments, key=lambda pair: pair[0].start)
    for i, (mention, _) in enumerate(ordered):
        together = _TOGETHER_OF.match(text, mention.end)
        dates = find_dates(text[together.end() : together.end() + 40]) if together else []
        if together is None or not dates or dates[0].start != 0:
            continue
        group = [ordered[i]]
        for j in range(i - 1, -1, -1):
            following = group[0][0]
            if not _COORDINATED_INSTRUMENTS.match(text[ordered[j][0].end : following.keyword_start if following.first_in_list else following.start]):
                break
            group.insert(0, ordered[j])
        if len(group) < 2 or together["which"] == "both" and len(group) != 2:
            continue
        found += [(ref, dates[0].value.start) for _, ref in group]
    return found


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _named_by_kind(text: str, start: int, kind: str) -> bool:
    """Whether the instrument whose number (or keyword) starts at ``start`` is named with its kind
    word: "decision XII/1", "By decision ISBA/32/C/9" (not a symbol alone, "(ISBA/32/C/4)")."""
    return text[start : start + len(kind)].lower() == kind or re.search(rf"\b{kind}s?\s+$", text[max(0, start - 14) : start], re.IGNORECASE) is not None


# "Decisions of the Council at its eighty-first session", "Resolutions adopted by the Assembly at
# its 12th session", "Decisions taken by the Board at its seventy-first session": a page or list
# of the instruments one session adopted
# "Human Rights Council resolution 55/20", "the Council's decision 12/3": a body's name as the
# issuer of an instrument the text cites
_ISSUER_OF_AN_INSTRUMENT = re.compile(r"(?:['’]s)?\s+(?:resolutions?|decisions?)\s+\d")
# "II. Decisions adopted at the forty-second session", "Resolutions adopted by the Commission at its
# 12th session": a section heading over a table of the instruments a session adopted ("during the
# forty-second session" as "at" it)
_SECTION_OF_A_SESSION = re.compile(
    rf"^(?:[IVXLC]{{1,6}}\.\s+|[A-Z]\.\s+|\d{{1,2}}\.\s+)?(?:Decisions|Resolutions)(?:\s+and\s+(?:decisions|resolutions))?\s+adopted\s+"
    rf"(?:by\s+(?:the\s+)?(?P<body>[A-Z][^.:;]{{1,120}}?)\s+)?(?:at|during)\s+(?:its|the)\s+(?P<ord>{ORDINAL})\s+(?:session|meeting)\b",
    re.IGNORECASE,
)
# "Resolutions adopted at RC81": the session written as its instruments' symbols write it
# (`records.session_of_code`), a tracker's or a page's heading over its table of them
_SECTION_OF_A_CODED_SESSION = re.compile(
    r"^(?:[IVXLC]{1,6}\.\s+|[A-Z]\.\s+|\d{1,2}\.\s+)?(?:Decisions|Resolutions)(?:\s+and\s+(?:decisions|resolutions))?\s+adopted\s+"
    r"(?:at|during|by)\s+(?P<code>[A-Z][A-Za-z]*\.?\d{1,3})\s*(?:$|[(:,–—])",
    re.IGNORECASE,
)
# "Decisions of the Intergovernmental Committee: 21.COM" / "Session: Twenty-first session of the
# Intergovernmental Committee for ...": a page of instruments whose title names no session in
# words, and the field under it that does.
_LIST_TITLE = re.compile(r"^(?:Decisions|Resolutions)\s+(?:adopted\s+by|taken\s+by|of)\s+(?:the\s+)?[A-Z]")
# A document's title naming both kinds of a session's instruments as its contents, under a masthead
# that names the session: "Decisions and list of resolutions" (a WHO governing body's), "Resolutions
# and decisions", "List of decisions and resolutions", "Texts of the resolutions and decisions"
_KINDS_LIST_TITLE = re.compile(
    r"^(?:(?:List|Texts?|Compilation|Compendium)\s+of\s+(?:the\s+)?)?(?P<first>resolutions|decisions)\s+and\s+"
    r"(?:(?:a\s+)?(?:list|texts?)\s+of\s+(?:the\s+)?)?(?!(?P=first))(?:resolutions|decisions)$",
    re.IGNORECASE,
)
_SESSION_FIELD = re.compile(
    rf"^(?:Session|Meeting)\s*:\s*(?P<ord>{ORDINAL})\s+(?:ordinary\s+)?(?P<word>session|meeting)\s+of\s+(?:the\s+)?(?P<body>[A-Z][^.:;]{{1,200}})$",
    re.IGNORECASE,
)
# "Place: Cusco, Republic of Peru", "Venue: Bonn, Germany", "Dates: 1 to 6 December 2031": a page's
# fields under its title (the place's first part is the city)
# ("Venue: International Conference Centre Geneva, Geneva, Switzerland": the venue's name before the
# town, read past with `places.without_venue`, E195)
_PLACE_LABEL = re.compile(r"^(?:Place|Venue|Location)\s*:\s*")
_PLACE_VALUE = re.compile(r"(?P<place>[A-Z][^,;:()]{1,60}?)\s*(?:,[^:;]{0,80})?$")
_DATES_FIELD = re.compile(r"^(?:Dates?|Date\(s\)|Held)\s*:\s*(?P<date>\S.{3,80})$")
# "Held jointly with: the twenty-second meeting of ... and the seventeenth meeting of ...", "Back to
# back with: ...": the gatherings the page's session met with (their own days and places untold, E195)
_JOINT_FIELD = re.compile(r"^(?:(?:Held\s+)?(?:jointly|back[\s-]to[\s-]back|in\s+conjunction)\s+with|Joint\s+with)\s*:\s*", re.IGNORECASE)
_FIELD_LINES = 4
# "(20.COM)", "(COP 16)", "(SBSTTA-26)", "(9.EXT.COM)": a session's short label in brackets after its
# name, capitals and figures, no comma (a town and year in brackets, "(Bangkok, 2013)", has one)
_SESSION_LABEL_IN_BRACKETS = re.compile(r" \((?=[^()]{0,16}[A-Z])(?=[^()]{0,16}\d)[A-Z0-9][A-Z0-9.\- ]{1,15}\)")
# "The eightieth session (1956th to 1980th meetings) was held from ...": the session's sittings
# in brackets, between the session and what says where and when it was held
_SITTINGS_IN_BRACKETS = re.compile(r" \(\d{1,5}(?:st|nd|rd|th)(?:\s*(?:to|[–-]|and)\s*\d{1,5}(?:st|nd|rd|th))?\s+meetings?\)")
# A page's list after its texts: "Related documents", "Related decisions", "See also", "Documents of the
# session", "Further reading" (a heading alone on its line)
_RELATED_LIST_WORDS = (
    r"(?:Related\s+(?:documents|decisions|resolutions|links|pages|content|meetings)|See\s+also|Further\s+(?:reading|information)|"
    r"Documents\s+of\s+the\s+(?:session|meeting)|Other\s+documents)\s*:?$"
)
_RELATED_LIST_HEADING = re.compile("^" + _RELATED_LIST_WORDS, re.IGNORECASE)
# the same heading last in a chain of headings ("Documents before the Commission at its ... session
# Related documents"): the list under it is a page's list of related texts, not of the documents
# before the session the heading above it named (E185)
_RELATED_LIST_LAST = re.compile(r"\b" + _RELATED_LIST_WORDS, re.IGNORECASE)
# "(previous session)", "(current meeting)", "(this session)": a list's note after an entry's title
_RELATIVE_SESSION_NOTE = re.compile(r"\s*\((?:the\s+)?(?:previous|current|present|this|last|next|same)\s+(?:session|meeting)\)\s*$", re.IGNORECASE)
# ("Decisions adopted by the General Assembly during its ninetieth session": "during" as "at")
_LIST_OF_A_SESSION = re.compile(
    rf"^(?:Decisions|Resolutions)\s+(?:adopted\s+by|taken\s+by|of)\s+(?:the\s+)?(?P<body>[A-Z][^.:;]{{1,120}}?)\s+(?:at|during)\s+its\s+"
    rf"(?P<ord>{ORDINAL})\s+(?P<word>session|meeting)\b",
    re.IGNORECASE,
)
# "Decisions adopted by the thirteenth meeting of the Conference of Parties to the X Convention",
# "Resolutions adopted at the fifth session of the Assembly": the gathering named first, its body after
_LIST_OF_A_NAMED_SESSION = re.compile(
    rf"^(?:Decisions|Resolutions)\s+(?:adopted|taken)\s+(?:by|at)\s+the\s+(?P<ord>{ORDINAL})\s+(?:ordinary\s+)?(?P<word>session|meeting)\s+"
    rf"of\s+(?:the\s+)?(?P<body>[A-Z][^.:;]{{1,200}}?)\s*$",
    re.IGNORECASE,
)

# "ASSEMBLY RESOLUTIONS ADOPTED AT THE 45TH SESSION", "Council decisions taken at its 230th session":
# the body named before its instruments' kind, the gathering after (a specialized agency's title) (E222)
_LIST_OF_A_BODYS_SESSION = re.compile(
    rf"^(?P<body>[A-Z][\w’'\- ]{{1,80}}?)\s+(?:decisions|resolutions)\s+(?:adopted|taken)\s+(?:at|during)\s+(?:its|the)\s+"
    rf"(?P<ord>{ORDINAL})\s+(?:ordinary\s+)?(?P<word>session|meeting)\s*$",
    re.IGNORECASE,
)
# "PROVISIONAL EDITION", "Advance unedited version": a line on the edition between a list's title
# and the line saying where and when its session met
# (or the place line's start, where a tool ran the two lines together)
_EDITION_LINE = re.compile(r"^(?:(?:provisional|final|advance|preliminary|unedited|revised)\s+)+(?:edition|version|text)\b\s*", re.IGNORECASE)


# "Seventy-first session at a glance", "Twelfth session: overview", "Fifty-fifth session": a
# heading on one session of the document's body
_SESSION_HEADING = re.compile(rf"^(?:The\s+)?(?P<ord>{ORDINAL})\s+(?P<word>session|meeting)\b(?:\s+at\s+a\s+glance|\s*[:–—-]\s*\w[\w ]{{0,40}}|\s+in\s+brief)?\s*$", re.IGNORECASE)
# "Geneva, 24-25 April 2031": a place and the days, nothing else; "UNESCO Headquarters, Paris,
# 24 June – 2 July 2031", "Palais des Nations, Geneva, 3–5 May 2031": the venue before the town
_BRACKETED_PLACE_AND_DAYS = re.compile(rf"^\((?:{places.VENUE_NAME},\s+)?(?P<place>{places.PLACE}),\s+(?P<date>\d[^.;()]{{4,40}}?)\)$")
_PLACE_AND_DAYS = re.compile(rf"^(?P<place>{places.PLACE}),\s+(?P<date>\d[^.;]{{4,40}}?)\.?$")
# "Three decisions adopted: 71/1, 71/2, 71/3", "Decisions adopted: 12/1–12/4"
_ADOPTED_LIST = re.compile(r"^(?:[\w-]+\s+)?(?P<kind>[Dd]ecisions?|[Rr]esolutions?)\s+adopted\s*:\s*(?P<numbers>\d[\d/,\s–and-]{2,120}?)\.?$")
# "decision at its previous meeting", "adopted at its last session" (E100)
_AT_ITS_PREVIOUS = re.compile(r"\b(?:at|during)\s+its\s+(?:previous|last|preceding)\s+(?P<word>meeting|session)\b")
# "38 decisions adopted", "Twelve resolutions were adopted": how many, not which (E100)
_ADOPTED_COUNT = re.compile(r"^(?:\d{1,3}|[A-Z]?[a-z]+(?:-[a-z]+)?)\s+(?P<kind>decisions|resolutions)\s+(?:were\s+)?adopted\b")
# "report issued as UNEP/OzL.Pro/ExCom/94/76", "report: E/2031/31": the session's report
_REPORT_ISSUED = re.compile(r"(?:^|[;,]\s+)(?:(?:its|the)\s+)?[Rr]eport\s+(?:issued|published)\s+as\s+(?=\S)")
# "Seventy-third session: Geneva, April 2033", "Twelfth session: Nairobi, 8-12 March 2032"
_SESSION_ENTRY = re.compile(
    # "Fourteenth meeting of the Conference of Parties: Durban, South Africa, 2033": the body named
    # (the document's issuer, `session_overview`), a country after the town
    rf"^(?:(?:Next|The)\s+)?(?i:(?P<ord>{ORDINAL})\s+(?P<word>session|meeting))(?:\s+of\s+(?:the\s+)?(?P<body>[A-Z][^:;]{{1,160}}?))?"
    rf"\s*:\s+(?P<place>{places.PLACE})(?:,\s+{places.COUNTRY}(?=,|\.?$))?(?:,\s+(?P<date>[^.;]{{4,40}}?))?"
    # "93rd meeting: Montreal, 4-8 December 2031" / "report UNEP/OzL.Pro/ExCom/93/81" (a sub-bullet)
    r"(?:[,;]?\s+(?:its\s+)?report(?:\s+issued\s+as|\s*:)?\s+(?P<report>\S+?))?\.?$",
)


# "All four documents were before the forty-first Meeting.", "The documents listed above were
# before the session", "All three decisions were adopted at the forty-first Meeting without a vote"
_ALL_OF_THE_ABOVE = re.compile(
    r"^(?:All|The|These|Those|Both)\s+(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(?:of\s+the\s+)?"
    r"(?P<what>documents|reports|notes|decisions|resolutions)(?:\s+(?:listed\s+)?above)?\s+(?:were|was)\s+(?:all\s+)?"
    r"(?P<verb>before|adopted\s+at)\s+(?:the\s+|its\s+)"
)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "both": 2}


def _has_day(value: str | None) -> bool:
    """Whether a date names a day, not only a month ("April 2033")."""
    # ("June 17-21, 2031": the month first, then the days)
    return bool(value) and _A_DAY_FIRST.match(value or "") is not None


_A_DAY_FIRST = re.compile(r"^\s*(?:\d|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b)")


# "were prepared in accordance with", "has been drafted pursuant to": a paper made under the
# instrument named next
_PREPARED_UNDER = re.compile(
    r"\b(?:prepared|drafted|issued|compiled|written|submitted)\s+(?:\w+\s+){0,2}(?:in\s+accordance\s+with|pursuant\s+to|in\s+response\s+to|under)\s+"
    # "submitted in accordance with paragraph 15 (a) of the annex to Human Rights Council
    # resolution 5/1": a paragraph of the instrument's annex (E121)
    r"(?:paragraphs?\s+\d{1,3}(?:\s*\([a-z]\))?\s+of\s+the\s+annex\s+to\s+)?(?:\w+\s+){0,3}$"
    # "prepared pursuant to World Health Assembly resolution WHA87.6": a number in its body's
    # convention starts after the kind word, the issuer's name before it
    r"|\b(?:prepared|drafted|issued|compiled|written|submitted)\s+(?:\w+\s+){0,2}(?:in\s+accordance\s+with|pursuant\s+to|in\s+response\s+to|under)\s+"
    r"(?:[A-Z][\w-]*\s+){1,6}(?:resolution|decision)\s+$"
)


# "established in accordance with Human Rights Council resolution 5/1", "set up pursuant to
# paragraph 4 of decision 2/3": a participle telling the origin of the body before it; the
# instrument after it is no mandate of a gathering the body then holds
_ORIGIN_UNDER = re.compile(
    r"\b(?:established|created|set\s+up|constituted|instituted)\s+(?:\w+\s+){0,2}?(?:in\s+accordance\s+with|pursuant\s+to|under|by\s+virtue\s+of)\s+"
    r"(?:(?:sub)?paragraphs?\s+\d{1,3}(?:\s*\([a-z]\))?\s+of\s+(?:the\s+annex\s+to\s+)?)?(?:its\s+|the\s+)?(?:[A-Z][\w-]*\s+|(?:and|of|the|on|for)\s+){0,8}$"
)


def _mandate_of_the_nearest_document(r: _Resolved, mandates: list[InstrumentRef]) -> list[tuple[DocumentRef, InstrumentRef]] | None:
    """"a report (X), prepared in accordance with decision A, and a note (Y) ..., which was prepared
    pursuant to decision B": each mandate is that of the document named last before it, a
    participle ("prepared", "submitted") between them. None unless two documents or more hold
    mandates so (documents named together share theirs, "X and Y, prepared pursuant to A") (E94)."""
    if len(r.symbols) < 2:
        return None
    pairs = []
    for mention, ref in r.instruments:
        if ref not in mandates:
            continue
        before = [s for s in r.symbols if s.end <= mention.keyword_start]
        if not before or not _PREPARED.search(r.sentence.text, before[-1].end, mention.keyword_start):
            return None
        pairs.append((DocumentRef(symbols=before[-1].symbols), ref))
        # "(A/CN.10/243 and Add.1), prepared in accordance with …": the symbols joined to the last
        # one by "and" or a comma are named together with it and share its mandate (E200)
        for earlier, joined in zip(reversed(before[:-1]), reversed(before)):
            if not _JOINED_SYMBOLS.fullmatch(r.sentence.text, earlier.end, joined.start):
                break
            pairs.append((DocumentRef(symbols=earlier.symbols), ref))
    return pairs if len({doc for doc, _ in pairs}) >= 2 else None


# what joins two symbols named together in one bracket: "A/CN.10/243 and Add.1", "X, Y and Z"
_JOINED_SYMBOLS = re.compile(r"\s*(?:,|,?\s+and|\s+&)\s*")


# ", which the Assembly established by", ", by which the Assembly decided to establish", ", whereby it
# set up": a relative clause that tells an instrument's establishment of a body (E205)
_ESTABLISHED_IN_A_CLAUSE = re.compile(
    r",\s+(?:(?:by|in|through)\s+which|which|whereby)\s+(?:the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}|it|they)\s+(?:had\s+|has\s+)?(?:also\s+)?"
    r"(?:decided\s+to\s+(?:establish|set\s+up|create)|established|set\s+up|created)\b"
)


def _may_establish(text: str) -> bool:
    """Whether a sentence holds an establishing verb's words and a gathering the new body may hold."""
    return any(word in text for word in _ESTABLISHING_WORDS) and ("meeting" in text or "session" in text or "first time" in text)


def _copied_refs(refs: SentenceRefs) -> SentenceRefs:
    """A copy of ``refs`` that `resolve` may mutate while the original is kept: the lists, and
    the instrument and gathering mentions, whose issuer and body it sets (body and date
    mentions are frozen; a gathering's ordinals are never changed in place)."""
    return SentenceRefs(list(refs.bodies), list(map(_copied, refs.instruments)), list(map(_copied, refs.gatherings)), list(refs.dates))


_Mention = TypeVar("_Mention", InstrumentMention, GatheringMention)


def _copied(mention: _Mention) -> _Mention:
    """A copy of a mention whose fields `resolve` sets (its dataclass has no slots and no
    `__post_init__`): its fields' dictionary copied, ~6x faster than `copy.copy`'s protocol."""
    copied = object.__new__(type(mention))
    copied.__dict__ = mention.__dict__.copy()
    return copied


# "resolution ", "Assembly resolution ", "Council decision ": the kind's word (after its issuer's
# name) before an instrument's number in a table's cell
_KIND_BEFORE_NUMBER = re.compile(r"(?:[A-Z][\w-]*\s+){0,4}(?P<kind>[Rr]esolution|[Dd]ecision)\s+")
_PLENARY_WORD = re.compile(r"\bplenary\b", re.IGNORECASE)
# A title naming the instruments a session adopted: "Revised estimates resulting from resolutions and
# decisions adopted by the Human Rights Council at its eighty-third session" (`Scope.titled_sessions`)
_INSTRUMENTS_ADOPTED_BY = re.compile(r"\b(?:resolutions|decisions)(?:\s+and\s+(?:resolutions|decisions))?\s+adopted\s+by\s+the\b")


# "decision 2 of its ", "resolution 12/3 of its ": an instrument's number, then the session of the
# issuer ("its") that adopted it (the gathering is read at the match's end)
# "decision on Agenda Item 10 at its 77th meeting", "decision 3 of its fifth session": after a number
# counted within a gathering, the gathering (`gathering_numbering`)
_COUNTED_AT_ITS = re.compile(
    rf"\s*,?\s+(?:(?:adopted|taken)\s+)?(?:at|of)\s+(?:its|the)\s+(?P<ordinal>{ORDINAL})(?:\s+[A-Z][\w/-]*){{0,3}}\s+(?:meeting|session)\b"
)
_NUMBER_OF_ITS = re.compile(r"[A-Za-z]{0,12}\s*(?P<number>[\w./-]{1,14})\s+of\s+(?=its\s)")


def _may_adopt(gathering: GatheringRef, instrument: InstrumentRef) -> bool:
    """An instrument numbered by session ("81/5", not a year's "2024/17" or "S-32/1") is adopted
    at that session and no other."""
    # (a body that meets in numbered meetings numbers its texts by the meeting: "XIV.6" of the 14th)
    numbered_by_session = gathering.kind in ("session", "meeting") and instrument.session.isdigit() and int(instrument.session) < 1900
    return not numbered_by_session or int(instrument.session) == gathering.ordinal

def _is_title_line(p: Paragraph) -> bool:
    """A title too long to be printed as a heading, right after "Resolution 11/3": one
    unlabelled line that ends without punctuation (the preamble's opener ends with a comma)."""
    text = p.text.rstrip()
    return (
        p.kind == "paragraph" and p.label is None and 0 < len(text) <= 500 and text[-1] not in ".,;:"
        and not ADOPTION_NOTE.match(text)  # "Adopted by the Security Council at its 9999th meeting, on ..."
        and not _DATE_LINE.match(text)  # a masthead's date, "14 March 2026"
    )


# "(decisions 7.1 to 7.3 adopted 25.06.2029)": the numbers, then the day
_BRACKETED_ADOPTION = re.compile(
    r"\((?P<numbers>(?:[Dd]ecisions?|[Rr]esolutions?|DECISIONS?|RESOLUTIONS?)\s+[^()]{1,60}?)\s+(?:adopted|ADOPTED)\s+(?:on\s+|ON\s+)?(?P<date>[^()]{4,40})\)"
)
# "41st Session (Part II)", "Thirtieth regular session": a record's session field naming no body
_BARE_SESSION_FIELD = re.compile(
    rf"^(?P<ord>{ORDINAL})\s+(?:regular\s+|ordinary\s+)?[Ss]ession\b(?:\s*\((?:[Pp]art|PART)\s+(?:[IVX]+|\d|one|two)\))?(?=\s*(?:,|$))"
)
# "ISBA/41/C/17" over "Decision of the Council of the International Seabed Authority relating to
# the review of …": under the number read as the instrument's heading, a line opening on its kind
# word and then "of the Council", "on", "relating to" is its long title, not its heading again (E218)
_KIND_THEN_TITLE = re.compile(r"^(?:Resolution|Decision|RESOLUTION|DECISION)\s+(?:of|on|relating\s+to|concerning|regarding)\s+\S")
# A number written in the default shape alone ("5/1", "2031/4"), no convention's letters in it
_DIGITS_ONLY_NUMBER = re.compile(r"\d{1,4}\s*/\s*\d{1,4}")
_ACTION_TAKEN = re.compile(r"^(?:Part\s+\w+\s*:\s*)?Action\s+taken\s+by\b.{3,200}?\bat\s+its\s+\S+\s+session\b", re.IGNORECASE)
_DATE_LINE = re.compile(r"^\d{1,2}\s+[A-Z][a-z]+\s+\d{4}$")
# A clause that ends on the word before a deadline: the date on the next line is that deadline.
_DEADLINE_AT_END = re.compile(r"\b(?:by|(?:no|not)\s+later\s+than|before|until|on\s+or\s+before|due\s+on)\s*$", re.IGNORECASE)
_DATE_LINE_START = re.compile(r"^\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b")
# The line that closes an instrument's text: "68th plenary meeting", "Eighth plenary meeting,".
# A numeral may group its thousands ("1,201st plenary meeting"); a body that numbers all its
# meetings in one series may leave "plenary" out ("8th meeting"), on a line of its own or with
# the date alone after it.
# the last part of a bracketed note under a text: "...; Congress – 12th plenary meeting, 26.09.2029)";
# a note that is the sitting alone may say "meeting" without "plenary", as the WHO regional
# committees and PAHO's bodies close their resolutions: "(Seventh meeting, 1 October 2031)"
_BRACKETED_PLENARY = re.compile(
    rf"(?:^\((?:{ORDINAL}|\d{{1,4}}(?:st|nd|rd|th))\s+(?:plenary\s+)?meeting"
    rf"|(?:^\(|;\s*)(?:[A-Z][\w ]{{0,40}}?\s+[–—-]\s+)?(?:{ORDINAL}|\d{{1,4}}(?:st|nd|rd|th))\s+plenary\s+meeting),?\s+(?:on\s+)?"
    r"(?P<date>[^();]{6,30}?)\)\.?$",
    re.IGNORECASE,
)
_PLENARY_CLOSING = re.compile(
    rf"^(?:{ORDINAL}|\d{{1,3}}(?:,\d{{3}})+(?:st|nd|rd|th))\s+(?P<plenary>plenary\s+)?meeting\b[,\s]*", re.IGNORECASE
)


# "of the " between an instrument's number and its issuer's name (`_Resolved.subject_end`)
_OF_ISSUER = re.compile(r"\s+of\s+(?:the\s+)?")
_DAY_SET_OFF = re.compile(r",\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}(?=,)")


def _closing_sitting_note(p: Paragraph) -> bool:
    """Whether a paragraph is the bracketed note closing an instrument's text with the sitting that
    adopted it ("(Eighth meeting, 5 February 2036)", "(12th plenary meeting, 26.09.2029)")."""
    text = p.text.strip()
    return p.part in ("preamble", "operative") and text[:1] == "(" and _BRACKETED_PLENARY.search(text) is not None


@dataclass
class _Resolved:
    """A sentence with its references resolved."""

    sentence: Sentence
    paragraph: Paragraph
    refs: SentenceRefs
    bodies: dict[int, str]
    instruments: list[tuple[InstrumentMention, InstrumentRef]]
    gatherings: list[tuple[GatheringMention, list[GatheringRef]]]
    symbols: list[SymbolMention]

    @cached_property
    def _instruments_by_end(self) -> tuple[list[int], list[tuple[InstrumentMention, InstrumentRef]]]:
        ordered = sorted(self.instruments, key=lambda pair: pair[0].end)
        return [m.end for m, _ in ordered], ordered

    def instrument_before(self, position: int) -> tuple[InstrumentMention, InstrumentRef] | None:
        """The last instrument named before ``position``: a bisection, since a sentence can
        name thousands and every verb in it asks."""
        ends, ordered = self._instruments_by_end
        i = bisect.bisect_right(ends, position)
        while i > 1 and self._in_a_quoted_title(ordered[i - 1][0], ordered[i - 2][0], position):
            # "resolution 87/290, entitled "Review of … resolution 68/1 on …", by which the Assembly
            # … requested": the number inside the title names no subject of the clause after it
            i -= 1
        return ordered[i - 1] if i else None

    @cached_property
    def _bodies_by_start(self) -> dict[int, BodyMention]:
        return {b.start: b for b in self.refs.bodies if b.start in self.bodies}

    def subject_end(self, mention: InstrumentMention, ref: InstrumentRef) -> int:
        """Where an instrument named as a sentence's subject ends: after its issuer's name when that
        follows its number ("Resolution 77/12 of the General Assembly requested ...", "Decision
        2022/5 of the Economic and Social Council invites ...", E174), else after the number. Only
        the issuer's own name: "resolution 77/12 of 7 December 2022" and "of the Commission" for
        another body's instrument stay where they are."""
        text = self.sentence.text
        of = _OF_ISSUER.match(text, mention.end)
        body = self._bodies_by_start.get(of.end()) if of is not None else None
        if body is None or self.bodies[body.start] != ref.issuer:
            return mention.end
        # ("resolution 2022/5 of the Economic and Social Council, of 7 June 2022, requested": its
        # day set off after the name, as `references.dates_after_issuers` reads it)
        day = _DAY_SET_OFF.match(text, body.end)
        return day.end() if day is not None else body.end

    def _in_a_quoted_title(self, mention: InstrumentMention, before: InstrumentMention, position: int) -> bool:
        """Whether ``mention`` lies inside the quoted title of ``before``, closed before ``position``."""
        if before.title is None or before.end >= mention.start:
            return False
        text = self.sentence.text
        opening = next((i for i in range(before.end, mention.start) if text[i] in "\"\u201c"), None)
        if opening is None or text[opening + 1 : mention.start].count(text[opening] if text[opening] == '"' else "\u201d"):
            return False
        closing = text.find('"' if text[opening] == '"' else "\u201d", mention.end)
        return 0 <= closing < position and before.title in text[opening + 1 : closing + 1]


class _DatedMeetings(NamedTuple):
    """Meetings a sentence names by their body and dates, with what it says of them."""

    body: str
    dates: list[DateRange]
    place: str | None
    reports: list[DocumentRef]  # the reports on them, in the order of the dates
    mandates: list[InstrumentRef]  # "held ... in line with resolution 10/6"
    evidence: Evidence


@dataclass
class _DocumentMemory:
    """What the reader remembers about documents while it reads: the documents each earlier
    sentence of the paragraph named ("both reports are transmitted ..."), the receiver a
    sentence ending in "had before it the following:" gives the list after it, and the
    documents sent to a body's own meeting, which is known only once the whole text is read
    (an agenda names its meetings' numbers in the body of the text)."""

    sentences: list[list[DocumentRef]] = field(default_factory=list)
    said: list[str] = field(default_factory=list)  # the text of each of `sentences`
    # a heading that ends in "held in", which the next heading may continue
    dangling: tuple[Sentence, Paragraph] | None = None
    # the meetings of the latest sentences that named some, in order, with the sentence text
    recent_meetings: list[tuple[list[GatheringRef], str]] = field(default_factory=list)
    # the text of the last paragraph that is no footnote: the one a note placed after it calls
    last_paragraph: str = ""
    listing_receiver: tuple[list[GatheringRef] | str, list[InstrumentRef]] | None = None
    # "Reports of the Working Group on its fifty-first session (...), transmitted to the Council
    # ...:": the gathering each document of the list below is a report of (E121)
    listed_reports_of: GatheringRef | None = None
    # "Pursuant to C-33/DEC.7, the Secretariat issued the following Notes:": the mandate of each
    # document the list or table below gives
    listed_mandates: list[InstrumentRef] = field(default_factory=list)
    # the number of the paragraph that may announce the list the next listings give
    list_announced_by: str = ""
    list_ended_by: Paragraph | None = None
    # the paragraph before the listings ended with an agenda item's "Documentation"
    documentation_follows: bool = False
    # the headings read since an agenda item's "Documentation" heading were all lines of its list
    documentation_headings: bool = False
    # (document, body whose own meeting receives it, mandates, evidence)
    to_own_meeting: list[tuple[DocumentRef, str, list[InstrumentRef], Evidence]] = field(default_factory=list)
    # (document, body of the agenda part it is listed in, evidence)
    documentation: list[tuple[DocumentRef, str | None, Evidence]] = field(default_factory=list)
    dated_meetings: list[_DatedMeetings] = field(default_factory=list)
    # the sessions a heading says the table below it lists documents for, with its evidence
    table_receiver: tuple[list[GatheringRef], Evidence] | None = None
    # "The list of documents before the Forum at its thirty-third session is available ...": the
    # sessions, and the paragraph, whose next sentence "It includes X and Y" names the list's
    # documents (E202)
    list_said_before: tuple[int, list[GatheringRef]] | None = None
    # Reports a sentence sends somewhere without their symbol, which a footnote gives ("the
    # report of the High Commissioner,¹ submitted to the Council at its sixtieth session"):
    # (the footnote number glued to the text, when it shows; receiver; mandates; evidence).
    # The session the report is on, when the sentence says "its report on that session".
    unnamed_reports: list[
        tuple[str | None, list[GatheringRef], list[InstrumentRef], Evidence, GatheringRef | None]
    ] = field(default_factory=list)
    # The first report the document named by its author and symbol ("the report of the
    # Secretary-General on ... (A/87/263)"), per author: what a later "the report of the
    # Secretary-General", with no symbol, means (E155)
    by_author: dict[str, DocumentRef] = field(default_factory=dict)
    # whether any sentence read so far named a document (by its symbol, or a report by its author):
    # "The report is presented in response to …" before any is the document being read (E192)
    named_any: bool = False

    # the documents a list's entry or an item's heading gave a title with their one symbol, by the
    # title (`reports_covering.title_key`): what a sentence naming that title again means (E188)
    titled: dict[str, DocumentRef] = field(default_factory=dict)

    def new_paragraph(self, p: Paragraph, series: frozenset[str] = frozenset()) -> None:
        if p.kind == "footnote":
            return
        self.last_paragraph = p.text
        self.sentences = []
        self.said = []
        if p.kind == "table" and (self.listing_receiver is not None or self.documentation_follows):
            return  # the list announced ("the following documents:") set as a table: its rows
        if (p.kind != "listing" and not self.line_told_on(p)) or self.numbered_after_list(p) or p is self.list_ended_by:
            self.listing_receiver = None
            self.listed_reports_of = None
            self.listed_mandates = []
            self.documentation_follows = doc_rules.ends_with_documentation(p.text)
            self.list_announced_by = p.label or ""
        elif p.label is not None and p.label.isdigit():
            self.list_announced_by = ""  # the list numbers its own lines: no number tells where it ends
        # "Documentation" over symbol and title in two columns (a PDF's layout): each symbol and
        # each title line is a heading of its own, up to the next agenda item or paragraph
        if p.kind == "heading" and doc_rules.ends_with_documentation(p.text):
            self.documentation_headings = True
        elif (p.kind not in ("heading", "listing") or p.label is not None) and not (
            # "1.2    EC-81/Doc. 1(1)    Provisional agenda": a row of an "Item | Document | Title"
            # table, the agenda item read as the line's number, goes on with the list
            self.documentation_headings and p.kind == "heading" and p.label is not None
            and doc_rules.opens_with_a_symbol(p.text, series)
        ):
            # (a line the layout read as a listing, "HRI/CORE/MNG/2029 Common core document ...",
            # goes on with the list)
            self.documentation_headings = False

    def line_told_on(self, p: Paragraph) -> bool:
        """"(b) Progress in the implementation of resolution 86/2 (X). In that resolution, ...;
        the present document is submitted pursuant to ...": a lettered line of the list announced
        above whose entry ends on its symbol and whose further sentences describe that document
        (segmented as a paragraph for them): a line of the list all the same."""
        if self.listing_receiver is None or p.kind != "paragraph" or p.label is None or _LETTERED_LABEL.fullmatch(p.label) is None:
            return False
        if len(p.sentences) > 1 and _ENTRY_ENDS_ON_ITS_SYMBOL.search(p.sentences[0].text) is not None:
            return True
        # "(c) Report of the Secretary-General on the work of the Board (X), which covers its 103rd
        # and 104th sessions, held in ...;": an entry whose symbol a relative or participial clause
        # describing the document follows, in the same sentence; no finite verb before the symbol
        told = _ENTRY_THEN_ITS_DESCRIPTION.search(p.sentences[0].text) if p.sentences else None
        return told is not None and not FINITE_VERB.search(QUOTED_OR_BRACKETED.sub(" ", p.sentences[0].text[: told.start()]))

    def end_list_before(self, p: Paragraph) -> None:
        """Forget the list announced above when ``p`` is numbered next after the paragraph that
        announced it (the reader reads a listing's documents before `new_paragraph`)."""
        if self.numbered_after_list(p):
            self.listing_receiver = None
            self.listed_reports_of = None
            self.listed_mandates = []
            self.list_announced_by = p.label or ""
            self.list_ended_by = p

    def numbered_after_list(self, p: Paragraph) -> bool:
        """"8. Pursuant to ..., three reports ...:", (a), (b), (c), then "9. In its resolution ...":
        the paragraph numbered next after the one that announced a list is none of its lines."""
        return p.label is not None and p.label.isdigit() and self.list_announced_by.isdigit() and (
            int(p.label) == int(self.list_announced_by) + 1
        )

    def taken_up(self, how: str | None) -> list[DocumentRef]:
        named = [docs for docs in self.sentences if docs]
        if how is None or not named:
            return []
        return list(named[-1]) if how == "all" else [named[-1][-1]]


# An instrument's text in the document: the section it stands in and the instrument's (kind,
# session, number); a paragraph outside any instrument's text looks itself up with None.
_TextKey = tuple[int, tuple[InstrumentKind, str, str] | None]


@dataclass
class Reader:
    cleaned: Cleaned
    registry: BodyRegistry
    masthead: Masthead
    facts: list[Fact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    document_matcher: BodyMatcher | None = None  # names shared by bodies read for this document

    def __post_init__(self) -> None:
        info = self.masthead.info
        self.doc: DocumentRef = info.ref
        self.record_document: DocumentRef | None = None  # in an export of records, the record's (`itself`)
        self.listed_entry: DocumentRef | None = None  # in a list's line that goes on, its entry's (`itself`)
        self.speaker: str | None = None  # the office whose voice "me" and "I" are (`rules.own_voice`)
        self.entry_described: DocumentRef | None = None  # the entry's document the paragraph right under its heading describes
        self.matcher = self.document_matcher or body_matcher(self.registry)
        # the series the reference data declares: a spaced form of one is a symbol ("WBO/C 182/6")
        self.symbol_series = self.registry.symbol_series()
        self._bodies_found: dict[str, list[BodyMention]] = {}  # `bodies_in`
        # "the Advisory Bodies (ICCROM, ICOMOS and IUCN)": the collective names the document
        # defines in brackets, with their members, and the pattern of their use (`read`)
        self.collectives: dict[str, tuple[str, ...]] = {}
        self.collective_names: re.Pattern[str] | None = None
        # the documents named under two symbols at once, in order (`Extraction.joint_documents`)
        self.joint_documents: dict[DocumentRef, None] = {}
        # Only a body that issues instruments is an issuer: a bare "decision 3/2" in a working
        # group's note is the Conference's.
        self.scope = Scope(self.registry, self.matcher, info.author, default_issuer=self.registry.issuer_for(info.author))
        self.scope.record_of_author = self.masthead.record
        self.scope.document_text = self.cleaned.text
        self._seen: set[tuple[object, str, object, int]] = set()
        self.last_instrument: list[InstrumentRef] = []
        # the one instrument whose implementation the report tells ("Implementation of Council
        # resolution 73/14"): what "Paragraph 7 invited ..." and "In paragraph 4, the Council ..." are of (E146)
        self.under_report: InstrumentRef | None = None
        # every instrument the text named so far, in order: what "the above-mentioned resolution
        # of the Executive Committee" picks from (`issuer_back_references`)
        self.named_instruments: list[InstrumentRef] = []
        self.cited_ends: dict[int, InstrumentRef] = {}  # where each instrument's citation ends in the text
        # the instrument a lettered paragraph was last cited of ("paragraph (b) of B.38/11"): what
        # "paragraph (c) of the same decision" goes on with (E98)
        # (with the id of the paragraph that cited it: the next paragraph of the text starts afresh)
        self.paragraph_cited_of: tuple[int, InstrumentRef] | None = None
        self.paragraph_opener: tuple[int, list[InstrumentRef]] | None = None  # (paragraph's id, instrument) (E94)
        # the instrument the paragraph's sentence before was about as its subject, its verb in
        # the present ("Decision 638 (C30) recalls ..."): what "It further invites" means
        self.it_instrument: InstrumentRef | None = None
        # the section and last sentence of the paragraph read last: a paragraph that opens on a
        # body's duty goes on with the instrument that sentence told of (`goes_on_telling`)
        self.paragraph_closing: tuple[int, str] | None = None
        self.section_starts: list[tuple[int, int]] = []  # (where a paragraph starts in the file, its section), set by `read`
        # the last instrument of the section before: "In the same resolution" opening a new agenda
        # item's annotation goes on with it
        self.instrument_of_section_before: list[InstrumentRef] = []
        # "The Committee adopted four decisions at its thirtieth session" before the headings that
        # recount them: that session, the kind, the sentence
        self.narrated_adopting: tuple[GatheringRef, str, Evidence] | None = None
        # the decision a "Decision 30/1. Title" heading recounts, and its section
        self.narrated: tuple[InstrumentRef, int] | None = None
        # the instrument whose contents the paragraphs below list ("In the decision, the Panel:")
        self.contents_of: InstrumentRef | None = None
        # a summary record's drafts: the numbers they will take, and the facts of each kept
        # until the record says it was adopted
        self.drafts = summary_records.DraftsInHand()
        # the unnumbered heading right above the paragraph read now (a session report's heading over
        # the draft its next paragraph introduces: that text's title, E180)
        self.heading_above: str | None = None
        self.draft_facts: dict[InstrumentRef, list[Fact]] = {}
        self.held: dict[GatheringRef, DateRange] = {}
        self.joint: dict[GatheringRef, set[GatheringRef]] = {}
        self.meeting_mandates: dict[GatheringRef, list[tuple[InstrumentRef, Sentence]]] = {}
        self.opened: dict[tuple[str, dt.date], GatheringRef] = {}
        self.plenary: dict[int, dt.date] = {}
        self.last_plenary: dt.date | None = None
        self.last_instrument_day: dt.date | None = None  # what "of the same date" after a number means
        # the writer's earlier reports the text named by symbol ("follows my report of 4 February
        # 2032 (S/2032/87)"): what "my previous report" means when it names one only (E182)
        self.my_earlier_reports: list[DocumentRef] = []
        # a session paper's "Status: ... adopted ..., plenary of <day>" above the text it carries
        self.adopted_status: DateRange | None = None
        self.adopted_status_ev: Evidence | None = None
        # the part (section, instrument) whose named gatherings `Scope.gatherings_named_in_part` holds
        self.gatherings_part: tuple[int, tuple[InstrumentKind, str, str] | None] = (-1, None)
        # the bodies that part's paragraphs before this one named, in order
        self.bodies_named_in_part: list[str] = []
        # "The present report, prepared at the request of the Human Rights Council, ...": the body
        # whose request the document answers, no instrument named, and where the text says so (E191)
        self.requested_by_body: tuple[str, Evidence, DocumentRef] | None = None
        # the paragraph and gathering of the last "its report on its thirty-fourth session"
        self.report_said_of: tuple[int, list[GatheringRef]] | None = None
        self.adopting: GatheringRef | None = None  # "adopted the following resolutions:"
        self.adopting_on: tuple[dt.date, Evidence] | None = None  # "(..., adopted by the Plenary on 3 October 2028)"
        # "..., with the exception of decision 13/1, which was adopted ... on 24 June 2030": not on that day
        self.adopted_on_another_day: set[InstrumentRef] = set()
        # numbers under which the page says no text was adopted (`not_adopted_note`)
        self.not_adopted: set[InstrumentRef] = set()
        # "here in Cartagena, and it is Monday, 14 June 2027": the day a speaker says it is, for
        # the texts adopted as they speak (`spoken_adoptions`)
        self.said_today: tuple[dt.date, Evidence] | None = None
        # a Journal page: the session its programme lists for each body, and, in its "Summary of
        # official meetings", the day and the session the meetings told below were of
        self.programme_sessions: dict[str, GatheringRef] = {}
        self.journal_summary: tuple[tuple[dt.date, Evidence] | None, GatheringRef | None] | None = None
        self.report_session = self.masthead.report_of[0] if self.masthead.report_of else None
        # The bodies whose gathering the masthead names: the document reports on it or is for it.
        self.gathered_here = frozenset(
            [ref.body for ref, _, _, _ in self.masthead.gatherings] + [key for key, _, _, _ in self.masthead.unnumbered]
        )
        self.scope.masthead_gatherings = frozenset((ref.body, ref.ordinal, ref.kind) for ref, _, _, _ in self.masthead.gatherings)
        self.scope.masthead_gathering_days = frozenset(
            (ref.body, ref.ordinal, ref.kind, held) for ref, held, _, _ in self.masthead.gatherings if held is not None
        )
        self.scope.masthead_sessions_in_figures = frozenset(
            (ref.body, ref.ordinal) for ref, _, _, para in self.masthead.gatherings
            if ref.kind == "session" and re.search(rf"\b{ref.ordinal}(?:st|nd|rd|th)\s+(?:[Rr]egular\s+|[Oo]rdinary\s+)?[Ss]ession", para.text)
        )
        # Bodies the text creates (key -> body), and those its later words may mean: the ones
        # created in the current section or instrument text, the latest last.
        self.verb_index = mandate_verbs.VerbIndex(self.cleaned.text)
        self.born: dict[str, Body] = {}
        self.event_fields: list[tuple[Paragraph, list[tuple[Paragraph, records.RecordField]]]] = []
        self.event_headings: set[int] = set()
        self.event_gathering: GatheringRef | None = None  # the gathering of the event being read
        self.born_here: list[str] = []
        self.born_words: dict[str, tuple[str, str, str]] = {}  # key -> its kind, its name's core, its name
        self.adopted: set[str] = set()  # known bodies the text establishes, named again as born ones (E187)
        self.born_terms: dict[str, str] = {}  # key -> the short term the text defined for it ("data group")
        self.born_acronyms: dict[str, str] = {}  # key -> the acronym printed in brackets after its name ("UNITAMS", "IHP-WINS")
        self.subject: str | None = None  # the body the last sentence opened with
        self.previous_subject: str | None = None
        # Instruments that endorse the recommendations set out in their own annex.
        self.endorsing: set[InstrumentRef] = set()
        # instruments whose text makes its annex its own ("with the terms of reference contained in
        # Annex 1 to the present Resolution"): what the annex cites, the instrument cites
        self.annexing: set[InstrumentRef] = set()
        self.docs = _DocumentMemory()
        self.transmitted: str | None = None  # what the document's cover formula transmits, named so
        self.adopted_at: dict[InstrumentRef, GatheringRef] = {}  # the session each was adopted at
        self.adopted_on: dict[InstrumentRef, dt.date] = {}  # the day each was adopted on, first told
        # instruments printed in the report on their issuer's session: adopted there unless the
        # text names another session (`finish`)
        self.printed_in_report: list[tuple[InstrumentRef, Evidence]] = []
        # A news story's lead: "VIENNA, 5 December 2031 — ... today agreed ..., closing the
        # twenty-fourth session of ...": the session the story covers, the dateline's day, whether
        # a text the story adopted was told yet, and the day of the last adoption told (`news_story_*`)
        self.masthead_session: GatheringRef | None = None
        self.story: tuple[GatheringRef, dt.date, dt.date] | None = None  # (and the day the lead tells)
        self.story_adopted_told = False
        self.story_last_day: dt.date | None = None
        # A press release's lead: "... concluded its twelfth session today, adopting five decisions"
        # (the session, the day, how many and which kind of texts, the evidence of each), and the
        # texts the release names by their kind word ("decision XII/1"), adopted there if numbered so.
        self.concluded: tuple[GatheringRef, tuple[dt.date, Evidence] | None, int | None, str, Evidence] | None = None
        self.named_texts: list[InstrumentRef] = []
        # "38 decisions adopted" in a session's overview: (session, kind, evidence) (E100)
        self.overview_adoptions: list[tuple[GatheringRef, InstrumentKind, Evidence]] = []
        # "The Board adopted five decisions at its eightieth session": the session, the kind and count
        self.counted: list[tuple[GatheringRef, counted_adoptions.CountedAdoption, Evidence]] = []
        # What a sentence's text holds (`_found_in`), kept by a rule that resolves it before
        # `paragraph` resolves it again, for that second call: by the sentence's id, with the
        # sentence, the matcher and the body mentions it was read with
        self.found_kept: dict[int, tuple[Sentence, BodyMatcher, list[BodyMention], SentenceRefs, list[SymbolMention]]] = {}
        # "adopted the following decisions:": the session the entries of the list below were adopted at
        self.listed_adoptions: tuple[GatheringRef, InstrumentKind, Evidence, Paragraph] | None = None
        # "The Board adopted the decisions below.": the body, the kind, the sentence, its paragraph
        self.adopted_below: tuple[str, InstrumentKind, Evidence, Paragraph] | None = None
        # the day the entries under "Other decisions adopted ... on the same day:" were adopted, with
        # that lead-in's paragraph (`present_adoption`)
        self.adopted_below_day: tuple[Paragraph, dt.date] | None = None
        self.present_day: dt.date | None = None  # "The present decision was adopted ... on <date>"
        self.last_listed_entry: InstrumentRef | None = None  # its day may follow on a line of its own
        # "Having before it ... (X)," in a decision's preamble: X, the decision, the evidence
        self.before_adoption: list[tuple[DocumentRef, InstrumentRef, Evidence]] = []
        # A table of the instruments the document holds: its columns, where its last row ended,
        # and the kind a title above it gives them ("Compendium of decisions adopted by ...").
        self.table_columns: decision_tables.Columns | None = None
        self.table_kind: InstrumentKind | None = None  # told before a table headed "No." or "Symbol"
        self.table_row_end = 0
        self.instrument_row_at = -1  # where the last row listing an instrument starts (its cells read)
        # the title block says the document lists what one session adopted ("Part two: Action taken
        # by the Conference of the Parties at its twenty-second session"), set in `read`
        self.lists_adoptions = False
        self.recorded_session: GatheringRef | None = None  # a record's session field's (`record_facts`)
        # A table following up requests ("| Decision | Request | Action taken |"): whether its
        # header was read and no text came since, and the instruments of the row being read,
        # whose quoted verbs are theirs (`follow_up_row`, `acting`)
        self.in_follow_up_table = False
        # the kind its header's first column names ("Decision"), and whether a row is being read
        self.follow_up_kind: InstrumentKind | None = None
        self.reading_follow_up_row = False
        self.row_bodies: list[str] = []  # the bodies the cells of the row read so far resolved to
        # the body an opening formula outside any numbered instrument names (`opening_formula_body`)
        self.formula_speaker: str | None = None
        self.row_instruments: tuple[list[InstrumentRef], int] | None = None
        self.follow_up_above: list[InstrumentRef] = []  # the instruments the last row of a follow-up table opened with
        # a table of a body's meetings (`rules.meeting_tables`): its columns, whose meetings, where it ends
        self.meeting_columns: tuple[meeting_tables.MeetingColumns, str | None, GatheringKind] | None = None
        # the gatherings the last table of meetings listed, for "All the meetings listed above were held in X"
        self.table_gatherings: list[GatheringRef] = []
        # the symbol a two-column documentation list printed alone on its line, whose title the
        # layout gave as the next paragraph ("ECE/CP.TEIA/2028/12" / "Report of the ... on its ...")
        self.column_symbol: DocumentRef | None = None
        # the plenary session the text named last ("the 80th plenary session"): "the plenary" (E144)
        self.last_plenary_session: GatheringRef | None = None
        # the last heading read and the gatherings it names, for the fields under it (E144)
        self.heading_gatherings: tuple[str, frozenset[GatheringRef]] | None = None
        # the place a gathering was last said to be held in: "at the same venue" names it again
        self.last_place: str | None = None
        # where each instrument's text opens (its first paragraph), by its (kind, session, number): a note
        # printed at a page's foot inside it whose mark stands before it is not its own (E217)
        self.instrument_opened_at: dict[tuple[str, str, str], int] = {}
        # the gatherings the last sentence telling of a meeting held named (in this section):
        # what "the report of that meeting (X)" a paragraph later means
        self.last_held: list[GatheringRef] = []
        # the gatherings the last sentence that named any named: what "all three sessions" names again
        self.last_named_gatherings: list[GatheringRef] = []
        # a table with a documents column beside its agenda items: that column, where the last row ended
        self.documents_column: tuple[int, int] | None = None
        self.meeting_row_end = 0
        self.listed_kind: InstrumentKind | None = None
        self.reported: GatheringRef | None = None  # the session of a body born in the text the document reports
        self.session_less_reporter: str | None = None  # the body a masthead's "Report of X" names, with no session
        # documents told by description under a mandate, waiting for the list that names them
        # (`documents_described`): the description, the mandates, the evidence
        self.described: list[tuple[str, list[InstrumentRef], Evidence]] = []

    @cached_property
    def list_of_documents_title(self) -> int | None:
        """Where the title of a checklist of documents stands in the text (`doc_rules.list_of_documents_title`)."""
        return doc_rules.list_of_documents_title(self.cleaned.text)

    @cached_property
    def list_of_documents_session(self) -> GatheringRef | None:
        """The session a checklist of documents is of ("CHECKLIST OF DOCUMENTS" under a masthead
        naming the Working Group's "Fifty-second session"): the one gathering its masthead names
        (E121)."""
        title = self.list_of_documents_title
        if title is None:
            return None
        named = list(dict.fromkeys(g for g, _, _, _ in self.masthead.gatherings))
        if not named:
            # the masthead's session line read as a heading above the title ("Fifty-second
            # session (UPR 52)"): the gatherings named above the title
            above = self.cleaned.original_span(title, title + 1)[0]
            named = list(dict.fromkeys(
                f.subject for f in self.facts
                if f.relation == "meetingOf" and isinstance(f.subject, GatheringRef) and f.evidence.end <= above
            ))
        return named[0] if len(named) == 1 else None

    def listed_in_the_list_of_documents(self, p: Paragraph, symbol: SymbolMention) -> None:
        """A row of a checklist of documents that opens with a document's symbol: the document is
        before the session the list is of, unless it is a draft, an instrument listed for
        reference, the list itself, or listed under a heading that names another session (E121)."""
        session = self.list_of_documents_session
        if session is None or not p.sentences or set(symbol.symbols) & set(self.doc.symbols):
            return
        if not all(doc_rules.listed_before_the_session(s) for s in symbol.symbols):
            return
        heading = p.heading or ""
        for m in _ORDINAL_GATHERING.finditer(heading):
            if ordinal_value(m["ordinal"]) != session.ordinal:
                return  # "Documents of the Council at its sixty-first session (for information)"
        self.add(DocumentRef(symbols=symbol.symbols), "submittedTo", session, self.evidence(p.sentences[0], p))

    def instrument_listed_by_symbol(self, p: Paragraph, symbol: SymbolMention) -> None:
        """"A/HRC/RES/60/12   -   Fifth cycle of the universal periodic review   x x x x x x" /
        "(adopted by the Council on 9 October 2031)" in a checklist of documents: an instrument
        listed by its symbol ("for reference"), its title the row's title cell, its adoption day
        the note closing that cell (E121)."""
        if not p.sentences or len(symbol.symbols) != 1:
            return
        found = self.number_in_convention(symbol.symbols[0])
        issuer = found[0] if found is not None else None
        if found is None or issuer is None or not self.issues_instruments(issuer):
            return
        ref = InstrumentRef(issuer, found[1], found[2], found[3])
        ev = self.evidence(p.sentences[0], p)
        self.add(self.doc, "mentions", ref, ev)
        listed = doc_rules.listed_title(p.text[symbol.end :])
        if listed is None:
            return
        title, adopted = listed
        if title:
            self.add(ref, "title", title, ev)
        dates = find_dates(adopted) if adopted else []
        if dates:
            self.add(ref, "adoptedOn", dates[-1].value.start, ev)

    @cached_property
    def titled_kinds(self) -> frozenset[str]:
        """The kinds of paper the document's own title says it is (`doc_rules.titled_kinds`)."""
        return doc_rules.titled_kinds(self.cleaned.text)

    @cached_property
    def is_an_agenda(self) -> bool:
        """Whether the document's own title says it is a provisional agenda (`doc_rules.is_an_agenda`)."""
        return doc_rules.is_an_agenda(self.cleaned.text)

    def bodies_in(self, text: str) -> list[BodyMention]:
        """``self.matcher.find(text)``, a new list each time; found once per text: the masthead's
        paragraphs are read for a report's title (`masthead_report_title`) and again with all
        the others (`read`), by the same matcher."""
        found = self._bodies_found.get(text)
        if found is None:
            found = self._bodies_found[text] = self.matcher.find(text)
        return list(found)

    def whole_body_name(self, item: str) -> str | None:
        """The key of the one known body ``item`` is nothing but the name of ("ICOMOS", "World
        Heritage Centre"), else None."""
        named = self.bodies_in(item)
        if len(named) != 1 or named[0].key is None or named[0].start > 4 or named[0].end != len(item):
            return None
        return named[0].key

    def names_a_body(self, name: str) -> bool:
        """Whether ``name`` is, or holds, a known body's name ("Advisory Committee" is no collective)."""
        return any(b.key is not None for b in self.bodies_in(name))

    # ------------------------------------------------------------------ facts

    def evidence(self, sentence: Sentence, paragraph: Paragraph, characterization: str | None = None) -> Evidence:
        start, end = self.cleaned.original_span(sentence.start, sentence.end)
        return Evidence(start, end, sentence.text, paragraph.evidence_label, characterization)

    def evidence_across(self, first: Sentence, last: Sentence, paragraph: Paragraph) -> Evidence:
        """Evidence for a fact that two sentences make together ("held ... in accordance with
        resolution 10/6. The report on the meeting (X) ..."): the span from one to the other."""
        if first.start >= last.start:
            return self.evidence(last, paragraph)
        joined = Sentence(first.start, last.end, self.cleaned.text[first.start : last.end])
        return self.evidence(joined, paragraph)

    def add(
        self, subject: EntityRef, relation: str, obj: FactObject, ev: Evidence | None,
        task: str | None = None, due_at: GatheringRef | None = None,
    ) -> None:
        # A sentence's evidence is made only when it names an instrument, a meeting or a
        # document (`paragraph`); a fact of any other sentence must bring its own.
        if ev is None:
            raise ValueError(f"{relation} of {subject!r}: a fact needs its evidence, and none was made")
        # The same fact stated in several sentences keeps each statement as evidence.
        key = (subject, relation, obj, ev.start)
        if key in self._seen or subject == obj:
            return
        self._seen.add(key)
        self.facts.append(Fact(subject, relation, obj, ev, task, due_at))
        if relation == "heldIn" and isinstance(obj, str):
            self.last_place = obj
        if relation == "adoptedAt" and isinstance(subject, InstrumentRef) and isinstance(obj, GatheringRef):
            self.adopted_at.setdefault(subject, obj)
        if relation == "adoptedOn" and isinstance(subject, InstrumentRef) and isinstance(obj, dt.date):
            self.adopted_on.setdefault(subject, obj)

    # ------------------------------------------------------------------ the document

    def read(self, paragraphs: list[Paragraph]) -> list[Fact]:
        # where each paragraph starts in the file, and its section: which section a fact's
        # evidence is in (`back_reference_of_issuer`)
        self.section_starts = [(self.cleaned.original_span(p.start, p.end)[0], p.section) for p in paragraphs]
        self.masthead_facts(paragraphs)
        # the session a report's masthead or title says it is of (not one a press release's lead
        # concludes): the session its action-taken narrative speaks of (E175)
        self.masthead_session = self.report_session
        self.document_issuer = self.scope.default_issuer
        if self.report_session is not None and self.issues_instruments(self.report_session.body):
            # The report of a commission's session, published under the Council's symbol,
            # holds the commission's own resolutions: "its resolution 66/3" is the commission's.
            self.document_issuer = self.scope.default_issuer = self.report_session.body
        self.scope.titled_sessions = self.titled_sessions(paragraphs)
        self.issuers, self.adopted_dates = self.instrument_issuers(paragraphs)
        self.read_paragraphs = paragraphs  # ("the documents listed above": the entries before a sentence)
        # "I have the honour to transmit herewith the programme of work ...": what the document is
        self.transmitted = transmitted_designation(p.text for p in paragraphs if p.kind == "paragraph")
        # a section's parts: the text around instruments, and each instrument's text within it
        sections: dict[tuple[int, tuple[str, str, str] | None], list[BodyMention]] = {}
        # Bodies are found once per paragraph; sentences and sections share the result.
        self.paragraph_bodies = {id(p): self.bodies_in(p.text) for p in paragraphs if p.kind != "table"}
        self.collectives = collective_names.defined_collectives(self.cleaned.text, self.whole_body_name, self.names_a_body)
        self.collective_names = collective_names.collective_pattern(self.collectives)
        self.scope.named_in_full = frozenset(b.key for found in self.paragraph_bodies.values() for b in found if b.key is not None)
        # the organizations of the bodies named by a proper name of their own ("Working Group on
        # Firearms", "UNODC"; not "Conference of the Parties", nor "dune expert group", the lower-case
        # words a stranger's alias may share with what any text says): the document points to them (E115)
        self.scope.organizations_named = frozenset(
            kind_words.root_of(b.key, self.registry) for found in self.paragraph_bodies.values() for b in found
            if b.key is not None and not b.text.islower() and not kind_words.generic_name(b.text)
        )
        for p in paragraphs:
            if p.kind in ("paragraph", "heading", "listing"):
                # "Human Rights Council resolution 55/20" names an instrument cited, not a body
                # the section is about
                sections.setdefault((p.section, p.instrument), []).extend(
                    b for b in self.paragraph_bodies[id(p)] if not _ISSUER_OF_AN_INSTRUMENT.match(p.text, b.end)
                )
        focus = {n: section_focus(mentions, self.scope) for n, mentions in sections.items()}
        part_focus: str | None = None
        # the instrument whose title heading named the part's focus, and the focus before it: "Decision
        # 91/I" / "Working group on follow-up to views and inquiries" names what that text is about,
        # not what the report's later sections are (E193)
        titled_focus: tuple[object, str | None] | None = None
        current_section = -1
        pending_title: InstrumentRef | None = None
        after_kind_word = False  # the line above was "Resolution" alone, under the instrument's number
        # "Decisions adopted by the Conference ... at its sixth meeting": a list of what one
        # session adopted, each decision under its "Decision 6/4" heading
        # "Part two: Action taken by the Conference of the Parties at its thirtieth session", over
        # the decisions of a session report's addendum, says the same.
        listed = self.lists_adoptions = any(
            p.kind == "heading" and (LIST_ADOPTED_BY.match(p.text) or _ACTION_TAKEN.match(p.text) or _KINDS_LIST_TITLE.match(p.text.strip()))
            for p in paragraphs[:_MASTHEAD_PARAGRAPHS]
        )
        # The document is the text of one instrument ("Twenty-first meeting of the Conference of
        # the Parties" above "Conf. 21.4"): the masthead's meeting of its issuer adopted it.
        # A report holding one instrument (a session's report, or numbered paragraphs of its own
        # before it) is not.
        first_text = next((i for i, p in enumerate(paragraphs) if p.instrument is not None), None)
        single_text = (
            first_text is not None
            and self.report_session is None
            and len({p.instrument for p in paragraphs if p.instrument is not None}) == 1
            and not any(p.label for p in paragraphs[:first_text])
        )
        list_title = next(
            (m for p in paragraphs[:_MASTHEAD_PARAGRAPHS] if p.kind == "heading" and (m := LIST_ADOPTED_BY.match(p.text))), None
        )
        self.listed_above: list[Paragraph] = []  # the entries of the list right above
        self.texts_held: list[InstrumentRef] = []  # the instruments the document holds (texts, table rows)
        self.listed_kind = "decision" if list_title and list_title["kind"].lower() == "decision" else "resolution" if list_title else None
        # "Decisions of the Council at its eighty-first session" over a page of decisions: the
        # session that adopted them, when the masthead names none
        self.list_session = self.session_of_list_title(paragraphs[:_MASTHEAD_PARAGRAPHS])
        self.place_under_list_title(paragraphs[:_MASTHEAD_PARAGRAPHS])
        footnotes_of: InstrumentRef | None = None
        closed_at_plenary: InstrumentRef | None = None  # its closing line named no date yet
        born_scope: tuple[int, tuple[str, str, str] | None] = (-1, None)
        named_heading: str | None = None  # the body a heading paragraph wholly names
        self.record_facts(paragraphs)
        self.listed_session_facts(paragraphs)
        self.statement_facts(paragraphs)
        self.session_records(paragraphs)
        # a meeting's heading over its "Dates" / "Venue" rows: read once the text is (`finish`)
        self.event_fields = calendar_events.fields_under_headings(paragraphs)
        self.event_headings = {id(heading) for heading, _ in self.event_fields}
        self.instrument_record_dates(paragraphs)
        self.document_records(paragraphs)
        self.catalogue_meetings(paragraphs)
        programme: GatheringRef | None = None  # the session a programme of meetings lists
        # an export of records of several documents ("Symbol<tab>AFR/RC79/6" over each report's
        # fields and text): "This report" in a record's text is that record's document (E112)
        records_export = sum(1 for p in paragraphs if p.kind == "table" and _RECORD_SYMBOL_FIELD.match(p.text)) + sum(
            1 for p in paragraphs if p.kind == "heading" and p.part == "title" and p.instrument
        ) > 1 and any(p.kind == "table" and _RECORD_SYMBOL_FIELD.match(p.text) for p in paragraphs)
        # a list of documents each headed "SYMBOL – title" over its own lines (a feed's items): the
        # lines under a heading tell of its document, "Prepared pursuant to ..." of that one (E126)
        entries = self.entry_headings(paragraphs) if not records_export else {}
        read_text = False  # a paragraph of running text read yet
        for index, p in enumerate(paragraphs):
            self.heading_above = paragraphs[index - 1].text if index and paragraphs[index - 1].kind == "heading" else None
            if p.instrument is not None and p.kind != "footnote":
                self.instrument_opened_at.setdefault(p.instrument, p.start)
            if index and paragraphs[index - 1].kind == "heading":
                # (the body a heading before opens on, the body its section is about, for
                # `Scope.the_one_named_in_full_last`)
                above = paragraphs[index - 1]
                for b in self.paragraph_bodies.get(id(above), ()):
                    if b.key is not None and _HEADING_OPENS_ON_A_NAME.fullmatch(above.text, 0, b.start):
                        self.scope.named_in_full_at[b.key] = index - 1
            if p.kind == "heading" or p.kind == "listing" and not read_text:
                # (a title line may be read as a list's entry: "Report of the Secretary-General on
                # ... (S/2031/512)" over a web page's text; below the text's first paragraph, a list's
                # entry names a document, not the writer)
                self.speaker = self.voice_of_heading(p)
            read_text = read_text or p.kind == "paragraph"
            if records_export and (p.kind == "table" or p.kind == "heading" and p.part == "title" and p.instrument):
                self.record_document = self.document_of_record_row(p)
            elif entries and p.kind == "heading":
                self.record_document = entries.get(id(p))
            # (the document an entry's heading names, for the paragraph right under it)
            self.entry_described = entries.get(id(paragraphs[index - 1])) if entries and index and p.kind == "paragraph" else None
            programme = self.programme_session(paragraphs, index, programme)
            if p.kind == "heading" and not p.label and (self.journal_summary is not None or journal_summaries.opens_summary(p.text)):
                self.journal_summary_part(p)
            elif p.kind == "paragraph" and self.journal_summary is not None and self.journal_summary[1] is not None:
                self.drafts_acted_on_in_journal_summary(p, self.journal_summary[1])
            if p.kind == "table" or p.part == "title" and (ending := masthead_instrument(p.text, self.matcher.numbering)) and (
                # (a title ending on another instrument it follows up, "Traditional medicine:
                # follow-up to resolution WHA81.12", is no masthead line of its own number)
                p.instrument is None or ending == p.instrument
            ):
                masthead_own = self.own_instrument(p)  # "WORLD HEALTH ASSEMBLY<tab>WHA79.12"
                if masthead_own is not None:
                    self.instrument_heading(masthead_own, p)
                    self.adopted_at_masthead_session(masthead_own)
                    # "Decision 21.COM 4" / its title / "Decision adopted on 1 December 2031"
                    adopted = self.adopted_dates.get((p.section, p.instrument))
                    if adopted is not None:
                        self.add(masthead_own, "adoptedOn", adopted[0], adopted[1])
                    pending_title = masthead_own
                if p.kind == "table":
                    self.table_row(p)
                    self.follow_up_row(p)
                    self.instruments_named_in_row(p)
                continue
            self.in_follow_up_table = False
            if p.kind == "heading":
                # under a meeting's heading over its "Dates" / "Venue" rows (a calendar's event),
                # "the session" is the one the heading names
                self.event_gathering = self.gathering_of_heading(p.text) if id(p) in self.event_headings else None
            if p.section != current_section:
                current_section = p.section
                self.scope.subject_before = None
                # (a section that named no instrument, an annotated agenda's "Documentation" list
                # between two items, leaves the one told before it: "In the same resolution, ..."
                # under the next item's heading is still that one, E208)
                self.instrument_of_section_before = self.last_instrument or self.instrument_of_section_before
                self.last_instrument = []
                self.last_held = []
                self.last_named_gatherings = []
            if p.kind != "footnote" and born_part(p) != born_scope:
                # footnotes printed amid an instrument's text (a page's foot) are not a new part
                born_scope = born_part(p)
                self.born_here = []
            named_heading_above, named_heading = named_heading, None
            if titled_focus is not None and p.instrument != titled_focus[0]:
                part_focus, titled_focus = titled_focus[1], None
            if p.kind == "heading":
                whole = self.paragraph_bodies[id(p)]
                if len(whole) == 1 and whole[0].key and whole[0].start == 0 and whole[0].end == len(p.text):
                    if p.part == "title" and p.instrument is not None and titled_focus is None:
                        titled_focus = (p.instrument, part_focus)
                    part_focus = named_heading = whole[0].key
            self.scope.focus = (
                # "(Eighth meeting, 5 February 2036)" closing a decision headed "Standing Committee
                # on ...": the sitting of the instrument's issuer that adopted it, not the named body's
                own_closing.issuer if _closing_sitting_note(p) and (own_closing := self.own_instrument(p)) is not None
                else focus.get((p.section, p.instrument)) or (self.reported.body if self.reported else None)
                # (a news story's: the body whose session its lead closes)
                or (self.story[0].body if self.story else None) or part_focus
            )
            if p.kind == "heading" and named_heading_above is not None and self.registry.bodies[named_heading_above].gathering_term:
                # "Meeting of the Parties to the Water Convention" / "Twelfth Session, 5th & 6th
                # Meetings": the heading right under a body's name is about that body
                self.scope.focus = named_heading_above
            if (p.section, p.instrument) != self.gatherings_part:
                self.gatherings_part = (p.section, p.instrument)
                self.scope.gatherings_named_in_part = {}
                self.bodies_named_in_part = []
            else:
                self.bodies_named_in_part.extend(self.scope.recent)
            if p.kind == "heading" and p.instrument is not None:
                # "Decision 76/12" / "Mandate of the standing working group on X": the body the
                # instrument's title names is the one its text then calls "the working group" (E185)
                self.bodies_named_in_part.extend(b.key for b in self.bodies_in(p.text) if b.key is not None and b.key in self.registry.bodies)
                # ... a body another part created, named in the title by its whole description in
                # lower case ("Mandate of the standing open-ended intergovernmental working group on
                # improving the governance ..."), which no matcher knows (E191)
                lowered_title = p.text.lower()
                self.bodies_named_in_part.extend(
                    key for key, body in self.born.items() if len(body.name.split()) >= 4 and body.name.lower() in lowered_title
                )
            self.scope.recent = []
            self.scope.in_passing = set()
            self.scope.last_gathering_body = None
            own = self.own_instrument(p)
            contents_of, self.contents_of = self.contents_of, None
            if own is None and contents_of is not None and p.kind == "paragraph" and _CONTENT_ITEM.match(p.text):
                # "- decides to establish ...;" under "In the decision, the Panel:": the
                # decision's own words, as its operative paragraphs are
                own = self.contents_of = contents_of
                p.part = "operative"
            if p.kind == "heading":
                self.formula_speaker = None
                if own is None and (narrated_headings.opens_as_heading(p.text) or p.text.rstrip().endswith(")")) and index + 1 < len(paragraphs) and p.sentences:
                    self.narrated_heading(p, paragraphs[index + 1])
            elif (
                p.kind == "listing" and own is None and p.text.rstrip().endswith(")") and index + 1 < len(paragraphs)
                and p.sentences and paragraphs[index + 1].kind == "paragraph" and narrated_decisions.names_in_closing_bracket(p.text)
            ):
                # "C.<tab>Article 10 (decision NP-7/5)" of a Word export, read as a lettered entry:
                # a heading all the same, which ends the account of the decision before (no new
                # section begins at an entry), and begins that of its decision when the paragraph
                # below tells it (E105)
                self.narrated = None
                self.narrated_heading(p, paragraphs[index + 1], bracketed_only=True)
            elif own is None and p.kind == "paragraph" and not p.label:
                # "The Economic and Social Council," over an unnumbered draft in a commission's
                # report: the body whose text follows, up to the next heading
                self.formula_speaker = self.opening_formula_body(p) or self.formula_speaker
            if p.kind != "footnote":
                # inside an instrument's text, "its resolution 66/3" is its issuer's
                speaker = own.issuer if own is not None else self.formula_speaker
                self.scope.default_issuer = speaker or self.document_issuer
                self.scope.speaking = speaker
            self.adoption_note(p, own)
            if own is None and p.kind == "heading" and index < _STATUS_FIELD_PARAGRAPHS and "tatus" in p.text[:8]:
                self.adopted_status = adoption_notes.status_adoption_day(p.text)
                self.adopted_status_ev = self.evidence(p.sentences[-1], p) if self.adopted_status and p.sentences else None
            elif own is not None and self.adopted_status is not None and self.adopted_status_ev is not None:
                # "Status: APPROVED - adopted at the twentieth session, plenary of 13 February 2031"
                # above "DECISION 9 (RA I-20)": the day of the one text the paper carries
                if len({q.instrument for q in paragraphs if q.instrument is not None}) == 1:
                    self.add(own, "adoptedOn", self.adopted_status.start, self.adopted_status_ev)
                self.adopted_status = None
            if "ot adopted" in p.text or "ithdrawn" in p.text or "eferred" in p.text or "ejected" in p.text:
                self.not_adopted_note(p, own, paragraphs[index - 1] if index else None)
            if p.kind == "paragraph" and "adopted" in p.text:
                self.present_text_adopted(p, own)
            if own is not None and p.kind == "paragraph" and p.part == "title" and spoken_adoptions.names_draft(p.text):
                # "We now move to draft decision IPBES-13/L.5, entitled "...".", read out before
                # the draft is adopted as that decision: its title, adopted at the session
                spoken = spoken_adoptions.draft_title(p.text)
                if spoken is not None:
                    self.add(own, "title", spoken, self.evidence(p.sentences[0], p))
                self.adopted_at_numbered_session(own, self.evidence(p.sentences[0], p))
                if self.said_today is not None:
                    self.add(own, "adoptedOn", *self.said_today)
            if own is not None and p.kind == "heading" and p.part == "title" and quoted_resolutions.is_quoted_title(
                paragraphs, index, self.matcher.numbering
            ):
                # "… adopted resolution 88/131 …" / "Measures to eliminate international terrorism" /
                # "The General Assembly,": the quoted text's title (its day told in the paragraph above)
                self.add(own, "title", p.text.strip(), self.evidence(p.sentences[0], p))
                continue
            if own is None and p.kind == "paragraph" and ("it is " in p.text or "oday is " in p.text):
                for sentence in p.sentences:
                    today = _SAID_TODAY.search(sentence.text)
                    days = find_dates(sentence.text[today.end() :]) if today else []
                    if days and days[0].start == 0:
                        self.said_today = (days[0].value.start, self.evidence(sentence, p))
            if own is not None and p.kind == "heading" and p.part == "title" and instrument_headings.announced_instrument(
                p.text, [paragraphs[index + 1].text] if index + 1 < len(paragraphs) else [], self.matcher.numbering
            ) == (own.kind, own.session, own.number):
                # "The Council adopted 253/LI today. Title as adopted: "...". Text:" over the pasted text
                self.announced(own, p)
                continue
            if (
                own is not None and p.kind == "heading" and p.part == "title" and instrument_headings.kind_word_alone(p.text)
                and (item := minutes_items.item_heading(paragraphs, index)) is not None
            ):
                # "Decision" over a decision's text in a body's minutes, closed by its source note
                # "(GB.373/INS/1, paragraph 3)": the decision the minutes of the session record, taken
                # at that session; its title, the heading of the item over the symbol above
                self.instrument_heading(own, p)
                self.add(own, "title", _ITEM_LABEL_BEFORE_TITLE.sub("", item[0], count=1), self.evidence(item[1].sentences[0], item[1]))
                self.adopted_at_masthead_session(own)
                continue
            if own is not None and p.kind == "heading" and p.part == "title" and (
                # "Resolution 11/3", or a number alone in the body's convention ("Conf. 21.4")
                p.text.lower().startswith(own.kind) and not (pending_title == own and _KIND_THEN_TITLE.match(p.text))
                or numbered_heading(p.text, self.matcher.numbering)
                # "Draft resolution" over a draft the document says was adopted as this one
                or draft_heading_of(p.text, own.kind)
                # "66/101" alone over its title and "The Statistical Commission:" (a report's chapter I)
                or instrument_headings.default_number_alone(
                    p.text, (own.kind, own.session, own.number), [q.text for q in paragraphs[index + 1 : index + 3]]
                )
            ) and (
                # "Resolution A43-14: Title": number and title on one heading, read below
                instrument_headings.title_after_number(p.text, (own.kind, own.session, own.number), self.matcher.numbering) is None
                # "DECISION 55/1. FOOD SYSTEMS DATA", "Decision 81/1: Title": kind, default
                # number and title, read below
                and instrument_headings.default_number_title(p.text, (own.kind, own.session, own.number)) is None
            ):
                self.instrument_heading(own, p)
                adopted = self.adopted_dates.get((p.section, p.instrument))
                if adopted is not None:
                    self.add(own, "adoptedOn", adopted[0], adopted[1])
                if listed or single_text or repeated_mastheads.session_printed_above(paragraphs, index, own.session):
                    self.adopted_at_masthead_session(own)
                pending_title = own
                continue
            item_titled = NUMBER_THEN_TITLE.match(p.text) if own is not None and p.kind == "heading" and p.part == "title" and p.text[:1].isdigit() else None
            if item_titled is not None and own is not None and item_titled["number"] == own.number:
                # "5 Implementation of the Recommendation" under "DECISIONS ADOPTED BY THE EXECUTIVE
                # BOARD AT ITS 221st SESSION": the number of the item, then the title
                self.instrument_heading(own, p)
                self.add(own, "title", item_titled["title"].strip(), self.evidence(p.sentences[0], p))
                adopted = self.adopted_dates.get((p.section, p.instrument))
                if adopted is not None:
                    self.add(own, "adoptedOn", adopted[0], adopted[1])
                continue
            numbered_title = NUMBERED_TITLE_HEADING.match(p.text) if own is not None and p.kind == "heading" else None
            # "2031/4  Working methods" over "The Executive Board,": the default number and a title
            default_title = (
                instrument_headings.default_number_title(p.text, (own.kind, own.session, own.number))
                if numbered_title is None and own is not None and p.kind == "heading" and p.part == "title" else None
            )
            if (numbered_title or default_title) and own is not None and p.part == "title":
                self.instrument_heading(own, p)
                ev = self.evidence(p.sentences[0], p)
                self.add(own, "title", numbered_title["title"].strip() if numbered_title else str(default_title), ev)
                adopted = self.adopted_dates.get((p.section, p.instrument))
                if adopted is not None:
                    self.add(own, "adoptedOn", adopted[0], adopted[1])
                elif (day := instrument_headings.adoption_date_after_title(p.text)) is not None:
                    self.add(own, "adoptedOn", day, ev)  # "Decision 71/2 – Title (adopted 25 April 2031)"
                self.adopted_at_masthead_session(own)
                continue
            if own is not None and p.kind == "heading" and p.part == "title" and instrument_headings.number_alone(
                p.text, (own.kind, own.session, own.number), self.matcher.numbering
            ):
                # "GC(69)/RES/10" alone on the masthead: the document is that resolution, adopted at
                # the masthead's session; its title follows, after the masthead's other lines
                self.instrument_heading(own, p)
                self.adopted_at_masthead_session(own)
                adopted = self.adopted_dates.get((p.section, p.instrument))
                if adopted is not None:
                    self.add(own, "adoptedOn", adopted[0], adopted[1])
                pending_title = own
                continue
            if pending_title is not None and instrument_headings.MASTHEAD_LINE.match(p.text.strip()):
                continue  # "September 2025", "General Distribution", "Agenda item 15", "(GC(69)/22)"
            if pending_title is not None and p.kind == "heading" and self.wholly_names(p, pending_title.issuer):
                continue  # "Security Council", the masthead's organ, under "S/RES/2797 (2025)": no title
            if pending_title is not None and p.kind == "heading" and instrument_headings.kind_word_alone(p.text):
                # "EUR/RC81/R4" / date / "Resolution" / title: the kind word over the title
                after_kind_word = True
                continue
            titled = (
                instrument_headings.title_after_number(p.text, (own.kind, own.session, own.number), self.matcher.numbering)
                if own is not None and p.kind == "heading" and p.part == "title" else None
            )
            if titled is not None and own is not None:
                # "43 C/Resolution 27 Ethics of neurotechnology: ...", "SC-12/3: Effectiveness
                # evaluation and the ..." / "Review Committee": number and title on one heading,
                # the title perhaps wrapped onto the next
                following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
                if following is not None and following.kind == "heading" and following.part == "title" and (
                    following.instrument == p.instrument and not BESIDE_TITLE.match(following.text.strip())
                    and not instrument_headings.kind_word_alone(following.text)
                ):
                    titled = f"{titled} {following.text}"
                self.instrument_heading(own, p)
                # "B.38/03 - Updated accreditation framework (adopted 3 March 2032)": the note on
                # the adoption is no part of the title, its day the instrument's
                titled, noted_day = instrument_headings.title_and_adoption_note(titled)
                self.add(own, "title", titled, self.evidence(p.sentences[0], p))
                adopted = self.adopted_dates.get((p.section, p.instrument))
                if adopted is not None:
                    self.add(own, "adoptedOn", adopted[0], adopted[1])
                elif noted_day is not None:
                    self.add(own, "adoptedOn", noted_day, self.evidence(p.sentences[0], p))
                if noted_day is not None:
                    self.adopted_at_carried_gathering(own, self.evidence(p.sentences[0], p))
                elif own.issuer in self.counted_issuers:
                    self.adopted_at_counted_heading(own, paragraphs[index + 1 : index + 2] or [p])
                else:
                    # "Resolution A45-11: Title" under "ASSEMBLY RESOLUTIONS ADOPTED AT THE 45TH
                    # SESSION": the session the document's title names (E222)
                    self.adopted_at_list_session(own)
                continue
            if own is not None and p.kind == "heading" and p.part == "title" and instrument_headings.topic_numbered(
                p.text, (own.kind, own.session, own.number)
            ):
                # "Production sector (decision 94/12)": a slide's title, the topic no title of the
                # decision's; a 'Title: "..."' field below gives it (E100)
                self.instrument_heading(own, p)
                adopted = self.adopted_dates.get((p.section, p.instrument))
                if adopted is not None:
                    self.add(own, "adoptedOn", adopted[0], adopted[1])
                self.adopted_at_masthead_session(own)
                continue
            field_title = instrument_headings.TITLE_FIELD.match(p.text.strip()) if own is not None and p.part == "title" else None
            if field_title is not None and own is not None:
                self.add(own, "title", field_title["title"].strip(), self.evidence(p.sentences[0], p))
                continue
            if pending_title is not None and BESIDE_TITLE.match(p.text.strip()):
                continue  # "Agenda item 13.2", "28 May 2026" between the number and the title
            if pending_title is not None and (p.kind == "heading" and (p.part == "title" or after_kind_word) or _is_title_line(p)):
                title, adopted_day = adoption_days_after_titles.title_and_adoption_day(_ITEM_LABEL_BEFORE_TITLE.sub("", p.text, count=1))
                if adopted_day is None:
                    title, adopted_day = adoption_days_after_titles.footnoted_adoption_day(
                        title, [later.text for later in paragraphs[index + 1 : index + 60] if later.label is None]
                    )
                self.add(pending_title, "title", title, self.evidence(p.sentences[0], p))
                if adopted_day is not None:
                    self.add(pending_title, "adoptedOn", adopted_day, self.evidence(p.sentences[0], p))
                self.instruments_named_in_title(p, pending_title)
                pending_title, after_kind_word = None, False
                continue
            after_kind_word = False
            if not (pending_title is not None and ADOPTION_NOTE.match(p.text.strip())):
                pending_title = None  # the title may follow the note on the instrument's adoption
            closed_at_plenary = self.closing_plenary_line(p, own, closed_at_plenary)
            if own is not None:
                self.closing_date_line(p, own, paragraphs[index - 1] if index else None, paragraphs[index + 1 : index + 2])
            self.bracketed_adoption_line(p)
            if p.kind == "listing" or p.kind == "heading":
                self.listed_above = self.listed_above + [p] if p.kind == "listing" else []
            elif p.kind == "paragraph" and own is None and p.sentences and _ALL_OF_THE_ABOVE.match(p.text):
                self.all_of_the_above(p)
            if p.kind == "paragraph" and own is None and "adopted" in p.text:
                self.counted_adoptions(p)
            if self.adopted_below is not None and self.adopted_below[3] is not p:
                self.entry_adopted_below(p)
            if p.kind == "paragraph" and own is None and ("below" in p.text or "following" in p.text):
                self.adoption_told_above_a_list(p)
            if p.kind == "paragraph" and "adopted" in p.text and p.text.rstrip().endswith(":"):
                self.listed_as_adopted_that_day(p)
            if self.listed_adoptions is not None and self.listed_adoptions[3] is not p:
                # (a page saved as text bullets its list "  * Decision 12/1 - ...", which reads
                # as a footnote's star, and a list with a dash or no bullet reads as headings:
                # right under the sentence, entries all the same)
                bracket_day = adoption_days_after_titles.bracketed_adoption_day(p.text.strip(), 0) if (
                    self.last_listed_entry is not None and p.sentences and len(p.text.strip()) < 60
                ) else None
                if bracket_day is not None and self.last_listed_entry is not None:
                    # "• Decision 12/1 - Title" / "(adopted on 3 May 2031)": an entry wrapped
                    # by a text browser, its closing bracket set apart as a line of its own
                    self.add(self.last_listed_entry, "adoptedOn", bracket_day.start, self.evidence(p.sentences[0], p))
                    self.last_listed_entry = None
                elif p.kind in ("listing", "footnote", "heading") or counted_adoptions.bulleted(p.text):
                    self.adopted_in_the_list(p)
                else:
                    self.listed_adoptions = self.last_listed_entry = None
            if p.kind == "listing":
                self.docs.end_list_before(p)
            if p.kind in ("listing", "heading", "paragraph") and p.sentences and self.docs.listing_receiver is None and (
                self.list_of_documents_title is not None and p.start > self.list_of_documents_title
                and self.list_of_documents_session is not None
            ) and (row := find_symbols(p.text[:120], self.symbol_series)) and row[0].start == _row_lead(p.text) and (
                p.kind != "paragraph" or doc_rules.rows_run_on(p.text, find_symbols(p.text, self.symbol_series))
            ):
                # a checklist's row that a layout read as a list's line or a heading of its own
                # (pdftotext's columns broken by blank lines), below the list's title (E121); rows
                # a layout ran into one paragraph or line are each a row (E138)
                self.listed_in_the_list_of_documents(p, row[0])
                self.instrument_listed_by_symbol(p, row[0])
                for joined in doc_rules.rows_run_on(p.text, find_symbols(p.text, self.symbol_series)):
                    self.listed_in_the_list_of_documents(p, joined)
            if p.kind == "listing":
                self.listing(p)
            elif p.kind in ("paragraph", "heading") and p.sentences and doc_rules.documentation_run_in(p.text):
                # "Documentation: X; Y": an agenda item's list run into its label's line
                self.listed_for(p, self.evidence(p.sentences[0], p))
            if p.kind == "footnote":
                own = footnotes_of
            elif own is not None and p.kind == "heading" and _RELATED_LIST_HEADING.match(p.text.strip()):
                # "Related documents" / "  * Decision 20.COM 7 - Title" after a page's last
                # decision: the page's list, bulleted as notes are, not that decision's notes
                footnotes_of = None
            elif own is not None and not p.draft and (
                p.part in ("preamble", "operative") or p.part == "annex" and own in self.endorsing
            ):
                footnotes_of = own  # the footnotes that follow are this instrument's
            else:
                footnotes_of = None
            draft = self.record_draft(p) if own is None and p.kind in ("paragraph", "listing") and (
                "raft" in p.text or "just" in p.text or "It was so" in p.text
                or self.drafts.awaiting_number is not None and "bec" in p.text
            ) else None
            if draft is not None:
                # "under its terms the Committee would decide to establish ...": the draft's text,
                # told; its facts wait for the record to say it was adopted
                own, p.part = draft, "operative"
                told_from = len(self.facts)
                self.paragraph(p, own)
                self.hold_draft_facts(draft, told_from)
            else:
                told_from = len(self.facts)
                self.paragraph(p, own)
                if own is None and p.kind == "paragraph" and " in " in p.text and len(p.sentences) > 1:
                    self.sessions_at_the_habitual_venue(p, told_from)
            if own is None and p.sentences and (p.kind == "paragraph" or p.kind == "heading" and _SESSION_ENTRY.match(p.text.strip())):
                # ("Fourteenth meeting of the Conference of Parties: Durban, South Africa": a line of
                # a page's related list, read as a heading)
                self.session_overview(p)
                if "previous" in p.text or "last" in p.text or "preceding" in p.text:
                    self.decision_of_the_previous_gathering(p)
            if own is None and self.last_instrument and p.text.rstrip().endswith(":") and _CONTENTS_INTRO.search(p.text.rstrip()):
                self.contents_of = self.last_instrument[-1]
        if self.drafts.labels:
            # a draft held under its label and never adopted (withdrawn, rejected, deferred) is no
            # instrument: nothing said of it stands
            self.facts = [
                f for f in self.facts
                if not summary_records.is_held_draft(f.subject) and not summary_records.is_held_draft(f.object)
            ]
        return self.facts

    def sessions_at_the_habitual_venue(self, p: Paragraph, told_from: int) -> None:
        """"The Board holds two sessions a year in Geneva. Its ninety-eighth session took place from
        2 to 6 October 2033": each session of that body whose days the paragraph gives after the
        sentence, with no place of its own, sat at that venue (`rules.habitual_venues`, E158)."""
        for index, sentence in enumerate(p.sentences[:-1]):
            told = habitual_venues.habitual_venue(sentence.text)
            if told is None:
                continue
            subject, place = told
            named = self.bodies_in(subject) if subject != "It" else []
            if subject != "It" and (len(named) != 1 or named[0].end != len(subject)):
                continue
            body = (named[0].key or (self.scope.short(named[0]) if named[0].short else None)) if named else None
            later = {s.start for s in p.sentences[index + 1 :]}
            dated = [
                f.subject for f in self.facts[told_from:]
                if f.relation == "heldOn" and isinstance(f.subject, GatheringRef) and f.evidence.start >= self.cleaned.original_span(sentence.end, sentence.end)[0]
                and (body is None or f.subject.body == body)
            ]
            placed = {f.subject for f in self.facts if f.relation == "heldIn"}
            if not later or not dated or body is None and len({g.body for g in dated}) != 1:
                continue
            ev = self.evidence(sentence, p)
            for gathering in dict.fromkeys(dated):
                if gathering not in placed:
                    self.add(gathering, "heldIn", place, ev)
            return

    def instruments_named_in_title(self, p: Paragraph, own: InstrumentRef) -> None:
        """"EB178.R2" / "Traditional medicine: follow-up to resolution WHA81.12": the title of an
        instrument, read as its heading, names another instrument, which the document mentions as
        a sentence would."""
        if "esolution" not in p.text and "ecision" not in p.text:
            return
        for sentence in p.sentences:
            r = self.resolve(sentence, p)
            for _, ref in r.instruments:
                if ref.issuer is not None and ref != own:
                    self.add(self.doc, "mentions", ref, self.evidence(sentence, p))

    def instruments_named_in_row(self, p: Paragraph) -> None:
        """"| CFS 2031/55/2 | Report ... on progress in implementing Economic and Social Council
        resolution 2029/14 |": an instrument a table's cell names is mentioned, as in a sentence."""
        if "/" not in p.text and not ("(" in p.text and p.text[:1].isdigit()):
            return  # ("318 (XXIX) | Programme planning ...": a number with its Roman session, E158)
        # "5/1 | Institution-building of ..." under "Human Rights Council resolutions": a list of
        # instruments set as a table of numbers and titles (a programme budget's annex of
        # legislative mandates)
        row_item = None if "esolution" in p.text or "ecision" in p.text else related_lists.listed_under(
            p.heading, p.text, issuer_named=self.issuer_of_list(p.heading or "") is not None
        )
        contents_row = None if row_item is not None or "esolution" in p.text or "ecision" in p.text else self.contents_row(p)
        row_item = row_item or contents_row
        listed = row_item is not None
        if not listed and not ("esolution" in p.text or "ecision" in p.text):
            return
        self.paragraph_bodies[id(p)] = self.matcher.find(p.text)
        try:
            for sentence in p.sentences:
                r = self.resolve(sentence, p)
                for mention, ref in r.instruments:
                    if contents_row is not None and sentence is p.sentences[0] and mention.start == 0 and ref.issuer is not None and (
                        (mention.session, mention.number) == (contents_row.session, contents_row.number)
                    ):
                        # "Resolution" over "1/COP.22<tab>Expression of gratitude …": the kind the
                        # heading names, not the convention's; adopted at the session whose actions
                        # the document lists ("Part two: Action taken … at its twenty-second session")
                        ref = replace(ref, kind=contents_row.kind)
                        if self.lists_adoptions:
                            self.adopted_at_masthead_session(ref)
                    if ref.issuer is not None:
                        self.add(self.doc, "mentions", ref, self.evidence(sentence, p))
                        title = mention.title
                        if not title and row_item is not None and sentence is p.sentences[0] and mention.start == 0 and (
                            (mention.session, mention.number) == (row_item.session, row_item.number)
                        ):
                            # "318 (XXIX)<tab>Programme planning ...": the number a body's own
                            # convention read, the row's title cell after it (E158)
                            title = row_item.title
                        if listed and title:
                            self.add(ref, "title", title, self.evidence(sentence, p))
                if p.start != self.instrument_row_at:
                    # (a row listing an instrument opens with its number, no document's symbol:
                    # its documents cell was read as such, `listed_documents`)
                    self.row_prepared_under(r)
        finally:
            del self.paragraph_bodies[id(p)]

    def contents_row(self, p: Paragraph) -> InstrumentMention | None:
        """"1/COP.22<tab>Multi-year workplans …<tab>3" under "Decisions adopted by the Conference of
        the Parties" (a contents table's caption; its "Page" column head no heading, E218): a number
        in its body's convention opening the row, no kind word, then the title cell; the kind is
        the heading's."""
        found = self.matcher.numbering.find(p.text[:80])
        if not found or found[0].start != 0 or _DIGITS_ONLY_NUMBER.fullmatch(p.text, 0, found[0].end):
            return None  # (a number in the default shape, "5/1", is `related_lists.listed_under`'s)
        row = related_lists.title_after_number(p.heading, p.text, found[0].end)
        if row is None:
            return None
        mention = InstrumentMention(0, found[0].end, row[0], found[0].session, found[0].number, 0)
        mention.title, mention.title_span = row[1], row[2]
        return mention

    def row_prepared_under(self, r: _Resolved) -> None:
        """"E/CN.3/2028/14 | 4(b) | Report of the Secretary-General on ..., prepared pursuant to
        decision 58/109": the document whose symbol opens a table's row was prepared under the
        instrument its title cell names after the participle."""
        text = r.sentence.text
        first = r.paragraph.sentences[0]
        if r.sentence is first:
            row_symbol = r.symbols[0] if r.symbols and r.symbols[0].start == _row_lead(text) else None
            after = row_symbol.end if row_symbol is not None else 0
        else:
            # "ICCD/CRIC(26)/2 | Assessment of progress ... . Report by the secretariat prepared
            # pursuant to decision 7/COP.19": the title cell's later sentence, of the row's document (E141)
            opening = find_symbols(first.text[:160], self.symbol_series)
            row_symbol = opening[0] if opening and opening[0].start == _row_lead(first.text) and not r.symbols else None
            after = 0
        if row_symbol is None:
            return
        for mention, ref in r.instruments:
            if mention.start > after and doc_rules.under_mandate(text, mention.keyword_start) and (
                _PREPARED_UNDER.search(text, max(0, mention.keyword_start - 120), mention.keyword_start) is not None
            ):
                self.add(DocumentRef(symbols=row_symbol.symbols), "pursuantTo", ref, self.evidence(r.sentence, r.paragraph))

    def record_draft(self, p: Paragraph) -> InstrumentRef | None:
        """A summary record's paragraph on a draft: "draft decision X, which would become
        decision 84/1" names the number the draft will take, and "draft decision XIV/1" a draft
        printed with it; "Draft decision X was adopted without a vote", or the chair's "she would
        take it that the Conference wished to adopt draft decision XIV/1" and then "It was so
        decided.", adopt it (at the record's session, on the sitting's day); a paragraph telling
        the draft's terms returns the instrument it will be, and one telling the terms of "the
        decision just adopted" the text adopted last."""
        for sentence in p.sentences:
            text = sentence.text
            if self.labelled_draft_acted_on(sentence, p):
                continue
            if summary_records.says_so_decided(text):
                put, self.drafts.put = self.drafts.put, None
                if put is not None and summary_records.is_held_draft(put):
                    # a draft held under its label, adopted with no number yet: "It became resolution
                    # 87/214." may follow
                    self.drafts.awaiting_number = put
                    continue
                # (the ruling the record answers is the one right before it: a draft put to the
                # meeting and then debated, deferred, is not adopted by a later "It was so decided.")
                right_after = p.start <= self.drafts.put_end or summary_records.RIGHT_AFTER.fullmatch(
                    self.cleaned.text, self.drafts.put_end, sentence.start
                ) is not None
                if put is not None and put not in self.drafts.adopted and right_after:
                    self.draft_adopted(put, self.evidence(sentence, p))
                continue
            if "raft" not in text:
                continue
            symbols = find_symbols(text, self.symbol_series)
            for mention in find_instruments(text):
                before = [s for s in symbols if s.end <= mention.keyword_start]
                if before and summary_records.WOULD_BECOME.match(text[before[-1].end : mention.keyword_start]):
                    issuer = self.scope.default_issuer or self.document_issuer
                    if issuer is not None:
                        self.drafts.named(before[-1].symbols[0], InstrumentRef(issuer, mention.kind, mention.session, mention.number))
            printed = self.drafts_printed_with_numbers(text)
            if printed:
                self.drafts.current = printed[-1]
            if summary_records.puts_to_adoption(text):
                self.drafts.put, self.drafts.put_end = self.drafts.current, p.end
            if summary_records.says_adopted(text) and (printed or self.drafts.numbers or self.drafts.current is not None):
                named = [sym for s in symbols for sym in s.symbols]
                in_hand = self.drafts.by_symbol(named) if named else self.drafts.current
                if in_hand is None and named:
                    # a draft held under its symbol (`labelled_draft_acted_on`)
                    in_hand = next((held for (_, label), held in self.drafts.labels.items() if label in named), None)
                if not printed and in_hand is not None and summary_records.is_held_draft(in_hand):
                    # adopted, its number not given here (`labelled_draft_acted_on`)
                    self.drafts.awaiting_number = in_hand
                    continue
                adopted_now = printed or ([in_hand] if in_hand is not None else [])
                for adopted in adopted_now:
                    if adopted not in self.drafts.adopted:
                        self.draft_adopted(adopted, self.evidence(sentence, p))
        if p.kind != "paragraph":
            return None
        if self.drafts.current is not None and self.drafts.current not in self.drafts.adopted and (
            summary_records.tells_the_terms(p.text)
        ):
            return self.drafts.current
        last = self.drafts.last_adopted
        if last is not None and (back := summary_records.just_adopted(p.text)) is not None and last.kind == (back["kind"] or back["kind2"]):
            return last
        return None

    def labelled_draft_acted_on(self, sentence: Sentence, p: Paragraph) -> bool:
        """A record's draft named by its label (its symbol, or its roman numeral in a committee's
        report) until the record gives the number it took: "Draft resolution II is entitled "..."",
        "the draft resolution contained in document A/87/L.38" make it the draft in hand (its title
        and what it "would" do held under the label); "Draft resolution A/87/L.38 was adopted
        (resolution 87/214).", or "It became resolution 87/214." after an adoption with no number,
        give the held facts to the adopted text and adopt it (at the record's session, on the
        sitting's day). Whether the sentence was wholly read here."""
        if self.masthead.sitting is None and self.masthead_session is None:
            # only a record of a meeting (its masthead gives the sitting's day) or the report of a
            # session (its masthead or title names the session: the drafts were before it, and it
            # tells each one's action, "adopted draft resolution X (resolution 86/9)", E180) acts
            # on drafts; any other report naming a draft's symbol tells of a text not before it
            return False
        text = sentence.text
        awaiting, self.drafts.awaiting_number = self.drafts.awaiting_number, None
        if awaiting is not None and (told := summary_records.became(text)) is not None:
            adopted = self.number_taken(text, told.start("kind"), told.end("number"))
            if adopted is not None:
                self.labelled_draft_adopted(awaiting, adopted, self.evidence(sentence, p))
            return True
        labels = summary_records.draft_labels(text)
        bracketed = summary_records.number_in_brackets(text)
        number_span = (bracketed.start("kind"), bracketed.end("number")) if bracketed is not None else None
        if number_span is None and (after_as := summary_records.number_after_as(text)) is not None:
            number_span = (after_as, len(text))
        if not labels and number_span is None:
            return False
        issuer = self.scope.default_issuer or self.document_issuer
        named: list[InstrumentRef] = []
        for found in labels:
            label = summary_records.label_of(found)
            # (a draft the record gave its number already, "which would become decision 84/1", is that text)
            # ("draft decision I" and "draft resolution I" of one report are two drafts)
            held = self.drafts.numbers.get(label) or self.drafts.labels.get((found["kind"], label))
            if held is None:
                kind: InstrumentKind = "decision" if found["kind"].lower().startswith("dec") else "resolution"
                held = InstrumentRef(issuer or "", kind, summary_records.DRAFT_SESSION, label)
                self.drafts.labels[(found["kind"], label)] = held
            named.append(held)
            title = summary_records.title_after_label(text, found)
            if title is None and self.masthead.sitting is None and sentence is p.sentences[0] and self.heading_above is not None:
                # "The right to education" / "At the 43rd meeting, ... introduced draft resolution
                # A/HRC/86/L.6": a session's report heads each draft's account with its title
                title = summary_records.title_heading(self.heading_above, text)
            if title is not None and summary_records.is_held_draft(held):
                self.draft_facts.setdefault(held, []).append(Fact(held, "title", title, self.evidence(sentence, p)))
        if named and (number_span is not None or summary_records.is_held_draft(named[-1])):
            self.drafts.current = named[-1]
        if number_span is None:
            return False
        adopted = self.number_taken(text, *number_span)
        draft = named[0] if named else self.drafts.current
        if adopted is None or draft is None or not summary_records.is_held_draft(draft):
            return False  # (a draft whose number the record gave before: the summary record's way)
        self.labelled_draft_adopted(draft, adopted, self.evidence(sentence, p))
        return True

    def number_taken(self, text: str, start: int, end: int) -> InstrumentRef | None:
        """The instrument a number written between ``start`` and ``end`` is, in the body's
        convention when the numbering reads it, else the document's own."""
        for n in self.matcher.numbering.find(text):
            if start <= n.start < end:
                return InstrumentRef(n.issuer, n.kind, n.session, n.number)
        issuer = self.scope.default_issuer or self.document_issuer
        if issuer is None:
            return None
        for mention in find_instruments(text):
            if start <= mention.keyword_start < end:
                return InstrumentRef(issuer, mention.kind, mention.session, mention.number)
        return None

    def labelled_draft_adopted(self, draft: InstrumentRef, adopted: InstrumentRef, ev: Evidence) -> None:
        """The facts held under a draft's label become the adopted text's; the label names it from now."""
        self.drafts.labels[(draft.kind, draft.number)] = adopted
        self.drafts.put = None
        if self.drafts.current == draft:
            self.drafts.current = adopted
        for f in self.draft_facts.pop(draft, []):
            subject = adopted if f.subject == draft else f.subject
            obj = adopted if f.object == draft else f.object
            self.add(subject, f.relation, obj, f.evidence, f.task, f.due_at)
        if adopted not in self.drafts.adopted:
            self.draft_adopted(adopted, ev)

    def drafts_printed_with_numbers(self, text: str) -> list[InstrumentRef]:
        """"draft decision XIV/1", "draft resolution 12/3": the texts the drafts a sentence names
        by the numbers they will take will be (in the body's convention, else the document's own)."""
        found: list[InstrumentRef] = []
        numbered = self.matcher.numbering.find(text)
        for n in numbered:
            if summary_records.DRAFT_BEFORE_NUMBER.search(text, max(0, n.start - 30), n.start):
                found.append(InstrumentRef(n.issuer, n.kind, n.session, n.number))
        issuer = self.scope.default_issuer or self.document_issuer
        if issuer is not None:
            for mention in find_instruments(text):
                if any(n.start < mention.end and mention.keyword_start < n.end for n in numbered):
                    continue
                if summary_records.DRAFT_BEFORE_NUMBER.search(text, max(0, mention.keyword_start - 30), mention.keyword_start):
                    found.append(InstrumentRef(issuer, mention.kind, mention.session, mention.number))
        return found

    def hold_draft_facts(self, draft: InstrumentRef, told_from: int) -> None:
        """The draft's facts told since ``told_from`` wait for its adoption; the others stand (and
        so do those of a text adopted already)."""
        if draft in self.drafts.adopted:
            return
        held = [f for f in self.facts[told_from:] if f.subject == draft or f.object == draft]
        if held:
            self.facts[told_from:] = [f for f in self.facts[told_from:] if f.subject != draft and f.object != draft]
            self.draft_facts.setdefault(draft, []).extend(held)

    def draft_adopted(self, adopted: InstrumentRef, ev: Evidence) -> None:
        self.drafts.adopted.add(adopted)
        self.drafts.last_adopted = adopted
        self.facts.extend(self.draft_facts.pop(adopted, []))
        for session, _, _, _ in self.masthead.gatherings[:1]:
            if session.body == adopted.issuer:
                self.add(adopted, "adoptedAt", session, ev)
        if self.masthead.sitting is not None:
            self.add(adopted, "adoptedOn", self.masthead.sitting[0], ev)

    def own_instrument(self, p: Paragraph) -> InstrumentRef | None:
        if p.instrument is None:
            return None
        issuer = self.issuers.get((p.section, p.instrument)) or self.document_issuer
        summarised = self.journal_summary[1] if self.journal_summary is not None else None
        if summarised is not None and p.kind == "paragraph" and self.issues_instruments(summarised.body):
            # "The Committee took action on draft decision X ... was adopted as decision 7/2" in a
            # Journal's summary under the Committee's name: the Committee's decision, not the
            # page's (E145)
            issuer = summarised.body
        if p.label and self.matcher.numbering.point_instrument(p.label) == p.instrument:
            # "7.1 decides ...": a decision point, the numbering's body's
            issuer = self.matcher.numbering.point_issuer() or issuer
        if issuer is None:
            return None
        kind, session, number = p.instrument
        if kind == "statement":
            # the statement the document is: named by its own symbol (`presidential_statements`)
            return self.own_statement(issuer)
        return InstrumentRef(issuer, kind, session, number)

    def own_statement(self, issuer: str | None) -> InstrumentRef | None:
        """The presidential statement the document is, by its masthead symbol."""
        symbols = self.masthead.info.ref.symbols
        return statement_ref(issuer, symbols[0]) if issuer and symbols else None

    def statement_facts(self, paragraphs: list[Paragraph]) -> None:
        """A presidential statement's own facts: the meeting and the day its opening line says it
        was made at and on ("At the 10874th meeting of the Security Council, held on 28 June 2032,
        … the President … made the following statement on behalf of the Council"), and the other
        statements it cites ("the statement of its President of 14 July 2030 (S/PRST/2030/6)"),
        with the day each was made."""
        own = next((p for p in paragraphs if p.instrument is not None and p.instrument[0] == "statement"), None)
        statement = self.own_statement(self.document_issuer) if own is not None else None
        for index, p in enumerate(paragraphs):
            if p.kind not in ("paragraph", "listing") or "PRST" not in p.text and (statement is None or p.instrument is not None):
                continue
            for sentence in p.sentences:
                opening = statement_opening(sentence.text) if statement is not None and p.instrument is None else None
                if opening is not None and statement is not None and index + 1 < len(paragraphs) and paragraphs[index + 1] is own:
                    ev = self.evidence(sentence, p)
                    council = self.registry.bodies.get(statement.issuer)
                    if opening.ordinal is not None and council is not None and council.gathering_term == "meeting":
                        # (a council meeting in sessions numbers its meetings within each: "the 40th
                        # meeting" of the Human Rights Council is no gathering of its own)
                        self.add(statement, "adoptedAt", GatheringRef(statement.issuer, "meeting", opening.ordinal), ev)
                    if opening.day is not None:
                        self.add(statement, "adoptedOn", opening.day, ev)
                    # "Eighty-second session" over "A/HRC/PRST/82/1": a council meeting in
                    # sessions made it at the session the masthead names (its number's)
                    self.adopted_at_masthead_session(statement)
                    if (titled := titled_under_number(paragraphs[:index], statement.session, statement.number)) is not None:
                        title, title_para = titled
                        self.add(statement, "title", title, self.evidence(title_para.sentences[0], title_para))
                cites = cited_statements(sentence.text)
                # the instrument whose text the paragraph is: the statement, or a resolution
                # "Recalling … the statement of its President of 10 December 2025 (S/PRST/2025/9)"
                citing = self.own_instrument(p) if cites and p.part in ("preamble", "operative") else None
                for cited in cites:
                    other = self.cited_statement(cited.symbol, cited.prefixed, citing)
                    if other is None:
                        continue
                    ev = self.evidence(sentence, p)
                    if cited.day is not None:
                        self.add(other, "adoptedOn", cited.day, ev)
                    council = self.registry.bodies.get(other.issuer)
                    if cited.meeting is not None and council is not None and council.gathering_term == "meeting":
                        # "(S/PRST/2032/5), adopted at its 10811th meeting": a council meeting in
                        # numbered meetings made it there (E191)
                        self.add(other, "adoptedAt", GatheringRef(other.issuer, "meeting", cited.meeting), ev)
                    if citing is not None and other != citing:
                        self.add(citing, "cites", other, ev)

    def cited_statement(self, symbol: str, prefixed: bool, citing: InstrumentRef | None) -> InstrumentRef | None:
        """The statement a symbol names: of the citing instrument's issuer when its symbol prefix
        is the statement's ("the statement of its President"), else of the body issuing
        instruments whose prefix it is. "PRST 52/1" (not ``prefixed``) is the citing council's."""
        own = self.registry.bodies.get(citing.issuer) if citing is not None else None
        if not prefixed:
            if own is None or not own.symbol_prefix:
                return None
            symbol = f"{own.symbol_prefix}/{symbol}"
        prefix = symbol.rsplit("/PRST/", 1)[0]
        # a prefix several bodies share ("S": the Security Council's, and the standing committee
        # or secretariat of an organization a user's reference file describes) is the series of
        # the one of them the document speaks for (its issuer, its masthead's organ)
        shared = symbol_author(self.registry, symbol, (self.document_issuer, self.scope.default_issuer))
        author = (
            own if own is not None and own.symbol_prefix == prefix
            else self.registry.bodies.get(shared) if shared is not None else self.registry.by_symbol(symbol)
        )
        if author is None or author.symbol_prefix != prefix or not author.issues_instruments:
            return None
        return statement_ref(author.key, symbol)

    def issues_instruments(self, key: str | None) -> bool:
        body = self.registry.bodies.get(key) if key else None
        return bool(body and body.issues_instruments)

    def issuing_body_named(self, text: str, whole: bool) -> str | None:
        """The body that issues instruments a line names: the only body of the line
        (``whole``: the line is nothing but its name, as a preamble's opener is)."""
        named = [b for b in self.matcher.find(text) if b.key]
        if whole:
            opener = _OPENER.match(text.strip())
            if opener is None or len(named) != 1 or named[0].end < opener.end("body") - 1 or named[0].start > 4:
                return None
        named = [b for b in named if self.issues_instruments(b.key)]
        return named[0].key if named else None

    def masthead_adoption_field(self, p: Paragraph, found: tuple[dt.date, Evidence] | None) -> tuple[dt.date, Evidence] | None | Literal[False]:
        """A masthead's field "Adopted: 18 June 2036" (a line of its own, above the heading of the
        instrument the document is, as a Word masthead table prints it beside the symbol and the
        submitter): the day, kept over the masthead's other lines; a paragraph of text before any
        heading (a report's introduction) ends the masthead: False."""
        if p.kind != "heading":
            return False
        label = _MASTHEAD_ADOPTION_FIELD.fullmatch(p.text.strip())
        if label is None or not p.sentences:
            return found
        dates = find_dates(label["day"])
        return (dates[0].value.start, self.evidence(p.sentences[0], p)) if dates else found

    def instrument_issuers(
        self, paragraphs: list[Paragraph]
    ) -> tuple[dict[_TextKey, str], dict[_TextKey, tuple[dt.date, Evidence]]]:
        """Who issued each instrument whose text the document holds, and when it was adopted
        if a line says so: the body the preamble opens with ("The Commission on Narcotic
        Drugs,"), else the one of the line above the heading ("Resolution adopted by the
        Human Rights Council on 2 April 2026"), else the document's issuer. A session report
        of a commission published under the Council's symbol holds the commission's texts."""
        issuers: dict[_TextKey, str] = {}
        adopted: dict[_TextKey, tuple[dt.date, Evidence]] = {}
        opened: set[_TextKey] = set()
        key_opened: dict[tuple[InstrumentKind, str, str] | None, _TextKey] = {}  # each instrument's last opened key
        by_convention: set[_TextKey] = set()  # numbered in a body's convention: its issuer known
        line: tuple[str | None, tuple[dt.date, Evidence] | None] | None = None
        # "Resolution adopted by the ... Assembly on 11 June 2027" inside the masthead of the
        # instrument's own text (its symbol above it): the date, for the title heading below.
        masthead_adopted: dict[tuple[InstrumentKind, str, str], tuple[dt.date, Evidence]] = {}
        # the adoption day of the masthead's fields, until the first instrument's text (False after)
        masthead_field: tuple[dt.date, Evidence] | None | Literal[False] = None
        for p in paragraphs:
            if p.kind == "footnote" or p.kind == "table":
                continue
            if p.instrument is not None and p.kind == "heading" and p.part != "title" and _ADOPTED_BY_LINE.match(p.text):
                dates = find_dates(p.text)
                if dates and p.sentences:
                    masthead_adopted.setdefault(p.instrument, (dates[0].value.start, self.evidence(p.sentences[0], p)))
                continue
            if p.instrument is not None and p.part == "title" and p.instrument in masthead_adopted:
                adopted.setdefault((p.section, p.instrument), masthead_adopted.pop(p.instrument))
            # "At its 8th meeting, on 14 March 2031, the Commission decided to ...": a decision
            # told in one paragraph, read as its operative text, opens with its date
            narrated = p.part == "operative" and _AT_MEETING_ON.match(p.text) is not None
            if p.instrument is not None and p.text[:1] == "(" and (note := instrument_headings.SOURCE_NOTE.match(p.text.strip())) is not None:
                # "(GB.373/INS/1, paragraph 3)" closing a decision headed "Decision" alone in a
                # body's minutes: the note names the decision in its body's convention, and so its issuer
                numbered = self.matcher.numbering.find(note["symbol"])
                if numbered and (numbered[0].session, numbered[0].number) == p.instrument[1:]:
                    issuers[(p.section, p.instrument)] = numbered[0].issuer
                continue
            if p.instrument is None or p.part not in ("title", "preamble") and not narrated:
                if _ADOPTED_BY_LINE.match(p.text) and p.instrument is None:
                    dates = find_dates(p.text)
                    when = (dates[0].value.start, self.evidence(p.sentences[0], p)) if dates and p.sentences else None
                    line = (self.issuing_body_named(p.text, whole=False), when)
                elif p.instrument is None and not p.text.startswith("["):
                    line = None
                if p.instrument is None and masthead_field is not False:
                    masthead_field = self.masthead_adoption_field(p, masthead_field)
                continue
            key = (p.section, p.instrument)
            if p.part == "title" and masthead_field and key not in opened:
                # "Adopted: 18 June 2036" among the masthead's fields above the one instrument
                # the document is: its day (E216)
                adopted.setdefault(key, masthead_field)
            masthead_field = False  # the first instrument's text begun: no field above another
            if p.part == "title" and key not in issuers and key not in opened:
                opened.add(key)
                key_opened[p.instrument] = key
                # ("RESOLUTION 5 (EC-86)": the heading in capitals of a convention that writes its
                # keyword, read as the convention writes it: the Executive Council of the
                # organization whose convention it is, not the one "THE EXECUTIVE COUNCIL," below
                # would name by a short name another organization's council carries, E213)
                numbered = self.matcher.numbering.find(p.text[:80]) or self.capitals_heading_number(p.text[:80], p.instrument)
                if numbered and (numbered[0].start == 0 or _KIND_WORD_BEFORE_NUMBER.fullmatch(p.text, 0, numbered[0].start)):
                    # "BC-17/4: Work programme ...": the convention names the issuer, which a
                    # formula shared by several bodies ("The Conference of the Parties,") cannot;
                    # so does "Decision 55 COM 7", the kind word before a convention that writes none
                    # (E139: a line between, "Agenda item 7", may part the heading from the formula)
                    issuers[key] = numbered[0].issuer
                    by_convention.add(key)
                if line is not None:
                    if line[0]:
                        issuers[key] = line[0]
                    if line[1]:
                        adopted[key] = line[1]
                line = None
            elif p.part in ("title", "preamble") and (key in opened or key_opened.get(p.instrument) is not None) and ADOPTION_NOTE.match(p.text):
                # "[CBD/COP/17/L.7]" / "Adopted at the 9th plenary meeting, on 29 October 2026"
                # ("Decision 21.COM 4" / "Item 4: Title" / "Document: ..." / "Decision adopted on
                # 1 December 2031": a page that sets each field a heading of its own opens a
                # section at each; the note is still the instrument's whose heading is above)
                dates = find_dates(p.text)
                if (label := instrument_headings.ADOPTED_LABEL.search(p.text)) is not None:
                    # "Meeting: ...  Adopted: 10 May 2035": the day of the adoption field, not another field's
                    dates = [d for d in dates if d.start >= label.end()] or dates
                if dates and p.sentences:
                    adopted.setdefault(key if key in opened else key_opened[p.instrument], (dates[0].value.start, self.evidence(p.sentences[0], p)))
                continue
            elif (p.part == "preamble" or narrated) and key in opened:
                at_meeting = _AT_MEETING_ON.match(p.text)
                dates = find_dates(p.text[at_meeting.end() : at_meeting.end() + 40]) if at_meeting else []
                if dates and p.sentences:
                    adopted.setdefault(key, (dates[0].value.start, self.evidence(p.sentences[0], p)))
                    if not p.text.rstrip().endswith(":"):
                        opened.discard(key)  # the decision is this paragraph: no preamble follows
                    continue  # "... adopted the following decision:": the preamble opens next
                opened.discard(key)  # only the first paragraph of the preamble opens it
                opener = self.issuing_body_named(p.text, whole=True)
                if opener and key not in by_convention:
                    issuers[key] = opener
        return issuers, adopted

    def capitals_heading_number(self, heading: str, instrument: tuple[str, str, str]) -> list[NumberedInstrument]:
        """The number of a heading in capitals ("RESOLUTION 5 (EC-86)") read as its convention writes
        it ("Resolution 5 (EC-86)"), where that reading is the instrument's own and more than the
        default shape ("RESOLUTION 118/1" is read by the default convention, whoever writes
        "Resolution {number}/{session}")."""
        capitalised = keyword_capitalised(heading)
        if capitalised == heading or _DEFAULT_SHAPED_HEADING.match(capitalised):
            return []
        numbered = self.matcher.numbering.find(capitalised)
        return numbered if numbered and (numbered[0].session, numbered[0].number) == tuple(instrument[1:]) else []

    def masthead_facts(self, paragraphs: list[Paragraph] | None = None) -> None:
        paragraphs = paragraphs or []
        m = self.masthead
        self.date_line_meetings = [] if m.gatherings or m.unnumbered else self.masthead_date_line(paragraphs)
        for date_line in [*self.date_line_meetings] if self.date_line_meetings else ():
            key, line_dates, line_place, para = date_line
            if key and line_dates is not None and (body := self.registry.bodies[key]).gathering_term and names_by_place(body):
                # "Plenipotentiary Conference of the ITU (PP-30), Santiago, 21 October - 8 November
                # 2030": a conference naming its texts by its place and year ("Resolution 139 (Rev.
                # Santiago, 2030)") is keyed by that year, the one its dates say: the masthead's (E164)
                m.gatherings.append((GatheringRef(key, body.gathering_term, line_dates.start.year), line_dates, line_place, para))
                self.date_line_meetings.remove(date_line)
        if m.report_of is None and self.report_session is None:
            self.report_session = self.masthead_report_title(paragraphs)
        reporter = self.masthead_reporting_body(paragraphs) if m.report_of is None and self.report_session is None else None
        if reporter is not None and reporter[0] != self.scope.author:
            self.scope.reporting_body = reporter[0]
        # ("Report of the Working Group on the Universal Periodic Review" / "Namibia": a report whose
        # masthead names no session of its body, the text telling which one adopted it)
        self.session_less_reporter = reporter[0] if reporter is not None else None
        for ref, dates, place, para in m.gatherings:
            ev = Evidence(*self.cleaned.original_span(para.start, para.end), para.text, para.evidence_label)
            self.add(ref, "meetingOf", BodyRef(ref.body), ev)
            if dates is None and place is None and (line := self.masthead_date_line(paragraphs, any_body=True, gathering=ref)):
                # "Bogotá, 10–14 October 2031", "Rio de Janeiro, ...": any place in the date line
                _, dates, place, line_para = line[0]
                ev = Evidence(*self.cleaned.original_span(line_para.start, line_para.end), line_para.text, line_para.evidence_label)
            if dates is None and place is None and (span := self.date_line_after(para, paragraphs)) is not None:
                # "Sixty-first session" / "23 February–3 April 2026": the session's dates below it
                dates, date_para = span
                ev_dates = Evidence(*self.cleaned.original_span(date_para.start, date_para.end), date_para.text, date_para.evidence_label)
                self.add(ref, "heldOn", dates, ev_dates)
                self.held[ref] = dates
                dates = None
            if dates:
                self.add(ref, "heldOn", dates, ev)
                self.held[ref] = dates
            if place:
                self.add(ref, "heldIn", place, ev)
            if reporter is not None and ref.body == reporter[0] and self.report_session is None and _lines_apart(paragraphs, para, reporter[2]) <= 2:
                # "REPORT OF THE COUNCIL OF FAO" / "Hundred and Eighty-second Session": the
                # report of the session of the body the title line names
                self.report_session = ref
                self.add(self.doc, "reportOf", ref, reporter[1])
                continue
            if (m.report_of is None or m.report_of[0] != ref) and ref not in m.covered:
                self.add(self.doc, "preparedFor", ref, ev)
                if self.doc.symbols and (
                    self.masthead.info.kind == "AnnotatedProvisionalAgenda" or _officers_report(paragraphs)
                    or _participants_note(paragraphs)
                    # (a resolution's or a decision's own document is adopted at the session, not
                    # submitted to it: "Agenda item 69" over "Resolution adopted by ...")
                    # (nor is a body's report on a session of its own: its submission is told apart)
                    or _agenda_item_line(paragraphs) and m.report_of is None
                    and not any(q.instrument is not None and not q.draft for q in paragraphs)
                    # "RA I-20/Doc. 6.2(1)" / "Submitted by: President of RA I": a session paper that
                    # says who submitted it, a draft decision's too (it was before the session)
                    or _submitted_by_line(paragraphs)
                ):
                    # "Human Rights Council / Sixty-second session" over "Report of the United
                    # Nations High Commissioner ...", or over an annotated provisional agenda:
                    # the session the document is submitted to (a document known by no symbol
                    # is known to be submitted by none)
                    self.add(self.doc, "submittedTo", ref, ev)
            if m.report_of is not None and (
                m.report_of[0].body != ref.body
                # (a summary record of a Main Committee's meeting under the Assembly's session line
                # keeps a sitting held during that session: no paper sent to it)
                and not (m.record and self.registry.descends_from(m.report_of[0].body, ref.body))
                # "108th meeting" over "Report of the 107th meeting of the Standing Committee": the
                # report of one meeting of a body meeting in numbered meetings, filed for its next
                # (where it is adopted); a session's report under a later session's line stays only
                # prepared for it (a session adopts its own report)
                or m.report_of[0].kind == ref.kind == "meeting" and m.report_of[0].ordinal < ref.ordinal
            ):
                # "General Assembly / Eighty-sixth session" over "Report of the Peacebuilding
                # Commission on its twenty-sixth session": one body's report, sent to another's session
                self.add(self.doc, "submittedTo", ref, ev)
        if m.report_of:
            ref, para = m.report_of
            ev = Evidence(*self.cleaned.original_span(para.start, para.end), para.text, para.evidence_label)
            for earlier in m.also_reported:
                self.add(earlier, "meetingOf", BodyRef(earlier.body), ev)
                self.add(self.doc, "reportOf", earlier, ev)
            self.add(self.doc, "reportOf", ref, ev)

    @staticmethod
    def date_line_after(para: Paragraph, paragraphs: list[Paragraph]) -> tuple[DateRange, Paragraph] | None:
        """The line right below a masthead's session line when it is nothing but a span of
        dates ("23 February–3 April 2026"); a single day there is an issue date, not a session."""
        following = [q for q in paragraphs if q.start >= para.end][:1]
        if not following or following[0].label:
            return None
        text = following[0].text.strip()
        dates = find_dates(text)
        if len(dates) != 1 or dates[0].start > 0 or dates[0].end < len(text) - 1:
            return None
        value = dates[0].value
        return (value, following[0]) if value.end != value.start else None

    def masthead_reporting_body(self, paragraphs: list[Paragraph]) -> tuple[str, Evidence, Paragraph] | None:
        """"Report of the Council of FAO" as a masthead line of its own, the session on another
        line next to it: the body whose report the document is (its session is the
        masthead's), the evidence, and the line."""
        for para in paragraphs[:_MASTHEAD_PARAGRAPHS]:
            if para.label or para.instrument is not None:
                # (an instrument's title, "80/2" / "Report of the Audit Committee", is below the
                # masthead: the text of the decision that takes note of that report, E176)
                break
            title = _REPORT_OF_THE.match(para.text)
            if title is None:
                continue
            # "REPORT OF THE CONFERENCE OF FAO": a title in capitals read as the name is written
            # ("the Conference of FAO": a short name and its parent's, `BodyMatcher._of_its_parent`)
            named = [(b, b.key) for b in self.matcher.find(as_written_in_a_name(para.text, self.matcher)) if b.key]
            if len(named) == 1 and named[0][0].start == title.end() and named[0][0].end >= len(para.text.rstrip()) - 1:
                return named[0][1], Evidence(*self.cleaned.original_span(para.start, para.end), para.text, para.evidence_label), para
        return None

    def masthead_report_title(self, paragraphs: list[Paragraph]) -> GatheringRef | None:
        """"Commission on Narcotic Drugs" / "Report on the sixty-ninth session (16–20 March
        2026)": a session report whose title names no body; the body is the one the masthead
        names on its own line above the title."""
        body: str | None = None
        for para in paragraphs[:25]:
            if para.label:
                break
            named = [b for b in self.bodies_in(para.text) if b.key]
            if len(named) == 1 and named[0].start == 0 and named[0].end >= len(para.text.rstrip()) - 1:
                body = named[0].key
                continue
            title = _REPORT_TITLE.match(para.text)
            term = self.registry.bodies[body].gathering_term if body is not None else None
            if title is None or body is None or not term:
                continue
            n = ordinal_value(title["ord"])
            if not n:
                return None
            ref = GatheringRef(body, term, n)
            ev = Evidence(*self.cleaned.original_span(para.start, para.end), para.text, para.evidence_label)
            self.add(ref, "meetingOf", BodyRef(body), ev)
            self.add(self.doc, "reportOf", ref, ev)
            dates = find_dates(para.text[title.end() :])
            if dates:
                self.add(ref, "heldOn", dates[0].value, ev)
                self.held[ref] = dates[0].value
            return ref
        return None

    def masthead_date_line(
        self, paragraphs: list[Paragraph], any_body: bool = False, gathering: GatheringRef | None = None
    ) -> list[tuple[str, DateRange | None, str, Paragraph]]:
        """"<body name> Vienna, 2–4 July 2025" in a masthead the layout ran together with other
        lines: the body whose meeting the document is for, where and when it is held. The
        meeting's number is read from the text later (`finish`). ``any_body``: the date line
        alone will do (the masthead named the meeting, ``gathering``), with "" for the body."""
        for para in paragraphs[:25]:
            if para.label:
                break  # the body of the text has begun
            line = places.DATE_LINE.search(para.text)
            if line is None or para.kind == "table":
                continue
            if any_body and gathering is not None and any(
                ordinal_value(named["ord"]) != gathering.ordinal
                for named in _ORDINAL_GATHERING_BEFORE.finditer(para.text, 0, line.start("place"))
            ):
                # "Joint working group, second meeting: Cologne, 14-16 April 2032" in a list of
                # meetings: the place and days of the gathering the line names, not the masthead's
                # (which "Meeting: Seventh meeting (NP-7), Nairobi, ..." names again)
                continue
            named = [b for b in self.matcher.find(para.text[: line.end("place")]) if b.key]
            place = line["place"]
            if named and named[-1].end > line.start("place"):
                # "... Smuggling of Migrants Vienna, 2–4 July 2025": the name ends where the place begins
                place = para.text[named[-1].end : line.end("place")].strip()
            after_name = named[-1].end if named and named[-1].end <= line.start("place") else 0
            after_name += len(para.text[after_name:]) - len(para.text[after_name:].lstrip(" ,"))
            if (town := places.TOWN_COUNTRY_DATE_LINE.fullmatch(para.text.rstrip(), after_name)) is not None:
                place = town["place"]  # "Geneva, Switzerland, 17–22 November 2031": the town, not its country
            meeting_bodies = [b.key for b in named if b.key and self.registry.bodies[b.key].gathering_term]
            if any_body and not meeting_bodies:
                meeting_bodies = [""]
            dates = find_dates(line["dates"])
            if meeting_bodies and dates and place and places.is_place(place):
                return [(meeting_bodies[-1], dates[0].value, place, para)]
        return []

    def finish(self) -> None:
        """Facts that need the whole text: meetings the masthead names without a number."""
        for printed, printed_ev in self.printed_in_report:
            if printed not in self.adopted_at and self.report_session is not None:
                self.add(printed, "adoptedAt", self.report_session, printed_ev)
        for key, dates, place, para in [*self.masthead.unnumbered, *self.date_line_meetings]:
            ref = self.opened.get((key, dates.start)) if dates else None
            if ref is None and dates is not None:
                ref = next((g for g, d in self.held.items() if g.body == key and d == dates), None)
            if ref is None:
                self.warnings.append(f"masthead names {key} without the meeting's number")
                continue
            ev = Evidence(*self.cleaned.original_span(para.start, para.end), para.text, para.evidence_label)
            self.add(self.doc, "preparedFor", ref, ev)
            if dates:
                self.add(ref, "heldOn", dates, ev)
                self.held.setdefault(ref, dates)
            if place:
                self.add(ref, "heldIn", place, ev)
        self.report_of_born_body()
        self.dated_by_event_fields()
        self.adopted_at_concluded_session()
        self.adopted_as_counted()
        self.papers_before_adopting_sessions()
        self.documents_to_own_meetings()
        self.dated_meeting_facts()
        self.documents_described()
        self.drop_texts_not_adopted()
        self.pursuant_to_the_asking_bodys_request()
        self.rekeyed_by_the_whole_numbering()

    def asked_for_by_a_body(self, r: _Resolved, ev: Evidence | None) -> tuple[str, Evidence, DocumentRef] | None:
        """"In the present report, prepared at the request of the Human Rights Council, the High
        Commissioner examines ...": the body that asked for the document, named right after the
        phrase, when the sentence names no instrument (E191)."""
        text = r.sentence.text
        for b in r.refs.bodies:
            asked = _AT_THE_REQUEST_OF.search(text, max(0, b.start - 60), b.start) if b.start in r.bodies else None
            if asked is not None and doc_rules.speaks_of_itself(text, asked.start()):
                # (the document the sentence speaks of: a record's or listed entry's, where it is one)
                return r.bodies[b.start], ev or self.evidence(r.sentence, r.paragraph), self.itself
        return None

    def pursuant_to_the_asking_bodys_request(self) -> None:
        """The document "prepared at the request of" a body, which names the instrument only later
        ("In its resolution 78/9, ..., the Human Rights Council requested the High Commissioner to
        prepare a report on ..."): the one instrument of that body the text says asked for a report
        is what the document answers (a forward reference; two such instruments say nothing)."""
        if self.requested_by_body is None:
            return
        body, ev, document = self.requested_by_body
        asking = {
            f.subject for f in self.facts
            if f.relation == "requests" and isinstance(f.subject, InstrumentRef) and f.subject.issuer == body
            and f.subject.kind != "statement" and f.task is not None and _ASKS_FOR_A_REPORT.search(f.task) is not None
        }
        if len(asking) == 1:
            self.add(document, "pursuantTo", asking.pop(), ev)

    def rekeyed_by_the_whole_numbering(self) -> None:
        """A bare number read as the default issuer's before the document showed how that body
        numbers, whose shape the whole document shows to be another body's: its facts are that
        body's instrument's (`resolve.issuer_by_the_whole_numbering`, E191)."""
        moved = issuer_by_the_whole_numbering(self.scope)
        if not moved:
            return

        def moved_ref(value: InstrumentRef) -> InstrumentRef:
            other = moved.get((value.issuer, value.kind, value.session, value.number))
            return replace(value, issuer=other) if other is not None else value

        self.facts = [
            replace(
                f, subject=moved_ref(f.subject) if isinstance(f.subject, InstrumentRef) else f.subject,
                object=moved_ref(f.object) if isinstance(f.object, InstrumentRef) else f.object,
            )
            for f in self.facts
        ]

    def not_adopted_note(self, p: Paragraph, own: InstrumentRef | None, above: Paragraph | None) -> None:
        """"Decision 13/5" over "[Draft decision not adopted. ...]", a contents line "13/5 Draft
        protocol on X [not adopted; consideration deferred ...]", "Decision 4/2 (withdrawn)": the
        number was kept for a text the meeting did not adopt (not adopted, withdrawn, deferred,
        rejected); the page tells of no instrument under it (`drop_texts_not_adopted`)."""
        if own is not None and p.kind in ("paragraph", "heading") and _NOT_ADOPTED_NOTE.match(p.text) and (
            # an editor's note in brackets right under the number's heading
            p.text[:1] in "[(" and above is not None and above.kind == "heading" and above.instrument == p.instrument
        ):
            self.not_adopted.add(own)
        elif own is None and p.kind in ("listing", "heading") and p.sentences and _NOT_ADOPTED_MARK.search(p.text):
            r = self.resolve(p.sentences[0], p)
            if len(r.instruments) == 1 and r.instruments[0][0].start <= 12:
                self.not_adopted.add(r.instruments[0][1])

    def drop_texts_not_adopted(self) -> None:
        """No adoption, text, title or mention for a number the page says no text was adopted
        under (`not_adopted_note`)."""
        if not self.not_adopted:
            return
        gone = ("adoptedAt", "adoptedOn", "containedIn", "title")
        self.facts = [
            f for f in self.facts
            if not (f.subject in self.not_adopted and f.relation in gone or f.relation == "mentions" and f.object in self.not_adopted)
        ]

    def dated_by_event_fields(self) -> None:
        """"CEPA-30: Committee of Experts ..., 30th session" over "Dates<tab>7 to 11 April 2031" and
        "Venue<tab>..., New York" (a calendar's event, `rules.calendar_events`): where and when the
        one gathering the heading names was held; read after the whole text, so that a heading
        may name a body the event's description creates (E107)."""
        for heading, rows in self.event_fields:
            gathering = self.gathering_of_heading(heading.text)
            if gathering is None:
                continue
            self.add(gathering, "meetingOf", BodyRef(gathering.body), self.evidence(heading.sentences[0], heading))
            for row, field in rows:
                ev = self.evidence(row.sentences[0], row)
                if field.name == "venue" and (town := calendar_events.venue_town(field.value)) is not None:
                    self.add(gathering, "heldIn", town, ev)
                dates = find_dates(field.value) if field.name == "dates" else []
                if dates and dates[0].start == 0:
                    self.add(gathering, "heldOn", dates[0].value, ev)

    def gatherings_outside_sentences(self, text: str) -> tuple[SentenceRefs, dict[int, str], list[GatheringMention]]:
        """The references, bodies and gatherings of a text read outside the run of sentences (a
        heading, a field), with the bodies born in the text so far."""
        refs = find_references(text, self.matcher)
        # (any body born so far: a calendar's heading stands outside the part that created it)
        born_here, self.born_here = self.born_here, list(dict.fromkeys([*self.born, *self.born_here]))
        try:
            refs.bodies = self.with_born_mentions(text, refs.bodies)
        finally:
            self.born_here = born_here
        bodies = resolve_bodies(refs, self.scope)
        for b in refs.bodies:
            if b.key in self.born:
                bodies[b.start] = b.key
        gatherings = resolve_gatherings(text, refs, bodies, self.scope)
        self.scope.last_gathering_body = None
        return refs, bodies, gatherings

    def gathering_of_heading(self, text: str) -> GatheringRef | None:
        """The one gathering a heading names ("CEPA-31: Committee of Experts ..., thirty-first
        session" names one session twice), with the bodies born in the text so far."""
        refs, bodies, gatherings = self.gatherings_outside_sentences(text)
        # "Working group on X - second meeting", "Permanent Forum on Y – seventh session": the
        # body's name, then its gathering (whatever body the scope gives a bare "seventh session")
        opening = [b for b in refs.bodies if b.start == 0 and bodies.get(b.start) is not None]
        told = calendar_events.gathering_after_name(text, opening[0].end) if len(opening) == 1 else None
        key = bodies[opening[0].start] if told is not None else None
        term = self.registry.bodies[key].gathering_term if key is not None and key in self.registry.bodies else None
        if key is not None and told is not None and term == told[1]:
            return GatheringRef(key, term, told[0])
        if not gatherings:
            return None
        named = {
            GatheringRef(g.body, self.registry.bodies[g.body].gathering_term or g.word if g.body in self.registry.bodies else g.word, g.ordinals[0])
            for g in gatherings if g.body is not None and len(g.ordinals) == 1
        }
        if len(named) != 1 or any(g.body is None or len(g.ordinals) != 1 for g in gatherings):
            return None
        return named.pop()

    def news_story_lead(self, r: _Resolved, p: Paragraph, ev: Evidence) -> None:
        """"VIENNA, 5 December 2031 — Member States ... today agreed to ..., closing the
        twenty-fourth session of the organization's General Conference, which met in Vienna from 1
        to 5 December": the session the news story covers, where and when it met (`news_stories`)."""
        told = press_releases.dateline_today(p.text, self.own_date)
        day = told[1] if told is not None else press_releases.dateline_day(p.text, self.own_date.year if self.own_date else None)
        if day is None:
            return
        text = r.sentence.text
        # "today", or "on Thursday" (UN News: "The General Assembly on Thursday adopted ...")
        lead_day = news_stories.day_told(text, day)
        if lead_day is None:
            return
        closed = [refs[0] for g, refs in r.gatherings if len(refs) == 1 and refs[0].kind == "session" and news_stories.closing_session_at(text, g.start)]
        if len(closed) != 1:
            return
        session = closed[0]
        self.story = (session, day, lead_day)
        if self.report_session is None:
            self.report_session = session  # what "the Conference had before it", "its next session" speak of
        self.add(session, "meetingOf", BodyRef(session.body), ev)
        end = next(g.end for g, refs in r.gatherings if refs[:1] == [session])
        held = news_stories.met_in(text, end, day)
        if held is None:
            return
        town, first, last = held
        if places.is_place(town):
            self.add(session, "heldIn", town, ev)
        if first is not None and last is not None:
            self.add(session, "heldOn", DateRange(first, last), ev)
            self.held.setdefault(session, DateRange(first, last))

    def news_story_adoptions(self, r: _Resolved, p: Paragraph) -> InstrumentRef | None:
        """A news story's sentence on texts of the session it covers: "Earlier on Friday the
        Conference adopted by consensus resolution GC.24/Res.3", "The resolution, entitled ...
        (GC.24/Res.5), was adopted by a recorded vote ...", "It also approved ... (GC.24/Res.4) on the
        basis of ... document GC.24/8", "In resolution GC.24/Res.2, adopted on Thursday, 4 December,
        ...": adopted at that session, on the day the story says (`news_stories`); the document they
        were adopted on the basis of, or which "was before the Conference at its final plenary
        meeting", was before it."""
        assert self.story is not None
        session, dateline, lead_day = self.story
        text = r.sentence.text
        adopted = [
            ref for m, ref in r.instruments
            if ref.issuer == session.body and ref.session.isdigit() and _may_adopt(session, ref) and news_stories.told_adopted(text, m.start, m.end)
        ]
        ev = self.evidence(r.sentence, p)
        told_of = None
        if adopted:
            day = news_stories.day_told(text, dateline)
            if day is None and not self.story_adopted_told and news_stories.opens_on_the_text_told(text):
                day = lead_day  # the text the lead told of ("today agreed to create ...")
            if day is None and news_stories.also_adopted(text):
                day = self.story_last_day
            for ref in dict.fromkeys(adopted):
                self.add(ref, "adoptedAt", session, ev)
                if day is not None:
                    self.add(ref, "adoptedOn", day, ev)
            self.story_adopted_told, self.story_last_day = True, day
            if news_stories.opens_on_the_text_told(text) and len(set(adopted)) == 1:
                # "The resolution (X) was adopted by a recorded vote. It requests ...": the text goes on
                told_of = adopted[0]
        for symbol in r.symbols:
            named = news_stories.before_the_body_at_plenary(text, symbol.end)
            if (adopted and news_stories.acted_on_the_basis_of(text, symbol.start)) or (
                named is not None and any(r.bodies.get(b.start) == session.body for b in r.refs.bodies if b.start == named[0])
            ):
                self.add(DocumentRef(symbols=symbol.symbols), "submittedTo", session, ev)
        return told_of

    def concluded_session(self, r: _Resolved, p: Paragraph, ev: Evidence) -> None:
        """"TASHKENT, 2 October 2031 — The Meeting of the Parties ... concluded its twelfth session
        today, adopting five decisions": the session the press release reports on, and the day its
        texts were adopted (`adopted_at_concluded_session`)."""
        told = press_releases.concluded_adopting(r.sentence.text)
        if told is None:
            return
        its, today, count, kind = told
        sessions = [refs[0] for g, refs in r.gatherings if its <= g.start < its + 8 and len(refs) == 1 and refs[0].kind == "session"]
        if not sessions:
            return
        day = None
        if today:
            # a dateline without its year ("KINGSTON, 26 March —") is the release's own date:
            # its masthead's, else the year its header above the lead prints ("Published 2027-03-26")
            header_year = _YEAR.search(self.cleaned.text, 0, p.start)
            year = self.masthead.info.date.year if self.masthead.info.date else int(header_year[0]) if header_year else None
            first = p.sentences[0]
            when = press_releases.dateline_day(first.text, year)
            day = (when, self.evidence(first, p)) if when else None
        self.concluded = (sessions[0], day, count, kind, ev)
        if self.report_session is None:
            self.report_session = sessions[0]  # what "the Meeting had before it" speaks of

    def yearless_adoption_day(self, r: _Resolved, day_text: str, adopted_at: int, ev: Evidence) -> None:
        """"On 14 December [meeting 52], the General Assembly ... adopted resolution 77/12": the
        day's year is the one the instrument's number carries — a year-numbered instrument's year
        ("2022/15", "2641 (2022)"), or, for the Assembly's session-numbered resolutions, the year
        its session sat in that month (the Nth regular session opens in September of 1945 + N)."""
        found = _YEARLESS_DAY.match(day_text)
        if found is None:
            return
        for mention, ref in r.instruments:
            if mention.start >= adopted_at and (day := _day_the_number_dates(ref, MONTHS[found["month"].lower()], int(found["day"]))) is not None:
                self.add(ref, "adoptedOn", day, ev)
                self.last_instrument_day = day  # "By decision 88/527 of the same date" below

    def session_concluded_today(self, r: _Resolved) -> None:
        """"NEW YORK, 25 April — The ... Forum ... concluded its seventeenth session today, adopting
        by consensus its conclusions and recommendations": the session the press release reports on
        (what "The four-day session, held in ..." and "was before the Forum" speak of), when its lead
        names no numbered texts adopted (`concluded_session` reads those) (E155)."""
        its = press_releases.concluded_today(r.sentence.text)
        if its is None:
            return
        sessions = [refs[0] for g, refs in r.gatherings if its <= g.start < its + 8 and len(refs) == 1 and refs[0].kind == "session"]
        if sessions:
            self.report_session = sessions[0]

    def adopted_on_the_documents_day(self, r: _Resolved, ev: Evidence) -> None:
        """"the Council President announced that, by decision 2032/211, adopted earlier in the day,
        ...": the instrument was adopted on the day the press release is dated (E155)."""
        day = self.own_date
        if day is None:
            return
        for mention, ref in r.instruments:
            if press_releases.adopted_today_after(r.sentence.text, mention.end):
                self.add(ref, "adoptedOn", day, ev)

    @cached_property
    def own_date(self) -> dt.date | None:
        """The document's own date: its masthead's, else the first full date its header prints
        (a press release's "GA/PK/251 / 21 February 2032" under the banner)."""
        if self.masthead.info.date:
            return self.masthead.info.date
        header = find_dates(self.cleaned.text[:yearless_days.HEADER_LENGTH])
        return header[0].value.start if header else None

    def first_gathering_of_born_as_field(self, r: _Resolved, p: Paragraph) -> None:
        """"The informal group first meeting: Montreal, 15 September 2032" under the slide that
        tells of its establishment: the body born in the text holds its first meeting there and
        then (E103)."""
        text = r.sentence.text
        for b in r.refs.bodies:
            born = r.bodies.get(b.start)
            if born not in self.born or (field := first_meeting_fields.first_gathering_field(text, b.end)) is None:
                continue
            word, town, dates_at = field
            term = self.registry.bodies[born].gathering_term if born in self.registry.bodies else None
            first = GatheringRef(born, term or gathering_kind(word), 1)
            ev = self.evidence(r.sentence, p)
            self.add(first, "meetingOf", BodyRef(born), ev)
            if town is not None and places.is_place(town):
                self.add(first, "heldIn", town, ev)
            dates = find_dates(text[dates_at : dates_at + 60])
            if dates and dates[0].start == 0:
                self.add(first, "heldOn", dates[0].value, ev)
                self.held.setdefault(first, dates[0].value)
            return

    def yearless_day_for_gathering(self, r: _Resolved, ev: Evidence) -> None:
        """"The Committee will reconvene on Monday, 24 February, for its 273rd meeting" in a
        document dated 21 February 2032: the meeting is held on 24 February 2032 (E103)."""
        for g, refs in r.gatherings:
            if len(refs) != 1 or refs[0] in self.held:
                continue
            # (the document's date read only where such a day is written: most "for its" are none)
            written = yearless_days.day_written_before(r.sentence.text, g.start)
            day = yearless_days.in_the_nearest_year(written, self.own_date) if written is not None and self.own_date is not None else None
            if day is not None:
                self.add(refs[0], "heldOn", DateRange(day, day), ev)
                self.held[refs[0]] = DateRange(day, day)

    def the_session_held(self, r: _Resolved, p: Paragraph) -> None:
        """"The session, held in Tashkent from 30 September to 2 October 2031, ...": where and when
        the session the document reports on was held."""
        held = places.the_session_held(r.sentence.text)
        if held is None or self.report_session is None:
            return
        town, dates_at = held
        ev = self.evidence(r.sentence, p)
        self.add(self.report_session, "heldIn", town, ev)
        dates = find_dates(r.sentence.text[dates_at : dates_at + 60]) if dates_at is not None else []
        if dates and dates[0].start == 0:
            self.add(self.report_session, "heldOn", dates[0].value, ev)
            self.held.setdefault(self.report_session, dates[0].value)

    def next_session_held(self, r: _Resolved, p: Paragraph) -> None:
        """"..., and decided to hold its next session in Dakar from 6 to 8 October 2034", told of the
        session the document reports on (the twelfth): the thirteenth, there and then. Only in the
        narrative: a text's own "Decides to hold its next session" does not say which one it is."""
        session = self.report_session
        held = _HOLD_NEXT_SESSION.search(r.sentence.text)
        if held is None or session is None or session.kind != "session":
            return
        named = [r.bodies[b.start] for b in r.refs.bodies if b.end <= held.start() and b.start in r.bodies]
        if named and named[-1] != session.body:
            return  # "the Bureau decided to hold its next session": another body's
        following = GatheringRef(session.body, session.kind, session.ordinal + 1)
        ev = self.evidence(r.sentence, p)
        self.add(following, "meetingOf", BodyRef(session.body), ev)
        if held["place"] and places.is_place(held["place"]):
            self.add(following, "heldIn", held["place"], ev)
        dates = find_dates(r.sentence.text[held.end() : held.end() + 60])
        if dates and dates[0].start == 0:
            self.add(following, "heldOn", dates[0].value, ev)

    def sessions_named_by_year(self, r: _Resolved, ev: Evidence) -> None:
        """"to submit to the Council at its 2037 session", "report to it at its 2035 session" in a
        document whose masthead names the author's session by its year ("Council 2036" over the
        symbol "C36/121"): the author's session of that year, numbered as the masthead taught
        (E216). "its" is the author's where the body that holds sessions named last before it is
        the author; another body's year ("the Assembly at its 2037 session"), a year alone ("in
        2037") say nothing."""
        assert self.masthead.year_numbered is not None
        author, less = self.masthead.year_numbered
        text = r.sentence.text
        for named in _ITS_YEAR_SESSION.finditer(text):
            holders = [
                r.bodies[b.start] for b in r.refs.bodies
                if b.end <= named.start() and b.start in r.bodies and (held := self.registry.bodies.get(r.bodies[b.start])) is not None and held.gathering_term
            ]
            number = int(named["year"]) - less
            if holders[-1:] == [author] and 0 < number < 100:
                session = GatheringRef(author, "session", number)
                self.add(session, "meetingOf", BodyRef(author), ev)

    def gathering_numbered_aside(self, r: _Resolved, p: Paragraph) -> None:
        """"The Committee will next meet on 24 March 2032 (433rd meeting), in New York", "the
        Committee's previous meeting, its 431st, had been held in New York on 26 November 2031":
        the body's numbered gathering, there and then (`rules.numbered_aside`) (E130)."""
        text = r.sentence.text
        for b in r.refs.bodies:
            key = r.bodies.get(b.start)
            told = numbered_aside.numbered_aside(text, b.end) if key is not None else None
            if key is None or told is None or key not in self.registry.bodies:
                continue
            term = self.registry.bodies[key].gathering_term
            number = ordinal_value(told.ordinal)
            if term != told.word or not number:
                continue  # "the Council will next meet (its 12th session)" of a body that meets in meetings: not its numbering
            dates = find_dates(text[told.days_start : told.days_end])
            if not dates:
                continue
            ref = GatheringRef(key, term, number)
            ev = self.evidence(r.sentence, p)
            self.add(ref, "meetingOf", BodyRef(key), ev)
            self.add(ref, "heldOn", dates[0].value, ev)
            self.held.setdefault(ref, dates[0].value)
            if told.town is not None and places.is_place(told.town):
                self.add(ref, "heldIn", told.town, ev)
            return

    def adopted_at_concluded_session(self) -> None:
        """The texts a press release names by their kind and number ("decision XII/1"), numbered
        by the session its lead says the body concluded adopting them, were adopted there and
        then; only when they are as many as the lead says."""
        if self.concluded is None:
            return
        session, day, count, kind, ev = self.concluded
        texts = [
            ref for ref in dict.fromkeys(self.named_texts)
            if ref.issuer == session.body and (not kind or ref.kind == kind) and ref.session.isdigit()
            and int(ref.session) == session.ordinal
        ]
        if not texts or count is not None and len(texts) != count:
            return
        for ref in texts:
            self.add(ref, "adoptedAt", session, ev)
            if day is not None:
                self.add(ref, "adoptedOn", day[0], day[1])

    def own_report_adopted(self, r: _Resolved) -> None:
        """"The Working Group ... held its eightieth session from 3 to 14 November 2035. ... At its
        13th meeting, held on 10 November 2035, the Working Group adopted the report on Namibia." in
        a report whose masthead says "Report of the Working Group on the Universal Periodic Review"
        and names no session: the report its body adopted, naming no other paper (no symbol after
        the verb, not "the report of the Secretary-General"), is the document being read, of the one
        session of that body the text told was held before. Its session is then the report's own
        (what "the following documents were issued for the review" went to)."""
        text = r.sentence.text
        told = _OWN_REPORT_ADOPTED.search(text)
        if told is None or any(g.start > told.start() for g, _ in r.gatherings) or any(s.start > told.start() for s in r.symbols):
            return
        subjects = [b for b in r.refs.bodies if b.end <= told.start() and b.start in r.bodies]
        if not subjects or r.bodies[subjects[-1].start] != self.session_less_reporter:
            return
        held = [g for g in self.held if g.body == self.session_less_reporter and g.kind == "session"]
        if len(held) != 1:
            return
        self.report_session = held[0]
        self.add(self.doc, "reportOf", held[0], self.evidence(r.sentence, r.paragraph))

    def report_of_born_body(self) -> None:
        """"Report of the open-ended intergovernmental working group on ... on its second
        session": the body the title names is one the text creates ("decided to establish the
        open-ended intergovernmental working group on ..."); the document reports its session."""
        if self.reported is None or self.masthead.report_of_unknown is None:
            return
        para = self.masthead.report_of_unknown[3]
        ev = Evidence(*self.cleaned.original_span(para.start, para.end), para.text, para.evidence_label)
        self.add(self.reported, "meetingOf", BodyRef(self.reported.body), ev)
        self.add(self.doc, "reportOf", self.reported, ev)

    # ------------------------------------------------------------------ footnotes

    def footnote(self, p: Paragraph) -> None:
        """Footnotes that say which document is a meeting's report: a sentence of their own
        ("See the report of the Conference on its third session, held in Doha ... (X)"), or
        only symbols under a sentence about what a meeting adopted ("... adopted by the
        Working Group at its eleventh meeting,³" / "³ X, paras. 14–21."; "... at its
        fourteenth and fifteenth meetings⁴" / "⁴ A and B, respectively.")."""
        self.note_on_a_symbol(p)
        for sentence in p.sentences:
            if "/" not in sentence.text:  # every symbol has one
                continue
            r = self.resolve(sentence, p, again=True)  # `paragraph` reads the note's sentences next
            if not r.symbols:
                continue
            ev = self.evidence(sentence, p)
            text = sentence.text
            if r.gatherings:
                self.gathering_facts(r, ev)
                if "eport" in text:
                    self.reports(r, [], ev)
                continue
            if len(r.symbols) == 1 and self.docs.unnamed_reports and _ONLY_SYMBOLS.match(
                text[: r.symbols[0].start] + " " + text[r.symbols[0].end :]
            ):
                self.footnoted_submission(DocumentRef(symbols=r.symbols[0].symbols), text)
            spans = [(s.start, s.end) for s in r.symbols]
            docs = [DocumentRef(symbols=s.symbols) for s in r.symbols if doc_rules.may_be_report(s.symbols[0])]
            if len(docs) != len(r.symbols):
                continue
            if doc_rules.bare_citation(text, spans):
                self.footnoted_reports(docs, "respectively" in text, ev, self.note_mark(text, p))
            elif doc_rules.only_the_document(text, spans):
                # "the report of the Working Group on its fourteenth meeting,¹" / "¹ X." (or "¹
                # Official Records ..., Supplement No. 11 (X)."): the report the sentence names
                self.footnoted_named_report(docs[0], ev, self.note_mark(text, p))

    def adopted_as_noted(self, p: Paragraph, day: DateRange) -> None:
        """"... resolution 59/14, entitled "...".¹" / "¹ Adopted without a vote on 08.07.2031": the
        instrument whose citation the note's mark follows was adopted that day (`rules.adoption_notes`)."""
        cited = self.cited_before_note(p)
        if cited is not None:
            self.add(cited, "adoptedOn", day.start, self.evidence(p.sentences[0], p))

    def cited_before_note(self, p: Paragraph) -> InstrumentRef | None:
        """The instrument whose citation the mark of the note ``p`` follows in the text above it."""
        mark = self.note_mark(p.text, p)
        if mark is None:
            return None
        marks = list(mark.finditer(self.cleaned.text, max(0, p.start - 4000), p.start))
        if not marks:
            return None
        return adoption_notes.marked_right_after(self.cleaned.text, self.cited_ends, marks[-1].start())

    def adopted_at_as_noted(self, p: Paragraph, at: int) -> None:
        """"... General Assembly resolution 86/54 of 7 December 2031[1]." / "[1] Adopted at the
        eighty-sixth session of the General Assembly": the instrument whose citation the note's
        mark follows was adopted at the session the note names, when its issuer held it and its
        number allows it (`rules.adoption_notes`)."""
        cited = self.cited_before_note(p)
        if cited is None:
            return
        sentence = p.sentences[0]
        r = self.resolve(sentence, p, again=True)  # `paragraph` reads the note's sentence next
        named = [refs[0] for g, refs in r.gatherings if len(refs) == 1 and sentence.start + g.start == p.start + at]
        if not named:
            return
        session = named[0]
        if session.body != cited.issuer or session.kind not in ("session", "meeting") or not _may_adopt(session, cited):
            return
        ev = self.evidence(sentence, p)
        self.add(session, "meetingOf", BodyRef(session.body), ev)
        self.add(cited, "adoptedAt", session, ev)

    def note_on_a_symbol(self, p: Paragraph) -> None:
        """"… contained in document UNEP/EA.7/6.2" / "2 The report will be before the Environment
        Assembly under this item; it is issued also as UNEP/GEO/IAG.1/2.": the note speaks of the
        document whose symbol bears its mark (`rules.notes_on_a_symbol`)."""
        if not p.sentences or (" as " not in p.text and "before" not in p.text):
            return
        number = _note_number(p.text)
        if number is None:
            return
        also = notes_on_a_symbol.also_issued_as(p.text, self.symbol_series)
        body_name = notes_on_a_symbol.before_the_body(p.text)
        if not also and body_name is None:
            return
        bearing = notes_on_a_symbol.symbol_bearing_the_mark(self.cleaned.text, p.start, number, self.symbol_series)
        if bearing is None:
            return
        doc = DocumentRef(symbols=bearing.symbols)
        if also:
            self.joint_documents.setdefault(DocumentRef(symbols=bearing.symbols + also))
        if body_name is not None:
            # the body's name as the note's sentence resolves it ("the Commission": the document's own)
            r = self.resolve(p.sentences[0], p)
            at = p.sentences[0].text.find(body_name)
            named = {key for b in r.refs.bodies if at <= b.start < at + len(body_name) and (key := r.bodies.get(b.start))}
            receivers = [g for g in dict.fromkeys(self.own_meetings()) if g.body in named]
            if len(receivers) == 1:
                self.add(doc, "submittedTo", receivers[0], self.evidence(p.sentences[0], p))

    def its_report(self, r: _Resolved, held_before: list[list[GatheringRef]], ev: Evidence | None) -> None:
        """"The Working Group held its third meeting in Nairobi ...; its report is contained in
        document X": "its report", with no meeting of its own, is the report on the one meeting
        said to be held just before it, in the same sentence or the one before."""
        text = r.sentence.text
        phrase = _ITS_REPORT_IS_IN.search(text)
        if phrase is None and "report (" in text:
            # "The twelfth session of the Forum, held in Geneva ..., had discussed ...; its report
            # (X) was presented to the Council": the symbol in brackets right after (E106)
            phrase = _ITS_REPORT_BRACKETED.search(text)
        if phrase is None:
            return
        symbols = [s for s in r.symbols if s.start > phrase.end()]
        if self.reports_by_bracketed_session(r, phrase, symbols, ev):
            return
        if phrase.re is _ITS_REPORT_BRACKETED:
            # "Its report (X) is before the Assembly ..., together with the report of the
            # Secretary-General (Y)": the symbol in the bracket is the report's; the others are
            # other papers (E189)
            symbols = symbols[:1]
        if len(symbols) != 1 or not _ONLY_DOCUMENT_WORDS.match(text[phrase.end() : symbols[0].start]):
            return
        before = text[: phrase.start()]
        named = list(dict.fromkeys(ref for g, refs in r.gatherings if g.end <= phrase.start() for ref in refs))
        if named:
            last_end = max(g.end for g, refs in r.gatherings if g.end <= phrase.start() and refs)
            last = list(dict.fromkeys(ref for g, refs in r.gatherings if g.end == last_end for ref in refs))
            # "the recommendations made by the Committee at its sixteenth session, contained in its
            # report (X)": the session right before the participle, whose body "its" stands for (E158)
            # ("the progress made by Working Group III at its fifty-ninth session, held in Vienna from
            # …, as set out in its report (X)": its holding between, other sessions before it, E173)
            targets = last if len(last) == 1 and _HELD_THEN_CONTAINED_IN.fullmatch(text, last_end, phrase.start()) else named if _SAYS_MET.search(before) or (
                len(named) == 1 and (
                    _CONTAINED_IN_ITS_REPORT.fullmatch(text, last_end, phrase.start()) or _ADOPTED_OR_SET_OUT_IN.search(before)
                )
            ) else []
        else:
            earlier = [h for h in held_before if h]
            targets = list(dict.fromkeys(earlier[-1])) if earlier else []
        if not targets and phrase.re is _ITS_REPORT_BRACKETED:
            targets = self.gathering_its_symbol_numbers(r, phrase.start(), symbols[0].symbols[0])
        if len(targets) != 1:
            return
        self.add(DocumentRef(symbols=symbols[0].symbols), "reportOf", targets[0], ev)

    def gathering_its_symbol_numbers(self, r: _Resolved, its_at: int, symbol: str) -> list[GatheringRef]:
        """"recommended by the Committee of Experts in its report (E/ECA/COE/40/12)": the body "its"
        follows, whose series the symbol is of and whose next number is a gathering of it the
        text told was held (E106); none otherwise (a year after the series numbers none)."""
        before = [b for b in r.refs.bodies if b.end <= its_at and b.start in r.bodies]
        if not before:
            return []
        body = self.registry.bodies.get(r.bodies[before[-1].start])
        if body is None or not body.symbol_prefix or not body.gathering_term or not symbol.startswith(body.symbol_prefix + "/"):
            return []
        number = symbol[len(body.symbol_prefix) + 1 :].split("/", 1)[0]
        if not number.isdigit() or len(number) > 3:
            return []
        held = GatheringRef(body.key, body.gathering_term, int(number))
        return [held] if held in self.held else []

    def report_on_that_session(self, r: _Resolved, ev: Evidence | None) -> None:
        """"the decisions adopted by the Committee at its eighty-eighth session, as contained in
        its report on that session (X)": the report, its symbol in brackets right after the
        phrase, is of the one session the sentence named before it."""
        text = r.sentence.text
        phrase = _ON_THAT_SESSION.search(text) if ev is not None and "report" in text else None
        if phrase is None:
            return
        after = [s for s in r.symbols if s.start >= phrase.end()]
        if not after or not _ONLY_DOCUMENT_WORDS.match(text[phrase.end() : after[0].start]):
            return
        named = list(dict.fromkeys(ref for g, refs in r.gatherings if g.end <= phrase.start() for ref in refs))
        if phrase["author"]:
            # "the report of the Working Group on that meeting": a meeting of the Working Group (E220)
            authors = {key for b in r.refs.bodies if phrase.start("author") <= b.start < phrase.end("author") and (key := r.bodies.get(b.start))}
            named = [ref for ref in named if ref.body in authors and ref.kind == phrase["word"]]
        if not named:
            named = self.that_gathering_otherwise(r, phrase, after[0].end)
        if len(named) == 1 and ev is not None:
            self.add(DocumentRef(symbols=after[0].symbols), "reportOf", named[0], ev)

    def that_gathering_otherwise(self, r: _Resolved, phrase: re.Match[str], symbol_end: int) -> list[GatheringRef]:
        """The gathering "that session" ("that meeting") means when the sentence names none of a
        known body before it (E220): "The outcome of the third meeting is set out in the report of
        the Working Group on that meeting (X)", the Nth meeting said with no body, of the author
        named, where it holds meetings; "its report on that session (X), adopted at the eleventh
        session", the one gathering that adopted the report, of the phrase's kind (and of its
        author, where it is named)."""
        text = r.sentence.text
        author = None
        if phrase["author"]:
            authors = {key for b in r.refs.bodies if phrase.start("author") <= b.start < phrase.end("author") and (key := r.bodies.get(b.start))}
            if len(authors) != 1:
                return []
            author = authors.pop()
        word = phrase["word"]
        adopted = _ADOPTED_AT_RIGHT_AFTER.match(text, symbol_end)
        if adopted is not None:
            at = [refs for g, refs in r.gatherings if g.start >= adopted.end() and g.start <= adopted.end() + 4 and g.word == word]
            if at and len(at[0]) == 1 and (author is None or at[0][0].body == author):
                return at[0]
        term = self.registry.bodies[author].gathering_term if author in self.registry.bodies else None
        if author is None or term is None or term != word:
            return []
        # (a gathering said with no body is no mention the references keep: read here)
        bare = [m for m in _BARE_GATHERING.finditer(text, 0, phrase.start()) if m["word"] == word]
        value = ordinal_value(bare[0]["ord"]) if len(bare) == 1 else None
        return [GatheringRef(author, term, value)] if value else []

    def reports_by_bracketed_session(
        self, r: _Resolved, phrase: re.Match[str], symbols: list[SymbolMention], ev: Evidence | None
    ) -> bool:
        """"The Executive Committee ... ; its reports are issued as REP31/EXEC1 (101st session)
        and REP31/EXEC2 (102nd session)": each symbol is the report of the session its bracket
        numbers, a session of the body "its" stands for (the one body named before the phrase
        that holds such sessions)."""
        text = r.sentence.text
        numbered = [(s, m) for s in symbols if (m := _BRACKETED_GATHERING.match(text, s.end)) is not None]
        if not numbered or ev is None:
            return False
        named = [
            key for b in r.refs.bodies if b.end <= phrase.start() and (key := r.bodies.get(b.start)) is not None
            and key in self.registry.bodies and self.registry.bodies[key].gathering_term
        ]
        if len(set(named)) != 1:
            return False
        body = named[0]
        term = self.registry.bodies[body].gathering_term
        for s, m in numbered:
            if term is None or m["word"].lower() != term:
                continue
            ordinal = int(m["n"]) if m["n"] else ordinal_value(m["words"])
            if ordinal:
                self.add(DocumentRef(symbols=s.symbols), "reportOf", GatheringRef(body, term, ordinal), ev)
        return True

    def footnoted_submission(self, doc: DocumentRef, note: str) -> None:
        """"Taking note of the report of the High Commissioner,¹ submitted to the Council at its
        sixtieth session pursuant to resolution 58/9" / "¹ A/HRC/60/27.": the footnote names
        the report the sentence sends. The note's number picks the sentence where both show;
        else the earliest such sentence not yet given its symbol."""
        number = _NOTE_NUMBER.match(note)
        pending = self.docs.unnamed_reports
        chosen = next(
            (i for i, (marker, *_) in enumerate(pending) if number and marker == number.group(1)),
            next((i for i, (marker, *_) in enumerate(pending) if marker is None or not number), None),
        )
        if chosen is None:
            return
        _, receiver, mandates, ev, reported = pending.pop(chosen)
        self.submit(doc, receiver, mandates, ev)
        if reported is not None:
            self.add(doc, "reportOf", reported, ev)

    def session_taken_up(self, text: str) -> GatheringRef | None:
        """"Its report on that session": the one session the sentence before named."""
        if _ON_THAT_SESSION.search(text) is None:
            return None
        earlier = [meetings for meetings, said in self.docs.recent_meetings if said != text]
        return earlier[-1][0] if earlier and len(earlier[-1]) == 1 else None

    def note_mark(self, note: str, p: Paragraph) -> re.Pattern[str] | None:
        """The mark of a footnote ("2" of "2 FCCC/SBI/2025/7, annex.") as the text before it
        shows it, glued after a word or a stop ("for 2025;2", "ninth meeting,1 held"), raised
        ("meeting,¹"), in brackets ("meeting[1]", "meeting ^1") or in the UN's older style
        ("report 1/"), when it does: the note belongs to the sentence that bears the mark."""
        number = _note_number(note)
        if number is None:
            return None
        raised = "".join(_SUPERSCRIPTS[int(d)] for d in number)
        mark = re.compile(
            rf"(?<=[a-z),;.]){number}(?=[\s,;.]|$)|{raised}(?![\u00b9\u00b2\u00b3\u2070\u2074-\u2079])"
            rf"|\[{number}\]|\^{number}(?!\d)|(?<=[a-z,] ){number}/(?=[\s,;.]|$)"
        )
        return mark if mark.search(self.cleaned.text, max(0, p.start - 4000), p.start) else None

    def marked_before_its_instrument(self, p: Paragraph, own: InstrumentRef) -> bool:
        """A footnote printed at a page's foot inside an instrument's text whose mark the text
        shows only before that instrument opens ("the outcome documents of the special session2"
        in the draft resolution a report recommends, the note under the next resolution's first
        page): the note is the earlier text's, no citation of the instrument (E217)."""
        opened = self.instrument_opened_at.get((own.kind, own.session, own.number))
        mark = self.note_mark(p.text, p) if opened is not None else None
        if mark is None or opened is None:
            return False
        return mark.search(self.cleaned.text, opened, p.start) is None

    def note_giving_a_document(self, p: Paragraph) -> None:
        found = find_symbols(p.text, self.symbol_series)
        spans = [(s.start, s.end) for s in found]
        if len(found) == 1 and doc_rules.may_be_report(found[0].symbols[0]) and doc_rules.only_the_document(p.text, spans):
            ev = self.evidence(p.sentences[0], p)
            self.footnoted_named_report(DocumentRef(symbols=found[0].symbols), ev, self.note_mark(p.text, p))

    def footnoted_named_report(self, doc: DocumentRef, ev: Evidence, mark: re.Pattern[str] | None) -> None:
        """A note that only gives a document, hung on a sentence that names a report of one
        gathering right before the note's mark ("Taking note of the report of the Working Group
        on the work of its fourteenth meeting,¹"): that gathering's report. Where the mark is not
        in the text (cleaning placed the note after the paragraph that called it and took the
        mark out), the sentence just before the note, naming one such report."""
        recent = self.docs.recent_meetings if mark is not None else self.docs.recent_meetings[-1:]
        for meetings, said in reversed(recent):
            if mark is None and said not in self.docs.last_paragraph:
                return
            if mark is None and len(_REPORT_NAMED.findall(said)) > 1:
                # "having noted the report of X on its fourth meeting, and having considered the
                # report by the Director-General," with both marks taken out: which note is whose
                # the text no longer shows
                return
            named = list(_REPORT_OF_A_GATHERING.finditer(said))
            if mark is not None:
                at = mark.search(said)
                if at is None:
                    continue
                named = [m for m in named if m.end() <= at.start() and _UP_TO_THE_MARK.match(said, m.end(), at.start())]
            distinct = list(dict.fromkeys(meetings))
            if len(named) == 1 and len(distinct) > 1:
                # "... on its forty-third meeting,1 endorsed ... and requested ... to report to the
                # Board at its 180th session": the gathering of the report the mark closes, not
                # those the sentence names after it
                ordinal = ordinal_value(named[0]["ordinal"] or named[0]["ordinal_first"] or "")
                distinct = [g for g in distinct if g.ordinal == ordinal]
            if len(named) != 1 or len(distinct) != 1:
                return
            self.add(doc, "reportOf", distinct[0], ev)
            return

    def footnoted_reports(
        self, docs: list[DocumentRef], respectively: bool, ev: Evidence, mark: re.Pattern[str] | None = None
    ) -> None:
        authors = [
            {b.key for s in doc.symbols if (b := self.registry.by_symbol(s)) is not None} for doc in docs
        ]
        for meetings, said in reversed(self.docs.recent_meetings):
            if not doc_rules.speaks_of_outcome(said) or (mark is not None and not mark.search(said)):
                continue
            theirs = [g for g in meetings if any(g.body in a for a in authors)]
            if not theirs:
                continue
            pairs: list[tuple[DocumentRef, GatheringRef]] = []
            if respectively and len(docs) == len(theirs) > 1:
                pairs = list(zip(docs, theirs))
            elif len(docs) == 1:
                # one meeting of each body that wrote it; two of one body leave it undecided
                distinct = list(dict.fromkeys(theirs))
                pairs = [(docs[0], g) for g in distinct if [h.body for h in distinct].count(g.body) == 1]
            if not pairs:
                continue  # not the sentence the note hangs on: an earlier one may be
            for doc, g in pairs:
                self.add(doc, "reportOf", g, ev)
            return

    # ------------------------------------------------------------------ documents sent to meetings

    def reports_named_by_author(self, r: _Resolved, named: list[DocumentRef]) -> list[tuple[int, DocumentRef]]:
        """The reports a sentence names by their author alone ("the report of the Secretary-General",
        no symbol after it), as the document named them before with their symbol, each with where
        the clause naming it starts (0: the sentence opens on it, "The report of the Internal
        Justice Council is submitted ..."). A sentence that names a report by author and symbol
        ("the report of the Secretary-General on ... (A/87/263)") is remembered for the later ones;
        "the previous report of ..." is another one than the report the document is about (E155)."""
        text = r.sentence.text
        if "eport of " not in text or not r.bodies:
            return []
        found: list[tuple[int, DocumentRef]] = []
        for start, key in r.bodies.items():
            report = _REPORT_OF_BEFORE.search(text, max(0, start - 40), start)
            if report is None or _ANOTHER_REPORT_BEFORE.search(text, max(0, report.start() - 20), report.start()):
                continue
            symbol = next((sm for sm in r.symbols if sm.start > start), None)
            if symbol is not None and _NAMED_BEFORE_SYMBOL.fullmatch(text, start, symbol.start) is not None:
                if not doc_rules.cites_a_passage(text, symbol.end):
                    self.docs.by_author.setdefault(key, DocumentRef(symbols=symbol.symbols))
                continue
            doc = self.docs.by_author.get(key)
            if doc is not None and not named:
                found.append((0 if _SENTENCE_OPENS.fullmatch(text, 0, report.start()) else report.start(), doc))
        return found

    def submissions(self, r: _Resolved, ev: Evidence | None) -> None:
        """submittedTo and pursuantTo: "the Conference will have before it a report (X)", "(X)
        will be made available to the Conference at its eleventh session", "In accordance
        with resolution 3/2, both reports are transmitted to ...". See `rules.documents`."""
        text = r.sentence.text
        named = [
            DocumentRef(symbols=s.symbols) for s in r.symbols if not doc_rules.cites_a_passage(text, s.end)
        ]
        # "Prepared pursuant to resolution 12.CP 11.", "Working document submitted to the Committee
        # at its twenty-third session": a catalogue record's note on the record's document, its
        # subject left out (the participle opening it read as it reads inside a sentence)
        record_note = self.record_document is not None and not named and catalogue_records.is_note_on_the_record(text)
        phrases = doc_rules.find_submissions(text[:1].lower() + text[1:] if record_note else text)
        by_author = self.reports_named_by_author(r, named)
        # (a sentence that names reports by their authors only, "take note of the report of the
        # Secretary-General and of the report of the Council": what "Both reports" takes up next)
        self.docs.sentences.append(named or [doc for _, doc in by_author])
        named_before = self.docs.named_any  # (a document named in any sentence before this one)
        self.docs.named_any = named_before or bool(by_author) or any(not set(doc.symbols) & set(self.doc.symbols) for doc in named)
        self.docs.said.append(text)
        author_subject = by_author[0][1] if by_author and by_author[0][0] == 0 else None
        if named and self.masthead.gatherings and (span := summary_records.papers_adopted_from(text)) is not None:
            self.papers_adopted_at_the_meeting(r, span, ev)
        if named and r.gatherings and ("considered" in text or "examined" in text or "reviewed" in text):
            self.considered_at_a_session_set_off(r, ev)
        if r.instruments and text.rstrip().endswith(":") and _PREPARED.search(text) and (
            _THE_FOLLOWING_DOCUMENTS.search(text) or mandates_told_back.counts_documents(text)
        ):
            # "Pursuant to C-33/DEC.7, the Secretariat also issued the following Notes:"
            self.docs.listed_mandates = [ref for m, ref in r.instruments if doc_rules.under_mandate(text, m.keyword_start)]
        if self.report_session is not None and not r.gatherings and text.rstrip().endswith(":") and _ISSUED_FOR_THE_WORK.search(text):
            # "In accordance with ..., the following documents were issued for the review of
            # Namibia:" in the report of the session that held the review: the list goes there
            self.docs.listing_receiver = ([self.report_session], [])
        # "Resolution 11/2 requested the Secretariat to prepare the present note" (E200)
        asked_for_itself = doc_rules.asks_for_itself(text) if r.instruments else None
        itself = asked_for_itself is not None or record_note or doc_rules.is_about_itself(text) or speaks_of_transmitted(text, self.transmitted) or doc_rules.mandate_of_itself(text) or (
            doc_rules.agenda_is_itself(text, self.masthead.info.kind == "AnnotatedProvisionalAgenda" or self.is_an_agenda)
        ) or (
            bool(self.transmitted) and is_cover_formula(text)
        ) or bool(
            # "The present report is submitted pursuant to ... It covers ..., and also responds to
            # the request in paragraph 12 of resolution 85/250": "It" goes on with the document
            r.instruments and text.startswith("It ") and _PREPARED.search(text)
            and doc_rules.it_continues_itself(text, r.instruments[0][0].keyword_start, _previous_sentence(r))
        )
        if itself and r.symbols and self.doc.symbols and (" as " in text or " symbol " in text):
            self.also_issued_as(r)
        if self.transmitted is not None and r.gatherings and (end := report_transmitted_end(text)) is not None and (
            session := self.report_named(r, end)
        ) is not None:
            # "I have the honour to transmit to you the report of the Committee on its seventy-eighth
            # session": the document stands for the report it transmits, of that session (E105)
            self.add(self.doc, "reportOf", session, ev or self.evidence(r.sentence, r.paragraph))
        # "The Commission, in its decision 11/101, requested ...; the present note has been
        # prepared in accordance with that decision": only the mandates of the later clause
        clause = 0 if itself else doc_rules.clause_about_itself(text)
        itself = itself or clause is not None
        if not r.instruments and self.requested_by_body is None and "request" in text and "present" in text:
            self.requested_by_body = self.asked_for_by_a_body(r, ev)
        acted = named and self.report_session is not None and (_ACTED_ON.search(text) is not None or _READ_AT_THE_SESSION.search(text) is not None)
        # "An information document (X), also prepared in accordance with that decision, accompanies
        # it": a paper named by its symbol under the instrument the sentence before was about
        under_that = bool(named) and not r.instruments and len(self.last_instrument) == 1 and (
            "that" in text and _PREPARED_UNDER_THAT.search(text) is not None
            # "the report requested in paragraph 7 of the resolution will be issued as A/89/845"
            or "requested in" in text and (that := _UNDER_THAT_INSTRUMENT.search(text)) is not None and that["kind_of_passage"] is not None
        )
        if named and not r.instruments and len(self.last_instrument) == 1:
            self.answering_request_before(r, ev)
        if named and (r.instruments or len(self.last_instrument) == 1) and ("request" in text or "that" in text or "same" in text or "said" in text):
            self.mandate_told_back_in_the_sentence(r, ev)
        if not named and r.instruments and not itself and (opening := mandates_told_back.opens_with_document_before(text)) is not None:
            self.document_before_under_mandate(r, ev, named_before, opening["kind_word"])
        if named and self.report_session is not None and not itself and (
            self.report_session.kind == "session" and (
                "presented" in text or "made available" in text or "circulated" in text or "distributed" in text or "agenda" in text
                or "introduced" in text or "tabled" in text or "set out" in text or "submitted" in text or "draft" in text
            )
            # (a body meeting in numbered meetings adopts its agenda and the report of its last
            # meeting at each: "The agenda for the meeting (X) was adopted")
            or ("eport" in text or "agenda" in text) and ("adopted" in text or "approved" in text)
        ):
            self.before_the_session_reported_on(r, ev)
        elif named and self.report_session is None and not itself and "agenda" in text and not r.gatherings:
            self.agenda_adopted_at_the_meeting(r, ev)
        if not phrases and not (named and r.instruments) and not (named and ("presented" in text or "introduc" in text or "presenting" in text)) and not itself and not acted and not under_that and not (
            author_subject is not None and r.instruments
        ):
            return
        if ev is None:
            ev = self.evidence(r.sentence, r.paragraph)
        mandates = [
            ref for m, ref in r.instruments if doc_rules.under_mandate(text, m.keyword_start) and m.start >= (clause or 0)
            # (not "the Committee established pursuant to resolution 1718 (2006)": a body's name)
            and not _inside_a_known_name(m, r.refs.bodies)
        ]
        if not mandates and (that := _UNDER_THAT_INSTRUMENT.search(text, clause or 0)):
            # "submitted ... pursuant to that resolution": the one the sentence named before, or
            # the sentence before it ("In its resolution 6/3, ... The report, prepared pursuant
            # to paragraph 9 of that resolution (X), ...")
            kind = that["kind"] or that["kind_of_passage"]
            earlier = [ref for m, ref in r.instruments if m.end <= that.start() and ref.kind == kind]
            if not earlier and not r.instruments:
                earlier = [ref for ref in self.last_instrument if ref.kind == kind][-1:] if len(self.last_instrument) == 1 else []
            mandates = earlier[-1:]
        if not mandates and asked_for_itself is not None:
            # the instruments named before the request, not those recalled in passing
            mandates = [
                ref for m, ref in r.instruments if m.end <= asked_for_itself and not doc_rules.recalled_in_passing(text, m.start)
            ]
        answered = False  # the document named as the answer to the request told before (E178, E192)
        if not mandates and itself and (
            request := _IN_RESPONSE_TO_THAT_REQUEST.search(text, clause or 0)
            # ("The present report is submitted accordingly.", "…, and the present report has been
            # prepared in response.": the request the sentence, or the one before, told, E178)
            or mandates_told_back.answers_unnamed_request(text, clause or 0, _previous_sentence(r))
        ):
            answered = True
            # "In its resolution 11/2, the Commission requested ... The present report is
            # submitted in response to that request."
            earlier = [ref for m, ref in r.instruments if m.end <= request.start()]
            if not earlier and not r.instruments and len(self.last_instrument) == 1:
                earlier = list(self.last_instrument)
            mandates = earlier[-1:]
        # "the report ..., prepared pursuant to decision 6/1 (X), and the proposed strategy (Y)": a
        # symbol right after the mandate closes the clause it governs; Y is another document.
        closing = self.symbols_closing_mandate(r, mandates) if mandates and named else []
        if mandates and named and not closing:
            # "... (A/87/77) responds to the request in paragraph 9 of resolution 86/266 ..., as is
            # ... (E/2032/18)": the mandate told right after a symbol is that document's alone
            closing = self.symbols_opening_mandate(r, mandates)
        if itself and mandates and (
            record_note or answered or asked_for_itself is not None
            or _PREPARED.search(text, clause or 0) or doc_rules.mandate_of_itself(text) or bool(self.transmitted) and is_cover_formula(text)
            # ("The present report provides an update on …, as called for in paragraph 15 of
            # resolution 77/12": the mandate set off at the clause's end is the subject's, E178)
            or doc_rules.asked_for_at_the_end(text, clause or 0)
        ):
            # ("..., and in accordance with paragraph 12 (g) of that resolution, I have the honour
            # to transmit herewith ...": the cover formula's mandate is the letter's)
            # "The present report is submitted pursuant to resolution 76/185"
            # (not "complements the previous report submitted pursuant to resolution 76/3": that
            # paper's mandate, E178)
            earlier_papers = {ref for m, ref in r.instruments if doc_rules.mandate_of_an_earlier_paper(text, m.keyword_start)}
            for ref in mandates:
                if ref not in earlier_papers:
                    self.add(self.itself, "pursuantTo", ref, ev)
        above = _LISTED_ABOVE.search(text) if not itself else None
        clause_end = (text.find(";", above.end()) + 1 or len(text) + 1) - 1 if above is not None else 0
        if above is not None and not any(s.start < clause_end for s in r.symbols):
            # "The documents listed in the record above are before the Sub-Committee at this
            # session; informal documents (X) are posted ...": each entry of the lists above that
            # opens with a document's symbol, not the documents the next clause names (E121)
            for phrase in phrases:
                receiver = self.receiver(r, phrase) if above.end() <= phrase.start else None
                if receiver is not None:
                    for doc in self.documents_listed_above(r.paragraph):
                        self.submit(doc, receiver, mandates, ev)
                    return
        if author_subject is not None and mandates and not itself and _PREPARED.search(text):
            # "The report of the Secretary-General was submitted pursuant to General Assembly
            # resolution 86/258": the report named by its symbol before, under that mandate (E155)
            for ref in mandates:
                self.add(author_subject, "pursuantTo", ref, ev)
        told_by_participle: list[DocumentRef] = []  # "(X), submitted to ... pursuant to ...": X's alone
        paired = _mandate_of_the_nearest_document(r, mandates) if named and mandates else None
        for phrase in phrases:
            receiver = self.receiver(r, phrase)
            if receiver is None or doc_rules.unnamed_paper_sent(text, phrase.start):
                continue
            if phrase.receiver_first:
                drafts = {s.symbols for s in r.symbols if self.draft_before_a_recommending_body(text, s.start, receiver)}
                docs = [
                    DocumentRef(symbols=s.symbols) for s in r.symbols
                    if s.start >= phrase.end and not doc_rules.cites_a_passage(text, s.end) and s.symbols not in drafts
                ]
                if not docs and doc_rules.sends_itself(text, phrase.end, phrase.end):
                    docs = [self.doc]  # "The Commission will have before it the present note."
                if not docs:
                    # "... in its report (X), which the Conference had before it": the document the
                    # relative clause hangs on (E102)
                    docs = [doc for doc in self.document_had_before(r, phrase.start) if doc.symbols not in drafts]
                if not docs and (text.rstrip().endswith(":") or _LISTED_BELOW.search(text)):
                    self.docs.listing_receiver = (receiver, mandates)
            elif record_note or (
                not named and doc_rules.sends_itself(text, phrase.start, phrase.end)
            ) or (
                doc_rules.speaks_of_itself(text, phrase.start) or self.names_own_report(r, phrase.start)
                or doc_rules.it_continues_itself(text, phrase.start, _previous_sentence(r))
                or not named and self.author_sends_own_report(r, phrase.start)
            ):
                docs = [self.itself] + self.own_supplements(text, phrase.start)
            elif not named and text.rstrip().endswith(":") and (
                _THE_FOLLOWING_DOCUMENTS.search(text, 0, phrase.start) or mandates_told_back.counts_documents(text, phrase.start)
                or _DOCUMENTS_LEAD_IN.match(text) is not None
            ):
                # "... prepared the following documents, which are before the Forum at its
                # thirtieth session:": the list below goes there; "Reports of the Working Group
                # on its fifty-first session (...), transmitted to the Human Rights Council for
                # adoption at its sixty-first session:" over a list's rows, and those are reports
                # of the session the lead-in names (E121)
                self.docs.listing_receiver = (receiver, mandates)
                lead = _DOCUMENTS_LEAD_IN.match(text)
                if lead is not None and lead["kind"].lower() == "reports":
                    self.docs.listed_reports_of = self.report_named(r, lead.end("kind"))
                continue
            else:
                participle = _participle_of_the_last(r, named, phrase.start)
                told_by_participle.extend(participle)
                docs = (
                    self.relative_clause_document(r, phrase.start) or participle or named
                    or ([author_subject] if author_subject is not None else [])
                    or self.docs.taken_up(doc_rules.taken_up_again(text, phrase.start))
                )
                if not participle and len(named) > 1 and docs == named and (own_docs := _document_closing_the_phrase(r, phrase.end)) is not None:
                    # "(A/86/312), prepared ..., and the report that the Working Group presented to the
                    # Council at its seventy-eighth session (A/HRC/78/42), and ... (A/86/155)": the
                    # conjunct's own document, whose symbol closes the phrase (E146)
                    docs = own_docs
                if not participle:
                    docs = docs + self.reports_known_by_meeting(r)
                if phrase.paper_before:
                    # "(SSC/25/L.6) was introduced at the twenty-fifth session": the clause's subject
                    clause_start = max(text.rfind(";", 0, phrase.start), text.rfind(". ", 0, phrase.start)) + 1
                    before = {s.symbols for s in r.symbols if clause_start <= s.start and s.end <= phrase.start}
                    docs = [doc for doc in docs if doc.symbols in before]
                report = _REPORT_WITH_NOTE.search(text)
                if not docs and report and report.end() <= phrase.start and not _THE_PRESENT_ONE.match(text, report.start()):
                    # ("The present report is submitted pursuant to resolution 80/123, in which the
                    # Assembly requested ... to submit to it a report": the document itself, whose
                    # symbol is its own, not a footnote's)
                    # sent to a session, or to a body ("to the Economic and Social Council")
                    sessions = receiver if isinstance(receiver, list) else []
                    self.docs.unnamed_reports.append((report["note"], sessions, mandates, ev, self.session_taken_up(text)))
            if isinstance(receiver, str) and r.gatherings and _AT_SESSION.match(text) and r.gatherings[0][0].start < phrase.start and (
                fronted := [g for g in r.gatherings[0][1] if g.body == receiver]
            ):
                # "At its eightieth session, the Assembly will consider the report (X)": the session
                # the sentence opens on is the one its subject considers the paper at
                receiver = fronted[:1]
            for doc in docs:
                if paired is not None:
                    self.submit(doc, receiver, [ref for held, ref in paired if held == doc], ev)
                    continue
                self.submit(doc, receiver, mandates if not closing or doc in closing else [], ev)
            if docs and text.rstrip().endswith(":") and _WITH_THE_FOLLOWING.search(text, phrase.end):
                # "The provisional agenda (X) ... will be before the Committee at its ninth session
                # together with the following documents:": the lines below go there too (the
                # mandates told are the named document's, not theirs)
                self.docs.listing_receiver = (receiver, [])
        if named and mandates and (phrases or _PREPARED.search(text)):
            # "Pursuant to resolution 12/4, a background paper (X) has been prepared; it will be
            # before the Working Group": the mandate holds whoever receives the paper.
            for doc, ref in paired or [
                (doc, ref) for doc in closing or told_by_participle or self.in_clauses_of_mandates(r, named, mandates) for ref in mandates
            ]:
                self.add(doc, "pursuantTo", ref, ev)
        if acted and r.paragraph.part not in ("preamble", "operative"):
            self.considered_at_this_session(r, mandates, ev)
        # (the record of a sitting of a session: what was presented at it was before that session, E157)
        presented_at = self.report_session or self.record_gathering()
        if presented_at is not None and not _AT_ANOTHER_SESSION.search(text):
            # ("the report (X) had been introduced at the sixty-second session": not this one)
            for start, end in doc_rules.presentations(text):
                for s in r.symbols:
                    if start < s.start < end and not doc_rules.cites_a_passage(text, s.end):
                        self.submit(DocumentRef(symbols=s.symbols), [presented_at], mandates, ev)

    def record_gathering(self) -> GatheringRef | None:
        """The one gathering of the author a summary record's masthead names ("192nd SESSION OF THE
        EXECUTIVE COMMITTEE" over "PROVISIONAL SUMMARY RECORD OF THE THIRD MEETING"): the session
        the recorded sitting was one of; None for any other document."""
        if not self.masthead.record:
            return None
        if self.masthead.report_of is not None:
            # "Sixth Committee" / "Summary record of the 24th meeting" under the Assembly's session:
            # the Committee's meeting the record keeps (`document._meeting_recorded_under_session`)
            return self.masthead.report_of[0]
        own = list(dict.fromkeys(g for g, _, _, _ in self.masthead.gatherings))
        return own[0] if len(own) == 1 and own[0].body == self.masthead.info.author else None

    def adopted_in_the_record(self, r: _Resolved, mention: InstrumentMention, ref: InstrumentRef, ev: Evidence) -> None:
        """"The Committee adopted resolution CE192.R5, Policy on ...", "Decision: The Committee
        adopted decision CE192(D4)", "the Committee, at its first meeting on 23 June, had adopted
        decisions CE192(D1), ... and CE192(D2)", "Decision CE192(D3) ... had been adopted the
        previous afternoon" in the record of a sitting: a text of the author numbered in the
        session the record is of, adopted at that session; on the sitting's day when the record
        says it was adopted there and then, on the day of the sitting set off when it says so
        (its year the session's), on no day when it was adopted earlier on a day not named."""
        own = self.record_gathering()
        if own is None or ref.issuer != own.body or not (ref.session.isdigit() and int(ref.session) == own.ordinal):
            return
        text = r.sentence.text
        # "had adopted decisions CE192(D1), on the agenda, and CE192(D2), on ...": the words before
        # the first of the list, each set off by its topic
        start = mention.keyword_start
        for m, _ in reversed(r.instruments):
            if m.end <= start and summary_records.list_goes_on(text, m.end, start):
                start = m.keyword_start
        told = summary_records.adopted_in_the_record(text, start, mention.end)
        if told is None:
            return
        if told.subject is not None:
            subject = [r.bodies[b.start] for b in r.refs.bodies if told.subject[0] <= b.start < told.subject[1] and b.start in r.bodies]
            if subject != [own.body]:
                return  # another body's adoption ("the Directing Council adopted ...")
        self.add(ref, "adoptedAt", own, ev)
        if told.day is not None:
            year = told.year or str(self.masthead.sitting[0].year if self.masthead.sitting is not None else "")
            days = find_dates(f"{told.day} {year}") if year else []
            if days and days[0].start == 0:
                self.add(ref, "adoptedOn", days[0].value.start, ev)
        elif not told.earlier and self.masthead.sitting is not None:
            self.add(ref, "adoptedOn", self.masthead.sitting[0], ev)
        if told.subject is not None and mention.title is None and (title := summary_records.title_set_off(text, mention.end)) is not None:
            self.add(ref, "title", title, ev)

    def papers_adopted_at_the_meeting(self, r: _Resolved, span: tuple[int, int], ev: Evidence | None) -> None:
        """"The draft recommendations ... contained in document X, as orally amended, were
        adopted." in the record of a meeting: X was before the one gathering the record is of (E145)."""
        own = list(dict.fromkeys(g for g, _, _, _ in self.masthead.gatherings))
        if len(own) != 1 or own[0].body != self.masthead.info.author:
            return
        for s in r.symbols:
            if span[0] <= s.start < span[1]:
                self.add(DocumentRef(symbols=s.symbols), "submittedTo", own[0], ev or self.evidence(r.sentence, r.paragraph))

    def agendas_of_named_gatherings(self, r: _Resolved, ev: Evidence) -> None:
        """"The agendas of the 126th, 127th and 128th sessions ... are contained in documents A, B
        and C, respectively": each document was before its gathering (`rules.agendas_of_gatherings`)."""
        text = r.sentence.text
        for of_start, of_end, symbols_start in agendas_of_gatherings.agendas_in_documents(text):
            gatherings = list(dict.fromkeys(ref for g, refs in r.gatherings if of_start <= g.start < of_end for ref in refs))
            run = agendas_of_gatherings.symbols_run(text, [(s.start, s.end) for s in r.symbols], symbols_start)
            if gatherings and len(run) == len(gatherings):
                for index, gathering in zip(run, gatherings):
                    self.add(DocumentRef(symbols=r.symbols[index].symbols), "submittedTo", gathering, ev)

    def agenda_of_the_meeting_told(self, r: _Resolved, ev: Evidence) -> None:
        """"The sixteenth meeting of the Working Group will be held in Geneva ... The provisional
        agenda (UNEP/CHW/OEWG.16/1) and ... are on the meeting page.": a provisional agenda named
        by its symbol in a sentence that names no gathering is the agenda of the one gathering
        the sentence before in the paragraph named, when that one is still to be held (E148)."""
        text = r.sentence.text
        agenda = _PROVISIONAL_AGENDA_SYMBOL.search(text)
        if agenda is None or any(g.start < agenda.end() for g, _ in r.gatherings):
            return  # ("the provisional agenda of its tenth session (X)": the session it names)
        earlier = [(meetings, said) for meetings, said in self.docs.recent_meetings if said != text]
        if not earlier:
            return
        meetings, said = earlier[-1]
        told = list(dict.fromkeys(meetings))
        if said not in r.paragraph.text or len(told) != 1 or not any(
            told[0] in meetings and said in r.paragraph.text and _TO_BE_HELD_TOLD.search(said) for meetings, said in earlier
        ):
            return
        for s in r.symbols:
            if agenda.start("bracket") <= s.start < agenda.end():
                self.add(DocumentRef(symbols=s.symbols), "submittedTo", told[0], ev)

    def own_supplements(self, text: str, phrase_start: int) -> list[DocumentRef]:
        """"This document and its supplement are submitted to ...": the document's supplements
        (or addenda), those symbols of the text that add "Sup.N" ("Add.N") to its own symbol
        ("PC 141/5 Sup.1" of "PC 141/5"), go with it (E143)."""
        told = _AND_ITS_SUPPLEMENTS.search(text, max(0, phrase_start - 60), phrase_start)
        if told is None or not self.doc.symbols:
            return []
        part = "Sup" if told["what"].lower().startswith("supplement") else "Add"
        own = self.doc.symbols[0]
        found: list[DocumentRef] = []
        # (as the text prints them: a series' reader may leave the part after a space, "PC 141/5 Sup.1")
        for m in re.finditer(rf"(?<![\w/.]){re.escape(own)}(?P<sep>[ /]){part}\.(?P<n>\d{{1,2}})(?![\w/])", self.cleaned.text):
            supplement = DocumentRef(symbols=(f"{own}{m['sep']}{part}.{m['n']}",))
            if supplement not in found:
                found.append(supplement)
        return found

    def documents_listed_above(self, before: Paragraph) -> list[DocumentRef]:
        """The documents whose symbols open the entries of the lists above ``before`` (a list's
        line, a table's row, a record's "symbol:" field), drafts and instruments left out."""
        listed: list[DocumentRef] = []
        for p in getattr(self, "read_paragraphs", []):
            if p.start >= before.start:
                break
            if p.kind not in ("listing", "table", "paragraph"):
                continue
            lead = _SYMBOL_FIELD.match(p.text)
            at = lead.end() if lead is not None else _row_lead(p.text)
            symbols = find_symbols(p.text[at : at + 80], self.symbol_series)
            if symbols and symbols[0].start == 0 and all(doc_rules.listed_before_the_session(x) for x in symbols[0].symbols):
                doc = DocumentRef(symbols=symbols[0].symbols)
                if doc not in listed and not set(doc.symbols) & set(self.doc.symbols):
                    listed.append(doc)
        return listed

    def answering_request_before(self, r: _Resolved, ev: Evidence | None) -> None:
        """"In its resolution 84/138, the Assembly requested ... A note (X), prepared in response
        to that request, will also be before the Committee": X under the instrument named before."""
        previous = _previous_sentence(r)
        if previous is None and self.paragraph_closing is not None and self.paragraph_closing[0] == r.paragraph.section and (
            r.paragraph.kind == "paragraph" and not r.paragraph.label
        ):
            # a paragraph a layout broke off its numbered paragraph ("1. ... the Assembly had asked
            # the Committee to ..." / "The draft report ... had been drawn up in answer to that
            # request"): the last sentence of the paragraph right before (E145)
            previous = self.paragraph_closing[1]
        if previous is None or not mandates_told_back.tells_a_request(previous):
            return
        text = r.sentence.text
        for s in r.symbols:
            if mandates_told_back.answers_request_before(text, s.end) and not doc_rules.cites_a_passage(text, s.end):
                self.add(DocumentRef(symbols=s.symbols), "pursuantTo", self.last_instrument[0], ev or self.evidence(r.sentence, r.paragraph))

    def mandate_told_back_in_the_sentence(self, r: _Resolved, ev: Evidence | None) -> None:
        """"...; the note prepared pursuant to that request (A/87/377) was before ...", "Its report,
        submitted in accordance with paragraph 27 of that resolution, is contained in document
        A/87/902": the instrument the text told of last (the one that made the request the
        sentence told before) is the mandate of the document the sentence prints (E153)."""
        text = r.sentence.text
        for s in r.symbols:
            if doc_rules.cites_a_passage(text, s.end):
                continue
            # the instrument the sentence named before the symbol, else the one the text told of last
            before = [ref for m, ref in r.instruments if m.end <= s.start]
            last = before[-1] if before else self.last_instrument[0] if not r.instruments and len(self.last_instrument) == 1 else None
            if last is None:
                continue
            told = mandates_told_back.symbol_after_that_request(text, s.start) or (
                bool(before) and mandates_told_back.answers_request_earlier_in_sentence(text, s.start, s.end)
            )
            if not told and (span := mandates_told_back.mandate_set_off_before_symbol(text, s.start)) is not None:
                back = _THAT_MANDATE_TOLD.fullmatch(text, span[0], span[1])
                told = back is not None and back["kind"] in (last.kind, "request")
            if told:
                self.add(DocumentRef(symbols=s.symbols), "pursuantTo", last, ev or self.evidence(r.sentence, r.paragraph))
            elif before and (kind := mandates_told_back.instrument_named_back_after_symbol(text, s.end)) is not None and (
                of_kind := [ref for ref in before if ref.kind == kind]
            ):
                # "(X), submitted pursuant to resolution 88/254, and … (Y), which responds to paragraph 20
                # of the same resolution": Y under the instrument the sentence named before (E200)
                self.add(DocumentRef(symbols=s.symbols), "pursuantTo", of_kind[-1], ev or self.evidence(r.sentence, r.paragraph))

    def noted_document_under_mandate(self, r: _Resolved, kind_word: str | None) -> None:
        """A footnote "The (evaluation) report was prepared in response to resolution 89/246": the
        mandate of the one document named by the sentence that bears the note's mark; where the
        layout took the mark out (a Markdown footnote), of the one document the last paragraph
        named with the note's word of its kind ("its evaluation report (X)"), a bare "The report"
        saying too little to find it."""
        mark = self.note_mark(r.paragraph.text, r.paragraph)
        window = max(0, r.paragraph.start - _NOTE_WINDOW)
        found = list(mark.finditer(self.cleaned.text, window, r.paragraph.start)) if mark is not None else []
        if found:
            at = found[-1].start()
            start = max(self.cleaned.text.rfind(". ", 0, at), self.cleaned.text.rfind("\n\n", 0, at)) + 1
            marked = {s.symbols for s in find_symbols(self.cleaned.text[start:at], self.symbol_series)}
        elif kind_word is not None:
            # the sentences of the page before the note that name a document with the note's word
            before = self.cleaned.text[window : r.paragraph.start]
            word = re.compile(rf"\b{kind_word}\b", re.IGNORECASE)
            marked = {
                s.symbols for s in find_symbols(before, self.symbol_series)
                if not doc_rules.cites_a_passage(before, s.end) and word.search(_sentence_around(before, s.start, s.end))
            }
        else:
            return
        if len(marked) != 1:
            return
        doc = DocumentRef(symbols=marked.pop())
        text = r.sentence.text
        for m, ref in r.instruments:
            if doc_rules.under_mandate(text, m.keyword_start):
                self.add(doc, "pursuantTo", ref, self.evidence(r.sentence, r.paragraph))

    def document_before_under_mandate(
        self, r: _Resolved, ev: Evidence | None, named_before: bool, kind_word: str | None = None
    ) -> None:
        """"... has considered the report of the Secretary-General (X). The report was submitted
        pursuant to section XII of resolution 85/263": X, the one document the sentence before in
        the paragraph named, under the instruments of the mandate. "The evaluation report was
        prepared in response to ..." (``kind_word`` "evaluation"; a footnote the layout placed after
        later paragraphs): the one document of the last sentence that named one with that word.
        "The report is presented in response to the request contained in …" in a report that named
        no document before: the document being read, when its title says it is a report (E192)."""
        named = [docs for docs in self.docs.sentences if docs]
        if kind_word is not None:
            word = re.compile(rf"\b{kind_word}\b", re.IGNORECASE)
            named = [docs for docs, said in zip(self.docs.sentences, self.docs.said) if len(docs) == 1 and word.search(said)]
        text = r.sentence.text
        if not named and not named_before and mandates_told_back.bare_kind_opening(text) in self.titled_kinds:
            told = self.itself
        elif not named or len(named[-1]) != 1:
            return
        else:
            told = named[-1][0]
        for m, ref in r.instruments:
            if doc_rules.under_mandate(text, m.keyword_start):
                self.add(told, "pursuantTo", ref, ev or self.evidence(r.sentence, r.paragraph))

    def agenda_adopted_at_the_meeting(self, r: _Resolved, ev: Evidence | None) -> None:
        """"The Council adopted the provisional agenda in document GEF/C.79/01." in the summary of
        the one meeting its masthead names ("79th GEF Council Meeting"), said by that meeting's body,
        the sentence naming no other gathering: the agenda was before that meeting (E165; a session report's own
        agenda is `before_the_session_reported_on`'s)."""
        mine = [g for g, _, _, _ in self.masthead.gatherings]
        if len(mine) != 1 or mine[0].kind != "meeting":
            return
        text = r.sentence.text
        subjects = [b for b in r.refs.bodies if b.start in r.bodies and r.bodies[b.start] == mine[0].body]
        for m in _AGENDA_FOR_THE_SESSION.finditer(text):
            if not any(b.end <= m.start() for b in subjects):
                continue  # the meeting's own body adopted it, named before the verb
            for s in r.symbols:
                if m.end() <= s.start < m.end() + 2 and not doc_rules.cites_a_passage(text, s.end):
                    self.submit(DocumentRef(symbols=s.symbols), [mine[0]], [], ev or self.evidence(r.sentence, r.paragraph))

    def before_the_session_reported_on(self, r: _Resolved, ev: Evidence | None) -> None:
        """In the report on a session, papers the narrative says were presented or handed out
        there with no receiver named: "... were presented in document X", "(X) ... was made
        available to participants", "adopted the provisional agenda for the session (X)": each
        was before the session reported on (not when the clause names another session after the
        verb, "... at its forty-seventh session")."""
        text = r.sentence.text
        session = self.report_session
        assert session is not None
        ev = ev or self.evidence(r.sentence, r.paragraph)
        spans: list[tuple[int, int]] = []
        for m in _PRESENTED_IN_DOCUMENT.finditer(text):
            spans.append((m.end(), m.end() + 2))  # the symbol right after
        for m in _AGENDA_FOR_THE_SESSION.finditer(text):
            spans.append((m.end(), m.end() + 2))
        for m in _DRAFT_REPORT_ADOPTED.finditer(text) if "draft" in text else ():
            if m["on"] is not None and any(
                m.start("on") <= g.start < m.end("on") and session not in refs for g, refs in r.gatherings
            ):
                continue  # "adopted the draft report on its twenty-fifth session (X)" in the report of the twenty-sixth
            spans.append((m.end(), m.end() + 2))
        for m in _EARLIER_REPORT_ADOPTED.finditer(text) if "eport" in text and ("dopted" in text or "pproved" in text) else ():
            on = "on" if m["on"] is not None else "on_passive"
            named = [ref for g, refs in r.gatherings if m.start(on) <= g.start < m.end(on) for ref in refs]
            if named and all(g.body == session.body and g.kind == session.kind and g.ordinal < session.ordinal for g in named):
                spans.append((m.end(), m.end() + 2))  # an earlier gathering's report, adopted at this one
        for m in _MADE_AVAILABLE_TO_PARTICIPANTS.finditer(text):
            if _AT_ANOTHER_SESSION.match(text, m.end() + 1) or _AT_ANOTHER_SESSION.search(text, m.end(), m.end() + 60):
                continue
            # the subject's symbol: the last one before the verb in its clause
            before = [s for s in r.symbols if s.end <= m.start() and ";" not in text[s.end : m.start()]]
            if before:
                spans.append((before[-1].start, before[-1].start + 1))
        for start, end in spans:
            for s in r.symbols:
                if start <= s.start < end and not doc_rules.cites_a_passage(text, s.end):
                    self.submit(DocumentRef(symbols=s.symbols), [session], [], ev)

    def considered_at_this_session(self, r: _Resolved, mandates: list[InstrumentRef], ev: Evidence) -> None:
        """"The Commission considered / examined / reviewed the report of ... (X)" in the
        narrative of the report on the Commission's session: X was before that session. The
        subject must be the session's body, right before the verb ("the Committee considered"
        in the Commission's report is another body's reading), and no other meeting may be
        named after the verb ("considered ... (X) at its eleventh session")."""
        text = r.sentence.text
        session = self.report_session
        acted = (_ACTED_ON.search(text) or _READ_AT_THE_SESSION.search(text)) if session is not None else None
        if acted is None or session is None or session.kind != "session":
            return
        subjects = [b for b in r.refs.bodies if b.end <= acted.start() and b.start in r.bodies]
        read = _READ_AT_THE_SESSION.search(text)
        if read is not None:
            acted = read  # the delegates' or the secretariat's reading, at the session reported on
        elif not subjects or r.bodies[subjects[-1].start] != session.body or acted.start() - subjects[-1].end > 2:
            return
        if any(not self._another_bodys_session(r, m, session.body) for m in _AT_ANOTHER_SESSION.finditer(text)):
            return  # "... (X) at its eleventh session", "At its previous session, ...": not at this one
        if any(g.end <= acted.start() and session not in refs for g, refs in r.gatherings):
            return  # "At its eleventh session, the Commission considered ...": that session
        # the papers of this clause: "... (X), and decided to ... (Y)" reads another thing
        clause_end = _NEXT_CLAUSE.search(text, acted.end())
        end = clause_end.start() if clause_end else len(text)
        for s in r.symbols:
            if acted.end() <= s.start < end and not doc_rules.cites_a_passage(text, s.end):
                self.submit(DocumentRef(symbols=s.symbols), [session], mandates, ev)

    @staticmethod
    def _another_bodys_session(r: _Resolved, at: re.Match[str], body: str) -> bool:
        """Whether "at its 195th Session" is a session of another body than ``body``, said after
        the verb in a clause of its own ("considered document X, prepared pursuant to Council
        Resolution 2/195, by which the Council, at its 195th Session, had asked ..."): when the
        paper was called for, not when ``body`` read it."""
        named = [refs for g, refs in r.gatherings if g.start < at.end() and at.start() < g.end]
        return bool(named) and all(refs and all(ref.body != body for ref in refs) for refs in named)

    def considered_at_a_session_set_off(self, r: _Resolved, ev: Evidence | None) -> None:
        """"the Finance Committee, at its 198th Session, examined the related budget proposals
        (FC 198/9)": the papers the body read at the session set off between it and the verb were
        before that session (E143). The session must be the subject's own, right after it; the
        papers are those of the verb's clause."""
        text = r.sentence.text
        for acted in _ACTED_ON.finditer(text):
            held = [(g, refs) for g, refs in r.gatherings if g.end <= acted.start() and len(refs) == 1]
            if not held:
                continue
            g, refs = held[-1]
            subjects = [b for b in r.refs.bodies if b.end <= g.start and b.start in r.bodies]
            if not subjects or r.bodies[subjects[-1].start] != refs[0].body or g.determiner not in ("its", "their"):
                continue
            if not _SUBJECT_THEN_AT.fullmatch(text, subjects[-1].end, g.start) or not _SESSION_SET_OFF_THEN_VERB.fullmatch(text, g.end, acted.start()):
                continue
            clause_end = _NEXT_CLAUSE.search(text, acted.end())
            end = clause_end.start() if clause_end else len(text)
            for s in r.symbols:
                if acted.end() <= s.start < end and not doc_rules.cites_a_passage(text, s.end):
                    self.submit(DocumentRef(symbols=s.symbols), [refs[0]], [], ev or self.evidence(r.sentence, r.paragraph))

    def document_had_before(self, r: _Resolved, phrase_start: int) -> list[DocumentRef]:
        """"its report (X), which the Conference had before it", "the note (X), which it will
        have before it": the symbol right before a relative clause whose subject receives it."""
        text = r.sentence.text
        before = [s for s in r.symbols if s.end <= phrase_start]
        if not before or not _WHICH_SUBJECT_HAD.match(text[before[-1].end : phrase_start]):
            return []
        return [DocumentRef(symbols=before[-1].symbols)]

    def relative_clause_document(self, r: _Resolved, phrase_start: int) -> list[DocumentRef]:
        """"the report (X) and the annual report (Y), which will also be before the Committee at
        its sixth session": a relative clause right after a symbol sends that document only."""
        text = r.sentence.text
        before = [s for s in r.symbols if s.end <= phrase_start]
        if len(r.symbols) < 2 or not before:
            return []
        last = before[-1]
        if not _WHICH_RIGHT_AFTER.match(text[last.end : phrase_start]):
            return []
        return [DocumentRef(symbols=last.symbols)]

    @staticmethod
    def _held_with_the_next(r: _Resolved, index: int) -> bool:
        """Whether the gathering ``index`` of ``r`` and the next one are named as one ("the fifth
        meeting of A and the third meeting of B") and a participle right after the next tells
        where or when they were held (", held jointly in Vienna from ...")."""
        if index + 1 >= len(r.gatherings):
            return False
        text = r.sentence.text
        g, following = r.gatherings[index][0], r.gatherings[index + 1][0]
        return bool(_AND_NEXT.match(text[g.end : following.start])) and _HELD_TOGETHER.match(text, following.end) is not None

    def entry_report_title(self, r: _Resolved, doc: DocumentRef, ev: Evidence) -> None:
        """"Report of the Steering Body to EMEP on its fifty-fourth session and of the Working Group
        on Effects on its sixty-ninth session, held jointly in Geneva from 16 to 19 September 2030"
        right under an entry's heading "SYMBOL – Report of the joint session": the entry's document
        reports each session its title names; held jointly, each was held where and when the
        participle says (E126)."""
        text = r.sentence.text
        title = _REPORT_TITLE_AFTER_SYMBOL.match(text)
        if title is None or not r.gatherings:
            return
        reported: list[GatheringRef] = []
        position = title.end()
        for g, refs in r.gatherings:
            if g.start < position:
                continue
            lead = _TITLE_NAMES_ITS_MEETING if not reported else _AND_OF_ANOTHER_MEETING
            if len(refs) != 1 or lead.match(text[position : g.end]) is None:
                break
            reported.append(refs[0])
            position = g.end
        if not reported or _TITLE_END.match(text, position) is None:
            return  # "Report of X on its fifth session, which the note summarizes, is expected ...": a sentence, no title
        for session in reported:
            self.add(doc, "reportOf", session, ev)
        held = _HELD_JOINTLY.match(text, position) if len(reported) > 1 else None
        if held is None:
            return
        dates = [d for d in find_dates(text[held.end() :]) if d.start < 60]
        for session in reported:
            if places.is_place(held["place"]):
                self.add(session, "heldIn", held["place"], ev)
            if dates:
                self.add(session, "heldOn", dates[0].value, ev)

    def entry_headings(self, paragraphs: list[Paragraph]) -> dict[int, DocumentRef]:
        """The headings "SYMBOL – title" of a list of documents whose entries each have lines of
        their own under them (two such headings or more, each followed by a paragraph), by the
        paragraph's id, with the document each names; empty for any other text."""
        found: dict[int, DocumentRef] = {}
        for p, below in zip(paragraphs, paragraphs[1:]):
            if p.kind != "heading" or below.kind != "paragraph" or "/" not in p.text[:40]:
                continue
            symbols = find_symbols(p.text[:80], self.symbol_series)
            if symbols and symbols[0].start == 0 and _DASH_TITLE.match(p.text, symbols[0].end) is not None:
                found[id(p)] = DocumentRef(symbols=symbols[0].symbols)
        return found if len(found) > 1 else {}

    def document_of_record_row(self, p: Paragraph) -> DocumentRef | None:
        """The document a record's symbol row names ("Symbol<tab>AFR/RC79/6"); a row of another
        field keeps the record's document, an instrument's heading ends it."""
        m = _RECORD_SYMBOL_FIELD.match(p.text) if p.kind == "table" else None
        if m is None:
            return self.record_document if p.kind == "table" else None
        found = find_symbols(m["value"])
        if len(found) != 1 or found[0].start != 0 or found[0].end != len(m["value"]):
            return None
        return DocumentRef(symbols=found[0].symbols)

    @property
    def itself(self) -> DocumentRef:
        """The document "the present report" means: the one being read, or in an export of
        records, the record's."""
        return self.listed_entry or self.record_document or self.doc

    def record_facts(self, paragraphs: list[Paragraph]) -> None:
        """A library record's fields above the instrument's text (`rules.records`): the
        session that adopted it, where and when that session met, the day of adoption."""
        head = paragraphs[:_MASTHEAD_PARAGRAPHS]
        own = next((self.own_instrument(p) for p in head if p.part == "title" and p.instrument), None)
        if own is None:
            # a web page's menus, language list and breadcrumbs above the record: its heading and
            # fields still stand above the instrument's text, however many lines the page's chrome
            # takes (E211)
            head = paragraphs[: next((i for i, p in enumerate(paragraphs) if p.part in ("preamble", "operative")), 0)]
            own = next((self.own_instrument(p) for p in head if p.part == "title" and p.instrument), None)
        if own is None:
            return
        if sum(1 for p in paragraphs if p.part == "title" and p.instrument and p.kind == "heading") > 1 and any(
            p.kind == "table" for p in paragraphs[_MASTHEAD_PARAGRAPHS:]
        ):
            # an export of records, several instruments' each with its fields: all of them (E112)
            head = paragraphs
        recorded_session: GatheringRef | None = None  # the session the record's session field names
        for p in head:
            if p.part == "title" and p.instrument and p.kind == "heading":
                # a record of several instruments (a list in an export): each field is the one
                # of the instrument whose heading stands above it
                own = self.own_instrument(p) or own
            if p.kind == "table" and p.sentences and (symbol := records.symbol_field(p.text)) is not None:
                # "Symbol<tab>WPR/RC81.R4" under a heading: the record is that instrument's, the
                # heading above it a title alone (an Org drawer's, a tracker's)
                numbered = self.number_in_convention(symbol)
                if numbered is not None:
                    own = InstrumentRef(numbered[0], numbered[1], numbered[2], numbered[3])
                continue
            field = records.record_field(p.text) if p.kind == "table" and p.sentences else None
            if field is None:
                continue
            ev = self.evidence(p.sentences[0], p)
            if field.name == "adoption":
                dates = find_dates(field.value)
                if dates:
                    self.add(own, "adoptedOn", dates[-1].value.start, ev)  # the last: "at the 14th meeting, on <date>"
                elif (day := dated_records.field_day(field.value)) is not None:
                    self.add(own, "adoptedOn", day, ev)  # "Adopted<tab>2029-08-29", an export's
                continue
            if field.name == "date":
                # "Date:<tab>12–26 March 2036" under the session's field, the day of the decision in
                # a field of its own: days of several, the session's; a single day says nothing here
                dates = find_dates(field.value)
                if recorded_session is not None and dates and dates[0].start == 0 and dates[0].value.start != dates[0].value.end:
                    self.add(recorded_session, "heldOn", dates[0].value, ev)
                continue
            if field.name == "document":
                # "Document:<tab>GB.380/LILS/2" under the session's field: the paper the decision was
                # taken on, before that session (E214)
                symbol = field.value.strip().rstrip(".")
                if recorded_session is not None and _RECORD_DOCUMENT.fullmatch(symbol):
                    self.add(DocumentRef(symbols=(symbol,)), "submittedTo", recorded_session, ev)
                continue
            if field.name in ("venue", "dates"):
                if recorded_session is None:
                    continue
                town = records.venue(field.value) if field.name == "venue" else None
                if town is not None:
                    self.add(recorded_session, "heldIn", town, ev)
                dates = find_dates(field.value) if field.name == "dates" else []
                if dates and dates[0].start == 0:
                    self.add(recorded_session, "heldOn", dates[0].value, ev)
                continue
            issuer = self.registry.bodies.get(own.issuer)
            coded = records.session_of_code(field.value, tuple(n.template for n in issuer.numbering)) if (
                field.name == "session" and issuer is not None and issuer.gathering_term
            ) else None
            if coded is not None and issuer is not None and issuer.gathering_term:
                # "Session<tab>RC79" over a resolution AFR/RC79/R1: the session its symbol's letters name
                session = GatheringRef(own.issuer, issuer.gathering_term, coded)
                recorded_session = session
                self.add(session, "meetingOf", BodyRef(own.issuer), ev)
                self.add(own, "adoptedAt", session, ev)
                continue
            refs = find_references(field.value, self.matcher)
            # (a field's "(COP-17)" after the session's name labels that session, no abbreviation
            # of a body that the text's other lines would read: "BC COP-22" is no COP-22 of it)
            abbreviations = dict(self.scope.abbreviations)
            gatherings = resolve_gatherings(field.value, refs, resolve_bodies(refs, self.scope), self.scope)
            self.scope.abbreviations = abbreviations
            self.scope.last_gathering_body = None
            bare = _BARE_SESSION_FIELD.match(field.value) if field.name == "session" and not gatherings else None
            if bare is not None and issuer is not None and issuer.gathering_term == "session" and (n := ordinal_value(bare["ord"])):
                # "Session:<tab>41st Session (Part II), Kingston, Jamaica" under "Organ:<tab>Council":
                # a session named by its ordinal alone is the one of the record's instrument's
                # issuer, which adopted it; its place after it (E218)
                session, place_after = GatheringRef(own.issuer, "session", n), bare.end()
            elif len(gatherings) != 1 or len(gatherings[0].ordinals) != 1 or gatherings[0].body is None:
                continue
            else:
                held = gatherings[0]
                assert held.body is not None
                term = self.registry.bodies[held.body].gathering_term or held.word
                session, place_after = GatheringRef(held.body, term, held.ordinals[0]), held.end
            recorded_session = session
            self.add(session, "meetingOf", BodyRef(session.body), ev)
            if session.body == own.issuer:
                self.add(own, "adoptedAt", session, ev)
            place, dates_text = records.place_and_dates(field.value[place_after:])
            if place:
                self.add(session, "heldIn", place, ev)
            dates = find_dates(dates_text) if dates_text else []
            if dates:
                self.add(session, "heldOn", dates[0].value, ev)
        self.recorded_session = recorded_session

    def listed_session_facts(self, paragraphs: list[Paragraph]) -> None:
        """"Previous sessions" / "379th Session (November 2035)" / …: the sessions of the page's
        body that a list under such a heading names, each a session of that body
        (`rules.session_lists`, E214)."""
        issuer = self.document_issuer
        body = self.registry.bodies.get(issuer) if issuer is not None else None
        if body is None or body.gathering_term != "session" or "ession" not in self.cleaned.text:
            return
        lines = [p for p in paragraphs if p.kind in ("heading", "paragraph", "listing") and p.sentences]
        for index, n in session_lists.listed_sessions([p.text for p in lines]):
            p = lines[index]
            self.add(GatheringRef(body.key, "session", n), "meetingOf", BodyRef(body.key), self.evidence(p.sentences[0], p))
        this_session = self.recorded_session.ordinal if self.recorded_session is not None else None
        for index, ordinal, organ, days in session_lists.this_sessions_parts([p.text for p in lines]):
            # "More from this session" / "41st Session (Part I) – Council, 17–28 March 2036" /
            # "Assembly, 3–7 August 2036": each organ's meeting in the session (the page's own,
            # where the line names no ordinal), on those days (E218)
            p = lines[index]
            named = [b for b in self.bodies_in(organ) if b.start == 0 and b.end == len(organ)]
            key = (named[0].key or self.scope.short(named[0])) if len(named) == 1 else None
            organ_body = self.registry.bodies.get(key) if key else None
            told = ordinal or this_session
            if organ_body is None or organ_body.gathering_term != "session" or told is None:
                continue
            session = GatheringRef(organ_body.key, "session", told)
            ev = self.evidence(p.sentences[0], p)
            self.add(session, "meetingOf", BodyRef(organ_body.key), ev)
            dates = find_dates(days)
            if dates and dates[0].start == 0:
                self.add(session, "heldOn", dates[0].value, ev)

    def adopted_at_the_same(self, text: str, mention: InstrumentMention, ref: InstrumentRef) -> GatheringRef | None:
        """"decision 10/COP.18 on the programme and budget, adopted at the same session", "At its
        closing meeting it adopted decisions ...": the gathering of the instrument's issuer named
        last before (in this sentence or the ones before), if the instrument's number allows it."""
        same = gathering_lines.ADOPTED_AT_THE_SAME.match(text, mention.end)
        # "At its closing meeting it adopted decisions ...": the gathering said before the verb (E126)
        before = gathering_lines.ADOPTED_AT_THAT_BEFORE.match(text[: mention.keyword_start]) if same is None else None
        if same is None and before is None and "adopted," in text:
            # "The Council adopted, at the same session, resolution 26/22" (E140)
            before = gathering_lines.ADOPTED_SET_OFF_AT_THAT.match(text[: mention.keyword_start])
        told = same or before
        if told is None:
            return None
        word = told["word"]
        for meetings, said in reversed(self.docs.recent_meetings):
            if before is not None and said == text:
                continue  # (the gathering named before the sentence: this one names none)
            of_issuer = [g for g in meetings if g.body == ref.issuer]
            if of_issuer:
                g = of_issuer[-1]
                # ("its closing meeting": a sitting of the gathering named last, whatever its word)
                return g if (word is None or g.kind == word.lower()) and _may_adopt(g, ref) else None
            if before is not None:
                return None  # the gathering named last is another body's: not the one meant
        return None

    def instrument_record_dates(self, paragraphs: list[Paragraph]) -> None:
        """A repository's record of an instrument, its heading over its field rows: the record's
        "Date" field is the day the instrument was adopted (`rules.dated_records`)."""
        own: InstrumentRef | None = None  # the instrument whose record's rows these are
        for p in paragraphs:
            if p.part == "title" and p.instrument and p.kind == "heading":
                own = self.own_instrument(p)
                continue
            if p.kind != "table" or not p.sentences:
                own = None  # the record's rows end where the text begins
                continue
            day = dated_records.record_date(p.text) if own is not None else None
            if own is not None and day is not None:
                self.add(own, "adoptedOn", day, self.evidence(p.sentences[0], p))
                own = None

    def document_records(self, paragraphs: list[Paragraph]) -> None:
        """A repository's record of a report, its title and its symbol in field rows, or a related
        report given as "SYMBOL (Report of the Nth Session)" (`rules.document_records`): the
        document of that symbol reports the session the title names."""
        titled: tuple[Paragraph, str] | None = None  # the record's report title, its row
        identified: DocumentRef | None = None  # the record's symbol, its row above the title's (MARC's order)
        for p in paragraphs:
            if p.kind != "table" or not p.sentences:
                titled = identified = None  # the record's rows end where a text begins
                continue
            row = document_records.record_row(p.text)
            if row is None:
                continue
            if row.field == "title":
                titled = (p, row.value) if document_records.REPORT_TITLE.match(row.value) else None
                if titled is not None and identified is not None:
                    self.report_titled(identified, titled[1], titled[0])
                    titled = identified = None
                continue
            if row.field == "identifier":
                found = find_symbols(row.value)
                whole = DocumentRef(symbols=found[0].symbols) if (
                    len(found) == 1 and found[0].start == 0 and found[0].end == len(row.value)
                ) else None
                if titled is not None and whole is not None:
                    self.report_titled(whole, titled[1], titled[0])
                # (a title below this row is this symbol's; a symbol read in part, none's)
                identified = whole if titled is None else None
                titled = None
                continue
            found = find_symbols(row.symbol or "")
            if len(found) == 1 and found[0].start == 0 and row.symbol is not None and found[0].end == len(row.symbol):
                self.report_titled(DocumentRef(symbols=found[0].symbols), row.value, p)

    def catalogue_meetings(self, paragraphs: list[Paragraph]) -> None:
        """A catalogue record's meeting heading, "Meeting<tab>Intergovernmental Committee ...
        (23rd session : 2030 : Paris)" (`rules.catalogue_records.meeting_heading`): the numbered
        session of the body the name wholly names, and where it met."""
        for p in paragraphs:
            if p.kind != "table" or not p.sentences or not p.text.lstrip().startswith("Meeting"):
                continue
            heading = catalogue_records.meeting_heading(p.text)
            if heading is None:
                continue
            found = [b for b in self.matcher.find(heading.name) if b.key]
            if len(found) != 1 or found[0].end != len(heading.name) or found[0].start > 4 or found[0].key not in self.registry.bodies:
                continue
            body = found[0].key
            term = self.registry.bodies[body].gathering_term
            if term is None or heading.word is not None and heading.word != term:
                continue
            ev = self.evidence(p.sentences[0], p)
            for n in heading.ordinals:
                session = GatheringRef(body, term, n)
                self.add(session, "meetingOf", BodyRef(body), ev)
                if heading.place is not None:
                    self.add(session, "heldIn", heading.place, ev)
                dates = find_dates(heading.date) if heading.date else []
                if len(heading.ordinals) == 1 and dates and dates[0].start == 0:
                    self.add(session, "heldOn", dates[0].value, ev)

    def report_titled(self, report: DocumentRef, title: str, p: Paragraph) -> None:
        """The session (or the sessions of one body: "at its twenty-second and twenty-third
        sessions") a report's title names, that report's."""
        refs = find_references(title, self.matcher)
        gatherings = resolve_gatherings(title, refs, resolve_bodies(refs, self.scope), self.scope)
        self.scope.last_gathering_body = None
        if len(gatherings) != 1 or not gatherings[0].ordinals or gatherings[0].body is None:
            return
        held = gatherings[0]
        assert held.body is not None
        term = self.registry.bodies[held.body].gathering_term if held.body in self.registry.bodies else None
        ev = self.evidence(p.sentences[0], p)
        # ("... at its twenty-second and twenty-third sessions": a report of each)
        for ordinal in held.ordinals:
            session = GatheringRef(held.body, term or held.word, ordinal)
            self.add(session, "meetingOf", BodyRef(held.body), ev)
            self.add(report, "reportOf", session, ev)

    def session_records(self, paragraphs: list[Paragraph]) -> None:
        """An export's records of sessions, a field a row ("Body WIPO General Assembly",
        "Ordinal 59", "Dates 8-16 July 2030", "Venue Geneva"): the numbered session of the body
        the record names (else the document's issuer), where and when it met."""
        session: GatheringRef | None = None
        named: str | None = None  # the body the last "Body" field named
        for p in paragraphs:
            if p.kind != "table" or not p.sentences:
                session = None if p.kind != "table" else session
                continue
            if (written := gathering_lines.body_field(p.text)) is not None:
                found = self.matcher.find(written)
                named = found[0].key if len(found) == 1 and found[0].end == len(written.strip()) else None
                continue
            if (n := gathering_lines.ordinal_field(p.text)) is not None:
                body = named or self.document_issuer
                term = self.registry.bodies[body].gathering_term if body in self.registry.bodies else None
                session = GatheringRef(body, term, n) if body is not None and term is not None else None
                named = None
                if session is not None:
                    self.add(session, "meetingOf", BodyRef(session.body), self.evidence(p.sentences[0], p))
                continue
            field = records.record_field(p.text)
            if session is None or field is None or field.name not in ("venue", "dates"):
                continue
            ev = self.evidence(p.sentences[0], p)
            town = records.venue(field.value) if field.name == "venue" else None
            if town is not None:
                self.add(session, "heldIn", town, ev)
            dates = find_dates(field.value.strip('"')) if field.name == "dates" else []
            if dates and dates[0].start == 0:
                self.add(session, "heldOn", dates[0].value, ev)

    def also_issued_as(self, r: _Resolved) -> None:
        """"The present report is also issued as document A/86/27": the document being read has
        that symbol as well (one document, two symbols, as a joint symbol "X-Y" says)."""
        for s in r.symbols:
            if doc_rules.also_issued_as(r.sentence.text, s.start):
                # (the document's own facts keep the symbol they were read with, `self.doc`: its
                # node is its first symbol's either way)
                own = self.masthead.info.ref
                added = tuple(sym for sym in s.symbols if sym not in own.symbols)
                if added and own.symbols[:1] == self.doc.symbols[:1]:
                    self.masthead.info.ref = replace(own, symbols=own.symbols + added)

    def author_sends_own_report(self, r: _Resolved, phrase_start: int) -> bool:
        """"The Conference on Disarmament submits its annual report on its 2031 session to the
        General Assembly" opening a report of the Conference: the report it sends is the document
        being read (no other report is named: the caller has seen no symbol)."""
        subject_end = doc_rules.sends_own_report(r.sentence.text)
        if subject_end is None or subject_end > phrase_start or self.document_issuer is None:
            return False
        subjects = [b for b in r.refs.bodies if b.end == subject_end and b.start in r.bodies]
        return bool(subjects) and r.bodies[subjects[0].start] == self.document_issuer

    def names_own_report(self, r: _Resolved, before: int) -> bool:
        """"the working group adopted the report on its second session and entrusted the Chair
        with ... its submission to the Council", in the report of that second session: the
        report the sentence speaks of is the document being read."""
        if self.report_session is None:
            return False
        text = r.sentence.text
        return any(
            g.start < before and self.report_session in refs and _REPORT_ON_ITS.search(text, max(0, g.start - 30), g.start)
            for g, refs in r.gatherings
        )

    def symbols_opening_mandate(self, r: _Resolved, mandates: list[InstrumentRef]) -> list[DocumentRef]:
        """The documents whose symbol stands right before the words of a mandate ("(X), presented
        in response to the request in decision 2026/2", "(X) responds to the request in
        paragraph 9 of resolution 86/266"): the mandate is theirs."""
        text = r.sentence.text
        opened: list[DocumentRef] = []
        for m, ref in r.instruments:
            before = [s for s in r.symbols if s.end <= m.keyword_start]
            if ref in mandates and before and _SYMBOL_THEN_ITS_MANDATE.match(text, before[-1].end, m.keyword_start):
                opened.append(DocumentRef(symbols=before[-1].symbols))
        return opened

    def symbols_closing_mandate(self, r: _Resolved, mandates: list[InstrumentRef]) -> list[DocumentRef]:
        """The documents whose symbol stands in brackets right after a mandate's instrument."""
        text = r.sentence.text
        ends = [m.end for m, ref in r.instruments if ref in mandates]
        keywords = [m.keyword_start for m, ref in r.instruments if ref in mandates]
        starts = [m.start for m, ref in r.instruments if ref in mandates]
        closing = [
            s for s in r.symbols
            if any(_RIGHT_AFTER.match(text[end : s.start]) for end in ends)
            or any(s.end <= start and _SYMBOL_THEN_MANDATE.match(text[s.end : start]) for start in keywords)
            # "the evaluation (X), prepared pursuant to decision 10.2 ..., and the note (Y)": the
            # participle right after X's symbol is X's alone
            or (_PREPARED_RIGHT_AFTER.match(text, s.end) is not None and any(start > s.end for start in starts))
        ]
        # "pursuant to resolution 1996/31 (X and X/Add.1)", "(X and Y), prepared pursuant to ...":
        # the other symbols of the bracket
        pairs = list(zip(r.symbols, r.symbols[1:]))
        for before, after in pairs + pairs[::-1]:
            if (before in closing) != (after in closing) and _JOINED_IN_BRACKET.match(text[before.end : after.start]):
                closing.append(after if before in closing else before)
        return [DocumentRef(symbols=s.symbols) for s in sorted(closing, key=lambda s: s.start)]

    def table_row(self, p: Paragraph) -> None:
        """A row of the table under "List of documents before ... at its second session":
        the document whose symbol opens it was before that session. A row of a table of the
        instruments the document holds gives one's title and adoption date."""
        self.listed_instrument_row(p)
        self.listed_meeting_row(p)
        self.listed_under_mandate(p)
        self.documents_column_row(p)
        if self.docs.table_receiver is None and self.docs.listing_receiver is not None:
            # "The Working Group had before it the following documents:" over a "Symbol |
            # Title" table: a row opening with a symbol is one of them, like a line of a list
            symbols = find_symbols(p.text, self.symbol_series)
            if symbols and symbols[0].start == _row_lead(p.text) and p.sentences:
                receiver, mandates = self.docs.listing_receiver
                self.submit(DocumentRef(symbols=symbols[0].symbols), receiver, mandates, self.evidence(p.sentences[0], p))
                if self.docs.listed_reports_of is not None:
                    self.add(DocumentRef(symbols=symbols[0].symbols), "reportOf", self.docs.listed_reports_of, self.evidence(p.sentences[0], p))
            return
        if self.docs.table_receiver is None:
            # "Documentation" over a "Symbol | Title" table: a row opening with a symbol is one
            # of the item's documents, like a line of the list
            symbols = find_symbols(p.text, self.symbol_series)
            if symbols and symbols[0].start == _row_lead(p.text) and self.list_of_documents_session is not None:
                self.listed_in_the_list_of_documents(p, symbols[0])
                self.instrument_listed_by_symbol(p, symbols[0])
                return
            # the symbol opens the row, or closes it ("Title | Symbol", the columns the other way)
            # (two cells: a table of more columns, "Committee | 46th | 3–7 March | Düsseldorf |
            # REP31/NFSDU", lists reports by their meetings, not the item's documentation)
            closing = len(symbols) == 1 and not p.text[symbols[0].end :].strip(" |\t") and len(_ROW_CELLS.split(p.text.strip(" |\t"))) <= 2
            if symbols and (symbols[0].start == _row_lead(p.text) or closing) and p.sentences and (
                doc_rules.ends_with_documentation(p.heading or "") or self.docs.documentation_follows
                # "IV. Documentation for the segment" over "Symbol | Title | Status" (E149)
                or doc_rules.documentation_section(p.heading)
                # "Information documents before the session": the list of the session's own
                or doc_rules.documentation_entry("", p.heading) and _BEFORE_THE_SESSION.search(p.heading or "") is not None
            ):
                ev = self.evidence(p.sentences[0], p)
                self.documentation(DocumentRef(symbols=symbols[0].symbols), ev)
            return
        receiver, ev = self.docs.table_receiver
        symbols = find_symbols(p.text, self.symbol_series)
        if symbols and symbols[0].start == _row_lead(p.text) and not _draft_instrument_row(p.text, symbols[0].symbols):
            for gathering in receiver:
                self.add(DocumentRef(symbols=symbols[0].symbols), "submittedTo", gathering, ev)

    def documents_column_row(self, p: Paragraph) -> None:
        """"| Monday | 09.30 | 1st plenary | 3 | Final adoption of ... | X; X-Add.1 |" under a
        header with a "Documents" column beside the agenda items: a timetable's (or an agenda's)
        row, whose documents are before the session the document is for. The draft of the
        session's own report ("REP31/CAC (draft)") is distributed during it, not submitted."""
        header = meeting_tables.row_cells(p.text)
        column = doc_rules.documents_column(header) if header else None
        if column is not None:
            self.documents_column = (column, p.end)
            return
        if self.documents_column is None or not header or p.start - self.documents_column[1] > 4:
            self.documents_column = None  # text, or a row of another table
            return
        index = self.documents_column[0]
        self.documents_column = (index, p.end)
        own = self.own_meetings()
        if index >= len(header) or len(own) != 1 or not p.sentences:
            return
        cell = header[index]
        ev = Evidence(*self.cleaned.original_span(p.start, p.end), p.text, p.evidence_label)
        symbols = find_symbols(cell, self.symbol_series)
        if len(symbols) == 1 and any(doc_rules.ADOPTION_OF_THE_REPORT.match(other) for other in header[:index]):
            # "| 10 | Adoption of the report | REP31/CAC (draft) |": the report of the session
            self.add(DocumentRef(symbols=symbols[0].symbols), "reportOf", own[0], ev)
        for s in symbols:
            if doc_rules.DRAFT_AFTER.match(cell, s.end) or _draft_instrument_row(p.text, s.symbols):
                continue
            self.add(DocumentRef(symbols=s.symbols), "submittedTo", own[0], ev)

    def opening_formula_body(self, p: Paragraph) -> str | None:
        """"The Economic and Social Council," (or ":" before lettered paragraphs): a paragraph
        that is an opening formula alone, naming a body that issues instruments."""
        text = p.text.strip()
        if not (text.startswith("The ") and text.endswith((",", ":"))) or len(text) > 200:
            return None
        named = [b for b in self.paragraph_bodies.get(id(p), []) if b.key]
        if len(named) != 1 or named[0].start > 4 or named[0].end < len(text) - 1:
            return None
        key = named[0].key
        return key if key is not None and self.issues_instruments(key) else None

    def follow_up_row(self, p: Paragraph) -> None:
        """"Decision 11/101, para. 3 | Requests the secretariat to prepare a study | Completed":
        a row of a table following up requests (`rules.follow_up_tables`) is read as a
        paragraph whose present-tense verbs are the instrument's that opens the row."""
        if follow_up_tables.is_follow_up_header(p.text):
            self.in_follow_up_table = True
            self.follow_up_above = []
            self.follow_up_kind = follow_up_tables.header_kind(p.text)
            return
        if not self.in_follow_up_table or not p.sentences:
            return
        if self.table_columns is not None and decision_tables.not_adopted(p.text, self.table_columns):
            return  # "| IV/3 | ... | Invites ... | Not adopted (withdrawn) |": no instrument's words
        # each cell a sentence: the action taken ("The Committee held its sixtieth session ...")
        # has its own subject, not the request's
        row = replace(p, kind="paragraph", sentences=[c for s in p.sentences for c in follow_up_tables.cells(s)])
        self.paragraph_bodies[id(row)] = self.matcher.find(row.text)
        self.reading_follow_up_row = True
        try:
            first = self.resolve(row.sentences[0], row)
            shift_first = row.sentences[0].start - row.start
            opening = [ref for m, ref in first.instruments if follow_up_tables.opens_with(row.text, shift_first + m.start)]
            if opening:
                ends = [m.end for m, ref in first.instruments if ref in opening]
                self.row_instruments = (opening, row.sentences[0].start - row.start + max(ends))
                self.follow_up_above = opening
            elif self.follow_up_above and (empty := follow_up_tables.empty_first_cell(row.text)) is not None:
                # "| | 9 | Encourages ... | Ongoing |": a further paragraph of the instrument of
                # the row above, whose cell the table does not repeat
                self.row_instruments = (self.follow_up_above, empty)
            else:
                self.follow_up_above = []
                return
            self.paragraph(row, None)
        finally:
            self.reading_follow_up_row = False
            self.row_instruments = None
            del self.paragraph_bodies[id(row)]

    def row_subject(self, sentence: Sentence, p: Paragraph, refs: SentenceRefs, bodies: dict[int, str]) -> None:
        """"| Requests the Implementation Committee to ... | The Committee held its sixtieth
        session ... |": a cell that opens with a body named by the last word(s) of a body an
        earlier cell of the row named means that body (the action taken by the body requested)."""
        if sentence is p.sentences[0]:
            self.row_bodies = []
        opening = refs.bodies[0] if refs.bodies else None
        if opening is not None and opening.start <= 4 and _OPENS_WITH.match(sentence.text[: opening.start]):
            said = opening.text.lower()
            earlier = [
                key for key in reversed(self.row_bodies)
                if key != bodies.get(opening.start) and key in self.registry
                and any(
                    name.lower().endswith(" " + said) or name.lower() == said
                    for name in (*self.registry.bodies[key].names, self.registry.bodies[key].short_name or "")
                )
            ]
            if earlier and (bodies.get(opening.start) is None or bodies.get(opening.start) not in self.row_bodies) and (
                # "| *Decides* to establish an expert group on X | The expert group held its first
                # meeting |": the body the row just created is what its kind alone means (E186)
                bodies.get(opening.start) not in self.born
            ):
                bodies[opening.start] = earlier[0]
        self.row_bodies.extend(key for key in bodies.values() if key not in self.row_bodies)

    def row_its_gatherings(
        self, refs: SentenceRefs, resolved: list[tuple[GatheringMention, list[GatheringRef]]]
    ) -> list[tuple[GatheringMention, list[GatheringRef]]]:
        """"| *Requests* the Working Group on Firearms to hold a thematic discussion | Completed at
        its ninth meeting |": a cell that names no body, whose "its" gathering is the one body an
        earlier cell of the row named that holds gatherings of that word (the body requested),
        none other of the row (E186)."""
        out: list[tuple[GatheringMention, list[GatheringRef]]] = []
        done = {id(g) for g, _ in resolved}
        for g in refs.gatherings:
            if id(g) in done or g.determiner != "its" or g.of_body is not None or g.continues is not None:
                continue
            holders = [k for k in self.row_bodies if k in self.registry and self.registry.bodies[k].gathering_term == g.word]
            if len(holders) != 1:
                continue
            g.body = holders[0]
            out.append((g, [GatheringRef(holders[0], g.word, n) for n in g.ordinals]))
        return out

    def follow_up_row_opening(self, text: str, refs: SentenceRefs) -> None:
        """The first cell of a follow-up table's row: "X/1 Review of compliance" under the header
        "Decision" is decision X/1 (the header gave the keyword), and the rest of the cell is the
        instrument's title, as after "Decision 11/101"."""
        opening = [m for m in refs.instruments if follow_up_tables.opens_with(text, m.start)]
        if not opening and self.follow_up_kind is not None:
            bare = follow_up_tables.bare_instrument(text, self.follow_up_kind)
            if bare is not None:
                refs.instruments.insert(0, bare)
                refs.bodies = [b for b in refs.bodies if bare.title_span is None or not bare.title_span[0] <= b.start < bare.title_span[1]]
        elif opening and opening[0].title is None and (titled := follow_up_tables.cell_title(text, opening[0].end)):
            opening[0].title, opening[0].title_span = titled[0], titled[1:]

    def listed_under_mandate(self, p: Paragraph) -> None:
        """A row of the table after "Pursuant to decision X, the Secretariat issued the following
        notes:" whose first cell is a symbol: that document was issued pursuant to X. (The next
        paragraph of text ends the list: `_DocumentMemory.new_paragraph`.)"""
        if not self.docs.listed_mandates:
            return
        symbols = find_symbols(p.text, self.symbol_series)
        if not symbols or p.text[: symbols[0].start].strip(" |*•·-–"):
            return
        ev = Evidence(*self.cleaned.original_span(p.start, p.end), p.text, p.evidence_label)
        for ref in self.docs.listed_mandates:
            self.add(DocumentRef(symbols=symbols[0].symbols), "pursuantTo", ref, ev)

    def listed_instrument_row(self, p: Paragraph) -> None:
        """"| 2027/10 | Annual report ... | 3 | 8 June 2027 |" under "| Decision | Title | Agenda
        item | Adopted on |": the title and adoption date of an instrument of the list's issuer."""
        columns = decision_tables.header_columns(p.text)
        if columns is not None:
            self.table_columns, self.table_row_end = columns, p.end
            self.table_kind = None if columns.kind is not None else self.kind_told_before_table(p)
            return
        if self.table_columns is None or p.start - self.table_row_end > 4:
            self.table_columns = None  # a row of another table, after text
            return
        self.table_row_end = p.end
        listed = decision_tables.listed_instrument(p.text, self.table_columns, self.listed_kind or self.table_kind, self.number_in_convention)
        issuer = listed.issuer or self.issuer_of_session_listed(p, listed.session) or self.document_issuer if listed is not None else None
        if listed is None or issuer is None or not self.issues_instruments(issuer):
            documents = self.table_columns.documents
            cell = decision_tables.cell_span(p.text, documents) if documents is not None else None
            if cell is not None:
                # a row of the table that lists no instrument (the session's report, a draft not
                # adopted) still lists documents: each read with its description, sent nowhere;
                # the bodies its meeting cell names are those its descriptions name again
                self.instrument_row_at = p.start
                meeting = self.table_columns.meeting
                meeting_cell = decision_tables.cell_span(p.text, meeting) if meeting is not None else None
                if meeting_cell is not None:
                    resolve_bodies(find_references(p.text[meeting_cell[0] : meeting_cell[1]], self.matcher), self.scope)
                self.listed_documents(p, cell, None)
            return
        self.instrument_row_at = p.start
        ref = InstrumentRef(issuer, listed.kind, listed.session, listed.number)
        ev = Evidence(*self.cleaned.original_span(p.start, p.end), p.text, p.evidence_label)
        self.add(self.doc, "mentions", ref, ev)
        self.texts_held.append(ref)
        if listed.title:
            # (the cleaned text sets each row apart with a blank line)
            following = [line for line in self.cleaned.text[p.end : p.end + 2000].split("\n") if line.strip()][:8]
            self.add(ref, "title", decision_tables.wrapped_title(listed.title, following, self.table_columns), ev)
        if listed.adopted_on:
            self.add(ref, "adoptedOn", listed.adopted_on, ev)
        adopted_at = self.listed_at_meeting_cell(p, ref, listed.meeting)
        if adopted_at is None and not self.listed_at_session_of_heading(p, ref):
            self.listed_at_report_session(p, ref)
        self.listed_content(p, ref, listed.clauses)
        self.due_meetings(p, ref)
        if listed.documents is not None:
            self.listed_documents(p, listed.documents, adopted_at)

    def listed_documents(self, p: Paragraph, cell: tuple[int, int], adopted_at: GatheringRef | None) -> None:
        """"| UNEP/MED IG.29/8 (Report of the 21st Meeting of the MCSD) |" in the documents column
        of a row listing an instrument: each document was before the gathering that adopted it
        (the meeting cell's), and what its description in brackets says of it is read as a
        table row's title is (the session a report is of, the decision it was prepared under)."""
        text = p.text[cell[0] : cell[1]]
        symbols = find_symbols(text, self.symbol_series)
        ev = Evidence(*self.cleaned.original_span(p.start, p.end), p.text, p.evidence_label)
        described_to = 0  # where the last description ends: a symbol inside one is no listed document
        for s in symbols:
            if s.start < described_to:
                continue
            document = DocumentRef(symbols=s.symbols)
            if adopted_at is not None:
                self.add(document, "submittedTo", adopted_at, ev)
            described = decision_tables.DESCRIBED.match(text, s.end)
            if described is None:
                continue
            described_to = described.end()
            what = described["what"]
            # "(report of the Meeting of the Parties on its eighth session)": a description in
            # brackets opens in lower case where a title opens in capitals
            if document_records.REPORT_TITLE.match(what[:1].upper() + what[1:]):
                self.report_titled(document, described["what"].split(",")[0], p)
            item = Paragraph(p.start + cell[0] + s.start, p.start + cell[0] + described.end(), text[s.start : described.end()], "table", None, p.heading, p.section)
            item.sentences = split_sentences(item.text, item.start)
            self.paragraph_bodies[id(item)] = self.matcher.find(item.text)
            try:
                self.row_prepared_under(self.resolve(item.sentences[0], item))
            finally:
                del self.paragraph_bodies[id(item)]

    def listed_at_meeting_cell(self, p: Paragraph, ref: InstrumentRef, cell: str | None) -> GatheringRef | None:
        """"| IG.29/3 | Title | 12/12/2029 | COP 26 |" under "| Decision | Title | Adopted |
        Meeting |": the instrument was adopted at the session (or meeting) of its issuer that the
        meeting cell names, when it names one numbered gathering its number allows."""
        if not cell:
            return None
        refs = find_references(cell, self.matcher)
        gatherings = resolve_gatherings(cell, refs, resolve_bodies(refs, self.scope), self.scope)
        self.scope.last_gathering_body = None
        coded = self.coded_gathering(cell, ref.issuer) if not gatherings else None
        if coded is not None and coded.body == ref.issuer:
            # "A 33" of an Assembly resolution: the session its issuer's code numbers
            ev = Evidence(*self.cleaned.original_span(p.start, p.end), p.text, p.evidence_label)
            self.add(coded, "meetingOf", BodyRef(ref.issuer), ev)
            self.add(ref, "adoptedAt", coded, ev)
            return coded
        if len(gatherings) != 1 or len(gatherings[0].ordinals) != 1 or gatherings[0].body != ref.issuer:
            return None
        held, body = gatherings[0], self.registry.bodies.get(ref.issuer)
        if body is None or not body.gathering_term or _PLENARY_WORD.search(cell):
            return None  # ("3rd plenary meeting": a sitting of the session, not the session)
        if not held.abbreviated and held.word != body.gathering_term:
            return None  # "2nd meeting" of a body that holds sessions: a sitting again
        # (the row names the gathering itself: no check of the instrument's number against its
        # ordinal, which some bodies number in a series of their own, "IG.29/3" adopted at COP 26)
        session = GatheringRef(ref.issuer, body.gathering_term, held.ordinals[0])
        ev = Evidence(*self.cleaned.original_span(p.start, p.end), p.text, p.evidence_label)
        self.add(session, "meetingOf", BodyRef(ref.issuer), ev)
        self.add(ref, "adoptedAt", session, ev)
        span = decision_tables.cell_span(p.text, self.table_columns.meeting) if self.table_columns and self.table_columns.meeting is not None else None
        if span is not None and _PLACE_IN_BRACKETS.search(cell):
            # "Eighth session of the Meeting of the Parties ... (Geneva, 18–20 November 2030)":
            # where and when the session was held, read as a sentence naming it would be
            item = Paragraph(p.start + span[0], p.start + span[1], p.text[span[0] : span[1]], "table", None, p.heading, p.section)
            item.sentences = split_sentences(item.text, item.start)
            self.paragraph_bodies[id(item)] = self.matcher.find(item.text)
            try:
                if item.sentences:
                    self.gathering_facts(self.resolve(item.sentences[0], item), ev)
            finally:
                del self.paragraph_bodies[id(item)]
        return session

    def coded_gathering(self, cell: str, near: str | None) -> GatheringRef | None:
        """"C 134", "A 33": a cell naming a session by its body's code (the body's symbol
        prefix) and number alone, of a body that holds numbered gatherings; of the bodies
        sharing the code ("C" of two organizations' councils), the one of the organization of
        ``near`` (the row's instrument's issuer)."""
        coded = decision_tables.CODED_GATHERING.fullmatch(cell.strip())
        if coded is None:
            return None
        bodies = [b for b in self.registry.bodies.values() if b.symbol_prefix == coded["code"] and b.gathering_term]
        if len(bodies) > 1 and near is not None:
            root = near.split("/")[0]
            bodies = [b for b in bodies if b.key.split("/")[0] == root]
        term = bodies[0].gathering_term if len(bodies) == 1 else None
        return GatheringRef(bodies[0].key, term, int(coded["n"])) if term is not None else None

    def due_meetings(self, p: Paragraph, ref: InstrumentRef) -> None:
        """"| NCSR 13; MSC 112 |" in a register's "Report due" column: the meetings the
        mandates report to, each a gathering of the body its code names."""
        if self.table_columns is None or self.table_columns.due is None:
            return
        ev = Evidence(*self.cleaned.original_span(p.start, p.end), p.text, p.evidence_label)
        for cell in decision_tables.due_gatherings(p.text, self.table_columns):
            refs = find_references(cell, self.matcher)
            gatherings = resolve_gatherings(cell, refs, resolve_bodies(refs, self.scope), self.scope)
            self.scope.last_gathering_body = None
            met = [
                GatheringRef(g.body, g.word, g.ordinals[0]) for g in gatherings
                if g.body is not None and len(g.ordinals) == 1 and g.abbreviated and g.start == 0 and g.end == len(cell)
            ]
            if not gatherings and (coded := self.coded_gathering(cell, ref.issuer)) is not None:
                met = [coded]
            for gathering in met:
                self.add(gathering, "meetingOf", BodyRef(gathering.body), ev)

    def kind_told_before_table(self, p: Paragraph) -> InstrumentKind | None:
        """"The Commission adopted the following decisions:" (or the section heading "II.
        Decisions adopted by the Commission") over a table whose number column is headed "No.",
        "Number" or "Symbol": the kind of the instruments its rows number, when one kind is named."""
        for told in (self.docs.last_paragraph, p.heading or ""):
            kinds = {m["kind"].lower() for m in _KIND_OF_TABLE.finditer(told)}
            if len(kinds) == 1:
                return "decision" if kinds == {"decisions"} else "resolution"
        return None

    def listed_at_report_session(self, p: Paragraph, ref: InstrumentRef) -> None:
        """A row of a table of instruments under "The Conference adopted the following decisions:"
        in the report of a session, no session named over the table: adopted at the session the
        report is of, when the report's body issued it and its number names no other session (E94)."""
        session = self.report_session
        if session is None or session.body != ref.issuer or not _may_adopt(session, ref):
            return
        if _FOLLOWING.search(self.docs.last_paragraph) is None and listed_below.adopted_below(self.docs.last_paragraph) is None:
            return  # (nor "the meeting adopted the decisions listed in the table below")
        ev = Evidence(*self.cleaned.original_span(p.start, p.end), p.text, p.evidence_label)
        self.add(ref, "adoptedAt", session, ev)

    def issuer_of_session_listed(self, p: Paragraph, session: str) -> str | None:
        """The issuer of a bare number a table lists ("83/7"), when the document's title names the
        session whose instruments it is about ("... adopted by the Human Rights Council at its
        eighty-third session") or the table's caption names that body's session of the number's
        ordinal ("Mandated activities and reports requested by the Human Rights Council at its
        eighty-third session"): that body's, not the author's (E161)."""
        if (titled := self.scope.titled_sessions.get(session)) is not None:
            return titled
        if not p.heading or not session.isdigit() or " session" not in p.heading:
            return None
        refs = find_references(p.heading, self.matcher)
        found = resolve_gatherings(p.heading, refs, resolve_bodies(refs, self.scope), self.scope)
        self.scope.last_gathering_body = None
        bodies = {
            g.body for g in found if g.body and g.body != self.scope.default_issuer and list(g.ordinals) == [int(session)]
            and (body := self.registry.bodies.get(g.body)) is not None and body.issues_instruments
        }
        return bodies.pop() if len(bodies) == 1 else None

    def titled_sessions(self, paragraphs: list[Paragraph]) -> dict[str, str]:
        """The sessions whose instruments the title block says the document is about ("Revised
        estimates resulting from resolutions and decisions adopted by the Human Rights Council at
        its eighty-third session"): the session's ordinal, as the numbers of its instruments open
        with it, to the body, when that body issues instruments and is not the document's default
        issuer (`Scope.titled_sessions`, E161)."""
        found: dict[str, str] = {}
        for p in paragraphs:
            if p.kind != "heading":
                break  # the title block ends at the first paragraph of text
            if not _INSTRUMENTS_ADOPTED_BY.search(p.text):
                continue
            refs = find_references(p.text, self.matcher)
            for g in resolve_gatherings(p.text, refs, resolve_bodies(refs, self.scope), self.scope):
                body = self.registry.bodies.get(g.body or "")
                if body is not None and body.issues_instruments and g.body != self.scope.default_issuer and len(g.ordinals) == 1:
                    found[str(g.ordinals[0])] = body.key
            self.scope.last_gathering_body = None
        return found

    def listed_at_session_of_heading(self, p: Paragraph, ref: InstrumentRef) -> bool:
        """A row of a table of decisions under the section heading "II. Decisions adopted at the
        forty-second session" (or "... by the Committee at its forty-second session"): adopted at
        that session of the table's issuer, the body the heading names if any."""
        found = _SECTION_OF_A_SESSION.match(p.heading or "")
        if found is None and self.document_issuer == ref.issuer:
            return self.listed_at_coded_session_of_heading(p, ref)
        if found is None or self.document_issuer != ref.issuer:
            return False
        body = self.registry.bodies.get(ref.issuer)
        n = ordinal_value(found["ord"])
        named = [b.key for b in self.matcher.find(found["body"] or "") if b.key]
        if body is None or n is None or not body.gathering_term or named[:1] not in ([ref.issuer], []):
            return False
        session = GatheringRef(ref.issuer, body.gathering_term, n)
        if _may_adopt(session, ref):
            ev = Evidence(*self.cleaned.original_span(p.start, p.end), p.text, p.evidence_label)
            self.add(ref, "adoptedAt", session, ev)
        return True

    def listed_at_coded_session_of_heading(self, p: Paragraph, ref: InstrumentRef) -> bool:
        """A row of a table of resolutions under the heading "Resolutions adopted at RC81": adopted
        at the session the heading writes as the issuer's symbols do ("RC81" where resolutions are
        "WPR/RC{session}.R{number}"), if the instrument's number allows it."""
        found = _SECTION_OF_A_CODED_SESSION.match(p.heading or "")
        body = self.registry.bodies.get(ref.issuer)
        if found is None or body is None or not body.gathering_term:
            return False
        n = records.session_of_code(found["code"], tuple(n.template for n in body.numbering))
        if n is None:
            return False
        session = GatheringRef(ref.issuer, body.gathering_term, n)
        if _may_adopt(session, ref):
            ev = Evidence(*self.cleaned.original_span(p.start, p.end), p.text, p.evidence_label)
            self.add(ref, "adoptedAt", session, ev)
        return True

    def listed_content(self, p: Paragraph, ref: InstrumentRef, clauses: tuple[tuple[int, int], ...]) -> None:
        """The "Operative content" cell of a row listing an instrument ("recalls its decision
        36/3 ...; decides to establish ...; requests the Division to ..."): each clause is one of
        the instrument's operative paragraphs, read as such."""
        default_issuer, speaking = self.scope.default_issuer, self.scope.speaking
        self.scope.default_issuer = self.scope.speaking = ref.issuer
        # "By the same decision the Committee invites ...": in the row's cell, the row's
        # instrument (or one its cell names before), not one a row above named (E127)
        last_instrument, self.last_instrument = self.last_instrument, [ref]
        if clauses and self.table_columns is not None and (label := decision_tables.cell_span(p.text, self.table_columns.number)) is not None:
            # "83/15 Special Rapporteur on the human rights of internally displaced persons (11 July
            # 2033)": the body the row's label names is the one "requests the Special Rapporteur"
            # of its activity cell means (E161)
            resolve_bodies(find_references(p.text[label[0] : label[1]], self.matcher), self.scope)
        for start, end in clauses:
            clause = Paragraph(
                p.start + start, p.start + end, p.text[start:end], "paragraph", None, p.heading, p.section,
                (ref.kind, ref.session, ref.number), "operative",
            )
            clause.sentences = split_sentences(clause.text, clause.start)
            self.paragraph_bodies[id(clause)] = self.matcher.find(clause.text)
            self.paragraph(clause, ref)
            del self.paragraph_bodies[id(clause)]
        self.scope.default_issuer, self.scope.speaking = default_issuer, speaking
        self.last_instrument = last_instrument

    def listed_meeting_row(self, p: Paragraph) -> None:
        """"| Fifth | 14 – 15 March 2031 | The Hague | OEWG-CEP/5/2 |" under "| Meeting | Dates |
        Venue | Report |", in a section headed "Meetings of the Working Group on X ...": the
        body's fifth meeting, when and where it was held, and its report."""
        columns = meeting_tables.header_columns(p.text)
        if columns is not None:
            body = self.body_of_heading(p.heading) or self.own_gatherings_heading(p.heading, columns.word)
            term = self.registry.bodies[body].gathering_term if body is not None else None
            if term == "session" and columns.word == "meeting" and columns.body is None:
                # "| Decision | Title | Meeting | Date |" of a body that holds sessions: the
                # "303rd" meeting is a sitting of a session, no gathering numbered like its sessions
                self.meeting_columns = None
                return
            # "| Body | Session | Dates | ...": each row names its own body; "| MSC 110 | ...":
            # each row's gathering cell names its body by its code (`coded_gathering`)
            self.meeting_columns = (columns, body, term or gathering_kind(columns.word))
            self.meeting_row_end = p.end
            self.table_gatherings = []
            return
        if self.meeting_columns is None or p.start - self.meeting_row_end > 4:
            self.meeting_columns = None  # a row of another table, after text
            return
        self.meeting_row_end = p.end
        columns, heading_body, term = self.meeting_columns
        listed = meeting_tables.listed_meeting(p.text, columns)
        if listed is None:
            return
        body = heading_body
        if columns.body is not None:
            body = self.body_of_heading(listed.body)
            if body is None:
                # "| Trafficking in Persons | twentieth |" under "| Working group | Meeting |":
                # the end of a body's name; a joint meeting's row names two
                named = meeting_tables.bodies_finished(listed.body, columns.body_word, self.registry.bodies, self.document_issuer)
                for key in named[1:]:
                    self.listed_meeting(p, listed, key, self.registry.bodies[key].gathering_term or term)
                body = named[0] if named else None
            if body is not None:
                term = self.registry.bodies[body].gathering_term or term
        if body is None and columns.body is None and listed.code is not None:
            coded = self.coded_gathering(f"{listed.code} {listed.ordinal}", self.document_issuer or self.masthead.info.author)
            if coded is not None:
                body, term = coded.body, coded.kind
        if body is None:
            return
        if listed.code is not None and listed.code != self.registry.bodies[body].symbol_prefix:
            return  # "COP 26" in a table of the Bureau's meetings: another body's gathering
        self.listed_meeting(p, listed, body, term)

    def listed_meeting(self, p: Paragraph, listed: meeting_tables.ListedMeeting, body: str, term: GatheringKind) -> None:
        """The facts of one body's gathering a row of a table of meetings lists."""
        ref = GatheringRef(body, term, listed.ordinal)
        self.table_gatherings.append(ref)
        ev = Evidence(*self.cleaned.original_span(p.start, p.end), p.text, p.evidence_label)
        self.add(ref, "meetingOf", BodyRef(body), ev)
        if listed.dates is not None:
            self.add(ref, "heldOn", listed.dates, ev)
            self.held[ref] = listed.dates
        if listed.place is not None:
            self.add(ref, "heldIn", listed.place, ev)
        for symbols in listed.reports:
            self.add(DocumentRef(symbols=symbols), "reportOf", ref, ev)

    def body_of_heading(self, heading: str | None) -> str | None:
        """The one body that meets which a heading names ("Meetings of the Open-Ended Working
        Group on X since its establishment"), by its name or its short name."""
        if not heading:
            return None
        keys = []
        for mention in self.matcher.find(heading):
            key = mention.key or self.scope.short(mention)
            if key is not None and key in self.registry.bodies and self.registry.bodies[key].gathering_term and key not in keys:
                keys.append(key)
        return keys[0] if len(keys) == 1 else None

    def own_gatherings_heading(self, heading: str | None, word: str) -> str | None:
        """"Previous sessions", "Past meetings": a heading that names the gatherings of no body
        in particular, in the document of a body that holds them: that body's."""
        author = self.masthead.info.author
        if not heading or author is None or author not in self.registry.bodies:
            return None
        if self.matcher.find(heading) or not meeting_tables.names_gatherings(heading, word):
            return None
        return author if self.registry.bodies[author].gathering_term == word else None

    def number_in_convention(self, cell: str) -> tuple[str, InstrumentKind, str, str] | None:
        found = self.matcher.numbering.find(cell)
        if len(found) == 1 and found[0].end == len(cell) and (
            found[0].start == 0
            # "resolution MSC.562(110)", "Assembly resolution A.1190(33)" in a register's
            # instrument column: the number after its kind's word (and its issuer's name)
            or (kind_word := _KIND_BEFORE_NUMBER.fullmatch(cell[: found[0].start])) is not None
            and kind_word["kind"].lower().startswith(found[0].kind)
        ):
            return found[0].issuer, found[0].kind, found[0].session, found[0].number
        return self.own_instrument_symbol(cell)

    def own_instrument_symbol(self, cell: str) -> tuple[str, InstrumentKind, str, str] | None:
        """"E/CN.21/RES/12/1" in a table's number column headed "Symbol": an instrument of the
        document's body, its symbol the body's prefix then "RES" or "DEC"; another body's
        ("A/RES/80/5" in the Commission's report) is none of the table's."""
        symbol = _OWN_INSTRUMENT_SYMBOL.fullmatch(cell)
        issuer = self.document_issuer
        if symbol is not None and issuer is not None and issuer in self.registry.bodies and symbol["prefix"] == self.registry.bodies[issuer].symbol_prefix:
            return issuer, "decision" if symbol["kind"].lower() == "dec" else "resolution", symbol["session"], symbol["number"]
        # "A/RES/86/187" in a table of another body's report: the instrument of the series' body,
        # as running text reads the symbol (E167's `symbol_numbered.instrument_symbols`, a series
        # whose one body the reference data knows), the cell holding the symbol alone (E168)
        if "/" not in cell:
            return None
        found = instrument_symbols(cell, self.matcher.symbol_numbered.among(self.matcher.unevidenced))
        if len(found) != 1 or found[0].start != 0 or found[0].end != len(cell.rstrip()):
            return None
        return found[0].issuer, found[0].kind, found[0].session, found[0].number

    def considered(self, r: _Resolved, own: InstrumentRef | None) -> None:
        """"At its seventieth session, the Commission considered the report of the Secretary-
        General on ... (X)"; "Having considered the report of the Subsidiary Body ... [X]" in
        the preamble of a decision adopted at a meeting: the report was before that session.
        A report given by a footnote only waits for it (`footnoted_submission`)."""
        text = r.sentence.text
        # "HAVING CONSIDERED THE EVALUATION (X)": a preamble printed in capitals reads the same
        read = text.lower() if text.startswith("HAVING ") and len(text.lower()) == len(text) else text
        if r.paragraph.draft and own is not None:
            # "… recommend … the adoption of the following draft decision:" / "The Eighty-ninth World
            # Health Assembly, having considered the report …": the draft's recital sends no paper
            return
        found = list(_CONSIDERED_REPORT.finditer(read))
        if len(found) > 1 and _HAVING_RECITALS.match(text) is None:
            found = found[:1]
        for index, considered in enumerate(found):
            # ("The Executive Board, having noted the report of X on its fourth meeting,1 and having
            # considered the report by the Director-General,2 decided …": each recital's paper,
            # each waiting for its note)
            self.considered_paper(r, own, read, considered, found[index + 1].start() if index + 1 < len(found) else len(text))

    def considered_paper(self, r: _Resolved, own: InstrumentRef | None, read: str, considered: re.Match[str], until: int) -> None:
        """`considered` for one paper the sentence says was considered, its symbols before ``until``."""
        text = r.sentence.text
        if _CONSIDERED_BY_AFTER.match(read, considered.end()):
            return
        receiver: list[GatheringRef] = []
        if _AT_SESSION.match(text) and r.gatherings:
            receiver = r.gatherings[0][1][:1]
        elif (same := _AT_THE_SAME_SESSION_OPENS.match(text)) is not None and own is None:
            # "At the same session the Assembly also considered the report of the Special
            # Committee (A/86/33)": the session told last of the body that considered it (E135)
            receiver = self.same_session_of_subject(r, same.end(), same["word"].lower(), considered.start())
        elif own is not None and (
            r.paragraph.part == "preamble" or self.issuer_narrates(r, own, considered.start())
            # "The Council, having reviewed document GEF/C.79/03, approves ...": the recital set off
            # after the formula of a decision of one sentence (E165)
            or _RECITAL_AFTER_THE_BODY.fullmatch(text, 0, considered.start()) is not None
            # ("The Executive Board, recalling decision EB151(2), ..., and having noted the report
            # ...": a later recital of the same opening)
            or read[considered.start() : considered.start() + 6].lower() == "having" and _RECITAL_AFTER_THE_BODY.match(text) is not None
        ):
            # ("The Executive Board considered the proposed budget (X), and decided to ...": a
            # decision told in the past under its heading, its issuer the subject, E149)
            receiver = [self.adopted_at[own]] if own in self.adopted_at else []
            session = self.report_session
            if (
                not receiver and session is not None and session.body == own.issuer and session.kind == "session"
                and _may_adopt(session, own) and considered.start() == 0
                # "Having considered the report of the Committee on its second session (X)": the
                # gathering the report is of is no other session it was considered at
                and (not r.gatherings or len(r.gatherings) == 1 and self.report_named(r, considered.end()) is not None)
            ):
                # a resolution printed in the report on its issuer's session, adopted there
                # (`finish` says so once the text is read): the session it considered the report at
                receiver = [session]
        if not receiver and own is None and "when " in text[: considered.start()]:
            # "The Council was briefed at its 10811th meeting, on 19 March 2032, when it considered
            # my report (S/2032/87)": the gathering the clause of time is set off after (E182)
            receiver = next(
                (refs[:1] for g, refs in reversed(r.gatherings) if g.end <= considered.start() and _WHEN_IT_CONSIDERED.fullmatch(text, g.end, considered.start())),
                [],
            )
        if not receiver and own is None:
            # "The Commission considered an earlier progress report (X)[1] at its 112th session":
            # the session named right after the paper's symbol
            first = next((s for s in r.symbols if s.start > considered.start()), None)
            receiver = next(
                (refs[:1] for g, refs in r.gatherings if first is not None and g.start > first.end
                 and _THEN_AT_ITS.fullmatch(text, first.end, g.start) and _holds_in_its_series(self.registry, refs[0])),
                [],
            )
        if not receiver and own is None and (back := _CONSIDERED_NAMED_BACK.match(read, considered.start())) is not None and (
            len(self.docs.sentences) > 1 and len(told := self.docs.sentences[-2]) == 1
        ):
            # "The previous Panel submitted its final report (S/2033/371) .... The Council considered
            # that report at its 10948th meeting": the one paper the sentence before named (E189)
            at = next((refs[:1] for g, refs in r.gatherings if g.start == back.end() and _holds_in_its_series(self.registry, refs[0])), [])
            if at:
                self.add(told[0], "submittedTo", at[0], self.evidence(r.sentence, r.paragraph))
            return
        if not receiver:
            return
        ev = self.evidence(r.sentence, r.paragraph)
        considered_symbols = [
            s for s in r.symbols if considered.start() < s.start < until and not doc_rules.cites_a_passage(text, s.end)
            and not self.draft_before_a_recommending_body(text, s.start, receiver)
        ]
        docs = [DocumentRef(symbols=s.symbols) for s in considered_symbols]
        for index, doc in enumerate(docs):
            if index and not _AND_THE_NEXT_PAPER.fullmatch(text, considered_symbols[index - 1].end, considered_symbols[index].start):
                break
            self.add(doc, "submittedTo", receiver[0], ev)
        if not docs and _MY_PREVIOUS_REPORT.match(read, considered.start()) and len(set(self.my_earlier_reports)) == 1 and not any(
            considered.start() < s.start < until for s in r.symbols
        ):
            # "when it considered my previous report": the one earlier report of the writer's the
            # text named by its symbol ("It follows my report of 4 February 2032 (S/2032/87)", E182)
            self.add(self.my_earlier_reports[0], "submittedTo", receiver[0], ev)
            return
        if not docs and not any(considered.start() < s.start < until and not doc_rules.cites_a_passage(text, s.end) for s in r.symbols):
            note = _NOTE_AFTER.search(text, considered.end())
            # "Having considered the report of the Secretary-General submitted pursuant to resolution
            # 87/231,1": the mandate a participle gives the paper considered is its own too (E200)
            mandates = [
                ref for m, ref in r.instruments
                if considered.end() <= m.start < until and doc_rules.under_mandate(text, m.keyword_start)
                and _PREPARED.search(text, considered.end(), m.keyword_start) is not None
            ]
            self.docs.unnamed_reports.append((note["note"] if note else None, receiver, mandates, ev, self.report_named(r, considered.end())))

    def issuer_narrates(self, r: _Resolved, own: InstrumentRef, verb_start: int) -> bool:
        """Whether the sentence opens on ``own``'s issuer, named, right before the verb at
        ``verb_start`` ("The Executive Board considered ..." in the Board's decision)."""
        opening = r.refs.bodies[0] if r.refs.bodies else None
        return (
            opening is not None and r.bodies.get(opening.start) == own.issuer
            and _NARRATING_SUBJECT.fullmatch(r.sentence.text, 0, opening.start) is not None
            and _NARRATED_VERB_AFTER.fullmatch(r.sentence.text, opening.end, verb_start) is not None
        )

    def same_session_of_subject(self, r: _Resolved, opening_end: int, word: str, verb_start: int) -> list[GatheringRef]:
        """The gathering ("session" or "meeting") of the clause's subject (the one body named
        between the opening "At the same session" and the verb) that an earlier sentence named
        last; none when the sentence names a gathering itself or the subject's last one is not
        known."""
        subjects = [b for b in r.refs.bodies if opening_end <= b.start and b.end <= verb_start and b.start in r.bodies]
        if len(subjects) != 1 or any(g.start < verb_start for g, _ in r.gatherings):
            return []
        key = r.bodies[subjects[0].start]
        for refs, said in reversed(self.docs.recent_meetings):
            theirs = [ref for ref in refs if ref.body == key and ref.kind == word]
            if said != r.sentence.text and theirs:
                return theirs[-1:] if len(set(theirs)) == 1 else []
        return []

    def report_named(self, r: _Resolved, after: int) -> GatheringRef | None:
        """"the report of the Paris Committee on Capacity-building on its ninth meeting": the
        one gathering the report named at ``after`` is of."""
        text = r.sentence.text
        for g, refs in r.gatherings:
            if g.start >= after and len(refs) == 1 and _REPORT_OF_BODY_ON.match(text[after : g.start]):
                return refs[0]
        return None

    def in_clauses_of_mandates(self, r: _Resolved, named: list[DocumentRef], mandates: list[InstrumentRef]) -> list[DocumentRef]:
        """"Document X was prepared in response to the request of the Commission; document Y was
        prepared pursuant to resolution 85/102": where each of two clauses joined by a semicolon
        names its own document, a mandate holds the documents of its clause only. "the report (X)
        and a note (Y), which had been prepared in accordance with decision VC XIII/2": a relative
        clause right after a symbol holds the mandate of that document only."""
        text = r.sentence.text
        if len(named) > 1 and len(r.symbols) > 1:
            hung = {
                before[-1].symbols
                for m, ref in r.instruments if ref in mandates
                if (before := [s for s in r.symbols if s.end <= m.keyword_start])
                and _WHICH_MANDATE_RIGHT_AFTER.match(text, before[-1].end, m.keyword_start)
            }
            if hung:
                return [doc for doc in named if doc.symbols in hung]
        if ";" not in text:
            return named
        bounds = [0] + [m.end() for m in re.finditer(";", text)] + [len(text) + 1]

        def clause(position: int) -> int:
            return bisect.bisect_right(bounds, position) - 1

        at_mandates = {clause(m.keyword_start) for m, ref in r.instruments if ref in mandates}
        with_documents = {clause(s.start) for s in r.symbols}
        if len(with_documents) < 2:
            return named  # "Pursuant to resolution 12/4, a paper (X) has been prepared; it will be ..."
        kept = {s.symbols for s in r.symbols if clause(s.start) in at_mandates}
        return [doc for doc in named if doc.symbols in kept]

    def receiver(self, r: _Resolved, phrase: doc_rules.Submission) -> list[GatheringRef] | str | None:
        """The meetings a submission phrase sends documents to, or the body whose own meeting
        (the one the document being read is for) receives them."""
        text = r.sentence.text
        if phrase.receiver_first:
            subjects = [b for b in r.refs.bodies if b.end <= phrase.start and b.start in r.bodies]
            if not subjects and _IT_SUBJECT.match(text[: phrase.start]):
                # "It will have before it ...", "Under this item, it will have before it ...": the
                # body whose meeting the document is for, when it is for one
                named_after = [
                    refs[:1] for g, refs in r.gatherings for s in r.symbols
                    if phrase.end <= s.start and s.end <= g.start and _THEN_AT_ITS.fullmatch(text, s.end, g.start)
                    and _holds_in_its_series(self.registry, refs[0])
                ]
                if len(named_after) == 1 and not _HAD_BEFORE_IT.search(text):
                    # "It will have before it the full estimate (X) at its twenty-second meeting":
                    # the meeting named right after the paper, whichever body "it" is
                    return named_after[0]
                own = self.own_meetings()
                if self.report_session is None and _HAD_BEFORE_IT.search(text):
                    return None  # what "it had before it" is said in a note for a session to come: an earlier one
                if self.report_session is not None and len(own) > 1 and _HAD_BEFORE_IT.search(text):
                    # "It also had before it a background note (X)" in a forum's report on its
                    # seventh session, itself for the Council's eighty-eighth: the past tells of
                    # the session reported on, not of the one the report goes to
                    return [self.report_session]
                return [own[0]] if len(own) == 1 else None
            if not subjects and (word := own_gathering_words.gathering_word_subject(text[: phrase.start])):
                return self.own_meeting_of_kind(word)  # "The meeting had before it ..."
            if not subjects or phrase.start - subjects[-1].end > 80:
                return None
            subject = subjects[-1]
            key = r.bodies[subject.start]
            for g, refs in r.gatherings:
                if subject.start <= g.start < phrase.start and refs[0].body == key:
                    return refs
            for g, refs in r.gatherings:
                if phrase.end <= g.start <= phrase.end + 16 and refs[0].body == key and _AT_ITS_RIGHT_AFTER.fullmatch(text, phrase.end, g.start):
                    # "which the Working Group will take up at its sixteenth meeting": the
                    # subject's gathering named right after the verb (E148)
                    return refs
            if _AT_THAT_SESSION.match(text, phrase.end):
                # "At its sixty-fourth session, held in ..., the Commission ... . The Commission
                # had before it at that session the report ...": the session said last of that body
                for refs, said in reversed(self.docs.recent_meetings):
                    theirs = [ref for ref in refs if ref.body == key]
                    if said != text and theirs:
                        return theirs[-1:]
                return None
            if _HAD_BEFORE_IT.search(text, subject.end, phrase.end + 12) and not self.own_meetings() and self.docs.recent_meetings:
                # "The eighty-eighth session was held in Geneva ... The Committee had before it the
                # note ...": in a page that is of no session, the one the sentence before in the
                # paragraph said was held, when it is that body's
                meetings, said = self.docs.recent_meetings[-1]
                theirs = [ref for ref in meetings if ref.body == key and ref.kind == "session"]
                if said != text and said in r.paragraph.text and doc_rules.says_held(said) and len(set(theirs)) == 1:
                    return theirs[:1]
            for g, refs in r.gatherings:
                if g.start > phrase.end and refs[0].body == key and any(
                    phrase.end <= s.start and s.end <= g.start and _THEN_AT_ITS.fullmatch(text, s.end, g.start) for s in r.symbols
                ):
                    # "The Commission will consider the report (X) at its sixty-fourth session": the
                    # subject's session named right after the paper, not the one reported on
                    return refs
            return key
        for g, refs in r.gatherings:
            if doc_rules.within_receiver_reach(text, phrase.end, g.start):
                if _REPORT_ON.search(text, phrase.end, g.start):
                    # "transmit to the Commission the report of the Working Group on its third
                    # meeting": the meeting reported on, not the one receiving it
                    break
                return refs + self.joined_receivers(r, g)
        for b in r.refs.bodies:
            if b.start in r.bodies and 0 <= b.start - phrase.end < 12:
                key = r.bodies[b.start]
                if (that_session := _AT_THAT_SESSION.match(text, b.end)) is not None:
                    # "will be before the Committee at the same session as document X": the
                    # gathering of that body an earlier sentence of the paragraph said last (E143)
                    that_kind = that_session.group(0).split()[-1]
                    for refs, said in reversed(self.docs.recent_meetings):
                        theirs = [ref for ref in refs if ref.body == key and ref.kind == that_kind]
                        if said != text and said in r.paragraph.text and theirs:
                            return theirs[-1:]
                return key
        if _IT_AFTER_PHRASE.match(text, phrase.end):
            # "The fifteenth meeting of the Conference ... will be held in Geneva ...; the
            # Committee's report is submitted to it": the one gathering the clause before named (E127)
            before = [refs for g, refs in r.gatherings if g.end <= phrase.start]
            clause = text.rfind(";", 0, phrase.start)
            if len(before) == 1 and len(before[0]) == 1 and clause >= 0 and all(g.end <= clause for g, _ in r.gatherings if g.end <= phrase.start):
                return before[0]
        if word := own_gathering_words.gathering_word_after(text, phrase.end):
            return self.own_meeting_of_kind(word)  # "Before the meeting were ..."
        if _NUMBERED_SITTING_AFTER.match(text, phrase.end) and (session := self.own_meeting_of_kind("session")) is not None:
            # "(X) was discussed at the 304th meeting" in the decisions of a session: a sitting of
            # the session the document is of, no body named (a body that numbers its meetings as
            # gatherings is named with them, "the Committee at its 330th meeting")
            return session
        if self.last_plenary_session is not None and _THE_PLENARY_AFTER.match(text, phrase.end):
            # "(X) approved for submission to the plenary", "to go to the plenary": the plenary
            # session the document named last ("80th plenary session of the Conference", E144)
            return [self.last_plenary_session]
        return None

    def own_meeting_of_kind(self, kind: str) -> list[GatheringRef] | None:
        """The one session or meeting (``kind``) the document is for or reports on, which "the
        meeting" / "the session" names alone; None when it is of none or of several."""
        own = [g for g in self.own_meetings() if g.kind == kind]
        return own[:1] if len(own) == 1 else None

    def joined_receivers(self, r: _Resolved, first: GatheringMention) -> list[GatheringRef]:
        """"submitted to the CMP at its twenty-first session and to the CMA at its eighth
        session": the gatherings joined to the first receiver by "and to" (E102)."""
        text = r.sentence.text
        joined: list[GatheringRef] = []
        previous = first
        for g, refs in r.gatherings:
            if g.start < previous.end:
                continue
            if not _AND_TO_ANOTHER.match(text[previous.end : g.start]):
                break
            joined.extend(refs)
            previous = g
        return joined

    def draft_before_a_recommending_body(self, text: str, symbol_start: int, receiver: list[GatheringRef] | str) -> bool:
        """"At the 24th meeting, the Committee had before it a revised draft resolution (X)": a
        draft resolution or decision before a meeting of a body that adopts no instruments of its
        own (a Main Committee, which recommends the text to its parent) is a text in negotiation,
        whose instrument has no number yet; the gold gives such drafts no fact (E176)."""
        if isinstance(receiver, str):
            # (the body whose own meeting receives it, known once the text is read)
            if self.issues_instruments(receiver) or self.registry.bodies[receiver].gathering_term != "meeting":
                return False
        elif not receiver or any(g.kind != "meeting" or self.issues_instruments(g.body) for g in receiver):
            return False
        return _DRAFT_TEXT_BEFORE.search(text, max(0, symbol_start - 360), symbol_start) is not None

    def submit(self, doc: DocumentRef, receiver: list[GatheringRef] | str, mandates: list[InstrumentRef], ev: Evidence) -> None:
        if isinstance(receiver, str) and self.event_gathering is not None and self.event_gathering.body == receiver:
            self.add(doc, "submittedTo", self.event_gathering, ev)
        elif isinstance(receiver, str):
            self.docs.to_own_meeting.append((doc, receiver, mandates, ev))
        else:
            for gathering in receiver:
                self.add(doc, "submittedTo", gathering, ev)
        for ref in mandates:
            self.add(doc, "pursuantTo", ref, ev)

    def reports_known_by_meeting(self, r: _Resolved) -> list[DocumentRef]:
        """"..., together with the report on the eighteenth meeting": a report the text named
        earlier with its symbol, now named by its meeting's number alone (one report of a
        meeting with that number, or nothing)."""
        text = r.sentence.text
        found = []
        for m in _REPORT_ON_NUMBERED.finditer(text) if "eport" in text else ():
            if any(0 <= s.start - m.end() < 100 and "." not in text[m.end() : s.start] for s in r.symbols):
                continue  # its symbol follows: the sentence names it
            n, kind = ordinal_value(m["ord"]), m["word"].lower()
            known = {f.subject for f in self.facts if f.relation == "reportOf"
                     and isinstance(f.subject, DocumentRef) and isinstance(f.object, GatheringRef)
                     and f.object.ordinal == n and f.object.kind == kind}
            if len(known) == 1:
                found.append(known.pop())
        for m in _BODYS_REPORT.finditer(text) if "'s report" in text or "’s report" in text else ():
            # "the Committee's report is submitted to it": the one report the text gave of a
            # meeting of that body (E127)
            named = [r.bodies[b.start] for b in r.refs.bodies if b.start in r.bodies and m.start("body") <= b.start and b.end == m.end("body")]
            if len(named) != 1 or any(0 <= s.start - m.end() < 40 for s in r.symbols):
                continue
            known = {f.subject for f in self.facts if f.relation == "reportOf"
                     and isinstance(f.subject, DocumentRef) and isinstance(f.object, GatheringRef) and f.object.body == named[0]}
            if len(known) == 1:
                found.append(known.pop())
        return found

    def listed_for(self, p: Paragraph, ev: Evidence) -> None:
        """A document listed after "had before it the following:", or under an agenda item's
        "Documentation": it goes to that receiver, or to the meeting the agenda is for."""
        docs = [
            DocumentRef(symbols=s.symbols) for s in find_symbols(p.text, self.symbol_series)
            if not doc_rules.cites_a_passage(p.text, s.end)
            # "Implementation of decision VIII/5 on strategic planning": an instrument in the title
            and not _INSTRUMENT_WORD_BEFORE.search(p.text, 0, s.start)
            # "since the fifty-third session (held in Geneva ...; report X)": the record of a
            # session held, told in its bracket, is no entry of the list
            and not _REPORT_IN_BRACKET_BEFORE.search(p.text, max(0, s.start - 30), s.start)
        ]
        for doc in docs if self.docs.listed_mandates else ():
            for ref in self.docs.listed_mandates:
                self.add(doc, "pursuantTo", ref, ev)
        if self.docs.listing_receiver is not None:
            receiver, mandates = self.docs.listing_receiver
            for doc in docs:
                self.submit(doc, receiver, mandates, ev)
                if self.docs.listed_reports_of is not None:
                    self.add(doc, "reportOf", self.docs.listed_reports_of, ev)
        elif p.kind == "listing" and _RELATED_LIST_LAST.search(p.heading or ""):
            return  # a page's "Related documents" after the annex of the documents before: none of them
        elif self.docs.table_receiver is not None and p.kind == "listing" and (
            _DOCUMENTS_BEFORE.search(p.heading or "") or doc_rules.column_headings_of_a_list(p.heading)
        ):
            # "Documents before the Council at its 130th session" / "CE/130/2 – Report of ...": a
            # line of the list under the heading that names the session, as a row of its table
            for doc in docs if not _draft_instrument_row(p.text, [s for d in docs for s in d.symbols]) else ():
                for gathering in self.docs.table_receiver[0]:
                    self.add(doc, "submittedTo", gathering, ev)
        elif (
            self.docs.documentation_follows or self.docs.documentation_headings
            or doc_rules.documentation_entry(p.text, p.heading)
            # an agenda lists its documentation and little else; a layout may lose the heading
            or (self.masthead.info.kind == "AnnotatedProvisionalAgenda" and p.label is None)
        ):
            for doc in docs:
                self.documentation(doc, ev)

    def documentation(self, doc: DocumentRef, ev: Evidence) -> None:
        """A document listed as documentation: before the event being read (a calendar's), or
        before the meeting the document is for, known once the whole text is read."""
        if self.event_gathering is not None:
            self.add(doc, "submittedTo", self.event_gathering, ev)
        else:
            self.docs.documentation.append((doc, self.scope.focus, ev))

    def own_meetings(self) -> list[GatheringRef]:
        """The sessions and meetings the document being read is for (or reports on); in a
        calendar's event, the one its heading names."""
        if self.event_gathering is not None:
            return [self.event_gathering]
        own = [f.object for f in self.facts if f.relation == "preparedFor" and isinstance(f.object, GatheringRef)]
        if self.report_session is not None:
            # "108th meeting" over "Report of the 107th meeting of the Standing Committee": the
            # report is filed for the body's next meeting; what the body had before it, did or
            # adopted, it did at the meeting reported on
            own = [g for g in own if g.body != self.report_session.body or g.kind != self.report_session.kind]
            own.append(self.report_session)
        elif not own and self.list_session is not None:
            # "Decisions of the Council at its eighty-first session" over the page: what "the
            # Council had before it" there speaks of
            own = [self.list_session[0]]
        else:
            # "# Report of Working Group IV on the work of its seventy-sixth session (Vienna, ...)":
            # a report whose title a heading gave, not its masthead; after the session its masthead
            # says it is for ("Sixty-fifth session" of the Commission), as when the masthead gives both
            own += [
                f.object for f in self.facts
                if f.relation == "reportOf" and f.subject == self.doc and isinstance(f.object, GatheringRef)
            ]
        return list(dict.fromkeys(own))

    def documents_to_own_meetings(self) -> None:
        own = self.own_meetings()
        for doc, body, mandates, ev in self.docs.to_own_meeting:
            for g in own:
                if g.body == body:
                    self.add(doc, "submittedTo", g, ev)
        for doc, focus, ev in self.docs.documentation:
            authors = {b.key for s in doc.symbols if (b := self.registry.by_symbol(s)) is not None}
            targets = [g for g in own if g.body == focus or g.body in authors]
            if not targets and len(own) == 1:
                targets = own
            for g in targets:
                self.add(doc, "submittedTo", g, ev)

    # ------------------------------------------------------------------ instruments' own texts

    def programme_session(self, paragraphs: list[Paragraph], index: int, session: GatheringRef | None) -> GatheringRef | None:
        """A day's programme of meetings (the Journal's "Committee for Programme and Coordination" /
        "Seventy-second session" / "3rd meeting   10:00-13:00   Conference Room 2" / agenda items /
        "Documents: A/87/6 (Sect. 9); ..."): the documents listed under the session's meeting rows
        are before that session. Returns the session whose programme goes on after paragraph
        ``index``: opened by a body's heading, its session's heading and a numbered meeting's row
        right below; closed by a heading without a label or figures ("Informal consultations")."""
        p = paragraphs[index]
        if p.kind == "heading" and not p.label:
            opened = self.programme_opening(paragraphs, index)
            if opened is not None:
                self.programme_sessions.setdefault(opened.body, opened)
                return opened
            if session is not None and _PROGRAMME_CLOSES.match(p.text.strip()) and not self.inside_programme_item(paragraphs, index) and not (
                # "Fifth Committee" / "Second part of the resumed session" right under the session's
                # line, before its first meeting: still the session's (E145)
                index and paragraphs[index - 1].kind == "heading" and session.body in self.programme_sessions
                and (_PART_OF_SESSION.match(p.text.strip()) or self.committee_within(p.text.strip()))
                and self.programme_opening_above(paragraphs, index)
            ):
                return None  # "Informal consultations", "General Assembly": another part of the day
        # a document under an item may print as a heading of its own ("Report of the Working Group
        # on ... (GEGN.2/2029/9), prepared pursuant to decision 4/6": no full stop at its end)
        listed = p.kind == "listing" or p.kind == "heading" and not p.label or _DOCUMENTS_LABEL.search(p.text)
        if session is not None and p.sentences and listed:
            ev = self.evidence(p.sentences[0], p)
            entry = _DRAFT_ENTRY.match(p.text.strip())
            for found in find_symbols(p.text, self.symbol_series):
                if not any(_DRAFT_SYMBOL.search(symbol) for symbol in found.symbols) or (
                    entry is not None and p.text.strip().startswith(found.symbols[0], entry.end())
                ):
                    self.add(DocumentRef(symbols=found.symbols), "submittedTo", session, ev)
        return session

    def journal_summary_part(self, p: Paragraph) -> None:
        """The "Summary of official meetings" of a Journal page, heading by heading: it opens the
        part; a day alone ("Tuesday, 1 May 2029") is the day of the meetings below; a body's name
        alone, the body whose session they were of (the one the page's programme lists, else the
        masthead's); "4th meeting" goes on; any other heading of words alone ("Announcements")
        closes the part."""
        text = p.text.strip()
        if journal_summaries.opens_summary(text):
            self.journal_summary = (None, None)
            return
        if self.journal_summary is None:
            return
        day, session = self.journal_summary
        if journal_summaries.weekday_date_line(text) and p.sentences and (dates := find_dates(text)):
            self.journal_summary = ((dates[0].value.start, self.evidence(p.sentences[0], p)), None)
            return
        named = self.matcher.find(text)
        if len(named) == 1 and named[0].key is not None and named[0].start == 0 and named[0].end == len(text):
            body = named[0].key
            session = self.programme_sessions.get(body) or next(
                (g for g, _, _, _ in self.masthead.gatherings if g.body == body and g.kind == "session"), None
            )
            self.journal_summary = (day, session)
            return
        if _MEETING_ROW.match(text):
            return
        if _PROGRAMME_CLOSES.match(text):
            self.journal_summary = None

    def drafts_acted_on_in_journal_summary(self, p: Paragraph, session: GatheringRef) -> None:
        """"The Committee took action on draft decision X", "decided to defer consideration of
        draft decision Y" in a Journal's summary of a body's meeting: X and Y were before the
        session the summary is of (E145)."""
        for sentence in p.sentences:
            for at in journal_summaries.acted_on_drafts(sentence.text):
                found = find_symbols(sentence.text[at : at + 200], self.symbol_series)
                # the drafts named right there: "X", "X and Y", "X, Y and Z"
                end = 0
                for mention in found:
                    if not re.fullmatch(r"\s*(?:,|and|,\s*and)?\s*", sentence.text[at + end : at + mention.start]):
                        break
                    self.add(DocumentRef(symbols=mention.symbols), "submittedTo", session, self.evidence(sentence, p))
                    end = mention.end

    def adopted_in_journal_summary(self, text: str, mention: InstrumentMention, ref: InstrumentRef, ev: Evidence) -> None:
        """"The Group of Experts adopted draft decision X, entitled "...", as decision 5/2" in a
        Journal's summary of the meetings of a day: adopted that day, at the body's session."""
        if self.journal_summary is None or not journal_summaries.ADOPTED_AS.search(text, max(0, mention.keyword_start - 480), mention.keyword_start):
            return
        day, session = self.journal_summary
        if day is not None:
            self.add(ref, "adoptedOn", day[0], day[1])
        if session is not None and ref.issuer == session.body:
            self.add(ref, "adoptedAt", session, ev)

    @staticmethod
    def inside_programme_item(paragraphs: list[Paragraph], index: int) -> bool:
        """Whether heading ``index``, words alone, is still part of a meeting's row in a programme:
        an item's title under "Item 8", a note in brackets ("(public)") under the session's line,
        or the first line of a document's title whose next line ends with its symbol in brackets
        ("Report of the Working Group on Seabed" / "Feature Names (GEMB/2033/4)"), or a title the
        row's time and room stand under."""
        text = paragraphs[index].text.strip()
        if _BRACKETED_NOTE.match(text) or index > 0 and _ITEM_LINE.match(paragraphs[index - 1].text.strip()):
            return True
        # (a row's time and room may stand between, where a word processor's columns were read
        # one cell a line: "Toponymic data files" / "Conference Room 3" / "Report ... (X)")
        for below in paragraphs[index + 1 : index + 4]:
            if below.kind in ("heading", "listing") and _SYMBOL_IN_BRACKETS.search(below.text) is not None:
                return True
            if below.kind != "heading" or _PROGRAMME_CLOSES.match(below.text.strip()):
                return False
        return False

    @staticmethod
    def programme_opening_above(paragraphs: list[Paragraph], index: int) -> bool:
        """Whether a session's line stands among the two headings right above ``index``."""
        return any(
            _SESSION_HEADING.match(session_line_by_ordinal(q.text.strip())) is not None
            for q in paragraphs[max(0, index - 2) : index] if q.kind == "heading"
        )

    def committee_within(self, line: str) -> bool:
        """Whether ``line`` wholly names a body that holds no gatherings of its own (a Main
        Committee of the Assembly, whose meetings are the session's)."""
        named = self.matcher.find(line)
        if len(named) != 1 or named[0].key is None or named[0].start != 0 or named[0].end != len(line):
            return False
        body = self.registry.bodies.get(named[0].key)
        return body is not None and not body.gathering_term

    def programme_opening(self, paragraphs: list[Paragraph], index: int) -> GatheringRef | None:
        """The session whose programme opens at heading ``index``: "Nth session" under a heading
        that is a body's name alone, a numbered meeting's row next."""
        p = paragraphs[index]
        ordinal = _SESSION_HEADING.match(session_line_by_ordinal(p.text.strip()))
        if ordinal is None or index == 0 or index + 1 >= len(paragraphs):
            return None
        above, below = paragraphs[index - 1], paragraphs[index + 1]
        if _BRACKETED_NOTE.match(below.text.strip()) and index + 2 < len(paragraphs):
            below = paragraphs[index + 2]  # "2029 session (fifth session)" / "[webcast]" / "5th meeting"
        at = paragraphs.index(below) if below is not paragraphs[index + 1] else index + 1
        for _ in range(2):
            # "General Assembly" / "Eighty-fifth session" / "Fifth Committee" / "Second part of the
            # resumed session" / "31st meeting": a committee of the whole meeting within the
            # session, and the part of it, stand between (its meetings are the session's) (E145)
            line = below.text.strip()
            if below.kind != "heading" or at + 1 >= len(paragraphs) or not (
                _PART_OF_SESSION.match(line) or self.committee_within(line)
            ):
                break
            at += 1
            below = paragraphs[at]
        # (the row may be read as a table's: "5th meeting | 10:00–13:00 | Conference Room 3")
        if above.kind != "heading" or below.kind not in ("heading", "table") or not _MEETING_ROW.match(below.text.strip()):
            return None
        named = self.matcher.find(above.text.strip())
        if len(named) != 1 or named[0].key is None or named[0].start != 0 or named[0].end != len(above.text.strip()):
            return None
        body = self.registry.bodies.get(named[0].key)
        value = ordinal_value(ordinal["ord"])
        if body is None or body.gathering_term != "session" or value is None:
            return None
        return GatheringRef(body.key, "session", value)

    def closing_date_line(self, p: Paragraph, own: InstrumentRef, above: Paragraph | None, below: list[Paragraph]) -> None:
        """"18 June 2031" alone under the last clause of a decision, with no meeting before it
        (the Executive Boards' decisions, a compendium reproducing them): the day it was adopted.
        Only a line that ends the text: the next paragraph is no numbered clause of the same
        instrument."""
        if p.draft or p.part not in ("operative", "preamble") or p.label or not p.sentences or not _DATE_LINE.match(p.text.strip().rstrip(".")):
            return
        # (a decision of one clause, "Adopts the agenda ...", numbers none: its clause is a paragraph)
        if above is None or above.instrument != p.instrument or above.part != p.part or not (above.label or above.kind == "paragraph"):
            return  # under a heading or a meeting line: the plenary rule reads it
        if p.part == "preamble" and (above.label or not instrument_headings.told_in_one_sentence(above.text)):
            # a decision told in one sentence ("Recalling its decision ..., the Board decided
            # that ...") reads as a preamble: the date under it closes it all the same
            return
        if _DEADLINE_AT_END.search(above.text):
            return  # "... to submit its report no later than" / "15 December 2029.": a deadline broken off
        if below and below[0].instrument == p.instrument and below[0].part == "operative" and below[0].label:
            return
        dates = find_dates(p.text)
        if dates:
            self.add(own, "adoptedOn", dates[0].value.start, self.evidence(p.sentences[0], p))

    def closing_plenary_line(self, p: Paragraph, own: InstrumentRef | None, waiting: InstrumentRef | None) -> InstrumentRef | None:
        """"9th plenary meeting / 21 November 2025", "Eighth plenary meeting, 27 May 2026": the
        lines that close the text of a resolution or decision say when it was adopted (the date
        on the same line or the next). Returns the instrument whose closing line still waits for
        its date."""
        # (a decision told in one sentence, "The Board decided that ...", reads as a preamble: its
        # closing line still closes it)
        if own is None or p.draft or p.part not in ("operative", "preamble") or not p.sentences:
            return None
        text = p.text.strip()
        if text[:1] == "(" and (noted := _BRACKETED_PLENARY.search(text)) is not None:
            # "(Proposal 20.0.3, Committee 2, 4th meeting; Congress – 12th plenary meeting,
            # 26.09.2029)": the note under the text, its last part the plenary that adopted it
            dates = find_dates(noted["date"])
            if dates and dates[0].start == 0:
                self.add(own, "adoptedOn", dates[0].value.start, self.evidence(p.sentences[0], p))
            return None
        closing = _PLENARY_CLOSING.match(text)
        if closing is not None and closing["plenary"] is None and text[closing.end() :] and not _DATE_LINE.match(text[closing.end() :]):
            closing = None  # "8th meeting of the Bureau ...": no closing line
        if closing is None and not (waiting == own and _DATE_LINE_START.match(text)):
            return None
        dates = find_dates(text[closing.end() :] if closing else text)
        if dates and (closing is None or dates[0].start < 3):
            self.add(own, "adoptedOn", dates[0].value.start, self.evidence(p.sentences[0], p))
            return None
        return own if closing else None

    def bracketed_adoption_line(self, p: Paragraph) -> None:
        """"(DECISIONS 7.1 TO 7.3 ADOPTED 25.06.2029)", "(Decision 10.1 adopted on 26 June 2029)"
        after a group of decision points: the day each was adopted, and the meeting its number
        names ("7.1" of the 57th meeting: "57-7")."""
        if "adopted" not in p.text or p.draft or not p.sentences:
            return
        for note in _BRACKETED_ADOPTION.finditer(p.text):
            dates = find_dates(note["date"])
            if not dates or dates[0].start != 0:
                continue
            ev = self.evidence(p.sentences[-1], p)
            for n in self.matcher.numbering.find(note["numbers"]):
                own = InstrumentRef(n.issuer, n.kind, n.session, n.number)
                self.add(own, "adoptedOn", dates[0].value.start, ev)
                meeting = n.session.split("-")[0]
                body = self.registry.bodies.get(n.issuer)
                if n.issuer == self.matcher.numbering.point_issuer() and "-" in n.session and meeting.isdigit() and body is not None:
                    self.add(own, "adoptedAt", GatheringRef(n.issuer, body.gathering_term or "meeting", int(meeting)), ev)

    def adoption_note(self, p: Paragraph, own: InstrumentRef | None) -> None:
        """"(GB.352/INS/5, paragraph 24, as amended, adopted on 12 March 2027)" closing an
        instrument's text, or ", adopted on 8 October 2027" in its heading: the day it was adopted."""
        if own is None or p.draft or ("dopted" not in p.text and "pproved" not in p.text):
            return
        closing = _ADOPTION_LINE.match(p.text.strip())
        if closing is not None and p.part in ("preamble", "operative", "annex", "title"):
            # "Adopted at the 8th meeting, on 14 March 2031.", "[Adopted without a vote at the
            # 8th meeting, on 14 March 2031]": the line closing the text, or standing under its
            # heading ("Resolution A.1212(35)" / "Adopted on 6 December 2027")
            dates = find_dates(closing["date"])
            if dates and dates[0].start == 0:
                self.add(own, "adoptedOn", dates[0].value.start, self.evidence(p.sentences[-1], p))
            return
        if "adopted" not in p.text:
            return
        note = _ADOPTED_ON_NOTE.match(p.text.strip())
        if note is None or not (note["bracket"] or p.part == "title"):
            return
        dates = find_dates(note["date"])
        if dates and dates[0].start == 0:
            self.add(own, "adoptedOn", dates[0].value.start, self.evidence(p.sentences[-1], p))

    def listed_session(self, r: _Resolved) -> GatheringRef | None:
        """The session a list's title names (else the masthead's session of the document's
        issuer, the title naming it in capitals or by "the present session")."""
        # a body that meets in numbered meetings ("the Thirty-Eighth Meeting of the Parties")
        sessions = [
            ref for _, refs in r.gatherings for ref in refs
            if ref.kind == "session" or ref.body in self.registry.bodies and self.registry.bodies[ref.body].gathering_term == ref.kind
        ]
        if sessions:
            return sessions[0]
        mine = [session for session, _, _, _ in self.masthead.gatherings if session.body == self.document_issuer]
        return mine[0] if len(mine) == 1 else None

    def announced(self, own: InstrumentRef, p: Paragraph) -> None:
        """A paragraph announcing the instrument whose text it pastes below: the instrument is
        the text's, its quoted title its title, and a number that carries its session
        ("253/LI", resolution 253 of the fifty-first session) says where it was adopted."""
        self.instrument_heading(own, p)
        sentence = next((s for s in p.sentences if own.number in s.text), p.sentences[0])
        ev = self.evidence(sentence, p)
        title = instrument_headings.announced_title(p.text, (own.kind, own.session, own.number), self.matcher.numbering)
        if title is not None:
            titled = next((s for s in p.sentences if title in s.text), sentence)
            self.add(own, "title", title, self.evidence(titled, p))
        self.adopted_at_numbered_session(own, ev)

    def adopted_at_numbered_session(self, own: InstrumentRef, ev: Evidence) -> None:
        """A text told adopted whose number carries its session ("253/LI", "IPBES-13/3") of a body
        that meets in sessions: adopted at that session (unless a list's heading named one)."""
        body = self.registry.bodies.get(own.issuer)
        if self.adopting is None and body is not None and body.gathering_term == "session" and own.session.isdigit() and (
            int(own.session) < 1900
        ):
            self.add(own, "adoptedAt", GatheringRef(own.issuer, "session", int(own.session)), ev)

    def session_heading_above(self, p: Paragraph) -> GatheringRef | None:
        """The one session the heading of ``p``'s section names ("One hundred and nineteenth
        session" over a report's paragraphs on what its body did then), if it does."""
        heading = self.heading_gatherings
        if heading is None or p.heading is None or p.heading.strip() != heading[0] or len(heading[1]) != 1:
            return None
        session = next(iter(heading[1]))
        return session if session.kind == "session" else None

    def adopted_under_session_heading(self, r: _Resolved, verb_end: int, session: GatheringRef, ev: Evidence) -> None:
        """"Following that review, the Committee adopted decision 119/I" under the heading "One
        hundred and nineteenth session": a decision of that session's body whose number carries
        that session, named after "adopted", was adopted there (the number and the heading agree;
        another session's or another body's number says nothing, E193)."""
        for mention, ref in r.instruments:
            if mention.start >= verb_end and ref.issuer == session.body and ref.session == str(session.ordinal):
                self.add(ref, "adoptedAt", session, ev)

    def adopted_at_carried_gathering(self, own: InstrumentRef, ev: Evidence) -> None:
        """A heading told adopted ("Decision B.38/03 - Title (adopted 3 March 2032)") whose number,
        in its body's own convention, carries the meeting or session ("B.38/03": the thirty-eighth
        meeting): adopted there (unless a list's heading named another gathering)."""
        body = self.registry.bodies.get(own.issuer)
        if self.adopting is not None or body is None or body.gathering_term is None or not body.numbering:
            return
        if not any("{session" in n.template for n in body.numbering) or not (own.session.isdigit() and int(own.session) < 1900):
            return
        self.add(own, "adoptedAt", GatheringRef(own.issuer, body.gathering_term, int(own.session)), ev)

    @property
    def counted_issuers(self) -> frozenset[str]:
        """The bodies whose numbers this document counts within a gathering ("Decision on Agenda
        Item 5" of the 79th meeting, `gathering_numbering`)."""
        return counted_issuers(self.matcher.numbering)

    def adopted_at_counted_gathering(self, own: InstrumentRef, ordinal: str, ev: Evidence) -> None:
        """The gathering named after a number counted within it ("decision on Agenda Item 10 at its
        77th meeting") adopted it: the number's session is that gathering's (`gathering_numbering`)."""
        body = self.registry.bodies.get(own.issuer)
        if body is None or body.gathering_term is None or str(ordinal_value(ordinal)) != own.session:
            return
        gathering = GatheringRef(own.issuer, body.gathering_term, int(own.session))
        self.add(gathering, "meetingOf", BodyRef(own.issuer), ev)
        self.add(own, "adoptedAt", gathering, ev)

    def adopted_at_counted_heading(self, own: InstrumentRef, below: list[Paragraph]) -> None:
        """"Decision on Agenda Item 5 Title" over "The Council, having reviewed ...": a number counted
        within one meeting of its body (`gathering_numbering`) heads the decision that meeting took
        (the paragraph below, the decision's text, its evidence)."""
        body = self.registry.bodies.get(own.issuer)
        if body is None or body.gathering_term is None or not own.session.isdigit():
            return
        text = below[0]
        ev = Evidence(*self.cleaned.original_span(text.start, text.end), text.text, text.evidence_label)
        self.add(own, "adoptedAt", GatheringRef(own.issuer, body.gathering_term, int(own.session)), ev)

    def adopted_at_list_session(self, own: InstrumentRef) -> bool:
        """"Resolutions adopted by the Assembly at its 12th session", "ASSEMBLY RESOLUTIONS ADOPTED
        AT THE 45TH SESSION" over the issuer's instruments: the session each was adopted at."""
        if self.list_session is None or self.list_session[0].body != own.issuer or not _may_adopt(self.list_session[0], own):
            return False
        line = self.list_session[1]
        ev = Evidence(*self.cleaned.original_span(line.start, line.end), line.text, line.evidence_label)
        self.add(own, "adoptedAt", self.list_session[0], ev)
        return True

    def adopted_at_masthead_session(self, own: InstrumentRef) -> None:
        """"Eighty-first session" in the masthead of the issuer's own resolution, or of a list
        of the decisions a meeting adopted: the session the instrument was adopted at. A
        decision numbered by session ("71/1") was adopted at that session only: a presentation
        for the seventy-second session that recounts it gives no such fact."""
        found = False
        for session, _, _, line in self.masthead.gatherings:
            if session.body == own.issuer:
                found = True
                if _may_adopt(session, own):
                    ev = Evidence(*self.cleaned.original_span(line.start, line.end), line.text, line.evidence_label)
                    self.add(own, "adoptedAt", session, ev)
        if not found:
            found = self.adopted_at_list_session(own)
        for session, kind, told in self.overview_adoptions if not found else ():
            # "The 94th meeting at a glance" / "38 decisions adopted" above "Production sector
            # (decision 94/12)": one of them
            if session.body == own.issuer and kind == own.kind and _may_adopt(session, own):
                self.add(own, "adoptedAt", session, told)

    def all_of_the_above(self, p: Paragraph) -> None:
        """"All four documents were before the forty-first Meeting." under a list of documents:
        each is submitted to it; "All three decisions were adopted at the forty-first Meeting"
        after the document's decisions: each was adopted there. The count, when given, must
        match what stands above."""
        m = _ALL_OF_THE_ABOVE.match(p.text)
        assert m is not None
        r = self.resolve(p.sentences[0], p)
        gatherings = [refs[0] for g, refs in r.gatherings if len(refs) == 1 and g.start >= m.end("what")]
        if len(gatherings) != 1:
            return
        gathering = gatherings[0]
        count = _COUNT_WORDS.get((m["n"] or "").lower()) or (int(m["n"]) if (m["n"] or "").isdigit() else None)
        ev = self.evidence(p.sentences[0], p)
        if m["verb"] == "before":
            documents = [found[0] for q in self.listed_above if (found := find_symbols(q.text, self.symbol_series)) and not q.text[: found[0].start].strip(" -•*–")]
            if documents and (count is None or count == len(documents)):
                for symbol in documents:
                    self.add(DocumentRef(symbols=symbol.symbols), "submittedTo", gathering, ev)
            return
        kind = "decision" if m["what"].lower().startswith("decision") else "resolution"
        held = list(dict.fromkeys(ref for ref in self.texts_held if ref.kind == kind))
        if held and (count is None or count == len(held)):
            for ref in held:
                if ref.issuer == gathering.body and _may_adopt(gathering, ref):
                    self.add(ref, "adoptedAt", gathering, ev)

    def counted_adoptions(self, p: Paragraph) -> None:
        """"The Board adopted five decisions at its eightieth session; they are reproduced below":
        the session and the count, kept until the document's texts are all read
        (`adopted_as_counted`).

        The look-ahead resolves the paragraph's sentences before `paragraph` reads them; the bodies
        it names are not "named before" the paragraph's first sentence: "Commission decision 74/5
        ..., adopted at the seventy-fourth session of the Economic Commission for Europe. In that
        decision the Commission ... invited the Economic and Social Commission for Asia and the
        Pacific to contribute" must not read the first "Commission" as the one the paragraph names
        last. The bodies and issuers named recently are put back as they were (the other moves of
        the scope, abbreviations and the last gathering's body, stay: S42)."""
        recent, named_issuers = list(self.scope.recent), list(self.scope.named_issuers)
        in_passing = set(self.scope.in_passing)
        try:
            self._counted_adoptions(p)
        finally:
            self.scope.recent, self.scope.named_issuers = recent, named_issuers
            self.scope.in_passing = in_passing

    def _counted_adoptions(self, p: Paragraph) -> None:
        named_before: list[GatheringRef] = []  # the sessions the sentence before named
        count_before: tuple[GatheringRef, CountedAdoption] | None = None  # ... and its count
        for sentence in p.sentences:
            counted = counted_adoptions.counted_adoption(sentence.text)
            if counted is None and count_before is not None and counted_adoptions.names_out_of_the_count_before(sentence.text):
                # "At its twelfth session, the Conference adopted 21 decisions. Three of them,
                # decisions 12/7, 12/9 and 12/11, set up ...": those named were adopted at it (E196)
                self.adopted_out_of_the_count(sentence, p, *count_before)
            count_before = None
            if counted is None:
                if sentence is p.sentences[-1] and (listed := counted_adoptions.adopted_as_listed(sentence.text)) is not None:
                    self.adopted_as_listed_below(sentence, p, listed)
                if "ession" in sentence.text or "eeting" in sentence.text:
                    # (resolved here, not only when a count refers back: the call moves the scope
                    # `paragraph` reads this paragraph in, S42)
                    named_before = [refs[0] for g, refs in self.resolve(sentence, p, again=True).gatherings if len(refs) == 1]
                continue
            r = self.resolve(sentence, p, again=True)
            sessions = [refs[0] for g, refs in r.gatherings if len(refs) == 1 and self.issues_instruments(refs[0].body)]
            if not sessions and (word := counted_adoptions.at_the_same(sentence.text)) is not None:
                # "At the same meeting, the Meeting adopted two decisions.": the gathering of that
                # word named last, else the one the masthead names (E157)
                sessions = self.the_same_gathering(word)
            if len(sessions) == 1:
                self.counted.append((sessions[0], counted, self.evidence(sentence, p)))
                if (second := counted_adoptions.counted_after(sentence.text, counted)) is not None:
                    # "... six resolutions (16/1 to 16/6) and two decisions (16/1 and 16/2)" (E186)
                    self.counted.append((sessions[0], second, self.evidence(sentence, p)))
            elif not sessions and counted_adoptions.adopted_by_the_gathering_before(sentence.text) and len(set(named_before)) == 1:
                sessions = named_before[:1]
            names_at = counted_adoptions.named_of_the_count(sentence.text, counted)
            if len(sessions) == 1 and names_at is not None and self.issues_instruments(sessions[0].body):
                # "The session adopted eleven resolutions, of which Resolutions 3/2031, 5/2031 and
                # 7/2031 are listed": those named were adopted at it
                self.adopted_out_of_the_count(sentence, p, sessions[0], counted, names_at, r)
            if len(sessions) == 1 and self.issues_instruments(sessions[0].body):
                count_before = (sessions[0], counted)
            named_before = []

    def adopted_out_of_the_count(
        self, sentence: Sentence, p: Paragraph, session: GatheringRef, counted: CountedAdoption,
        names_at: int = 0, r: _Resolved | None = None,
    ) -> None:
        """The texts of the count's kind that the session's body issues, named from ``names_at`` on,
        were adopted at the session the count is of."""
        if r is None:
            r = self.resolve(sentence, p, again=True)
        ev = self.evidence(sentence, p)
        for mention, ref in r.instruments:
            if mention.start >= names_at and ref.kind == counted.kind and ref.issuer == session.body and _may_adopt(session, ref):
                self.add(ref, "adoptedAt", session, ev)

    def adoption_told_above_a_list(self, p: Paragraph) -> None:
        """"The Board adopted the decisions below.": the body that adopted them (the sentence's
        subject, a body that issues instruments), kept for the entries right below
        (`entry_adopted_below`)."""
        for sentence in p.sentences:
            kind = listed_below.adopted_below(sentence.text)
            if kind is None:
                continue
            r = self.resolve(sentence, p)
            adopters = [key for key in r.bodies.values() if self.issues_instruments(key)]
            if len(set(adopters)) == 1 and not r.instruments:
                self.adopted_below = (adopters[0], kind, self.evidence(sentence, p), p)
            return

    def entry_adopted_below(self, p: Paragraph) -> None:
        """An entry of the list below "The Board adopted the decisions below.", opening with the
        number of one of the body's texts ("B.41/1  Election of officers"): adopted at the
        meeting or session its number carries, titled by the rest of its line. The list ends at
        the first line that is no such entry."""
        assert self.adopted_below is not None
        body_key, kind, ev, _ = self.adopted_below
        body = self.registry.bodies.get(body_key)
        sentence = p.sentences[0] if len(p.sentences) == 1 and p.kind != "table" else None
        r = self.resolve(sentence, p) if sentence is not None and body is not None and body.gathering_term else None
        entry = r.instruments[0] if r is not None and r.instruments else None
        if entry is None or sentence is None or body is None or body.gathering_term is None:
            self.adopted_below = None
            return
        mention, ref = entry
        if mention.start != listed_below.entry_start(sentence.text) or ref.kind != kind or ref.issuer != body_key or not (
            ref.session.isdigit() and int(ref.session) < 1900
        ):
            self.adopted_below = None
            return
        self.add(ref, "adoptedAt", GatheringRef(body_key, body.gathering_term, int(ref.session)), ev)
        if self.adopted_below_day is not None and self.adopted_below_day[0] is self.adopted_below[3]:
            self.add(ref, "adoptedOn", self.adopted_below_day[1], ev)  # "... adopted on the same day:"
        title = listed_below.entry_title(sentence.text[mention.end :])
        if title is not None and mention.title is None:
            self.add(ref, "title", title, self.evidence(sentence, p))

    def adopted_at_the_previous(self, r: _Resolved, own: InstrumentRef) -> None:
        """"Recalling the decision ... it took at its previous session (Resolution 16/2029)" in the
        text of an instrument adopted at a known session: the one instrument of the same issuer
        named was adopted at the session before (`rules.previous_gathering`)."""
        word = previous_gathering.at_the_previous(r.sentence.text)
        current = self.adopted_at.get(own) if word is not None else None
        if current is None or current.kind != word or current.ordinal < 2:
            return
        named = {ref for _, ref in r.instruments if ref != own and ref.issuer == current.body}
        if len(named) != 1:
            return
        earlier = GatheringRef(current.body, current.kind, current.ordinal - 1)
        ref = next(iter(named))
        if not _may_adopt(earlier, ref):
            return
        ev = self.evidence(r.sentence, r.paragraph)
        self.add(earlier, "meetingOf", BodyRef(current.body), ev)
        self.add(ref, "adoptedAt", earlier, ev)

    def present_text_adopted(self, p: Paragraph, own: InstrumentRef | None) -> None:
        """"The present decision was adopted at the 9th plenary session ... on 31 October 2032" in a
        note under the text (`rules.present_adoption`): the day the text held was adopted."""
        told = present_adoption.present_adoption_day(p.text)
        if told is None or not p.sentences:
            return
        kind, date_text = told
        held = own if own is not None else (self.texts_held[-1] if self.texts_held else None)
        dates = find_dates(date_text)
        if held is None or held.kind != kind or not dates or dates[0].start != 0:
            return
        self.present_day = dates[0].value.start
        self.add(held, "adoptedOn", self.present_day, self.evidence(p.sentences[0], p))

    def listed_as_adopted_that_day(self, p: Paragraph) -> None:
        """"Other decisions adopted at CP-11 on the same day:" over entries "CP-11/3   Compliance":
        each entry adopted at the meeting its number carries (`entry_adopted_below`), on the day
        named or told last (`rules.present_adoption`)."""
        told = present_adoption.listed_as_adopted(p.text)
        if told is None or not p.sentences:
            return
        kind, date_text = told
        dates = find_dates(date_text) if date_text else []
        day = dates[0].value.start if dates and dates[0].start == 0 else None if date_text else self.present_day
        issuer = self.texts_held[-1].issuer if self.texts_held else self.document_issuer
        if day is None or issuer is None or not self.issues_instruments(issuer):
            return
        self.adopted_below = (issuer, kind, self.evidence(p.sentences[-1], p), p)
        self.adopted_below_day = (p, day)

    def adopted_as_listed_below(self, sentence: Sentence, p: Paragraph, kind: InstrumentKind) -> None:
        """"At its twelfth session, the Commission adopted the following decisions:": the session,
        kept for the entries of the list right below (`adopted_in_the_list`)."""
        r = self.resolve(sentence, p)
        sessions = [refs[0] for g, refs in r.gatherings if len(refs) == 1 and self.issues_instruments(refs[0].body)]
        if len(sessions) == 1:
            self.listed_adoptions = (sessions[0], kind, self.evidence(sentence, p), p)

    def adopted_in_the_list(self, p: Paragraph) -> None:
        """An entry of the list below "adopted the following decisions:" opening with a text's
        number ("Decision 12/1 - Title (adopted on 3 May 2031)"): adopted at that session."""
        if self.listed_adoptions is None or not p.sentences:
            return
        session, kind, ev, _ = self.listed_adoptions
        for sentence in p.sentences:
            if not any(word in sentence.text for word in ("ecision", "esolution", "ECISION", "ESOLUTION")):
                continue
            r = self.resolve(sentence, p)
            for m, ref in r.instruments:
                if counted_adoptions.opens_an_entry(sentence.text, m.keyword_start) and ref.kind == kind and (
                    ref.issuer == session.body and _may_adopt(session, ref)
                ):
                    self.add(ref, "adoptedAt", session, ev)
                    # (an entry whose day its line does not give: the next line may)
                    self.last_listed_entry = ref if m.date is None else None

    def before_the_adopting_session(self, r: _Resolved, own: InstrumentRef) -> None:
        """"Having before it the provisional agenda of its eightieth session (JSPB/80/R.1)," in a
        decision's preamble: the papers were before the session that adopted the decision, known
        once the whole document is read (`papers_before_adopting_sessions`)."""
        ev = self.evidence(r.sentence, r.paragraph, "having before it")
        for s in r.symbols:
            if not doc_rules.cites_a_passage(r.sentence.text, s.end):
                self.before_adoption.append((DocumentRef(symbols=s.symbols), own, ev))

    def papers_before_adopting_sessions(self) -> None:
        """Each paper a decision had before it, sent to the session the decision was adopted at
        (told by the document, or by a number that carries the session of a body meeting in
        sessions: "80/1")."""
        for doc, own, ev in self.before_adoption:
            session = self.adopted_at.get(own)
            body = self.registry.bodies.get(own.issuer)
            if session is None and body is not None and body.gathering_term == "session" and own.session.isdigit() and int(own.session) < 1900:
                session = GatheringRef(own.issuer, "session", int(own.session))
            if session is not None:
                self.add(doc, "submittedTo", session, ev)

    def the_same_gathering(self, word: str) -> list[GatheringRef]:
        """"the same meeting": the gathering of that kind of a body issuing instruments the text
        named last, else the masthead's one gathering of that kind."""
        for meetings, _ in reversed(self.docs.recent_meetings):
            named = [g for g in meetings if g.kind == word and self.issues_instruments(g.body)]
            if named:
                return named[-1:]
        own = list(dict.fromkeys(g for g, _, _, _ in self.masthead.gatherings if g.kind == word and self.issues_instruments(g.body)))
        return own if len(own) == 1 else []

    def adopted_as_counted(self) -> None:
        """The texts of the kind a sentence counted, of the body whose session adopted them, held
        in the document (each under its heading, or a row of a table): adopted at that session,
        when they are as many as the sentence says. A document that holds none of them but names
        them ("At the same meeting, the Meeting adopted two decisions." over "In decision 45/1,
        ..., the Meeting requested ..." / "By decision 45/2, ..."): the texts of that body
        numbered in that session, when they are as many (E157); adopted on its day when it sat
        one day."""
        for session, counted, ev in self.counted:
            held = [ref for ref in dict.fromkeys(self.texts_held) if ref.kind == counted.kind and ref.issuer == session.body]
            named = not held
            if named:
                held = [
                    f.object for f in dict.fromkeys(f for f in self.facts if f.relation == "mentions")
                    if isinstance(f.object, InstrumentRef) and f.object.kind == counted.kind and f.object.issuer == session.body
                    and f.object.session.isdigit() and int(f.object.session) == session.ordinal
                ]
                held = list(dict.fromkeys(held))
            if len(held) == counted.count and all(_may_adopt(session, ref) for ref in held):
                day = self.one_day_held(session) if named else None
                for ref in held:
                    self.add(ref, "adoptedAt", session, ev)
                    if day is not None:
                        self.add(ref, "adoptedOn", day, ev)

    def one_day_held(self, gathering: GatheringRef) -> dt.date | None:
        """The day a gathering sat, when the text says it sat one day."""
        days = {f.object.start for f in self.facts if f.relation == "heldOn" and f.subject == gathering and isinstance(f.object, DateRange) and f.object.start == f.object.end}
        spans = {f.object for f in self.facts if f.relation == "heldOn" and f.subject == gathering and isinstance(f.object, DateRange)}
        return days.pop() if len(days) == 1 and len(spans) == 1 else None

    def own_session(self, ordinal: str, word: str) -> GatheringRef | None:
        """The document's issuer's gathering "Seventy-first session" names, if it holds such."""
        n = ordinal_value(ordinal)
        issuer = self.registry.bodies.get(self.document_issuer or "")
        if n is None or issuer is None or issuer.gathering_term != word.lower():
            return None
        return GatheringRef(issuer.key, issuer.gathering_term, n)

    def names_issuer(self, name: str) -> bool:
        """Whether "the Conference of Parties" (a name, a short name or the last word of one) is the
        document's issuer, and no other body."""
        issuer = self.registry.bodies.get(self.document_issuer or "")
        if issuer is None:
            return False
        named = [b.key for b in self.matcher.find(name) if b.key]
        if named:
            return named[:1] == [issuer.key]
        written = " ".join(name.split()).casefold().removeprefix("the ")
        return written in {n.casefold() for n in (issuer.short_name or "", *issuer.names)}

    def session_overview(self, p: Paragraph) -> None:
        """Short entries on a session, as a slide or a fact sheet prints them: under the heading
        "Seventy-first session at a glance" (or "Twelfth session: overview"), "Geneva, 24-25 April
        2031" is where and when it was held and "Three decisions adopted: 71/1, 71/2, 71/3" what it
        adopted; "Seventy-third session: Geneva, April 2033" anywhere is where that one will be."""
        text = p.text.strip()
        ev = self.evidence(p.sentences[0], p)
        entry = _SESSION_ENTRY.match(text)
        if entry is not None:
            session = self.own_session(entry["ord"], entry["word"]) if entry["body"] is None or self.names_issuer(entry["body"]) else None
            if session is not None and places.is_place(entry["place"]):
                self.add(session, "meetingOf", BodyRef(session.body), ev)
                self.add(session, "heldIn", entry["place"], ev)
                days = find_dates(entry["date"] or "")
                if days and days[0].start == 0 and _has_day(entry["date"]):
                    self.add(session, "heldOn", days[0].value, ev)
                if entry["report"]:
                    self.session_report(session, entry["report"], ev)
            return
        heading = _SESSION_HEADING.match(p.heading or "")
        session = self.own_session(heading["ord"], heading["word"]) if heading is not None else None
        if session is None:
            return
        where = _PLACE_AND_DAYS.match(text)
        if where is not None and places.is_place(where["place"]) and _has_day(where["date"]):
            days = find_dates(where["date"])
            if days and days[0].start == 0:
                self.add(session, "heldIn", where["place"], ev)
                self.add(session, "heldOn", days[0].value, ev)
            return
        if (report := _REPORT_ISSUED.search(text)) is not None:
            self.session_report(session, text[report.end() :], ev)
        counted = _ADOPTED_COUNT.match(text) if _ADOPTED_LIST.match(text) is None else None
        if counted is not None:
            # "38 decisions adopted": the decisions of that session the document gives the text of
            # (`adopted_at_masthead_session`)
            self.overview_adoptions.append((session, "decision" if counted["kind"].startswith("d") else "resolution", ev))
            return
        adopted = _ADOPTED_LIST.match(text)
        if adopted is None:
            return
        kind: InstrumentKind = "decision" if adopted["kind"].lower().startswith("decision") else "resolution"
        for number in re.finditer(r"\b(\d{1,3})/(\d{1,3})\b", adopted["numbers"]):
            ref = InstrumentRef(session.body, kind, number[1], number[2])
            if _may_adopt(session, ref):
                self.add(ref, "adoptedAt", session, ev)

    def decision_of_the_previous_gathering(self, p: Paragraph) -> None:
        """"The Committee's decision at its previous meeting on X (decision 93/57)" in a document on
        the Committee's 94th meeting: adopted at the 93rd, the meeting before the one the document
        is on (its overview's or masthead's), which the number carries too (E100)."""
        ev = self.evidence(p.sentences[0], p) if p.sentences else None
        previous = _AT_ITS_PREVIOUS.search(p.text)
        if ev is None or previous is None:
            return
        current = {g.ordinal for g, _, _, _ in self.masthead.gatherings} | {g.ordinal for g, _, _ in self.overview_adoptions}
        r = self.resolve(p.sentences[0], p)
        for mention, ref in r.instruments:
            if ref.issuer is None or ref.issuer != self.document_issuer or not ref.session.isdigit():
                continue
            session = int(ref.session)
            term = self.registry.bodies[ref.issuer].gathering_term if ref.issuer in self.registry else None
            if term is not None and term == previous["word"].lower() and session + 1 in current and mention.start > previous.start():
                self.add(ref, "adoptedAt", GatheringRef(ref.issuer, term, session), ev)

    def session_report(self, session: GatheringRef, after: str, ev: Evidence) -> None:
        """The document whose symbol opens ``after`` is ``session``'s report."""
        found = find_symbols(after, self.symbol_series)
        if found and found[0].start == 0:
            self.add(DocumentRef(symbols=found[0].symbols), "reportOf", session, ev)

    def session_of_list_title(self, head: list[Paragraph]) -> tuple[GatheringRef, Paragraph] | None:
        """The session a page's title says its instruments are of: "Decisions of the Council at
        its eighty-first session", "Resolutions adopted by the Assembly at its 12th session" (the
        body the document's issuer)."""
        for index, p in enumerate(head):
            if p.kind != "heading":
                continue
            m = _LIST_OF_A_SESSION.match(p.text) or _LIST_OF_A_NAMED_SESSION.match(p.text.strip()) or _LIST_OF_A_BODYS_SESSION.match(p.text.strip())
            if m is None and _LIST_TITLE.match(p.text):
                # the title's next lines: "Session: Twenty-first session of the Committee ...", or
                # the first row of the page's record ("Session:<tab>...", a table of fields, L10)
                m = next(
                    (f for later in head[index + 1 : index + 3] if later.kind in ("heading", "table") and (f := _SESSION_FIELD.match(later.text.strip()))),
                    None,
                )
            if m is None or self.document_issuer is None:
                continue
            n = ordinal_value(m["ord"])
            issuer = self.registry.bodies.get(self.document_issuer)
            named = [b.key for b in self.matcher.find(m["body"]) if b.key]
            if n is None or issuer is None or named[:1] not in ([self.document_issuer], []):
                continue
            # "RESOLUTIONS ADOPTED BY THE COUNCIL AT ITS 118TH SESSION": a title in capitals
            names = {n.casefold() for n in (issuer.short_name or "", *issuer.names)}
            written = " ".join(m["body"].split()).casefold().removeprefix("the ")
            # ("... BY THE EXECUTIVE BOARD AT ITS 221st SESSION": a short name of two words)
            if not named and m["body"].split()[-1].casefold() not in names and written not in names:
                continue
            term = issuer.gathering_term or gathering_kind(m["word"].lower())
            return GatheringRef(self.document_issuer, term, n), p
        return None

    def approved_in_it_on(self, r: _Resolved, mention: InstrumentMention) -> dt.date | None:
        """"The provisional agenda ... was approved by the Committee in decision 25/4, entitled "…",
        on 1 June 2031": what the body approved in the instrument, on a day told right after the
        instrument (or its title), is the day the instrument was adopted (E141). One instrument
        alone: "in decisions 25/3 and 25/4, on ..." does not say which."""
        text = r.sentence.text
        if _APPROVED_BY_IN.search(text, max(0, mention.keyword_start - 140), mention.keyword_start) is None:
            return None
        if sum(1 for m, _ in r.instruments if m.keyword_start == mention.keyword_start) != 1:
            return None
        end = max(mention.end, mention.title_span[1] if mention.title_span is not None else 0)
        entitled = _ENTITLED_QUOTED.match(text, end)
        day = _ON_DAY_AFTER.match(text, entitled.end() if entitled is not None else end)
        days = find_dates(text[day.end() : day.end() + 40]) if day is not None else []
        if not days or days[0].start != 0 or days[0].value.start != days[0].value.end:
            return None
        return days[0].value.start

    def acted_by_instrument_on(self, r: _Resolved, day: dt.date, at: int, ev: Evidence) -> None:
        """"On 14 June 2031, by its resolution 2968 (2031), the Council extended ...": the
        instrument (its kind word at ``at``) the sentence's subject acted by on ``day`` was adopted
        that day (`rules.dated_acts`), when it is the subject's own and carries no day of its own."""
        subject = r.bodies[min(r.bodies)] if r.bodies else None
        for mention, ref in r.instruments:
            if mention.keyword_start == at and not mention.date and ref.issuer == subject:
                self.add(ref, "adoptedOn", day, ev)

    def adopted_by_verb(self, r: _Resolved, mention: InstrumentMention, ref: InstrumentRef, ev: Evidence) -> None:
        """"the Maritime Safety Committee, at its 106th session, adopted resolution
        MSC.520(106)", "the Assembly adopted resolution 80/12 at its eightieth session": the
        session set off before the verb, or told right after the instrument (or its list, or
        its title). `adopted_after` keeps only a session of the instrument's issuer."""
        text = r.sentence.text
        verb = _ADOPTED_THEN.search(text, max(0, mention.keyword_start - 72), mention.keyword_start)
        if verb is None and (present := _ADOPTED_AT_THE_PRESENT.search(text, max(0, mention.keyword_start - 120), mention.keyword_start)):
            # "the Regional Operating Plan adopted by the Association at the present session in
            # Resolution 2 (RA I-20)": the session the document is for, if its number is that one's
            here = [g for g, _, _, _ in self.masthead.gatherings if g.body == ref.issuer and g.kind == present["word"].lower()]
            if len(here) == 1 and ref.session == str(here[0].ordinal):
                self.add(ref, "adoptedAt", here[0], ev)
            return
        if verb is None:
            for g, _ in r.gatherings:
                if g.end <= mention.keyword_start and _BY_INSTRUMENT_AFTER_GATHERING.match(text[g.end : mention.keyword_start]) and (
                    _ADOPTED_AT_BEFORE_GATHERING.search(text, max(0, g.start - 48), g.start)
                ):
                    # "the long-term strategy adopted at its eleventh meeting by decision 2020/1":
                    # the gathering between the participle and the instrument adopted it
                    self.adopted_at_gathering(r, ref, g.start, ev)
                    return
                if g.end <= mention.keyword_start and _OF_INSTRUMENT_AFTER_GATHERING.fullmatch(text, g.end, mention.keyword_start) and (
                    _ADOPTION_BY_BEFORE_GATHERING.search(text, max(0, g.start - 72), g.start)
                ):
                    # "welcomes the adoption by the Council, at its eighty-fifth session, of
                    # resolution 85/12" (E163)
                    self.adopted_at_gathering(r, ref, g.start, ev)
                    return
            self.adopted_by_gathering_subject(r, mention, ref, ev)
            return
        last = _last_of_list(text, r.instruments, mention)
        end = last.title_span[1] if last.title_span is not None and last.title_span[1] > last.end else last.end
        how = _HOW_ADOPTED_BEFORE_DAY.match(text, last.end) if end == last.end else None
        day = _ON_DAY_AFTER.match(text, how.end() if how is not None else last.end) or (
            # "The Board adopted decision B.38/06 on readiness on 5 March 2032", "... on the last
            # day of the meeting (05.03.2032)": the day after the unquoted title (E98)
            (_ON_DAY_AFTER.match(text, end) or _ON_A_DAY_OF_THE_MEETING.match(text, end)) if end > last.end else None
        )
        days = find_dates(text[day.end() : day.end() + 40]) if day is not None else []
        one_day = bool(days) and days[0].start == 0 and days[0].value.start == days[0].value.end
        if one_day:
            # "The Commission adopted resolution 10/2 on 3 May 2030": the day of the verb's object
            # (also when the gathering was set off before the verb: "The General Assembly, at its
            # seventy-seventh session, adopted resolution 77/12 on 7 December 2022", E179)
            self.add(ref, "adoptedOn", days[0].value.start, ev)
        for g, _ in r.gatherings:
            if g.end <= verb.start() and _SET_OFF_BEFORE_VERB.match(text[g.end : verb.start()]) and _AT_BEFORE_GATHERING.search(
                text, max(0, g.start - 12), g.start
            ):
                self.adopted_at_gathering(r, ref, g.start, ev)
                return
        # "The Council adopted resolution 2968 (2031) on 14 June 2031 at its 10811th meeting": the
        # gathering after the day (E179)
        after = _AT_GATHERING_AFTER.match(text, day.end() + days[0].end) if one_day and day is not None else None
        if after is None:
            after = _AT_GATHERING_AFTER.match(text, how.end() if how is not None else end)
        if after is not None:
            self.adopted_after(r, ref, after, ev)
            return
        if day is not None and end > last.end:
            # adopted on a day of the meeting its number carries ("B.38/05": the thirty-eighth)
            self.adopted_at_carried_gathering(ref, ev)
        # "adopted decision 11/104 on sea-level data during its eleventh session": an unquoted
        # title read to the sentence's end holds the session
        if last.title_span is not None and last.title_span[1] > last.end:
            inside = _AT_GATHERING_AFTER.search(text, last.title_span[0], last.title_span[1] + 1)
            if inside is not None:
                self.adopted_after(r, ref, inside, ev)
                return
        self.adopted_by_gathering_subject(r, mention, ref, ev)

    def adopted_by_gathering_subject(self, r: _Resolved, mention: InstrumentMention, ref: InstrumentRef, ev: Evidence) -> None:
        """"the 29th Universal Postal Congress, held in Bogotá ..., adopted at its twelfth plenary
        meeting ... the resolutions ..., namely resolutions C 12/2029, ...", "The Seventy-ninth
        World Health Assembly adopted resolution WHA79.1": a gathering the subject of "adopted",
        the instrument its object in the same clause (`adopted_at_gathering` keeps only the
        issuer's gathering that may adopt the number)."""
        text = r.sentence.text
        verbs = list(_ADOPTED_WORD.finditer(text, 0, mention.keyword_start))
        if not verbs or mention.keyword_start - verbs[-1].end() > 240:
            return
        verb = verbs[-1]
        if _ANOTHER_CLAUSE.search(text, verb.end(), mention.keyword_start):
            return  # "adopted its report and recalled resolution 11/3"
        for g, _ in r.gatherings:
            if g.end <= verb.start() and _GATHERING_THEN_VERB.fullmatch(text, g.end, verb.start()) and _SUBJECT_OPENS.search(text, 0, g.start):
                self.adopted_at_gathering(r, ref, g.start, ev)
                return

    def place_under_list_title(self, head: list[Paragraph]) -> None:
        """"RESOLUTIONS ADOPTED BY THE COUNCIL AT ITS 118TH SESSION" over "(Geneva, 25 to 28
        November 2031)": where and when the session the title names was held."""
        found = self.session_of_list_title(head)
        if found is None:
            return
        session, title = found
        index = next((i for i, p in enumerate(head) if p is title), None)
        below = head[index + 1] if index is not None and index + 1 < len(head) else None
        edition = _EDITION_LINE.match(below.text.strip()) if below is not None else None
        if below is not None and index is not None and edition is not None and edition.end() == len(below.text.strip()) and index + 2 < len(head):
            index += 1  # ("PROVISIONAL EDITION" between the title and its place and days)
            below, edition = head[index + 1], None
        line = below.text.strip()[edition.end() if edition is not None else 0 :] if below is not None else ""
        where = _BRACKETED_PLACE_AND_DAYS.match(line) if below is not None and below.sentences else None
        if where is None and index is not None:
            self.place_and_dates_fields(session, head[index + 1 : index + 1 + _FIELD_LINES])
            return
        if below is None or where is None or not places.is_place(where["place"]) or not _has_day(where["date"]):
            return
        days = find_dates(where["date"])
        if not days or days[0].start != 0:
            return
        ev = self.evidence(below.sentences[0], below)
        self.add(session, "meetingOf", BodyRef(session.body), ev)
        self.add(session, "heldIn", where["place"], ev)
        self.add(session, "heldOn", days[0].value, ev)

    def place_and_dates_fields(self, session: GatheringRef, below: list[Paragraph]) -> None:
        """"Decisions of the Committee: 21.COM" over "Session: ..." / "Place: Cusco, Republic of
        Peru" / "Dates: 1 to 6 December 2031": a page's fields saying where and when the session
        its title names was held (each a line of its own, right under the title)."""
        for p in below:
            # ("Venue:<tab>Geneva": a page saved as text keeps each field a row of its record, E195)
            if p.kind not in ("heading", "table") or not p.sentences or p.instrument is not None:
                return  # the fields end where the page's text begins
            text = p.text.strip()
            label = _PLACE_LABEL.match(text)
            place = _PLACE_VALUE.match(places.without_venue(text[label.end() :])) if label is not None else None
            if _JOINT_FIELD.match(text) is not None:
                self.held_jointly_with(session, text, p)
            if place is not None and places.is_place(place["place"].strip()):
                ev = self.evidence(p.sentences[0], p)
                self.add(session, "meetingOf", BodyRef(session.body), ev)
                self.add(session, "heldIn", place["place"].strip(), ev)
            dated = _DATES_FIELD.match(text)
            days = find_dates(dated["date"]) if dated is not None and _has_day(dated["date"]) else []
            if days and days[0].start == 0:
                ev = self.evidence(p.sentences[0], p)
                self.add(session, "meetingOf", BodyRef(session.body), ev)
                self.add(session, "heldOn", days[0].value, ev)

    def held_jointly_with(self, session: GatheringRef, text: str, p: Paragraph) -> None:
        """"Held jointly with: the twenty-second meeting of the Conference of the Parties to the Basel
        Convention and the seventeenth meeting of ...": each gathering the field names, held jointly
        with the page's session (the days and place of the page's session are not said to be theirs)."""
        _, _, gatherings = self.gatherings_outside_sentences(text)
        ev = self.evidence(p.sentences[0], p)
        for g in gatherings:
            if g.body is None or g.body not in self.registry.bodies:
                continue
            term = self.registry.bodies[g.body].gathering_term or g.word
            for ordinal in g.ordinals:
                other = GatheringRef(g.body, term, ordinal)
                if other == session:
                    continue
                self.add(other, "meetingOf", BodyRef(g.body), ev)
                self.add(session, "jointWith", other, ev)
                self.add(other, "jointWith", session, ev)
                self.joint.setdefault(session, set()).add(other)
                self.joint.setdefault(other, set()).add(session)

    @staticmethod
    def done_by_which_at_its(r: _Resolved, mention: InstrumentMention, ref: InstrumentRef) -> GatheringRef | None:
        """"decision B.39/8, by which it had set up a working group on X at its thirty-ninth
        meeting": the instrument the relative clause is on was adopted at the gathering the
        clause names after "at its", when its number carries that gathering's ordinal (E95)."""
        text = r.sentence.text
        clause = _BY_WHICH_IT_DID.match(text, mention.end)
        if clause is None or not (ref.session.isdigit() and int(ref.session) < 1900):
            return None
        main = _MAIN_CLAUSE_AFTER.search(text, clause.end())
        # (or the next preambular paragraph: "..., in which it requested a study, Noting the
        # proposal made at the fourteenth session": not the session of the clause, E185)
        recital = _NEXT_RECITAL.search(text, clause.end())
        end = min(x for x in (text.find(";", clause.end()), main.start() if main else -1, recital.start() if recital else -1, len(text)) if x >= 0)
        for g, refs in r.gatherings:
            if clause.end() <= g.start < end and len(refs) == 1 and _AT_BEFORE_GATHERING.search(text, max(0, g.start - 8), g.start):
                at = refs[0]
                if at.body == ref.issuer and at.kind in ("session", "meeting") and at.ordinal == int(ref.session):
                    return at
        return None

    def adopted_by_the_session_named_with(self, r: _Resolved, mention: InstrumentMention, ref: InstrumentRef, ev: Evidence) -> None:
        """"set up by the 49th Directing Council in resolution CD49.R2", "the Seventy-eighth World
        Health Assembly, in resolution WHA78.4", "resolution CD62.R9, by which the 62nd Directing
        Council had asked ...", "resolutions of the Seventy-eighth World Health Assembly (Geneva,
        ...) of interest to the Region, among them resolution WHA78.11": the issuer's session named
        as the instrument's author, right before or after it, adopted it when the instrument's
        number carries that session's ordinal (`rules.sessions_with_instruments`); another body's
        session, or another ordinal, says nothing of it."""
        text = r.sentence.text
        for g, refs in r.gatherings:
            if len(refs) != 1 or refs[0].body != ref.issuer or refs[0].ordinal != int(ref.session):
                continue
            if sessions_with_instruments.named_with(text, (g.start, g.end), (mention.keyword_start, mention.start, mention.end)):
                self.adopted_at_gathering(r, ref, g.start, ev, day_after=False)
                return

    def adopted_after(self, r: _Resolved, ref: InstrumentRef, after: re.Match[str], ev: Evidence) -> None:
        """"its resolution 10/2, adopted on 12 March 2029", "its decision 11/101, adopted at its
        eleventh session": the date or session told right after the number."""
        text = r.sentence.text
        start = after.end()
        how = after["how"]
        if how == "by" and (by := _BY_BODY_THEN.match(text, after.end())) is not None:
            # "Resolution 85/244, adopted by the General Assembly at its eighty-fifth session on
            # 23 December 2030": the adopting body's name, then where or when
            start, how = by.end(), "at" if by["how"] == "during" else by["how"]
        if how == "on":
            day = date_opening(text[start : start + 40])  # "adopted on 17 December 2021", "on 2021-12-17"
            if day is None:
                return
            self.add(ref, "adoptedOn", day.value.start, ev)
            # "adopted on 25 April 2031 at its 118th session": the session too
            at = _AT_AFTER_DATE.match(text, start + day.end)
            if at is None:
                return
            start = at.end()
        elif how == "at" and (sitting := _SITTING_THEN_DAY.match(text, start)) is not None:
            dates = find_dates(text[sitting.end() : sitting.end() + 40])
            if dates and dates[0].start == 0:
                self.add(ref, "adoptedOn", dates[0].value.start, ev)
            self.adopted_at_the_reported_session(ref, ev, sitting=True)
        elif how == "at" and _SITTING.match(text, start) is not None:
            # "By its decision 12/101, adopted at its 6th meeting, the Commission ...": a sitting of
            # the session the report is of (E175)
            self.adopted_at_the_reported_session(ref, ev, sitting=True)
        elif how == "at" and (meeting := _MEETING_OF_SESSION.match(text, start)) is not None:
            # "adopted ... at the fifth meeting of the seventy-sixth session, on 16 October 2029":
            # a sitting of the session, which adopted it
            start = meeting.end()
        elif how in ("at", "during") and (part := _PART_OF.match(text, start)) is not None:
            # "adopted at the second part of its resumed eighty-fifth session": that session (E96)
            start = part.end()
        elif how in ("at", "during") and (owner := _POSSESSOR_BEFORE_GATHERING.match(text, start)) is not None:
            # "adopted at the Commission's 74th session on 18 April 2031": the session after the
            # name of its body in the possessive (the issuer's alone, `adopted_at_gathering`, E144)
            start = owner.end()
        self.adopted_at_gathering(r, ref, start, ev, day_after=how != "on", participle=True)

    def adopted_at_the_reported_session(self, ref: InstrumentRef, ev: Evidence, numbered: bool = False, sitting: bool = False) -> None:
        """The session a report is of adopted ``ref``, which the report's narrative says was adopted
        there: when it is of the session's body and its number may name the session (``numbered``:
        must name it); ``sitting``: told as adopted at a numbered sitting ("at its 6th meeting"),
        which is one of the session's only when the body meets in sessions."""
        session = self.report_session
        if session is None or session != self.masthead_session or ref.issuer != session.body or not _may_adopt(session, ref):
            return  # (a press release's lead counts the texts its session adopted: `news_story_adoptions`)
        if numbered and not (ref.session.isdigit() and int(ref.session) == session.ordinal):
            return
        if sitting and session.kind != "session":
            return
        self.add(ref, "adoptedAt", session, ev)

    def adopted_at_gathering(
        self, r: _Resolved, ref: InstrumentRef, start: int, ev: Evidence, day_after: bool = True, participle: bool = False
    ) -> None:
        """The session (or a body's numbered meeting) named at ``start`` adopted ``ref``, when it
        is its issuer's and may adopt it; "..., on 15 December 2030" after it (``day_after``)
        is the day. ``participle``: told by ", adopted at ..." right after the instrument."""
        text = r.sentence.text
        for g, refs in r.gatherings:
            # ("adopted at the Council's 180th Session": the owner's name in the possessive between, E143)
            if start - 4 <= g.start <= start + 4 or start < g.start <= start + 90 and _POSSESSOR_BETWEEN.fullmatch(text, start, g.start):
                session = refs[0]
                if (
                    participle and session.body != ref.issuer and g.determiner == "the" and g.of_body is None and len(refs) == 1
                    and len(g.ordinals) == 1 and session.kind == "session" and ref.session == str(session.ordinal) and ref.issuer in self.registry.bodies
                    and self.registry.bodies[ref.issuer].gathering_term == "session"
                    and not _POSSESSOR_BETWEEN.fullmatch(text, start, g.start)
                ):
                    # "resolution 72/163 of 19 December 2017, adopted at the seventy-second session,
                    # the Assembly ...": a session no name owns, after the participle right after the
                    # instrument, is the session of the body that adopted it, where the number carries
                    # that session; not the document's own body's (E158) ("endorsed the
                    # recommendations adopted at the twenty-ninth session in its resolution 2030/14":
                    # the recommendations' session, another body's)
                    session = refs[0] = GatheringRef(ref.issuer, "session", session.ordinal)
                body = self.registry.bodies.get(session.body)
                # a body that numbers its meetings in one series ("adopted at its 9620th meeting")
                # adopts at a meeting as others do at a session
                own_series = session.kind == "session" or body is not None and body.gathering_term == session.kind == "meeting"
                if own_series and session.body == ref.issuer and _may_adopt(session, ref):
                    self.add(ref, "adoptedAt", session, ev)
                    day = _day_after_gathering(text, g.end, session.kind == "meeting") if day_after else None
                    if day is not None:
                        # "adopted at its 9620th meeting, on 15 December 2030"
                        self.add(ref, "adoptedOn", day, ev)
                return

    def following_adopted_on(self, r: _Resolved, after: int, ev: Evidence) -> None:
        """"The Conference adopted the following decisions at its closing plenary on 27 June 2030":
        the day of each text printed below; "..., with the exception of decision 13/1, which was
        adopted at the opening plenary on 24 June 2030": the texts excepted have their own day
        (told after "which ... adopted ... on"), or none when the sentence gives none."""
        text = r.sentence.text
        excepted = _EXCEPT_FOR.search(text, after)
        on = _THEN_ON_DAY.match(text[: excepted.start() if excepted else len(text)], after)
        listed = find_dates(text[on.end() :]) if on else []
        if not listed or listed[0].start != 0:
            return
        self.adopting_on = (listed[0].value.start, ev)
        if excepted is None:
            return
        which = _WHICH_ADOPTED.search(text, excepted.end())
        own_day = _ON_DATE_IN_NOTE.search(text, which.start()) if which is not None else None
        days = find_dates(text[own_day.end() :]) if own_day is not None else []
        for mention, ref in r.instruments:
            if excepted.end() <= mention.start < (which.start() if which is not None else len(text)):
                self.adopted_on_another_day.add(ref)
                if days and days[0].start == 0:
                    self.add(ref, "adoptedOn", days[0].value.start, ev)

    def one_session_told(self, sentence: Sentence, p: Paragraph, r: _Resolved) -> GatheringRef | None:
        """The one session ``sentence`` or a sentence before it in ``p`` names, if only one."""
        told = {ref for _, refs in r.gatherings for ref in refs if ref.kind == "session"}
        for earlier in p.sentences:
            if earlier is sentence or told:
                break
            told |= {ref for _, refs in self.resolve(earlier, p, again=True).gatherings for ref in refs if ref.kind == "session"}
        return next(iter(told)) if len(told) == 1 else None

    def instrument_heading(self, ref: InstrumentRef, p: Paragraph) -> None:
        ev = self.evidence(p.sentences[0], p)
        self.add(self.doc, "mentions", ref, ev)
        if p.draft:
            return  # a draft annexed to a report was not adopted
        self.texts_held.append(ref)
        self.add(ref, "containedIn", self.doc, ev)
        # "Decision on Agenda Item 11 Title" / "... By the same decision, the Council requests the
        # Trustee": the decision whose text opens here is the one its sentences speak of again,
        # not the one another decision's text cited last (E165)
        self.last_instrument = [ref]
        if self.adopting is not None and _may_adopt(self.adopting, ref):
            # ("Decisions adopted at the eleventh session" over "12/101. Title": a decision numbered
            # by session is adopted at that session only)
            self.add(ref, "adoptedAt", self.adopting, ev)
        elif (
            self.report_session is not None and self.report_session.body == ref.issuer
            and self.report_session.kind == "session" and _may_adopt(self.report_session, ref)
        ):
            # The text of the issuer's own resolution printed in the report on its twelfth
            # session ("Resolution 12/1" under chapter I): adopted at that session
            self.printed_in_report.append((ref, ev))
        if self.adopting_on is not None and ref not in self.adopted_on_another_day:
            self.add(ref, "adoptedOn", *self.adopting_on)

    # ------------------------------------------------------------------ paragraphs

    def paragraph(self, p: Paragraph, own: InstrumentRef | None) -> None:
        self.docs.new_paragraph(p, self.symbol_series)
        if self.table_gatherings and p.kind == "paragraph" and len(p.sentences) == 1 and (
            town := meeting_tables.place_of_all_listed(p.sentences[0].text)
        ) is not None:
            # "All the meetings listed above were held in Vienna." under a table of meetings
            for gathering in self.table_gatherings:
                self.add(gathering, "heldIn", town, self.evidence(p.sentences[0], p))
        if p.kind == "paragraph":
            self.table_gatherings = []  # a sentence after the table: the place is told right after it or not at all
        self.listed_entry = None
        if p.kind == "paragraph" and self.docs.listing_receiver is not None and self.docs.line_told_on(p):
            entry = replace(p, text=p.sentences[0].text, sentences=p.sentences[:1])
            self.listed_for(entry, self.evidence(p.sentences[0], p))
            symbols = find_symbols(entry.text, self.symbol_series)
            if len(symbols) == 1:
                # "...; the present document is submitted pursuant to paragraph 5 of that
                # resolution": the entry's document, not the note that lists it
                self.listed_entry = DocumentRef(symbols=symbols[0].symbols)
        if "dopted" in p.text[:24] and p.sentences and (p.kind == "footnote" or _MARKED_NOTE.match(p.text)) and (
            noted_day := adoption_notes.adoption_day(p.text)
        ) is not None:
            # "¹ Adopted without a vote on 08.07.2031" (a raised note may read as a listing or a paragraph)
            self.adopted_as_noted(p, noted_day)
        elif "dopted" in p.text[:24] and p.sentences and (p.kind == "footnote" or _MARKED_NOTE.match(p.text)) and (
            noted_at := adoption_notes.adopting_gathering_at(p.text)
        ) is not None:
            # "[1] Adopted at the eighty-sixth session of the General Assembly"
            self.adopted_at_as_noted(p, noted_at)
        elif p.sentences and (p.kind == "footnote" or _MARKED_NOTE.match(p.text)) and (noted_title := adoption_notes.title_alone(p.text)) is not None:
            # "... resolution 70/1 of 25 September 2015[1]" / "[1] "Transforming our world: ...".":
            # the note gives the title of the instrument its mark follows
            if (noted_ref := self.cited_before_note(p)) is not None:
                self.add(noted_ref, "title", noted_title, self.evidence(p.sentences[0], p))
        if p.kind == "footnote":
            self.footnote(p)
        elif _MARKED_NOTE.match(p.text) and len(p.sentences) == 1 and "/" in p.text:
            # "¹ X.", "[2] X.", "3/ X." read as a paragraph of its own (a web page's or an older
            # document's notes): a note that only gives a document
            self.note_giving_a_document(p)
            if (opening := _note_opens_with_document_before(p.sentences[0].text)) is not None:
                # "¹ The evaluation report was prepared in response to ...": the marked sentence's document
                r = self.resolve(p.sentences[0], p, again=True)  # the loop below reads the note again
                if r.instruments and not r.symbols:
                    self.noted_document_under_mandate(r, opening["kind_word"])
        column_line = find_symbols(p.text, self.symbol_series) if p.kind == "heading" and self.docs.documentation_headings else []
        column_symbol, self.column_symbol = self.column_symbol, None
        if column_line and p.sentences and doc_rules.documentation_column_line(p.text, column_line[0].start, column_line[0].end):
            # the symbol column's line (a page break may have run it into the title above)
            self.listed_for(p, self.evidence(p.sentences[0], p))
            if len(column_line) == 1 and p.text.strip() == p.text[column_line[0].start : column_line[0].end]:
                self.column_symbol = DocumentRef(symbols=column_line[0].symbols)
        elif column_symbol is not None and p.kind == "heading" and p.sentences and document_records.REPORT_TITLE.match(p.text.strip()):
            # "ECE/CP.TEIA/2028/12" alone, then "Report of the Conference of the Parties on its
            # fifteenth meeting": the title of the symbol's entry, the report of that meeting
            self.report_titled(column_symbol, p.text.strip(), p)
        held_before: list[list[GatheringRef]] = []  # per sentence: the meetings held
        carry: list[InstrumentRef] = []
        if own is None and self.narrated is not None and self.narrated[1] == p.section and p.kind == "paragraph":
            # "The Committee further determined that ..." under "Decision 30/1. Title": the
            # decision the heading recounts goes on
            carry = [self.narrated[0]]
        plenary_date: dt.date | None = None
        adopted_in_paragraph = False
        # the gatherings the paragraph names, for its "dates:" and "location:" entries
        named_gatherings: set[GatheringRef] = set()
        subject_before: InstrumentRef | None = None
        contents_note = p.kind in ("paragraph", "heading") and catalogue_records.CONTENTS.match(p.text) is not None
        for sentence in p.sentences:
            self.it_instrument, subject_before = subject_before, None
            # (a sentence that may establish a body is resolved again once the body is born, below)
            r = self.resolve(sentence, p, again=_may_establish(sentence.text))
            if not r.instruments and self.named_instruments and (between := issuer_back_references.issuer_named_between(sentence.text)):
                self.issuer_named_before_kind_again(r, between)
            named_gatherings.update(ref for _, refs in r.gatherings for ref in refs)
            if "lenary" in sentence.text:
                for g, refs in r.gatherings:
                    if len(refs) == 1 and refs[0].kind == "session" and _PLENARY_SESSION_WORDS.search(sentence.text, g.start, g.end):
                        self.last_plenary_session = refs[0]
            if ("ates:" in sentence.text or "ocation:" in sentence.text or "enue:" in sentence.text) and len(named_gatherings) == 1:
                self.dates_and_location(sentence, p, next(iter(named_gatherings)))
            if sentence is p.sentences[0] and ":" in sentence.text[:32] and (field := dates_and_venue(sentence.text)) is not None:
                self.dates_and_venue_field(sentence, p, field, named_gatherings)
            elif p.kind == "heading":
                self.heading_gatherings = (p.text.strip(), frozenset(named_gatherings))
            # Only the facts of instruments, meetings and documents cite this evidence here (the
            # rules below make their own): most sentences name none, and need none made.
            ev = self.evidence(sentence, p) if r.instruments or r.gatherings or r.symbols else None
            if r.symbols and ("my " in sentence.text or "our " in sentence.text):
                for symbol in r.symbols:
                    if _MY_REPORT_BEFORE.search(sentence.text, max(0, symbol.start - 60), symbol.start) and not set(symbol.symbols) & set(self.doc.symbols):
                        self.my_earlier_reports.append(DocumentRef(symbols=symbol.symbols))
            for mention, ref in r.instruments:
                self.add(self.doc, "mentions", ref, ev)
                if contents_note and catalogue_records.opens_a_contents_item(self.cleaned.text, sentence.start + mention.start) and (
                    listed_title := catalogue_records.item_title(self.cleaned.text[: p.end], sentence.start + mention.end)
                ):
                    # "Contents: 23.IGC 5. Title -- 23.IGC 7. Title" of a catalogue record
                    self.add(ref, "title", listed_title, ev)
                if mention.date:
                    self.add(ref, "adoptedOn", mention.date.start, ev)
                    self.last_instrument_day = mention.date.start
                elif mention.yearless_day and (day := _day_the_number_dates(ref, *mention.yearless_day)) is not None:
                    # "By resolution 77/12 of 14 December, the Assembly ...": the year the number carries
                    self.add(ref, "adoptedOn", day, ev)
                elif mention.same_date and self.last_instrument_day is not None:
                    # "in its resolution 85/78 of 7 December 2030, ... in its resolution 85/77 of
                    # the same date": the day of the instrument dated last before it
                    self.add(ref, "adoptedOn", self.last_instrument_day, ev)
                elif (dated := next((y for y, _ in reversed(r.instruments) if y.date and y.end <= mention.keyword_start), None)) is not None and (
                    joined_instrument_clauses.same_day_as_before(sentence.text, mention.keyword_start, dated.end)
                ):
                    # "resolution 69/283 of 3 June 2015; on the same day, by resolution 69/284, the
                    # Assembly ...": the day of the one dated before it in the sentence (E182)
                    assert dated.date is not None
                    self.add(ref, "adoptedOn", dated.date.start, ev)
                elif " same " in sentence.text and (day := self.same_day_as(r, mention)) is not None:
                    # "resolution 88/232, adopted on the same day as resolution 88/231": the other's
                    # day, told in the sentence or before it (E205)
                    self.add(ref, "adoptedOn", day, ev)
                # "resolution 998 (LVI) of 19 March 2029 on ..., adopted at its fifty-sixth session"
                if ev is not None and (
                    after := _adopted_after(sentence.text, mention, _last_of_list(sentence.text, r.instruments, mention))
                ) and not (mention.date and after["how"] == "on"):
                    self.adopted_after(r, ref, after, ev)
                elif ev is not None and ("adopted" in sentence.text or "adoption by" in sentence.text):
                    self.adopted_by_verb(r, mention, ref, ev)
                    self.adopted_in_journal_summary(sentence.text, mention, ref, ev)
                elif ev is not None and not mention.date and " by the " in sentence.text and (
                    day := self.approved_in_it_on(r, mention)
                ) is not None:
                    self.add(ref, "adoptedOn", day, ev)
                elif ev is not None and r.gatherings and "which it " in sentence.text and (
                    at_its := self.done_by_which_at_its(r, mention, ref)
                ) is not None:
                    self.add(ref, "adoptedAt", at_its, ev)
                elif ev is not None and r.gatherings and (
                    set_off := _ISSUER_SET_OFF_AT_ITS.match(sentence.text, mention.end)
                ) is not None:
                    # "decision BC-19/6, in which the Conference of the Parties, at its nineteenth
                    # meeting, ... requested": the issuer's gathering named there (E148)
                    self.adopted_at_gathering(r, ref, set_off.end(), ev, day_after=False)
                if ev is not None and r.gatherings and sentence.text.startswith(("At ", "During ")) and (
                    opening_gathering := next((g for g, _ in r.gatherings if g.start < 12), None)
                ) is not None and _AT_ITS_GATHERING_OPENS.match(sentence.text, 0, opening_gathering.start) and (
                    _BY_INSTRUMENT_AFTER_GATHERING.match(sentence.text[opening_gathering.end : mention.keyword_start])
                ):
                    # "At its seventy-first session, by resolution 71/14, the Council resolved ...":
                    # the opening gathering adopted the instrument set off after it (E140)
                    self.adopted_at_gathering(r, ref, opening_gathering.start, ev, day_after=False)
                if ev is not None and r.gatherings and sentence.text.startswith(" (", mention.end) and (
                    bracket := _SESSION_IN_BRACKET_AFTER.match(sentence.text, mention.end)
                ) is not None:
                    # "Statistical Commission decision 62/104 (62nd session, March 2031)": the
                    # issuer's session its number carries, in brackets after it (E144)
                    self.adopted_at_gathering(r, ref, bracket.end(), ev, day_after=False)
                if ev is not None and r.gatherings and " of its " in sentence.text and (
                    of_its := _NUMBER_OF_ITS.match(sentence.text, mention.start)
                ) is not None and of_its["number"].endswith(ref.number):
                    # "decision 2 of its eighty-sixth session", "resolution 12/3 of its twelfth
                    # session": the issuer's session that the number names adopted it
                    self.adopted_at_gathering(r, ref, of_its.end(), ev, day_after=False)
                if ev is not None and ref.issuer in self.counted_issuers and (
                    counted_at := _COUNTED_AT_ITS.match(sentence.text, mention.end)
                ) is not None:
                    # "its decision on Agenda Item 10 at its 77th meeting": a number counted within
                    # a meeting (`gathering_numbering`), the meeting named after it, which keyed it,
                    # adopted it (E165)
                    self.adopted_at_counted_gathering(ref, counted_at["ordinal"], ev)
                if ev is not None and self.masthead.record and "adopted" in sentence.text:
                    self.adopted_in_the_record(r, mention, ref, ev)
                if ev is not None and r.gatherings and ref.session.isdigit():
                    # "the Seventy-eighth World Health Assembly, in resolution WHA78.4", "resolution
                    # CD62.R9, by which the 62nd Directing Council": the session named with the
                    # instrument, whose number carries that session (E157)
                    self.adopted_by_the_session_named_with(r, mention, ref, ev)
                if ev is not None and (
                    " same " in sentence.text or "at that " in sentence.text or "during that " in sentence.text or sentence.text.startswith(("At ", "During "))
                ) and (same := self.adopted_at_the_same(sentence.text, mention, ref)) is not None:
                    self.add(ref, "adoptedAt", same, ev)
                if mention.title and not titles.named_in_a_document_title(sentence.text, mention.start) and not (
                    _inside_a_known_name(mention, r.refs.bodies)
                ):
                    # "Report of the Secretary-General on the implementation of resolution 62/101
                    # on X": X is the rest of the report's title, not the resolution's
                    # ("Decision 20.COM 7 - Title (previous session)": a page's note, not the title's)
                    self.add(ref, "title", _RELATIVE_SESSION_NOTE.sub("", mention.title) or mention.title, ev)
            if ev is not None and len(r.instruments) > 1 and ("both" in sentence.text or "all" in sentence.text or "each" in sentence.text):
                for ref, shared_day in _dated_together(sentence.text, r.instruments):
                    self.add(ref, "adoptedOn", shared_day, ev)
            if r.instruments and ev is not None and (sentence.text.startswith(("On ", "Also on ")) or " on " in sentence.text) and (
                acted := dated_acts.acts_by_instrument(sentence.text)
            ) is not None:
                self.acted_by_instrument_on(r, *acted, ev)
            if p.kind == "footnote":
                if own is not None and r.instruments and not self.marked_before_its_instrument(p, own):
                    self.cites(r, own, p)  # a footnote of the instrument's text: its citation
                elif r.instruments and not r.symbols and (opening := _note_opens_with_document_before(sentence.text)) is not None:
                    # "¹ The evaluation report was prepared in response to resolution 89/246": the
                    # document of the sentence that bears the note's mark
                    self.noted_document_under_mandate(r, opening["kind_word"])
                if ev is not None and any(_HELD_PARTICIPLE.match(sentence.text, g.end) for g, _ in r.gatherings):
                    # "¹ The Council considered an advance version at its 127th session, held
                    # from 7 to 10 October 2031": a note that tells where and when a session sat
                    self.gathering_facts(r, ev)
                continue
            # "Decides to establish an open-ended working group on ..., which shall hold its
            # first meeting in Vienna": the meeting is the new body's, which exists once the
            # establishing verb is read; read it first, then the sentence's meetings anew.
            # (also where a note recounts the instrument: "In the same resolution 2030/21, the
            # Council decided to establish ..., which would hold its first meeting in Geneva")
            # ("Decides to set up / to create an expert group ..., which shall hold ...": the
            # same act in other words)
            # ("By that decision, the Meeting decided to establish a Task Force ..., and requested
            # the Task Force to hold its first meeting in Geneva": the instrument named before)
            establishing = _may_establish(sentence.text) and (
                own is not None or bool(self.intro_instruments(r))
                # "the preparatory committee, which the Assembly established by its resolution
                # 88/232, ..., including at its first session, to be held in New York": an
                # establishment told in a relative clause on an instrument named in the sentence (E205)
                or bool(r.instruments) and _ESTABLISHED_IN_A_CLAUSE.search(sentence.text) is not None
                # "The Advisory Board on X, established by resolution 11/2, adopted at its eleventh
                # session, will hold its third session in …": the subject's origin set off after its
                # name, then what it holds (E215)
                or bool(r.instruments) and _ORIGIN_SET_OFF_THEN_HOLDS.match(sentence.text) is not None
            )
            born_before = len(self.born)
            if establishing:
                early_intro = self.intro_instruments(r)
                facts_before = len(self.facts)
                self.mandates(r, own, early_intro, early_intro or carry)
                if len(self.born) != born_before:
                    before_born = r.gatherings
                    r = self.resolve(sentence, p)
                    r.gatherings = self.first_gathering_of_born(r, list(self.born)[-1])
                    self.due_at_the_born_gathering(facts_before, before_born, r.gatherings)
                    if own is None:
                        # a recounted instrument's sentence keeps the other gatherings it names
                        taken = {g.start for g, _ in r.gatherings}
                        r.gatherings += [(g, refs) for g, refs in before_born if g.start not in taken]
                    ev = self.evidence(sentence, p) if r.instruments or r.gatherings or r.symbols else None
            held = self.gathering_facts(r, ev)
            if p.kind != "heading" and (held or self.docs.list_said_before is not None):
                self.list_of_documents_told(r, p, held, ev)
            if ev is not None and r.gatherings and " for " in sentence.text:
                self.yearless_day_for_gathering(r, ev)
            if self.born and "first " in sentence.text and ":" in sentence.text:
                self.first_gathering_of_born_as_field(r, p)
            if own is None and ev is not None and "adopting" in sentence.text and self.concluded is None:
                self.concluded_session(r, p, ev)
            if own is None and ev is not None and self.report_session is None and "today" in sentence.text and r.gatherings:
                self.session_concluded_today(r)
            if ev is not None and r.instruments and " adopted " in sentence.text and ("earlier" in sentence.text or "today" in sentence.text):
                self.adopted_on_the_documents_day(r, ev)
            if own is None and self.story is None and ev is not None and r.gatherings and sentence is p.sentences[0] and "day" in sentence.text:
                self.news_story_lead(r, p, ev)
            elif own is None and self.story is not None and (r.instruments or r.symbols):
                subject_before = self.news_story_adoptions(r, p) or subject_before
            if own is None and self.report_session is not None and sentence.text[:4] in ("The ", "This") and "session" in sentence.text[:50]:
                self.the_session_held(r, p)
            if own is None and "open" in sentence.text[:30] and (opens := gathering_lines.the_gathering_opens_and_closes(sentence.text)):
                self.own_gathering_opens_and_closes(*opens, self.evidence(sentence, p))
            if own is None and self.report_session is not None and "next session" in sentence.text:
                self.next_session_held(r, p)
            if own is None and r.refs.bodies and (" meet" in sentence.text or " convene" in sentence.text or " held" in sentence.text):
                self.gathering_numbered_aside(r, p)
            if self.masthead.year_numbered is not None and " session" in sentence.text:
                self.sessions_named_by_year(r, ev or self.evidence(sentence, p))
            if own is None:
                self.named_texts += [ref for m, ref in r.instruments if _named_by_kind(sentence.text, m.keyword_start, ref.kind)]
            if (r.instruments or self.last_instrument) and ev is not None and (held_under := doc_rules.the_gathering_held_under(sentence.text)):
                self.own_gathering_held_under(r, *held_under, ev)
            elif r.instruments and ev is not None and " convened " in sentence.text and (
                convened := doc_rules.the_body_convened_under(sentence.text)
            ):
                self.own_body_convened_under(r, *convened, ev)
            if own is None and p.kind != "footnote" and (r.instruments or self.last_instrument) and (
                # the words `rules.documents.described_under_mandate` needs, tested cheaply first
                "pursuant" in sentence.text or "accordance" in sentence.text or "response" in sentence.text
                or "requested" in sentence.text or "mandated" in sentence.text
            ):
                self.described_under_mandate(r, ev or self.evidence(sentence, p))
            if p.kind == "heading" and not (self.docs.table_receiver is not None and doc_rules.column_headings_of_a_list(sentence.text)):
                # "List of documents before the working group at its second session": the rows
                # of the table below it are before that session (its column headings, "Symbol
                # Agenda item", on a line of their own under it, keep the list's receiver: E191)
                listed = list(held) if held and _DOCUMENTS_BEFORE.search(sentence.text) else None
                if listed is None and self.report_session is not None and _LIST_OF_DOCUMENTS_ALONE.search(sentence.text):
                    # the report's own list: before the session it reports
                    listed, ev = [self.report_session], ev or self.evidence(sentence, p)
                self.docs.table_receiver = (listed, ev) if listed and ev is not None else None
            if self.under_report is None and r.instruments and "mplement" in sentence.text and len({ref for _, ref in r.instruments}) == 1 and (
                (told := _IMPLEMENTATION_OF.search(sentence.text)) is not None and r.instruments[0][0].start >= told.start()
            ):
                self.under_report = r.instruments[0][1]
            intro = self.intro_instruments(r)
            if not intro and not r.instruments and (opening_statement := statement_opening_the_sentence(sentence.text)) is not None and (
                told_statement := self.cited_statement(opening_statement.symbol, opening_statement.prefixed, None)
            ) is not None:
                # "By its presidential statement of 19 March 2032 (S/PRST/2032/5), ..., the Council
                # asked the Mission to ...": the statement is the instrument the sentence tells of (E191)
                intro = [told_statement]
            if intro:
                carry = intro
                self.adopted_on_after_back_reference(r, intro)
                if len(intro) == 1 and (nth := _BY_THE_NTH.match(sentence.text)) is not None and nth["title"]:
                    # "By the first, entitled "Pattern of conferences", ...": its title (E130)
                    self.add(intro[0], "title", " ".join(nth["title"].split()), self.evidence(sentence, p))
            if own is None and "adopted on" in sentence.text and ("he resolution," in sentence.text or "he decision," in sentence.text):
                self.adopted_on_of_the_kind_told_again(r)
            if own is not None and not p.draft and p.part == "operative" and "annex" in sentence.text.lower() and _OWN_ANNEX.search(sentence.text):
                # (its word looked for first: the pattern opens with `\b`, tried at every position)
                self.annexing.add(own)
            if own is not None and not p.draft and r.instruments and (
                p.part in ("preamble", "operative") or p.part == "annex" and (own in self.endorsing or own in self.annexing)
            ):
                self.cites(r, own, p)
            if own is not None and not p.draft and r.instruments and p.part in ("preamble", "operative"):
                self.adopted_at_the_previous(r, own)
            if r.instruments and (previous := previous_gatherings.find(sentence.text)):
                self.adopted_at_the_previous_by_number(r, previous)
            if "of a" in sentence.text and (nominal := nominal_establishments.find(sentence.text)):
                self.nominal_establishments(r, own, intro, carry, nominal)
            if not establishing:
                self.mandates(r, own, intro, carry)
            if ", which " in sentence.text and (clause := relative_mandates.issuer_asked_antecedent(sentence.text)) is not None:
                self.mandate_to_the_antecedent(r, clause)
            if r.instruments and ", which " in sentence.text:
                self.relative_clause_mandates(r)
                if len(r.instruments) > 1:
                    self.relative_clause_citations(r)
            if "establishment" in sentence.text and r.instruments:
                self.establishment_by_instrument(r)
            if own is not None and not p.draft and p.part == "operative" and ("“" in sentence.text or '"' in sentence.text):
                self.defined_bodies(r, own)
            if len(r.instruments) > 1 or carry and r.instruments:
                self.reported_citations(r, own, intro, carry)
            if own is None and len(r.instruments) > 1 and sentence.text[:1] in "RNWATBH":
                self.recited_before_subject(r)
            # "The resolution also recalled resolution 2663 (2022)": the instrument the sentence
            # before spoke of speaks; it, not the one it cites, is what "the same resolution" means next
            spoke_again: InstrumentRef | None = None
            if r.instruments and len(self.last_instrument) == 1 and p.part not in ("preamble", "operative"):
                recalls = _INSTRUMENT_RECALLS.match(sentence.text)
                recalls_end = recalls.end() if recalls is not None else self.issuer_recalls_in_part(r)
                if recalls_end is not None:
                    speaker = spoke_again = self.last_instrument[0]
                    if recalls is not None and _PRESENT_CITING_VERB.search(recalls.group()):
                        # "The text recalls ... It asks the Director General to ...": the same
                        # instrument is the subject of the next sentence's "It"
                        subject_before = speaker
                    for mention, ref in r.instruments:
                        if mention.start >= recalls_end and ref != speaker:
                            self.add(speaker, "cites", ref, self.evidence(r.sentence, r.paragraph, "recalls"))
            if r.instruments and spoke_again is None and self.under_report is not None and p.part not in ("preamble", "operative") and (
                told_in := instrument_subjects.issuer_recalls_in_paragraph(sentence.text)
            ) is not None and self.subject_is_issuer(r, told_in, self.under_report):
                # "The Council recalled in paragraph 11 its resolution 70/21 and General Assembly
                # resolution 47/135": the resolution under report cites them (E146)
                speaker = spoke_again = self.under_report
                self.last_instrument = [speaker]
                for mention, ref in r.instruments:
                    if mention.start >= told_in[1] and ref != speaker:
                        self.add(speaker, "cites", ref, self.evidence(r.sentence, r.paragraph, "recalls"))
            subject_instrument = (
                self.instrument_subject_recalls(r) or spoke_again if p.part not in ("preamble", "operative") else None
            )
            if r.symbols and r.gatherings and (
                " by the " in sentence.text or "ed at " in sentence.text or "ed during " in sentence.text
                or "which the " in sentence.text or "adoption at " in sentence.text or "vote at " in sentence.text
                or "pass at " in sentence.text or "up at " in sentence.text or "up during " in sentence.text
            ):
                self.considered_by_at(r, ev)
            if r.gatherings and " be " in sentence.text and (" by the " in sentence.text or " present " in sentence.text):
                self.present_document_considered_at(r, ev)
            if "ndorse" in sentence.text or "NDORSE" in sentence.text or "pprove" in sentence.text or "dopts the" in sentence.text:
                # "ENDORSES the recommendations ...": operative verbs in capitals (IMO, CITES)
                self.endorsements(r, own, intro, carry)
            if "eport" in sentence.text:
                self.report_issued_as(r, ev)
                if " cover" in sentence.text and r.gatherings and ev is not None:
                    self.report_covering(r, ev)
                if own is None and self.session_less_reporter is not None and self.report_session is None and "adopted" in sentence.text:
                    self.own_report_adopted(r)
            if "draft" in sentence.text and r.instruments and ev is not None:
                for title, kind, at in titles.draft_became(sentence.text):
                    # "a draft decision on X (document ...), which became decision XII/1": X is its title
                    for mention, ref in r.instruments:
                        if mention.start == at and ref.kind == kind:
                            self.add(ref, "title", title, ev)
            if r.symbols and ("eport" in sentence.text or "summar" in sentence.text):
                self.reports(r, held_before, ev)
            elif self.entry_described is not None and ev is not None and sentence is p.sentences[0] and sentence.text.startswith("Report"):
                self.entry_report_title(r, self.entry_described, ev)
            self.submissions(r, ev)
            if r.gatherings and ev is not None and any(word in sentence.text for word in _CONSIDERED_WORDS):
                self.paper_named_back_considered_at(r, ev)
            if r.symbols and ev is not None and "rovisional agenda" in sentence.text:
                self.agenda_of_the_meeting_told(r, ev)
            if r.symbols and r.gatherings and ev is not None and "agenda" in sentence.text:
                self.agendas_of_named_gatherings(r, ev)
            if own is not None and r.symbols and p.part == "preamble" and _HAVING_BEFORE_IT.match(sentence.text):
                self.before_the_adopting_session(r, own)
            if (
                "onsidered" in sentence.text or "xamined" in sentence.text or "eviewed" in sentence.text or "iscussed" in sentence.text
                or "ebated" in sentence.text or "took up" in sentence.text or "before it " in sentence.text or sentence.text.startswith("HAVING ")
                or "will " in sentence.text or " to consider" in sentence.text or "aving noted" in sentence.text
            ):
                self.considered(r, own)
            # Adoption at a session and on a date.
            text = sentence.text
            if own is None and r.gatherings and ev is not None and "adopted" in text and (
                told := narrated_decisions.ADOPTED_AT_ITS.search(text)
            ) is not None:
                # "The Committee adopted four decisions at its thirtieth session. They are summarized below"
                told_at = [refs[0] for g, refs in r.gatherings if told.start() < g.start < told.end() and len(refs) == 1]
                self.narrated_adopting = (told_at[0], told["kind"][:-1].lower(), ev) if told_at else None
            adopted = _ADOPTED.search(text) if "adopted" in text else None
            decided_in: re.Match[str] | None = None  # "decided, in its resolution X": read as "adopted" below
            following = _FOLLOWING.search(text) if adopted else None
            opening = _FOLLOWING_ONE.search(text) if adopted and own is not None and not following else None
            if (following or opening) and r.gatherings:
                sessions = [ref for g, refs in r.gatherings for ref in refs if ref.kind == "session"]
                if sessions and following:
                    self.adopting = sessions[0]
                elif sessions and own is not None and not p.draft:
                    # "At its 8th meeting, ..., at its thirteenth session, adopted the following
                    # decision:" opening an instrument's text: the session adopted that one text
                    self.add(own, "adoptedAt", sessions[0], ev)
            elif own is None and self.adopting is None and _LIST_ADOPTED_AT.match(text):
                # "DECISIONS ADOPTED BY THE BOARD AT ITS FIFTY-SIXTH SESSION", "(Adopted at the
                # 43rd Session of the Assembly, ...)" above the texts: the session adopted each
                self.adopting = self.listed_session(r)
                on = _ON_DATE_IN_NOTE.search(text)
                listed_dates = find_dates(text[on.end() :]) if on else []
                if listed_dates and listed_dates[0].start == 0 and ev is not None:
                    self.adopting_on = (listed_dates[0].value.start, ev)
            elif own is None and adopted and self.adopting_on is None and (below := _BELOW_ADOPTED.search(text)):
                # "The decisions set out below were adopted by the Meeting at its closing plenary on
                # 13 November 2026": the date of each text that follows
                on = _ON_DATE_IN_NOTE.search(text, below.start())
                listed_dates = find_dates(text[on.end() :]) if on else []
                if listed_dates and listed_dates[0].start == 0:
                    self.adopting_on = (listed_dates[0].value.start, ev or self.evidence(sentence, p))
                if self.adopting is None and (concluded := self.one_session_told(sentence, p, r)) is not None:
                    # "The Commission concluded its seventy-ninth session this evening. The texts
                    # below were adopted at its 12th meeting": a sitting of that session adopted them
                    self.adopting = concluded
            elif (adopted or (adopted := (decided_in := _DECIDED_IN.search(text) if "decided" in text or "agreed" in text else None))) and (
                r.gatherings and _AT_SESSION.match(text)
            ):
                session = r.gatherings[0][1][0]
                for mention, ref in r.instruments:
                    if mention.start > adopted.start() and (adopted.group() == "adopted" or mention.start == adopted.end()) and (
                        # "At the fifty-second session of the Human Rights Council, the General
                        # Assembly adopted resolution 77/12": another body's session adopts none of its
                        session.body == ref.issuer or _AT_ITS_SESSION_OPENS.match(text)
                    ) and not _cited_in_passing(text, mention, r.instruments):
                        self.add(ref, "adoptedAt", session, ev)
                        if adopted.group() == "adopted" and (
                            day := _day_after_gathering(text, r.gatherings[0][0].end, session.kind == "meeting")
                        ) is not None:
                            # "At its seventy-seventh session, on 7 December 2022, the General
                            # Assembly adopted ...": the day set off after the gathering (E179)
                            self.add(ref, "adoptedOn", day, ev)
            elif own is None and adopted and r.gatherings and "; " in text and (clause := _AT_SESSION_AFTER_SEMICOLON.search(text)) is not None:
                # "The mandate has been renewed every year since; at its eighty-sixth session, the
                # Assembly adopted resolutions 86/15 and 86/16": the clause's own session (E130)
                clause_sessions = [refs[0] for g, refs in r.gatherings if g.start >= clause.start("at") and len(refs) == 1][:1]
                verb = _ADOPTED.search(text, clause.end())
                if clause_sessions and verb is not None and _ISSUER_ADOPTED.match(text, clause.end(), verb.end()):
                    for mention, ref in r.instruments:
                        if mention.start > verb.start() and ";" not in text[verb.end() : mention.start] and _may_adopt(clause_sessions[0], ref):
                            self.add(ref, "adoptedAt", clause_sessions[0], ev)
            elif adopted and r.gatherings and r.instruments and _ADOPTED_BY_EACH_AT.match(text, adopted.start()):
                # "decisions BC-17/4 and SC-12/3, adopted by the Conference of the Parties to the
                # Basel Convention at its seventeenth meeting and by the Conference of the
                # Parties to the Stockholm Convention at its twelfth meeting": each instrument
                # named before "adopted" was adopted at the gathering of its own issuer named after
                held_after = [ref for g, refs in r.gatherings if g.start > adopted.start() for ref in refs]
                for mention, ref in r.instruments:
                    if mention.start < adopted.start():
                        # "decision EB156(4) and resolution EB158.R3, adopted by the Executive
                        # Board at its 158th session": a number that holds its session says which
                        mine = [g for g in held_after if g.body == ref.issuer and _may_hold(ref, g)]
                        if len(mine) == 1:
                            self.add(ref, "adoptedAt", mine[0], ev)
            if own is None and adopted and r.instruments and ev is not None and (headed := self.session_heading_above(p)) is not None:
                self.adopted_under_session_heading(r, adopted.end(), headed, ev)
            if own is None and following and self.adopting_on is None and ev is not None:
                self.following_adopted_on(r, following.end(), ev)
            if adopted and r.gatherings and r.instruments and ev is not None and ", at which" in text:
                self.adopted_at_which(r, ev)
            if adopted and r.instruments and ev is not None and (on := _ADOPTED_ON_THEN.search(text)) is not None:
                self.adopted_on_then(r, on.end(), ev)
            if r.gatherings and "dopted by" in text:
                self.adopted_by_at(r, own if ADOPTION_NOTE.match(p.text.strip()) else None, ev)
            plenary = _PLENARY.search(text) if "meeting" in text else None
            if plenary is None and adopted and ("On " in text or " on " in text or text.startswith("Also on ")):
                plenary = _ON_DAY_OPENING.search(text, 0, adopted.start())
            if plenary:
                dates = find_dates(text[plenary.end():plenary.end() + 40])
                day = dates[0].value.start if dates else self.day_of_session(text[plenary.end():plenary.end() + 20])
                if day is None and plenary.re is _ON_DAY_OPENING and adopted and ev is not None:
                    # "On 14 December [meeting 52], the General Assembly adopted resolution 77/12":
                    # a Yearbook's day without its year, which the instrument's number carries
                    self.yearless_adoption_day(r, text[plenary.end():plenary.end() + 20], adopted.start(), ev)
                if day is not None:
                    plenary_date = day
                    if plenary.re is _PLENARY and plenary["n"]:
                        self.plenary[int(plenary["n"])] = plenary_date
            again = _PLENARY_AGAIN.search(text) if "meeting" in text else None
            if again and plenary_date is None:
                plenary_date = self.plenary.get(int(again["n"])) if again["n"] else self.last_plenary
            if adopted:
                adopted_in_paragraph = True
            if own is None and ev is not None and r.instruments and self.report_session is not None:
                # "The draft resolution was adopted and became resolution 12/3", "... (see chap. I,
                # sect. B, resolution 12/3)", "The Commission so decided (decision 12/101)": the
                # action-taken narrative of the report of a session, whatever the day (E175)
                for at, numbered in actions_taken.adopted_in_the_session(text, adopted_in_paragraph):
                    for mention, ref in r.instruments:
                        if mention.keyword_start == at:
                            self.adopted_at_the_reported_session(ref, ev, numbered)
            for_the_text = bool(_FOR_THE_TEXT.match(text))
            passive_days = list(passive_adoptions.passive_adoption_days(text)) if adopted and r.instruments else []
            if r.instruments and "adoption " in text:
                passive_days += passive_adoptions.nominal_adoption_days(text)
            for start, end, day in passive_days:
                # "Decision 56/1 was adopted at the 2nd meeting, on 10 February 2031; decisions
                # 56/2 and 56/3 were adopted ... on 14 February 2031": each clause its own day
                for mention, ref in r.instruments:
                    if start <= mention.start < end:
                        self.add(ref, "adoptedOn", day, ev or self.evidence(sentence, p))
                        if self.report_session is not None and ref.issuer == self.report_session.body and _may_adopt(self.report_session, ref):
                            self.add(ref, "adoptedAt", self.report_session, ev or self.evidence(sentence, p))
            if decided_in is not None and adopted is decided_in and not plenary:
                # "The Committee, at its 3rd meeting, on 14 February 2034, had decided to ... The Chair
                # looked forward to the meeting that the Assembly decided, in its resolution 88/118,
                # to convene": a decision told by another body's instrument is no adoption at the
                # sitting an earlier sentence dated (only a day of its own sentence dates it, E206)
                adopted = None

            for at, day in actions_taken.days_drafts_were_adopted(text) if r.instruments and adopted else ():
                # "The draft resolution (X) was adopted on 14 March 2031 as resolution 12/3": the
                # text the draft became, adopted that day (E209)
                for mention, ref in r.instruments:
                    if mention.keyword_start == at:
                        self.add(ref, "adoptedOn", day, ev or self.evidence(sentence, p))
            if adopted_in_paragraph and plenary_date is not None and (for_the_text or adopted) and not passive_days:
                # "In resolution 3012 (2033), adopted at its 10961st meeting, on 29 May 2033": the
                # participle's instrument is named before it; those after it are no objects of it
                participle = adopted is not None and any(_PARTICIPLE_RIGHT_AFTER.fullmatch(text, m.end, adopted.start()) for m, _ in r.instruments)
                for mention, ref in r.instruments:
                    if doc_rules.under_mandate(text, mention.keyword_start):
                        continue  # "adopted the report ... in accordance with resolution 57/12"
                    if participle or _cited_in_passing(text, mention, r.instruments):
                        continue  # "..., the Council, recalling resolutions 2206 (2015) and 2428 (2018), decided ...": cited (E189)
                    if for_the_text or adopted and mention.start > adopted.start():
                        self.add(ref, "adoptedOn", plenary_date, ev)
                        # ("By decision 88/527 of the same date" in the account's next paragraph:
                        # this day, not one a quoted text's citations gave)
                        self.last_instrument_day = plenary_date
                        if self.report_session is not None and ref.issuer == self.report_session.body:
                            self.add(ref, "adoptedAt", self.report_session, ev)
            held_before.append(held)
            if held:
                self.last_held = list(held)
            if r.instruments and "aragraph" in text:
                cited = [ref for m, ref in r.instruments if _LETTERED_PARAGRAPH_OF.search(text, max(0, m.keyword_start - 30), m.keyword_start)]
                if cited:
                    self.paragraph_cited_of = (id(p), cited[-1])
            if r.instruments:
                self.named_instruments.extend(ref for _, ref in r.instruments)
                # "In its resolution 10/3, ..., recalling ... (resolution S-32/1). In the same
                # resolution, ...": the same as the one the sentence was about, not one it cited.
                self.last_instrument = intro or ([subject_instrument] if subject_instrument else [ref for _, ref in r.instruments])
                if own is not None and not intro and not subject_instrument and all(
                    _RECITED_SET_OFF.search(text, max(0, m.keyword_start - 60), m.keyword_start) for m, _ in r.instruments
                ):
                    # "Decision 76/12" / "..., the Commission, recalling its decision 68/2, decided
                    # ... In the same decision, the Commission invited ...": the instruments the
                    # text only recites set off after its subject are not what it goes on about;
                    # the instrument whose text this is, is (E185)
                    self.last_instrument = [own]
                if sentence is p.sentences[0] and r.instruments[0][0].start <= 30:
                    # the instrument a paragraph opens on: "the present decision" further down is it
                    self.paragraph_opener = (id(p), [r.instruments[0][1]])
                if _opens_as_subject(r) and _PRESENT_VERB_AFTER_SUBJECT.match(text, r.instruments[0][0].end):
                    subject_before = r.instruments[0][1]
            elif self.it_instrument is not None and text.startswith("It "):
                subject_before = self.it_instrument  # "It also ...": the same instrument goes on
        if plenary_date is not None:
            self.last_plenary = plenary_date
        self.paragraph_closing = (p.section, p.sentences[-1].text) if p.kind == "paragraph" and own is None and p.sentences else None

    def adopted_at_which(self, r: _Resolved, ev: Evidence) -> None:
        """"the resumed tenth session, at which the Conference completed its consideration of the
        budget and adopted decision X": the instruments the relative clause says were adopted, at
        the session it hangs on, when their numbers name no other session (E94)."""
        text = r.sentence.text
        for g, refs in r.gatherings:
            which = _AT_WHICH.match(text, g.end)
            if which is None or len(refs) != 1:
                continue
            stop = next((o.start for o, _ in r.gatherings if o.start > which.end()), len(text))
            clause = _ADOPTED_IN_CLAUSE.match(text, which.end(), stop)
            if clause is None:
                continue
            for mention, ref in r.instruments:
                if clause.end() <= mention.start < stop and ref.issuer == refs[0].body and _may_adopt(refs[0], ref) and (
                    _ADOPTED_THEN_LIST.match(text, clause.end(), mention.start)
                ):
                    self.add(ref, "adoptedAt", refs[0], ev)

    def subject_is_issuer(self, r: _Resolved, told: tuple[int, int], instrument: InstrumentRef) -> bool:
        """Whether the body named between ``told``'s bounds is ``instrument``'s issuer."""
        subject = next((b for b in r.refs.bodies if told[0] <= b.start < told[1]), None)
        return subject is not None and r.bodies.get(subject.start) == instrument.issuer

    def issuer_recalls_in_part(self, r: _Resolved) -> int | None:
        """"Resolution 74/3 was adopted by the Commission ... In its preamble, the Commission
        recalled resolution 2029/18": where the citing verb ends, when the sentence tells a part of
        the one instrument the text was just about and its subject is that instrument's issuer."""
        told = instrument_subjects.part_then_issuer_recalls(r.sentence.text)
        if told is None and (told := instrument_subjects.issuer_also_recalls(r.sentence.text)) is not None and not (
            (sentence_before := _previous_sentence(r)) is not None and _an_account_of(sentence_before, self.last_instrument[0])
        ):
            return None  # "The Council also recalled ...": only right after the account of the instrument
        if told is None:
            return None
        subject = next((b for b in r.refs.bodies if told[0] <= b.start < told[1]), None)
        if subject is None or r.bodies.get(subject.start) != self.last_instrument[0].issuer:
            return None
        return told[1]

    def considered_by_at(self, r: _Resolved, ev: Evidence | None) -> None:
        """"An earlier version (document X) was noted by the Board at its 168th session": X was
        before that session."""
        if ev is None:
            return
        text = r.sentence.text
        for symbol in r.symbols:
            for g, refs in r.gatherings:
                if g.start > symbol.end and len(refs) == 1 and (
                    _CONSIDERED_BY_AT.fullmatch(text, symbol.end, g.start)
                    or _WHICH_BODY_CONSIDERED_AT.fullmatch(text, symbol.end, g.start)
                    or _DRAFT_LOST_AT.fullmatch(text, symbol.end, g.start)
                ):
                    self.add(DocumentRef(symbols=symbol.symbols), "submittedTo", refs[0], ev)
                    for joined in r.symbols:
                        if joined.start > g.end and _TOGETHER_WITH_THEN_SYMBOL.fullmatch(text, g.end, joined.start):
                            # "(A/86/221) was considered by the Assembly at its eighty-sixth session,
                            # together with the report of the Council on its work in 2031 (A/86/169)":
                            # the document joined to the subject went there too (E155)
                            self.add(DocumentRef(symbols=joined.symbols), "submittedTo", refs[0], ev)

    def same_day_as(self, r: _Resolved, mention: InstrumentMention) -> dt.date | None:
        """The day of the instrument named right after ``mention``'s ", adopted on the same day as",
        as its own mention dates it or as the text told it before."""
        said = _ADOPTED_SAME_DAY_AS.match(r.sentence.text, mention.end)
        if said is None:
            return None
        other = next(((m, ref) for m, ref in r.instruments if said.end() <= m.keyword_start <= said.end() + 60), None)
        if other is None or not _ISSUER_WORDS_ONLY.fullmatch(r.sentence.text, said.end(), _kind_word_start(r.sentence.text, other[0].keyword_start)):
            return None
        return other[0].date.start if other[0].date else self.adopted_on.get(other[1])

    def paper_named_back_considered_at(self, r: _Resolved, ev: Evidence) -> None:
        """"That report was considered by the Assembly at its eighty-eighth session", "look forward to
        the consideration of that report by the General Assembly at its eighty-ninth session": the
        paper named back is the one paper the sentence named before the phrase, or else the one the
        sentence before named; it was (or will be) before that session."""
        text = r.sentence.text
        for g, refs in r.gatherings:
            told = _NAMED_BACK_CONSIDERED_AT.search(text, max(0, g.start - 200), g.start)
            if told is None or told.end() != g.start or len(refs) != 1 or not _holds_in_its_series(self.registry, refs[0]):
                continue
            before = [s for s in r.symbols if s.end <= told.start() and not doc_rules.cites_a_passage(text, s.end)]
            if before:
                papers = [DocumentRef(symbols=before[0].symbols)] if len(before) == 1 else []
            else:
                papers = self.docs.sentences[-2] if len(self.docs.sentences) > 1 and len(self.docs.sentences[-2]) == 1 else []
            for paper in papers:
                self.add(paper, "submittedTo", refs[0], ev)

    def present_document_considered_at(self, r: _Resolved, ev: Evidence | None) -> None:
        """"The present report ... will be considered by the Board at its 170th session": the
        document being read is submitted to that session (after "It", only where the paragraph
        opened on "The present report")."""
        if ev is None or r.paragraph.instrument is not None:
            return
        text = r.sentence.text
        for g, refs in r.gatherings:
            if len(refs) == 1 and _TOGETHER_WITH_THE_PRESENT.match(text, g.end) and _BEFORE_SESSION.search(text, max(0, g.start - 120), g.start):
                self.add(self.doc, "submittedTo", refs[0], ev)
                return
            said = _PRESENT_DOCUMENT_CONSIDERED_AT.match(text[: g.start])
            if said is None or len(refs) != 1:
                continue
            if said["subject"] == "It" and not _THE_PRESENT_DOCUMENT.match(r.paragraph.text):
                continue
            if said["subject"].split()[1:] in (["report"], ["note"], ["document"]) and any(
                said.end("subject") <= symbol.start < said.end() and text[symbol.start - 1 : symbol.start] == "("
                and set(symbol.symbols).isdisjoint(self.doc.symbols)
                for symbol in r.symbols
            ):
                # "The report by the Director-General on the preparations (EB176/14), prepared ...,
                # will be considered by ...": not the present one, the one its symbol names
                continue
            if any(
                0 <= symbol.start - said.end("subject") <= 3 and text[said.end("subject") : symbol.start].strip() == "("
                and set(symbol.symbols).isdisjoint(self.doc.symbols)
                for symbol in r.symbols
            ):
                # "The report (E/CN.7/2024/5) will be taken up by ...": the report its symbol names,
                # not the one being read (the sending rules read it)
                continue
            self.add(self.doc, "submittedTo", refs[0], ev)
            return

    def instrument_subject_recalls(self, r: _Resolved) -> InstrumentRef | None:
        """"Resolution 11/3, adopted by the Commission in May 2029, recalls resolution 9/2": the
        instrument the sentence opens on cites those named after the verb; it is what "the same
        resolution" of the next sentence means (returned), not the one it cites."""
        if len(r.instruments) < 2:
            return None
        recalls = _NAMED_INSTRUMENT_RECALLS.match(r.sentence.text)
        first, subject = r.instruments[0]
        if recalls is None or first.keyword_start > 12 + len(recalls["lead"] or "") or first.end > recalls.end():
            # "Decision 638 (C30) recalls ...", "Res. 12 (XC19), adopted in 2030, recalls ...": a
            # number in a body's own convention, spaces and brackets in it
            recalls = _CITING_VERB_AFTER_SUBJECT.match(r.sentence.text, first.end) if _opens_as_subject(r) else None
            if recalls is None:
                return None
        for mention, ref in r.instruments[1:]:
            if mention.start >= recalls.end() and ref != subject:
                self.add(subject, "cites", ref, self.evidence(r.sentence, r.paragraph, "recalls"))
        if _TAKES_UP.search(recalls.group()):
            # "Decision 12/3 carries forward the work begun under decision 11/7. In that decision,
            # ...": "that decision" is the one taken up, named last, not the subject (E94)
            return None
        return subject

    def dates_and_venue_field(
        self, sentence: Sentence, p: Paragraph, field: tuple[DateRange | None, str | None], named: set[GatheringRef]
    ) -> None:
        """"Dates/venue: 17-19 June 2032, Palais des Nations, Geneva" opening a paragraph: the days
        and the town of the one gathering the paragraph names, or else of the one its heading
        names ("80th plenary session of the Conference" over the field's bullet, E144)."""
        if len(named) == 1:
            gathering = next(iter(named))
        elif not named and self.heading_gatherings is not None and len(self.heading_gatherings[1]) == 1 and (
            # (a short field line without a full stop reads as a heading of its own, right under the session's)
            p.kind == "heading" or p.heading is not None and p.heading.strip() == self.heading_gatherings[0]
        ):
            gathering = next(iter(self.heading_gatherings[1]))
        else:
            return
        days, town = field
        ev = self.evidence(sentence, p)
        if days is not None:
            self.add(gathering, "heldOn", days, ev)
        if town is not None:
            self.add(gathering, "heldIn", town, ev)

    def dates_and_location(self, sentence: Sentence, p: Paragraph, gathering: GatheringRef) -> None:
        """"dates: 6-10 September 2032 location: Geneva, Switzerland" in an entry of a list of
        upcoming meetings (a bulletin's, a calendar's), after the one gathering the entry names:
        its dates (whole days, not a month alone) and its city."""
        text = sentence.text
        ev = self.evidence(sentence, p)
        dates = _DATES_ENTRY.search(text)
        if dates is not None:
            found = find_dates(dates["value"])
            if found and found[0].start == 0 and not _MONTH_ONLY.match(dates["value"]):
                self.add(gathering, "heldOn", found[0].value, ev)
        location = _LOCATION_ENTRY.search(text)
        if location is not None and places.is_place(location["city"]):
            self.add(gathering, "heldIn", location["city"], ev)

    def adopted_on_then(self, r: _Resolved, date_start: int, ev: Evidence) -> None:
        """"the Meeting of the Parties adopted, on 14 December 2028, decisions X/1 to X/4": the
        date set off between the verb and its objects is each object's adoption."""
        text = r.sentence.text
        dates = find_dates(text[date_start : date_start + 40])
        if not dates or dates[0].start != 0:
            return
        after = date_start + dates[0].end
        clause = _CLAUSE_END.search(text, after)
        stop = clause.start() if clause else len(text)
        objects = [(m, ref) for m, ref in r.instruments if after <= m.keyword_start < stop]
        if not objects or not _OBJECT_GAP.fullmatch(text, after, objects[0][0].keyword_start):
            return
        for _, ref in objects:
            self.add(ref, "adoptedOn", dates[0].value.start, ev)

    def day_of_session(self, text: str) -> dt.date | None:
        """"At its 5th meeting, on 13 March, the Commission adopted ...": a session report leaves
        out the year of its meetings; it is the year in which the session the report is on
        held that day (none when the report's session has no known dates, or not that day)."""
        day = _DAY_WITHOUT_YEAR.match(text)
        session = self.held.get(self.report_session) if self.report_session is not None else None
        if day is None or session is None:
            return None
        month = MONTHS.get(day["month"].lower())
        if month is None:
            return None
        for year in range(session.start.year, session.end.year + 1):
            try:
                when = dt.date(year, month, int(day["day"]))
            except ValueError:
                continue
            if session.start <= when <= session.end:
                return when
        return None

    def _found_in(self, sentence: Sentence, p: Paragraph, again: bool) -> tuple[SentenceRefs, list[SymbolMention]]:
        """The references and symbols the sentence's text holds: pure readings of the text, the
        matcher and the paragraph's body mentions, which `resolve` then resolves in the scope of
        the moment (and mutates: the instruments' issuers, the gatherings' bodies). ``again``:
        the caller resolves a sentence `paragraph` resolves later; the readings are kept for
        that call, and the caller gets a copy."""
        offset = sentence.start - p.start
        bodies_here = shift(self.paragraph_bodies[id(p)], offset, offset + len(sentence.text))
        kept = self.found_kept.pop(id(sentence), None) if self.found_kept else None
        if kept is not None and kept[0] is sentence and kept[1] is self.matcher and kept[2] == bodies_here:
            return kept[3], kept[4]
        refs = find_references(sentence.text, self.matcher, bodies_here)
        symbols = find_symbols(sentence.text, self.symbol_series)
        if not again:
            return refs, symbols
        self.found_kept[id(sentence)] = (sentence, self.matcher, bodies_here, refs, symbols)
        return _copied_refs(refs), list(symbols)

    def issuer_of_list(self, heading: str) -> str | None:
        """The body that issues instruments whose whole name stands before the kind in a list's
        heading ("General Assembly resolutions", "Human Rights Council decisions")."""
        named = related_lists.issuer_heading_names(heading)
        if not named:
            return None
        found = self.bodies_in(named)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(named):
            # ("Commission resolutions" in a regional commission's programme of work: its own short
            # name, the body the document means by it, E158)
            key = found[0].key or (self.scope.short(found[0]) if found[0].short and named[:1].isupper() else None)
            body = self.registry.bodies.get(key) if key else None
            if body is not None and body.issues_instruments:
                return body.key
        return None

    def resolve(self, sentence: Sentence, p: Paragraph, *, again: bool = False) -> _Resolved:
        """The sentence's references resolved in the scope the text has set so far, which the
        call moves on (the bodies named recently, the issuers, the gatherings' last body, the
        abbreviations defined, the subject). ``again``: `paragraph` will resolve the sentence
        again (`_found_in`)."""
        refs, found_symbols = self._found_in(sentence, p, again)
        if self.reading_follow_up_row and sentence is p.sentences[0]:
            self.follow_up_row_opening(sentence.text, refs)
        if p.kind in ("listing", "table") and not refs.instruments and (
            listed := related_lists.listed_under(p.heading, sentence.text, bool(list_issuer := self.issuer_of_list(p.heading or "")))
        ):
            # "Related decisions" / "2027/17 – Title"; "Human Rights Council resolutions" / a row
            # "5/1 | Institution-building of ...": the body the heading names numbers them
            listed.numbered_by = list_issuer
            refs.instruments.append(listed)
        elif p.kind == "listing" and len(refs.instruments) == 1 and refs.instruments[0].start == 0 and refs.instruments[0].title is None and (
            listed := related_lists.listed_under(p.heading, sentence.text, bool(self.issuer_of_list(p.heading or "")))
        ) and (listed.session, listed.number) == (refs.instruments[0].session, refs.instruments[0].number):
            # "318 (XXIX)  Programme planning ...": a number the issuer's own convention read, its
            # title after it on the list's line (E158)
            refs.instruments[0].title, refs.instruments[0].title_span = listed.title, listed.title_span
        # "Joint working group, second meeting: Cologne, 14-16 April 2032": a list of meetings, whose
        # line may open on a body the text created (in another part, too)
        line = bool(self.born) and bool(refs.gatherings) and refs.gatherings[0].of_body is None and gathering_lines.named_line_gathering(
            sentence.text, refs.gatherings[0].start, refs.gatherings[0].end
        )
        if self.born_here:
            refs.bodies = self.with_born_mentions(sentence.text, refs.bodies, line_opening=line)
            if refs.gatherings:
                link_gatherings_to_bodies(sentence.text, refs.gatherings, refs.bodies)
        elif line:
            # "Joint working group, second meeting: Cologne, 14-16 April 2032" in a list of meetings
            # after the part that created the group: a body born anywhere before may open the line
            self.born_here = list(self.born)
            try:
                refs.bodies = self.with_born_mentions(sentence.text, refs.bodies, line_opening=True)
            finally:
                self.born_here = []
        if len(self.born) > len(self.born_here):
            # "in the same resolution it entrusted the Expert Group on Small Island Developing
            # States Indicators with a review", a chapter after the resolution that created it
            refs.bodies = self.with_born_whole_names(sentence.text, refs.bodies)
        if self.speaker is not None and (" me" in sentence.text or "I " in sentence.text):
            refs.bodies = self.with_speaker_mentions(sentence.text, refs.bodies)
        bodies = resolve_bodies(refs, self.scope, sentence.text)
        if (" its " in sentence.text or " their " in sentence.text or "s " in sentence.text) and self.subsidiary_named_by_its_parent(sentence.text, refs, bodies):
            # the body learnt is named in this sentence too ("…, which held its ninth meeting")
            refs.bodies = self.with_born_mentions(sentence.text, refs.bodies)
            if refs.gatherings:
                link_gatherings_to_bodies(sentence.text, refs.gatherings, refs.bodies)
            bodies = resolve_bodies(refs, self.scope, sentence.text)
        self.scope.position = sentence.start
        record_named(refs, bodies, self.scope)
        if p.kind == "heading" and self.born:
            self.heading_names_born(sentence.text, refs, bodies)
        if "hat " in sentence.text:
            _that_head_is_the_body_before(sentence.text, refs, bodies)
        if self.reading_follow_up_row:
            self.row_subject(sentence, p, refs, bodies)
        self.scope.gathered_here = self.gathered_here | (
            {self.report_session.body} if self.report_session is not None else set()
        )
        # The body a sentence opens with ("The Working Group was ..."): what "it" in the next means.
        self.previous_subject = self.subject if sentence is not p.sentences[0] else None
        opening = refs.bodies[0] if refs.bodies else None
        self.subject = bodies.get(opening.start) if opening and (
            _OPENS_WITH.match(sentence.text[: opening.start])
            # "5. Working arrangements The Task Team works ...": a numbered paragraph's run-in heading
            or p.label and sentence is p.sentences[0] and _RUN_IN_HEADING_THEN_THE.match(sentence.text[: opening.start])
        ) else None
        if self.subject is not None:
            self.scope.subject_before = self.subject
        resolve_issuers(sentence.text, refs, bodies, self.scope)
        dates_after_issuers(sentence.text, refs)
        # "decision 380 (LIX)" read by default: a Roman session of a body that meets in meetings is none
        refs.instruments = [
            m for m in refs.instruments
            if not m.roman_bracketed or m.issuer is None or m.issuer not in self.registry
            or self.registry.bodies[m.issuer].gathering_term == "session"
        ]
        gatherings = []
        for g in resolve_gatherings(sentence.text, refs, bodies, self.scope):
            # resolve_gatherings keeps only the gatherings whose body it set and which it holds
            assert g.body is not None
            if self.reading_follow_up_row and not refs.bodies and g.of_body is None and g.determiner not in ("its", "their"):
                continue  # "| In preparation for the eleventh session |": a terse cell names no body
            # a body without a gathering term is kept only as a numbered series of its own name
            # ("the Fourteenth Air Navigation Conference"): its gatherings are called as written
            term = self.registry.bodies[g.body].gathering_term or gathering_kind(g.word)
            held = [GatheringRef(g.body, term, n) for n in g.ordinals]
            if g.determiner == "their" and sentence.text[g.start : g.end].endswith("s"):
                # "to the SBSTA and the SBI at their sixty-fifth sessions": each body's own
                held = [GatheringRef(b, term, n) for b in self.bodies_at_their(sentence.text, refs, bodies, g) for n in g.ordinals] + held
            gatherings.append((g, held))
        if self.reading_follow_up_row and not refs.bodies and refs.gatherings:
            gatherings += self.row_its_gatherings(refs, gatherings)
        if counted := counted_gatherings.counted_gatherings(sentence.text):
            gatherings = self.counted_named_again(gatherings, counted)
        if gatherings:
            self.last_named_gatherings = list(dict.fromkeys(ref for _, refs in gatherings for ref in refs))
        if found_symbols and refs.instruments:
            # "UNEP/MED IG.29/22": a number that a declared series and a space open is the tail of
            # a document's symbol, not an instrument of the convention it also reads in
            refs.instruments = _not_symbol_tails(sentence.text, refs.instruments, found_symbols)
        instruments = [
            (m, InstrumentRef(m.issuer, m.kind, m.session, m.number))
            for m in refs.instruments
            if m.issuer is not None
        ]
        for m, ref in instruments:
            # where each citation ends (its number, date or title): what a footnote's mark after it is on
            self.cited_ends[sentence.start + max(m.end, m.title_span[1] if m.title_span else 0)] = ref
        # "pursuant to resolution GC(68)/RES/11": a number in its body's convention that is also
        # written as a symbol is the instrument, not a document of its own
        symbols = [
            s for s in found_symbols
            if not any(m.numbered_by is not None and m.start < s.end and s.start < m.end for m in refs.instruments)
        ]
        if "report" in sentence.text and any(m.numbered_by is not None for m in refs.instruments):
            # "took note of the report of the twelfth meeting of the Working Group (GB.380/LILS/2,
            # appendix)": a bare number, written as a symbol, in the bracket closing "the report of
            # …" is the report's symbol, though the body keys its decisions by the document they
            # are taken on (E214)
            reports = [
                m for m in refs.instruments
                if m.numbered_by is not None and m.keyword_start >= m.start and "/" in sentence.text[m.start : m.end]
                and _REPORT_THEN_BRACKET.search(sentence.text, max(0, m.start - 300), m.start)
            ]
            if reports:
                symbols = sorted(symbols + [SymbolMention(m.start, m.end, (sentence.text[m.start : m.end],)) for m in reports], key=lambda s: s.start)
                instruments = [(m, ref) for m, ref in instruments if m not in reports]
                refs.instruments = [m for m in refs.instruments if m not in reports]
        for s in symbols:
            if len(s.symbols) > 1:
                self.joint_documents.setdefault(DocumentRef(symbols=s.symbols))
        return _Resolved(sentence, p, refs, bodies, instruments, gatherings, symbols)

    # ------------------------------------------------------------------ sessions and meetings

    def adopted_by_at(self, r: _Resolved, noted: InstrumentRef | None, ev: Evidence | None) -> None:
        """"Adopted by the Security Council at its 9987th meeting" (the note under an
        instrument's title: ``noted``), "resolution EB158.R3 (2026), entitled "...", adopted by
        the Executive Board at its 158th session": the gathering adopted that instrument. An
        instrument is adopted at a gathering of its own issuer; any other pairing is not read."""
        text = r.sentence.text
        for g, refs in r.gatherings:
            by = _ADOPTED_BY_AT.search(text, max(0, g.start - 160), g.start)
            if by is None or ev is None:
                continue
            adopted: list[InstrumentRef] = []
            if noted is not None and not text[: by.start()].strip(" *_"):
                adopted = [noted]  # the note opens with "Adopted by"
            else:
                before = [(m, ref) for m, ref in r.instruments if m.end <= by.start()]
                if before and _UP_TO_ADOPTED_BY.match(text[before[-1][0].end : by.start()]):
                    # "resolutions 80/3 and 81/5, adopted by the Assembly at its eightieth and
                    # eighty-first sessions": the whole list the participle follows
                    adopted = [ref for m, ref in before if m.keyword_start == before[-1][0].keyword_start]
            pairs = [(i, g_ref) for i in adopted for g_ref in refs if g_ref.body == i.issuer and _may_adopt(g_ref, i)]
            if len(adopted) > 1 or len(refs) > 1:
                # several instruments or gatherings: only those the numbers pair one to one
                pairs = [(i, g_ref) for i, g_ref in pairs if _numbered_at(g_ref, i)]
            for instrument, ref in pairs:
                self.add(instrument, "adoptedAt", ref, ev)

    def list_of_documents_told(self, r: _Resolved, p: Paragraph, held: list[GatheringRef], ev: Evidence | None) -> None:
        """"The list of documents before the Permanent Forum at its thirty-third session is available
        on its website. It includes the report ... (X) and the note ... (Y)": the documents the next
        sentence of the paragraph says the list includes were before that session (E202)."""
        text = r.sentence.text
        said, self.docs.list_said_before = self.docs.list_said_before, None
        if held and ev is not None and (including := _DOCUMENTS_BEFORE_INCLUDING.match(text)) is not None:
            until = _INCLUDED_UNTIL.search(text, including.end())
            # (no verb after the clause: the sentence is cut, or another's; nothing is listed)
            end = until.start() if until is not None else including.end()
            sessions = {ref for g, refs in r.gatherings if g.start < including.end() for ref in refs if ref in held}
            for symbol in r.symbols:
                if including.end() <= symbol.start < end:
                    for session in sessions:
                        self.add(DocumentRef(symbols=symbol.symbols), "submittedTo", session, ev)
        elif held and _LIST_OF_DOCUMENTS_BEFORE.match(text):
            self.docs.list_said_before = (id(p), held)
        elif said is not None and said[0] == id(p) and ev is not None and _IT_INCLUDES.match(text):
            for symbol in r.symbols:
                for session in said[1]:
                    self.add(DocumentRef(symbols=symbol.symbols), "submittedTo", session, ev)

    def gathering_facts(self, r: _Resolved, ev: Evidence | None) -> list[GatheringRef]:
        """meetingOf, heldOn, heldIn, jointWith; returns the meetings the sentence says were held."""
        text = r.sentence.text
        held: list[GatheringRef] = []
        dated: list[GatheringRef] = []
        previous: list[GatheringRef] = []
        dates = r.refs.dates
        waiting: list[GatheringRef] = []  # named before "and": held where and when the next is
        last_run_end: int | None = None  # where the days of the gathering dated last end
        for g, refs in r.gatherings[:3]:
            if (opened := gathering_lines.met_as_the_sentence_opens(text, g.start)) is not None:
                # "Meeting in Nairobi, Kenya, on 28 and 29 November 2031, IPCC-65 considered ..."
                for ref in refs:
                    self.add(ref, "heldIn", opened[0], ev)
                    if opened[1] is not None:
                        self.add(ref, "heldOn", opened[1], ev)
                break
            if (told := gathering_lines.days_told_before(text, g.start, g.numeral and all(ref.kind == "meeting" for ref in refs))) is not None:
                # "On 14 June 2031, at its 10811th meeting, ...", "From 1 to 4 March 2031, the
                # Commission held its sixty-second session": the days told before it (E179); the
                # one day of a meeting numbered in figures alone, a sitting of a long series (a
                # conference's "eleventh meeting" sits for days)
                for ref in refs:
                    self.add(ref, "heldOn", told[0], ev)
                    self.held[ref] = told[0]
                    if told[1] is not None:
                        self.add(ref, "heldIn", told[1], ev)
                break
        unadopted = not_adopted.unadopted_spans(text)
        for index, (g, refs) in enumerate(r.gatherings):
            before = _tail(text, g.start)
            for ref in refs:
                self.add(ref, "meetingOf", BodyRef(ref.body), ev)
            if not_adopted.inside(unadopted, g.start):
                # "a proposal to hold the thirteenth session in Geneva did not obtain support", "decided
                # not to convene its ninth session in Bangkok": no town, no days of it (E215)
                continue
            if len(refs) > 1 and ev is not None and (last := _THE_LAST_OF_WHICH.match(text, g.end)) is not None:
                # "its fifty-ninth, sixtieth and sixty-first meetings, the last of which was held at
                # WFP headquarters on 3 and 4 March 2031": that one meeting's days (and town)
                which = refs[0] if last["which"] == "first" or last["latter"] == "former" else refs[-1]
                days = find_dates(text[last.end() : last.end() + 60])
                if days and days[0].start == 0:
                    self.add(which, "heldOn", days[0].value, ev)
                last_town = _IN_PLACE.search(" " + last["where"])
                if last_town is not None and places.is_place(last_town["place"]):
                    self.add(which, "heldIn", last_town["place"], ev)
            joint = bool(_JOINT_BEFORE.search(before))
            if joint and previous:
                for a in previous:
                    for b in refs:
                        self.add(a, "jointWith", b, ev)
                        self.add(b, "jointWith", a, ev)
                        self.joint.setdefault(a, set()).add(b)
                        self.joint.setdefault(b, set()).add(a)
            if (
                all(ref.kind == "session" for ref in refs)
                and "eeting of" in before[-40:]
                and _SITTING_OF_THE_SESSION.search(before[-80:])
                and not _HELD_PARTICIPLE.match(text, g.end)
                and not _PLACE_IN_BRACKETS.match(text, g.end)
            ):
                # "the first meeting of its eighty-first session on 20 March 2036": the sitting's day;
                # but "the closing meeting of the seventy-ninth session (New York, 12-23 March 2035)"
                # and "..., held in New York from ..." tell the session's own town and days
                continue
            if (_NOT_HELD.search(before) or _OFFICER_OF.search(before)) and not _HELD_PARTICIPLE.match(text, g.end) and not _PLACE_IN_BRACKETS.match(text, g.end) and not (
                _NOT_HELD.search(before) and self._held_with_the_next(r, index)
            ):
                # "at the margins of the session" is no sitting of it, but "the outcome of the
                # fifth session, held in Busan" and "the outcome of the fifth session (Busan,
                # 2–4 May)" say where the session was held; so does "the outcome of the fifth
                # meeting of A and the third meeting of B, held jointly in Vienna from ..." of both
                continue
            if not joint:
                held.extend(refs)
                previous = refs
                self.held_under_mandate(r, g.end, refs)
            elif _WHICH_WAS_HELD_AFTER.match(text, g.end) is not None:
                self.held_under_mandate(r, g.end, refs)
            following_gathering = r.gatherings[index + 1][0] if index + 1 < len(r.gatherings) else None
            if following_gathering is not None and (
                _AND_NEXT.match(text[g.end : following_gathering.start]) or _listed_before_and(text, r.gatherings, index)
            ):
                # "the thirty-first session of the Conference and the sixty-fifth session of the
                # Subsidiary Body ... will be held in Belém from ...": both are held there then
                waiting.extend(refs)
                continue
            sharing, waiting = waiting, []
            if len([*sharing, *refs]) > 1 and (each := held_respectively.held_respectively(text, g.end, len([*sharing, *refs]))) is not None:
                # "the 103rd and 104th sessions of the Board, held in New York and in Geneva from 28
                # to 30 January and from 2 to 4 July 2035, respectively": the n-th place and days
                # are the n-th gathering's
                for ref, told_town in zip([*sharing, *refs], each.places):
                    self.add(ref, "heldIn", told_town, ev)
                for ref, told_span in zip([*sharing, *refs], each.spans):
                    self.add(ref, "heldOn", told_span, ev)
                    self.held[ref] = told_span
                continue
            connective = None
            # "the forty-first Meeting of States Parties was held": the body's name, which opens
            # with the gathering's own word, runs on past the gathering
            g_end = max([g.end, *(b.end for b in r.refs.bodies if b.start < g.end < b.end)])
            if text.startswith(" (", g_end) and (label := _SESSION_LABEL_IN_BRACKETS.match(text, g_end) or _SITTINGS_IN_BRACKETS.match(text, g_end)) is not None:
                # "its twentieth session (20.COM), held in Kampala": the session's short label;
                # "the eightieth session (1956th to 1980th meetings) was held": its sittings
                g_end = label.end()
            if text.startswith(" of ", g_end) and (members := _OF_ITS_MEMBERS.match(text, g_end)) is not None:
                # "The twelfth plenary meeting of the judges is to be held in Geneva": the body's
                # members, whose meeting is the body's gathering (E155)
                g_end = members.end()
            if len(refs) == 1 and ev is not None and "convened" in before and (
                convened_on := _convened_on_before(text, dates, g.start)
            ) is not None:
                # "The Council also convened, on December 11, 2030, the 39th meeting of the LDCF/SCCF
                # Council": the day told between the verb and the meeting it convened (E165)
                self.add(refs[0], "heldOn", convened_on, ev)
                self.held[refs[0]] = convened_on
            if len(refs) == 1 and ev is not None and " open" in text and (
                yearless := gathering_lines.opened_on_a_yearless_day(text, g_end)
            ) is not None:
                # "The sixty-second session was opened on 1 March and closed on 4 March 2031" (E179)
                self.add(refs[0], "heldOn", yearless[0], ev)
                self.held[refs[0]] = yearless[0]
                if yearless[1] is not None:
                    self.add(refs[0], "heldIn", yearless[1], ev)
                continue
            following = [d for d in dates if d.start >= g_end]
            if following and (
                _TIME_ANCHOR_BEFORE.search(before)
                # (not "met during the twelfth session of the Commission, held in Vienna from ...")
                or g.determiner == "the" and _MET_DURING_THE.search(before) and " held " not in text[g_end : following[0].start]
            ):
                # "... would take place immediately after COP12, from 22 to 24 November": COP12 tells
                # when the gathering named before it is held; the dates are not its own (E94)
                continue
            if following:
                gap = text[g_end : following[0].start]
                anchor = _TIME_ANCHOR.search(gap) if "after" in gap or "before" in gap or "following" in gap or "preceding" in gap else None
                if anchor is not None and any(g_end <= other.start and other.end <= g_end + anchor.end() for other, _ in r.gatherings):
                    gap = gap[: anchor.start()] + " " + gap[anchor.end() :].lstrip(", ")
                elif "with" in gap and (alongside := _HELD_ALONGSIDE.search(gap)) is not None and (
                    _GATHERING_NAMED.search(alongside.group(0)) or any(
                        g_end + alongside.start() <= other.start and other.end <= g_end + alongside.end() for other, _ in r.gatherings
                    )
                ):
                    gap = gap[: alongside.start()] + " " + gap[alongside.end() :].lstrip(", ")
                elif " held " in gap and (told_back := _TOLD_BACK_AS_HELD.match(gap)) is not None and told_back["kind"] in {ref.kind for ref in refs} and not any(
                    g_end <= other.start < g_end + told_back.end() for other, _ in r.gatherings
                ):
                    # "introducing the report on its eighty-fifth session, recalled that the session
                    # had been held at Geneva from ...": "the session" names again the one gathering
                    # of that kind the clause named, no other named between (E182)
                    gap = " " + gap[told_back.end() :]
                connective = _HELD.match(gap)
                if connective is None and ":" in gap and _DATES_OF_BEFORE.search(text, max(0, g.start - 40), g.start) and _COLON_THEN_DAY.fullmatch(gap):
                    # "approved the dates of its thirteenth session: 2 to 6 March 2032": the days the
                    # colon gives, as a comma or a bracket gives them (E175)
                    connective = _HELD.match(",")
                if connective is None and last_run_end is not None and _GAPPED_HELD.fullmatch(gap) and _NEXT_IN_A_SERIES.fullmatch(text, last_run_end, g.start):
                    # "its sixty-second session took place from 3 to 5 February 2031, its sixty-third
                    # from 12 to 14 May 2031 and its sixty-fourth from 8 to 10 September": the verb
                    # said once, for each gathering of the series after it (E166)
                    connective = _HELD.match(" held" + gap)
                if connective is not None and _SUBJUNCTIVE_HELD.match(gap) and not _SETTLED_THAT.search(text, 0, g.start):
                    connective = None  # "will propose that the Nineteenth Meeting be held in Geneva": not settled
                if connective is not None and r.paragraph.draft and _SETTLES_THAT.search(text, 0, g.start):
                    # "(b) Decides that the sixty-seventh session of the Commission shall be held in New
                    # York from 2 to 5 March 2036;" in the draft a report recommends to the Council: what
                    # the draft would decide, settled only once the Council adopts it (E210)
                    connective = None
                if connective is not None and connective["listed"] and not places.is_place(connective["listed"]):
                    connective = None  # "its twelfth session, Agenda, 3 May": no town, no dates of it
                if connective is not None and connective["place"] and gap.lstrip().startswith(":") and not places.is_place(connective["place"]):
                    connective = None  # "ninth session: Deadline, 1 October 2032": a field of no town, no dates of it
                if connective is not None and connective["verb"] is None and connective["place"] and _COMMA_PLACE.match(gap) and not (
                    places.is_place(connective["place"]) and not _BODY_WORD.search(connective["place"])
                    and (
                        (_LINE_OPENING.match(text[: g.start]) and _LINE_CLOSING.match(text, following[0].end))
                        or _APPOSITION_CLOSING.match(text, following[0].end)
                    )
                ):
                    # "Thirteenth session, Cartagena, Colombia, 8–14 June 2027" is a line of its own
                    # (a masthead's, a note's, "For the file: ..."), and "the second session of the
                    # Committee, Addis Ababa, 3–7 May 2030, are annexed" an apposition the dates
                    # close; not a clause inside a sentence ("At the fifth session, Member States,
                    # 3 May 2031 was set as the deadline", "at the ninth session, Apia, 4 March 2031
                    # was proposed as a date")
                    connective = None
            if connective is None and self.met_before_session(r, g, [*sharing, *refs], ev):
                dated.extend(refs)
                continue
            if connective is None:
                place = _PLACE_ONLY.match(text, g_end)
                if place is not None and (
                    _SUBJUNCTIVE_HELD.match(text, g_end) and not _SETTLED_THAT.search(text, 0, g.start)
                    or r.paragraph.draft and _SETTLES_THAT.search(text, 0, g.start)
                ):
                    place = None
                if place is not None and not text[place.end() :].strip():
                    place = None  # "... held at United Nations Headquarters in New": a sentence cut off, the town too
                if place is None and doc_rules.held_here(text, g.start, g.start):
                    # "held its fifth meeting in Bonn", "convened for its ninth session at Bangkok."
                    place = _IN_PLACE.match(text, g.end) or _AT_TOWN_ALONE.match(text, g.end)
                if place is None and text.startswith(",", g_end) and not doc_rules.only_offered(text, g.start):
                    place = _PLACE_SET_OFF.match(text, g_end)  # "The ninth session of X, in Bangkok, was opened"
                if place is None and g.determiner in ("its", "their"):
                    # "The Committee met at Bangkok for its ninth session.": the town before, no days (E208)
                    place = _met_in_place_for(text, g.start)
                    if place is not None and doc_rules.offered_before(text, place.start()):
                        place = None  # "is invited to meet at Bonn for its twentieth session"
                if place is None and text.startswith(" (", g_end):
                    # "adopted at the 16th meeting of the Conference of the Parties (Bangkok, 2013)",
                    # "(COP15, Victoria Falls, 2025)": the town and the year in brackets
                    place = gathering_lines.PLACE_AND_YEAR_IN_BRACKETS.match(text, g_end)
                if place is None and " in " in text[g_end : g_end + 4]:
                    # "in conjunction with the thirty-sixth session of the Conference of the Parties
                    # in Addis Ababa in November 2031": a town, then when
                    place = _IN_PLACE_THEN_WHEN.match(text, g_end)
                if place and places.is_place(place["place"]):
                    for ref in [*sharing, *refs]:
                        self.add(ref, "heldIn", place["place"], ev)
                elif place is None and (host := _town_hosting(r, g.start, before)) is not None:
                    for ref in [*sharing, *refs]:
                        self.add(ref, "heldIn", host, ev)
                continue
            run = [following[0]]
            for d in following[1:]:
                if _DATE_GAP.match(text[run[-1].end : d.start]):
                    run.append(d)
                else:
                    break
            if (
                _ADOPTION_DAY_AT_A_SESSION.search(_tail(text, g.start, 160))
                and (_ON_ALONE.fullmatch(gap) or connective["bracket"] and connective["verb"] is None)
                # "At its seventy-seventh session, on 7 December 2022, the General Assembly adopted
                # ...": the day set off between the session and the verb (E179)
                or _ON_ALONE.fullmatch(gap) and len(run) == 1 and _SUBJECT_THEN_ADOPTED.match(text, run[0].end)
            ) and all(ref.kind == "session" for ref in refs):
                continue  # "adopted at its eleventh session on 24 August": the adoption's day, not the session's
            if connective["verb"] == "opened":
                span = gathering_lines.opened_then_closes(text, run[0].start) if len(refs) == 1 and len(run) == 1 else None
                if span is not None:
                    # "The fifth session opened on 30 April 2029 and will close on Friday, 4 May
                    # 2029": held from the one day to the other
                    self.add(refs[0], "heldOn", span, ev)
                    self.held[refs[0]] = span
                    dated.append(refs[0])
                    continue
                for ref in refs[:1]:
                    self.opened[(ref.body, run[0].value.start)] = ref
                # "The seventy-ninth session was opened in New York on 10 September 2024", "... opened
                # on Monday, 20 May 2023, in Vienna": where it sat, though the opening day alone is no
                # span of its days (E174; the unseen gold keeps "opened in Kingston on 16 March" a
                # heldIn alone)
                opened_in = connective["place"] if connective["place"] and places.is_place(connective["place"]) else None
                if opened_in is None and (told_after := places.place_after(text, run[-1].end)) is not None:
                    opened_in = told_after[0]
                if opened_in is not None:
                    for ref in [*sharing, *refs]:
                        self.add(ref, "heldIn", opened_in, ev)
                continue
            if len(refs) == len(run):
                pairs = list(zip(refs, run))
            elif len(refs) == 1 and len(run) == 2 and " and " in text[run[0].end : run[1].start]:
                # "would be held in Geneva from 27 April to 5 June and from 6 July to 7 August 2034":
                # a session in two parts, each part's days (E189)
                pairs = [(refs[0], run[0]), (refs[0], run[1])]
            elif len(refs) == 1:
                pairs = [(refs[0], run[0])]
            else:
                # "its second and third sessions (Geneva, 3–7 May 2031)": whose span it is, is not said
                pairs = []
            if len(run) == 1:
                pairs = [(ref, run[0]) for ref in sharing] + pairs
            town = connective["place"] or connective["venue_town"] or connective["listed"] or connective["field_place"]
            held_in = town if town and places.is_place(town) else None
            after = places.place_after(text, run[-1].end)
            town = held_in or (after[0] if after else None)
            if town is None and connective["verb"] is None and (met_in := _met_in_place_for(text, g.start)) is not None:
                # "The Commission met in Nairobi for its sixty-fourth session from 9 to 13 February":
                # the place before the session, its days after
                town = met_in["place"] if places.is_place(met_in["place"]) and not doc_rules.offered_before(text, met_in.start()) else None
            if town is None and connective["verb"] is None:
                town = _town_hosting(r, g.start, before)  # "Vienna will host the session from 3 to 7 May"
            if town is None and self.last_place is not None and (
                _SAME_VENUE.search(gap) or _SAME_VENUE_AFTER.match(text, run[-1].end)
            ):
                # "to be held on 20 and 21 November 2031 at the same venue": the place told last
                town = self.last_place
            if len(pairs) == 1 and len(run) == 1 and (span := gathering_lines.opened_then_closes(text, run[0].start)) is not None:
                # "should be held in Geneva, opening on Monday, 18 May 2036, and closing no later than
                # Tuesday, 26 May 2036": from the first day to the last
                run[0] = replace(run[0], value=span)
                pairs = [(pairs[0][0], run[0])]
            elif connective["opening"]:
                # "opening on Monday, 18 May 2036" and no closing day: the first day only, no span
                if town is not None:
                    for ref in refs:
                        self.add(ref, "heldIn", town, ev)
                continue
            # "its resumed twenty-fourth session, held in Vienna on 18 and 19 September", "held its
            # reconvened seventy-sixth session in Vienna on 7 and 8 December": the days of the part
            # resumed, where it sat the session's place still (E185). The part's days are the
            # session's second `heldOn`, as a session held in two parts has two (the unseen set's
            # convention, u50, u223, u231; E220), not the span other rules read as the session's.
            resumed = _RESUMED_PART.search(text, g.start, g.end) is not None
            if doc_rules.only_offered_before(text, g.start):
                continue  # "Kenya offered to host COP 21, CMO 12 and CMG 10, to be held in Nairobi ..." (E211)
            if joint and previous and _SET_OFF_PLACE_OR_DAYS.match(text, g_end):
                # "its twenty-seventh session would be held in conjunction with COP 20, in Santiago,
                # Chile, from 8 to 12 November 2032", "(MOP5) would take place immediately after COP12,
                # from 22 to 24 November 2033": the place and days set off after the gathering it is
                # held with are the subject's; the other's own are not told (E211). (", which took
                # place in Vienna": a clause of the other's own, read as before.)
                pairs = [(ref, run[0]) for ref in previous] if len(run) == 1 else []
            # (not a part held "jointly with the reconvened forty-second session of X, on 7 December":
            # the day of the joint sitting, not of the other's part)
            with_it = resumed and _WITH_BEFORE.search(text, max(0, g.start - 30), g.start) is not None
            for ref, date in pairs:
                if not with_it or ref not in refs:
                    self.add(ref, "heldOn", date.value, ev)
                if not resumed or ref not in refs:
                    self.held[ref] = date.value
                    dated.append(ref)
                if town is not None:
                    self.add(ref, "heldIn", town, ev)
            if pairs:
                last_run_end = run[-1].end
            if after and after[1]:  # "..., both in Vienna": every meeting dated so far
                for ref in dated:
                    self.add(ref, "heldIn", after[0], ev)
        if r.refs.dates and ("held" in text or "took place" in text):
            self.meetings_by_dates(r, ev)
        if r.refs.dates and not r.gatherings and (" meeting " in text or " in session " in text or " sitting " in text):
            self.own_gathering_meeting_now(r, ev)
        self.heading_run_on(r)
        if r.gatherings and r.paragraph.kind != "footnote":
            self.docs.recent_meetings = self.docs.recent_meetings[-11:] + [
                ([ref for _, refs in r.gatherings for ref in refs], text)
            ]
        return held

    def own_gathering_meeting_now(self, r: _Resolved, ev: Evidence | None) -> None:
        """"The Committee, which ..., is meeting at Headquarters in New York from 28 April to 9 May
        2031", "The Commission is in session in Geneva from ...": the place and days of the one
        session of that body the text is for (a Journal's announcement, a note for the session),
        the body the sentence opens on and no gathering named (E145)."""
        text = r.sentence.text
        now = _MEETING_NOW.search(text)
        if now is None:
            return
        days = [d for d in r.refs.dates if d.start == now.end()]
        subject = [b for b in r.refs.bodies if b.start in r.bodies and b.end <= now.start()]
        if not days or not subject or not _OPENS_ON_SUBJECT.match(text, 0, subject[0].start):
            return
        body = r.bodies[subject[0].start]
        own = [g for g in self.own_meetings() if g.body == body and g.kind == "session"]
        if len(own) != 1 or own[0] in self.held:
            return
        ev = ev or self.evidence(r.sentence, r.paragraph)
        self.add(own[0], "heldOn", days[0].value, ev)
        self.held[own[0]] = days[0].value
        if places.is_place(now["place"]):
            self.add(own[0], "heldIn", now["place"], ev)

    def met_before_session(
        self, r: _Resolved, g: GatheringMention, refs: list[GatheringRef], ev: Evidence | None
    ) -> bool:
        """"The Committee met in Geneva from 12 to 14 May 2031 for its second session": the
        place and dates come before the session they are of, joined to it by "for"/"at"."""
        dates = [d for d in r.refs.dates if d.end <= g.start]
        if not dates or not _FOR_SESSION.match(r.sentence.text[dates[-1].end : g.start]):
            return False
        run = [dates[-1]]
        for d in dates[-2::-1]:
            if not _DATE_GAP.match(r.sentence.text[d.end : run[0].start]):
                break
            run.insert(0, d)
        met = _MET_BEFORE_DATES.search(r.sentence.text[: run[0].start])
        if met is None or len(run) != 1:
            return False
        place = met["place"] if met["place"] and places.is_place(met["place"]) else None
        for ref in refs:
            self.add(ref, "heldOn", run[0].value, ev)
            self.held[ref] = run[0].value
            if place is not None:
                self.add(ref, "heldIn", place, ev)
        return True

    def meetings_by_dates(self, r: _Resolved, ev: Evidence | None) -> None:
        """"Reports on the meetings of the Working Group on Firearms held in Vienna from 10 to 12
        May 2021 and on 4 and 5 May 2022 (A and B)": meetings named by their body and dates.
        Which meetings those are is known once the whole text is read (`finish`)."""
        text = r.sentence.text
        for m in places.held_before_dates(text):
            if any(0 <= m.start() - g.end < 40 for g, _ in r.gatherings):
                continue  # "its eighth meeting, held in ...": a meeting named by its number
            run = [d for d in r.refs.dates if d.start == m.end()]
            if not run:
                continue
            for d in r.refs.dates:
                if d.start > run[-1].start and _DATE_GAP.match(text[run[-1].end : d.start]):
                    run.append(d)
            named = [b for b in r.refs.bodies if b.end <= m.start() and b.start in r.bodies]
            if not named or m.start() - named[-1].end > 40:
                continue
            # "the meetings of the Working Group A and the Working Group B, to be held ...": each
            bodies = [r.bodies[named[-1].start]]
            for earlier, later in zip(named[-2::-1], named[::-1]):
                if not _CONNECTS.match(text[earlier.end : later.start]):
                    break
                bodies.insert(0, r.bodies[earlier.start])
            later_held = text.find(" held ", m.end())
            mandates = [
                ref for mention, ref in r.instruments
                if mention.start > run[-1].end and (later_held < 0 or mention.start < later_held)
                and doc_rules.under_mandate(text, mention.keyword_start)
            ]
            place = m["place"] if m["place"] and places.is_place(m["place"]) else None
            lead = _tail(text, named[-1].start, 80)
            reports: list[DocumentRef] = []
            if _REPORTS_ON_MEETINGS.search(lead) and not _TRANSMITTING_REPORTS.search(lead):
                close = text.find(")", run[-1].end)
                reports = [
                    DocumentRef(symbols=s.symbols) for s in r.symbols
                    if run[-1].end <= s.start and (close < 0 or s.start < close)
                ]
            if place is None and not reports and not mandates:
                continue
            if ev is None:
                ev = self.evidence(r.sentence, r.paragraph)
            for body in bodies:
                self.docs.dated_meetings.append(
                    _DatedMeetings(body, [d.value for d in run], place, reports if len(bodies) == 1 else [], mandates, ev)
                )

    def heading_run_on(self, r: _Resolved) -> None:
        """A heading a PDF wrapped in two ("Reports on the meetings of the Working Group on X
        held in" / "Vienna on 12 and 13 October 2021 and ..."): read the two as one."""
        dangling, self.docs.dangling = self.docs.dangling, None
        if r.paragraph.kind != "heading":
            return
        if dangling is not None and _STARTS_WITH_PLACE_AND_DATES.match(r.sentence.text):
            first, p = dangling
            joined = Sentence(first.start, r.sentence.end, self.cleaned.text[first.start : r.sentence.end])
            self.meetings_by_dates(self.resolve(joined, p), None)
        elif r.sentence.text.endswith(_ENDS_WITH_HELD):
            self.docs.dangling = (r.sentence, r.paragraph)

    def dated_meeting_facts(self) -> None:
        if not self.docs.dated_meetings:
            return
        by_body_and_dates: dict[tuple[str, DateRange], list[GatheringRef]] = {}
        for g, held_on in self.held.items():
            by_body_and_dates.setdefault((g.body, held_on), []).append(g)
        for body, dates, place, reports, mandates, ev in self.docs.dated_meetings:
            meetings = []
            for date in dates:
                same = by_body_and_dates.get((body, date), [])
                if len(same) == 1:
                    meetings.append(same[0])
            for g in meetings:
                if place:
                    self.add(g, "heldIn", place, ev)
                for ref in mandates:
                    self.add(g, "pursuantTo", ref, ev)
            if reports and len(meetings) == len(dates) and len(reports) in (1, len(meetings)):
                pairs = zip(reports, meetings) if len(reports) == len(meetings) else ((reports[0], g) for g in meetings)
                for doc, g in pairs:
                    self.add(doc, "reportOf", g, ev)

    def described_under_mandate(self, r: _Resolved, ev: Evidence) -> None:
        """"The report of the Secretary-General on the subject is submitted pursuant to Council
        resolution 2030/21": a document told by description, with no symbol, under the
        instruments named after the mandate's words (up to the clause's end) or, for "that
        resolution", the one named before it. Which document it is waits for the whole text
        (`documents_described`)."""
        text = r.sentence.text
        for described in doc_rules.described_under_mandate(text):
            if any(described.start <= s.start < described.mandate_at + 3 for s in r.symbols):
                continue  # "the report (X), prepared pursuant to ...": the symbol says which
            end = _CLAUSE_END.search(text, described.mandate_at)
            stop = end.start() if end else len(text)
            mandates = [ref for m, ref in r.instruments if described.mandate_at <= m.start < stop]
            if not mandates and (that := _UNDER_THAT_INSTRUMENT.search(text, described.start)) and that.start() < described.mandate_at:
                kind = that["kind"] or that["kind_of_passage"]
                earlier = [ref for m, ref in r.instruments if m.end <= that.start() and ref.kind == kind]
                if not earlier and not r.instruments and len(self.last_instrument) == 1:
                    # "In its resolution 12/3, ... The note, prepared pursuant to that resolution"
                    earlier = [ref for ref in self.last_instrument if ref.kind == kind]
                mandates = earlier[-1:]
            if mandates:
                self.described.append((described.description, mandates, ev))

    def documents_described(self) -> None:
        """Which listed document each description under a mandate names: the nearest whose
        title (or row) the description fits, among those listed after it in the text (an
        agenda item's documentation), else before it (the documents "before the Subcommittee")."""
        if not self.described:
            return
        listed = [(doc, row.quote, row.start) for doc, _, row in self.docs.documentation]
        listed += [(f.subject, f.object, f.evidence.start) for f in self.facts if f.relation == "title" and isinstance(f.subject, DocumentRef) and isinstance(f.object, str)]
        for description, mandates, ev in self.described:
            fits = sorted({(at, doc) for doc, row, at in listed if doc != self.doc and doc_rules.describes(description, row)}, key=lambda pair: pair[0])
            after = [(at, doc) for at, doc in fits if at > ev.start]
            before = [(at, doc) for at, doc in fits if at < ev.start]
            chosen = after[0] if after else before[-1] if before else None
            if chosen is None:
                # "Documentation" in two columns, symbol and title on lines of their own: the
                # row holds the symbol alone. The one document listed right below the sentence,
                # with no other near it, is the one it describes.
                below = sorted((row.start, doc) for doc, _, row in self.docs.documentation if row.start > ev.end)
                if below and below[0][0] - ev.end < 400 and (len(below) == 1 or below[1][0] - below[0][0] > 400):
                    row_text = next(row.quote for doc, _, row in self.docs.documentation if row.start == below[0][0])
                    if not _WORDS_BESIDE_SYMBOL.search(row_text.replace(" ".join(below[0][1].symbols), "")):
                        chosen = below[0]
            if chosen is None:
                # "... will have before it a note by the secretariat on the organization of the
                # work ..., prepared pursuant to resolution 62/11" / "Documentation" / "Note by the
                # secretariat on the expert working group ... (X)": the one document of that kind
                # and author the item's list gives right below, whatever title it carries
                near = [
                    (row.start, doc, row.quote) for doc, _, row in self.docs.documentation
                    if ev.end < row.start < ev.end + 600
                ]
                same = [(at, doc) for at, doc, quote in near if doc_rules.same_kind_and_author(description, quote)]
                if len(same) == 1:
                    chosen = same[0]
            if chosen is None or abs(chosen[0] - ev.start) > 3000:
                continue
            for ref in mandates:
                self.add(chosen[1], "pursuantTo", ref, ev)

    def own_gathering_opens_and_closes(self, word: str, days: DateRange, ev: Evidence) -> None:
        """"The session opened on 30 April 2029 and will close on Friday, 4 May 2029" (a Journal's
        announcement, a note for a session): the days of the one gathering of that word the
        document is for."""
        own = list(dict.fromkeys(g for g in self.own_meetings() if g.kind == word))
        if len(own) == 1 and own[0] not in self.held:
            self.add(own[0], "heldOn", days, ev)
            self.held[own[0]] = days

    def own_gathering_held_under(self, r: _Resolved, word: str, after: int, before: int, ev: Evidence) -> None:
        """"The session was held in accordance with decision 2029/208" in the report of a session:
        the session the document is of was held under the instruments named after the phrase."""
        own = [g for g in self.own_meetings() if g.kind == word]
        if len(own) > 1 and self.scope.subject_before is not None:
            # a Journal's page is for the sessions of several bodies: "The Committee, which ..., is
            # meeting ... The session is convened ...": the session of the body the text spoke of (E145)
            own = [g for g in own if g.body == self.scope.subject_before] or own
        if not own and self.docs.recent_meetings:
            # "The forty-first Meeting of States Parties was held in New York ... The Meeting was
            # convened pursuant to ...": in a page that is of no gathering, the one the sentence
            # before in the paragraph said was held
            meetings, said = self.docs.recent_meetings[-1]
            if said != r.sentence.text and said in r.paragraph.text and doc_rules.says_held(said):
                own = list(dict.fromkeys(g for g in meetings if g.kind == word))
        if len(own) != 1:
            return
        for mention, ref in r.instruments:
            if after <= mention.start < before:
                self.meeting_mandates.setdefault(own[0], []).append((ref, r.sentence))
                self.add(own[0], "pursuantTo", ref, ev)
        text = r.sentence.text
        for back in _THAT_INSTRUMENT.finditer(text, after, before):
            # "The session is convened in keeping with paragraph 4 of that resolution": the one
            # instrument of that kind named before it, in this sentence or the last ones (E145)
            earlier = [ref for m, ref in r.instruments if m.end <= back.start() and ref.kind == back["kind"]]
            if not earlier and len(self.last_instrument) == 1 and self.last_instrument[0].kind == back["kind"]:
                earlier = list(self.last_instrument)
            for ref in earlier[-1:]:
                self.meeting_mandates.setdefault(own[0], []).append((ref, r.sentence))
                self.add(own[0], "pursuantTo", ref, ev)

    def own_body_convened_under(self, r: _Resolved, name: str, after: int, before: int, ev: Evidence) -> None:
        """"The Committee is convened in accordance with Commission resolution 87/4 of 19 May 2031,
        ..." in a note for the Committee's ninth session: the one session of that body the
        document is for is held under the instruments of the mandate's clause. A body the note
        is for no session of, or a note for two of its sessions, says nothing here."""
        named = sorted(start for start in r.bodies if start < len(name) + 6)
        if not named:
            return
        own = list(dict.fromkeys(g for g in self.own_meetings() if g.body == r.bodies[named[0]]))
        if len(own) != 1:
            return
        for mention, ref in r.instruments:
            if after <= mention.start < before:
                self.meeting_mandates.setdefault(own[0], []).append((ref, r.sentence))
                self.add(own[0], "pursuantTo", ref, ev)

    def held_under_mandate(self, r: _Resolved, after: int, meetings: list[GatheringRef]) -> None:
        """"... its thirteenth meeting ..., with a joint thematic discussion in accordance with
        resolution 10/6": the instrument a meeting was held under, which the report on that
        meeting is then made pursuant to. The clause belongs to the last meeting named before
        it, so only instruments up to the next held meeting count."""
        text = r.sentence.text
        if self.last_instrument and ("that " in text or "same " in text or "said " in text or "this " in text):
            self.held_under_that_instrument(r, after, meetings)
        if not r.instruments:  # most sentences that name a meeting: nothing to read below
            return
        later = [
            g.start for g, _ in r.gatherings
            if g.start >= after and (not _JOINT_BEFORE.search(_tail(text, g.start)) or _WHICH_WAS_HELD_AFTER.match(text, g.end))
        ]
        stop = later[0] if later else len(text)
        # "(X) submitted to the Council at its sixtieth session pursuant to resolution 58/9": the
        # session receives a document; it is the document that the resolution called for
        start = next((g.start for g, _ in r.gatherings if g.end == after), after)
        received = any(0 <= start - p.end < 40 for p in doc_rules.find_submissions(text[:start]))
        held = doc_rules.says_held(text)
        for mention, ref in r.instruments:
            if _prepared_by_a_later_document(text, r.symbols, after, mention.keyword_start):
                continue
            if (doc_rules.under_mandate(text, mention.keyword_start) or doc_rules.holding_by_instrument(text, mention.keyword_start, start)) and (
                after <= mention.start < stop
                # "In accordance with resolution 6/1, the seventeenth session was held back to back ..."
                or (
                    mention.end <= start and doc_rules.held_here(text, start, after)
                    # "in accordance with resolution 83/1 ..., adopted at its eighty-third
                    # session, held in Bangkok": the session the instrument was adopted at
                    and not _adopted_at_between(text, mention.end, start)
                    # "The present note was prepared in accordance with resolution 16/21 and with
                    # the programme agreed at its forty-fourth session, held in Geneva": the
                    # instrument the document was prepared under, not the session's
                    and _PREPARED_UNDER.search(text, max(0, mention.keyword_start - 80), mention.keyword_start) is None
                    # "The Working Group ..., established in accordance with Human Rights Council
                    # resolution 5/1, held its eightieth session": the body's origin, not the session's
                    and _ORIGIN_UNDER.search(text, max(0, mention.keyword_start - 120), mention.keyword_start) is None
                    # "In accordance with resolution 7/1, that report and the report on the sixteenth
                    # meeting, held in Vienna on ..., will be made available to ...": the meeting is
                    # what a report is on; the mandate is the report's, not the meeting's (E203)
                    and _PAPER_ON_THE_GATHERING.search(text, max(0, start - 60), start) is None
                )
            ):
                scheduled = doc_rules.scheduled_by(text, mention.keyword_start)
                for meeting in meetings:
                    if not scheduled:
                        # (a report on the meeting is made under its mandate, not under the
                        # decision that set its dates: "as agreed in decision III/1")
                        self.meeting_mandates.setdefault(meeting, []).append((ref, r.sentence))
                    if held and not received:
                        self.add(meeting, "pursuantTo", ref, self.evidence(r.sentence, r.paragraph))

    def held_under_that_instrument(self, r: _Resolved, after: int, meetings: list[GatheringRef]) -> None:
        """"In its resolution 75/314 ... the Assembly established the Forum. The seventh session
        (PFPAD-7) is convened pursuant to that resolution and to ...": the instrument the sentence
        points back to, the one of that kind named last before it, is the mandate the gathering
        named right before the phrase is held under."""
        text = r.sentence.text
        that = _HELD_UNDER_THAT.match(text, after)
        if that is None or not doc_rules.says_held(text):
            return
        earlier = [ref for ref in self.last_instrument if ref.kind == that["kind"]]
        if len(earlier) != 1 or any(m.start < that.start() for m, _ in r.instruments):
            return
        for meeting in meetings:
            self.meeting_mandates.setdefault(meeting, []).append((earlier[0], r.sentence))
            self.add(meeting, "pursuantTo", earlier[0], self.evidence(r.sentence, r.paragraph))

    # ------------------------------------------------------------------ which instrument acts

    def adopted_on_of_the_kind_told_again(self, r: _Resolved) -> None:
        """"...; the resolution, as adopted on 24 December 2025, instead encourages ...": the day
        the instrument the clause points back to (the one of that kind named last) was adopted (E130)."""
        text = r.sentence.text
        for verb in mandate_verbs.MANDATE_VERB.finditer(text):
            told = _THE_KIND_OPENS_CLAUSE.match(text[: verb.start()])
            if told is None or told["day"] is None or told.start("back") == 0 and not self.last_instrument:
                continue
            named = [ref for mm, ref in r.instruments if mm.end <= told.start("back") and ref.kind == told["kind"]]
            refs = named[-1:] if named else back_references.named_again(told["back"], self.last_instrument)
            days = find_dates(told["date"])
            if len(refs) == 1 and days:
                self.add(refs[0], "adoptedOn", days[0].value.start, self.evidence(r.sentence, r.paragraph))
            return

    def adopted_on_after_back_reference(self, r: _Resolved, intro: list[InstrumentRef]) -> None:
        """"In that resolution, adopted on 3 April 2031, the Council requested ...": the day the
        instrument the opening points back to was adopted (a numbered one reads its own)."""
        text = r.sentence.text
        same = _SAME.match(text) if len(intro) == 1 and not r.instruments else None
        at = _ADOPTED_AT_SET_OFF.match(text, same.end()) if same is not None else None
        if at is not None:
            # "By that resolution, adopted at its thirty-ninth session, the Commission had asked
            # ...": the gathering set off right after the back reference, of a body that may adopt it
            held = next((refs for g, refs in r.gatherings if g.start == at.end()), [])
            if len(held) == 1 and held[0].body == intro[0].issuer and _may_adopt(held[0], intro[0]):
                self.add(intro[0], "adoptedAt", held[0], self.evidence(r.sentence, r.paragraph))
            return
        told = _ADOPTED_ON_SET_OFF.match(text, same.end()) if same is not None else None
        if told is None:
            return
        days = [d for d in r.refs.dates if d.start == told.end()]
        if days and days[0].value.start == days[0].value.end:
            self.add(intro[0], "adoptedOn", days[0].value.start, self.evidence(r.sentence, r.paragraph))

    def issuer_speaks_after_opening(self, r: _Resolved, intro: list[InstrumentRef], position: int) -> bool:
        """Whether the verb at ``position`` is the first of the instrument's issuer named right
        after an opening that says where the instrument's words are ("In it, the Council",
        "By its resolution 2029/4, the Council", "Through resolution 12/3 of 3 June 2031, the
        Commission"), or a verb coordinated with that one in the same clause."""
        text = r.sentence.text
        pronoun = _IN_IT.match(text)
        if pronoun is not None:
            subject_at = pronoun.end()
        elif r.instruments and r.instruments[0][1] in intro and self.intro_names_the_text(r):
            set_off = _SET_OFF_AFTER_OPENING.match(text, r.instruments[0][0].end)
            if set_off is None:
                return False
            subject_at = set_off.end()
        else:
            return False
        if subject_at > position or not self.issuer_opens_clause(r, subject_at, intro[0]):
            return False
        subject = next(b for b in r.refs.bodies if b.start >= subject_at)
        first_verb = _FIRST_VERB_AFTER_SUBJECT.match(text, subject.end)
        if first_verb is None or first_verb.end() > position:
            return False
        return first_verb.end() == position or (
            _COORDINATED_VERB.search(_tail(text, position, 30)) is not None and not _clause_with_its_own_subject(text, position)
        )

    def named_by_pronoun(self, r: _Resolved, pronoun: re.Match[str]) -> list[InstrumentRef]:
        """"In it, the Council ...": the one instrument the sentence before (in the paragraph)
        told of; "By the latter, the Council ...": the second of those it named ("the former",
        the first); its issuer the subject after the comma. Nothing when the sentence before is
        about a document ("it" is then the report)."""
        word = pronoun["it"].lower()
        if word == "it":
            if len(self.last_instrument) != 1:
                return []
            told = list(self.last_instrument)
        else:
            told = back_references.named_again(word, self.last_instrument, word == "the former")
        sentence_before = _previous_sentence(r)
        if not told or sentence_before is None or not _an_account_of(sentence_before, told[0]):
            return []
        return told if self.issuer_opens_clause(r, pronoun.end(), told[0]) else []

    def intro_instruments(self, r: _Resolved) -> list[InstrumentRef]:
        """"In its resolution 10/6, ...", "Pursuant to decision 4/4 ...", "In the same resolution"."""
        text = r.sentence.text
        if self.paragraph_opener is not None and self.paragraph_opener[0] == id(r.paragraph) and _BY_THE_PRESENT.match(text):
            # "Decision 11/2 carries forward ... In that decision, ... By the present decision, the
            # Conference established ...": the instrument the paragraph is about, not the one named last (E94)
            self.last_instrument = list(self.paragraph_opener[1])  # and what the next sentences go on about
            return list(self.paragraph_opener[1])
        same = _SAME.match(text) or _SUBJECT_THEN_SAME.match(text)
        if same is None and text[:2] in ("In", "By", "Un", "Th", "Al", "Fu", "Mo", "Su") and (of_issuer := self.back_reference_of_issuer(r)):
            self.last_instrument = list(of_issuer)  # what "the same resolution" means next
            return of_issuer
        numbered = [ref for m, ref in r.instruments if same and m.start <= same.end() + 2]
        if same and numbered:
            return numbered[:1]  # "In the same resolution 11/1, ...": the number says which
        if same and not self.last_instrument and same["which"].startswith("the") and same["which"].endswith("same"):
            across = self.same_instrument_across_a_heading(same.group(0))
            if across:
                # what "that request", "the same resolution" mean in the next sentences (E208)
                self.last_instrument = list(across)
            return across
        if same:
            return back_references.named_again(same.group(0), self.last_instrument, same["which"] == "the former")
        if len(self.last_instrument) > 1 and text[:2] in ("In", "By", "Th", "Un") and (those := _BY_THOSE.match(text)) is not None:
            # "... adopted General Assembly resolution 84/297 and Security Council resolution 2935
            # (2030). By those resolutions, they decided ...": every instrument the text named last
            # (of the kind the word says), each the source of the sentence's mandates
            kind = _KIND_OF_PLURAL[those["kind"].lower()]
            return [ref for ref in self.last_instrument if ref.kind == kind]
        if len(self.last_instrument) > 1 and text[:2] in ("In", "By", "Th", "Un") and (nth := _BY_THE_NTH.match(text)) is not None:
            # "... adopted resolutions 86/15 and 86/16. By the first, ...; By the second, ...": by
            # its place in the list the text named last ("the latter" of two: the second)
            place = _NTH_PLACE[nth["nth"]]
            if nth["nth"] in ("former", "latter") and len(self.last_instrument) != 2 or place >= len(self.last_instrument):
                return []
            return [self.last_instrument[place]]
        if self.last_instrument and text[:2] in ("In", "By", "Th", "Un") and (the := _IN_THE_INSTRUMENT.match(text)) is not None:
            return back_references.named_again(f"that {the['kind']}", self.last_instrument)
        if self.last_instrument and text[:2] in ("In", "By", "Th", "Un") and (pronoun := _IN_IT.match(text)) is not None and (
            told := self.named_by_pronoun(r, pronoun)
        ):
            # "... is Council resolution 2031/17 of 22 July 2031. In it the Council recalled its
            # resolution 2029/12 and requested ...": the instrument the sentence before named, its
            # issuer the subject (it, not the one it recalls, is what the paragraph goes on about)
            return told
        if not r.instruments and self.last_instrument and (back := _BACK_REFERENCE_ACTS.match(text)) is not None and (
            back["which"].lower() != "the former"
        ):
            # "The same resolution established the Working Group ... and tasked it with ...": the
            # instrument named last, the subject of the sentence's verbs told in the past (E106)
            return back_references.named_again(back.group(0), self.last_instrument)
        alone = _PARAGRAPH_ALONE.match(text) if len(self.last_instrument) == 1 else None
        if alone is not None and not any(m.start < alone.end() for m, _ in r.instruments):
            return list(self.last_instrument)
        if self.under_report is not None and text[:1] in "IBUPOAFM" and (
            opens := _PARAGRAPH_ALONE.match(text) or _PARAGRAPH_AS_SUBJECT.match(text)
        ) is not None and not any(m.start < opens.end() for m, _ in r.instruments):
            # a report on one resolution's implementation, paragraph by paragraph: a paragraph
            # named without its instrument is that resolution's (E146)
            self.last_instrument = [self.under_report]
            return [self.under_report]
        part = _PART_ALONE.match(text) if self.last_instrument else None
        if part is not None and not any(
            m.start < part.end() or _NAMES_BEFORE_INSTRUMENT.fullmatch(text, part.end(), m.keyword_start) for m, _ in r.instruments
        ) and (
            self.issuer_opens_clause(r, part.end(), self.last_instrument[-1])
            or self.addressee_passive_opens(r, part.end())
        ):
            # "its": the one named last, its issuer the subject ("In its preamble, resolution 9/4
            # recalls ...": the one named right after is the subject)
            return self.last_instrument[-1:]
        if not r.instruments:
            return []
        first, _ = r.instruments[0]
        before = text[: first.keyword_start]
        if (kind_word := _KIND_WORD_BEFORE.search(before)) is not None:
            # "The Board, in its decision 2029/EB.2/7, called for": a number in its body's own
            # convention starts after the kind word, which belongs to the opening
            before = before[: kind_word.start()]
        # "In its resolution 10/6, ..." or "the Commission on Narcotic Drugs, through its resolution 65/2"
        if first.keyword_start > 300 or not (
            _INTRO.match(before) or _THROUGH_ITS.search(before) or _REPORTED_INTRO.search(before)
            or (_SUBJECT_THEN_MANDATE_SET_OFF.match(before) and (passive := _SET_OFF_THEN_PASSIVE.match(text, r.subject_end(*r.instruments[0]))) is not None
                and (passive["aux"] is not None or _AUXILIARY_BEFORE_SET_OFF.search(before) is not None))
            # "It was resolution 40/243 of 18 December 1985 that first gave the Committee ...: the
            # Assembly there decided ... and requested ...": a cleft naming the instrument the
            # sentence is about (E130)
            or (_CLEFT_IT_WAS.fullmatch(before) and _CLEFT_THAT.match(text, first.end) is not None)
            # "General Assembly resolution 86/248 B of 24 December 2031, section IV, paragraph 3:
            # requests ...": a table's cell quoting the instrument's paragraph after its citation
            or (_INSTRUMENT_AS_SUBJECT.match(before) and _CITED_PARAGRAPH_QUOTED.match(text, first.end))
            # ("Resolution 77/12 of the General Assembly requested ...": its issuer named after it, E174)
            or (_INSTRUMENT_AS_SUBJECT.match(_without_reported_lead(before)) and _PAST_VERB_AFTER.match(text, r.subject_end(*r.instruments[0]))
                # "Resolution 11/2 requested ..., and resolution 11/3 invited ...": which verb is whose
                # is not told by an introduction; no instrument stands for the whole sentence
                and sum(1 for m, ref in r.instruments if _PAST_VERB_AFTER.match(text, r.subject_end(m, ref))) == 1)
        ):
            return []
        return [ref for m, ref in r.instruments if m.keyword_start == first.keyword_start]

    @staticmethod
    def named_subject_opens(r: _Resolved, position: int, further: bool = False) -> re.Match[str] | None:
        """"The <body's name> (also|further) <verb at position>": the sentence opens on a body's
        name, however long, right before the verb (with "also" or "further" when ``further``);
        the match of that opening, else None."""
        text = r.sentence.text
        first = r.refs.bodies[0] if r.refs.bodies and r.refs.bodies[0].start in r.bodies else None
        if first is None or first.end > position or not _OPENS_ON_THE.fullmatch(text, 0, first.start):
            return None
        verb = mandate_verbs.MANDATE_VERB.match(text, position) if position < len(text) else None
        if verb is None or mandate_verbs.is_present(verb["verb"], text[:position]):
            return None
        return (_ALSO_OR_FURTHER if further else _ALSO_OR_FURTHER_OR_NONE).fullmatch(text, first.end, position)

    @staticmethod
    def past_subject_of_first_verb(text: str, keyword_start: int, number_end: int, position: int) -> bool:
        """Whether the instrument cited from ``keyword_start`` to ``number_end`` opens its clause
        as the subject of a past verb, and the mandate verb at ``position`` is coordinated with
        that verb by "and" (no clause of its own between: no ";", no "which" or "that"), or opens
        the next clause after a semicolon on "it" ("; it also invited"), the instrument (E163)."""
        it_clause = None
        if _COORDINATED_VERB.search(text, max(0, position - 20), position) is None:
            it_clause = _IT_CLAUSE_VERB.search(text, max(0, position - 24), position)
            if it_clause is None:
                return False
        first = _PAST_SUBJECT_THEN_VERB.match(text, number_end, position)
        if first is None or _CLAUSE_SUBJECT_BEFORE.search(text, max(0, keyword_start - 80), keyword_start) is None:
            return False
        between = text[first.end() : it_clause.start() if it_clause is not None else position]
        return ";" not in between and " which " not in between and " that " not in between and " whose " not in between

    @staticmethod
    def same_as_subject_of_first_verb(text: str, position: int) -> str | None:
        """The back reference ("The same resolution") that is the subject of the sentence's first
        mandate verb, when the verb at ``position`` is coordinated to it (", and invited"), no
        clause of its own between ("; it"), else None."""
        coordinated = _COORDINATED_VERB.search(text, max(0, position - 20), position)
        if coordinated is None:
            return None
        # (the clause the verb is coordinated in: after the sentence's last semicolon before it)
        clause = text.rfind(";", 0, position) + 1
        first = next(iter(mandate_verbs.MANDATE_VERB.finditer(text, clause, coordinated.start())), None)
        if first is None:
            return None
        back = _SAME_AS_PAST_SUBJECT.match(text[: first.start()]) if clause == 0 else None
        if back is not None:
            if back["which"].lower() == "the former" or mandate_verbs.is_present(first["verb"], text[: first.start()]):
                return None
            return back.group(0)
        # "The decision requested the Secretariat to ... and encouraged the Meeting of the Parties
        # to ...", also in the clause after a semicolon (E196)
        bare = _THE_INSTRUMENT_AS_PAST_SUBJECT.match(text[: first.start()])
        if bare is None or mandate_verbs.is_present(first["verb"], text[: first.start()]):
            return None
        return bare.group(0)

    @staticmethod
    def addressee_passive_opens(r: _Resolved, position: int) -> bool:
        """Whether the body named right at ``position`` (after "the") is the subject of a passive
        of the mandate verbs ("the Director-General was requested to ...")."""
        subject = next((b for b in r.refs.bodies if b.start >= position), None)
        return (
            subject is not None and subject.start in r.bodies
            and _THE_ONLY.fullmatch(r.sentence.text, position, subject.start) is not None
            and _ADDRESSEE_PASSIVE_AFTER.match(r.sentence.text, subject.end) is not None
        )

    @staticmethod
    def issuer_opens_clause(r: _Resolved, position: int, ref: InstrumentRef) -> bool:
        """Whether the body named right at ``position`` (after "the") is ``ref``'s issuer."""
        subject = next((b for b in r.refs.bodies if b.start >= position), None)
        return (
            subject is not None and r.bodies.get(subject.start) == ref.issuer
            and _THE_ONLY.fullmatch(r.sentence.text, position, subject.start) is not None
        )

    def bodies_at_their(self, text: str, refs: SentenceRefs, bodies: dict[int, str], g: GatheringMention) -> list[str]:
        """The other bodies of "A and B at their sixty-fifth sessions" (``g.body`` is B): named
        right before, joined by "and" or commas, each holding that kind of gathering."""
        named = [b for b in refs.bodies if b.end <= g.start and b.start in bodies]
        if not named or bodies[named[-1].start] != g.body or not _AT_THEIR.fullmatch(text, named[-1].end, g.start):
            return []
        others: list[str] = []
        for before, after in zip(reversed(named[:-1]), reversed(named)):
            if not _JOINED_NAMES.fullmatch(text, before.end, after.start):
                break
            key = bodies[before.start]
            if self.registry.bodies[key].gathering_term != self.registry.bodies[g.body].gathering_term:
                return []
            others.insert(0, key)
        return [k for k in others if k != g.body]

    def narrated_heading(self, p: Paragraph, below: Paragraph, bracketed_only: bool = False) -> None:
        """"Decision 30/1. Working group on follow-up" over "In decision 30/1, adopted on ...": the
        decision's title, and the session the report said its decisions were adopted at.
        ``bracketed_only``: only a heading that names the decision in a bracket at its end."""
        heading = narrated_decisions.narrated_heading(p.text, below.text) if not bracketed_only else None
        if heading is None:
            # "Decision PC-67/2. Title" in the body's own numbering: the heading's first
            # instrument of that kind
            numbered = narrated_headings.account_heading(p.text, [below.text]) if not bracketed_only else None
            alone = narrated_decisions.heading_alone(p.text, below.text) if numbered is None and not bracketed_only else None
            bracketed = narrated_decisions.bracketed_heading(p.text, below.text) if numbered is None and alone is None else None
            if numbered is None and alone is None and bracketed is None:
                return
            # ("II." / "Resolution 5/2031: Title": a section's numeral left on the heading's line
            # is a sentence of its own; the heading's is the next)
            first = p.sentences[1] if len(p.sentences) > 1 and _SECTION_NUMERAL.fullmatch(p.sentences[0].text) else p.sentences[0]
            r = self.resolve(first, p)
            if bracketed is not None:
                # "C. Article 10 (decision NP-7/5)" over "In decision NP-7/5 the Parties ...": no title
                kind, title = ("decision" if bracketed.startswith("decision") else "resolution"), None
                named = {ref for _, ref in r.instruments}
                ref = next(iter(named)) if len(named) == 1 else None
            elif alone is not None:
                # "Decision 12/1" alone over "In decision 12/1, the Committee ...": no title
                kind, title = alone[0], None
                ref = next((ref for _, ref in r.instruments if (ref.kind, ref.session, ref.number) == alone), None)
            else:
                assert numbered is not None  # one of the two is, by the return above
                kind, title = numbered
                ref = next((ref for _, ref in r.instruments if ref.kind == kind), None)
        else:
            kind, session, number, title = heading
            r = self.resolve(p.sentences[0], p)
            ref = next((ref for _, ref in r.instruments if (ref.kind, ref.session, ref.number) == (kind, session, number)), None)
        if ref is None:
            return
        if title is not None:
            self.add(ref, "title", title, self.evidence(r.sentence, p))
        self.narrated = (ref, p.section)
        if self.narrated_adopting is not None:
            at, adopted_kind, ev = self.narrated_adopting
            if adopted_kind == kind and at.body == ref.issuer and at.kind == "session" and _may_adopt(at, ref) and ref.session.isdigit():
                self.add(ref, "adoptedAt", at, ev)

    def same_instrument_across_a_heading(self, opening: str) -> list[InstrumentRef]:
        """"Item 5. Work programme" / "In the same resolution, the General Assembly invited ...": the
        one instrument the section before went on with, when it is of the kind named ("that
        resolution" after a heading points at nothing the reader still has before them)."""
        before = self.instrument_of_section_before
        if len(before) == 1 and opening.rstrip().endswith(before[0].kind):
            return list(before)
        return []

    def back_reference_of_issuer(self, r: _Resolved) -> list[InstrumentRef]:
        """"Under the above-mentioned Assembly resolution, ...": the last instrument of that kind
        the issuer named between determiner and kind word issued, when no number follows."""
        text = r.sentence.text
        back = _SAME_OF_ISSUER.match(text)
        if back is None or any(m.start < back.end() + 2 for m, _ in r.instruments):
            return []
        issuer = next(
            (r.bodies[b.start] for b in r.refs.bodies if b.start in r.bodies and back.start("issuer") <= b.start and b.end <= back.end("issuer")),
            None,
        )
        if issuer is None:
            return []
        # the one of that issuer and kind named last before the sentence, wherever (a table's row,
        # a heading, a sentence): the mentions in the order of the text
        here = self.evidence(r.sentence, r.paragraph).start
        named = [
            (f.evidence.start, f.object) for f in self.facts
            if f.relation == "mentions" and isinstance(f.object, InstrumentRef) and f.evidence.start < here
            and f.object.issuer == issuer and f.object.kind == back["kind"]
        ]
        if not named:
            return []
        start, ref = max(named, key=lambda pair: pair[0])
        # "above-mentioned": named in this section or the one before it, not pages back
        at = bisect.bisect_right(self.section_starts, (start, float("inf"))) - 1
        return [ref] if at >= 0 and self.section_starts[at][1] >= r.paragraph.section - 1 else []

    @staticmethod
    def intro_names_the_text(r: _Resolved) -> bool:
        """"In resolution 12/1, ...", "In paragraph 5 of its resolution 12/1, ...", "Under
        resolution 12/1, ...": the sentence opens by saying where the instrument's words are (a
        passive present after it tells those words); "In line with / Pursuant to resolution
        12/1, the Commission is invited to ..." is a note's own suggestion. ("Under the
        above-mentioned Assembly resolution, ...", "In that decision, ...": the instrument named
        again says it as well.)"""
        if not r.instruments:
            text = r.sentence.text
            return text[:2] in ("In", "By", "Un", "Th") and (_SAME.match(text) or _SAME_OF_ISSUER.match(text)) is not None
        first = r.instruments[0][0]
        return _INTRO_NAMES_THE_TEXT.match(r.sentence.text[: first.keyword_start]) is not None

    @staticmethod
    def plural_paragraphs_speak(r: _Resolved, verb: str, position: int) -> bool:
        """"Paragraphs 3 and 4 of resolution 12/1 encourage ...": the bare verb is the plural
        present of the paragraphs of the one instrument named right before it."""
        before = r.instrument_before(position)
        if before is None or not _PRESENT_SUBJECT_GAP.match(r.sentence.text[r.subject_end(*before) : position]):
            return False
        return mandate_verbs.plural_present(verb, r.sentence.text[: before[0].keyword_start])

    def instrument_as_present_subject(self, r: _Resolved, position: int) -> list[InstrumentRef]:
        """"Resolution 12/1 requests the secretariat to ...", "Paragraph 5 of decision 31/4
        invites ...", "The same resolution also requests ...": the instrument that is the
        subject of the present verb at ``position`` (its paragraph or its issuer's name before
        it), in a note or report that tells what the instrument asks; else none."""
        text = r.sentence.text
        # "Decision 23.IGC 5 recalls resolution 12.CP 11, endorses ..., and requests ...": a series
        # of the subject's present verbs parted by commas goes on as one parted by "and" does
        coordinated = _COORDINATED_VERB.search(text, 0, position) or _SERIES_VERB.search(text, max(0, position - 4), position)
        if coordinated is not None and ";" not in text[:position]:
            # "Decision 638 (C30) invites X to ..., and encourages Y to ...": the second verb's
            # subject is the first one's
            earlier = [v for v in mandate_verbs.MANDATE_VERB.finditer(text, 0, coordinated.start()) if mandate_verbs.is_present(v["verb"], text[: v.start()])]
            if earlier:
                return self.instrument_as_present_subject(r, earlier[-1].start())
            citing = list(_PRESENT_CITING_VERB.finditer(text, 0, coordinated.start()))
            if citing and ";" not in text[citing[-1].start() : position]:
                # "Decision B.38/03 recalls decision B.37/14 and requests ...": the citing verb's subject
                return self.instrument_as_present_subject(r, citing[-1].start())
            provides = list(_PROVIDES_THAT.finditer(text, 0, coordinated.start()))
            if provides and ";" not in text[provides[-1].start() : position]:
                # "Decision 11/1 provides that the Committee shall hold ... and requests the
                # Committee to ...": the verb in the present after a provision told with its modal
                # ("shall hold", never "requests") is the instrument's, as "provides" is (E182)
                return self.instrument_as_present_subject(r, provides[-1].start())
        told_again = _THE_KIND_OPENS_CLAUSE.match(text[:position]) if "; " in text[:position] or "," in text[:position] else None
        if told_again is not None:
            # "A proposal made on resolution 80/237 ... was not retained; the resolution, as
            # adopted on 24 December 2025, instead encourages ...": the one of that kind named last
            named = [ref for mm, ref in r.instruments if mm.end <= told_again.start("back") and ref.kind == told_again["kind"]]
            return named[-1:] if named else back_references.named_again(told_again["back"], self.last_instrument)
        before = r.instrument_before(position)
        if before is None:
            if self.it_instrument is not None and (
                _IT_AS_SUBJECT.match(text[:position]) or self.story is not None and _IT_BARE_AS_SUBJECT.match(text[:position])
            ):
                return [self.it_instrument]
            same = _SAME_AS_SUBJECT.match(text[:position])
            if same is None and (bare := _THE_INSTRUMENT_AS_SUBJECT.match(text[:position])) is not None:
                # "The decision also calls upon ... and urges the Secretary-General to ...": a
                # report's next sentence on the instrument it just named, its kind word alone
                return back_references.named_again(bare.group(0), self.last_instrument)
            return back_references.named_again(same.group(0), self.last_instrument) if same and same["which"] != "the former" else []
        m, ref = before
        listed = [x for x in r.instruments if x[0].keyword_start == m.keyword_start]
        if len(listed) != 1:
            return []  # "resolutions 12/1 and 12/2 request": which asks what is not said
        if not _PRESENT_SUBJECT_BEFORE.match(text[: m.keyword_start]):
            return []
        if not _PRESENT_SUBJECT_GAP.match(text[r.subject_end(m, ref) : position]) and not (
            # "resolution 86/248 B ..., section IV, paragraph 3: requests ...": the paragraph quoted
            (quoted := _CITED_PARAGRAPH_QUOTED.match(text, m.end)) is not None and _word_end_at(text, quoted.end(), position)
        ):
            return []
        return [ref]

    def issuer_named_before_kind_again(self, r: _Resolved, back: re.Match[str]) -> None:
        """"Under the above-mentioned Assembly resolution, ...": the instrument the sentence names
        again is the last one of that issuer and kind, which the sentences after it go on telling of
        ("The same resolution invites ..."), though other bodies' instruments were named since."""
        issuer = next(
            (r.bodies[b.start] for b in r.refs.bodies if b.start in r.bodies and back.start("issuer") <= b.start < back.end("issuer")),
            None,
        )
        earlier = issuer_back_references.named_again_of(back["kind"], issuer, self.named_instruments) if issuer else []
        if earlier:
            self.last_instrument = earlier

    def named_again_of_issuer(self, r: _Resolved, back: re.Match[str]) -> list[InstrumentRef]:
        """The instrument a back reference as subject means (`issuer_back_references`): of the
        issuer it names after "of", else the one named last."""
        if back["issuer"] is None:
            return back_references.named_again(back["back"], self.last_instrument)
        issuer = next(
            (r.bodies[b.start] for b in r.refs.bodies if b.start in r.bodies and back.start("issuer") <= b.start < back.end("issuer")),
            None,
        )
        return issuer_back_references.named_again_of(back["kind"], issuer, self.named_instruments) if issuer else []

    def issuer_told_after_colon(self, r: _Resolved, position: int) -> list[InstrumentRef]:
        """"Bureau noted Statistical Commission decision 62/104 (62nd session, March 2031): the
        Commission invited the Conference ... to pilot ...": after the colon that closes an
        instrument's mention, its issuer as the subject of a verb says what the instrument did (E144)."""
        text = r.sentence.text
        colon = text.rfind(":", 0, position)
        subject = _ISSUER_AFTER_COLON.fullmatch(text, colon, position)
        if subject is None:
            return []
        cited = [(m, ref) for m, ref in r.instruments if m.end <= colon and _BRACKET_THEN_COLON.fullmatch(text, m.end, colon)]
        if len(cited) != 1 or cited[0][1].issuer is None:
            return []
        ref = cited[0][1]
        named = [r.bodies[b.start] for b in r.refs.bodies if b.start == subject.start("subject") and b.start in r.bodies]
        if named == [ref.issuer]:
            return [ref]
        # "the Commission" right after "Statistical Commission decision ...": the head of the
        # issuer's name, whatever other commission the words alone would mean
        issuer = self.registry.bodies.get(ref.issuer)
        written = " ".join(subject["subject"].split()).casefold()
        heads = {n.casefold().split()[-1] for n in issuer.names} | {(issuer.short_name or "").casefold()} if issuer is not None else set()
        return [ref] if written in heads and " " not in written else []

    def acting(
        self, r: _Resolved, position: int, own: InstrumentRef | None, intro: list[InstrumentRef],
        carry: list[InstrumentRef], present: bool, recommendation: bool = False,
    ) -> list[InstrumentRef]:
        """The instruments whose verb stands at ``position``. ``recommendation``: the verb is
        passive ("States parties are encouraged"), the form of recommendations an instrument
        endorses and annexes, which are then the instrument's own."""
        text = r.sentence.text
        p = r.paragraph
        if ";" in text[:position] and (same_clause := _SAME_OPENS_CLAUSE.search(_tail(text, position, 60))) is not None:
            # "...; same decision set up the Steering Group on ...", "; the same resolution also
            # requested ...": the one of that kind the sentence named before the semicolon, else
            # the one named last (E144)
            clause_at = text.rfind(";", 0, position)
            named = [ref for m, ref in r.instruments if m.end <= clause_at and ref.kind == same_clause["kind"]]
            return named[-1:] if named else back_references.named_again(f"the same {same_clause['kind']}", self.last_instrument)
        if ";" in text[:position] and (latter := _LATTER_OPENS_CLAUSE.search(text, text.rfind(";", 0, position), position)) is not None and (
            not any(latter.start() < m.keyword_start < position for m, _ in r.instruments)
        ):
            # "... set out in resolution 2452 (2019) were reaffirmed in resolution 2968 (2031);
            # under the latter, the Mission is tasked with ...": of the two instruments named before
            # the semicolon, the second (the first for "the former"), of the kind its word says (E182)
            named = list(dict.fromkeys(ref for m, ref in r.instruments if m.end <= latter.start()))
            meant = (named[0] if latter["which"] == "former" else named[1]) if len(named) == 2 else None
            return [meant] if meant is not None and latter["kind"] in (None, meant.kind) else []
        if ":" in text[:position] and (told := self.issuer_told_after_colon(r, position)):
            return told
        before = r.instrument_before(position)
        # (a number in its body's convention, "B.39/8", starts after its kind word: "decision B.39/8")
        said_from = _kind_word_start(text, before[0].keyword_start) if before else 0
        if before and (same_day := _SAME_DAY_AS.search(text, max(0, said_from - 80), said_from)) is not None and (
            earlier_one := [x for x in r.instruments if x[0].end <= same_day.start() and x[0].keyword_start != before[0].keyword_start]
        ):
            before = earlier_one[-1]
        elif before and (
            _RECALLED_IN_PASSING.search(text, max(0, said_from - 40), said_from)
            # "resolution 73/12, in which it reaffirmed resolution 26/9, took note of ..., and
            # requested the working group to ...": the object of the clause's first verb, a citation,
            # is no subject either, unless a clause of its own follows it (E140)
            or _CITED_IN_THE_CLAUSE.search(text, max(0, said_from - 90), said_from)
            and not _RELATIVE.search(text, before[0].end, position)
        ):
            # "resolution 85/270, in which the Assembly, recalling its resolution 62/246,
            # requested ...": the recalled one is no subject; the clause is the earlier one's
            earlier = [x for x in r.instruments if x[0].end <= before[0].keyword_start and x[0].keyword_start != before[0].keyword_start]
            if earlier and _RELATIVE.search(text, earlier[-1][0].end, before[0].keyword_start):
                before = earlier[-1]
            elif earlier and earlier[-1][0].keyword_start == r.instruments[0][0].keyword_start and _INTRO_NAMES_THE_TEXT.match(
                text[: _kind_word_start(text, earlier[-1][0].keyword_start)]
            ) and (main := _MAIN_CLAUSE_AFTER.search(text, before[0].end, min(len(text), position + 30))) is not None and main.start() < position:
                # "In decision B.41/6, recalling decision B.39/8, by which it had set up X, the
                # Board decided ...": the sentence's own instrument, told at its head (E95)
                before = earlier[-1]
        if before:
            m, ref = before
            relative = _RELATIVE.search(text, m.end, position)
            if relative and (
                not _CLAUSE_CLOSED.search(text, relative.end(), position) and not _closed_at(text, relative.end(), position)
                # "the Council adopted resolution 73/12 on 7 April 2031, in which it reaffirmed ...,
                # took note ..., and requested ...": the main clause's verb said before the
                # instrument, its relative clause runs on through every verb after it (E140)
                or (
                    _OBJECT_OF_ADOPTED.search(text, max(0, _kind_word_start(text, m.keyword_start) - 90), _kind_word_start(text, m.keyword_start))
                    or _OBJECT_OF_A_PASSIVE_TELLING.search(text, max(0, _kind_word_start(text, m.keyword_start) - 90), _kind_word_start(text, m.keyword_start))
                )
                and ";" not in text[relative.end() : position]
            ):
                same = _nearest_of_list(text, [(y, x) for y, x in r.instruments if y.keyword_start == m.keyword_start])
                return _respectively(text, position, same)
            if relative and own is not None and own.kind == "decision" and p.part in ("preamble", "operative") and not p.draft:
                # "..., recalling its resolution 52/13, by which it established X, decided to
                # extend ... and requested X to ...": the decision's own words, past the clause.
                return [own]
        if before and _SET_OFF_BY_ITS.search(text, max(0, before[0].keyword_start - 40), before[0].keyword_start) and (
            _SET_OFF_CLOSED.match(text, before[0].end) or before[0].title_span is not None
        ):
            # "... and which, by its resolution 2028/19, entitled "...", the Council decided to
            # maintain as ...": the instrument set off by commas before the clause's verb acts
            return [ref for y, ref in r.instruments if y.keyword_start == before[0].keyword_start]
        if before and (set_off := self.issuer_set_off(r, before[0], before[1], position)):
            return set_off
        if before and ";" in text[: before[0].keyword_start] and joined_instrument_clauses.opens_own_clause(
            text, before[0].keyword_start, before[0].end, position
        ):
            # "...; on the same day, by resolution 69/12, the Assembly established ...": the clause
            # after the semicolon opens on its own instrument, whatever the sentence opened on (E182)
            return [ref for y, ref in r.instruments if y.keyword_start == before[0].keyword_start]
        same_inside = _SAME_INSIDE.search(_tail(text, position, 100))
        if same_inside and not before and same_inside["paragraph"] and (
            self.paragraph_cited_of is not None and self.paragraph_cited_of[0] == id(p)
        ):
            # "paragraph (b) of B.38/11. ... decision B.35/09 ... In paragraph (c) of the same
            # decision, the Board requests": the next paragraph of the one cited by its paragraph
            return [self.paragraph_cited_of[1]]
        if same_inside and not same_inside["paragraph"] and (before or self.last_instrument):
            # "Recalling its resolution 11/1, and noting that in the same resolution it endorsed"
            return [before[1]] if before else back_references.named_again(same_inside.group(0), self.last_instrument)
        if (
            not same_inside and not before and self.last_instrument and _COORDINATED_VERB.search(_tail(text, position, 30))
            and (opening := _SAME_OPENS_SENTENCE.match(text)) is not None and opening.end() <= position
            and not _clause_with_its_own_subject(text, position)
        ):
            # "By the same resolution the Committee asks X to ..., and calls upon Y to ...": the
            # back reference at the sentence's head speaks for the verb coordinated with the first
            return back_references.named_again(opening["back"], self.last_instrument)
        if p.part in ("preamble", "operative") and not p.draft and intro and not present and own not in intro and any(
            ref in intro and m.end <= position for m, ref in r.instruments
        ) and _SUBJECT_THEN_IN_ITS.match(text):
            # "The Board, in its decision 2029/EB.2/7, called for ...; in paragraph 4 of the same
            # decision, it asked the Office of Evaluation to ...": a decision's text telling, in the
            # past, what an earlier one did
            return intro
        if p.part in ("preamble", "operative") and not p.draft and intro and not present and own not in intro and any(
            ref in intro and m.end <= position for m, ref in r.instruments
        ) and _RECALLS_THAT_BY.match(text):
            # "Recalling also that, by the above-mentioned resolution EM/RC73/R.4, the Regional
            # Committee requested the Regional Director to ...": a preamble telling, in the past,
            # what the earlier instrument did
            return intro
        if p.part in ("preamble", "operative") and not p.draft and intro and not present and own not in intro and (
            _SAME.match(text) is not None and not any(m.start < position for m, _ in r.instruments)
        ):
            # "The Committee recalls that, by its decision 89/III, it had asked ... . In paragraph 2
            # of the same decision, the Committee called upon ...": the earlier decision, told in
            # the past inside the text of a later one
            return intro
        if own is not None and p.part == "operative" and not p.draft:
            if present or own.kind == "decision":
                return [own]
            return []
        if own is not None and p.part == "annex" and not p.draft and recommendation and own in self.endorsing:
            return [own]
        if p.part == "annex" and not p.draft and intro and not present and own not in intro and any(
            ref in intro and m.end <= position for m, ref in r.instruments
        ):
            # "In decision CP-11/3, the COP-MOP requested the Compliance Committee to ..." in a note
            # after a decision's annex: another decision, told in the past, says what it asked
            return intro
        if not present and (back := issuer_back_references.back_reference_before(text, position)) is not None and (
            before is None or before[0].end <= back.start()
        ):
            # "Noting that the above-mentioned resolution of the Executive Committee had invited
            # the Council to ...": the instrument named again, told in the past, in any part (the
            # instruments named earlier in the sentence are not the subject)
            told = self.named_again_of_issuer(r, back)
            if told:
                return told
        if own is not None and own.kind == "decision" and p.part == "preamble" and not p.draft and (
            _BODY_SUBJECT_BEFORE_VERB.match(text[:position]) is not None
        ):
            # "The Committee endorsed the recommendations of that meeting." in a decision told in
            # sentences ("The Regional Committee considered the report ..."), which reads as a
            # preamble: the body's act in the decision's own text is the decision's (E121)
            return [own]
        if p.part == "preamble" or p.part == "annex" or p.part == "title":
            return []
        if present and self.row_instruments is not None and r.sentence.start - p.start + position > self.row_instruments[1]:
            # "| Decision 11/101, para. 3 | Requests the secretariat to ... |": the row's instrument speaks
            return self.row_instruments[0]
        if carry in ([], self.last_instrument) and recommendation and present and own is None and _IS_OR_ARE_BEFORE.search(
            text, max(0, position - 24), position
        ) and self.account_goes_on(r, self.subject_before(r, position), position):
            # "In the decision, the Group ... set up a task team ...; the Statistics Division is
            # requested to support it": a request in the present passive, in the next sentence of
            # the account of the one instrument (no body's verb of its own in between)
            return list(self.last_instrument)
        if carry in ([], self.last_instrument) and recommendation and not present and own is None and _WAS_OR_WERE_BEFORE.search(
            text, max(0, position - 24), position
        ) and not r.instruments and len(self.last_instrument) == 1 and (told_before := _previous_sentence(r)) is not None and (
            _FURTHER_SUBJECT.match(told_before) is not None
            or (back := re.search(_BACK_REFERENCE, told_before, re.IGNORECASE)) is not None and self.last_instrument[0].kind in back.group(0).lower()
        ):
            # "The Assembly further requested the Secretary-General to .... The Director-General of
            # WHO and the World Health Assembly were invited to ...", "By that resolution, the
            # Assembly decided …. X was invited to …": the account of what the instrument did goes on
            # in the past passive in the paragraph's next sentence ("The Commission adopted resolution
            # 12/3. The Currents Committee was invited to comment." tells an adoption, no account)
            return list(self.last_instrument)
        if present and intro and not recommendation and self.issuer_speaks_after_opening(r, intro, position):
            # "In it, the Council invites X to ...", "By its resolution 2029/4, the Council urges X
            # to ...": the opening says which instrument's words the present tells (E132)
            return intro
        if present and carry and self.narrated is not None and carry == [self.narrated[0]] and not r.instruments and (
            _PART_OF_THE_TEXT_SPEAKS.fullmatch(text, 0, position)
        ):
            # "Operative paragraph 4 directs the Commission ...", "In Appendix C, the Assembly urges
            # ..." under "RESOLUTION A44-9: TITLE": a part of the resolution the section tells
            return carry
        if present and not (recommendation and intro and (
            self.intro_names_the_text(r)
            # ("Pursuant to resolution 77/12, the Secretary-General is required to report": no note
            # requires on its own what the instrument it opens on lays down, E192)
            or text.startswith("required", position)
        )):
            return self.instrument_as_present_subject(r, position)
        if intro and before and before[1] not in intro and joined_instrument_clauses.opens_own_clause(
            text, before[0].keyword_start, before[0].end, position
        ):
            # "By its resolution 31/4, the Council created ..., and by resolution 33/9 it
            # established ...": the second instrument's own clause
            return [ref for y, ref in r.instruments if y.keyword_start == before[0].keyword_start]
        if intro:
            first = min(m.start for m, ref in r.instruments if ref in intro) if r.instruments and any(
                ref in intro for _, ref in r.instruments
            ) else 0
            if position > first and not (
                first == 0 and _clause_with_its_own_subject(text, position)
                # ("Under that decision, an expert group ... is constituted ...; the group is to
                # report ...": a clause whose subject is the body the opening's instrument just
                # created goes on with its account, E145)
                and not self.born_of(self.subject_before(r, position), intro)
            ):
                # "In resolution 12/1, the Bureau is invited to ...": a note telling an
                # instrument's paragraph in its own passive present
                return intro
        if present:
            return []
        if before and not present and self.past_subject_of_first_verb(text, before[0].keyword_start, r.subject_end(*before), position):
            # "Resolution 2903 (2030), adopted ... on 18 December 2030, renewed the mandate of X ...
            # and requested the Committee to ...": the instrument is the subject of the clause's
            # first verb, whatever it is, and of the mandate verb coordinated with it (E136)
            return [ref for y, ref in r.instruments if y.keyword_start == before[0].keyword_start]
        if before and _past_subject_of_its_clause(text, before[0].keyword_start, r.subject_end(*before), position):
            # "He recalled that resolution 2518 (2020) had called upon host States ..., and that
            # Council resolution 2889 (2031), adopted on 30 September 2031, had requested the
            # Secretary-General ...": each clause's instrument is the subject of its own verb (E97)
            return [ref for y, ref in r.instruments if y.keyword_start == before[0].keyword_start]
        if before is None and self.last_instrument and (back := _SAME_AS_PAST_SUBJECT.match(text[:position])) is not None and back["which"].lower() != "the former":
            # "The same resolution requested the Advisory Group to ...": the instrument named last,
            # the subject of a verb told in the past (E103; in the present, `instrument_as_present_subject`)
            return back_references.named_again(back.group(0), self.last_instrument)
        if before is None and self.last_instrument and (bare := _THE_INSTRUMENT_AS_PAST_SUBJECT.match(text[:position])) is not None:
            # "The resolution further encouraged the Executive Directorate to ...": the kind word
            # alone for the one the text just told of, in the past as in the present (E136)
            return back_references.named_again(bare.group(0), self.last_instrument)
        if before is None and len(self.last_instrument) == 1 and _IT_AS_PAST_SUBJECT.match(text[:position]) and (
            (sentence_before := _previous_sentence(r)) is not None and _INSTRUMENT_OPENS_PAST.match(sentence_before)
        ):
            # "The decision recalled General Assembly resolution 65/151 ... It also endorsed the
            # recommendations ...": "It", the instrument the sentence before opened on as the
            # subject of a verb in the past (E149)
            return list(self.last_instrument)
        if before is None and not present and (trailing := self.trailing_own_instrument(r, position)):
            return trailing
        if before is None and self.last_instrument and (joined_to := self.same_as_subject_of_first_verb(text, position)) is not None:
            # "The same resolution also requested UNEP to ..., and invited WHO to ...": the second
            # verb of the clause has the first one's subject (E105)
            return back_references.named_again(joined_to, self.last_instrument)
        if carry and (_CARRY_SUBJECT.match(text) or self.named_subject_opens(r, position)):
            # (a body acting for a protocol is named at length: "The Conference of the Parties to
            # the Convention ... serving as the meeting of the Parties to the ... Protocol further
            # invited", E105)
            return carry
        if carry and self.narrated is not None and carry == [self.narrated[0]] and _NARRATION_GOES_ON.match(text):
            # "The Committee further determined that ..., and entrusted the secretariat with ...",
            # "The working group was asked to report ..." under the heading that recounts a decision
            return carry
        if not carry and len(self.last_instrument) == 1 and (
            not r.instruments
            # ("The Council also requested UNMISS, established by resolution 1996 (2011), to ...":
            # instruments that only say where an addressee comes from, E189)
            or all(described_bodies.describes_a_body(text, m.keyword_start) for m, _ in r.instruments)
        ) and (
            further := _FURTHER_SUBJECT.match(text) or self.named_subject_opens(r, position, further=True)
        ):
            # "2. The Council further requested OHCHR to ...": a new paragraph goes on telling of
            # the one instrument the paragraph before told of, when its subject is that issuer
            subject = next((r.bodies.get(b.start) for b in r.refs.bodies if b.start < further.end()), None)
            if subject is None or subject == self.last_instrument[0].issuer:
                return list(self.last_instrument)
        if not carry and not r.instruments and len(self.last_instrument) == 1 and (goes_on := _ISSUER_GOES_ON.match(text)) is not None and (
            (sentence_before := _previous_sentence(r)) is not None and _tells_of(sentence_before, self.last_instrument[0])
        ):
            # "The establishment of a working group ... was approved in paragraph 7 of that
            # resolution. The Assembly invited the group to ...": the next sentence of the paragraph,
            # its subject the issuer of the one instrument the sentence before told of (E106)
            subject = next((r.bodies.get(b.start) for b in r.refs.bodies if b.start < goes_on.end()), None)
            if subject == self.last_instrument[0].issuer:
                return list(self.last_instrument)
        return []

    @staticmethod
    def trailing_own_instrument(r: _Resolved, position: int) -> list[InstrumentRef]:
        """"The Economic and Social Council endorsed the recommendations ... in its resolution
        2030/14 of 24 July 2030": a body that opens the sentence, a verb in the past, and the
        instrument told after it in the same clause, "in its" / "by its", the body's own (E107)."""
        text = r.sentence.text
        opening = _ISSUER_OPENS.match(text)
        if opening is None:
            return []
        subject = next((b for b in r.refs.bodies if b.start == opening.end()), None)
        key = r.bodies.get(subject.start) if subject is not None else None
        verb = _PAST_VERB_NEXT.match(text, subject.end) if subject is not None else None
        if key is None or verb is None or verb.end() <= position:
            return []
        after = [
            (m, ref) for m, ref in r.instruments if m.keyword_start > position
            # ("encouraged the Panel and the Commission, established by the Human Rights Council in
            # its resolution 31/20, to ...": the addressee's origin, E189)
            and not described_bodies.describes_a_body(text, m.keyword_start)
        ]
        if not after or after[0][1].issuer != key:
            return []
        m = after[0][0]
        said_from = _kind_word_start(text, m.keyword_start)
        if _IN_ITS_BEFORE.search(text, max(0, said_from - 12), said_from) is None or _CLAUSE_BREAK.search(text, position, said_from):
            return []
        return [ref for y, ref in r.instruments if y.keyword_start == m.keyword_start]

    # ------------------------------------------------------------------ mandates

    @staticmethod
    def issuer_set_off(r: _Resolved, m: InstrumentMention, ref: InstrumentRef, position: int) -> list[InstrumentRef]:
        """"..., and the General Assembly, in resolution 80/5, invited ...": the instrument set off
        right after its issuer's name, which opens a clause whose verb stands at ``position``."""
        text = r.sentence.text
        set_off = _ISSUER_SET_OFF.search(text, max(0, m.keyword_start - 24), m.keyword_start)
        if set_off is None or set_off.end() != m.keyword_start or not _SET_OFF_THEN_VERB.fullmatch(text, m.end, position):
            return []
        subject = next((b for b in r.refs.bodies if b.end == set_off.start()), None)
        if subject is None or r.bodies.get(subject.start) != ref.issuer or not _ISSUER_CLAUSE_OPENS.search(text, 0, subject.start):
            return []
        return [x for y, x in r.instruments if y.keyword_start == m.keyword_start]

    def post_named_before(self, r: _Resolved, position: int) -> list[str]:
        """"In its resolution 83/7, entitled "Mandate of the Independent Expert on ...", the Council,
        recalling its resolution 32/2, by which it had established the mandate, ...": the mandate
        an establishing verb creates without saying whose is that of the post held by one person
        (a special rapporteur, an independent expert, a special representative or envoy) the
        sentence named last before the verb, when it named one only (E161)."""
        text = r.sentence.text
        named = [(b.start, r.bodies[b.start]) for b in r.refs.bodies if b.end <= position and b.start in r.bodies and _ONE_PERSON_POST.match(text, b.start, b.end)]
        for quoted in _QUOTED_MANDATE.finditer(text, 0, position):
            # (the quoted title of the instrument that renews it: "Mandate of the Independent Expert
            # on ...", which the sentence's references leave out as a title)
            named += [
                (quoted.start(1) + b.start, b.key) for b in self.matcher.find(quoted[1])
                if b.key is not None and _ONE_PERSON_POST.match(quoted[1], b.start, b.end)
            ]
        posts = list(dict.fromkeys(key for _, key in sorted(named)))
        return posts if len(posts) == 1 else []

    def addressees(self, r: _Resolved, start: int, limit: int = 140, stop: int | None = None) -> tuple[list[str], int]:
        """Bodies named right after a verb ("requested the Working Group ... and the ..."), and
        where the addressee part ends (at ``stop`` at the latest)."""
        text = r.sentence.text
        end_match = _ADDRESSEE_END.search(text, start)
        end = end_match.start() if end_match else len(text)
        if stop is not None:
            end = min(end, stop)
        chosen: list[str] = []
        last_end = start
        if (collective := collective_names.collective_at(text, start, self.collective_names, self.collectives)) is not None and collective[1] <= end:
            # "Requests the Advisory Bodies to ...", after "the Advisory Bodies (ICCROM, ICOMOS and
            # IUCN)": each member is requested (E139)
            chosen, last_end = list(collective[0]), collective[1]
        elif (counted := counted_back_references.counted_at(text, start)) is not None and counted[2] <= end:
            # "had requested the two working groups to hold ...": the bodies of that kind the
            # paragraph named before, as many as it says (E186)
            chosen, last_end = self.counted_named_before(r, start, counted[0], counted[1]), counted[2]
        subjunctive = False  # "requested that the Secretary-General ... provide": a clause's subjects
        for b in r.refs.bodies:
            if b.start < start or b.start >= end:
                continue
            if chosen and subjunctive and _SUBJUNCTIVE_VERB.match(text, last_end, b.start):
                break  # "... provide the Working Group with": the object of the clause's verb
            key = r.bodies.get(b.start)
            # Right after the verb, "to the" / "on the" belong to it ("calls on the", "its invitation to the").
            lead = text[start : b.start].strip()
            if stop is not None and lead.startswith("to "):
                lead = lead[3:].strip()  # "Assigns to the Bureau the task of": "to" is the verb's
            right_after = lead in ("", "the") or (
                # "created the mandate of the Special Representative ...": an establishing verb
                # creates the post whose mandate it creates
                lead.startswith("the ") and _MANDATE_OF_POST.fullmatch(lead) is not None
                and any(word in text[max(0, start - 30) : start].lower() for word in _ESTABLISHING_WORDS)
            )
            if key is not None and chosen and _TOGETHER_WITH.fullmatch(text, last_end, b.start) and _SET_OFF_THEN_TASK.match(text, b.end):
                # "asked the Committee, together with the secretariat, to map ...": both are asked (E138)
                chosen.append(key)
                last_end = b.end
                continue
            if key is None or not right_after and _NOT_ADDRESSEE.search(text[max(0, b.start - 12) : b.start]):
                continue
            if _THROUGH_CHANNEL.search(text[max(0, b.start - 20) : b.start]):
                continue  # "Instructs the Scientific Council, through its Sessional Committee, to": the channel
            if chosen and _IN_ITS_ROLE_AS.search(text[max(0, b.start - 40) : b.start]):
                continue  # "Requests UNCTAD, as the secretariat of the Commission, to": the role it acts in
            if not chosen:
                if b.start - start > limit:
                    break
                if _OBJECT_THEN_CLAUSE.match(text, start, b.start) and _VERB_AFTER_NAME.match(text, b.end):
                    # "…, in which the Commission requested a report, the Bureau met …": the verb's
                    # object was a thing, and the name after the comma opens the main clause with a
                    # verb of its own (E192; "a first instance, the United Nations Dispute Tribunal,
                    # and …" names the thing again)
                    break
            elif not _CONNECTS.match(text[last_end : b.start]) and b.start - last_end > 60:
                break
            if not chosen:
                subjunctive = _THAT_BEFORE_SUBJECTS.match(text, start, b.start) is not None
            chosen.append(key)
            last_end = b.end
        if chosen and end_match is not None and stop is None and end < len(text) and " and " in text[end:]:
            chosen += self.addressees_of_a_second_task(r, end)
        if end_match is not None and end == end_match.start() and (
            shared := _SHARED_TASK_AFTER_SECOND_VERB.match(text, end)
        ) is not None:
            # "Calls upon States parties ..., and encourages all other States, to strengthen ...":
            # the second verb's addressees set off by commas, the task after them both verbs'
            return chosen, shared.start("task")
        return chosen, end

    def counted_named_again(
        self, gatherings: list[tuple[GatheringMention, list[GatheringRef]]], counted: list[tuple[int, int, int, str]]
    ) -> list[tuple[GatheringMention, list[GatheringRef]]]:
        """``gatherings`` with "all three sessions", "both meetings" read as the gatherings of that
        word the last sentence naming any named, when it named that many (`rules.counted_gatherings`)."""
        added = list(gatherings)
        for start, end, count, word in counted:
            if any(g.start < end and start < g.end for g, _ in gatherings):
                continue  # "both the eleventh and twelfth sessions": the gatherings are named here
            named = [ref for ref in self.last_named_gatherings if ref.kind == word]
            if len(named) != count:
                continue
            mention = GatheringMention(start, end, [ref.ordinal for ref in named], gathering_kind(word), "the", False, body=named[0].body)
            added.append((mention, named))
        return sorted(added, key=lambda pair: pair[0].start)

    def counted_named_before(self, r: _Resolved, start: int, count: int, kind: str) -> list[str]:
        """The bodies of ``kind`` the paragraph named before ``start`` (`counted_back_references`):
        the scope's recent bodies, less those the sentence names only after ``start``."""
        before = {r.bodies[b.start] for b in r.refs.bodies if b.end <= start and b.start in r.bodies}
        after = {r.bodies[b.start] for b in r.refs.bodies if b.start >= start and b.start in r.bodies} - before
        named = [key for key in self.scope.recent if key not in after and key in self.registry]
        return counted_back_references.bodies_counted(kind, count, named, {k: self.registry.bodies[k].names for k in named})

    def addressees_of_a_second_task(self, r: _Resolved, task_start: int) -> list[str]:
        """"Requests the secretariat to convene ..., and the task force to prepare ...": the body
        right after ", and" with "to" and a verb right after it, in the same clause (no ";", no
        other mandate verb between), is asked too."""
        text = r.sentence.text
        clause_end = min((i for i in (text.find(";", task_start), text.find(":", task_start)) if i >= 0), default=len(text))
        found: list[str] = []
        # ("..., and the Executive Secretary and the secretariat to support it": several bodies
        # joined by "and" before the one task, each asked; `group` holds those named so far)
        group: list[str] = []
        group_end = -1
        for b in r.refs.bodies:
            if b.start <= task_start or b.start >= clause_end or b.start not in r.bodies:
                continue
            if group and _JOINED_ADDRESSEE.fullmatch(text, group_end, b.start):
                group.append(r.bodies[b.start])
            elif _AND_THEN_ADDRESSEE.search(text, max(task_start, b.start - 16), b.start):
                group = [r.bodies[b.start]]
            else:
                group = []
                continue
            group_end = b.end
            if not _OWN_TASK_AFTER.match(text, b.end):
                continue
            if mandate_verbs.MANDATE_VERB.search(text, task_start, b.start):
                break  # "..., and invites the Bureau to ...": another verb's addressee
            found += [key for key in group if key not in found]
            group = []
        return found

    # ------------------------------------------------------------------ bodies born in the text

    def established(
        self, r: _Resolved, verb_end: int, acting: list[InstrumentRef], named: list[str], speaking: bool
    ) -> list[str]:
        """The body an establishing verb creates. ``named``: the bodies the words after the
        verb were resolved to, which stand when the text reports an establishment ("In its
        decision 4/4, the Conference decided to establish an open-ended interim working
        group", in the section on that working group) and the body is the issuer's. A body
        described after the verb that the reference data does not know by that name is
        minted when the instrument itself speaks ("Decides to establish ...") or the body
        cannot be the one named (another issuer's)."""
        if new_bodies.names_an_event(r.sentence.text, verb_end):
            return []  # "Decides to convene an expert group meeting on ...": an event, no body
        described = new_bodies.described_after(r.sentence.text, verb_end)
        if described is None and not named:
            # "Item 41, "Report of the open-ended working group on X", is included pursuant to
            # resolution 86/241, by which the Assembly decided to establish that working group":
            # the body described before, named again by its kind (E169)
            described = new_bodies.named_again_by_kind(r.sentence.text, verb_end)
        if described is not None:
            # ", under the Commission, an open-ended working group": where the body is placed
            # is named before the body described, and is not the body established
            placed = {r.bodies.get(b.start) for b in r.refs.bodies if verb_end <= b.start < described.start}
            inside = {r.bodies.get(b.start) for b in r.refs.bodies if described.start <= b.start < described.end}
            named = [k for k in named if k not in placed or k in inside]
        if described is None:
            # ", together with X, a ...": X is the partner, never the body established
            if new_bodies.partner_aside(r.sentence.text, verb_end):
                return []
            members = _MEMBERS.search(r.sentence.text, verb_end)
            if members is not None:
                # "a task team ..., composed of Member States, the Cosponsors and ...": the
                # bodies after "composed of" are its members, not the body established
                before = {r.bodies[b.start] for b in r.refs.bodies if verb_end <= b.start < members.start() and b.start in r.bodies}
                return [k for k in named if k in before]
            return named
        return self.established_as(described, acting, named, speaking)

    def established_as(
        self, described: new_bodies.Described, acting: list[InstrumentRef], named: list[str], speaking: bool
    ) -> list[str]:
        if not acting or acting[0].issuer is None:
            return named
        for name in (described.name, described.core):
            known = self.matcher.by_name.get(" ".join(name.lower().split()))
            if known is not None:
                # "established the Mechanism ..., as well as the Implementation Review Group":
                # the first of the bodies named after the verb, and the others with it
                established = named if known in named else [known]
                if known in established:
                    self.adopt_known(described, known)
                return established
        if described.name[:1].isupper():
            # "by which the Council established the Committee on Women": the short name of a body
            # the reference data has (the author's own committee, though another body set it up)
            name = " ".join(described.name.lower().split())
            if name in self.matcher.shorts:
                short = self.scope.short(BodyMention(0, len(name), described.name, None, name))
                if short is not None:
                    return named if short in named else [short]
        issuer = acting[0].issuer
        if named and not speaking and all(self.registry.bodies[k].parent == issuer for k in named) and not (
            new_bodies.topic_none_names(described, [self.registry.bodies[k].names for k in named])
        ):
            return named
        if not described.specific:
            return named  # "an open-ended working group", nothing more: too little to name a body by
        return [self.mint(described, issuer)]

    def adopted_at_session_before_by(self, r: _Resolved, verb_end: int) -> None:
        """"decided to re-establish at its eighty-sixth session by resolution 86/312": the session
        named right after the verb, then "by" the instrument, adopted it (`adopted_at_gathering`
        keeps only its issuer's session that may adopt the number)."""
        text = r.sentence.text
        after = [(mm, ref) for mm, ref in r.instruments if mm.keyword_start >= verb_end]
        if not after:
            return
        mention, ref = after[0]
        for g, _ in r.gatherings:
            if verb_end < g.start and _AT_RIGHT_AFTER_VERB.fullmatch(text, verb_end, g.start) and (
                _BY_INSTRUMENT_AFTER_GATHERING.match(text[g.end : mention.keyword_start])
            ):
                self.adopted_at_gathering(r, ref, g.start, self.evidence(r.sentence, r.paragraph))
                return

    def established_by_instrument_after(self, r: _Resolved, verb_start: int, verb_end: int) -> bool:
        """"The Working Group ... was established by the Conference in its resolution 1/5",
        "The Working Group was established pursuant to resolution 5/3", "the expert group
        established in accordance with resolution 9/1": the instrument follows the verb, the
        body precedes it (or its name holds both)."""
        text = r.sentence.text
        after = [(mm, ref) for mm, ref in r.instruments if mm.keyword_start >= verb_end]
        if not after:
            return self.established_by_that_instrument(r, verb_start, verb_end)
        gap = text[verb_end : after[0][0].keyword_start]
        if _LATER_ACT_AFTER_AGENT.match(gap):
            return False  # "by the Assembly, which later, in resolution 70/262, reviewed its work" (E207)
        if not _BY_INSTRUMENT.match(gap) and not _BRACKETED_AFTER.match(gap) and not (
            mandate_verbs.passive_auxiliary(_tail(text, verb_start)) and _ESTABLISHED_WHEN_BY.match(gap)
        ):
            return self.established_object_by_instrument(r, verb_start, verb_end, after[0][0])
        first = after[0][0]
        acting = [ref for mm, ref in r.instruments if mm.keyword_start == first.keyword_start]
        # "... by the Commission on Narcotic Drugs in its resolution 52/13 and by the Commission
        # on Crime Prevention and Criminal Justice in its resolution 18/3": two establish it.
        previous = first
        for mm, ref in after:
            if mm.keyword_start > previous.keyword_start and _AND_BY_INSTRUMENT.match(text[previous.end : mm.keyword_start]):
                acting.append(ref)
                previous = mm
        holder = [b for b in r.refs.bodies if b.start < verb_start < b.end and b.start in r.bodies]
        passive = mandate_verbs.passive_auxiliary(_tail(text, verb_start))
        opening = r.refs.bodies[0] if r.refs.bodies and r.refs.bodies[0].start in r.bodies else None
        relative_object = False  # the body is the object of a relative clause whose subject acted
        if holder:
            targets = [r.bodies[holder[0].start]]
        elif opening is not None and passive_subjects.opens_appositive_before(text, opening.start, opening.end, verb_start):
            # "The Committee, a standing committee of the Council established by the Council in
            # its resolution 3 (II), considers ...": the body the sentence opens with
            targets = [r.bodies[opening.start]]
        elif (
            (which := _WHICH_SUBJECT.search(text, max(0, verb_start - 120), verb_start)) is not None
            and (described := new_bodies.described_before(text, which.start() + 1, participle=True)) is not None
            and (described.proper or described.specific and "whose" in which.group(0))
        ):
            # "its Working Group on Indigenous Languages, which the Council created by its
            # resolution 2026/12": the body named before the relative clause is its object
            targets = self.established_as(described, acting, [], False)
            relative_object = True
        elif (
            (which := _WHICH_SUBJECT.search(text, max(0, verb_start - 120), verb_start)) is not None
            and (antecedent := [
                b for b in r.refs.bodies
                # (not a kind word alone: "The Task Force, which the Meeting set up by decision V/3"
                # may be a task force the reference data does not know)
                if b.start in r.bodies and b.end == which.start() and " ".join(b.text.lower().split()) not in new_bodies.KINDS
            ])
        ):
            # "the Ocean Data Coordination Office, which the Assembly created by resolution 71/12":
            # a body the reference data knows, of a kind no description names (an office, a
            # directorate), right before the relative clause (E136)
            targets = [r.bodies[antecedent[-1].start]]
            relative_object = True
        elif passive and (which := _WHICH_PASSIVE.search(text, max(0, verb_start - 40), verb_start)) is not None and (
            antecedent_bodies := self.antecedent_of_passive_which(r, acting, which.start())
        ):
            # "The Human Rights Council, which was established by General Assembly resolution
            # 60/251, ...": the name before the relative clause, another body's instrument set it up
            targets = antecedent_bodies
            relative_object = True
        elif passive or _ADJACENT_SUBJECT.match(
            text[max([b.end for b in r.refs.bodies if b.end <= verb_start] or [0]) : verb_start].strip(" ,")
        ) or _COMMA_THEN_WHEN.fullmatch(text, max([b.end for b in r.refs.bodies if b.end <= verb_start] or [0]), verb_start):
            described = new_bodies.described_before(text, verb_start) if passive else None
            if described is not None and described.specific and not any(
                # "The Permanent Forum was established by ...": a name whose kind is a name the reference
                # data knows ("Forum", its short name), a word or two before it, is that body named
                # short (not a body the description's topic names: "a working group on ... the United
                # Nations Office on Drugs and Crime")
                b.start in r.bodies and (
                    b.start <= described.start and described.end <= b.end
                    or b.end == described.end and b.start - described.start == described.name.lower().rfind(described.kind)
                )
                for b in r.refs.bodies
            ):
                # "The standing open-ended working group on ... was established by ...": the body
                # described in full before the verb, known by that name or else born here (a
                # known body's shorter alias inside the description, "expert group", is not it).
                targets = self.established_as(described, acting, [], False)
            else:
                targets = self.subject_before(r, verb_start)
                # "The Human Rights Council, established by General Assembly resolution 60/251,
                # ...": a participle set off by a comma right after a name describes that body
                # ("The Group of Experts, first established pursuant to resolution 1533 (2004), ...":
                # with "first", "originally" or "initially" before the participle)
                relative_object = not passive and _COMMA_THEN_WHEN.fullmatch(
                    text, max([b.end for b in r.refs.bodies if b.end <= verb_start] or [0]), verb_start
                ) is not None
            if targets:
                # "the Agency and the Commission were established by ...": both names
                targets = [k for k in self.joined_subject_before(r, verb_start) if k not in targets] + targets
        elif (
            (described := new_bodies.described_before(text, verb_start, participle=True)) is not None
            or _PASSIVE_ONLY.match(text, verb_end)
            and (described := new_bodies.described_before(text, verb_start, reduced=True)) is not None
        ) and (described.proper or described.specific and _COMMA_PARTICIPLE.match(text, described.end, verb_start)):
            # (in lower case with its topic, "the open-ended scientific group on mercury monitoring,
            # established by decision MC-5/4,": set off by a comma, the participle describes it too)
            # "its Working Group on Communications, established by the Council in its resolution
            # 1983/27", "the Intergovernmental Negotiating Body established under decision
            # SSA2(5)": a body named in capitals before the participle
            targets = self.established_as(described, acting, [], False)
        else:
            return False
        issuers = {ref.issuer for ref in acting}
        # "The Committee of Experts was established by the Council in its resolution 2011/24": a
        # body that adopts instruments of its own, set up by another body's instrument; never
        # the body whose instrument it is
        # "The Open-ended Working Group on Ageing, which the General Assembly established by
        # paragraph 28 of its resolution 65/182": the relative clause's subject, another body, set
        # it up, though it numbers decisions of its own
        targets = [
            k for k in targets
            if not self.registry.bodies[k].issues_instruments
            or (passive and _opens_with_passive_subject(text, verb_start) or relative_object) and k not in issuers
        ]
        self.add_mandates(r, acting, "establishes", targets, None)
        if targets:
            self.elided_second_establishment(r, previous, [ref for _, ref in after])
        return bool(targets)

    def established_by_that_instrument(self, r: _Resolved, verb_start: int, verb_end: int) -> bool:
        """"The Board of Trustees was created by that resolution as well", "The Bureau was set up
        under the same decision, too": the passive subject, the instrument named last (of the
        kind the back-reference says) set it up (E158). The passive alone: "the Council created
        by that resolution" has no subject before the verb."""
        text = r.sentence.text
        same = _IN_THE_SAME.match(text, verb_end)
        if same is None or not self.last_instrument and not any(mm.end <= verb_start for mm, _ in r.instruments):
            return False
        set_off = None
        described = None
        if not mandate_verbs.passive_auxiliary(_tail(text, verb_start)):
            # "The Panel of Experts on the Central African Republic, established under paragraph 59
            # of that resolution, assisted it": a participle set off right after the body (E163)
            set_off = next((
                b for b in reversed(r.refs.bodies)
                if b.end <= verb_start and b.start in r.bodies and (
                    _SET_OFF_PARTICIPLE_GAP.fullmatch(text, b.end, verb_start)
                    # "a briefing to the Panel of Experts established by the same resolution": the
                    # participle right after a body that is a preposition's object (no subject whose
                    # active verb it could be, E176)
                    or text[b.end : verb_start].isspace() and _OBJECT_OF_PREPOSITION.search(text, max(0, b.start - 12), b.start) is not None
                )
            ), None)
            if set_off is None:
                # "The Open-ended Working Group on Ageing, created by the same resolution, met ...":
                # a body named in full (known by that name or born here) right before the comma or
                # bracket, as `established_by_instrument_after` reads it before a numbered
                # instrument (E168)
                described = new_bodies.described_before(text, verb_start, participle=True)
                if described is None or not (described.proper and _COMMA_PARTICIPLE.match(text, described.end, verb_start)):
                    return False
        named_before = [ref for mm, ref in r.instruments if mm.end <= verb_start]
        acting = back_references.named_again(same.group(0), named_before or self.last_instrument)
        if not named_before and (
            _AS_WELL_AFTER.match(text, same.end()) or re.search(r"\balso\s+$", text[max(0, verb_start - 12) : verb_start])
        ):
            # "... was created by that resolution as well": the instrument that set up what the text
            # told of before (the Fund of "The Fund was established by resolution 36/151"), though
            # another was named since ("resolution 72/163 ... recalling resolution 36/151")
            founders = list(dict.fromkeys(
                f.subject for f in self.facts if f.relation == "establishes" and isinstance(f.subject, InstrumentRef)
            ))
            acting = back_references.named_again(same.group(0), founders) if founders else acting
        issuers = {ref.issuer for ref in acting}
        if described is not None:
            targets = [k for k in self.established_as(described, acting, [], False) if not self.registry.bodies[k].issues_instruments]
            if acting and targets:
                self.add_mandates(r, acting, "establishes", targets, None)
            return bool(acting and targets)
        targets = [
            k for k in ([self.namesake_under_parent_named(r, set_off)] if set_off is not None else self.coordinated_passive_subject(r, verb_start) or self.subject_before(r, verb_start))
            if k not in issuers and (not self.registry.bodies[k].issues_instruments or _opens_with_passive_subject(text, verb_start))
        ]
        if not acting or not targets:
            return False
        self.add_mandates(r, acting, "establishes", targets, None)
        return True

    def namesake_under_parent_named(self, r: _Resolved, mention: BodyMention) -> str:
        """The body a name several bodies bear stands for ("the Panel of Experts", the alias of two
        committees' panels): the one whose parent the sentence names ("the Committee established
        pursuant to resolution 2140 (2014), and … the Panel of Experts established by the same
        resolution", E176), else the body the mention was resolved to."""
        key = r.bodies[mention.start]
        said = " ".join(mention.text.lower().split())
        named = set(r.bodies.values())
        namesakes = [b.key for b in self.registry if said in (n.lower() for n in b.names) and b.parent in named]
        return namesakes[0] if len(namesakes) == 1 else key

    def elided_second_establishment(self, r: _Resolved, first: InstrumentMention, instruments: list[InstrumentRef]) -> None:
        """"the Committee on Water Resources, which the Commission set up in resolution 195 (XVII),
        and the Committee on Energy, in resolution 204 (XVIII).": the known body after ", and", set
        up by the instrument after it, the verb left out (E158)."""
        text = r.sentence.text
        if " and " not in text[first.end : first.end + 12] and "as well as" not in text[first.end : first.end + 20]:
            return
        second = next(((mm, ref) for mm, ref in r.instruments if mm.keyword_start > first.end), None)
        if second is None or second[1] in instruments[:1]:
            return
        body = next((b for b in r.refs.bodies if first.end < b.start < second[0].keyword_start and b.start in r.bodies), None)
        if body is None or not joined_instrument_clauses.second_body_elided(
            text, first.end, body.start, body.end, _kind_word_start(text, second[0].keyword_start), second[0].end
        ):
            return
        key = r.bodies[body.start]
        if key != second[1].issuer:
            self.add_mandates(r, [second[1]], "establishes", [key], None)

    def antecedent_of_passive_which(self, r: _Resolved, acting: list[InstrumentRef], which_start: int) -> list[str]:
        """The body a passive relative clause (", which was established by ...") hangs on: the
        known body whose name (or bracketed short name) ends at the comma, else a body described
        in full there ("The Working Group on Coastal Fisheries, which was ..."), born here."""
        text = r.sentence.text
        known = [
            b for b in r.refs.bodies
            if b.start in r.bodies and b.end <= which_start and _ADJACENT_SUBJECT.match(text[b.end : which_start])
        ]
        if known:
            return [r.bodies[known[-1].start]]
        # ("The Coastal Fisheries Board (CFB), which was ...": its acronym between name and comma)
        acronym = _ACRONYM_BEFORE_COMMA.search(text, 0, which_start)
        name_end = acronym.start() if acronym is not None else which_start
        described = new_bodies.described_before(text[:name_end] + ",", name_end + 1, participle=True)
        if described is None or not (described.proper or described.specific):
            return []
        return self.established_as(described, acting, [], False)

    def established_object_by_instrument(self, r: _Resolved, verb_start: int, verb_end: int, first: InstrumentMention) -> bool:
        """"The Committee established its working group on early warning by decision 2 (108)",
        "The Commission established the Working Group ... by its resolution 12/1": the active
        verb, the body established as its object, the instrument after it."""
        text = r.sentence.text
        by = _OBJECT_THEN_BY.match(text, verb_end, first.keyword_start)
        if by is None or mandate_verbs.passive_auxiliary(_tail(text, verb_start)):
            return False
        acting = [ref for mm, ref in r.instruments if mm.keyword_start == first.keyword_start]
        named = [r.bodies[b.start] for b in r.refs.bodies if verb_end <= b.start < by.start("by") and b.start in r.bodies]
        # the object ends where "by its resolution" begins
        described = new_bodies.described_after(text[: by.start("by")], verb_end)
        found = self.established_as(described, acting, named, False) if described is not None else named
        # ("The General Assembly established the Human Rights Council by resolution 60/251": a body
        # of instruments of its own, set up by another's; never the issuer itself)
        issuers = {ref.issuer for ref in acting}
        targets = [k for k in found if not self.registry.bodies[k].issues_instruments or k not in issuers]
        if not targets:
            return False
        self.add_mandates(r, acting, "establishes", targets, None)
        return True

    def establishment_by_instrument(self, r: _Resolved) -> None:
        """"Since its establishment by resolution 12/1, the Working Group has met ...",
        "Following the establishment of the Working Group ... by resolution 12/1": the noun,
        with the instrument that did it after "by"; the body is the one named in the "of"
        phrase, else the clause's subject (named before "its", else right after the phrase)."""
        text = r.sentence.text
        named = [b for b in r.refs.bodies if b.start in r.bodies]
        for mention, ref in r.instruments:
            m = _ESTABLISHMENT_BY.search(text, max(0, mention.keyword_start - 220), mention.keyword_start)
            if m is None:
                continue
            if m["of"] is not None:
                targets = [r.bodies[b.start] for b in named if m.start("of") <= b.start < m.end("of")]
            else:
                before = [b for b in named if b.end <= m.start()]
                after = [b for b in named if b.start >= mention.end and _THEN_SUBJECT.match(text, mention.end, b.start)]
                targets = [r.bodies[before[-1].start]] if before else [r.bodies[after[0].start]] if after else []
            targets = [k for k in targets if not self.registry.bodies[k].issues_instruments]
            if targets:
                self.add_mandates(r, [ref], "establishes", targets, None)

    def adopted_at_the_previous_by_number(self, r: _Resolved, found: list[previous_gatherings.Previous]) -> None:
        """"the Board's decision at its previous meeting (decision B.40/23)": the instrument was
        adopted at the gathering its number carries, when that is the issuer's kind of gathering
        and (where the document says which gathering it is at) the one before it."""
        text = r.sentence.text
        for previous in found:
            for mention, ref in r.instruments:
                if not previous_gatherings.speaks_of(text, previous, _kind_word_start(text, mention.keyword_start), mention.end):
                    continue
                if ref.issuer is None or not (ref.session.isdigit() and 0 < int(ref.session) < 1900):
                    continue
                body = self.registry.bodies.get(ref.issuer)
                if body is None or body.gathering_term != previous.term:
                    continue
                owners = {
                    r.bodies.get(b.start) for b in r.refs.bodies
                    if b.end <= previous.start and previous.start - b.end <= 30 and text[b.end : b.end + 2] in ("'s", "’s")
                }
                if owners and ref.issuer not in owners:
                    continue  # "the Committee's decision at its previous meeting": "its" is that body's
                at = GatheringRef(ref.issuer, body.gathering_term, int(ref.session))
                current = {g.ordinal for g, *_ in self.masthead.gatherings if g.body == ref.issuer}
                current |= {g.ordinal for g, *_ in self.overview_adoptions if g.body == ref.issuer}
                if self.report_session is not None and self.report_session.body == ref.issuer:
                    current.add(self.report_session.ordinal)
                if current and at.ordinal + 1 not in current:
                    continue  # "previous" counts back from the gathering the document is at
                self.add(ref, "adoptedAt", at, self.evidence(r.sentence, r.paragraph))

    def nominal_establishments(
        self, r: _Resolved, own: InstrumentRef | None, intro: list[InstrumentRef], carry: list[InstrumentRef],
        found: list[nominal_establishments.NominalEstablishment],
    ) -> None:
        """"The establishment of a standing working group on ... was approved by decision 11/3",
        "Under decision B.41/4, the establishment of a task force ... was approved", "... was
        approved in paragraph 7 of that resolution": the instrument named after the verb, else the
        one the sentence opens on, creates the body described after the noun; "a standing ..."
        is made a constant element by it. Later mentions ("the task force") mean the new body."""
        text = r.sentence.text
        for act in found:
            after = [mm for mm, _ in r.instruments if nominal_establishments.named_after_verb(text, act.verb_end, mm.keyword_start)]
            if after:
                acting = [ref for mm, ref in r.instruments if mm.keyword_start == after[0].keyword_start]
            elif (that := nominal_establishments.that_instrument_after(text, act.verb_end)) is not None and self.last_instrument:
                acting = back_references.named_again(that.group(0), self.last_instrument)
            elif any(mm.end <= act.noun_start for mm, _ in r.instruments):
                acting = self.acting(r, act.verb_start, own, intro, carry, False)
            else:
                continue
            if not acting:
                continue
            born_before = len(self.born)
            named = [r.bodies[b.start] for b in r.refs.bodies if b.start in r.bodies and act.noun_end <= b.start < act.verb_start]
            targets = self.established(r, act.noun_end, acting, named, False)
            self.add_mandates(r, acting, "establishes", targets, None)
            if act.standing and targets:
                ev = self.evidence(r.sentence, r.paragraph)
                for instrument in acting:
                    for key in targets:
                        if key != instrument.issuer:
                            self.add(instrument, "makesConstantElement", BodyRef(key), ev)
            if len(self.born) != born_before:
                # ", which also requested the working group to ...": the body just created
                self.mention_born(r)

    def tasked_by_instrument_after(self, r: _Resolved, verb: re.Match[str]) -> bool:
        """"UNODC was requested, in resolution 10/4, to continue ...", "States parties were
        urged by the Conference in its resolution 8/1 to ...": a passive mandate whose
        instrument follows the verb."""
        text = r.sentence.text
        if not mandate_verbs.passive_auxiliary(_tail(text, verb.start())):
            return False
        after = [(mm, ref) for mm, ref in r.instruments if mm.keyword_start >= verb.end()]
        same = _IN_THE_SAME.match(text, verb.end()) if not after else None
        named_before = [ref for mm, ref in r.instruments if mm.end <= verb.start()]
        if same is not None and (named_before or self.last_instrument):
            # "The Director-General was further entrusted, in the same decision, with convening
            # ...": the instrument the text named last (in this sentence, before the verb: "... was
            # created by resolution 1718 (2006) and was tasked in paragraph 12 of that resolution")
            acting = back_references.named_again(same.group(0), named_before or self.last_instrument)
            end = same.end()
        elif not after or not _BY_INSTRUMENT.match(text[verb.end() : after[0][0].keyword_start]):
            return False
        else:
            first = after[0][0]
            acting = [ref for mm, ref in r.instruments if mm.keyword_start == first.keyword_start]
            end = first.end
        # "The Committee is tasked by the General Assembly, in resolution 85/176, with": a body
        # that issues instruments of its own may be tasked by another's (not by its own)
        issuers = {ref.issuer for ref in acting}
        targets = [
            k for k in self.coordinated_passive_subject(r, verb.start()) or self.subject_before(r, verb.start())
            if k not in issuers and (not self.registry.bodies[k].issues_instruments or _BY_ANOTHER.match(text, verb.end()))
        ]
        task = re.compile(r"\s*,?\s+(?:to|with)\s+(?=[a-z])").match(text, end)
        self.add_mandates(r, acting, mandate_verbs.relation_of(verb["verb"]), targets, task.start() + 1 if task else None)
        return bool(targets)

    def coordinated_passive_subject(self, r: _Resolved, verb_start: int) -> list[str]:
        """"The Committee was created by resolution 1718 (2006), which the Council adopted on ...,
        and was tasked in ...": the body opening the sentence as the subject of a passive verb is
        the subject of the passive verb coordinated with it by "and was" (another body named in
        between, in a clause of its own, is not)."""
        text = r.sentence.text
        if " and " not in text[max(0, verb_start - 40) : verb_start] or not _AND_PASSIVE_BEFORE.search(text, max(0, verb_start - 40), verb_start):
            return []
        opening = r.refs.bodies[0] if r.refs.bodies else None
        if opening is None or opening.start not in r.bodies or not _ISSUER_OPENS.fullmatch(text, 0, opening.start):
            return []
        if _PASSIVE_AFTER_SUBJECT.match(text, opening.end) is None:
            return []
        return [r.bodies[opening.start]]

    def defined_bodies(self, r: _Resolved, own: InstrumentRef) -> None:
        """"Requests the Secretary-General to create ... a group of up to five experts (“Panel of
        Experts”)": the text names a body it describes; its later mentions ("Requests the Panel
        of Experts to provide ...") mean it. Who creates it the sentence's verb says, if anything."""
        for described in new_bodies.defined_terms(r.sentence.text):
            said = " ".join(described.name.lower().split())
            known = self.matcher.by_name.get(said)
            # A known body's whole name is that body; a name the reference data gives another
            # body only as one of its other names ("Panel of Experts" for a sanctions committee's
            # panel) is a generic name this text gives the body it describes.
            if known is None or not _whole_name_of(self.registry.bodies.get(known), said):
                self.mint(described, own.issuer)

    def subsidiary_named_by_its_parent(self, text: str, refs: SentenceRefs, bodies: dict[int, str]) -> bool:
        """"The Forum welcomes the work of its Working Group on Indigenous Languages, which held its
        ninth meeting in New York": a body in capitals (a kind and what it is on or for) that the
        reference data does not know, named as the possession of the known body the clause names
        before "its", is that body's subsidiary, learnt as a body the text created is (E208). Not a
        known name, nor one inside a known body's mention, nor a kind alone ("its Working Group"), nor
        in a sentence telling a creation (whose rules mint the body under its creator). "The Forum's
        Working Group on X" is read so too, its owner the body the possessive mark closes (E215)."""
        learnt = False
        if any(word in text for word in _ESTABLISHING_WORDS):
            return False  # "its Working Group on X, which the Council created by …": the creation's rules mint it
        told: list[tuple[int, new_bodies.Described | None]] = [(m.start(), new_bodies.described_after(text, m.start())) for m in _its_subsidiaries(text)]
        marks: set[int] = set()
        for m in _NAME_POSSESSIVE_SUBSIDIARY.finditer(text) if "’" in text or "'" in text else ():
            # "the Commission's Expert Group on X": read as "its Expert Group on X" would be, the
            # owner the body whose mention the mark closes (no other body between)
            shifted = new_bodies.described_after(text[: m.end()] + " its" + text[m.end() :], m.end())
            described = dataclasses.replace(shifted, start=shifted.start - 4, end=shifted.end - 4) if shifted is not None else None
            told.append((m.start() + (1 if text[m.start()] == "s" else 0), described))
            marks.add(told[-1][0])
        for anchor, described in told:
            if described is None or not described.proper or " on " not in described.name and " for " not in described.name:
                continue
            if self.matcher.by_name.get(" ".join(described.name.lower().split())) is not None:
                continue
            if any(b.start < described.end and described.start < b.end and b.start in bodies for b in refs.bodies):
                continue
            owners = [b for b in refs.bodies if b.end <= anchor and b.start in bodies and ";" not in text[b.end : anchor]]
            if anchor in marks and owners and owners[-1].end != anchor:
                continue  # "the Alliance's Task Force on X" after the Commission: not the Commission's
            if not owners or self.registry.bodies.get(bodies[owners[-1].start]) is None:
                continue
            key = self.mint(described, bodies[owners[-1].start])
            held = _WHICH_HOLDS_ITS.match(text, described.end)
            if held is not None and self.born[key].gathering_term != held["word"].lower():
                # "its Working Group on X, which held its third session": the clause says what it holds
                self.born[key] = self.registry.bodies[key] = dataclasses.replace(self.born[key], gathering_term=gathering_kind(held["word"].lower()))
            learnt = True
        return learnt

    def mint(self, described: new_bodies.Described, issuer: str) -> str:
        key = born_body_key(issuer, described.core)
        if key not in self.born:
            # "the Sub-Committee on Water Scarcity of the Committee on Agriculture": its name, and
            # the known body it hangs under (E199)
            under = new_bodies.name_under_a_known_body(described.name, self.matcher.by_name)
            body = Body(
                key=key,
                name=under[0] if under else described.name,
                aliases=(described.name,) if under else (),
                parent=under[1] if under else issuer,
                gathering_term=(
                    new_bodies.gathering_word(self.cleaned.text, described.kind)
                    if described.kind in new_bodies.MEETING_KINDS
                    else new_bodies.said_to_gather(self.cleaned.text, described.kind)
                    # "to convene the first meeting of the advisory committee"
                    or new_bodies.convened_first(self.cleaned.text, described.kind)
                ),
            )
            self.born[key] = body
            self.born_words[key] = (described.kind, described.core, described.name)
            term = new_bodies.defined_short_term(self.cleaned.text, described.name)
            if term is not None and term.lower() != described.kind:
                self.born_terms[key] = term  # "(hereinafter “the data group”)"
            acronym = new_bodies.defined_acronym(self.cleaned.text, described.name)
            if acronym is not None:
                self.born_acronyms[key] = acronym  # "(UNITAMS)", "(IHP-WINS)"
            # Later sentences resolve its mentions and meetings through the registry: a copy
            # for this document, so that other documents do not see it unless they create it.
            self.registry = BodyRegistry({**self.registry.bodies, key: body}, self.registry.graph)
            self.scope.registry = self.registry
            self.scope.born.add(key)
        # named here: "The Group held its second session" in a later sentence is this body (E190)
        self.scope.named_at[self.scope.position + described.start] = (self.scope.position + described.end, key, False)
        if key in self.born_here:
            self.born_here.remove(key)
        self.born_here.append(key)
        if self.reported is None and self.masthead.report_of_unknown is not None:
            written, ordinal, term, _ = self.masthead.report_of_unknown
            said = " ".join(written.lower().split())
            if self.born[key].gathering_term and (said.endswith(described.name.lower()) or said.endswith(described.core.lower())):
                # the title says what the body holds: "on its second session"
                self.born[key] = self.registry.bodies[key] = dataclasses.replace(self.born[key], gathering_term=term)
                # "Report of the open-ended ... working group on ... on its second session": the
                # document reports a session of the body just created; the sessions the text
                # names without a body from now on are that body's.
                self.reported = GatheringRef(key, term, ordinal)
                self.report_session = self.report_session or self.reported
        return key

    def adopt_known(self, described: new_bodies.Described, key: str) -> None:
        """"decided to establish the open-ended intergovernmental working group on X. The working
        group held its first session ...": a body the reference data knows (a user's file may
        describe the body a text creates), described and established here, is named again as a
        body born here is ("the working group", "the Group", its name in capitals), before any
        older body of its kind (E187). Its reference body is kept as it is."""
        if key not in self.born:
            self.adopted.add(key)
            self.born[key] = self.registry.bodies[key]
            self.born_words[key] = (described.kind, described.core, described.name)
            self.scope.born.add(key)
            # a copy for this document, as `mint` makes: what the text says it holds ("The Working
            # Group on X, set up pursuant to resolution 11/2, held its first session") is learnt in
            # the document's copy (`resolve_gatherings`), never in the registry other documents read
            self.registry = BodyRegistry(dict(self.registry.bodies), self.registry.graph)
            self.scope.registry = self.registry
        self.scope.named_at[self.scope.position + described.start] = (self.scope.position + described.end, key, False)
        if key in self.born_here:
            self.born_here.remove(key)
        self.born_here.append(key)

    def established_by_the_relatives_instrument(self, r: _Resolved, m: re.Match[str]) -> bool:
        """"The Committee on Coastal Data, which resolution 11/2 created, met twice": the body right
        before ", which" is the one the instrument, the relative clause's subject, established (E227)."""
        text = r.sentence.text
        which = _WHICH_INSTRUMENT_BEFORE_VERB.search(text, max(0, m.start() - 120), m.start())
        if which is None:
            return False
        antecedent = [r.bodies[b.start] for b in r.refs.bodies if b.start in r.bodies and b.end == which.start()]
        named = [ref for mm, ref in r.instruments if which.start() < mm.keyword_start and mm.end <= m.start()]
        if not antecedent or len(named) != 1:
            return False
        self.add_mandates(r, named, "establishes", antecedent[-1:], None)
        return True

    def asked_in_a_relative_clause(self, r: _Resolved, m: re.Match[str], relation: str, which: re.Match[str]) -> bool:
        """"The Bureau of the Conference, which the Conference had asked in the same decision to
        appoint the chair of the group, appointed ...", "the Council, which the Assembly, in
        resolution 78/5, had invited to review ...": the body right before ", which" is asked, by
        the instrument the relative clause names (or names back: "the same decision"). Whether the
        mandate was laid, and by what, is said in the clause: none when it names no instrument."""
        text = r.sentence.text
        if " not " in text[which.start() : m.start()]:
            return False
        antecedent = [r.bodies[b.start] for b in r.refs.bodies if b.start in r.bodies and b.end == which.start()]
        subject = [b for b in r.refs.bodies if b.start in r.bodies and which.start("clause") <= b.start < which.end("clause")]
        if not antecedent or not subject:
            return False
        after = _IN_INSTRUMENT_THEN_TO.match(text, m.end())
        if after is None and _TO_VERB_AFTER.match(text, m.end()) is None:
            return False
        end = after.end() if after is not None else m.end()
        named = [ref for mm, ref in r.instruments if which.start() < mm.keyword_start < end]
        if not named:
            clause = text[which.start("clause") : after.end("where") if after is not None else m.start()]
            back = re.search(_BACK_REFERENCE, clause, re.IGNORECASE)
            if back is None or not self.last_instrument:
                return False
            named = back_references.named_again(back.group(0), self.last_instrument)
        issuers = {r.bodies[b.start] for b in subject}
        named = [ref for ref in named if ref.issuer is None or ref.issuer in issuers]
        if not named:
            return False
        self.add_mandates(r, named, relation, antecedent[-1:], end - 1 if after is not None else m.end() + 1)
        return True

    def heading_names_born(self, text: str, refs: SentenceRefs, bodies: dict[int, str]) -> None:
        """"Expert group on forward-looking measures" as a section's heading, after the text created
        that group and then another expert group: "The expert group" of the section is the one its
        heading names, not the latest created (E196). A heading that is a body's whole name, the
        body born in the text, makes it the latest named of its kind in the part being read."""
        whole = text.rstrip(" .:;")
        named = [
            bodies[b.start] for b in refs.bodies
            # (after the heading's letter or number: "B. Expert group on ...")
            if b.start in bodies and b.end >= len(whole) and _HEADING_OPENS_ON_A_NAME.fullmatch(text, 0, b.start)
        ]
        if len(named) != 1 or named[0] not in self.born:
            return
        if named[0] in self.born_here:
            self.born_here.remove(named[0])
        self.born_here.append(named[0])

    def wholly_names(self, p: Paragraph, key: str | None) -> bool:
        """Whether the paragraph's whole text is a name of the body ``key``."""
        length = len(p.text.rstrip())
        return key is not None and any(
            b.key == key and b.start == 0 and b.end == length for b in self.paragraph_bodies.get(id(p), ())
        )

    def voice_of_heading(self, heading: Paragraph) -> str | None:
        """The office in whose voice the text under ``heading`` speaks: the one a heading such as
        "Report of the Secretary-General" names; another writer's heading ("Letter dated ... from
        the Permanent Representative of ...") or an annex's ends the voice; any other heading
        keeps it."""
        at = own_voice.writer_named_at(heading.text)
        if at is None:
            return None if own_voice.opens_another_text(heading.text) else self.speaker
        if not own_voice.is_office(heading.text[at:]):
            return None
        named = next((b for b in self.paragraph_bodies.get(id(heading), ()) if b.start == at and b.key is not None), None)
        if named is None and (topic := _WRITERS_TOPIC.search(heading.text, at)) is not None:
            # "Report of the Secretary-General on the United Nations Mission in South Sudan": the
            # office, then what the report is on (a capital after "on" made the office's name look
            # like the start of a longer name the reference data does not know)
            named = next((
                b for b in self.bodies_in(heading.text[: topic.start()])
                if b.start == at and b.end == topic.start() and b.key is not None and b.short is None
            ), None)
        return named.key if named is not None else None

    def with_speaker_mentions(self, text: str, found: list[BodyMention]) -> list[BodyMention]:
        """The sentence's body mentions, with the writer's "me" and "I" as mentions of the office
        the document speaks for ("the Council requested me to report")."""
        assert self.speaker is not None
        added = [
            BodyMention(start, end, text[start:end], self.speaker)
            for start, end in own_voice.first_person(text)
            if not any(f.start < end and start < f.end for f in found)
        ]
        return sorted([*found, *added], key=lambda b: b.start) if added else found

    def with_born_whole_names(self, text: str, found: list[BodyMention]) -> list[BodyMention]:
        """The sentence's body mentions, with the bodies born in another part of the text that
        it names by their whole name written as a proper name ("the Expert Group on Small Island
        Developing States Indicators"): outside the part that created it, a body's kind alone
        ("the expert group") may be another's, its whole name may not."""
        added: list[BodyMention] = []
        for key, body in self.born.items():
            name = body.name
            if key in self.born_here or not name[:1].isupper() or len(name.split()) < 3 or name not in text:
                continue
            start = text.find(name)
            while start != -1:
                end = start + len(name)
                bounded = (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
                if bounded and not any(f.key is not None and f.start < end and start < f.end and f.end - f.start >= len(name) for f in found):
                    added.append(BodyMention(start, end, name, key))
                start = text.find(name, end)
        if not added:
            return found
        kept = [f for f in found if not any(a.start < f.end and f.start < a.end for a in added)]
        return sorted(kept + added, key=lambda b: b.start)

    def with_born_mentions(self, text: str, found: list[BodyMention], line_opening: bool = False) -> list[BodyMention]:
        """The sentence's body mentions, with those of bodies born earlier in this part of the
        text: "the working group" means the latest working group created, not an older one.
        ``line_opening``: the text is a list's line, which may open on a body's term with no
        article ("Joint working group, second meeting: ...")."""
        added: list[BodyMention] = []
        for key in reversed(self.born_here):
            body = self.born[key]
            kind, core, name = self.born_words[key]
            term = self.born_terms.get(key)
            mentions = new_bodies.later_mentions(text, kind, core, name)
            if term is not None:
                mentions += new_bodies.term_mentions(text, term)
            if (acronym := self.born_acronyms.get(key)) is not None:
                # "Requests UNITAMS to ...", "the Working Group on IHP-WINS" (E134)
                mentions += new_bodies.kind_on_acronym_mentions(text, kind, acronym) + new_bodies.acronym_mentions(text, acronym)
            if line_opening:
                mentions += new_bodies.opening_of_a_line(text, kind, name, term)
            for later in mentions:
                if any(a.start < later.end and later.start < a.end for a in added):
                    continue
                if key in self.adopted and any(
                    f.start < later.end and later.start < f.end and (f.key is not None or later.written[:1].isupper()) for f in found
                ):
                    # a body the reference data knows, established here, stands only for the words
                    # that name no other known body, nor its kind in capitals ("the Committee",
                    # "requests the Working Group": a name the reader resolves as written, E187)
                    continue
                if any(
                    f.key is not None and f.start < later.end and later.start < f.end
                    and (f.end - f.start > later.end - later.start or _capitalised_known(f, later.written, core) or later.derived)
                    # "the Expert Group", another organization's alias, is only the kind the
                    # body created here is of (E109)
                    and not generic_alias_of_a_stranger(f, self.scope)
                    for f in found
                ):
                    continue  # a longer name the reference data knows ("the Working Group on Firearms")
                added.append(BodyMention(later.start, later.end, later.written, key))
                if later.written.lower() == core.lower() and later.written != core and later.written not in body.aliases:
                    # "Working Group on Crimes that Affect the Environment": a second name
                    self.born[key] = body = dataclasses.replace(body, aliases=(*body.aliases, later.written))
                    self.registry.bodies[key] = body
        if not added:
            return found
        kept = [f for f in found if not any(a.start < f.end and f.start < a.end for a in added)]
        return sorted(kept + added, key=lambda b: b.start)

    @staticmethod
    def subject_of_last_clause(r: _Resolved, start: int, verb_start: int) -> str | None:
        """The body that opens the last clause joined by ", and" or ";" before the verb at
        ``verb_start`` (from ``start``), right before its auxiliary, else None."""
        text = r.sentence.text
        for b in r.refs.bodies:
            if b.start < start or b.start not in r.bodies or not _AUXILIARY_ONLY.fullmatch(text, b.end, verb_start):
                continue
            if _OPENS_JOINED_CLAUSE.search(text, max(0, b.start - 12), b.start) is not None:
                return r.bodies[b.start]
        return None

    def named_before_by_kind(self, r: _Resolved, start: int, end: int) -> list[str]:
        """The body "the working group" (in ``text[start:end]``) takes up: the last one named
        before it in the sentence whose name holds those words."""
        text = r.sentence.text
        kind = _THE_KIND.search(text, start, end)
        if kind is None:
            return []
        words = " ".join(kind["kind"].lower().split())
        before = [
            r.bodies[b.start] for b in r.refs.bodies
            if b.end <= kind.start() and b.start in r.bodies and words in " ".join(b.text.lower().split())
        ]
        return before[-1:]

    def due_at_the_born_gathering(
        self, facts_before: int, before_born: list[tuple[GatheringMention, list[GatheringRef]]],
        after_born: list[tuple[GatheringMention, list[GatheringRef]]],
    ) -> None:
        """"requested the Secretary-General to support the committee ..., including at its first
        session": a mandate read before the body was born was due at the gathering "its first
        session" meant then (the Assembly's); it is due at the new body's, as the sentence is
        read anew (E205)."""
        now = {g.start: refs[0] for g, refs in after_born if len(refs) == 1}
        moved = {refs[0]: now[g.start] for g, refs in before_born if len(refs) == 1 and g.start in now and now[g.start] != refs[0]}
        if not moved:
            return
        for index in range(facts_before, len(self.facts)):
            fact = self.facts[index]
            if fact.due_at is not None and fact.due_at in moved:
                self.facts[index] = dataclasses.replace(fact, due_at=moved[fact.due_at])

    def first_gathering_of_born(self, r: _Resolved, born: str) -> list[tuple[GatheringMention, list[GatheringRef]]]:
        """"Decides to establish a working group on care statistics under the Statistical
        Conference, which shall hold its first meeting in Bogotá": the relative clause says
        what the body established does, though another body is named last before "its"."""
        term = self.registry.bodies[born].gathering_term
        if term is None and _ORIGIN_SET_OFF_THEN_HOLDS.match(r.sentence.text) is None:
            return r.gatherings
        # Every "its first meeting" of the sentence, also one dropped as not fitting the body
        # named last ("composed of Member States and the Programme Coordinating Board, which
        # shall hold its first meeting": the Board holds sessions)
        resolved = {id(g): refs for g, refs in r.gatherings}
        out = []
        subject_holds = _ORIGIN_SET_OFF_THEN_HOLDS.match(r.sentence.text)
        opening = r.refs.bodies[0] if r.refs.bodies else None
        for g in r.refs.gatherings:
            refs = resolved.get(id(g), [])
            if (
                term is not None and g.of_body is None and g.determiner == "its" and g.ordinals == [1] and not g.numeral
                and not (refs and refs[0].body == born) and _WHICH_SHALL_HOLD.search(r.sentence.text, 0, g.start)
            ):
                g.body = born
                refs = [GatheringRef(born, term, 1)]
            elif (
                subject_holds is not None and g.of_body is None and g.determiner in ("its", "their") and g.start in (subject_holds.end() - len(g.determiner) - 1, subject_holds.end())
                and opening is not None and opening.start <= 4 and r.bodies.get(opening.start) == born
            ):
                # "The Advisory Board on X, established by resolution 11/2, …, will hold its third
                # session": the subject's, whatever its number (E215)
                g.body = born
                refs = [GatheringRef(born, term or gathering_kind(g.word), n) for n in g.ordinals]
            if refs:
                out.append((g, refs))
        return out

    def mention_born(self, r: _Resolved) -> None:
        """"Decides to establish an ad hoc committee ..., and decides that the committee shall be
        a standing body": the body is named again in the sentence that creates it."""
        r.refs.bodies = self.with_born_mentions(r.sentence.text, r.refs.bodies)
        for b in r.refs.bodies:
            if b.key in self.born:
                r.bodies[b.start] = b.key

    def joined_subject_before(self, r: _Resolved, position: int) -> list[str]:
        """"the Agency and the Commission were established by ...": the body joined by "and" to
        the subject named right before a plural passive."""
        before = [b for b in r.refs.bodies if b.end <= position and b.start in r.bodies]
        if len(before) < 2 or not passive_subjects.joined_subjects(r.sentence.text, before[-2].end, (before[-1].start, before[-1].end), position):
            return []
        return [r.bodies[before[-2].start]]

    def founder_of_passive_subject(self, r: _Resolved, verb_start: int) -> list[InstrumentRef]:
        """The instrument that created the one body a past passive is said of ("The panel was
        requested to ..."), while the text still tells of that instrument (the last one named);
        none when the body was born of no instrument or of several."""
        if not self.born or not self.last_instrument:
            return []
        text = r.sentence.text
        before = [b for b in r.refs.bodies if b.end <= verb_start and b.start in r.bodies]
        if not before or not _PAST_PASSIVE_RIGHT_AFTER.fullmatch(text, before[-1].end, verb_start):
            return []
        subjects = [r.bodies[before[-1].start]]
        if subjects[0] not in self.born:
            return []
        body = BodyRef(subjects[0])
        founders = list(dict.fromkeys(
            f.subject for f in self.facts if f.relation == "establishes" and f.object == body and isinstance(f.subject, InstrumentRef)
        ))
        return founders if len(founders) == 1 and founders[0] in self.last_instrument else []

    def origin_told(self, r: _Resolved) -> set[InstrumentRef]:
        """"The Expert Mechanism owes its existence to Council resolution 6/36": the body before the
        phrase of origin, the instrument right after it establishes it (a body that adopts
        instruments of its own is not set up so by another's). The instruments so read."""
        text = r.sentence.text
        told: set[InstrumentRef] = set()
        for start, end in origins_told.origin_phrases(text):
            after = next(((mm, ref) for mm, ref in r.instruments if mm.keyword_start >= end), None)
            if after is None or not origins_told.instrument_right_after(text, end, after[0].keyword_start):
                continue
            born_before = len(self.born)
            if text.startswith(",", start) and self.named_inside_a_longer_name(r, start):
                continue  # "the Working Group on X of the Panel, which the Council set up in ...": the group's
            # (a body adopting instruments of its own is set up so only by a body above it: "The
            # Committee, which the General Assembly called into being by its resolution 79/235", E145)
            targets = [
                k for k in self.subject_before(r, start, adjacent=True)
                if not self.registry.bodies[k].issues_instruments
                or k != after[1].issuer and after[1].issuer in self.registry.bodies and self.registry.descends_from(k, after[1].issuer)
            ]
            if not targets and (described := new_bodies.described_before(text[:start], start, reduced=True)) is not None and (
                described.specific or described.proper
            ):
                # "The working group on cross-border cooperation in ... came into being through
                # decision 585 (LXXV)": a body the reference data does not know, described in
                # full right before the phrase (which ends its topic), is born of that instrument (E135)
                targets = self.established_as(described, [after[1]], [], False)
            if targets:
                self.add_mandates(r, [after[1]], "establishes", targets, None)
                told.add(after[1])
                if len(self.born) != born_before:
                    self.mention_born(r)  # "..., which asked it to report": the verbs after it mean the body born
        for clause_start, body_start, body_end in origins_told.origin_relatives(text):
            # "resolution 2005/2 of 7 April 2005, from which the Working Group derives its existence" (E146)
            before = [(mm, ref) for mm, ref in r.instruments if mm.end <= clause_start]
            if not before or not origins_told.instrument_right_before(text, before[-1][0].end, clause_start):
                continue
            targets = [
                r.bodies[b.start] for b in r.refs.bodies
                if body_start <= b.start < body_end and b.start in r.bodies and not self.registry.bodies[r.bodies[b.start]].issues_instruments
            ]
            if targets:
                self.add_mandates(r, [before[-1][1]], "establishes", targets[:1], None)
                told.add(before[-1][1])
        if r.instruments and (opening_end := origins_told.origin_opening(text)) is not None:
            # "Established by General Assembly resolution 69/313 of 27 July 2015 — entitled "..."
            # — the Forum meets annually": the subject the participle opens on (E155)
            mention, ref = r.instruments[0]
            if origins_told.instrument_right_after(text, opening_end, mention.keyword_start):
                subject = next((
                    b for b in r.refs.bodies if b.start in r.bodies and b.start > mention.end
                ), None)
                if subject is not None and origins_told.subject_after_opening(text, mention.end, subject.start) and text[subject.end : subject.end + 2] not in ("'s", "’s") and (
                    not self.registry.bodies[key := r.bodies[subject.start]].issues_instruments
                    or key != ref.issuer and ref.issuer in self.registry.bodies and self.registry.descends_from(key, ref.issuer)
                ):
                    self.add_mandates(r, [ref], "establishes", [key], None)
                    told.add(ref)
                elif subject is None and (comma := text.find(",", mention.end)) > 0 and (
                    described := new_bodies.described_after(text, comma + 1)
                ) is not None and described.proper and origins_told.subject_after_opening(text, mention.end, described.start):
                    # "Since its establishment by General Assembly resolution 65/182, the Open-ended
                    # Working Group on Ageing has met annually": a body the reference data does not
                    # know, named in full as the subject
                    self.add_mandates(r, [ref], "establishes", self.established_as(described, [ref], [], False), None)
                    told.add(ref)
        for words_start, body_start in origins_told.act_nouns(text):
            # "Welcoming the establishment of the Human Rights Council by General Assembly
            # resolution 60/251": the body after the act's noun, the instrument its agent
            named = next((b for b in r.refs.bodies if b.start == body_start and b.start in r.bodies), None)
            described = None if named is not None else new_bodies.described_after(text, words_start)
            if named is not None:
                body_end = named.end
            elif described is not None and described.proper:
                body_end = described.end
            else:
                continue
            after = next(((mm, ref) for mm, ref in r.instruments if mm.keyword_start >= body_end), None)
            if described is not None and after is not None and (
                cut := origins_told.agent_inside_name(text, described.start, described.end, after[0].keyword_start)
            ) is not None and (shorter := new_bodies.described_after(text[:cut], words_start)) is not None and shorter.proper:
                # "The establishment of the Open-ended Working Group on Ageing in General Assembly
                # resolution 65/182": the name ends before the agent's "in" (E174)
                described, body_end = shorter, shorter.end
            if after is None or not origins_told.instrument_as_agent(text, body_end, after[0].keyword_start):
                continue
            ref = after[1]
            if named is not None:
                founded = r.bodies[named.start]
                if self.registry.bodies[founded].issues_instruments and not (
                    founded != ref.issuer and ref.issuer in self.registry.bodies and self.registry.descends_from(founded, ref.issuer)
                ):
                    continue
                targets = [founded]
            elif described is not None:
                targets = self.established_as(described, [ref], [], False)
            if targets:
                self.add_mandates(r, [ref], "establishes", targets, None)
                told.add(ref)
        return told

    @staticmethod
    def named_inside_a_longer_name(r: _Resolved, position: int) -> bool:
        """Whether the body named right before ``position`` ends a longer noun phrase ("the
        Working Group on Space Weather of the Meteorology Panel"): a relative clause after it
        speaks of the phrase's head, not of the body after "of"."""
        before = [b for b in r.refs.bodies if b.end <= position]
        if not before:
            return False
        return _OF_BEFORE_NAME.search(r.sentence.text, max(0, before[-1].start - 12), before[-1].start) is not None

    @staticmethod
    def body_at(r: _Resolved, start: int) -> BodyMention | None:
        """The body named at ``start`` (after "the ", if the text has it there), resolved."""
        text = r.sentence.text
        return next((
            b for b in r.refs.bodies
            if b.start in r.bodies and (b.start == start or b.start == start + 4 and text.startswith("the ", start))
        ), None)

    def requests_told_as_nouns(self, r: _Resolved) -> None:
        """"The request to the Secretary-General contained in resolution 77/12", "Resolution 77/12
        contains a request to UNEP to ...", "the invitation extended to UNEP in resolution 77/12": the
        instrument named beside the noun asks (invites) its addressee (`rules/nominal_requests.py`)."""
        text = r.sentence.text
        for noun_start, addressee_start, relation, set_off in nominal_requests.request_nouns(text):
            addressee = self.body_at(r, addressee_start)
            if addressee is None:
                continue
            after = next(((mm, ref) for mm, ref in r.instruments if mm.keyword_start > addressee.end), None)
            before = [(mm, ref) for mm, ref in r.instruments if mm.end <= noun_start]
            if set_off is not None:
                # "the invitation extended by the Assembly, in the same resolution, to the World
                # Bank": the instrument set off before the addressee, by its number or named back
                inside = [ref for mm, ref in r.instruments if set_off[0] <= mm.keyword_start < set_off[1]]
                told_back = inside or (
                    back_references.named_again(text[set_off[0] : set_off[1]], self.last_instrument)
                    if " same " in text[set_off[0] : set_off[1]] else []
                )
                if told_back:
                    self.add_mandates(r, told_back[:1], relation, [r.bodies[addressee.start]], None)
                continue
            if after is not None and nominal_requests.instrument_after(text, addressee.end, after[0].keyword_start):
                told = after[1]
            elif before and _ISSUER_WORDS_ONLY.fullmatch(text, _row_lead(text), before[0][0].keyword_start) and nominal_requests.instrument_holds(
                text, before[0][0].end, noun_start
            ):
                told = before[0][1]
            else:
                continue
            self.add_mandates(r, [told], relation, [r.bodies[addressee.start]], None)
        for body_start in nominal_requests.works_asked_for(text):
            # "the contribution of the Secretary-General requested by the Council in its resolution
            # 2033/21": the instrument named after the work asks its author (E205)
            author = self.body_at(r, body_start)
            after = next(((mm, ref) for mm, ref in r.instruments if author is not None and mm.keyword_start > author.end), None)
            if author is not None and after is not None and nominal_requests.work_asked_in(text, author.end, after[0].keyword_start):
                self.add_mandates(r, [after[1]], "requests", [r.bodies[author.start]], None)
        for m, ref in r.instruments:
            that = nominal_requests.that_clause_of_request(text, m.keyword_start, r.subject_end(m, ref)) if "that" in text else None
            if that is None:
                continue
            # "the request made by the Assembly in resolution 77/12 that the Secretary-General report
            # …": the subjects of the "that" clause, as after "requested that" (E192)
            targets, end = self.addressees(r, that)
            subjects = [b for b in r.refs.bodies if that < b.start < end and r.bodies.get(b.start) in targets]
            if subjects and nominal_requests.subjunctive_after(text, subjects[-1].end):
                self.add_mandates(r, [ref], "requests", targets, None)

    def joined_before_of_which(self, r: _Resolved, position: int) -> list[str]:
        """"The United Nations Institute for Training and Research and the International Labour
        Organization, both of which were encouraged by the Council ...": every body of the list
        the relative clause "both / all / each of which" hangs on (E131)."""
        text = r.sentence.text
        which = _BOTH_OF_WHICH.search(text, max(0, position - 40), position)
        if which is None:
            return []
        named = [b for b in r.refs.bodies if b.end <= which.start() and b.start in r.bodies]
        if not named or which.start() - named[-1].end > 1:
            return []
        chain = [named[-1]]
        for b in reversed(named[:-1]):
            if not _CONNECTS.match(text[b.end : chain[-1].start]):
                break
            chain.append(b)
        return list(dict.fromkeys(r.bodies[b.start] for b in reversed(chain)))

    def subject_before(self, r: _Resolved, position: int, adjacent: bool = False) -> list[str]:
        """The body named just before a passive verb or "should" ("UNODC is encouraged",
        "The United Nations Office on Drugs and Crime (UNODC) should"): its subject."""
        text = r.sentence.text
        reach = position
        if not adjacent and ", " in text and (closed := _CLOSED_RELATIVE_BEFORE.search(text, max(0, position - 140), position)) is not None:
            # "The Central Emergency Response Fund, which OCHA manages, was instituted by ...": the
            # subject before the relative clause set off by commas, not a name inside it (E191)
            reach = closed.start()
        before = [
            b for b in r.refs.bodies
            if b.end <= reach and (reach - b.end < 60 or _SET_OFF_BEFORE_AUXILIARY.fullmatch(text, b.end, reach)) and b.start in r.bodies
            and not any(mm.end > b.start for mm, _ in r.instruments if mm.start < b.start and mm.end > b.end)
            # ("The Secretary-General, in accordance with General Assembly resolution 77/12, was
            # requested": the issuer's name in front of the instrument's number is no subject, E192)
            and not any(0 <= mm.start - b.end <= 1 and not text[b.end : mm.start].strip() for mm, _ in r.instruments)
            # (nor after it: "…, in accordance with decision 7/2 of the Meeting of the Parties to …, was")
            and not any(mm.end < b.start and b.end <= r.subject_end(mm, ref) for mm, ref in r.instruments)
        ]
        if not before:
            return []
        last = before[-1]
        if adjacent and not _ADJACENT_SUBJECT.match(text[last.end : position]):
            return []
        if new_bodies.inside_unknown_name(text[: last.start]):
            return []  # the subject is the unknown body whose name ends with this one
        if not adjacent and "of which" in text[last.end : position]:
            return self.joined_before_of_which(r, position) or [r.bodies[last.start]]
        return [r.bodies[last.start]]

    def relative_clause_citations(self, r: _Resolved) -> None:
        """"In decision CD/2474 of 26 June 2031, which recalls decision CD/2412 on ...": the
        instrument before ", which" cites the one (and the rest of its list) the verb names."""
        text = r.sentence.text
        for (mention, ref), (cited_mention, cited) in zip(r.instruments, r.instruments[1:]):
            verb = relative_mandates.citing_clause_verb(text, mention.end, cited_mention.keyword_start)
            if verb is None or cited == ref:
                continue
            ev = self.evidence(r.sentence, r.paragraph, verb)
            for listed_mention, listed in r.instruments:
                if listed_mention.keyword_start == cited_mention.keyword_start and listed != ref:
                    self.add(ref, "cites", listed, ev)

    def relative_clause_mandates(self, r: _Resolved) -> None:
        """"resolution EUR/RC78/R2, which requested the Regional Director to present ...": the
        instrument before ", which" tasked the body right after the verb."""
        for mention, ref in r.instruments:
            clause = relative_mandates.verb_after(r.sentence.text, mention.end)
            if clause is None:
                continue
            # (a mention may hold its article: "the Secretariat" from "the")
            addressed = [b for b in r.refs.bodies if clause.end("verb") < b.start <= clause.end() < b.end and b.start in r.bodies]
            if not addressed and (pronoun := pronoun_addressees.pronoun_after(r.sentence.text, clause.end("verb"))) is not None:
                # "The working group ... came into being through decision 585 (LXXV) ..., which
                # asked it to report ... and invited the OECD to take part": "it" is the body the
                # sentence is about, named before the instrument (E135)
                subjects = [(b.start, b.end, r.bodies[b.start]) for b in r.refs.bodies if b.start in r.bodies and b.end <= mention.start]
                told = pronoun_addressees.antecedents(r.sentence.text, subjects, mention.start, pronoun[0], {ref.issuer} if ref.issuer else set())
                relation = mandate_verbs.relation_of(clause["verb"])
                ev = self.evidence(r.sentence, r.paragraph)
                for key in told:
                    self.add(ref, relation, BodyRef(key), ev)
                for verb, at in relative_mandates.joined_verbs(r.sentence.text, pronoun[1]) if told else ():
                    named = [b for b in r.refs.bodies if b.start in r.bodies and at <= b.start <= at + 4]
                    if named:
                        more, _ = self.addressees(r, named[0].start)
                        for key in dict.fromkeys([r.bodies[named[0].start], *more]):
                            self.add(ref, mandate_verbs.relation_of(verb), BodyRef(key), ev)
                continue
            if addressed:
                relation = mandate_verbs.relation_of(clause["verb"])
                ev = self.evidence(r.sentence, r.paragraph)
                # "which requested the Committee of Experts and the Sub-Committee to complete ...
                # and asked the Secretary-General to publish it": every body joined to the first,
                # and those of a verb joined to the clause's (E131)
                joined, task = self.addressees(r, addressed[0].start)
                for key in dict.fromkeys([r.bodies[addressed[0].start], *joined]):
                    self.add(ref, relation, BodyRef(key), ev)
                for verb, at in relative_mandates.joined_verbs(r.sentence.text, task):
                    named = [b for b in r.refs.bodies if b.start in r.bodies and at <= b.start <= at + 4]
                    if named:
                        more, _ = self.addressees(r, named[0].start)
                        for key in dict.fromkeys([r.bodies[named[0].start], *more]):
                            self.add(ref, mandate_verbs.relation_of(verb), BodyRef(key), ev)

    def mandate_to_the_antecedent(self, r: _Resolved, clause: re.Match[str]) -> None:
        """"the Division for Public Institutions ..., which the Council requested, in that
        resolution, to support the working group": the instrument the set-off names (by its
        number, or as the one told last) asked the body right before ", which", when the
        clause's subject is that instrument's issuer (E107)."""
        antecedent = next((b for b in r.refs.bodies if b.end == clause.start() and b.start in r.bodies), None)
        subject = next((b for b in r.refs.bodies if b.start == clause.start("issuer") and b.start in r.bodies), None)
        if antecedent is None or subject is None:
            return
        inside = [ref for m, ref in r.instruments if clause.start("set_off") <= m.keyword_start < clause.end("set_off")]
        if not inside and relative_mandates.names_back(clause["set_off"]):
            inside = back_references.named_again(clause["set_off"], self.last_instrument or self.instrument_of_section_before)
        issuer = r.bodies[subject.start]
        for ref in inside[:1]:
            if ref.issuer == issuer:
                relation = mandate_verbs.relation_of(clause["verb"])
                self.add(ref, relation, BodyRef(r.bodies[antecedent.start]), self.evidence(r.sentence, r.paragraph))

    def named_by_head(self, r: _Resolved, position: int) -> tuple[list[str], int] | None:
        """The body the paragraph named in full that "the <head of its name>" right after the
        verb at ``position`` stands for (`rules.named_by_head`)."""
        found = named_by_head.head_after(r.sentence.text, position)
        if found is None:
            return None
        head, end = found
        named = [(k, self.registry.bodies[k].names) for k in dict.fromkeys(self.scope.recent) if k in self.registry.bodies]
        key = named_by_head.body_of_head(head, named)
        if key is None:
            # "1. Decides that the ad hoc working group on ... shall continue ...; 2. Requests the
            # working group to review ...": a body an earlier paragraph of the same part named
            earlier = [(k, self.registry.bodies[k].names) for k in dict.fromkeys(self.bodies_named_in_part) if k in self.registry.bodies]
            key = named_by_head.body_of_head(head, earlier)
        return ([key], end + 1) if key is not None else None

    def office_of_the_acting(self, r: _Resolved, instrument: InstrumentRef, key: str) -> str:
        """"In resolution 85/72, the General Assembly ... invited the Secretary-General to ..." in
        a report of the Conference on Disarmament, whose reference data has a "Secretary-General
        of the Conference": the bare title, read as the author's own office (`Scope.own_office`),
        is the office of the organisation whose instrument speaks, the body named by the title
        alone, when the author's office is of no body in the instrument's issuer's lineage."""
        office = self.registry.bodies.get(key)
        if office is None or office.parent is None:
            return key
        mention = next((b for b in r.refs.bodies if r.bodies.get(b.start) == key and b.key is not None and b.key != key), None)
        if mention is None or mention.key not in self.registry.bodies:
            return key
        title = " ".join(mention.text.lower().split()).removeprefix("the ")
        if key not in self.matcher.titled.get(title, ()):
            return key
        lineage: list[str] = []
        at: str | None = instrument.issuer
        while at is not None and at not in lineage:
            lineage.append(at)
            at = self.registry.bodies[at].parent if at in self.registry.bodies else None
        return key if office.parent in lineage else mention.key

    def duty_told(self, r: _Resolved, carry: list[InstrumentRef]) -> None:
        """"The expert group is to meet once ... and is to submit its conclusions" under the
        heading of the decision the account tells: that decision asks the body opening the
        sentence (`rules.duties_told`)."""
        subject = r.refs.bodies[0]
        key = r.bodies.get(subject.start)
        task_start = duties_told.duty_after_subject(r.sentence.text, subject.start, subject.end) if key is not None else None
        if key is not None and task_start is not None and key not in {ref.issuer for ref in carry}:
            # (not the deciding body: "The Conference is to meet in 2035" tells its own plan)
            self.add_mandates(r, carry, "requests", [key], task_start)

    def born_of(self, keys: list[str], instruments: list[InstrumentRef]) -> bool:
        """Whether ``keys`` are bodies the text created, each established by one of ``instruments``."""
        return bool(keys) and all(
            key in self.born and any(
                f.relation == "establishes" and f.subject in instruments and f.object == BodyRef(key) for f in self.facts
            )
            for key in keys
        )

    def account_goes_on(self, r: _Resolved, subjects: list[str], verb_start: int | None) -> bool:
        """Whether ``r``'s sentence, naming no instrument, goes on with the account of the one
        instrument the text told of last: the sentence before it in its paragraph told of it
        (`_goes_on_telling`); or the sentence opens its paragraph, the paragraph right before
        (no heading between) ended on it, and the clause says whose words it tells: its subject
        is a body that instrument created ("By the same resolution a joint working group ... was
        created. // The joint working group is to report ...") or the verb names its issuer
        ("the Sub-Committee is requested by the Council to ..."). A paragraph opening "The
        Commission is invited to take note of ..." after an account is a note's own suggestion."""
        last = self.last_instrument
        if _goes_on_telling(r, last):
            return True
        closing = self.paragraph_closing
        if (
            r.instruments or len(last) != 1 or closing is None or closing[0] != r.paragraph.section
            or r.paragraph.kind != "paragraph" or r.sentence.start != r.paragraph.sentences[0].start
            or not _tells_of(closing[1], last[0])
        ):
            return False
        # (the body the sentence opens on as well: "The task force is to report ..., and the
        # Bureau is requested to support it" goes on as its first clause does)
        opening = r.refs.bodies[0] if r.refs.bodies and r.refs.bodies[0].start < 8 and r.refs.bodies[0].start in r.bodies else None
        told = set(subjects) | ({r.bodies[opening.start]} if opening is not None else set())
        if any(key in self.born for key in told) and any(
            f.relation == "establishes" and f.subject == last[0] and isinstance(f.object, BodyRef) and f.object.key in told for f in self.facts
        ):
            return True
        by = _VERB_THEN_BY_THE.match(r.sentence.text, verb_start) if verb_start is not None else None
        return by is not None and any(b.start == by.end() and r.bodies.get(b.start) == last[0].issuer for b in r.refs.bodies)

    def duty_after_opening(self, r: _Resolved, intro: list[InstrumentRef]) -> None:
        """"In that decision, the task team is to report ...": the body right after the opening
        that names the instrument, "is to" after it (`rules.duties_told`)."""
        text = r.sentence.text
        comma = text.find(",")
        subject = next((b for b in r.refs.bodies if b.start > comma), None) if comma > 0 else None
        key = r.bodies.get(subject.start) if subject is not None else None
        if subject is None or key is None or key in {ref.issuer for ref in intro}:
            return
        task_start = duties_told.duty_after_instrument_opening(text, subject.start, subject.end)
        if task_start is not None:
            self.add_mandates(r, intro, "requests", [key], task_start)

    def add_mandates(
        self, r: _Resolved, acting: list[InstrumentRef], relation: str, targets: list[str], task_start: int | None,
        bare_task: bool = False,
    ) -> None:
        text = r.sentence.text
        task = due = None
        stop = len(text)
        if task_start is not None and relation != "establishes" and task_start < len(text):
            semicolon = text.find(";", task_start)
            if semicolon > 0:
                stop = semicolon
            # "requested the Secretariat to prepare a study and invited States parties to ...":
            # the next mandate is not part of this one's task.
            following = _NEXT_MANDATE.search(text, task_start, stop)
            if following:
                stop = following.start()
            task = text[task_start:stop].strip().rstrip(".,;:").strip() or None
            # A recommendation's task follows "should" without a "to" ("should continue ...").
            if task and not (bare_task or task.startswith(("to ", "that "))):
                task = None
            if task and len(task) > 600:
                task = task[:600].rsplit(" ", 1)[0] + " …"
            for g, refs in r.gatherings:
                if g.start >= task_start and refs[0].kind == "session":
                    due = refs[0]
                    break
        ev = self.evidence(r.sentence, r.paragraph)
        if task_start is not None and " as " in text[task_start:]:
            # "... called on the Committee to update its guidance, as did resolution 2356 (2017)":
            # the instrument of the ellipsis asked the same (up to the next mandate verb)
            acting = acting + [
                ref for m, ref in r.instruments
                if m.keyword_start < stop and ref not in acting and joined_instrument_clauses.as_did_instrument(text, m.keyword_start, task_start)
            ]
        for instrument in acting:
            for key in targets:
                if self.matcher.titled:
                    key = self.office_of_the_acting(r, instrument, key)
                if key == instrument.issuer:
                    continue
                if key == collective_addressees.SHIPPED_STATES_PARTIES and not collective_addressees.addresses_shipped_parties(
                    instrument.issuer, self.registry
                ):
                    continue  # another treaty's body speaks to its own parties, not the shipped group
                self.add(instrument, relation, BodyRef(key), ev, task=task, due_at=due)

    def instrument_of_clause_before(
        self, r: _Resolved, joined_at: int, own: InstrumentRef | None, intro: list[InstrumentRef], carry: list[InstrumentRef]
    ) -> list[InstrumentRef]:
        """The one instrument the clause before ``joined_at`` tells of: the subject of its mandate
        verb, else the one instrument it names (none when it names several)."""
        text = r.sentence.text
        verb = next(iter(mandate_verbs.MANDATE_VERB.finditer(text, 0, joined_at)), None)
        if verb is not None:
            acting = self.acting(r, verb.start(), own, intro, carry, False)
            if acting:
                return acting
        named = list(dict.fromkeys(ref for m, ref in r.instruments if m.end <= joined_at))
        return named if len(named) == 1 else []

    def mandates(
        self, r: _Resolved, own: InstrumentRef | None, intro: list[InstrumentRef], carry: list[InstrumentRef]
    ) -> None:
        text = r.sentence.text
        # Most sentences name no mandate: a substring test is far cheaper than the pattern.
        # On lower-cased text the pattern needs no IGNORECASE: the same matches, twice as
        # fast, the verb lower-cased.
        lowered = lowered_for_patterns(text)
        if lowered is None:  # a text the lower-cased fast path cannot stand for
            verbs = list(_MANDATE_VERB_ANY_CASE.finditer(text))
        elif self.verb_index.may_name_a_mandate(lowered, r.sentence.start):
            verbs = mandate_verbs.mandate_verbs_in(lowered)
        else:
            verbs = []
        spans = [(b.start, b.end) for b in r.refs.bodies] if verbs else []
        born_before = len(self.born)
        if carry and self.narrated is not None and carry == [self.narrated[0]] and r.refs.bodies and (
            " is " in text or " are " in text
        ):
            self.duty_told(r, carry)
        elif carry in ([], self.last_instrument) and own is None and r.refs.bodies and (" is to " in text or " are to " in text) and (
            self.account_goes_on(r, [r.bodies[r.refs.bodies[0].start]] if r.refs.bodies[0].start in r.bodies else [], None)
        ):
            # "In the decision, the Group set up a task team ... The task team is to report to the
            # Group at its 2031 session": the duty the instrument just told of gives
            self.duty_told(r, list(self.last_instrument))
        elif intro and own is None and r.refs.bodies and " to " in text and (" is " in text or " are " in text):
            # "Under the above-mentioned Assembly resolution, the working group is to present ...":
            # the duty the instrument the opening names lays on the clause's subject
            self.duty_after_opening(r, intro)
        if "of " in text:
            for set_up, at in new_bodies.established_as_a_noun(text):
                # "Under decision B.38/05, the establishment of an ad hoc working group on X was
                # approved": the instrument establishes the body (E98)
                acting = self.acting(r, at, own, intro, carry, False, recommendation=True)
                targets = self.established_as(set_up, acting, [], False) if acting else []
                if targets:
                    self.add_mandates(r, acting, "establishes", targets, None)
        origins = self.origin_told(r) if r.instruments and r.refs.bodies else set()
        acted: dict[int, list[InstrumentRef]] = {}  # where each verb of the sentence stands: who spoke it
        for m in verbs:
            born_before = len(self.born)
            if (
                m["verb"] in ("established", "set up", "created", "launched", "constituted", "instituted", "formed", "appointed") or m["verb"].endswith(("into being", "into existence"))
            ) and self.established_by_instrument_after(r, m.start(), m.end()):
                if len(self.born) != born_before:
                    # "..., the expert group on X, which had been established by decision 11/2, and
                    # requested the expert group to ...": the verbs after it mean the body the
                    # relative clause just told of (E196); "it had established the Sub-Committee on X
                    # by its Resolution 5/2031, and ... had requested the Sub-Committee to ...": the
                    # body just created, named again (E199)
                    self.mention_born(r)
                    born_before = len(self.born)
                continue
            if m["verb"].startswith(("decided to", "agreed to", "resolved to")) and (
                mandate_verbs.SESSION_THEN_BY.match(text, m.end()) and self.established_by_instrument_after(r, m.start(), m.end())
            ):
                # "..., which the Assembly decided to re-establish at its eighty-sixth session by
                # resolution 86/312": as "which the Assembly established by resolution ..." (E153);
                # the session between the verb and the instrument adopted it
                self.adopted_at_session_before_by(r, m.end())
                continue
            # ("The Secretary-General was mandated by General Assembly resolution 77/12 to prepare
            # ...": "mandated" as "asked", E183)
            if m["verb"] in ("requested", "encouraged", "invited", "urged", "called upon", "called on", "asked", "entrusted", "instructed", "tasked", "designated", "directed", "mandated", "required") and (
                self.tasked_by_instrument_after(r, m)
            ):
                continue
            if any(s <= m.start() < e for s, e in spans):
                continue  # "expert group established in accordance with ..." is a name
            if mandate_verbs.counterfactual(text[: m.start()]):
                continue  # "by which the Committee would have asked the Secretariat": never laid (E193)
            if m["verb"].endswith(" for") and not any(
                text[m.end() : b.start].strip() in ("", "the", "its", "their") for b in r.refs.bodies if b.start >= m.end()
            ):
                continue  # "called for the strengthening of cooperation between the Bureau and ...": no body asked
            coordinated = mandate_verbs.is_infinitive(m["verb"]) and mandate_verbs.coordinated(text[: m.start()])
            if coordinated and not mandate_verbs.after_conditional(text[: m.start()]):
                continue  # ", request the Secretariat" after no conditional verb of the clause
            if mandate_verbs.is_infinitive(m["verb"]) and not coordinated and not mandate_verbs.after_decide(text[: m.start()]) and not (
                m["verb"] == "establish" and mandate_verbs.after_shall(text[: m.start()])
            ) and not self.plural_paragraphs_speak(r, m["verb"], m.start()) and (
                not mandate_verbs.infinitive_opens(text) or r.paragraph.part != "operative"
            ):
                continue  # "... and to request" in a sentence that is no infinitive clause
            verb = m["verb"]
            if verb == "to" and sum(1 for mm, _ in r.instruments if mm.end <= m.start()) > 1:
                # "paragraph 15 (b) of resolution 60/180 and paragraph 15 (b) of resolution 1645
                # (2005), by which the Commission is to submit ...": two instruments hold the task;
                # which one laid it is not said as a verb would say it
                continue
            relation = mandate_verbs.relation_of(verb)
            auxiliary = mandate_verbs.passive_auxiliary(_tail(text, m.start()))
            told_short = (
                auxiliary is None and own is not None and r.paragraph.part == "operative" and m["verb"].endswith("ed")
                and told_in_short.participle_without_auxiliary(text, m.start(), m.end())
            )
            if told_short:
                auxiliary = "are"  # "UNDP and UNIDO invited to share ...": a bullet's "are invited to"
            # "States parties are encouraged": the auxiliary says whether the instrument speaks.
            present = auxiliary in ("is", "are", "be") if auxiliary else mandate_verbs.is_present(verb, text[: m.start()])
            if not auxiliary and relation != "establishes" and (
                which_it := _WHICH_IT_BEFORE_VERB.search(text, max(0, m.start() - 40), m.start())
            ) is not None and _TO_VERB_AFTER.match(text, m.end()):
                # "... to deepen its cooperation with the Office of Counter-Terrorism, which it also
                # invited to support the special meeting": "it" is who spoke the clause's verb
                # before, the instrument that acted there; the body before ", which" is asked (E136)
                earlier = [at for at in acted if at < which_it.start() and ";" not in text[at : which_it.start()]]
                antecedent = [r.bodies[b.start] for b in r.refs.bodies if b.start in r.bodies and b.end == which_it.start()]
                if earlier and antecedent:
                    self.add_mandates(r, acted[earlier[-1]], relation, antecedent, m.end() + 1)
                    continue
            if not auxiliary and relation not in ("establishes", "endorses") and own is None and (
                which_body := _WHICH_BODY_BEFORE_VERB.search(text, max(0, m.start() - 160), m.start())
            ) is not None and self.asked_in_a_relative_clause(r, m, relation, which_body):
                continue
            if relation == "establishes" and not auxiliary and self.established_by_the_relatives_instrument(r, m):
                continue
            acting = self.acting(r, m.start(), own, intro, carry, present, recommendation=auxiliary is not None)
            if not acting and m["verb"].split()[0].endswith("ing"):
                # "adopted resolution 11/2, establishing the Committee on ...": the participle set
                # off right after the instrument's number tells what that instrument did (E227)
                acting = [ref for mm, ref in r.instruments if mm.end <= m.start() and _PARTICIPLE_AFTER_INSTRUMENT.fullmatch(text, mm.end, m.start())][-1:]
            if len(acting) == 1 and (joint := _JOINT_SUBJECT_BY_WHICH.search(text, max(0, m.start() - 90), m.start())) is not None:
                # "its resolution 52/13 and Commission on Crime Prevention and Criminal Justice
                # resolution 18/3, by which the two Commissions established the working group": a
                # plural subject, each body acting by its own instrument of the pair before (E185)
                pair = [ref for mm, ref in r.instruments if mm.end <= joint.start()][-2:]
                if len(pair) == 2 and pair[1] == acting[0] and pair[0] != pair[1] and (
                    _INSTRUMENT_PAIR_JOINED.search(text, 0, joint.start())
                ):
                    acting = pair
            if acting:
                acted[m.start()] = acting
            if relation == "establishes" and acting and (
                later := next((mm for mm, ref in r.instruments if mm.keyword_start >= m.end() and ref in acting), None)
            ) is not None and _LATER_ACT_AFTER_AGENT.match(text, m.end(), later.keyword_start):
                # "was established by the Assembly, which later, in resolution 70/262, reviewed its
                # work": the instrument of a later act after the agent establishes nothing (E207)
                continue
            if relation == "establishes" and auxiliary and acting and (
                relative := _WHICH_HAD_BEEN_BEFORE.search(text, max(0, m.start() - 60), m.start())
            ) is not None and not any(ref in acting and relative.start() < mm.start for mm, ref in r.instruments):
                # "By decision 9/COP.19, the Working Group on Drought, which had been set up for a
                # single biennium, was converted into ...": the relative clause tells of the body's
                # earlier life; the instrument before it acts in the main clause, and the body it
                # names already exists (E141)
                continue
            if relation == "establishes" and acting and set(acting) <= origins and not auxiliary:
                # "The Group traces its origin to resolution 1982/67, by which the Council constituted an
                # ad hoc working group of experts on ...": the body the relative clause describes is
                # the one whose origin the sentence tells (`origin_told`), no second body
                continue
            if not acting and auxiliary in ("was", "were") and own is None and not r.instruments:
                # "The panel was requested to present ...": a body the text created, asked in the
                # past passive with no instrument named, by the instrument that created it
                acting = self.founder_of_passive_subject(r, m.start())
            if not acting:
                continue
            if auxiliary:
                targets = self.subject_before(r, m.start())
                if targets and auxiliary in ("are", "were", "be"):
                    # "By the same resolution, the Committee on Agriculture and the Committee on
                    # Fisheries were invited to ...": both names joined before a plural passive (E143)
                    targets = [k for k in self.joined_subject_before(r, m.start()) if k not in targets] + targets
                if not targets and self.previous_subject is not None and _IT_PASSIVE_OPENS.match(text[: m.start()]):
                    # "The Committee was entrusted, by resolution 74/252, with .... By the same
                    # resolution, it was invited to consult ...": the body the sentence before opened with (E130)
                    targets = [self.previous_subject]
                if told_short or auxiliary in ("are", "were") and told_in_short.opened_by_names(text, m.start()):
                    # the clause opens with its names only: each is asked
                    targets = list(dict.fromkeys(r.bodies[b.start] for b in r.refs.bodies if b.end <= m.start() and b.start in r.bodies))
                if relation == "establishes":
                    # "an open-ended working group on asset forfeiture was established"
                    described = new_bodies.described_before(text, m.start())
                    if described is not None:
                        targets = self.established_as(described, acting, targets, False)
                    else:
                        # "A Consultation on the Replenishment of IFAD's Resources shall be
                        # established": a body named in the possessive owns what is set up, it is
                        # not itself set up
                        owners = {
                            r.bodies[b.start] for b in r.refs.bodies
                            if b.start in r.bodies and b.end < m.start() and text[b.end : b.end + 2] in ("'s", "’s")
                        }
                        targets = [t for t in targets if t not in owners]
                task_start = None
                after_verb = re.compile(r"\s+to\s+(?=[a-z])").match(text, m.end())
                if after_verb and relation != "establishes":
                    task_start = after_verb.start() + 1
            elif verb == "requested" and (paper := _PAPER_ASKED_FROM.match(text, m.end())) is not None:
                # "the Assembly requested a report on progress from the Secretary-General": the
                # writer named after "from" is asked (E168)
                targets, task_start = self.addressees(r, paper.end())[0], None
            elif verb in ("requested", "requests", "asked", "asks") and (paper := _PAPER_TO_BE_DONE_BY.match(text, m.end())) is not None:
                # "the Assembly requested that a report be submitted by the Secretary-General": the
                # agent of the paper's writing is asked (E192)
                targets, task_start = self.addressees(r, paper.end(), limit=4)[0], None
            else:
                targets, task_start = self.addressees(r, m.end(), stop=mandate_verbs.function_given_at(verb, text, m.end()))
                if not targets and relation != "establishes" and (self.scope.recent or self.bodies_named_in_part) and (
                    headed := self.named_by_head(r, m.end())
                ):
                    # "The Conference requested the informal working group to ...": the informal
                    # working group on the programme of work the paragraph named
                    targets, task_start = headed
                if not targets and relation != "establishes" and (pronoun := pronoun_addressees.pronoun_after(text, m.end())):
                    # "..., and requests it to report": the subject named before the verb
                    subjects = [(b.start, b.end, r.bodies[b.start]) for b in r.refs.bodies if b.start in r.bodies]
                    speakers = {a.issuer for a in acting}
                    targets = pronoun_addressees.antecedents(text, subjects, m.start(), pronoun[0], speakers)
                    task_start = pronoun[1] if targets else task_start
                if relation == "establishes":
                    speaking = present and own is not None and own in acting
                    targets = self.established(r, m.end(), acting, targets, speaking)
                    if not targets and _BARE_MANDATE.match(text, m.end()):
                        targets = self.post_named_before(r, m.start())
            self.add_mandates(r, acting, relation, targets, task_start)
            if relation == "establishes" and len(self.born) != born_before:
                # "decided to establish the working group on ..., and requested the working
                # group to ...": the verbs after it mean the body just created.
                self.mention_born(r)
                born_before = len(self.born)
        if "to establish" in text:
            # "Recalling its decision 2/2 of 19 October 2005, entitled "...", to establish ... an
            # open-ended working group": what the instrument decided, told after its number.
            for mention, ref in r.instruments:
                decided = _TO_ESTABLISH.match(text, mention.end)
                if decided and _PROPOSAL_SET_OFF_BEFORE.search(text, max(0, mention.start - 160), mention.start):
                    # "A proposal, made during the negotiations on resolution 73/12, to establish an
                    # advisory panel ... was not retained": the infinitive is the proposal's, set
                    # off before it; the instrument decided nothing (E140)
                    continue
                if decided:
                    named, _ = self.addressees(r, decided.end())
                    targets = self.established(r, decided.end(), [ref], named, False)
                    self.add_mandates(r, [ref], "establishes", targets, None)
        if own is not None and r.paragraph.part == "operative" and (span := told_in_short.established_in_short(text)) is not None:
            # "Establishment of a task force on reef data approved in paragraph (a)": the description
            # runs up to the participle
            described = new_bodies.described_after(text[: span[1]], span[0])
            if described is not None and described.end == span[1]:
                targets = self.established_as(described, [own], [], True)
                self.add_mandates(r, [own], "establishes", targets, None)
                self.mention_born(r)
        if own is not None and r.paragraph.part == "operative" and (laid := told_in_short.duty(text)) is not None:
            # "Secretariat is to compile submissions by 1 August 2032": a duty the instrument lays
            targets = list(dict.fromkeys(r.bodies[b.start] for b in r.refs.bodies if b.end <= laid[0] and b.start in r.bodies))
            self.add_mandates(r, [own], "requests", targets, laid[1], bare_task=True)
        if own is None and self.it_instrument is not None and " is to " in text and (laid := told_in_short.duty(text)) is not None:
            # "Decision B.38/03 recalls ... and requests ... The Secretariat is to publish the list
            # ...": a duty laid by the instrument the sentence before has for its subject (E103)
            targets = list(dict.fromkeys(r.bodies[b.start] for b in r.refs.bodies if b.end <= laid[0] and b.start in r.bodies))
            self.add_mandates(r, [self.it_instrument], "requests", targets, laid[1], bare_task=True)
        if own is not None and r.paragraph.part == "annex" and not r.paragraph.draft and own in self.endorsing:
            # "The Secretariat should continue ...": a recommendation the instrument endorsed.
            for found in mandate_verbs.recommendations(text):
                targets = self.subject_before(r, found.subject_end, adjacent=True)
                self.add_mandates(r, [own], "requests", targets, found.task_start, bare_task=True)
        if own is None and self.last_instrument and " decided that " in text and (
            decided := _IT_WAS_DECIDED_THAT.match(text)
        ) is not None and (decided["lead"] or len(self.last_instrument) == 1):
            # "By the present decision, the Conference established an expert group ... It was further
            # decided that the expert group should submit a report": the instrument the paragraph is
            # about asks the body the clause names (E94); "In the same resolution, it was decided
            # that ...": the one of that kind named last (E102)
            told = back_references.named_again(decided["lead"], self.last_instrument) if decided["lead"] else list(self.last_instrument)
            targets = self.subject_before(r, decided.end("subject"), adjacent=True)
            self.add_mandates(r, told, "requests", targets, decided.end(), bare_task=True)
            if (joined := _AND_WAS_ASKED.search(text, decided.end())) is not None:
                targets = self.subject_before(r, joined.end("subject"), adjacent=True)
                self.add_mandates(r, told, mandate_verbs.relation_of(joined["verb"]), targets, joined.end(), bare_task=True)
        if own is None and (r.instruments or " same " in text and self.last_instrument) and ("request" in text or "invitation" in text) and r.refs.bodies:
            self.requests_told_as_nouns(r)
        if own is None and r.instruments and " decided that " in text and (
            decided_in := _IN_INSTRUMENT_DECIDED_THAT.match(text)
        ) is not None and r.instruments[0][0].end <= decided_in.start("subject"):
            # "In resolution 77/12, the Assembly decided that the Secretary-General should submit a
            # report": the instrument the sentence opens on asks the body the clause names
            targets = self.subject_before(r, decided_in.end("subject"), adjacent=True)
            self.add_mandates(r, [r.instruments[0][1]], "requests", targets, decided_in.end(), bare_task=True)
        if own is None and (r.instruments or self.last_instrument) and " and that " in text:
            for joined_at, subject_end, task_start in joined_duties.joined_duties(text):
                # "... approved by the Assembly in its resolution 85/311, and that the Department of
                # Operational Support was to report ...": the instrument of the clause before (E103)
                told = self.instrument_of_clause_before(r, joined_at, own, intro, carry)
                if told:
                    targets = self.subject_before(r, subject_end, adjacent=True)
                    self.add_mandates(r, told, "requests", targets, task_start, bare_task=True)
        if own is not None and ("decided that " in text or "ecides that " in text) and r.paragraph.part in ("operative", "annex") and not r.paragraph.draft:
            # "4. It is further decided that the Secretary is to compile ...": the text's own
            # instrument asks the body (`rules.decided_that`)
            for subject_end, task_start in decided_that.obligations(text):
                targets = self.subject_before(r, subject_end, adjacent=True)
                self.add_mandates(r, [own], "requests", targets, task_start, bare_task=True)
        if verbs and self.born_here and len(self.born) != born_before:
            self.mention_born(r)
        if "made" in text and r.instruments and r.refs.bodies:
            self.made_permanent_in_a_relative_clause(r)
        unadopted = not_adopted.unadopted_spans(text)
        for standing in self.standing_words(text):
            if not_adopted.inside(unadopted, standing[0]):
                continue  # "a proposal to convert the expert group into a standing committee was not taken up" (E215)
            # "| X/4 | 2 | Decides that the Working Group ... shall remain a standing body |": a
            # follow-up row quotes the decision's operative words (not the action taken, told in the past)
            quoted = self.row_instruments is not None and _DECIDES_FUTURE.search(text, 0, standing[0]) is not None
            acting = self.acting(r, standing[0], own, intro, carry, quoted)
            if not acting and own is not None and r.paragraph.part == "operative":
                acting = [own]
            if not acting and (made := _MADE_CONSTANT_SET_OFF_BY.search(text, max(0, standing[0] - 140), standing[0])) is not None and made.end() == standing[0]:
                # "the Group of Experts on Gas was, by that decision, made a standing body of the
                # Committee": the instrument set off between the auxiliary and the participle, named
                # there or again by a back reference (E149)
                by_start, by_end = made.span("by")
                acting = [ref for mm, ref in r.instruments if by_start <= mm.start and mm.end <= by_end] or (
                    back_references.named_again(made["by"], self.last_instrument) if _BACK_REFERENCE_WORDS.search(made["by"]) else []
                )
                made_subject = self.passive_subject(r, made.start())
                if not acting or not made_subject:
                    continue
            elif not acting and (made := _MADE_CONSTANT_BY.search(text, max(0, standing[0] - 40), standing[0])) is not None and made.end() == standing[0]:
                # "X was made a standing element of each session by Assembly resolution 83/299": the
                # passive, its instrument after "by" (E103)
                acting = self.instrument_after_by(r, standing[1])
                made_subject = self.passive_subject(r, made.start())
                if not made_subject:
                    continue
            else:
                made_subject = []
            if not acting:
                continue
            # ", established by resolution 19/1,": a body's description between its name and the
            # verb, no subject of its own
            floor = max([mm.end for mm, ref in r.instruments if mm.end <= standing[0] and not _DESCRIBED_BY.search(text, 0, mm.start)] + [0])
            anchor = max(text.rfind(" that ", 0, standing[0]), text.rfind(" which ", 0, standing[0]), floor)
            issuers = {instrument.issuer for instrument in acting}
            targets = [
                r.bodies[b.start] for b in r.refs.bodies
                if anchor <= b.start and b.end <= standing[0] and b.start in r.bodies
                and not _NOT_ADDRESSEE.search(text[max(0, b.start - 12) : b.start])
                and r.bodies[b.start] not in issuers  # "which the Council decided to maintain as": the subject
            ]
            if len(targets) > 1 and (subject := self.subject_of_last_clause(r, anchor, standing[0])) is not None:
                # "the Secretary-General was requested to ensure that the Executive Directorate has
                # ..., and the working group on ... was to remain a standing working group": the
                # subject of the clause the verb ends, not the bodies of the clause before (E136)
                targets = [subject]
            if not targets and (which := _relative_antecedent_end(text, standing[0])) is not None:
                # "the Working Group, which shall be a standing body, shall meet annually": the
                # body the relative clause hangs on; "its Working Group ..., which the Council
                # created by ... and which, by ..., the Council decided to maintain as a standing
                # body": across the relative clauses joined by "and which"
                targets = [
                    r.bodies[b.start] for b in r.refs.bodies
                    if b.start in r.bodies and 0 <= which - b.end <= 1 and r.bodies[b.start] not in issuers
                ]
            if not targets:
                # "by which it established an open-ended interim working group of ..., and its
                # decision 3/4, in which it decided that the working group would be a constant
                # element": "the working group" is the one of that kind named before it
                targets = self.named_before_by_kind(r, anchor, standing[0])
            if not targets and self.born_here and _IT.search(text, anchor, standing[0]) and self.born_here[-1] in {
                b.key for b in r.refs.bodies if b.start < anchor
            }:
                # "created a working group on ... and decided that it would function as a standing
                # working group": "it" is the body the sentence has just created
                targets = [self.born_here[-1]]
            if not targets and self.previous_subject and _IT.search(text, anchor, standing[0]):
                # "The Working Group was established ... By resolution 7/1, it became a constant element"
                targets = [self.previous_subject]
            if made_subject:
                targets = made_subject
            ev = self.evidence(r.sentence, r.paragraph)
            for instrument in acting:
                for key in targets:
                    if key != instrument.issuer:
                        self.add(instrument, "makesConstantElement", BodyRef(key), ev)

    @staticmethod
    def standing_words(text: str) -> list[tuple[int, int]]:
        """Where the sentence says a body is (made) a constant element (`_CONSTANT`), and where
        "make <body>" gives it its standing ("decided to make the Working Group a permanent subsidiary
        body", `made_permanent.made_into_standing`, E197), each told once."""
        if not ("element" in text or "standing" in text or "permanent" in text or "ad hoc" in text or "no longer" in text):
            return []
        spans = [m.span() for m in _CONSTANT.finditer(text)]
        made = [span for span in made_permanent.made_into_standing(text) if not any(a < span[1] and span[0] < b for a, b in spans)]
        return sorted(spans + made)

    def made_permanent_in_a_relative_clause(self, r: _Resolved) -> None:
        """"as the permanent subsidiary organ that the Assembly made it by resolution 51/211 A",
        ", which the Assembly made a standing body by decision 3/2": the instrument right after
        "by" makes the body a constant element (`rules.made_permanent`): for "it", the last body
        the sentence named before, not the instrument's issuer; else the name before ", which"."""
        text = r.sentence.text
        for told in made_permanent.made_permanent(text):
            after = [(mm, ref) for mm, ref in r.instruments if mm.keyword_start >= told.instrument_from]
            if not after or not _INSTRUMENT_RIGHT_AFTER_BY.fullmatch(text, told.instrument_from, _kind_word_start(text, after[0][0].keyword_start)):
                continue
            acting = [ref for mm, ref in after if mm.keyword_start == after[0][0].keyword_start]
            issuers = {ref.issuer for ref in acting}
            named = [
                (b.start, b.end, r.bodies[b.start]) for b in r.refs.bodies
                if b.start in r.bodies and b.end <= told.start and r.bodies[b.start] not in issuers
            ]
            if told.pronoun:
                targets = [named[-1][2]] if named else []
            else:
                targets = [key for _, end, key in named if end == told.start]
            ev = self.evidence(r.sentence, r.paragraph)
            for instrument in acting:
                for key in targets:
                    self.add(instrument, "makesConstantElement", BodyRef(key), ev)

    @staticmethod
    def passive_subject(r: _Resolved, position: int) -> list[str]:
        """The body a passive at ``position`` is told of: the one named right before it, or
        before the relative clause set off by commas between ("The Working Group of the Whole,
        which the Committee first set up in 1994, was made ...")."""
        text = r.sentence.text
        end = position
        relative = _RELATIVE_SET_OFF_BEFORE.search(text, max(0, position - 160), position)
        if relative is not None:
            end = relative.start()
        before = [b for b in r.refs.bodies if b.start in r.bodies and b.end <= end and not text[b.end : end].strip(" ,")]
        return [r.bodies[before[-1].start]] if before else []

    @staticmethod
    def instrument_after_by(r: _Resolved, position: int) -> list[InstrumentRef]:
        """The one instrument "by" names shortly after ``position`` in the same clause ("... of
        each substantive session by Assembly resolution 83/299"); else none."""
        by = _BY_INSTRUMENT_AFTER.match(r.sentence.text, position)
        if by is None:
            return []
        first = next((m for m, _ in sorted(r.instruments, key=lambda x: x[0].start) if m.end > by.end()), None)
        if first is None or _kind_word_start(r.sentence.text, first.keyword_start) > by.end() + 40:
            return []
        return [next(ref for m, ref in r.instruments if m is first)]

    def endorsements(
        self, r: _Resolved, own: InstrumentRef | None, intro: list[InstrumentRef], carry: list[InstrumentRef]
    ) -> None:
        text = r.sentence.text
        if "whose " in text:
            self.endorsed_whose(r)
        if "endorsed " in text and r.gatherings and r.instruments:
            self.endorsed_in_the_passive(r)
        for m in _ENDORSE.finditer(text):
            infinitive = m.group(0).lower().startswith("endorse ")
            if infinitive and r.paragraph.part != "operative":
                continue
            acting = self.acting(r, m.start(), own, intro, carry, m.group(0).lower().startswith(("endorses", "approves", "adopts")) or infinitive)
            if not acting:
                continue
            stop_match = re.compile(r"[;]|\bwhich (?:are|is) (?:set out|contained)").search(text, m.end())
            stop = stop_match.start() if stop_match else len(text)
            # "..., and requests the Working Group to devote its seventeenth meeting to ...": the
            # next mandate's clause names no meeting whose recommendations are endorsed
            next_mandate = _NEXT_MANDATE.search(text, m.end(), stop)
            stop = next_mandate.start() if next_mandate else stop
            targets: list[GatheringRef] = []
            # "the recommendations discussed ... at its twelfth meeting ... and adopted at its
            # thirteenth meeting": the meeting that adopted them is the one endorsed.
            adopted_at = _ADOPTED_AT.search(text, m.end(), stop)
            first = adopted_at.start() if adopted_at and _DISCUSSED.search(text, m.end(), adopted_at.start()) else m.end()
            for g, refs in r.gatherings:
                if first <= g.start < stop and not _JOINT_BEFORE.search(_tail(text, g.start)):
                    targets.extend(refs)
            if not targets and (that := _AT_THAT_GATHERING.match(text, m.end())) is not None:
                # "Welcomes the report of the Task Force on its fifteenth meeting (X) and endorses
                # the recommendations adopted at that meeting": the one named before the verb
                earlier = [refs[:1] for g, refs in r.gatherings if g.start < m.start() and refs[0].kind == that["kind"].lower()]
                targets = earlier[-1] if earlier else []
                if not earlier:
                    # "Having considered the report of the committee on its sixth meeting," / "1.
                    # Endorses the recommendations adopted by the committee at that meeting": the
                    # meeting the recital before named (E195)
                    targets = self.gathering_said_before(that["kind"].lower(), acting)
            if not targets and (that := _OF_THAT_GATHERING.match(text, m.end())) is not None:
                # "... considered the report of the Subcommittee on its twenty-first meeting, ...
                # The Committee endorsed the recommendations of that meeting.": the one meeting of
                # that kind the sentence, or the last sentence naming gatherings, named (E121)
                kind = that["kind"].lower()
                named_there = [refs[0] for g, refs in r.gatherings if g.start < m.start() and len(refs) == 1 and refs[0].kind == kind]
                targets = named_there[-1:] or self.gathering_said_before(kind, acting)
            if not targets and _IN_THAT_REPORT.match(text, m.end()) and self.docs.recent_meetings:
                # the one gathering other than the endorsing body's whose report the last sentence
                # naming gatherings named
                meetings, sentence_said = self.docs.recent_meetings[-1]
                issuers = {i.issuer for i in acting}
                reported = list(dict.fromkeys(ref for ref in meetings if ref.body not in issuers))
                targets = reported if "report of" in sentence_said.lower() and len(reported) == 1 else []
            if not targets and _THEREIN.match(text, m.end()):
                report = text.rfind("report of", 0, m.start())
                targets = [ref for g, refs in r.gatherings if report >= 0 and report < g.start < m.start() for ref in refs[:1]]
            if not targets:
                # "at their meetings held from 23 to 27 May 2022": known by their dates.
                held_at = re.compile(r"\b(?:its|their)\s+meetings?,?\s+held\s+(?:on|from)\s+").search(text, m.end(), stop)
                if held_at:
                    dates = [d for d in r.refs.dates if d.start == held_at.end()]
                    bodies = {
                        r.bodies[b.start] for b in r.refs.bodies
                        if m.end() <= b.start < held_at.start() and b.start in r.bodies
                    }
                    if dates:
                        targets = [g for g, d in self.held.items() if d == dates[0].value and g.body in bodies]
            ev = self.evidence(r.sentence, r.paragraph)
            annexed = _ANNEXED_HERE.search(text, m.end())
            for instrument in acting:
                for target in targets:
                    self.add(instrument, "endorses", target, ev)
                if annexed and instrument == own:
                    self.endorsing.add(instrument)

    def gathering_said_before(self, kind: str, acting: list[InstrumentRef]) -> list[GatheringRef]:
        """The one gathering of ``kind`` the last sentence naming gatherings named, not one of the
        endorsing instruments' issuers (the plenary meeting whose line closed the text above)."""
        if not self.docs.recent_meetings:
            return []
        issuers = {i.issuer for i in acting}
        said = [ref for ref in self.docs.recent_meetings[-1][0] if ref.kind == kind and ref.body not in issuers]
        return said[-1:] if len(set(said)) == 1 else []

    def endorsed_in_the_passive(self, r: _Resolved) -> None:
        """"The recommendations adopted by the Working Group at its third meeting were endorsed by the
        Commission in its resolution 11/2": the gatherings the object names, endorsed by the
        instrument named right after the verb (of the body named as its agent, if any) (E197)."""
        text = r.sentence.text
        for m in _ENDORSED_IN_THE_PASSIVE.finditer(text):
            if _CLAUSE_INSIDE.search(m["object"]):
                continue
            named = [ref for y, ref in r.instruments if m.end() <= y.keyword_start <= m.end() + 40]
            agent = next((r.bodies.get(b.start) for b in r.refs.bodies if m["agent"] and m.start("agent") <= b.start < m.end("agent")), None)
            if not named or agent is not None and named[0].issuer != agent:
                continue
            targets = [
                ref for g, refs in r.gatherings
                if m.start("object") <= g.start < m.end("object") and not _JOINT_BEFORE.search(_tail(text, g.start)) for ref in refs
            ]
            ev = self.evidence(r.sentence, r.paragraph)
            for target in dict.fromkeys(targets):
                self.add(named[0], "endorses", target, ev)

    def endorsed_whose(self, r: _Resolved) -> None:
        """"..., an expert group, whose recommendations, adopted at its third session, held at
        Geneva, the Assembly endorsed in resolution 71/276": the object fronted in a relative
        clause, the verb and its instrument after the subject; the gathering the set-off names, of
        the body the relative clause is on, is what the instrument endorses (E182)."""
        text = r.sentence.text
        for m in _WHOSE_ENDORSED.finditer(text):
            targets = [
                ref for g, refs in r.gatherings if m.start("set_off") <= g.start < m.end("set_off") for ref in refs[:1]
            ] if m["set_off"] else []
            named = [ref for y, ref in r.instruments if y.keyword_start >= m.end() - 1 and y.keyword_start <= m.end() + 40]
            subject = next((r.bodies.get(b.start) for b in r.refs.bodies if m.start("subject") <= b.start < m.end("subject")), None)
            antecedent = next((r.bodies.get(b.start) for b in reversed(r.refs.bodies) if b.end <= m.start()), None)
            if not targets or not named or subject is None or named[0].issuer != subject:
                continue
            ev = self.evidence(r.sentence, r.paragraph)
            for target in targets:
                if antecedent is None or target.body == antecedent:
                    self.add(named[0], "endorses", target, ev)

    # ------------------------------------------------------------------ citations

    def cites(self, r: _Resolved, own: InstrumentRef, p: Paragraph) -> None:
        text = r.sentence.text
        for mention, ref in r.instruments:
            if ref == own or _inside_quotes(text, mention.start) or titles.named_in_a_document_title(text, mention.start):
                continue  # "the publication entitled "Implementing decision 2023/5: ..."": a title's words
            if _inside_a_known_name(mention, r.refs.bodies):
                # "Encourages the Panel of Experts on South Sudan established pursuant to resolution
                # 2206 (2015) to ...": the body's name, not a reference the text makes (E205)
                continue
            if any(
                o.title_span and mention.start < o.title_span[1] and titles.object_of_a_title(text, o.title_span[0], mention.start)
                for o, _ in r.instruments
            ):
                # "resolution 2026/15 on progress in the implementation of General Assembly
                # resolution 79/226": named in the title of the resolution cited, not by the text
                continue
            verb = None
            if p.part == "preamble":
                found = list(_CITING.finditer(text, 0, mention.keyword_start))
                if found:
                    verb = found[-1]["verb"]
            else:
                found_op = _OPERATIVE_CITING.search(_tail(text, mention.keyword_start, 120))
                if found_op:
                    verb = found_op["verb"]
            characterization = None
            if verb:
                characterization = " ".join(
                    w for w in verb.lower().split() if w not in ("also", "further")
                )
            self.add(own, "cites", ref, self.evidence(r.sentence, p, characterization))

    def reported_citations(
        self, r: _Resolved, own: InstrumentRef | None, intro: list[InstrumentRef], carry: list[InstrumentRef]
    ) -> None:
        """"In its resolution 10/3, ..., the Conference, recalling the political declaration
        (resolution S-32/1, annex), requested ...": a report of what an instrument's text says,
        citations included. Only instruments the reported clause cites ("recalling",
        "contained in", "pursuant to") count, after the instrument whose text is reported."""
        text = r.sentence.text
        for mention, ref in r.instruments:
            if ref in intro or ref == own:
                continue
            acting = self.acting(r, mention.keyword_start, None, intro, carry, False)
            if not acting or ref in acting:
                continue
            if acting == intro and not _SPEAKS_IN.match(text):
                continue  # "Pursuant to resolution 15/3, the secretariat ...": not its text
            window = max(0, mention.keyword_start - 160)
            cited = _REPORTED_CITING.search(text, window, mention.keyword_start)
            if cited is None:
                continue
            # "Recalling X, by which the Assembly endorsed the Agenda, and resolution Y": the
            # verb before X recalls both; only a verb inside the clause X opens is X's citing
            nearest = cited
            while (later := _REPORTED_CITING.search(text, nearest.end("verb"), mention.keyword_start)) is not None:
                nearest = later
            mentions_of_acting = [m.end for m, x in r.instruments if x in acting and m.end <= nearest.start()]
            if not mentions_of_acting and _RELATIVE_BEFORE_VERB.search(text, nearest.end("verb"), mention.keyword_start):
                continue
            if nearest["verb"][:1].isupper() and _NEXT_RECITAL.search(text, max(0, nearest.start() - 5), nearest.start() + len(nearest["verb"].split()[0]) + 2):
                # "..., by which the Assembly adopted the Convention, Recalling also its resolution
                # 1/4": a preambular paragraph of its own (its line joined to the one before), whose
                # participle in capitals is the text's own citing, not the relative clause's (E185)
                continue
            verb = " ".join(cited["verb"].lower().split())
            if verb in _MANDATE_PHRASES and _HELD_THEN_MANDATE.search(text, window, nearest.start()):
                # "decided that its twelfth session would be held in Nairobi ..., in accordance with
                # General Assembly resolution 73/260": the session's mandate, not the text's citing (E191)
                continue
            for instrument in acting:
                self.add(instrument, "cites", ref, self.evidence(r.sentence, r.paragraph, verb))

    def recited_before_subject(self, r: _Resolved) -> None:
        """"Recalling General Assembly resolution 85/64 ..., and its own decision 11/2, the
        Commission, in decision 12/2, decided ...": a report telling a decision with its recital
        set off before the subject; the instruments recited are the decision's citations."""
        text = r.sentence.text
        opener = _RECITAL_OPENS.match(text)
        if opener is None:
            return
        for mention, ref in r.instruments:
            closing = _SET_OFF_CLOSES.match(text, mention.end)
            if closing is None:
                continue
            acting = self.issuer_set_off(r, mention, ref, closing.end())
            if not acting:
                continue
            verb = " ".join(opener.group(0).lower().split())
            for cited_mention, cited in r.instruments:
                if cited_mention.end <= mention.keyword_start and cited not in acting and not _inside_quotes(text, cited_mention.start):
                    for instrument in acting:
                        self.add(instrument, "cites", cited, self.evidence(r.sentence, r.paragraph, verb))
            return

    # ------------------------------------------------------------------ documents

    def listing(self, p: Paragraph) -> None:
        text = _LABEL_PREFIX.sub("", p.text)
        ev = self.evidence(p.sentences[0], p) if p.sentences else None
        if ev is None:
            return
        self.listed_for(p, ev)
        for entry in _listing_entries(text):
            found = find_symbols(entry["sym"], self.symbol_series)
            if not found or entry["sym"].strip() != entry["sym"][found[0].start - 0 : found[-1].end].strip():
                continue
            desc = entry["desc"].strip().rstrip(",")
            if desc[:1] == "," or desc[:4] == "and ":
                continue  # ", and on the recommendations ... contained in its report (X)": a sentence's rest after another bracket (E158)
            if not desc or any(n.start == 0 for n in self.matcher.numbering.find(desc[:40])[:1]):
                # "B.41/2  Report of the PPRC (AFB/PPRC.33/12)": a text's entry, its papers in the
                # bracket; the title is the text's (E95)
                continue
            entitled = _ENTITLED_LISTING.search(desc)
            title = entitled["title"].strip() if entitled else desc
            on_item = _DECISION_ON_ITEM.match(desc) if len(found) == 1 and desc[:9] == "Decision " else None
            numbered = self.number_in_convention(entry["sym"].strip()) if on_item is not None else None
            if on_item is not None and numbered is not None and numbered[1] == "decision":
                decision = InstrumentRef(*numbered)
                self.add(decision, "title", on_item["title"].strip(), ev)
                self.add(self.doc, "mentions", decision, ev)
                continue
            for mention in found:
                self.add(DocumentRef(symbols=mention.symbols), "title", title, ev)
            if len(found) == 1:
                # ("409th Report of the Committee ... (GB.373/INS/6)": what a sentence naming that
                # title again means, `report_covering`)
                self.docs.titled[reports_covering.title_key(title)] = DocumentRef(symbols=found[0].symbols)

    def report_covering(self, r: _Resolved, ev: Evidence) -> None:
        """"The 409th Report of the Committee on Freedom of Association covers the cases that the
        Committee examined at its 422nd meeting": the report a list or heading above gave that
        title with its symbol (or the present report) reports on that meeting (E188)."""
        told = reports_covering.covered_gathering_starts(r.sentence.text, [g.start for g, _ in r.gatherings])
        if told is None:
            return
        subject, start = told
        report = self.itself if reports_covering.is_the_present_report(subject) else self.docs.titled.get(reports_covering.title_key(subject))
        for g, refs in r.gatherings:
            if g.start == start and report is not None:
                for ref in refs:
                    self.add(report, "reportOf", ref, ev)

    def report_issued_as(self, r: _Resolved, ev: Evidence | None) -> None:
        """"The Commission will adopt its report on its thirty-fourth session … The report will be
        issued as Official Records …, Supplement No. 11 (E/2031/31)": the report the paragraph
        named by its session, issued under a symbol in the next sentence."""
        text = r.sentence.text
        issued = _THE_REPORT_ISSUED.match(text)
        if issued and ev is not None and self.report_said_of is not None and self.report_said_of[0] == id(r.paragraph):
            for s in r.symbols:
                if s.start >= issued.end():
                    for said in self.report_said_of[1]:
                        self.add(DocumentRef(symbols=s.symbols), "reportOf", said, ev)
        covered: list[GatheringRef] = []
        for g, refs in r.gatherings:
            if _REPORT_SAID_OF.search(text, max(0, g.start - 120), g.start):
                self.report_said_of = (id(r.paragraph), refs[:1])
            elif _REPORT_COVERING.search(text, max(0, g.start - 200), g.start):
                # "the draft annual report ... covering its eighty-second, eighty-third and
                # eighty-fourth sessions": the report of each
                covered += [ref for ref in refs if ref not in covered]
        if covered:
            self.report_said_of = (id(r.paragraph), covered)

    def bracketed_reports(self, r: _Resolved, ev: Evidence | None) -> None:
        """"The Committee held its sixtieth and sixty-first sessions in Geneva (reports A and B,
        respectively)", "held its third meeting in Nairobi (report X)": the reports in brackets
        after the meetings a sentence names are theirs, in order."""
        text = r.sentence.text
        if ev is None or "report" not in text or "(" not in text:
            return
        for m in _BRACKETED_REPORTS.finditer(text):
            close = text.find(")", m.end())
            inside = [s for s in r.symbols if m.end() <= s.start and (close < 0 or s.start < close)]
            meetings = [ref for g, refs in r.gatherings if g.start < m.start() for ref in refs]
            if not inside or not meetings:
                continue
            docs = [DocumentRef(symbols=s.symbols) for s in inside]
            if len(docs) == len(meetings):
                pairs = list(zip(docs, meetings))
            elif len(docs) == 1 and len(meetings) == 1:
                pairs = [(docs[0], meetings[0])]
            else:
                continue
            for doc, meeting in pairs:
                self.add(doc, "reportOf", meeting, ev)

    def symbol_then_report(self, r: _Resolved, ev: Evidence | None) -> None:
        """"E/C.19/2031/4 - Report of the Working Group on Indigenous Languages on its fifth
        meeting", "IDB.56/6 Report of the Programme and Budget Committee on its forty-fourth
        session": a listed entry, its symbol first, whose title is the report of one meeting."""
        text = r.sentence.text
        if ev is None or not r.symbols:
            return
        first = r.symbols[0]
        if first.start != _row_lead(text):
            return
        title = _REPORT_TITLE_AFTER_SYMBOL.match(text, first.end)
        if title is None:
            if not self.authored_report_title(r, first, ev):
                self.titled_then_bracketed_report(r, ev)
            return
        meetings = [
            refs for g, refs in r.gatherings
            if g.start >= title.end() and _TITLE_NAMES_ITS_MEETING.match(text[title.end() : g.end])
        ]
        # the meetings named right in the title ("on its fifth meeting", "of the fifth session
        # of ...", "on its fourth and fifth sessions": a report covering each of them)
        if len(meetings) != 1 or any(s.start > title.end() for s in r.symbols[1:]):
            return
        for meeting in meetings[0]:
            self.add(DocumentRef(symbols=first.symbols), "reportOf", meeting, ev)

    def authored_report_title(self, r: _Resolved, first: SymbolMention, ev: Evidence) -> bool:
        """"E/2032/24 — Statistical Commission: report on the sixty-third session": a listed entry
        whose title names its author, then the one session of that author it reports on."""
        text = r.sentence.text
        title = _AUTHOR_THEN_REPORT_ON.match(text, first.end)
        if title is None or any(s.start > first.end for s in r.symbols[1:]):
            return False
        authors = {
            key for b in r.refs.bodies
            if title.start("author") <= b.start and b.end <= title.end("author") and (key := r.bodies.get(b.start)) is not None
        }
        meetings = [refs for g, refs in r.gatherings if g.start >= title.end() and g.start - title.end() <= 4]
        if len(authors) != 1 or len(meetings) != 1 or any(m.body not in authors for m in meetings[0]):
            return False
        for meeting in meetings[0]:
            self.add(DocumentRef(symbols=first.symbols), "reportOf", meeting, ev)
        return True

    def titled_then_bracketed_report(self, r: _Resolved, ev: Evidence) -> None:
        """"CLCS/61/2 — Progress of work in the Commission on ... (report on its sixty-first
        session, held in ...)": a listed entry's title, then what the paper is in brackets, the
        report of the meeting named right after "its"."""
        text = r.sentence.text
        said = _BRACKETED_REPORT_ON_ITS.search(text, r.symbols[0].end)
        if said is None or any(s.start < said.start() for s in r.symbols[1:]):
            return
        for g, refs in r.gatherings:
            if g.start == said.end():
                for meeting in refs:
                    self.add(DocumentRef(symbols=r.symbols[0].symbols), "reportOf", meeting, ev)

    @staticmethod
    def listed_text_reports(r: _Resolved) -> bool:
        """An entry of a list of texts that opens with a text's number, its title a report's
        ("B.41/2  Report of the thirty-third meeting of the PPRC (AFB/PPRC.33/12)"): the entry
        says which meeting its symbol reports on, as "Report of ... (symbol)" alone does (E95)."""
        first = r.instruments[0][0] if r.instruments else None
        return first is not None and first.start == 0 and _LISTED_REPORT.match(r.sentence.text[first.end :].lstrip(" \t:-–—")) is not None

    def reports(self, r: _Resolved, held_before: list[list[GatheringRef]], ev: Evidence | None) -> None:
        """"the reports on those meetings (A and B, respectively) will be made available to the
        Conference at its eleventh session", "In accordance with resolution 7/1, ..."."""
        text = r.sentence.text
        if not r.symbols:
            return
        self.its_report(r, held_before, ev)
        self.report_on_that_session(r, ev)
        self.bracketed_reports(r, ev)
        if (
            r.paragraph.kind == "listing" and not (r.paragraph.instrument is not None and _ITEM_OPENS_ON_A_VERB.match(text))
            or r.paragraph.kind == "heading" and r.symbols[0].start == 0 and (
                _REPORT_TITLE_AFTER_SYMBOL.match(text, r.symbols[0].end) or _AUTHOR_THEN_REPORT_ON.match(text, r.symbols[0].end)
            )
        ) and not _LISTED_REPORT.match(text) and not self.listed_text_reports(r):
            # (a heading "SYMBOL – Report of X on its Nth session", a feed item's title, is such an
            # entry too (E126), and "SYMBOL — X: report on the Nth session", a catalogue's title)
            # a list of documents: only an entry that is itself "Report of ... on its Nth
            # session (symbol)" says which meeting its symbol reports on, or its symbol first
            self.symbol_then_report(r, ev)
            return
        if r.symbols[0].start == _row_lead(text) and _IS_THE_REPORT.match(text, r.symbols[0].end):
            # "UNEP/FAO/RC/CRC.26/14 is the report of the Committee on the work of its
            # twenty-sixth meeting": said of the symbol, as a listed entry's title says it (E127)
            self.symbol_then_report(r, ev)
        for phrase in _REPORT_ON.finditer(text):
            if _TRANSMITTING.search(_tail(text, phrase.start())):
                continue
            if _inside_quotes(text, phrase.start()):
                # 'resolution 87/121, entitled "Report of the Commission on the work of its
                # eightieth session", and a note (X)': an instrument's title, no report named
                continue
            after = [s for s in r.symbols if s.start > phrase.end()]
            if not after:
                continue
            if _SEE.search(_tail(text, after[0].start).rstrip("( ")):
                continue
            close = text.find(")", after[0].start)
            # Stop at the next "report on": each phrase owns the symbols that follow it.
            next_phrase = _REPORT_ON.search(text, phrase.end())
            if next_phrase and next_phrase.start() < after[0].start:
                continue
            group = [
                s for s in after
                if (close < 0 or s.start < close) and (next_phrase is None or s.start < next_phrase.start())
            ]
            parts = doc_rules.parts_of_others([s.symbols[0] for s in group])
            docs = [DocumentRef(symbols=s.symbols) for s in group if s.symbols[0] not in parts]
            # The meetings reported on are named before "will be made available to ...".
            verb = _SUBMITTED.search(text, phrase.end(), group[0].start)
            limit = verb.start() if verb else group[0].start
            between = text[phrase.end() : limit]
            targets: list[GatheringRef] = []
            earlier_held = [g for h in held_before for g in h]
            for g, refs in r.gatherings:
                if phrase.end() <= g.start < limit and not _JOINT_BEFORE.search(_tail(text, g.start)) and (
                    not doc_rules.named_as_no_reported_gathering(text[phrase.end() : g.start])
                ):
                    if g.of_body is None:
                        # "The twelfth meeting of the Working Group A ..., back to back with the
                        # eleventh meeting of B. The report on the twelfth meeting": the meeting
                        # just said to be held, not B's twelfth.
                        refs = [_same_ordinal(ref, earlier_held) for ref in refs]
                    targets.extend(refs)
            if targets and phrase.group(0).lower().startswith("reported to"):
                # "The Secretary-General reported to the General Assembly on its seventy-eighth
                # session": "its" fell to the receiver (the reporter holds no sessions); a report
                # is of the reporter's own gathering, never the receiver's (E168)
                receivers = {r.bodies[b.start] for b in r.refs.bodies if phrase.start() < b.start < phrase.end() and b.start in r.bodies}
                targets = [t for t in targets if t.body not in receivers]
                if not targets:
                    continue
            named = bool(targets)  # the phrase names the gatherings itself ("the report of X on its Nth session")
            if not targets and doc_rules.prepared_for_the_meeting(between):
                # "the report of the pre-sessional working group for the session (X)": for it, not of it
                continue
            if not targets:
                earlier = [h for h in held_before if h]
                # "The Working Group held its twelfth meeting ...; the report on that meeting is
                # contained in document X": the one meeting named before it in the same sentence
                said = list(dict.fromkeys(ref for g, refs in r.gatherings if g.end <= phrase.start() for ref in refs))
                if _THE_MEETING.search(between) and len(said) == 1 and _SAYS_MET.search(text, 0, phrase.start()):
                    earlier = [said]
                that = _THAT_MEETING.match(between)
                if (back := _THAT_MEETING_OPENS.match(between)) is not None and len(said) == 1 and said[0].kind == back["word"] and (
                    _SAYS_MET_OR_CONVENES.search(text, 0, phrase.start())
                    # "The Council, at its 172nd Session, concurred ...; its views are recorded in the
                    # report of that session (X)": the one session the body acted at, before
                    or _ACTED_AT_ITS.search(text, 0, phrase.start())
                    # "the recommendations of X at its fifth session (Geneva, 23 to 27 March 2036),
                    # contained in the final report of that session (Y)": a session told with its
                    # place and days in brackets was held (E216)
                    or _AT_ITS_DATED.search(text, 0, phrase.start())
                ):
                    # "The Director-General will convene the first meeting of the Panel ...; the
                    # report of that meeting, prepared ..., will be before the Committee": the one
                    # gathering of that word the sentence said was (or will be) held before (E143)
                    earlier = [said]
                if (
                    not earlier and not said and that is not None and len(self.last_held) == 1
                    and self.last_held[0].kind == that["word"]
                ):
                    # "... at its thirty-first meeting, held in Manila ...;" then, paragraphs on, "The
                    # report of that meeting (X)": the meeting last said to be held (a gathering the
                    # sentence names before, "At its seventy-seventh session, ...; the report on that
                    # session", is the one meant, and is no held one: left)
                    earlier = [self.last_held]
                if _THOSE.search(between) and earlier:
                    targets = earlier[-1]
                elif _THE_MEETING.search(between) and earlier:
                    targets = earlier[-1][:1]
                elif _THE_MEETING.match(between.lstrip()) and not between.lstrip().startswith("that ") and len(own := self.own_meetings()) == 1:
                    # ("its report on that meeting": one the text named before, not this one)
                    # "The report of the session will be issued as document X", no meeting named
                    # before it in the paragraph: the one the document being read is for
                    targets = own
            if not targets and close >= 0 and (covering := _COVERING_AFTER.match(text, close + 1)) is not None:
                # "the annual report of the Audit Committee (X), covering its fifty-ninth, sixtieth
                # and sixty-first meetings": the meetings named after the symbol
                clause = _CLAUSE_AFTER_MEETINGS.search(text, covering.end())
                end = clause.start() if clause else len(text)
                targets = [ref for g, refs in r.gatherings if covering.start() < g.start < end for ref in refs]
            if not targets:
                continue
            if len(targets) == len(docs):
                pairs = list(zip(docs, targets))
            elif len(docs) == 1:
                pairs = [(docs[0], t) for t in targets]
            else:
                continue
            for doc, target in pairs:
                self.add(doc, "reportOf", target, ev)
                for instrument, said_in in self.meeting_mandates.get(target, ()):
                    if named and said_in.start != r.sentence.start:
                        # "RC81 was convened in accordance with resolution X ... WPR/RC81/14 is the
                        # report of the Regional Committee on its eighty-first session": a report
                        # that names its session again is told of on its own, not as the sequel
                        # ("the report on that meeting") of the meeting held under X
                        continue
                    if said_in.start < r.paragraph.start:
                        # "The session is convened in accordance with decision X" pages before
                        # "the report on the session will be issued as Y": the session's mandate,
                        # not one the text gives its report
                        continue
                    self.add(doc, "pursuantTo", instrument, self.evidence_across(said_in, r.sentence, r.paragraph))
                if len(doc.symbols) > 1:
                    others = {
                        b.key for s in doc.symbols[1:] if (b := self.registry.by_symbol(s)) is not None
                    } | {b.key for s in doc.symbols[:1] if (b := self.registry.by_symbol(s)) is not None}
                    for partner in self.joint.get(target, ()):
                        if partner.body in others:
                            self.add(doc, "reportOf", partner, ev)
            tail_start = group[-1].end
            session = None
            submitted = _SUBMITTED.search(text, tail_start)
            if submitted and _SENDS_AN_OBJECT.match(text, submitted.start()):
                # "(CL 197/REP), which transmitted the views of the CCLM at its 121st Session": the
                # report sends what its verb's object names; no receiver, the session the views'
                # body's (E208)
                submitted = None
            if submitted and any(tail_start < s.start < submitted.start() for s in r.symbols):
                # "... (A/HRC/62/28), held in Geneva ..., and on the report of the Secretary-General
                # (A/81/190), submitted to the General Assembly ...": the next document's clause
                submitted = None
            if submitted and (present := _RECEIVER_AT.match(text, submitted.end())) is not None and (
                word := own_gathering_words.gathering_word_after(text, present.end())
            ):
                # "the reports of X on its eighty-second and eighty-third sessions (A and B), which
                # were before it at the present session, and of the progress made by Y at its
                # fifty-ninth session": the session the document reports on, not the next one
                # the sentence names (E173)
                session = next(iter(self.own_meeting_of_kind(word) or ()), None)
            elif submitted:
                for g, refs in r.gatherings:
                    if g.start >= submitted.start() and refs[0].kind == "session":
                        session = refs[0]
                        break
            intro = [
                ref for m, ref in r.instruments
                if m.end <= phrase.start() and re.search(r"\b(?:[Ii]n accordance with|[Pp]ursuant to)\b", text[: m.start])
                # "the note (X), submitted pursuant to decision 23/2, and the report of ...": the
                # participle after X's symbol gives X its mandate, not the report named after it
                and not any(s.end <= m.keyword_start and _SYMBOL_THEN_MANDATE.match(text[s.end : m.keyword_start]) for s in r.symbols)
                # "a) the report ... conducted pursuant to Decision 658 (C34) (Document C36/48); b) the
                # report of ...": the symbol right after the mandate closes the paper it governs (E216)
                and not any(m.end <= s.start and s.end <= phrase.start() and _MANDATE_THEN_SYMBOL.fullmatch(text, m.end, s.start) for s in r.symbols)
            ]
            for doc in docs:
                if session is not None:
                    self.add(doc, "submittedTo", session, ev)
                for ref in intro:
                    self.add(doc, "pursuantTo", ref, ev)


# What may open a row of a list of documents before its symbol: a bullet ("· IDB.56/1 Provisional
# agenda") or the agenda item the document is for ("1.2 EC-81/Doc. 1 ...", "4(b) E/CN.3/...")
_ROW_LEAD = re.compile(r"(?:[•·*▪◦–-]|\d{1,2}(?:\.\d{1,2})*[.)]?|\d{1,2}\s*\([a-z]\)|\(?[a-z]\))\s+")
# "| E/ESCWA/36/1 | Provisional agenda |": a pipe table's row opens with its bar (a table laid
# with tabs becomes one: `plain_layouts.tab_table_changes`)
_ROW_BAR = re.compile(r"\|[ \t]*")


# what may stand before and after the issuer's name that opens a decision told in the past ("The
# Executive Board also considered")
_NARRATING_SUBJECT = re.compile(r"(?:\d{1,3}\.\s+|\([a-z]{1,3}\)\s+)?(?:[Tt]he\s+)?")
_NARRATED_VERB_AFTER = re.compile(r"\s+(?:(?:also|further)\s+)?")


def _not_symbol_tails(text: str, instruments: list[InstrumentMention], symbols: list[SymbolMention]) -> list[InstrumentMention]:
    """The instruments that are not the tail of a document's symbol ("UNEP/MED IG.29/22": a number
    that a declared series and a space open). The members of a range go with its first: "Decisions
    EB 167/1 to EB 167/3" names three decisions, though "EB 167/3", a number in its body's
    convention, reads as a symbol too (E149)."""
    kept: list[InstrumentMention] = []
    first_kept = False  # whether the number that opened the last range was kept
    for m in instruments:
        member = m.numbered_by is not None and not m.first_in_list
        if member and first_kept or not any(s.start < m.start and m.end <= s.end and text[m.start - 1] == " " for s in symbols):
            kept.append(m)
            first_kept = first_kept if member else True
        elif not member:
            first_kept = False
    return kept


def _row_lead(text: str) -> int:
    """Where a row's first cell after its bar, bullet or item number starts (0 when none)."""
    bar = _ROW_BAR.match(text)
    start = bar.end() if bar is not None else 0
    lead = _ROW_LEAD.match(text, start)
    return lead.end() if lead is not None else start


# "..., and on the report of the Secretary-General on X (A/81/190), submitted to the General
# Assembly ...": a participle right after a document's bracketed symbol tells of that document.
_PARTICIPLE_AFTER_SYMBOL = re.compile(r"\)?\s*,\s*(?:which\s+(?:was|is|were|are)\s+|as\s+)?(?:submitted|presented|prepared|issued|transmitted)\b")
# A new document named between two symbols: "(A), held in Geneva ..., and on the report of ... (B)"
_ANOTHER_DOCUMENT = re.compile(r"\b(?:report|note|study|review|paper|document|letter|summary)\b", re.IGNORECASE)


def _participle_of_the_last(r: _Resolved, named: list[DocumentRef], phrase_start: int) -> list[DocumentRef]:
    """The one document a participle after its symbol speaks of, when the sentence named other
    documents before it in clauses of their own; else none (the caller keeps them all)."""
    text = r.sentence.text
    before = [s for s in r.symbols if s.end <= phrase_start]
    if len(named) < 2 or len(before) < 2:
        return []
    last, previous = before[-1], before[-2]
    close = text.find(")", last.end - 1, phrase_start)
    if _PARTICIPLE_AFTER_SYMBOL.match(text, close if close >= 0 else last.end) is None:
        return []
    if not _ANOTHER_DOCUMENT.search(text, previous.end, last.start):
        return []  # "(A and B), submitted ...", "(A) and (B), submitted ...": both
    return [DocumentRef(symbols=last.symbols)]


def _inside_quotes(text: str, position: int) -> bool:
    """Whether ``position`` is inside a quotation ("…" or "...") opened before it in ``text``:
    the title of another work, whose words name an instrument without the text citing it."""
    curly = text.count("“", 0, position) > text.count("”", 0, position)
    return curly or text.count('"', 0, position) % 2 == 1
