"""Reports of a body's sessions numbered in figures, as FAO's committees write them (E143, from the
spent u172): "The Committee's conclusions are expected to be reflected in the report of its 141st
Session (CL 182/4)": "its" is the body named last before the report; "The Committee, at its 137th
Session, had first proposed the study (report of the 137th Session, COPA 137/REP)": the session
the sentence named, said again with "the". A session in figures that the sentence did not name
before, or "its" sitting of a body that holds sessions, gives no report. Invented bodies."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import DocumentRef, GatheringRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle
from tests.extract.test_number_first_by_named_issuer import NOTE, TURTLE


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, TURTLE)


def _reports(sentence: str, registry: BodyRegistry) -> set[tuple[object, object]]:
    extraction = extract(NOTE.format(sentence=sentence), source_key="doc", registry=registry)
    return {(f.subject, f.object) for f in extraction.facts if f.relation == "reportOf"}


def _committee(n: int) -> GatheringRef:
    return GatheringRef("mgo/pasture-committee", "session", n)


@pytest.mark.parametrize("sentence", [
    "3. The Committee's conclusions are expected to be reflected in the report of its 141st Session (MC 182/4), "
    "which will be before the Council at its 182nd Session.",
    "3. The conclusions of the Committee on Pastures will be set out in the report on its 141st session (MC 182/4).",
    "3. The Committee's conclusions are expected to be reflected in the report of\nits 141st Session (MC 182/4).",
])
def test_the_report_of_its_session_in_figures(sentence: str, registry: BodyRegistry) -> None:
    assert (DocumentRef(symbols=("MC 182/4",)), _committee(141)) in _reports(sentence, registry)


@pytest.mark.parametrize("sentence", [
    "1. The Committee on Pastures, at its 137th Session (Rome, 6-10 November 2029), had first proposed the study "
    "(report of the 137th Session, COPA 137/REP, paragraph 12 b)).",
    "1. The Committee on Pastures first proposed the study at its 137th session , as recorded in the report of the 137th session, COPA 137/REP.",
])
def test_the_session_said_again(sentence: str, registry: BodyRegistry) -> None:
    assert (DocumentRef(symbols=("COPA 137/REP",)), _committee(137)) in _reports(sentence, registry)


@pytest.mark.parametrize("sentence", [
    # another session in figures, not named before: whose it is the sentence does not say
    "1. The Committee on Pastures, at its 137th Session, had first proposed the study (report of the 138th Session, COPA 138/REP).",
    # "its" of a body that holds sessions, before a meeting in figures: a sitting, no report of its own
    "3. The Committee's conclusions are expected to be reflected in the report of its 14th meeting (MC 182/4).",
])
def test_no_report_of_a_session_the_sentence_does_not_tell(sentence: str, registry: BodyRegistry) -> None:
    reports = _reports(sentence, registry)
    assert not any(isinstance(o, GatheringRef) and o.ordinal in (138, 14) for _, o in reports)


def _submitted(sentence: str, registry: BodyRegistry) -> set[tuple[object, object]]:
    extraction = extract(NOTE.format(sentence=sentence), source_key="doc", registry=registry)
    return {(f.subject, f.object) for f in extraction.facts if f.relation == "submittedTo"}


@pytest.mark.parametrize("sentence, session", [
    ("4. Management notes that the Committee on Pastures, at its 12th Session, examined the related budget proposals "
     "(COPA 12/9).", 12),
    ("4. The Committee on Pastures, at its twelfth session (Rome, 3-7 May 2031), reviewed the report of the "
     "Director-General (COPA 12/9).", 12),
    ("4. The Committee on Pastures, during its 13th Session, also considered the proposals\nset out in COPA 12/9.", 13),
])
def test_papers_read_at_the_session_set_off(sentence: str, session: int, registry: BodyRegistry) -> None:
    assert (DocumentRef(symbols=("COPA 12/9",)), _committee(session)) in _submitted(sentence, registry)


@pytest.mark.parametrize("sentence", [
    # what was examined is no paper, or the paper is another clause's
    "4. The Committee on Pastures, at its 12th Session, examined the question of budgets (COPA 12/9).",
    "4. The Committee on Pastures, at its 12th Session, examined the related budget proposals; the secretariat later issued COPA 12/9.",
])
def test_no_paper_read_at_the_session(sentence: str, registry: BodyRegistry) -> None:
    assert (DocumentRef(symbols=("COPA 12/9",)), _committee(12)) not in _submitted(sentence, registry)


PANEL_PARAGRAPHS = (
    "By Resolution 3/185 of 5 December 2030, the Council established the Panel on Grass Fires.\n\n"
    "{first} The Director-General will convene the first meeting of the Panel on Grass Fires in April 2032, as requested; "
    "the report of that meeting, prepared in line with Resolution 3/185, will be before the Committee at the same "
    "session as document COPA/2032/7.\n"
)
INFORMATION = (
    "The nominations will be compiled in an information document (COPA/2032/INF/6), which will be made available "
    "to the Committee on Pastures at its tenth session."
)


def _all(sentence: str, registry: BodyRegistry) -> set[tuple[str, object, object]]:
    extraction = extract(NOTE.format(sentence=sentence), source_key="doc", registry=registry)
    return {(f.relation, f.subject, f.object) for f in extraction.facts}


def test_that_meeting_is_the_one_the_sentence_named(registry: BodyRegistry) -> None:
    # (E143, from the spent u170) the report of the meeting named before in the sentence, not of
    # the session named in the sentence before; "at the same session": that session of the body
    facts = _all(PANEL_PARAGRAPHS.format(first=INFORMATION), registry)
    report = DocumentRef(symbols=("COPA/2032/7",))
    assert ("reportOf", report, _committee(10)) not in facts
    assert any(rel == "reportOf" and s == report and isinstance(o, GatheringRef) and o.ordinal == 1 for rel, s, o in facts)
    assert ("submittedTo", report, _committee(10)) in facts


def test_the_same_session_said_in_another_paragraph_is_none(registry: BodyRegistry) -> None:
    first = "The nominations will be compiled in an information document (COPA/2032/INF/6)."
    facts = _all(PANEL_PARAGRAPHS.format(first=first), registry)
    assert not any(rel == "submittedTo" and s == DocumentRef(symbols=("COPA/2032/7",)) for rel, s, _ in facts)
