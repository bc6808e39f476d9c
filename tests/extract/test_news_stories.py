"""A news story of an organization's newsroom (UN News, an agency's news service) on a session's
close: a dateline ("VIENNA, 5 December 2031 —", "NEW YORK, 5 December (OTP News) –", "Geneva, 3
January 2032 –"), a lead that tells what the members did "today", "closing the twenty-fourth
session of the organization's General Conference, which met in Vienna from 1 to 5 December", then
what each text does in the story's words.

- the session the lead closes is the one the story covers: where and when it met (the year the
  dateline's; a span across the new year starts the year before);
- the texts the story says were "adopted" or "approved", numbered by that session, were adopted
  there; on the dateline's day for the text the lead told of ("The resolution, entitled "..."
  (TGC.24/Res.5), was adopted by a recorded vote"), for "today" and "on Friday" (the last Friday
  on or before the dateline); "adopted on Thursday, 4 December" in the dateline's year; "It also
  approved ..." the day of the adoption told before;
- "By it, the Conference establishes ...", "The text recalls ...", "It asks the Director-General
  ... and the Board to ..., and encourages ...": what the text told of does;
- "the Conference" is the organization's General Conference when no body of the organization is
  called "Conference" itself;
- a document adopted "on the basis of", or "before the Conference at its final plenary meeting",
  was before the session;
- a draft "expected to be adopted next week", a delegate's hope, an amendment rejected, a text of an
  earlier session and "next Friday" adopt nothing there or then.

The organization and its bodies are invented (this file's reference data)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules import news_stories
from mandate_graph.loaders.extract.rules.press_releases import dateline_today
from tests.extract.phrasing import BASE, facts, key

_REFERENCE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/otp> a mg:Body ; mg:key "otp" ;
    skos:prefLabel "Organization for Tidal Power"@en ; skos:altLabel "OTP"@en .
<body/otp/gc> a mg:Body ; mg:key "otp/gc" ;
    skos:prefLabel "General Conference of the Organization for Tidal Power"@en ; mg:shortName "General Conference" ;
    mg:symbolPrefix "TGC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ; org:subOrganizationOf <body/otp> ;
    mg:instrumentNumbering [ mg:numberTemplate "TGC.{session}/Res.{number}" ; mg:instrumentKind "resolution" ] .
<body/otp/board> a mg:Body ; mg:key "otp/board" ;
    skos:prefLabel "Tidal Power Board"@en ; mg:shortName "Board" ; mg:symbolPrefix "TPB" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ; org:subOrganizationOf <body/otp/gc> ;
    mg:instrumentNumbering [ mg:numberTemplate "TPB.{session}/Dec.{number}" ; mg:instrumentKind "decision" ] .
<body/otp/dg> a mg:Body ; mg:key "otp/dg" ;
    skos:prefLabel "Director-General of the Organization for Tidal Power"@en ; mg:shortName "Director-General" ;
    org:subOrganizationOf <body/otp> .
<body/wof> a mg:Body ; mg:key "wof" ;
    skos:prefLabel "World Ocean Forum"@en ; skos:altLabel "WOF"@en .
"""

GC, SESSION = "otp/gc", "otp/gc#24"


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("reference") / "otp.ttl"
    path.write_text(_REFERENCE, encoding="utf-8")
    return load_registry(BASE, [path])


def _facts(registry: BodyRegistry, text: str, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="story", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


HEADER = "OTP | Newsroom | News\nHome › News\n\nTidal power agency sets up expert panel\n\n"
LEAD = (
    "VIENNA, 5 December 2031 — Member States of the Organization for Tidal Power (OTP) today agreed to create "
    "an expert panel on tidal storage, closing the twenty-fourth session of the organization's General Conference, "
    "which met in Vienna from 1 to 5 December."
)
TOLD = (
    'The resolution, entitled "Tidal storage for all" (TGC.24/Res.5), was adopted by a recorded vote of 98 in favour '
    "to 3 against, with 7 abstentions. By it, the Conference establishes an intergovernmental expert panel on tidal storage."
)
QUOTE = '"Today Member States have given us a clear mandate," the Director-General told delegates.'
ACTS = (
    "The text recalls resolution TGC.15/Res.1 and General Assembly resolution 70/293. It asks the Director-General to "
    "support the panel and the Board to review its first report, and encourages the World Ocean Forum to take part."
)


def _story(*paragraphs: str, lead: str = LEAD, header: str = HEADER) -> str:
    return header + lead + "\n\nShare: Facebook | X | Email\n\n" + "\n\n".join(paragraphs) + "\n\n© OTP 2031 | Terms\n"


@pytest.mark.parametrize("lead, header, town, days, dateline", [
    (LEAD, HEADER, "Vienna", "2031-12-01/2031-12-05", "2031-12-05"),
    # a yearless dateline signed by the service: the year of the page's own date
    (
        "NEW YORK, 5 December (OTP News) – Delegates today adopted texts on tidal storage, concluding the twenty-fourth "
        "session of the General Conference of the Organization for Tidal Power, held in New York from 28 November to 5 December.",
        "OTP News\n\n5 December 2031\n\nTidal agency closes its Conference\n\n", "New York", "2031-11-28/2031-12-05", "2031-12-05",
    ),
    # the town as a name; a session across the new year
    (
        "Geneva, 3 January 2032 – Member States of OTP today approved a plan on tidal storage, at the close of the "
        "twenty-fourth session of the organization's General Conference, which met in Geneva from 29 December to 3 January.",
        HEADER, "Geneva", "2031-12-29/2032-01-03", "2032-01-03",
    ),
])
def test_the_session_the_lead_closes(registry: BodyRegistry, lead: str, header: str, town: str, days: str, dateline: str) -> None:
    text = _story(TOLD, QUOTE, ACTS, lead=lead, header=header)
    assert (SESSION, GC) in _facts(registry, text, "meetingOf")
    assert (SESSION, town) in _facts(registry, text, "heldIn")
    assert {o for s, o in _facts(registry, text, "heldOn") if s == SESSION} == {days}
    # the text the lead told of: adopted there, on the dateline's day
    assert ("otp/gc/res/24/5", SESSION) in _facts(registry, text, "adoptedAt")
    assert ("otp/gc/res/24/5", dateline) in _facts(registry, text, "adoptedOn")
    assert ("otp/gc/res/24/5", "Tidal storage for all") in _facts(registry, text, "title")


def test_what_the_text_told_of_does(registry: BodyRegistry) -> None:
    text = _story(TOLD, QUOTE, ACTS)
    res = "otp/gc/res/24/5"
    established = {o for s, o in _facts(registry, text, "establishes") if s == res}
    assert len(established) == 1 and next(iter(established)).endswith("panel-on-tidal-storage")
    assert {(res, "otp/gc/res/15/1"), (res, "ga/res/70/293")} <= _facts(registry, text, "cites")
    assert {(res, "otp/dg"), (res, "otp/board")} <= _facts(registry, text, "requests")
    assert (res, "wof") in _facts(registry, text, "encourages")


@pytest.mark.parametrize("paragraph, instrument, day", [
    ("Earlier on Friday the Conference adopted by consensus resolution TGC.24/Res.3, on ocean data.", "3", "2031-12-05"),
    ("On Wednesday the Conference adopted resolution TGC.24/Res.3 without a vote.", "3", "2031-12-03"),
    ("In resolution TGC.24/Res.2, adopted on Thursday, 4 December, the Conference decided to keep the schedule.", "2", "2031-12-04"),
    ("Resolution TGC.24/Res.6, which was adopted on 2 December, asks the Board to report.", "6", "2031-12-02"),
    ("The Conference also adopted today resolution TGC.24/Res.7 on grid access.", "7", "2031-12-05"),
])
def test_texts_adopted_on_the_day_the_story_says(registry: BodyRegistry, paragraph: str, instrument: str, day: str) -> None:
    text = _story(TOLD, paragraph)
    ref = f"otp/gc/res/24/{instrument}"
    assert (ref, SESSION) in _facts(registry, text, "adoptedAt")
    assert {o for s, o in _facts(registry, text, "adoptedOn") if s == ref} == {day}


def test_also_approved_the_day_before_and_the_documents_before_the_session(registry: BodyRegistry) -> None:
    text = _story(
        TOLD,
        "On Thursday the Conference adopted by consensus resolution TGC.24/Res.3, on ocean data.",
        "It also approved the programme and budgets for 2032–2033 (TGC.24/Res.4) on the basis of the proposals of the "
        "Director-General in document TGC.24/8.",
        "The draft resolutions were contained in document TGC.24/L.2, which was before the Conference at its final plenary meeting.",
    )
    assert ("otp/gc/res/24/4", SESSION) in _facts(registry, text, "adoptedAt")
    assert ("otp/gc/res/24/4", "2031-12-04") in _facts(registry, text, "adoptedOn")
    assert {("TGC.24/8", SESSION), ("TGC.24/L.2", SESSION)} <= _facts(registry, text, "submittedTo")


@pytest.mark.parametrize("paragraph, instrument", [
    # a draft to come, a delegate's hope, an amendment rejected
    ("A further draft (TGC.24/Res.8) is expected to be adopted next week.", "8"),
    ('"We hope resolution TGC.24/Res.8 will be adopted by the next session," the delegate of Chile said.', "8"),
    ("An amendment to resolution TGC.24/Res.8 was rejected, 39 votes in favour to 61 against.", "8"),
    # a text of an earlier session, adopted then
    ("The text builds on resolution TGC.15/Res.1, adopted by the Conference in 2013.", "15/1"),
])
def test_no_adoption_where_none_is_told(registry: BodyRegistry, paragraph: str, instrument: str) -> None:
    text = _story(TOLD, paragraph)
    ref = f"otp/gc/res/{instrument}" if "/" in instrument else f"otp/gc/res/24/{instrument}"
    assert not {o for s, o in _facts(registry, text, "adoptedAt") if s == ref}
    assert not {o for s, o in _facts(registry, text, "adoptedOn") if s == ref}


def test_no_story_without_a_lead_told_today(registry: BodyRegistry) -> None:
    lead = LEAD.replace(" today agreed", " agreed last month")
    text = _story("Earlier on Friday the Conference adopted by consensus resolution TGC.24/Res.3, on ocean data.", lead=lead)
    assert not {o for s, o in _facts(registry, text, "adoptedOn") if s == "otp/gc/res/24/3"}


FRIDAY = dt.date(2031, 12, 5)


@pytest.mark.parametrize("sentence, day", [
    ("Earlier on Friday the Conference adopted resolution X.", FRIDAY),
    ("On Monday the Conference adopted resolution X.", dt.date(2031, 12, 1)),
    ("In resolution X, adopted on Thursday, 4 December, the Conference ...", dt.date(2031, 12, 4)),
    ("Resolution X, adopted on 30 November, asks ...", dt.date(2031, 11, 30)),
    ("The Conference today adopted resolution X.", FRIDAY),
    # to come, or two days: none
    ("The Board will meet next Friday to consider resolution X.", None),
    ("Resolution X was adopted on Monday and resolution Y on Tuesday.", None),
    ("The Conference adopted resolution X.", None),
])
def test_the_day_a_sentence_tells(sentence: str, day: dt.date | None) -> None:
    assert news_stories.day_told(sentence, FRIDAY) == day


@pytest.mark.parametrize("sentence, told", [
    ("Earlier on Friday the Conference adopted by consensus resolution TGC.24/Res.3, on ocean data.", True),
    ("It also approved the programme and budgets for 2032–2033 (TGC.24/Res.4) on the basis of ...", True),
    ('The resolution, entitled "X" (TGC.24/Res.5), was adopted by a recorded vote.', True),
    ("In resolution TGC.24/Res.2, adopted on Thursday, the Conference decided ...", True),
    ("A draft (TGC.24/Res.8) is expected to be adopted next week.", False),
    ("The Conference would have adopted resolution TGC.24/Res.8 had time allowed.", False),
    ("An amendment to resolution TGC.24/Res.8 was rejected.", False),
])
def test_told_adopted(sentence: str, told: bool) -> None:
    number = re.search(r"TGC\.\d+/Res\.\d+", sentence)
    assert number is not None
    start, end = number.span()
    assert news_stories.told_adopted(sentence, start, end) is told


@pytest.mark.parametrize("line, town", [
    ("VIENNA, 5 December 2031 — Member States today agreed ...", "Vienna"),
    ("NEW YORK, 5 December (UN News) – The Assembly today adopted ...", "New York"),
    ("Geneva, 5 December 2031 – Delegates today approved ...", "Geneva"),
    ("ADDIS ABABA, 5 December 2031 -- The Commission today endorsed ...", "Addis Ababa"),
])
def test_dateline_forms(line: str, town: str) -> None:
    assert dateline_today(line, FRIDAY) == (town, FRIDAY)


def test_a_commission_numbering_its_texts_by_session() -> None:
    # another body, another numbering, the town in capitals over two words, "approved" and "on Tuesday"
    text = (
        "UN News\n\n14 March 2031\n\nCoastal commission ends session\n\n"
        "PORT LOUIS, 14 March 2031 – The Commission on Coastal Resilience today approved a plan on storm surges, "
        "concluding its twelfth session, which met in Port Louis from 10 to 14 March.\n\n"
        'The resolution, entitled "Storm surges" (resolution 12/3), was approved without a vote. By it, the Commission requests the Bureau to '
        "report on its implementation.\n\n"
        "On Tuesday the Commission adopted resolution 12/1 on tide gauges.\n"
    )
    assert {("ccr/res/12/3", "ccr#12"), ("ccr/res/12/1", "ccr#12")} <= facts(text, "adoptedAt")
    assert {("ccr/res/12/3", "2031-03-14"), ("ccr/res/12/1", "2031-03-11")} <= facts(text, "adoptedOn")
    assert ("ccr#12", "Port Louis") in facts(text, "heldIn")
    assert ("ccr#12", "2031-03-10/2031-03-14") in facts(text, "heldOn")
    assert ("ccr/res/12/3", "Storm surges") in facts(text, "title")
    assert ("ccr/res/12/3", "ccr/bureau") in facts(text, "requests")


def test_a_lead_told_on_a_weekday_and_it_after_the_text_told() -> None:
    # UN News: "on Thursday" where a newsroom writes "today"; "It requests" after the sentence on the text
    text = (
        "UN News\n\n14 March 2031\n\nCoastal commission ends session\n\n"
        "NAIROBI, 14 March 2031 (UN News) – The Commission on Coastal Resilience on Thursday adopted a plan on storm "
        "surges, closing its twelfth session, which met in Nairobi from 10 to 13 March.\n\n"
        "The resolution (resolution 12/3) was adopted by a recorded vote of 30 to 2. It requests the Bureau to report "
        "on its implementation.\n"
    )
    assert ("ccr/res/12/3", "ccr#12") in facts(text, "adoptedAt")
    assert {o for s, o in facts(text, "adoptedOn") if s == "ccr/res/12/3"} == {"2031-03-13"}
    assert ("ccr#12", "2031-03-10/2031-03-13") in facts(text, "heldOn")
    assert ("ccr/res/12/3", "ccr/bureau") in facts(text, "requests")
