"""Resolving and relating, on sentences written for the purpose (not copied from the corpus):
lists and ranges, back-references, issuers from context, "respectively", short names,
plenary meetings, joint meetings, annexes and drafts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.facts import DateRange, Extraction

BASE = "https://w3id.org/mandate-graph/id/"
COP = "cop-untoc"
WG_TIP = "cop-untoc/wg-trafficking-in-persons"
WG_SOM = "cop-untoc/wg-smuggling-of-migrants"
WG_FA = "cop-untoc/wg-firearms"
WG_IC = "cop-untoc/wg-international-cooperation"
WG_TA = "cop-untoc/wg-technical-assistance"
MASTHEAD = (
    "Conference of the Parties to the United Nations Convention against Transnational Organized Crime\n\n"
    "Distr.: General\n3 March 2031\n\nOriginal: English\n\nFifteenth session\n\nVienna, 10–14 October 2031\n\n"
    "Note by the Secretariat\n\n"
)


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE)


def run(body: str, registry: BodyRegistry, masthead: str = MASTHEAD) -> Extraction:
    return extract(masthead + body, source_key="test", registry=registry)


def triples(extraction: Extraction, relation: str | None = None) -> set[tuple[object, str, object]]:
    return {
        (f.subject, f.relation, f.object)
        for f in extraction.facts
        if relation is None or f.relation == relation
    }


def res(session: int | str, number: int, issuer: str = COP) -> InstrumentRef:
    return InstrumentRef(issuer, "resolution", str(session), str(number))


def dec(session: int | str, number: int, issuer: str = COP) -> InstrumentRef:
    return InstrumentRef(issuer, "decision", str(session), str(number))


def meeting(body: str, n: int) -> GatheringRef:
    return GatheringRef(body, "meeting", n)


def session(n: int, body: str = COP) -> GatheringRef:
    return GatheringRef(body, "session", n)


DOC = DocumentRef(source="test")


# --------------------------------------------------------------------------- lists and ranges


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("1. The secretariat will report on resolutions 12/5, 12/6 and 12/7.", [res(12, 5), res(12, 6), res(12, 7)]),
        ("1. In its resolutions 13/1 and 14/2, the Conference stressed the point.", [res(13, 1), res(14, 2)]),
        (
            "1. Recalling its resolutions 6/2 of 22 October 2012 and 12/3 of 16 October 2024 and its decisions 3/3 of 20 October 2006 and 4/3 of 18 October 2008.",
            [res(6, 2), res(12, 3), dec(3, 3), dec(4, 3)],
        ),
        ("1. The special sessions S-8/1 and decision ES-10/21 are cited.", [dec("ES-10", 21)]),
    ],
)
def test_lists_of_instruments(sentence: str, expected: list[InstrumentRef], registry: BodyRegistry) -> None:
    mentioned = {o for s, r, o in triples(run(sentence, registry), "mentions")}
    assert mentioned == set(expected)


def test_dates_of_listed_instruments(registry: BodyRegistry) -> None:
    e = run("1. Recalling its resolutions 6/2 of 22 October 2012 and 12/3 of 16 October 2024.", registry)
    assert (res(6, 2), "adoptedOn", dt.date(2012, 10, 22)) in triples(e)
    assert (res(12, 3), "adoptedOn", dt.date(2024, 10, 16)) in triples(e)


# --------------------------------------------------------------------------- issuers from context


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("1. Recalling General Assembly resolution 81/12, the Conference acted.", res(81, 12, "ga")),
        ("1. The Commission on Narcotic Drugs, through its resolution 70/4, asked for help.", res(70, 4, "ecosoc/cnd")),
        ("1. In its resolution 33/2, on wildlife, the Commission on Crime Prevention and Criminal Justice decided to act.", res(33, 2, "ecosoc/ccpcj")),
        ("1. Recalling further the adoption by the General Assembly of resolution 80/3 of 1 January 2030, the Conference acted.", res(80, 3, "ga")),
        ("1. Pursuant to decision 9/9 of the Conference of the Parties, a group met.", dec(9, 9)),
        ("1. Conference resolution 12/4 is cited.", res(12, 4)),
        ("1. The report refers to resolution 12/4 only.", res(12, 4)),
        ("1. The Economic and Social Council, in its resolution 2030/5, acted.", res(2030, 5, "ecosoc")),
    ],
)
def test_issuer_from_context(sentence: str, expected: InstrumentRef, registry: BodyRegistry) -> None:
    mentioned = {o for s, r, o in triples(run(sentence, registry), "mentions")}
    assert expected in mentioned


def test_a_list_keeps_its_issuer_and_a_keyword_without_number_lends_it(registry: BodyRegistry) -> None:
    e = run(
        "1. Recalling all previous General Assembly resolutions on the matter, including resolution 80/7 of 2 November 2029, "
        "and resolution 80/8, as well as Assembly resolutions 79/1 and 79/2, and its own resolution 12/1.",
        registry,
    )
    mentioned = {o for s, r, o in triples(e, "mentions")}
    assert {res(80, 7, "ga"), res(80, 8, "ga"), res(79, 1, "ga"), res(79, 2, "ga")} <= mentioned


def test_rules_articles_and_paragraphs_are_not_instruments(registry: BodyRegistry) -> None:
    e = run(
        "1. In accordance with rule 22 of the rules of procedure and article 17 of the Convention, "
        "see paragraph 53 and annex 2, chapter 3/4 of the guide.",
        registry,
    )
    assert not triples(e, "mentions")


# --------------------------------------------------------------------------- mandates


def test_request_with_task_and_due_session(registry: BodyRegistry) -> None:
    e = run(
        "7. In its resolution 14/9, on oceans, the Conference requested the Working Group on Firearms and the "
        "Working Group on International Cooperation to prepare a joint study on ports and to submit it for "
        "consideration by the Conference at its seventeenth session.",
        registry,
    )
    facts = [f for f in e.facts if f.relation == "requests"]
    assert {(f.subject, f.object) for f in facts} == {(res(14, 9), BodyRef(WG_FA)), (res(14, 9), BodyRef(WG_IC))}
    for f in facts:
        assert f.task and f.task.startswith("to prepare a joint study")
        assert f.due_at == session(17)
        assert "requested the Working Group on Firearms" in f.evidence.quote


def test_back_reference_to_the_same_resolution(registry: BodyRegistry) -> None:
    e = run(
        "1. In its resolution 13/4, the Conference noted the work done.\n\n"
        "2. In the same resolution, the Conference invited the United Nations Office on Drugs and Crime to continue its work.",
        registry,
    )
    assert (res(13, 4), "invites", BodyRef("unodc")) in triples(e)


def test_unknown_antecedent_leaves_the_edge_out(registry: BodyRegistry) -> None:
    e = run("1. In the same resolution, the Conference requested the secretariat to report.", registry)
    assert not triples(e, "requests")


def test_relative_clause_belongs_to_the_cited_instrument(registry: BodyRegistry) -> None:
    masthead = (
        "United Nations CTOC/COP/2031/9\n\nDistr.: General 8 November 2031\n\n"
        "Report of the Conference of the Parties to the United Nations Convention against Transnational "
        "Organized Crime on its fifteenth session, held in Vienna from 10 to 14 October 2031\n\n"
        "I. Resolutions and decisions adopted by the Conference\n\n"
        "1. At its fifteenth session, held in Vienna from 10 to 14 October 2031, the Conference adopted the following resolutions:\n\n"
        "Resolution 15/1\n\nOceans and ports\n\n"
        "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,\n\n"
    )
    e = run(
        "Recalling its resolution 14/9 of 12 October 2029, entitled \u201cPorts\u201d, in which it requested the Working Group on "
        "Firearms to prepare a study,\n\n"
        "Reaffirming its decision 5/5, under which the Working Group on Trafficking in Persons was to be a constant element,\n\n"
        "1. Requests the secretariat to report to the Conference at its sixteenth session;\n\n"
        "2. Also endorses the recommendations adopted by the Working Group on International Cooperation at its "
        "twentieth meeting, held in conjunction with the ninth meeting of the Working Group on Firearms.\n\n"
        "Annex\n\n"
        "(a) The United Nations Office on Drugs and Crime is encouraged to act, consistent with resolution 3/3;\n\n"
        "II. Organizational matters\n\n"
        "2. At its 9th meeting, on 14 October 2031, the Conference adopted a draft resolution. "
        "(For the text, see chapter I, section A, resolution 15/1.)\n",
        registry,
        masthead,
    )
    t = triples(e)
    doc = DocumentRef(symbols=("CTOC/COP/2031/9",))
    assert e.document.ref == doc and e.document.kind == "SessionReport"
    assert (doc, "reportOf", session(15)) in t
    r = res(15, 1)
    assert (res(14, 9), "requests", BodyRef(WG_FA)) in t
    assert (r, "requests", BodyRef(WG_FA)) not in t
    assert (dec(5, 5), "makesConstantElement", BodyRef(WG_TIP)) in t
    assert (r, "requests", BodyRef("unodc/secretariat")) in t
    assert (r, "endorses", meeting(WG_IC, 20)) in t
    assert (r, "endorses", meeting(WG_FA, 9)) not in t
    assert (meeting(WG_IC, 20), "jointWith", meeting(WG_FA, 9)) in t
    assert (r, "adoptedAt", session(15)) in t and (r, "containedIn", doc) in t
    assert (r, "adoptedOn", dt.date(2031, 10, 14)) in t
    assert (r, "title", "Oceans and ports") in t
    assert (res(14, 9), "title", "Ports") in t
    cites = {f.object: f.evidence.characterization for f in e.facts if f.relation == "cites"}
    assert cites == {res(14, 9): "recalling", dec(5, 5): "reaffirming"}  # not resolution 3/3 in the annex
    # The annex speaks of UNODC, but it is a working group's recommendation, not the resolution's.
    assert (r, "encourages", BodyRef("unodc")) not in t
    # "9th meeting" is a plenary meeting within the session, not a meeting entity.
    assert not any(isinstance(o, GatheringRef) and o.ordinal == 9 and o.body == COP for _, _, o in t)


def test_draft_annexed_to_a_report_is_not_adopted(registry: BodyRegistry) -> None:
    masthead = "United Nations CTOC/COP/2031/9\n\nDistr.: General 8 November 2031\n\n"
    e = run(
        "I. Resolutions adopted by the Conference\n\nAnnex\n\nRevised draft decision on participation\n\n"
        "Decision 15/9\n\nParticipation\n\n(a) Requested the secretariat to report to the Conference at its sixteenth session.\n",
        registry,
        masthead,
    )
    assert not triples(e, "adoptedAt") and not triples(e, "containedIn") and not triples(e, "requests")


# --------------------------------------------------------------------------- establishing bodies


@pytest.mark.parametrize(
    "section, sentence, body",
    [
        (
            "Reports on the meetings of the Working Group on Firearms",
            "1. Pursuant to decision 8/8, an open-ended interim working group was established to advise the Conference.",
            WG_FA,
        ),
        (
            "Smuggling of migrants",
            "1. In its resolution 8/9, the Conference decided to establish an open-ended intergovernmental working group. "
            "The Working Group on the Smuggling of Migrants met twice.",
            WG_SOM,
        ),
        ("Technical assistance", "1. In its decision 7/7, the Conference established an open-ended interim working group of government experts on technical assistance.", WG_TA),
    ],
)
def test_establishment_through_descriptions_and_section_context(
    section: str, sentence: str, body: str, registry: BodyRegistry
) -> None:
    e = run(f"{section}\n\n{sentence}", registry)
    established = {(s, o) for s, r, o in triples(e, "establishes")}
    assert len(established) == 1
    assert next(iter(established))[1] == BodyRef(body)


def test_short_name_follows_the_body_named_last(registry: BodyRegistry) -> None:
    e = run(
        "1. The Commission on Narcotic Drugs held its seventieth session from 2 to 6 March 2027. "
        "In its resolution 70/1, the Commission requested the Executive Director of the United Nations Office on Drugs and Crime to report.",
        registry,
    )
    t = triples(e)
    assert (res(70, 1, "ecosoc/cnd"), "requests", BodyRef("unodc/executive-director")) in t
    assert (session(70, "ecosoc/cnd"), "heldOn", DateRange(dt.date(2027, 3, 2), dt.date(2027, 3, 6))) in t


# --------------------------------------------------------------------------- meetings and reports


def test_respectively_pairs_reports_with_meetings(registry: BodyRegistry) -> None:
    e = run(
        "Reports on the meetings of the Working Group on Firearms\n\n"
        "5. The Working Group on Firearms held its fourteenth meeting from 30 September to 2 October 2029 and its "
        "fifteenth meeting is scheduled to be held on 3 and 4 May 2030. In accordance with Conference resolution 7/1, "
        "the reports on those meetings (CTOC/COP/WG.6/2029/4 and CTOC/COP/WG.6/2030/2, respectively) will be made "
        "available to the Conference at its fifteenth session.",
        registry,
    )
    t = triples(e)
    a, b = DocumentRef(symbols=("CTOC/COP/WG.6/2029/4",)), DocumentRef(symbols=("CTOC/COP/WG.6/2030/2",))
    assert (a, "reportOf", meeting(WG_FA, 14)) in t and (b, "reportOf", meeting(WG_FA, 15)) in t
    assert (a, "reportOf", meeting(WG_FA, 15)) not in t
    assert {(a, "submittedTo", session(15)), (b, "submittedTo", session(15))} <= t
    assert {(a, "pursuantTo", res(7, 1)), (b, "pursuantTo", res(7, 1))} <= t
    assert (meeting(WG_FA, 14), "heldOn", DateRange(dt.date(2029, 9, 30), dt.date(2029, 10, 2))) in t
    assert (meeting(WG_FA, 15), "heldOn", DateRange(dt.date(2030, 5, 3), dt.date(2030, 5, 4))) in t


def test_joint_report_is_one_document_of_both_meetings(registry: BodyRegistry) -> None:
    e = run(
        "1. The Working Group on International Cooperation held its twentieth meeting on 1 and 2 June 2030, back to back "
        "with the fifteenth meeting of the Working Group of Government Experts on Technical Assistance. "
        "The report on the meeting (CTOC/COP/WG.3/2030/4\u2013CTOC/COP/WG.2/2030/4) will be made available to the Conference at its fifteenth session.",
        registry,
    )
    t = triples(e)
    joint = DocumentRef(symbols=("CTOC/COP/WG.3/2030/4", "CTOC/COP/WG.2/2030/4"))
    assert (joint, "reportOf", meeting(WG_IC, 20)) in t
    assert (joint, "reportOf", meeting(WG_TA, 15)) in t
    assert (meeting(WG_TA, 15), "jointWith", meeting(WG_IC, 20)) in t
    assert (meeting(WG_TA, 15), "heldOn", DateRange(dt.date(2030, 6, 1), dt.date(2030, 6, 2))) not in t


def test_a_meeting_held_under_a_resolution_makes_its_report_pursuant_to_it(registry: BodyRegistry) -> None:
    e = run(
        "1. The Working Group on Firearms held its eighteenth meeting on 4 and 5 May 2030 and its nineteenth meeting "
        "from 1 to 3 June 2031, with a thematic discussion held pursuant to Conference resolution 14/2. "
        "The reports on those meetings (CTOC/COP/WG.6/2030/3 and CTOC/COP/WG.6/2031/2, respectively) will be made "
        "available to the Conference at its fifteenth session.",
        registry,
    )
    t = triples(e, "pursuantTo")
    first, second = DocumentRef(symbols=("CTOC/COP/WG.6/2030/3",)), DocumentRef(symbols=("CTOC/COP/WG.6/2031/2",))
    # The clause follows the nineteenth meeting: only that meeting, and its report, carry it.
    assert t == {(second, "pursuantTo", res(14, 2)), (meeting(WG_FA, 19), "pursuantTo", res(14, 2))}
    fact = next(f for f in e.facts if f.relation == "pursuantTo" and f.subject == second)
    assert fact.evidence.quote.startswith("The Working Group on Firearms held")
    assert "CTOC/COP/WG.6/2031/2" in fact.evidence.quote


def test_the_report_on_a_numbered_meeting_is_the_one_just_held(registry: BodyRegistry) -> None:
    e = run(
        "1. The ninth meeting of the Working Group on Firearms will be held on 2 and 3 March 2031, back to back "
        "with the fourth meeting of the Working Group on the Smuggling of Migrants. The report on the ninth meeting "
        "(CTOC/COP/WG.6/2031/2) will be made available to the Conference at its fifteenth session.",
        registry,
    )
    assert triples(e, "reportOf") == {(DocumentRef(symbols=("CTOC/COP/WG.6/2031/2",)), "reportOf", meeting(WG_FA, 9))}


def test_meetings_paired_with_dates_respectively(registry: BodyRegistry) -> None:
    e = run(
        "1. Taking note of the reports on the sixth and seventh meetings of the Working Group on Trafficking in Persons, "
        "held in Vienna on 1 and 2 March 2030 and from 5 to 7 July 2030, respectively.",
        registry,
    )
    t = triples(e)
    assert (meeting(WG_TIP, 6), "heldOn", DateRange(dt.date(2030, 3, 1), dt.date(2030, 3, 2))) in t
    assert (meeting(WG_TIP, 7), "heldOn", DateRange(dt.date(2030, 7, 5), dt.date(2030, 7, 7))) in t
    assert (meeting(WG_TIP, 7), "heldIn", "Vienna") in t


def test_plenary_meetings_are_not_gatherings_but_sessions_are(registry: BodyRegistry) -> None:
    e = run(
        "1. At its 3rd and 4th meetings, on 11 October 2031, the Conference heard statements. "
        "A constructive dialogue was held on 1 July 2030, following the conclusion of the sixth meeting of the Working Group on Firearms.",
        registry,
    )
    t = triples(e)
    gatherings = {o for s, r, o in t if isinstance(o, GatheringRef)} | {s for s, r, o in t if isinstance(s, GatheringRef)}
    assert all(g.body != COP or g.kind == "session" for g in gatherings)
    assert (meeting(WG_FA, 6), "heldOn", DateRange(dt.date(2030, 7, 1), dt.date(2030, 7, 1))) not in t


def test_masthead_session_and_listed_documents(registry: BodyRegistry) -> None:
    e = run(
        "Documentation\n\n"
        "Note by the Secretariat transmitting the reports on the meetings of the Working Group on Firearms held in Vienna in 2030 (CTOC/COP/2031/5)\n\n"
        "Conference room paper entitled \u201cStatus of adherence to the Convention\u201d (CTOC/COP/2031/CRP.1)\n",
        registry,
    )
    t = triples(e)
    assert e.document.kind == "NoteBySecretariat" and e.document.date == dt.date(2031, 3, 3)
    assert (DOC, "preparedFor", session(15)) in t
    assert (session(15), "heldIn", "Vienna") in t
    assert (
        DocumentRef(symbols=("CTOC/COP/2031/5",)), "title",
        "Note by the Secretariat transmitting the reports on the meetings of the Working Group on Firearms held in Vienna in 2030",
    ) in t
    assert (DocumentRef(symbols=("CTOC/COP/2031/CRP.1",)), "title", "Status of adherence to the Convention") in t
    assert not triples(e, "reportOf")  # a note transmitting reports is not itself the report


# --------------------------------------------------------------------------- another treaty body


def test_another_treaty_body_from_reference_data_alone() -> None:
    registry = load_registry(BASE, [Path(__file__).parent.parent / "data" / "uncac.ttl"])
    text = (
        "United Nations CAC/COSP/2031/4\n\nDistr.: General 1 September 2031\n\n"
        "Conference of the States Parties to the United Nations Convention against Corruption\n\n"
        "Note by the Secretariat\n\n"
        "1. In its resolution 6/1, the Conference of the States Parties requested the Implementation Review Group to "
        "prepare a report for consideration by the Conference at its eleventh session.\n\n"
        "2. In its resolution 9/2, the Conference encouraged the Working Group on Asset Recovery to continue its work. "
        "The Working Group held its fifteenth meeting from 6 to 8 June 2031.\n\n"
        "3. In its resolution 6/1, the Conference of the Parties to the United Nations Convention against "
        "Transnational Organized Crime requested the Working Group on Firearms to meet.\n"
    )
    e = extract(text, source_key="uncac", registry=registry)
    t = triples(e)
    assert e.document.author == "cosp-uncac"
    request = [f for f in e.facts if f.relation == "requests" and f.subject.issuer == "cosp-uncac"]
    assert [(f.subject, f.object, f.due_at) for f in request] == [
        (res(6, 1, "cosp-uncac"), BodyRef("cosp-uncac/irg"), session(11, "cosp-uncac"))
    ]
    assert (res(9, 2, "cosp-uncac"), "encourages", BodyRef("cosp-uncac/wg-asset-recovery")) in t
    assert (meeting("cosp-uncac/wg-asset-recovery", 15), "heldOn", DateRange(dt.date(2031, 6, 6), dt.date(2031, 6, 8))) in t
    # Same numbers, other treaty body: kept apart.
    assert (res(6, 1, COP), "requests", BodyRef(WG_FA)) in t


def test_a_note_cited_with_see_is_not_the_report(registry: BodyRegistry) -> None:
    e = run(
        "1. The Working Group on Firearms held its fourteenth meeting on 3 and 4 May 2030. In accordance with "
        "resolution 7/1, the reports on those meetings will be made available to the Conference at its fifteenth "
        "session (see CTOC/COP/2031/5).",
        registry,
    )
    # The note is not the report; it is what the resolution has made available to the session.
    note = DocumentRef(symbols=("CTOC/COP/2031/5",))
    assert not triples(e, "reportOf")
    assert triples(e, "pursuantTo") == {(note, "pursuantTo", res(7, 1))}
    assert triples(e, "submittedTo") == {(note, "submittedTo", session(15))}


@pytest.mark.parametrize(
    "sentence",
    [
        "1. The deadline for draft resolutions for the fifteenth session of the Conference is Monday, 3 October 2031.",
        "1. Statements for the fifteenth session will be accepted until Friday, 7 October 2031.",
    ],
)
def test_a_date_near_a_session_is_not_when_it_was_held(sentence: str, registry: BodyRegistry) -> None:
    held = {o for s, r, o in triples(run(sentence, registry), "heldOn") if s == session(15)}
    assert held == {DateRange(dt.date(2031, 10, 10), dt.date(2031, 10, 14))}  # the masthead's dates only
