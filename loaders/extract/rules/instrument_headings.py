"""The heading of an instrument's text that prints its number and title on one line, the
number in its body's own convention: "BC-17/4: Work programme of the Open-ended Working
Group", "SC-12/3. Effectiveness evaluation", "GC(69)/RES/10 Strengthening ...".

A note or report that reproduces the decisions of a conference heads each with such a line,
and the text that follows opens with the adopting body's formula ("The Conference of the
Parties,"). A number written in a convention names its issuer by itself, so the heading needs
no "Decisions adopted by ..." line above it; but a section of a report may also start with an
instrument's number ("BC-17/4: progress in its implementation"), so the line opens the
instrument's text only where the formula follows it.
"""

from __future__ import annotations

import datetime as dt
import re

from mandate_graph.graph.model import InstrumentKind
from mandate_graph.loaders.extract.dates import find_dates
from mandate_graph.loaders.extract.numbering import NumberedInstrument, NumberingFinder
from mandate_graph.loaders.extract.rules.capital_verbs import OPERATIVE_VERBS_IN_CAPITALS

# After the number: a colon, a full stop or a dash, then the title, capitalised.
_TITLE_AFTER_NUMBER = re.compile(r"\s*(?:[:.–—-]\s*|\s)(?=[A-Z“\"])")
# "The Conference of the Parties,", "The General Conference,": the formula that opens the
# preamble of an instrument's text; "The Industrial Development Board:" before lettered clauses,
# and "The Governing Body, recalling its decision ...:" with the preamble run into it.
_OPENING_FORMULA = re.compile(
    r"^The\s+[A-Z][^,;:.]{2,160}(?:[,:]\s*$|,\s+(?:recalling|noting|taking\s+note|having|welcoming|recognizing|"
    r"recognising|reaffirming|acknowledging|considering|bearing|mindful|guided)\b[^\n]*:\s*$"
    # "The Board decided that its next session ...": a decision of one sentence
    r"|\s+(?:decides|decided|requests|requested|approves|approved|endorses|endorsed|adopts|adopted|takes\s+note|took\s+note"
    # "The Regional Committee considered the report of ... The Committee endorsed ...": a
    # decision told as what the body did with a report (E121)
    r"|considered|noted|agreed)\b"
    # "The Executive Board, having considered the report … (EB186/3), endorsed the recommendations
    # …": a decision of one sentence, its recital run into the formula before the verb (E287)
    r"|,\s+(?:recalling|noting|taking\s+note|having|welcoming|recognizing|recognising|reaffirming|acknowledging|considering|bearing|mindful)\b"
    r"[^\n]{0,900}?,\s+(?:decided|endorsed|requested|approved|adopted|took\s+note|agreed|decides|endorses|requests|approves|adopts|takes\s+note)\b)"
    # "Recalling its decision 2030/EB.A/3 ..., the Board approves the report ...": a decision of one
    # sentence whose recital comes before the body and its verb
    r"|^(?:Recalling|Noting|Having\s+(?:considered|examined|reviewed)|Taking\s+note|Welcoming|Recogni[sz]ing|Reaffirming"
    r"|Acknowledging|Considering|Bearing\s+in\s+mind|Mindful)\b[^\n]{0,900}?,\s+the\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|the|on|and)){0,8}"
    r"\s+(?:also\s+)?(?:decides|approves|endorses|adopts|takes\s+note|requests|welcomes|authorizes|notes"
    # "Recalling its decision 2031/EB.A/5, the Board decided that ...": the same decision told in
    # the past, as a summary of the work's annex reproduces it
    r"|decided|approved|endorsed|adopted|took\s+note|requested|welcomed|authorized|noted)\b"
)


def told_in_one_sentence(text: str) -> bool:
    """Whether a paragraph is a decision's whole text in one sentence that opens with its body
    or with a recital ("Recalling its decision 2031/EB.A/5, the Board decided that ..."): a text
    the segmenter reads as a preamble, though it holds what the body decided."""
    return _OPENING_FORMULA.match(text.strip()) is not None and not text.rstrip().endswith((",", ":"))


# "Resolution A43-14: Title", "Decision IDB.56/Dec.3 - Title": a heading that names the kind of
# instrument before its own number needs no opening formula below it to head its text.
# ("Decisions 17.61 - 17.66 Title": the plural heads a range's page, E224; a range must follow it)
# ("A.   Agreed conclusions 651 (LXXXIV) Title": a report's chapter letter before the kind, and the
# agreed conclusions a body numbers in the series of its decisions, E250)
_KIND_WORD = re.compile(
    r"^(?:[A-H]\.\s+)?(?:Agreed\s+conclusions|AGREED\s+CONCLUSIONS"
    r"|(?:Resolution|Decision|Conclusion|Recommendation|RESOLUTION|DECISION|CONCLUSION)(?P<plural>s)?)\s+"
)
# ("A.   IGB.52/Dec.4 Title" over "The Board,": the chapter letter before a number that writes
# its kind itself, a symbol-like series; the opening formula below is then still asked, G1)
_LONGEST_TITLE_HEADING = 400


def _number_starts(line: str, kind_word: re.Match[str] | None) -> tuple[int, int]:
    """Where a heading's own number may start: the line's start, or after its kind word, or
    after a chapter letter when it has no kind word."""
    letter = _CHAPTER_LETTER.match(line) if kind_word is None else None
    return 0, kind_word.end() if kind_word else letter.end() if letter else 0
# a leader of dots before a contents entry's figures (its date, its page). Possessive: a long run of
# dots before other words was tried split every way between the leader and the figures (~1 ms a line);
# whether a line holds a leader is the same (the leader takes every dot, the figures' runs are whole)
_LEADER = re.compile(r"\.{4,}+[ \t]*+(?:[\d./-]++[ \t]*+){0,3}+$")


def titled_heading(
    line: str, next_lines: list[str], numbering: NumberingFinder | None, sibling: bool = False
) -> tuple[InstrumentKind, str, str] | None:
    """(kind, session, number) of the instrument whose text ``line`` heads, if it does.
    ``next_lines``: the blocks of text after it, of which the first may be the rest of a
    title wrapped onto a line of its own ("Review Committee"). ``sibling``: the line is marked
    as a heading as the heading of the instrument above it was ("### IPCC-LXXV-6. Dates and
    venues" after "### IPCC-LXXV-4. Workplan"), the next of a series of texts, which needs no
    formula under it: a decision on dates and venues may open on "1. The seventy-sixth session
    … will be held" (E288)."""
    if numbering is None or not next_lines or len(line) > _LONGEST_TITLE_HEADING or "...." in line and _LEADER.search(line):
        # ("SEA/RC78(2)  Time and place of future sessions ....... 10.09.2032   3": an entry of
        # the contents, its page after the dots, no heading of the text (E121))
        return None
    kind_word = _KIND_WORD.match(line)
    if (
        kind_word is None and not sibling and not _opens_text(next_lines) and not _opens_without_formula(next_lines[0].strip())
        and not _opens_under_fields(next_lines)
    ):
        return None
    found = numbering.find(line[:80])
    if not found or found[0].start not in _number_starts(line, kind_word):
        return None
    if kind_word is not None and kind_word["plural"] and not _range_after_first(found):
        return None  # "Decisions 17.61 and 17.62 Title": a list, no range's page
    if _TITLE_AFTER_NUMBER.match(line, _number_end(found)) is None and not (kind_word and _opens_text(next_lines[-2:])):
        # "Conclusion No. 121 (LXXVIII) – 2027, adopted on ...", its title on the next line
        return None
    return found[0].kind, found[0].session, found[0].number


# "Decision", "RESOLUTION" alone under a heading: the kind of the text that follows, no title.
_KIND_ALONE = re.compile(r"^(?:Decision|Resolution|Conclusion|Recommendation)\s*$", re.IGNORECASE)


def kind_word_alone(line: str) -> bool:
    return _KIND_ALONE.match(line.strip()) is not None


# "(GB.373/INS/5, paragraph 22, as amended by the Governing Body)", "(EC.214/PRG/3, paras 12 and
# 13)": the source note under a decision's text in a body's minutes, which tells the document the
# decision was adopted on and the paragraph of it that proposed the decision
SOURCE_NOTE = re.compile(
    r"^\((?P<symbol>[A-Z][^(),\s]{2,40}),\s+(?:paragraphs?|paras?\.?)\s+\d[^()]{0,120}\)\.?$"
)
# How many blocks under "Decision" its source note may stand (a formula and some lettered clauses)
NOTE_LOOK = 12


def noted_below(line: str, next_lines: list[str], numbering: NumberingFinder | None) -> tuple[InstrumentKind, str, str] | None:
    """(kind, session, number) of the decision whose text "Decision" alone (``line``) heads in a
    body's minutes, the decision being known by the document it was adopted on: the first of
    ``next_lines`` that is no clause of a text but a source note "(GB.373/INS/1, paragraph 3)"
    names it, in the numbering the document shows. The next "Decision" line first, or no note
    within `NOTE_LOOK` blocks, says nothing."""
    if numbering is None or not kind_word_alone(line):
        return None
    for below in next_lines[:NOTE_LOOK]:
        below = below.strip()
        if kind_word_alone(below):
            return None
        note = SOURCE_NOTE.match(below)
        if note is None:
            continue
        found = numbering.find(note["symbol"])
        if len(found) != 1 or found[0].start != 0 or found[0].end != len(note["symbol"]):
            return None
        kind = "resolution" if line.strip().lower() == "resolution" else found[0].kind
        return kind, found[0].session, found[0].number
    return None


def _opens_under_fields(next_lines: list[str]) -> bool:
    """A page's line of fields with the adoption day ("Cluster: ...  Adopted: 11 May 2035"), then
    the text: its formula, with its comma or without ("The Conference of the Parties" over "Decides
    to convene ..."), or its first clause (E195)."""
    if len(next_lines) < 2 or not adoption_fields(next_lines[0]):
        return False
    second = next_lines[1].strip()
    return bool(_OPENING_FORMULA.match(second) or _NAME_FORMULA.match(second) or _FIRST_CLAUSE.match(second)) or _opens_without_formula(second)


# The verbs a decision's text may open with under its heading or its formula, without "The Board,"
# above it (`segment._OPERATIVE_VERB` takes any capitalised word ending in "s", "Documents
# considered" too)
TEXT_OPENING_VERB = re.compile(
    # ("Also requests", "Further invites": the adverb capitalised, the verb after it not)
    r"^(?:\d{1,3}\.\s+)?(?:(?:Also|Further)\s+[a-z]+s\b|(?:Also\s+)?(?:Decides|Requests|Approves|Adopts|Takes\s+note|Notes|Welcomes|Invites|Urges|Encourages"
    r"|Endorses|Authorizes|Recalls|Recalling|Recognizes|Recognizing|Having|Noting|Emphasizes|Reaffirms|Calls\s+upon)\b)"
)
# "The Executive Board" without its comma, a line of its own: the formula as a funds' or an
# agency's board prints it over numbered clauses ("1. Takes note of ..."); only with such a
# clause under it, since a bare "The Executive Board" may be a section's heading too (E267)
_BARE_FORMULA = re.compile(r"^The\s+[A-Z][\w’'\- ]{2,100}$")


def _formula_at(next_lines: list[str], index: int) -> bool:
    line = next_lines[index].strip()
    if _OPENING_FORMULA.match(line):
        return True
    if _BARE_FORMULA.match(line) is None or index + 1 >= len(next_lines):
        return False
    below = next_lines[index + 1].strip()
    # ("1." alone under it: the paragraphs' numbers set as a column of their own, which a PDF's text
    # boxes give before the paragraphs' text, pdfminer's pdf2txt.py, E283)
    return TEXT_OPENING_VERB.match(below) is not None or below == "1."


def _opens_text(next_lines: list[str]) -> bool:
    first = next_lines[0].strip()
    if _formula_at(next_lines, 0):
        return True
    title_goes_on = len(first) < _LONGEST_TITLE_HEADING and first[-1:] not in ".;:,"
    return title_goes_on and len(next_lines) > 1 and _formula_at(next_lines, 1)


# What opens an instrument's text quoted without its formula (a tracker's or a wiki's quote of the
# resolution under its "WPR/RC81.R1 Title" heading): a recital of the preamble, whole in its
# paragraph up to the semicolon or comma that ends it ("Recalling resolution WHA78.9 ...;"), or
# an operative paragraph whose verb is in capitals, as WHO's and PAHO's resolutions print them
# ("1. DECIDES to establish ...", "REQUESTS the Regional Director ..."). A report's section
# under such a number is prose: a sentence ending with a full stop, its verb in lower case.
_RECITAL_CLAUSE = re.compile(
    r"^(?:Recalling|Noting|Having\s+(?:considered|examined|reviewed|noted|taken\s+note)|Taking\s+note|Welcoming"
    r"|Recogni[sz]ing|Reaffirming|Acknowledging|Considering|Bearing\s+in\s+mind|Mindful|Aware|Concerned|Deeply\s+concerned"
    r"|Emphasi[sz]ing|Expressing|Guided|Convinced|Stressing|Underlining|Affirming|Reiterating)\b[^\n]*[;,]$"
)


def is_recital_line(line: str) -> bool:
    """"Recalling its resolution 6/2029 ...,": a whole recital of a preamble, up to the comma or
    semicolon that ends it."""
    return _RECITAL_CLAUSE.match(line.strip()) is not None


_CAPITAL_OPERATIVE = re.compile(
    r"^(?:\d{1,3}\.?[ \t]+)?(?:(?:ALSO|FURTHER)\s+)?(?:"
    + "|".join(sorted(OPERATIVE_VERBS_IN_CAPITALS - {"ALSO", "FURTHER"}))
    + r")\s+(?=[a-z(]|[A-Z][a-z]|[A-Z]{2,}\b)"
)


def _opens_without_formula(first: str) -> bool:
    return _RECITAL_CLAUSE.match(first) is not None or _CAPITAL_OPERATIVE.match(first) is not None


def quoted_without_formula(next_lines: list[str]) -> bool:
    """Whether the text under an instrument's heading opens with its first recital or operative
    paragraph, the formula left out: a quote of the text in a page's outline, which the outline's
    next heading ends (the next resolution's, or the tracker's next section)."""
    return bool(next_lines) and not _opens_text(next_lines) and _opens_without_formula(next_lines[0].strip())


_SEPARATOR = re.compile(r"\s*[:.–—-]?\s+")


def title_after_number(
    line: str, instrument: tuple[InstrumentKind, str, str], numbering: NumberingFinder | None
) -> str | None:
    """The title a heading prints after the instrument's own number, written in its body's
    convention: "43 C/Resolution 27 Ethics of neurotechnology: ..." -> "Ethics of ...";
    None when the heading is not so made (the number alone, or another instrument's)."""
    if numbering is None:
        return None
    found = numbering.find(line[:80])
    if not found or found[0].start not in _number_starts(line, _KIND_WORD.match(line)) or (
        (found[0].kind, found[0].session, found[0].number) != instrument
    ):
        return None
    on_subject = _ON_SUBJECT.match(line, _number_end(found))
    if on_subject is not None:
        # "Decision X/2 on public participation in decision-making …": the subject run on after
        # "on", the title in a heading's case (E252)
        title = line[on_subject.end() :].strip()
        return title[:1].upper() + title[1:]
    separator = _SEPARATOR.match(line, _number_end(found))
    if separator is None:
        return None
    title = line[separator.end() :].strip()
    return title if title[:1].isupper() or title[:1] in "“\"" else None


# "Decision X/2 on public participation …": the title after "on" in lower case (not how the text
# was adopted: "on the recommendation of", "on the basis of", "on 12 March")
_ON_SUBJECT = re.compile(r"\s+on\s+(?!the\s+(?:recommendation|proposal|basis|initiative|report)\b)(?=[a-z][a-z-]+\s+[a-z])")


def _number_end(found: list[NumberedInstrument]) -> int:
    """Where a heading's number ends: its first number's end, or the last member's of the range
    it opens ("Decisions 17.61 - 17.66 Light Pollution": the title after "17.66", E224)."""
    return max([found[0].end, *(n.end for n in _range_after_first(found))])


def _range_after_first(found: list[NumberedInstrument]) -> list[NumberedInstrument]:
    members: list[NumberedInstrument] = []
    for n in found[1:]:
        if not n.in_range:
            break
        members.append(n)
    return members


def range_members(line: str, instrument: tuple[InstrumentKind, str, str], numbering: NumberingFinder | None) -> list[tuple[InstrumentKind, str, str]]:
    """The other instruments of a range a heading names after ``instrument``, its first ("# Decisions
    17.61 - 17.66 Light Pollution and Migratory Species", a web page of a range of decisions: 17.62
    to 17.66); none when the heading opens with one number alone (E224). The heading's title, the
    page's record fields and its adoption are each member's as well."""
    if numbering is None:
        return []
    found = numbering.find(line[:80])
    kind_word = _KIND_WORD.match(line)
    if not found or found[0].start not in (0, kind_word.end() if kind_word else 0) or (found[0].kind, found[0].session, found[0].number) != instrument:
        return []
    return [(n.kind, n.session, n.number) for n in _range_after_first(found)]


# "43 C/Resolution 26 – Bioethics programme: approved programme and budget 2026–2029": an item
# of a list of related instruments, its title after a dash.
_DASH_TITLE = re.compile(r"\s+[–—-]\s+(?P<title>[A-Z“\"][^\n]{2,300}?)\s*$")


def listed_title(line: str, numbering: NumberingFinder | None) -> tuple[int, str] | None:
    """(where the number ends, the title) when ``line`` is an instrument's number in its body's
    convention, a dash and a title, and nothing else: an item of a list ("Related items"),
    not a sentence (it ends without a full stop)."""
    if numbering is None or line.rstrip()[-1:] in ".;:," or len(line) > 400:
        return None
    found = numbering.find(line[:80])
    if not found or found[0].start != 0:
        return None
    dash = _DASH_TITLE.match(line, found[0].end)
    return (found[0].end, dash["title"]) if dash else None


# "A. Conclusion on refugee statistics and ...", "Resolution on the programme of work": a title
# that opens with the kind word, over a number alone ("No. 130 (LXXXV) - 2034"), a report's chapter
# letter before it (E250)
KIND_TITLE = re.compile(r"^(?:[A-H]\.\s+)?(?P<kind>Decision|Resolution|Conclusion|Recommendation)\s+(?:on|of|concerning|regarding)\s+[\w“\"]")
_CHAPTER_LETTER = re.compile(r"^[A-H]\.\s+")


def title_above_number(line: str) -> str | None:
    """The title a heading over an instrument's number alone gives ("A. Conclusion on refugee
    statistics ..." -> "Conclusion on refugee statistics ..."), if it opens with the kind word."""
    line = line.strip()
    return _CHAPTER_LETTER.sub("", line, count=1) if KIND_TITLE.match(line) and line[-1:] not in ".;:," else None


def number_alone(line: str, instrument: tuple[InstrumentKind, str, str], numbering: NumberingFinder | None) -> bool:
    """Whether ``line`` is nothing but the instrument's own number in its body's convention."""
    if numbering is None or len(line) > 60:
        return False
    found = numbering.find(line.strip())
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(line.strip()) and (
        (found[0].kind, found[0].session, found[0].number) == instrument
    )


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# The lines a masthead prints between an instrument's number and its title: the date ("September
# 2025", "19 September 2025"), the distribution and the language, the session, the agenda item
# and the document it is on ("(GC(69)/22)").
MASTHEAD_LINE = re.compile(
    rf"^(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+\d{{4}}|(?:General|Limited|Restricted)\s+[Dd]istribution|Distr\.?:?\s*\w+"
    # "311452 | ORIGINAL: ENGLISH": a regional office's job number before the language
    # "Agenda item 15", "Item 16 of the agenda": the item's line, perhaps with the agenda's symbol
    # run onto it ("Item 16 of the agenda (GC(80)/24)": two lines of Markdown joined, E249)
    r"|(?:\d{5,7}\s*\|?\s*)?(?:Original|ORIGINAL):\s*\w+"
    r"|(?:(?:Provisional\s+)?[Aa]genda\s+item\s+[\w.()]+|Item\s+\d{1,3}(?:\s*\([a-z]\))?\s+of\s+the\s+(?:provisional\s+)?agenda)"
    r"(?:\s+\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\))?"
    r"|[A-Z][a-z]+(?:-[a-z]+)?\s+(?:regular\s+|ordinary\s+|special\s+)?(?:session|meeting)|\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\))$"
)


# "2031/4  Annual report of ...", "17/3 – Resource mobilization": a number in the default
# convention (session or year, a slash, the number) and a title, on a line of its own.
_DEFAULT_NUMBER_TITLE = re.compile(
    r"^(?P<session>(?:19|20)\d\d|\d{1,3})/(?P<number>\d{1,3})(?:\.|\s*[:–—-])?\s+(?P<title>[A-Z“\"][^\n]{3,300})$"
)
# "66/101" alone on its line over the title "Data and indicators for ..." and "The Statistical
# Commission:": a session report's chapter I prints each decision's number on a line of its own (a
# PDF's heading in two lines, pdftotext keeping the break), which a page number "2/3" looks like
_DEFAULT_NUMBER_ALONE = re.compile(r"^(?P<session>(?:19|20)\d\d|\d{1,3})/(?P<number>\d{1,3})\.?$")


def number_alone_heads_text(line: str, next_lines: list[str]) -> bool:
    """Whether ``line`` is a number in the default convention alone ("66/101") and the lines
    below open an instrument's text: its formula ("The Statistical Commission:"), or a title and
    then the formula. A page's number ("2/3") is followed by the page's text, never so."""
    return bool(next_lines) and _DEFAULT_NUMBER_ALONE.match(line.strip()) is not None and _opens_text(next_lines)


def default_number_alone(line: str, instrument: tuple[InstrumentKind, str, str], next_lines: list[str]) -> bool:
    """Whether ``line`` is nothing but ``instrument``'s number in the default convention ("66/101")
    over the instrument's text (`number_alone_heads_text`): a heading whose title is the next
    line's. A page's "2/4" that some convention also reads heads nothing."""
    alone = _DEFAULT_NUMBER_ALONE.match(line.strip())
    return alone is not None and (alone["session"], alone["number"]) == instrument[1:] and number_alone_heads_text(line, next_lines)


# "DECISION 55/1. FOOD SYSTEMS DATA", "Decision 17/3: Resource mobilization", "Resolution 12/4 –
# Title": the kind, the number in the default convention and the title on one line, as a report
# saved from Word prints the heading of each decision it reproduces. The kind is on the line, so
# no word before is needed; a separator is (a bare space would take "Decision 55/1 The
# Committee ..." run into its heading).
_KIND_NUMBER_TITLE = re.compile(
    r"^(?P<kind>Resolution|Decision|RESOLUTION|DECISION)\s+(?P<session>(?:19|20)\d\d|\d{1,3})/(?P<number>\d{1,3})"
    r"(?:\s*[:.]|\s*[–—]|\s+-)\s+(?P<title>[A-Z“\"][^\n]{2,300})$"
)
# "At its 52nd plenary meeting, on 20 December 2023, the General Assembly", "At its 12th meeting, on
# 8 June 2023, the Economic and Social Council:": the meeting, its day and the body that decided
# (its opening up to the day's comma: what a line of pdftotext shows when the body's name wraps below)
MEETING_FORMULA_OPENING = rf"At\s+its\s+(?:[\w-]+\s+){{1,3}}?(?:plenary\s+)?meeting,\s+on\s+\d{{1,2}}\s+{_MONTH}\s+\d{{4}},"
_MEETING_FORMULA = re.compile(rf"^{MEETING_FORMULA_OPENING}\s+the\s+[A-Z]")


def meeting_formula_body_at(text: str) -> int | None:
    """Where the body's name begins in a decision's meeting formula ("At its 12th plenary meeting,
    on 8 June 2031, the Economic and Social Council: ..."), if the text opens with one."""
    found = _MEETING_FORMULA.match(text)
    return found.end() - 1 if found else None


# What the text before calls the instruments it holds: "the four decisions that the Board
# adopted", "Resolutions adopted at the annual session". The last such word names their kind.
_KIND_PLURAL = re.compile(r"\b([Dd]ecision|[Rr]esolution)s\b")


def default_number_title(line: str, instrument: tuple[InstrumentKind, str, str]) -> str | None:
    """The title on the heading ``line`` of ``instrument`` numbered in the default convention
    ("2031/4  Annual report of ...", "Decision 81/1: Programme and budget"): None when the line
    is not so made, or is another's."""
    numbered = _DEFAULT_NUMBER_TITLE.match(line.strip())
    if numbered is None:
        kind_numbered = _KIND_NUMBER_TITLE.match(line.strip())
        if kind_numbered is None or kind_numbered["kind"].lower() != instrument[0]:
            return None
        numbered = kind_numbered
    if (numbered["session"], numbered["number"]) != instrument[1:]:
        return None
    title = numbered["title"].strip()
    note = _ADOPTED_AFTER_TITLE.search(title)
    return title[: note.start()].rstrip() if note is not None and note.start() > 0 else title


# "Decision 71/2 – Finance and Audit Committee (adopted 25 April 2031)": the note on the
# adoption after the title, on the heading's line (or run into it from the line below)
_ADOPTED_AFTER_TITLE = re.compile(r"\s*\((?:[Aa]dopted|[Aa]pproved)\s+(?:on\s+)?(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\)\s*$")


def adoption_date_after_title(line: str) -> dt.date | None:
    """The day of "(adopted 25 April 2031)" ending an instrument's heading."""
    note = _ADOPTED_AFTER_TITLE.search(line.strip())
    if note is None:
        return None
    dates = find_dates(note["date"])
    return dates[0].value.start if len(dates) == 1 and dates[0].value.start == dates[0].value.end else None


def title_and_adoption_note(title: str) -> tuple[str, dt.date | None]:
    """A heading's title without the note on its adoption that closes it, and that note's day:
    "Evaluation policy (adopted 4 March 2032)" -> ("Evaluation policy", 4 March 2032)."""
    day = adoption_date_after_title(title)
    note = _ADOPTED_AFTER_TITLE.search(title) if day is not None else None
    if note is None or note.start() == 0:
        return title, None
    return title[: note.start()].rstrip(), day


# "Cluster: Scientific and technical    Adopted: 10 May 2035    Download decision (PDF, 214 KB)",
# "Adopted: 3 May 2031    Vote: without a vote": a web page's line of fields under a decision's
# heading, one of them the day the decision was adopted (a label, its colon, its value; each value
# ends at the next label, for no value holds a colon). Fields before it, and any words after it.
ADOPTION_FIELDS = re.compile(
    r"(?:[A-Z][A-Za-z]+(?:\s+[a-z]+){0,2}\s*:\s*[^:;]{1,80}?\s+)*"
    r"(?:Adopted(?:\s+on)?|Date\s+of\s+adoption|Date\s+adopted|Adoption\s+date)\s*:\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}(?:\s+[^;]{1,160})?"
)
# where the day of the adoption field begins
ADOPTED_LABEL = re.compile(r"\b(?:Adopted(?:\s+on)?|Date\s+of\s+adoption|Date\s+adopted|Adoption\s+date)\s*:\s*")


def adoption_fields(line: str) -> bool:
    """Is ``line`` a page's line of fields under a decision's heading, one of them its adoption
    day (`ADOPTION_FIELDS`)?"""
    return len(line) < 300 and ADOPTION_FIELDS.fullmatch(line.strip()) is not None


# What may open an instrument's text right under such a heading, besides the opening formula:
# the note on its adoption ("*Adopted at the 5th plenary meeting, on ...*", "(adopted 25 April
# 2031)") and its first clause, a verb of the body's ("Recalls decision 70/4", "Decides to ...",
# "Board decided to establish ...", "The Board approves ..."), a label before it when the
# formula was lost in a Word export ("a) Recalling ...", "1. Decides ...").
_ADOPTION_NOTE_LINE = re.compile(r"^\(?(?:[Aa]dopted|Approved)\s+(?:at|on|by|without|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\b[^\n]{0,160}$")
_FIRST_CLAUSE = re.compile(
    r"^(?:(?:\(?[a-z]\)|\d{1,2}\.)\s+)?(?:(?:The\s+)?[A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+){0,3}\s+(?:decided|decides|agreed|requested|approved|adopted)\b"
    r"|(?:Also\s+|Further\s+)?(?:Recalls|Decides|Requests|Asks|Approves|Endorses|Invites|Encourages|Urges|Calls\s+upon|Welcomes"
    r"|Takes\s+note|Adopts|Notes|Reaffirms|Authorizes|Establishes|Entrusts|Recognizes|Recommends|Recalling|Noting|Reaffirming"
    r"|Welcoming|Having)\b)"
)


def adoption_note_under_heading(previous: str, line: str) -> bool:
    """Is ``line`` the note on an instrument's adoption ("adopted by the Committee at its 176th
    session") right under the instrument's heading ``previous`` ("Decision 176/2 – Predictable
    review cycle")? It is a line of its own, not the title going on (a slide's sub-bullet, E232)."""
    return _KIND_NUMBER_TITLE.match(previous.strip()) is not None and _ADOPTION_NOTE_LINE.match(line.strip()) is not None


# "4621st meeting, 22 July 2036", "(12th plenary meeting, 3 May 2031)": the meeting and day of an
# instrument's adoption, a line of its own under the note "adopted by the Committee at ..."
_MEETING_AND_DAY_LINE = re.compile(rf"^\(?\d{{1,5}}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting,?\s+(?:on\s+)?\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\)?\.?$")


def kind_numbered_heading(line: str, next_lines: list[str]) -> tuple[InstrumentKind, str, str] | None:
    """(kind, session, number) of the instrument whose text ``line`` heads when it prints the
    kind, a number in the default convention and a title ("Decision 81/1: Programme and budget
    ...") and what follows opens an instrument's text: the opening formula, a note on the
    adoption, or a first clause (a slide's bullets). A line so made over prose ("Decision 12/3:
    progress in its implementation" as a report's section) heads no text."""
    if len(line) > _LONGEST_TITLE_HEADING or not next_lines or line.rstrip()[-1:] in ".;,:":
        return None
    numbered = _KIND_NUMBER_TITLE.match(line.strip())
    if numbered is None:
        return None
    if _opens_text(next_lines):
        return ("decision" if numbered["kind"].lower() == "decision" else "resolution"), numbered["session"], numbered["number"]
    lines = [ln.strip() for ln in next_lines[:3]]
    if _ADOPTION_NOTE_LINE.match(lines[0]):
        lines = lines[1:]
        if lines and _MEETING_AND_DAY_LINE.match(lines[0]):
            # "adopted by the Committee at its 176th session" / "4621st meeting, 22 July 2036" (E232)
            lines = lines[1:]
    if not lines or not (_OPENING_FORMULA.match(lines[0]) or _FIRST_CLAUSE.match(lines[0]) or _NAME_FORMULA.match(lines[0])):
        return None
    kind: InstrumentKind = "decision" if numbered["kind"].lower() == "decision" else "resolution"
    return kind, numbered["session"], numbered["number"]


# "Production sector (decision 94/12)", "Energy efficiency – decision 94/27": a slide's title, its
# topic first and the instrument's kind and default number after it (E100)
_TOPIC_THEN_NUMBER = re.compile(
    r"^(?P<topic>[A-Z][^\n()]{2,150}?)\s*(?:\(\s*|[–—]\s*|\s-\s*)"
    r"(?P<kind>[Dd]ecision|[Rr]esolution)\s+(?P<session>(?:19|20)\d\d|\d{1,3})/(?P<number>\d{1,3})\)?$"
)
# 'Title: "Guidelines for the HFC production sector"': the instrument's title as a field, under
# its slide's heading
TITLE_FIELD = re.compile(r"^Title\s*:\s*[“\"](?P<title>[^”\"\n]{3,300})[”\"]\s*\.?$")


def topic_numbered(line: str, instrument: tuple[InstrumentKind, str, str]) -> bool:
    """Is ``line`` a topic then ``instrument``'s kind and number ("Production sector (decision 94/12)")?"""
    numbered = _TOPIC_THEN_NUMBER.match(line.strip())
    return numbered is not None and numbered["kind"].lower() == instrument[0] and (numbered["session"], numbered["number"]) == instrument[1:]


def topic_numbered_heading(line: str, next_lines: list[str]) -> tuple[InstrumentKind, str, str] | None:
    """(kind, session, number) of the instrument whose text ``line`` heads when it names a topic
    and then the instrument ("Production sector (decision 94/12)") and the lines below open the
    instrument's text: a note on its adoption or a first clause, after a "Title:" field if any. A
    line so made over prose or over a list ("Energy efficiency (decision 94/27)" over "UNDP and
    UNIDO presented ...") heads nothing."""
    if len(line) > _LONGEST_TITLE_HEADING or not next_lines:
        return None
    numbered = _TOPIC_THEN_NUMBER.match(line.strip())
    if numbered is None:
        return None
    lines = [ln.strip() for ln in next_lines[:2]]
    if TITLE_FIELD.match(lines[0]):
        lines = lines[1:]
    if not lines or not (_ADOPTION_NOTE_LINE.match(lines[0]) or _FIRST_CLAUSE.match(lines[0]) or _OPENING_FORMULA.match(lines[0])):
        return None
    kind: InstrumentKind = "decision" if numbered["kind"].lower() == "decision" else "resolution"
    return kind, numbered["session"], numbered["number"]


# "The Committee on Economic, Social and Cultural Rights," (its name holds commas), or the same
# line without its comma: the adopting body's name alone on the line, as a formula under a
# heading that already printed the kind, the number and a title. "or" joins the names of a
# treaty's title ("The Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading
# Treatment or Punishment").
_NAME_FORMULA = re.compile(r"^The\s+[A-Z][\w'’-]*(?:,?\s+(?:[A-Z][\w'’-]*|of|on|the|for|and|or|to|in|against)){0,18},?$")


def default_numbered_heading(line: str, next_lines: list[str], before: str) -> tuple[InstrumentKind, str, str] | None:
    """(kind, session, number) of the instrument whose text ``line`` heads when the line prints
    a number in the default convention and a title ("2031/4  Working methods of the Board"),
    and the instrument's opening formula follows ("The Executive Board,"): a transmittal or a
    compendium that reproduces decisions without a "Decisions adopted by ..." line over them.
    The kind is the one the text before (``before``) last called its instruments by; without
    one, the line is left a heading of some other list."""
    if len(line) > _LONGEST_TITLE_HEADING or not next_lines or line.rstrip()[-1:] in ".;,":
        return None
    numbered = _DEFAULT_NUMBER_TITLE.match(line.strip())
    if numbered is None and number_alone_heads_text(line, next_lines):
        # "66/101" over its title and "The Statistical Commission:": the title is the next heading
        numbered = _DEFAULT_NUMBER_ALONE.match(line.strip())
    if numbered is not None and _MEETING_FORMULA.match(next_lines[0].strip()):
        # "78/545. Revitalization of ..." over "At its 52nd plenary meeting, on 20 December 2023,
        # the General Assembly, on the recommendation of ..., decided to ...": the formula of a
        # decision as the Official Records print it (a resolution opens "The General Assembly,")
        return "decision", numbered["session"], numbered["number"]
    if numbered is None or not _opens_text(next_lines):
        return None
    kinds = _KIND_PLURAL.findall(before[-20000:])
    if not kinds:
        return None
    kind: InstrumentKind = "decision" if kinds[-1].lower() == "decision" else "resolution"
    return kind, numbered["session"], numbered["number"]


# A message or a note that announces an instrument just adopted and then gives its text: "The
# Council adopted 253/LI without a vote today. Title as adopted: "...". Text:", "Second one
# adopted, gavel at 15:20: 254/LI, "Revision of ...". Pasting:", "Resolution 12/4 as adopted
# reads as follows:". A chat, a mail or a live blog pastes the text under such a line, where a
# printed document would head it with the number alone.
_ANNOUNCED = re.compile(r"\b(?:adopted|adopts|adopting|passed|approved|as\s+follows)\b", re.IGNORECASE)
_LONGEST_ANNOUNCEMENT = 700
# the title in quotation marks, after the number (", "Title"") or after "Title (as adopted):"
_QUOTED_TITLE = re.compile(r"[“\"](?P<title>[A-Z][^“”\"\n]{3,300})[”\"]")
_TITLE_LABEL = re.compile(r"\bTitle(?:\s+as\s+adopted)?\s*:\s*(?=[“\"])", re.IGNORECASE)


def announced_instrument(
    text: str, next_lines: list[str], numbering: NumberingFinder | None
) -> tuple[InstrumentKind, str, str] | None:
    """(kind, session, number) of the one instrument a paragraph ending with a colon announces
    as adopted, when the opening formula of an instrument's text ("The Governing Council,")
    follows it: the paragraph heads that text. None for a paragraph naming two instruments or
    none in a convention, one not ending with a colon, or one without an adoption word."""
    if numbering is None or not next_lines or len(text) > _LONGEST_ANNOUNCEMENT:
        return None
    if not text.rstrip().endswith(":") or _ANNOUNCED.search(text) is None:
        return None
    if not _OPENING_FORMULA.match(next_lines[0].strip()):
        return None
    found = {(f.kind, f.session, f.number) for f in numbering.find(text)}
    return next(iter(found)) if len(found) == 1 else None


def announced_title(text: str, instrument: tuple[InstrumentKind, str, str], numbering: NumberingFinder | None) -> str | None:
    """The title an announcing paragraph gives in quotation marks, right after the instrument's
    number (", "Revision of ..."") or after "Title:" / "Title as adopted:"; None otherwise."""
    if numbering is None:
        return None
    label = _TITLE_LABEL.search(text)
    if label is not None:
        quoted = _QUOTED_TITLE.match(text, label.end())
        return quoted["title"].strip() if quoted else None
    for found in numbering.find(text):
        if (found.kind, found.session, found.number) != instrument:
            continue
        after = re.compile(r"\s*[,:–—-]?\s*").match(text, found.end)
        quoted = _QUOTED_TITLE.match(text, after.end() if after else found.end)
        if quoted is not None:
            return quoted["title"].strip()
    return None


# "DECISION 671", "Resolution 5": a kind and a number alone on a heading line, no session. An agency
# whose convention prints the session beside the number ("Decision 645 (C30)", "Resolution 12
# (Cg-20)") heads the text of each decision with the number alone, the session said by the masthead:
# its document's symbol, the body's series and the session's number ("C36/121-E", "EC-86/Res. 5").
_KIND_AND_NUMBER_ALONE = re.compile(r"^(?P<kind>Decision|Resolution|DECISION|RESOLUTION)\s+(?P<number>\d{1,4})\.?$")
# a symbol opening on a series and a session's number: "C36/121", "EC-86/Doc. 4.2", "RA I-20/Doc. 6"
_SERIES_SESSION = re.compile(r"(?<![\w/.-])(?P<series>[A-Z][A-Za-z]{0,5}(?: [IVX]{1,4})?)-?(?P<session>\d{1,3})/(?=\w)")
# how many of the masthead's lines above the heading may print the symbol
MASTHEAD_LOOK = 8


def session_from_own_symbol(
    line: str, above: list[str], numbering: NumberingFinder | None
) -> tuple[InstrumentKind, str, str] | None:
    """(kind, session, number) of "DECISION 671" under a masthead whose symbol "C36/121-E" is of the
    series of a body that numbers its decisions "{number} (C{session})": the decision 671 of that
    body's 36th session, as its convention writes it. None where no line above prints a symbol of
    a series whose body numbers that kind with a session, or where two bodies would."""
    alone = _KIND_AND_NUMBER_ALONE.match(line.strip())
    if alone is None or numbering is None:
        return None
    kind, number = alone["kind"].lower(), alone["number"]
    found: set[tuple[InstrumentKind, str, str]] = set()
    for text in above[:MASTHEAD_LOOK]:
        for symbol in _SERIES_SESSION.finditer(text):
            for body in numbering.bodies:
                if body.symbol_prefix != symbol["series"]:
                    continue
                for convention in body.numbering:
                    if convention.kind != kind or "{session}" not in convention.template:
                        continue
                    written = convention.template.replace("{number}", number).replace("{session}", symbol["session"])
                    read = [n for n in numbering.find(written) if n.start == 0 and n.end == len(written)]
                    if read and read[0].number == number:
                        found.add((read[0].kind, read[0].session, read[0].number))
    return found.pop() if len(found) == 1 else None


def session_in_symbol(symbol: str, series: str | None) -> int | None:
    """The session's number a symbol of ``series`` prints right after it ("C36/121" of "C": 36;
    "EC-86/Res. 5" of "EC": 86); None for a symbol of another series or of no such shape."""
    printed = _SERIES_SESSION.match(symbol)
    return int(printed["session"]) if series and printed is not None and printed["series"] == series else None


# "5A.<tab>Report of the Centre on its activities" over "Decision: 59 COM 5A", "9<tab>Title" over
# "229 EX/Decision 9": a decisions document of a body numbering its decisions by session and agenda
# item (UNESCO's organs) heads each with the item's number and title, the number the decision's own
_ITEM_NUMBER_TITLE = re.compile(r"^(?P<item>\d{1,3}(?:\.\d{1,2})*\.?[A-Z]?)\.?\s+(?P<title>[A-Z“\"][^\n]{3,250})$")


def item_title_above(text: str, label: str | None, number: str) -> str | None:
    """The title the item's heading above an instrument's number gives it, when the item's
    number (the heading's label, or its first word) is the instrument's: "5A. Title" over
    "59 COM 5A"; None for another item's heading or a heading with no item number."""
    if label is not None:
        return text.strip() if label.rstrip(".") == number and text[:1].isupper() else None
    item = _ITEM_NUMBER_TITLE.match(text.strip())
    if item is None or item["item"].rstrip(".") != number or item["title"].rstrip().endswith((".", ",", ";")):
        return None
    return item["title"].strip()
