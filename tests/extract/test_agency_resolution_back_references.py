"""What an agency's resolution says of itself and of the instruments it recalls (E216).

- "Adopted: 14 June 2039" among a masthead's fields, above the heading of the one instrument the
  document is (a Word masthead table's right column, a plain masthead's line): its adoption day
  (`relate.Reader.masthead_adoption_field`).
- "Resolution 9 (Cg-19) – Seismic hazard services, by which the World Seismological Congress, at its
  nineteenth session, requested": the issuer's session set off after the relative clause adopted the
  instrument recalled, a title after a dash between (`relate._ISSUER_SET_OFF_AT_ITS`).
- "the recommendations of X at its fifth session (Paris, 2 to 6 May 2039), contained in the final
  report of that session (Y)": a session told with its place and days was held; the report is of it.
- "its 2042 session" where the masthead named the author's session by its year ("Council 2041" over
  "C41/90"): the author's session numbered as the masthead taught (`Reader.sessions_named_by_year`).
- "Decision 2 (EC-63) – Preparations for the twentieth session of Congress": a session a title names
  is still the session of the body the title names.
- "having considered / a) the report ... prepared pursuant to Decision 70 (C38) (Document C41/12); /
  b) the report of ... (Document C41/15)": each lettered item's paper was before the session, and the
  mandate closed by the first item's symbol is that paper's alone (`relate._AND_THE_NEXT_PAPER`,
  `_MANDATE_THEN_SYMBOL`).

Invented reference data (`test_agency_session_numbering`) and texts; near misses: the field above a
report's introduction, another body's session set off, another ordinal, a year-named session of
another body, a year the masthead never numbered, a session without place or days.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from tests.extract.test_agency_session_numbering import _ISU_DECISION, _PANDOC_MASTHEAD, _REFERENCE
from tests.support.extraction import BASE, facts as _facts


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path: Path = tmp_path_factory.mktemp("agencies") / "agencies.ttl"
    path.write_text(_REFERENCE, encoding="utf-8")
    return load_registry(BASE, [path])


_EC64_3 = InstrumentRef("wso/ec", "resolution", "64", "3")
_WSO_OPENING = "RESOLUTION 3 (EC-64)\n\nSEISMIC HAZARD MAPS\n\nTHE EXECUTIVE COUNCIL,\n\n"


def _wso(recitals: str) -> str:
    return _PANDOC_MASTHEAD + _WSO_OPENING + recitals + "\n\n1.  Requests the Secretary-General to act;\n"


def _day(text: str, registry: BodyRegistry, instrument: InstrumentRef) -> set[object]:
    return {o for s, o in _facts(text, registry, "adoptedOn") if s == instrument}


def test_the_masthead_adoption_field_dates_the_resolution(registry: BodyRegistry) -> None:
    assert _day(_wso("Recalling Resolution 9 (Cg-19),"), registry, _EC64_3) == {dt.date(2039, 6, 14)}


def test_a_plain_mastheads_adoption_line_dates_the_decision(registry: BodyRegistry) -> None:
    text = _ISU_DECISION.format(year="2041", symbol="C41/90").replace(
        "Original: English\n", "Original: English\nDate of adoption: 19 June 2041\n"
    )
    assert _day(text, registry, InstrumentRef("isu/council", "decision", "41", "88")) == {dt.date(2041, 6, 19)}


def test_the_field_above_a_reports_text_dates_no_decision_inside(registry: BodyRegistry) -> None:
    text = (
        "Council of Administration 2036\nDocument CA-36/14\nAdopted: 20 October 2036\n\n"
        "The present report describes the work of the year and the decisions taken by the Council.\n\n"
        "RESOLUTION 7\n\nQuality of service\n\nThe Council of Administration,\n\n"
        "1. Requests the International Bureau to prepare a report on the registered mail;\n"
    )
    assert not _day(text, registry, InstrumentRef("ppu/ca", "resolution", "36", "7"))


@pytest.mark.parametrize(
    "recital",
    [
        "Recalling Resolution 9 (Cg-19) – Seismic hazard services, by which the World Seismological\n"
        "Congress, at its nineteenth session, requested the Executive Council to update the maps,",
        "Recalling Resolution 9 (Cg-19) — Seismic hazard services, in which the Congress, at its\n"
        "nineteenth session, decided to update the maps,",
    ],
)
def test_the_issuers_session_set_off_after_a_dashed_title_adopted_it(registry: BodyRegistry, recital: str) -> None:
    adopted = _facts(_wso(recital), registry, "adoptedAt")
    assert (InstrumentRef("wso/congress", "resolution", "19", "9"), GatheringRef("wso/congress", "session", 19)) in adopted


def test_another_ordinal_set_off_adopts_nothing(registry: BodyRegistry) -> None:
    # "(Cg-19)" recalled as acted on at the eighteenth session: the number and the session disagree
    text = _wso(
        "Recalling Resolution 9 (Cg-19) – Seismic hazard services, by which the World Seismological\n"
        "Congress, at its eighteenth session, requested the Executive Council to update the maps,"
    )
    assert not any(s == InstrumentRef("wso/congress", "resolution", "19", "9") for s, _ in _facts(text, registry, "adoptedAt"))


_COMMISSION = (
    "Having examined the recommendations of the Executive Council at its sixty-third session{told},\n"
    "contained in the final report of that session (EC-63/Doc. 12),"
)


def test_the_report_of_that_session_told_with_place_and_days(registry: BodyRegistry) -> None:
    text = _wso(_COMMISSION.format(told=" (Paris, 2 to 6 May 2039)"))
    reported = _facts(text, registry, "reportOf")
    assert (DocumentRef(symbols=("EC-63/Doc. 12",)), GatheringRef("wso/ec", "session", 63)) in reported


def test_a_session_without_place_or_days_reports_nothing_back(registry: BodyRegistry) -> None:
    text = _wso(_COMMISSION.format(told=" (item 4 of its agenda)"))
    assert not _facts(text, registry, "reportOf")


def _isu(text_after: str, symbol: str = "C41/90") -> str:
    return _ISU_DECISION.format(year="2041", symbol=symbol) + text_after


def test_a_session_named_by_its_year_is_numbered_as_the_masthead_taught(registry: BodyRegistry) -> None:
    text = _isu("requests the Secretary-General\nto submit to the Council at its 2042 session a progress report.\n")
    assert (GatheringRef("isu/council", "session", 42), BodyRef("isu/council")) in _facts(text, registry, "meetingOf")


def test_another_bodys_year_or_an_unnumbered_year_is_no_session(registry: BodyRegistry) -> None:
    other = _isu("requests the Secretary-General\nto report to the World Seismological Congress at its 2042 session.\n")
    assert not any(s == GatheringRef("isu/council", "session", 42) for s, _ in _facts(other, registry, "meetingOf"))
    # "Council 2041" over "C40/90": the masthead learnt no number for a year
    unnumbered = _isu("instructs the Secretary-General\nto report to the Council at its 2042 session.\n", symbol="C40/90")
    meetings = _facts(unnumbered, registry, "meetingOf")
    assert not any(isinstance(s, GatheringRef) and s.body == "isu/council" and s.ordinal in (42, 2042) for s, _ in meetings)


def test_a_session_named_in_a_title_is_the_titles_body(registry: BodyRegistry) -> None:
    text = _wso("Recalling its Decision 2 (EC-63) – Preparations for the\ntwentieth session of Congress,")
    meetings = _facts(text, registry, "meetingOf")
    assert (GatheringRef("wso/congress", "session", 20), BodyRef("wso/congress")) in meetings
    assert (GatheringRef("wso/ec", "session", 20), BodyRef("wso/ec")) not in meetings


_LETTERED = (
    "having considered\na) the report of the Secretary-General on the review of the slots\n"
    "prepared pursuant to Decision 70 (C38) (Document C41/12);\nb) the report of the Chair of the "
    "Council Working Group on Orbital Slot Procedures{second}\n"
)


def test_each_lettered_items_paper_and_the_mandate_its_symbol_closes(registry: BodyRegistry) -> None:
    text = _ISU_DECISION.format(year="2041", symbol="C41/90").replace("decides\n", _LETTERED.format(second=" (Document C41/15),") + "decides\n")
    session = GatheringRef("isu/council", "session", 41)
    submitted = _facts(text, registry, "submittedTo")
    assert (DocumentRef(symbols=("C41/12",)), session) in submitted
    assert (DocumentRef(symbols=("C41/15",)), session) in submitted
    mandated = _facts(text, registry, "pursuantTo")
    decision = InstrumentRef("isu/council", "decision", "38", "70")
    assert (DocumentRef(symbols=("C41/12",)), decision) in mandated
    assert (DocumentRef(symbols=("C41/15",)), decision) not in mandated

