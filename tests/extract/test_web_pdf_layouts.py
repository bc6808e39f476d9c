"""A document as PDF converters and text-mode browsers give it: `pdftotext -layout`, `pdftotext
-raw`, `lynx -dump` and html2text's Markdown (tests/variants/web_pdf.py makes each from a plain
text). The facts found in each are the facts of the plain text. Then the rules the layouts
needed, each on small invented texts beside texts of the same look that must stay as they are:
html2text's escaped numbers and underscore emphasis, soft hyphens, a page's Markdown chrome, the
third list item "(c)" that is no copyright sign, and pdftotext -raw's lines (a numbered
paragraph's narrower first line, a number in words hyphenated at a line end, the "Resolution
adopted by" line under a full line). Invented bodies and texts."""

from __future__ import annotations

import textwrap
from collections import Counter
from typing import Callable

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.characters import fix_characters
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.layout import keeps_hyphen, lines_as_paragraphs
from mandate_graph.loaders.extract.web_chrome import chrome_lines, is_copied_page
from tests.extract.reference_data import OCEAN_ORGANIZATION, registry_from_turtle
from tests.variants.web_pdf import VARIANTS

BODY = OCEAN_ORGANIZATION

# A resolution as Word saves it as plain text: a paragraph a line, a tab after each label.
PLAIN = "\n".join([
    "United Nations\tOA/12/RES/3",
    "World Ocean Organization\tDistr.: General",
    "20 May 2027",
    "Original: English",
    "Assembly of the World Ocean Organization",
    "Twelfth session",
    "Lisbon, 10–14 May 2027",
    "Resolution adopted by the Assembly of the World Ocean Organization on 14 May 2027",
    "OA12/3.\tCoastal observation and cooperation among the coastal States of the Organization",
    "The Assembly of the World Ocean Organization,",
    "Recalling its resolution OA11/7 of 9 May 2025 on the coastal observation network and its "
    "resolution OA10/2 of 12 May 2023 on the exchange of oceanographic data among Member States,",
    "Having considered the report of the Council of the World Ocean Organization on its "
    "thirty-first session, held in Lisbon from 2 to 4 March 2027, and the recommendations made "
    "therein on the modernization of the coastal observation network,",
    "1.\tEndorses the recommendations adopted by the Council of the World Ocean Organization at "
    "its thirty-first session;",
    "2.\tDecides to establish an intergovernmental working group on coastal observation, which "
    "shall hold its first meeting in Lisbon on 3 and 4 November 2027;",
    "3.\tRequests the Council of the World Ocean Organization to review the coastal observation "
    "network and to report thereon to the Assembly at its thirteenth session, with the following "
    "elements:",
    "(a)\tThe state of the network in each region of the Organization;",
    "(b)\tThe needs of developing coastal States for equipment and training;",
    "(c)\tThe cost of the modernization of the network over the period 2028–2031;",
    "4.\tInvites Member States to share their observation data with the working group and to "
    "contribute to the trust fund established by resolution OA9/4;",
    "Fifth plenary meeting",
    "14 May 2027",
]) + "\n"

OWN = InstrumentRef("ocean-assembly", "resolution", "12", "3")


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


def _of_own(facts: set[tuple[object, str, object]]) -> set[tuple[str, object]]:
    return {(relation, obj) for subject, relation, obj in facts if subject == OWN}


# --------------------------------------------------------------------------- every layout


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_each_layout_gives_the_facts_of_the_plain_text(variant: str, registry: BodyRegistry) -> None:
    plain = _of_own(_facts(PLAIN, registry))
    assert ("cites", InstrumentRef("ocean-assembly", "resolution", "11", "7")) in plain
    assert any(relation == "requests" for relation, _ in plain)
    laid_out = VARIANTS[variant](PLAIN)
    assert laid_out != PLAIN
    found = _of_own(_facts(laid_out, registry))
    assert plain <= found, f"{variant} lost {sorted(map(str, plain - found))}"


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_a_longer_resolution_survives_page_breaks(variant: str, registry: BodyRegistry) -> None:
    """Page breaks fall in mid-paragraph, with a running header and a footer between the halves."""
    recalls = [
        f"Recalling also its resolution OA{n}/1 of 10 May {2005 + n} on the observation of the "
        f"ocean floor and the coastal zones of the Member States of the Organization,"
        for n in range(2, 9)
    ]
    lines = PLAIN.split("\n")
    at = lines.index("The Assembly of the World Ocean Organization,") + 1
    longer = "\n".join([*lines[:at], *recalls * 3, *lines[at:]])
    plain = _of_own(_facts(longer, registry))
    found = _of_own(_facts(VARIANTS[variant](longer), registry))
    assert plain <= found, f"{variant} lost {sorted(map(str, plain - found))}"


# --------------------------------------------------------------------------- html2text


def test_escaped_numbers_and_underscore_emphasis_read_as_printed() -> None:
    text = (
        "_The Assembly of the World Ocean Organization_,\n\n"
        "_Having considered_ the report of the Council,\n\n"
        "1\\. _Decides_ to establish an intergovernmental working group;\n\n"
        "2\\. _Requests also_ the Council to report thereon;\n"
    )
    cleaned = clean(text).text
    assert "Having considered the report of the Council," in cleaned
    assert "1. Decides to establish" in cleaned
    assert "2. Requests also the Council" in cleaned
    # the escaped number begins a paragraph of its own after the preamble's comma
    assert "Council, 1." not in cleaned


@pytest.mark.parametrize(
    "text",
    [
        "See the file observation_network_2027.pdf on the site.\n",  # an underscore inside a name
        "The form: name ____ and date ____.\n",  # blanks of a form
    ],
)
def test_underscores_that_are_no_emphasis_stay(text: str) -> None:
    cleaned = clean(text).text
    for word in ("observation_network_2027", "____"):
        if word in text:
            assert word in cleaned


def test_soft_hyphens_inside_words_are_dropped() -> None:
    text = "the recom\u00admendations of the inter\u00adgovernmental working group"
    fixed, offsets = fix_characters(text)
    assert fixed == "the recommendations of the intergovernmental working group"
    assert offsets is not None and text[offsets[fixed.index("mendations")]] == "m"


HTML2TEXT_PAGE = """[Skip to main content](https://www.example.org/#main)

  * [Home](https://www.example.org/)
  * [Documents](https://www.example.org/documents/)
  * [Meetings](https://www.example.org/meetings/)

United Nations | OA/12/RES/3
---|---
World Ocean Organization | Distr.: General

**Assembly of the World Ocean Organization**

Symbol | Title
---|---
OA/12/1 | Provisional agenda
OA/12/2 | Report of the Council

[Copyright](https://www.example.org/copyright)  [Terms of use](https://www.example.org/terms)
"""


def test_a_pages_markdown_chrome_is_told_and_its_tables_are_not() -> None:
    lines = HTML2TEXT_PAGE.split("\n")
    assert is_copied_page(lines)
    chrome = {lines[i] for i in chrome_lines(lines)}
    assert "[Skip to main content](https://www.example.org/#main)" in chrome
    assert "  * [Home](https://www.example.org/)" in chrome
    assert any(line.startswith("[Copyright]") for line in chrome)
    assert not any("|" in line for line in chrome), "a table's rows are no bar of links"
    # the masthead table under the menu is read cell by cell, as a masthead
    cleaned = clean(HTML2TEXT_PAGE).text
    assert cleaned.startswith("United Nations\n\nOA/12/RES/3\n\nWorld Ocean Organization")


# --------------------------------------------------------------------------- lynx


def test_a_third_list_item_is_no_copyright_sign() -> None:
    lines = [
        "   Skip to main content",
        "",
        "   (a) To review the network;",
        "   (b) To identify priorities;",
        "   (c) To advise the Commission on data;",
    ]
    assert not is_copied_page(lines)
    assert is_copied_page([*lines, "   (c) 2027 World Ocean Organization"])
    assert is_copied_page([*lines, "   © World Ocean Organization"])


# --------------------------------------------------------------------------- pdftotext -raw

RAW = "\n".join([
    "4. The Council of the World Ocean Organization held its thirty-first session in Lisbon",
    "from 2 to 4 March 2027, under the chairmanship of Ms. Ana Lopes (Portugal), and it",
    "adopted its report on the last day of the session, as the Assembly had requested.",
    "5. The session of the Council was held in accordance with Assembly resolution",
    "OA11/7 of 9 May 2025, entitled \"Coastal observation\". In that resolution, the",
    "Assembly decided that the working group would meet at the seventy-",
    "fourth meeting of the Council and requested the Council to report to it at its",
    "twelfth session on the work of the group, and on the state of the network, too.",
    "6. At its 12th meeting, on 4 March 2027, the Council elected Ms.",
    "Lopes as its Chair for the period 2027–2028 and thanked the outgoing Chair.",
]) + "\n"


def test_raw_lines_of_a_numbered_paragraph_run_on() -> None:
    cleaned = clean(RAW).text
    # the first line of paragraph 5 is short by its label's tab stop, not at its paragraph's end
    assert "Assembly resolution OA11/7 of 9 May 2025" in cleaned
    # "Ms." before a name ends no sentence
    assert "elected Ms. Lopes as its Chair" in cleaned
    # a number in words keeps its hyphen across the line end
    assert "seventy-fourth meeting" in cleaned


def test_a_paragraph_that_ends_short_still_ends() -> None:
    text = RAW.replace("as the Assembly had requested.", "as requested.")
    cleaned = clean(text).text
    assert "as requested.\n\n5. The session" in cleaned


@pytest.mark.parametrize(
    ("left", "right", "kept"),
    [("seventy", "fourth", True), ("twenty", "one", True), ("implemen", "tation", False)],
)
def test_numbers_in_words_keep_their_hyphen(left: str, right: str, kept: bool) -> None:
    assert keeps_hyphen(left, right, Counter()) is kept


def test_the_adoption_line_under_a_full_line_is_a_paragraph_of_its_own(registry: BodyRegistry) -> None:
    raw: Callable[[str], str] = VARIANTS["pdf_raw"]
    text = raw(PLAIN.replace(
        "Lisbon, 10–14 May 2027",
        "Lisbon, 10–14 May 2027\nOcean affairs: coastal observation, data exchange and the modernization of networks",
    ))
    cleaned = clean(text).text
    assert "\n\nResolution adopted by the Assembly of the World Ocean Organization on 14 May 2027" in cleaned
    assert ("cites", InstrumentRef("ocean-assembly", "resolution", "11", "7")) in _of_own(_facts(text, registry))


# --------------------------------------------------------------------------- pdftotext -layout tables

ALIGNED = """    Documents before the Assembly at its twelfth session

 Symbol                Title                                            Agenda item
 OA/12/1               Provisional agenda and annotations               2
 OA/12/4               Report of the Council on the activities of the   4
                       Organization since the eleventh session
 OA/12/6               Coastal observation networks: note by the        6
                       secre-
                       tariat
 OA/12/INF.2           List of participants                             1
"""


def test_an_aligned_table_is_read_row_by_row() -> None:
    from mandate_graph.loaders.extract.aligned_tables import aligned_table_export

    read = aligned_table_export(ALIGNED)
    assert read is not None
    fixed, offsets = read
    rows = [line for line in fixed.split("\n") if line.startswith("OA/")]
    assert rows[1] == "OA/12/4\tReport of the Council on the activities of the Organization since the eleventh session\t4"
    assert rows[2] == "OA/12/6\tCoastal observation networks: note by the secretariat\t6"
    assert len(offsets) == len(fixed) + 1
    for character, offset in zip(fixed, offsets):
        if character.isalnum():
            assert ALIGNED[offset] == character


@pytest.mark.parametrize(
    "text",
    [
        # a justified paragraph: runs of spaces, but at no common columns
        "    The  Assembly  of  the World Ocean Organization held its twelfth session in\n"
        "    Lisbon  from  10  to  14  May  2027,  under the chairmanship of the President\n"
        "    of  the  Assembly,  and  adopted  the  resolutions  set  out  in  the annex.\n",
        # two columns of prose side by side, a paragraph number in the right one
        " Recalling its resolution OA11/7 on coastal       3.   Requests the Council of the\n"
        " observation and the work of the Council,              World Ocean Organization to\n"
        " Having considered the report of the Council      4.   Invites Member States to share\n"
        " on its thirty-first session, held in Lisbon,          their data with the group;\n",
        # a masthead of two columns
        " United Nations                                              OA/12/RES/3\n"
        " World Ocean Organization                                Distr.: General\n"
        "                                                             20 May 2027\n",
    ],
)
def test_text_that_is_no_aligned_table_stays(text: str) -> None:
    from mandate_graph.loaders.extract.aligned_tables import aligned_table_export

    assert aligned_table_export(text) is None


def test_an_opening_formula_atop_a_page_begins_anew(registry: BodyRegistry) -> None:
    """A title left at the foot of a page, the opening formula on the next one."""
    lines = VARIANTS["pdf_layout"](PLAIN).split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip() == "The Assembly of the World Ocean Organization,")
    paged = "\n".join([*lines[:at], "", "GE.30-01234                                    2/3", "\f OA/12/RES/3", "", *lines[at:]])
    cleaned = clean(paged).text
    assert "\n\nThe Assembly of the World Ocean Organization,\n\n" in cleaned
    assert ("title", "Coastal observation and cooperation among the coastal States of the Organization") in _of_own(
        _facts(paged, registry)
    )


def test_a_bracketed_symbol_alone_on_its_line_runs_on() -> None:
    text = RAW + "\n".join([
        "11. The Council had before it the following documents:",
        "(a) Report of the working group on its first meeting, held in Lisbon on 3 and 4 November",
        "2027",
        "(OA/WG.1/2027/3);",
        "(b) Note by the secretariat (OA/12/5).",
    ]) + "\n"
    cleaned = clean(text).text
    assert "3 and 4 November 2027 (OA/WG.1/2027/3);" in cleaned


def test_a_name_broken_over_short_lines_is_no_menu() -> None:
    page = [
        "Skip to main content",
        "",
        "• Home",
        "• Documents",
        "• Meetings",
        "",
        "Conference of the Parties to the",
        "Convention on Ocean Observation and",
        "Coastal Data Exchange",
        "Twelfth session",
        "",
        "Copyright  Terms of use",
    ]
    chrome = chrome_lines(page)
    assert {2, 3, 4} <= chrome
    assert not chrome & {6, 7, 8, 9}


def test_the_formula_under_a_full_title_opens_the_text() -> None:
    text = "\n".join([
        "Decision 12/101",
        "Standing committee on the review of the coastal observation network of the Organization",
        "The Assembly of the World Ocean Organization, recalling its decision 11/102 of 9 May",
        "2025, decides that the committee shall be maintained as a standing body.",
    ]) + "\n"
    cleaned = clean(text).text
    assert "Organization\n\nThe Assembly of the World Ocean Organization, recalling" in cleaned


# --------------------------------------------------------------------------- numbered paragraphs as list items

# html2text wraps a page's paragraphs at 78 columns but prints each list item whole on one line;
# a resolution page whose operative paragraphs are an ordered list shows each as "  * 1. ...",
# the next resolution's bold heading straight under the last item, and a footnote wrapped below
# its marker without a blank line.
LISTED_OPERATIVES = """[Skip to main content](https://www.example.org/#main)

  * [Home](https://www.example.org/)
  * [Documents](https://www.example.org/documents/)

**Resolution OA12/3**

Coastal observation and cooperation among the coastal States of the Organization

The Assembly of the World Ocean Organization,

_Recalling_ its resolution OA11/7 of 9 May 2025 on the coastal observation
network and its resolution OA10/2 of 12 May 2023 on the exchange of
oceanographic data among Member States,

{bullet}1. Decides to establish an intergovernmental working group on coastal observation, which shall hold its first meeting in Lisbon on 3 and 4 November 2027;
{bullet}2. Requests the Council of the World Ocean Organization to review the coastal observation network and to report thereon to the Assembly at its thirteenth session;
{bullet}3. Invites Member States to share their observation data with the working group;
**Resolution OA12/4**

Ocean literacy

The Assembly of the World Ocean Organization,

_Recalling_ its resolution OA9/4 of 14 May 2021, by which it established the
ocean literacy trust fund,

{bullet}1. Requests the Council of the World Ocean Organization to report to the Assembly at its thirteenth session on the use of the trust fund;
<sup>2</sup> [OA/12/9](https://undocs.org/OA/12/9) and [OA/12/10](https://undocs.org/OA/12/10),
respectively, for the two reports of the Council.

[Copyright](https://www.example.org/copyright)  [Terms of use](https://www.example.org/terms)
"""


@pytest.mark.parametrize("bullet", ["  * ", "  - ", "  + ", "\u2022 ", ""])
def test_numbered_paragraphs_printed_as_list_items_keep_their_resolution(bullet: str, registry: BodyRegistry) -> None:
    facts = _facts(LISTED_OPERATIVES.replace("{bullet}", bullet), registry)
    third, fourth = OWN, InstrumentRef("ocean-assembly", "resolution", "12", "4")
    council = BodyRef("ocean-assembly/council")
    of_third = {(r, o) for s, r, o in facts if s == third}
    of_fourth = {(r, o) for s, r, o in facts if s == fourth}
    assert ("cites", InstrumentRef("ocean-assembly", "resolution", "11", "7")) in of_third
    assert ("requests", council) in of_third
    assert any(r == "establishes" for r, _ in of_third), sorted(map(str, of_third))
    # the heading under the last item opens the next resolution: its recital is its own
    assert ("cites", InstrumentRef("ocean-assembly", "resolution", "9", "4")) in of_fourth
    assert ("cites", InstrumentRef("ocean-assembly", "resolution", "9", "4")) not in of_third
    assert ("requests", council) in of_fourth


def test_a_bullet_before_a_word_stays_a_bullet() -> None:
    text = "Documents:\n\n  * 12 copies of the report were printed.\n  * Annex: 2. Tables\n"
    cleaned = clean(text)
    assert "12 copies of the report were printed." in cleaned.text
    assert "2. Tables" in cleaned.text


# A report's table of contents whose rows hold the long titles of the instruments: html2text and
# lynx print each row whole on one line, longer than any wrapped line of the page. The page is
# still wrapped text: its recitals are paragraphs over several lines, not a paragraph a line.
CONTENTS = [
    "Contents",
    "\t".join(["OA12/1.", "Strengthening the cooperation of the coastal States of the Organization in the "
               "observation of the ocean floor, the coastal zones and the exclusive economic zones, including "
               "through the exchange of oceanographic data, the training of observers and the modernization of "
               "the coastal observation network of the Organization in each of its regions", "3"]),
    "\t".join(["OA12/2.", "Ocean literacy", "5"]),
]


@pytest.mark.parametrize("variant", ["html2text", "lynx"])
def test_a_page_with_long_contents_rows_is_still_read_by_paragraphs(variant: str, registry: BodyRegistry) -> None:
    lines = PLAIN.split("\n")
    at = lines.index("Resolution adopted by the Assembly of the World Ocean Organization on 14 May 2027")
    with_contents = "\n".join([*lines[:at], *CONTENTS, *lines[at:]])
    plain = _of_own(_facts(with_contents, registry))
    assert ("cites", InstrumentRef("ocean-assembly", "resolution", "10", "2")) in plain
    found = _of_own(_facts(VARIANTS[variant](with_contents), registry))
    assert plain <= found, f"{variant} lost {sorted(map(str, plain - found))}"


def test_a_superscript_note_runs_on_over_its_wrapped_lines() -> None:
    note = "Text of the page.\n\n<sup>4</sup> [OA/12/9](https://undocs.org/OA/12/9)\nand [OA/12/10](https://undocs.org/OA/12/10),\nrespectively.\n"
    blocks = [(b.kind, clean(note).text[b.start : b.end]) for b in clean(note).blocks]
    assert ("footnote", "OA/12/9 and OA/12/10, respectively.") in blocks


# --------------------------------------------------------------------------- bullets of every kind

LISTED_DOCUMENTS = """# Report of the Assembly of the World Ocean Organization on its twelfth session

## Agenda item 3

1. For its consideration of the item, the Assembly had before it the following:

{bullet}Report of the Council on the coastal observation network (OA/12/3);
{bullet}Note by the Secretariat on ocean literacy (OA/12/4).

2. The Assembly took note of the documents.
"""


@pytest.mark.parametrize("bullet", ["- ", "* ", "+ ", "\u2022 ", "\u25aa ", "  * "])
def test_a_list_reads_the_same_under_any_bullet(bullet: str, registry: BodyRegistry) -> None:
    """Markdown's "-", "*", "+", a word processor's "•": the items are the documents listed, each
    title without its mark (a "* " item is no page's note)."""
    facts = _facts(LISTED_DOCUMENTS.replace("{bullet}", bullet), registry)
    titles = {str(o) for s, r, o in facts if r == "title" and isinstance(s, DocumentRef)}
    assert titles == {"Report of the Council on the coastal observation network", "Note by the Secretariat on ocean literacy"}
    received = {s.symbols for s, r, o in facts if r == "submittedTo" and isinstance(s, DocumentRef)}
    assert received == {("OA/12/3",), ("OA/12/4",)}


def test_a_pages_asterisk_note_stays_a_note() -> None:
    text = "Provisional agenda*\n\n1. Opening of the session.\n\n* Reissued for technical reasons on 3 May 2027.\n"
    kinds = {clean(text).text[b.start : b.end]: b.kind for b in clean(text).blocks}
    assert kinds.get("Reissued for technical reasons on 3 May 2027.") == "footnote", kinds


@pytest.mark.parametrize("heading", ["Related documents", "Related decisions", "See also"])
def test_a_list_of_related_texts_after_a_resolution_is_none_of_its_text(heading: str, registry: BodyRegistry) -> None:
    lines = PLAIN.rstrip("\n").split("\n")
    page = "\n\n".join([*lines, heading]) + "\n  * OA/12/3 - Report of the Council\n  * Resolution OA9/2 - Coastal data\n"
    cited = {o for s, r, o in _facts(page, registry) if s == OWN and r == "cites"}
    assert InstrumentRef("ocean-assembly", "resolution", "11", "7") in cited  # its own recital
    assert InstrumentRef("ocean-assembly", "resolution", "9", "2") not in cited


def test_a_wrapped_page_with_long_list_items_is_not_a_paragraph_a_line() -> None:
    """html2text wraps paragraphs at 78 columns but prints each list item whole: items longer than
    any tool wraps at do not make the page a text set a paragraph a line."""
    recital = textwrap.wrap(
        "Recalling its resolution OA11/7 of 9 May 2025 on the coastal observation network and its resolution "
        "OA10/2 of 12 May 2023 on the exchange of oceanographic data among the Member States of the Organization,", 78
    )
    item = "  * {n}. Requests the Council of the World Ocean Organization to review the coastal observation network " + (
        "and to report thereon to the Assembly at its thirteenth session, with particular attention to the needs of "
        "developing coastal States for equipment, training and the exchange of data across the regions;"
    )
    lines = [*recital, "", *recital, "", *recital, "", *recital, "", *(item.format(n=n) for n in range(1, 5))]
    assert max(map(len, lines)) > 240
    assert lines_as_paragraphs(lines) == set()
