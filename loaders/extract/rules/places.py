"""Where a session or meeting was (or will be) held, as UN texts write it.

"held in Vienna on 12 and 13 October 2021", "which took place in Atlanta, United States of
America, from 11 to 15 December 2023", "... from 15 to 17 September 2025, also in Vienna",
"its fifteenth session ... and its sixteenth session ..., both in Vienna", and the date line
under an agenda's heading, "Bangkok, 10–14 March 2025".

A place is any capitalised name in that grammatical slot, not one from a list: the city
names of documents nobody has seen are not known in advance. The country that may follow a
city ("Atlanta, United States of America") is read past, not taken as the place.
"""

from __future__ import annotations

import re

# "Vienna", "New York", "Addis Ababa", "Rio de Janeiro", "Sharm el-Sheikh", "Doha", "Bonn",
# "Belém", "Łódź", "Reykjavík": letters of any alphabet, a capital first (a letter that is
# not a lower-case one), lower-case letters after it (any letter that is not a capital).
_UPPER = r"[^\W\d_a-zß-ÿ]"
_LOWER = r"[^\W\d_A-ZÀ-Þ]"
_CAP = rf"{_UPPER}(?:{_LOWER}|['’])+(?:-(?:[^\W\d_])+)*"
# "Washington, D.C.", "Washington D.C.": a town with its district in initials after it (where PAHO,
# the World Bank, the OAS meet), part of the place's name (a pattern that wants a word boundary
# after the place reads "Washington" alone: no boundary follows the last dot)
DISTRICT_INITIALS = r"(?:,?\s+[A-Z]\.\s?[A-Z]\.(?![\w.]))"
# ("in New York on Tuesday, 10 September": a weekday or a month after "on" is the day, no part of
# the town's name, E174)
_NO_DAY_AFTER = r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
PLACE = rf"{_CAP}(?:\s+(?:(?:de|do|da|del|dos|el|es|al|am|upon|on)(?:\s+|-){_NO_DAY_AFTER})?{_CAP}){{0,2}}{DISTRICT_INITIALS}?"
# A country after the city: "United States of America", "the Netherlands", "Côte d'Ivoire".
COUNTRY = rf"(?:the\s+)?[A-ZÀ-Ý][\wà-ÿ'’-]+(?:\s+(?:of|and|the|d'|del)?\s*[A-ZÀ-Ý][\wà-ÿ'’-]+){{0,4}}"
# A named venue before its town: "at the Palais des Nations, Geneva", "at United Nations
# Headquarters, New York", "at the World Conference Center in Bonn", "at the Vienna
# International Centre, Vienna", "at FAO headquarters in Rome" (an abbreviation, then the word in
# lower case): the venue's capitalised words end in a word for a building or
# site, and a comma or "in" leads to the town (the place). Without the leading space.
# A street address: "Rajadamnern Nok Avenue", "Wagramer Strasse 5", "17 rue de Varembé", "Avenue
# de la Paix", "Viale delle Terme di Caracalla", "405 East 42nd Street": a street's word last (the
# English form) or first (the French, Italian, Spanish ones), a house number before or after it.
_STREET_LAST = r"(?:Avenue|Street|Road|Boulevard|Lane|Drive|Quay|Embankment|Allee|Platz|Strasse|Straße|Gasse|Parkway)"
_STREET_FIRST = r"(?:[Aa]venue|[Rr]ue|[Bb]oulevard|[Cc]hemin|[Rr]oute|[Pp]lace|[Vv]ia|[Vv]iale|[Cc]alle|[Aa]venida|[Pp]laza)"
STREET = (
    rf"(?:(?:\d{{1,5}}[A-Za-z]?\s+)?(?:(?:[A-Z][\w'’.-]*|\d{{1,3}}(?:st|nd|rd|th))\s+){{1,4}}{_STREET_LAST}(?:\s+\d{{1,5}}[A-Za-z]?)?(?![\w-])"
    rf"|(?:\d{{1,5}}[A-Za-z]?,?\s+)?{_STREET_FIRST}\s+(?:(?:de\s+la|de|du|des|della|delle|del|di|de\s+los|d[’'])\s*)?"
    rf"[A-Z][\w'’-]*(?:\s+(?:(?:di|de|del|des|du|la)\s+)?[A-Z][\w'’-]*){{0,3}}(?:\s+\d{{1,5}})?)"
)
VENUE_NAME = (
    # "the Palais Wilson", "the Palazzo del Quirinale": a building's word first, its name after
    # "the Centre International de Conférences Genève": a building's word first, then a name of up to
    # four words, as French names them; "(CICG)": the venue's abbreviation in brackets after its name
    r"(?:the\s+)?(?:Palais\s+des\s+Nations|(?:Palais|Palazzo|Palacio|Villa|Maison)\s+(?:(?:des|de\s+la|de|du|della|del)\s+)?[A-Z][\w'’-]*"
    r"|Centre\s+International\s+(?:(?:des|de\s+la|de|du|d[’'])\s*)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|(?:[A-Z][\w.'’-]*\s+){0,4}"
    r"(?:Centre|Center|Headquarters|(?<=[A-Za-z] )headquarters|Palace|Hall|House|Building|Complex|Campus))(?:\s+\([A-Z]{2,8}\))?"
    # "the United Nations Conference Centre, Rajadamnern Nok Avenue, Bangkok", "the Centre
    # International de Conférences, 17 rue de Varembé, Geneva": the venue's street address
    # between it and its town, part of the venue, no place
    rf"(?:,\s+{STREET})?"
)
# "Wagramer Strasse 5, 1220 Vienna", "CH-1211 Geneva": a postal code before the town, after the venue's street
POSTCODE = r"(?:[A-Z]{1,2}-)?\d{4,6}\s+"
# what leads from a venue to its town: a comma (and a postal code) or "in"
AFTER_VENUE = rf"(?:,\s+(?:{POSTCODE})?|\s+in\s+)"
# ("should be held in the Palais des Nations, Geneva": "in" a venue as "at" one)
VENUE = rf"(?:at|in)\s+{VENUE_NAME}(?=,\s+(?:{POSTCODE})?[A-Z]|\s+in\s+[A-Z])"
# "was held at the Palais des Nations from 7 to 25 July 2031": a venue and no town, the dates
# right after it (when, not where)
VENUE_ALONE = rf"(?:at|in)\s+{VENUE_NAME}(?=\s+(?:from|on|between)\b)"
VENUE_NAME += rf"(?=,\s+(?:{POSTCODE})?[A-Z]|\s+in\s+[A-Z])"
_LEADING_VENUE = re.compile(rf"^{VENUE_NAME}{AFTER_VENUE}")


# "International Conference Centre Geneva, Geneva", "World Conference Center Bonn, Bonn", "United
# Nations Office at Nairobi, Nairobi": a venue whose name ends on its town, the town said again
# after the comma (E195)
_VENUE_NAMED_AFTER_ITS_TOWN = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w.'’-]*\s+(?:(?:at|in|of)\s+)?){1,6}(?P<town>[A-Z][\w'’-]+),\s+(?=(?P=town)\b)"
)


def without_venue(text: str) -> str:
    """"Palais des Nations, Geneva" -> "Geneva": a masthead's place line with its venue first."""
    m = _LEADING_VENUE.match(text) or _VENUE_NAMED_AFTER_ITS_TOWN.match(text)
    return text[m.end() :] if m else text
# "at the Vienna International Centre" with no town after it: the town is the venue's first word
# (the form of the United Nations' own centres; "the Kenyatta International Convention Centre"
# names no town so).
VENUE_TOWN = rf"at\s+(?:the\s+)?(?P<venue_town>{_CAP})\s+International\s+Cent(?:re|er)\b(?!,\s+[A-Z]|\s+in\s+[A-Z])"
# "in Vienna (Austria)": the country in brackets after the town, read past.
COUNTRY_IN_BRACKETS = rf"\s*\(\s*{COUNTRY}\s*\)"
# Capitalised words that stand in the slot but name no place.
_NOT_PLACES = frozenset(
    "The This That Its Their Conference Working Group Session Meeting January February March April May "
    "June July August September October November December Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday Person Accordance Room Hall Building Centre Center Headquarters Plenary Board "
    "English French Spanish Russian Arabic Chinese "
    # a meeting held at no place: "Online, 8–12 March 2032", "Virtual meeting, 8–12 March 2032"
    "Online Virtual Hybrid Remote Videoconference "
    # a list line's field that is no place: "ninth session: Deadline, 1 October 2032" (E120)
    "Deadline Deadlines Registration Submissions Documents Documentation "
    # a street in the slot of a town: "at the Conference Centre, Rajadamnern Nok Avenue" (E148)
    "Avenue Street Road Boulevard Lane Drive Quay Allee Platz Strasse Straße Gasse Parkway".split()
)

# ", also in Vienna", ", both in Vienna", " in Vienna" right after the dates.
_PLACE_AFTER_DATES = re.compile(
    rf"\s*,?\s*(?:(?P<all>both|all|each)\s+|also\s+)?"
    # "from 8 to 12 March 2032 at the United Nations Office at Geneva": a duty station, then its town
    rf"(?:at\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){{0,3}}Office\s+(?:at|in)\s+|{VENUE}{AFTER_VENUE}|in\s+)"
    # ("in Washington, D.C.": the district's initials end on a dot, no word boundary after it, E165)
    rf"(?P<place>{PLACE})(?:\b|(?<=[A-Z]\.))(?!\s+(?:[a-z]+\s+)?(?:resolution|decision)\b)"
)
# "[the meetings of the Working Group] held in Vienna on/from <dates>": meetings named by their
# dates, not by their numbers.
_HELD_BEFORE_DATES = re.compile(
    rf"(?:held|convened|took\s+place)(?:\s+(?:back[- ]to[- ]back|jointly|concurrently|together))?"
    rf"(?:\s+in\s+(?P<place>{PLACE})(?:,\s+{COUNTRY})?)?\s*,?\s*(?:on|from)\s+(?=\d)"
)
_HELD_WORDS = ("held", "convened", "took")


def held_before_dates(text: str) -> list[re.Match[str]]:
    """Each "held [in <place>] on|from" that dates follow. Found from the verb (a substring
    search), then matched there: the pattern is tried where a verb is, not everywhere."""
    found = []
    for word in _HELD_WORDS:
        at = text.find(word)
        while at >= 0:
            if at == 0 or not text[at - 1].isalnum():
                m = _HELD_BEFORE_DATES.match(text, at)
                if m:
                    found.append(m)
            at = text.find(word, at + len(word))
    return sorted(found, key=lambda m: m.start())
# The date line of a masthead: "Vienna, 2–4 July 2025" (a body's name may stand before it).
DATE_LINE = re.compile(rf"(?:^|\s)(?P<place>{PLACE}),\s+(?P<dates>\d[^,]{{0,40}}\d{{4}})\s*$")
# "Geneva, Switzerland, 17–22 November 2031": the town, its country, the dates; the town is the place (E94)
TOWN_COUNTRY_DATE_LINE = re.compile(rf"(?P<place>{PLACE}),\s+{COUNTRY},\s+(?P<dates>\d[^,]{{0,40}}\d{{4}})\s*")


# "The Hague", "The Valley": a town whose name holds the article, capitalised inside a sentence
# ("held in The Hague"); "The Commission", "The Council" in that slot name a body, no town.
NO_TOWN_AFTER_THE = frozenset(
    "Commission Council Committee Assembly Secretariat Parties States Bureau Government Organization "
    "Organisation Convention Agency Programme Fund Office Union Court Tribunal Panel Forum Netherlands".split()
)


def is_place(name: str) -> bool:
    words = name.split()
    if words[0] == "The" and len(words) == 2:
        return words[1] not in _NOT_PLACES and words[1] not in NO_TOWN_AFTER_THE
    return words[0] not in _NOT_PLACES and words[-1] not in _NOT_PLACES


def place_after(text: str, end: int) -> tuple[str, bool] | None:
    """The place named right after dates ending at ``end``, and whether it is said of all the
    meetings named before ("both in Vienna", "all in Bonn")."""
    m = _PLACE_AFTER_DATES.match(text, end)
    if not m or not is_place(m["place"]):
        return None
    return m["place"], m["all"] is not None


# "The session, held in Tashkent from 30 September to 2 October 2031, ...", "The first part of the
# session opened in Kingston on 16 March 2027", "This session was held in Geneva": the session the
# document reports on, named by "the session" alone at the head of a sentence.
# "The four-day session, held at Headquarters in New York from 22 to 25 April 2032, was convened
# pursuant to ...": its length before "session", its venue before the town (E155)
_THE_SESSION_HELD = re.compile(
    r"^(?:The|This)\s+(?:(?:first|second|third|resumed|final)\s+part\s+of\s+the\s+)?(?:(?:[a-z]+|\d{1,2})-(?:day|week)\s+)?session\s*,?\s+(?:which\s+)?(?:was\s+)?"
    r"(?P<verb>held|opened|took\s+place|convened|met)\s+(?:at\s+(?:(?:the\s+)?United\s+Nations\s+)?Headquarters\s+)?"
    rf"in\s+(?P<place>{PLACE})\b(?!\s+(?:[a-z]+\s+)?(?:resolution|decision)\b)"
    r"(?P<dates>\s*,?\s*(?:from|on)\s+(?=\d))?"
)


def the_session_held(text: str) -> tuple[str, int | None] | None:
    """(the town, where its dates start or None) when ``text`` opens by telling where "the session"
    was held; an opening says where, not how long ("opened in Kingston on 16 March": no dates)."""
    m = _THE_SESSION_HELD.match(text)
    if m is None or not is_place(m["place"]):
        return None
    dated = m["dates"] is not None and m["verb"] != "opened"
    return m["place"], m.end("dates") if dated else None
