"""The text of a resolution as the General Assembly and the Human Rights Council print it
("Resolution adopted by the Human Rights Council on 2 April 2026" above "61/17. Title"), and
a commission's texts in its session report published under the Council's symbol: each text
is its issuer's (the body its preamble opens with), with its title and adoption date, and its
"its resolution 66/3" cites the issuer's own resolution."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from tests.support.extraction import cop_report

BASE = "https://w3id.org/mandate-graph/id/"


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE, [])


def facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    e = extract(text, source_key="test", registry=registry)
    return {(f.subject, f.relation, f.object) for f in e.facts}


def resolution(issuer_line: str, opener: str, number: str, title: str, date: str, recalled: str) -> str:
    return (
        "United Nations A/RES/X\n\nGeneral Assembly\n\nDistr.: General\n7 January 2031\n\n"
        f"{issuer_line} on {date}\n\n"
        "[on the report of the Second Committee (A/85/400)]\n\n"
        f"## {number}. {title}\n\n"
        f"*{opener}*,\n\n"
        f"*Recalling* its resolution {recalled} of 3 April 2025,\n\n"
        "1. *Requests* the Secretary-General to submit a report on the matter.\n"
    )


@pytest.mark.parametrize(
    ("line", "opener", "issuer", "number", "title", "date", "day"),
    [
        ("Resolution adopted by the General Assembly", "The General Assembly", "ga", "85/17",
         "Improving road safety", "12 December 2030", dt.date(2030, 12, 12)),
        ("Resolution adopted by the Human Rights Council", "The Human Rights Council", "hrc", "64/3",
         "The right to food", "2 April 2031", dt.date(2031, 4, 2)),
        # the opener alone says who speaks, whatever the line above
        ("Resolution adopted by the General Assembly", "The Human Rights Council", "hrc", "S-9/2",
         "Human rights in a situation", "9 May 2031", dt.date(2031, 5, 9)),
    ],
)
def test_numbered_title_heading_gives_the_resolution(registry, line, opener, issuer, number, title, date, day):
    session, n = number.split("/")
    own = InstrumentRef(issuer, "resolution", session, n)
    found = facts(resolution(line, opener, number, title, date, "58/9"), registry)
    assert (own, "title", title) in found
    assert (own, "adoptedOn", day) in found
    assert (own, "cites", InstrumentRef(issuer, "resolution", "58", "9")) in found
    assert any(s == own and r == "requests" for s, r, _ in found)


def test_numbered_line_without_adoption_line_is_no_instrument(registry):
    text = "United Nations A/85/1\n\nGeneral Assembly\n\n## 85/17. Improving road safety\n\nSome text follows.\n"
    assert not any(isinstance(s, InstrumentRef) and s.session == "85" for s, _, _ in facts(text, registry))


def session_report(body: str, short: str, kind: str, number: str, title: str) -> str:
    return (
        "United Nations E/2031/9\n\nEconomic and Social Council\n\nDistr.: General\n2 April 2031\n\n"
        f"{body}\n\nReport on the seventieth session (10–14 March 2031)\n\n"
        "# Chapter I\n\n# Matters brought to the attention of the Council\n\n"
        f"**{kind} {number}**\n\n**{title}**\n\n*The {body}*,\n\n"
        "*Recalling* its resolution 61/2 of 17 March 2018,\n\n"
        f"1. *Requests* the Secretariat to report to the {short} at its seventy-first session.\n"
    )


@pytest.mark.parametrize(
    ("body", "short", "key"),
    [
        ("Commission on Narcotic Drugs", "Commission", "ecosoc/cnd"),
        ("Commission on Crime Prevention and Criminal Justice", "Commission", "ecosoc/ccpcj"),
    ],
)
def test_commission_report_under_council_symbol_holds_the_commission_texts(registry, body, short, key):
    own = InstrumentRef(key, "resolution", "70", "4")
    found = facts(session_report(body, short, "Resolution", "70/4", "Drug policy in cities"), registry)
    assert (own, "title", "Drug policy in cities") in found
    assert (own, "cites", InstrumentRef(key, "resolution", "61", "2")) in found
    assert not any(isinstance(s, InstrumentRef) and s.issuer == "ecosoc" for s, _, _ in found)


@pytest.mark.parametrize("chapter", ["# Chapter II", "Chapter IV", "II. Organization of the session"])
def test_next_chapter_ends_the_instrument_text(registry, chapter):
    text = session_report("Commission on Narcotic Drugs", "Commission", "Decision", "70/1", "Extension of a mandate") + (
        f"\n{chapter}\n\n# Implementation of the treaties\n\n"
        "3. The Commission had before it a report prepared pursuant to Commission resolution 67/4 (E/CN.7/2031/9).\n"
    )
    own = InstrumentRef("ecosoc/cnd", "decision", "70", "1")
    found = facts(text, registry)
    assert (own, "cites", InstrumentRef("ecosoc/cnd", "resolution", "61", "2")) in found
    assert (own, "cites", InstrumentRef("ecosoc/cnd", "resolution", "67", "4")) not in found


@pytest.mark.parametrize(
    ("body", "key", "session_line", "n", "dates_line", "held"),
    [
        ("**Human Rights Council**", "hrc", "**Sixty-fourth session**", 64, "8 September–6 October 2031",
         (dt.date(2031, 9, 8), dt.date(2031, 10, 6))),
        ("General Assembly", "ga", "Eighty-fifth session", 85, "Agenda item 12", None),
    ],
)
def test_masthead_session_of_the_issuer_is_where_it_was_adopted(registry, body, key, session_line, n, dates_line, held):
    opener = "The Human Rights Council" if key == "hrc" else "The General Assembly"
    text = (
        f"United Nations {'A/HRC/RES' if key == 'hrc' else 'A/RES'}/{n}/3\n\nGeneral Assembly\n\nDistr.: General\n10 October 2031\n\n{body}\n\n"
        f"{session_line}\n\n{dates_line}\n\nResolution adopted by the {opener[4:]} on 5 October 2031\n\n"
        f"## {n}/3. A title for the text\n\n*{opener}*,\n\n1. *Requests* the Secretary-General to report.\n"
    )
    found = facts(text, registry)
    own = InstrumentRef(key, "resolution", str(n), "3")
    sessions = [o for s, r, o in found if s == own and r == "adoptedAt"]
    assert [(g.body, g.ordinal) for g in sessions] == [(key, n)]
    held_on = [o for s, r, o in found if r == "heldOn" and getattr(s, "ordinal", None) == n]
    assert [(d.start, d.end) for d in held_on] == ([held] if held else [])


@pytest.mark.parametrize(
    ("named_first", "named_last", "key"),
    [
        ("Commission on Narcotic Drugs", "Commission on Crime Prevention and Criminal Justice", "ecosoc/ccpcj"),
        ("Commission on Crime Prevention and Criminal Justice", "Commission on Narcotic Drugs", "ecosoc/cnd"),
    ],
)
def test_the_commission_is_the_commission_named_last(registry, named_first, named_last, key):
    text = resolution("Resolution adopted by the General Assembly", "The General Assembly", "85/40",
                      "Cities and crime", "12 December 2030", "80/1").replace(
        "*Recalling* its resolution 80/1 of 3 April 2025,",
        f"*Noting* {named_first} resolution 70/1 of 3 March 2030,\n\n"
        f"*Noting also* {named_last} resolution 71/2 of 22 May 2030,\n\n"
        "*Welcoming* the discussion held by the Commission at its seventy-first session, held in Geneva "
        "from 18 to 22 May 2030, on cities,",
    )
    found = facts(text, registry)
    held_in = {(s.body, s.ordinal) for s, r, o in found if r == "heldIn" and o == "Geneva"}
    assert held_in == {(key, 71)}


@pytest.mark.parametrize(
    ("job", "page"),
    [("26-23871 (E)", "2/3 26-23871"), ("V.31-01234", "4/9 V.31-01234"), ("31-04411 (E)", "31-04411 3/5")],
)
def test_page_break_amid_operative_part_keeps_the_body_born_before_it(registry, job, page):
    """Footnotes, the job number and the running header ("A/RES/85/12 <title>") at a page
    break between operative paragraphs: "the expert group" after them is still the new one."""
    text = (
        "United Nations A/RES/85/12\n\nGeneral Assembly\n\nDistr.: General\n7 January 2031\n\n"
        "Resolution adopted by the General Assembly on 12 December 2030\n\n"
        "## 85/12. Safer roads\n\n*The General Assembly*,\n\n*Recalling* its resolution 80/1,<sup>1</sup>\n\n"
        "1. *Decides* to establish an open-ended intergovernmental expert group on road safety in cities;\n\n"
        "2. *Invites* Member States to take part;\n\n"
        "<sup>1</sup> A/80/118.\n\n"
        f"{job}\n\nA/RES/85/12 Safer roads\n\n{page}\n\n"
        "3. *Requests* the Secretary-General to make the necessary arrangements for the first meeting of the expert group;\n"
    )
    found = facts(text, registry)
    meetings = {s.body for s, r, o in found if r == "meetingOf" and getattr(s, "kind", None) == "meeting"}
    assert meetings == {"ga/expert-group-on-road-safety-in-cities"}


@pytest.mark.parametrize(
    ("listed", "acting"),
    [
        ("resolutions 2010/3 of 21 July 2010, entitled “Safer cities”, and 2021/9 of 23 July 2021", {"2021"}),
        ("resolutions 2010/3, entitled “Safer cities”, and 2021/9", {"2021"}),
        ("resolutions 2010/3 and 2021/9", {"2010", "2021"}),
    ],
)
def test_relative_clause_after_a_list_speaks_of_its_nearest_member(registry, listed, acting):
    text = resolution("Resolution adopted by the General Assembly", "The General Assembly", "85/41",
                      "Cities", "12 December 2030", "80/1").replace(
        "*Recalling* its resolution 80/1 of 3 April 2025,",
        f"*Recalling also* Economic and Social Council {listed}, in which the Council requested "
        "the Commission on Crime Prevention and Criminal Justice to keep the matter under review,",
    )
    found = facts(text, registry)
    requesting = {s.session for s, r, o in found if r == "requests" and o.key == "ecosoc/ccpcj"}
    assert requesting == acting


@pytest.mark.parametrize(("same", "acting"), [("In the same resolution 7/2,", "7/2"), ("In the same resolution,", "9/4")])
def test_the_same_resolution_with_its_number_is_that_one(registry, same, acting):
    text = (
        "Conference of the Parties to the United Nations Convention against Transnational Organized Crime\n\n"
        "Distr.: General\n3 March 2033\n\nNote by the Secretariat\n\n"
        "1. The present note was prepared pursuant to Conference resolution 7/2, entitled “Review”.\n\n"
        "2. By its resolution 9/4, the Conference established a mechanism.\n\n"
        f"3. {same} the Conference requested the secretariat to report on the matter.\n"
    )
    found = facts(text, registry)
    requesting = {f"{s.session}/{s.number}" for s, r, o in found if r == "requests" and o.key == "unodc/secretariat"}
    assert requesting == {acting}


@pytest.mark.parametrize(("body", "key"), [("Commission on Narcotic Drugs", "ecosoc/cnd"),
                                           ("Commission on Crime Prevention and Criminal Justice", "ecosoc/ccpcj")])
def test_its_session_in_a_commission_text_is_the_commission_session(registry, body, key):
    text = session_report(body, "Commission", "Resolution", "70/4", "Drug policy in cities").replace(
        "*Recalling* its resolution 61/2 of 17 March 2018,",
        "*Recalling* its decision 68/2, by which it decided to hold a thematic discussion at its seventieth session,",
    )
    sessions = {(s.body, s.ordinal) for s, r, o in facts(text, registry) if r == "meetingOf"}
    assert (key, 70) in sessions
    assert not any(b == "ecosoc" for b, _ in sessions)


@pytest.mark.parametrize(
    "clause",
    [
        "1. Takes note with appreciation of the report of the Working Group on Firearms on its ninth meeting, held in "
        "Vienna from 3 to 5 May 2033 (CTOC/COP/WG.6/2033/2);",
        "Welcoming the report of the Working Group on Firearms on its ninth meeting, held in Vienna from 3 to 5 May 2033 "
        "(CTOC/COP/WG.6/2033/2),",
    ],
)
def test_a_clause_of_the_text_that_ends_with_a_symbol_is_no_listed_document(clause: str, registry: BodyRegistry) -> None:
    found = facts(cop_report() + clause + "\n\n2. Requests the secretariat to report.\n", registry)
    report = DocumentRef(symbols=("CTOC/COP/WG.6/2033/2",))
    assert (report, "reportOf", GatheringRef("cop-untoc/wg-firearms", "meeting", 9)) in found
    assert not [o for s, r, o in found if s == report and r == "title"]  # the clause is not its title
