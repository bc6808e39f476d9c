"""A web page copied from a browser: the site's chrome around the document (menus, breadcrumb,
share and download bars, footer links), which is no part of the document and must not be read
as its masthead ("UNDP | UNFPA | UNOPS — Executive Board" above the decision names the site,
not the issuer).

Any organization's site prints the same furniture, so the rule is about pages, not bodies: a
text is a copied page when it carries at least two of the marks only a page has ("Skip to main
content", "You are here: Home / ...", "Share: ...", "Was this page helpful?", "© 2027 ..."); on
such a text, those lines, the lines of short items set apart by bars ("Terms of use | Privacy
policy") and the runs of menu entries (three or more short lines in a row, each a few words
without figures or sentence punctuation) are chrome. A text without two marks keeps every line:
a PDF's masthead is also made of short lines.
"""

from __future__ import annotations

import re
from itertools import islice

from mandate_graph.loaders.extract.layout import session_item_line

# Lines only a web page prints.
_PAGE_MARKS = (
    re.compile(r"^Skip to (?:the )?(?:main )?(?:content|navigation)\b", re.IGNORECASE),
    re.compile(r"^(?:You are here|Breadcrumbs?)\s*:", re.IGNORECASE),
    re.compile(r"^Home\s*[/>›»|]\s*\S"),
    re.compile(r"^(?:Share(?: this(?: page)?)?|Download|Print(?: this page)?|Follow us)\s*(?::|$)", re.IGNORECASE),
    re.compile(r"^Was this (?:page|information) (?:helpful|useful)\b", re.IGNORECASE),
    # "(c)" is a copyright sign only before a year: "(c) To advise the Commission ..." is the
    # third item of a list
    re.compile(r"^(?:(?:©|Copyright)\s*(?:\d{4}|[A-Z])|\(c\)\s*\d{4})"),
    # a forum's or a site's account links alone on a line ("Sign Up  Log In", "Log in | Register")
    # and the software's footer ("Powered by Discourse", "Powered by WordPress"): a document never
    # prints them (E297)
    re.compile(r"^(?:(?:Sign (?:Up|In)|Log ?In|Register)(?:\s*[|/·]?\s*)){1,3}$", re.IGNORECASE),
    re.compile(r"^Powered by [A-Z][\w.-]*(?:[,.]|\s*$)"),
)
_MARKS_FOR_A_PAGE = 2
_BREADCRUMB = 2  # the mark "Home > …"
_CRUMB_SEPARATOR = re.compile(r"\s[>›»/]\s")
# "Facebook | X | LinkedIn", "Terms of use | Privacy policy": short items between bars.
_BAR = re.compile(r"\s[|·•]\s")
_LONGEST_ITEM_WORDS = 6
# A menu entry: a few words, no figures, no sentence punctuation at its end.
_MENU_ENTRY = re.compile(r"^[^\d.,;:!?]{1,40}$")
_LONGEST_ENTRY_WORDS = 4
_SHORTEST_MENU = 3


# The marks as one pattern, one named group each (with each mark's own flags), tried once per
# line instead of once per mark and line. No line can open with two marks: each begins with
# its own words.
_ANY_PAGE_MARK = re.compile(
    "|".join(
        f"(?P<mark{number}>{'(?i:' if mark.flags & re.IGNORECASE else '(?:'}{mark.pattern}))"
        for number, mark in enumerate(_PAGE_MARKS)
    )
)


# A page converted to Markdown (html2text, pandoc) writes its chrome as links and list items:
# "[Skip to main content](https://...)", "  * [Home](https://...)". Their visible words are
# what a browser shows, and what tells the chrome.
_MARKDOWN_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*\)")
_MARKDOWN_ITEM = re.compile(r"^[*+-]\s+(?=\S)")


# html2text sets a line in bold between asterisks: "**Skip to main content**"
_BOLD_LINE = re.compile(r"^\*\*(?P<words>[^*]+)\*\*$")


def _visible(line: str) -> str:
    stripped = line.strip()
    bold = _BOLD_LINE.match(stripped)
    if bold is not None:
        stripped = bold["words"].strip()
    if "](" not in stripped:
        return stripped
    return _MARKDOWN_ITEM.sub("", _MARKDOWN_LINK.sub(r"\1", stripped)).strip()


# What a line's visible words may open with where it holds a mark ("Skip", "You", "Breadcrumbs",
# "Home", "Share", "Download", "Print", "Follow", "Was", "©", "Copyright", "(c)", in capitals: a
# small letter's capital, and "ſ"'s, is among them), or its bold's "**". A line of a Markdown
# page with a link ("](") is read whole: the link's text may open it.
_MARK_OPENINGS = frozenset("SYBHDPFWC©(*LR")


def is_copied_page(lines: list[str]) -> bool:
    """Whether ``lines`` are a web page's text, with its chrome."""
    # (only the lines that may open with a mark are read: one test of a character for the rest)
    found = {
        m.lastgroup for line in lines
        if (line.lstrip()[:1].upper() in _MARK_OPENINGS or "](" in line) and (m := _ANY_PAGE_MARK.match(_visible(line))) is not None
    }
    return len(found) >= _MARKS_FOR_A_PAGE or bool(found) and (_menu_bar_at_top(lines) or _menu_of_links_at_top(lines))


# A site's menu as a bar of links: three items or more ("Secretary-General | General Assembly |
# Security Council | Press Briefings"), in the page's first lines
_MENU_BAR_ITEMS = 3
_TOP_LINES = 12


# "  * [Advanced search](https://documents.un.org/search)": a list item that is one link and
# nothing else, html2text's and pandoc's way of writing a site's menu
_LINK_ITEM = re.compile(r"^\s*[*+-]\s+\[[^\]\n]+\]\([^)\s]*\)\s*$")


def _menu_of_links_at_top(lines: list[str]) -> bool:
    """Whether the first lines of text hold three list items in a row that are each a link alone:
    with one mark, the site's menu as a Markdown converter writes it (the second sign of a copied
    page, as `_menu_bar_at_top`'s bar is). A document's own list items say more than a link."""
    run = 0
    for line in islice((line for line in lines if line.strip()), _TOP_LINES):
        run = run + 1 if _LINK_ITEM.match(line) else 0
        if run >= _MENU_BAR_ITEMS:
            return True
    return False


def _menu_bar_at_top(lines: list[str]) -> bool:
    """Whether one of the first lines of text is a bar of three links or more: with one mark
    ("Skip to main content"), the second sign of a copied page (a press release's site prints
    no breadcrumb, share bar or copyright line). A PDF's masthead sets no names between bars."""
    filled = islice((line.strip() for line in lines if line.strip()), _TOP_LINES)
    return any(_is_bar_line(line) and len(_BAR.split(line)) >= _MENU_BAR_ITEMS for line in filled)


def chrome_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines of ``lines`` that are the page's chrome (none if not a page)."""
    if not is_copied_page(lines):
        return set()
    lines = [_visible(line) for line in lines]
    tables = _table_rows(lines)
    chrome = {
        i for i, line in enumerate(lines)
        if _is_mark(line.strip()) or _is_bar_line(line.strip()) and i not in tables
    }
    chrome |= _bar_wrapped_on(lines, chrome)
    chrome |= _head_links_lines(lines)
    run: list[int] = []
    spaced = _every_line_set_apart(lines)
    for index, line in enumerate([*lines, ""]):
        stripped = line.strip()
        if stripped and (_is_menu_entry(stripped) or index in chrome):
            run.append(index)
            continue
        if not stripped and run and spaced and _one_blank_between(lines, index):
            # a page saved through a word processor (antiword, RTF) sets every line apart by
            # a blank line: its menu's entries too
            continue
        if len(run) >= _SHORTEST_MENU and not _runs_on(lines, run) and not _heads_a_session(lines, run, chrome):
            chrome.update(run)
        run = []
    return chrome | _banner(lines, chrome)


_SET_APART_SHARE = 0.8
_HEAD_LINES = 30


def _every_line_set_apart(lines: list[str]) -> bool:
    """Whether (nearly) every line of text at the page's head has a blank line under it, as a
    word processor's text (antiword, RTF) sets each paragraph apart: then even a menu's entries
    are."""
    # the page's head, where its menus are: a document's own paragraphs below may be wrapped
    # (a table's tab rows, one under the other as Word's text writes them, stand for one line: a
    # page's table of fields that a tool read back from antiword's bars, L12)
    filled = list(islice(
        (i for i, line in enumerate(lines) if line.strip() and not (_tab_row(line) and i + 1 < len(lines) and _tab_row(lines[i + 1]))),
        _HEAD_LINES,
    ))  # the head only
    apart = sum(1 for i in filled if i + 1 >= len(lines) or not lines[i + 1].strip())
    if bool(filled) and apart >= _SET_APART_SHARE * len(filled):
        return True
    # ... or nearly every short line there: a word processor wraps the headline and the lead
    # paragraph (antiword at 76 columns), whose full lines run on, while the menu's entries, the
    # date, the symbol and each paragraph's last line stand apart
    short = [i for i in filled if len(lines[i].strip()) <= _SHORT_HEAD_LINE]
    short_apart = sum(1 for i in short if i + 1 >= len(lines) or not lines[i + 1].strip())
    return len(short) >= _FEWEST_SHORT_LINES and short_apart >= _SET_APART_SHARE * len(short)


_SHORT_HEAD_LINE = 40


def _tab_row(line: str) -> bool:
    """A table's row as Word's text writes it: cells of text set apart by a tab."""
    return "\t" in line.strip()
_FEWEST_SHORT_LINES = 8


def _one_blank_between(lines: list[str], index: int) -> bool:
    """Whether the blank line at ``index`` stands alone between two lines of text."""
    return 0 < index < len(lines) - 1 and bool(lines[index - 1].strip()) and bool(lines[index + 1].strip())


# A menu entry never ends on these words; a name broken over short lines does ("Conference of
# the Parties to the" / "United Nations Convention against" / "Transnational Organized Crime").
_RUNNING_ON = frozenset("the of to and against for on in at by with".split())


def _runs_on(lines: list[str], run: list[int]) -> bool:
    """Whether the short lines of ``run`` are a sentence or a name broken into lines (a page's
    masthead), not a menu: one of them, or the line above them, ends on a word that runs on."""
    above = [run[0] - 1] if run[0] > 0 and run[0] - 1 not in run else []
    return any(
        (words := lines[i].split()) and words[-1] in _RUNNING_ON for i in [*above, *run]
    )


def _heads_a_session(lines: list[str], run: list[int], chrome: set[int]) -> bool:
    """Whether the short lines of ``run`` are a document's masthead set in the page's body, not a
    menu: one of them, or the line right under them, names a session by its ordinal or its place
    and dates ("Economic Commission for Europe" / "Committee on X" / "Forty-first session" /
    "Geneva, 23–25 September 2032"). No site's menu lists one session among its entries; its
    breadcrumb may end on one in figures ("Sessions" / ">" / "91st session"), which a masthead
    spells out. A line already told as chrome is no masthead in any spelling: the last crumb of a
    breadcrumb wrapped at its separator ("Home > Corruption > COSP > Resolutions and decisions >"
    / "Seventeenth session"), which a tool that drops lynx's blank lines and link marks (Word's
    text, antiword, pdftotext, LaTeX) sets in one run with the menu above it (L18)."""
    below = [run[-1] + 1] if run[-1] + 1 < len(lines) else []
    return any(
        i not in chrome and (line := lines[i].strip()) and not line[:1].isdigit() and session_item_line(line)
        for i in [*run, *below]
    )


# lynx lists the links of the page's <head> (feeds, alternates) on its first line, each marked
# "#[n]": "#[1]UNODC - United Nations Office on Drugs and Crime [2]alternate". A tool that took
# lynx's text and dropped its link marks (Word's text, antiword, LaTeX, pdftotext, html2text) keeps
# the "#" glued to the first title: "#UNODC - United Nations Office on Drugs and Crime alternate".
# A Markdown heading sets a space after its "#"; a word glued to it at a page's top is no heading.
_HEAD_LINKS_LEFT = re.compile(r"^#(?:\[\d{1,4}\])?[^\s#\[\]]")


def _head_links_lines(lines: list[str]) -> set[int]:
    """The line of the page's head links among the first lines of a copied page (the site's
    name there, read as a heading, was taken for the document's issuer, L18)."""
    top = islice((i for i, line in enumerate(lines) if line.strip()), _TOP_LINES)
    return {i for i in top if _HEAD_LINKS_LEFT.match(lines[i].strip())}


# The site's banner between the skip link and the menu: its logo's alternative text, the site's
# name, "Search", the languages; a few short lines.
_LONGEST_BANNER = 4
_LONGEST_BANNER_LINE = 80


def _banner(lines: list[str], chrome: set[int]) -> set[int]:
    """The lines at the top of a page set between two lines of its chrome ("Skip to main
    content" / "OHCHR logo" / "United Nations Human Rights ..." / "Menu"): the site's banner,
    whose name is no masthead of the document. Only a few short lines: a document's own
    heading between the menu and the footer is longer, or further down."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled or filled[0] not in chrome:
        return set()  # the page does not open with its chrome: no banner to tell
    top = 0
    while top < len(filled) and filled[top] in chrome and (
        _is_mark(line := lines[filled[top]].strip()) or _is_bar_line(line)
    ):
        # the skip link, the bar of languages ("English | Français | Español"): the banner
        # follows them, the menu follows the banner
        top += 1
    # a site's own menu may come first, the skip link or the languages again under it
    # ("Skip to main content" / "* Home" / "* Documents" / "English | Français" / banner)
    below = top
    while below < len(filled) and filled[below] in chrome:
        below += 1
    last_mark = max((n for n in range(top, below) if _opens_banner(lines[filled[n]].strip())), default=None)
    if last_mark is not None:
        top = last_mark + 1
    if top < len(filled) and filled[top] in chrome:
        return set()  # the menu right under the skip link: no banner
    gap = filled[top : top + _LONGEST_BANNER + 1]
    # the first gap only, closed by the menu: the page's own title lines come after the menu
    end = next((n for n, index in enumerate(gap) if index in chrome), None)
    if end is None or any(len(lines[i].strip()) > _LONGEST_BANNER_LINE for i in gap[:end]):
        return set()
    return set(gap[:end])


def _opens_banner(line: str) -> bool:
    """The skip link or the bar of languages, which a site's banner follows (a breadcrumb or a
    download link follows the document's own title instead)."""
    return bool(_PAGE_MARKS[0].match(line)) or _is_bar_line(line)


# The row under a Markdown table's header: "---|---", "| --- | :---: |".
_DELIMITER_ROW = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")


def _table_rows(lines: list[str]) -> set[int]:
    """The lines of Markdown tables (html2text writes "Symbol | Title" without outer bars): the
    run of lines around a delimiter row. Their cells are the document's, not a bar of links."""
    rows: set[int] = set()
    for index, line in enumerate(lines):
        if not _DELIMITER_ROW.match(line.strip()):
            continue
        start = index
        while start > 0 and lines[start - 1].strip():
            start -= 1
        end = index
        while end + 1 < len(lines) and lines[end + 1].strip():
            end += 1
        rows.update(range(start, end + 1))
    return rows


# a bar of links a converter wrapped at the page's width ends on its separator
# ("Home | About | Working Groups | Sessions |" / "Library"), or the next line opens with it
# ("Home | About | Sessions" / "| Library", as html2text breaks a line before a bar)
_OPEN_BAR_END = re.compile(r"\s[|·•]$")
_BAR_START = re.compile(r"^[|·•]\s+(?=\S)")


# a breadcrumb wrapped at its separator: "Home > Corruption > COSP > Resolutions and decisions >"
# / "Seventeenth session", or "Home > … > 90th session" / "> Resolutions" (lynx, w3m)
_OPEN_CRUMB_END = re.compile(r"\s[>›»/]$")
_CRUMB_START = re.compile(r"^[>›»]\s+(?=\S)")


def _bar_wrapped_on(lines: list[str], chrome: set[int]) -> set[int]:
    """The lines that carry on a bar of links or a breadcrumb wrapped at its separator: a few
    words with no sentence punctuation, or the bar's further items. (The breadcrumb's last crumb
    names the page, "Seventeenth session": read as a heading, it gave the session to the site's
    owner above it, E252.) A line that ends on its separator is carried on past one blank line
    too: a word processor's text (antiword, stripped RTF, LaTeX) sets each wrapped line of lynx's
    apart as a paragraph of its own (L18)."""
    found = set()
    for i in sorted(chrome):
        if i + 1 >= len(lines):
            continue
        nxt = i + 1
        if not lines[nxt].strip() and nxt + 1 < len(lines) and lines[nxt + 1].strip():
            nxt += 1  # only a line ending on its separator runs on over the blank line (below)
        following = lines[nxt].strip()
        if _is_bar_line(lines[i].strip()):
            rest = _carried_on(lines[i], following, _OPEN_BAR_END, _BAR_START if nxt == i + 1 else None)
        elif _PAGE_MARKS[_BREADCRUMB].match(lines[i].strip()):
            rest = _carried_on(lines[i], following, _OPEN_CRUMB_END, _CRUMB_START if nxt == i + 1 else None)
            rest = _CRUMB_SEPARATOR.sub(" ", rest) if rest is not None else None
        else:
            continue
        if rest is None:
            continue
        if _is_menu_entry(rest) or _is_bar_line(rest):
            found.add(nxt)
    return found


def _carried_on(line: str, following: str, open_end: re.Pattern[str], start: re.Pattern[str] | None) -> str | None:
    """The words of ``following`` that carry ``line`` on when it ends on its separator or the
    next line opens with it; None when it does neither."""
    if open_end.search(line.rstrip()):
        return following
    if start is not None and start.match(following):
        return start.sub("", following)
    return None


# A page's suggested citation ("Cite as: International Seabed Authority, Council, ISBA/41/C/17 (30
# July 2036).", "How to cite this document: …"): on a copied page, chrome too, no mark of a page (a
# report's PDF prints one as well). Its date in brackets after the symbol is the page's date of
# issue, not a day the instrument was adopted on (E218).
_CITATION_LINE = re.compile(r"^(?:Cite\s+(?:as|this(?:\s+(?:page|document|decision|resolution|record))?)|How\s+to\s+cite(?:\s+this\s+\w+)?|Suggested\s+citation)\s*:", re.IGNORECASE)


def _is_mark(line: str) -> bool:
    return any(mark.match(line) for mark in _PAGE_MARKS) or _CITATION_LINE.match(line) is not None


# "Adopted on 10 December 2037 | Last updated: 14 January 2038": the foot of an instrument's page
# sets its day of adoption in the bar with the page's own dates; the item is the text's (E252)
_ADOPTION_ITEM = re.compile(r"^(?:Adopted(?:\s+on)?|Date\s+of\s+adoption|Date\s+adopted|Adoption\s+date)\b\s*:?\s*\d")


def _is_bar_line(line: str) -> bool:
    if line.startswith("|") and line.endswith("|"):
        return False  # "| Twenty-ninth | 15-26 April 2030 | E/2030/43 |": a table's row
    items = _BAR.split(line)
    return (
        len(items) >= 2 and all(0 < len(item.split()) <= _LONGEST_ITEM_WORDS for item in items) and len(line) < 120
        and not any(_ADOPTION_ITEM.match(item.strip()) for item in items)
    )


# A menu's entry set as a list item ("• Conference of the States Parties", lynx's "* " bullet
# after the link markers went; html2text's "* "): a list item says it is an entry, so a few more
# words are allowed than for a bare line, which may be a heading broken into lines (E252)
_LIST_ITEM = re.compile(r"^[•*+-]\s+(?=\S)")
_LONGEST_ITEM_ENTRY_WORDS = 6


def _is_menu_entry(line: str) -> bool:
    if not _MENU_ENTRY.match(line):
        return False
    item = _LIST_ITEM.match(line)
    if item is not None:
        return len(line[item.end() :].split()) <= _LONGEST_ITEM_ENTRY_WORDS
    return len(line.split()) <= _LONGEST_ENTRY_WORDS


# (E277) A library's record page ("Details" then its fields: Title, Authors, Symbol, Date, ...)
# that prints the document below a line "Full text" (the UN Digital Library, an institutional
# repository): the document's own masthead opens there ("United Nations A/HRC/RES/95/14" /
# "Human Rights Council" / "Ninety-fifth session" / "15 June–9 July 2037"), a page of fields and
# menus below the masthead reader's reach.
_FULL_TEXT = re.compile(r"^(?:Full[ -]text|Full[ -]text\s+(?:of\s+the\s+document|view))\s*:?$", re.IGNORECASE)
_MASTHEAD_OPENS = re.compile(r"^(?:United\s+Nations|Nations\s+Unies)\s+\S*/\S*|^[A-Z]{1,8}(?:/[\w.-]+){2,}\b")


# (E296) A working tool's page that pastes the document between rules (a ticket's "Description"
# with the adopted text between "----" lines, a wiki's or a chat's "---", "____", "====="): the
# masthead opens right under the rule, the ticket's fields and summary above it are no masthead.
_RULE_LINE = re.compile(r"^(?:-{3,}|_{3,}|={3,}|\*(?:\s?\*){2,})$")


def full_text_start(texts: list[str]) -> int | None:
    """The index of the paragraph a record page's full text opens with (a masthead), when a line
    "Full text" stands right above it, or a rule that sets the pasted document apart from the
    page of a working tool (E296)."""
    for index, text in enumerate(texts[:-1]):
        line = text.strip()
        if (_FULL_TEXT.match(line) or index > 0 and _RULE_LINE.match(line)) and _MASTHEAD_OPENS.match(texts[index + 1].strip()):
            return index + 1
    return _pasted_masthead(texts)


# (E297) A post, a mail or a chat message pasting a document under a few words of its own ("below
# is the chapter as issued:"): the document's masthead opens at a line that is its symbol alone,
# the first such line, after the poster's sentence; the poster's title, name and date above are
# no masthead. A document whose symbol heads it has no sentence above it.
_SYMBOL_ALONE = re.compile(r"^[A-Z]{1,8}(?:/[\w.-]+){2,}$")
_POSTER_SENTENCE = re.compile(r"^[A-Z].{30,}[.:!]$", re.DOTALL)
_PASTED_WITHIN = 12


def _pasted_masthead(texts: list[str]) -> int | None:
    said = False
    for index, text in enumerate(texts[:_PASTED_WITHIN]):
        stripped = text.strip()
        if _SYMBOL_ALONE.match(stripped):
            return index if said and index + 1 < len(texts) else None
        said = said or bool(_POSTER_SENTENCE.match(stripped))
    return None
