"""A note on the implementation of one resolution, paragraph by paragraph (E146).

"Implementation of Human Rights Council resolution 73/14" heads the note; under "Paragraph 4", "In
paragraph 4, the Council gave ...", "Paragraph 7 invited the treaty bodies ...", "By paragraph 6, the
High Commissioner and the Office were both requested ...", "The Council recalled in paragraph 11 its
resolution 70/21 ...": the paragraph named without its instrument is the resolution under report's,
however many instruments the text named in between. A paragraph "by which the Council would have
asked" (deleted during the negotiations) tells nothing.

Bodies, numbers and wording are invented.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

_REFERENCE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/reef-council> a mg:Body ; mg:key "reef-council" ;
    skos:prefLabel "Council of the Reef Alliance"@en ; mg:shortName "Council" ; mg:symbolPrefix "RA/C" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/reef-council/forum> a mg:Body ; mg:key "reef-council/forum" ;
    skos:prefLabel "Forum on Reef Fisheries"@en ; mg:shortName "Forum" ; mg:symbolPrefix "RA/C/FRF" ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/reef-council> .
<body/reef-council/rapporteur> a mg:Body ; mg:key "reef-council/rapporteur" ;
    skos:prefLabel "Special Rapporteur on reef fisheries"@en ; mg:shortName "Special Rapporteur" ;
    org:subOrganizationOf <body/reef-council> .
<body/reef-council/panel> a mg:Body ; mg:key "reef-council/panel" ;
    skos:prefLabel "Scientific Panel on Reef Health"@en ; mg:shortName "Panel" ;
    org:subOrganizationOf <body/reef-council> .
<body/reef-secretary> a mg:Body ; mg:key "reef-secretary" ;
    skos:prefLabel "Executive Secretary of the Reef Alliance"@en ; mg:shortName "Executive Secretary" .
<body/reef-fund> a mg:Body ; mg:key "reef-fund" ;
    skos:prefLabel "Trust Fund for Reef Fisheries"@en .
"""

UNDER_REPORT = InstrumentRef("reef-council", "resolution", "41", "7")


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, _REFERENCE)


def _note(body: str, heading: str = "Implementation of Council resolution 41/7") -> str:
    return (
        "RA/C/FRF/2033/2\n\nForum on Reef Fisheries\nNinth session\nSuva, 4 and 5 May 2033\n\n"
        f"{heading}\n\nNote by the secretariat\n\n"
        "1. The present note reports on the steps taken to implement Council resolution 41/7 of 2 March 2032. "
        "The Forum was set up by the Council in resolution 12/3 and its mandate was renewed in resolutions 30/2 and 41/7.\n\n"
        f"{body}"
    )


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="note", registry=registry).facts}


@pytest.mark.parametrize("opening, relation, key", [
    ("Paragraph 4\n2. In paragraph 4, the Council requested the Special Rapporteur to guide the work of the Forum.", "requests", "reef-council/rapporteur"),
    ("Paragraph 5\n2. Paragraph 5 invited the Scientific Panel on Reef Health to contribute to the sessions.", "invites", "reef-council/panel"),
    ("Paragraph 6\n2. Under paragraph 6, the Council encouraged the Trust Fund for Reef Fisheries to support participation.", "encourages", "reef-fund"),
    ("Paragraph 8\n2. Paragraph 8 requested the Executive Secretary to report to the Forum.", "requests", "reef-secretary"),
])
def test_a_paragraph_named_alone_is_the_resolution_under_reports(opening: str, relation: str, key: str, registry: BodyRegistry) -> None:
    found = _facts(_note(opening), registry)
    assert (UNDER_REPORT, relation, BodyRef(key)) in found
    # not the resolutions the introduction named after it
    assert not {(s, r, o) for s, r, o in found if r == relation and o == BodyRef(key) and s != UNDER_REPORT}


def test_two_addressees_requested_in_the_passive(registry: BodyRegistry) -> None:
    text = _note("Paragraph 6\n2. By paragraph 6, the Executive Secretary and the Special Rapporteur were both requested to assist the Forum.")
    found = _facts(text, registry)
    assert (UNDER_REPORT, "requests", BodyRef("reef-secretary")) in found
    assert (UNDER_REPORT, "requests", BodyRef("reef-council/rapporteur")) in found


def test_the_council_recalled_in_a_paragraph(registry: BodyRegistry) -> None:
    text = _note("Paragraph 11\n2. The Council recalled in paragraph 11 its resolution 38/2 of 6 April 2031 and its resolution 12/3.")
    found = _facts(text, registry)
    assert (UNDER_REPORT, "cites", InstrumentRef("reef-council", "resolution", "38", "2")) in found
    assert (UNDER_REPORT, "cites", InstrumentRef("reef-council", "resolution", "12", "3")) in found


def test_a_deleted_paragraph_tells_nothing(registry: BodyRegistry) -> None:
    text = _note(
        "Paragraph 10\n2. Paragraph 10, by which the Council would have asked the Executive Secretary to brief "
        "the Council, was deleted during the negotiations."
    )
    assert not {(s, r, o) for s, r, o in _facts(text, registry) if o == BodyRef("reef-secretary")}


def test_without_a_resolution_under_report_a_lone_paragraph_is_no_ones(registry: BodyRegistry) -> None:
    # near miss: a note on a session names several resolutions and none as the one it implements
    text = (
        "RA/C/FRF/2033/3\n\nForum on Reef Fisheries\nNinth session\n\nNote by the secretariat\n\n"
        "1. The Forum was set up in resolution 12/3 and renewed in resolutions 30/2 and 41/7.\n\n"
        "2. Paragraph 8 requested the Executive Secretary to report to the Forum.\n"
    )
    assert not {(s, r, o) for s, r, o in _facts(text, registry) if r == "requests"}


@pytest.mark.parametrize("lead_in", [
    "The following documents are before the Forum at its ninth session:",
    "The following three documents are before the Forum at its ninth session:",
    "the following documents are before the Forum at its ninth session:",
])
def test_the_documentation_list_goes_to_the_session(lead_in: str, registry: BodyRegistry) -> None:
    from mandate_graph.graph.model import DocumentRef, GatheringRef
    text = _note(
        f"III. Documentation\n\n12. {lead_in}\n  (a) Provisional agenda (RA/C/FRF/2033/1);\n"
        "  (b) The present note (RA/C/FRF/2033/2);\n  (c) Draft recommendations prepared by the Special Rapporteur (RA/C/FRF/2033/3).\n"
    )
    found = _facts(text, registry)
    ninth = GatheringRef("reef-council/forum", "session", 9)
    assert (DocumentRef(symbols=("RA/C/FRF/2033/1",)), "submittedTo", ninth) in found
    assert (DocumentRef(symbols=("RA/C/FRF/2033/3",)), "submittedTo", ninth) in found


def test_a_report_to_a_session_is_no_report_of_it(registry: BodyRegistry) -> None:
    from mandate_graph.graph.model import DocumentRef, GatheringRef
    text = _note(
        "Paragraph 5\n2. Paragraph 5 asked the Special Rapporteur to include the recommendations of the Forum in his report. "
        "Those recommendations were presented in the report of the Special Rapporteur to the Council at its forty-second "
        "session (RA/C/42/7), and the report of the Forum on its eighth session was issued as document RA/C/42/9.\n"
    )
    found = _facts(text, registry)
    council_42 = GatheringRef("reef-council", "session", 42)
    assert (DocumentRef(symbols=("RA/C/42/7",)), "submittedTo", council_42) in found
    assert (DocumentRef(symbols=("RA/C/42/7",)), "reportOf", council_42) not in found
    # the second conjunct's report: of the Forum's session, not sent to the Council's by this sentence
    assert (DocumentRef(symbols=("RA/C/42/9",)), "reportOf", GatheringRef("reef-council/forum", "session", 8)) in found
    assert (DocumentRef(symbols=("RA/C/42/9",)), "submittedTo", council_42) not in found


@pytest.mark.parametrize("sent", ["presented to", "submitted to", "transmitted to"])
def test_the_conjuncts_own_document_is_sent(sent: str, registry: BodyRegistry) -> None:
    from mandate_graph.graph.model import DocumentRef, GatheringRef
    text = _note(
        "2. The Forum considered the note of the secretariat (RA/C/FRF/2032/4), prepared in accordance with resolution 41/7, "
        f"and the report that the Special Rapporteur {sent} the Council at its forty-first session, held in Suva "
        "from 3 to 7 March 2032 (RA/C/41/12), and took note of the report of the Executive Secretary (RA/C/41/15).\n"
    )
    found = _facts(text, registry)
    council_41 = GatheringRef("reef-council", "session", 41)
    assert (DocumentRef(symbols=("RA/C/41/12",)), "submittedTo", council_41) in found
    assert (DocumentRef(symbols=("RA/C/FRF/2032/4",)), "submittedTo", council_41) not in found
    assert (DocumentRef(symbols=("RA/C/41/15",)), "submittedTo", council_41) not in found
