"""Word's "save as plain text" of a regional commission's resolutions: one paragraph a line, no
blank line anywhere, no tab before the preamble's paragraphs (only after the labels), and each
resolution headed "362 (XXXVI).<tab>Title" (its number, its session in Roman numerals in
brackets, a tab, the title), under a contents table of the same lines with page numbers.

Two rules read that shape: every line of a text that sets one paragraph a line is a paragraph
(layout.lines_as_paragraphs), and a lone tabbed heading's number may carry its session in
brackets after a space (plain_layouts._TABBED_HEADING). The texts are invented (another
commission, other numbers and sessions, other wording); the negative cases are texts whose lines
are wrapped or set apart by blank lines, which the rule must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.layout import lines_as_paragraphs
from mandate_graph.loaders.extract.plain_layouts import normalise_layout
from tests.support.extraction import BASE, facts

# An invented regional commission that numbers its resolutions "741 (XL)", with a committee.
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
    mg:instrumentNumbering [ mg:numberTemplate "{number} ({session})" ; mg:instrumentKind "resolution" ] .
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
"""


@pytest.fixture(scope="module")
def commission(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("reference") / "ecss.ttl"
    path.write_text(_COMMISSION, encoding="utf-8")
    return load_registry(BASE, [path])


def _resolutions(separator: str = ".\t", second_heading: str = "742 (XL)") -> str:
    return (
        "United Nations\tE/ECSS/40/9\n"
        "Economic and Social Council\tDistr.: General\n"
        "3 July 2031\n"
        "Original: English\n"
        "Economic Commission for the Southern Seas\n"
        "Fortieth session\n"
        "Suva, 23–25 June 2031\n"
        "Resolutions adopted by the Economic Commission for the Southern Seas at its fortieth session\n"
        "Contents\n"
        f"741 (XL){separator}Maritime connectivity in small island States\t2\n"
        f"{second_heading}{separator}Date and venue of the forty-first session\t5\n"
        f"741 (XL){separator}Maritime connectivity in small island States\n"
        "The Economic Commission for the Southern Seas,\n"
        "Recalling its resolution 702 (XXXVIII) of 4 May 2027 on port infrastructure,\n"
        "Noting the work of the Committee on Maritime Transport,\n"
        "1.\tRequests the Committee on Maritime Transport to review regional shipping routes;\n"
        "2.\tAlso requests the Executive Secretary to report thereon to the Commission at its forty-first session.\n"
        "6th plenary meeting\n"
        "25 June 2031\n"
        f"{second_heading}{separator}Date and venue of the forty-first session\n"
        "The Economic Commission for the Southern Seas,\n"
        "Recalling also its resolution 688 (XXXVII) of 30 April 2025,\n"
        "1.\tInvites the Committee on Maritime Transport to meet before the forty-first session;\n"
        "2.\tDecides to hold its forty-first session in Apia in 2033.\n"
        "6th plenary meeting\n"
        "25 June 2031\n"
    )


def test_each_line_of_a_word_export_is_a_paragraph() -> None:
    lines = _resolutions().split("\n")
    starts = lines_as_paragraphs(lines)
    assert {12, 13, 14} <= starts  # the formula, then two preamble paragraphs, each its own


@pytest.mark.parametrize(
    "text",
    [
        # wrapped lines: "on" ends a line, and a line begins in lower case
        "The Commission on X,\n" * 6 + "Recalling its resolution 4/2 on\nthe matter of ports,\n" * 4,
        # paragraphs set apart by blank lines: the blank lines tell where they end
        "The Commission on X,\n\nRecalling its resolution 4/2,\n\n" * 8,
        # too few lines to tell
        "The Commission on X,\nRecalling its resolution 4/2,\n1. Decides to meet.\n",
    ],
)
def test_wrapped_or_spaced_texts_are_left_alone(text: str) -> None:
    assert lines_as_paragraphs(text.split("\n")) == set()


_LONG = "The Committee decided to establish a group of experts on paperless trade for two years and requested it to report to the Committee at its fourteenth session, and asked the Executive Secretary to provide the group with the necessary secretariat support within existing resources."


def test_sections_set_apart_by_blank_lines_keep_a_paragraph_a_line() -> None:
    # Word's text with an empty paragraph before each section's heading: a line longer than any
    # wrapping width shows the text was never wrapped, so each line is still a paragraph
    text = ("II. Organization of work\nThe Committee adopted its agenda.\nThe Chair opened the session.\n" + "Decision 4 - Trade\n" + _LONG + "\n\n") * 4
    lines = text.split("\n")
    starts = lines_as_paragraphs(lines)
    assert {i for i, line in enumerate(lines) if line.startswith(("Decision", "The Committee"))} <= starts


def test_wrapped_paragraphs_with_blank_lines_and_one_long_line_are_left_alone() -> None:
    # a long line (a table's row) among wrapped paragraphs: the lines that run on say it is wrapped
    text = "Recalling its resolution 4/2 on the matter of ports and of\nthe harbours of the region,\n\n" * 6 + _LONG + "\n"
    assert lines_as_paragraphs(text.split("\n")) == set()


@pytest.mark.parametrize("line", ["741 (XL).\tMaritime connectivity", "12 (IV)\tAdoption of the agenda", "C.3 (2031).\tReview"])
def test_a_lone_tabbed_heading_whose_number_brackets_its_session(line: str) -> None:
    text = f"Introduction\n{line}\nThe Commission,\n"
    fixed, _ = normalise_layout(text)
    assert "\t" not in fixed.split("\n")[1]


def test_a_tabbed_row_among_rows_stays_a_table() -> None:
    text = "Contents\n741 (XL).\tMaritime connectivity\t2\n742 (XL).\tDate and venue\t5\n"
    fixed, _ = normalise_layout(text)
    assert fixed == text


@pytest.mark.parametrize(("separator", "second_heading"), [(".\t", "742 (XL)"), ("\t", "742 (XL)"), (".\t\t", "742 (XL)")])
def test_resolutions_of_a_word_export_yield_their_facts(commission: BodyRegistry, separator: str, second_heading: str) -> None:
    text = _resolutions(separator, second_heading)
    first = InstrumentRef("ecss", "resolution", "40", "741")
    second = InstrumentRef("ecss", "resolution", "40", "742")
    fortieth = GatheringRef("ecss", "session", 40)
    assert facts(text, commission, "title") >= {
        (first, "Maritime connectivity in small island States"),
        (second, "Date and venue of the forty-first session"),
    }
    assert {(first, fortieth), (second, fortieth)} <= facts(text, commission, "adoptedAt")
    assert {(first, dt.date(2031, 6, 25)), (second, dt.date(2031, 6, 25))} <= facts(text, commission, "adoptedOn")
    assert facts(text, commission, "cites") >= {
        (first, InstrumentRef("ecss", "resolution", "38", "702")),
        (second, InstrumentRef("ecss", "resolution", "37", "688")),
    }
    assert (first, BodyRef("ecss/transport-committee")) in facts(text, commission, "requests")
    assert (first, BodyRef("ecss/executive-secretary")) in facts(text, commission, "requests")
    assert (second, BodyRef("ecss/transport-committee")) in facts(text, commission, "invites")
    # the preamble's recital is no request, and the first resolution's text ends at the second's heading
    assert (second, BodyRef("ecss/executive-secretary")) not in facts(text, commission, "requests")


def test_the_contents_table_opens_no_instrument(commission: BodyRegistry) -> None:
    paragraphs = clean(_resolutions()).blocks
    assert sum(1 for b in paragraphs if b.kind == "table") >= 2  # the masthead's and the contents' rows
