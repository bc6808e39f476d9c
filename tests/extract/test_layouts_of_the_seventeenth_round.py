"""What other tools do to the seventeenth round's documents (L7), as general layout rules. A board's
minutes (E188's layout: "Decision" alone over the decision's text, its source note "(EXC.214/PRG/1,
paragraph 4)" alone under it) as a re-flowing tool gives them: the note or the word run into the
paragraph beside them (Word's text of a PDF, lynx, html2text's bold "**Decision**", pdftotext -raw),
the note wrapped after its symbol (antiword); notes and the item's paper in brackets at pages' feet
and tops taken for running heads; the page's running foot run into a note. And: a numbered
paragraph's first line cut before a name ("… established by the Human" / "Rights Council …"), a line
ending on "paragraph" over its number ("… in accordance with paragraph" / "15 (b) (X/…)"), a copied
page's wrapped menu cell run on into the page's heading across its breadcrumb. Invented text, the
invented bodies of `test_minutes_decisions_by_item.py`."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.plain_layouts import normalise_layout
from tests.extract.reference_data import registry_from_turtle
from tests.extract.test_minutes_decisions_by_item import BODIES


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


def _blocks(text: str) -> list[str]:
    cleaned = clean(text)
    return [cleaned.text[b.start : b.end] for b in cleaned.blocks]


COUNCIL_214 = GatheringRef("ifo/council", "session", 214)
TITLES = {
    "1": "Approval of the minutes of the 213th Session of the Executive Council",
    "2": "Forest fire preparedness: proposals for follow-up",
    "3": "Report of the Standards Review Tripartite Working Group",
}


def _decision(number: str) -> InstrumentRef:
    return InstrumentRef("ifo/council", "decision", "214-PRG", number)


def _all_decisions_read(facts: set[tuple[object, str, object]]) -> None:
    for number, title in TITLES.items():
        assert (_decision(number), "title", title) in facts, number
        assert (_decision(number), "adoptedAt", COUNCIL_214) in facts, number
    assert (_decision("2"), "requests", BodyRef("ifo/dg")) in facts
    assert (_decision("3"), "requests", BodyRef("ifo/office")) in facts


_MASTHEAD = (
    "INTERNATIONAL FORESTRY OFFICE\n"
    "Executive Council\n"
    "214th Session, Rome, 3–12 March 2031\n"
    "EXC.214/PRG/PV\n"
    "Programme Section\n"
    "Minutes of the Programme Section\n"
)

# --------------------------------------------------------------------------- Word's text of a PDF

# one paragraph a line, the label before a tab; the re-flow ran "Decision" and two notes into the
# paragraph beside them
WORD = (_MASTHEAD + (
    "1.\tThe Programme Section of the Executive Council met on 4 and 5 March 2031. It was chaired by Ms. Ana Ruiz (Government, Chile), Chairperson of the Executive Council.\n"
    "First item on the agenda\n"
    "Approval of the minutes of the 213th Session of the Executive Council\n"
    "(EXC.214/PRG/1)\n"
    "Decision\n"
    "2.\tThe Executive Council approved the minutes of its 213th Session, as amended. (EXC.214/PRG/1, paragraph 4)\n"
    "Second item on the agenda\n"
    "Forest fire preparedness: proposals for follow-up\n"
    "(EXC.214/PRG/2)\n"
    "3.\tThe Employer spokesperson proposed that the Office be requested to prepare a separate study. The proposal was not supported. A Government representative of Chile welcomed the proposals. Decision\n"
    "4.\tThe Executive Council:\n"
    "(a)\tdecided to establish a Tripartite Technical Working Group on Forest Fire Preparedness;\n"
    "(b)\trequested the Director-General to prepare, for its 216th Session, a report on the follow-up.\n"
    "(EXC.214/PRG/2, paragraph 15, as amended by the Executive Council)\n"
    "Third item on the agenda\n"
    "Report of the Standards Review Tripartite Working Group\n"
    "(EXC.214/PRG/3)\n"
    "5.\tThe Chairperson of the Working Group presented the report. The Employer and Worker spokespersons supported its recommendations. Decision\n"
    "6.\tThe Executive Council took note of the report and requested the Office to give effect to its recommendations. (EXC.214/PRG/3, paragraph 20)\n"
)).replace("\n", "\r\n")


def test_word_text_with_the_word_and_the_notes_run_in(registry: BodyRegistry) -> None:
    lines = normalise_layout(WORD)[0].split("\r\n")
    assert lines.count("Decision") == 3
    assert "(EXC.214/PRG/1, paragraph 4)" in lines and "(EXC.214/PRG/3, paragraph 20)" in lines
    _all_decisions_read(_facts(WORD, registry))


# --------------------------------------------------------------------------- lynx, html2text, antiword

LYNX = _MASTHEAD + """
   1. The Programme Section of the Executive Council met on 4 and 5 March
   2031.

First item on the agenda

Approval of the minutes of the 213th Session of the Executive Council

   (EXC.214/PRG/1)

   {decision}

   2. The Executive Council approved the minutes of its 213th Session, as
   amended. (EXC.214/PRG/1, paragraph 4)

Second item on the agenda

Forest fire preparedness: proposals for follow-up

   (EXC.214/PRG/2)

   3. The Employer spokesperson proposed that the Office be requested to
   prepare a separate study. The proposal was not supported.

{decision}

   4. The Executive Council:

   (a) decided to establish a Tripartite Technical Working Group on Forest
   Fire Preparedness;

   (b) requested the Director-General to prepare, for its 216th Session, a
   report on the follow-up.

   (EXC.214/PRG/2, paragraph 15, as amended by the Executive Council)

Third item on the agenda

Report of the Standards Review Tripartite Working Group

   (EXC.214/PRG/3)

{decision}

   6. The Executive Council took note of the report and requested the Office
   to give effect to its recommendations. (EXC.214/PRG/3,
   paragraph 20)
"""


@pytest.mark.parametrize("decision", ["Decision", "**Decision**"])
def test_notes_run_into_a_wrapped_paragraph(registry: BodyRegistry, decision: str) -> None:
    # lynx and html2text: the note at a wrapped line's end (or wrapped itself after its symbol, as
    # antiword wraps it), blank lines between paragraphs, "Decision" bold in html2text's Markdown
    text = LYNX.format(decision=decision)
    lines = [line.strip() for line in normalise_layout(text)[0].split("\n")]
    assert "(EXC.214/PRG/1, paragraph 4)" in lines and "(EXC.214/PRG/3, paragraph 20)" in lines
    _all_decisions_read(_facts(text, registry))


def test_no_note_split_off_without_a_decision_above() -> None:
    # near misses: a paragraph citing a paper's paragraph in brackets with no "Decision" above; a
    # "Decision" run into a paragraph with no source note below it (a heading of a discussion)
    text = (
        "3. The spokesperson referred to the proposal of the Office. (EXC.214/PRG/2, paragraph 15)\n"
        "4. The proposal was not supported.\n"
    )
    assert normalise_layout(text)[0] == text
    text = (
        "3. The spokesperson recalled the last session's outcome. Decision\n"
        "4. The Executive Council may wish to take note of the document.\n"
        "Fourth item on the agenda\n"
    )
    assert normalise_layout(text)[0] == text


# --------------------------------------------------------------------------- pdftotext -raw, paged

PAGED = _MASTHEAD + (
    "1. The Programme Section of the Executive Council met on 4 and 5 March 2031.\n"
    "First item on the agenda\n"
    "Approval of the minutes of the 213th Session of the Executive Council\n"
    "2/3 GE.31-01234\n"
    "\f(EXC.214/PRG/1)\n"
    "Decision\n"
    "2. The Executive Council approved the minutes of its 213th Session, as amended.\n"
    "(EXC.214/PRG/1, paragraph 4)\n"
    "Second item on the agenda\n"
    "Forest fire preparedness: proposals for follow-up\n"
    "(EXC.214/PRG/2)\n"
    "3. The Employer spokesperson proposed that the Office be requested to prepare a separate\n"
    "study. The proposal was not supported.\n"
    "Decision\n"
    "4. The Executive Council:\n"
    "(a) decided to establish a Tripartite Technical Working Group on Forest Fire Preparedness;\n"
    "(b) requested the Director-General to prepare, for its 216th Session, a report on the\n"
    "follow-up.\n"
    "(EXC.214/PRG/2, paragraph 15, as amended by the Executive Council)\n"
    "EXC.214/PRG/PV 3\n"
    "Third item on the agenda\n"
    "Report of the Standards Review Tripartite Working Group\n"
    "GE.31-01234 3/3\n"
    "\f(EXC.214/PRG/3)\n"
    "5. The Chairperson of the Working Group presented the report.\n"
    "Decision\n"
    "6. The Executive Council took note of the report and requested the Office to give effect\n"
    "to its recommendations.\n"
    "(EXC.214/PRG/3, paragraph 20)\n"
    "EXC.214/PRG/PV 5\n"
    "4/4 GE.31-01234\n"
)


def test_notes_and_papers_at_pages_edges_are_no_running_heads(registry: BodyRegistry) -> None:
    blocks = _blocks(PAGED)
    # the item's paper atop two pages, the notes at pages' feet: the text's, digits apart
    assert any(b.endswith("(EXC.214/PRG/1)") for b in blocks)
    assert any(b.endswith("(EXC.214/PRG/3)") for b in blocks)
    # the running foot under a note is no part of it
    assert "(EXC.214/PRG/2, paragraph 15, as amended by the Executive Council)" in blocks
    assert "(EXC.214/PRG/3, paragraph 20)" in blocks
    _all_decisions_read(_facts(PAGED, registry))


# --------------------------------------------------------------------------- lines cut short (pdftotext -raw)

_RAW_REPORT = (
    "1. The Working Group held its fifth session in Rome from 10 to 13 April 2031. Its report was before the\n"
    "Executive Council at its 214th Session, held in Rome from 3 to 12 March 2031, and was taken note of.\n"
    "2. The Special Rapporteur on tenure, whose mandate was established by the Executive\n"
    "Council in its decision EXC.210/PRG/5, presented her report to the Council at its 214th Session, held\n"
    "in Rome. The Council requested her to share that report with the Working Group at its sixth session.\n"
    "3. In accordance with paragraph 15 of the annex to decision EXC.210/PRG/5, the following documents\n"
    "were issued for the review:\n"
    "(a) A compilation prepared by the Office of the International Forestry Organization in accordance with paragraph\n"
    "15 (b) (EXC/WG.6/5/2);\n"
    "(b) A summary prepared by the Office in accordance with paragraph 15 (c) (EXC/WG.6/5/3).\n"
    "II. Scope of the review, as agreed\n"
    "The Executive Council considered the matter at its 214th Session and took note of the review.\n"
)


def test_a_numbered_paragraphs_first_line_cut_before_a_name_runs_on() -> None:
    blocks = _blocks(_RAW_REPORT)
    assert any(b.startswith("2. The Special Rapporteur on tenure, whose mandate was established by the Executive Council in") for b in blocks)
    # "… in accordance with paragraph" / "15 (b) (…)": the number the line names
    assert any(b.endswith("in accordance with paragraph 15 (b) (EXC/WG.6/5/2);") for b in blocks)
    # near miss: a Roman heading whose comma opens no clause of three words stays a heading
    assert "II. Scope of the review, as agreed" in blocks


# --------------------------------------------------------------------------- a copied page's menu

_COPIED_PAGE = """    Skip to main content
    Welcome to the International Forestry Organization
 English   Français       Español

    Executive Council of the International Forestry Organization
 Home   About   Sessions   Meetings   Documents   Members   Partnershi   Contact
                                                                on

    Home › Documents › 214th Session › Decisions
    Decisions adopted by the Executive Council at its 214th Session

    Last updated: 20 March 2031
    This page lists the decisions adopted by the Executive Council at its 214th
    Session, held in Rome from 3 to 12 March 2031.
"""


def test_a_wrapped_menu_cell_does_not_run_on_across_the_breadcrumb() -> None:
    blocks = _blocks(_COPIED_PAGE)
    assert "Decisions adopted by the Executive Council at its 214th Session" in blocks
