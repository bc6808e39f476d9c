"""A programme assembly's resolution on the programme's web page (E211, u259):

- the record's fields ("Session<TAB>Third session of the Coastal Cities Assembly of the Coastal Cities
  Programme, Lisbon, 14–18 May 2033", "Date of adoption<TAB>18 May 2033") under the page's menus,
  language list and breadcrumbs, however many lines those take (`relate.Reader.record_facts` reads
  the head down to the instrument's text), the body's name running on to its organization before the
  place (`rules/records._PLACE_THEN_DATES`);
- "at its fourth open-ended meeting": a committee of permanent representatives' open-ended meetings,
  its own series (`references._QUALIFIED`), or the series of the "open-ended" namesake the reference
  data knows as a body of its own (`resolve._open_ended_namesake`);
- "to report to the Assembly at its fourth session" in the assembly's own resolution: the noun the
  issuer's name is the name of, the issuer, not the one body the data calls "the Assembly" (the General
  Assembly), unless the paragraph named that one (`resolve.Scope._own_head_noun`).

Bodies, numbers, places and days are invented (tests/data/session_lists_e211.ttl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import extracted_with

REFERENCE = Path(__file__).resolve().parents[1] / "data" / "session_lists_e211.ttl"
extracted = extracted_with(REFERENCE)

CHROME = "\n".join([
    "Skip to main content", "Coastal Cities Programme", "Search", "Menu", "About", "Our work", "Governance",
    "Coastal Cities Assembly", "Committee of Permanent Representatives", "Executive Director", "Data",
    "Publications", "News", "Events", "Careers", "Contact", "English", "Français", "Español", "Home", "/",
    "Governance", "/", "Coastal Cities Assembly", "/", "Third session", "/", "Resolutions", "In this section",
    "Third session: overview", "Resolutions",
]) + "\n"
RECORD = (
    "Resolution 3/4: Tidal flood preparedness\n"
    "Document symbol\tCCP/CA.3/Res.4\n"
    "Session\tThird session of the Coastal Cities Assembly of the Coastal Cities Programme, Lisbon, 14–18 May 2033\n"
    "Date of adoption\t18 May 2033\n"
)
TEXT = (
    "The Coastal Cities Assembly,\n"
    "Recalling its resolution 2/5 of 20 May 2031,\n"
    "Having considered the report of the Executive Director on tidal flooding (CCP/CA/3/6),\n"
    "1. Endorses the recommendations adopted by the Committee of Permanent Representatives to the Coastal Cities "
    "Programme at its fourth open-ended meeting, held in Lisbon from 8 to 10 May 2033;\n"
    "2. Requests the Executive Director to report to the Assembly at its fourth session;\n"
    "Related documents\n"
    "CCP/OECPR.2033/4/2 – Report of the Committee of Permanent Representatives on its fourth open-ended meeting\n"
)
RESOLUTION = "e211-coastal-assembly/res/3/4"
SESSION = "e211-coastal-assembly#3"


def facts(text: str, *relations: str) -> set[tuple[str, str, str]]:
    return {f for f in extracted(text) if f[0] in relations}


RECORDED = {
    ("adoptedAt", RESOLUTION, SESSION), ("adoptedOn", RESOLUTION, "2033-05-18"),
    ("heldIn", SESSION, "Lisbon"), ("heldOn", SESSION, "2033-05-14/2033-05-18"),
}


@pytest.mark.parametrize("chrome", [CHROME, "", CHROME + CHROME])
def test_the_records_fields_under_the_pages_chrome(chrome):
    text = chrome + RECORD + TEXT
    assert RECORDED <= facts(text, "adoptedAt", "adoptedOn", "heldIn", "heldOn")
    # the session the record names is the one the report was before
    assert ("submittedTo", "CCP/CA/3/6", SESSION) in facts(text, "submittedTo")


def test_a_session_field_without_the_organizations_name():
    record = RECORD.replace(" of the Coastal Cities Programme, Lisbon", ", Lisbon")
    assert RECORDED <= facts(CHROME + record + TEXT, "adoptedAt", "adoptedOn", "heldIn", "heldOn")


def test_a_committees_open_ended_meeting():
    found = facts(CHROME + RECORD + TEXT, "endorses", "meetingOf", "heldIn", "heldOn", "reportOf")
    assert {
        ("endorses", RESOLUTION, "e211-coastal/cpr#4"), ("meetingOf", "e211-coastal/cpr#4", "e211-coastal/cpr"),
        ("heldIn", "e211-coastal/cpr#4", "Lisbon"), ("heldOn", "e211-coastal/cpr#4", "2033-05-08/2033-05-10"),
        ("reportOf", "CCP/OECPR.2033/4/2", "e211-coastal/cpr#4"),
    } <= found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Committee of Permanent Representatives to the Ocean Stewardship Programme shall hold its twelfth open-ended meeting in Nairobi.",
        "The Committee of Permanent Representatives to the Ocean Stewardship Programme, at its twelfth open-ended meeting, agreed on the outline.",
    ],
)
def test_an_open_ended_namesake_of_its_own_holds_the_meeting(sentence):
    found = facts("A/79/400\nGeneral Assembly\n\n1. " + sentence + "\n", "meetingOf")
    assert ("meetingOf", "e211-ocean/oecpr#12", "e211-ocean/oecpr") in found
    assert not any(f[1] == "e211-ocean/cpr#12" for f in found)


def test_the_assembly_in_its_own_resolution_is_the_issuer():
    found = facts(CHROME + RECORD + TEXT, "meetingOf")
    assert ("meetingOf", "e211-coastal-assembly#4", "e211-coastal-assembly") in found
    assert not any(f[2] == "ga" for f in found)


def test_the_assembly_after_the_general_assembly_named_is_the_general_assembly():
    text = CHROME + RECORD + TEXT.replace(
        "Recalling its resolution 2/5 of 20 May 2031,\n",
        "Recalling General Assembly resolution 77/12 of 7 December 2022, by which the Assembly requested the Secretary-General to report,\n",
    )
    assert ("requests", "ga/res/77/12", "secretary-general") in facts(text, "requests")
