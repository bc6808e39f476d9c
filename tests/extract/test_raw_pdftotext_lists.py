"""A report converted by raw `pdftotext` (no -layout): paragraph numbers alone on their line ("1."
then the text), the document's second annex after the annex of decisions ("Annex I" holds the
decisions, "Annex II" lists the documents), and that list's two columns given as alternating
lines under their column heads ("Symbol" / "Title", then a symbol line, a title line, …).

Each number begins its paragraph and the text below it goes on it; "Annex II" after the
document's "Annex I" ends the last decision's text; each symbol line and the title under it are
one entry of the documents before the session. A decision's own unnumbered "Annex" stays its
own, and a symbol alone on a masthead's line is no list."""

from __future__ import annotations

import pytest

from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.segment import segment

from tests.extract.phrasing import facts

MASTHEAD = (
    "United Nations\nE/CN.21/2031/9\nEconomic and Social Council\nDistr.: General\n20 March 2031\nOriginal: English\n"
    "Commission on Coastal Resilience\nReport on the twelfth session (10–14 March 2031)\n"
)
BODY = (
    "I. Organization of the session\n"
    "1.\n"
    "The twelfth session of the Commission on Coastal Resilience was held at the headquarters of\n"
    "the Commission in Bonn from 10 to 14 March 2031, at the invitation of the Government of\n"
    "Germany. It was attended by the representatives of the States members of the Commission.\n"
    "2.\n"
    "The session was held in accordance with Economic and Social Council decision 2029/208 of\n"
    "5 June 2029 on the dates and venue of the sessions of the functional commissions.\n"
    "3.\n"
    "At its closing meeting, on 14 March 2031, the Commission adopted decisions 12/1 and 12/2, the\n"
    "text of which is set out in annex I to the present report, and closed the session.\n"
)
DECISIONS = (
    "Annex I\nDecisions adopted by the Commission at its twelfth session\n"
    "Decision 12/1\nEarly warning\nThe Commission on Coastal Resilience,\n"
    "1.\nRequests the Executive Secretary to report to the Commission at its thirteenth session on\n"
    "the implementation of the present decision, including on the work of the regional centres;\n"
    "2.\nInvites the Committee on Coastal Data to share its data with the regional centres and with\n"
    "the Working Group on Early Warning Systems before the thirteenth session of the Commission.\n"
    "Decision 12/2\nDates of the thirteenth session\nThe Commission on Coastal Resilience,\n"
    "1.\nMandates the Working Group on Early Warning Systems to prepare the draft decisions for the\n"
    "thirteenth session of the Commission, in consultation with the Bureau and the secretariat.\n"
)
LISTS = [
    "Annex II\nList of documents before the Commission\nSymbol\nTitle\n"
    "E/CN.21/2031/1\nAnnotated provisional agenda\nE/CN.21/2031/2\nReport of the Executive Secretary on early warning\n"
    "E/CN.21/WG.1/2031/2\nReport of the Working Group on Early Warning Systems on its third meeting\n",
    "Annex II\nDocuments before the Commission at its twelfth session\nDocument symbol\nTitle\n"
    "E/CN.21/2031/1\nProvisional agenda and annotations\nE/CN.21/2031/2\nNote by the Secretariat on coastal data\n"
    "E/CN.21/WG.1/2031/2\nReport of the Working Group on its third meeting\n",
]


@pytest.mark.parametrize("listed", LISTS)
def test_a_raw_report_reads_as_its_paragraphs_and_lists(listed: str) -> None:
    text = MASTHEAD + BODY + DECISIONS + listed
    assert ("ccr#12", "ecosoc/dec/2029/208") in facts(text, "pursuantTo")
    assert ("ccr/dec/12/1", "ccr/executive-secretary") in facts(text, "requests")
    assert ("ccr/dec/12/2", "ccr/wg-early-warning") in facts(text, "requests")
    submitted = facts(text, "submittedTo")
    for symbol in ("E/CN.21/2031/1", "E/CN.21/2031/2", "E/CN.21/WG.1/2031/2"):
        assert (symbol, "ccr#12") in submitted
    # the list is the report's, not the text of decision 12/2
    assert not any(s == "ccr/dec/12/2" for s, _ in facts(text, "cites"))


def test_a_decision_in_a_title_of_the_list_is_no_document() -> None:
    listed = (
        "Annex II\nList of documents before the Commission\nSymbol\nTitle\n"
        "E/CN.21/2031/3\nImplementation of decision XI/5 on strategic planning: report of the Bureau\n"
        "E/CN.21/2031/4\nReport on contributions\n"
    )
    submitted = facts(MASTHEAD + BODY + DECISIONS + listed, "submittedTo")
    assert ("E/CN.21/2031/3", "ccr#12") in submitted
    assert not any(s == "XI/5" for s, _ in submitted)


def _paragraphs(text: str) -> list[tuple[str, object]]:
    return [(p.text, p.instrument) for p in segment(clean(text))]


def test_a_decisions_own_annex_stays_its_own() -> None:
    text = (
        MASTHEAD + BODY + "Annex I\nDecisions adopted by the Commission at its twelfth session\n"
        "Decision 12/3\nTerms of reference\nThe Commission on Coastal Resilience,\n"
        "1.\nAdopts the terms of reference of the Working Group on Early Warning Systems, annexed to the\n"
        "present decision, and requests the Executive Secretary to publish them on the website.\n"
        "Annex\nTerms of reference of the Working Group\n"
        "1.\nThe Working Group shall meet once a year, in Bonn, before the session of the Commission, and\n"
        "shall report to the Commission on its work at each of the sessions of the Commission.\n"
    )
    found = _paragraphs(text)
    assert any(t.startswith("The Working Group shall meet once a year") and i == ("decision", "12", "3") for t, i in found), found


def test_a_label_alone_begins_its_paragraph_and_the_text_goes_on_it() -> None:
    found = [t for t, _ in _paragraphs(MASTHEAD + BODY)]
    assert any(t.startswith("The session was held in accordance with") and t.endswith("functional commissions.") for t in found)
    assert "1." not in found and "2." not in found


def test_a_symbol_alone_on_the_masthead_is_no_list() -> None:
    text = "United Nations\nE/CN.21/2031/9\nEconomic and Social Council\nDistr.: General\n20 March 2031\n"
    found = [t for t, _ in _paragraphs(text)]
    assert "E/CN.21/2031/9" in found
    assert not any(t.startswith("E/CN.21/2031/9 ") for t in found)


assert DEFAULT_BASE_IRI  # the registry the phrasing helper loads is the shipped one plus its own
