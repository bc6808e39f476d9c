"""An unseen document and its gold, reworded the way another document of the same kind would be.

The layout variants (office.py, web_pdf.py) keep the words and change the lay-out; these keep the
lay-out and change the words a rule may have been written from: numbers, places, verbs. Each
variant is a pure, deterministic function of a document's text and its gold rows, returning the
reworded text and gold with every gold fact still true and every line number still valid (no
substitution adds or removes a line break: every pattern stays on one line):

- years: every year 1900-2099 four years later, in dates, symbols ("E/CN.7/2031/10"), year-numbered
  resolutions ("2027/9") and the gold's dates and keys (four years keep 29 February valid;
  "the 2030 Agenda" keeps its name);
- sessions: the document's session and meeting numbers (those its gold names as "BODY#N") two
  higher, in words ("fifty-second" -> "fifty-fourth", "Thirteenth" -> "Fifteenth"), as ordinals
  ("52nd" -> "54th"), as the session of an instrument's number ("13/3" -> "15/3", "BC-17/4" ->
  "BC-19/4"), inside symbols ("A/81/215" -> "A/83/215", "7/CP.30" -> "7/CP.32") and in the gold's
  keys; a "first" or "second" only before "session"/"meeting", where it is the gathering's number;
- places: the towns where the document's gatherings are held (its gold's held_in) swapped for other
  UN venues, wherever the town is not the start of a treaty's or a body's name ("Basel Convention",
  "Nairobi work programme"), and the names after "Mr."/"Ms."/"H.E." for other surnames;
- operative: the operative verbs in the forms UN drafting varies between, with the predicate the
  gold gives kept (shared/eval/SCHEMA.md): "Requests" -> "Also requests", "Also requests" ->
  "Further requests", "Invites" <-> "Encourages", "Urges" -> "Strongly urges", "Calls upon" ->
  "Requests", "Decides to establish" -> "Decides to create" / "to set up", "established" ->
  "created", "in which it requested" -> "in which it asked";
- citing: the citing forms: "Recalling" -> "Reaffirming", "Recalling also" -> "Recalling further",
  "pursuant to" -> "in accordance with", "Endorses the recommendations" -> "Endorses the conclusions
  and recommendations".

A row of a fixed-width grid table keeps its bars in their columns (each reworded cell padded or
trimmed back to its width), as the table a tool drew around the new words would.

Gold quotes go through the same substitution as the text; `gold_problems` checks each row with
tests/data/unseen/check_gold.py's rules (quote on its line), and the runner leaves out of a
variant any document whose reworded gold does not check (reported). The reference data (*.ttl)
names bodies only, never a session, a year or a town, so it is loaded unchanged; the folder's
keys.json (names of bodies) goes through the text substitution.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "tests" / "data" / "unseen"))
from check_gold import joined_lines, row_problems  # noqa: E402

Row = dict[str, object]

# Unseen documents in ordinary layouts with sessions, places and mandates in their gold
# (plain text, pdftotext, Word text, web text, Markdown).
DEFAULT_DOCS = (
    "u1", "u2", "u3", "u5", "u6", "u7", "u8", "u9", "u10", "u11", "u12", "u13", "u14", "u16",
    "u17", "u18", "u19", "u27", "u33", "u51", "u54", "u57", "u60", "u62",
)

YEAR_SHIFT = 4
SESSION_SHIFT = 2

# --- numbers in words ---------------------------------------------------------------------

_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_UNIT_ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                  "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
_TEN_ORDINALS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
                 "seventieth", "eightieth", "ninetieth"]


def ordinal_word(n: int) -> str:
    """1..199 as an ordinal in words, lower case: 52 -> "fifty-second", 101 -> "hundred and first"."""
    if n >= 100:
        rest = n - 100
        return "hundredth" if rest == 0 else "hundred and " + ordinal_word(rest)
    if n < 20:
        return _UNIT_ORDINALS[n]
    tens, unit = divmod(n, 10)
    return _TEN_ORDINALS[tens] if unit == 0 else f"{_TENS[tens]}-{_UNIT_ORDINALS[unit]}"


ORDINAL_VALUES = {ordinal_word(n): n for n in range(1, 200)}
# (an iCalendar's escaped line break, "\nSecond meeting", opens a word as a break does: E107)
_WORD_ORDINAL = re.compile(
    r"(?:(?<![\w-])|(?<=\\[nN]))(?:(?:one )?hundred and )?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
    + "|".join(sorted((w for w in ORDINAL_VALUES if " " not in w and "-" not in w), key=len, reverse=True))
    + r")(?![\w-])", re.IGNORECASE)
# "16th", and as OCR reads it "l6th" (a letter l for the figure 1, beside a figure)
_FIGURE_ORDINAL = re.compile(r"(?<![\w.,/-])(\d{1,3}|l\d|\dl|l\dl)(st|nd|rd|th|ST|ND|RD|TH)(?!\w)")


def _figure_suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _cased_like(word: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        words = re.split(r"([ -])", model)
        if len([w for w in words if w.strip(" -")]) > 1 and all(w[:1].isupper() or w in ("and", " ", "-") for w in words):
            # "Fifty-Second", "Hundred and Eighty-Second": every word capitalized but "and"
            return "".join(w if w in ("and", " ", "-") else w[:1].upper() + w[1:] for w in re.split(r"([ -])", word))
        return word[:1].upper() + word[1:]
    return word


def _word_value(match: str) -> int | None:
    return ORDINAL_VALUES.get(match.lower().replace("one hundred", "hundred").replace(" ", "-")
                              .replace("hundred-and-", "hundred and "))


_ROMAN = (("C", 100), ("XC", 90), ("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


def to_roman(n: int) -> str:
    out = ""
    for letters, value in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def roman_value(letters: str) -> int | None:
    """The value of a well-formed Roman numeral, None for other letters ("CIVIL")."""
    value, rest = 0, letters
    for symbol, amount in _ROMAN:
        while rest.startswith(symbol):
            value, rest = value + amount, rest[len(symbol):]
    return value if not rest and value and to_roman(value) == letters else None


# --- the substitutions ---------------------------------------------------------------------

@dataclass(frozen=True)
class Rewording:
    """One variant for one document: the text substitution (also applied to quotes, titles,
    towns and body names) and the substitution of gold keys and dates."""
    text: Callable[[str], str]
    key: Callable[[str], str]


_YEAR = re.compile(r"(?<!\d)(?<!\\u)(?<!&#x)(?<!&#)((?:19|20)\d\d)(?!\d)(?<!2030(?=[ \t]Agenda\b))")


# an iCalendar's compact date after its property ("DTSTART;VALUE=DATE:20310210", "DTEND:20310212T170000Z")
_COMPACT_DATE_YEAR = re.compile(r"(?<=[:=])((?:19|20)\d\d)(?=(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:T\d{6}Z?)?(?:\s|$|[,;]))", re.MULTILINE)


def _years(text: str) -> str:
    text = _YEAR.sub(lambda m: str(int(m[1]) + YEAR_SHIFT), text)
    return _COMPACT_DATE_YEAR.sub(lambda m: str(int(m[1]) + YEAR_SHIFT), text)


def years(text: str, gold: list[Row]) -> Rewording:
    return Rewording(_years, _years)


# A number moved once must not move again under a later pattern ("IPBES-13/2" is read as an
# instrument's number and as letters and a session): it is written in private-use stand-ins.
_TO_STAND_IN = str.maketrans("0123456789", "".join(chr(0xE000 + i) for i in range(10)))
_FROM_STAND_IN = str.maketrans("".join(chr(0xE000 + i) for i in range(10)), "0123456789")
_GATHERING_KEY = re.compile(r"#(\d+)$")
_INSTRUMENT_KEY = re.compile(r"^((?:NEW:)?[A-Z][A-Z-]*/(?:res|dec)/)([A-Z0-9-]+)(/\d+)$")
_GATHERING_WORD = r"(?:\s+\((?:resumed|special)\))?(?:\s+(?:regular|ordinary|special|annual|plenary|resumed|extraordinary))?\s+(?:session|meeting|Session|Meeting|SESSION|MEETING)"


# words in capitals before a figure that are no body's letters: a cable's "FROM 04 TO 15 OCT 27"
_NOT_BODY_LETTERS = (r"(?:FROM|TO|OF|AT|ON|IN|NO|AND|BY|THE|ITS|FOR|PARA|PAGE|ITEM|"
                     r"JAN|FEB|MAR|APR|MAY|JUN|JUNE|JUL|JULY|AUG|SEP|SEPT|OCT|NOV|DEC)")


def _whole_cell(m: re.Match[str]) -> bool:
    """The match is a table cell by itself: "| Second |", or set off by wide gaps in a column."""
    before, after = m.string[:m.start()], m.string[m.end():]
    return bool(re.search(r"(?:^|\|)\s*$", before) and re.match(r"\s*(?:\||$)", after)
                or re.search(r"(?:^\s*| {2,})$", before) and re.match(r"(?: {2,}|$)", after))


def _instrument_forms(gold: list[Row], numbers: set[int]) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The pattern and table that move the instruments of the gold whose session moves, in the
    forms the gold's quotes show them written: number/session ("1/182", FAO), session.number
    ("20.31", CITES, CMS), number (session) ("2 (108)", CERD), session/Roman number ("91/I", CEDAW).
    The new form is written in stand-in figures, so that no later pattern moves it again."""
    table: dict[str, str] = {}
    quotes: dict[str, list[str]] = {}
    for row in gold:
        for term in (row["s"], row["o"]):
            quotes.setdefault(str(term), []).append(str(row.get("quote", "")))
    for key, said in quotes.items():
        m = _INSTRUMENT_KEY.match(key)
        session = re.match(r"^\d+", m[2]) if m else None
        if not m or not session or int(session[0]) not in numbers:
            continue
        old, number = int(session[0]), int(m[3][1:])
        new = old + SESSION_SHIFT
        forms = {f"{number}/{old}": f"{number}/{new}", f"{old}.{number}": f"{new}.{number}",
                 f"{number} ({old})": f"{number} ({new})", f"{old}/{to_roman(number)}": f"{new}/{to_roman(number)}"}
        if number == old:
            forms.pop(f"{number}/{old}")
        for form, moved in forms.items():
            if any(re.search(r"(?<![\w./-])" + re.escape(form) + r"(?![\w/-]|\.\d)", q) for q in said):
                table[form] = moved.translate(_TO_STAND_IN)
    if not table:
        return None
    pattern = re.compile(r"(?<![\w./-])(?:" + "|".join(re.escape(f) for f in sorted(table, key=len, reverse=True))
                         + r")(?![\w/-]|\.\d)")
    return pattern, table


def sessions(text: str, gold: list[Row]) -> Rewording:
    numbers: set[int] = set()
    for row in gold:
        for term in (row["s"], row["o"]):
            if m := _GATHERING_KEY.search(str(term)):
                numbers.add(int(m[1]))
    # a body's first gathering stays the first: a body the text sets up meets "for the first time"
    numbers = {n for n in numbers if 2 <= n < 198}

    def shifted(n: int) -> int:
        return n + SESSION_SHIFT if n in numbers else n

    def marked(figures: str) -> str:
        """The number moved, in stand-in figures no later pattern reads again (\\d misses them);
        a figure written with a leading zero ("04 OCT", "NYK093") is a day or a serial, never a
        session, and stays as written."""
        if figures.startswith("0"):
            return figures
        return str(shifted(int(figures))).translate(_TO_STAND_IN)

    instrument_forms = _instrument_forms(gold, numbers)

    def word(m: re.Match[str]) -> str:
        value = _word_value(m[0])
        if value is None or value not in numbers:
            return m[0]
        if value <= 2 and not re.match(_GATHERING_WORD, m.string[m.end():]) and not _whole_cell(m):
            return m[0]  # "the first time", "a second report" (not a table's "| Second |")
        return _cased_like(ordinal_word(value + SESSION_SHIFT), m[0])

    def figure(m: re.Match[str]) -> str:
        value = int(m[1].replace("l", "1"))
        if value not in numbers:
            return m[0]
        new = value + SESSION_SHIFT
        suffix = _figure_suffix(new)
        return f"{new}{suffix.upper() if m[2].isupper() else suffix}"

    def roman(m: re.Match[str]) -> str:
        value = roman_value(m[1])
        return to_roman(shifted(value)) if value else m[0]

    def instrument_number(m: re.Match[str]) -> str:
        return f"{m[1]}{marked(m[2])}{m[3]}"

    def text_sub(line: str) -> str:
        # the instruments the gold names, in the forms the document writes them ("Resolution 1/182",
        # "decision 2 (108)", "Decisions 20.31", "Decision 91/I"): read from the gold's quotes, as
        # no pattern can tell FAO's number/session from the UN's session/number
        if instrument_forms:
            line = instrument_forms[0].sub(lambda m: instrument_forms[1][m[0]], line)
        line = _WORD_ORDINAL.sub(word, line)
        line = _FIGURE_ORDINAL.sub(figure, line)
        # an instrument's number "13/3", "BC-17/4", "MC-7/3" (not a date 12/03/2031, nor a year)
        line = re.sub(r"(?<![\d./])((?:[A-Z]{1,4}-)?)(\d{1,3})(/\d{1,3}(?![\d/]))", instrument_number, line)
        # the session inside a symbol: "A/81/215", "CBD/COP/16/2", "A/RES/81/12"
        line = re.sub(r"(?<=[A-Z]/)(\d{1,3})(?=/[\dA-Z])", lambda m: marked(m[1]), line)
        line = re.sub(r"(?<![\w.])((?:CP|CMA|CMP|COP|MOP|SBI|SBSTA)\.)(\d{1,3})(?!\d)",
                      lambda m: m[1] + marked(m[2]), line)
        # a session after a dot, before the document's number: "E/ESCWA/EC.18/8" (not "E/CN.6/2027")
        # and before an instrument's kind: "HSP/HA.3/Res.4"
        line = re.sub(r"(?<=[A-Z]\.)(\d{1,3})(?=/\d{1,3}(?!\d)|/(?:Res|Dec|RES|DEC)\.)", lambda m: marked(m[1]), line)
        # an export's record of a session, its number a field of its own: "ordinal: 59",
        # '"ordinal": 59' (E88: a session the text names so)
        line = re.sub(r"(\bordinal[\"']?\s*[:=]\s*)(\d{1,3})(?!\d)", lambda m: m[1] + marked(m[2]), line, flags=re.IGNORECASE)
        # a session in Roman numerals: "365 (XXXVI)", "248/XLVIII"
        line = re.sub(r"(?:(?<=\()|(?<=\d/))([IVXLC]{1,9})(?=\)|(?![\w/]))", roman, line)
        line = re.sub(r"(?<![\w/.-])([IVXLC]{1,9})(?=[/.]\d)", roman, line)  # "decision VIII/7", "XVI.7"
        # a body's letters, a hyphen and a session in Roman numerals: "IPCC-LXIV-5", "IPCC-LXVI/Doc. 2"
        line = re.sub(r"(?<=[A-Z]{2}-)([IVXLC]{1,9})(?=[-/]\w)", roman, line)
        # a session in Roman numerals, a hyphen and the number: "Resolution XXVI-1" (UNESCO's IHP Council)
        line = re.sub(r"(?<![\w/.-])([IVXLC]{1,9})(?=-\d)", roman, line)
        # UNESCO's "43 C/Resolution 27", "43 C/37"; CITES's "Conf. 21.4"; "CoP21", "COP15", "MOP-4"
        line = re.sub(r"(?<![\w./])(\d{1,3})(?= C/)", lambda m: marked(m[1]), line)
        line = re.sub(r"(?<=Conf\. )(\d{1,3}|l\d|\dl)(?=\.[\dl])", lambda m: marked(m[1].replace("l", "1")), line)
        line = re.sub(r"(?<![\w.])((?:CoP|COP|MOP|CMP|CMA)-?)(\d{1,3})(?![\d/])",
                      lambda m: m[1] + marked(m[2]), line)
        # a body's letters and its session: "IPCC-66", "IDB.56/Dec.6", "A42-10", "LEG 113/16",
        # "UNAIDS/PCB (57)/29.21" (not IMO's number before its session: "MEPC.412(86)", below)
        line = re.sub(r"(?<![\w./])(?!" + _NOT_BODY_LETTERS + r" )([A-Z]{1,6}(?:[-.]| (?=\d{2,3}\b))?)(\d{1,3})(?![\d])(?!\.\d{3})(?!\(\d)",
                      lambda m: m[1] + marked(m[2]), line)
        line = re.sub(r"(?<=[A-Z] \()(\d{1,3})(?=\)/)", lambda m: marked(m[1]), line)
        # WMO's Congress "(Cg-19)": a capital and a small letter before the hyphen
        line = re.sub(r"(?<![\w./])([A-Z][a-z]-)(\d{1,3})(?![\d/])", lambda m: m[1] + marked(m[2]), line)
        # IMO's "A.1110(30)", "MSC.520(106)": the session in brackets after the number
        line = re.sub(r"(?<=[A-Z]\.)(\d{1,4}\()(\d{1,3})(?=\))", lambda m: m[1] + marked(m[2]), line)
        # a session glued to its body's letters: "WHA79.12", "EB158.R3", "EB156(4)", "A79/14",
        # "GC(69)/RES/10" (not a special session's "SSA2(5)")
        line = re.sub(r"(?<![\w.])((?!SS)[A-Z]{1,4})(\d{1,3})(?=[.(/]\w)",
                      lambda m: m[1] + marked(m[2]), line)
        line = re.sub(r"(?<![\w.])([A-Z]{2,4}\()(\d{1,3})(?=\)/)",
                      lambda m: m[1] + marked(m[2]), line)
        return line.translate(_FROM_STAND_IN)

    def key_sub(key: str) -> str:
        if m := _GATHERING_KEY.search(key):
            return key[:m.start()] + f"#{shifted(int(m[1]))}"
        if m := _INSTRUMENT_KEY.match(key):
            # "53" or "53-8" (decision 8.4 of the 53rd meeting)
            session = re.sub(r"^\d+", lambda n: str(shifted(int(n[0]))), m[2])
            return f"{m[1]}{session}{m[3]}"
        if "/" not in key:
            return key  # a body's key ("NEW:WMO-AG-EW4ALL") is a name, not a session
        return text_sub(key)  # a document's symbol

    return Rewording(text_sub, key_sub)


VENUES = ("Addis Ababa", "Bangkok", "Santiago", "Beirut", "Montreal", "Lisbon", "Dakar", "Panama City",
          "Kingston", "Manila", "Tunis", "Bratislava", "Cartagena", "Windhoek", "Suva", "Tashkent")
SURNAMES = ("Okonkwo", "Haugland", "Ferreira", "Nakamura", "Abdelrahman", "Kowalczyk", "Mendoza",
            "Lindqvist", "Achebe", "Raghunathan", "Vasquez", "Oyelaran")
# after a town, the words that make it part of a name ("Basel Convention", "Nairobi work programme")
# (a town whose name ends on a full stop, "Washington, D.C.", ends its sentence there too: the next
# sentence's first word is no part of it)
_NAME_GOES_ON = r"(?<!\.)(?! +(?:[A-Z][a-z]|work\b|programme\b|process\b|outcome\b|[Aa]ction\b)|[-’']\w)"


def _pick(pool: tuple[str, ...], seed: str, taken: set[str]) -> str:
    start = int(hashlib.sha1(seed.encode()).hexdigest(), 16) % len(pool)
    for i in range(len(pool)):
        choice = pool[(start + i) % len(pool)]
        if choice not in taken:
            return choice
    return pool[start]


def _rtf_escaped(name: str) -> str:
    """A name as RTF writes it: each letter beyond ASCII a hex escape of its code page ("\\'e1")."""
    return "".join(c if ord(c) < 128 else "".join(f"\\'{b:02x}" for b in c.encode("cp1252", "replace")) for c in name)


def _halved_by_a_quote(text: str, start: int, end: int, gold: list[Row]) -> bool:
    """Whether text[start:end] runs over a line end and a gold row quoting one line (no
    ``span_lines``) holds a part of it on that line: the end of the first or the start of the last."""
    if "\n" not in text[start:end]:
        return False
    first_line = text.count("\n", 0, start) + 1
    last_line = text.count("\n", 0, end) + 1
    head = text[start : text.index("\n", start)].strip()
    tail = text[text.rindex("\n", 0, end) + 1 : end].strip()
    for row in gold:
        if "span_lines" in row:
            continue
        quote = str(row["quote"]).rstrip()
        if int(row["line"]) == first_line and quote.endswith(head) or int(row["line"]) == last_line and quote.lstrip().startswith(tail):
            return True
    return False


def places(text: str, gold: list[Row]) -> Rewording:
    towns = sorted({str(row["o"]) for row in gold if row["p"] == "held_in"}, key=len, reverse=True)
    # a town wrapped at a line end that a one-line quote of the gold cuts in half ("… held in Rio" /
    # "de Janeiro from 4 to 13 March", u231): the two lines must be reworded one by one for that
    # quote, and neither holds the whole town, so it stays as it is
    towns = [t for t in towns if not any(_halved_by_a_quote(text, m.start(), m.end(), gold)
                                         for m in re.finditer(r"\s+".join(map(re.escape, t.split())), text))]
    taken = set(VENUES) & set(re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", text))
    taken |= {v for v in VENUES if v in text}
    town_for: dict[str, str] = {}
    for town in towns:
        town_for[town] = _pick(VENUES, town, taken)
        taken.add(town_for[town])
    people = sorted(set(re.findall(r"(?:Mr|Ms|Mrs|Dr|H\.E\.)\.? (?:[A-Z][a-z]+ )?([A-Z][a-z]{2,})\b", text)))
    people = [p for p in people if p not in towns]
    person_for = {p: _pick(SURNAMES, p, set(SURNAMES) & set(text.split())) for p in people}
    # one pass, so that a town put in is not replaced again; a town in capitals ("HELD IN BONN")
    # in capitals
    names = {**town_for, **person_for}
    names.update({old.upper(): new.upper() for old, new in town_for.items()})
    # a town with letters an RTF file escapes ("Bogot\\'e1"), as the file writes it
    names.update({_rtf_escaped(old): new for old, new in town_for.items() if _rtf_escaped(old) != old})
    towns_and_people = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{towns_and_people})(?![\w-]){_NAME_GOES_ON}") if names else None

    def text_sub(line: str) -> str:
        return pattern.sub(lambda m: names[m[0]], line) if pattern else line

    def key_sub(key: str) -> str:
        return key

    return Rewording(text_sub, key_sub)


def _case_aware(pairs: list[tuple[str, str]]) -> Callable[[str], str]:
    """One pass over a line: each phrase (matched in its own case, in capitals, or with a capital
    first letter) becomes its replacement in the same case."""
    table: dict[str, str] = {}
    for old, new in pairs:
        table[old] = new
        table[old.upper()] = new.upper()
        table[old[:1].upper() + old[1:]] = new[:1].upper() + new[1:]
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
                         + r")(?![\w-])")
    return lambda line: pattern.sub(lambda m: table[m[0]], line)


_OPERATIVE = _case_aware([
    ("Requests", "Also requests"), ("Also requests", "Further requests"),
    ("Further requests", "Requests further"),
    ("Invites", "Encourages"), ("Encourages", "Invites"), ("Also invites", "Further invites"),
    ("Urges", "Strongly urges"), ("Calls upon", "Requests"),
    ("decides to establish", "decides to create"), ("decided to establish", "decided to set up"),
    ("Decides to establish", "Decides to set up"),
    ("by which it established", "by which it created"), ("in which it established", "in which it created"),
    ("in which it requested", "in which it asked"), ("by which it requested", "by which it asked"),
])
_CITING = _case_aware([
    ("Recalling", "Reaffirming"), ("Recalling also", "Recalling further"),
    ("Recalling further", "Further recalling"), ("pursuant to", "in accordance with"),
    ("Endorses the recommendations", "Endorses the conclusions and recommendations"),
])


def operative(text: str, gold: list[Row]) -> Rewording:
    return Rewording(_OPERATIVE, lambda key: key)


def citing(text: str, gold: list[Row]) -> Rewording:
    return Rewording(_CITING, lambda key: key)


VARIANTS: dict[str, Callable[[str, list[Row]], Rewording]] = {
    "years": years, "sessions": sessions, "places": places, "operative": operative, "citing": citing,
}

_DATED = {"adopted_on", "held_on"}
_LITERAL = {"title", "held_in"}


_GRID_ROW = re.compile(r"^\s*\|.*\|\s*$")


def _in_grid_columns(line: str, reword: Callable[[str], str]) -> str:
    """A row of a fixed-width grid table ("| a | b |") reworded cell by cell, each cell padded or
    trimmed back to its width, so that the bars stay in their columns as a real table's do."""
    new = reword(line)
    if new == line or not _GRID_ROW.match(line):
        return new
    cells = line.split("|")
    out = []
    for cell in cells:
        changed = reword(cell)
        if len(changed) < len(cell):
            changed = changed + " " * (len(cell) - len(changed))
        elif len(changed) > len(cell):
            trimmed = changed.rstrip(" ")
            changed = trimmed + " " * max(len(cell) - len(trimmed), 1 if cell.endswith(" ") else 0)
        out.append(changed)
    return "|".join(out)


_COLUMN_GAP = re.compile(r"( {3,})")


def _in_space_columns(line: str, reword: Callable[[str], str]) -> str:
    """A line set in columns by spaces (pdftotext -layout, a plain-text table: "PC-67/2      Expert
    group …      17 June 2031") reworded cell by cell, each cell after a gap of three spaces or more
    starting in its old column (the gap widened or narrowed, never under two spaces), as a page
    laid out at fixed positions sets it: a longer word pushes no column to the right."""
    new = reword(line)
    if new == line:
        return new
    parts = _COLUMN_GAP.split(line)
    if len(parts) < 5:  # one gap inside: "8.        By decision …" moves nothing after it
        return new
    cells = [reword(cell) for cell in parts[0::2]]
    if "".join(cells) != "".join(_COLUMN_GAP.split(new)[0::2]):
        return new  # a rewording that reaches over a gap: left as the whole line reads
    out = cells[0]
    column = len(parts[0])
    for gap, cell, changed in zip(parts[1::2], parts[2::2], cells[1:]):
        column += len(gap)
        out += " " * max(column - len(out), 2) + changed
        column += len(cell)
    return out


def _fixed_width(lines: list[str], i: int) -> bool:
    """A row of a grid drawn to fixed widths ("| a   | b  |", "+---+"), not a Markdown pipe table
    ("| a | b |" under "|---|---|"), whose cells are as long as their words: a row beside it has
    its bars in the same columns."""
    bars = [k for k, c in enumerate(lines[i]) if c in "|+"]
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and lines[j].strip()[:1] in "|+" and lines[j].strip():
            if [k for k, c in enumerate(lines[j]) if c in "|+"] == bars:
                return True
    return False


_HYPHEN_END = re.compile(r"([A-Za-z]+)-$")


def _across_line_ends(lines: list[str], reword: Callable[[str], str]) -> list[str]:
    """A word hyphenated at a line's end ("four-" / "teenth meeting") reworded as the whole word
    it is, split again where its old tail began ("six" / "teenth meeting"), as a typesetter would
    hyphenate the new word. A compound broken at its own hyphen ("Forty-" / "Ninth Session", its
    tail capitalized) is reworded whole and broken again at its hyphen ("Fifty-" / "First")."""
    out = list(lines)
    for i in range(len(out) - 1):
        head = _HYPHEN_END.search(out[i].rstrip())
        tail = re.match(r"\s*([A-Za-z]+)", out[i + 1])
        if not head or not tail:
            continue
        compound = tail[1][0].isupper()
        after = out[i + 1][tail.end():]
        whole = head[1] + ("-" if compound else "") + tail[1]
        new = reword(whole + after)
        if not new.endswith(reword(after)) or new == whole + after:
            continue
        new_word = new[:len(new) - len(reword(after))] if reword(after) else new
        if not re.fullmatch(r"[A-Za-z-]+", new_word):
            continue
        if compound:
            if new_word.count("-") != 1:
                continue
            cut, rest = new_word.index("-"), new_word.index("-") + 1
        else:
            if len(new_word) <= len(tail[1]):
                continue
            cut = len(new_word) - len(tail[1]) if new_word.endswith(tail[1]) else len(head[1])
            rest = cut
        start = out[i].rstrip().rfind(head[0])
        out[i] = out[i][:start] + new_word[:cut] + "-" + out[i].rstrip()[start + len(head[0]):]
        out[i + 1] = out[i + 1][:tail.start(1)] + new_word[rest:] + after
    return out


def _pairs(across: dict[int, str]) -> list[tuple[int, int]]:
    """The pairs of lines `_across_line_breaks` changed (disjoint, each a line and the next)."""
    pairs: list[tuple[int, int]] = []
    for k in sorted(across):
        if not pairs or k > pairs[-1][1]:
            pairs.append((k, k + 1))
    return pairs


def _across_line_breaks(lines: list[str], reword: Callable[[str], str], taken: set[int]) -> dict[int, str]:
    """A phrase a wrapped paragraph breaks over two lines ("in New" / "York from", "in which it" /
    "requested") reworded as the sentence reads, the line break moved to before the phrase, as a
    converter wrapping the new words would break the line no later. Line index -> new line, for
    both lines of each such pair (already reworded: not to be reworded again)."""
    out: dict[int, str] = {}
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if i in out or i in taken or i + 1 in taken or not a.strip() or not b.strip() or a.rstrip().endswith("-") \
                or _GRID_ROW.match(a) or _GRID_ROW.match(b) or _COLUMN_GAP.search(a.strip()) or _COLUMN_GAP.search(b.strip()):
            continue
        head, tail = a.rstrip(), b.lstrip()
        joined = head + " " + tail
        new = reword(joined)
        if new == reword(head) + " " + reword(tail):
            continue
        # the last word of the first line before which the break reads as the whole sentence does
        starts = [m.start() for m in re.finditer(r"(?<= )\S", head)][::-1][:8]
        for cut in starts:
            first, second = reword(joined[:cut].rstrip()), reword(joined[cut:])
            if first + " " + second == new:
                out[i] = first
                out[i + 1] = b[:len(b) - len(tail)] + second
                break
    return out


_DASH_RULE = re.compile(r"^(\s*)(-{3,})((?: +-{3,})+)\s*$")
_FULL_RULE = re.compile(r"^\s*-{10,}\s*$")


def _ruled_tables(lines: list[str], reword: Callable[[str], str]) -> dict[int, str]:
    """The lines of tables whose columns a rule of dashes gives (pandoc's simple and multiline
    tables, a plain-text table under "-------  -----"), reworded cell by cell and laid out again
    as the tool would lay out the new words: a column as wide as its widest cell, the rule's dashes
    as long as the column. Line index -> new line, for the lines of such tables that change."""
    out: dict[int, str] = {}
    for r, rule in enumerate(lines):
        m = _DASH_RULE.match(rule)
        if not m:
            continue
        starts = [k.start() for k in re.finditer(r"-+", rule)]
        ends = [k.end() for k in re.finditer(r"-+", rule)]
        first = r - 1 if r > 0 and lines[r - 1].strip() and not _FULL_RULE.match(lines[r - 1]) else r
        multiline = first > 0 and bool(_FULL_RULE.match(lines[first - 1]))
        last = r
        while last + 1 < len(lines) and not _FULL_RULE.match(lines[last + 1]) and not _DASH_RULE.match(lines[last + 1]) \
                and (lines[last + 1].strip() or multiline and last + 2 < len(lines) and lines[last + 2].strip()):
            last += 1
        rows = [i for i in range(first, last + 1) if i != r and lines[i].strip()]

        def cells(line: str) -> list[str]:
            bounds = starts[1:] + [max(len(line), ends[-1])]
            return [line[a:b] for a, b in zip(starts, bounds)]

        new_cells = {i: [reword(c.rstrip()) for c in cells(lines[i])] for i in rows}
        if all(new_cells[i] == [c.rstrip() for c in cells(lines[i])] for i in rows):
            continue
        widths = [max([ends[c] - starts[c]] + [len(new_cells[i][c]) for i in rows]) for c in range(len(starts))]
        gaps = [starts[c + 1] - ends[c] for c in range(len(starts) - 1)] + [0]
        lead = m[1]
        out[r] = lead + "".join("-" * w + " " * g for w, g in zip(widths, gaps)).rstrip()
        for i in rows:
            out[i] = (lines[i][:len(lead)] + "".join(cell.ljust(w) + " " * g
                                                     for cell, w, g in zip(new_cells[i], widths, gaps))).rstrip()
    return out


def _requoted(quote: str, where: str) -> str:
    """A quote whose words stand on its line with other gaps (a column moved back to its place):
    the line's own span, matched word for word with any run of two spaces or more."""
    if quote in where:
        return quote
    pattern = r" {2,}".join(re.escape(piece) for piece in re.split(r" {2,}", quote))
    found = re.search(pattern, where)
    if not found:  # a table laid out again: a cell that filled its column now has a gap after it
        found = re.search(r" +".join(re.escape(word) for word in quote.split(" ") if word), where)
    return found[0] if found else quote


def _requoted_in_context(quote: str, old_lines: list[str], span: tuple[int, int], spanned: str,
                         reword: Callable[[str], str]) -> str:
    """A quote over several lines whose words the rewording moves only with the words before it
    ("requested" after "by which it"), or not at all when a line's end breaks the phrase ("pur-" /
    "suant to"): reworded with the span's text before it, else kept as written."""
    before = joined_lines(old_lines, *span)
    at = before.find(quote)
    if at > 0:
        context = before[:at]
        moved = reword(context + quote)
        if moved.startswith(reword(context)) and moved[len(reword(context)):] in spanned:
            return moved[len(reword(context)):]
    return quote


def reworded(text: str, gold: list[Row], variant: str,
             rewording: Rewording | None = None) -> tuple[str, list[Row], Rewording]:
    """The document's text and gold under one variant (text line by line, never a line break more);
    a reference-data variant (bodies, prefix) passes its own `rewording` (see `body_table`)."""
    if rewording is None:
        rewording = VARIANTS[variant](text, gold)
    old_lines = text.split("\n")
    lines = _across_line_ends(old_lines, rewording.text)
    ruled = _ruled_tables(lines, rewording.text)
    across = _across_line_breaks(lines, rewording.text, set(ruled))
    for row in gold:
        # a quote of one line that was a piece of the moved phrase ("established the X" under "by
        # which it"): that pair keeps its break, reworded line by line
        n = int(row["line"]) - 1
        if "span_lines" not in row and n in across and rewording.text(str(row["quote"])) not in across[n]:
            pair = next(p for p in _pairs(across) if n in p)
            across = {k: v for k, v in across.items() if k not in pair}
    ruled.update(across)
    lines = [ruled[i] if i in ruled
             else _in_grid_columns(line, rewording.text) if _GRID_ROW.match(line) and _fixed_width(lines, i)
             else rewording.text(line) if _GRID_ROW.match(line)
             else _in_space_columns(line, rewording.text) for i, line in enumerate(lines)]
    new_gold: list[Row] = []
    for row in gold:
        new = dict(row)
        new["quote"] = rewording.text(str(row["quote"]))
        if "span_lines" not in row and 1 <= int(row["line"]) <= len(lines):
            new["quote"] = _requoted(new["quote"], lines[int(row["line"]) - 1])
        elif "span_lines" in row:
            # a phrase the rewording moves only whole ("requested" after "by which it", "pur-" /
            # "suant to" hyphenated at a line's end) and that the span's lines keep as written
            first, last = row["span_lines"]
            spanned = joined_lines(lines, int(first), int(last))
            if new["quote"] not in spanned:
                new["quote"] = _requoted_in_context(str(row["quote"]), old_lines, (int(first), int(last)),
                                                    spanned, rewording.text)
        new["s"] = rewording.key(str(row["s"])) if row["p"] != "mentions" else row["s"]
        if row["p"] in _LITERAL:
            new["o"] = rewording.text(str(row["o"]))
        elif row["p"] in _DATED:
            new["o"] = _years(str(row["o"])) if variant == "years" else row["o"]
        else:
            new["o"] = rewording.key(str(row["o"]))
        new_gold.append(new)
    return "\n".join(lines), new_gold, rewording


def gold_problems(text: str, gold: list[Row], src: str) -> list[str]:
    """check_gold's problems of each row (quote not on its line, key shapes)."""
    lines = text.split("\n")
    return [f"{row['line']}: {p}" for row in gold for p in row_problems(row, lines, src)]


def read_gold(path: Path) -> list[Row]:
    return [json.loads(raw) for raw in path.read_text(encoding="utf-8").splitlines() if raw.strip()]


# --- bodies: the document's own body renamed (text, gold, reference data together) ----------

@dataclass(frozen=True)
class Reference:
    """What a reference-data variant reads beside the text: the gold keys' names (the folder's and
    the shared keys.json), the folder's reference data (file name -> Turtle text) and the labels of
    the bodies the package ships (which a folder's .ttl cannot rename)."""
    names: dict[str, list[str]]
    ttl: dict[str, str]
    shipped_labels: frozenset[str]


@dataclass(frozen=True)
class OwnBody:
    key: str               # the gold key ("NEW:ESCAP")
    pref_label: str
    names: tuple[str, ...]      # full names (prefLabel, long altLabels, keys.json names)
    acronyms: tuple[str, ...]   # "ESCAP", "UN-GGIM", template letters "BC" of "BC-{session}/{number}"
    prefixes: tuple[str, ...]   # symbol series "E/CN.7", "UNEP/CPR"
    ttl_file: str | None
    iri: str = ""               # "<body/escap>", its block's subject in ttl_file


_BLOCK = re.compile(r"^<body/[^>]*> a mg:Body ;.*?\.\s*$", re.MULTILINE | re.DOTALL)
_LITERAL_OF = re.compile(r'(skos:prefLabel|skos:altLabel|mg:shortName|mg:symbolPrefix|mg:numberTemplate)\s+((?:"[^"]*"(?:@en)?\s*,?\s*)+)')
_QUOTED = re.compile(r'"([^"]*)"')
_ACRONYM = re.compile(r"^[A-Z][A-Za-z-]*[A-Z]$")


def _block_values(block: str, field: str) -> list[str]:
    return [v for m in _LITERAL_OF.finditer(block) if m[1] == field for v in _QUOTED.findall(m[2])]


_GENERIC_WORDS = {"of", "the", "to", "States", "Parties", "Contracting", "Trustees", "Ministers", "Experts",
                  "Conference", "Meeting", "Commission", "Committee", "Subcommittee", "Council", "Assembly",
                  "Board", "Congress", "Plenary", "Forum", "Panel", "Group", "Mechanism", "Authority",
                  "General", "Executive", "Governing", "Standing", "Legal", "Regional", "Permanent", "Advisory"}


def _generic(name: str) -> bool:
    """A name of the body's kind that many bodies share ("Executive Board", "Legal Subcommittee",
    "Conference of the Contracting Parties", "Board of Trustees"): a short name, kept."""
    return all(w in _GENERIC_WORDS for w in name.split())


def own_body(gold: list[Row], reference: Reference) -> OwnBody | None:
    """The body whose gatherings the gold names most (what the document is the body's own of), with
    its names from keys.json and from the folder's reference data; None if it has none."""
    counts: dict[str, int] = {}
    for row in gold:
        if row["p"] == "meeting_of":
            counts[str(row["o"])] = counts.get(str(row["o"]), 0) + 1
    if not counts:
        return None
    key = max(sorted(counts), key=lambda k: counts[k])
    key_names = reference.names.get(key, [])
    if not key_names:
        return None
    wanted = {n.lower() for n in key_names}
    block, ttl_file = "", None
    for name, text in sorted(reference.ttl.items()):
        for m in _BLOCK.finditer(text):
            if any(label.lower() in wanted for label in _block_values(m[0], "skos:prefLabel")):
                block, ttl_file = m[0], name
                break
        if ttl_file:
            break
    labels = _block_values(block, "skos:prefLabel") + _block_values(block, "skos:altLabel")
    pref = labels[0] if labels else key_names[0]
    acronyms = [a for a in labels if _ACRONYM.match(a) and len(a) <= 9]
    for template in _block_values(block, "mg:numberTemplate"):
        if letters := re.match(r"^([A-Z][A-Za-z]{1,8})[-.]?\{session\}", template):
            acronyms.append(letters[1])
    names = [n for n in dict.fromkeys(labels + key_names)
             if n not in acronyms and len(n.split()) >= 2 and not n.lower().startswith("the ")
             and not _generic(n)]
    iri = block.split(" ", 1)[0] if block else ""
    return OwnBody(key, pref, tuple(sorted(names, key=len, reverse=True)), tuple(dict.fromkeys(acronyms)),
                   tuple(_block_values(block, "mg:symbolPrefix")), ttl_file, iri)


_KIND = re.compile(r"\b(Conference|Meeting|Commission|Committee|Subcommittee|Council|Assembly|Board|"
                   r"Congress|Plenary|Forum|Panel|Group|Mechanism|Authority)\b", re.IGNORECASE)
# words before the kind that say what kind of body it is, not whose ("Executive Council",
# "open-ended intergovernmental working group"; not "World Health Assembly")
_KEPT_BEFORE_KIND = {"general", "executive", "governing", "standing", "legal", "regional", "statistical",
                     "intergovernmental", "permanent", "programme", "coordinating", "audit", "advisory",
                     "economic", "and", "social", "industrial", "development", "trade", "working",
                     "open-ended", "expert", "ad", "hoc", "informal", "technical"}
_OF_KINDS = {"Council", "Assembly", "Board", "Congress", "Plenary", "Authority"}


# Invented topics and organizations (letters for acronyms and symbol series), one per body,
# picked by the body's key so that bodies loaded together rarely share one.
TOPICS = (("Coastal Resilience", "CR"), ("Mountain Ecosystems", "ME"), ("Desert Agriculture", "DA"),
          ("Polar Research", "PR"), ("Inland Navigation", "IN"), ("Glacier Monitoring", "GM"),
          ("Tidal Energy", "TE"), ("Soil Restoration", "SR"))
ORGANIZATIONS = (("International Rail Union", "IRU"), ("International Lighthouse Union", "ILU"),
                 ("World Bridge Organization", "WBO"), ("International Seed Union", "ISU"),
                 ("Global Tide Organization", "GTO"), ("International Canal Union", "ICU"))


def invented_body(body: OwnBody) -> tuple[str, str, str, str]:
    """An invented body of the same kind: (full name, acronym, symbol prefix, topic), e.g.
    "Commission on Narcotic Drugs" -> ("Commission on Coastal Resilience", "CCR", "CCR", ...),
    "Governing Council of IFAD" -> ("Governing Council of the International Rail Union", "IRUC",
    "IRU/C", ...), "Conference of the Parties to the Basel Convention" -> ("Conference of the Parties
    to the Convention on Coastal Resilience", "CCR", "CCR/COP", ...)."""
    pick = int(hashlib.sha1(body.key.encode()).hexdigest(), 16)
    topic, letters = TOPICS[pick % len(TOPICS)]
    org, org_letters = ORGANIZATIONS[pick % len(ORGANIZATIONS)]
    name = body.pref_label
    if m := re.match(r"^(Conference|Meeting) of (?:the )?(?:States )?(?:Parties|Contracting Parties)\b", name):
        kind = m[0]
        acronym = "C" + letters
        # the series keeps its gathering's letters: "ATT/CSP" -> "CSR/CSP", "CBD/COP" -> "CCR/COP"
        own_letters = body.prefixes[0].rsplit("/", 1)[-1] if body.prefixes and "/" in body.prefixes[0] else ""
        series = own_letters if re.fullmatch(r"[A-Z]{2,4}", own_letters) else ("COP" if m[1] == "Conference" else "MOP")
        return f"{kind} to the Convention on {topic}", acronym, f"{acronym}/{series}", topic
    m = _KIND.search(name)
    if not m:
        return f"Commission on {topic}", "C" + letters, "C" + letters, topic
    before = name[:m.start()].split()
    kept = " ".join(before) + " " if before and all(w.lower() in _KEPT_BEFORE_KIND for w in before) else ""
    head = m[1]
    if head.capitalize() in _OF_KINDS:
        return f"{kept}{head} of the {org}", f"{org_letters}{head[0]}", f"{org_letters}/{head[0]}", org
    return f"{kept}{head} on {topic}", head[0] + letters, head[0] + letters, topic


def _organization_letters(body: OwnBody) -> str:
    """The letters of the invented organization `invented_body` picks for the body."""
    pick = int(hashlib.sha1(body.key.encode()).hexdigest(), 16)
    return ORGANIZATIONS[pick % len(ORGANIZATIONS)][1]


def _changed_prefix(prefix: str) -> str:
    """The same series, another number or letter: "E/CN.7" -> "E/CN.19", "UNEP/CPR" -> "UNXP/CPR"."""
    if m := list(re.finditer(r"\d+", prefix)):
        last = m[-1]
        return prefix[:last.start()] + str(int(last[0]) + 12) + prefix[last.end():]
    # the first part of three letters or more ("UNEP", not the organ's "E" of "E/ECA/CM")
    parts = prefix.split("/")
    for i, part in enumerate(parts):
        if len(part) >= 3 and part.isalpha():
            parts[i] = part[:2] + ("X" if part[2] != "X" else "Q") + part[3:]
            return "/".join(parts)
    return prefix + "X"


def _table_sub(table: dict[str, str], follows: dict[str, str] | None = None) -> Callable[[str], str]:
    """One pass over a line: each old string (a name, an acronym, a symbol prefix) becomes its new
    one, not inside a longer word or symbol ("CPC" not in "UNCPC", "E/CN.7" not in "E/CN.71");
    `follows` gives what must come after an old string (a symbol prefix only where a symbol goes
    on: "A/34/1", "A 34/Res.1", "EB156", not a lone "A")."""
    if not table:
        return lambda line: line
    follows = follows or {}
    # a name or acronym ends at a word's end, but a body's letters may run into a session's
    # figures ("EB168.R2", "IPCC-66"); a prefix by what `follows` says
    branches = [re.escape(k) + follows.get(k, r"(?![\w])" if " " in k else r"(?![A-Za-z])")
                for k in sorted(table, key=len, reverse=True)]
    pattern = re.compile(r"(?<![\w/.])(?:" + "|".join(branches) + r")")
    return lambda line: pattern.sub(lambda m: table[m[0]], line)


_PARTIES_TO = re.compile(r"^(?:Conference|Meeting) of (?:the )?(?:States )?(?:Parties|Contracting Parties) to (?:the )?(?P<treaty>[A-Z].+)$")


def _name_table(body: OwnBody) -> dict[str, str]:
    new_name, new_acronym, new_prefix, topic = invented_body(body)
    table: dict[str, str] = {}
    if (parties := _PARTIES_TO.match(body.pref_label)) and new_name.endswith(f"Convention on {topic}"):
        # the treaty a conference of its parties is named after is renamed with it: a masthead's
        # "ARMS TRADE TREATY" over "Conference of States Parties to the Convention on ..." would
        # name two instruments
        treaty = parties["treaty"]
        table[treaty] = f"Convention on {topic}"
        table[treaty.upper()] = f"Convention on {topic}".upper()
    for old in body.names:
        new = new_name if old[:1].isupper() else new_name[:1].lower() + new_name[1:]
        table[old] = new
        table[old.upper()] = new.upper()
    for old in body.acronyms:
        table[old] = new_acronym
    for i, old in enumerate(sorted(body.prefixes, key=len)):
        new = new_prefix if i == 0 else f"{new_prefix}/{old.rsplit('/', 1)[-1]}"
        head, _, last = old.rpartition("/")
        if head and last in body.acronyms and new == new_acronym:
            # an organization's letters before the body's own ("CTBT/PC-67/1", the report, beside
            # "decision PC-67/2"): the series keeps two parts, or a document's symbol would read as
            # a decision's number, which no body's series does
            new = f"{_organization_letters(body)}/{new_acronym}"
        table[old] = new
    return {old: new for old, new in table.items() if old != new}


_SYMBOL_GOES_ON = r"(?=/|(?:[ .(\u00a0-]|&nbsp;)?\d)"
_NAME_ENDS = r"(?![\w])(?!\s+(?:on|of|to|for|against|in|ON|OF|TO|FOR|AGAINST|IN)\s+(?:the\s+|THE\s+)?[A-Z])"


def prefix_keys(body: OwnBody | None, table: dict[str, str], variant: str) -> dict[str, str]:
    """What must follow each symbol prefix of the table. Renaming a body, a prefix that is also its
    acronym ("IPCC") is renamed wherever it stands ("IPCC-LXIV-5", "the IPCC Bureau"); changing
    only the series, such a prefix changes only before a "/" ("IPCC-66" names the session)."""
    if body is None:
        return {}
    follows: dict[str, str] = {}
    for key in table:
        if " " in key:
            # a name that goes on is another body's ("Conference of the Parties to the Convention"
            # before "on Biological Diversity")
            follows[key] = _NAME_ENDS
            continue
        if key not in body.prefixes:
            continue
        if key in body.acronyms:
            if variant == "prefix":
                follows[key] = r"(?=/)"
            else:
                follows[key] = r"(?![A-Za-z])"
        else:
            follows[key] = _SYMBOL_GOES_ON
    return follows


def _keyed(text_sub: Callable[[str], str]) -> Callable[[str], str]:
    """Gold keys: a body's, a gathering's and an instrument's keys are names of the gold, kept; a
    document's symbol is text and goes through the substitution."""
    def key_sub(key: str) -> str:
        if "/" not in key or _GATHERING_KEY.search(key) or _INSTRUMENT_KEY.match(key):
            return key
        return text_sub(key)
    return key_sub


def _ttl_sub(text_sub: Callable[[str], str]) -> Callable[[str], str]:
    """The reference data: every label, short name, symbol prefix and number template through the
    substitution (a subsidiary's "Executive Secretary of ESCAP" with its parent)."""
    def literal_line(m: re.Match[str]) -> str:
        return m[1] + " " + _QUOTED.sub(lambda q: '"' + text_sub(q[1]) + '"', m[2])
    return lambda ttl: _LITERAL_OF.sub(literal_line, ttl)


def _prefixes_of_others(body: OwnBody, reference: Reference) -> set[str]:
    """The symbol prefixes and number templates' leading letters of every other body."""
    shared: set[str] = set()
    for text in reference.ttl.values():
        for m in _BLOCK.finditer(text):
            if body.iri and m[0].startswith(body.iri + " "):
                continue
            shared.update(_block_values(m[0], "mg:symbolPrefix"))
            for template in _block_values(m[0], "mg:numberTemplate"):
                shared.update(p for p in body.prefixes if template.startswith(p))
    return shared


def body_table(gold: list[Row], reference: Reference, variant: str) -> tuple[OwnBody | None, dict[str, str], str]:
    """The own body, its substitution table under `variant` ("bodies" or "prefix"), and why a
    document is left out ("" if it is not)."""
    body = own_body(gold, reference)
    if body is None:
        return None, {}, "no own body (no meeting_of in the gold, or no names)"
    if reference.shipped_labels & {n.lower() for n in (body.pref_label, *body.names)}:
        return body, {}, f"own body {body.key} is in the shipped reference data"
    # a series another body shares ("ISBA/32/C/9", the Council's, beside the Assembly's "ISBA/32/A/1")
    # stays: renaming it would rename that body's symbols too
    shared = _prefixes_of_others(body, reference)
    body = OwnBody(body.key, body.pref_label, body.names, body.acronyms,
                   tuple(p for p in body.prefixes if p not in shared), body.ttl_file, body.iri)
    if variant == "prefix":
        # a series written as the body's acronym ("IPCC-66", "EB170/14", "EB168.R2") is not only a
        # series: changing it would change the body's name too (the bodies variant does that)
        table = {p: _changed_prefix(p) for p in body.prefixes if p not in body.acronyms}
        if not table:
            return body, {}, f"own body {body.key} has no symbolPrefix other than its acronym"
        return body, table, ""
    table = _name_table(body)
    return body, table, "" if table else f"own body {body.key}: no name to change"


def rename_with(table: dict[str, str], follows: dict[str, str] | None = None) -> Rewording:
    text_sub = _table_sub(table, follows)
    return Rewording(text_sub, _keyed(text_sub))


def reference_sub(table: dict[str, str], body: OwnBody | None,
                  follows: dict[str, str] | None = None) -> Callable[[str], str]:
    """The reference data's literals as the text, in the body's own block and its subsidiaries'
    ("Executive Secretary of ESCAP"), not in another body's (another body's prefix "A", "IFAD
    Executive Board"); a literal that is the whole prefix ("A", "IPBES") changes too."""
    follows = {k: f"(?:{v}|$|(?=[ .(/-]?\\{{))" for k, v in (follows or {}).items()}
    whole = _ttl_sub(_table_sub(table, follows))
    own = body.iri if body is not None else "\0"

    def sub(ttl: str) -> str:
        def block(m: re.Match[str]) -> str:
            mine = m[0].startswith(own + " ") or f"org:subOrganizationOf {own}" in m[0]
            return whole(m[0]) if mine else m[0]
        return _BLOCK.sub(block, ttl)
    return sub


REFERENCE_VARIANTS = ("bodies", "prefix")


_CONVENTION = re.compile(r"^\[\] a mg:NumberingConvention ;.*?\.\s*$", re.MULTILINE | re.DOTALL)


def shipped_numbering(body: OwnBody, root: Path = ROOT) -> list[tuple[str, str]]:
    """The numbering conventions the package ships for this body, which name it (by a name or a
    symbol series) instead of hanging on it: (template, kind). A body renamed loses them, as a new
    body would not have them; the renamed body's reference data carries them as its own."""
    text = (root / "ontology" / "reference" / "numbering.ttl").read_text(encoding="utf-8")
    mine = {n.lower() for n in (body.pref_label, *body.names)} | {p.lower() for p in body.prefixes}
    found = []
    for m in _CONVENTION.finditer(text):
        named = {v.lower() for v in _QUOTED.findall(m[0].split("mg:numberTemplate")[0])}
        if named & mine:
            template = re.search(r'mg:numberTemplate "([^"]*)"', m[0])
            kind = re.search(r'mg:instrumentKind "([^"]*)"', m[0])
            if template and kind:
                found.append((template[1], kind[1]))
    return found


def with_numbering(ttl: str, body: OwnBody, conventions: list[tuple[str, str]]) -> str:
    """The body's block in `ttl` with the conventions as its own mg:instrumentNumbering."""
    if not conventions or not body.iri:
        return ttl
    for m in _BLOCK.finditer(ttl):
        if m[0].startswith(body.iri + " "):
            extra = " ,\n        ".join(f'[ mg:numberTemplate "{t}" ; mg:instrumentKind "{k}" ]' for t, k in conventions)
            block = m[0].rstrip()
            new = block[:-1].rstrip() + f" ;\n    mg:instrumentNumbering {extra} ."
            return ttl[:m.start()] + new + ttl[m.start() + len(block):]
    return ttl


def shipped_labels(root: Path = ROOT) -> frozenset[str]:
    labels: set[str] = set()
    # the files every load reads: not optional/, which a run loads only when asked (its bodies, the
    # unseen set's own among them, are renamed like any other)
    for ttl in (root / "ontology" / "reference").glob("*.ttl"):
        for m in _BLOCK.finditer(ttl.read_text(encoding="utf-8")):
            labels |= {v.lower() for v in _block_values(m[0], "skos:prefLabel") + _block_values(m[0], "skos:altLabel")}
    return frozenset(labels)
