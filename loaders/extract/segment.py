"""Stage 2, segmenting: the cleaned blocks become headings, numbered paragraphs, the parts of
an instrument's text (title, preamble, operative paragraphs, annexes), footnotes and tables,
and each paragraph is cut into sentences.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from mandate_graph.graph.model import InstrumentKind, instrument_kind
from mandate_graph.loaders.extract.clean import Block, Cleaned
from mandate_graph.loaders.extract.numbering import NumberedInstrument, NumberingFinder
from mandate_graph.loaders.extract.roman import ROMAN, arabic_session, is_roman, roman_value
from mandate_graph.loaders.extract.ordinals import ORDINAL, ordinal_value
from mandate_graph.loaders.extract.rules.capital_verbs import NUMBER_BEFORE_CAPITAL_VERB
from mandate_graph.loaders.extract.rules.draft_labels import DRAFT_LABEL, label_number
from mandate_graph.loaders.extract.rules import narrated_headings, related_lists
from mandate_graph.loaders.extract.rules.instrument_headings import (
    MASTHEAD_LINE,
    announced_instrument,
    TEXT_OPENING_VERB,
    default_numbered_heading,
    kind_numbered_heading,
    noted_below,
    NOTE_LOOK,
    session_from_own_symbol,
    MASTHEAD_LOOK,
    SOURCE_NOTE,
    topic_numbered_heading,
    TITLE_FIELD,
    ADOPTION_FIELDS,
    listed_title,
    quoted_without_formula,
    range_members,
    titled_heading,
)
from mandate_graph.loaders.extract.symbols import SYMBOL, find_symbols
from mandate_graph.loaders.extract.symbol_first import FINITE_VERB, QUOTED_OR_BRACKETED, symbol_first

# "Resolution 74/2 as adopted", "Decision 12/3 (as orally revised)", "Resolution 74/2, as adopted1": the
# state of the text the heading's number heads, a footnote mark glued to the last word when the
# note's marker was flattened (it tells how the draft was adopted): the heading all the same (E241)
AS_ADOPTED = r"(?:,?\s+\(?as\s+(?:(?:orally\s+)?(?:adopted|revised|amended))\)?(?:\d{1,2}|[*†¹²³])?)?"
# "Resolution 11/1", "Decision 4/4", "DECISION 2027/18": the heading of an instrument's text.
# "Decision IV/2": a meeting of the Parties' session in Roman numerals (`roman.arabic_session`).
INSTRUMENT_HEADING = re.compile(
    r"^(?P<kind>Resolution|Decision|RESOLUTION|DECISION)\s+(?P<session>(?:[A-Z]{1,4}-)?\d{1,3}|(?:19|20)\d\d|"
    + ROMAN + r")/(?P<number>\d{1,3}|(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3}))" + AS_ADOPTED + r"\.?$"
)  # "Decision 91/III": a treaty body numbers its decisions of a session in Roman numerals
# "Resolution 7/2035": the number first, then the year of the session that adopted it (FAO's
# Conference, a treaty's governing body): a year after the slash is the session, as no number
# within a session runs to four figures
NUMBER_THEN_YEAR_HEADING = re.compile(
    r"^(?P<kind>Resolution|Decision|RESOLUTION|DECISION)\s+(?P<number>\d{1,3})/(?P<session>(?:19|20)\d\d)" + AS_ADOPTED + r"\.?$"
)
# "81/214. Strengthening crime prevention ...": the General Assembly's and the Human Rights
# Council's layout, number and title on one heading (the Economic and Social Council numbers
# by year: "2027/14. Strengthening ..."); the kind is told by the line above it
# ("Resolution adopted by the General Assembly on ...").

def _letters_the_template_writes(session: str, in_convention: tuple[str, str, str]) -> bool:
    """Whether a heading's session "A-34" is the convention's session "34" with the letters
    and hyphen the body's template writes before it (the same number, read by the template)."""
    letters, hyphen, digits = session.partition("-")
    return bool(hyphen) and letters.isalpha() and digits == in_convention[1]


NUMBERED_TITLE_HEADING = re.compile(
    r"^(?P<session>(?:[A-Z]{1,4}-)?\d{1,3}|(?:19|20)\d\d)/(?P<number>\d{1,3})\.\s+(?P<title>[A-Z“\"].{3,})$"
)
_ADOPTED_BY_LINE = re.compile(r"^(?P<kind>Resolution|Decision)\s+adopted\s+by\b")
# "DECISIONS ADOPTED BY THE EXECUTIVE BOARD AT ITS 221st SESSION" over "5 Implementation of the
# Recommendation": a list of one session's instruments whose headings give the item's number and
# the title alone (UNESCO's "221 EX/Decision 5" is headed so); the session the list title names
_LIST_AT_ITS_SESSION = re.compile(rf"\bat\s+its\s+(?P<ord>{ORDINAL})\s+session\b", re.IGNORECASE)
NUMBER_THEN_TITLE = re.compile(r"^(?P<number>\d{1,3})\s+(?P<title>[A-Z][^\n]{3,200})$")
# "V Communication and information41 Information for All Programme (IFAP): future of the …" /
# "Intergovernmental Council¹": a volume's resolution under its bare number, the section's title
# glued before it (a PDF viewer's copy runs the two headings into one line, no space before the
# figures) and the title wrapped over a line or two, a footnote's mark at its end
GLUED_NUMBER_TITLE = re.compile(
    r"^(?:[IVXLC]{1,6}\.?\s+[A-Z][^\d\n]{2,80}?(?<=[a-z]))?(?P<number>\d{1,3})\s+(?P<title>[A-Z][^\n]{3,200}(?:\n[^\n]{1,200}){0,2})$"
)
_TRAILING_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰*"


def bare_number_title(text: str) -> tuple[str, str] | None:
    """The number and the title of a heading `GLUED_NUMBER_TITLE` reads, the title's lines
    joined and its footnote's mark left out."""
    m = GLUED_NUMBER_TITLE.match(text)
    if m is None:
        return None
    return m["number"], " ".join(m["title"].split()).rstrip(_TRAILING_MARKS).rstrip()


# "Resolutions" / "Volume 1: Decisions" among a volume's masthead lines, and "50th session" /
# "Fiftieth session" above it: the volume collects the instruments that session adopted, each
# printed under its bare number (UNESCO's Records of the General Conference, an agency's
# governing body's volume of decisions)
_MASTHEAD_COLLECTION = re.compile(r"^(?:Volume\s+\w{1,4}\s*[:.,–—-]?\s*)?(?P<kind>Resolutions|Decisions|RESOLUTIONS|DECISIONS)$")
_MASTHEAD_SESSION = re.compile(rf"^(?P<ord>{ORDINAL})\s+[Ss](?:ession|ESSION)$", re.IGNORECASE)
# the masthead's lines a volume's collection and session are read among, each a short line
_COLLECTION_LINES = 8
_MASTHEAD_LINE_LENGTH = 120


def volume_collection(paragraphs: list[Paragraph], raw: str) -> tuple[InstrumentKind, str] | None:
    """"Resolutions" under "50th session" in a volume's masthead (no text read yet): the kind of
    the instruments the volume collects and the session that adopted them."""
    line = raw.strip()
    if len(paragraphs) >= _COLLECTION_LINES or any(p.instrument or len(p.text) > _MASTHEAD_LINE_LENGTH for p in paragraphs):
        return None
    collected = _MASTHEAD_COLLECTION.match(line)
    if collected is None:
        return None
    sessions = [ordinal_value(s["ord"]) for p in paragraphs if (s := _MASTHEAD_SESSION.match(p.text.strip()))]
    if len(sessions) != 1 or not sessions[0]:
        return None
    return instrument_kind(collected["kind"].lower().rstrip("s")), str(sessions[0])
# "The Executive Board," (or without its comma, before a single operative line) under "5 Title": the
# item's number and title head a decision's text, in a Word file as under a Markdown heading mark
_OPENING_LINE = re.compile(r"^The\s+[A-Z][\w’'\- ]{2,100},?\s*$")


def _opens_a_text(after: list[str]) -> bool:
    return bool(after) and _OPENING_LINE.match(after[0].strip()) is not None
# "Decisions adopted by the Conference of the Parties ... at its seventeenth meeting": the title
# of a list of instruments; each "17/3. Resource mobilization" heading below it opens one.
# What a list prints between an instrument's title and its text: the draft it was adopted on
# ("[CBD/COP/17/L.7]") and when ("Adopted at the 9th plenary meeting, on 29 October 2026").
ADOPTION_NOTE = re.compile(
    # "Resolution adopted on 19 September 2025 during the ninth plenary meeting": under the title
    # "(Adopted at the 8th meeting, on 14 March 2031)": the same note in brackets
    r"^(?:\[[^\]]{1,80}\]|\([Aa]dopted\s+(?:at|on|by|without|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\b[^.;()]{0,160}\.?\)|(?:(?:Resolution|Decision)\s+adopted|[Aa]dopted)\s+(?:at|on|by|without)\b[^.;]{0,160}"
    # "Adopted 29 May 2032": a slide's bullet under the decision's title (E100); "4621st meeting,
    # 22 July 2036", a sub-bullet under "adopted by the Committee at its 176th session" (E232)
    r"|Adopted\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
    r"|\d{1,5}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting,\s+(?:on\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
    # "Date of adoption: 13 July 2032", "Date adopted: ...", "Adoption date: ...": a field of a
    # page's record of the decision, under its code and title
    r"|(?:Date\s+of\s+adoption|Date\s+adopted|Adoption\s+date|Adopted\s+on)\s*:\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
    # "Cluster: Scientific and technical    Adopted: 10 May 2035    Download decision (PDF, 214 KB)":
    # a page's line of fields under the decision's heading, one of them the day it was adopted (E195)
    r"|" + ADOPTION_FIELDS.pattern + r")\.?$"
)
# What a masthead prints between an instrument's number and its title: "Agenda item 13.2",
# "28 May 2026", or both on one line; in brackets too ("(Agenda item 9)"). A page copied from a
# site prints its own dateline there ("Published: 18 June 2032", "Last updated on 2 July 2032",
# "Posted 18 June 2032", "Date: 18 June 2032"): the day the page went up, neither a title nor an
# adoption.
BESIDE_TITLE = re.compile(
    r"^\(?(?:(?:provisional\s+)?(?:agenda\s+)?item\s+[\d.]+(?:\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?"
    r"|(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified|released|uploaded|dated?)(?:\s+on)?\s*:?\s*)?"
    r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\)?$",
    re.IGNORECASE,
)
# "Compendium of decisions adopted by the Executive Board", "List of resolutions adopted by ...":
# the same title, after a word naming the collection.
LIST_ADOPTED_BY = re.compile(
    # "A. Decisions adopted by the Board ...": a section of a report's chapter may letter it
    r"^(?:[A-H]\.\s+)?(?:(?:Compendium|Compilation|List|Texts?|Summary)\s+of\s+(?:the\s+)?)?"
    r"(?P<kind>[Rr]esolution|[Dd]ecision)s\s+adopted\s+by\b"
)


def list_adopted_by(text: str) -> re.Match[str] | None:
    """`LIST_ADOPTED_BY` on a heading, printed in capitals too ("RESOLUTIONS ADOPTED BY THE
    SESSION" over a final report's resolutions: read as its capitalised form)."""
    return LIST_ADOPTED_BY.match(text) or (
        LIST_ADOPTED_BY.match(text.capitalize()) if len(text) < 200 and text.startswith(("DECISIONS ADOPTED BY ", "RESOLUTIONS ADOPTED BY ")) else None
    )


# A heading of two words or more in capitals only: "OTHER MATTERS", "APPENDIX C – LIST OF DOCUMENTS"
_CAPITALS_HEADING = re.compile(r"^(?=[^a-z]*$)[A-Z][A-Z’'-]+(?:\s+(?:[A-Z][A-Z’'-]*|[–—-]|[A-Z0-9.]+))+$")
ENDNOTES_HEADING = re.compile(r"^(?:End\s?notes|Notes|Footnotes)$", re.IGNORECASE)
# "Related documents", "Related decisions", "See also", "Documents of the session": a page's list of other texts after the
# instrument's own, which has ended
RELATED_HEADING = re.compile(
    r"^(?:(?:Other\s+)?Related\s+(?:documents|decisions|resolutions|texts|instruments|links)|See\s+also"
    r"|Documents\s+of\s+the\s+(?:session|meeting)|(?:Session|Meeting)\s+documents)\s*:?$",
    re.IGNORECASE,
)
ANNEX_HEADING = re.compile(r"^Annex(?:\s+[IVX]+|\s+\d+)?\.?$")
# "II. Organizational matters", "B. Decisions": a chapter or section of the report itself.
# "Chapter II": how a report published in the Official Records numbers its chapters.
CHAPTER_HEADING = re.compile(r"^(?:(?:[IVX]{1,5}|[A-H])\.\s+\S|Chapter\s+[IVX]{1,5}$)")
# "7.1 decides ...": a decision point under an agenda item, where the document numbers them
_POINT_LABEL = re.compile(r"^(?P<label>\d{1,3}\.\d{1,2})\s+(?=[A-Za-z])")
# "Revised draft decision on ...": the annex's text below is a draft, numbered or not
# "References:" / "Related documents:" alone on its line (its entries on the lines below, as
# `pdftotext -layout` breaks a summary box's hanging field): a list of what the paper refers to
# (not "Reference: FGL/2031/17", a letter's own reference number)
# "Item 13 (no decision adopted)", "Agenda item 7B: Title", "Item 9 – Title": a page's record of an
# agenda item, its number and what came of it or its title
# ("Agenda Item 14 Other Business" after a joint summary's decision: the next item, its title after
# the number with no stop, E165)
_ITEM_RECORD_HEADING = re.compile(r"^(?:Agenda\s+)?[Ii]tem\s+\d{1,3}[A-Z]?(?:\.\d{1,3})*\s*(?:\(|:|[–—-]\s|$)|^Agenda\s+[Ii]tem\s+\d{1,3}\s+[A-Z][a-z]")
_REFERENCES_FIELD = re.compile(r"^\s*(?:References|(?:Related|Background|Reference)\s+documents?|See\s+also)\s*:\s*(?:\S.{0,200})?$", re.IGNORECASE)
_DRAFT_WORD = re.compile(r"\b[Dd]raft\b")
# The end of a clause that recommends a text to another body, quoted below it: "recommends to the
# Health Assembly the adoption of the following draft resolution:", "decided to recommend that the
# Council adopt the following resolution:", "submits the following draft decision for adoption by
# the Conference:"
_RECOMMENDS_THE_FOLLOWING = re.compile(
    r"\brecommend\w*\b[^.;]{0,200}?\bthe\s+following\s+(?:draft\s+)?(?:resolution|decision)s?\b[^.;:]{0,80}:$"
    r"|\bthe\s+following\s+draft\s+(?:resolution|decision)s?\b[^.;:]{0,80}:$",
    re.IGNORECASE,
)
# "(1) decided to establish ...", "(2) requested the Director-General ...": WHO's numbered items after
# "The Executive Board, having considered the report ...," each opening on the Board's verb in the
# past (E215)
_PAST_CLAUSE_VERB = r"(?:also\s+|further\s+)?(?:decided|agreed|requested|invited|urged|encouraged|endorsed|approved|adopted|noted|took)"
# "OP2 [formerly OP3]", "PP4 [deleted]": a negotiated text's labels, the placeholder of a
# dropped paragraph a label alone.
# "a) Recalling ...": a Word list's letter typed without its opening bracket counts as "(a)"
_LABEL = re.compile(
    # ("(3) Requests", "3) Requests": a number in brackets, as some organs print their paragraphs;
    # "(3) to request ...", "(2) that the working group shall ...": WHO's items under "decided:";
    # "(1) decided to establish ...": its items each opening on the verb, E215)
    # ("1.1 By decision ...", "2.3.1 The group ...": a section's sub-paragraph, as a secretariat's
    # report numbers its paragraphs under numbered sections)
    rf"^(?:(?P<label>\d{{1,2}}(?:\.\d{{1,2}}){{1,2}}(?=\s+[A-Z])|\d{{1,3}}\.|\([a-z]{{1,4}}\)|\([ivx]{{1,5}}\)|\(?\d{{1,3}}\)(?=\s+[A-Z])|\(\d{{1,2}}\)(?=\s+(?:to|that|{_PAST_CLAUSE_VERB})\s))\s+|(?P<bare>[a-z]\))[ \t]+(?=[A-Z])|(?P<draft>{DRAFT_LABEL})(?:\s+|$)"
    # "4 REQUESTS the Expert Group ...": a number without a stop before an operative verb in
    # capitals, as IMO prints its resolutions
    rf"|(?P<number>{NUMBER_BEFORE_CAPITAL_VERB}))"
)
# "[Deleted during the session]", "[Paragraph deleted]": what a dropped paragraph's label is followed by
_BRACKETED_PLACEHOLDER = re.compile(r"^\[[^\[\]]{1,80}\]\.?$")
_BRACKETED_NUMBER = re.compile(r"^\(?(\d{1,3})\)$")  # "(3)", "3)": paragraph 3
# Preambular paragraphs open with a participle or an adjective of attitude;
# operative paragraphs with a verb in the present (resolutions) or past (decisions).
_OPERATIVE_VERB = re.compile(
    r"^(?:\d{1,3}\.\s+|\([a-z]{1,3}\)\s+)?"
    # "Also requests", "Further invites", "Strongly encourages", "Once again urges": the adverb
    # capitalised, the verb after it not
    # "Also further requests", "Further strongly urges", "Once again also calls": a chain of them
    r"(?:(?:Also|Further|Strongly|Again|Once\s+again|Hereby|Furthermore|Moreover|Finally|Lastly)"
    r"(?:\s+(?:also|further|strongly|again|once\s+again|hereby|urgently|respectfully|cordially|earnestly))*\s+[a-z]+s\b|"
    # "Decides to", "Requests that": operative; "Determined to", "Convinced that": preamble.
    # "Decided to establish", "Agreed to": a decision's past tense, not "Determined to".
    r"(?:(?:Decided|Agreed)\s+(?:to|that)\b|[A-Z][a-z]+(?:s\b|ed\b(?!\s+(?:that|at|about|by|of|to)\b))"
    # "URGES Member States", "REQUESTS the Director-General": the World Health Assembly's print
    r"|[A-Z]{3,}(?:S|ED)\b))"
)
# "(a) decided to establish", "(b) requested the Director-General": a labelled clause after
# "The Governing Body ...:", its verb not capitalised
_LOWER_CASE_CLAUSE_VERB = re.compile(
    r"^(?:(?:also|further)\s+)?(?:(?:decided|agreed)\s+(?:to|that)\b|[a-z]+(?:s\b|ed\b(?!\s+(?:that|at|about|by|of|to)\b)))"
)
# "1. To request the Secretariat ...", "2. That the Committee shall ...": a decision's numbered
# operative paragraphs written as infinitives or that-clauses after "decides:" (the Meeting of
# the Parties' form); numbered, since an unnumbered "To ..." may be a heading
# ("To this end," "To date," open no such clause)
_INFINITIVE_CLAUSE = re.compile(
    # ("(1) to establish ...", "(2) that the working group shall ...": in lower case after WHO's "decided:")
    r"^(?:[Tt]o\s+(?:(?:also|further)\s+)?(?!(?:that|this|these|those|the|what|which|date|end|whom)\b)[a-z]{3,}\b|[Tt]hat\s+(?!is\b))"
)
# "At its 8th meeting, on 14 March 2031, the Commission decided to ...": a decision printed in a
# session report tells what the body decided; that is its operative text
_NARRATED_DECISION = re.compile(
    r"^At\s+(?:its|the)\s+\d{1,3}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting\b[^;]{0,240}?\b(?:decided|agreed|endorsed|approved|requested|invited)\b"
)
# A decision whose text names its body before the verb, in the present tense: "The Commission
# requests the Executive Secretary to ...", "The Conference of the Parties decides that ...",
# "1. The Board takes note of ...". Its opener with a comma ("The Commission on X,") is a preamble's.
# "The Committee, recalling resolution 68/268 on ..., endorses": a recital between the body and
# its verb, set off by commas
# ("The Council, having reviewed document GEF/C.79/03, approves ...": a joint summary's decision, E165)
_SET_OFF_RECITAL = (
    r",\s+(?:recalling|noting|having\s+(?:considered|reviewed|examined|noted)|taking\s+note\s+of|welcoming|reaffirming|bearing\s+in\s+mind)\b[^;:]{0,400}?,"
    # (a note's mark glued after the comma, as pdftotext prints it: "held in Geneva on 30 and 31
    # January 2036,1 endorsed")
    r"(?:\d{1,2}(?=\s))?"
)
_BODY_THEN_VERB = re.compile(
    r"^(?:\d{1,3}\.\s+|\([a-z]{1,3}\)\s+)?The\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|on|of|for|and|the|to)){0,10}"
    r"(?:" + _SET_OFF_RECITAL + r")?\s+"
    # "The Board also further requests": a chain of adverbs before the verb
    r"(?:(?:also|further|again|strongly)\s+){0,3}(?:decides|requests|asks|invites|urges|encourages|calls\s+upon|recommends|endorses|approves|"
    # "The Committee recalls that, by its decision 89/III, ...": a decision's own recollection
    r"adopts|takes\s+note|welcomes|authorizes|establishes|agrees|reaffirms|designates|appoints|elects|notes|recalls\s+that)\b"
)
# "The Regional Committee DECIDES to hold its eightieth session ...": a text of one paragraph that
# names its body, then the verb in capitals as operative paragraphs print it, of any kind of
# instrument (a preamble's opener has a comma and participles, never a verb in capitals) (E112)
_BODY_THEN_CAPITAL_VERB = re.compile(
    r"^(?:\d{1,3}\.\s+)?The\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|on|of|for|and|the|to)){0,10}?\s+(?:(?:ALSO|FURTHER)\s+)?"
    r"(?:DECIDES|REQUESTS|INVITES|URGES|ENCOURAGES|CALLS\s+UPON|RECOMMENDS|ENDORSES|APPROVES|ADOPTS|WELCOMES|AUTHORIZES|ESTABLISHES|DESIGNATES)\b"
)
# "The Bureau of the Commission is requested to …", "Member States are further invited to …": an
# instrument's paragraph asking a body in the present passive, its text as much as "Requests the
# Bureau to …" (the first of its operative paragraphs may be one, E258)
_BODY_IS_REQUESTED = re.compile(
    r"^(?:\d{1,3}\.\s+|\([a-z]{1,3}\)\s+)?(?:The\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|on|of|for|and|the|to)){0,10}?\s+"
    r"(?:is|are)\s+(?:(?:also|further|hereby|again)\s+){0,2}"
    r"(?:requested|invited|encouraged|urged|called\s+upon|authori[sz]ed|directed|instructed|mandated)\s+to\s+[a-z]"
)
# "The Industrial Development Board decided that its next session ...", "Board decided to establish
# a Finance and Audit Committee" (a slide's bullet): a decision told in the past under its own
# heading, its text
_BODY_THEN_DECIDED = re.compile(
    r"^(?:\d{1,3}\.\s+|\([a-z]{1,3}\)\s+)?(?:The\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|on|of|for|and|the|to)){0,10}"
    # ("The Executive Board decided:" over its items "(1) to establish ...; (2) to request ...")
    r"\s+(?:also\s+|further\s+)?(?:decided|agreed)(?:\s+(?:to|that)\b|\s*:)"
    # "The Committee invited the Working Party on ...", "The Committee endorsed the recommendations
    # ...": a session report's annex telling each decision in the past, the body (by its kind alone:
    # "The Committee on Coastal Data requested ..." under a decision of the Commission tells of
    # another body's act) then its act
    r"|^(?:\d{1,3}\.\s+|\([a-z]{1,3}\)\s+)?The\s+[A-Z][a-z]+\s+(?:also\s+|further\s+)?"
    r"(?:requested|invited|encouraged|urged|asked|called\s+upon|entrusted|instructed|authorized|authorised|"
    r"endorsed|approved|adopted|established|welcomed|took\s+note)\s+(?:the|its|all|an?)\b"
    # "The Executive Board took note of the report of ... and requested the President ...", "The
    # Executive Board considered the proposed budget (X) and decided to submit it ...": a board's
    # decisions compiled after its session, each told in the past under its heading; the body's
    # name in capitalised words alone (E149)
    r"|^(?:\d{1,3}\.\s+|\([a-z]{1,3}\)\s+)?The\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+(?:also\s+|further\s+)?"
    r"(?:took\s+note\s+of|considered|requested|invited|endorsed|approved|welcomed)\s+(?:the|its|an?)\s"
    # "The Executive Board, having considered the report of ..., endorsed the recommendations ...",
    # "The Executive Board, recalling resolution EB176.R4 ..., decided:": WHO's form of a decision,
    # a recital set off by commas between the body and its verb in the past
    # ("The WIPO General Assembly, having considered document X, requested the SCCR …": the
    # organization's acronym before its organ's name, E236)
    r"|^(?:\d{1,3}\.\s+|\([a-z]{1,3}\)\s+)?The\s+(?:[A-Z]{2,8}\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}" + _SET_OFF_RECITAL + r"\s*"
    r"(?:also\s+|further\s+)?(?:decided|agreed|took\s+note\s+of|requested|invited|endorsed|approved|welcomed|noted)\b"
)
# "Decision EB 174/1: The Executive Board took note of the report and requested the President ...":
# a body's minutes tell each decision run into its label, the body then its act in one paragraph;
# the label is the decision's heading, the rest its text (no title), which ends with the paragraph
# when that ends as a sentence (the next paragraph is the minutes' own again, E231)
_RUN_IN_LABEL_END = re.compile(r"\s*[:.]\s+(?=The\s+[A-Z])")


def run_in_decision(raw: str) -> int | None:
    """Where the text of a decision run into its label ("Decision EB 174/1: The Executive Board
    approved ...") begins, or None when the words after the label are a title."""
    if len(raw) < 40 or raw[:1] not in "DR":
        return None
    label_end = _RUN_IN_LABEL_END.search(raw, 0, 40)
    if label_end is None or "/" not in raw[: label_end.start()]:
        return None
    text = raw[label_end.end() :]
    if _BODY_THEN_VERB.match(text) or _BODY_THEN_DECIDED.match(text) or _BODY_THEN_CAPITAL_VERB.match(text):
        return label_end.end()
    return None


_PREAMBLE_WORD = re.compile(
    r"^(?:[A-Z][a-z]+ing\b|(?:Alarmed|Concerned|Convinced|Mindful|Aware|Deeply|Gravely|Guided|"
    r"Noting|Bearing|Having|Seriously|Determined|Cognizant|Conscious|Desirous|Encouraged|Emphasizing)\b)"
)
_TERMINAL = ".;:,!?"
# a record's symbol field, as an export's reader writes it ("Symbol<tab>AFR/RC79/6")
_RECORD_SYMBOL_ROW = re.compile(r"^(?:Document |Doc )?[Ss]ymbol\s+\S+$")
# The line that closes an instrument's text with its adoption: "Adopted at the 3rd meeting, on 23
# June 2031", "(Adopted without a vote at the 8th meeting, on 14 March 2031)"; not a draft's
# bracketed symbol, which ADOPTION_NOTE also reads under a title.
_CLOSING_ADOPTION_LINE = re.compile(r"^\(?(?:Adopted|Approved)\s+(?:at|on|by|without)\b[^.;]{0,160}\.?\)?$")
# "6th meeting" / "9 May 2035", "9th plenary meeting / 21 November 2025" under the last clause: the
# sitting that adopted the text and its day, the text's last lines (a converter's italics lost), no
# section heading (E235)
_CLOSING_SITTING_LINES = re.compile(
    rf"^(?:{ORDINAL}|\d{{1,4}}(?:st|nd|rd|th))\s+(?:plenary\s+)?meeting\s*,?\s*\d{{1,2}}\s+[A-Z][a-z]+\s+\d{{4}}\.?$", re.IGNORECASE
)
# "(GB.352/POL/2, paragraph 9, adopted on 16 March 2027)", "(A/80/12, para. 4, as amended, adopted on
# 2 May 2031)": the note in brackets under a decision's text, where the record it comes from and the
# day are told; the text ends there
_CLOSING_ADOPTION_NOTE = re.compile(
    r"^\([^()]{1,120}?,\s+(?:[^()]{0,80}?,\s+)?adopted\s+on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\)\.?$"
)
# "Note:", "Editorial note:", "Editor's note:", "Note by the secretariat:": a page's note on the text above it
_PAGE_NOTE = re.compile(r"^(?:Editorial\s+note|Editor[’']s\s+note|Note\s+by\s+the\s+(?:[Ss]ecretariat|editors?)|Note)\s*:\s+[A-Z]")
# "¹ Resolution adopted on the report of the CI Commission at the 14th plenary meeting, …": a
# footnote a raised mark opens, printed at the page's foot inside or after a text (a PDF viewer's
# copy keeps the mark): the page's note, no words of the text
MARKED_NOTE = re.compile(r"^(?P<mark>[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\s+(?=[A-Z])")
_ABBREVIATIONS = frozenset(
    "e.g i.e No Nos vol vols para paras chap chaps sect sects art arts Mr Ms Mrs Dr p pp St Corr Rev Add etc cf".split()
)
_SENTENCE_END = re.compile(r"[.!?][”\"’)]?\s+(?=[A-Z(“\"‘])")


@dataclass
class Sentence:
    start: int  # in the cleaned text
    end: int
    text: str


@dataclass
class Paragraph:
    start: int
    end: int
    text: str  # without the label
    kind: str  # "heading", "paragraph", "listing", "footnote", "table"
    label: str | None = None  # "12", "(a)"
    heading: str | None = None  # the heading of the section it is in
    section: int = 0  # sections are numbered in order
    instrument: tuple[InstrumentKind, str, str] | None = None  # (kind, session, number) whose text it is
    part: str | None = None  # "title", "preamble", "operative", "annex"
    draft: bool = False  # in an annex of the report: a draft, not adopted
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def evidence_label(self) -> str | None:
        """How a reader finds the paragraph: its number, else the heading above it. Inside
        the text of a resolution or decision, with the instrument ("resolution 11/3, para. 2";
        "resolution 11/3, preamble"): a session report holds many, each numbered from 1."""
        if self.instrument is not None and self.part in ("title", "preamble", "operative", "annex"):
            kind, session, number = self.instrument
            where = f"{kind} {session}/{number}"
            if self.label:
                return f"{where}, para. {self.label}"
            return f"{where}, {'operative part' if self.part == 'operative' else self.part}"
        return self.label or self.heading


# "... twice a year.2": a sentence's end with a footnote's mark glued to it (raw pdftotext)
_END_WITH_NOTE_MARK = re.compile(r"[a-z)\]”\"][.;:]\d{1,3}$")
# "Recalling also … its report (A/89/23), 1": the raised mark that raw pdftotext prints after a space
# once the line's comma or semicolon closes the clause; a heading ends with no comma before a number
# ("Supplement No. 23" has a full stop, "items 3, 4" a digit before its comma)
_END_WITH_SPACED_NOTE_MARK = re.compile(r"[a-z)\]”\"][,;]\s\d{1,3}$")


def _announces_the_next_heading(raw: str, next_lines: list[str], numbering: NumberingFinder) -> bool:
    """Whether a paragraph ending with a colon names one instrument, the one whose heading
    ("Decision 64/4") is the next line."""
    if not next_lines or len(raw) > 300:
        return False
    heading = INSTRUMENT_HEADING.match(next_lines[0].strip())
    if heading is None:
        return False
    named = {(f.session, f.number) for f in numbering.find(raw)}
    return named == {(arabic_session(heading["session"]), arabic_session(heading["number"]))}


# A title in capitals that its writer broke over two paragraphs ("MARITIME CYBERSECURITY:
# ESTABLISHMENT OF A JOINT MSC/FAL" / "WORKING GROUP", each a paragraph of a Word table's cell, or a
# centred title's lines that antiword, LaTeX or stripped RTF set flush left, no blank line
# between): the second paragraph goes on with the title, no heading of a section of the text (it
# had ended the instrument before "THE ASSEMBLY,", L21). Both wholly in capitals, the first
# without a closing stop; not the formula that opens the text ("THE ASSEMBLY") nor an annex.
def continues_title_in_capitals(above: Paragraph, text: str) -> bool:
    """Whether ``text``, a heading right under the instrument's title heading ``above``, is that
    title's next line."""
    return (
        above.kind == "heading" and above.part == "title" and above.instrument is not None
        and _IN_CAPITALS.match(above.text) is not None and above.text.rstrip()[-1:] not in _TERMINAL
        and _IN_CAPITALS.match(text) is not None and text.rstrip()[-1:] not in _TERMINAL
        and not text.lstrip().startswith("THE ") and not ANNEX_HEADING.match(text.strip())
    )


# a line in capitals: no lower-case letter, two capitals at least in a row
_IN_CAPITALS = re.compile(r"^(?=[^a-z]*$)\s*[^\n]*[A-Z]{2}")


def _next_clause_under(after: list[str], clause_number: int) -> bool:
    """Whether the block ``after`` a chapter's heading ("II. Working methods") is the next clause of
    the text above it: numbered one past its last clause (1 after its preamble) and opening on an
    operative verb ("3. Requests the General Committee ..."). A resolution's operative part parted
    into sections (the Assembly's revitalization and omnibus texts) goes on under the heading; a
    report's next chapter opens on its own paragraphs ("11. The Commission held ...") (E296)."""
    label = _LABEL.match(after[0].strip()) if after else None
    if label is None or not label["number"] and not (label["label"] or "").rstrip(".").isdigit():
        return False
    number = (label["label"] or label["number"]).strip().rstrip(".")
    text = after[0].strip()[label.end():]
    return (
        number.isdigit() and int(number) == max(clause_number, 0) + 1 and clause_number >= 0
        and _OPERATIVE_VERB.match(text) is not None and _PREAMBLE_WORD.match(text) is None
    )


def _is_heading(text: str, marked: bool) -> bool:
    if marked:
        return True
    if len(text) > 300 or not text or text[-1] in _TERMINAL or _END_WITH_NOTE_MARK.search(text[-8:]):
        return False
    if _END_WITH_SPACED_NOTE_MARK.search(text[-8:]):
        return False
    if text.endswith(")") and SYMBOL.search(text[-80:]):
        return False  # a listing: "Report of the Secretariat on ... (CTOC/COP/2022/2)"
    if (entry := _without_mandate_after_entry(text)) is not text and SYMBOL.search(entry[-80:]):
        # "Report of the Secretary-General on X (A/90/66), prepared pursuant to Council resolution
        # 2006/46": an entry of a list and the mandate it was written under, with no full stop, as
        # `_is_listing` reads it (a hyphen bullet's first entry had headed the rest of its list)
        return False
    if ", " in text and _TOLD_IN_A_RELATIVE_CLAUSE.search(text):
        # "2. Report of the Secretary-General on X, which the Assembly, in paragraph 22 of its
        # resolution 86/219, requested him to prepare annually": a table's entry (a budget's
        # deliverable) that tells how it was asked for, with no full stop, is no heading (E169)
        return False
    first = text[0]
    return first.isupper() or first.isdigit() or first == "("


# ", which the Assembly, in paragraph 22 of its resolution 86/219, requested him to", ", by which it
# decided": a relative clause whose subject then names an instrument, told after a comma
_TOLD_IN_A_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:(?:in|by|under|through)\s+)?which\s+(?:the\s+[A-Z][\w-]*|it|they)\b[^.;]{0,80}?\b(?:resolution|decision)s?\s+\d"
)
# A list's entry is a title and its symbol: a paragraph of several sentences this long is prose
_LONGEST_ONE_SENTENCE_ENTRY = 400
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)]\.)\s+(?=[A-Z])")
_MANDATE_AFTER_ENTRY = re.compile(
    r"(?<=\))\s*,\s*(?:(?:submitted|prepared|issued)\s+(?:pursuant\s+to|in\s+accordance\s+with|in\s+response\s+to|under)"
    # "(X), answering (responding to) the request in resolution 86/195" (E176)
    r"|(?:answering|responding\s+to)\s+the\s+requests?\s+(?:in|of|made\s+in|contained\s+in))\s+[^;()]{3,120}$"
)
# "The background paper (X), prepared pursuant to that request, summarizes the replies of 61 States.":
# the sentence goes on past the mandate with a verb of its own (", summarizes the", ", contains a")
# or a second sentence; a running paragraph, no entry (E208)
_CLAUSE_GOES_ON = re.compile(r",\s+(?:and\s+)?(?:also\s+)?[a-z]+(?:s|ed)\s+(?:the|a|an|its|their|that)\b|\.\s+[A-Z]")
# What a report tells of a meeting, no document's title: "At its 8th meeting, on 14 March, ..."
# "For the report of X on its Nth session, see …", "See the report of X on …": a note's sentence
_SENDS_THE_READER = re.compile(r"^(?:For\s+(?:the|its|their)\s+[^;()]{3,300}?,\s+see|See\s+(?:also\s+)?the\s+reports?)\s")
_TOLD_AT_A_MEETING = re.compile(r"^(?:At|During)\s+(?:its|the|their)\s+[\w-]+\s+(?:plenary\s+)?(?:meeting|session)\s*,")
# What a body did with a document, told in the past tense without an auxiliary: "The Commission
# considered the report of the Committee on its fifth session (X).", "In addition, the Governing
# Council took note of the study (X).": a sentence of the narrative, no document's title.
_BODY_ACTED_ON = re.compile(
    r"^(?:[A-Z][^,()]{0,60},\s+)?(?:the|The)\s+(?:[A-Z][\w'’.-]*\s+(?:(?:of|on|for|and|to|the)\s+)*){1,8}"
    r"(?:also\s+|further\s+|then\s+|subsequently\s+)?"
    # "The Committee adopted the Agenda and Timetable (X) and took note of ... (Y)."
    r"(?:considered|examined|took\s+note|noted|welcomed|reviewed|discussed|endorsed|approved|adopted|received|heard|had\s+before\s+it"
    # "The Chair of the Committee on Coastal Data presented the report of the Committee on its ninth
    # session (X).": an officer who introduced a paper, the narrative's sentence as well (E209)
    r"|presented|introduced|tabled)\b"
)

# A lettered clause of a decision told in the past tense, its verb first: "(a) Took note of the report of
# the Committee on its fifty-fourth session (X);", "(b) Considered the note by the Secretariat (Y);" (a
# board's decisions, E294): what the body did with a paper, no entry of a list of documents
# The same clause in the present, the first person plural of a declaration's paragraphs or a
# resolution's third person: "3. Take note with appreciation of the report of the Statistical
# Commission on its seventy-first session (X);", "We welcome the report …", "Takes note of …" (E301)
_CLAUSE_OPENS_ON_A_PAST_ACT = re.compile(
    r"^(?:\([a-z]{1,3}\)\s+|\d{1,3}\.\s+)?(?:We\s+)?(?:[Aa]lso\s+|[Ff]urther\s+)?(?i:(?:took|takes?)\s+note\s+(?:with\s+(?:appreciation|satisfaction|interest)\s+)?of"
    r"|consider(?:ed|s)?|examined|reviewed|noted|welcome[sd]?|endorsed|approved)\s+(?:the|its)\s"
)
# A sentence of prose in the present, its subject then its verb: "The subprogramme also draws on the
# work of ...", "The Committee further relies upon ...", "This section builds on the ..." (E158); a
# title names a thing ("The rights of persons with disabilities", "The Commission's contributions to")
_PRESENT_PROSE = re.compile(
    r"^(?:\d{1,3}\.\s+)?(?:The|This|These|It)\s+(?:[\w’'-]+\s+){0,3}?(?:also|further|thus|therefore|now)\s+[a-z]+s\s+(?:on|upon|from|the|an?|its|their)\b"
)
# where a sentence of a narrative paragraph ends and the next begins
_NEXT_SENTENCE = re.compile(r"(?<=[a-z)]\.)\s+(?=[A-Z])")


# what may close a list's entry after its symbol's bracket: "; and", "; or", ", as orally revised"
_ENTRY_CLOSER = re.compile(r"\)(?:\s*[;,]\s*(?:and|or)|\s*,\s*as\s+(?:orally\s+)?(?:revised|amended|corrected))\s*$")


def _without_mandate_after_entry(body: str) -> str:
    """"Report of the Secretary-General on X (E/CN.9/2028/2), submitted pursuant to Commission
    resolution 2024/1": the entry up to its symbol's bracket, without the mandate it was written
    under; ``body`` itself (the same object) when no such mandate closes it."""
    if ")" in body and ("submitted" in body or "prepared" in body or "issued" in body or "request" in body):
        # (every match holds the bracket and one of the verbs: the pattern, which opens with a
        # look-behind, is tried at every position of the paragraph only where it may match)
        tail = _MANDATE_AFTER_ENTRY.search(body)
        if tail is not None and not _CLAUSE_GOES_ON.search(tail.group(0)):
            return body[: tail.start()]
    return body


# the ticked or open box before a checklist's row ("☑ UNAIDS/PCB (77)/39.2 – Report of …")
_BOX_MARK = re.compile(r"^[☑☐☒✓✔]\s+")


def _is_listing(text: str) -> bool:
    """A document listed with its symbol: "Note by the Secretariat ... (CTOC/COP/2022/5)".

    A sentence that ends with a symbol ("... can be used as reference material (A/1).") is not.
    """
    body = _BOX_MARK.sub("", text.rstrip(";."))  # "☑ X – Title": a checklist's ticked row (E299)
    if symbol_first(body):
        return True
    body = _without_mandate_after_entry(body)
    if (closer := _ENTRY_CLOSER.search(body[-40:])) is not None:
        # "… (E/CN.16/2035/L.3); and", "… (E/CN.16/2035/L.4), as orally revised": the entry's
        # symbol, then the list's conjunction or the state the text was approved in
        body = body[: len(body) - len(body[-40:]) + closer.start() + 1]
    if not (body.endswith(")") and SYMBOL.search(body[-80:]) and len(body) < 1500):
        return False
    if _TOLD_AT_A_MEETING.match(body):
        return False  # "At its 8th meeting, on 14 March, the Commission adopted the draft report (X)"
    if _SENDS_THE_READER.match(body):
        # "For the report of the Commission on its sixty-eighth session, see Official Records …,
        # Supplement No. 5 (E/2035/25)": a note that sends the reader to a report, a sentence that
        # names it (`reports`), no document listed under a title (E241)
        return False
    if len(body) > _LONGEST_ONE_SENTENCE_ENTRY and _SENTENCE_BREAK.search(body):
        # "Management welcomes the evaluation ... With regard to recommendation 1, Management notes
        # that ... examined the related budget proposals (FC 198/9).": a paragraph of several
        # sentences that happens to end on a symbol, no entry of a list
        return False
    if _PRESENT_PROSE.match(body):
        return False  # "The subprogramme also draws on the work of ... contained in its report (X)." (E158)
    if _CLAUSE_OPENS_ON_A_PAST_ACT.match(body):
        return False  # "(a) Took note of the report of the Committee on its fifty-fourth session (X);" (E294)
    if _BODY_ACTED_ON.match(body) or any(_BODY_ACTED_ON.match(later) for later in _NEXT_SENTENCE.split(body)[1:]):
        # (a later sentence as well: "On Tuesday, the Chair opened the session. ... The Panel
        # adopted the agenda (X) and the report of IPCC-65 (Y).")
        return False
    return not FINITE_VERB.search(QUOTED_OR_BRACKETED.sub(" ", body))


# "48/141. High Commissioner …" on a list's line under "General Assembly resolutions": the number's
# stop ends no sentence (E248)
_LISTED_NUMBER_STOP = re.compile(r"\s*\d{1,4}/\d{1,4}\.")


def split_sentences(text: str, offset: int, listed: bool = False) -> list[Sentence]:
    """``listed``: a list's line, whose instrument number's stop ends no sentence."""
    sentences = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        words_before = text[start : m.start()].rsplit(None, 1)  # (none when only spaces stand before)
        last_word = words_before[-1] if words_before else ""
        word = last_word.lstrip("(")
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
            continue
        if listed and start == 0 and _LISTED_NUMBER_STOP.fullmatch(text, 0, m.start() + 1):
            continue
        end = m.end()
        piece = text[start:end].rstrip()
        if piece:
            sentences.append(Sentence(offset + start, offset + start + len(piece), piece))
        start = end
    piece = text[start:].rstrip()
    if piece:
        sentences.append(Sentence(offset + start, offset + start + len(piece), piece))
    return sentences


# (E250) "A.   Decision 652 (LXXXIV)", "B. Agreed conclusions 651 (LXXXIV)": a report's chapter I
# letters each text it reproduces, and a body that numbers its "agreed conclusions" (UNCTAD's
# Board), "conclusions" or "recommendations" in the series of its decisions heads them with that
# word; the letter is no part of the heading, and the word's kind is the template's. A colon may
# follow the kind ("Decision:<TAB>59 COM 5A", E254).
_HEADING_KEYWORD = re.compile(
    r"^(?:[A-H]\.\s+)?(?:(?P<kind>Resolution|Decision|RESOLUTION|DECISION)(?::\s*|\s+)"
    r"|(?:Agreed\s+conclusions|AGREED\s+CONCLUSIONS|Conclusions?|CONCLUSIONS?|Recommendations?|RECOMMENDATIONS?)\s+)?"
)


_CAPITALS_KEYWORD = re.compile(r"^(?P<kind>RESOLUTION|DECISION)\s")
_LONGEST_NUMBER_HEADING = 60  # "Resolution S/RES/2791 (2026)": a number alone on its line is short


# A table's column heads printed as lines of their own above a list ("Symbol" / "Title"): the
# list is still under the heading above them ("List of documents before the Meeting").
# (a contents table's "Page" column head, split from its caption cell "Decisions adopted by the
# Conference of the Parties<tab>Page" onto a line of its own, is no section heading either: the
# rows below stay under the caption, which names their kind, E218)
_COLUMN_HEAD = re.compile(r"^\s*(?:Document\s+)?(?:Symbol|Title|Titles?\s+of\s+(?:the\s+)?documents?|Document|Pages?)\s*$", re.IGNORECASE)


def _annex_number(heading: str) -> int | None:
    """"Annex II" -> 2, "Annex 3" -> 3; None for "Annex" alone."""
    words = heading.rstrip(".").split()
    if len(words) != 2:
        return None
    if words[1].isdigit():
        return int(words[1])
    return roman_value(words[1]) if is_roman(words[1]) else None


def numbered_heading(raw: str, numbering: NumberingFinder | None) -> tuple[InstrumentKind, str, str] | None:
    """"Decision 7/CP.30", "Resolution WHA79.12", "Resolution 2791 (2026)": the heading of an
    instrument's text, numbered in its body's convention (the whole line is the number)."""
    if numbering is None or len(raw) > _LONGEST_NUMBER_HEADING:
        return None
    line = raw.rstrip().rstrip(".")
    found = numbering.find(line)
    if not found and line[:1] in "DR" and (capitalised := keyword_capitalised(line)) != line:
        # "DECISION 9 (RA I-20)": a heading in capitals of a convention that writes its keyword
        # ("Decision {number} (RA I-{session})"), which the convention reads capitalised only
        line = capitalised
        found = numbering.find(line)
    if not found:
        return None
    keyword = _HEADING_KEYWORD.match(line)
    first = found[0]
    if keyword is None or first.start not in (0, keyword.end()) or first.end != len(line):
        return None
    # The keyword is the heading's own ("Decision 7/CP.30") or the template's ("resolution {number} ({session})")
    kind = instrument_kind(keyword["kind"].lower()) if keyword["kind"] and first.start else first.kind
    return kind, first.session, first.number


def keyword_capitalised(line: str) -> str:
    """``line`` with its keyword in capitals written as a convention writes it ("RESOLUTION 5
    (EC-86)" as "Resolution 5 (EC-86)"); any other line as it is."""
    capitals = _CAPITALS_KEYWORD.match(line)
    return line if capitals is None else capitals["kind"].capitalize() + line[capitals.end("kind") :]


def _keyword_in_template(raw: str, numbering: NumberingFinder | None) -> bool:
    """Whether the convention that reads the heading writes its keyword ("Resolution {number}/{session}")."""
    found = numbering.find(raw.rstrip().rstrip(".")) if numbering is not None else []
    return bool(found) and found[0].start == 0


# "Related decisions", "Related resolutions", "Related documents": a web page's list of links
_RELATED_LIST_HEADING = re.compile(r"^(?:Other\s+)?[Rr]elated\s+(?:[Rr]esolutions?|[Dd]ecisions?|[Ii]nstruments|[Dd]ocuments)\b")

# The lines of a masthead, at the top of the document.
_MASTHEAD_LINES = 3


# "UNEP/CMS/": a document series written before an instrument's number, glued to it.
_SERIES_BEFORE_NUMBER = re.compile(r"^[A-Z][A-Za-z.]*(?:/[A-Z][A-Za-z.]*)*/(?=[A-Z][a-z]+\s)")


def numbers_in_masthead_line(line: str, numbering: NumberingFinder) -> list[NumberedInstrument]:
    """The numbers in their bodies' conventions a masthead line holds, with one written after
    the series of its body's documents as one symbol ("UNEP/CMS/Resolution 15.4")."""
    found = numbering.find(line)
    series = _SERIES_BEFORE_NUMBER.match(line) if not found else None
    if series is None:
        return found
    return [replace(n, start=n.start + series.end(), end=n.end + series.end()) for n in numbering.find(line[series.end() :])]


# "CONVENTION ON" / "MIGRATORY" / "SPECIES": a convention's emblem printed as words, a word or two
# in capitals a line, above the symbol; the masthead's lines are counted below it
_EMBLEM_LINE = re.compile(r"^[A-Z]{2,}(?: [A-Z]{2,})?$")
_EMBLEM_LINES = 3


def _emblem_lines(paragraphs: list[Paragraph]) -> int:
    count = 0
    while count < min(len(paragraphs), _EMBLEM_LINES) and _EMBLEM_LINE.match(paragraphs[count].text.strip()):
        count += 1
    return count


def _in_masthead(paragraphs: list[Paragraph]) -> bool:
    """Whether the next paragraph is among the masthead's lines (after an emblem's, if any).
    (the emblem's lines are read only where they decide it: every paragraph asks)"""
    if len(paragraphs) < _MASTHEAD_LINES:
        return True
    if len(paragraphs) >= _MASTHEAD_LINES + _EMBLEM_LINES:
        return False
    return len(paragraphs) < _MASTHEAD_LINES + _emblem_lines(paragraphs)


# What stands before the symbol on a United Nations masthead's line: the organisation, no organ
_UN_BESIDE_SYMBOL = re.compile(r"^[\s*]*(?:United\s+Nations|UNITED\s+NATIONS)?[\s*]*$")


def _in_capitals_or_titled(before: str) -> bool:
    """Whether the text before a symbol is a name in title case or capitals ("General Conference",
    "EXECUTIVE BOARD"), two to eight words, not a sentence's words."""
    words = before.replace("*", " ").split()
    return 2 <= len(words) <= 8 and all(w[:1].isupper() or w in _NAME_SMALL_WORDS for w in words) and words[0][:1].isupper()


_NAME_SMALL_WORDS = frozenset({"of", "the", "on", "and", "for", "to", "in"})


def masthead_instrument(raw: str, numbering: NumberingFinder | None) -> tuple[InstrumentKind, str, str] | None:
    """The instrument a masthead line ends with, numbered in its body's convention
    ("SEVENTY-NINTH WORLD HEALTH ASSEMBLY<tab>WHA79.12"): the document is its text."""
    if numbering is None:
        return None
    line = raw.rstrip()
    found = numbers_in_masthead_line(line, numbering)
    if not found or found[-1].end != len(line) or not line[: found[-1].start].strip():
        return None
    label = _HEADING_KEYWORD.match(line[: found[-1].start])
    labelled = bool(label and label["kind"] and label.end() == found[-1].start)
    if not labelled and any(s.start <= found[-1].start < s.end for s in find_symbols(line)) and (
        _UN_BESIDE_SYMBOL.match(line[: found[-1].start]) or not _in_capitals_or_titled(line[: found[-1].start])
    ):
        # "United Nations<tab>S/RES/2791 (2026)": the document's symbol, read as such. A body's
        # name beside it ("General Conference GC(80)/RES/9", the two cells of a grid masthead's
        # row that pdftotext -raw ran into one line) heads the text as the symbol alone would (L19);
        # so does its kind's label ("Decision:<tab>HYP/IC-XXVI/Dec.3", a number shaped like a
        # symbol, G1)
        return None
    return found[-1].kind, found[-1].session, found[-1].number


def _listed_run(paragraphs: list[Paragraph]) -> bool:
    """Whether the last two paragraphs are headings of two instruments, each of one line, with
    nothing between them: entries of a list (a summary of a meeting's outcomes), not the
    heading of one instrument whose text follows."""
    if len(paragraphs) < 2:
        return False
    last, before = paragraphs[-1], paragraphs[-2]
    return all(
        p.kind == "heading" and p.part == "title" and p.instrument is not None and "\n" not in p.text for p in (last, before)
    ) and last.instrument != before.instrument


# "Action: adopted without amendment as resolution EM/RC76/R.2 at ...", "the draft decision was
# adopted as decision 5/2": the number a draft took when it was adopted, after the verb
_ADOPTED_AS = re.compile(r"\badopted\b(?:[^.;:]|\.(?=\S)){0,80}?\bas\s+(?:its\s+|the\s+)?(?=(?:resolution|decision)\s)", re.IGNORECASE)
_KIND_WORD = re.compile(r"(?:resolution|decision)\s+", re.IGNORECASE)
# "Draft resolution", "Revised draft decision", "DRAFT RESOLUTION": a draft's heading, alone
_DRAFT_HEADING = re.compile(r"^(?:(?:revised|final)\s+)?draft\s+(?P<kind>resolution|decision)\s*$", re.IGNORECASE)
# A draft's heading heads the document's one text: among its first blocks
_DRAFT_HEADING_BLOCKS = 16


def draft_heading_of(text: str, kind: str) -> bool:
    """Whether ``text`` is a draft's heading ("Draft resolution") of an instrument of ``kind``."""
    heading = _DRAFT_HEADING.match(text) if len(text) < 40 else None
    return heading is not None and heading["kind"].lower() == kind


def adopted_draft_number(text: str, numbering: NumberingFinder | None) -> tuple[InstrumentKind, str, str] | None:
    """The number a draft resolution or decision took, when the document (the draft itself, a
    "Draft resolution" heading over its text) says below it that it was "adopted ... as
    resolution EM/RC76/R.2": one number in the body's convention; None when none, or several
    (a record of a meeting adopting several drafts tells each by its symbol)."""
    if numbering is None or "adopted" not in text:
        return None
    numbers: set[tuple[InstrumentKind, str, str]] = set()
    for verb in _ADOPTED_AS.finditer(text):
        keyword = _KIND_WORD.match(text, verb.end())
        if keyword is None:
            continue
        found = numbering.find(text[verb.end() : verb.end() + 80])
        if found and found[0].start in (0, keyword.end() - verb.end()) and found[0].kind == keyword.group(0).strip().lower():
            numbers.add((found[0].kind, found[0].session, found[0].number))
    return numbers.pop() if len(numbers) == 1 else None


# a heading that says the section above goes on: "Decision 176/2 at a glance (cont.)", "(continued)"
_CONTINUED_HEADING = re.compile(r"\((?:cont(?:\.|'d|’d|inued)|suite)\)\s*$", re.IGNORECASE)


def segment(cleaned: Cleaned, numbering: NumberingFinder | None = None) -> list[Paragraph]:
    """``numbering``: the reference data's numbering conventions, for headings written in them."""
    paragraphs: list[Paragraph] = []
    heading: str | None = None
    section = 0
    instrument: tuple[InstrumentKind, str, str] | None = None
    part: str | None = None
    report_annex = False
    adopted_kind: InstrumentKind | None = None  # "resolution" after "Resolution adopted by ..."
    listed_kind: InstrumentKind | None = None  # "decision" below "Decisions adopted by ...": a list of them
    listed_session = ""  # the session the list title names ("... AT ITS 221st SESSION")
    listed_from: int | None = None  # the first paragraph under that list title
    after_title = False  # the last block was an instrument's title or a note on its adoption
    # The masthead's number is the document's own ("GC(69)/RES/10"): the document is that one
    # instrument, and its lettered headings ("A. General") are its sections, not chapters of a
    # report that would end it.
    whole_document = False
    texts = [b for b in cleaned.blocks if b.kind == "text"]
    # the number the document says its draft was adopted as (`adopted_draft_number`)
    adopted_draft = adopted_draft_number(cleaned.text, numbering) if "raft" in cleaned.text[:3000] else None
    text_index = {id(b): i for i, b in enumerate(texts)}

    text_starts = [b.start for b in texts]

    def following(block: Block, count: int = 2) -> list[str]:
        # the two text blocks after ``block`` (or ``count``), cut from the text only for the few
        # blocks that may be an instrument's heading (not for every block of the document); after
        # a table's row too (a heading set apart by a tab, E286)
        i = bisect.bisect_right(text_starts, block.start)
        return [cleaned.text[n.start : n.end] for n in texts[i : i + count]]

    def ahead(block: Block) -> list[str]:
        # the text blocks under a "Decision" line, down to where its source note may stand
        i = text_index.get(id(block))
        return [] if i is None else [cleaned.text[n.start : n.end] for n in texts[i + 1 : i + 1 + NOTE_LOOK]]

    in_points = False  # the last paragraph was a decision point, an instrument of its own
    draft_named = False  # a heading since the last "Annex" called the text below a draft
    recommended = False  # the instrument quotes below a draft it recommends to another body
    # the report's own paragraph "1. The Commission recommends to the Economic and Social Council the
    # adoption of the following draft decision:" quotes below it, to the section's end, a draft
    # another body may adopt (E210)
    recommended_by_report = False
    document_annex: int | None = None  # the number of the last annex of the document itself ("Annex I")
    closed = False  # the instrument's text ended with its adoption line ("Adopted at the 3rd meeting, on ...")
    # the instrument's text was pasted under a message announcing it ("... adopted 253/LI. Text:"):
    # it ends at the first paragraph that is no part of such a text (the next message)
    pasted = False
    headed_in_a_line = False  # the instrument's heading was "DECISION 55/1. TITLE": a report's capitals headings end it
    # the instrument was opened by a section heading of a page or a slide ("Decision 81/1:
    # Title"): the next heading of the outline ends it
    page_section = False
    topic_slide = False  # the instrument's text is a slide's bullets under "Topic (decision 94/12)" (E100)
    # the instrument's heading was marked up as one ("## Decision 81/1"): a heading marked so
    # may be one of its sections; one marked above an unmarked heading is the document's outline
    heading_marked = False
    heading_level: int | None = None  # the "#" marks of the instrument's heading ("### 75/4. Title": 3)
    # the lines after a "References:" field of a summary box list what the paper refers to
    references_field = False
    noted: re.Match[str] | None = None  # the source note that closes a minutes' decision, read last
    # a heading's range of instruments by the numbers their paragraphs open with ("# Decisions 17.61 -
    # 17.66 Title" over "**17.61** The Secretariat shall …", "**17.62** …": each paragraph so
    # numbered opens that member's text, E224)
    range_by_label: dict[str, tuple[InstrumentKind, str, str]] = {}
    related_list = False  # under a page's "Related decisions" heading, to the next heading marked up as one
    # the number of the report's own last numbered paragraph outside any text, and of the last clause of
    # the text being read: the report's next number after a text's clauses ends the text (E273)
    report_number: int | None = None
    clause_number = 0
    clauses_of: object = None  # the text those clauses are of
    for block in cleaned.blocks:
        raw = cleaned.text[block.start : block.end]
        if block.marked or _RELATED_LIST_HEADING.match(raw):
            related_list = _RELATED_LIST_HEADING.match(raw) is not None
        point_label = _POINT_LABEL.match(raw) if numbering is not None and block.kind == "text" else None
        point = numbering.point_instrument(point_label["label"]) if numbering is not None and point_label else None
        if point is not None:
            # "7.2 requests the secretariat ...": the point is a decision, its text the paragraph
            start = block.start + point_label.end() if point_label else block.start
            para = Paragraph(
                start, block.end, cleaned.text[start : block.end], "paragraph", point_label["label"] if point_label else None,
                heading, section, point, "operative", False,
            )
            para.sentences = split_sentences(para.text, start)
            paragraphs.append(para)
            instrument, part, in_points, after_title = None, None, True, False
            continue
        in_points = False
        # the length first, then a substring test: the pattern opens with \b, tried at every position
        if len(raw) < 200 and "raft" in raw and _DRAFT_WORD.search(raw):
            draft_named = True
        if block.kind == "table" and instrument is not None and part in ("preamble", "operative") and _RECORD_SYMBOL_ROW.match(raw) and (
            masthead_instrument(raw, numbering) != instrument
        ):
            # "Symbol<tab>AFR/RC79/6" after a resolution's text in an export of records: the next
            # record, another document's, no part of the resolution's text (E112); not "Document
            # symbol<tab>WHA89.7" under the heading of WHA89.7, the record of the one being read (E230)
            instrument, part = None, None
        if block.kind in ("footnote", "table") and not (
            block.kind == "table" and listed_from is not None and _is_listing(raw)
            and all(p.kind == "listing" for p in paragraphs[listed_from:])
        ) and not (
            # "867(XLVII)<tab>REGIONAL CONFERENCE ON …" over "The Economic Commission …,": the heading
            # of the next text, its number and title set apart by a tab (a Word export), after a
            # page break that put it under the last text's annex table; no row of that table (E286)
            block.kind == "table" and numbering is not None and "\n" not in raw.strip()
            and titled_heading(raw.strip(), following(block), numbering) is not None
        ):
            # ("EB 174/1<tab>Title" under "Decisions adopted by the Board at its 174th session":
            # Word's text, antiword's bars, LaTeX and stripped RTF set a list's symbol and title in
            # two cells, a row of a table; the list's item, as the same line set apart by spaces is,
            # L14)
            numbered = masthead_instrument(raw, numbering) if _in_masthead(paragraphs) else None
            if numbered is not None and instrument is None:
                # "SEVENTY-NINTH WORLD HEALTH ASSEMBLY<tab>WHA79.12": the document is the text of
                # that instrument, its title and preamble below the masthead
                instrument, part, after_title = numbered, "title", False
                whole_document = True
            else:
                numbered = None
            para = Paragraph(
                block.start, block.end, raw, block.kind, heading=heading, section=section,
                instrument=numbered, part="title" if numbered else None,
            )
            para.sentences = split_sentences(raw, block.start)
            paragraphs.append(para)
            continue
        label_match = _LABEL.match(raw)
        label = (
            (
                _BRACKETED_NUMBER.sub(r"\1", label_match["label"].rstrip(".")) if label_match["label"] else label_match["number"].strip() if label_match["number"]
                else f"({label_match['bare'][0]})" if label_match["bare"] else label_number(label_match["draft"])
            )
            if label_match else None
        )
        start = block.start + (label_match.end() if label_match else 0)
        text = cleaned.text[start : block.end]
        instrument_heading = INSTRUMENT_HEADING.match(raw) or NUMBER_THEN_YEAR_HEADING.match(raw)
        if instrument_heading is not None and is_roman(instrument_heading["number"]) and instrument_heading["kind"].lower() != "decision":
            instrument_heading = None  # "Resolution 186/XXXVIII": a number before its session, not "Decision 91/III"
        numbered_title = NUMBERED_TITLE_HEADING.match(raw) if adopted_kind else None
        if numbered_title is None and listed_kind and _is_heading(raw, block.marked):
            numbered_title = NUMBERED_TITLE_HEADING.match(raw)
            adopted_kind = listed_kind if numbered_title else adopted_kind
        if numbered_title is None and raw[:1].isdigit() and "/" in raw[:9] and _is_heading(raw, block.marked) and _opens_a_text(following(block)):
            # "2036/11. Conference structure of …" over "The Economic and Social Council,": a
            # resolution headed as the Official Records print it, without the line "Resolution
            # adopted by the Council on …" a web page or a distributed text sets over it (E230)
            numbered_title = NUMBERED_TITLE_HEADING.match(raw)
            adopted_kind = instrument_kind("resolution") if numbered_title else adopted_kind
        listed = list_adopted_by(raw)
        if listed:
            listed_kind = instrument_kind(listed["kind"].lower())
            listed_from = len(paragraphs) + 1
            at_its = _LIST_AT_ITS_SESSION.search(raw)
            listed_session = str(ordinal_value(at_its["ord"]) or "") if at_its else ""
        elif (collection := volume_collection(paragraphs, raw)) is not None:
            listed_kind, listed_session = collection
            listed_from = len(paragraphs) + 1
        bare_numbered = (
            GLUED_NUMBER_TITLE.match(raw) if numbered_title is None and listed_kind and listed_session
            and (raw[:1].isdigit() or raw[:1] in "IVXLC") and (block.marked or _opens_a_text(following(block)))
            and _is_heading(raw, block.marked) and not raw.rstrip().endswith(".") else None
        )
        adopted_by = _ADOPTED_BY_LINE.match(raw)
        if adopted_by:
            adopted_kind = instrument_kind(adopted_by["kind"].lower())
        elif not numbered_title and not raw.startswith("["):
            # only "[on the report of the Third Committee (A/81/463)]" may sit between the two
            adopted_kind = None
        in_convention = numbered_heading(raw, numbering)
        titled_line = False  # the heading prints the number and the title on one line ("### IPCC-LXXV-4. Title")
        by_kind_line = False  # the instrument's heading is a line "DECISION 55/1. TITLE"
        page_heading = False  # the instrument's heading is a page's section heading
        topic_heading = False
        if in_convention is not None and instrument_heading is not None:
            # "Resolution 1/182" of a body whose convention is "Resolution {number}/{session}":
            # the convention's reading holds over the default one (session 1, number 182)
            # when the template writes the keyword itself; a bare "{number}/{session}" of some
            # body is no evidence against the default reading
            if _letters_the_template_writes(instrument_heading["session"], in_convention):
                # "Resolution A-34/1" of a body whose convention is "A-{session}/{number}": the
                # letters are the template's, not part of the session
                instrument_heading = None
            elif in_convention[1:] == (arabic_session(instrument_heading["session"]), arabic_session(instrument_heading["number"])) or not _keyword_in_template(raw, numbering):
                in_convention = None
            else:
                instrument_heading = None
        if (
            in_convention is None and instrument is None and adopted_draft is not None and len(paragraphs) < _DRAFT_HEADING_BLOCKS
            and (draft_heading := _DRAFT_HEADING.match(raw)) is not None and draft_heading["kind"].lower() == adopted_draft[0]
        ):
            # "Draft resolution" over the text of a draft that the document says was adopted as
            # resolution EM/RC76/R.2: the text is that resolution's
            in_convention, whole_document = adopted_draft, True
        if in_convention is None and instrument is None and _in_masthead(paragraphs):
            in_convention = masthead_instrument(raw, numbering)  # "WORLD HEALTH ASSEMBLY WHA79.12"
        if in_convention is not None and instrument is None and _in_masthead(paragraphs):
            whole_document = True
        if in_convention is None and instrument_heading is None and not label:
            # "BC-17/4: Title"; not a link of a page's list under "Related decisions" ("Decision 17.12
            # Ecological Connectivity - active"), which heads no text (E224)
            in_convention = titled_heading(
                raw, following(block), numbering, sibling=block.marked and heading_marked and instrument is not None and part != "title"
            ) if numbering is not None and not related_list else None
            titled_line = in_convention is not None
            # "## WPR/RC81.R1 Title" over "Recalling ...;" / "1. DECIDES ...": the text quoted
            # under a page's heading, without its formula, ends at the page's next heading
            page_heading = in_convention is not None and block.marked and quoted_without_formula(following(block))
            if in_convention is None and instrument is None and len(raw) < 20 and raw.strip()[:1] in "DR" and not paragraphs[MASTHEAD_LOOK:]:
                # "DECISION 671" under the masthead "Council 2036" / "Document C36/121-E": the
                # number alone, its session the one the document's symbol prints (E213)
                in_convention = session_from_own_symbol(raw, [p.text for p in paragraphs], numbering)
                whole_document = whole_document or in_convention is not None
            if in_convention is None and len(raw) < 20 and raw.strip()[:1] in "DRdr":
                # "Decision" alone under an agenda item of a body's minutes, its text closed by the
                # source note "(GB.373/INS/1, paragraph 3)" of the document it was adopted on
                in_convention = noted_below(raw, ahead(block), numbering)
            if in_convention is None and raw.rstrip().endswith(":"):
                # "The Council adopted 253/LI today. Text:" over "The Governing Council,": a
                # message announcing the text it pastes heads that text
                in_convention = announced_instrument(raw, following(block), numbering)
                pasted = pasted or in_convention is not None
            if (
                in_convention is None and instrument is not None and part in ("preamble", "operative") and numbering is not None
                and raw.rstrip().endswith(":") and _announces_the_next_heading(raw, following(block, 1), numbering)
            ):
                # "For completeness, decision 64/4 on the SCCR, adopted the same day:" over "Decision
                # 64/4": the writer's lead-in to the next text, no paragraph of the one above (E236)
                instrument, part = None, None
            if (
                in_convention is None and pasted and instrument is not None and part in ("preamble", "operative")
                and not (_OPERATIVE_VERB.match(text) or _PREAMBLE_WORD.match(text))
            ):
                # "Great. Para (a) is the same formula as last time": the next message, not the text's
                instrument, part, pasted = None, None, False
            if in_convention is None and block.start and raw[:1].isdigit() and "/" in raw[:8]:
                # "2031/4  Title" over "The Executive Board,": the default convention
                in_convention = default_numbered_heading(raw, following(block, 3), cleaned.text[: block.start])
                if in_convention is not None and adopted_kind and any(_ADOPTED_BY_LINE.match(q.text) for q in paragraphs[-2:]):
                    # under "Resolution adopted by the General Assembly on …", which names the kind
                    # itself: not the kind the text above last named in the plural ("decisions" in a
                    # sheet's title over a tracker's tables, L22)
                    in_convention = (adopted_kind, *in_convention[1:])
            if in_convention is None and raw[:1] in "DRdr" and "/" in raw[:16]:
                # "Decision 81/1: Title" over "The Council," or a slide's "• Recalls ...",
                # "DECISION 55/1. FOOD SYSTEMS DATA" over "The Committee:": the kind, the default
                # number and a title. The instrument ends at the next heading of the outline (a
                # page's section, a slide's title); a line not marked up as a heading (a Word
                # export's) also at the report's next line in capitals.
                # (three blocks: a note on its adoption and a meeting's line may stand before the
                # opening formula, E232)
                in_convention = kind_numbered_heading(raw, following(block, 3))
                page_heading = in_convention is not None
                by_kind_line = in_convention is not None and not block.marked
            if in_convention is None and raw[-1:] in ")0123456789" and "/" in raw[-12:]:
                # "Production sector (decision 94/12)" over 'Title: "..."' / "Adopted 29 May 2032": a
                # slide's title, the topic first (E100); the slide's next title ends the text
                in_convention = topic_numbered_heading(raw, following(block))
                page_heading = topic_heading = in_convention is not None
                by_kind_line = in_convention is not None and not block.marked
            # A draft has no number yet: a text so numbered in an annex is the adopted one
            # that a note reproduces.
            report_annex = report_annex and in_convention is None
        if in_convention is not None or instrument_heading is not None and not draft_named:
            # a heading numbered in a body's own convention ("Resolution C 12/2029"), or in the
            # default one ("Resolution 21/2", a letter's annex), is an adopted text, in an annex
            # too: a draft has no number yet (unless the annex called it a draft above it)
            report_annex = False
        if label or len(raw) > 200 or raw.rstrip()[-1:] in ".,;:" and not _REFERENCES_FIELD.match(raw):
            # a numbered paragraph, or a line that ends as a sentence or a salutation does: the
            # list of references has ended
            references_field = False
        if (instrument_heading or in_convention) and references_field and instrument is None:
            # "References:  Doc 10230, Report of ..." / "C-DEC 245/6" / "C-WP/16502" in a working
            # paper's summary box: the symbols the paper refers to, one a line, no text's heading
            instrument_heading, in_convention = None, None
        if block.kind == "text" and _REFERENCES_FIELD.match(raw):
            references_field = True
        if (instrument_heading or in_convention) and narrated_headings.heads_an_account(raw, following(block)):
            # "Decision PC-67/2. Title" over "10. Recalling ..., the Commission, in decision
            # PC-67/2, decided ...": the report's account of the decision, not its text
            instrument_heading, in_convention, instrument, part = None, None, None, None
        if (
            block.marked and not heading_marked and instrument is not None and part != "title" and not whole_document
            and not (instrument_heading or in_convention)
        ):
            # "## Executive Body concludes its session" (the next item's title of a feed) after a
            # decision whose heading the text did not mark ("Decision 2030/1" in the item's HTML):
            # a heading of the document's own outline, above the decision's, which has ended (E126)
            instrument, part = None, None
        if (
            block.marked and heading_marked and instrument is not None and part != "title" and not whole_document
            and not (instrument_heading or in_convention) and heading_level is not None
            and (level := cleaned.markdown_level(block.start)) is not None and level < heading_level
        ):
            # "## Contributing" after "### IPCC-LXXV-6. Dates and venues" and its text: a heading of
            # a higher rank than the decision's own, a section of the document's outline, ends the
            # text (a heading of the same rank may be the decision's annex) (E288)
            instrument, part = None, None
        if label and not (instrument_heading or in_convention) and instrument in range_by_label.values() and label in range_by_label:
            instrument, part = range_by_label[label], "operative"
        if instrument_heading or in_convention:
            heading_marked = block.marked
            # (only a heading with its title on the line: a converter's "#### Resolution 11/1" over "##
            # Title" and "# Annex" sets ranks at random, the title's own above the number's)
            heading_level = cleaned.markdown_level(block.start) if block.marked and titled_line else None
            closed = False
            pasted = pasted and announced_instrument(raw, following(block), numbering) is not None
            headed_in_a_line = by_kind_line
            page_section = page_heading
            topic_slide = topic_heading
            instrument = in_convention or (
                instrument_kind(instrument_heading["kind"].lower()) if instrument_heading else "resolution",
                arabic_session(instrument_heading["session"]) if instrument_heading else "",
                arabic_session(instrument_heading["number"]) if instrument_heading else "",
            )
            part = "title"
            kind = "heading"
            members = [instrument, *range_members(raw, instrument, numbering)] if in_convention else []
            range_by_label = {f"{m[1]}.{m[2]}": m for m in members} if len(members) > 1 else {}
        elif bare_numbered is not None and listed_kind is not None:
            closed = False
            heading_marked = block.marked
            topic_slide = False
            instrument = (listed_kind, listed_session, bare_numbered["number"])
            part = "title"
            kind = "heading"
        elif numbered_title and adopted_kind:
            closed = False
            heading_marked = block.marked
            topic_slide = False
            instrument = (adopted_kind, numbered_title["session"], numbered_title["number"])
            adopted_kind = None
            part = "title"
            kind = "heading"
        elif instrument and after_title and ADOPTION_NOTE.match(raw):
            kind = "paragraph"  # part of the instrument's heading block, not a section of its own
        elif instrument and part in ("preamble", "operative") and (
            _CLOSING_ADOPTION_LINE.match(raw) or _CLOSING_ADOPTION_NOTE.match(raw) or (noted := SOURCE_NOTE.match(raw)) is not None
            or part == "operative" and _CLOSING_SITTING_LINES.match(text.strip())
        ):
            # "Adopted at the 3rd meeting, on 23 June 2031" under the text: its last line, no
            # heading of a section (a compendium of decisions prints one under each); a minutes'
            # source note "(GB.373/INS/1, paragraph 3)" ends the decision's text there (the next
            # item's heading may be a line of no heading's shape)
            kind, closed = "paragraph", True
        elif not label and (
            listed_title(raw, numbering) is not None
            or related_lists.listed_under(heading, raw, issuer_named=bool(heading and related_lists.issuer_heading_names(heading))) is not None
            # "Decision 17.12 Ecological Connectivity - active", a link under "Related decisions" (E224)
            or related_list and numbering is not None and (linked := numbering.find(raw[:80])) and linked[0].start == 0
        ):
            # "43 C/Resolution 26 – Bioethics programme": a list of related instruments after
            # the text of one, which has ended
            kind, instrument, part = "listing", None, None
        elif (
            instrument and part in ("title", "preamble") and not label and not block.marked and _OPENING_LINE.match(raw.strip())
            and (after := following(block)) and TEXT_OPENING_VERB.match(after[0].strip())
        ):
            # "The Governing Council" (no comma) over "Decides that its ninety-second session ...":
            # the formula that opens the text, no heading of a section of it
            kind = "paragraph"
        elif _is_heading(raw, block.marked) and not (part in ("preamble", "operative") and raw[-1:] in _TERMINAL) and (block.marked or not symbol_first(raw)) and (
            text or not label  # "OP12 [deleted]": a dropped paragraph's placeholder, no heading
        ) and not (label and part in ("preamble", "operative") and _BRACKETED_PLACEHOLDER.match(text)):
            # ("3. [Deleted during the session]": a numbered paragraph's placeholder in the text, E134)
            kind = "heading"
            if instrument and part == "preamble" and paragraphs and continues_title_in_capitals(paragraphs[-1], raw):
                part = "title"  # the title's second line ("… OF A JOINT MSC/FAL" / "WORKING GROUP")
            elif ANNEX_HEADING.match(raw):
                number = _annex_number(raw)
                if instrument and document_annex is not None and number == document_annex + 1:
                    # "Annex II" after the document's "Annex I" that held the decisions: the
                    # document's next annex ("List of documents"), not the last decision's own
                    instrument, part, report_annex = None, None, True
                else:
                    part = "annex" if instrument else None
                    report_annex = report_annex or not instrument
                    closed = False  # the text's annex, after its adoption line: its headings are the annex's
                if not instrument and number is not None:
                    document_annex = number
                draft_named = False
            elif ENDNOTES_HEADING.match(raw):
                # the notes of the document at its end: no instrument's text
                instrument, part, report_annex = None, None, False
            elif RELATED_HEADING.match(raw) and part != "title":
                instrument, part = None, None
            elif CHAPTER_HEADING.match(raw) and not whole_document and not (
                instrument and part in ("preamble", "operative") and clauses_of == instrument
                and _next_clause_under(following(block, 1), clause_number)
            ):
                instrument, part, report_annex, recommended_by_report = None, None, False, False
            elif part in ("preamble", "operative") and not after_title and not label and _ITEM_RECORD_HEADING.match(raw):
                # "Item 13 (no decision adopted)" after a decision's clauses on a page of records: the
                # next record, an agenda item's, no part of the decision above (E139); "Agenda item
                # 3" right under a decision's title is that decision's own item
                instrument, part = None, None
            elif part in ("preamble", "operative") and headed_in_a_line and _CAPITALS_HEADING.match(raw) and not raw.startswith("THE "):
                # "ADOPTION OF DECISIONS", "OTHER MATTERS" after the clauses of a decision headed
                # "DECISION 55/1. TITLE": the report's next section in capitals (a Word export lost
                # its numbering), not the decision's; a resolution's own capitals lines ("THE
                # CONFERENCE OF THE PARTIES") under another heading are left alone
                instrument, part = None, None
            elif page_section and part != "title" and _CONTINUED_HEADING.search(raw):
                # "Decision 176/2 at a glance (cont.)": the same slide again, its text goes on (E232)
                pass
            elif page_section and part != "title":
                # "## Résumé en français", a slide's title after "Decision 71/1 – Title": the
                # page's next section of the same outline, no part of the decision above
                instrument, part, page_section, topic_slide = None, None, False, False
            elif closed and part != "title":
                # "Other business" after the last decision's adoption line: the document's own
                # section again, no part of that decision's text
                instrument, part = None, None
            elif part == "title":
                pass  # the instrument's title, printed as a heading
        elif _is_listing(text) and not (
            # "1. Takes note of the report of the Working Group on its ninth meeting (X);": a clause
            # of the instrument's text that ends with a symbol, not a document listed
            instrument and part in ("preamble", "operative") and (_OPERATIVE_VERB.match(raw) or _PREAMBLE_WORD.match(text))
        ):
            kind = "listing"
        else:
            kind = "paragraph"
        adoption_note = instrument is not None and after_title and kind == "paragraph" and ADOPTION_NOTE.match(raw) is not None
        if instrument and kind != "heading" and part == "title" and not adoption_note and _listed_run(paragraphs) and not (
            _OPENING_LINE.match(text.strip()) or _PREAMBLE_WORD.match(text) or TEXT_OPENING_VERB.match(text)
        ):
            # "Decision B.38/03 - Title" / "Decision B.38/07 - Title" / "Documents considered ...":
            # a list of what a meeting adopted, one entry a line, is no text of its last entry
            instrument, part = None, None
        if instrument and kind == "paragraph" and part in ("title", "preamble", "operative") and not adoption_note:
            if (part == "title" or after_title) and _NARRATED_DECISION.match(text):
                # "Decision 76/4" / title / "At its 6th meeting, on 9 March 2033, the Commission
                # decided by 51 votes to none ... to include X": a decision told whole in the one
                # paragraph of its adoption; a heading after it ("Follow-up to earlier mandates")
                # is the report's next section, as after an adoption line, though a Word text
                # without its numbering no longer shows the report's own paragraphs begin again
                closed = True
            if (
                _OPERATIVE_VERB.match(text) or label and (_LOWER_CASE_CLAUSE_VERB.match(text) or _INFINITIVE_CLAUSE.match(text))
                # "resolves" / "instructs the Council" / "to consider ...": an ITU-style clause, its
                # keyword in lower case on a line of its own (`clean` starts a paragraph there, E164)
                or not label and text[:1].islower() and _LOWER_CASE_CLAUSE_VERB.match(text)
                or _NARRATED_DECISION.match(text)
                or instrument[0] == "decision" and (_BODY_THEN_VERB.match(text) or _BODY_THEN_DECIDED.match(text))
                or text.startswith("The ") and _BODY_THEN_CAPITAL_VERB.match(text)
                or part == "preamble" and _BODY_IS_REQUESTED.match(text)
            ) and not _PREAMBLE_WORD.match(text):
                part = "operative"
            elif topic_slide and part in ("title", "preamble") and not (part == "title" and TITLE_FIELD.match(raw)) and not _PREAMBLE_WORD.match(text):
                # a slide's bullet under the decision's heading: a clause told in short ("UNDP and
                # UNIDO invited to share ..."), no preamble, which opens with "Recalling", "Noting"
                part = "operative"
            elif part == "title" and TITLE_FIELD.match(raw):
                pass  # 'Title: "..."' under a slide's "Topic (decision 94/12)": still the heading block
            elif part == "title":
                part = "preamble"  # "The Conference of the Parties ...," opens the preamble
        if kind == "heading" and part != "title" and not _COLUMN_HEAD.match(raw) and not (after_title and BESIDE_TITLE.match(raw)):
            # ("Agenda item 11" right under a decision's title: a line of its heading block, E139)
            heading = text
            section += 1
        if instrument_heading or in_convention or not instrument:
            recommended = False
        if instrument_heading or in_convention:
            recommended_by_report = False
        # "Note: A proposal that the expert group be made a standing body was not agreed (see the
        # report, para. 118).": the page's note under a decision's text, no words of the decision (E195)
        page_note = instrument is not None and part in ("preamble", "operative") and not label and kind == "paragraph" and (
            _PAGE_NOTE.match(raw) is not None or MARKED_NOTE.match(raw) is not None
        )
        told_whole = False  # a decision run into its label, told whole in the paragraph
        if (instrument_heading or in_convention) and not label and (run_in := run_in_decision(raw)) is not None:
            label_text = raw[:run_in].rstrip().rstrip(":.").rstrip()
            head = Paragraph(start, start + len(label_text), label_text, "heading", None, heading, section, instrument, "title")
            head.sentences = split_sentences(head.text, start)
            paragraphs.append(head)
            start, text, kind, part = start + run_in, raw[run_in:], "paragraph", "operative"
            told_whole = text.rstrip()[-1:] == "."
        if instrument != clauses_of:
            clauses_of, clause_number = instrument, 0
        if (
            instrument and kind == "paragraph" and part in ("preamble", "operative") and label and label.isdigit()
            and report_number is not None and clause_number > 0 and int(label) == report_number + 1 and int(label) != clause_number + 1
        ):
            # "130. At its closing plenary session, ... adopted the decisions reproduced below." / the
            # decisions, their clauses numbered from 1 to 4 / "131. In accordance with decision XLVI/8, ...":
            # the report's own numbering resumes after its last reproduced text, which ends there (E273);
            # a text whose paragraphs carry the report's numbers (no clause 1 of its own) is left alone
            instrument, part = None, None
        if label and label.isdigit():
            if instrument and part in ("preamble", "operative"):
                # (-1: the text's clauses did not start at 1, they are the report's paragraphs)
                clause_number = int(label) if clause_number > 0 or label == "1" else -1
            elif not instrument:
                report_number = int(label)
        para = Paragraph(
            start, block.end, text, kind, label, heading, section,
            None if page_note else instrument, part if instrument and not page_note else None,
            report_annex or (recommended or recommended_by_report) and kind == "paragraph",
        )
        para.sentences = split_sentences(text, start, listed=kind == "listing")
        paragraphs.append(para)
        if noted is not None:
            instrument, part, noted = None, None, None
        if told_whole:
            instrument, part = None, None
        if instrument and kind == "paragraph" and part in ("preamble", "operative") and text.endswith(":") and _RECOMMENDS_THE_FOLLOWING.search(text):
            # "The Executive Board ... decided to recommend to the Eighty-ninth World Health Assembly
            # the adoption of the following draft decision:": the text quoted below, to the
            # instrument's end, is a draft another body may adopt, no words of this one
            recommended = True
        elif instrument is None and kind == "paragraph" and text.endswith(":") and _RECOMMENDS_THE_FOLLOWING.search(text):
            recommended_by_report = True
        after_title = bool(instrument) and (part == "title" or adoption_note)
        if kind == "heading" and part == "title" and not (
            instrument_heading or in_convention or BESIDE_TITLE.match(raw) or whole_document and MASTHEAD_LINE.match(raw)
        ):
            part = "preamble"
    return paragraphs
