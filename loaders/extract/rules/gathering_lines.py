"""A masthead's meeting line that carries its own place and days after the body's name, as a
listing printed in capitals joins two lines into one ("57TH MEETING OF THE UNAIDS PROGRAMME
COORDINATING BOARD" / "GENEVA, SWITZERLAND, 24-26 JUNE 2029"), or as a one-line heading writes it
("Fourth session of the Committee on X, Nairobi, Kenya, 3-5 May 2031")."""

from __future__ import annotations

import datetime as dt
import re

from mandate_graph.loaders.extract.dates import MONTHS, find_dates
from mandate_graph.loaders.extract.references import BodyMatcher
from mandate_graph.loaders.extract.rules import places
from mandate_graph.loaders.facts import DateRange

# "<name> Geneva, Switzerland, 24-26 June 2029", "<name>, Bonn (Germany), 3 – 7 May 2030": a town
# ("Washington, D.C.": its district's initials with it), a country after a comma or in brackets,
# then the days (ending in the year)
_TOWN_THEN_DAYS = re.compile(
    rf"[\s,]*(?P<town>[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){{0,2}}{places.DISTRICT_INITIALS}?)"
    r"(?:\s*,\s*[^\W\d][\w'’ -]{1,40}?|\s*\([^()]{2,40}\))?\s*,\s*(?P<days>\d[^,]*\d{4})\.?$"
)
# "rio de janeiro" read back from capitals: the particles stay in lower case
_PARTICLES = frozenset({"de", "do", "da", "del", "dos", "el", "es", "al", "am", "upon", "on"})


def _as_written(town: str) -> str:
    """A town the capitals' lowering left in lower case ("geneva", "addis ababa"), capitalised."""
    if not town.islower():
        return town
    words = town.split()
    return " ".join(w if i and w in _PARTICLES else w[:1].upper() + w[1:] for i, w in enumerate(words))


def body_then_place_and_days(written: str, matcher: BodyMatcher) -> tuple[str, str, DateRange] | None:
    """("the UNAIDS Programme Coordinating Board", "Geneva", 24-26 June 2029) from the body part
    of a meeting line that runs on into its town and days; None when the line holds no such tail
    (the body's whole name, or something else after it)."""
    if not written[-1:].isdigit():
        return None  # cheap test first: the days end the line with their year
    named = [b for b in matcher.find(written) if b.start <= 4]
    if not named:
        return None
    tail = _TOWN_THEN_DAYS.match(written, named[0].end)
    if tail is None:
        return None
    town = _as_written(tail["town"])
    days = find_dates(tail["days"])
    if not re.fullmatch(places.PLACE, town) or not places.is_place(town) or not days or days[0].start != 0:
        return None
    return written[: named[0].end], town, days[0].value


# "Meeting in Nairobi, Kenya, on 28 and 29 November 2031, IPCC-65 considered ...", "Meeting at
# Bonn from 3 to 7 May 2032, the Commission at its fifth session adopted ...": a participle that
# opens the sentence (or follows a label's colon) says where and when the gathering right after
# it met. The passive participles too (E197): "Held in Vienna from 3 to 7 May 2030, the eleventh
# session of the Commission adopted ...", "Convened at Geneva, the Conference at its ...", "Hosted
# by the Government of Austria in Vienna, the thirteenth session ..."; the days may be left out
# ("Held in Vienna, the session ..."): the town alone.
_MEETING_PARTICIPLE = re.compile(
    r"(?:^|:\s+)(?:(?:Meeting|Convening|Gathering|Held|Convened)\s+(?:in|at)"
    r"|Hosted\s+by\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|and|the|for)\s+)*[A-Z][\w'’-]*){0,6}\s+in)"
    rf"\s+(?P<town>{places.PLACE})(?:,\s+{places.COUNTRY}|{places.COUNTRY_IN_BRACKETS})?"
    r"(?:,?\s+(?P<when>(?:on|from|between)\s+[^,;:()]{4,60}?\d{4}))?,\s+"
    r"(?:(?:the|The)\s+[^,;:()]{2,80}?\s+at\s+|the\s+)?$"
)
_OPENING_PARTICIPLES = ("eeting ", "onvening ", "athering ", "Held ", "onvened ", "Hosted ")


def met_as_the_sentence_opens(text: str, gathering_start: int) -> tuple[str, DateRange | None] | None:
    """The town and days (None when it gives none) the opening participle gives the gathering named
    at ``gathering_start``."""
    if not any(word in text[:gathering_start] for word in _OPENING_PARTICIPLES):
        return None  # cheap test first
    m = _MEETING_PARTICIPLE.search(text, 0, gathering_start)
    if m is None or not places.is_place(m["town"]):
        return None
    if m["when"] is None:
        return m["town"], None
    days = find_dates(m["when"])
    if len(days) != 1 or days[0].end != len(m["when"]) or m["when"][: days[0].start].strip() not in ("on", "from", "between"):
        return None
    return m["town"], days[0].value


# "Vienna will host the thirteenth session of the Commission", "Bonn hosted the fifth meeting", "decided
# that Nairobi would host its next session": the town the sentence's (or its clause's) subject names
# holds the gathering its verb "host" takes (E197). A town wishing or offering to host it ("Austria offered
# to host", "a proposal that Bangkok host the session") holds nothing: the verb is finite, said of what
# is or will be, or a subjunctive after a verb of deciding.
_TOWN_HOSTS = re.compile(
    r"(?:^|;\s+|,\s+and\s+|\bthat\s+)(?:the\s+(?:city|town)\s+of\s+)?"
    rf"(?P<town>(?!The\b){places.PLACE})(?:,\s+{places.COUNTRY},)?\s+(?:also\s+)?"
    r"(?:(?:will|would|shall|is\s+to|was\s+to|(?:is|was)\s+(?:scheduled|set|expected|due)\s+to)\s+(?:also\s+)?host"
    r"|host(?:s|ed)|(?P<bare>host))\s+(?:(?:the|its|their)\s+)?$"
)
_SETTLED_BY = re.compile(r"\b(?:decided|decides|agreed|agrees|resolved|resolves|determined|confirmed)\s+that\s+")
# the words of a body, an office or a group of States, which host a session in no town of their name
_HOSTS_NO_TOWN = frozenset({*places.NO_TOWN_AFTER_THE, "Member", "Members", "Group", "Board", "Conference", "Host"}) - {"Netherlands"}


def town_that_hosts(text: str, gathering_start: int) -> tuple[str, int] | None:
    """The town that ``text`` says hosts the gathering named at ``gathering_start``, and where it starts."""
    m = _TOWN_HOSTS.search(text, max(0, gathering_start - 120), gathering_start)
    if m is None or not places.is_place(m["town"]) or _HOSTS_NO_TOWN.intersection(m["town"].split()):
        return None
    if m["bare"] is not None and not _SETTLED_BY.search(text, max(0, m.start() - 40), m.end("town")):
        return None  # "a proposal that Bangkok host the session": nothing settled
    return m["town"], m.start("town")


# "On 14 June 2031, at its 10811th meeting, the Council adopted ...", "From 1 to 4 March 2031, the
# Statistical Commission held its sixty-second session in New York", "From 1 to 4 March 2031, the
# Commission met in New York for its sixty-second session": days that open the sentence, set off by
# their comma, are the days of the gathering right after them when "at its" sets the gathering off
# (a meeting, which sits on the one day) or the subject's verb holds it (E179)
_DAYS_OPEN = re.compile(
    r"^(?:Also\s+)?(?:On|From|Between)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?=\d|[A-Z][a-z]+\s+\d)"
)
_SET_OFF = re.compile(r"\s*,\s+")
_AT_THE_MEETING = re.compile(r"(?:[Aa]t|[Dd]uring)\s+(?:(?:its|their|the)\s+)?")
_SUBJECT_HOLDS = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|on|for|the|to)){0,8}\s+(?:also\s+|then\s+)?"
    r"(?:(?:held|convened|will\s+hold|will\s+convene|is\s+to\s+hold)(?:\s+in\s+(?P<place>" + places.PLACE + r"))?\s+"
    r"|(?:met|reconvened|sat|will\s+meet|is\s+to\s+meet)(?:\s+(?:in|at)\s+(?P<town>" + places.PLACE + r")(?:,\s+" + places.COUNTRY + r")?)?\s+for\s+)"
    r"(?:(?:its|their|the)\s+)?"
)
# "... adopted resolution 2968 (2031) on 14 June 2031 at its 10811th meeting": the one day right
# before the meeting, as ", on 15 December 2030" right after it
_ON_DAY_THEN_AT = re.compile(r"\s*,?\s+(?:at|during)\s+(?:(?:its|their|the)\s+)?")


def days_told_before(text: str, gathering_start: int, meeting: bool) -> tuple[DateRange, str | None] | None:
    """The days a sentence tells right before the gathering named at ``gathering_start``, and the
    town the subject met in: days that open the sentence ("On 14 June 2031, at its 10811th meeting,
    ...": of a meeting alone; "From 1 to 4 March 2031, the Commission met in New York for its
    sixty-second session"), or, of a ``meeting`` (a sitting numbered in figures), its one day after
    "on" right before "at its"; None otherwise."""
    opening = _DAYS_OPEN.match(text)
    if opening is not None:
        days = find_dates(text[opening.end() : opening.end() + 60])
        comma = _SET_OFF.match(text, opening.end() + days[0].end) if days and days[0].start == 0 else None
        if comma is not None:
            one_day = days[0].value.start == days[0].value.end
            if meeting and one_day and _AT_THE_MEETING.fullmatch(text, comma.end(), gathering_start):
                return days[0].value, None
            holds = _SUBJECT_HOLDS.fullmatch(text, comma.end(), gathering_start)
            if holds is not None:
                town = holds["place"] or holds["town"]
                return days[0].value, town if town and places.is_place(town) else None
    if not meeting or " on " not in text[max(0, gathering_start - 60) : gathering_start]:
        return None
    on = text.rfind(" on ", max(0, gathering_start - 60), gathering_start)
    days = find_dates(text[on + 4 : gathering_start])
    if len(days) != 1 or days[0].start != 0 or days[0].value.start != days[0].value.end:
        return None
    return (days[0].value, None) if _ON_DAY_THEN_AT.fullmatch(text, on + 4 + days[0].end, gathering_start) else None


# After a gathering: "(Bangkok, 2013)", "(COP15, Victoria Falls, 2025)", "(Nairobi, Kenya, 2031)",
# "(Paris, June 2031)": where it met and the year (its month perhaps), the gathering's abbreviation
# before them
PLACE_AND_YEAR_IN_BRACKETS = re.compile(
    rf"\s+\((?:[A-Z]{{2,8}}[- ]?\d{{1,3}},\s*)?(?P<place>{places.PLACE})(?:,\s*{places.COUNTRY})?,\s*"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\)"
)


# An export's record of a session, a field a row: "Ordinal<tab>59" (the number of the session the
# record describes, its body the document's or the one a "Body" field names), then "Dates" and
# "Venue" fields
_ORDINAL_FIELD = re.compile(r"^(?:Ordinal|Session\s+number|Session\s+no\.?)\s+(?P<n>\d{1,3})$", re.IGNORECASE)
_BODY_FIELD = re.compile(r"^Body\s+(?P<name>\S.{2,150})$")


def ordinal_field(row: str) -> int | None:
    m = _ORDINAL_FIELD.match(row.strip())
    return int(m["n"]) if m is not None and int(m["n"]) > 0 else None


def body_field(row: str) -> str | None:
    m = _BODY_FIELD.match(row.strip())
    return m["name"] if m is not None else None


# After an instrument (its title perhaps between): ", adopted at the same session", "adopted
# during the same meeting": the gathering named last of the instrument's issuer; "By decision
# 2028/1, adopted at that meeting, ..." after a sentence telling of the meeting says the same
ADOPTED_AT_THE_SAME = re.compile(
    r"[^;()]{0,200}?,?\s+adopted\s+(?:at|during)\s+(?:the\s+same|that)\s+(?P<word>session|meeting)\b", re.IGNORECASE
)
# "At its closing meeting it adopted decisions 2030/1 to 2030/3", "At that session, the Committee
# adopted ...", "During the same session the Board also adopted": the sentence opens on the gathering
# the text named last (its closing meeting one of its sittings), the verb right before the texts
# (E126). What follows "adopted" up to the texts is a few words ("decisions", "the following").
ADOPTED_AT_THAT_BEFORE = re.compile(
    r"^(?:At|During)\s+(?:(?:that|the\s+same)\s+(?P<word>session|meeting)"
    r"|(?:its|the|their)\s+(?P<closing>closing|final|last|concluding)\s+(?:plenary\s+)?(?:meeting|sitting)(?:\s+of\s+(?:that|the)\s+session)?)"
    r"\s*,?\s+(?:it|they|the\s+[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,8}?)\s+(?:also\s+)?adopted\s+(?:the\s+following\s+)?(?:[a-z]+\s+){0,2}$"
)

# "At the same session, by decision 51/3, the Committee endorsed ...", "During that session, through
# resolution 40/7, the Council ...": the gathering the text named last opens the sentence, the
# instrument set off after it by "by" (as `relate._BY_INSTRUMENT_AFTER_GATHERING` reads "At its
# Nth session, by ...", E140) (E257). Not "in its resolution ...": a text cited there may be older.
BY_INSTRUMENT_AT_THAT_BEFORE = re.compile(
    r"^(?:Also\s+(?:at|during)|At|During)\s+(?:that|the\s+same)\s+(?P<word>session|meeting)\s*,\s*(?:also\s+)?(?:by|through)\s+"
    r"(?:its\s+|their\s+|the\s+)?(?:(?:resolutions?|decisions?)\s+)?$"
)

# "The Council adopted, at the same session, resolution 26/22", "It also adopted, during that
# meeting, decisions 4/1 and 4/2": the gathering set off by commas between the verb and the texts
# (E140)
ADOPTED_SET_OFF_AT_THAT = re.compile(
    r"^(?:\d{1,3}\.\s+)?(?:[Ii]t|[Tt]hey|(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,8}?)\s+(?:also\s+|then\s+|further\s+)?adopted\s*,\s*"
    r"(?:at|during)\s+(?:that|the\s+same)\s+(?P<word>session|meeting)\s*,\s+(?:the\s+following\s+)?(?:[a-z]+\s+){0,2}$"
)

# "... opened on 30 April 2029 and will close on Friday, 4 May 2029", "and closed on 12 May": the
# gathering's last day, told after its first
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
AND_CLOSES = re.compile(
    # ("..., opening on Monday, 18 May 2036, and closing no later than Tuesday, 26 May 2036", "should be
    # convened ... on Wednesday, 27 May 2036, and close no later than ...": a governing body's
    # decision on the dates of its next session, the last day the latest it may close on)
    r"\s*,?\s+and\s+(?:(?:will|shall|should|would)\s+|is\s+(?:to|scheduled\s+to|expected\s+to)\s+|was\s+|to\s+)?"
    r"(?:close[sd]?|closing|end(?:s|ed|ing)?|conclude[sd]?|concluding)\s+"
    rf"(?:on|(?:no|not)\s+later\s+than)\s+{_WEEKDAY}"
)
# "The session opened on ...", "This meeting will open on Monday, ...": the gathering the text is
# for, named by its word alone at the head of the sentence
_THE_GATHERING_OPENS = re.compile(
    rf"^(?:The|This)\s+(?P<word>session|meeting)\s+(?:opened|was\s+opened|opens|will\s+open|is\s+to\s+open)\s+on\s+{_WEEKDAY}(?=\d)"
)


def opened_then_closes(text: str, start: int) -> DateRange | None:
    """The days from the one a gathering opened on (its date at ``start``) to the one it closes
    on, when the text goes on "and will close on <date>"; None otherwise."""
    opened = find_dates(text[start : start + 40])
    if not opened or opened[0].start != 0:
        return None
    closing = AND_CLOSES.match(text, start + opened[0].end)
    closed = find_dates(text[closing.end() : closing.end() + 40]) if closing is not None else []
    if not closed or closed[0].start != 0 or closed[0].value.start <= opened[0].value.start:
        return None
    return DateRange(opened[0].value.start, closed[0].value.end)


# "The sixty-second session ... was opened on 1 March and closed on 4 March 2031": the first day
# without its year, which the closing day carries (E179)
_OPENED_ON_A_YEARLESS_DAY = re.compile(
    rf"\s+(?:was\s+|were\s+|will\s+|is\s+to\s+)?(?:opened|opens?|convened)(?:\s+(?:in|at)\s+(?P<place>{places.PLACE}))?\s+on\s+{_WEEKDAY}"
    r"(?P<day>\d{1,2})\s+(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)(?!,?\s+\d{4})"
)


def opened_on_a_yearless_day(text: str, end: int) -> tuple[DateRange, str | None] | None:
    """The days from the yearless day a gathering (named up to ``end``) was opened on to the day
    it closed on, in that day's year (the year before, when the opening month comes later), and
    the town it opened in; None otherwise."""
    m = _OPENED_ON_A_YEARLESS_DAY.match(text, end)
    closing = AND_CLOSES.match(text, m.end()) if m is not None else None
    closed = find_dates(text[closing.end() : closing.end() + 40]) if closing is not None else []
    if m is None or not closed or closed[0].start != 0:
        return None
    last = closed[0].value.end
    month = MONTHS[m["month"].lower()]
    try:
        first = dt.date(last.year if month <= last.month else last.year - 1, month, int(m["day"]))
    except ValueError:
        return None
    town = m["place"] if m["place"] and places.is_place(m["place"]) else None
    return (DateRange(first, last), town) if first < last else None


def the_gathering_opens_and_closes(text: str) -> tuple[str, DateRange] | None:
    """("session", its days) from "The session opened on 30 April 2029 and will close on Friday,
    4 May 2029": the gathering the text is for, from its first day to its last."""
    m = _THE_GATHERING_OPENS.match(text)
    if m is None:
        return None
    days = opened_then_closes(text, m.end())
    return (m["word"].lower(), days) if days is not None else None


# A list's line that names a body, then which of its gatherings, then where and when: "GHS
# Sub-Committee, sixty-third session: Geneva, 8-10 July 2032", "Joint working group - second meeting:
# Cologne, 14-16 April 2032", "Committee of Experts, 16th session, Geneva, 11 December 2032",
# "Intersessional working group on reparatory justice: first meeting, online, 3-4 February 2032".
# The body's words open the line (an article at most before them); a comma, colon or dash parts
# them from the gathering, and the gathering ends the line or a field (a colon, a comma, a bracket,
# a dash) follows it: no sentence goes on around them.
_PARTING = re.compile(r"\s*(?:,|:|\s[-–—])\s*")
# (a bullet a text browser left before the line's words: "• GHS Sub-Committee, ...")
BULLET = r"(?:[\u2022*·▪-]\s+)?"
_OPENING_ARTICLE = re.compile(rf"{BULLET}(?:[Tt]he\s+)?")
_FIELD_AFTER = re.compile(r"\s*(?:$|[:,(]|[-–—]\s)")
# Words that open such a line and name a kind of body ("Expert Panel", "Joint working group",
# "Panel on Dunes", "Technical Sub-Committee"), which the reference data may not know: whose gathering the line gives
# is not said by any body the document names, nor by the one it is about
_KIND_ENDING_HEAD = re.compile(
    rf"{BULLET}(?=[A-Z]|[Tt]he\s)(?:[Tt]he\s+)?(?:[\w'’/-]+\s+){{0,8}}?"
    r"(?i:group|committee|sub-?committee|panel|forum|board|council|commission|conference|assembly|"
    r"mechanism|body|task\s+force|team|network|platform|caucus)"
    # "Expert Panel on Dunes": what it is on or for after its kind
    r"(?:\s+(?:on|of|for|to)\s+[^,:;()]{2,80})?"
)


def opens_the_line(text: str, name_start: int, name_end: int, gathering_start: int, gathering_end: int) -> bool:
    """Whether a body's name at ``name_start``..``name_end`` opens a list line whose gathering is
    the one at ``gathering_start``..``gathering_end``: "<body>, <ordinal> session: <place>, <days>"."""
    return (
        _OPENING_ARTICLE.fullmatch(text, 0, name_start) is not None
        and _PARTING.fullmatch(text, name_end, gathering_start) is not None
        and _FIELD_AFTER.match(text, gathering_end) is not None
    )


# Words of a name that open a line, then the parting before its gathering
_NAME_HEAD = re.compile(rf"{BULLET}(?:[Tt]he\s+)?[A-Z][\w'’/-]*(?:\s+[\w'’/,-]+){{0,14}}?\s*(?:,|:|\s[-–—])\s*")


def named_line_gathering(text: str, gathering_start: int, gathering_end: int) -> bool:
    """Whether the gathering at ``gathering_start``..``gathering_end`` follows words that open the
    line as a name would, in a list line's shape ("Joint working group, second meeting: ..."): the
    name may be one the text gave a body it created in another part."""
    return _NAME_HEAD.fullmatch(text, 0, gathering_start) is not None and _FIELD_AFTER.match(text, gathering_end) is not None


def unknown_kind_opens_the_line(text: str, gathering_start: int, gathering_end: int) -> bool:
    """Whether words that end in a kind of body ("Expert Panel", "Joint working group") open a list
    line whose gathering is the one at ``gathering_start``..``gathering_end``."""
    head = text[:gathering_start]
    parted = re.search(r"\s*(?:,|:|\s[-–—])\s*$", head)
    return (
        parted is not None and _KIND_ENDING_HEAD.fullmatch(head, 0, parted.start()) is not None
        and _FIELD_AFTER.match(text, gathering_end) is not None
    )
