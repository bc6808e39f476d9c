"""A document copied from a web page: the site's menus, breadcrumb, share bar and footer are no
part of it, and the document reads as if it stood alone (its issuer is not a name in the site's
header). A text that is not a page keeps every line, short ones included."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.web_chrome import chrome_lines, is_copied_page


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(DEFAULT_BASE_IRI)


DOCUMENT = (
    "Decision 2031/104\n\nWorking methods of the Commission\n\n"
    "The Commission on the Status of Women,\n\n"
    "Recalling its decision 2029/101,\n\n"
    "1. Requests the Secretary-General to report to the Commission on the working methods.\n"
)

# Two chromes of two sites: a header naming other organizations, menus, a breadcrumb, a share
# bar, a "was this page helpful" and a footer of links.
PAGES = [
    "Skip to main content\n\nUNODC | UNEP | UN-Women — Intergovernmental support\n\nMenu\nHome\nAbout\n"
    "Meetings\nDocuments\nSearch\n\nYou are here: Home / Sessions / Decisions\n\n" + DOCUMENT
    + "\nShare: Facebook | X | Email\n\nWas this page helpful? Yes | No\n\nAbout us\nCareers\n"
    "Terms of use | Privacy\n© 2031 UN-Women\n",
    "UN-Women | Commission on the Status of Women\n\nSkip to content\n\nHome › Documents › Decisions\n\nMain navigation\nWho we are\nWhat we do\n"
    "Where we work\n\n" + DOCUMENT + "\nDownload: PDF | Word\nCopyright 2031 United Nations\n",
]


@pytest.mark.parametrize("page", PAGES)
def test_a_copied_page_reads_as_its_document(page: str, registry: BodyRegistry) -> None:
    e = extract(page, source_key="page", registry=registry)
    assert e.document.author == "ecosoc/csw"
    requested = [f.object for f in e.facts if f.relation == "requests"]
    assert [getattr(b, "key", None) for b in requested] == ["secretary-general"]
    # nothing from the site's header or its menus
    assert not any(getattr(f.object, "key", None) in ("unodc", "unep", "un-women") for f in e.facts)


@pytest.mark.parametrize(
    "text",
    [
        # a PDF's masthead: short lines, no page marks
        "UNITED\nNATIONS\nEconomic and Social Council\nDistr.: General\n\n" + DOCUMENT,
        # one page mark is not a page: a report may quote "Share: ..." once
        "Share: the data | the methods\n\nAbout\nStaff\nPlaces\n\n" + DOCUMENT,
    ],
)
def test_a_text_that_is_no_page_keeps_its_lines(text: str) -> None:
    assert not is_copied_page(text.split("\n"))
    assert chrome_lines(text.split("\n")) == set()


def test_the_lines_of_the_document_are_not_chrome() -> None:
    lines = PAGES[0].split("\n")
    chrome = chrome_lines(lines)
    kept = [line for i, line in enumerate(lines) if i not in chrome and line.strip()]
    assert kept[: 3] == ["Decision 2031/104", "Working methods of the Commission", "The Commission on the Status of Women,"]
    assert "Home" not in kept and "Careers" not in kept and "Terms of use | Privacy" not in kept


@pytest.mark.parametrize(
    ("lines", "page"),
    [
        (["Skip to main content", "Home / Decisions / 2027/3", "Decision text"], True),
        (["  Skip to content  ", "", "  © 2027 UNDP"], True),
        # a mark's words on two lines are no mark: "Home /" then a title, "Breadcrumbs" then ":"
        (["Skip to main content", "Home /", "Decisions"], False),
        (["Breadcrumbs", ": Home", "Share"], False),
        (["Share:", "Download"], False),  # one mark, twice
        (["Share:", "Was this page helpful?"], True),
        (["The Board, recalling ...", "Decides to share: the ..."], False),
    ],
)
def test_a_page_is_told_by_two_marks_each_on_one_line(lines: list[str], page: bool) -> None:
    assert is_copied_page(lines) is page


# A press-release site's page (E97): the skip link, the site's name and a bar of links naming
# bodies, and no breadcrumb, share bar or copyright line below
MENU_BARS = [
    "Secretary-General | General Assembly | Security Council | Economic and Social Council | Press Briefings",
    "Security Council | Secretary-General | Human Rights Council",
    "UNODC · UNEP · Secretary-General · General Assembly",
]


@pytest.mark.parametrize("bar", MENU_BARS)
@pytest.mark.parametrize("site", ["Meetings Coverage and Press Releases\n", "", "Welcome to the United Nations\n\n"])
@pytest.mark.parametrize("skip", ["Skip to main content", "Skip to content"])
def test_a_skip_link_and_a_bar_of_links_are_a_page(registry: BodyRegistry, bar: str, site: str, skip: str) -> None:
    """One page mark and a bar of three links or more at the top: a copied page; the bodies its
    bar names are no masthead of the document."""
    page = f"{site}{skip}\n{bar}\n\n{DOCUMENT}\nFor information media. Not an official record.\n"
    assert is_copied_page(page.split("\n"))
    e = extract(page, source_key="page", registry=registry)
    assert e.document.author == "ecosoc/csw"
    assert [getattr(f.object, "key", None) for f in e.facts if f.relation == "requests"] == ["secretary-general"]


@pytest.mark.parametrize(
    "lines",
    [
        # a bar without a page mark: a table's row in a report
        ["Symbol | Title | Date", "E/CN.6/2031/1 | Agenda | 3 March 2031", "Decision text"],
        # a mark and a bar of two items only (a quoted "Share: ...")
        ["Skip to main content", "English | Français", "Decision text"],
        # a mark and a bar far below the page's top lines
        ["Skip to main content", *[f"Paragraph {n} of the decision." for n in range(1, 15)], "A | B | C"],
    ],
)
def test_one_mark_without_a_menu_bar_at_the_top_is_no_page(lines: list[str]) -> None:
    assert not is_copied_page(lines)
