"""Instrument numbers in a body's own convention: "7/CP.30" (decision 7 of the thirtieth
session of a Conference of the Parties), "WHA79.12", "EB158.R3", "EB156(4)", "resolution 2791
(2026)" of a body that numbers by year.

The convention belongs to the body and lives in the reference data (``mg:instrumentNumbering``,
read into `graph.reference.InstrumentNumbering`): a template saying where the session and the
number stand. A number so written names its issuer by itself, whatever the sentence around it
says. The default "session/number" is read by `references.find_instruments`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterator, Sequence

from mandate_graph.graph.model import InstrumentKind, unpadded_number
from mandate_graph.graph.reference import Body, InstrumentNumbering
from mandate_graph.loaders.extract.roman import ROMAN, is_roman, roman_value
from mandate_graph.loaders.extract.lowered import lower_document
from mandate_graph.loaders.extract.descriptive_names import is_descriptive, kind_with_generic_complement, stands_whole_in

# "{session}", "{number}"; "{session:SSA}": a session written with the prefix that marks a special
# session ("SSA2", the World Health Assembly's second special session), kept in the session.
@dataclass(frozen=True)
class RomanSessionsOnly(InstrumentNumbering):
    """A body's numbering read only where the session is printed in Roman numerals ("254/LI" of
    "{number}/{session}"): the numbers no default reading takes (`NumberingFinder.preferring`)."""


@dataclass(frozen=True)
class YearSessionsOnly(InstrumentNumbering):
    """A body's default-like numbering ("{session}/{number}") read only where the session is a year
    ("1985/33"): a body the document shows numbering its texts by year (the former Commission on
    Human Rights, "its resolution 1985/33") adopted no "resolution 72/163" (`NumberingFinder.preferring`)."""


# what `NumberingFinder.preferring` keeps of such a convention
_ROMAN_ONLY = "roman"
_YEARS_ONLY = "years"
_YEAR = r"(?:19|20)\d{2}"


def _numbered_by_year_here(body_names: tuple[str, ...], lowered: str) -> bool:
    """Whether every number ``lowered`` (a document, lower-cased) writes with one of the body's full
    names before it ("the Commission on Human Rights created in its resolution 1985/33", "Commission
    on Human Rights resolution 2005/69") has a year for its session, and there is one at least."""
    sessions: list[str] = []
    for name in body_names:
        words = name.lower().split()
        if len(words) < 3:
            continue  # a short name or an acronym says too little to tie a number to the body
        pattern = _NAME_THEN_NUMBER.get(name)
        if pattern is None:
            pattern = _NAME_THEN_NUMBER[name] = re.compile(
                r"\b" + r"\s+".join(map(re.escape, words)) + r"\b[^.;:()]{0,60}?\b(?:resolution|decision)s?\s+(\d{1,4})/\d{1,4}\b"
            )
        sessions += [m[1] for m in pattern.finditer(lowered)]
    return bool(sessions) and all(re.fullmatch(_YEAR, session) for session in sessions)


_NAME_THEN_NUMBER: dict[str, re.Pattern[str]] = {}
# "254/LI", "248/XLVIII": a number, a slash and a session in Roman numerals
_NUMBER_SLASH_ROMAN = re.compile(r"\d/(?:[IVXLC]{2,9}|[VXL])\b")


def _roman_after_slash(document: str) -> bool:
    """Whether ``document`` writes a number with its session in Roman numerals after a slash: only
    such a document needs a variant finder that reads them (a finder is made per set of
    conventions, and kept for a few sets only)."""
    return "/" in document and _NUMBER_SLASH_ROMAN.search(document) is not None

_PLACEHOLDER = re.compile(r"\{(session|number|place)(?::([A-Za-z-]+))?\}")
# "{place}": the city of the conference that adopted or last revised the instrument, which a body
# meeting once a year or less names its texts by with the year ("Resolution 139 (Rev. Santiago,
# 2030)", "Resolution 208 (Dubai, 2018)": the ITU's conferences), the year being the session. One
# to four words, each opening with a capital ("Rio de Janeiro", "Sharm el-Sheikh", "SANTIAGO" of a
# heading in capitals), read but kept nowhere: the year keys the instrument.
_PLACE_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’.-][^\W\d_]+)*\.?"
_PLACE = rf"(?:{_PLACE_WORD}(?:\s(?:(?:de|del|da|do|dos|des|di|du|la|le|el|al|am|an|sur|on)[\s-])?{_PLACE_WORD}){{0,3}})"


@dataclass(frozen=True)
class NumberedInstrument:
    start: int
    end: int
    kind: InstrumentKind
    session: str
    number: str
    issuer: str
    # a member of a range ("Decisions 14.12 to 14.14") after its first: the last one, or one
    # between, which is printed nowhere (its span is the last one's)
    in_range: bool = False

    def __post_init__(self) -> None:
        # "B.38/05" is "B.38/5", "CD56.R05" "CD56.R5": a padded number keys the instrument the
        # unpadded one does (`graph.model.unpadded_number`), in every convention
        if "0" in self.session or "0" in self.number:
            object.__setattr__(self, "session", unpadded_number(self.session))
            object.__setattr__(self, "number", unpadded_number(self.number))


def year_pair(session: str, number: str) -> bool:
    """Whether a session and number are a span of years ("2034/2035", a biennium; "2030/2033"): no
    body numbers its texts of a year (or of a session) past a thousand, so a four-figure year
    after a year is the span's end, not a number (a body numbering by year, "1985/33", writes fewer figures)."""
    return (
        len(session) == 4 and len(number) == 4 and session[:2] in ("19", "20") and number[:2] in ("19", "20")
        and session.isdigit() and number.isdigit() and 0 < int(number) - int(session) <= 10
    )


def template_pattern(
    template: str, index: int, after_keyword: bool = False, numbered_sessions: bool = False, roman_sessions_only: bool = False,
    year_sessions_only: bool = False,
) -> str:
    """The regular expression of one template, its groups named ``s<index>``/``n<index>``
    so that every convention shares one compiled pattern. ``after_keyword``: the template is
    the part of a longer one after its keyword ("{session}.{number}" of "Resolution ...").
    ``numbered_sessions``: the body meets in numbered sessions, which it may print in Roman
    numerals in brackets after a space ("601 (LXXVIII)"); a body that does not (the Security
    Council, "resolution 2791 (2026)") puts a year there. ``roman_sessions_only``: only the numbers
    whose session is in Roman numerals (`RomanSessionsOnly`)."""
    parts = []
    position = 0
    for m in _PLACEHOLDER.finditer(template):
        parts.append(_literal(template[position : m.start()]))
        if m[1] == "place":
            parts.append(_PLACE)
            position = m.end()
            continue
        prefix = re.escape(m[2]) if m[2] else ""
        digits = r"\d{1,4}"
        before = template[: m.start()]
        bracketed = before.endswith("(") and template[m.end() : m.end() + 1] == ")"
        # after a hyphen too ("IPCC-LXVI-2": the IPCC's decision 2 of its sixty-sixth session);
        # glued to letters a session is digits ("WHA79", "SC64"), "WHAV" being no number
        after_hyphen = before.endswith("-") and len(before) >= 2 and before[-2].isalpha()
        # after the number and a slash ("253/LI": IFAD's resolution 253 of its fifty-first
        # session, "{number}/{session}"): the number before it says it is no word
        after_number_slash = before.endswith("{number}/")
        if m[1] == "session" and (
            before.endswith(" ") or bracketed or after_hyphen or after_number_slash or (after_keyword and m.start() == 0)
        ):
            # A session after a keyword may be printed in Roman numerals ("Resolution XVI.7"),
            # and so may one in brackets after the number ("812(XLII)", "601 (LXXVIII)": a
            # year in brackets, "resolution 2791 (2026)", still reads as digits): glued to
            # letters ("WHA79", "SC64") it may not, "WHAV" being no number.
            # A template that spaces its bracket ("{number} ({session})") reads a Roman session
            # only for a body meeting in numbered sessions, and where the text spaces it too:
            # "resolution 790(XL)" is not the Security Council's "resolution {number}
            # ({session})", whose session is a year.
            spaced_bracket = before.endswith(" (")
            if not spaced_bracket:
                digits = rf"{digits}|{ROMAN}"
            elif numbered_sessions and before == "{number} (" and not after_keyword:
                # A bare "{number} ({session})" of a body meeting in numbered sessions (a regional
                # commission's "352 (XXXVII)") reads digits there only after the kind word
                # ("decision 380 (2029)"): alone, a number and digits in brackets are a year and a
                # count ("to be held in Beirut in 2035 (1)", an output list's), or a paragraph and
                # its item (E158)
                digits = rf"{_AFTER_KIND_WORD_AND_NUMBER}{digits}|(?<=\s\(){ROMAN}"
            elif numbered_sessions:
                digits = rf"{digits}|(?<=\s\(){ROMAN}"
        elif m[1] == "session" and _opens_with_roman_hyphen(template, m):
            # A template opening with its session and a hyphen ("{session}-{number}": UNESCO's IHP
            # Council, "Resolution XXVI-1", resolution 1 of its twenty-sixth session) is printed
            # with the session in Roman numerals, with or without the kind word before it ("its
            # resolution XXV-2", "Resolutions XXVI-1 to XXVI-3"). Not after a hyphen or a slash,
            # where the numeral ends a symbol ("IHP-IX", "IHP/IC-XXVI-1").
            # In digits the shape is any range's ("9-20 July 2001", "pages 12-15"): only after the
            # kind word ("resolution 26-1") or inside a range or list the kind word opened.
            digits = rf"{_AFTER_KIND_WORD}{digits}|(?<![-/]){ROMAN}"
        if m[1] == "session" and "{place}" in before:
            digits = _YEAR  # "(Rev. Santiago, 2030)": after the conference's place, its year
        elif m[1] == "session" and roman_sessions_only:
            digits = ROMAN
        elif m[1] == "session" and year_sessions_only:
            digits = _YEAR
        elif m[1] == "number" and _numbers_agenda_items(template, m):
            # "55 COM 5A", "55 COM 7B.12", "221 EX/Decision 5.2": a body that numbers its
            # decisions by agenda item, a word between session and number, prints the item's
            # letter or sub-number after it, part of the decision's number
            digits = rf"\d{{1,4}}{_ITEM_SUFFIX}"
        parts.append(rf"(?P<{m[1][0]}{index}>{prefix}(?:{digits}))")
        position = m.end()
    parts.append(_literal(template[position:]))
    return "".join(parts)


# What stands before a bracketed session in digits read by a bare "{number} ({session})": the kind
# word and the number ("decision 380 (", "resolutions 12 ("), each width a look-behind of its own
_AFTER_KIND_WORD_AND_NUMBER = "(?:" + "|".join(
    rf"(?<={word} {chr(92)}d{{{n}}} {chr(92)}()"
    for word in ("ion", "ions", "ION", "IONS") for n in range(1, 5)
) + ")"
# What may stand right before a session printed in digits before a hyphen ("resolution 26-1",
# "resolutions 26-1 and 26-2", "26-1 to 26-3")
_AFTER_KIND_WORD = (
    r"(?:(?<=[Rr]esolution\s)|(?<=[Rr]esolutions\s)|(?<=[Dd]ecision\s)|(?<=[Dd]ecisions\s)"
    r"|(?<=\sto\s)|(?<=\sand\s)|(?<=[–—]))"
)


# An agenda item's letter ("5A") and sub-number ("7B.12", "7.2") after the item's number: a
# capital not glued to a word ("54 COM 7 By" is no item 7B), a dot only before digits.
_ITEM_SUFFIX = r"(?:[A-Z](?![A-Za-z]))?(?:\.\d{1,3}(?![\d.]))?"
# A word of the template between its session and its number ("{session} COM {number}",
# "{session} EX/Decision {number}", "{session}.COM {number}"), and the number last
_WORD_BETWEEN_SESSION_AND_NUMBER = re.compile(r"\{session(?::[A-Za-z-]+)?\}[^{}]*[A-Za-z][^{}]*\{number\}$")


def _numbers_agenda_items(template: str, placeholder: re.Match[str]) -> bool:
    """Whether ``placeholder`` is the number of a template that writes a word between the session
    and the number and ends with the number: an agenda item's, which may carry a letter or a
    sub-number (`_ITEM_SUFFIX`). A number glued to its session by signs alone
    ("WHA{session}.{number}", "decision {session}/{number}") or before a bracket keeps its digits
    alone."""
    return placeholder.end() == len(template) and _WORD_BETWEEN_SESSION_AND_NUMBER.search(template) is not None


def _opens_with_roman_hyphen(template: str, placeholder: re.Match[str]) -> bool:
    """Whether ``placeholder`` is a session without prefix that opens ``template``, a hyphen and
    the number right after it ("{session}-{number}")."""
    return (
        placeholder.start() == 0 and placeholder[1] == "session" and not placeholder[2]
        and template[placeholder.end() :].startswith("-{number}")
    )


def _literal(text: str) -> str:
    # A space in the template is any run of spaces or a line break in the text, and may be
    # left out before or after a sign ("S/RES/2791(2026)"); a keyword is matched capitalised
    # or not ("Resolution 2791 (2026)" as a heading).
    words = text.split(" ")
    pattern = re.escape(words[0])
    for before, word in zip(words, words[1:]):
        beside_sign = (before[-1:] and not before[-1:].isalnum()) or (word[:1] and not word[:1].isalnum())
        pattern += (r"\s*" if beside_sign else r"\s+") + re.escape(word)
    if pattern[:1].isalpha() and pattern[:1].islower():
        pattern = f"[{pattern[0].upper()}{pattern[0]}]{pattern[1:]}"
    return pattern


# "resolution {number} ({session})": a template opening with its keyword, which a list
# ("resolutions 2719 (2023) and 1325 (2000)") prints once.
# A keyword may be capitalised in the template ("Decision {session}.{number}": "Decisions 20.31
# and 20.32").
_KEYWORD_TEMPLATE = re.compile(r"^(?P<keyword>[A-Za-z][a-z]+) (?P<item>\S.*)$")
_LIST_SEPARATOR = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
# "Decisions 14.12 to 14.14", "WHA79.3–WHA79.5": the last number of a range, in the same convention;
# a hyphen for the dash where a web page or a plain-text tool writes ASCII ("Decisions 17.61 - 17.66",
# "Decisions 17.61-17.66", E224: the same session and a higher number after it still required)
_RANGE_SEPARATOR = r"(?:\s+to\s+|\s*[–—-]\s*)"
# An item that writes its session in a bracket of letters after its number ("{number} (Cg-{session})",
# "{number} (C{session})"), which a list of numbers of one session prints once after the last. Not a
# bracket of the session alone ("{number} ({session})": the Security Council's years, "resolutions
# 1325 and 2467 (2019)" being of two years)
_SUFFIX_AFTER_NUMBER = re.compile(r"^\{number\} \([A-Za-z][^{}()]*\{session\}[^{}()]*\)$")
_LEAD_NUMBER = re.compile(r"\d{1,4}")
_LONGEST_RANGE = 30
# `NumberingFinder._variants`: more than this many documents' variants of one finder, and
# they are made again (a bound on memory over a long load of varied documents). A variant costs
# ~0.15 MB and ~30 ms to compile; the unseen set's 219 documents ask for 65 variants of its
# finder, one more than the bound was (64): every pass then cleared them and compiled ~80 again,
# a third of its CPU (P1, 2026-12-06)
_MOST_VARIANTS = 256
# `NumberingFinder._chosen`: patterns of some of the conventions kept, at most this many
_MOST_CHOICES = 256
# `NumberingFinder.find` tries its conventions only where a number may open (`_matches_by_opening`)
# in a text at least this long (a whole document, `in_document`); in a sentence `finditer` is cheaper
_LONG_TEXT = 2000
# `NumberingFinder._found`: at most this many short texts' numbers kept
_MOST_TEXTS = 1024


_A_DIGIT = re.compile(r"\d")  # the same digits as the conventions' \d


@lru_cache(maxsize=4)
def spaced_lower(text: str) -> str:
    """``text`` lower-cased, each run of white space one space (a name may be wrapped over two
    lines): a document's, asked for by several of the per-document passes
    (`references.BodyMatcher.for_document`, `NumberingFinder.preferring`), made once. A curly
    apostrophe is the straight one the reference data writes ("High Commissioner’s Programme" of a
    word processor is the "High Commissioner's Programme" a name is tested against)."""
    lowered = " ".join(lower_document(text).split())
    return lowered.replace("’", "'") if "’" in lowered else lowered


@dataclass(frozen=True)
class NumberingFinder:
    # The pattern of every convention (`pattern`), as text: compiled when first asked for. `find`
    # tries only the conventions a text holds the words of (`_pattern_for`, `_matches_by_opening`),
    # so most of `preferring`'s variants never ask, and compiling it was ~15 ms a variant
    source: str | None
    conventions: tuple[tuple[str, InstrumentKind], ...]  # (issuer, kind) per group index
    # Per convention, the pieces of text every number in it holds: a text that lacks a piece of
    # each holds no such number, and these substring tests are much cheaper than the pattern.
    literals: tuple[tuple[str, ...], ...]
    # per group index, the next item of a list after a keyword template's match, if any
    list_items: tuple[re.Pattern[str] | None, ...] = ()
    # The bodies the finder was made from, and those whose convention another body writes the
    # same way ("Resolution {session}.{number}": the Ramsar Convention's and CMS's): the first
    # of them in ``bodies`` wins a number, so `preferring` reorders them for one document.
    bodies: tuple[Body, ...] = ()
    homonymous: frozenset[str] = frozenset()
    # The names that only describe ("Meeting of States Parties", "Conference of the Parties") that
    # several bodies carry, as `spaced_lower` writes them: no sign that a document names one of
    # them (`_signs_of`)
    shared_descriptive: frozenset[str] = frozenset()
    # per group index, the last number of a range after a match ("to 14.14")
    range_ends: tuple[re.Pattern[str], ...] = ()
    # the bodies with a convention written as the default one ("decision {session}/{number}")
    default_like: frozenset[str] = frozenset()
    # `preferring`'s finders made for earlier documents, by what the document changed: a
    # finder compiles one pattern of every convention, too slow to make per document
    _variants: dict[tuple[tuple[tuple[int, tuple[bool | str, ...]], ...], str | None], NumberingFinder] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # Per group index, its convention's alternative of ``pattern`` and the texts every number in
    # that convention holds, exactly (`_required_texts`): `find` compiles the alternatives a text
    # holds the texts of, once per such choice, and tries only those (empty: every alternative).
    alternatives: tuple[str, ...] = ()
    required: tuple[tuple[str, ...], ...] = ()
    # Every convention writes a {number} (`template_pattern`: one to four digits): a text
    # without a digit holds no number, which one C-level scan tells before the tests of the
    # conventions' texts, one by one, that a sentence without a number would go through.
    numbers_hold_a_digit: bool = False
    # Per group index, the characters a number in its convention may open with, each as a
    # character class writes it (`_opening`); empty where they are not known
    openings: tuple[tuple[str, ...], ...] = ()
    # Per group index, the characters its numbers hold right after that opening character, as
    # written ("esolution" of "resolution {number}", "HA" of "WHA{session}.{number}"; empty for a
    # number's digit): `_places` skips the words that open with the same letter
    opening_rests: tuple[str, ...] = ()
    _chosen: dict[tuple[int, ...], re.Pattern[str]] = field(default_factory=dict, init=False, repr=False, compare=False)
    # `_places`' pattern, made at its first call (a list of none or one)
    _places_made: list[re.Pattern[str] | None] = field(default_factory=list, init=False, repr=False, compare=False)
    # `pattern`, compiled at its first call (a list of none or one)
    _pattern_made: list[re.Pattern[str] | None] = field(default_factory=list, init=False, repr=False, compare=False)
    # `_opening_with`'s patterns and their group indices, by the character a number opens with
    _by_opening: dict[str, tuple[re.Pattern[str] | None, tuple[int, ...]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # ``required``'s distinct sets of texts, each with the group indices that require it
    _by_required: tuple[tuple[tuple[str, ...], tuple[int, ...]], ...] = field(init=False, repr=False, compare=False)
    # `find`'s answers for short texts (sentences, paragraphs) already read: the passes over a
    # document ask for the numbers of the same sentence again (half of the calls on the unseen
    # set), and with dozens of conventions each answer costs their texts' tests
    _found: dict[str, tuple[NumberedInstrument, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)
    # `in_document`'s last text and its numbers
    _last_document: list[tuple[str, tuple[NumberedInstrument, ...]]] = field(
        default_factory=list, init=False, repr=False, compare=False
    )
    # The bodies `preferring` asks about (with their index in ``bodies``): those with a
    # default-like convention, and the homonymous ones; the others (most of a big reference
    # set) are not looked at per document.
    # (each with, per convention, whether it is `_read_by_default` and `_default_like`, and what
    # shows that a document names it, `_BodySigns`)
    _default_like_bodies: tuple[tuple[int, Body, tuple[tuple[bool, bool], ...], _BodySigns], ...] = field(
        init=False, repr=False, compare=False
    )
    _homonymous_bodies: tuple[tuple[Body, _BodySigns], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        having: dict[tuple[str, ...], list[int]] = {}
        for index, pieces in enumerate(self.required):
            having.setdefault(pieces, []).append(index)
        object.__setattr__(self, "_by_required", tuple((pieces, tuple(i)) for pieces, i in having.items()))
        object.__setattr__(
            self, "_default_like_bodies",
            tuple(
                (
                    index, body, tuple((_read_by_default(n.template), _default_like(n.template)) for n in body.numbering),
                    self._signs_of(body),
                )
                for index, body in enumerate(self.bodies) if body.key in self.default_like
            ),
        )
        object.__setattr__(
            self, "_homonymous_bodies",
            tuple((body, self._signs_of(body)) for body in self.bodies if body.key in self.homonymous),
        )

    @property
    def pattern(self) -> re.Pattern[str] | None:
        """The conventions' alternatives in one pattern, their group indices those of
        ``conventions`` (None: no convention)."""
        made = self._pattern_made
        if not made:
            made.append(None if self.source is None else re.compile(self.source))
        return made[0]

    def _signs_of(self, body: Body) -> _BodySigns:
        """What shows that a document names ``body`` (`_body_signs`), but a name that only
        describes and that other bodies carry too: "decision 40/5" of the law of the sea's Meeting
        of States Parties is no decision of a Covenant's "Meeting of the States Parties" whose
        file gives the alias every treaty's meeting carries, "Meeting of States Parties", and
        numbers its decisions "{session}/{number}" (E159)."""
        names = body.names
        if self.shared_descriptive:
            names = tuple(name for name in names if " ".join(name.lower().split()) not in self.shared_descriptive)
        return _body_signs(body.symbol_prefix, names)

    def point_instrument(self, label: str) -> tuple[InstrumentKind, str, str] | None:
        """The instrument a paragraph's point label ("7.1") numbers, where the document numbers
        decision points (`rules.own_numbering`); none by the reference data's conventions."""
        return None

    def point_issuer(self) -> str | None:
        """The body whose decision points the document numbers, if it numbers them."""
        return None

    def preferring(self, document: str, evident: frozenset[str] = frozenset()) -> NumberingFinder:
        """This finder, where conventions written alike are read as the convention of the body
        the document carries (its symbol prefix followed by "/", or one of its full names),
        when only one of them does ("UNEP/CMS/Resolution 15.4" is CMS's "Resolution 15.4",
        not the Ramsar Convention's). A convention written as every body's default numbering
        ("decision {session}/{number}": the Montreal Protocol's "decision XXXVIII/3"; or its
        reverse, "{number}/{session}") is its
        body's only in a document that carries that body: elsewhere "decision 10/6" is left to
        the document's own issuer, as if that reference file were not loaded. ``evident``: the
        bodies whose organisation the document shows otherwise ("CITES" for "Decision 20.31")."""
        if not self.homonymous and not self.default_like:
            return self
        lowered = spaced_lower(document)
        # `kept` and `carries` ask of the same body several times (once per convention), and the
        # finder a document changes is asked again for the same document (`references`'
        # `_carried_names`): each body's answer is read from the document once.
        answers = _answers_for(document)

        def named(signs: _BodySigns) -> bool:
            answer = answers.get(signs.asked)
            if answer is None:
                answer = answers[signs.asked] = signs.named_in(document, lowered)
            return answer

        # What the document changes, as a key: the conventions each default-like body drops
        # (by position), and the one carried body when it is not first already. Most documents
        # change nothing; the finder of a change is made once and kept (`_variants`).
        dropped = []
        roman_after_slash: bool | None = None  # whether the document writes "254/LI" anywhere (asked once)
        for index, body, conventions, signs in self._default_like_bodies:
            # Whether each convention is kept: a number written the default way ("2028/1") is
            # the author's own unless the body itself is named; one of signs only ("20.31")
            # competes with no default reading, and the organisation's evidence suffices.
            # (Plain loops: this runs for every default-like body of every document.)
            keep: tuple[bool | str, ...] = ()
            for (read_by_default, default_like), numbering in zip(conventions, body.numbering):
                if isinstance(numbering, (RomanSessionsOnly, YearSessionsOnly)):
                    keep += (True,)  # (a variant's: already read so)
                elif read_by_default:
                    kept: bool | str = named(signs)
                    if kept and _item(numbering.template).strip() == "{session}/{number}" and _numbered_by_year_here(body.names, lowered):
                        # "whose mandate the Commission on Human Rights created in its resolution
                        # 1985/33" and "resolution 72/163" of the Assembly: the body the document
                        # numbers by year takes only numbers of a year (u194's writer's shape)
                        kept = _YEARS_ONLY
                    if not kept and body.key in evident and _item(numbering.template).strip() == "{number}/{session}" and (
                        roman_after_slash if roman_after_slash is not None else (roman_after_slash := _roman_after_slash(document))
                    ):
                        # "Governing Council resolution 254/LI" in a document of IFAD that names the
                        # Council by its short name only: the session in Roman numerals after the
                        # number, which the default reading ("{session}/{number}") never takes; the
                        # organisation's evidence suffices for those numbers alone (E149)
                        kept = _ROMAN_ONLY
                    keep += (kept,)
                else:
                    keep += (not default_like or body.key in evident or named(signs),)
            if False in keep or _ROMAN_ONLY in keep or _YEARS_ONLY in keep:
                dropped.append((index, keep))
        # The body the document names (its full name, its symbol series) before the bodies whose
        # organisation it only shows: "the Trade and Development Board adopted decision 627
        # (LXXIII)" is the Board's, though a regional commission writing "{number} ({session})"
        # belongs to an organisation the document's "Economic and Social Council" shows too.
        carried = {body.key for body, signs in self._homonymous_bodies if named(signs)}
        if len(carried) != 1:
            carried |= {body.key for body, _ in self._homonymous_bodies if body.key in evident}
        first = next(iter(carried)) if len(carried) == 1 else None
        if first is not None and all(body.key == first for body in self.bodies[:1]):
            first = None  # first already: sorting would not move it
        if not dropped and first is None:
            return self
        key = (tuple(dropped), first)
        variant = self._variants.get(key)
        if variant is None:
            bodies = list(self.bodies)
            for index, keep in dropped:
                body = bodies[index]
                bodies[index] = replace(body, numbering=tuple(
                    RomanSessionsOnly(n.template, n.kind) if k == _ROMAN_ONLY else YearSessionsOnly(n.template, n.kind) if k == _YEARS_ONLY else n
                    for n, k in zip(body.numbering, keep) if k
                ))
            if first is not None:
                bodies.sort(key=lambda body: body.key != first)
            if len(self._variants) >= _MOST_VARIANTS:
                self._variants.clear()
            variant = self._variants[key] = _finder_for(tuple(bodies))
        return variant

    def in_document(self, document: str) -> tuple[NumberedInstrument, ...]:
        """`find` over a whole document, kept for the next call with the same text: several
        per-document passes ask for it (`references.BodyMatcher.for_document`), and the pattern,
        which opens with a look-behind, is tried at every position of the text."""
        last = self._last_document
        if not last or last[0][0] is not document:
            last[:] = [(document, tuple(self.find(document)))]
        return last[0][1]

    def find(self, text: str) -> list[NumberedInstrument]:
        if len(text) >= _LONG_TEXT:
            return self._find(text)
        kept = self._found.get(text)
        if kept is None:
            if len(self._found) >= _MOST_TEXTS:
                self._found.clear()  # a bound on memory over a long load
            kept = self._found[text] = tuple(self._find(text))
        return list(kept)

    def _find(self, text: str) -> list[NumberedInstrument]:
        if self.source is None:
            return []
        if self.numbers_hold_a_digit and _A_DIGIT.search(text) is None:
            return []
        # Plain loops, not any()/all() over generators: this runs on every sentence.
        for pieces in self.literals:
            for piece in pieces:
                if piece not in text:
                    break
            else:
                break  # a convention all of whose pieces the text holds
        else:
            return []
        matches: Iterator[tuple[re.Match[str], Sequence[int]]]
        if len(text) >= _LONG_TEXT and self.numbers_hold_a_digit and self._places() is not None:
            matches = self._matches_by_opening(text)
        else:
            pattern, indices = self._pattern_for(text)
            if pattern is None:
                return []
            matches = ((m, indices) for m in pattern.finditer(text))
        found: list[NumberedInstrument] = []
        for m, indices in matches:
            if found and m.start() < found[-1].end:
                continue  # the last number of a range ("FERN7.3–FERN7.5"), read with its first
            index = next(i for i in indices if m[f"s{i}"] is not None)
            if year_pair(m[f"s{index}"], m[f"n{index}"]):
                continue  # "for the 2034/2035 biennium": two years, no instrument
            issuer, kind = self.conventions[index]
            lead = m.groupdict().get(f"l{index}")
            if lead and not _ascending([*(int(n) for n in _LEAD_NUMBER.findall(lead)), int(m[f"n{index}"] or 0)]):
                lead = None  # "Resolutions 2037 and 11 (Cg-21)": no list of one session's numbers, in order
            if lead:
                # "Resolutions 9 and 10 (Cg-21)": 9 of the session written after 10, read as a list
                # ("Resolutions 9 (Cg-21) and 10 (Cg-21)") reads it; the first holds the keyword
                lead_start = m.start(f"l{index}")
                for at, number in enumerate(_LEAD_NUMBER.finditer(lead)):
                    start = m.start() if at == 0 else lead_start + number.start()
                    found.append(NumberedInstrument(start, lead_start + number.end(), kind, _arabic(m[f"s{index}"]), number.group(0), issuer))
                found.append(NumberedInstrument(m.start(f"n{index}"), m.end(), kind, _arabic(m[f"s{index}"]), m[f"n{index}"], issuer))
            else:
                found.append(NumberedInstrument(m.start(), m.end(), kind, _arabic(m[f"s{index}"]), m[f"n{index}"], issuer))
            self._range_after(text, m.end(), index, found)
            item = self.list_items[index] if self.list_items else None
            end = found[-1].end
            while item is not None and (more := item.match(text, end)) is not None:
                found.append(NumberedInstrument(
                    min(more.start(f"s{index}"), more.start(f"n{index}")), more.end(), kind, _arabic(more[f"s{index}"]), more[f"n{index}"], issuer,
                ))
                self._range_after(text, more.end(), index, found)
                end = found[-1].end
        return found

    def _pattern_for(self, text: str) -> tuple[re.Pattern[str] | None, Sequence[int]]:
        """``pattern`` with only the alternatives whose required texts ``text`` holds (the others
        cannot match anywhere in it, so the matches are the same), and their group indices. With
        dozens of conventions (the unseen set's reference files), the whole pattern was tried at
        every position of a document, every alternative in turn."""
        everything = range(len(self.conventions))
        if not self.required:
            return self.pattern, everything
        # Plain loops over the distinct sets of texts (conventions of several bodies share
        # theirs), not generators: this runs on every sentence that holds a convention's pieces.
        held: list[int] = []
        for pieces, having in self._by_required:
            for piece in pieces:
                if piece not in text:
                    break
            else:
                held += having
        indices = tuple(sorted(held))
        if not indices:
            return None, indices
        if len(indices) == len(self.conventions):
            return self.pattern, everything
        pattern = self._chosen.get(indices)
        if pattern is None:
            if len(self._chosen) >= _MOST_CHOICES:
                self._chosen.clear()
            choice = "|".join(self.alternatives[i] for i in indices)
            pattern = self._chosen[indices] = re.compile(rf"(?<![\w/.])(?:{choice}){_AFTER}")
        return pattern, indices

    def _matches_by_opening(self, text: str) -> Iterator[tuple[re.Match[str], Sequence[int]]]:
        """What ``pattern.finditer(text)`` finds, with the group indices of the pattern that found
        each: tried only where a number may open (`_places`), and there only the conventions
        that open with that character (`_opening_with`), in their order (the others cannot
        match there, so the first that does is the same). In a whole document, the pattern tried
        at every position, or the conventions' texts tested one by one (`_pattern_for`), grew
        with their number: ~20 ms for a 200 kB document with 73 conventions, against ~3."""
        places = self._places()
        assert places is not None
        position = 0  # where `finditer` would search on from
        by_opening = self._by_opening  # (`_opening_with`'s answers, read here without its call)
        for place in places.finditer(text):
            start = place.start()
            if start < position:
                continue
            kept = by_opening.get(text[start])
            pattern, indices = kept if kept is not None else self._opening_with(text[start])
            m = pattern.match(text, start) if pattern is not None else None  # its look-behind reads before ``start``
            if m is not None:
                yield m, indices
                position = m.end()  # a number holds a digit: never an empty match

    def _places(self) -> re.Pattern[str] | None:
        """Where a number may open: a character a convention opens with, not after a word's
        character, a slash or a dot (the pattern's own look-behind, checked after the character
        so that the engine skips to such characters). None when a convention's opening is not
        known (`_opening`)."""
        if not self._places_made:
            places = None
            if len(self.openings) == len(self.conventions) == len(self.alternatives) and all(self.openings):
                characters = "".join(sorted({c for opening in self.openings for c in opening}))
                places = re.compile(rf"[{characters}](?<![\w/.][{characters}]){self._rest_after_opening()}")
            self._places_made.append(places)
        return self._places_made[0]

    def _rest_after_opening(self) -> str:
        """What must follow a place's character for a convention opening with it to match there:
        per character, the texts its conventions hold next (a look-ahead; empty when one of them
        holds none, a number's digit). Every "r" and "d" that begins a word ("report", "during")
        was a place for "resolution {number}", "decision {number}", and a Python step each:
        ~20,000 places a pass over the unseen set for ~500 numbers opening with a letter."""
        if len(self.opening_rests) != len(self.openings):
            return ""
        rests: dict[str, set[str]] = {}
        for opening, rest in zip(self.openings, self.opening_rests):
            for character in opening:
                rests.setdefault(character, set()).add(rest)
        free = sorted(c for c, after in rests.items() if "" in after)
        checks = [rf"(?<=[{''.join(free)}])"] if free else []
        checks += [
            rf"(?<={c})(?={'|'.join(sorted(after))})" for c, after in sorted(rests.items()) if "" not in after
        ]
        return f"(?:{'|'.join(checks)})" if checks else ""

    def _opening_with(self, character: str) -> tuple[re.Pattern[str] | None, tuple[int, ...]]:
        """``pattern`` with only the conventions a number may open with ``character`` in, and
        their group indices; made once per character."""
        kept = self._by_opening.get(character)
        if kept is None:
            indices = tuple(
                i for i, opening in enumerate(self.openings) if any(re.fullmatch(f"[{c}]", character) for c in opening)
            )
            choice = "|".join(self.alternatives[i] for i in indices)
            pattern = re.compile(rf"(?<![\w/.])(?:{choice}){_AFTER}") if indices else None
            kept = self._by_opening[character] = (pattern, indices)
        return kept

    def _range_after(self, text: str, end: int, index: int, found: list[NumberedInstrument]) -> None:
        """The members of a range that ``found[-1]`` opens ("Decisions 14.12 to 14.14": 14.13 and
        14.14), when the last number follows in the same convention and session, a little higher."""
        if not self.range_ends:
            return
        last = self.range_ends[index].match(text, end)
        first = found[-1]
        if last is None or _arabic(last[f"s{index}"]) != first.session or not first.number.isdigit():
            return
        low, high = int(first.number), int(last[f"n{index}"])
        if not 0 < high - low <= _LONGEST_RANGE:
            return
        start = min(last.start(f"s{index}"), last.start(f"n{index}"))
        for number in range(low + 1, high + 1):
            found.append(NumberedInstrument(start, last.end(), first.kind, first.session, str(number), first.issuer, in_range=True))


# `NumberingFinder.preferring`'s answers for the last document: whether it names a body (by
# the body's symbol prefix and names), kept while the same text object is asked about.
_LAST_ANSWERS: list[tuple[str, dict[tuple[str | None, tuple[str, ...]], bool]]] = []


def _answers_for(document: str) -> dict[tuple[str | None, tuple[str, ...]], bool]:
    if not _LAST_ANSWERS or _LAST_ANSWERS[0][0] is not document:
        _LAST_ANSWERS[:] = [(document, {})]
    return _LAST_ANSWERS[0][1]


@dataclass(frozen=True)
class _BodySigns:
    """What shows that a document names a body (`NumberingFinder.preferring`), made once per
    body of the reference data rather than per document: its symbol series printed where a
    symbol begins, or one of its names of several words. ``asked``: the key of its answer for a
    document (`_answers_for`), the same for a body whose numbering a finder's variant changed."""

    asked: tuple[str | None, tuple[str, ...]]
    series: re.Pattern[str] | None
    spaced_names: tuple[str, ...]
    # names of the body's kind and a generic complement ("Meeting of the Parties to the Protocol"):
    # a sign only where they stand whole, not as the head of another body's longer name (E166)
    kind_names: tuple[str, ...] = ()

    def named_in(self, document: str, lowered: str) -> bool:
        """Whether ``document`` (``lowered``: `spaced_lower` of it) names the body."""
        if self.series is not None and self.series.search(document) is not None:
            return True
        for name in self.spaced_names:
            if name in lowered:
                return True
        for name in self.kind_names:
            if name in lowered and stands_whole_in(name, document):
                return True
        return False


@lru_cache(maxsize=4096)
def _body_signs(prefix: str | None, names: tuple[str, ...]) -> _BodySigns:
    # A body's names of several words, as `spaced_lower` writes them
    spaced = tuple(" ".join(name.lower().split()) for name in names if " " in name.strip())
    # "Meeting of the Parties to the Protocol", the one body whose file gives it, is not named by
    # "the Meeting of the Parties to the Protocol on Water and Health" (E166)
    kind = tuple(name for name in spaced if kind_with_generic_complement(name))
    proper = tuple(name for name in spaced if name not in kind)
    return _BodySigns((prefix, names), _series_pattern(prefix + "/") if prefix else None, proper, kind)


def _series_pattern(series: str) -> re.Pattern[str]:
    """What `prints_series` finds of ``series`` ("CL/" of "CL 182/REP"'s council, "C/" of "C
    2025/REP"), as one pattern: the series as written, not after a word's character, a slash,
    a dot or a hyphen, so that the FAO Conference's "C" is not found in every
    "CTOC/COP/2022/9". The look-behind stands after the series, so that the engine skips from
    one place the series stands to the next; `prints_series` walked those places in Python ("C/"
    stands in every "CERD/C/..." symbol), for each such body and document."""
    written = re.escape(series)
    return re.compile(rf"{written}(?<![\w/.\-]{written})")


def prints_series(series: str, text: str) -> bool:
    """Whether ``series`` ("CL/", or "dp/" in a lowered text) stands in ``text`` where a symbol
    begins: not inside a longer symbol ("e/icef/") or names joined by slashes ("undp/unfpa")."""
    # Each place it stands, found at C speed, with the character before it tested: what
    # `(?<![\w/.-])series` finds, without a pattern made per series and tried at every
    # position of the whole text (the regex engine's \w is ``isalnum()`` or "_").
    at = text.find(series)
    while at >= 0:
        before = text[at - 1 : at]
        if not before or not (before.isalnum() or before in "_/.-"):
            return True
        at = text.find(series, at + 1)
    return False


def _arabic(session: str) -> str:
    """A session number as the keys write it: "XVI" is "16"."""
    return str(roman_value(session)) if is_roman(session) else session


def _required_texts(template: str) -> tuple[str, ...]:
    """Texts that every number written in ``template`` holds as they stand: each word of the
    template's text around its placeholders, and a session's prefix ("SSA"). `_literal` matches
    a word as written, between runs of white space, except the first letter of a text, which may
    be capitalised: a word's lower-case first letter is left out."""
    pieces = []
    position = 0
    for m in _PLACEHOLDER.finditer(template):
        pieces += [template[position : m.start()], m[2] or ""]
        position = m.end()
    pieces.append(template[position:])
    words = [word for piece in pieces for word in piece.split(" ") if word]
    texts = [word[1:] if word[:1].isalpha() and word[:1].islower() else word for word in words]
    return tuple(text for text in texts if text)


def _cheap_literals(template: str) -> tuple[str, ...]:
    """The runs of characters between the placeholders ("/CP.", "WHA", "resolution", "(",
    ")"), without the first letter of a lower-case keyword, which may be capitalised."""
    pieces = [p.strip() for p in _PLACEHOLDER.split(template) if p is not None and p not in ("session", "number", "place")]
    return tuple(p[1:] if p[:1].islower() else p for p in pieces if p)


@lru_cache(maxsize=4096)
def _convention_pattern(source: str) -> re.Pattern[str]:
    """One convention's own pattern (a list's next item, a range's last number), compiled once
    for every finder that holds the convention at the same group index: `preferring`'s variants
    of a finder share most of theirs, and `re`'s own cache (512 patterns) no longer holds them
    by the time the next variant is made (2,561 compilations of 461 patterns in the first pass
    over the unseen set)."""
    return re.compile(source)


def _ascending(numbers: list[int]) -> bool:
    """Numbers in rising order, as a list of one session's instruments prints them."""
    return all(a < b for a, b in zip(numbers, numbers[1:]))


@lru_cache(maxsize=16)
def _finder_for(bodies: tuple[Body, ...]) -> NumberingFinder:
    alternatives = []
    conventions: list[tuple[str, InstrumentKind]] = []
    literals: list[tuple[str, ...]] = []
    list_items: list[re.Pattern[str] | None] = []
    range_ends: list[re.Pattern[str]] = []
    required: list[tuple[str, ...]] = []
    openings: list[tuple[str, ...]] = []
    opening_rests: list[str] = []
    for body in bodies:
        for numbering in body.numbering:
            index = len(conventions)
            keyword = _KEYWORD_TEMPLATE.match(numbering.template)
            sessions = body.gathering_term == "session"
            if keyword:
                item = template_pattern(
                    keyword["item"], index, after_keyword=True, numbered_sessions=sessions, roman_sessions_only=isinstance(numbering, RomanSessionsOnly),
                    year_sessions_only=isinstance(numbering, YearSessionsOnly),
                )
                if _SUFFIX_AFTER_NUMBER.match(keyword["item"]):
                    # "Resolutions 9 and 10 (Cg-21)", "Decisions 4, 5 and 7 (EC-84)": a plural keyword
                    # over numbers that share the session written once, after the last (E243)
                    alternatives.append(
                        _literal(keyword["keyword"]) + rf"(?:s\s+(?P<l{index}>\d{{1,4}}(?:{_LIST_SEPARATOR}\d{{1,4}})*{_LIST_SEPARATOR})|s?\s+)" + item
                    )
                else:
                    alternatives.append(_literal(keyword["keyword"]) + r"s?\s+" + item)
                list_items.append(_convention_pattern(_LIST_SEPARATOR + item + _AFTER))
                range_ends.append(_convention_pattern(_RANGE_SEPARATOR + item + _AFTER))
            else:
                alone = template_pattern(
                    numbering.template, index, numbered_sessions=sessions, roman_sessions_only=isinstance(numbering, RomanSessionsOnly),
                    year_sessions_only=isinstance(numbering, YearSessionsOnly),
                )
                alternatives.append(alone)
                list_items.append(None)
                range_ends.append(_convention_pattern(_RANGE_SEPARATOR + alone + _AFTER))
            conventions.append((body.key, numbering.kind))
            literals.append(_cheap_literals(numbering.template))
            required.append(_required_texts(numbering.template))
            openings.append(_opening(numbering.template))
            opening_rests.append(_opening_rest(numbering.template))
    if not alternatives:
        return NumberingFinder(None, (), ())
    source = rf"(?<![\w/.])(?:{'|'.join(alternatives)}){_AFTER}"
    writers: dict[str, set[str]] = {}
    for body in bodies:
        for numbering in body.numbering:
            writers.setdefault(numbering.template, set()).add(body.key)
    homonymous = frozenset(key for keys in writers.values() if len(keys) > 1 for key in keys)
    default_like = frozenset(body.key for body in bodies for n in body.numbering if _default_like(n.template))
    return NumberingFinder(
        source, tuple(conventions), tuple(sorted(set(literals))), tuple(list_items), bodies, homonymous,
        shared_descriptive=_shared_descriptive_names(bodies) if default_like or homonymous else frozenset(),
        range_ends=tuple(range_ends), default_like=default_like, alternatives=tuple(alternatives), required=tuple(required),
        numbers_hold_a_digit=all(
            any(m[1] == "number" for m in _PLACEHOLDER.finditer(n.template)) for body in bodies for n in body.numbering
        ),
        openings=tuple(openings), opening_rests=tuple(opening_rests),
    )


def _shared_descriptive_names(bodies: Sequence[Body]) -> frozenset[str]:
    """The names that only describe (`descriptive_names.is_descriptive`) that more than one of
    ``bodies`` carries, as `spaced_lower` writes them."""
    carriers: dict[str, set[str]] = {}
    for body in bodies:
        for name in body.names:
            if (spaced := _descriptive_spaced(name)) is not None:
                carriers.setdefault(spaced, set()).add(body.key)
    return frozenset(name for name, keys in carriers.items() if len(keys) > 1)


@lru_cache(maxsize=16384)
def _descriptive_spaced(name: str) -> str | None:
    """``name`` as `spaced_lower` writes it, if it is a name of several words that only describes
    (asked again for every body each time a finder's variant is made)."""
    return " ".join(name.lower().split()) if " " in name.strip() and is_descriptive(name) else None


def _opening(template: str) -> tuple[str, ...]:
    """The characters a number written in ``template`` may open with, each as a character
    class writes it: the first character of its keyword or text, and its capital where
    `_literal` reads a lower-case letter capitalised too; a session's prefix ("SSA"); else a
    digit (`template_pattern` reads a Roman session only after a space, a bracket, a hyphen,
    a slash or a keyword, never first). Empty when the template opens with a space (not known)."""
    keyword = _KEYWORD_TEMPLATE.match(template)
    text = keyword["keyword"] if keyword else template
    placeholder = _PLACEHOLDER.match(text)
    if placeholder is not None and not keyword and _opens_with_roman_hyphen(text, placeholder):
        return (r"\d", *_ROMAN_LETTERS)  # "26-1" or "XXVI-1"
    if placeholder is not None and not placeholder[2]:
        return (r"\d",)
    first = placeholder[2][:1] if placeholder is not None else text[:1]
    if not first or first.isspace():
        return ()
    either = {first, *first.upper()} if placeholder is None and first.isalpha() and first.islower() else {first}
    return tuple(re.escape(c) for c in sorted(either))


def _opening_rest(template: str) -> str:
    """The characters a number written in ``template`` holds right after its opening character
    (`_opening`), as a pattern: the letters and digits that follow it in the keyword or the text
    before the first placeholder, or in a session's prefix, which `template_pattern` and
    `_literal` match as written ("esolution", "HA" of "WHA{session}.{number}", "SA" of
    "{session:SSA}"); empty after a number's digit or where nothing follows."""
    keyword = _KEYWORD_TEMPLATE.match(template)
    text = keyword["keyword"] if keyword else template
    placeholder = _PLACEHOLDER.search(text)
    if placeholder is not None and not keyword and _opens_with_roman_hyphen(text, placeholder):
        # the rest of the session's digits or numerals, then the hyphen: a capital "I" or "C"
        # opening a word ("In", "Council") is no place to try the convention at
        return rf"[0-9{''.join(_ROMAN_LETTERS)}]{{0,8}}-"
    if placeholder is not None and placeholder.start() == 0:
        lead = placeholder[2] or ""  # a session's prefix, or a digit
    else:
        lead = text[: placeholder.start()] if placeholder is not None else text
    run = _LETTERS_AND_DIGITS.match(lead, 1) if lead else None
    return run[0] if run is not None else ""


# The letters of `roman.ROMAN`'s numerals
_ROMAN_LETTERS = ("C", "I", "L", "V", "X")
# A run of ASCII letters and digits, which `_literal` writes as themselves
_LETTERS_AND_DIGITS = re.compile(r"[A-Za-z0-9]*")


@lru_cache(maxsize=1024)
def _default_like(template: str) -> bool:
    """A template whose numbers every body's default numbering also reads: the two numbers
    joined by a slash, in either order, after an optional kind word ("decision
    {session}/{number}", the FAO's "Resolution {number}/{session}", IFAD's "{number}/{session}"):
    "resolution 79/217" of another body's document would be read as this body's. So is one
    that writes no word of its own besides a kind word, only the two numbers, signs and at most
    single letters ("{number}({session})": ECLAC's "812(XLII)", but also page "1(2)" of any
    document's symbol; the UPU's "C {number}/{session}", but also a council's document "C
    133/3"): such a number says nothing of whose it is."""
    if _slash_like(template):
        return True
    # "{session:SSA}" writes letters of its own; "C {number}/{session}" only one, as a symbol
    # series of any organisation may ("C 133/3", a council's document)
    # ("{place}" writes a conference's city, no default numbering's)
    literal = _PLACEHOLDER.sub(lambda m: " Place " if m[1] == "place" else f" {m[2] or ''} ", template)
    return not any(word.lower() not in _KIND_WORDS for word in _WORD.findall(literal))


# A run of two letters or more: a word or an abbreviation a template writes ("WHA", "CP", "Conf").
_WORD = re.compile(r"[A-Za-z]{2,}")


def _item(template: str) -> str:
    """The template without its kind word ("{number}/{session}" of "Resolution {number}/{session}")."""
    keyword = _KEYWORD_TEMPLATE.match(template)
    return keyword["item"] if keyword and keyword["keyword"].lower() in _KIND_WORDS else template


@lru_cache(maxsize=1024)
def _slash_like(template: str) -> bool:
    """The two numbers joined by a slash, in either order, after an optional kind word."""
    return _item(template).strip() in ("{session}/{number}", "{number}/{session}")


def _read_by_default(template: str) -> bool:
    """A template whose every number the default reading takes as another body's: the two numbers
    joined by a slash ("decision 10/6"), or the number and its session in brackets ("{number}
    ({session})": "resolution 3376 (XXX)" is how the General Assembly numbered its resolutions
    until 1976, and many organs still do). Such a number is the template's body's only in a
    document that names that body; that its organisation is shown is no evidence. Nor is it for
    a template that writes no letter at all, not even a kind word, the two numbers and signs ("{session}-{number}": the
    IHP Council's "XXVI-1"): "2028-2031" of a plan's years, "10-11 June" are written so in any
    document, and an organisation that the reference files join to another one (a file naming
    both) shows itself in documents of that other one's bodies."""
    item = _item(template).strip()
    return _slash_like(template) or item in ("{number} ({session})", "{number}({session})") or _LETTER.search(_PLACEHOLDER.sub(lambda m: m[2] or "", template)) is None


_LETTER = re.compile(r"[A-Za-z]")


_KIND_WORDS = frozenset({"resolution", "decision"})


@lru_cache(maxsize=1024)
def names_by_place(body: Body) -> bool:
    """Whether ``body`` names its instruments by the place and year of the conference that adopted
    them ("Resolution {number} (Rev. {place}, {session})"): its sessions are keyed by their year."""
    return any("{place}" in n.template for n in body.numbering)


@lru_cache(maxsize=1024)
def numbers_default_shape_as_decisions(body: Body) -> bool:
    """Whether ``body``'s reference data says that what it numbers in the default shape
    ("{session}/{number}", "decision {session}/{number}") are decisions, and that it numbers no
    resolutions at all: a working group or a committee of a plenary organ ("decisions 15/1 and
    15/2"), a treaty's conference ("decision 3/2"). A bare "resolution 65/182" in its documents
    is then no instrument of its own (`resolve.Scope.default_issuer_of`)."""
    kinds = {n.kind for n in body.numbering}
    return kinds == {"decision"} and any(_slash_like(n.template) for n in body.numbering)


@lru_cache(maxsize=1024)
def writes_number_first(body: Body, kind: str) -> bool:
    """Whether ``body``'s reference data numbers its instruments of ``kind`` with the number
    first, then the session, joined by a slash, and in no other slash order: FAO's Council,
    "Resolution {number}/{session}" ("Resolution 3/185" is resolution 3 of the 185th Session),
    IFAD's Governing Council, "{number}/{session}". The default reading takes "3/185" for
    session 3, number 185; once a sentence has named such a body as the number's issuer, its
    own order holds (`resolve.resolve_issuers`). A template's kind word, if any, must be the
    kind's ("Decision {number}/{session}" says nothing of resolutions)."""
    orders = set()
    for n in body.numbering:
        if n.kind != kind or not _slash_like(n.template):
            continue
        keyword = _KEYWORD_TEMPLATE.match(n.template)
        if keyword and keyword["keyword"].lower() in _KIND_WORDS and keyword["keyword"].lower() != kind:
            continue
        orders.add(_item(n.template).strip())
    return orders == {"{number}/{session}"}


# Not inside a longer number or symbol ("17/CP.30" is not "7/CP.30"; nor "WHA79.12.3"). After a
# closing bracket ("resolution 2558 (2020).1"), a full stop and digits are a footnote's mark glued
# to the sentence's end (raw pdftotext), no longer number.
_AFTER = r"(?:(?<=\))(?![\w/])|(?<!\))(?![\w/]|\.\d))"


def numbering_finder(bodies: tuple[Body, ...]) -> NumberingFinder:
    return _finder_for(bodies)
