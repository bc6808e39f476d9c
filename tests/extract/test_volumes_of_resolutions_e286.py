"""A volume of the instruments one session adopted, each printed under its bare number (E286).

An agency's General Conference prints its "Records" with the session in the masthead ("38th
session", "Volume 1", "Resolutions") and each resolution under its number alone ("12 Title"), the
section's title sometimes glued before it by a PDF viewer's copy ("II Culture12 Title¹") and the
day of adoption in the footnote that the heading's raised mark calls. A regional commission's
Word export sets each resolution's number and title apart by a tab ("413(XXIX)<tab>TITLE"), one a
page, the opening formula second on each page. Invented bodies (tests/data/volumes_of_resolutions_e286.ttl)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.phrasing import extracted_with

extracted = extracted_with(Path(__file__).resolve().parents[1] / "data" / "volumes_of_resolutions_e286.ttl")

GC = "imho/general-conference"
GC_RECORDS = (
    "Records of the General Conference\n{session}\nLisbon, 3 – 14 October 2033\n{volume}\n{collection}\n"
    "International Maritime Heritage Organization\n"
)


def _facts(text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in extracted(text) if r == relation}


def _gc_volume(body: str, session: str = "38th session", volume: str = "Volume 1", collection: str = "Resolutions") -> str:
    return GC_RECORDS.format(session=session, volume=volume, collection=collection) + body


GLUED = (
    "II Culture and heritage12 Safeguarding of submerged heritage: strategy for the period 2034–2037 and its\n"
    "funding¹\n"
    "The General Conference,\n"
    "Recalling 36 GC/Res. 4, by which it approved the first strategy,\n"
    "Requests the Director-General to report to it at its 39th session on the implementation of the\n"
    "strategy.\n"
    "38 GC/Resolutions – page 12\n"
    "¹ Resolution adopted on the report of the CLT Commission at the 9th plenary meeting, on 12 October 2033.\n"
)


def test_a_glued_heading_under_the_volume_masthead_is_that_sessions_resolution() -> None:
    text = _gc_volume(GLUED)
    res = f"{GC}/res/38/12"
    assert (res, f"{GC}#38") in _facts(text, "adoptedAt")
    assert (res, "2033-10-12") in _facts(text, "adoptedOn")
    assert (res, "Safeguarding of submerged heritage: strategy for the period 2034–2037 and its funding") in _facts(text, "title")
    assert (res, f"{GC}/res/36/4") in _facts(text, "cites")
    assert (res, "imho/director-general") in _facts(text, "requests")


def test_plain_headings_spelled_sessions_and_two_resolutions_each_with_its_note() -> None:
    body = (
        "7 Programme of work for 2034–2035²\n"
        "The General Conference,\n"
        "Having examined document 38 GC/9,\n"
        "Approves the programme of work.\n"
        "8 Headquarters agreement³\n"
        "The General Conference,\n"
        "Invites the Director-General to negotiate a revised headquarters agreement.\n"
        "² Resolution adopted at the 4th plenary meeting, on 6 October 2033.\n"
        "³ Resolution adopted on the report of the Legal Committee at the 10th plenary meeting, on 13 October 2033.\n"
    )
    text = _gc_volume(body, session="Thirty-eighth session", volume="Volume I:")
    assert {(f"{GC}/res/38/7", "2033-10-06"), (f"{GC}/res/38/8", "2033-10-13")} <= _facts(text, "adoptedOn")
    assert {(f"{GC}/res/38/7", f"{GC}#38"), (f"{GC}/res/38/8", f"{GC}#38")} <= _facts(text, "adoptedAt")
    assert (f"{GC}/res/38/8", "Headquarters agreement") in _facts(text, "title")
    assert (f"{GC}/res/38/8", "imho/director-general") in _facts(text, "invites")
    assert not any(s == f"{GC}/res/38/7" for s, _ in _facts(text, "invites"))


def test_a_governing_councils_volume_of_decisions() -> None:
    text = (
        "Governing Council of the Regional Seed Centre\nTwenty-ninth session\nNairobi, 4–6 May 2032\nDecisions\n"
        "5 Seed bank operations\n"
        "The Governing Council,\n"
        "Requests the Executive Director to submit a costed plan at its thirtieth session.\n"
    )
    dec = "rsc/governing-council/dec/29/5"
    assert (dec, "rsc/governing-council#29") in _facts(text, "adoptedAt")
    assert (dec, "Seed bank operations") in _facts(text, "title")
    assert (dec, "rsc/executive-director") in _facts(text, "requests")


def test_near_misses_give_no_bare_numbered_resolution() -> None:
    # no session in the masthead: the number alone says nothing of the session
    no_session = _gc_volume(GLUED, session="Lisbon volume")
    assert not any(s.startswith(f"{GC}/res/") and s.endswith("/12") for s, _ in _facts(no_session, "adoptedAt"))
    # not a volume of resolutions ("Summary records"): no instrument under the number
    records = _gc_volume(GLUED, collection="Summary records")
    assert not any(s.endswith("/12") for s, _ in _facts(records, "requests"))
    # a number and title with no opening formula under it: a contents line, no text
    contents = _gc_volume("12 Safeguarding of submerged heritage\n13 Headquarters agreement\nForeword\n")
    assert not _facts(contents, "title")


def test_a_note_of_another_mark_or_without_adoption_gives_no_day() -> None:
    other_mark = _gc_volume(GLUED.replace("¹ Resolution adopted", "² Resolution adopted"))
    assert not any(s == f"{GC}/res/38/12" for s, _ in _facts(other_mark, "adoptedOn"))
    withdrawn = _gc_volume(
        GLUED.replace(
            "¹ Resolution adopted on the report of the CLT Commission at the 9th plenary meeting, on 12 October 2033.",
            "¹ A proposal to establish a standing committee on submerged heritage was withdrawn on 11 October 2033.",
        )
    )
    assert not any(s == f"{GC}/res/38/12" for s, _ in _facts(withdrawn, "adoptedOn"))
    # the footnote is no words of the text: its proposal establishes nothing
    assert not _facts(withdrawn, "establishes")


ECIS = (
    "ECIS/SES.29/9\n12 June 2031\n"
    "Twenty-ninth session of the Economic Commission for the Island States\nSuva, 9-12 June 2031\n"
    "RESOLUTIONS ADOPTED AT THE TWENTY-NINTH SESSION OF THE ECONOMIC COMMISSION FOR THE ISLAND STATES\n"
    "412(XXIX)\tPROGRAMME OF WORK FOR 2032-2033\n"
    "The Economic Commission for the Island States,\n"
    "1.\tApproves the programme of work for 2032-2033;\n"
    "2.\tApproves also the calendar of meetings set out in the annex to the present resolution.\n"
    "3rd plenary meeting\n12 June 2031\n"
    "\fAnnex\n"
    "Body\tSession or meeting\tPlace and date\n"
    "Committee on Ocean Statistics\tFifth meeting\tApia, 3-5 March 2032\n"
    "Regional Conference on Women of the Island States\tNinth session\tNuku'alofa, 2033 (dates to be confirmed)\n"
    "\f413(XXIX)\tREGIONAL FORUM ON OCEAN DATA\n"
    "The Economic Commission for the Island States,\n"
    "Recalling its resolution 398(XXVII),\n"
    "1.\tRequests the Executive Secretary to convene a regional forum on ocean data in 2032;\n"
    "3rd plenary meeting\n12 June 2031\n"
    "\f414(XXIX)\tPLACE OF THE NEXT SESSION\n"
    "The Economic Commission for the Island States,\n"
    "1.\tDecides that its thirtieth session shall be held in Apia in 2033.\n"
    "3rd plenary meeting\n12 June 2031\n"
)


def test_a_tab_heading_after_an_annex_table_opens_the_next_resolution() -> None:
    cites = _facts(ECIS, "cites")
    requests = _facts(ECIS, "requests")
    assert ("ecis/res/29/413", "ecis/res/27/398") in cites
    assert ("ecis/res/29/413", "ecis/executive-secretary") in requests
    # the resolution above the table keeps only its own text
    assert not any(s == "ecis/res/29/412" for s, _ in cites | requests)
    assert ("ecis/res/29/414", "ecis#29") in _facts(ECIS, "adoptedAt")


def test_a_calendar_table_of_subsidiary_bodies_ends_at_the_page_break() -> None:
    # "Body<tab>Session or meeting<tab>Place and date": each row's body, its gathering and where and when
    assert ("ecis/ocean-statistics#5", "ecis/ocean-statistics") in _facts(ECIS, "meetingOf")
    assert ("ecis/ocean-statistics#5", "2032-03-03/2032-03-05") in _facts(ECIS, "heldOn")
    assert ("ecis/ocean-statistics#5", "Apia") in _facts(ECIS, "heldIn")
    assert ("ecis/women#9", "Nuku'alofa") in _facts(ECIS, "heldIn")
    # a year alone is no day
    assert not any(s == "ecis/women#9" for s, _ in _facts(ECIS, "heldOn"))


def test_a_regional_conference_written_as_a_proper_name_is_established() -> None:
    base = ECIS.split("\f413")[0] + "\f413(XXIX)\tREGIONAL CONFERENCE\nThe Economic Commission for the Island States,\n1.\t"
    set_up = base + "Decides to establish the Regional Conference on Digital Development in the Island States as a subsidiary body of the Commission;\n"
    assert ("ecis/res/29/413", "ecis/regional-conference-on-digital-development-in-the-island-states") in _facts(set_up, "establishes")
    # a conference convened is a gathering, no body set up
    convened = base + "Decides to convene the Regional Conference on Digital Development in the Island States in 2032;\n"
    assert not _facts(convened, "establishes")
