"""An instrument's text pasted under a message that announces it (a Teams, Slack or WhatsApp
chat, a mail, a live blog): "The Council adopted 41/XII without a vote today. Title as adopted:
"...". Text:" over "The Assembly of the Basin Fund," heads that text, as "Resolution 41/XII"
would in print (`rules.instrument_headings.announced_instrument`, `segment`): the text is the
instrument's, its quoted title its title, a number that carries its session says where it was
adopted (`relate.Reader.announced`); the text ends at the first paragraph that is no part of it
(the next message). Also: a number after a slash may write its session in Roman numerals when
the body's template puts the number first ("41/XII", `numbering.template_pattern`); a number
inside a document symbol ("BF 12/4") is the symbol's (`references.find_numbered_instruments`);
a body named in the possessive before "shall be established" is not the body established.
Invented bodies, numbers and wording."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.facts import Fact
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/bf> a mg:Body ; mg:key "bf" ; skos:prefLabel "Basin Fund"@en ; skos:altLabel "BF"@en .
<body/bf/assembly> a mg:Body ; mg:key "bf/assembly" ;
    skos:prefLabel "Assembly of the Basin Fund"@en ; mg:shortName "Assembly" ; mg:symbolPrefix "BF" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{number}/{session}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/bf> .
<body/bf/council> a mg:Body ; mg:key "bf/council" ;
    skos:prefLabel "Executive Council of the Basin Fund"@en ; mg:shortName "Executive Council" ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/bf/assembly> .
<body/bf/director> a mg:Body ; mg:key "bf/director" ;
    skos:prefLabel "Director of the Basin Fund"@en ; org:subOrganizationOf <body/bf> .
"""

ISSUER = "bf/assembly"
R41 = InstrumentRef(ISSUER, "resolution", "12", "41")
R42 = InstrumentRef(ISSUER, "resolution", "12", "42")
R30 = InstrumentRef(ISSUER, "resolution", "9", "30")


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _facts(text: str, registry: BodyRegistry) -> list[Fact]:
    return extract(text, source_key="chat", registry=registry).facts


def _has(facts: list[Fact], subject: object, relation: str, obj: object) -> bool:
    return any(f.subject == subject and f.relation == relation and f.object == obj for f in facts)


TEAMS = """Chat export — "BF Assembly 12 (delegation)"
Exported by: Moreau, Anne on 04/06/2030 17:00
--------------------------------------------------------------------------------

[03/06/2030 10:02] Silva, Tomas
Twelfth session of the Assembly of the Basin Fund opened in Lusaka.

[03/06/2030 12:15] Moreau, Anne
The Assembly adopted 41/XII by consensus at 12:10. Title as adopted: "Water allocation in transboundary basins". Text below:
> The Assembly of the Basin Fund,
> Recalling resolution 30/IX on drought preparedness,
> 1. Requests the Director of the Basin Fund to report on allocation by 30 June 2031;
> 2. Invites the Executive Council to review the report at its next session.
(edited)

[03/06/2030 12:20] Silva, Tomas
Good. The wording recalls 30/IX again, as expected.

[03/06/2030 12:22] Ngata, Rewi
Lunch now.
"""

SLACK = """Ngata, Rewi  [9:14 AM]
morning, plenary starts at ten

Moreau, Anne  [11:02 AM]
Second text passed a minute ago, 42/XII, “Budget of the Fund for 2031–2032”, as follows:
The Assembly of the Basin Fund,
Recalling resolution 30/IX,
Requests the Director of the Basin Fund to present a revised budget;

Silva, Tomas  [11:05 AM]
ok, 30/IX is recalled in every budget text.

Ngata, Rewi  [11:06 AM]
noted
"""


def test_a_teams_message_announcing_a_text_heads_it(registry: BodyRegistry) -> None:
    facts = _facts(TEAMS, registry)
    assert _has(facts, R41, "title", "Water allocation in transboundary basins")
    assert _has(facts, R41, "adoptedAt", GatheringRef(ISSUER, "session", 12))
    assert _has(facts, R41, "requests", BodyRef("bf/director"))
    assert _has(facts, R41, "invites", BodyRef("bf/council")) or _has(facts, R41, "encourages", BodyRef("bf/council"))
    assert _has(facts, R41, "cites", R30)


def test_the_next_message_is_no_part_of_the_pasted_text(registry: BodyRegistry) -> None:
    facts = _facts(TEAMS, registry)
    # "The wording recalls 30/IX again" is a delegate's message: its evidence is not the text's
    cites = [f for f in facts if f.subject == R41 and f.relation == "cites"]
    assert cites and all("Recalling" in f.evidence.quote for f in cites)


def test_a_quoted_title_after_the_number_in_a_message_on_its_own_lines(registry: BodyRegistry) -> None:
    text = SLACK.replace("Ngata, Rewi  [9:14 AM]", "[9:14] Ngata, Rewi").replace("Moreau, Anne  [11:02 AM]", "[11:02] Moreau, Anne")
    text = text.replace("Silva, Tomas  [11:05 AM]", "[11:05] Silva, Tomas").replace("Ngata, Rewi  [11:06 AM]", "[11:06] Ngata, Rewi")
    facts = _facts(text, registry)
    assert _has(facts, R42, "title", "Budget of the Fund for 2031–2032")
    assert _has(facts, R42, "requests", BodyRef("bf/director"))
    assert _has(facts, R42, "cites", R30)
    assert all("every budget text" not in f.evidence.quote for f in facts if f.subject == R42)


PLAIN = """Assembly of the Basin Fund

Notes from the twelfth session

{announce}

The Assembly of the Basin Fund,

1. Requests the Director of the Basin Fund to report on allocation.
"""


@pytest.mark.parametrize(
    "announce",
    [
        # no colon: a sentence about the text, not over it
        "The Assembly adopted 41/XII by consensus.",
        # two numbers: which text follows is not told
        "The Assembly adopted 41/XII and 42/XII by consensus, text of the first:",
        # no word of adoption: a draft or a text merely quoted
        "Delegates discussed 41/XII at length; the Chair's proposal:",
    ],
)
def test_no_announcement_no_heading(registry: BodyRegistry, announce: str) -> None:
    facts = _facts(PLAIN.format(announce=announce), registry)
    assert not any(f.subject == R41 and f.relation == "requests" for f in facts)


def test_an_announcement_without_a_text_below_heads_nothing(registry: BodyRegistry) -> None:
    text = PLAIN.format(announce="The Assembly adopted 41/XII by consensus. Comments so far:").replace(
        "The Assembly of the Basin Fund,\n", "Several delegations welcomed it.\n"
    )
    facts = _facts(text, registry)
    assert not any(f.subject == R41 and f.relation in ("requests", "title", "containedIn") for f in facts)


def test_a_roman_session_after_the_number_and_a_slash(registry: BodyRegistry) -> None:
    facts = _facts("Assembly of the Basin Fund\n\nThe Assembly recalled resolution 30/IX and resolution 41/XII.\n", registry)
    mentioned = {f.object for f in facts if f.relation == "mentions"}
    assert {R30, R41} <= mentioned


def test_a_number_inside_a_document_symbol_is_the_symbols(registry: BodyRegistry) -> None:
    facts = _facts("Assembly of the Basin Fund\n\nThe Assembly considered document BF 12/4 on the budget.\n", registry)
    assert not any(isinstance(f.object, InstrumentRef) and f.object.number in ("12", "4") for f in facts)
    # the same pair with no symbol prefix before it is the Assembly's resolution 12 of session 4
    facts = _facts("Assembly of the Basin Fund\n\nThe Assembly recalled resolution 12/4 on the budget.\n", registry)
    assert any(f.object == InstrumentRef(ISSUER, "resolution", "4", "12") for f in facts)


def test_a_body_in_the_possessive_is_not_the_body_established(registry: BodyRegistry) -> None:
    text = (
        "Assembly of the Basin Fund\n\nResolution 43/XII\n\nThe Assembly of the Basin Fund,\n\n"
        "1. Decides that a Review on the Future of the Basin Fund's Resources shall be established;\n"
    )
    facts = _facts(text, registry)
    assert not _has(facts, InstrumentRef(ISSUER, "resolution", "12", "43"), "establishes", BodyRef("bf"))
    # the body itself as the subject of the passive still is
    text = text.replace("a Review on the Future of the Basin Fund's Resources", "the Executive Council of the Basin Fund")
    facts = _facts(text, registry)
    assert _has(facts, InstrumentRef(ISSUER, "resolution", "12", "43"), "establishes", BodyRef("bf/council"))
