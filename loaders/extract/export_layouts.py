"""Texts that reach the loader wrapped in another format's syntax, unwrapped before cleaning
reads lines. Each pass is told by the shape of the whole text, never by who wrote it, and maps
every character of its result back to the character it came from, so evidence (line numbers,
quotes) still points into the file as read:

- **markup** (an XML export such as Akoma Ntoso, an HTML page saved as text): where most lines
  that hold anything are tags, tags go (a line that only held tags becomes blank, so an element
  a line stays a paragraph of its own), character entities (``&#8220;``, ``&#x2013;``,
  ``&amp;``, ``&nbsp;``) become their characters, the indentation of the tree goes, and a number
  element alone on its line ("<num>2.</num>") is joined to the text of the line after it.
- **JSON export** (``json.dumps(indent=...)`` of a record): where the whole text parses as
  JSON and is laid out one value a line, a string value with the field ``text`` (or one inside
  a list) becomes the string alone, another string field "Field name<tab>value" (as the CSV
  export pass writes a record's field), punctuation and brackets go; escapes (``\\u2014``,
  ``\\"``, ``\\n``) become their characters.
- **captions** (WebVTT, SubRip): where the text opens with ``WEBVTT`` or is a run of numbered
  cues with ``-->`` timing lines, the header, cue numbers, timings, voice tags (``<v Chair>``)
  and the blank lines between cues go, so a sentence spoken across cues reads as one paragraph;
  a new speaker opens a new paragraph, and so does a cue after one that ended a sentence when
  the pause between them is long. Bracketed sound cues ("[gavel]") go.
- **YAML export** (a record of a document-management system): where nearly every line is a
  "key: value", a list item or a block scalar's, comments, markers and the keys opening a
  mapping or list go; block scalars ("text: |") are their text; a field "Key<tab>value"; an
  item of a list of instruments ("decisions:") is headed "Decision <number>", then its title; a
  listed document "SYMBOL – note".
- **reStructuredText** (a documentation page's source): where the text has explicit markup
  (".. note::", ".. _target:") with more of its signs (field lists, "#." items), targets,
  comments, section adornments and directives that render no text go, an admonition keeps its
  content, a field ":Venue: Geneva" becomes "Venue<tab>Geneva", "#." items are numbered in
  each list, and inline markup (roles, links, literals, strong, emphasis, footnote references)
  keeps its text.
"""

from __future__ import annotations

import bisect
import html
import json
import re
import unicodedata

from mandate_graph.loaders.extract.calendars import calendar_layout
from mandate_graph.loaders.extract.characters import ENTITY, apply_changes
from mandate_graph.loaders.extract.dublin_core import dublin_core_changes
from mandate_graph.loaders.extract.feeds import feed_changes
from mandate_graph.loaders.extract.form_fields import form_field_dump
from mandate_graph.loaders.extract.html_pages import html_page_changes
from mandate_graph.loaders.extract.list_rowsets import rowset_layout
from mandate_graph.loaders.extract.marc_records import marc_changes, marc_xml_changes
from mandate_graph.loaders.extract.json_payloads import instrument_heading, is_payload, payload_changes, run_in_paragraph_changes

Changes = list[tuple[int, int, str | None]]

# --------------------------------------------------------------------------- markup

_TAG = re.compile(r"<!--.*?-->|<\?[^>]*\?>|<!\[CDATA\[|\]\]>|<![A-Za-z][^>]*>|</?[A-Za-z][\w:.\-]*(?:\s[^<>]*?)?/?>", re.S)
_TAG_LINE = re.compile(r"^\s*<")
_NUMBER_ELEMENT = re.compile(r"^\s*<(num|label)\b[^>]*>[^<]{1,24}</\1>\s*$")
_SHARE_OF_TAG_LINES = 0.6
_FEWEST_TAG_LINES = 8


def _is_markup(lines: list[str]) -> bool:
    filled = [line for line in lines if line.strip()]
    if len(filled) < _FEWEST_TAG_LINES:
        return False
    tagged = sum(1 for line in filled if _TAG_LINE.match(line) and _TAG.search(line))
    return tagged >= _SHARE_OF_TAG_LINES * len(filled)


def _entity(match: re.Match[str]) -> str | None:
    meant = html.unescape(match.group(0))
    if meant == match.group(0):
        return None
    # a no-break space is a space to every later pass
    return meant.replace("\u00a0", " ")


def markup_changes(text: str) -> Changes:
    if text.count("<") < _SHARE_OF_TAG_LINES * _FEWEST_TAG_LINES:
        return []  # too few "<" for the tagged lines `_is_markup` needs: most texts are done here
    lines = text.split("\n")
    if not _is_markup(lines):
        return []
    changes: Changes = []
    position = 0
    for index, line in enumerate(lines):
        start = position
        position += len(line) + 1
        if not line.strip():
            continue
        # a number element alone on its line belongs to the text of the next line
        join_next = (
            _NUMBER_ELEMENT.match(line) is not None
            and index + 1 < len(lines)
            and bool(_TAG.sub("", lines[index + 1]).strip())
        )
        inner: Changes = []
        for m in _TAG.finditer(line):
            inner.append((start + m.start(), start + m.end(), ""))
        for m in ENTITY.finditer(line):
            meant = _entity(m)
            if meant is not None:
                inner.append((start + m.start(), start + m.end(), meant))
        # the tree's indentation: the leading white space, and white space between tags at the
        # start of the text ("<p>   Text")
        indent = len(line) - len(line.lstrip())
        if indent:
            inner.append((start, start + indent, ""))
        if join_next:
            next_line = lines[index + 1]
            next_indent = len(next_line) - len(next_line.lstrip())
            inner.append((start + len(line), start + len(line) + 1 + next_indent, " "))
        elif _TAG_LINE.match(line) and start + len(line) < len(text):
            # an element a line: a paragraph of its own, not a wrapped line of the one above
            inner.append((start + len(line), start + len(line) + 1, "\n\n"))
        changes.extend(inner)
    return changes


# --------------------------------------------------------------------------- JSON export

_JSON_LINE = re.compile(
    r'^(?P<indent>[ \t]*)(?:"(?P<key>(?:[^"\\]|\\.)*)"\s*:\s*)?(?P<value>"(?:[^"\\]|\\.)*"|[\[\]{}]|[^,\[\]{}]*?)\s*(?P<close>[\]}]?)\s*,?\s*$'
)
_ESCAPE = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|(["\\/bfnrt]))')
_SIMPLE_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "", "f": "", "n": " ", "r": "", "t": " "}
_CODE = re.compile(r"^[a-z][a-z0-9]*(?:[_\-][a-z0-9]+)*$")
# keys whose string is the text itself, not a field of a record
_TEXT_KEYS = frozenset({"text", "body", "content", "value", "paragraph", "paragraphs", "html", "markdown"})


def _is_json_export(text: str) -> bool:
    stripped = text.strip()
    if not stripped or stripped[0] not in "[{" or "\n" not in stripped:
        return False
    try:
        json.loads(stripped)
    except (ValueError, RecursionError):  # (nested deeper than the parser goes: no export)
        return False
    return True


def _string_changes(text: str, start: int, end: int) -> Changes:
    """The changes that make the escapes of the JSON string text[start:end] (inside its quotes)
    their characters."""
    changes: Changes = []
    for m in _ESCAPE.finditer(text, start, end):
        if m.group(1) is not None:
            code = int(m.group(1), 16)
            meant = chr(code) if not 0xD800 <= code <= 0xDFFF else "\ufffd"
            meant = meant.replace("\u00a0", " ")
        else:
            meant = _SIMPLE_ESCAPES[m.group(2)]
        changes.append((m.start(), m.end(), meant))
    return changes


# an object of a gathering's fields ("session": {...}) and the field naming it ("label": "Ninety-third session")
_GATHERING_KEYS = frozenset({"session", "meeting", "gathering"})
_LABEL_KEYS = frozenset({"label", "name", "title"})
_SYMBOL_KEYS = frozenset({"symbol", "document_symbol", "doc_symbol", "document"})
_TITLE_KEYS = frozenset({"title", "document_title", "name"})


def _titled_symbol(lines: list[str], index: int, m: re.Match[str]) -> re.Match[str] | None:
    """The next line's match when this line is a symbol field and the next one its title."""
    if (m.group("key") or "").lower() not in _SYMBOL_KEYS or not m.group("value").startswith('"') or m.group("close"):
        return None
    if index + 1 >= len(lines):
        return None
    following = _JSON_LINE.match(lines[index + 1])
    if following is None or (following.group("key") or "").lower() not in _TITLE_KEYS:
        return None
    if not following.group("value").startswith('"') or len(following.group("value")) < 3:
        return None
    return following


def _record_heading(lines: list[str], index: int) -> str | None:
    """"Resolution" when the object whose field line ``index`` is (a record of a list) has a field
    saying it is a resolution ("type": "resolution"), read from the lines of the same indentation
    before and after it, to the object's brackets."""
    indent = len(lines[index]) - len(lines[index].lstrip())
    for step in (-1, 1):
        i = index + step
        while 0 <= i < len(lines):
            line = lines[i]
            if not line.strip():
                i += step
                continue
            depth = len(line) - len(line.lstrip())
            if depth < indent:
                break  # the object's bracket
            m = _JSON_LINE.match(line) if depth == indent else None
            if m is not None and m.group("key") and m.group("value").startswith('"'):
                heading = instrument_heading(m.group("key"), m.group("value")[1:-1])
                if heading is not None:
                    return heading
            i += step
    return None


def indent_of(line: str) -> int:
    return len(line) - len(line.lstrip())


def _one_value_a_line(text: str) -> bool:
    return all(_JSON_LINE.match(line) for line in text.split("\n") if line.strip())


def json_export_changes(text: str) -> Changes:
    if not _is_json_export(text) or not _one_value_a_line(text):
        # a payload laid out otherwise (minified, an object a line, JSON Lines): token by token
        stripped = text.lstrip()
        return payload_changes(text) if stripped[:1] in ("{", "[") and is_payload(text) else []
    changes: Changes = []
    position = 0
    keys: list[str | None] = []  # the key of each open list or object
    lines = text.split("\n")
    skip_to = -1
    instrument_record: int | None = None  # the indentation of a resolution's record's fields, inside one
    for index, line in enumerate(lines):
        start = position
        position += len(line) + 1
        if index <= skip_to or not line.strip():
            continue
        m = _JSON_LINE.match(line)
        if m is None:
            # a value that is not one a line: leave the line as it is
            continue
        key = m.group("key")
        value = m.group("value")
        value_start = start + m.start("value")
        if (key or "").lower() in _SYMBOL_KEYS and value.startswith('"') and len(value) > 2 and (
            heading := _record_heading(lines, index)
        ) is not None:
            # a record of a resolution in a list of records: "Resolution AFR/RC79/R1", a heading,
            # as a compilation prints it, its title a line of its own under it (E112)
            changes.append((start, value_start + 1, heading + " "))
            changes.extend(_string_changes(text, value_start + 1, value_start + len(value) - 1))
            changes.append((value_start + len(value) - 1, start + len(line), ""))
            changes.append((start + len(line), min(start + len(line) + 1, len(text)), "\n\n"))
            instrument_record = indent_of(line)
            continue
        if instrument_record is not None and indent_of(line) < instrument_record:
            instrument_record = None  # the record's object closes
        titled = _titled_symbol(lines, index, m) if instrument_record is None else None
        if titled is not None:
            # {"symbol": "X/1", "title": "Report of ..."}: a document listed with its title,
            # "X/1 – Report of ...", as a list of related documents prints it
            title_m = titled
            title_start = position + title_m.start("value")
            changes.append((start, value_start + 1, ""))
            changes.extend(_string_changes(text, value_start + 1, value_start + len(value) - 1))
            changes.append((value_start + len(value) - 1, title_start + 1, " \u2013 "))
            title_value = title_m.group("value")
            changes.extend(_string_changes(text, title_start + 1, title_start + len(title_value) - 1))
            next_end = position + len(lines[index + 1])
            changes.append((title_start + len(title_value) - 1, next_end, ""))
            changes.append((next_end, min(next_end + 1, len(text)), "\n\n"))
            skip_to = index + 1
            continue
        if value in ("[", "{"):
            keys.append(key if key is not None else (keys[-1] if keys else None))
            changes.append((start, start + len(line), ""))
            continue
        if value in ("]", "}"):
            if keys:
                keys.pop()
            changes.append((start, start + len(line), ""))
            continue
        if not value.startswith('"'):
            # numbers, booleans, null: no text
            changes.append((start, start + len(line), ""))
            continue
        inner_start, inner_end = value_start + 1, value_start + len(value) - 1
        if inner_end <= inner_start:
            changes.append((start, start + len(line), ""))
            continue
        field = key if key is not None else (keys[-1] if keys else None)
        if _CODE.match(text[inner_start:inner_end]):
            # a machine's code ("paragraph", "press_release", "en"), no words of the text
            changes.append((start, start + len(line), ""))
            continue
        # before the string: its indentation and its key
        if instrument_record is not None and key is not None and key.lower() in _TITLE_KEYS:
            changes.append((start, inner_start, ""))  # the resolution's title, under its heading
        elif key is not None and key.lower() in _LABEL_KEYS and keys and (keys[-1] or "").lower() in _GATHERING_KEYS:
            # "session": {"body": "…", "label": "Ninety-third session", "dates": …, "venue": …}: the
            # gathering's name alone, as a masthead prints it over its "Dates" and "Venue" (E254)
            changes.append((start, inner_start, ""))
        elif field is None or field.lower() in _TEXT_KEYS or key is None and field.lower() in _TEXT_KEYS:
            changes.append((start, inner_start, ""))
            if instrument_record is not None and key is not None:
                # its text, one string: a paragraph for each recital and operative paragraph
                changes.extend(run_in_paragraph_changes(text, inner_start, inner_end))
        else:
            if key is not None:
                # the key's letters, each mapped to itself: "related_documents" "Related documents"
                key_start = start + m.start("key")
                name = key.replace("_", " ")
                name = name[:1].upper() + name[1:]
                changes.append((start, key_start, ""))
                changes.extend((key_start + i, key_start + i + 1, c) for i, c in enumerate(name) if c != key[i])
                changes.append((key_start + len(key), inner_start, "\t"))
            else:
                name = field.replace("_", " ")
                name = name[:1].upper() + name[1:]
                changes.append((start, inner_start, f"{name}\t"))
        changes.extend(_string_changes(text, inner_start, inner_end))
        # after it: the quotation mark, a comma, closing brackets; a blank line parts paragraphs
        changes.append((inner_end, start + len(line), ""))
        changes.append((start + len(line), min(start + len(line) + 1, len(text)), "\n\n"))
        if m.group("close") and keys:
            keys.pop()
    return changes


# --------------------------------------------------------------------------- captions

_TIMING = re.compile(r"^\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\b.*$")
_TIME = re.compile(r"(?:(\d{1,2}):)?(\d{2}):(\d{2})[.,](\d{3})")
_CUE_NUMBER = re.compile(r"^\s*\d{1,6}\s*$")
_VOICE = re.compile(r"<v(?:\.[\w.\-]+)?\s+(?P<speaker>[^>]*)>|</v>|</?[biuc](?:\.[\w.\-]+)?>|<\d{2}:[\d:.]+>")
# a speaker's label opening a cue's line: "- Chair:", ">> MS SILVA:", "CHAIR:" (in capitals when
# bare: "Note: ..." said by a speaker stays), or a bare ">>" that marks a new speaker
_SPEAKER_DASH = re.compile(
    r"^\s*(?:(?:>>|-)\s*(?P<speaker>[A-Z][\w .'\-]{0,40}(?:\([^()\n]{1,30}\))?):\s+|(?P<caps>[A-Z][A-Z .'\-]{1,40}(?:\([^()\n]{1,30}\))?):\s+|(?P<mark>>>)\s*)"
)
_CAPTION_ENTITY = re.compile(r"&(?:amp|lt|gt|nbsp|lrm|rlm|quot|apos|#\d{1,6}|#x[0-9A-Fa-f]{1,5});")
_SOUND = re.compile(r"\[[a-z][a-z ]{1,30}\]|\((?:[a-z][a-z ]{1,30})\)")
_HEADER_FIELD = re.compile(r"^(?:Kind|Language|Region|Style|X-TIMESTAMP-MAP)\s*[:=]")
_FEWEST_CUES = 3
_LONG_PAUSE = 2.0  # seconds


def _seconds(stamp: str) -> float:
    m = _TIME.search(stamp)
    if m is None:
        return 0.0
    hours = int(m.group(1) or 0)
    return hours * 3600 + int(m.group(2)) * 60 + int(m.group(3)) + int(m.group(4)) / 1000


def _is_captions(lines: list[str]) -> bool:
    timings = sum(1 for line in lines if _TIMING.match(line))
    if timings < _FEWEST_CUES:
        return False
    return lines[0].lstrip("\ufeff").startswith("WEBVTT") or timings * 3 >= len([line for line in lines if line.strip()]) * 0.8


def caption_changes(text: str) -> Changes:
    if text.count("-->") < _FEWEST_CUES:
        return []  # every timing line holds "-->": most texts are done here
    lines = text.split("\n")
    if not _is_captions(lines):
        return []
    starts: list[int] = []
    position = 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    changes: Changes = []
    # the header: "WEBVTT" and its fields; a NOTE block keeps its text (a session's name, place
    # and dates), only the word goes
    index = 0
    if lines and lines[0].lstrip("\ufeff").startswith("WEBVTT"):
        changes.append((starts[0], starts[0] + len(lines[0]), ""))
        index = 1
        while index < len(lines) and _HEADER_FIELD.match(lines[index]):
            changes.append((starts[index], starts[index] + len(lines[index]), ""))
            index += 1
    for i, line in enumerate(lines):
        if line.strip() == "NOTE" or line.startswith("NOTE "):
            changes.append((starts[i], starts[i] + 4, ""))
            # a note's lines are set as their writer broke them (a body, a session, a place and
            # dates, as a masthead's lines): each a paragraph of its own
            below = i + 1 if line.strip() == "NOTE" else i
            while below + 1 < len(lines) and lines[below].strip() and lines[below + 1].strip():
                end = starts[below] + len(lines[below])
                changes.append((end, end, "\n"))
                below += 1
        if line.strip() in ("STYLE", "REGION"):
            changes.append((starts[i], starts[i] + len(line), ""))
    # cues: a timing line (after a cue number, perhaps), then the lines of text up to a blank
    cues: list[tuple[int, int, float, float]] = []  # first text line, last text line, start, end
    for i, line in enumerate(lines):
        if not _TIMING.match(line):
            continue
        first = i + 1
        last = first
        while last < len(lines) and lines[last].strip():
            last += 1
        # lines that only hold a sound cue ("[gavel]") or a voice tag are no text of the cue
        said = [j for j in range(first, last) if _SOUND.sub("", _VOICE.sub("", lines[j])).strip()]
        if said:
            parts = line.split("-->")
            cues.append((said[0], said[-1], _seconds(parts[0]), _seconds(parts[1])))
    previous_speaker: str | None = None
    previous_end: tuple[int, float, str] | None = None  # end offset of the last text, its time, its text
    for first, last, begin, finish in cues:
        speaker: str | None = None
        for j in range(first, last + 1):
            line = lines[j]
            for m in _VOICE.finditer(line):
                if m.group("speaker") is not None and speaker is None:
                    speaker = m.group("speaker").strip()
                changes.append((starts[j] + m.start(), starts[j] + m.end(), ""))
            dash = _SPEAKER_DASH.match(line)
            if dash is not None:
                # the label is no words of the speech; a new speaker opens a paragraph
                label = dash.group("speaker") or dash.group("caps")
                if speaker is None:
                    speaker = label.strip() if label else f"speaker after {j}"
                changes.append((starts[j] + dash.start(), starts[j] + dash.end(), ""))
            if "&" in line:
                for m in _CAPTION_ENTITY.finditer(line):
                    meant = html.unescape(m.group(0)).replace("\u00a0", " ").replace("\u200e", "").replace("\u200f", "")
                    changes.append((starts[j] + m.start(), starts[j] + m.end(), meant))
            for m in _SOUND.finditer(line):
                changes.append((starts[j] + m.start(), starts[j] + m.end(), ""))
        text_start = starts[first]
        if previous_end is not None:
            end_offset, end_time, end_text = previous_end
            new_turn = speaker is not None and speaker != previous_speaker
            paused = end_text.rstrip().endswith((".", "?", "!")) and begin - end_time >= _LONG_PAUSE
            # the same speaker speaking on: the cue's break is no line's end (a symbol or a
            # number may open the next cue, as it opens no line of a paragraph)
            joiner = "\n\n" if new_turn or paused else " "
            # what stands between two cues' texts (the blank line, a cue number, the timing) goes
            changes.append((end_offset, text_start, joiner))
        else:
            # before the first cue: its number and timing
            timing_line = first - 1
            while timing_line > 0 and not _TIMING.match(lines[timing_line]):
                timing_line -= 1
            cue_start = starts[timing_line]
            if timing_line > 0 and _CUE_NUMBER.match(lines[timing_line - 1]):
                cue_start = starts[timing_line - 1]
            changes.append((cue_start, text_start, ""))
        if speaker is not None:
            previous_speaker = speaker
        last_text = _SOUND.sub("", _VOICE.sub("", lines[last]))
        previous_end = (starts[last] + len(lines[last]), finish, last_text)
    return changes


# --------------------------------------------------------------------------- LaTeX source

# lines that only set the document up (class, packages, macro definitions) or open and close an
# environment: they hold no text of the document
_LATEX_SETUP_LINE = re.compile(
    r"^\s*\\(?:documentclass|usepackage|RequirePackage|newcommand|renewcommand|providecommand|"
    r"newenvironment|renewenvironment|def|let|setlength|setcounter|pagestyle|thispagestyle|"
    r"maketitle|tableofcontents|clearpage|newpage|pagebreak|bigskip|medskip|smallskip|vspace|"
    r"vfill|centering|raggedright|hline|toprule|midrule|bottomrule|begin|end)\b"
)
_LATEX_ENVIRONMENT_LINE = re.compile(
    r"^\s*\\(?P<edge>begin|end)\{(?P<name>[^{}]*)\}(?P<options>(?:\[[^\]\n]*\]|\{(?:[^{}\n]|\{[^{}\n]*\})*\})*)\s*(?:%.*)?$"
)
_LATEX_SIGN = re.compile(
    r"\\(?:documentclass|usepackage|begin\{|end\{|(?:sub)*section\*?\{|chapter\*?\{|item\b|textit\{|emph\{|textbf\{)"
)
_LATEX_TOKEN = re.compile(
    r"(?P<comment>(?<!\\)%.*$)"
    r"|(?P<newline>\\\\(?:\[[^\]\n]*\])?)"
    r"|(?P<escaped>\\[%&$#_{}])"
    r"|(?P<accent>\\(?P<mark>['`^\"~=.])\{?(?P<letter>[A-Za-z])\}?)"
    r"|(?P<space>\\(?:(?:quad|qquad|enspace|enskip)(?![A-Za-z])|[,; ]))"
    r"|(?P<item>\\item\b(?:\[(?P<label>[^\]\n]*)\])?\s*)"
    r"|(?P<break>\\(?:par|newline|linebreak)\b\s*)"
    # "procedure\footnote{\symbol{CRC/C/104/3}.}": a note set inside the sentence keeps a space
    # before its text, which is no part of the word it hangs on
    r"|(?P<note>\\footnote\*?(?:\[[^\]\n]*\])?\s*(?=\{))"
    r"|(?P<command>\\[A-Za-z@]+\*?(?:\[[^\]\n]*\])?\s?)"
    r"|(?P<between>\}\s*\{)"
    r"|(?P<brace>(?<!\\)[{}])"
    r"|(?P<dash>---?)"
    r"|(?P<open>``)|(?P<close>'')"
    r"|(?P<tie>~)"
    r"|(?P<math>(?<!\\)\$)"
    # a cell's bounds: the spaces set around "&" in the source are no part of the cells
    r"|(?P<cell>[ \t]*(?<!\\)&[ \t]*)",
    re.M,
)
_ACCENT_MARKS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304", ".": "\u0307"}
_FEWEST_LATEX_SIGNS = 4
_LATEX_LISTS = frozenset({"enumerate", "itemize", "description"})
_ROMAN_SMALL = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")


def _list_style(name: str, options: str) -> str:
    """How a list's items are numbered: the ``label=`` option of enumitem (``(\\alph*)``,
    ``\\arabic*.``), "1." for a plain enumerate, none for itemize."""
    if name != "enumerate":
        return ""
    label = re.search(r"label\s*=\s*\{?([^,\]}]*(?:\}[^,\]]*)?)", options)
    if label is None:
        return "\\arabic*."
    return label.group(1).strip()


def _item_label(style: str, count: int) -> str:
    if not style:
        return ""
    counters = {
        "\\arabic*": str(count),
        "\\alph*": chr(ord("a") + count - 1) if count <= 26 else str(count),
        "\\Alph*": chr(ord("A") + count - 1) if count <= 26 else str(count),
        "\\roman*": _ROMAN_SMALL[count - 1] if count <= len(_ROMAN_SMALL) else str(count),
        "\\Roman*": _ROMAN_SMALL[count - 1].upper() if count <= len(_ROMAN_SMALL) else str(count),
    }
    for counter, value in counters.items():
        if counter in style:
            return style.replace(counter, value).replace("{", "").replace("}", "")
    return ""


def _is_latex(text: str) -> bool:
    if "\\begin{" not in text or "\\end{" not in text:
        return False
    return len(_LATEX_SIGN.findall(text)) >= _FEWEST_LATEX_SIGNS


def _latex_token(m: re.Match[str]) -> str:
    kind = m.lastgroup
    if kind == "newline" or kind == "break" or kind == "between":
        return "\n"
    if kind == "escaped":
        return m.group(0)[1]
    if kind == "accent":
        return unicodedata.normalize("NFC", m.group("letter") + _ACCENT_MARKS[m.group("mark")])
    if kind == "space" or kind == "tie" or kind == "note":
        return " "
    if kind == "cell":
        return "\t"
    if kind == "dash":
        return "\u2014" if m.group(0) == "---" else "\u2013"
    if kind == "open":
        return "\u201c"
    if kind == "close":
        return "\u201d"
    # comments, commands (their arguments stay as text), braces and math shifts go
    return ""


def latex_changes(text: str) -> Changes:
    """LaTeX source: where the text opens and closes environments and uses several of the
    commands a document is written with, setup lines and environment lines go (a blank line:
    a paragraph break), comments go, a command goes and its arguments stay as text (two
    arguments in a row, ``\\meeting{8th meeting}{3~March}``, become two lines, as ``\\\\`` is a
    line break), an ``\\item``'s optional label stays, and ties, dashes, quotes, escapes and
    accents become their characters."""
    if not _is_latex(text):
        return []
    changes: Changes = []
    position = 0
    # the numbering style of each open list, and the items it has counted
    lists: list[list[str | int]] = []
    lines = text.split("\n")
    for index, line in enumerate(lines):
        start = position
        position += len(line) + 1
        if not line.strip():
            continue
        environment = _LATEX_ENVIRONMENT_LINE.match(line)
        if environment is not None and environment.group("name") in _LATEX_LISTS:
            if environment.group("edge") == "begin":
                lists.append([_list_style(environment.group("name"), environment.group("options")), 0])
            elif lists:
                lists.pop()
        if environment is not None or (
            _LATEX_SETUP_LINE.match(line) and not line.lstrip().startswith(("\\begin", "\\end"))
        ):
            changes.append((start, start + len(line), ""))
            continue
        for m in _LATEX_TOKEN.finditer(line):
            if m.start() == m.end():
                continue
            new = _latex_token(m)
            if m.lastgroup == "item":
                # an item is a paragraph of its own, opened by its label (given, or counted
                # in the list's style)
                label = m.group("label")
                if label is None and lists:
                    lists[-1][1] = int(lists[-1][1]) + 1
                    label = _item_label(str(lists[-1][0]), int(lists[-1][1]))
                new = ("\n" if line[: m.start()].strip() == "" else "\n\n") + (f"{label} " if label else "")
            changes.append((start + m.start(), start + m.end(), new))
        if index + 1 < len(lines) and _latex_runs_on(line, lines[index + 1]):
            # one line break in LaTeX source is a space: the paragraph goes on
            changes.append((start + len(line), start + len(line) + 1, " "))
    return changes


# a line that opens a block of its own: an item, a heading, a new paragraph
_LATEX_BLOCK_START = re.compile(
    r"^\s*\\(?:item|(?:sub)*section|chapter|paragraph|par|noindent|begin|end|caption|title|maketitle|\[)(?![A-Za-z])"
)
_LATEX_LINE_BREAK_END = re.compile(r"\\\\(?:\[[^\]\n]*\])?\s*$")
_LATEX_COMMENT = re.compile(r"(?<!\\)%.*$")


def _latex_runs_on(line: str, following: str) -> bool:
    """Whether ``following`` goes on with the paragraph of ``line`` (a text line of LaTeX
    source): both hold text, ``line`` does not end in a line break (``\\\\``), and
    ``following`` opens no block of its own."""
    body = _LATEX_COMMENT.sub("", line).rstrip()
    after = _LATEX_COMMENT.sub("", following).strip()
    if not body.strip() or not after or _LATEX_LINE_BREAK_END.search(body):
        return False
    if _LATEX_SETUP_LINE.match(following) or _LATEX_BLOCK_START.match(following):
        return False
    # a command alone on its line (``\\unsymbol{…}``, ``\\mtg{…}{…}``) may set a block of its
    # own: the line breaks around it stay; a line of text goes on with text or inline emphasis
    if _LATEX_LONE_COMMAND.match(body) or (after.startswith("\\") and not _LATEX_INLINE_START.match(after)):
        return False
    return True


_LATEX_LONE_COMMAND = re.compile(r"^\s*\\[A-Za-z@]+\*?(?:\[[^\]\n]*\])?(?:\{.*\})+\s*$")
_LATEX_INLINE_START = re.compile(r"^\\(?:emph|textit|textbf|textsc|textsl|underline|mbox|footnote|cite|ref)\{")


# --------------------------------------------------------------------------- RTF source

# groups that are not text: tables of fonts, colours and styles, the document's properties,
# page headers and footers, pictures, and every group marked ignorable (``{\*\...}``)
_RTF_SKIPPED_GROUPS = frozenset(
    {"fonttbl", "colortbl", "stylesheet", "info", "header", "headerl", "headerr", "headerf",
     "footer", "footerl", "footerr", "footerf", "pict", "listtable", "listoverridetable",
     "rsidtbl", "latentstyles", "themedata", "colorschememapping", "datastore", "xmlnstbl",
     "generator", "filetbl", "revtbl", "object", "field", "fldinst"}
)
_RTF_CONTROL = re.compile(r"\\(?:(?P<word>[A-Za-z]{1,32})(?P<arg>-?\d{1,10})? ?|'(?P<hex>[0-9A-Fa-f]{2})|(?P<symbol>[^A-Za-z\n]))")
_RTF_WORDS = {
    "par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n", "cell": "\t", "tab": "\t",
    "endash": "\u2013", "emdash": "\u2014", "lquote": "\u2018", "rquote": "\u2019",
    "ldblquote": "\u201c", "rdblquote": "\u201d", "bullet": "\u2022", "enspace": " ", "emspace": " ",
}
_RTF_SYMBOLS = {"\\": "\\", "{": "{", "}": "}", "~": " ", "_": "-", "-": ""}


def _rtf_codepage(text: str) -> str:
    m = re.search(r"\\ansicpg(\d+)", text[:2000])
    return f"cp{m.group(1)}" if m else "cp1252"


# A control word opening a line of RTF source: what a naive converter leaves when it strips
# the file's opening group and its formatting but keeps paragraph and tab marks
_RTF_LINE_START = re.compile(r"^\s*\\(?:par|pard|plain|tab|line|page|sect|cell|row|[bi]|ql|qj|qc|li\d+|fi-?\d+|s\d+|f\d+|fs\d+)(?![A-Za-z])")
_RTF_TABLE_GROUP = re.compile(r"^\s*\{\\(?:fonttbl|colortbl|stylesheet|info)(?![A-Za-z])")
_FEWEST_RTF_LINES = 5


def _is_rtf(text: str) -> bool:
    """RTF source: a file that opens with ``{\\rtf``, or what a naive tool left of one, its
    font or colour table still at the top, or ``\\par`` opening most of its lines."""
    if text.lstrip().startswith("{\\rtf") or _RTF_TABLE_GROUP.match(text):
        return True
    if "\\par" not in text:
        return False
    lines = [line for line in text.split("\n") if line.strip()]
    controlled = sum(1 for line in lines if _RTF_LINE_START.match(line))
    return controlled >= _FEWEST_RTF_LINES and controlled * 2 >= len(lines)


def rtf_changes(text: str) -> Changes:
    """RTF source (a text that opens with ``{\\rtf``, or what a naive converter left of it:
    the font table at the top, ``\\par`` opening each paragraph's line, characters by code
    ``\\'e9``, ``\\u8220?``): groups that are not text go whole
    (font, colour and style tables, properties, headers, pictures, ``{\\*\\...}``), control
    words go, ``\\par`` and ``\\line`` end a line (so a paragraph that ends its source line is
    followed by a blank line), ``\\tab`` a tab, named punctuation (``\\endash``,
    ``\\ldblquote``) and characters by code (``\\'e1``, ``\\u8212?``) become their characters;
    a line break of the source is kept, as the wrapping of a paragraph."""
    if not _is_rtf(text):
        return []
    codepage = _rtf_codepage(text)
    changes: Changes = []
    depth = 0
    skip_below: int | None = None  # the depth of the group being skipped
    skip_from = 0
    fallback = 1  # characters after \uN that stand for it in readers without Unicode
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "{":
            depth += 1
            if skip_below is None:
                m = re.compile(r"\{\s*(?:\\\*|\\([A-Za-z]+))").match(text, i)
                if m is not None and (m.group(1) is None or m.group(1) in _RTF_SKIPPED_GROUPS):
                    skip_below, skip_from = depth, i
                else:
                    changes.append((i, i + 1, ""))
            i += 1
            continue
        if c == "}":
            if skip_below is not None and depth == skip_below:
                changes.append((skip_from, i + 1, ""))
                skip_below = None
            elif skip_below is None:
                changes.append((i, i + 1, ""))
            depth -= 1
            i += 1
            continue
        if skip_below is not None:
            if c == "\\" and i + 1 < n and text[i + 1] in "{}\\":
                i += 2
            else:
                i += 1
            continue
        if c == "\\":
            m = _RTF_CONTROL.match(text, i)
            if m is None:
                i += 1
                continue
            end = m.end()
            new = ""
            if m.group("hex") is not None:
                new = bytes([int(m.group("hex"), 16)]).decode(codepage, errors="replace")
            elif m.group("symbol") is not None:
                new = _RTF_SYMBOLS.get(m.group("symbol"), "")
            else:
                word, arg = m.group("word"), m.group("arg")
                if word == "uc" and arg is not None:
                    fallback = int(arg)
                elif word == "u" and arg is not None:
                    code = int(arg) % 65536
                    new = chr(code)
                    skipped = 0
                    while skipped < fallback and end < n and text[end] not in "\\{}\n":
                        end += 1
                        skipped += 1
                else:
                    new = _RTF_WORDS.get(word, "")
            changes.append((i, end, new))
            i = end
            continue
        if c == "\r":
            changes.append((i, i + 1, ""))
        i += 1
    return changes


# --------------------------------------------------------------------------- chat export

# "[14/02/2028 11:47] Name", "[2028-02-14 11:47:05] Name:", "[11:47 AM] Name"
_CHAT_STAMP = re.compile(
    r"^\s*\[(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[APap]\.?[Mm]\.?)?\]\s+\S[^\n]{0,80}$"
)
# A message on its stamp's line, as a phone's export writes it: "[14/02/2028, 11:47:40] Name:
# text" (iOS), "14/02/2028, 11:47 - Name: text" (Android); the name is a few words, no sentence
_CHAT_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[APap]\.?[Mm]\.?)?"
_CHAT_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+"
_CHAT_MESSAGE_LINE = re.compile(
    rf"^\s*(?:\[(?:{_CHAT_DATE})?{_CHAT_TIME}\]\s+|{_CHAT_DATE}{_CHAT_TIME}\s+[-\u2013]\s+)"
    r"(?P<name>[^\s:.!?][^:.!?\n]{0,50}?):\s+(?P<message>\S.*)$"
)
# Zoom's saved chat: "10:02:11 From Ana Ruiz to Everyone:" over the message (tab-indented), or
# "10:02:11\t From  Ana Ruiz : message" on one line
_ZOOM_LINE = re.compile(
    rf"^\s*{_CHAT_TIME}\s+From\s+(?P<name>[^:\n]{{1,60}}?)(?:\s+to\s+[^:\n]{{1,40}}?)?\s*:[ \t]*(?P<message>\S.*)?$"
)
# Slack copied as text: the writer's name, then the time in brackets, alone on its line ("Ana Ruiz  [9:14 AM]")
_SLACK_STAMP = re.compile(r"^\s*[^\s\[][^\[\n]{0,60}?\s+\[\d{1,2}:\d{2}(?:\s?[APap]\.?[Mm]\.?)?\]\s*$")
# a phone's line of its own under a stamp: "14/02/2028, 11:49 - Messages and calls are end-to-end encrypted."
_CHAT_SYSTEM_LINE = re.compile(rf"^\s*{_CHAT_DATE}{_CHAT_TIME}\s+[-\u2013]\s+[^:\n]*$")
# what a phone writes for a message that carried no text
_CHAT_NO_TEXT = re.compile(
    r"^\s*(?:<(?:Media omitted|attached:[^>]*)>|\u200e?(?:This message was deleted|You deleted this message|"
    r"image omitted|video omitted|audio omitted|sticker omitted|document omitted)\.?)\s*$",
    re.I,
)
_CHAT_REACTION = re.compile(r"^\s*(?:[^\w\s\"'(\[<>]{1,4}\s*\d{1,3}\s*)+$")
_CHAT_EDITED = re.compile(r"^\s*\((?:edited|modifié|bearbeitet)\)\s*$", re.I)
_CHAT_REPLY = re.compile(r"^\s*(?:replying to|in reply to|reply to)\b[^\n]*:\s*[\"“«].*$", re.I)
_CHAT_QUOTE = re.compile(r"^\s*>\s?")
_FEWEST_CHAT_STAMPS = 3


def _chat_stamp(line: str) -> tuple[str, int] | None:
    """What a chat's stamp line is: ("message", where its text begins) for a message on the
    stamp's line, ("stamp", 0) for a stamp and name alone (the message below), ("system", 0)
    for a line of the export's own; None for a line of a message."""
    if "[" not in line and ":" not in line:
        return None
    message = _CHAT_MESSAGE_LINE.match(line)
    if message is not None:
        return "message", message.start("message")
    if _CHAT_STAMP.match(line) or _SLACK_STAMP.match(line):
        return "stamp", 0
    zoom = _ZOOM_LINE.match(line) if "From " in line else None
    if zoom is not None:
        return ("message", zoom.start("message")) if zoom["message"] else ("stamp", 0)
    if _CHAT_SYSTEM_LINE.match(line):
        return "system", 0
    return None


def chat_export_changes(text: str) -> Changes:
    """A chat export (Teams, Slack, a messenger saved as text): where at least three lines are a
    message's stamp ("[14/02/2028 11:47] Name", or a phone's "14/02/2028, 11:47 - Name: text",
    Zoom's "10:02:11 From Name to Everyone:", Slack's "Name  [9:14 AM]"),
    what stands before the first message (the export's title, participants, rule) goes, each
    stamp goes (a stamp line alone: a blank line, every message is a paragraph; a stamp with its
    message: the stamp and the writer's name, the message stays), the export's own lines ("Messages
    are end-to-end encrypted", "<Media omitted>") go, a reaction line ("👍 2"), an "(edited)" mark
    and a "replying to X: "…"" line (words of another message) go, and the quote marks of pasted
    text ("> ") go with each line of a message a paragraph of its own, as a chat breaks lines only
    where its writer did."""
    if text.count("[") < _FEWEST_CHAT_STAMPS and text.count(" - ") < _FEWEST_CHAT_STAMPS and text.count("From ") < _FEWEST_CHAT_STAMPS:
        return []  # every stamp line holds a "[", a phone's " - " or Zoom's "From ": most texts are done here
    lines = text.split("\n")
    kinds = {index: kind for index, line in enumerate(lines) if (kind := _chat_stamp(line)) is not None}
    if len(kinds) < _FEWEST_CHAT_STAMPS:
        return []
    first_stamp = min(kinds)
    changes: Changes = []
    starts: list[int] = []
    position = 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    for index, line in enumerate(lines):
        start = starts[index]
        if not line.strip():
            continue
        kind = kinds.get(index)
        if kind is not None and kind[0] == "message":
            # a new message: a paragraph of its own, its stamp and writer gone
            changes.append((start, start + kind[1], "\n" if index > first_stamp else ""))
            if _CHAT_NO_TEXT.match(line[kind[1] :]):
                changes.append((start + kind[1], start + len(line), ""))
        elif (
            index < first_stamp or kind is not None or _CHAT_REACTION.match(line) or _CHAT_EDITED.match(line)
            or _CHAT_REPLY.match(line) or _CHAT_NO_TEXT.match(line)
        ):
            changes.append((start, start + len(line), ""))
            continue
        else:
            quote = _CHAT_QUOTE.match(line)
            if quote is not None:
                changes.append((start, start + quote.end(), ""))
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if following.strip():
            # the writer's line break: the end of a paragraph
            changes.append((start + len(line), start + len(line), "\n"))
    return changes


# --------------------------------------------------------------------------- unified diff

_DIFF_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@")
_DIFF_FILE = re.compile(r"^(?:---|\+\+\+) \S")
_DIFF_PREAMBLE = re.compile(r"^(?:diff |index [0-9a-f]|Index: |=====|Only in |new file mode|deleted file mode|similarity index|rename (?:from|to) )")


def unified_diff_changes(text: str) -> Changes:
    """A unified diff (a corrigendum or a revision sent as ``diff -u``): where the text holds a
    file pair ("--- a", "+++ b") followed by a hunk header ("@@ -1,76 +1,81 @@"), the text is the
    new version: the headers and every removed ("-") line go whole (with their line end, so
    the paragraphs around them join up as in the new file), and the first column of context
    (" ") and added ("+") lines goes."""
    if "@@ -" not in text:
        return []  # no hunk header: most texts are done here
    lines = text.split("\n")
    hunk = next((i for i, line in enumerate(lines) if _DIFF_HUNK.match(line)), None)
    if hunk is None or hunk < 2 or not (
        lines[hunk - 1].startswith("+++ ") and lines[hunk - 2].startswith("--- ")
    ):
        return []
    changes: Changes = []
    position = 0
    in_hunk = False
    for line in lines:
        start = position
        position += len(line) + 1
        whole = (start, min(position, len(text)), "")
        if _DIFF_HUNK.match(line):
            in_hunk = True
            changes.append(whole)
        elif _DIFF_FILE.match(line) or _DIFF_PREAMBLE.match(line) or line.startswith("\\ No newline"):
            in_hunk = _DIFF_FILE.match(line) is None and in_hunk and not line.startswith("diff ")
            changes.append(whole)
        elif not in_hunk:
            continue
        elif line.startswith("-"):
            changes.append(whole)
        elif line.startswith(("+", " ")):
            changes.append((start, start + 1, ""))
    return changes


# --------------------------------------------------------------------------- reStructuredText

# Signs of a reStructuredText source: explicit markup (".. name::", ".. _target:", ".. [#]"),
# field lists (":Symbol: A/26/REP"), auto-numbered items ("#. "), section adornments.
_RST_DIRECTIVE = re.compile(r"^(?P<indent>[ \t]*)\.\.[ \t]+(?P<name>[A-Za-z][\w:-]*)::(?P<argument>.*)$")
_RST_TARGET = re.compile(r"^[ \t]*\.\.[ \t]+_[^:\n]+:.*$|^[ \t]*__[ \t]+\S.*$")
_RST_FOOTNOTE = re.compile(r"^(?P<indent>[ \t]*)\.\.[ \t]+\[(?P<label>#[\w-]*|\d{1,3}|\*)\][ \t]+")
_RST_COMMENT = re.compile(r"^[ \t]*\.\.(?:[ \t]*$|[ \t]+(?![\[_|])(?!\S+::)\S)")
_RST_FIELD = re.compile(r"^(?P<colon>:)(?P<name>[A-Za-z][\w .-]{0,40})(?P<close>:[ \t]+)(?=\S)")
_RST_ADORNMENT = re.compile(r"^([=\-~^\"'`#*+_.:])\1{2,}[ \t]*$")
_RST_AUTO_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<label>#\.)[ \t]+(?=\S)")
# inline markup: a role (":ref:`text <target>`", ":doc:`/path`"), a hyperlink reference
# ("`text <url>`_"), an inline literal ("``A/26/8``"), strong and emphasis, a footnote reference
_RST_ROLE = re.compile(r":[a-z][\w:+-]*:`(?P<text>[^`<\n]*?)\s*(?:<[^>\n]*>)?`")
_RST_LINK = re.compile(r"`(?P<text>[^`<\n]+?)\s*<[^>\n]*>`__?")
_RST_LITERAL = re.compile(r"``(?P<text>[^`\n]+)``")
_RST_STRONG = re.compile(r"(?<![\w*])\*\*(?P<text>[^*\n]+)\*\*(?![\w*])")
_RST_EMPHASIS = re.compile(r"(?<![\w*])\*(?P<text>[^*\s][^*\n]*?)\*(?![\w*])")
# "entitled ", "titled ": what a title in italics follows
_TITLE_LEAD = re.compile(r"\b(?:entitled|titled)[ \t]+$")
_RST_FOOTNOTE_REFERENCE = re.compile(r"[ \t]?\[(?P<label>#[\w-]*|\d{1,3}|\*)\]_")
# ".. |R54| replace:: resolution 86/54", ".. |Board name| replace:: Advisory Board": a substitution
# definition (its text may run on over indented lines); "|R54|" (or "|R54|_", a linked one) is
# replaced by its text wherever the source uses it, as the rendered page prints it
_RST_SUBSTITUTION = re.compile(
    r"^(?P<indent>[ \t]*)\.\.[ \t]+\|(?P<name>[^|\s](?:[^|\n]{0,60}[^|\s])?)\|[ \t]+(?P<kind>[A-Za-z][\w-]*)::[ \t]*(?P<text>.*)$"
)
_RST_SUBSTITUTION_REFERENCE = re.compile(r"(?<![\w|])\|(?P<name>[^|\s](?:[^|\n]{0,60}[^|\s])?)\|(?:__?)?(?![\w|])")
# ".. |--| unicode:: U+2014", ".. |nbsp| unicode:: 0xA0": the characters a code names
_RST_CHARACTER_CODE = re.compile(r"^(?:U\+|u|0x|x|\\x|\\u)?([0-9A-Fa-f]{2,6})$|^(\d{1,7})$")
# directives whose content is the document's text (admonitions); others' content goes
_RST_TEXT_DIRECTIVES = frozenset(
    "note warning important tip hint attention caution danger error admonition topic sidebar rubric epigraph highlights pull-quote".split()
)
_FEWEST_RST_SIGNS = 3
# What every explicit markup line opens with (a directive, a target, a footnote: `_RST_DIRECTIVE`,
# `_RST_TARGET`, `_RST_FOOTNOTE`), searched once in the whole text before its lines are read; the
# line found by the "\n" before it, a character the engine skips to (a "^" is tried at every position)
_RST_EXPLICIT_LINE = re.compile(r"\n[ \t]*(?:\.\.|__)[ \t]")


def _is_restructured_text(lines: list[str]) -> bool:
    explicit = sum(
        1 for line in lines
        if _RST_DIRECTIVE.match(line) or _RST_TARGET.match(line) or _RST_FOOTNOTE.match(line) or _RST_SUBSTITUTION.match(line)
    )
    fields = sum(1 for line in lines if _RST_FIELD.match(line))
    items = sum(1 for line in lines if _RST_AUTO_ITEM.match(line))
    # Markdown, Word or PDF text has no explicit markup: ".. name::" or ".. _target:" is
    # reStructuredText's own, and must be there with more of its signs.
    return explicit >= 1 and explicit + min(fields, 3) + min(items, 3) >= _FEWEST_RST_SIGNS


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


class _RstNotes:
    """The numbers a rendered page prints for the source's footnotes: "[3]" keeps its number, an
    auto-numbered one ("[#]", "[#label]") takes the next number no other footnote holds, in the
    order the footnotes stand; a reference "[#label]_" prints its footnote's number, the n-th
    "[#]_" the n-th "[#]" footnote's (docutils' rules)."""

    def __init__(self, lines: list[str]) -> None:
        labels = [m["label"] for m in map(_RST_FOOTNOTE.match, lines) if m is not None]
        taken = {int(label) for label in labels if label.isdigit()}
        self.numbers: dict[str, int] = {}  # "#label" or "3" -> its number
        self.anonymous: list[int] = []  # the numbers of the "[#]" footnotes, in order
        self.defined = 0  # the footnotes met so far (their numbers given in order)
        self.referred = 0  # the "[#]_" references met so far
        self.order: list[int | None] = []  # each footnote's number, in order (None: "[*]")
        counter = 0
        for label in labels:
            if label.isdigit():
                self.order.append(int(label))
                continue
            if label == "*":
                self.order.append(None)
                continue
            counter += 1
            while counter in taken:
                counter += 1
            self.order.append(counter)
            if label == "#":
                self.anonymous.append(counter)
            else:
                self.numbers[label] = counter

    def of_footnote(self) -> int | None:
        self.defined += 1
        return self.order[self.defined - 1] if self.defined <= len(self.order) else None

    def of_reference(self, label: str) -> int | None:
        if label.isdigit():
            return int(label)
        if label == "#":
            self.referred += 1
            return self.anonymous[self.referred - 1] if self.referred <= len(self.anonymous) else None
        return self.numbers.get(label)


def _raised(number: int) -> str:
    """A note's number as a page prints its mark, raised ("¹²")."""
    return "".join("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"[int(d)] for d in str(number))


def _rst_substitutions(lines: list[str]) -> dict[str, str]:
    """The text of each substitution the source defines (".. |R54| replace:: resolution 86/54",
    ".. |--| unicode:: U+2014"), by its name; a definition's text may run on over indented lines."""
    found: dict[str, str] = {}
    for index, line in enumerate(lines):
        m = _RST_SUBSTITUTION.match(line)
        if m is None:
            continue
        words = [m["text"].strip()]
        for below in lines[index + 1 :]:
            if not below.strip() or _indent(below) <= len(m["indent"]):
                break
            words.append(below.strip())
        text = " ".join(word for word in words if word)
        kind = m["kind"].lower()
        if kind == "replace":
            found[m["name"]] = _plain_inline(text)
        elif kind == "unicode":
            characters = []
            for code in text.split(" .. ")[0].split():
                number = _RST_CHARACTER_CODE.match(code)
                characters.append(chr(int(number[1], 16)) if number and number[1] else chr(int(number[2])) if number else code)
            found[m["name"]] = "".join(characters)
        else:
            found[m["name"]] = ""  # an image, a date: no words on the page
    return found


def _plain_inline(text: str) -> str:
    """A substitution's text without its inline markup (the characters it prints)."""
    for pattern in (_RST_ROLE, _RST_LINK, _RST_LITERAL, _RST_STRONG, _RST_EMPHASIS):
        text = pattern.sub(lambda m: m["text"], text)
    return text


def _rst_inline(
    text: str, start: int, end: int, substitutions: dict[str, str] | None = None, notes: _RstNotes | None = None
) -> Changes:
    """The changes that leave the text of inline markup between ``start`` and ``end``: a
    substitution reference its text, a footnote reference its number raised ("¹"), as a page
    prints its mark."""
    changes: Changes = []
    taken: list[tuple[int, int]] = []
    if substitutions:
        folded = {name.lower(): value for name, value in substitutions.items()}
        for m in _RST_SUBSTITUTION_REFERENCE.finditer(text, start, end):
            name = " ".join(m["name"].split())
            value = substitutions.get(name, folded.get(name.lower()))
            if value is not None:
                taken.append((m.start(), m.end()))
                changes.append((m.start(), m.end(), value))
    for pattern in (_RST_ROLE, _RST_LINK, _RST_LITERAL, _RST_STRONG, _RST_EMPHASIS, _RST_FOOTNOTE_REFERENCE):
        for m in pattern.finditer(text, start, end):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            if "text" not in pattern.groupindex:
                number = notes.of_reference(m["label"]) if notes is not None else None
                if number is None:
                    changes.append((m.start(), m.end(), ""))
                else:
                    # the space before it stays (a mark glued to a year or a number would make
                    # it another word: "2031¹")
                    changes.append((m.start() + (text[m.start()] in " \t"), m.end(), _raised(number)))
                continue
            if pattern is _RST_EMPHASIS and _TITLE_LEAD.search(text, max(start, m.start() - 12), m.start()):
                # "entitled *Work of the Board*": a title set in italics, as quotation marks set
                # it in running text
                changes.append((m.start(), m.start("text"), "\u201c"))
                changes.append((m.end("text"), m.end(), "\u201d"))
                continue
            changes.append((m.start(), m.start("text"), ""))
            changes.append((m.end("text"), m.end(), ""))
    return changes


def restructured_text_changes(text: str) -> Changes:
    """A reStructuredText source read as the page it renders: targets, comments, section
    adornments, substitution definitions and the directives that render no text (".. contents::",
    ".. image::") go with their indented options and content; an admonition (".. note::") keeps
    its content as a paragraph; a field (":Venue: Geneva") becomes "Venue<tab>Geneva" as a record
    row prints it; auto-numbered items ("#.") are numbered 1, 2, ... in each list; a footnote
    keeps its text after its number raised ("¹ Adopted at ..."), and a reference to it is that
    number ("of 7 December 2031 ¹."), as notes print on a page; a substitution
    reference ("|R54|") is its definition's text ("resolution 86/54"); other inline markup
    (roles, hyperlink references, literals, strong, emphasis) keeps its text alone."""
    if _RST_EXPLICIT_LINE.search("\n" + text) is None:
        return []  # `_is_restructured_text` needs an explicit markup line: most texts are done here
    lines = text.split("\n")
    if not _is_restructured_text(lines):
        return []
    starts: list[int] = []
    position = 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    substitutions = _rst_substitutions(lines) if "|" in text else {}
    notes = _RstNotes(lines)
    changes: Changes = []
    dropping_below: int | None = None  # the indent of a directive whose content goes
    count = 0  # the number of the last auto-numbered item in the current list
    list_indent: int | None = None
    for index, line in enumerate(lines):
        start, end = starts[index], starts[index] + len(line)
        if not line.strip():
            continue
        indent = _indent(line)
        if dropping_below is not None:
            if indent > dropping_below:
                changes.append((start, end, ""))
                continue
            dropping_below = None
        if _RST_SUBSTITUTION.match(line) is not None:
            # a definition prints nothing where it stands: its text is where it is used
            changes.append((start, end, ""))
            dropping_below = indent
            continue
        directive = _RST_DIRECTIVE.match(line)
        if directive is not None:
            name = directive["name"].lower()
            changes.append((start, end, ""))
            if name not in _RST_TEXT_DIRECTIVES:
                dropping_below = indent
            elif directive["argument"].strip():
                # ".. admonition:: Title": the title is text
                changes[-1] = (start, start + directive.start("argument"), "")
            continue
        if _RST_TARGET.match(line) or _RST_COMMENT.match(line):
            changes.append((start, end, ""))
            if _RST_COMMENT.match(line):
                dropping_below = indent
            continue
        if _RST_ADORNMENT.match(line) and len(line.strip()) >= 3:
            neighbours = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
            if any(n.strip() and not _RST_ADORNMENT.match(n) for n in neighbours):
                changes.append((start, end, ""))
                continue
        footnote = _RST_FOOTNOTE.match(line)
        if footnote is not None:
            number = notes.of_footnote()
            changes.append((start, start + footnote.end(), _raised(number) + " " if number is not None else ""))
            changes.extend(_rst_inline(text, start + footnote.end(), end, substitutions, notes))
            continue
        field = _RST_FIELD.match(line)
        if field is not None:
            changes.append((start, start + 1, ""))
            changes.append((start + field.start("close"), start + field.end("close"), "\t"))
            changes.extend(_rst_inline(text, start + field.end("close"), end, substitutions, notes))
            # a field a line: a record row of its own
            changes.append((end, min(end + 1, len(text)), "\n\n"))
            continue
        item = _RST_AUTO_ITEM.match(line)
        if item is not None:
            if list_indent != indent:
                count = 0
                list_indent = indent
            count += 1
            changes.append((start + item.start("label"), start + item.start("label") + 1, str(count)))
            changes.extend(_rst_inline(text, start + item.end(), end, substitutions, notes))
            continue
        if list_indent is not None and indent <= list_indent:
            # a paragraph at the list's margin ends the list
            list_indent = None
        changes.extend(_rst_inline(text, start, end, substitutions, notes))
    return changes


# --------------------------------------------------------------------------- YAML export

_YAML_KEY = re.compile(r"^(?P<indent>[ \t]*)(?P<dash>-[ \t]+)?(?P<key>[A-Za-z_][\w\- ]{0,40}?):(?:[ \t]+(?P<value>\S.*?))?[ \t]*$")
_YAML_DASH = re.compile(r"^(?P<indent>[ \t]*)-[ \t]+(?P<value>\S.*?)[ \t]*$")
_YAML_MARKER = re.compile(r"^(?:---|\.\.\.)(?:[ \t].*)?$")
_YAML_COMMENT = re.compile(r"^[ \t]*#")
_YAML_BLOCK = re.compile(r"^[|>][+-]?\d?$")
_SHARE_OF_YAML_LINES = 0.8
_FEWEST_YAML_KEYS = 6
# a list of a body's instruments: each item's number is the instrument's heading
_INSTRUMENT_LISTS = {"decisions": "Decision", "resolutions": "Resolution", "recommendations": "Recommendation"}
_NUMBER_KEYS = frozenset({"number", "symbol", "no", "id"})
_TITLE_KEYS_YAML = frozenset({"title", "name", "heading"})
_NOTE_KEYS = frozenset({"note", "title", "description", "name"})


# the fields of a listed document's entry read on its line after its title: a note, a remark, and
# where and when a meeting it reports on was held
_ENTRY_NOTE_KEYS = frozenset({"note", "notes", "remark", "remarks", "comment", "description"})
_ENTRY_WHERE_KEYS = frozenset({"held", "venue", "place", "location", "dates", "date_held", "held_at", "held_in"})


def _entry_fields(lines: list[str], first: int, indent: int) -> list[tuple[int, re.Match[str]]]:
    """The entry's note (line ``first``) and the note and place fields right after it, at the
    entry's indent, each a scalar on its own line."""
    fields: list[tuple[int, re.Match[str]]] = []
    for i in range(first, len(lines)):
        field = _YAML_KEY.match(lines[i])
        if field is None or field["dash"] or not field["value"] or _indent(lines[i]) != indent:
            break
        name = field["key"].strip().lower()
        if fields and name not in _ENTRY_NOTE_KEYS | _ENTRY_WHERE_KEYS or _YAML_BLOCK.match(field["value"]) or field["value"][:1] in "[{&*!|>":
            break
        fields.append((i, field))
    return fields


# "documents_considered", "documents_before_the_session", "documentation": a list's key naming the
# documents it lists, and what was done with them
_DOCUMENTS_KEY = re.compile(r"^(?:documents|documentation)(?:_[a-z]+){0,5}$")


def _documents_heading(key: str) -> str:
    """The heading a list of documents keeps from its key ("Documents considered"), else nothing."""
    if _DOCUMENTS_KEY.match(key.lower()) is None:
        return ""
    words = key.lower().replace("_", " ")
    return words[:1].upper() + words[1:] + "\n"


def _yaml_block_ends(lines: list[str], index: int, indent: int) -> int:
    """The index after the last line of the block scalar opened on line ``index``."""
    end = index + 1
    last = index
    while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) > indent):
        if lines[end].strip():
            last = end
        end += 1
    return last + 1


def _is_yaml_export(lines: list[str], may_open: bool = True) -> bool:
    """``may_open``: whether a line may begin with "---" (a document marker); when none does,
    a single line of another kind decides that the text is no YAML export, and the rest of
    its lines are not read (an ordinary document's first line does)."""
    keys = 0
    other = 0
    index = 0
    opened = False
    while index < len(lines):
        line = lines[index]
        if not line.strip() or _YAML_COMMENT.match(line):
            index += 1
            continue
        if _YAML_MARKER.match(line):
            opened = opened or line.startswith("---")
            index += 1
            continue
        m = _YAML_KEY.match(line)
        if m is not None:
            keys += 1
            if m["value"] is not None and _YAML_BLOCK.match(m["value"]):
                index = _yaml_block_ends(lines, index, _indent(line))
                continue
        elif _YAML_DASH.match(line) is None:
            other += 1
            if not may_open:
                return False  # neither opened by a marker nor without other lines
        index += 1
    return keys >= _FEWEST_YAML_KEYS and keys >= _SHARE_OF_YAML_LINES * (keys + other) and (opened or other == 0)


def _unquoted(value: str) -> tuple[int, int]:
    """The span of a scalar's text inside its quotation marks, relative to the value."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return 1, len(value) - 1
    return 0, len(value)


def yaml_export_changes(text: str) -> Changes:
    """A YAML export of a record (a document-management system's, an API's) read as the
    document it describes: comments, document markers and the keys that open a mapping or a list
    go; a block scalar ("text: |", "heading: >-") is its text, a paragraph of its own, its
    indentation gone; a scalar field "Key<tab>value" as a record row prints it; an item of a list
    of instruments ("decisions:") is headed "Decision <number>", then its title; an item of
    another list with a symbol and a note reads "SYMBOL – note", as a list of documents prints it."""
    lines = text.split("\n")
    if not _is_yaml_export(lines, may_open=text.startswith("---") or "\n---" in text):
        return []
    starts: list[int] = []
    position = 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    changes: Changes = []
    lists: list[tuple[int, str]] = []  # (indent, key) of the open lists and mappings
    index = 0
    while index < len(lines):
        line = lines[index]
        start, end = starts[index], starts[index] + len(line)
        if not line.strip():
            index += 1
            continue
        if _YAML_COMMENT.match(line) or _YAML_MARKER.match(line):
            changes.append((start, end, ""))
            index += 1
            continue
        m = _YAML_KEY.match(line)
        if m is None:
            item = _YAML_DASH.match(line)
            if item is not None and item["value"][:1] not in "[{&*!|>#":
                # '- "ECOSOC 2031/17"': an item of a list of scalars, a line of its own
                value_start = start + item.start("value")
                inner_start, inner_end = _unquoted(item["value"])
                changes.append((start, value_start + inner_start, ""))
                changes.append((value_start + inner_end, end, ""))
                changes.append((end, min(end + 1, len(text)), "\n\n"))
            index += 1
            continue
        indent = _indent(line)
        key_indent = indent + (len(m["dash"]) if m["dash"] else 0)
        while lists and lists[-1][0] >= key_indent and not (m["dash"] and lists[-1][0] == indent):
            lists.pop()
        if m["dash"]:
            while lists and lists[-1][0] > indent:
                lists.pop()
        within = lists[-1][1] if lists else ""
        key = m["key"].strip()
        value = m["value"]
        if value is None:
            # a mapping or a list opens; one of documents ("documents_considered:") keeps its key
            # as the heading of the list, "Documents considered", which says what they are
            lists.append((indent, key.lower()))
            changes.append((start, end, _documents_heading(key)))
            index += 1
            continue
        if _YAML_BLOCK.match(value):
            block_end = _yaml_block_ends(lines, index, key_indent)
            changes.append((start, end + 1 if end < len(text) else end, ""))
            body = [i for i in range(index + 1, block_end) if lines[i].strip()]
            margin = min((_indent(lines[i]) for i in body), default=0)
            for i in body:
                changes.append((starts[i], starts[i] + margin, ""))
            last = starts[block_end - 1] + len(lines[block_end - 1])
            changes.append((last, min(last + 1, len(text)), "\n\n"))
            index = block_end
            continue
        value_start = start + m.start("value")
        inner_start, inner_end = _unquoted(value)
        lowered = key.lower()
        heading = _INSTRUMENT_LISTS.get(within)
        # "- symbol: X/1" then "note: Report on ...": the item's symbol and its note on one line
        following = _YAML_KEY.match(lines[index + 1]) if index + 1 < len(lines) else None
        if (
            m["dash"] and heading is None and lowered in _SYMBOL_KEYS | {"symbol"}
            and following is not None and not following["dash"] and following["value"]
            and following["key"].strip().lower() in _NOTE_KEYS and _indent(lines[index + 1]) == key_indent
        ):
            changes.append((start, value_start + inner_start, ""))
            joined = _entry_fields(lines, index + 1, key_indent)
            last_end = value_start + inner_end
            for number, (i, field) in enumerate(joined):
                field_value = field["value"]
                field_start = starts[i] + field.start("value")
                f_in, f_out = _unquoted(field_value)
                where = field["key"].strip().lower() in _ENTRY_WHERE_KEYS
                # the note after the symbol, the next ones after it: where and when in brackets
                # ("Report ... on its eightieth session (Geneva, 1-10 December 2031)", as a
                # report's title prints them), other remarks after a comma
                joint = " \u2013 " if number == 0 else " (" if where else ", "
                changes.append((last_end, field_start + f_in, joint))
                last_end = field_start + f_out
                if number and where:
                    changes.append((last_end, last_end, ")"))
            next_end = starts[joined[-1][0]] + len(lines[joined[-1][0]])
            changes.append((last_end, next_end, ""))
            changes.append((next_end, min(next_end + 1, len(text)), "\n\n"))
            index = joined[-1][0] + 1
            continue
        if heading is not None and lowered in _NUMBER_KEYS:
            # "- number: 58/4" in a list of decisions: "Decision 58/4", a heading
            changes.append((start, value_start + inner_start, heading + " "))
        elif heading is not None and lowered in _TITLE_KEYS_YAML:
            changes.append((start, value_start + inner_start, ""))
        else:
            name = key.replace("_", " ")
            name = name[:1].upper() + name[1:]
            key_start = start + m.start("key")
            changes.append((start, key_start, ""))
            changes.extend((key_start + i, key_start + i + 1, c) for i, c in enumerate(name) if c != key[i])
            changes.append((key_start + len(key), value_start + inner_start, "\t"))
        changes.append((value_start + inner_end, end, ""))
        changes.append((end, min(end + 1, len(text)), "\n\n"))
        index += 1
    return changes


# --------------------------------------------------------------------------- YAML front matter

# A page of a static site (Jekyll, Hugo, Pandoc): a YAML record between two "---" lines, then the
# page's text in Markdown
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)


def front_matter_changes(text: str) -> Changes:
    """The lists of a page's YAML front matter read as a YAML export's are (`yaml_export_changes`):
    a list of documents under its key's heading ("Documents"), one "SYMBOL – title" line an
    entry, the entry's note and where its meeting was held after the title; a list of values
    one a line. The page's text below is left to the passes that read Markdown, and the front
    matter's single fields (a title, a layout, a permalink, tags) to the template that prints the
    page: read as record rows above the page's own title, they would take the masthead's place
    (u74). Only a front matter of a record's size (as many keys as a YAML export needs) is read."""
    opening = text[:4].lstrip("\ufeff")
    if not opening.startswith("---"):
        return []
    first_break = text.find("\n")
    if first_break < 0 or text[:first_break].strip("\ufeff \t\r") != "---":
        return []
    close = _FRONT_MATTER_CLOSE.search(text, first_break + 1)
    if close is None or not text[close.end() :].strip():
        return []
    front = text[: close.end()]
    lines = front.split("\n")
    if not _is_yaml_export(lines[1:-1], may_open=False) or _is_yaml_export(text[close.end() :].split("\n")):
        return []  # (a YAML stream of several records is an export: `yaml_export_changes`)
    listed = _list_lines(lines)
    if not listed:
        return []
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    # (a change at a line's end, its line break, is the line's)
    return [change for change in yaml_export_changes(front) if bisect.bisect_right(starts, change[0]) - 1 in listed]


def _list_lines(lines: list[str]) -> set[int]:
    """The lines of the front matter's lists: a key without a value over "- " items (and the
    key's line)."""
    found: set[int] = set()
    index = 0
    while index < len(lines):
        m = _YAML_KEY.match(lines[index])
        if m is None or m["value"] is not None or m["dash"]:
            index += 1
            continue
        indent = _indent(lines[index])
        end = index + 1
        while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) > indent or lines[end].lstrip().startswith("- ") and _indent(lines[end]) == indent):
            end += 1
        block = [i for i in range(index + 1, end) if lines[i].strip()]
        if block and _YAML_DASH.match(lines[block[0]]) is not None:
            found.update(range(index, end))
        index = end
    return found


# --------------------------------------------------------------------------- all passes


def unwrap_export(text: str) -> tuple[str, list[int] | None]:
    """``text`` with the formats above unwrapped, and the map of each of its characters (and
    its end) to the offset in ``text`` it came from; None when nothing changed."""
    # a calendar's events are laid out in reading order, not the file's: a map of its own
    calendar = calendar_layout(text)
    if calendar is not None:
        return calendar
    # a list's rows saved as an XML rowset: read as the table they make, in the schema's order
    rowset = rowset_layout(text)
    if rowset is not None:
        return rowset
    # a PDF form's fields as pdftk dumps them: grouped and laid out as the filled form reads
    form = form_field_dump(text)
    if form is not None:
        return form
    for finder in (unified_diff_changes, rtf_changes, html_page_changes, feed_changes, json_export_changes, caption_changes, chat_export_changes, dublin_core_changes, marc_changes, marc_xml_changes, markup_changes, latex_changes, restructured_text_changes, front_matter_changes, yaml_export_changes):
        changes = finder(text)
        if changes:
            return apply_changes(text, changes)
    return text, None
