"""Layouts the samples do not have: a Word plain-text export that indents every paragraph with a
tab and sets a tab after each label (no blank lines, one line per paragraph), and a list of the
instruments a body adopted at one session, each under a "17/3. Title" heading.

The texts are invented and varied (other bodies, numbers, labels) so that the rules are shown
to read the shape of the text, not a sentence of the unseen documents.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.layout import untabbed
from mandate_graph.loaders.extract.segment import segment
from tests.support.extraction import BASE, facts


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1.\tThe Commission decided", "1. The Commission decided"),
        ("\t12.\tIn its resolution 40/2", " 12. In its resolution 40/2"),
        ("\t*\tThe present note was submitted late.", " * The present note was submitted late."),
        ("\t3\tE/CN.7/2031/4.", " 3 E/CN.7/2031/4."),
        ("\t(b)\tTo report to the Council", " (b) To report to the Council"),
    ],
)
def test_tabs_that_indent_or_follow_a_label_read_as_spaces(line: str, expected: str) -> None:
    assert untabbed(line) == expected
    assert len(untabbed(line)) == len(line)  # offsets into the line stay valid


@pytest.mark.parametrize("row", ["E/CN.7/2031/4\tReport of the Secretariat", "\t17/1.\tAdoption of the agenda\t2"])
def test_a_tab_between_cells_keeps_the_row_a_table(row: str) -> None:
    assert untabbed(row) == row


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in segment(clean(text))]


def test_tab_indented_lines_are_paragraphs_of_their_own() -> None:
    text = (
        "The Commission on Narcotic Drugs,\n"
        "\tRecalling its resolution 61/4,\n"
        "\tNoting with concern the rise in synthetic drugs,\n"
        "\t1.\tRequests the United Nations Office on Drugs and Crime to report;\n"
        "\t2.\tDecides to remain seized of the matter.\n"
    )
    assert _kinds(text)[1:] == [
        ("paragraph", "Recalling its resolution 61/4,"),
        ("paragraph", "Noting with concern the rise in synthetic drugs,"),
        ("paragraph", "Requests the United Nations Office on Drugs and Crime to report;"),
        ("paragraph", "Decides to remain seized of the matter."),
    ]


def test_a_word_export_report_with_tabs_yields_its_facts(registry: BodyRegistry) -> None:
    text = (
        "\tE/CN.15/2031/7\n\tDistr.: General\n\t2 February 2031\n\n"
        "Commission on Crime Prevention and Criminal Justice\nFortieth session\n\n"
        "\t\tNote by the Secretariat\n\n"
        "\tI.\tIntroduction\n"
        "1.\tIn its resolution 38/2, the Commission requested the United Nations Office on Drugs and Crime "
        "to prepare a study on cybercrime.\n"
        "2.\tIn its resolution 61/4, the Commission on Narcotic Drugs invited the Commission on Crime "
        "Prevention and Criminal Justice to consider the study.\n"
    )
    ccpcj_38_2 = InstrumentRef("ecosoc/ccpcj", "resolution", "38", "2")
    cnd_61_4 = InstrumentRef("ecosoc/cnd", "resolution", "61", "4")
    assert (ccpcj_38_2, BodyRef("unodc")) in facts(text, registry, "requests")
    assert (cnd_61_4, BodyRef("ecosoc/ccpcj")) in facts(text, registry, "invites")


@pytest.mark.parametrize(("kind", "relation_kind"), [("Resolutions", "resolution"), ("Decisions", "decision")])
def test_each_numbered_title_below_a_list_heading_opens_an_instrument(
    registry: BodyRegistry, kind: str, relation_kind: str
) -> None:
    text = (
        "E/CN.7/2032/15\n\nCommission on Narcotic Drugs\nSeventy-fifth session\nVienna, 13–17 March 2032\n\n"
        f"{kind} adopted by the Commission on Narcotic Drugs at its seventy-fifth session\n\n"
        "75/2.\tAlternative development and rural livelihoods\n\n"
        "The Commission on Narcotic Drugs,\n\n"
        "\tRecalling its resolution 70/4,\n\n"
        "\t1.\tRequests the United Nations Office on Drugs and Crime to report on the matter;\n\n"
        "75/3.\tDrug use in prisons\n\n"
        "The Commission on Narcotic Drugs,\n\n"
        "\t1.\tInvites the Commission on Crime Prevention and Criminal Justice to consider the matter;\n"
    )
    second = InstrumentRef("ecosoc/cnd", relation_kind, "75", "2")  # type: ignore[arg-type]  # the parameter is one of the two kinds
    third = InstrumentRef("ecosoc/cnd", relation_kind, "75", "3")  # type: ignore[arg-type]  # the parameter is one of the two kinds
    assert facts(text, registry, "title") >= {
        (second, "Alternative development and rural livelihoods"),
        (third, "Drug use in prisons"),
    }
    assert (second, BodyRef("unodc")) in facts(text, registry, "requests")
    assert (third, BodyRef("ecosoc/ccpcj")) in facts(text, registry, "invites")
    assert (second, InstrumentRef("ecosoc/cnd", "resolution", "70", "4")) in facts(text, registry, "cites")
    assert not any(isinstance(s, DocumentRef) for s, _ in facts(text, registry, "requests"))
