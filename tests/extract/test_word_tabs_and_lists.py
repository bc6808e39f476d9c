"""Layouts the samples do not have: a Word plain-text export that indents every paragraph with a
tab and sets a tab after each label (no blank lines, one line per paragraph), and a list of the
instruments a body adopted at one session, each under a "17/3. Title" heading.

The texts are invented and varied (other bodies, numbers, labels) so that the rules are shown
to read the shape of the text, not a sentence of the unseen documents.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
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


# A treaty body a user describes (README, "Adding bodies"): its Conference meets in numbered
# meetings and shares the words "Conference of the Parties" with UNTOC's.
_MINAMATA = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/cop-minamata> a mg:Body ;
    mg:key "cop-minamata" ;
    skos:prefLabel "Conference of the Parties to the Minamata Convention on Mercury"@en ;
    mg:shortName "Conference of the Parties" ;
    mg:symbolPrefix "UNEP/MC/COP" ;
    mg:gatheringTerm "meeting" ;
    mg:issuesInstruments true .
"""


@pytest.fixture(scope="module")
def minamata(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("reference") / "minamata.ttl"
    path.write_text(_MINAMATA, encoding="utf-8")
    return load_registry(BASE, [path])


def test_a_decision_list_with_stacked_masthead_and_adoption_notes(minamata: BodyRegistry) -> None:
    text = (
        "\tUNEP/MC/COP.7/19\n\tDistr.: General\n\t12 December 2029\n\n"
        "Conference of the Parties to the Minamata Convention on Mercury\nSeventh meeting\nGeneva, 3–7 November 2029\n\n"
        "\tDecisions adopted by the Conference of the Parties to the Minamata Convention on Mercury at its seventh meeting\n\n"
        "7/4.\tMercury waste thresholds\n\t[UNEP/MC/COP.7/L.9]\n\tAdopted at the 5th plenary meeting, on 6 November 2029\n\n"
        "The Conference of the Parties,\n\tRecalling its decision 5/3,\n"
        "\t1.\tRequests the United Nations Office on Drugs and Crime to share information on illegal trade;\n\n"
        "7/5.\tDate and venue of the eighth meeting\n\t[UNEP/MC/COP.7/L.12]\n\tAdopted on 7 November 2029\n\n"
        "The Conference of the Parties\n\t1.\tDecides that its eighth meeting will be held in Bali in 2031.\n"
    )
    own = InstrumentRef("cop-minamata", "decision", "7", "4")
    last = InstrumentRef("cop-minamata", "decision", "7", "5")
    seventh = GatheringRef("cop-minamata", "meeting", 7)
    assert (seventh, "Geneva") in facts(text, minamata, "heldIn")
    assert {(own, seventh), (last, seventh)} <= facts(text, minamata, "adoptedAt")
    assert facts(text, minamata, "adoptedOn") >= {(own, dt.date(2029, 11, 6)), (last, dt.date(2029, 11, 7))}
    # "The Conference of the Parties," opening the text is the author's Conference, not UNTOC's
    assert (own, InstrumentRef("cop-minamata", "decision", "5", "3")) in facts(text, minamata, "cites")
    assert (own, BodyRef("unodc")) in facts(text, minamata, "requests")
    assert not any(getattr(s, "issuer", None) == "cop-untoc" for s, _ in facts(text, minamata, "title"))


@pytest.mark.parametrize("blank", ["", "\n"])
def test_decisions_under_their_own_headings_in_a_list(minamata: BodyRegistry, blank: str) -> None:
    text = (
        "UNEP/MC/COP.8/20\n\nConference of the Parties to the Minamata Convention on Mercury\nEighth meeting\n"
        "Bali, 2–6 November 2031\n\nDecisions adopted by the Conference of the Parties at its eighth meeting\n\n"
        f"Decision 8/3\n{blank}Artisanal gold mining\n{blank}Adopted on 6 November 2031\n\n"
        "The Conference of the Parties,\n\nRecalling its decision 7/4,\n\n"
        "1. Requests the United Nations Office on Drugs and Crime to share information;\n\n"
        f"Decision 8/4\n{blank}Budget\n{blank}[UNEP/MC/COP.8/L.9]\n\n"
        "The Conference of the Parties,\n\n1. Decides to remain seized of the matter.\n"
    )
    third = InstrumentRef("cop-minamata", "decision", "8", "3")
    fourth = InstrumentRef("cop-minamata", "decision", "8", "4")
    eighth = GatheringRef("cop-minamata", "meeting", 8)
    assert facts(text, minamata, "title") >= {(third, "Artisanal gold mining"), (fourth, "Budget")}
    assert {(third, eighth), (fourth, eighth)} <= facts(text, minamata, "adoptedAt")
    assert (third, dt.date(2031, 11, 6)) in facts(text, minamata, "adoptedOn")
    assert facts(text, minamata, "cites") == {(third, InstrumentRef("cop-minamata", "decision", "7", "4"))}


@pytest.mark.parametrize("heading", ["List of documents before the Commission at its seventy-sixth session",
                                     "Documents submitted to the Commission on Narcotic Drugs at its seventy-sixth session"])
def test_a_table_of_documents_under_a_heading_that_names_the_session(registry: BodyRegistry, heading: str) -> None:
    text = (
        "E/CN.7/2033/1\n\nCommission on Narcotic Drugs\n\nSeventy-sixth session\n\nNote by the Secretariat\n\n"
        "1. The Secretariat has prepared the documents listed in the annex.\n\nAnnex\n\n"
        f"{heading}\n\n"
        "Symbol\tTitle\n"
        "E/CN.7/2033/2\tReport of the Executive Director\n"
        "E/CN.7/2033/CRP.3\tWorld drug situation: conference room paper\n"
    )
    session = GatheringRef("ecosoc/cnd", "session", 76)
    sent = facts(text, registry, "submittedTo")
    assert {(DocumentRef(symbols=("E/CN.7/2033/2",)), session), (DocumentRef(symbols=("E/CN.7/2033/CRP.3",)), session)} <= sent
