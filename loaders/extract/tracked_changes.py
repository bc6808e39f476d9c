"""A text with its changes tracked, read as it would be once every change is accepted.

A draft sent round with its amendments shown marks each insertion and deletion in the text
itself; the text before the body is what remains when the deletions go and the insertions stay.
Deleted words state nothing (not even a mention of the instrument they cite), inserted words
state what the rest of the text does. The mark-ups read here, by the shape of the marks alone:

- **labels in brackets**, as an export of a word processor's tracked changes or a secretariat
  writes them: "[deleted: ...]", "[Inserted: ...]", "[added: ...]", "[removed: ...]", "[struck
  out: ...]" (a label, a colon, the words; brackets inside are counted, so "[Comment: shown as
  [inserted: …]]" closes where it opens). A reviewer's "[Comment (Jordan): ...]" is text of the
  document: its words stay, its brackets go.
- **CriticMarkup**: "{++ added ++}", "{-- deleted --}", "{~~ old ~> new ~~}", "{>> comment <<}",
  "{== highlighted ==}".
- **word diff** (``wdiff``, ``git diff --word-diff``): "[-old-]{+new+}".
- **pandoc's tracked changes** (``--track-changes=all``): "[words]{.deletion author=...}",
  "[words]{.insertion ...}", "[comment]{.comment-start ...}" and "[]{.comment-end ...}".
- **HTML**: "<del>...</del>", "<s>", "<strike>" go with their words; "<ins>...</ins>" keeps them.
- **Markdown's strikethrough**: "~~struck~~" goes.
- **a deletion noted after its words** in brackets, as a compilation of adopted texts prints a
  clause struck in session: "3. [Invites the Working Group to review the Policy] — deleted at the
  request of several members", "[Requests ...] (deleted)", "[...] – withdrawn": the bracketed
  words go, the note stays (E149); a dash or a bracket sets the note off ("[see paragraph 4],
  deleted: nothing" is no such note).

A deletion that is all its line holds takes the line with it, so the lines around it still join
into one paragraph. Every character of the result maps back to the character it came from, so
evidence still points into the file as the user loaded it.
"""

from __future__ import annotations

import re

from mandate_graph.loaders.extract.characters import apply_changes

Changes = list[tuple[int, int, str | None]]

# Whether a text may hold any mark of the conventions above: one search of the whole text, most
# texts are done here.
_ANY_MARK = re.compile(
    r"\[\s*(?:deleted|deletion|removed|struck(?:\s+out)?|inserted|insertion|added|addition|new\s+text|comment)\b"
    r"|\{(?:\+\+|--|~~|>>|==)|\[-|\{\+|\]\{\.(?:deletion|insertion|comment-)"
    r"|~~(?=\S)"
    r"|\]\s*(?:[—–-]+\s*|\(\s*)(?:deleted|withdrawn|struck\s+out|removed)\b",
    re.I,
)
# "[Invites the Working Group to ...] — deleted at the request of several members": bracketed words,
# no label of their own, and the note that they were struck right after the bracket
_NOTED_DELETED = re.compile(
    r"\[(?P<text>[^\[\]]{1,4000})\](?=\s*(?:[—–-]+\s*|\(\s*)(?:deleted|withdrawn|struck\s+out|removed)\b)", re.I
)

# "[deleted: ", "[Inserted text: ", "[Comment (Jordan): ": a label, a reviewer in brackets, a colon
_LABEL = re.compile(
    r"\[\s*(?:(?P<deleted>deleted|deletion|removed|struck(?:\s+out)?)|(?P<inserted>inserted|insertion|added|addition|new(?=\s+text))"
    r"|(?P<comment>comment))(?:\s+text)?(?:\s*\([^()\[\]\n]{1,80}\))?\s*:[ \t]?",
    re.I,
)
_LONGEST_CHANGE = 4000  # characters: a mark that does not close within them is no mark
_CRITIC = re.compile(
    r"\{--(?P<deleted>.{0,4000}?)--\}|\{\+\+(?P<inserted>.{0,4000}?)\+\+\}|\{~~(?P<old>.{0,4000}?)~>(?P<new>.{0,4000}?)~~\}"
    r"|\{>>(?P<comment>.{0,4000}?)<<\}|\{==(?P<highlight>.{0,4000}?)==\}",
    re.S,
)
_WORD_DIFF = re.compile(r"\[-(?P<deleted>[^\[\]]{1,4000}?)-\]|\{\+(?P<inserted>[^{}]{1,4000}?)\+\}")
_PANDOC = re.compile(
    r"\[(?P<text>[^\[\]]{0,4000})\]\{\.(?P<kind>deletion|insertion|comment-start|comment-end|paragraph-insertion|paragraph-deletion)\b[^{}\n]*\}"
)
_HTML_OPENING = re.compile(r"<(?:del|ins|s|strike)[\s>]", re.I)
_HTML = re.compile(r"<(?P<tag>del|s|strike|ins)(?:\s[^<>]*)?>(?P<text>.{0,4000}?)</(?P=tag)\s*>", re.S | re.I)
_STRUCK = re.compile(r"(?<!~)~~(?=\S)(?P<text>(?:(?!\n[ \t]*\n)[^~]){1,4000}?)(?<=\S)~~(?!~)")


def _closing_bracket(text: str, begin: int) -> int | None:
    """The "]" that closes a bracket opened before ``begin`` (brackets inside counted)."""
    depth = 0
    limit = min(len(text), begin + _LONGEST_CHANGE)
    for position in range(begin, limit):
        character = text[position]
        if character == "[":
            depth += 1
        elif character == "]":
            if depth == 0:
                return position
            depth -= 1
    return None


def _labelled_changes(text: str) -> tuple[list[tuple[int, int]], Changes]:
    """The deleted spans and the marks to drop of "[deleted: ...]" / "[inserted: ...]"."""
    deleted: list[tuple[int, int]] = []
    marks: Changes = []
    for label in _LABEL.finditer(text):
        close = _closing_bracket(text, label.end())
        if close is None:
            continue
        if label["deleted"]:
            deleted.append((label.start(), close + 1))
        elif label["comment"]:
            # a reviewer's note, said as such ("Comment (Jordan): RC77 will be held ..."): text
            # of the document, in a paragraph of its own
            marks.append((label.start(), label.start() + 1, ""))
            marks.append((close, close + 1, ""))
        else:
            marks.append((label.start(), label.end(), ""))
            marks.append((close, close + 1, ""))
    return deleted, marks


def _pattern_changes(text: str) -> tuple[list[tuple[int, int]], Changes]:
    """The deleted spans and the marks to drop of the other conventions."""
    deleted: list[tuple[int, int]] = []
    marks: Changes = []

    def keep(match: re.Match[str], group: str) -> None:
        marks.append((match.start(), match.start(group), ""))
        marks.append((match.end(group), match.end(), ""))

    if "{" in text:
        for m in _CRITIC.finditer(text):
            if m["deleted"] is not None:
                deleted.append((m.start(), m.end()))
            elif m["old"] is not None:
                deleted.append((m.start(), m.start("new")))
                marks.append((m.end("new"), m.end(), ""))
            else:
                keep(m, next(g for g in ("inserted", "comment", "highlight") if m[g] is not None))
        for m in _WORD_DIFF.finditer(text):
            if m["deleted"] is not None:
                deleted.append((m.start(), m.end()))
            else:
                keep(m, "inserted")
        for m in _PANDOC.finditer(text):
            if m["kind"] in ("deletion", "paragraph-deletion", "comment-end"):
                deleted.append((m.start(), m.end()))
            else:
                keep(m, "text")
    elif "[-" in text:
        for m in _WORD_DIFF.finditer(text):
            if m["deleted"] is not None:
                deleted.append((m.start(), m.end()))
    if "~~" in text:
        deleted.extend((m.start(), m.end()) for m in _STRUCK.finditer(text))
    if "]" in text:
        deleted.extend((m.start(), m.end()) for m in _NOTED_DELETED.finditer(text) if not _LABEL.match(text, m.start()))
    return deleted, marks


def tracked_removals(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` to drop so that it reads with every tracked change accepted:
    deleted words, and the marks around inserted words and comments; in order, apart. Nothing
    when the text marks no change. (HTML's tags are `html_changes`', read before the page's
    tags go.)"""
    if _ANY_MARK.search(text) is None:
        return []
    deleted, marks = _labelled_changes(text)
    more_deleted, more_marks = _pattern_changes(text)
    deleted += more_deleted
    marks += more_marks
    # a deletion takes everything inside it, the marks of other changes too; the outermost counts
    spans: list[tuple[int, int]] = []
    for begin, end in sorted(deleted + [(begin, end) for begin, end, _ in marks], key=lambda span: (span[0], -span[1])):
        if spans and begin < spans[-1][1]:
            continue
        if end > begin:
            spans.append((begin, end))
    return spans


def html_changes(text: str) -> Changes:
    """"<del>words</del>", "<s>", "<strike>" go with their words, "<ins>" and "</ins>" alone:
    made on the whole text before an HTML page's tags are dropped (which would keep the words)."""
    if "<" not in text or _HTML_OPENING.search(text) is None:
        return []
    changes: Changes = []
    for m in _HTML.finditer(text):
        if m["tag"].lower() == "ins":
            changes.append((m.start(), m.start("text"), ""))
            changes.append((m.end("text"), m.end(), ""))
        else:
            changes.append((m.start(), m.end(), ""))
    return changes


def accept_html_changes(text: str) -> tuple[str, list[int] | None]:
    """``text`` with its HTML insertions and deletions accepted, and the map of each character
    of the result (and its end) to its offset in ``text``; None when it marks none."""
    changes = html_changes(text)
    if not changes:
        return text, None
    return apply_changes(text, changes)


# --------------------------------------------------------------------------- a print's balloons

# Word prints a text with its changes tracked ("print markup", a compare version) with the final
# wording in the body and each change or comment in a balloon in the right margin, beside the
# line it belongs to: "Deleted: Decides to establish", "Formatted: Font: Italic", "Commented
# [ES1]: agreed ad ref", "Inserted: ...", "Moved (insertion) [1]". Read as text, every line the
# balloon runs over ends in its words after a wide gap, so a sentence of the body that wraps reads
# through them ("… decided to   Deleted: to establish a / establish a Committee …   working group
# on urban"). The balloon states nothing (its deleted words least of all): it goes, the gap
# before it too, and a line that held nothing else goes whole. A balloon opens with one of the
# tool's labels at the right of a gap of three spaces or more, far from the left margin; it runs
# on over the lines below whose right end starts at about the same column, until a blank line or
# a line with nothing there.
_BALLOON_LABEL = (
    r"(?:Deleted|Inserted|Formatted(?:\s+Table)?|Moved\s+\((?:insertion|deletion)\)(?:\s+\[\d{1,3}\])?"
    r"|Moved\s+(?:up|down)(?:\s+\[\d{1,3}\])?|Field\s+Code\s+Changed|(?:Deleted|Inserted|Merged|Split)\s+Cells"
    r"|Comment(?:ed)?\s+\[[A-Za-z]{1,6}\d{1,3}\])"
)
_BALLOON_OPENING = re.compile(r"(?<=\S) {3,}(?=" + _BALLOON_LABEL + r"(?::|\s*$))|^ {30,}(?=" + _BALLOON_LABEL + r"(?::|\s*$))")
_ANY_BALLOON = re.compile(r" {3}" + _BALLOON_LABEL + r":")
# A balloon's column is far right of the margin; its lines start within a few columns of its label.
_BALLOON_COLUMN = 40
_BALLOON_DRIFT = 4
_FEWEST_BALLOONS = 2
_RIGHT_PIECE = re.compile(r"(?:(?<=\S) {3,}|^ +)(?=\S)(?!.* {3,}\S)")


# The first word of each of `_BALLOON_LABEL`'s labels: every balloon holds one
_LABEL_WORDS = ("Deleted", "Inserted", "Formatted", "Moved", "Field", "Merged", "Split", "Comment")


def may_hold_balloons(text: str) -> bool:
    """Whether ``text`` may be a print with balloons: one search of the whole text, where a
    label's first word stands (most texts hold none)."""
    return any(word in text for word in _LABEL_WORDS) and _ANY_BALLOON.search(text) is not None


def balloon_changes(lines: list[str], starts: list[int]) -> list[tuple[int, int, str | None]]:
    """The changes that take a tracked print's balloons out of its lines (above): each balloon's
    words with the gap before them, and a line that held only a balloon with its line break.
    None unless the text has two balloons at least (one label at the right of a line is a word
    of a table as likely)."""
    openings = [(index, m) for index, line in enumerate(lines) if "   " in line and (m := _BALLOON_OPENING.search(line)) is not None and m.end() >= _BALLOON_COLUMN]
    if len(openings) < _FEWEST_BALLOONS:
        return []
    changes: list[tuple[int, int, str | None]] = []
    opened = dict(openings)
    index = 0
    while index < len(lines):
        m = opened.get(index)
        if m is None:
            index += 1
            continue
        column = m.end()
        while True:
            line = lines[index]
            begin = m.start() if m is not None else 0
            if line[:begin].strip():
                changes.append((starts[index] + begin, starts[index] + len(line), ""))
            else:
                # nothing of the body on this line: the line goes with its break
                changes.append((starts[index], starts[index] + len(line) + (1 if index + 1 < len(lines) else 0), ""))
            index += 1
            if index >= len(lines) or index in opened:
                break
            piece = _RIGHT_PIECE.search(lines[index])
            if piece is None or abs(piece.end() - column) > _BALLOON_DRIFT:
                break
            m = piece
    return changes
