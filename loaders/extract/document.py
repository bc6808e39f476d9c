"""What a document says about itself: symbol, date, kind, author, title, and the session
or meeting it was prepared for, read from its masthead (the blocks before the body text).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from collections.abc import Iterator
from typing import Any

from mandate_graph.graph.model import DocumentRef, GatheringKind, GatheringRef, gathering_kind
from mandate_graph.graph.reference import Body, BodyRegistry
from mandate_graph.loaders.extract.clean import Cleaned
from mandate_graph.loaders.extract.dates import DATE_TEXT, US_DATE, find_dates
from mandate_graph.loaders.extract.layout import SESSION_PART
from mandate_graph.loaders.extract.meetings_of_parties import gathering_body_of_group
from mandate_graph.loaders.extract.numbering import spaced_lower
from mandate_graph.loaders.extract.ordinals import ORDINAL, ORDINAL_RUN, ordinal_run_values, ordinal_value, session_line_by_ordinal
from mandate_graph.loaders.extract.references import BodyMatcher, BodyMention, body_matcher, year_named_regular_sessions
from mandate_graph.loaders.extract.rules import documents, kind_words, own_body_names, places, press_releases
from mandate_graph.loaders.extract.rules.gathering_lines import body_then_place_and_days
from mandate_graph.loaders.extract.rules.instrument_headings import session_in_symbol
from mandate_graph.loaders.extract.rules.shared_prefixes import evidenced_series_author, glued_series_author, symbol_author, symbol_authors
from mandate_graph.loaders.extract.segment import Paragraph, numbers_in_masthead_line
from mandate_graph.loaders.extract.symbols import find_symbols
from mandate_graph.loaders.extract.treaty_mastheads import as_written_in_a_name, parties_gathering_under_treaty
from mandate_graph.loaders.facts import DateRange, DocumentInfo, Evidence

# "United Nations", or in capitals, which a logo may break over two lines ("UNITED" / "NATIONS").
_UNITED_NATIONS = re.compile(r"\b(?:United Nations|UNITED NATIONS|UNITED|NATIONS)\b")
# What may stand beside the symbol on its masthead line: "United Nations", a reissue mark.
_SYMBOL_LINE_REST = re.compile(r"^[\s*\\.,]*$")
_FIELD_ROW = re.compile(r"^\s*(?:Date|Distribution|Distr\.|Original):")
# The masthead's field on the left of the symbol's row: "Date: 30 June 2031", "Distribution: General"
_FIELD_BESIDE_SYMBOL = re.compile(
    r"^\s*(?:Date:\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|Distr(?:ibution)?\.?:?\s*[A-Z][a-z]+|Original:\s*[A-Z][a-z]+"
    # "Agenda item: ADM 9<tab>Document C31/27-E": the item the paper is for, a council's masthead
    r"|Agenda\s+item:?\s*(?:[A-Z]{1,6}\s*)?\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)\s*$"
)
# "Document C31/27-E", "Doc. EC-81/3": the word naming what the symbol is, printed before it
_DOCUMENT_WORD = re.compile(r"(?:Document|DOCUMENT|Doc\.)\s*$")
# "TD/B/78/9 – DRAFT (working copy, do not circulate)", "A/80/12 [Draft]": a working copy's mark
_DRAFT_MARK = re.compile(r"^\s*[-–—:]?\s*[\[(]?(?:DRAFT|Draft|draft)\b[^\n]{0,80}$")
_DISTR = re.compile(r"Distr\.?:?\s*\w+\s*(?P<date>.*)$")
_DATE_ALONE = re.compile(r"^\d{1,2}\s+[A-Z][a-z]+\s+\d{4}$")
# "Resumed thirteenth session", "Thirteenth session (resumed)", "Second part of the thirteenth
# session", "Thirteenth session, second part": a part of the session is the session's line.
# "Thirty-third plenary session": a body that calls its sessions plenary ones (not a "plenary
# meeting", a sitting within a session).
_GATHERING_LINE = re.compile(
    rf"^(?:(?:resumed|(?:first|second|third)\s+part\s+of\s+(?:the|its))\s+)?(?P<ord>{ORDINAL})\s+"
    r"(?:(?:regular|ordinary|resumed)\s+|(?i:plenary)\s+(?=(?i:session)))?(?P<word>session|meeting)"
    r"(?:\s*\((?:resumed|(?:first|second|third)\s+part|part\s+(?:one|two|three|I|II|III|[123]))\)|,\s+(?:first|second|third)\s+part"
    # "Fifty-second session (UPR 52)", "Seventh session (PFPAD-7)", "81st session (UN/SCETDG/81)":
    # the session's short label, its number the ordinal's (checked where the line is read)
    r"|\s*\((?-i:(?P<label>[A-Z][A-Za-z]{0,11}(?:[/ .-][A-Z][A-Za-z]{0,11}){0,3})[ ./-]?(?P<label_n>\d{1,3}))\))?$",
    re.IGNORECASE,
)
# "64th session (New York, 23 June–11 July 2031)": the session line of a session's page, its place
# and days in brackets
_GATHERING_PLACE_DAYS_LINE = re.compile(
    rf"^(?i:(?P<ord>{ORDINAL})\s+(?P<word>session|meeting))\s+\((?P<place>{places.PLACE}),\s+(?P<dates>\d[^()]{{3,40}}\d{{4}})\)$"
)
# "Twenty-first meeting of the Conference of the Parties", "16th Meeting of the Conference of the
# Contracting Parties": the same line naming its body, which must be the document's author.
# "Meeting: Seventh meeting (NP-7), Nairobi, 12–24 October 2031": a record's field giving the
# gathering, its short form in brackets, then its place and dates (E105); the field's label or the
# short form says it is one ("Ninth session, Second Committee, 4 March 2031" is no such line)
# "Meeting: 26th Ordinary Meeting of the Contracting Parties (COP 26), Naples, Italy, 10–13
# December 2029": the same with the body named (the document's author, or the one the group names), an
# ordinary meeting (the body's regular series) and the country after the town
_FIELD_GATHERING_PLACE_DAYS_LINE = re.compile(
    # "373rd Session, Geneva, 2–13 November 2033": the line alone under the body's name (a specialized
    # agency's masthead), read only when the slot after the session holds a town and no body's name
    # (`_unlabelled_session_place`: "Ninth session, Second Committee, 4 March 2031" is no such line)
    # ("Thirteenth session – New York, 8–12 March 2032": a dash for the first comma, E237)
    r"^(?=(?:Meeting|Session)\s*:|[^:(]{3,60}?(?i:session|meeting)\s*\(|(?P<bare>[^:(,]{3,60}?(?i:session|meeting))(?:,|\s+[–—]\s))"
    rf"(?:(?:Meeting|Session)\s*:\s*)?(?i:(?P<ord>{ORDINAL})\s+(?:(?:ordinary|regular)\s+)?(?P<word>session|meeting))"
    r"(?:\s+of\s+(?P<body>the\s+[^(),:;]{3,150}?))?(?:\s*\([^()]{1,20}\))?(?:,|\s+[–—])\s+"
    rf"(?P<place>{places.PLACE})(?:,\s+{places.COUNTRY})?,\s+(?P<dates>\d[^,()]{{3,40}}\d{{4}})$"
)
# "Ninety-first session Item 140 of the provisional agenda* Proposed programme budget": a two-column
# masthead flattened into one line (a converter's bold runs "**Ninety-first session** Item 140 ...",
# a text export), the session's line first, the item's run into it; the session is the line's (E267)
# ("Eightieth session 9–20 March 2036 Item 3 (a) of the provisional agenda": the session's days
# between, as the Human Rights Council's and the functional commissions' mastheads print them, G4 r22)
_SESSION_RUN_INTO_ITEM = re.compile(
    rf"^(?P<session>(?i:{ORDINAL})\s+session)[*_]*(?:\s+{DATE_TEXT})?\s+(?=Items?\s+\d{{1,3}}\b[^\n]{{0,30}}?\s+of\s+the\s+(?:provisional\s+agenda|preliminary\s+list)"
    r"|(?:Provisional\s+)?[Aa]genda\s+items?\s+\d)"
)
# "Distribution: General, 02.11.2031", "Distr.: Limited, 3 May 2031": the distribution and the
# date of issue, never a place and the dates of a session
_DISTRIBUTION_FIELD = re.compile(r"^Distr(?:ibution)?\.?\s*:")
_GATHERING_OF_LINE = re.compile(rf"^(?:Session:\s+)?(?P<ord>{ORDINAL})\s+(?P<word>session|meeting)\s+of\s+(?P<body>the\s+\S.{{3,150}})$", re.IGNORECASE)
# "79th GEF Council Meeting", "Fifth Board Session": the ordinal before the body's name, the word
# for the gathering last (a web page's title); the name must be the whole of the words between
# (`_body_named_between`), and the body the author (`Masthead.settle_gathering`)
_GATHERING_BEFORE_NAME_LINE = re.compile(rf"^(?P<ord>(?i:{ORDINAL}))\s+(?P<body>[A-Z][^,;:()]{{2,120}}?)\s+(?P<word>(?i:session|meeting))$")
# "Document symbol: E/CN.16/2031/1", "Symbol: A/80/12": a web page's or a record's field naming the
# document's own symbol.
# "Symbol<tab>WO/GA/58/14": a record's first row (an export's field, its key and value set apart by
# a tab or spaces, no colon) gives the symbol when its value is the symbol and nothing else; a row
# below a title ("Resolutions adopted by ..." / "Symbol A/26/REP") may name the report the page
# is drawn from rather than the page.
# A reStructuredText field list, ":Document: A/87/34, annex III", reads as a row "Document | A/87/34,
# ...": the field named "Document" whose value opens with a symbol (an annex issued under it).
_SYMBOL_FIELD = re.compile(
    r"^:?(?:(?:Document\s+)?[Ss]ymbols?(?:\s*(?P<colon>:)\s*|\s+)|(?P<document>Document)(?:\s*:\s*|\s+(?=[A-Z][A-Za-z.]{0,8}/\S)))"
    r"(?P<value>\S.{0,120})$"
)
# a record's row naming the symbol, no colon ("Symbol<tab>A/91/83", its tab a space by now)
# or with one, a page's field set as a row ("**Symbol:** [A/AC.318/2036/7](…)" of a Markdown page, its two
# trailing spaces a line break, below the title and a note: a line of the masthead, E281)
_RECORD_SYMBOL_ROW = re.compile(r"^\s*(?:Document\s+)?[Ss]ymbol(?:\s|:)")
# a page's title over several texts, whose record may name the report they come from
_TITLE_OF_TEXTS = re.compile(r"^\s*(?:[Rr]esolutions|[Dd]ecisions|[Tt]exts|[Dd]ocuments|[Rr]ecommendations|RESOLUTIONS|DECISIONS)\b")
# After "Document <symbol>" without a colon: a lower-case word goes on as a sentence ("was prepared")
_CLAUSE_AFTER_SYMBOL = re.compile(r"\s+[a-z]")
# "Commission on Science and Technology for Development, thirty-fourth session": a meeting page's
# title, the body's whole name, a comma and its session (the ordinal in words or figures); a web
# page's title sets them apart by a dash or a colon as well ("Human Rights Committee - 162nd
# session", "Board on Wetland Restoration: 47th session")
# (its place and days may run on after it, a web page's heading over the session's texts: "Conference
# of the States Parties to the United Nations Convention against Corruption, seventeenth session,
# Bangkok, 6-10 December 2037", E252)
_BODY_THEN_GATHERING_LINE = re.compile(
    rf"^(?P<body>[A-Z].{{3,200}}?)(?:,|\s*:|\s+[-–—])\s+(?P<ord>{ORDINAL})\s+(?:(?:regular|ordinary)\s+|plenary\s+(?=session))?(?P<word>session|meeting)"
    rf"(?-i:,\s+(?P<place>{places.PLACE}),\s+(?P<dates>\d[^,()]{{3,40}}\d{{4}}))?$",  # (a place's case read as written)
    re.IGNORECASE,
)
# "Sessions: General Assembly, Ninety-third session, Item 21 of the preliminary list; ...": a web
# page's field, its first entry a body's name and its session, an item perhaps after it, then ";"
# or the end (`Masthead` reads the entry as a masthead's "body, Nth session" line, E261)
_SESSIONS_FIELD = re.compile(
    rf"^\**Sessions?:\**\s+(?P<first>[A-Z][^;:,]{{3,150}},\s+(?i:{ORDINAL})\s+session)(?:,\s+(?:(?i:agenda\s+)?item|Items?)\b[^;]*)?(?:;|$)"
)
# ("Geneva, November 17 to 21, 2035": the month first, the year after a comma, as a US-drafted
# masthead prints it (WIPO's, PAHO's), E266)
_PLACE_DATE = re.compile(rf"^(?P<before>.*?),\s+(?P<dates>\d[^,]*\d{{4}}|{US_DATE.pattern})$")
_PLACE = re.compile(rf"^{places.PLACE}$")
# "Held at the Palais des Nations, Geneva, from 7 to 11 October 2030", "Held in Nairobi on 3 May
# 2031": the line under a session report's title; a venue may stand before the city
_HELD_LINE = re.compile(
    rf"^(?:Held|Convened|Meeting)\s+(?:at|in)\s+(?:the\s+[A-Z][^,]{{2,60}},\s+)?(?P<place>{places.PLACE})"
    rf"(?:,\s+{places.COUNTRY})?,?\s+(?:from|on)\s+(?P<dates>\d.*\d{{4}})\.?$"
)
# "Held at the Palais Wilson, Geneva, on Friday, 23 May 2031, at 10 a.m.": a summary record's line
# under "Summary record of the 2101st meeting". The hour makes it one sitting: the place is the
# session's, the day is the sitting's alone (what the meeting adopted, it adopted that day), no
# dates of the session.
# ("Held at the United Nations Office at Nairobi on ...": the building, then "at" or "in" the city)
_SITTING_LINE = re.compile(
    rf"^Held\s+(?:at|in)\s+(?:(?:the\s+)?[A-Z][^,]{{2,60}}?(?:,\s+|\s+(?:at|in)\s+))?(?P<place>{places.PLACE})(?:,\s+{places.COUNTRY})?,?\s+on\s+"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?P<day>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}),?\s+at\s+\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?$"
)
# "61st plenary meeting" / "Monday, 13 December 2032, 10 a.m.": a verbatim record's masthead gives
# the numbered meeting and, on the next line, its day and hour, each a line of its own. The hour makes
# it one sitting (as `_SITTING_LINE`): what the meeting adopted, it adopted that day.
_NUMBERED_MEETING_LINE = re.compile(rf"^(?P<ord>{ORDINAL})\s+(?:plenary\s+)?meeting$", re.IGNORECASE)
_DAY_AND_HOUR_LINE = re.compile(
    r"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?P<day>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}),?\s+"
    r"(?:at\s+)?\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?$"
)
# "Summary record of the 331st meeting", "Provisional summary record of the twelfth meeting",
# "Verbatim record of the 4th meeting": a record's title naming the numbered meeting it keeps. Under
# a session's line it is a sitting of that session (read there); under none, of a body that meets in
# numbered meetings, it is the body's gathering itself (E145). A "plenary meeting" is always a sitting.
_RECORD_OF_MEETING = re.compile(
    rf"^(?:(?:Provisional|Final)\s+)?(?:[Ss]ummary|[Vv]erbatim)\s+record\s+(?:\((?:partial|closed)\)\s+)?of\s+the\s+"
    rf"(?P<ord>{ORDINAL})\s+(?:\((?:closed|public|private)\)\s+)?meeting$"
)
# The same title in capitals or any case ("PROVISIONAL SUMMARY RECORD OF THE THIRD MEETING"),
# under a session's line too: the document is the record of one sitting, whatever it is of (E157)
_RECORD_TITLE = re.compile(_RECORD_OF_MEETING.pattern, re.IGNORECASE)
# "Wednesday, 25 June 2033, at 9:30 a.m." on its own line under a record's title: the sitting's day
# (no place: the session's line above gives it)
_BARE_SITTING_LINE = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?P<day>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}),?\s+at\s+\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?$"
)
# "FINAL REPORT", "Report", "Final Report of the Session": a report's title alone under the
# session line of its masthead (a Word report's cover page), the session's report.
_REPORT_ALONE = re.compile(r"^(?:(?:FINAL\s+)?REPORT(?:\s+OF\s+THE\s+SESSION)?|(?:Final\s+)?[Rr]eport(?:\s+of\s+the\s+[Ss]ession)?)$")
# "Geneva (Switzerland)", "Manila, Philippines": a city and its country; the city is the place.
_PLACE_IN_COUNTRY = re.compile(rf"^(?!The\b)(?P<city>{places.PLACE})(?:\s+\({places.COUNTRY}\)|,\s+{places.COUNTRY})$")
# "Online", "Virtual meeting", "Hybrid session": a masthead's place line for a session held at no place
# the parts of a session a masthead dates one a line: the organizational part, then the substantive
_SESSION_PART = re.compile(rf"^{SESSION_PART}$", re.IGNORECASE)
_NO_PLACE = re.compile(r"^(?:Online|Virtual|Hybrid|Remote)(?:\s+(?:meeting|session|format))?$", re.IGNORECASE)
# "New York" alone, its dates on the next line, below a session line
_CITY_ALONE = re.compile(rf"^(?!The\b)(?P<city>{places.PLACE})$")
_DATES_ALONE = re.compile(r"^\d{1,2}(?:\s+[A-Z][a-z]+)?\s*[-–—]\s*\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?$|^\d{1,2}\s+[A-Z][a-z]+\s*[-–—]\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}$")


def _town_alone(line: str) -> str | None:
    """The town a masthead's line names alone ("Geneva", "Suva, Fiji", "Nairobi (Kenya)"), if it does."""
    in_country = _PLACE_IN_COUNTRY.match(line) if len(line) < 80 else None
    if in_country is not None:
        return in_country["city"]
    return line if _CITY_ALONE.match(line) and places.is_place(line) and line not in _COVER_WORDS else None


# a cover's lines of one capitalised word that are no town
_COVER_WORDS = frozenset(
    "Agenda Annex Annexes Original Item Items Summary Introduction Contents Report Note Distr Restricted General Limited "
    "Draft Addendum Corrigendum Chapter Part Decisions Resolutions Decision Resolution Recommendations English French "
    "Spanish Arabic Chinese Russian".split()
)


# A session report's title: "Report of the X on its Nth session", "... on the work of its Nth
# session", "... on its second and third sessions" / "on its 111th to 113th sessions" (a report of
# several), "Report adopted by the WIPO General Assembly at its Fifty-Eighth (29th Ordinary)
# Session" (the qualifier in brackets read past), "Report on/of the Nth session of the X[, held
# in ...]"
# "its fifteenth working session", "its sixty-ninth regular session": a word between the ordinal
# and the gathering that names no other series (a working group calls its sessions "working
# sessions"; "special" would be another series)
_SERIES_WORD = r"(?:(?:working|regular|ordinary)\s+)?"
_SESSION_REPORTS = (
    re.compile(
        rf"^Report (?:of the (?P<body>.+?) on (?:the work of )?|adopted by the (?P<adopting>.+?) at )its (?P<ord>{ORDINAL_RUN})"
        rf"(?:\s+\(\d{{1,3}}(?:st|nd|rd|th)\s+(?:ordinary|extraordinary|regular)\))?\s+{_SERIES_WORD}(?P<word>session|meeting)s?\b",
        re.IGNORECASE,
    ),
    # "Report of the forty-fifth Meeting of States Parties", "Report of the Thirty-Fourth Meeting of
    # the Parties to the Montreal Protocol": the ordinal before a treaty meeting's own name, which
    # opens with the word for its gathering (the word is part of the body's name: E235)
    re.compile(
        # ("Final report of the Thirty-First Meeting of the States Parties": a treaty meeting's final
        # report, E265)
        rf"^(?:Final )?Report (?:on|of) the (?P<ord>{ORDINAL_RUN}) (?P<body>(?P<word>meeting)s? of (?:the )?(?:States |Contracting )?Parties\b[^,(:\n]*?)(?=\s*(?:,|\(|:|$))"
        r"(?P<adopting>(?!))?",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^(?:Report|Summary(?: report)?|Proceedings) (?:on|of) the (?P<ord>{ORDINAL_RUN}) {_SERIES_WORD}(?P<word>session|meeting)s? of the (?P<body>[^,(:\n]+?)(?=\s*(?:,|\(|:|$))"
        r"(?P<adopting>(?!))?",
        re.IGNORECASE,
    ),
    # "Proceedings of the United Nations Environment Assembly at its eleventh session": the record
    # of a session an assembly keeps instead of a report (UNEA, a conference's proceedings)
    re.compile(
        rf"^Proceedings of the (?P<body>.+?) (?:at|during|on the work of) its (?P<ord>{ORDINAL_RUN}) {_SERIES_WORD}(?P<word>session|meeting)s?"
        r"(?P<adopting>(?!))?(?=\s*(?:,|\(|:|$))",
        re.IGNORECASE,
    ),
    # "Economic Commission for Europe" / "Report on the seventy-fourth session": the body is the
    # line above (an Official Records supplement's title page); read only under a body's name
    re.compile(
        rf"^Report (?:on|of) (?:the work of )?(?:the|its) (?P<ord>{ORDINAL_RUN}) {_SERIES_WORD}(?P<word>session|meeting)s?(?=\s*(?:\(|$))"
        r"(?P<body>(?!))?(?P<adopting>(?!))?",
        re.IGNORECASE,
    ),
)

# "Forum on Human Rights, Democracy and the Rule of Law" / "on its seventh session" over "Report of
# the Chair": a forum's or a working group's report whose title names the body and the session it
# reports on, the report's kind and its author (an officer of the session) on the line below
_BODY_ON_ITS_GATHERING = re.compile(
    rf"^(?:[Tt]he\s+)?(?P<body>[A-Z].+?)\s+on\s+(?:the\s+work\s+of\s+)?its\s+(?P<ord>{ORDINAL_RUN})\s+{_SERIES_WORD}"
    r"(?P<word>session|meeting)s?(?P<adopting>(?!))?(?=\s*(?:\(|$))"
)
_REPORT_OF_AN_OFFICER = re.compile(
    r"^(?:Report|Summary)\s+(?:of|by)\s+the\s+(?:Co-?)?(?:Chair(?:person|man|woman)?|President|Rapporteur|Facilitator|Moderator)s?"
    r"(?:-Rapporteur)?\s*\**$"
)


def _titled_over_its_author(text: str, below: Paragraph | None) -> re.Match[str] | None:
    """"<body> on its seventh session" over "Report of the Chair": the title of the body's report."""
    if below is None or below.label or _REPORT_OF_AN_OFFICER.match(below.text.strip()) is None:
        return None
    return _BODY_ON_ITS_GATHERING.match(text)


# "Report of the Sixth Committee", "Note by the Secretary-General": a title naming only who writes the
# document, no topic after the writer
_WRITERS_TITLE = re.compile(r"^(?:Report|Note)\s+(?:of|by)\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}\s*\**$")


def _agenda_items_title(head: list[Paragraph], index: int) -> bool:
    """"Agenda item 80" / "Report of the International Law Commission on the work of its
    eighty-fourth session" / "Report of the Sixth Committee": the line under the agenda item's is the
    item's title, the writer's title under it the document's; the item names another body's report
    (the one the Main Committee considered), not what the document reports on."""
    if index == 0 or index + 1 >= len(head) or not _AGENDA_ITEM_LINE.match(head[index - 1].text.strip().strip("*")):
        return False
    below = head[index + 1]
    return not below.label and _WRITERS_TITLE.match(below.text.strip()) is not None


def _body_named_past_a_comma(title: str, report: re.Match[str], matcher: BodyMatcher) -> list[BodyMention]:
    """"Report on the fifty-eighth session of the Conference of African Ministers of Finance,
    Planning and Economic Development": a body whose name holds a comma, which ends the title's
    body group; the name the reference data knows, read on from where the body begins."""
    if not report["body"]:
        return []
    named = matcher.find(title[report.start("body") : report.start("body") + 250])
    return [m for m in named[:1] if m.key and m.start == 0 and m.end > len(report["body"])]


def _title_run_on(text: str, report: re.Match[str], below: Paragraph, matcher: BodyMatcher) -> str | None:
    """"Report on the fifty-eighth session of the Conference of African" / "Ministers of Finance,
    Planning and Economic Development": a title wrapped over two lines, the body's name broken; the
    title whole when the two lines name a body the reference data knows and the first alone none."""
    if below.label or below.kind not in ("heading", "paragraph") or len(below.text) > 200:
        return None
    body_text = text[report.start("body") :]
    if any(m.key and m.start == 0 for m in matcher.find(body_text)):
        return None
    joined = f"{body_text} {below.text.strip()}"
    if not any(m.key and m.start == 0 and m.end > len(body_text) for m in matcher.find(joined)):
        return None
    return f"{text} {below.text.strip()}"


# "REPORT OF THE COUNCIL OF FAO": a masthead line naming whose report the document is
_REPORT_OF_THE = re.compile(r"^\s*Report\s+of\s+the\s+", re.IGNORECASE)


def report_of_body_alone(text: str, matcher: BodyMatcher) -> BodyMention | None:
    """"Report of the Council of FAO", "REPORT OF THE CONFERENCE OF FAO": a report's title naming
    the one body whose report it is and nothing after it (no session: the masthead's line gives it),
    the body's mention. A title in capitals is read as the name is written ("the Conference of
    FAO": a short name and its parent's, `BodyMatcher._of_its_parent`)."""
    title = _REPORT_OF_THE.match(text)
    if title is None:
        return None
    named = [b for b in matcher.find(as_written_in_a_name(text, matcher)) if b.key]
    if len(named) == 1 and named[0].start == title.end() and named[0].end >= len(text.rstrip()) - 1:
        return named[0]
    return None


def _writes_series(body: Body, symbols: tuple[str, ...]) -> bool:
    """Whether the document's symbol is of ``body``'s series ("CL 208/REP" of FAO's Council, prefix "CL")."""
    prefix = body.symbol_prefix
    return bool(prefix) and any(s.startswith((f"{prefix}/", f"{prefix} ", f"{prefix}.")) for s in symbols)


def _session_report(text: str) -> re.Match[str] | None:
    """The title of a report on a session or meeting: its groups name the body, the ordinal and
    the word ("session", "meeting"); the match ends where the place and dates may follow."""
    for pattern in _SESSION_REPORTS:
        found = pattern.match(text)
        if found:
            return found
    return None
_KINDS = [
    (re.compile(r"^Note by the Secretar(?:iat|y-General)\b", re.IGNORECASE), "NoteBySecretariat"),
    (re.compile(r"^(?:Annotated provisional|Provisional annotated) agendas?\b", re.IGNORECASE), "AnnotatedProvisionalAgenda"),
    (re.compile(r"^Conference room paper\b", re.IGNORECASE), "ConferenceRoomPaper"),
]
# The masthead ends where the body of the document begins.
_MASTHEAD_LIMIT = 25
# "Session: 229th session of the Executive Board": a record's session field, a row of its label and value
_SESSION_FIELD_ROW = re.compile(rf"^Session:\s+{ORDINAL}\s+session\s+of\s+the\s+")
# A paragraph of running prose: two sentences or more, long, ending on a stop ("The Committee held
# a debate on item 20 (see A/87/462, para. 2). Action on ... was taken at ..."): the body's text
# "Chapter IV", "CHAPTER II", "Chapter 3": a report's chapter opens (its masthead is above it)
_CHAPTER_LINE = re.compile(r"(?:Chapter|CHAPTER)\s+(?:[IVXL]{1,6}|\d{1,2})\.?")
_RUNNING_PROSE = re.compile(r"^(?=.{250,}$)[A-Z][^\n]*?[a-z)][.] [A-Z][^\n]*[.]$")


# a PDF converter's placeholder for a picture ("<!-- image -->", Docling's Markdown)
_PICTURE_MARKER = re.compile(r"^<!--\s*image\s*-->$")
# The symbol line is among the first lines of the masthead.
_SYMBOL_LINE_LIMIT = 3
# What a PDF's text gives of a logo above the symbol, a word a line: "UNITED", "NATIONS", the
# letters of a convention's emblem ("BC", "UNEP").
_LOGO_LINE = re.compile(r"^(?:UNITED|NATIONS|United|Nations|[A-Z]{2,4})$")


# The letters of an emblem printed in the symbol row's first cell ("EP", UNEP's), as Word's text gives it
_EMBLEM_BEFORE = re.compile(r"^\s*[A-Z]{2,4}\s+$")


def _masthead_symbols(text: str, matcher: BodyMatcher, series: frozenset[str] = frozenset()) -> tuple[tuple[str, ...], str]:
    """The document's own symbols, from its symbol line: "United Nations CTOC/COP/2022/9*",
    or as a PDF's text may give it, "CTOC/COP/WG.7/2025/1 United Nations", or the symbol alone,
    or beside the body's name ("SEVENTY-NINTH WORLD HEALTH ASSEMBLY<tab>A79/12"); with what the
    line says besides the symbol when that is a body's name, for the masthead to read.
    """
    found = find_symbols(text, series)
    if not found:
        return (), ""
    symbols = found[0].symbols
    if (
        len(found) == 2 and len(symbols) == 1 and len(found[1].symbols) == 1 and not text[: found[0].start].strip()
        and not text[found[0].end : found[1].start].strip() and not text[found[1].end :].strip()
        and _another_documents_symbol(symbols[0], found[1].symbols[0])
    ):
        # "E/2032/29  E/CN.17/2032/10": the two symbols a web page's converter put on one line
        return (symbols[0], found[1].symbols[0]), ""
    # "S/RES/2791 (2026)": a body numbering by year prints the year beside the symbol (an IRI
    # cannot hold the space, and the symbol alone names the document).
    year = _YEAR_AFTER.match(text, found[0].end)
    end = year.end() if year else found[0].end
    before = text[: found[0].start]
    if (word := _DOCUMENT_WORD.search(before)) is not None:
        before = before[: word.start()]
    rest = _UNITED_NATIONS.sub(" ", before + text[end:], count=1)
    if _SYMBOL_LINE_REST.match(rest) or _DRAFT_MARK.match(text[end:]) and _SYMBOL_LINE_REST.match(text[: found[0].start]):
        return symbols, ""
    if _EMBLEM_BEFORE.match(before) and _SYMBOL_LINE_REST.match(text[end:]):
        return symbols, ""  # "EP<tab><tab>UNEP/CPR/193/4": the emblem's letters in the row's first cell
    if _FIELD_BESIDE_SYMBOL.match(before) and _SYMBOL_LINE_REST.match(text[end:]):
        # "Date: 30 June 2031<tab>WFP/EB.A/2031/15": a Word masthead's left and right blocks on one row
        return symbols, ""
    name = rest.strip(" \t*.,")
    named = matcher.find(name)
    if named and named[0].start == _leading_ordinal_end(name) and named[0].end == len(name):
        return symbols, name
    return (), ""


def _symbol_alone(text: str, series: frozenset[str]) -> tuple[str, ...]:
    """The symbols of a paragraph that is one symbol and nothing else."""
    text = text.strip()
    if " " in text or "/" not in text:
        return ()
    found = find_symbols(text, series)
    return found[0].symbols if len(found) == 1 and found[0].start == 0 and found[0].end == len(text) else ()


def _another_documents_symbol(first: str, second: str) -> bool:
    """Whether ``second`` may be the second symbol of the document ``first`` names: not its
    addendum or corrigendum, nor a document of the same series ("A/80/12", "A/80/13": a list)."""
    if second.startswith(first) or first.startswith(second):
        return False
    return first.rsplit("/", 2)[0] != second.rsplit("/", 2)[0]


def _second_symbol_below(head: list[Paragraph], index: int, first: str, series: frozenset[str]) -> str | None:
    """The document's second symbol, alone on the line below its first ("E/2032/29" /
    "E/CN.17/2032/10"): of another series (not the first's addendum or corrigendum), and not the
    first two of a list of symbols (a third symbol alone below them)."""
    if index + 1 >= len(head) or not _symbol_alone(head[index].text, series):
        return None
    below = _symbol_alone(head[index + 1].text, series)
    if len(below) != 1 or not _another_documents_symbol(first, below[0]):
        return None
    if index + 2 < len(head) and _symbol_alone(head[index + 2].text, series):
        return None
    return below[0]


# "A/CN.9/1190 - Provisional agenda, annotations thereto ...": a document's page on its body's site
# heads the text with its symbol, a dash and its title.
_SYMBOL_DASH_TITLE = re.compile(r"\s+[-–—]\s+(?P<title>[A-Z][^\n]{5,300}?)\s*$")


def _symbol_then_title(head: list[Paragraph], index: int, series: frozenset[str] = frozenset()) -> tuple[tuple[str, ...], str] | None:
    """The symbols and title of a "SYMBOL - Title" line among the first of the masthead; not in a
    list of such lines (a page listing a session's documents names none of them its own)."""
    text = head[index].text.strip()
    if " " not in text or "/" not in text[:40]:
        return None
    found = find_symbols(text[:60], series)
    if not found or found[0].start != 0:
        return None
    titled = _SYMBOL_DASH_TITLE.match(text, found[0].end)
    if titled is None or _DRAFT_MARK.match(text[found[0].end :]) or find_symbols(titled["title"], series):
        return None
    below = head[index + 1].text.strip() if index + 1 < len(head) else ""
    if (nearby := find_symbols(below[:60], series)) and nearby[0].start == 0:
        return None
    return found[0].symbols, titled["title"]


def _unlabelled_session_place(g: re.Match[str], matcher: BodyMatcher) -> bool:
    """Whether a session line with no field label ("373rd Session, Geneva, 2–13 November 2033")
    gives a town after the session, not another body ("Ninth session, Second Committee, ...": a head
    noun of a body's name, or a name the reference data knows)."""
    return places.is_place(g["place"]) and g["place"].split()[-1] not in own_body_names.HEAD_NOUNS and not matcher.find(g["place"])


def _entry_line(text: str, series: frozenset[str]) -> bool:
    """Whether ``text`` is a line "SYMBOL – title"."""
    found = find_symbols(text[:60], series) if "/" in text[:40] else []
    return bool(found) and found[0].start == 0 and _SYMBOL_DASH_TITLE.match(text, found[0].end) is not None


# A masthead that prints the body, its session and dates first and the symbol below them, in a
# block with the issue date and the language ("C-36/DG.8" / "6 October 2031" / "Original:
# ENGLISH"), as the OPCW and other organizations set it.
_LATE_SYMBOL_LIMIT = 9
# The issue date may be a month alone ("CX/CAC 31/54/1 Add.1" / "October 2031"), as the Codex
# Alimentarius Commission and FAO date their papers.
_SYMBOL_BLOCK_LINE = re.compile(
    r"^(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\s*$"
    r"|Original:\s*\w+|Distr\.?:?\s*\w+"
    # "RA I-20/Doc. 6.2(1)" / "Submitted by: President of RA I" / "Status: APPROVED": the fields a
    # WMO session paper prints under its symbol, who submitted it and what became of it
    r"|Submitted\s+by:\s*\w+|Status:\s*\w+)",
    re.IGNORECASE,
)


def _symbol_block(head: list[Paragraph], index: int) -> bool:
    """Whether the paragraph at ``index`` may be the symbol line of such a block: one of the
    two paragraphs below it is the issue date, the language or the distribution; or, the symbol
    alone on its line, the agenda item's line and its title right above it (E149)."""
    if index >= _LATE_SYMBOL_LIMIT or "/" not in head[index].text:
        return False
    below = [p.text.strip().strip("*").strip() for p in head[index + 1 : index + 3]]
    if any(_SYMBOL_BLOCK_LINE.match(line) for line in below):
        return True
    above = [p.text.strip() for p in head[max(0, index - 3) : index]]
    if " " in head[index].text.strip():
        return False
    # (or the supplement line of the Official Records right above it: "Economic and Social Council,
    # Official Records, 2034, Supplement No. 8A" / "E/2033/28/Add.1-E/CN.7/2033/15/Add.1", a
    # commission's report as its title page prints it, on a web page under the site's menus, E185)
    # ("Governing Body" / "373rd Session, Geneva, 2–13 November 2033" / "GB.373/INS/PV": a specialized
    # agency's masthead, the symbol alone right under the session's line, E188)
    return any(_AGENDA_ITEM_LINE.match(line) for line in above) or bool(above and _SUPPLEMENT_LINE.search(above[-1])) or bool(
        above and _session_place_days_line(above[-1])
    )


def _session_place_days_line(line: str) -> bool:
    """"373rd Session, Geneva, 2–13 November 2033": a session's line with its place and days."""
    g = _FIELD_GATHERING_PLACE_DAYS_LINE.match(line) if "," in line and len(line) < 200 else None
    return g is not None and places.is_place(g["place"])


# "Official Records, 2034, Supplement No. 8A", "Supplement No. 8": the supplement of the Official
# Records a report is printed as, the line over its symbol
_SUPPLEMENT_LINE = re.compile(r"\bSupplement\s+No\.\s*\d{1,3}[A-Z]?\s*$")


# "Supplement No. 19 (A/93/19)", "**Supplement No. 7A (E/2034/27)**": the supplement's line with the
# report's symbol in brackets after it
_SUPPLEMENT_WITH_SYMBOL = re.compile(r"^[*_\s]*Supplement\s+No\.\s*\d{1,3}[A-Z]?\s*\((?P<symbol>[A-Z][^()\s]{2,40})\)[*_\s]*$")


# "Item 3 of the provisional agenda", "Provisional agenda item 4 (b)", "Agenda item 7": the line a
# session paper's masthead prints over the item's title, its symbol below them ("Economic
# Commission for Europe / Committee on Sustainable Energy / Forty-first session / Geneva, ... / Item 3
# of the provisional agenda / High-level segment: ... / ECE/ENERGY/2032/4")
_AGENDA_ITEM_LINE = re.compile(
    r"^(?:Item\s+\d{1,2}(?:\s*\([a-z]\))?\s+of\s+the\s+(?:provisional\s+)?agenda|(?:Provisional\s+)?[Aa]genda\s+item\s+\d{1,2}(?:\s*\([a-z]\))?)\s*$"
)


def _trailing_number(text: str, matcher: BodyMatcher) -> int | None:
    """Where an instrument number in its body's convention ends the line, with more before it."""
    found = numbers_in_masthead_line(text, matcher.numbering)  # "UNEP/CMS/Resolution 15.4" too
    if found and found[-1].end == len(text) and text[: found[-1].start].strip():
        return found[-1].start
    return None


_YEAR_AFTER = re.compile(r"\s*(?P<year>\((?:19|20)\d\d\))")
# "SEVENTY-NINTH WORLD HEALTH ASSEMBLY", "Seventy-ninth World Health Assembly": the session
# printed before the body's name.
_LEADING_ORDINAL = re.compile(rf"^(?P<ord>{ORDINAL})\s+", re.IGNORECASE)


def _body_named_last(text: str, matcher: BodyMatcher) -> str | None:
    """The body whose name ends ``text`` (the lines above a session line, joined)."""
    named = [b for b in matcher.find(text) if b.key]
    if not named or named[-1].end < len(text.rstrip(" .,")):
        return None
    return named[-1].key


def _organ_of_organisation(line: str, organisation: str, registry: BodyRegistry, matcher: BodyMatcher) -> str | None:
    """The body a masthead line names as an organ of the organisation named above it
    ("EXECUTIVE COUNCIL" under "WORLD METEOROLOGICAL ORGANIZATION": the Executive Council of
    the World Meteorological Organization), if it holds sessions; else None."""
    words = line.strip(" .,")
    if not words or len(words) > 60 or registry.bodies[organisation].gathering_term:
        return None
    # "REGIONAL ASSOCIATION I (AFRICA)" under "WORLD METEOROLOGICAL ORGANIZATION": a line that
    # wholly names a body of its own that holds sessions is the organ, whatever its name says of
    # the organisation (the reference data may not place it under the organisation's own entry)
    whole = [b.key for b in matcher.find(words) if b.key and b.start == 0 and b.end == len(words)]
    if len(whole) == 1 and whole[0] != organisation and registry.bodies[whole[0]].gathering_term:
        return whole[0]
    if words.isupper():
        words = words.title()
    name = f"{words} of the {registry.bodies[organisation].name}"
    named = [b.key for b in matcher.find(name) if b.key and b.start == 0 and b.end == len(name)]
    if len(named) == 1 and registry.bodies[named[0]].gathering_term:
        return named[0]
    return None


def _stranger_series(author: str, masthead_body: str, registry: BodyRegistry, text: str) -> bool:
    """Whether the body the symbol's series names (``author``) is another organisation's than the
    body the letterhead names (``masthead_body``) and the document names that organisation
    nowhere: "United Nations Educational, Scientific and Cultural Organization" / "The
    Director-General" over "CL/4587", a circular letter's number in a series the reference data
    gives to FAO's Council ("CL 182/9"). The letterhead says whose paper it is; a series of two
    letters is soon another organisation's."""
    if kind_words.root_of(author, registry) == kind_words.root_of(masthead_body, registry):
        return False
    lowered = spaced_lower(text)
    if kind_words.organization_named(author, registry, lowered):
        return False
    # ("# United Nations Kelp Fund" / "## Executive Board" under "Economic and Social Council": a
    # name of several words of the series' owner or of a body above it, anywhere, keeps it)
    seen: set[str] = set()
    key: str | None = author
    while key is not None and key not in seen and key in registry.bodies:
        seen.add(key)
        body = registry.bodies[key]
        if any(" " in name.strip() and " ".join(name.lower().split()) in lowered for name in body.names):
            return False
        key = body.parent
    return True


def _session_holding_ancestor(body: str | None, author: str, registry: BodyRegistry) -> bool:
    """Whether ``body`` is a body above ``author`` that holds gatherings where ``author`` holds
    none of its own (no gathering term in the reference data)."""
    return (
        body is not None and body != author and body in registry.bodies
        and not registry.bodies[author].gathering_term and bool(registry.bodies[body].gathering_term)
        and registry.descends_from(author, body)
    )


def _named_under(head: list[Paragraph], para: Paragraph, matcher: BodyMatcher) -> set[str]:
    """The bodies the masthead's lines under ``para`` name wholly, each a line of its own
    ("**Second Committee**" under "**Eighty-ninth session**")."""
    named_lines: set[str] = set()
    for q in head:
        if q.label:
            break
        text = q.text.strip().strip("*").strip()
        if q.start > para.start and len(text) < 120 and (key := _whole_name(text, matcher)) is not None:
            named_lines.add(key)
    return named_lines


def _named_above(head: list[Paragraph], para: Paragraph, matcher: BodyMatcher) -> dict[str, int]:
    """The bodies the masthead's lines above ``para`` name wholly, each a line of its own
    ("**General Assembly**" / "**Official Records**" over "**Ninety-third session**"), with where
    the last line naming each starts."""
    return {key: q.start for q in head if q.start < para.start and (key := _whole_name(q.text.strip().strip("*#").strip(), matcher)) is not None}


def _whole_name(text: str, matcher: BodyMatcher) -> str | None:
    """The body ``text`` names, when it is that one body's name and nothing else."""
    named = matcher.find(text)
    return named[0].key if len(named) == 1 and named[0].start == 0 and named[0].end == len(text) else None


def _nearest_session_holder(key: str, registry: BodyRegistry) -> str | None:
    """The nearest body above ``key`` whose gatherings are sessions (none: None)."""
    parent = registry.bodies[key].parent
    seen = {key}
    while parent is not None and parent in registry.bodies and parent not in seen:
        if registry.bodies[parent].gathering_term == "session":
            return parent
        seen.add(parent)
        parent = registry.bodies[parent].parent
    return None


def _subsidiary_holding(body: str, author: str, registry: BodyRegistry) -> bool:
    """Whether ``body`` is a body under ``author`` (its child, or further down) that holds gatherings."""
    return body != author and bool(registry.bodies[body].gathering_term) and registry.descends_from(body, author)


def _meeting_recorded_under_session(
    under: tuple[int, Paragraph, str] | None, holder: str, registry: BodyRegistry, matcher: BodyMatcher
) -> str | None:
    """The body a record's title keeps a meeting of when the line above the title names it wholly
    and it is a body under the session's holder whose gatherings are numbered meetings (a Main
    Committee under "General Assembly" / "Eighty-ninth session"); None otherwise (a record of a
    sitting of the session itself, E157)."""
    if under is None:
        return None
    named = [b for b in matcher.find(under[2]) if b.key]
    if len(named) != 1 or (key := named[0].key) is None or key == holder:
        return None
    return key if registry.bodies[key].gathering_term == "meeting" and registry.descends_from(key, holder) else None


def _leading_ordinal_end(text: str) -> int:
    lead = _LEADING_ORDINAL.match(text)
    return lead.end() if lead else 0


@dataclass
class Masthead:
    """The document's description of itself, with the facts its masthead states."""

    info: DocumentInfo
    gatherings: list[tuple[GatheringRef, DateRange | None, str | None, Paragraph]] = field(default_factory=list)
    report_of: tuple[GatheringRef, Paragraph] | None = None
    # "Report of X on its second and third sessions": the sessions before the last (`report_of`)
    also_reported: list[GatheringRef] = field(default_factory=list)
    # Bodies named in the masthead whose meeting the text must name (no ordinal printed).
    unnumbered: list[tuple[str, DateRange | None, str | None, Paragraph]] = field(default_factory=list)
    # "Report of the open-ended working group on ... on its second session" where the reference
    # data knows no such body: its name as written and the ordinal, for a body the text creates.
    report_of_unknown: tuple[str, int, GatheringKind, Paragraph] | None = None  # name, ordinal, what it holds
    # "Sixty-ninth regular session" where the masthead names no body it knows: the session of
    # the issuer the text names (`owned_by`).
    session_line: tuple[int, GatheringKind, Paragraph] | None = None
    # "Held at ..., on Friday, 23 May 2031, at 10 a.m." in a summary record: the sitting's day
    sitting: tuple[dt.date, Paragraph] | None = None
    # "Summary record of the 3rd meeting" (in any case) heads the document: the record of a sitting
    record: bool = False
    # "271st & 272nd Meetings (AM & PM)" in a meetings-coverage release: the meetings it tells of,
    # which it was not prepared for (no paper "before the Committee" was sent to one of them)
    covered: frozenset[GatheringRef] = frozenset()
    # "Council 2036" over the symbol "C36/121": the author whose sessions are named by year, and
    # what the year less the session's number is ("its 2037 session" is then its 37th, E216)
    year_numbered: tuple[str, int] | None = None

    def own_gatherings(self) -> list[GatheringRef]:
        """The gatherings the document is of: those its masthead names, or its session line's
        of the author (a session line naming no body is the author's)."""
        refs = [ref for ref, _, _, _ in self.gatherings]
        if self.report_of is not None:
            refs.append(self.report_of[0])
        if not refs and self.session_line is not None and self.info.author is not None:
            refs.append(GatheringRef(self.info.author, self.session_line[1], self.session_line[0]))
        return refs

    def owned_by(self, author: str, registry: BodyRegistry) -> None:
        """The masthead's session line is ``author``'s, found after the masthead was read."""
        if self.session_line is None or self.gatherings:
            return
        n, word, para = self.session_line
        self.gatherings.append((GatheringRef(author, registry.bodies[author].gathering_term or word, n), None, None, para))

    # "Twenty-first meeting of the Conference of the Parties" when the author is not yet known
    # (no symbol): the ordinal, what it holds, the line, the body as written, and the place and
    # dates printed below; `settle_gathering` makes it the masthead's once the author is known.
    pending_gathering: tuple[int, GatheringKind, Paragraph, str] | None = None
    pending_places: list[tuple[str | None, str | None, DateRange | None, Paragraph]] = field(default_factory=list)

    def settle_gathering(self, author: str, registry: BodyRegistry, matcher: BodyMatcher) -> None:
        """The pending meeting line is the author's meeting if the body it names is the author."""
        if self.pending_gathering is None or self.gatherings:
            return
        n, word, para, body_text = self.pending_gathering
        named_keys = [b.key for b in matcher.find(body_text) if b.key]
        # "the Conference of the Parties" under a CITES masthead: a name the author shares with
        # other bodies (the matcher reads the first of them) is the author's own
        holder = None
        if named_keys[:1] == [author] or _names_author(body_text, registry, author):
            holder = author
        elif len(named_keys) == 1 and _organ_of_meetingless(named_keys[0], author, registry):
            # "UNESCO" / "26th session of the IHP Intergovernmental Council" / "UNESCO Headquarters,
            # Paris, 14–17 June 2032" atop an organisation's web page: the session of its organ
            # the line names, the organisation holding none (E134)
            holder = named_keys[0]
        if holder is not None:
            term = registry.bodies[holder].gathering_term or word
            place = self.pending_places[0] if self.pending_places else None
            self.gatherings.append((GatheringRef(holder, term, n), place[2] if place else None, place[1] if place else None, para))
        self.pending_gathering = None


def _organ_of_meetingless(key: str, author: str, registry: BodyRegistry) -> bool:
    """Whether ``key`` is a body under ``author`` that meets (has a gathering term) where the
    author, an organisation, holds no gatherings of its own."""
    if registry.bodies[author].gathering_term or not registry.bodies[key].gathering_term:
        return False
    return registry.descends_from(key, author)


def _evidence(cleaned: Cleaned, para: Paragraph) -> Evidence:
    start, end = cleaned.original_span(para.start, para.end)
    return Evidence(start, end, para.text, para.evidence_label)


def _names_author(written: str, registry: BodyRegistry, author: str) -> bool:
    """Whether "the Commission", "Conference" ... in a report's title is the author itself, or
    the title names a body the reference data does not know ("the working group on ...")."""
    body = registry.bodies[author]
    said = " ".join(re.sub(r"^the\s+", "", written.strip(), flags=re.IGNORECASE).lower().split())
    names = [n.lower() for n in (*body.names, body.short_name or "") if n]
    # (E265) "Report of the Preparatory Committee on its second session" of the "Preparatory
    # Committee for the 2035 Review Conference of ...", "Final report of the Sixth Meeting of States
    # Parties" of the "Meeting of States Parties to the Treaty on ...": the head of the author's own
    # name, up to the words that say what it is for or of (two words at least, the author known by
    # the document's symbol)
    return said in names or (
        len(said.split()) >= 2 and any(_NAME_HEAD_ENDS.match(n, len(said)) is not None for n in names if n.startswith(said))
    )


# where the head of a body's name ends: "for the ...", "to the ...", "of the ...", "on ..."
_NAME_HEAD_ENDS = re.compile(r" (?:for|to|of|on|under) ")


# "Council 2036": a session named by the body and its year, as the ITU Council's are; the number the
# session goes by is the one the document's symbol prints ("C36/121"), read once the author is known
_NAME_THEN_YEAR_LINE = re.compile(r"^(?P<body>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|on|for|and)){0,8})\s+(?P<year>(?:19|20)\d\d)$")
# the masthead's first lines, where such a line names the session
_YEAR_LINE_LIMIT = 4


def _session_of_year(year: int, symbols: tuple[str, ...], author: Body) -> int | None:
    """The number of the author's session named by ``year`` ("Council 2036"), where the document's
    own symbol, of the author's series, prints the year's last two figures as its session
    ("C36/121"): the number the body's instruments carry ("Decision 671 (C36)"). None where no
    symbol says so: a year alone is no session's number."""
    printed = [session_in_symbol(s, author.symbol_prefix) for s in symbols]
    return year % 100 if year % 100 in printed else None


# A record's field naming the body it is of: 'body: "Sub-Committee of Experts on ..."' in a page's
# YAML front matter, "Organ: Executive Board" in a form, "committee = Committee on ..." in a config.
# Only these keys: "parent:", "serviced_by:", "addressee:" name other bodies, and "author:" a unit
# or a person as often as the body ("Author: Secretariat" of a committee's note).
_BODY_FIELD = re.compile(
    r"(?:^|\s)(?i:body|organ|issuing[ _]body|committee)\s*[:=]\s*[\"']?(?P<name>[A-Z][^\"'\n:]{2,200}?)[\"']?(?=\s+[A-Za-z_]{2,30}\s*[:=]|\s*$)"
)


def _body_field(text: str, matcher: BodyMatcher) -> str | None:
    """The body a record's field names wholly ('body: "X"'), if one of the paragraph's fields does."""
    for field in _BODY_FIELD.finditer(text):
        name = field["name"].strip()
        named = matcher.find(name)
        if len(named) == 1 and named[0].key is not None and named[0].start == 0 and named[0].end == len(name):
            return named[0].key
    return None


def _named_in_head(masthead_body: str | None, head: list[Paragraph], matcher: BodyMatcher) -> Iterator[str | None]:
    """The bodies a document's first lines name, the masthead's own first."""
    yield masthead_body
    for para in head:
        for mention in matcher.find(para.text):
            yield mention.key


def _body_named_between(text: str, matcher: BodyMatcher) -> bool:
    """Whether ``text`` is one body's name and nothing else ("GEF Council")."""
    return _whole_name(text, matcher) is not None


def _named_again_with_place(text: str, gathering_para: Paragraph, matcher: BodyMatcher) -> tuple[str, DateRange] | None:
    """The place and days of a masthead's second session line that names the body of the session
    line above (``gathering_para``) again, by another of its names, and runs on into the place and
    days ("78th SESSION OF THE REGIONAL COMMITTEE ... Washington, D.C., USA, 28 September-2 October
    2031" under "63rd DIRECTING COUNCIL"); None for any other line."""
    if not text[-1:].isdigit():
        return None  # cheap test first: the days end the line with their year
    g = _GATHERING_OF_LINE.match(text)
    if g is None:
        return None
    tail = body_then_place_and_days(g["body"], matcher)
    if tail is None:
        return None
    named = [b.key for b in matcher.find(tail[0]) if b.key]
    above = {b.key for b in matcher.find(gathering_para.text) if b.key}
    if not named or named[0] not in above:
        return None
    return tail[1], tail[2]


def _co_published_author(
    registry: BodyRegistry, author: str | None, others: tuple[str, ...], named: Iterator[str | None],
    with_sessions: frozenset[str] = frozenset(),
) -> str | None:
    """"E/2031/31-E/CN.21/2031/9": a commission's session report printed in the Economic and
    Social Council's series under a symbol of its own. The second symbol's body wrote it when the
    first lines name that body ("Commission on Coastal Resilience / Report on the twelfth
    session"); the first symbol's body only publishes it. Only a series inside the first one's
    ("E/CN.21" in "E"): two bodies' joint document ("A/81/215-E/2026/64") stays the first's, and so
    does a document for both bodies' sessions, each named with its session in the masthead
    (``with_sessions``): "ECE/MP.EIA/2031/4–ECE/MP.EIA/SEA/2031/4" over "Meeting of the Parties to
    the Convention … / Eleventh session" and "… serving as the Meeting of the Parties to the
    Protocol … / Seventh session" is the Convention's meeting's first (E166)."""
    if not others or author is None or author not in registry.bodies:
        return author
    series = registry.bodies[author].symbol_prefix
    named_keys = {key for key in named if key}
    for symbol in others:
        own = symbol_author(registry, symbol, named_keys)
        prefix = registry.bodies[own].symbol_prefix if own in registry.bodies else None
        if (
            own != author and own in named_keys and series and prefix and prefix.startswith(series + "/")
            and not {author, own} <= with_sessions
        ):
            return own
    return author


# "Report of the Human Rights Committee": a report's title naming its body and no session; the
# sessions it reports are the lines under it, "131st session (1–26 March 2031)", one a line. The
# Official Records' own form ends the name with a comma, and a web page may print the session on
# the same line: "Report of the United Nations Commission on International Trade Law, Sixty-sixth
# session (Vienna, 26 June–14 July 2033)", the place before the days (E173).
_REPORT_OF_BODY = re.compile(r"^Report of the (?P<body>[A-Z][^()\d]{3,150}?),?$")
_SESSION_WITH_DAYS = re.compile(
    rf"^(?i:(?P<ord>{ORDINAL})\s+(?P<word>session|meeting))"
    rf"(?:\s*\((?:(?P<place>{places.PLACE}),\s+)?(?P<days>[^()]{{5,60}}\d{{4}})\))?$"
)
_REPORT_OF_BODY_AND_SESSION = re.compile(rf"^(?P<title>Report of the [A-Z][^()\d]{{3,150}}?),\s+(?P<session>{ORDINAL}\s+(?:session|meeting)\b.*)$", re.IGNORECASE)


def _report_of_body_over_sessions(
    head: list[Paragraph], registry: BodyRegistry, matcher: BodyMatcher
) -> tuple[Paragraph, list[tuple[GatheringRef, DateRange | None, str | None, Paragraph]]] | None:
    """A title "Report of the <body>" whose whole name is a body that meets, over the lines of
    the sessions it reports: that body's sessions, whichever body's series the symbol is of
    (an Official Records supplement prints a commission's report in the Assembly's series)."""
    for index, para in enumerate(head):
        title = para.text.strip().rstrip("*").strip()
        if (one_line := _REPORT_OF_BODY_AND_SESSION.match(title)) is not None:
            title = one_line["title"]
        found = _REPORT_OF_BODY.match(title)
        if found is None:
            continue
        # the lines below, only under a title that is a report's: made for every line of the head,
        # they cost the square of its length (~0.5 % of an unseen pass, P7)
        below = [one_line["session"]] if one_line is not None else [line.text.strip().strip("*").strip() for line in head[index + 1 :]]
        named = matcher.find(found["body"])
        if len(named) != 1 or named[0].key is None or named[0].start != 0 or named[0].end != len(found["body"]):
            return None
        key = named[0].key
        term = registry.bodies[key].gathering_term if key in registry.bodies else None
        if term is None:
            return None
        sessions: list[tuple[GatheringRef, DateRange | None, str | None, Paragraph]] = []
        lines = [para] if one_line is not None else head[index + 1 :]
        for line, said in zip(lines, below):
            session = _SESSION_WITH_DAYS.match(said)
            if session is None or line.label:
                break
            days = find_dates(session["days"]) if session["days"] else []
            town = session["place"] if session["place"] and places.is_place(session["place"]) else None
            sessions.append((GatheringRef(key, term, ordinal_value(session["ord"]) or 0), days[0].value if days else None, town, line))
        return (para, sessions) if sessions and all(ref.ordinal for ref, _, _, _ in sessions) else None
    return None


def _sittings_of_the_release(head: list[Paragraph], author: str) -> list[tuple[GatheringRef, DateRange | None, str | None, Paragraph]]:
    """The numbered meetings a meetings-coverage release's masthead line names, of an author that
    numbers its meetings as its gatherings (a body whose sessions hold numbered sittings names its
    session instead, "Twelfth Session, 5th & 6th Meetings"): held on the release's date when the
    line says they sat that day ("(AM & PM)")."""
    day: dt.date | None = None
    for index, para in enumerate(head):
        text = para.text.strip()
        if _DATE_ALONE.match(text) and (dates := find_dates(text)):
            day = dates[0].value.start
        told = press_releases.sittings_line(text)
        if told is not None:
            numbers, that_day = told
            held = DateRange(day, day) if that_day and day is not None else None
            town: str | None = None
            # "NEW YORK, 11 February — The Committee ... opened its session today": the lead below
            # the line says where the meetings sat, and on which day (the dateline's, in a release
            # dated the day after) (E130)
            lead = next((p for p in head[index + 1 : index + 4] if p.kind == "paragraph"), None)
            dateline = press_releases.dateline_today(lead.text, day) if lead is not None and that_day else None
            if dateline is not None and len(numbers) == 1 and places.is_place(dateline[0]):
                town, held = dateline[0], DateRange(dateline[1], dateline[1])
            return [(GatheringRef(author, "meeting", n), held, town, para) for n in numbers]
    return []


def _a_strangers_generic_name(mention: BodyMention, registry: BodyRegistry, text: str) -> bool:
    """Whether ``mention`` is a generic name ("Conference of the Parties", "COP") of a shipped body
    that the document (``text``) never points to (`kind_words.organization_named`) (E115)."""
    body = registry.bodies.get(mention.key or "")
    return (
        body is not None and kind_words.generic_name(mention.text) and kind_words.shipped_by_kind(body)
        and not kind_words.organization_named(body.key, registry, spaced_lower(text))
    )


def _descends(key: str, ancestor: str, registry: BodyRegistry) -> bool:
    """Is ``key`` a body below ``ancestor`` in the reference data?"""
    parent = registry.bodies[key].parent if key in registry.bodies else None
    while parent is not None:
        if parent == ancestor:
            return True
        parent = registry.bodies[parent].parent if parent in registry.bodies else None
    return False


def _short_name_of_series(mention: BodyMention, symbols: tuple[str, ...], registry: BodyRegistry) -> str | None:
    """The one body that holds gatherings, whose short name a masthead line writes ("Governing
    Council") and whose symbol series the masthead's symbol is of; None when not one."""
    if not symbols or not mention.short:
        return None
    keys = [
        key for key, body in registry.bodies.items()
        if (body.short_name or "").lower() == mention.short.lower() and body.gathering_term and body.symbol_prefix
        and symbols[0].startswith(body.symbol_prefix + "/")
    ]
    return keys[0] if len(keys) == 1 else None


def read_masthead(
    paragraphs: list[Paragraph], cleaned: Cleaned, registry: BodyRegistry, source_key: str,
    matcher: BodyMatcher | None = None,
) -> Masthead:
    """``matcher``: the document's own (`BodyMatcher.for_document`), else the registry's."""
    matcher = matcher or body_matcher(registry)
    series = registry.symbol_series()  # a declared series is read in any spaced shape
    # A masthead laid out with tabs ("SEVENTY-NINTH WORLD HEALTH ASSEMBLY<tab>A79/12") reads as
    # a table row; only its first lines are the masthead's.
    # (E265) "<!-- image -->" atop a PDF converter's Markdown: the emblem's placeholder, no line of the
    # masthead's (the symbol's row of a pipe table below the body's name and place is still among
    # its first lines)
    pictures = next((i for i, p in enumerate(paragraphs[:3]) if _PICTURE_MARKER.match(p.text.strip()) is None), 0)
    head = [
        p for index, p in enumerate(paragraphs[:_MASTHEAD_LIMIT])
        if p.kind in ("heading", "paragraph", "listing") or p.kind == "table" and (
            index - pictures < _SYMBOL_LINE_LIMIT
            # "Date: 30 June 2031<tab>WFP/EB.A/2031/15" under the body's lines: the symbol's row
            or index < _LATE_SYMBOL_LIMIT and (_FIELD_ROW.match(p.text) is not None or _RECORD_SYMBOL_ROW.match(p.text) is not None)
            # "Session:<tab>229th session of the Executive Board": a page's record of fields as
            # Word's text sets it, a label and its value a row of two cells (L17)
            or _SESSION_FIELD_ROW.match(p.text) is not None
        )
    ]
    # the rows a record's table goes on with below a row (its "Symbol" row's fellows)
    above_rows = {id(p) for p, below in zip(paragraphs[:_MASTHEAD_LIMIT], paragraphs[1:_MASTHEAD_LIMIT + 1]) if below.kind == "table"}
    symbols: tuple[str, ...] = ()
    symbol_para: Paragraph | None = None
    date = None
    kind: str | None = None
    title: str | None = None
    title_para: Paragraph | None = None
    author = None
    masthead_body: str | None = None
    short_name_session: tuple[int, GatheringKind, Paragraph, str] | None = None
    year_session: tuple[int, Paragraph, str] | None = None  # "Council 2036": the year, the line, the name
    year_numbered: tuple[str, int] | None = None
    gathering_line: tuple[int, GatheringKind, Paragraph] | None = None
    gathering_of_line: tuple[int, GatheringKind, Paragraph, str] | None = None
    place_dates: list[tuple[str | None, str | None, DateRange | None, Paragraph]] = []
    sitting_day: tuple[dt.date, Paragraph] | None = None
    record_line: tuple[int, Paragraph] | None = None  # "Summary record of the 331st meeting"
    record_title = False  # that title, in any case, under a session's line too
    # that title under a session's line, right below a line that is wholly a body's name
    # ("Sixth Committee"): the ordinal, the title's line, the name
    record_under_name: tuple[int, Paragraph, str] | None = None
    report_alone: Paragraph | None = None  # "FINAL REPORT" under the session line
    expecting_date = False
    named_above: str | None = None  # the previous paragraph, when it is wholly a body's name
    body_line_above: str | None = None
    title_body: str | None = None  # the body's name above a title that names none
    organ_above: str | None = None  # "EXECUTIVE COUNCIL" above the session line, under the organisation's name
    line_body: str | None = None  # "Governing Council — ninety-first session": the body the session line names
    logo_lines = 0
    # A body's name broken over short lines, each a paragraph ("Conference of the Parties to
    # the Basel" / "Convention on the Control of ..."), then its session and where it met: one
    # per body when a joint document has two mastheads stacked.
    name_lines: list[str] = []
    stacked: list[list[Any]] = []  # [body, (ordinal, kind, paragraph), (body, place, dates, paragraph) | None]
    furniture = 0  # lines above the body's name that only give the distribution, symbol or date
    entry_lines = [_entry_line(p.text.strip(), series) for p in head]  # "SYMBOL – title"
    for index, para in enumerate(head):
        text = para.text.strip().rstrip("*").strip()
        if para.kind == "table" and text.startswith("|") and text.endswith("|"):
            # "| TPNW/MSP/2034/9 | |": a Markdown pipe table's row, its cells read as a tabbed row's (E265)
            text = "\t".join(cell.strip() for cell in text.strip("|").split("|") if cell.strip())
        if para.label:  # numbered paragraphs: the body of the text has begun
            break
        if _CHAPTER_LINE.fullmatch(text):
            # "Chapter IV" / "Follow-up procedure of the Committee" / "One hundred and twelfth
            # session": a chapter's headings, its sections' sessions no session of the masthead (E193)
            break
        if index > 0 and _RUNNING_PROSE.match(text) is not None:
            # the same paragraph without its number (Word's text of a document whose numbering
            # was automatic, L6): sentences running on, no masthead's line; a "Report of the
            # Global Platform ... on its eighth session" listed below is no title of the page's
            break
        if index > 0 and documents.heads_a_list_of_documents(text):
            # "Documents before the Commission" over "Report of the Working Group … on its fifth
            # meeting (X)": a digest's list of the session's papers; a report listed there is no
            # title of the page's, its meeting not the page's own (E258, what E251 found)
            break
        if not symbols and entry_lines[index] and index + 1 < len(head) and not entry_lines[index + 1] and any(entry_lines[index + 2 :]):
            # the first of a list of documents each headed "SYMBOL – title" over lines of its own
            # (a feed's items; not the next line: see `_symbol_then_title`): none is the page's
            # own, and the masthead has ended (a report's title under an entry is that entry's) (E126).
            # Entries one a line, a list of documents, are read below as the list they are.
            break
        if masthead_body is None and (_DISTR.fullmatch(text) or _DATE_ALONE.match(text)):
            furniture += 1
        if index == logo_lines and (_LOGO_LINE.match(text) or _PICTURE_MARKER.match(text)):
            logo_lines += 1  # "UNITED" / "NATIONS" / "BC": the logo, printed as words
            continue
        # ("Decision 21.COM 4" / "Document: LHE/31/21.COM/4": a field under an instrument's heading
        # names the document that instrument was taken on, not the page's own symbol)
        field = _SYMBOL_FIELD.match(text) if not symbols and para.instrument is None else None
        if field is not None and (found_in_field := find_symbols(field["value"], series)) and (
            field["colon"] or field["document"] and found_in_field[0].start == 0
            # "Document X was prepared in response to ...": a sentence about a document, no field
            and not _CLAUSE_AFTER_SYMBOL.match(field["value"], found_in_field[0].end)
            or index == logo_lines and found_in_field[0].start == 0
            and found_in_field[0].end == len(field["value"].rstrip())
            # "Review of …" / "Symbol<tab>JIU/REP/2035/4" / "Type<tab>System-wide report": the first
            # row of a record's table under a document's title (w3m's box-drawn record, E251); under
            # a title of several texts ("Resolutions adopted by …") the symbol may be the report the
            # page is drawn from
            or para.kind == "table" and id(para) in above_rows and _RECORD_SYMBOL_ROW.match(text) is not None
            and found_in_field[0].start == 0 and found_in_field[0].end == len(field["value"].rstrip())
            and _TITLE_OF_TEXTS.match(para.heading or "") is None
        ):
            # "Document symbol: E/CN.16/2031/1" in a page's metadata, below its title
            symbols, symbol_para = found_in_field[0].symbols, para
            continue
        if not symbols and index - logo_lines < _SYMBOL_LINE_LIMIT and (titled := _symbol_then_title(head, index, series)):
            # "A/CN.9/1190 - Provisional agenda, ...": a document page's own symbol and title
            symbols, symbol_para = titled[0], para
            if title is None:
                title, title_para = titled[1], para
            continue
        if not symbols and "Supplement" in text and (supplement := _SUPPLEMENT_WITH_SYMBOL.match(text)) is not None and any(
            "Official Records" in above.text for above in head[max(0, index - 3) : index]
        ) and (in_brackets := find_symbols(supplement["symbol"], series)):
            # "General Assembly" / "Official Records" / "Ninety-third session" / "Supplement No. 19
            # (A/93/19)": the report's own symbol in brackets on the supplement's line, however far
            # down a page's chrome (a wiki's breadcrumb, labels and panels) set the masthead (E293)
            symbols, symbol_para = in_brackets[0].symbols, para
            furniture += 1
            continue
        if not symbols and (index - logo_lines < _SYMBOL_LINE_LIMIT or _symbol_block(head, index)):
            found, beside = _masthead_symbols(text, matcher, series)
            if found and (index - logo_lines < _SYMBOL_LINE_LIMIT or not beside):
                symbols, symbol_para = found, para
                if not beside and len(found) == 1 and (second := _second_symbol_below(head, index, found[0], series)) is not None:
                    # "E/2032/29" / "E/CN.17/2032/10": a report to a council that is also its
                    # commission's document prints its two symbols one under the other
                    symbols = (found[0], second)
                if not beside:
                    furniture += 1
                    continue
                text = beside
        if index < _SYMBOL_LINE_LIMIT and (number := _trailing_number(text, matcher)) is not None:
            text = text[:number].rstrip()  # "WORLD HEALTH ASSEMBLY<tab>WHA79.12": read as a symbol
            if text.endswith("/"):
                continue  # "UNEP/CMS/Resolution 15.4": a series, no body's name; the number says whose
        if text.startswith(("Session", "**Session")) and (listed := _SESSIONS_FIELD.match(text)) is not None:
            # "Sessions: General Assembly, Ninety-third session, Item 21 of the preliminary list;
            # Economic and Social Council, 2038 session, ...": a page's field listing the sessions
            # the document goes to, the first the one its first symbol is of (E261)
            text = listed["first"]
        named_here = matcher.find(text)  # once per paragraph: a long one names many bodies
        if named_here and matcher.kind_aliases and named_here[0].key is not None and _a_strangers_generic_name(
            named_here[0], registry, cleaned.text
        ):
            # "Conference of the Parties" atop a climate convention's report: another treaty's
            # conference's words, not the crime convention's Conference it names in the shipped data
            # (the document never points to it) (E115)
            named_here = named_here[1:]
        if masthead_body is None and index - furniture < 3 and ":" in text and (fielded := _body_field(text, matcher)) is not None:
            # a record's front matter ('body: "Sub-Committee of Experts on ..."'): the body it is of,
            # before any list of mandates below it ("ECOSOC 2031/17") looks like a masthead
            masthead_body = fielded
            continue
        # "Distr.: General", the symbol and the date above the body's name (an export's preface in
        # that order) are the masthead's furniture: the name is still among its first lines
        # ("WORLD METEOROLOGICAL ORGANIZATION" / "Twenty-first World Meteorological Congress": the
        # organisation's name over its organ's session, the organisation meeting in no sessions of
        # its own: the organ's session is the document's, as if the organisation's line were a logo, E243)
        above_organisation = masthead_body is not None and registry.bodies[masthead_body].gathering_term is None and gathering_line is None
        if (masthead_body is None or above_organisation) and index - furniture < 3:
            lead_end = _leading_ordinal_end(text)
            if above_organisation and not (
                lead_end and named_here and named_here[0].key and named_here[0].start == lead_end
                and named_here[0].end == len(text) and registry.bodies[named_here[0].key].gathering_term
            ):
                pass  # under the organisation's line, only an organ's whole session line is read here
            elif named_here and named_here[0].key and named_here[0].start == lead_end:
                masthead_body = named_here[0].key
                held = registry.bodies[masthead_body].gathering_term
                if lead_end and held and gathering_line is None and named_here[0].end == len(text):
                    # "SEVENTY-NINTH WORLD HEALTH ASSEMBLY": the session the document is of
                    gathering_line = (ordinal_value(text[:lead_end].strip()) or 0, held, para)
                    continue
        distr = _DISTR.search(text)
        if distr or (date is None and expecting_date):
            dates = find_dates(distr["date"] if distr else text)
            if dates and (distr or _DATE_ALONE.match(text)):
                date = dates[0].value.start
            # The date may be printed on the line after "Distr.: General", or, in two columns,
            # after the left column's next item ("Eightieth session").
            expecting_date = (bool(distr) or expecting_date) and date is None
            if distr or date is not None:
                continue
        parties = parties_gathering_under_treaty(text, name_lines[-1] if name_lines else None, matcher, registry) if gathering_line is None else None
        if parties is not None:
            # "ARMS TRADE TREATY" / "TWELFTH CONFERENCE OF STATES PARTIES": the parties' Nth gathering
            n_parties, masthead_body = parties[0], masthead_body or parties[1]
            gathering_line = (n_parties, registry.bodies[parties[1]].gathering_term or "session", para)
            name_lines = []
            continue
        # ("2029 session (fifth session)": the session by its ordinal; "Ninety-first session Item 140
        # of the provisional agenda* Title": the session's line with the item's run into it)
        run_in = _SESSION_RUN_INTO_ITEM.match(text)
        g = _GATHERING_LINE.match(session_line_by_ordinal(run_in["session"] if run_in else text)) or (_GATHERING_PLACE_DAYS_LINE.match(text) if gathering_line is None and "(" in text else None) or (
            _FIELD_GATHERING_PLACE_DAYS_LINE.match(text) if gathering_line is None and "," in text and len(text) < 200 else None
        )
        if g and g.groupdict().get("bare") and not _unlabelled_session_place(g, matcher):
            g = None
        if g and g.groupdict().get("label_n") and int(g["label_n"]) != ordinal_value(g["ord"]):
            g = None  # "Fifth session (COP 15)": a label of another number says another thing
        if g and "egular" in text.lower()[:40] and ordinal_value(g["ord"]) in year_named_regular_sessions(cleaned.text):
            # "First regular session" / "Rome, 26-28 February 2035" of a board whose text names it
            # "the first regular session 2035": its place in the year, no session of a series (E221)
            g = None
        if g and gathering_line is not None and gathering_line[1] == "session" and g["word"].lower() == "meeting" and g["ord"][:1].isdigit():
            # "Seventy-second session" / "3rd meeting" in a journal's programme: a sitting of the
            # session above, not a gathering of its own
            continue
        if g and "body" in g.groupdict() and g["body"]:
            # the field names the body whose meeting it is: the document's author, or none yet
            of_body = matcher.find(g["body"])
            whole = of_body[0].key if len(of_body) == 1 and of_body[0].end == len(g["body"].rstrip()) else None
            if whole is None:
                # "of the Contracting Parties": the one body named "Meeting of the Contracting Parties to ..."
                whole = gathering_body_of_group(registry, g["body"], g["word"].lower())
            if whole is None or masthead_body not in (None, whole) or not registry.bodies[whole].gathering_term:
                g = None
            else:
                masthead_body = whole
        if g and "dates" in g.groupdict() and places.is_place(g["place"]) and (days := find_dates(g["dates"])):
            # "64th session (New York, 23 June–11 July 2031)": a session's page heads its papers so
            place_dates.append((None, g["place"], days[0].value, para))
        if g:
            gathering_line = (ordinal_value(g["ord"]) or 0, gathering_kind(g["word"].lower()), para)
            if masthead_body is not None and name_lines:
                organ_above = _organ_of_organisation(name_lines[-1], masthead_body, registry, matcher)
            stacked_body = _body_named_last(" ".join(name_lines), matcher)
            if stacked_body is not None:
                stacked.append([stacked_body, gathering_line, None])
            name_lines = []
            continue
        year_line = (
            _NAME_THEN_YEAR_LINE.match(text) if gathering_line is None and year_session is None and index - logo_lines < _YEAR_LINE_LIMIT else None
        )
        if year_line is not None:
            # "Council 2036" / "Geneva, 9–19 June 2036": the session, its number read below
            year_session = (int(year_line["year"]), para, year_line["body"])
            continue
        g = _BODY_THEN_GATHERING_LINE.match(text) if gathering_line is None else None
        if g and named_here and named_here[0].key is None and named_here[0].start == 0 and named_here[0].end == g.end("body"):
            # "Governing Council — ninety-first session" under the symbol "S/AC.26/2021/5": the
            # one body of that short name that holds sessions and writes that series
            own = _short_name_of_series(named_here[0], symbols, registry)
            if own is not None:
                named_here = [replace(named_here[0], key=own), *named_here[1:]]
        if g and named_here and named_here[0].key and named_here[0].start == 0 and named_here[0].end == g.end("body"):
            if registry.bodies[named_here[0].key].gathering_term:
                masthead_body = masthead_body or named_here[0].key
                gathering_line = (ordinal_value(g["ord"]) or 0, gathering_kind(g["word"].lower()), para)
                if g["place"] and places.is_place(g["place"]) and (days := find_dates(g["dates"])):
                    place_dates.append((None, g["place"], days[0].value, para))
                line_body = named_here[0].key
                named_above = None
                continue
        if g and not named_here and masthead_body is None and short_name_session is None:
            # "COUNCIL — 246TH SESSION" under a working paper's symbol: a short name several
            # bodies share, the session of the symbol's author if that is its name (read below)
            short_name_session = (ordinal_value(g["ord"]) or 0, gathering_kind(g["word"].lower()), para, g["body"])
            continue
        if gathering_line is not None and not place_dates and (again := _named_again_with_place(text, gathering_line[2], matcher)):
            # "63rd DIRECTING COUNCIL" / "78th SESSION OF THE REGIONAL COMMITTEE OF WHO FOR THE
            # AMERICAS Washington, D.C., USA, 28 September-2 October 2031": the session named again
            # by its other title, its place and days run on after it (E104)
            place_dates.append((None, again[0], again[1], para))
            continue
        g = _GATHERING_OF_LINE.match(text) if gathering_line is None else None
        if g:
            body_written = g["body"]
            if (place_after := body_then_place_and_days(body_written, matcher)) is not None:
                # "57th meeting of the X Board Geneva, Switzerland, 24-26 June 2029": one line
                body_written = place_after[0]
                place_dates.append((None, place_after[1], place_after[2], para))
            gathering_of_line = (ordinal_value(g["ord"]) or 0, gathering_kind(g["word"].lower()), para, body_written)
            continue
        g = _GATHERING_BEFORE_NAME_LINE.match(text) if gathering_line is None and gathering_of_line is None and len(text) < 160 else None
        if g and _body_named_between(g["body"], matcher):
            # "79th GEF Council Meeting" under a web page's title "Joint Summary of the Chairs"
            gathering_of_line = (ordinal_value(g["ord"]) or 0, gathering_kind(g["word"].lower()), para, g["body"])
            continue
        if ("ecord" in text or "ECORD" in text) and (titled_record := _RECORD_TITLE.match(text)):
            record_title = True
            if gathering_line is not None and named_above is not None and index > 0 and head[index - 1].start > gathering_line[2].start:
                # (the name between the session's line and the title: "Eighty-ninth session" /
                # "Sixth Committee" / "Summary record of ..."; a name above the session's line is
                # the body whose session it is, E145)
                record_under_name = (ordinal_value(titled_record["ord"]) or 0, para, named_above)
        elif record_title and sitting_day is None and len(text) < 80 and (bare := _BARE_SITTING_LINE.match(text)) and (day := find_dates(bare["day"])):
            # "Wednesday, 25 June 2033, at 9:30 a.m." under "PROVISIONAL SUMMARY RECORD OF THE THIRD MEETING"
            sitting_day = (day[0].value.start, para)
            continue
        record = _RECORD_OF_MEETING.match(text) if gathering_line is None and record_line is None and "ecord" in text else None
        if record is not None:
            # the record's title: its meeting is read once the author is known (a sitting of a
            # session, or the gathering of a body that meets in meetings)
            record_line, named_above, name_lines = (ordinal_value(record["ord"]) or 0, para), None, []
            continue
        if sitting_day is None and index > 0 and len(text) < 60 and text[-2:] == "m." and (
            _NUMBERED_MEETING_LINE.match(head[index - 1].text.strip())
        ) and (hour_line := _DAY_AND_HOUR_LINE.match(text)) and (day := find_dates(hour_line["day"])):
            # (the line still gives what a date line gives: no `continue`)
            sitting_day = (day[0].value.start, para)
        sitting = _SITTING_LINE.match(text) if len(text) < 200 and text.startswith("Held") else None
        if sitting is not None and places.is_place(sitting["place"]) and (day := find_dates(sitting["day"])):
            place_dates.append((named_above, sitting["place"], None, para))
            sitting_day = (day[0].value.start, para)
            name_lines = []
            continue
        held_line = _HELD_LINE.match(text) if len(text) < 200 else None
        if held_line is not None:
            # "Held at the Palais des Nations, Geneva, from 7 to 11 October 2030" under the title
            dates = find_dates(held_line["dates"])
            if dates and dates[0].start == 0 and places.is_place(held_line["place"]):
                place_dates.append((named_above, held_line["place"], dates[0].value, para))
                name_lines = []
                continue
        pd = _PLACE_DATE.match(text) if not _DISTRIBUTION_FIELD.match(text) else None
        if pd and len(text) < 200:
            # "Vienna, 17–21 October 2022", or "<body name> Vienna, 23–27 May 2022"; a body's
            # name printed on the line above (its own paragraph) names the body meeting there.
            before = places.without_venue(pd["before"])  # "Palais des Nations, Geneva, 7–11 October 2030"
            named = matcher.find(before)
            body_text = named_above
            if named and named[0].start == 0:
                body_text, before = before[: named[0].end], before[named[0].end :].strip()
            in_country = _PLACE_IN_COUNTRY.match(before)
            if (part := _SESSION_PART.match(before)) is not None:
                # "Organizational session, 18 April 2036" / "Substantive session, 1–26 June 2036"
                # under the session line (the Committee for Programme and Coordination's, the
                # Council's masthead): the substantive part's days are the session's (E241)
                dates = find_dates(pd["dates"]) if part["main"] else []
                if dates:
                    place_dates.append((body_text, None, dates[0].value, para))
                name_lines = []
                continue
            if _PLACE.match(before) or in_country or _NO_PLACE.match(before):
                dates = find_dates(pd["dates"])
                city = in_country["city"] if in_country else before
                # "Online, 8–12 March 2032": the dates of a session held at no place
                place_dates.append((body_text, city if places.is_place(city) else None, dates[0].value if dates else None, para))
                if stacked and stacked[-1][2] is None and not name_lines:
                    stacked[-1][2] = place_dates[-1]
                name_lines = []
                continue
        # ("Centre International de Conférences Genève (CICG), Geneva, Switzerland", "Vienna
        # International Centre, Vienna" above the dates: the venue before its town read past, E278)
        town_line = places.without_venue(text) if len(text) < 120 else text
        in_country = _PLACE_IN_COUNTRY.match(town_line) if len(town_line) < 80 else None
        if in_country is None and gathering_line is not None and (alone := _CITY_ALONE.match(town_line)) and places.is_place(town_line):
            in_country = alone
        following = head[index + 1].text.strip() if in_country and index + 1 < len(head) else ""
        if in_country and _DATES_ALONE.match(following):
            # "Manila, Philippines" above "14–22 June 2028": the place, its dates on the next line
            dates = find_dates(following)
            place_dates.append((named_above, in_country["city"], dates[0].value if dates else None, para))
            continue
        if gathering_line is not None and not place_dates and para.start > gathering_line[2].start and index + 1 < len(head) and _DATES_ALONE.match(text) and (
            town_below := _town_alone(head[index + 1].text.strip())
        ) is not None:
            # "Thirteenth session" / "8–12 March 2032" / "New York": the days, the town alone on the line
            # under them (the other order of the lines above, E245)
            dates = find_dates(text)
            place_dates.append((named_above, town_below, dates[0].value if dates else None, para))
            continue
        body_line_above = named_above
        named_above = text if named_here and named_here[0].start == 0 and named_here[0].end == len(text) else None
        name_lines.append(text)
        if masthead_body is not None and named_here and index < 3 and text.startswith(named_here[0].text) and len(text) < 200:
            continue
        if title is None and gathering_line is not None and _REPORT_ALONE.match(text):
            # "Fifty-fifth Session" ... "FINAL REPORT": the report of the session named above
            title, title_para, report_alone = text, para, para
            continue
        if title is None and gathering_line is not None and (reporting := report_of_body_alone(text, matcher)) is not None and (
            _writes_series(registry.bodies[reporting.key], symbols) if reporting.key else False
        ):
            # "Two Hundred and Eighth Session" / "REPORT OF THE COUNCIL OF FAO": the title, naming the
            # body whose session the line above is (`relate.Reader.masthead_reporting_body` ties them;
            # the document's symbol is of its series: not "Report of the Peacebuilding Commission",
            # an agenda item's title under the Assembly's session and symbol);
            # a chapter's heading further down ("Report of the 225th Session of the Finance
            # Committee") is a committee's report the text speaks of, not the document (E287)
            title, title_para = text, para
            continue
        report = _session_report(text) or (
            _titled_over_its_author(text, head[index + 1] if index + 1 < len(head) else None) if title is None else None
        )
        if report and _agenda_items_title(head, index):
            report = None
        if report and title is None and report["body"] and index + 1 < len(head) and (
            run_on := _title_run_on(text, report, head[index + 1], matcher)
        ):
            text = run_on
        if report and not (report["body"] or report["adopting"]) and body_line_above is None:
            report = None  # "Report on the Nth session" under no body's name: whose is not said
        if report and title is None:
            title, title_para = text, para
            title_body = body_line_above
            kind = "SessionReport" if report["word"].lower() == "session" else "MeetingReport"
            continue
        for pattern, kind_name in _KINDS:
            if pattern.match(text) and kind is None:
                kind = kind_name
                if kind_name == "AnnotatedProvisionalAgenda":
                    title, title_para = text, para
                elif title is None and index > 0:
                    previous = head[index - 1]
                    if previous.kind in ("heading", "paragraph") and not previous.label:
                        title, title_para = previous.text, previous
                break
    if symbols and kind is None:
        kind = "ConferenceRoomPaper" if any("/CRP." in s for s in symbols) else None
    ref = DocumentRef(symbols=symbols) if symbols else DocumentRef(source=source_key)
    if symbols:
        # A prefix several organizations' bodies share ("A"): the body the masthead or the
        # first lines name decides (read only then: most prefixes are one body's).
        author = symbol_author(registry, symbols[0], _named_in_head(masthead_body, head, matcher))
        if author is None and masthead_body is None:
            author = glued_series_author(registry, symbols[0], matcher.evidenced_bodies())
        if author is None and masthead_body is None and len(symbol_authors(registry, symbols[0])) > 1:
            # "C 2033/21" under "CONFERENCE": a series five organisations print, of which the
            # document shows one (its other series, its bodies' names)
            cited = [s for found in find_symbols(cleaned.text, series) for s in found.symbols if s not in symbols]
            author = evidenced_series_author(registry, symbols[0], matcher.evidenced_bodies(), matcher.unevidenced, cited)
        author = _co_published_author(
            registry, author, symbols[1:], _named_in_head(masthead_body, head, matcher),
            frozenset(body for body, _, _ in stacked),
        )
        if author is not None and masthead_body is not None and _stranger_series(author, masthead_body, registry, cleaned.text):
            author = masthead_body
    author = author or masthead_body
    if gathering_line is None and short_name_session is not None and author and _names_author(short_name_session[3], registry, author):
        gathering_line = short_name_session[:3]
    if gathering_line is None and year_session is not None and author and _names_author(year_session[2], registry, author) and (
        (n_year := _session_of_year(year_session[0], symbols, registry.bodies[author])) is not None
    ):
        gathering_line = (n_year, "session", year_session[1])
        year_numbered = (author, year_session[0] - n_year)
    info = DocumentInfo(ref=ref, title=title, date=date, kind=kind or "OtherDocument", author=author)
    if title_para is not None:
        info.evidence = _evidence(cleaned, title_para)
    elif symbol_para is not None:
        info.evidence = _evidence(cleaned, symbol_para)
    info.headings = [p.text for p in paragraphs if p.kind == "heading" and len(p.text.split()) >= 3]
    masthead = Masthead(info)
    masthead.sitting = sitting_day
    masthead.record = record_title
    masthead.year_numbered = year_numbered

    # The session or meeting the document was prepared for.
    if len({body for body, _, _ in stacked}) > 1:
        # Two bodies' mastheads stacked, each with its session: each session is its own body's.
        for body, (n, word, para), place in stacked:
            term = registry.bodies[body].gathering_term or word
            masthead.gatherings.append((GatheringRef(body, term, n), place[2] if place else None, place[1] if place else None, para))
    elif gathering_line and not author and len(stacked) == 1 and stacked[0][1] is gathering_line and registry.bodies[stacked[0][0]].gathering_term:
        # "Committee for Programme and Coordination" / "Seventy-second session" under no symbol:
        # the session of the body named right above it, whoever publishes the page
        body, (n, word, para), place = stacked[0]
        masthead.gatherings.append((GatheringRef(body, registry.bodies[body].gathering_term or word, n), place[2] if place else None, place[1] if place else None, para))
    elif gathering_line and not author:
        masthead.session_line = gathering_line
    elif gathering_line and author:
        n, word, para = gathering_line
        # "WORLD METEOROLOGICAL ORGANIZATION" / "EXECUTIVE COUNCIL" / "Eighty-first session": the
        # session is the organ's named right above it, not the organisation's (which holds none)
        holder = organ_above if organ_above is not None and not registry.bodies[author].gathering_term else author
        if len(stacked) == 1 and stacked[0][1] is gathering_line and _subsidiary_holding(stacked[0][0], author, registry):
            # "HUMAN RIGHTS COUNCIL" / "Working Group on the Universal Periodic Review" / "Fifty-second
            # session": the session of the subsidiary named right above it, not of the parent on top
            holder = stacked[0][0]
        elif holder == author and word == "session" and registry.bodies[author].gathering_term == "meeting" and (
            up := _nearest_session_holder(author, registry)
        ) is not None and author in _named_under(head, para, matcher):
            # "General Assembly" / "Eighty-ninth session" / "Second Committee" over "A/C.2/89/L.58",
            # the Committee known to number its meetings: a session is none of its own, but the
            # Assembly's above it, during which it meets
            holder = up
        elif holder == author and word == "session" and registry.bodies[author].gathering_term == "meeting" and (
            up := _nearest_session_holder(author, registry)
        ) is not None and up in (above := _named_above(head, para, matcher)) and above.get(author, -1) < above[up]:
            # (E289) "General Assembly" / "Official Records" / "Ninety-third session" / "Supplement No.
            # 19 (A/93/19)" over the report of a committee under the Assembly that numbers its
            # meetings (the Special Committee on Peacekeeping Operations): the session is the
            # Assembly's named above it, not the committee's ninety-third meeting (a committee named
            # between the Assembly's line and the session line keeps E145's reading)
            holder = up
        elif holder == author and masthead_body is not None and _session_holding_ancestor(masthead_body, author, registry):
            # "General Assembly" / "Eighty-sixth session" / "Third Committee" over "A/C.3/86/L.41":
            # a Main Committee holds no sessions of its own (the reference data gives it none); the
            # session is the Assembly's the masthead names, during which the Committee meets (E146)
            holder = masthead_body
        if line_body is not None and line_body != author and _descends(line_body, author, registry):
            # "United Nations Compensation Commission" / "Governing Council — ninety-first session":
            # the session of the organ the line names, under the author above it
            holder = line_body
        term = registry.bodies[holder].gathering_term or word
        ref_g = GatheringRef(holder, term, n)
        place = place_dates[0] if place_dates else None
        if place is not None and place[3].start < para.start and place[2] is not None and place[2].start == place[2].end and (
            below := next((p for p in place_dates if p[3].start > para.start and p[2] is not None), None)
        ) is not None:
            # "WHC/36/59.COM/18" / "Paris, 31 July 2036" / ... / "Fifty-ninth session" / "Cartagena de
            # Indias, Colombia" / "6 - 16 July 2036": the day and town above the session line are the
            # document's dateline; the place and days under it are the session's (E254)
            place = below
        sitting_of = _meeting_recorded_under_session(record_under_name, holder, registry, matcher)
        if sitting_of is not None and record_under_name is not None:
            # "General Assembly" / "Eighty-ninth session" / "Sixth Committee" / "Summary record of
            # the 24th meeting" / "Held at Headquarters, New York, on Wednesday, 1 November 2034, at
            # 10 a.m.": a Main Committee (a subsidiary that meets in numbered meetings during the
            # session above) is the body whose meeting the record keeps; the place and the day
            # under the title are that meeting's, not the session's
            n_meeting, record_para, _ = record_under_name
            at = next((p for p in place_dates if p[3].start > record_para.start), None)
            place = None if at is place else place
            meeting = GatheringRef(sitting_of, "meeting", n_meeting)
            sat = DateRange(sitting_day[0], sitting_day[0]) if sitting_day is not None else None
            masthead.gatherings.append((meeting, sat, at[1] if at else None, record_para))
            masthead.report_of = (meeting, record_para)
        masthead.gatherings.insert(
            len(masthead.gatherings) - (sitting_of is not None), (ref_g, place[2] if place else None, place[1] if place else None, para)
        )
        if report_alone is not None:
            masthead.report_of = (ref_g, report_alone)
            info.kind = "SessionReport" if term == "session" else "MeetingReport"
    elif record_line is not None and author and registry.bodies[author].gathering_term == "meeting":
        # "Committee on Relations with the Host Country" / "Summary record of the 331st meeting" /
        # "Held at Headquarters, New York, on Thursday, 2 October 2031, at 3 p.m.": no session
        # above, a body whose gatherings are its numbered meetings: the record is of that meeting,
        # held where and on the day the line under the title says
        n, para = record_line
        place = next((p for p in place_dates if p[3].start > para.start), None)
        sat = DateRange(sitting_day[0], sitting_day[0]) if sitting_day is not None else None
        masthead.gatherings.append((GatheringRef(author, "meeting", n), sat, place[1] if place else None, para))
    elif place_dates:
        for body_text, place_name, date_range, para in place_dates:
            mentions = matcher.find(body_text or "")
            key = mentions[0].key if mentions else None
            if key and registry.bodies[key].gathering_term:
                masthead.unnumbered.append((key, date_range, place_name, para))
    if gathering_line is None and gathering_of_line is not None:
        masthead.pending_gathering, masthead.pending_places = gathering_of_line, place_dates
        if author:
            masthead.settle_gathering(author, registry, matcher)
    if author and not masthead.gatherings and registry.bodies[author].gathering_term == "meeting":
        # "2032 Substantive Session, 271st & 272nd Meetings (AM & PM)" under a release's body line
        masthead.gatherings += (sittings := _sittings_of_the_release(head, author))
        masthead.covered = frozenset(ref for ref, _, _, _ in sittings)
    if masthead.report_of is None and (told := _report_of_body_over_sessions(head, registry, matcher)) is not None:
        # "Official Records of the General Assembly" / "Report of the International Law
        # Commission" / "Seventy-ninth session (28 April–25 July 2031)": the series is the
        # Assembly's, the report and its session the Commission's
        title_para, sessions = told
        ref_g = sessions[-1][0]
        masthead.report_of = (ref_g, title_para)
        masthead.also_reported = [ref for ref, _, _, _ in sessions[:-1]]
        masthead.gatherings = [g for g in masthead.gatherings if g[0] not in {ref for ref, _, _, _ in sessions}]
        masthead.gatherings += [(ref, held_on, town, para) for ref, held_on, town, para in sessions]
        info.kind = "SessionReport" if ref_g.kind == "session" else "MeetingReport"
        if info.title is None:
            info.title, info.evidence = title_para.text.strip(), _evidence(cleaned, title_para)
    corrigendum = any(re.search(r"/Corr\.\d", symbol) for symbol in symbols)
    # A corrigendum ("UNEP/MC/COP.7/30/Corr.1") repeats the report's title; it corrects the
    # report and is no report on the meeting itself.
    if title and kind in ("SessionReport", "MeetingReport") and title_para is not None and not corrigendum:
        report = _session_report(title) or _BODY_ON_ITS_GATHERING.match(title)
        assert report is not None
        reported_body = report["body"] or report["adopting"] or title_body or ""
        mentions = matcher.find(reported_body) or _body_named_past_a_comma(title, report, matcher)
        reported_ordinals = ordinal_run_values(report["ord"]) or [0]
        reported_ordinal = reported_ordinals[-1] or None  # of several, the last: the session adopting it
        key = mentions[0].key if mentions else None
        if key != author and author and _names_author(reported_body, registry, author):
            # (E265) "the Sixth Meeting of States Parties" atop the Meeting's own symbol: the author,
            # not another treaty's meeting the shared words "Meeting of States Parties" also name
            key = author
        elif key is None and reported_ordinal:
            masthead.report_of_unknown = (reported_body, reported_ordinal, gathering_kind(report["word"].lower()), title_para)
        reported_term = registry.bodies[key].gathering_term if key and reported_ordinal else None
        if key and reported_ordinal and reported_term:
            masthead.report_of = (GatheringRef(key, reported_term, reported_ordinal), title_para)
            masthead.also_reported = [GatheringRef(key, reported_term, n) for n in reported_ordinals[:-1]]
            tail = title[report.end():]
            # the dates and place after a title of several sessions are not the last one's alone
            several = bool(masthead.also_reported)
            dates = find_dates(tail) if not several else []
            town = re.search(rf"\bin\s+({places.PLACE})", tail) if not several else None
            # "Held at the Palais des Nations, Geneva, from ..." on the line under the title
            below = next((p for p in place_dates if p[0] is None and p[3].start > title_para.start), None) if not dates and not several else None
            masthead.gatherings.append((
                masthead.report_of[0],
                dates[0].value if dates else (below[2] if below else None),
                town.group(1) if town else (below[1] if below else None),
                title_para,
            ))
    return masthead
