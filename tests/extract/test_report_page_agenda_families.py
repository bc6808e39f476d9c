"""A decisions web page, a session report's mandate history and an annotated agenda's narrative
(E131, from the spent u151-u153). Invented bodies, numbers, dates and wording:

- a page titled "Decisions adopted by the ninth meeting of the Conference of Parties to X" over its
  "Place:" / "Date(s):" fields: where and when that meeting was held; a related list's line "Tenth
  meeting of the Conference of Parties: Suva, Fiji, 2033": where the next one will be;
- "adopted the following decisions at its closing plenary on 6 May 2031, with the exception of
  decision LC.9/1, which was adopted at the opening plenary on 3 May 2031": a day for each text,
  the excepted one its own;
- "Decision LC.9/3" over "[Draft decision withdrawn. ...]": no instrument under that number;
- "Requests the secretariat to convene ..., and the Bureau to prepare ...": both are asked;
- "shall cease to be convened on an ad hoc basis": made a standing body;
- "the Board called into being a steering group on ...": a body established; "The Panel traces its
  origin to resolution ..., by which the Council constituted an ad hoc expert group on ...": the
  Panel, no second body;
- "resolution 2031/4, which requested the Commission and the Working Party to ... and asked the
  Secretary-General to ...", "the Regional Centre, which the Council, in resolution 2031/4, invited
  to ...", "The Institute and the Office, both of which were encouraged by the Council in
  resolution 2031/4 to ...": every body named;
- in a session report, "were presented in document X", "(X) ... was made available to
  participants", "adopted the provisional agenda for the session (X)": before the session."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/lagoon-cop> a mg:Body ; mg:key "lagoon-cop" ;
    skos:prefLabel "Conference of Parties to the Convention on Pacific Lagoons"@en ;
    skos:altLabel "Conference of Parties to the Lagoon Convention"@en ;
    mg:shortName "Conference of Parties" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:symbolPrefix "LAGOON/COP" ;
    mg:instrumentNumbering [ mg:numberTemplate "LC.{session}/{number}" ; mg:instrumentKind "decision" ] .
<body/lagoon-cop/secretariat> a mg:Body ; mg:key "lagoon-cop/secretariat" ;
    skos:prefLabel "secretariat of the Lagoon Convention"@en ; mg:shortName "secretariat" ;
    org:subOrganizationOf <body/lagoon-cop> .
<body/lagoon-cop/bureau> a mg:Body ; mg:key "lagoon-cop/bureau" ;
    skos:prefLabel "Bureau of the Conference of Parties to the Lagoon Convention"@en ; mg:shortName "Bureau" ;
    org:subOrganizationOf <body/lagoon-cop> .
<body/lagoon-cop/forum> a mg:Body ; mg:key "lagoon-cop/forum" ;
    skos:prefLabel "Lagoon Science Forum"@en ; org:subOrganizationOf <body/lagoon-cop> .
<body/salt-board> a mg:Body ; mg:key "salt-board" ;
    skos:prefLabel "Salt Trade Board"@en ; mg:shortName "Board" ; mg:gatheringTerm "session" ;
    mg:issuesInstruments true ; mg:symbolPrefix "STB" ;
    mg:instrumentNumbering [ mg:numberTemplate "{number} ({session})" ; mg:instrumentKind "decision" ] .
<body/salt-board/panel> a mg:Body ; mg:key "salt-board/panel" ;
    skos:prefLabel "Expert Panel on Salt Statistics"@en ; mg:shortName "Panel" ;
    mg:gatheringTerm "session" ; mg:symbolPrefix "STB/PANEL" ; org:subOrganizationOf <body/salt-board> .
<body/salt-board/commission> a mg:Body ; mg:key "salt-board/commission" ;
    skos:prefLabel "Salt Commission"@en ; mg:shortName "Commission" ; mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/salt-board> .
<body/salt-board/working-party> a mg:Body ; mg:key "salt-board/working-party" ;
    skos:prefLabel "Working Party on Salt Labelling"@en ;
    mg:gatheringTerm "session" ; mg:symbolPrefix "STB/WP" ; org:subOrganizationOf <body/salt-board> .
<body/salt-institute> a mg:Body ; mg:key "salt-institute" ;
    skos:prefLabel "International Salt Institute"@en .
<body/brine-office> a mg:Body ; mg:key "brine-office" ;
    skos:prefLabel "Regional Brine Office"@en .
<body/lagoon-centre> a mg:Body ; mg:key "lagoon-centre" ;
    skos:prefLabel "Regional Lagoon Centre"@en .
"""

COP = "lagoon-cop"


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


def lc(number: int) -> InstrumentRef:
    return InstrumentRef(COP, "decision", "9", str(number))


def _page(place: str = "Place: Apia, Samoa", dates: str = "Date(s): 3–6 May 2031", lead: str = "", withdrawn: str = "") -> str:
    return (
        "Skip to main content\nHome > Conference of Parties > COP9 > Decisions\n"
        "Decisions adopted by the ninth meeting of the Conference of Parties to the Lagoon Convention\n"
        "Document: LAGOON/COP.9/20\n"
        f"{place}\n{dates}\nDownload PDF\n\n"
        f"{lead or 'The Conference of Parties adopted the following decisions at its closing plenary on 6 May 2031, with the exception of decision LC.9/1, which was adopted at the opening plenary on 3 May 2031.'}\n\n"
        "Decision LC.9/1: Rules of procedure\nThe Conference of Parties,\n"
        "1. Adopts the rules of procedure;\n"
        "2. Requests the secretariat to convene a meeting of legal experts, and the Bureau to prepare a report on its outcome.\n\n"
        "Decision LC.9/2: Science and policy\nThe Conference of Parties,\n"
        "1. Decides that the Lagoon Science Forum shall cease to be convened on an ad hoc basis and shall meet before each meeting;\n\n"
        "Decision LC.9/3\n"
        f"{withdrawn or '[Draft decision withdrawn. The draft (LAGOON/COP.9/L.3) was deferred to the tenth meeting.]'}\n\n"
        "Decision LC.9/4: Budget\nThe Conference of Parties,\n1. Approves the budget;\n\n"
        "Related documents\n"
        "Tenth meeting of the Conference of Parties: Suva, Fiji, 2033 (dates to be confirmed)\n"
    )


@pytest.mark.parametrize(
    ("place", "dates"),
    [("Place: Apia, Samoa", "Date(s): 3–6 May 2031"), ("Venue: Apia, Samoa", "Dates: 3–6 May 2031"), ("Venue: Apia", "Date: 3 to 6 May 2031")],
)
def test_a_decisions_page_fields_say_where_and_when_its_meeting_was(place: str, dates: str, registry: BodyRegistry) -> None:
    facts = _facts(_page(place, dates), registry)
    ninth = GatheringRef(COP, "meeting", 9)
    assert (ninth, "heldIn", "Apia") in facts
    assert any(s == ninth and rel == "heldOn" and o.start == dt.date(2031, 5, 3) for s, rel, o in facts)
    assert (GatheringRef(COP, "meeting", 10), "heldIn", "Suva") in facts


def test_one_adoption_day_for_the_texts_below_and_another_for_the_excepted_one(registry: BodyRegistry) -> None:
    facts = _facts(_page(), registry)
    assert (lc(1), "adoptedOn", dt.date(2031, 5, 3)) in facts
    assert (lc(1), "adoptedOn", dt.date(2031, 5, 6)) not in facts
    assert (lc(2), "adoptedOn", dt.date(2031, 5, 6)) in facts
    assert (lc(4), "adoptedOn", dt.date(2031, 5, 6)) in facts


@pytest.mark.parametrize(
    "note",
    [
        "[Draft decision withdrawn. The draft (LAGOON/COP.9/L.3) was deferred to the tenth meeting.]",
        "[Not adopted; consideration deferred to the tenth meeting]",
        "(Draft decision rejected)",
    ],
)
def test_a_number_kept_for_a_text_not_adopted_names_no_instrument(note: str, registry: BodyRegistry) -> None:
    facts = _facts(_page(withdrawn=note), registry)
    assert not any(lc(3) in (s, o) for s, _, o in facts)
    assert (lc(4), "adoptedAt", GatheringRef(COP, "meeting", 9)) in facts


def test_a_note_that_is_no_editors_note_keeps_the_decision(registry: BodyRegistry) -> None:
    facts = _facts(_page(withdrawn="The Conference of Parties,\n1. Notes that the draft protocol was withdrawn by its sponsors;"), registry)
    assert (lc(3), "adoptedAt", GatheringRef(COP, "meeting", 9)) in facts


def test_a_second_addressee_with_its_own_task_and_a_forum_made_standing(registry: BodyRegistry) -> None:
    facts = _facts(_page(), registry)
    assert (lc(1), "requests", BodyRef("lagoon-cop/secretariat")) in facts
    assert (lc(1), "requests", BodyRef("lagoon-cop/bureau")) in facts
    assert (lc(2), "makesConstantElement", BodyRef("lagoon-cop/forum")) in facts


def _report(*paragraphs: str) -> str:
    return (
        "United Nations\tSTB/PANEL/40\nSalt Trade Board\tDistr.: General\n2 December 2031\n\n"
        "Expert Panel on Salt Statistics\nTwelfth session\nGeneva, 3–5 November 2031\n\n"
        "Report of the Expert Panel on Salt Statistics on its twelfth session\n"
        "Held at the Palais des Nations, Geneva, from 3 to 5 November 2031\n\n"
        + "\n".join(f"{n}.\t{p}" for n, p in enumerate(paragraphs, 1)) + "\n"
    )


@pytest.mark.parametrize(
    ("verb", "body"),
    [("brought into being", "consultative group"), ("called into being", "task force"), ("constituted", "working group")],
)
def test_a_body_called_into_being(verb: str, body: str, registry: BodyRegistry) -> None:
    facts = _facts(_report(f"By its decision 88 (XV) of 1 July 2030, the Board {verb} a {body} on salt price indices to assist the Panel."), registry)
    born = [o for s, rel, o in facts if s == InstrumentRef("salt-board", "decision", "15", "88") and rel == "establishes"]
    assert len(born) == 1 and body.replace(" ", "-") in born[0].key


def test_a_group_of_countries_brought_into_being_is_no_body(registry: BodyRegistry) -> None:
    facts = _facts(_report("By its decision 88 (XV), the Board brought into being a new programme of technical assistance."), registry)
    assert not any(rel == "establishes" for _, rel, _ in facts)


def test_the_body_whose_origin_is_told_is_no_second_body(registry: BodyRegistry) -> None:
    facts = _facts(_report(
        "The Panel traces its origin to decision 61 (IX) of 3 May 2024, by which the Board constituted an ad hoc expert group on salt statistics."
    ), registry)
    established = {o for s, rel, o in facts if rel == "establishes"}
    assert established == {BodyRef("salt-board/panel")}


def test_papers_presented_or_handed_out_at_the_session_reported_on(registry: BodyRegistry) -> None:
    facts = _facts(_report(
        "The Panel adopted the provisional agenda for the session (STB/PANEL/38).",
        "Under item 4, the findings of the steering group were presented in document STB/PANEL/39.",
        "The report of the Panel on its eleventh session (STB/PANEL/35), held in Geneva from 4 to 6 November 2030, was made available to participants for reference.",
        "The report of the Working Party (STB/WP/7) had been circulated to all delegations.",
    ), registry)
    twelfth = GatheringRef("salt-board/panel", "session", 12)
    for symbol in ("STB/PANEL/38", "STB/PANEL/39", "STB/PANEL/35"):
        assert (DocumentRef(symbols=(symbol,)), "submittedTo", twelfth) in facts
    assert (DocumentRef(symbols=("STB/WP/7",)), "submittedTo", twelfth) not in facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Its work was approved by the Board in decision 90 (XVI) of 2 July 2031, which requested the Commission and the Working Party on Salt Labelling to complete the handbook and asked the Regional Brine Office to publish it.",
        "Its work was approved by the Board in decision 90 (XVI), which also requested the Commission and the Working Party on Salt Labelling to complete the handbook and further asked the Regional Brine Office to publish it.",
    ],
)
def test_a_relative_clause_asks_every_body_joined(sentence: str, registry: BodyRegistry) -> None:
    facts = _facts(_report(sentence), registry)
    decision = InstrumentRef("salt-board", "decision", "16", "90")
    for key in ("salt-board/commission", "salt-board/working-party", "brine-office"):
        assert (decision, "requests", BodyRef(key)) in facts


def test_bodies_a_clause_hangs_on(registry: BodyRegistry) -> None:
    facts = _facts(_report(
        "It will hear the Regional Lagoon Centre, which the Board, in decision 90 (XVI), invited to continue to monitor the markets.",
        "The International Salt Institute and the Regional Brine Office, both of which were encouraged by the Board in decision 90 (XVI) to continue their programmes, will report.",
    ), registry)
    decision = InstrumentRef("salt-board", "decision", "16", "90")
    assert (decision, "invites", BodyRef("lagoon-centre")) in facts
    assert (decision, "encourages", BodyRef("salt-institute")) in facts
    assert (decision, "encourages", BodyRef("brine-office")) in facts


def test_a_session_named_in_the_possessive_is_that_bodys(registry: BodyRegistry) -> None:
    facts = _facts(_report(
        "Proposals will be considered jointly with the Salt Commission on 2 July 2032, in the course of that Commission's thirtieth session (Geneva, 1–3 July 2032)."
    ), registry)
    thirtieth = GatheringRef("salt-board/commission", "session", 30)
    assert (thirtieth, "heldIn", "Geneva") in facts
    assert not any(isinstance(s, GatheringRef) and s.ordinal == 30 and s.body != thirtieth.body for s, _, _ in facts)
