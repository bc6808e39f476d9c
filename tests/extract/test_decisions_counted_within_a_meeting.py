"""Decisions numbered within one meeting of their body, whose number prints no session (E165, from
the spent u202): a fund council's joint summary of its meeting heads each decision "Decision on
Agenda Item 5 Title" over "The Council, having reviewed document X, approves ..., requests ...".
The user declares the convention with a template without ``{session}``; the loader counts the
number within the meeting the document is of ("79th GEF Council Meeting"), or the one written after
the number ("its decision on Agenda Item 10 at its 77th meeting"), and leaves it out, with a
warning, where the document names none. Also the joint summary's US-style dates ("held June 2-5,
2031, in Washington, D.C.") and its next meetings ("the 80th Board meeting")."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry, ReferenceDataError
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

PREFIXES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
"""
BODIES = PREFIXES + """
<body/orf> a mg:Body ; mg:key "orf" ; skos:prefLabel "Ocean Resilience Fund"@en ; skos:altLabel "ORF"@en .
<body/orf/board> a mg:Body ; mg:key "orf/board" ;
    skos:prefLabel "Board of the Ocean Resilience Fund"@en ; skos:altLabel "ORF Board"@en ; mg:shortName "Board" ;
    mg:symbolPrefix "ORF/B" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Decision on Agenda Item {number}" ; mg:instrumentKind "decision" ] ;
    org:subOrganizationOf <body/orf> .
<body/orf/secretariat> a mg:Body ; mg:key "orf/secretariat" ; skos:prefLabel "ORF Secretariat"@en ;
    mg:shortName "Secretariat" ; org:subOrganizationOf <body/orf> .
<body/orf/trustee> a mg:Body ; mg:key "orf/trustee" ; skos:prefLabel "Trustee of the Ocean Resilience Fund"@en ;
    mg:shortName "Trustee" ; org:subOrganizationOf <body/orf> .
<body/orf/panel> a mg:Body ; mg:key "orf/panel" ; skos:prefLabel "Technical Review Panel"@en ;
    skos:altLabel "TRP"@en ; org:subOrganizationOf <body/orf> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def summary(meeting: int, first: int, second: int, title_apart: bool = False) -> str:
    heading = (
        f"Decision on Agenda Item {first}\nOcean Finance Programme" if title_apart
        else f"Decision on Agenda Item {first} Ocean Finance Programme"
    )
    return (
        "Ocean Resilience Fund\nHome > Board Meetings > Documents\n"
        f"Summary of the Co-Chairs\n{meeting}th ORF Board Meeting\nMarch 3 - 5, 2031\nNairobi\n"
        f"ORF/B.{meeting}/Summary\n\n"
        f"1. The {meeting}th meeting of the ORF Board was held March 3-5, 2031, at the United Nations Office at Nairobi.\n\n"
        "Agenda Item 2 Adoption of the Agenda\n"
        f"2. The Board adopted the provisional agenda in document ORF/B.{meeting}/01.\n\n"
        f"{heading}\n"
        f"2. The Board, having reviewed document ORF/B.{meeting}/04, approves the Ocean Finance Programme and requests "
        "the Secretariat to report on its implementation.\n"
        f"3. By the same decision, the Board requests the Trustee to set aside the resources.\n\n"
        f"Decision on Agenda Item {second} Technical Review Panel\n"
        f"4. The Board, having considered documents ORF/B.{meeting}/06 and ORF/B.{meeting}/07, recalling its decision on "
        f"Agenda Item 8 at its {meeting - 2}th meeting, asks the TRP to review the pipeline.\n\n"
        "Agenda Item 15 Other Matters\n"
        f"5. The {meeting + 1}th Board meeting will be held June 2-4, 2031, in Washington, D.C.\n"
    )


def facts(text: str, registry: BodyRegistry) -> set[tuple[str, str, str]]:
    return {
        (key(f.subject), f.relation, key(f.object) if not isinstance(f.object, str) else f.object)
        for f in extract(text, source_key="doc", registry=registry).facts
    }


@pytest.mark.parametrize(("meeting", "first", "second"), [(41, 5, 12), (17, 3, 9), (103, 11, 14)])
@pytest.mark.parametrize("title_apart", [False, True])
def test_decisions_headed_by_agenda_item_are_the_meetings(
    registry: BodyRegistry, meeting: int, first: int, second: int, title_apart: bool
) -> None:
    found = facts(summary(meeting, first, second, title_apart), registry)
    decision, other = f"orf/board/dec/{meeting}/{first}", f"orf/board/dec/{meeting}/{second}"
    assert (decision, "adoptedAt", f"orf/board#{meeting}") in found
    assert (other, "adoptedAt", f"orf/board#{meeting}") in found
    assert (decision, "requests", "orf/secretariat") in found
    # "By the same decision": the decision whose text this is, not one cited before
    assert (decision, "requests", "orf/trustee") in found
    assert (other, "requests", "orf/panel") in found
    assert (other, "title", "Technical Review Panel") in found
    # a decision of an earlier meeting, named after its number
    earlier = f"orf/board/dec/{meeting - 2}/8"
    assert (other, "cites", earlier) in found
    assert (earlier, "adoptedAt", f"orf/board#{meeting - 2}") in found
    assert (f"ORF/B.{meeting}/04", "submittedTo", f"orf/board#{meeting}") in found
    assert (f"ORF/B.{meeting}/01", "submittedTo", f"orf/board#{meeting}") in found
    assert (f"ORF/B.{meeting}/07", "submittedTo", f"orf/board#{meeting}") in found
    # "Agenda Item 15 Other Matters" closes the decision above: the next meeting is no decision's
    assert not any(s == other and o == "orf/panel" and r != "requests" for s, r, o in found)


def test_us_style_days_and_the_next_meeting(registry: BodyRegistry) -> None:
    found = facts(summary(41, 5, 12), registry)
    assert ("orf/board#42", "meetingOf", "orf/board") in found
    assert ("orf/board#42", "heldOn", "2031-06-02/2031-06-04") in found
    assert ("orf/board#42", "heldIn", "Washington, D.C.") in found


def test_no_meeting_known_leaves_the_numbers_out(registry: BodyRegistry) -> None:
    text = (
        "Notes on the decisions of the Board of the Ocean Resilience Fund\n\n"
        "Decision on Agenda Item 5 Ocean Finance Programme\n"
        "1. The Board, having reviewed the programme, approves it and requests the Secretariat to report on it.\n"
    )
    extraction = extract(text, source_key="doc", registry=registry)
    assert not any(key(f.subject).startswith("orf/board/dec/") for f in extraction.facts)
    assert any("without their session" in w for w in extraction.warnings)


def test_another_conventions_numbers_are_not_counted(registry: BodyRegistry) -> None:
    # "decision 16/32", "decision 4/CP.35": numbers of other conventions, no item of this one
    text = summary(41, 5, 12).replace(
        "approves the Ocean Finance Programme", "welcomes decision 16/32 and decision on Agenda Item 5/2, approves the Ocean Finance Programme"
    )
    found = facts(text, registry)
    # (a bare "decision 16/32" is the Board's by the default numbering: session 16, number 32)
    assert not any(k in (f"orf/board/dec/41/16", "orf/board/dec/41/2") or k.startswith("orf/board/dec/41/5/") for s, _, o in found for k in (key(s), key(o)))
    assert ("orf/board/dec/41/5", "requests", "orf/secretariat") in found


@pytest.mark.parametrize(
    ("convention", "message"),
    [
        ('mg:gatheringTerm "meeting" ; mg:instrumentNumbering [ mg:numberTemplate "{number}" ; mg:instrumentKind "decision" ]', "{session}"),
        ('mg:instrumentNumbering [ mg:numberTemplate "Decision {number}" ; mg:instrumentKind "decision" ]', "gatheringTerm"),
    ],
)
def test_a_template_without_session_needs_words_and_gatherings(
    tmp_path_factory: pytest.TempPathFactory, convention: str, message: str
) -> None:
    turtle = PREFIXES + f'<body/b> a mg:Body ; mg:key "b" ; skos:prefLabel "Tide Board"@en ; {convention} .\n'
    with pytest.raises(ReferenceDataError, match=message.replace("{", r"\{").replace("}", r"\}")):
        registry_from_turtle(tmp_path_factory, turtle)


def test_another_organisations_agenda_items_are_not_the_boards(registry: BodyRegistry) -> None:
    # the template's words in a document that never names the Board or prints its series
    text = (
        "Report of the Coastal Forum\n\n"
        "1. The Forum recalled its decision on agenda item 4 at its 12th meeting and asked its bureau to act.\n"
    )
    extraction = extract(text, source_key="doc", registry=registry)
    assert not any("orf/board" in key(f.subject) or "orf/board" in key(f.object) for f in extraction.facts if not isinstance(f.object, str))
    assert not extraction.warnings or not any("without their session" in w for w in extraction.warnings)


def test_an_agenda_another_body_adopted_is_not_the_meetings(registry: BodyRegistry) -> None:
    text = summary(41, 5, 12).replace(
        "The Board adopted the provisional agenda in document ORF/B.41/01.",
        "The Technical Review Panel adopted the provisional agenda in document ORF/B.41/01.",
    )
    assert ("ORF/B.41/01", "submittedTo", "orf/board#41") not in facts(text, registry)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The Board also convened, on March 4, 2031, the 12th meeting of the Technical Review Panel.", "2031-03-04"),
        ("The Board convened on 4 March 2031 the 12th meeting of the Technical Review Panel.", "2031-03-04"),
        ("The Board, which convened on 4 March 2031, discussed the 12th meeting of the Technical Review Panel.", None),
    ],
)
def test_a_meeting_convened_on_a_day_told_before_it(tmp_path_factory: pytest.TempPathFactory, sentence: str, day: str | None) -> None:
    registry = registry_from_turtle(tmp_path_factory, BODIES.replace(
        'skos:altLabel "TRP"@en ;', 'skos:altLabel "TRP"@en ; mg:gatheringTerm "meeting" ;'
    ))
    text = summary(41, 5, 12).replace("5. The 42th Board meeting", f"5. {sentence} The 42th Board meeting")
    found = facts(text, registry)
    assert ("orf/panel#12", "meetingOf", "orf/panel") in found
    assert {o for s, r, o in found if s == "orf/panel#12" and r == "heldOn"} == ({day} if day else set())
