"""A regional commission's resolutions as raw `pdftotext` prints them (no -layout): a form feed
before each page, the running head as a stack of lines (the document's two symbols, the page
number alone on a line, the job number, in either order), a contents table one cell a line
(number, title, page), each resolution headed "741 (XL). Title" with its title on the same line
and closed by "6th plenary meeting" / "25 June 2031", which, every resolution ending a page,
stand at the foot of each page like a footer.

Three rules read that shape (loaders/extract/layout.py):
- the closing lines of a text repeat at the pages' feet but are the text's (the day each
  resolution was adopted), not a running footer;
- a bare page number touching a page's header or footer lines is furniture (a contents table's
  page cell at a page's foot, touching nothing, is not);
- "741 (XL). Title" begins a paragraph even right after a page break from a line that does not
  end a sentence (the last title of the contents table), and the opening formula under it
  ("The Commission,") begins the next; a citation wrapped after "resolution" does not.

The texts are invented: another commission, other numbers, sessions, dates and page layouts.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract.layout import instrument_heading_lines, page_furniture
from tests.support.extraction import BASE, facts

_COMMISSION = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ecss> a mg:Body ;
    mg:key "ecss" ;
    skos:prefLabel "Economic Commission for the Southern Seas"@en ;
    mg:shortName "Commission" ;
    mg:symbolPrefix "E/ECSS" ;
    mg:gatheringTerm "session" ;
    mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "resolution {number} ({session})" ; mg:instrumentKind "resolution" ] ,
                           [ mg:numberTemplate "{number} ({session})" ; mg:instrumentKind "resolution" ] .
<body/ecss/executive-secretary> a mg:Body ;
    mg:key "ecss/executive-secretary" ;
    skos:prefLabel "Executive Secretary of the Economic Commission for the Southern Seas"@en ;
    mg:shortName "Executive Secretary" ;
    org:subOrganizationOf <body/ecss> .
<body/ecss/transport-committee> a mg:Body ;
    mg:key "ecss/transport-committee" ;
    skos:prefLabel "Committee on Maritime Transport"@en ;
    mg:shortName "Committee" ;
    mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/ecss> .
<body/ecss/fisheries-centre> a mg:Body ;
    mg:key "ecss/fisheries-centre" ;
    skos:prefLabel "Regional Fisheries Data Centre"@en ;
    org:subOrganizationOf <body/ecss> .
"""


@pytest.fixture(scope="module")
def commission(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("reference") / "ecss.ttl"
    path.write_text(_COMMISSION, encoding="utf-8")
    return load_registry(BASE, [path])


def _head(page: int, job_first: bool) -> str:
    """A running head: the two symbols, then the page number and the job number in either order."""
    numbers = ["33-04417", str(page)] if job_first else [str(page), "33-04417"]
    return "\f" + "\n".join(["E/2033/21", "E/ECSS/40/9", *numbers]) + "\n"


def _wrapped(text: str) -> str:
    """A paragraph as raw pdftotext breaks it: at the page's width, no blank line around it."""
    return textwrap.fill(text, width=88) + "\n"


def _numbered(number: int, text: str) -> str:
    return f"{number}.\n" + _wrapped(text)


def _report(closing: str = "6th plenary meeting", day: str = "25 June 2033", job_first: bool = False) -> str:
    return (
        "United Nations\nE/2033/21–E/ECSS/40/9\nEconomic and Social Council\nDistr.: General\n"
        "9 July 2033\nOriginal: English\nEconomic Commission for the Southern Seas\nFortieth session\n"
        "Suva, 23–25 June 2033\nReport on the fortieth session of the Economic Commission for the\n"
        "Southern Seas\nChapter I\nResolutions adopted by the Commission at its fortieth session\n"
        + _numbered(1, "The fortieth session of the Economic Commission for the Southern Seas was held at the "
                    "Pacific Conference Centre in Suva from 23 to 25 June 2033, at the invitation of the Government "
                    "of Fiji, and was attended by the representatives of all the member States of the Commission.")
        + _numbered(2, "The Commission adopted the resolutions reproduced below, on the basis of the draft "
                    "resolutions recommended by its Committee on Maritime Transport, which the Commission had "
                    "before it at the session.")
        + _numbered(3, "The session was attended by representatives of the member States and associate members "
                    "of the Commission, of the specialized agencies and related organizations of the United Nations "
                    "system, of intergovernmental organizations of the region and of non-governmental organizations "
                    "in consultative status with the Economic and Social Council; the list of participants is "
                    "available on the website of the Commission, together with the documents of the session and "
                    "the statements made during the general debate on maritime connectivity and fisheries data.")
        + _numbered(4, "The Executive Secretary opened the session and recalled the priorities of the work "
                    "programme of the Commission for the biennium, in particular the connectivity of the small island "
                    "States of the region, the sustainable management of their fisheries and the data that both "
                    "require; the ministers then held a round table on the financing of regional port "
                    "infrastructure and on the role of the development banks of the region in that financing.")
        + "Contents\nResolution\nPage\n"
        "741 (XL)\nMaritime connectivity in small island States\n2\n"
        "742 (XL)\nRegional fisheries data\n3\n"
        "743 (XL)\nDate and venue of the forty-first session of the Commission\n4\n"
        + _head(2, job_first)
        + "741 (XL). Maritime connectivity in small island States\n"
        "The Economic Commission for the Southern Seas,\n"
        + _wrapped("Recalling its resolution 702 (XXXVIII) of 4 May 2031 on port infrastructure, adopted at its "
                   "thirty-eighth session, and the regional strategy for maritime connectivity annexed thereto,")
        + _numbered(1, "Requests the Committee on Maritime Transport to review the regional shipping routes, "
                    "in close consultation with the member States and the port authorities concerned, and to "
                    "report to the Commission at its forty-first session;")
        + _numbered(2, "Also requests the Executive Secretary to report thereon to the Commission at its "
                    "forty-first session, including on the resources needed for the implementation of the strategy.")
        + f"{closing}\n{day}\n"
        + _head(3, not job_first)
        + "742 (XL). Regional fisheries data\n"
        "The Economic Commission for the Southern Seas,\n"
        + _wrapped("Noting with appreciation the work of the Regional Fisheries Data Centre on the harmonization "
                   "of catch statistics in the small island developing States of the region,")
        + _numbered(1, "Requests the Regional Fisheries Data Centre to publish a regional catch database, drawing "
                    "on the national statistical offices and the fisheries administrations of the member States;")
        + _numbered(2, "Invites the Committee on Maritime Transport to share its port data with the Centre, "
                    "within its mandate and subject to the rules on confidentiality of the member States.")
        + f"{closing}\n{day}\n"
        + _head(4, job_first)
        + "743 (XL). Date and venue of the forty-first session of the Commission\n"
        "The Economic Commission for the Southern Seas,\n"
        + _numbered(1, "Decides to hold its forty-first session in Apia in 2035, subject to the conclusion of a "
                    "host country agreement with the Government of Samoa before the end of the preceding year.")
        + f"{closing}\n{day}\n"
    )


def _res(number: str) -> InstrumentRef:
    return InstrumentRef("ecss", "resolution", "40", number)


@pytest.mark.parametrize(
    ("closing", "day", "job_first"),
    [
        ("6th plenary meeting", "25 June 2033", False),
        ("6th meeting", "25 June 2033", True),
        ("Sixth plenary meeting", "24 June 2033", False),
    ],
)
def test_each_resolution_keeps_its_own_text_and_closing_lines(
    commission: BodyRegistry, closing: str, day: str, job_first: bool
) -> None:
    text = _report(closing, day, job_first)
    requests = facts(text, commission, "requests")
    assert (_res("741"), BodyRef("ecss/transport-committee")) in requests
    assert (_res("741"), BodyRef("ecss/executive-secretary")) in requests
    assert (_res("742"), BodyRef("ecss/fisheries-centre")) in requests
    # the text of 741 is not the last entry's of the contents table
    assert not any(s == _res("743") for s, _ in requests)
    assert (_res("741"), InstrumentRef("ecss", "resolution", "38", "702")) in facts(text, commission, "cites")
    adopted = facts(text, commission, "adoptedOn")
    date = dt.date.fromisoformat("2033-06-%s" % day.split()[0])
    assert {(_res(n), date) for n in ("741", "742", "743")} <= adopted
    titles = {o for s, o in facts(text, commission, "title") if s == _res("743")}
    assert titles == {"Date and venue of the forty-first session of the Commission"}  # no page number glued


def test_the_closing_lines_at_a_pages_foot_are_not_furniture() -> None:
    lines = _report().split("\n")
    furniture = page_furniture(lines)
    closing = {i for i, line in enumerate(lines) if line in ("6th plenary meeting", "25 June 2033")}
    assert closing and not closing & furniture
    # the running heads are, page numbers alone on their line included
    first_break = next(i for i, line in enumerate(lines) if "\f" in line)
    heads = {i for i, line in enumerate(lines) if line.strip("\f") in ("E/2033/21", "E/ECSS/40/9", "33-04417", "2", "3", "4")}
    assert {i for i in heads if i >= first_break} <= furniture


def test_a_contents_page_number_above_the_page_break_is_not_furniture() -> None:
    lines = _report().split("\n")
    last_cell = lines.index("\fE/2033/21") - 1  # "4", the contents table's last page cell
    assert lines[last_cell] == "4"
    assert last_cell not in page_furniture(lines)


@pytest.mark.parametrize(
    "footer",
    [
        ["Strengthening maritime connectivity"],  # a short title printed as a running footer
        ["Advance unedited version", "9 July 2033"],  # a date under a footer line that closes nothing
    ],
)
def test_other_repeated_footers_stay_furniture(footer: list[str]) -> None:
    pages = ["Paragraph text of page %d goes here and ends.\nMore text.\n" % n for n in range(1, 6)]
    text = "\f".join(page + "\n".join(footer) + "\n" for page in pages)
    lines = text.split("\n")
    furniture = page_furniture(lines)
    assert {i for i, line in enumerate(lines) if line.strip("\f") in footer and i > 3} <= furniture


@pytest.mark.parametrize(
    ("lines", "heading"),
    [
        (["Date and venue of the next session", "\f741 (XL). Maritime connectivity", "The Commission,"], {1, 2}),
        (["the fourth session.", "88 (IV). Rules of procedure of the Committee", "on Transport", "The Committee,"], {1, 3}),
        # a citation wrapped after "resolution" or a comma continues its sentence
        (["Recalling its resolution", "741 (XL). The Commission", "text"], set()),
        (["Recalling resolutions 700 (XXXVIII),", "741 (XL). And", "text"], set()),
    ],
)
def test_a_numbered_heading_with_its_title_begins_a_paragraph(lines: list[str], heading: set[int]) -> None:
    assert instrument_heading_lines(lines) == heading
