"""LaTeX source read as the document it typesets (`loaders/extract/export_layouts.py`,
``latex_changes``): setup and environment lines go, comments go, commands go and their
arguments stay, list items become numbered paragraphs in the list's own style, and ties, dashes,
quotes, escapes and accents become their characters; every character keeps its offset, so
evidence points at the line of the source. Invented texts of invented bodies, with texts that
merely show a backslash or a brace and must stay as they are."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.export_layouts import unwrap_export
from tests.extract.reference_data import registry_from_turtle

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/port-board> a mg:Body ; mg:key "port-board" ;
    skos:prefLabel "Port Development Board"@en ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "PDB.{session}/Dec.{number}" ; mg:instrumentKind "decision" ] .
<body/river-commission> a mg:Body ; mg:key "river-commission" ;
    skos:prefLabel "Commission on Inland Waterways"@en ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "CIW/{session}/{number}" ; mg:instrumentKind "resolution" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def _facts(text: str, registry: BodyRegistry, relation: str) -> dict[object, int]:
    """The objects of ``relation`` facts, each with the 1-based line of its evidence."""
    found: dict[object, int] = {}
    for fact in extract(text, source_key="doc", registry=registry).facts:
        if fact.relation == relation:
            found[fact.object] = text.count("\n", 0, fact.evidence.start) + 1
    return found


def _line_of(text: str, words: str) -> int:
    return text[: text.index(words)].count("\n") + 1


def _mapped_back(text: str) -> str:
    fixed, offsets = unwrap_export(text)
    assert offsets is not None and len(offsets) == len(fixed) + 1
    for character, offset in zip(fixed, offsets):
        if character.isalnum():
            # a letter is the one it came from, or stands for a command (an accent, a counted label)
            assert text[offset].lower() == character.lower() or text[offset] == "\\"
    return fixed


PREAMBLE = r"""% !TEX program = xelatex
\documentclass[12pt]{article}
\usepackage[shortlabels]{enumitem}
\newcommand{\verb}[1]{\textit{#1}}
\newcommand{\closing}[2]{\par\noindent #1\\#2}
\begin{document}
"""


def _document(label_option: str, verb: str, item: str) -> str:
    return PREAMBLE + (
        r"\section*{Decisions adopted by the Commission on Inland Waterways}" "\n\n"
        r"\subsection{Resolution CIW/8/3\\Safety of inland ports~--- a review}" "\n\n"
        r"The Commission on Inland Waterways, % the chair's wording" "\n"
        r"\begin{enumerate}" + label_option + "\n"
        + item + " " + verb.format("Recalls") + r" its resolution CIW/7/11 of 4~March~2029, entitled ``Ports\ and" "\n"
        r"rivers'' \& the 50\% goal;" "\n"
        + item + " " + verb.format("Requests") + r" the secretariat to prepare a study for Z\"urich;" "\n"
        r"\end{enumerate}" "\n"
        r"\closing{5th meeting}{6~May~2030}" "\n"
        r"\end{document}" "\n"
    )


@pytest.mark.parametrize(
    ("label_option", "first", "second"),
    [("[label=(\\alph*)]", "(a)", "(b)"), ("", "1.", "2."), ("[label=\\roman*)]", "i)", "ii)")],
)
@pytest.mark.parametrize("verb", [r"\emph{{{}}}", r"\verb{{{}}}", r"\textbf{{{}}}"])
def test_latex_source_reads_as_its_document(
    registry: BodyRegistry, label_option: str, first: str, second: str, verb: str
) -> None:
    text = _document(label_option, verb, r"\item")
    fixed = _mapped_back(text)
    assert "Resolution CIW/8/3\nSafety of inland ports — a review" in fixed
    assert f"\n\n{first} Recalls its resolution CIW/7/11 of 4 March 2029, entitled “Ports and" in fixed
    assert "rivers” & the 50% goal;" in fixed
    assert f"\n\n{second} Requests the secretariat to prepare a study for Zürich;" in fixed
    # two arguments of one command are two lines; comments and setup lines are gone
    assert "5th meeting\n6 May 2030" in fixed
    assert "%" not in fixed.replace("50%", "") and "\\" not in fixed and "{" not in fixed
    assert "documentclass" not in fixed and "enumitem" not in fixed
    cited = _facts(text, registry, "cites")
    assert cited.get(InstrumentRef("river-commission", "resolution", "7", "11")) == _line_of(text, "CIW/7/11")


def test_an_item_with_its_own_label_keeps_it() -> None:
    text = _document("", r"\emph{{{}}}", r"\item[(x)]")
    fixed = _mapped_back(text)
    assert "\n\n(x) Recalls its resolution" in fixed and "\n\n(x) Requests the secretariat" in fixed


def test_itemize_items_are_paragraphs_without_numbers() -> None:
    text = _document("", r"\emph{{{}}}", r"\item").replace("{enumerate}", "{itemize}")
    fixed = _mapped_back(text)
    assert "\n\nRecalls its resolution" in fixed and "\n\nRequests the secretariat" in fixed


@pytest.mark.parametrize(
    "text",
    [
        # prose that quotes a command or two
        "The Board decided.\nThe file C:\\begin{draft} was moved.\nUse \\item to list.\n"
        "The text ends here.\n",
        # a Windows path and braces in plain text
        "Resolution PDB.4/Dec.1\n\nThe Board {provisionally} requests the secretariat, see D:\\end\\notes.\n",
        # Markdown with a code span that shows LaTeX once
        "# Decision\n\nWrite `\\begin{enumerate}` and `\\end{enumerate}` around the list.\n",
    ],
)
def test_text_that_is_no_latex_source_stays(text: str) -> None:
    fixed, offsets = unwrap_export(text)
    assert offsets is None and fixed == text
