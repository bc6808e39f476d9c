"""What a library catalogue's record of a document says, once `marc_records` has laid it out (a
field a row: "Symbol<tab>DCE/30/23.IGC/7", "Meeting<tab>...", "Title<tab>..."; the notes as
sentences of their own):

- a meeting heading, "Meeting<tab>Intergovernmental Committee for ... (23rd session : 2030 :
  Paris)": the name, then in brackets the number, the date and the place, parted by " : " (the
  form cataloguing rules give a conference's name): that numbered session of the body named, met
  in that place (a year alone is no date it met);
- a contents note, "Contents: 23.IGC 5. Title -- 23.IGC 7. Title": each item opening with an
  instrument's number (or its kind and number) is that instrument with its title;
- a note whose subject is the document the record describes, left out as notes leave it:
  "Prepared pursuant to resolution 12.CP 11 ...", "Working document submitted to the Committee at
  its twenty-third session", "Submitted to the Conference of Parties at its thirteenth session".

Pure functions on text; `relate.Reader.catalogue_meetings`, `contents_title` and `submissions`
apply them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mandate_graph.loaders.extract.ordinals import ORDINAL_RUN, ordinal_run_values
from mandate_graph.loaders.extract.rules import places

_MEETING_ROW = re.compile(r"^\s*Meeting\s+(?P<name>[^()\n]+?)\s*\((?P<parts>[^()\n]+)\)\s*\.?\s*$")
# "23rd session", "22nd", "4th and 5th sessions", "2nd meeting"
_NUMBER_PART = re.compile(rf"^(?P<ordinals>{ORDINAL_RUN})(?:\s+(?P<word>session|meeting|conference)s?)?$", re.IGNORECASE)
_PLACE_PART = re.compile(rf"^(?P<place>{places.PLACE})(?:,\s+{places.COUNTRY})?$")
_PART_SEPARATOR = re.compile(r"\s+:\s*|\s*;\s+")


@dataclass(frozen=True)
class MeetingHeading:
    name: str  # the body's name, as written
    name_start: int  # in the row
    ordinals: tuple[int, ...]
    word: str | None  # "session", "meeting" where the heading says it
    place: str | None
    date: str | None  # the date part as written ("2030", "11-14 February 2030")


def meeting_heading(row: str) -> MeetingHeading | None:
    """The meeting a catalogue record's "Meeting" row names (see the module's text)."""
    m = _MEETING_ROW.match(row)
    if m is None:
        return None
    ordinals: tuple[int, ...] = ()
    word = place = date = None
    for part in _PART_SEPARATOR.split(m["parts"].strip()):
        part = part.strip().rstrip(".")
        number = _NUMBER_PART.match(part)
        if number is not None and not ordinals:
            values = ordinal_run_values(number["ordinals"])
            if values:
                ordinals = tuple(values)
                word = number["word"].lower() if number["word"] else None
            continue
        if re.search(r"\d{4}", part):
            date = date or part
            continue
        at = _PLACE_PART.match(part)
        if at is not None and places.is_place(at["place"]) and place is None:
            place = at["place"]
    if not ordinals:
        return None
    return MeetingHeading(m["name"], m.start("name"), ordinals, word, place, date)


# "Contents: ..." (the line `marc_records` writes over a contents note)
CONTENTS = re.compile(r"^\s*Contents\s*:\s")
# what may stand between an item's start and its number: nothing, or the instrument's kind
# (ISBD's " -- " between items, which cleaning reads as the dash it prints, " — ")
_ITEM_OPENING = re.compile(r"(?:\bContents\s*:|\s(?:--|\u2014))\s*(?:(?:[Dd]ecision|[Rr]esolution|[Rr]ecommendation)s?\s+)?$")
# after the number: ". ", ": ", " - " before the title
_TITLE_LEAD = re.compile(r"\s*(?:[.:]|\s[-–—])?\s+")
_TITLE_END = re.compile(r"\s(?:--|\u2014)|$")
# the statement of responsibility closing an item ("Title / Committee"), a page ("p. 4")
_TITLE_TAIL = re.compile(r"\s+/\s.*$|\s*[.,;]?\s*(?:p\.|pp\.)\s*\d[\d-]*\.?$")


def opens_a_contents_item(text: str, start: int) -> bool:
    """Whether an instrument named at ``start`` opens an item of a contents note."""
    return _ITEM_OPENING.search(text[max(0, start - 40) : start]) is not None


def item_title(text: str, end: int) -> str | None:
    """The title of the contents item whose number ends at ``end``: the text up to the next
    item, without its closing full stop."""
    lead = _TITLE_LEAD.match(text, end)
    if lead is None:
        return None
    stop = _TITLE_END.search(text, lead.end())
    assert stop is not None
    title = _TITLE_TAIL.sub("", text[lead.end() : stop.start()].strip()).rstrip(" .;,")
    return title if len(title) > 2 and title[:1].isalnum() else None


# A note whose subject the cataloguer leaves out: it opens on the participle, or on the kind of
# document then the participle ("Working document submitted to ...", "Background paper prepared
# pursuant to ...")
_RECORD_NOTE = re.compile(
    r"^\s*(?:(?:An?\s+)?(?:[A-Z]?[a-z-]+\s+){0,2}(?:document|paper|report|note|study|submission|version)\s+)?"
    r"(?:prepared|submitted|issued|presented|transmitted|produced|circulated|published)\s+(?:\w+\s+){0,2}?"
    r"(?:pursuant|in\s+accordance|in\s+response|under|by|for|to|at|before)\b",
    re.IGNORECASE,
)


# a note's field name before it on a page's record ("Notes<tab>Submitted pursuant to …")
_NOTE_FIELD = re.compile(r"^(?:General\s+)?Notes?\s+(?=[A-Z])")


def is_note_on_the_record(sentence: str) -> bool:
    """Whether a note of a catalogue record speaks of the record's document with its subject
    left out (see the module's text)."""
    return sentence[:1].isupper() and _RECORD_NOTE.match(sentence) is not None


def note_read_as_a_clause(sentence: str) -> str | None:
    """A note on the record's document (`is_note_on_the_record`), its field name blanked and its
    participle in lower case, as read inside a sentence; None for any other sentence."""
    field = _NOTE_FIELD.match(sentence)
    start = field.end() if field else 0
    if not is_note_on_the_record(sentence[start:]):
        return None
    return " " * start + sentence[start].lower() + sentence[start + 1 :]


# A report's title as a catalogue writes it, ISBD's " : " before the subtitle: "Report of the
# Committee on Information : fiftieth session (23 April-4 May 2035)", "Report of the Working
# Party : 12th meeting" (the name, then the numbered session or meeting it covers)
_CATALOGUE_REPORT_TITLE = re.compile(
    rf"^Reports?\s+of\s+(?P<name>(?:the\s+)?[A-Z][^:()\n]{{3,150}}?)\s+:\s+(?P<ordinals>{ORDINAL_RUN})\s+"
    rf"(?P<word>(?i:session|meeting))s?\b",
)


@dataclass(frozen=True)
class ReportTitle:
    name: str  # the reporting body's name, as written
    ordinals: tuple[int, ...]
    word: str


def catalogue_report_title(title: str) -> ReportTitle | None:
    """The body and the sessions a report's title names in a catalogue's form (see above);
    "Draft report of …" is none (no report of it yet)."""
    m = _CATALOGUE_REPORT_TITLE.match(title.strip())
    if m is None:
        return None
    values = ordinal_run_values(m["ordinals"])
    return ReportTitle(m["name"], tuple(values), m["word"].lower()) if values else None


# A record's series, the Official Records of a body's session, a supplement of it: "Series<tab>
# Official records / General Assembly, 90th session. Supplement ; no. 21" (the catalogue's form of
# "Official Records of the General Assembly, Ninetieth Session, Supplement No. 21"): the record's
# document is printed for that session, before it
_SERIES_ROW = re.compile(
    rf"^\s*Series\s+Official\s+records\s*/\s*(?P<name>[A-Z][^,/;\n]{{2,80}}?)\s*,\s*(?P<ordinal>{ORDINAL_RUN})\s+session\s*[.,;]\s*"
    r"Supplement\b",
    re.IGNORECASE,
)


def official_records_series(row: str) -> tuple[str, int] | None:
    """The body (its name as written) and the session whose Official Records a record's series
    row names, when the document is one of their supplements."""
    m = _SERIES_ROW.match(row)
    if m is None:
        return None
    values = ordinal_run_values(m["ordinal"])
    return (m["name"], values[0]) if values and len(values) == 1 else None


# A related record of an instrument, its symbol's cell then ISBD's title, the kind after " : " and
# the statement of responsibility after " / ": "A/RES/88/311<tab>Multilingualism : resolution /
# adopted by the General Assembly on 30 August 2034"
_RELATED_INSTRUMENT = re.compile(
    r"\s+(?P<title>[A-Z][^:/\n]{1,250}?)\s+:\s+(?P<kind>resolution|decision)\s*/\s*"
    r"(?P<adopted>adopted\s+by\s+(?:the\s+)?[A-Z][^\n]*?)\s*\.?\s*$"
)


@dataclass(frozen=True)
class RelatedInstrument:
    title: str
    title_start: int
    kind: str  # "resolution", "decision"
    adopted: str  # "adopted by the General Assembly on 30 August 2034"
    adopted_start: int


def related_instrument(row: str, symbol_end: int) -> RelatedInstrument | None:
    """The title, kind and adoption a catalogue's related record gives of the instrument whose
    symbol opens the row and ends at ``symbol_end`` (see above); a draft's row ("Draft
    resolution : …") has no kind after its title and is none."""
    m = _RELATED_INSTRUMENT.match(row, symbol_end)
    if m is None:
        return None
    return RelatedInstrument(m["title"], m.start("title"), m["kind"], m["adopted"], m.start("adopted"))
