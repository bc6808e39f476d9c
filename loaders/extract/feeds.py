"""A news or documents feed (RSS 2.0, RSS 1.0, Atom) read as the items a feed reader shows: each
item's title a paragraph of its own, then the text of its description and content, item after
item in the order the feed gives them.

Told by the text itself: its root element is ``<rss>``, an Atom ``<feed>`` or an RSS 1.0
``<rdf:RDF>``, and it holds an ``<item>`` or ``<entry>``. Then:

- the words of the feed are the text elements of the channel and of each item: ``title``,
  ``description``, ``summary``, ``content`` (``content:encoded`` too), ``subtitle``; each is a
  paragraph (or several) of its own;
- everything else goes: the envelope's tags, links and ids (``link``, ``guid``, ``id``,
  ``atom:link``), dates of posting (``pubDate``, ``updated``: the feed's, not the documents'),
  categories, authors and generators (an item's author is no author of the document the feed
  lists);
- a text element's HTML is read as `html_pages` reads a page, however the feed carries it: escaped
  once (``&lt;p&gt;Text&lt;/p&gt;``, RSS's ``<description>``, Atom's ``type="html"``), escaped twice
  (``&amp;lt;p&amp;gt;``), in a ``<![CDATA[ ... ]]>`` section (``content:encoded``) or inline
  (Atom's ``type="xhtml"``); an entity of the HTML escaped with it (``10&amp;nbsp;and``) is its
  character. Atom's ``type="text"`` is read so too: text without tags reads as itself, and a
  feed that calls its escaped HTML text still means the HTML.

Every character kept maps to the character of the file it came from (an entity's characters to
the entity's first), so evidence (line numbers, quotes) points into the feed as saved.
"""

from __future__ import annotations

import html
import re

from mandate_graph.loaders.extract.characters import ENTITY, apply_changes
from mandate_graph.loaders.extract.html_pages import html_fragment_changes

Changes = list[tuple[int, int, str | None]]

# the root element after the prolog (declaration, comments, processing instructions, doctype)
_FEED_ROOT = re.compile(
    r"\A\ufeff?\s*(?:(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*"
    r"<(?:rss\b|(?:[A-Za-z]\w*:)?feed\b[^>]*\bhttp://www\.w3\.org/2005/Atom\b|rdf:RDF\b[^>]*\bhttp://purl\.org/rss/1\.0/)",
    re.S,
)
_ITEM = re.compile(r"<(?:[A-Za-z]\w*:)?(?:item|entry)\b[^>]*>")
_XML_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)|<\?.*?(?:\?>|\Z)|<![A-Za-z][^>]*>"
    r"|<(?P<close>/?)(?P<name>[A-Za-z_][\w:.-]*)(?P<attributes>(?:\s+[^\s=>/]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(?P<empty>/?)>",
    re.S,
)
_CDATA = re.compile(r"<!\[CDATA\[(?P<inner>.*?)(?:\]\]>|\Z)", re.S)
_TYPE = re.compile(r"""\btype\s*=\s*["'](?P<type>[^"']*)["']""")
# HTML escaped once more than its reader undoes: "&lt;p&gt;" where no tag stands
_ESCAPED_TAG = re.compile(r"&lt;/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*?)?/?&gt;")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*?)?/?>")
# the elements that hold the feed's words, by their local name ("content:encoded" is "encoded")
_TEXT_ELEMENTS = frozenset({"title", "description", "summary", "content", "encoded", "subtitle"})
# what the words belong to: the channel and its items (an <image>'s title repeats the channel's)
_HOLDERS = frozenset({"rss", "channel", "feed", "item", "entry", "rdf"})
_MOST_UNESCAPES = 3


def is_feed(text: str) -> bool:
    if "<item" not in text and "<entry" not in text and ":item" not in text and ":entry" not in text:
        return False  # most texts: done here
    return _FEED_ROOT.match(text) is not None and _ITEM.search(text) is not None


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1].lower()


def _unescaped(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """text[start:end] with its CDATA sections their characters and its entities outside them
    undone, and the offset in ``text`` of each character (and of the end)."""
    pieces: list[str] = []
    offsets: list[int] = []
    position = start

    def plain(until: int) -> None:
        at = position
        for m in ENTITY.finditer(text, at, until):
            pieces.append(text[at : m.start()])
            offsets.extend(range(at, m.start()))
            meant = html.unescape(m.group(0))
            pieces.append(meant)
            offsets.extend([m.start()] * len(meant))
            at = m.end()
        pieces.append(text[at:until])
        offsets.extend(range(at, until))

    for m in _CDATA.finditer(text, start, end):
        plain(m.start())
        pieces.append(m["inner"])
        offsets.extend(range(m.start("inner"), m.end("inner")))
        position = m.end()
    plain(end)
    offsets.append(end)
    return "".join(pieces), offsets


def _unescaped_again(text: str) -> tuple[str, list[int]]:
    """The entities of ``text`` undone (HTML escaped once more than its carrier says)."""
    changes: Changes = []
    for m in ENTITY.finditer(text):
        meant = html.unescape(m.group(0))
        if meant != m.group(0):
            changes.append((m.start(), m.end(), meant))
    return apply_changes(text, changes)


def _element_html(text: str, start: int, end: int, kind: str) -> tuple[str, list[int]]:
    """What a text element (its content text[start:end]) shows, and the offset in ``text`` each
    of its characters comes from (more than one character may come from one offset)."""
    if kind == "xhtml":
        shown, offsets = text[start:end], list(range(start, end + 1))  # inline markup: the page itself
    else:
        shown, offsets = _unescaped(text, start, end)
        for _ in range(_MOST_UNESCAPES):
            if _TAG.search(shown) is not None or _ESCAPED_TAG.search(shown) is None:
                break
            shown, inner = _unescaped_again(shown)
            offsets = [offsets[i] for i in inner]
    read, inner = apply_changes(shown, html_fragment_changes(shown, flowing=True))
    return read, [offsets[i] for i in inner]


def _as_changes(text: str, start: int, end: int, read: str, offsets: list[int]) -> Changes:
    """Changes that make text[start:end] read ``read``: a character of ``read`` that stands in
    ``text`` at its offset, after the last one kept, is kept there; the others replace what lies
    between two kept ones."""
    changes: Changes = []
    kept = start - 1  # the offset of the last character kept
    pending: list[str] = []
    for index, char in enumerate(read):
        at = offsets[index]
        if kept < at < end and text[at] == char:
            if pending or at > kept + 1:
                changes.append((kept + 1, at, "".join(pending)))
                pending = []
            kept = at
        else:
            pending.append(char)
    if pending or kept + 1 < end:
        changes.append((kept + 1, end, "".join(pending)))
    return changes


def feed_changes(text: str) -> Changes:
    """The changes that read a feed as its items' words (see above)."""
    if "<" not in text[:1000] or not is_feed(text):
        return []
    changes: Changes = []
    stack: list[str] = []
    done = 0  # where the text not yet read or dropped begins
    position = 0
    while (m := _XML_TOKEN.search(text, position)) is not None:
        position = m.end()
        name = m["name"]
        if name is None:
            continue  # a comment, processing instruction or declaration of the envelope
        local = _local(name)
        if m["close"]:
            while stack and stack.pop() != local:
                pass
            continue
        if m["empty"]:
            continue
        if local in _TEXT_ELEMENTS and (not stack or stack[-1] in _HOLDERS):
            close = re.compile(r"</" + re.escape(name) + r"\s*>").search(text, m.end())
            content_end = close.start() if close is not None else len(text)
            found = _TYPE.search(m["attributes"] or "")
            kind = "xhtml" if found is not None and found["type"].lower().endswith("xhtml") else "html"
            read, offsets = _element_html(text, m.end(), content_end, kind)
            if local == "title" and read.strip():
                # the feed's and each item's title: a heading of the outline, as a feed reader
                # shows it (an item's text, an instrument's too, ends at the next item's title)
                mark = "# " if stack and stack[-1] in ("channel", "feed") else "## "
                lead = len(read) - len(read.lstrip())
                read, offsets = read[:lead] + mark + read[lead:], offsets[:lead] + [offsets[lead]] * len(mark) + offsets[lead:]
            # what lies before the element goes: a paragraph's break in its place
            changes.append((done, m.end(), "\n\n" if done else ""))
            changes.extend(_as_changes(text, m.end(), content_end, read, offsets))
            done = content_end
            position = close.end() if close is not None else len(text)
            continue
        stack.append(local)
    changes.append((done, len(text), "\n"))
    return changes
