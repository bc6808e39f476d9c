"""E181: three everyday genres of a session's papers.

- The summary record of a meeting of a committee that meets in numbered meetings during its parent's
  session ("General Assembly" / "Eighty-ninth session" / "Fourth Committee" / "Summary record of the
  12th meeting" / "Held at Headquarters, New York, on ..."): the record keeps that committee's meeting,
  held where and on the day the line under the title says; the paper a speaker presents or introduces
  ("introducing chapters II to IV of the report (X)") and the paper "before the Committee" were before
  that meeting; the record is no paper sent to the session above it. A record of a sitting of the
  session itself (no committee named above the title) stays as it was (E157).
- The proceedings of an assembly at a session ("Proceedings of the X at its Nth session") are the
  session's report: what was presented at the session was before it, and what the session adopted
  "At its 6th plenary meeting, on the afternoon of 10 March 2034" was adopted that day.
- A statement laid out by html2text: a site's menu as Markdown list items of links is chrome, and a
  Main Committee that numbers its meetings holds no "Eighty-ninth session": the session is its
  parent's. Dates with pandoc's en dash ("6--10 March 2034") are a span.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with, facts

_MAIN_COMMITTEES = """\
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/test/fourth-committee> a mg:Body ;
    mg:key "test/fourth-committee" ;
    skos:prefLabel "Special Political and Decolonization Committee (Fourth Committee)"@en ;
    skos:altLabel "Fourth Committee"@en ;
    mg:symbolPrefix "A/C.4" ;
    mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/ga> .

<body/test/third-committee> a mg:Body ;
    mg:key "test/third-committee" ;
    skos:prefLabel "Social, Humanitarian and Cultural Committee (Third Committee)"@en ;
    skos:altLabel "Third Committee"@en ;
    mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/ga> .
"""


@pytest.fixture(scope="module")
def with_committees(tmp_path_factory: pytest.TempPathFactory):
    ttl: Path = tmp_path_factory.mktemp("e181") / "main-committees.ttl"
    ttl.write_text(_MAIN_COMMITTEES, encoding="utf-8")
    return extracted_with(ttl)


def _record(committee: str, symbol: str, body: str, *, tab: str = "\t", held: str = "Held at Headquarters, New York, on Tuesday, 14 October 2031, at 3 p.m.") -> str:
    return (
        f"United Nations{tab}{symbol}\nGeneral Assembly\nEighty-sixth session\nOfficial Records{tab}Distr.: General\n"
        f"{tab}30 October 2031\n\n{tab}Original: English\n\n{committee}\n\n"
        f"Summary record of the 12th meeting\n{held}\n\n"
        "Chair:\tMr. Ito\t(Japan)\n\nThe meeting was called to order at 3.05 p.m.\n\n"
        f"{body}\n\nThe meeting rose at 5.40 p.m.\n"
    )


def test_a_main_committee_s_record_keeps_the_committee_s_meeting(with_committees) -> None:
    got = set(with_committees(_record("Fourth Committee", "A/C.4/86/SR.12", "1.\tThe Committee resumed its general debate.")))
    meeting = "test/fourth-committee#12"
    assert ("reportOf", "A/C.4/86/SR.12", meeting) in got
    assert ("meetingOf", meeting, "test/fourth-committee") in got
    assert ("heldOn", meeting, "2031-10-14") in got
    assert ("heldIn", meeting, "New York") in got
    # the session above is named, but the record is no paper sent to it, and its place is the meeting's
    assert ("meetingOf", "ga#86", "ga") in got
    assert ("submittedTo", "A/C.4/86/SR.12", "ga#86") not in got
    assert ("heldIn", "ga#86", "New York") not in got


def test_papers_introduced_or_before_the_committee_were_before_its_meeting(with_committees) -> None:
    body = (
        "1.\tMs. Arce (Rapporteur of the Special Committee), introducing chapters II to IV of the report of the "
        "Special Committee on its work in 2031 (A/86/23), said that the Special Committee had met in Bridgetown.\n\n"
        "2.\tThe Chair drew attention to the note by the Secretariat on the question of Tokelau (A/C.4/86/2), "
        "which was before the Committee.\n\n"
        "3.\tThe representative of Fiji, presenting the report of the Secretary-General (A/86/71), recalled its findings."
    )
    got = set(with_committees(_record("Third Committee", "A/C.3/86/SR.12", body, tab="    ")))
    meeting = "test/third-committee#12"
    for paper in ("A/86/23", "A/C.4/86/2", "A/86/71"):
        assert ("submittedTo", paper, meeting) in got, paper
    assert not any(rel == "submittedTo" and obj == "ga#86" for rel, _, obj in got)


def test_a_record_of_a_sitting_of_the_session_itself_is_unchanged() -> None:
    # no committee's name above the title: the record is of a sitting of the Commission's session
    text = (
        "United Nations E/CN.21/2031/SR.5\n\nEconomic and Social Council\n\nCommission on Coastal Resilience\n"
        "Twelfth session\n\nSummary record of the 5th meeting\n"
        "Held at Headquarters, New York, on Thursday, 13 March 2031, at 3 p.m.\n\n"
        "1. Mr. Ito, introducing the report of the Secretary-General (E/CN.21/2031/4), said that it was brief.\n"
    )
    assert ("E/CN.21/2031/4", "ccr#12") in facts(text, "submittedTo")
    assert not any(obj.startswith("ccr/tides-committee") for _, obj in facts(text, "reportOf"))


def test_a_committee_that_meets_in_sessions_is_no_meeting_of_a_record() -> None:
    # a committee of the Commission named over the title that holds sessions (not numbered
    # meetings): the record stays one of a sitting of the Commission's session
    text = (
        "United Nations E/CN.21/2031/SR.5\n\nEconomic and Social Council\n\nTwelfth session\n\n"
        "Committee on Coastal Data\n\nSummary record of the 5th meeting\n"
        "Held at Headquarters, New York, on Thursday, 13 March 2031, at 3 p.m.\n\n"
        "1. The Chair opened the meeting.\n"
    )
    assert not any(obj.startswith("ccr/committee-on-data#") for _, obj in facts(text, "reportOf"))


def test_a_committee_of_a_commission_meeting_in_numbered_meetings() -> None:
    text = (
        "United Nations E/CN.21/2031/SR.7\n\nEconomic and Social Council\n\nCommission on Coastal Resilience\n"
        "Twelfth session\n\nTides Committee\n\nSummary record of the 3rd meeting\n"
        "Held at the Palais des Nations, Geneva, on Monday, 10 March 2031, at 10 a.m.\n\n"
        "1. The Chair drew attention to the note by the Secretariat (E/CN.21/2031/CRP.2), which was before the Committee.\n"
    )
    assert ("E/CN.21/2031/SR.7", "ccr/tides-committee#3") in facts(text, "reportOf")
    assert ("ccr/tides-committee#3", "Geneva") in facts(text, "heldIn")
    assert ("ccr/tides-committee#3", "2031-03-10") in facts(text, "heldOn")
    assert ("E/CN.21/2031/CRP.2", "ccr/tides-committee#3") in facts(text, "submittedTo")
    assert ("E/CN.21/2031/SR.7", "ccr#12") not in facts(text, "submittedTo")


_PROCEEDINGS = (
    "UNITED NATIONS    E/CN.21/2031/30\n\nDistr.: General\n28 March 2031\n\n"
    "Commission on Coastal Resilience\nTwelfth session\n{dateline}\n\n"
    "# {title}\n\n{body}\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "Proceedings of the Commission on Coastal Resilience at its twelfth session",
        "Proceedings of the twelfth session of the Commission on Coastal Resilience",
        "Proceedings of the Commission on Coastal Resilience on the work of its twelfth session",
    ],
)
def test_proceedings_are_the_session_s_report(title: str) -> None:
    body = (
        "1.  The Director also presented her report on the implementation of the resolutions of the "
        "eleventh session (E/CN.21/2031/5).\n\n"
        "2.  At its 6th plenary meeting, on the afternoon of 14 March 2031, the Commission adopted "
        "resolutions 12/1 to 12/3 and decisions 12/1 and 12/2."
    )
    text = _PROCEEDINGS.format(dateline="New York, 10--14 March 2031", title=title, body=body)
    assert ("E/CN.21/2031/30", "ccr#12") in facts(text, "reportOf")
    assert ("E/CN.21/2031/5", "ccr#12") in facts(text, "submittedTo")
    assert ("ccr#12", "2031-03-10/2031-03-14") in facts(text, "heldOn")
    adopted_on = facts(text, "adoptedOn")
    for ref in ("ccr/res/12/1", "ccr/res/12/2", "ccr/res/12/3", "ccr/dec/12/1", "ccr/dec/12/2"):
        assert (ref, "2031-03-14") in adopted_on, ref
        assert (ref, "ccr#12") in facts(text, "adoptedAt"), ref


def test_proceedings_near_misses() -> None:
    # a draft withdrawn gives nothing; "proceedings" of a stranger's conference in a sentence is no title
    body = (
        "1.  A draft resolution (E/CN.21/2031/L.9) was withdrawn by its sponsors on the morning of 14 March 2031.\n\n"
        "2.  The Commission took note of the proceedings of the World Conference on Coastal Hazards at its "
        "second session."
    )
    text = _PROCEEDINGS.format(dateline="New York, 10–14 March 2031", title="Summary of the discussions", body=body)
    assert ("E/CN.21/2031/30", "ccr#12") not in facts(text, "reportOf")
    assert not facts(text, "adoptedOn")


@pytest.mark.parametrize("dashed", ["6--10 May 2032", "6 -- 10 May 2032", "28 April--2 May 2032"])
def test_pandoc_en_dash_is_a_span(dashed: str) -> None:
    text = (
        "UNITED NATIONS    E/CN.21/2032/1\n\nCommission on Coastal Resilience\nThirteenth session\n"
        f"Bonn, {dashed}\n\n# Provisional agenda\n\n1. Opening of the session.\n"
    )
    held = dict(facts(text, "heldOn"))
    assert "/" in held["ccr#13"]


_HTML2TEXT_PAGE = (
    "[Skip to main content](#main)\n\n"
    "  * [Official Document System](https://documents.example.org/)\n"
    "  * [Advanced search](https://documents.example.org/search)\n"
    "  * [Help](https://documents.example.org/help)\n\n"
    "A/C.4/86/L.20\n\n"
    "**United Nations** | A/C.4/86/L.20\n---|---\n**General Assembly** | Distr.: Limited\n| 3 November 2031\n| Original: English\n\n"
    "**Eighty-sixth session**\n**Fourth Committee**\nAgenda item 51\n**Questions relating to information**\n\n"
    "# Programme budget implications of draft resolution A/C.4/86/L.7\n\n"
    "## Statement submitted by the Secretary-General in accordance with rule 153 of\nthe rules of procedure of the General Assembly\n\n"
    "1\\. The present statement is submitted in accordance with rule 153 of the rules of procedure of the "
    "General Assembly.\n\n"
    "  * [About](https://documents.example.org/about)\n  * [Terms of use](https://www.example.org/terms)\n"
)


def test_a_markdown_menu_of_links_is_chrome(with_committees) -> None:
    # the menu pushed the masthead's symbol out of its first lines: now read
    got = set(with_committees(_HTML2TEXT_PAGE))
    assert any(rel == "preparedFor" and subject == "A/C.4/86/L.20" for rel, subject, _ in got)


@pytest.mark.parametrize("symbol", ["A/C.4/86/L.20", "A/C.4/86/2"])
def test_a_main_committee_s_paper_is_for_the_assembly_s_session(with_committees, symbol: str) -> None:
    text = (
        f"United Nations\t{symbol}\nGeneral Assembly\tDistr.: Limited\n\t3 November 2031\n\n"
        "Eighty-sixth session\nFourth Committee\nAgenda item 51\nQuestions relating to information\n\n"
        "Programme budget implications of draft resolution A/C.4/86/L.7\n\n"
        "1.\tThe present statement is submitted in accordance with rule 153 of the rules of procedure.\n"
    )
    got = set(with_committees(text))
    assert ("preparedFor", symbol, "ga#86") in got
    assert not any(obj.startswith("test/fourth-committee#") for _, _, obj in got)


def test_a_committee_named_above_the_session_line_keeps_its_reading(with_committees) -> None:
    # the committee's name above the session's line, not under it: not the masthead of a Main
    # Committee's paper (E145's reading is left as it was)
    text = (
        "United Nations\tA/C.4/86/2\nGeneral Assembly\tDistr.: Limited\n\n"
        "Fourth Committee\nEighty-sixth session\n\nNote by the Secretariat\n\n1.\tThe Committee met.\n"
    )
    got = set(with_committees(text))
    assert ("preparedFor", "A/C.4/86/2", "ga#86") not in got


def test_links_in_a_document_s_own_list_are_no_menu(with_committees) -> None:
    # one mark ("Skip to main content") and a list whose items say more than a link: not a copied page's menu
    text = _HTML2TEXT_PAGE.replace(
        "  * [Help](https://documents.example.org/help)\n",
        "  * [Help](https://documents.example.org/help), for readers of the system\n",
    )
    from mandate_graph.loaders.extract.web_chrome import is_copied_page

    assert not is_copied_page(text.split("\n")[:8])
    assert is_copied_page(_HTML2TEXT_PAGE.split("\n")[:8])
