"""A document's mandate told after its own words (E209, empty cells of the lead's grids): "The report is
submitted in follow-up to resolution 77/12" ("in follow-up to" right after the verb of a paper's issue, as
"as a follow-up to" was), "The note is submitted as mandated by the Commission in paragraph 3 of its
resolution 11/2" (a bare "The note" opening the sentence in a note: any mandate `documents.under_mandate`
reads, not only the four phrases `mandates_told_back` listed; the requester's long name before "in"),
"... requested the Secretariat to report to it at its twelfth session. This note has been prepared to that
end." (the end the request told, as "accordingly" is), and a field of the document's own, "Mandate:
resolution 11/2, para. 3." (its subject left out, as a participle's under the title is). "Note by the
secretariat" in lower case is a note's title too (a treaty's or a fund's secretariat).

Frames: a report of the Secretary-General to the General Assembly and one to a functional commission
(shipped reference data), a note for the invented Commission on Coastal Resilience, and notes for an
invented treaty's Conference of the Parties and a fund's Executive Board (tests/data/phrasing_treaty.ttl).
Near misses: the work done in follow-up, another paper named, an earlier paper's mandate, a field naming no
instrument, "to that end" after no request, an instrument a relative clause recalls."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import REFERENCE, extracted_with, facts, in_note, in_sg_report, key, shipped_registry

_with_treaty = extracted_with(Path(REFERENCE).parent / "phrasing_treaty.ttl")
_COP_NOTE = (
    "United Nations RS/COP.12/4\n\nDistr.: General\n2 January 2032\n\nOriginal: English\n\n"
    "Conference of the Parties to the Convention on Reef Sanctuaries\nTwelfth meeting\nApia, 3–7 May 2032\n\n"
    "Note by the secretariat\n\n1. {s}\n"
)
_BOARD_NOTE = (
    "United Nations CWF/EB/2032/4\n\nDistr.: General\n2 January 2032\n\nOriginal: English\n\n"
    "Executive Board of the Coastal Wetlands Fund\nSecond regular session 2032\nNairobi, 3–5 May 2032\n\n"
    "Note by the secretariat\n\n1. {s}\n"
)
_CSW_REPORT = (
    "E/CN.6/2031/3\nEconomic and Social Council\nDistr.: General\n3 December 2030\n\n"
    "Commission on the Status of Women\nSeventy-fifth session\n10–21 March 2031\nItem 3 of the provisional agenda\n\n"
    "Report of the Secretary-General\n\n1. {s}\n"
)


def mandates(frame: str, sentence: str) -> set[tuple[str, str]]:
    """(document, instrument) keys of the `pursuantTo` facts ``sentence`` states in ``frame``."""
    if frame == "sg":
        return in_sg_report(sentence, "pursuantTo")
    if frame == "ccr":
        return facts(in_note(sentence), "pursuantTo")
    if frame == "csw":
        extraction = extract(_CSW_REPORT.format(s=sentence), source_key="test", registry=shipped_registry())
        return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == "pursuantTo"}
    text = {"cop": _COP_NOTE, "board": _BOARD_NOTE}[frame].format(s=sentence)
    return {(s, o) for r, s, o in _with_treaty(text) if r == "pursuantTo"}


GA = ("A/79/400", "ga/res/77/12")
CCR = ("E/CN.21/2032/4", "ccr/res/11/2")
COP = ("RS/COP.12/4", "rs-cop/dec/11/4")
BOARD = ("CWF/EB/2032/4", "wetland-fund-board/dec/2031/7")


@pytest.mark.parametrize(
    ("frame", "sentence", "expected"),
    [
        # "in follow-up to", "as a follow-up to" after the verb of the paper's issue
        ("sg", "The report is submitted in follow-up to General Assembly resolution 77/12.", GA),
        ("sg", "The present report was prepared as a follow-up to resolution 77/12.", GA),
        ("sg", "This report is issued in follow-up to paragraph 5 of resolution 77/12.", GA),
        ("cop", "The note is submitted in follow-up to decision 11/4.", COP),
        ("board", "The note is submitted in follow-up to decision 2031/7.", BOARD),
        ("csw", "The report is submitted in follow-up to Economic and Social Council resolution 2030/5.",
         ("E/CN.6/2031/3", "ecosoc/res/2030/5")),
        # "as mandated by", the requester named before the passage
        ("sg", "The report is submitted as mandated by the General Assembly in paragraph 5 of its resolution 77/12.", GA),
        ("sg", "The report has been prepared as mandated by resolution 77/12.", GA),
        ("ccr", "The note is submitted as mandated by the Commission in paragraph 3 of its resolution 11/2.", CCR),
        ("cop", "The note has been prepared as mandated by the Conference of the Parties in paragraph 2 of its decision 11/4.", COP),
        ("cop", "The present note, as requested by the Conference of the Parties in paragraph 2 of its decision 11/4, sets out options.", COP),
        # the receiver told between the verb and the mandate
        ("sg", "The report was submitted to the General Assembly at its seventy-ninth session pursuant to resolution 77/12.", GA),
        # "to that end", "for that purpose": the end the request before told
        ("ccr", "The Commission, in its resolution 11/2, requested the Secretariat to report to it at its twelfth session. "
         "This note has been prepared to that end.", CCR),
        ("sg", "In paragraph 5 of its resolution 77/12, the General Assembly requested the Secretary-General to report to it at its "
         "seventy-ninth session. The present report has been prepared to that end.", GA),
        ("sg", "In its resolution 77/12, the Assembly requested a report on coastal data. This report is submitted for that purpose.", GA),
        ("cop", "In its decision 11/4, the Conference of the Parties requested the secretariat to report to it at its twelfth meeting. "
         "The present note has been prepared to that end.", COP),
        # a field of the document's own
        ("ccr", "Mandate: resolution 11/2, para. 3.", CCR),
        ("sg", "Mandate: General Assembly resolution 77/12, para. 5.", GA),
        ("sg", "Legislative mandate: resolution 77/12.", GA),
        ("board", "Mandate: decision 2031/7.", BOARD),
        ("csw", "Mandate: Commission resolution 74/2.", ("E/CN.6/2031/3", "ecosoc/csw/res/74/2")),
    ],
)
def test_the_document_answers_the_mandate(frame, sentence, expected):
    assert expected in mandates(frame, sentence)


def test_a_field_names_each_mandate():
    assert mandates("cop", "Mandates: decisions 11/4 and 11/5.") == {COP, ("RS/COP.12/4", "rs-cop/dec/11/5")}


def test_another_paper_named_has_the_mandate():
    sentence = "The report of the Secretary-General on coastal data (A/78/300) was submitted in follow-up to resolution 77/12."
    assert mandates("sg", sentence) == {("A/78/300", "ga/res/77/12")}


@pytest.mark.parametrize(
    ("frame", "sentence"),
    [
        # the work done in follow-up, not the paper
        ("sg", "The intersessional work carried out in follow-up to resolution 77/12 is described in section II."),
        ("sg", "Follow-up to resolution 77/12 is described in section II."),
        # an earlier paper's mandate
        ("sg", "The present report updates the previous report submitted in follow-up to resolution 76/5."),
        # a field that names no instrument
        ("sg", "Mandate: to report to the Assembly at its eightieth session."),
        # an instrument a relative clause recalls
        ("sg", "The report was submitted to the General Assembly at its seventy-eighth session, which recalled resolution 77/12."),
        # "to that end" after no request, or said of another act
        ("ccr", "The Commission, in its resolution 11/2, decided to hold its thirteenth session in Bangkok. This note has been prepared to that end."),
        ("ccr", "The Commission, in its resolution 11/2, requested the Secretariat to report to it. To that end, the Secretariat consulted Member States."),
        # a body's mandate, no field of the document's
        ("ccr", "The Working Group on Early Warning Systems has a mandate: resolution 11/2 sets it out."),
        # "The report" in a note is another paper
        ("ccr", "The report is submitted in follow-up to resolution 11/2."),
    ],
)
def test_near_misses_give_the_document_no_mandate(frame, sentence):
    assert mandates(frame, sentence) == set()
