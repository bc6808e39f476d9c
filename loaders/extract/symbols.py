"""UN document symbols: ``CTOC/COP/WG.4/2021/6``, ``E/CN.7/2022/14``, ``A/RES/S-8/1``,
with suffixes (``/Rev.1``, ``/Corr.1``, ``/Add.1``, ``/CRP.3``, ``/INF/2/Rev.2``, ``/L.8/Rev.2``).

A joint document carries several symbols joined by a hyphen or dash. The dash joins two
symbols only where a new series starts (letters, then a slash); inside ``S-8/1`` or
``ES-10/21`` the hyphen belongs to the symbol.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

# One component after the series: a body or series part ("COP", "CN.7", "WG.4", "CONF.192"),
# a special-session number ("S-8", "ES-10"), a year or number ("2022", "9"), or a suffix
# ("Rev.1", "CRP.3", "L.8", "INF").
# "PCB (57)/29.21": a series part with its session in brackets, as UNAIDS writes it (with a
# space), and the number after it with its year. Only there is "29.21" one number: elsewhere
# a digit after a full stop is a footnote mark pdftotext glued on ("UNEP/EA.7/6.2").
# "MP.PP" (ECE/MP.PP/2031/2, the Aarhus Convention's Meeting of the Parties), "MP.WAT", "OzL.Pro":
# a series part of two abbreviations joined by a full stop, or three with a number
# ("UNEP/OzL.Pro.WG.1/47/2", the ozone treaties' Open-ended Working Group); "ImpCom" (UNEP/OzL.Pro/
# ImpCom/77/5, their Implementation Committee): a part of two capitalised abbreviations run together.
# "E/ESCWA/EC.18/8/Report": a regional commission's report of a meeting ends in the word.
# "UNEP/CMS/ScC-SC9/Report": an organ's abbreviation, a hyphen, its subsidiary and the subsidiary's
# meeting glued on (CMS's Sessional Committee of the Scientific Council, E224), inside a symbol only.
# "REP31/EXEC1", "REP31/EXEC2": a report of the first and second sessions of a year, the number
# glued to the series part (the Codex Alimentarius Commission's reports).
# "CERD/C/DEU/23-26": a treaty body's combined periodic reports, numbered from first to last
# (a figure on both sides of the hyphen: a joint document's second symbol opens with letters).
# "WFP/EB.A/2031/6-C/1": a board's session named by a letter after its series ("EB.A", the annual
# session; "EB.1", "EB.2" the regular ones), and an item numbered with a letter ("6-C", "4-A").
# "Doc. 2.2", "INF. 3", "Doc.27.1", "Doc. 1(2)": a part naming a kind of paper (document,
# information paper, addendum ...) may be written with a space after its full stop (the WMO's
# "EC-81/Doc. 2.2"), numbered with dotted sub-numbers and a part in brackets. Only these words:
# "HIV/AIDS. 12 countries" is a sentence's end and a number.
# (whole or not at all: "Doc.26.3/Add.1" is no "Doc.26" ending before ".3", E224)
_PAPER_PART = r"(?:Doc|DOC|INF|Inf|Add|Rev|Corr|CRP|Misc|MISC)\.[ \u00a0]?\d{1,3}(?:\.\d{1,3})*(?:\(\d{1,2}\))?"
# "ICCD/CRIC(26)/INF.1", "ICCD/COP(16)/L.3": a series part with its session in brackets, then a
# kind of paper and its number (the UNCCD's information papers and drafts) rather than a bare number.
# "COP15", "MOP33", "SBSTTA25" (UNEP/CMS/COP15/Doc.27.1): a series part with its session glued
# on, inside a symbol only (a slash follows); "CSP12.MC", "MOP7.WG" (ATT/CSP12.MC/2031/MC/815/Conf.Rep):
# the session's subsidiary body after a full stop.
# "Conf.Rep", "Conf.Bud", "Conf.AnnProvAgenda": a last part naming the paper's kind as two
# abbreviations joined by a full stop, the second capitalised (the Arms Trade Treaty's style);
# a space after the full stop ("…/Conf. The") ends the symbol instead. A revision, corrigendum or
# addendum glued on after another full stop ("Conf.FinRep.Rev1", "Conf.Rep.Rev.2", "Conf.Bud.Add1")
# is the same part's, as the Treaty's final reports are reissued (E253).
_KIND_OF_PAPER = r"[A-Z][a-z]{2,5}\.[A-Z][A-Za-z]{1,20}(?:\.(?:Rev|Corr|Add)\.?\d{1,2})?(?![\w/.])"
_PART_WITH_SESSION = r"[A-Z]{2,8}\d{1,3}(?:\.[A-Z]{2,8})?(?=/)"
# "EUR/RC81/R4", "EUR/RC80/D2": a last part of one letter and the number glued on (resolution 4 of
# a WHO regional committee's eighty-first session), at the symbol's end only.
# "IOC/A-34/3.2.Doc(1)", "IOC/EC-57/4.1.Doc(2)": the agenda item, then the kind of paper and its
# number in brackets, as UNESCO's intergovernmental bodies write their working documents
_ITEM_PAPER = r"\d{1,2}(?:\.\d{1,2}){0,3}\.(?:Doc|DOC|Inf|INF)(?:\(\d{1,3}\))?(?![\w/])"
# "LHE/31/21.COM/4", "WHC/24/46.COM/8", "LHE/31/9.EXT.COM/3": a session's number, then the organ
# that met in it ("COM", "GA", "EXT.COM"), inside a symbol only (a slash follows), as UNESCO's
# convention bodies number their working documents
_SESSION_OF_ORGAN = r"\d{1,3}\.(?:[A-Z]{2,8}\.)?[A-Z]{2,8}(?=/)"
# "WHC/32/55.COM/5A", "WHC/32/55.COM/7B.12": after such a part, the paper of an agenda item
# numbered with a letter and a sub-number ("5A", "7B.12"), as the item's decisions are ("55 COM 5A")
_LETTERED_ITEM_OF_ORGAN = r"\d{1,3}\.(?:[A-Z]{2,8}\.)?[A-Z]{2,8}/\d{1,3}[A-Z](?:\.\d{1,3})?(?!\w|\.\d)"
# "ITC/AG(LXX)/312", "ITC/AG(LXIX)/301", "TD/B(LXXXV)/INF.1": a series part with its session in
# Roman figures in brackets, no space, as the UNCTAD family numbers its boards' sessions (E255);
# a special session's "S-" before them ("TD/B(S-XXXV)/2", G1)
_PART_WITH_ROMAN_SESSION = r"[A-Z]{1,8}\((?:S-)?[IVXLC]{1,9}\)(?=/)"
_COMPONENT = (
    rf"(?:{_PAPER_PART}(?![\w/]|\.\d)|{_PART_WITH_ROMAN_SESSION}|{_ITEM_PAPER}|{_LETTERED_ITEM_OF_ORGAN}|{_SESSION_OF_ORGAN}|{_PART_WITH_SESSION}|{_KIND_OF_PAPER}|"
    r"\d{1,3}-\d{1,3}(?![\w/.-])|\d{1,3}-[A-Z](?![\w/-])|[A-Z]{1,3}-\d+|[A-Z][A-Za-z]*\.\d+(?:\.\d+)?|[A-Z][A-Za-z]{0,7}(?:\.[A-Z][A-Za-z]{0,7}){1,2}(?:\.\d+)?(?=/)|[A-Z]{1,8}\s?\(\d{1,3}\)/\d+(?:\.\d+)?|[A-Z]{1,8}\s?\(\d{1,3}\)(?=/[A-Z])|Report\b|[A-Z]{2,8}\d{1,2}(?!\w|\.\d)|[A-Z]\d{1,3}(?![\w/]|\.\d)|[A-Z][a-z]{1,6}[A-Z][a-z]{1,6}(?=/)|[A-Z][A-Za-z]{1,6}-[A-Z]{1,6}\d{1,3}(?=/)|[A-Z]{1,8}|\d+)"
)
# The slash between components. A line wrapped by pdftotext leaves one stray space beside it
# ("A/CONF.234/ 5", "ECE/TRANS/WP.29 /1172"): read, then dropped (`_normal`), as the real
# symbol has none. After the slash, only before a capital or digit ("HIV/ and" is no symbol).
_SLASH = r"(?:/[ \n]?(?=[A-Z0-9])|[ ]/)"
# A series may carry its session in its name: "A79/12" and "EB158/3" (the World Health
# Assembly's and the Executive Board's documents), or in brackets after it: "GC(69)/INF/4".
# The OPCW's series name the organ and its session with a hyphen, "C-36/DG.8", "EC-126/DEC.2",
# and a subsidiary body's name may be hyphenated, "OEWG-CEP/5/2", and carry its meeting after a
# second hyphen, "CWG-FHR-21/4", "EG-MAT-1/5" (a council working group's or expert group's papers).
_SERIES = r"[A-Z]{1,6}(?:-[A-Z]{2,6})?(?:-\d{1,3})?(?:\.\d+|\d{1,3}|\(\d{1,3}\))?"
_ONE = rf"{_SERIES}(?:{_SLASH}{_COMPONENT})+"
# Not preceded by a word character, "/", "." or "-": checked by a lookbehind after the first
# capital rather than before it, so that the pattern starts with a character class and the
# regex engine skips straight to the capitals instead of trying every position.
# "A45-WP/38", "A41-WP/123": the session glued on, then a hyphen and the kind of paper (ICAO's
# Assembly working papers, "WP"; its Council's "C-WP/15000" is a hyphenated series) (E222)
_FIRST_ONE = rf"[A-Z](?<![\w/.-].)[A-Z]{{0,5}}(?:-[A-Z]{{2,6}})?(?:-\d{{1,3}})?(?:\.\d+|\d{{1,3}}(?:-[A-Z]{{2,6}}(?=/))?|\(\d{{1,3}}\))?(?:{_SLASH}{_COMPONENT})+"  # _ONE, so guarded
# A series of capitals, a space and the session, as FAO ("CL 182/9", "C 2031/12"), IFAD
# ("GC 51/L.4") and IMO ("LEG 111/16", "C 133/3") write their documents: the session has two
# to four figures (a fraction, "A 2/3 majority", has one) and the series is no word of a
# sentence in capitals ("AND 21/COP.16" in a telegram), no month and no numbering word.
_SPACED_SERIES_WORDS = frozenset(
    "A AN AND OR OF THE TO IN ON AT BY FOR AS IS BE SEE ALSO FROM WITH INTO NOT ALL ANY PER VIA "
    "NO NOS NR NUM ART ARTS PARA PARAS PAGE PAGES PP P ITEM ITEMS PART ANNEX TABLE FIG "
    "I II III IV V VI VII VIII IX X XI XII "
    "JAN FEB MAR APR MAY JUN JUNE JUL JULY AUG SEP SEPT OCT NOV DEC".split()
)
# A revision or an addendum after a space, as such a series writes it: "CFS 2031/55/1 Rev.1", "CL 170/3 Add.1"
_FIRST_SERIES_SPACED = rf"[A-Z](?<![\w/.-].)[A-Z]{{0,4}}[ \u00a0]\d{{2,4}}(?:{_SLASH}{_COMPONENT})+(?:[ \u00a0](?:Add|Rev|Corr)\.\d{{1,2}}\b)*"
_SPACED_SERIES = re.compile(r"[A-Z]+(?=[ \u00a0]\d)")
# "CX/CAC 31/54/1", "CX/EXEC 31/101/3", "CX/CAC 31/54/3-Add.1", "CX/CAC 31/54/1 Add.1": a series of
# two letter parts, then a space and figures (the Codex Alimentarius Commission's and its
# committees' papers: year, session, number). Only two letter parts and three components after
# the space: "HIV/AIDS 2020/21" is no symbol. The addendum keeps the hyphen or space it is written with.
_SPACED_TAIL = rf"/[A-Z]{{2,8}} \d{{1,4}}/\d{{1,4}}(?:/{_COMPONENT})+(?:[- ](?:Add|Rev|Corr)\.\d{{1,2}}\b)*"
_SPACED_ONE = rf"[A-Z]{{2,6}}{_SPACED_TAIL}"
_FIRST_SPACED = rf"[A-Z](?<![\w/.-].)[A-Z]{{1,5}}{_SPACED_TAIL}"
# "PC 134/6-FC 199/11": a joint paper of two bodies of such series (FAO's Programme and Finance
# Committees meeting jointly), the second symbol spaced as the first, after a hyphen or a dash
_SERIES_SPACED = rf"[A-Z]{{1,5}}[ \u00a0]\d{{2,4}}(?:{_SLASH}{_COMPONENT})+"
# "Cg-21/Doc. 5.3(1)", "Cg-21/INF. 4.1(2)": a series written as a capital and one or two small letters,
# a hyphen and the session (the World Meteorological Congress's "Cg-21", as its instruments' numbers
# "Resolution 9 (Cg-21)" write it), read only before a kind of paper and its number ("Doc. 5.3(1)",
# "INF. 2"): a word of a sentence ("Ms-21/...") has no such part after it. pdftotext may break the line
# after the slash ("Cg-21/" / "Doc. 5.3(1)"), read as one symbol by `_SLASH`.
_MIXED_CASE_SERIES = rf"[A-Z](?<![\w/.-].)[a-z]{{1,2}}-\d{{1,3}}{_SLASH}(?=(?:Doc|DOC|INF|Inf)\.){_PAPER_PART}(?!\w|\.\d)(?:/(?:Add|Rev|Corr)\.\d{{1,2}})*"
SYMBOL = re.compile(
    rf"(?P<all>{_MIXED_CASE_SERIES}|(?:{_FIRST_SPACED}|{_FIRST_ONE})(?:\s?(?:--|[-–—])\s?(?:{_SPACED_ONE}|{_ONE}))*|{_FIRST_SERIES_SPACED}(?:[-–—](?={_SERIES_SPACED}(?![\w/])){_SERIES_SPACED})*)(?![\w/])"
)
# "EB170/14 Add.1", "A79/5 Rev.1": an addendum or revision after a space, as the World Health
# Organization's governing bodies write it, their series carrying the session glued on ("EB170");
# a series of slashes writes "/Rev.1" ("A/80/1 Rev.1" is A/80/1 and a word)
# ("EUR/RC81/8 Add.1": a WHO regional committee's series glues the session to its second part)
_SESSION_GLUED_SERIES = re.compile(r"^(?:[A-Z]{1,6}/)?[A-Z]{1,4}\d{1,3}/\d")
# "CE/130/1 rev.1": a revision in lower case after a space, as UN Tourism writes it (a word in
# lower case with a full stop and a number is no sentence's next word)
# "(CCPR/SP/102 and Add.1)", "A/79/5 and Corr.1, …": the symbol's addendum or corrigendum named by its
# part alone after "and" (its own document, not the same one under two symbols); not "and Add.1 of
# document X" / "to X", which is another document's, nor a range "and Add.1-4" (left unread)
_AND_ADDENDUM = re.compile(r"[ \u00a0]and[ \u00a0](?P<part>(?:Add|Corr|Rev)\.\d{1,2})(?![\w/.–-])(?!\s+(?:of|to|thereto)\b)")
_LOWER_SPACED_SUFFIX = re.compile(r"(?:[ \u00a0](?:rev|add|corr)\.\d{1,2})+(?![\w/])")
_SPACED_SUFFIX_AFTER = re.compile(r"(?:[ \u00a0](?:Add|Rev|Corr)\.\d{1,2})+(?![\w/])")
# "A/88/745--S/2034/133": Markdown's "--" for the en dash (pandoc writes an en dash so) joins a
# double symbol as the dash does (E206).
# A hyphen before a letter and one short number ("WFP/EB.A/2031/6-C/1", "…/4-A/Rev.1") numbers an
# item of the same document; a second symbol ("A/86/721-S/2032/48") goes on with its own series.
_JOIN = re.compile(rf"\s?(?:[–—]|--|-(?![A-Z]/(?:\d{{1,3}}(?:/(?:Add|Rev|Corr)\.\d+)*|(?:Add|Rev|Corr)\.\d+)(?![\w/])))\s?(?={_SERIES}/|[A-Z]{{1,5}}[ \u00a0]\d{{2,4}}/)")


@dataclass(frozen=True)
class SymbolMention:
    start: int
    end: int
    symbols: tuple[str, ...]


def _plausible(symbol: str) -> bool:
    # A symbol has a number in it and is more than a fraction or a date ("A/B" is not one).
    return any(ch.isdigit() for ch in symbol) and not symbol[0].isdigit()


_STRAY_SPACE = re.compile(r"\s*/\s*")
_BRACKET_SPACE = re.compile(r"\s+\(")


def _normal(symbol: str) -> str:
    """The symbol without the spaces line wrapping left beside its slashes; the one space
    before a bracketed session ("PCB (57)"), after a series ("CL 182/9") or a paper's kind
    ("Doc. 2.2") is the symbol's own and is kept, as one space (a web page's no-break space too)."""
    if " " not in symbol and "\n" not in symbol and "\u00a0" not in symbol:
        return symbol
    return _BRACKET_SPACE.sub(" (", _STRAY_SPACE.sub("/", symbol.replace("\u00a0", " ")))


def split_joint(text: str) -> tuple[str, ...]:
    """The symbols of a joint document, in order: ``"A/1-E/2"`` -> ``("A/1", "E/2")``."""
    parts: list[str] = []
    for part in _JOIN.split(text):
        if parts and ("/" not in parts[-1] or not any(ch.isdigit() for ch in parts[-1])):
            # "OEWG-CEP/5/2": the hyphen inside a series' name joins no second symbol; nor in
            # "LC/COP-EZ.4/3", "UNEP/MED-WG.4/2": a first symbol has a number, so "LC/COP" before
            # the hyphen is no symbol but the first half of a hyphenated series part
            parts[-1] = f"{parts[-1]}-{part}"
        elif part:
            parts.append(part)
    return tuple(_normal(part) for part in parts)


# "A/87/6 (Sect. 9)", "A/86/6 (Vol. II)": a fascicle of the proposed programme budget, the section
# or volume in brackets part of the symbol as printed
_FASCICLE = re.compile(r" ?\((?:Sect|Vol)\. ?\d{1,3}[A-Z]?\)")


# A series the reference data declares (a body's `mg:symbolPrefix`), then a space and the figures:
# "WBO/C 182/6", "CIN 31/54/3-Add.1". The grammar above admits the spaced shapes of the series
# seen; a declared series is a symbol's start whatever its shape, as the registry, not the letters,
# says it is one ("HIV/AIDS 2020/21" stays out: no body declares "HIV/AIDS").
_DECLARED_TAIL = rf"[ \u00a0]\d{{1,4}}(?:{_SLASH}{_COMPONENT})+(?:[- \u00a0](?:Add|Rev|Corr)\.\d{{1,2}}\b)*(?:\s?[-–—]\s?(?:{_SPACED_ONE}|{_ONE}))*(?![\w/])"


# Where a series may stand before a space and figures: a word of capitals, figures, dots, slashes
# and hyphens, not inside a longer one; it is a series when the reference data declares it whole
# ("HIV/AIDS 2020/21": "HIV" may be declared, "HIV/AIDS" is not). A set look-up, not an
# alternation of every declared series, keeps this as cheap as the grammar's own pass.
_SERIES_BEFORE_SPACE = re.compile(r"(?<![\w/.-])[A-Z][A-Za-z0-9./-]*(?=[ \u00a0]\d{1,4}/)")
_DECLARED_SPACED_TAIL = re.compile(_DECLARED_TAIL)


# A declared series with a space inside ("UNEP/MED IG", the Mediterranean Action Plan's
# intergovernmental meetings), then its meeting's number after a full stop or glued on, and the
# components: "UNEP/MED IG.29/22". The figures after the space are no instrument's number then.
# A hyphen and the session, as a WMO regional association writes its series ("RA I-20/Doc. 6.2(1)",
# "RA II-18/INF. 4.1(2)"), is the same series with its session, as "EC-126/DEC.2" is the OPCW's.
_SPACED_PREFIX_TAIL = re.compile(rf"(?:\.\d{{1,4}}|\d{{1,3}}|-\d{{1,3}})?(?:{_SLASH}{_COMPONENT})+(?![\w/])")


@lru_cache(maxsize=8)
def _spaced_prefixes(series: frozenset[str]) -> tuple[str, ...]:
    """The declared series with a space inside: few or none (found once per registry, not per
    sentence)."""
    return tuple(prefix for prefix in series if " " in prefix and not prefix.startswith(_AFTER_SESSION))


# "229 EX/14", "229 EX/14.INF", "46 C/5", "229 EX/DR.14.2": the documents of a series that a body's
# numbering prints after the session and a space ("{session} EX/Decision {number}", declared as
# "{session} EX" by `BodyRegistry.symbol_series`), as UNESCO's governing bodies number theirs. Only a
# declared series: "3 A/79/400" opening a footnote is the note's number and a symbol. The paper's
# kind may follow its number after a full stop ("14.INF", "14.INF.2", "14.Add"). (E249)
_AFTER_SESSION = "{session} "


@lru_cache(maxsize=8)
def _session_first(series: frozenset[str]) -> re.Pattern[str] | None:
    words = sorted(prefix[len(_AFTER_SESSION) :] for prefix in series if prefix.startswith(_AFTER_SESSION))
    if not words:
        return None
    return re.compile(
        rf"(?<![\w/.-])\d{{1,3}}[ \u00a0](?:{'|'.join(map(re.escape, words))})/(?=[A-Z0-9])"
        rf"{_COMPONENT}(?:/{_COMPONENT})*(?:\.(?:INF|Add|Corr|Rev)(?:\.\d{{1,2}})?|(?<=INF)\.\d{{1,2}})*(?![\w/])"
    )


def _session_first_spans(text: str, series: frozenset[str]) -> Iterator[tuple[int, int]]:
    pattern = _session_first(series)
    if pattern is not None:
        for m in pattern.finditer(text):
            yield m.start(), m.end()


def _spaced_prefix_spans(text: str, series: frozenset[str]) -> Iterator[tuple[int, int]]:
    for prefix in _spaced_prefixes(series):
        at = text.find(prefix)
        while at >= 0:
            tail = _SPACED_PREFIX_TAIL.match(text, at + len(prefix))
            if tail is not None and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "/.-")):
                yield at, tail.end()
            at = text.find(prefix, at + 1)


def _with_declared_series(text: str, found: list[SymbolMention], series: frozenset[str]) -> list[SymbolMention]:
    spans = [(c.start(), tail.end()) for c in _SERIES_BEFORE_SPACE.finditer(text) if c.group(0) in series and (tail := _DECLARED_SPACED_TAIL.match(text, c.end())) is not None]
    for start, end in sorted([*spans, *_spaced_prefix_spans(text, series), *_session_first_spans(text, series)]):
        if any(f.start <= start and end <= f.end for f in found):
            continue  # the grammar read it already, as long or longer
        inside = [f for f in found if start <= f.start and f.end <= end]
        if any(f not in inside and f.start < end and start < f.end for f in found):
            continue  # overlaps a symbol read otherwise: that reading stands
        mention = SymbolMention(start, end, split_joint(text[start:end]))
        found = sorted([f for f in found if f not in inside] + [mention], key=lambda f: f.start)
    return found


# "C31/27-E", "CWG-FHR-21/4-F": the language version a series that carries its session or meeting
# glued on prints after the number (English, French, Spanish, Arabic, Russian, Chinese), as the
# ITU's governing bodies do. The document is the same in every language: the letter is no part of
# its symbol. Only such a series: "WFP/EB.A/2031/6-C" numbers an agenda item's paper.
_LANGUAGE_VERSION = re.compile(r"^(?P<symbol>[A-Z][A-Z-]{0,12}\d{1,3}/(?:[A-Z]{1,6}/)?\d{1,4})-[EFSARC]$")


def _without_language_version(symbol: str) -> str:
    if symbol[-2:-1] != "-":
        return symbol
    bare = _LANGUAGE_VERSION.match(symbol)
    return bare["symbol"] if bare else symbol


# "Congress–Doc 27", "Congress–Doc 27.Rev 1", "Council–Doc 5": the gathering's or organ's word, a
# dash and its document's number, as the Universal Postal Union numbers a Congress's papers; the
# one shape of symbol without a slash. A publication's "Doc 10275" alone is no document symbol. (E222)
_ORGAN_DASH_DOC = re.compile(r"(?<![\w/.-])(?:[A-Z][a-z]{2,11}|[A-Z]{2,6})[–-]Doc[ \u00a0]\d{1,3}[a-z]?(?:\.(?:Rev|Add|Corr)[ \u00a0]?\d{1,2})*(?![\w/])")
# "COP18 Doc.19", "SC67 Doc.12", "CoP19 Doc. 12", "COP14 Doc.18.1": an organ's abbreviation with its
# meeting glued on, a space, the kind of paper and its number, no slash either (the Ramsar and CITES
# conferences' and standing committees' working documents, E268); only before "Doc."/"Inf.", so that
# "COP18 delegates" or "SC67 2034" is none
_MEETING_THEN_PAPER = re.compile(
    r"(?<![\w/.-])[A-Z][A-Za-z]{1,5}\d{1,3}[ \u00a0](?:Doc|DOC|Inf|INF)\.[ \u00a0]?\d{1,3}(?:\.\d{1,3})*(?![\w/]|\.\d)"
)


def find_symbols(text: str, declared_series: frozenset[str] = frozenset()) -> list[SymbolMention]:
    """``declared_series``: the symbol prefixes of the reference data (`spaced_series_of`); a
    declared series written with a space before its figures is read whatever its shape."""
    if "/" not in text:  # every symbol has one but the dashed "Congress–Doc 27": most sentences are done here
        return _organ_dash_docs(text) if _PAPER_WORD.search(text) else []
    found = _organ_dash_docs(text) if _PAPER_WORD.search(text) else []
    for m in SYMBOL.finditer(text):
        spaced = _SPACED_SERIES.match(m["all"])
        if spaced and spaced[0] in _SPACED_SERIES_WORDS:
            continue
        symbols = tuple(_without_language_version(s) for s in split_joint(m["all"]) if _plausible(s))
        if symbols:
            end = m.end()
            fascicle = _FASCICLE.match(text, end) if len(symbols) == 1 and text[end : end + 2] in (" (", "(S", "(V") else None
            if fascicle is not None:
                symbols = (f"{symbols[0]} {fascicle.group(0).strip()}",)
                end = fascicle.end()
            elif len(symbols) == 1 and _SESSION_GLUED_SERIES.match(symbols[0]) and (suffix := _SPACED_SUFFIX_AFTER.match(text, end)):
                symbols = (f"{symbols[0]}{suffix.group(0)}".replace("\u00a0", " "),)
                end = suffix.end()
            elif len(symbols) == 1 and m.start() > 0 and text[m.start() - 1] == "(" and (
                suffix := _SPACED_SUFFIX_AFTER.match(text, end)
            ) and text[suffix.end() : suffix.end() + 1] in (")", ";", ","):
                # "(FCTC/COP/11/1 Add.1)", "(X/12/3 Rev.1; ...)": in brackets, an addendum after a space
                # is the symbol's own, no next word of a sentence (E94)
                symbols = (f"{symbols[0]}{suffix.group(0)}".replace("\u00a0", " "),)
                end = suffix.end()
            elif len(symbols) == 1 and text[end + 1 : end + 2] in ("r", "a", "c") and (suffix := _LOWER_SPACED_SUFFIX.match(text, end)):
                symbols = (f"{symbols[0]}{suffix.group(0)}".replace("\u00a0", " "),)
                end = suffix.end()
            found.append(SymbolMention(m.start(), end, symbols))
            if len(symbols) == 1 and text[end : end + 5] == " and " and (addendum := _AND_ADDENDUM.match(text, end)) is not None:
                # "(CCPR/SP/102 and Add.1)": the addendum is a document of its own, the symbol's
                found.append(SymbolMention(addendum.start("part"), addendum.end(), (f"{symbols[0]}/{addendum['part']}",)))
    found.sort(key=lambda f: f.start)
    if declared_series and (" " in text or "\u00a0" in text):
        found = _with_declared_series(text, found, declared_series)
    if len(found) > 1 and " as " in text:
        found = _issued_also_as(text, found)
    if len(found) > 1 and " both " in text:
        found = _one_document_of_both(text, found)
    return found


# where a symbol of no slash may be: its kind of paper's word
_PAPER_WORD = re.compile(r"Doc|DOC|Inf|INF")


def _organ_dash_docs(text: str) -> list[SymbolMention]:
    """The symbols of no slash: "Congress–Doc 27" and "COP18 Doc.19"."""
    found = [m for m in _ORGAN_DASH_DOC.finditer(text)]
    found += [m for m in _MEETING_THEN_PAPER.finditer(text) if not any(o.start() <= m.start() < o.end() for o in found)]
    return sorted((SymbolMention(m.start(), m.end(), (m.group(0).replace("\u00a0", " "),)) for m in found), key=lambda f: f.start)


# "The report (A/79/401 and S/2032/77) was issued as a document of both organs", "(X and Y), issued
# under both symbols": two symbols in one bracket, joined by "and", that the sentence says name one
# document (a plural "documents" names two) (E212)
_BRACKETED_AND = re.compile(r"\s+and\s+$")
_ONE_DOCUMENT_OF_BOTH = re.compile(
    r"\)\s*,?\s*(?:which\s+)?(?:(?:was|is|has\s+been|had\s+been)\s+)?(?:issued|circulated|published|distributed)\s+"
    r"(?:jointly\s+)?(?:as\s+(?:a\s+)?(?:single\s+|joint\s+)?document\s+of\s+both\b|under\s+both\s+(?:symbols|organs)\b)"
)


def _one_document_of_both(text: str, found: list[SymbolMention]) -> list[SymbolMention]:
    return _merged_where(found, lambda last, mention: (
        len(last.symbols) == 1 and len(mention.symbols) == 1 and last.start > 0 and text[last.start - 1] == "("
        and bool(_BRACKETED_AND.match(text[last.end : mention.start])) and bool(_ONE_DOCUMENT_OF_BOTH.match(text, mention.end))
    ))


# "A/AC.96/1252, also issued as A/82/12/Add.1", "(E/2031/31; also circulated as E/CN.21/2031/9)":
# one document under two symbols, as a joint symbol "X-Y" is
# ("COFO/2030/REP, also issued to the Council as CL 185/9": the organ it goes to, named between)
_ALSO_AS = re.compile(
    r"\s*[,;]?\s*(?:also\s+(?:issued|published|circulated|distributed)|(?:issued|published|circulated)\s+also)"
    r"(?:\s+to\s+(?:the\s+|its\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,6})?"
    r"\s+as\s+(?:document\s+)?$"
)


def _issued_also_as(text: str, found: list[SymbolMention]) -> list[SymbolMention]:
    return _merged_where(found, lambda last, mention: bool(_ALSO_AS.match(text[last.end : mention.start])))


def _merged_where(found: list[SymbolMention], one_document: Callable[[SymbolMention, SymbolMention], bool]) -> list[SymbolMention]:
    """``found``, each mention joined to the one before where ``one_document`` says the two name one
    document (its symbols then the next's)."""
    merged = [found[0]]
    for mention in found[1:]:
        last = merged[-1]
        if one_document(last, mention):
            merged[-1] = SymbolMention(last.start, mention.end, last.symbols + mention.symbols)
        else:
            merged.append(mention)
    return merged
