"""Reference data for body B changes nothing in a document about body A that does not name B
(E83). Users load the reference files of every body they care about; another body's file must not
take a document's facts because its bodies' words collide with the document's: a title of office
written with a short name ("Secretary-General of the Conference"), a short name a sibling shares
under the same parent ("the Committee" of two Security Council committees), an abbreviation, a
symbol series, a gathering term. Each test extracts a document about A with A's reference data
alone and with B's beside it, and asserts the same facts (and, where the document names B, that
B's data is read).

The bodies and texts are invented.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

PREFIXES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
"""

# A: the Conference of the States Parties to the Kelp Forest Convention, its committee and
# secretariat; and a committee of the Security Council (shipped reference data).
KELP = PREFIXES + """
<body/kfc-csp> a mg:Body ; mg:key "kfc-csp" ;
    skos:prefLabel "Conference of the States Parties to the Kelp Forest Convention"@en ;
    skos:altLabel "Kelp Forest Conference"@en ;
    mg:shortName "Conference" ; mg:symbolPrefix "KFC/CSP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/kfc-csp/implementation-committee> a mg:Body ; mg:key "kfc-csp/implementation-committee" ;
    skos:prefLabel "Implementation Committee of the Kelp Forest Convention"@en ; skos:altLabel "KIC"@en ;
    mg:shortName "Implementation Committee" ; mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/kfc-csp> .
<body/security-council/2991-committee> a mg:Body ; mg:key "security-council/2991-committee" ;
    skos:prefLabel "Security Council Committee established pursuant to resolution 2991 (2029)"@en ;
    skos:altLabel "2991 Committee"@en ;
    mg:shortName "Committee" ; org:subOrganizationOf <body/security-council> .
"""


def _glacier(title: str, short: str, acronym: str, prefix: str, term: str) -> str:
    """B: the Conference on Glacier Safety, whose officer's alias is a title of office followed by
    its short name, and a Security Council committee of the same short name as A's."""
    return PREFIXES + f"""
<body/cgs> a mg:Body ; mg:key "cgs" ;
    skos:prefLabel "Conference on Glacier Safety"@en ; skos:altLabel "{acronym}"@en ;
    mg:shortName "{short}" ; mg:symbolPrefix "{prefix}" ; mg:gatheringTerm "{term}" ; mg:issuesInstruments true .
<body/cgs/officer> a mg:Body ; mg:key "cgs/officer" ;
    skos:prefLabel "{title} of the Conference on Glacier Safety"@en ;
    skos:altLabel "{title} of the {short}"@en ;
    org:subOrganizationOf <body/cgs> .
<body/security-council/glacier-committee> a mg:Body ; mg:key "security-council/glacier-committee" ;
    skos:prefLabel "Security Council Committee concerning glacier sanctions"@en ;
    skos:altLabel "Glacier Sanctions Committee"@en ;
    mg:shortName "Committee" ; org:subOrganizationOf <body/security-council> .
"""


# B's colliding files: a title and short name as A's documents write theirs, an acronym that is
# A's committee's, a series that begins A's symbols, a gathering term A's body does not use
GLACIERS = {
    "title 'Secretary-General of the Conference'": _glacier("Secretary-General", "Conference", "CGS", "CGS", "session"),
    "title 'Executive Secretary of the Conference'": _glacier("Executive Secretary", "Conference", "CGS", "CGS", "session"),
    "acronym of A's committee": _glacier("Secretary-General", "Conference", "KIC", "CGS", "session"),
    "series inside A's symbols": _glacier("Secretary-General", "Conference", "CGS", "KFC", "meeting"),
    "gathering term 'meeting'": _glacier("Director", "Conference", "CGS", "CGS", "meeting"),
}


def _registry(tmp_path_factory: pytest.TempPathFactory, *turtles: str) -> BodyRegistry:
    folder = tmp_path_factory.mktemp("ref")
    paths = []
    for index, turtle in enumerate(turtles):
        path = folder / f"file{index}.ttl"
        path.write_text(turtle, encoding="utf-8")
        paths.append(path)
    return load_registry(DEFAULT_BASE_IRI, paths)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[str, object, object]]:
    return {(f.relation, f.subject, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


@pytest.fixture(scope="module")
def kelp(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return _registry(tmp_path_factory, KELP)


@pytest.fixture(scope="module", params=sorted(GLACIERS))
def both(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return _registry(tmp_path_factory, KELP, GLACIERS[request.param])


DECISION = (
    "KFC/CSP/2031/L.4\n\n"
    "Conference of the States Parties to the Kelp Forest Convention\n"
    "Fourth session\nPort Kelp, 3-7 March 2031\n\n"
    "Decision 4/{number}\n\nSupport to the Implementation Committee\n\n"
    "The Conference,\n\n"
    "Recalling its decision 3/2,\n\n"
    "1. {verb} the {title} to convene the Implementation Committee before the fifth session of the Conference;\n\n"
    "2. Requests the KIC to report to the Conference at its fifth session;\n\n"
    "3. Decides that the fifth session of the Conference shall be held at its 12th meeting in Port Kelp.\n"
)


@pytest.mark.parametrize("title", ["Secretary-General", "Executive Secretary", "Director"])
@pytest.mark.parametrize("verb", ["Requests", "Invites"])
def test_another_conferences_officer_is_not_the_documents_title_of_office(
    kelp: BodyRegistry, both: BodyRegistry, title: str, verb: str
) -> None:
    """"the Secretary-General" in a decision of a conference: not the Secretary-General of
    another conference whose alias says "of the Conference", where the document never names it."""
    text = DECISION.format(number=7, verb=verb, title=title)
    own = _facts(text, kelp)
    decision = InstrumentRef("kfc-csp", "decision", "4", "7")
    assert ("requests", decision, BodyRef("kfc-csp/implementation-committee")) in own
    assert ("cites", decision, InstrumentRef("kfc-csp", "decision", "3", "2")) in own
    if title == "Secretary-General":
        assert (verb.lower().removesuffix("s") + "s", decision, BodyRef("secretary-general")) in own
    assert _facts(text, both) == own


LETTER = (
    "Letter dated 26 February 2031 from the Chair of the Security Council Committee established pursuant to "
    "resolution 2991 (2029) addressed to the President of the Security Council\n\n"
    "1. By its resolution 2991 (2029), the Security Council established the 2991 Committee.\n\n"
    "2. In paragraph 4 of resolution 3005 (2030), the Council {verb} the Committee to submit a programme of work "
    "before the end of each February.\n\n"
    "3. The Committee will report to the Council on its programme of work.\n"
)


@pytest.mark.parametrize("verb", ["requested", "asked", "encouraged", "directed"])
def test_a_short_name_two_committees_of_one_council_share_is_the_one_the_document_names(
    kelp: BodyRegistry, both: BodyRegistry, verb: str
) -> None:
    """"the Committee" in a letter about one Security Council committee: that committee, whatever
    other committee of the Council a user's file adds with the same short name."""
    text = LETTER.format(verb=verb)
    own = _facts(text, kelp)
    committee = BodyRef("security-council/2991-committee")
    assert any(o == committee and s == InstrumentRef("security-council", "resolution", "2030", "3005") for _, s, o in own)
    assert _facts(text, both) == own


def test_where_the_document_names_the_other_body_its_data_is_read(both: BodyRegistry) -> None:
    """The other side: a document that names the Conference on Glacier Safety reads its officer."""
    text = (
        "Decision 4/9\n\nCooperation\n\n"
        "The Conference of the States Parties to the Kelp Forest Convention,\n\n"
        "Noting the work of the Conference on Glacier Safety and of the Glacier Sanctions Committee,\n\n"
        "1. Invites the Conference on Glacier Safety to share its findings;\n"
    )
    facts = _facts(text, both)
    assert ("invites", InstrumentRef("kfc-csp", "decision", "4", "9"), BodyRef("cgs")) in facts


# A treaty's meeting of States parties, and another treaty's whose alias only describes it
REEF_MEETING = PREFIXES + """
<body/reef-committee> a mg:Body ; mg:key "reef-committee" ;
    skos:prefLabel "Committee on the Protection of Reef Divers"@en ; skos:altLabel "CPRD"@en ;
    mg:shortName "Committee" ; mg:symbolPrefix "CPRD/C" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/reef-msp> a mg:Body ; mg:key "reef-msp" ;
    skos:prefLabel "Meeting of the States Parties to the International Convention on the Protection of Reef Divers"@en ;
    mg:gatheringTerm "meeting" .
"""


@pytest.mark.parametrize("alias", ["Meeting of States Parties", "Meeting of the States Parties", "Meeting of the Parties"])
@pytest.mark.parametrize("group", ["States parties to the Convention", "the States parties to the Convention"])
def test_a_name_that_only_describes_hides_no_name_inside_it(tmp_path_factory: pytest.TempPathFactory, alias: str, group: str) -> None:
    """"the thirtieth meeting of States parties to the Convention" in a committee's agenda: the
    meeting of its own treaty's parties, whatever other treaty's meeting a user's file calls
    "Meeting of States Parties" (a name found first that hid "States parties to the Convention")."""
    other = PREFIXES + f"""
<body/shelf-msp> a mg:Body ; mg:key "shelf-msp" ;
    skos:prefLabel "Meeting of States Parties to the Convention on the Continental Shelf of Atlantis"@en ;
    skos:altLabel "{alias}"@en , "SHELFMSP"@en ; mg:shortName "Meeting" ; mg:symbolPrefix "SHELF" ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true .
"""
    text = (
        "CPRD/C/41/1\n\n"
        "Committee on the Protection of Reef Divers\nForty-first session\nGeneva, 2-20 February 2031\n\n"
        "Provisional agenda and annotations\n\n"
        f"1. The nine members elected at the thirtieth meeting of {group}, held at United Nations "
        "Headquarters on 19 June 2030, will make the solemn declaration.\n"
    )
    own = _facts(text, _registry(tmp_path_factory, REEF_MEETING))
    meeting = [s for relation, s, _ in own if relation == "meetingOf"]
    assert ("reef-msp", 30) in [(m.body, m.ordinal) for m in meeting]  # type: ignore[attr-defined]
    assert _facts(text, _registry(tmp_path_factory, REEF_MEETING, other)) == own


# An organ whose full name is a title "of" a descriptive group: the "General Assembly of the
# States Parties" to a heritage convention, with no short name of its own (E96). "States
# Parties" is in the name of every conference or meeting of States parties; it names no one
# organization, and the document that never names the heritage convention's Assembly means the
# United Nations General Assembly by "General Assembly resolution 85/71".
def _lantern_assembly(title: str, group: str) -> str:
    return PREFIXES + f"""
<body/lantern-committee> a mg:Body ; mg:key "lantern-committee" ;
    skos:prefLabel "Intergovernmental Committee for the Safeguarding of Paper Lanterns"@en ;
    mg:shortName "Committee" ; mg:symbolPrefix "LNT" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/lantern-assembly> a mg:Body ; mg:key "lantern-assembly" ;
    skos:prefLabel "{title} of the {group} to the Convention for the Safeguarding of Paper Lanterns"@en ;
    skos:altLabel "{title} of the {group}"@en ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{{session}}.LA {{number}}" ; mg:instrumentKind "resolution" ] .
"""


KELP_REPORT = (
    "KFC/CSP/2031/9\n\n"
    "Conference of the {group} to the Kelp Forest Convention\n"
    "Fourth session\nPort Kelp, 3-7 March 2031\n\n"
    "Report of the Conference of the {group} to the Kelp Forest Convention on its fourth session\n\n"
    "1. The session was convened pursuant to {where}General Assembly resolution {number} of 9 December 2030.\n\n"
    "2. In that resolution, the General Assembly requested the Secretary-General to provide the "
    "Conference with the services it needs.\n"
)


@pytest.mark.parametrize("title", ["General Assembly", "General Conference"])
@pytest.mark.parametrize("group", ["States Parties", "Parties"])
@pytest.mark.parametrize("where", ["", "paragraph 41 of "])
@pytest.mark.parametrize("number", ["85/71", "84/12"])
def test_an_organ_titled_of_the_states_parties_is_no_office_of_another_treatys_conference(
    tmp_path_factory: pytest.TempPathFactory, title: str, group: str, where: str, number: str
) -> None:
    """"General Assembly resolution 85/71" in a report of a conference of States parties to
    another treaty: the United Nations General Assembly's, whatever heritage convention's
    "General Assembly of the States Parties" a user's file adds."""
    kelp = PREFIXES + KELP.split(PREFIXES, 1)[1].replace("Conference of the States Parties", f"Conference of the {group}")
    text = KELP_REPORT.format(group=group, where=where, number=number)
    own = _facts(text, _registry(tmp_path_factory, kelp))
    session, no = number.split("/")
    assert ("mentions" in {r for r, _, o in own if o == InstrumentRef("ga", "resolution", session, no)})
    assert _facts(text, _registry(tmp_path_factory, kelp, _lantern_assembly(title, group))) == own


def test_where_the_document_names_the_heritage_assembly_its_resolutions_are_its_own(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The other side: a decision of the lanterns committee reads "11.LA 5" as its Assembly's."""
    text = (
        "LNT/31/21.COM/Decisions\n\n"
        "Intergovernmental Committee for the Safeguarding of Paper Lanterns\nTwenty-first session\n\n"
        "The Committee,\n\n"
        "Recalling resolution 11.LA 5 of the General Assembly of the States Parties to the Convention "
        "for the Safeguarding of Paper Lanterns,\n\n"
        "1. Requests the Secretariat to report at its twenty-second session.\n"
    )
    facts = _facts(text, _registry(tmp_path_factory, KELP, _lantern_assembly("General Assembly", "States Parties")))
    assert any(o == InstrumentRef("lantern-assembly", "resolution", "11", "5") for _, _, o in facts)


# A convention's conference whose name holds an organization's name as its first words (the
# "Atlantis Convention against Kelp Poaching", the "United Nations Convention on ..."), served by
# the shipped reference data's "secretariat"; and a user's file that gives that organization a
# secretariat named "Secretariat" (E97: a peacekeeping committee's file declared the United
# Nations Secretariat so, and "the secretariat" of the crime and corruption conventions' conferences
# and of a programmes' executive board became it).
def _poaching_conference(organization: str, treaty: str) -> str:
    return PREFIXES + f"""
<body/kp-cop> a mg:Body ; mg:key "kp-cop" ;
    skos:prefLabel "Conference of the Parties to the {organization} {treaty}"@en ;
    mg:shortName "Conference" ; mg:symbolPrefix "KP/COP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""


def _organizations_secretariat(organization: str) -> str:
    return PREFIXES + f"""
<body/org-secretariat> a mg:Body ; mg:key "org-secretariat" ;
    skos:prefLabel "Secretariat of {organization}"@en ;
    skos:altLabel "{organization.removeprefix('the ')} Secretariat"@en ;
    mg:shortName "Secretariat" .
"""


POACHING_DECISION = (
    "KP/COP/{session}/L.2\n\n"
    "Conference of the Parties to the {organization} {treaty}\n"
    "{ordinal} session\nKelp Harbour, 3-7 March 2031\n\n"
    "Decision {session}/{number}\n\nMeetings of the working groups\n\n"
    "The Conference,\n\n"
    "Recalling its decision {previous}/1,\n\n"
    "1. {verb} the secretariat to prepare a schedule of the meetings of the working groups "
    "and to submit it to the Conference at its next session;\n\n"
    "2. {verb2} the secretariat to report thereon.\n"
)


@pytest.mark.parametrize("organization", ["Atlantis", "the United Nations"])
@pytest.mark.parametrize("treaty", ["Convention against Kelp Poaching", "Framework Convention on Reef Divers"])
@pytest.mark.parametrize(("verb", "verb2"), [("Requests", "Invites"), ("Invites", "Requests"), ("Encourages", "Requests")])
@pytest.mark.parametrize(("session", "ordinal", "number"), [(4, "Fourth", 3), (11, "Eleventh", 6)])
def test_another_organizations_secretariat_is_not_the_conferences_secretariat(
    tmp_path_factory: pytest.TempPathFactory, organization: str, treaty: str, verb: str, verb2: str,
    session: int, ordinal: str, number: int,
) -> None:
    """"the secretariat" in a decision of the conference of a convention whose name begins with an
    organization's name: the secretariat the document reads without the user's file, not the
    "Secretariat of Atlantis" that a user's file adds, which the document never names."""
    name = organization.removeprefix("the ")
    conference = _poaching_conference(name, treaty)
    text = POACHING_DECISION.format(
        organization=name, treaty=treaty, verb=verb, verb2=verb2, session=session, ordinal=ordinal,
        number=number, previous=session - 1,
    )
    own = _facts(text, _registry(tmp_path_factory, conference))
    decision = InstrumentRef("kp-cop", "decision", str(session), str(number))
    asked = {o for r, s, o in own if s == decision and r in {"requests", "invites", "encourages"}}
    assert asked and all(isinstance(o, BodyRef) and o.key != "org-secretariat" for o in asked)
    assert _facts(text, _registry(tmp_path_factory, conference, _organizations_secretariat(organization))) == own


def test_where_the_document_names_the_organizations_secretariat_it_is_read(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The other side: a decision that names the "Secretariat of Atlantis" reads "the secretariat"
    after it as that secretariat."""
    conference = _poaching_conference("Atlantis", "Convention against Kelp Poaching")
    text = POACHING_DECISION.format(
        organization="Atlantis", treaty="Convention against Kelp Poaching", verb="Requests", verb2="Invites",
        session=4, ordinal="Fourth", number=3, previous=3,
    ).replace("1. Requests", "1. Welcomes the support of the Secretariat of Atlantis, and requests")
    facts = _facts(text, _registry(tmp_path_factory, conference, _organizations_secretariat("Atlantis")))
    decision = InstrumentRef("kp-cop", "decision", "4", "3")
    assert ("invites", decision, BodyRef("org-secretariat")) in facts


@pytest.mark.parametrize("treaty", ["Kelp Convention of Atlantis", "Reef Treaty of Atlantis"])
def test_a_conference_named_of_the_organization_reads_its_secretariat(tmp_path_factory: pytest.TempPathFactory, treaty: str) -> None:
    """The other side: where the conference's own name ends on the organization's ("Conference of
    the Parties to the Kelp Convention of Atlantis"), "the secretariat" is the Secretariat of
    Atlantis, though the document names it nowhere in full (E96's rule for the author's own name)."""
    conference = PREFIXES + f"""
<body/kp-cop> a mg:Body ; mg:key "kp-cop" ;
    skos:prefLabel "Conference of the Parties to the {treaty}"@en ;
    mg:shortName "Conference" ; mg:symbolPrefix "KP/COP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""
    text = (
        f"KP/COP/4/L.2\n\nConference of the Parties to the {treaty}\nFourth session\n\n"
        "Decision 4/3\n\nMeetings\n\nThe Conference,\n\n1. Requests the secretariat to prepare a schedule of meetings.\n"
    )
    facts = _facts(text, _registry(tmp_path_factory, conference, _organizations_secretariat("Atlantis")))
    assert ("requests", InstrumentRef("kp-cop", "decision", "4", "3"), BodyRef("org-secretariat")) in facts


# E104: two organizations' bodies printing the same letters. The Conference on Disarmament writes
# "CD/2481" and knows its decisions by symbol ("decision CD/2466"); the PAHO Directing Council
# writes "CD63/11" and "CD63.R7" (the session glued to the letters). Loaded together, neither
# series was read: the disarmament report lost its decisions. Here an invented forum ("QV/1530")
# and an invented fisheries council of another organization that glues its session to the same
# letters ("QV41/7", "QV41.R3"), or that prints the same letters the same way.
def _verification_forum(letters: str) -> str:
    return PREFIXES + f"""
<body/fav> a mg:Body ; mg:key "fav" ;
    skos:prefLabel "Forum on Arms Verification"@en ; skos:altLabel "FAV"@en ;
    mg:shortName "Forum" ; mg:symbolPrefix "{letters}" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/fav/standards-group> a mg:Body ; mg:key "fav/standards-group" ;
    skos:prefLabel "working group on verification standards"@en ; org:subOrganizationOf <body/fav> .
<body/vri> a mg:Body ; mg:key "vri" ;
    skos:prefLabel "Verification Research Institute"@en .
"""


def _tuna_council(letters: str, template: str | None) -> str:
    """The other organization's council: ``template`` its resolutions' numbering (None: it knows
    its decisions by symbol, as the forum does)."""
    numbering = (
        f' ; mg:instrumentNumbering [ mg:numberTemplate "{template.format(letters=letters)}" ; mg:instrumentKind "resolution" ]'
        if template else ""
    )
    return PREFIXES + f"""
<body/ptuo-fc> a mg:Body ; mg:key "ptuo-fc" ;
    skos:prefLabel "Fisheries Council of the Pacific Tuna Organization"@en ; skos:altLabel "Fisheries Council"@en ;
    mg:shortName "Council" ; mg:symbolPrefix "{letters}" ; mg:gatheringTerm "session" ; mg:issuesInstruments true{numbering} .
<body/ptuo-secretariat> a mg:Body ; mg:key "ptuo-secretariat" ;
    skos:prefLabel "Secretariat of the Pacific Tuna Organization"@en ; mg:shortName "Tuna Secretariat" .
"""


GLUED_TEMPLATES = ["{letters}{{session}}.R{{number}}", "{letters}{{session}}.{{number}}"]

FORUM_REPORT = (
    "Forum on Arms Verification\t{letters}/{report}\n\t15 September 2031\n\n"
    "Report of the Forum on Arms Verification to the General Assembly\n\n"
    "1.\tAt its 812th plenary meeting, on 18 February 2031, the Forum adopted decision {letters}/{first}, entitled "
    "\"Establishment of a working group on verification standards\".\n\n"
    "2.\t{opening} {letters}/{second} of 27 March 2031, the Forum {verb} the Verification Research Institute "
    "to prepare a study of verification techniques.\n\n"
    "3.\tThe report of the working group ({letters}/{paper}) was circulated pursuant to decision {letters}/{first}.\n"
)


def _forum_report(letters: str, opening: str, verb: str, numbers: tuple[int, int, int, int]) -> str:
    report, first, second, paper = numbers
    return FORUM_REPORT.format(
        letters=letters, opening=opening, verb=verb, report=report, first=first, second=second, paper=paper
    )


@pytest.mark.parametrize("letters", ["QV", "ZRB"])
@pytest.mark.parametrize("template", GLUED_TEMPLATES)
@pytest.mark.parametrize(("opening", "verb"), [("By decision", "requested"), ("In decision", "invited")])
@pytest.mark.parametrize("numbers", [(2481, 2466, 2470, 2471), (1544, 1527, 1530, 1533)])
@pytest.mark.parametrize("forum_first", [True, False])
def test_a_series_glued_to_its_session_takes_no_symbol_of_the_same_letters_with_a_slash(
    tmp_path_factory: pytest.TempPathFactory, letters: str, template: str, opening: str, verb: str,
    numbers: tuple[int, int, int, int], forum_first: bool,
) -> None:
    """"decision QV/1530" in the forum's report: the forum's decision, whether or not the reference
    data of another organization's council that prints "QV41/7" and "QV41.R3" is loaded (first or
    last): a symbol with a slash right after the letters is not the shape of a body that glues its
    session to them."""
    text = _forum_report(letters, opening, verb, numbers)
    forum = _verification_forum(letters)
    own = _facts(text, _registry(tmp_path_factory, forum))
    decision = InstrumentRef("fav", "decision", letters, str(numbers[2]))
    assert any(s == decision and o == BodyRef("vri") for _, s, o in own)
    tuna = _tuna_council(letters, template)
    files = (forum, tuna) if forum_first else (tuna, forum)
    assert _facts(text, _registry(tmp_path_factory, *files)) == own


@pytest.mark.parametrize("template", [None, *GLUED_TEMPLATES])
@pytest.mark.parametrize("forum_first", [True, False])
def test_of_two_bodies_printing_the_same_letters_the_document_names_one(
    tmp_path_factory: pytest.TempPathFactory, template: str | None, forum_first: bool
) -> None:
    """Where the other council prints its decisions the same way ("QV/1530"), the shape says
    nothing: the body the report names (the forum, in its title and its masthead) is the one whose
    decisions they are, not a body the report never names."""
    text = _forum_report("QV", "By decision", "requested", (2481, 2466, 2470, 2471))
    forum, tuna = _verification_forum("QV"), _tuna_council("QV", template)
    files = (forum, tuna) if forum_first else (tuna, forum)
    facts = _facts(text, _registry(tmp_path_factory, *files))
    assert ("requests", InstrumentRef("fav", "decision", "QV", "2470"), BodyRef("vri")) in facts
    assert not any(isinstance(s, InstrumentRef) and s.issuer == "ptuo-fc" for _, s, _ in facts)


COUNCIL_RESOLUTION = (
    "{ordinal} FISHERIES COUNCIL\nApia, Samoa, 28 September-2 October 2031\n\n"
    "{letters}{session}.R{number}\nOriginal: English\n\nRESOLUTION\n\n{letters}{session}.R{number}\n\n"
    "TUNA STOCK ASSESSMENT\n\nTHE {ordinal} FISHERIES COUNCIL,\n\n"
    "Having considered the assessment of tuna stocks (Document {letters}{session}/{paper});\n\n"
    "RESOLVES:\n\n1. To request the Tuna Secretariat to publish the assessment every two years.\n"
)


@pytest.mark.parametrize(("ordinal", "session"), [("41st", 41), ("63rd", 63)])
@pytest.mark.parametrize("forum_first", [True, False])
def test_a_symbol_with_the_session_glued_on_is_the_series_of_the_body_that_glues_it(
    tmp_path_factory: pytest.TempPathFactory, ordinal: str, session: int, forum_first: bool
) -> None:
    """The other side: the council's own resolution ("QV41.R3", its paper "QV41/9") is the
    council's, with the forum's reference data loaded first or last."""
    text = COUNCIL_RESOLUTION.format(ordinal=ordinal, letters="QV", session=session, number=3, paper=9)
    forum, tuna = _verification_forum("QV"), _tuna_council("QV", GLUED_TEMPLATES[0])
    alone = _facts(text, _registry(tmp_path_factory, tuna))
    resolution = InstrumentRef("ptuo-fc", "resolution", str(session), "3")
    assert ("requests", resolution, BodyRef("ptuo-secretariat")) in alone
    files = (forum, tuna) if forum_first else (tuna, forum)
    assert _facts(text, _registry(tmp_path_factory, *files)) == alone


# E121: a council under an assembly, two working groups of the council and one of the assembly
# sharing the short name "Working Group" (the Human Rights Council's two and the General
# Assembly's working group on another agency's financing, each file a user's). With the
# council's two loaded, "the Working Group" in a document under the council's masthead climbed to
# the assembly, whose one working group was alone at its level.
LAGOON_COUNCIL = PREFIXES + """
<body/tide-assembly> a mg:Body ; mg:key "tide-assembly" ;
    skos:prefLabel "Tidal Assembly"@en ; mg:shortName "Assembly" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/lagoon-council> a mg:Body ; mg:key "lagoon-council" ;
    skos:prefLabel "Lagoon Rights Council"@en ; mg:shortName "Council" ; mg:symbolPrefix "LRC" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ; org:subOrganizationOf <body/tide-assembly> .
<body/lagoon-council/wg-review> a mg:Body ; mg:key "lagoon-council/wg-review" ;
    skos:prefLabel "Working Group on the Periodic Lagoon Review"@en ; mg:shortName "Working Group" ;
    mg:symbolPrefix "LRC/WG.3" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/lagoon-council> .
"""
LAGOON_SECOND_GROUP = PREFIXES + """
<body/lagoon-council/wg-access> a mg:Body ; mg:key "lagoon-council/wg-access" ;
    skos:prefLabel "Working Group on Access to Lagoons"@en ; mg:shortName "Working Group" ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/lagoon-council> .
"""
ASSEMBLY_GROUP = PREFIXES + """
<body/tide-assembly/wg-financing> a mg:Body ; mg:key "tide-assembly/wg-financing" ;
    skos:prefLabel "Working Group on the Financing of the Reef Relief Agency"@en ; mg:shortName "Working Group" ;
    org:subOrganizationOf <body/tide-assembly> .
"""

LAGOON_CHECKLIST = (
    "LAGOON RIGHTS COUNCIL\n{group}\nThirtieth session\nPort Lagoon, 2-13 February 2032\n\n"
    "CHECKLIST OF DOCUMENTS\n\n"
    "LRC/WG.3/30/1        1     Provisional agenda\n\n"
    "(1) By resolution {number}, the Council {verb} the Working Group to hold its thirty-first session in May 2032.\n"
)


@pytest.mark.parametrize("group", ["Working Group on the Periodic Lagoon Review", "Working Group on Access to Lagoons"])
@pytest.mark.parametrize(("number", "verb"), [("60/12", "requested"), ("41/3", "asked"), ("12/7", "invited")])
def test_a_short_name_two_of_the_authors_bodies_share_is_never_its_parents(
    tmp_path_factory: pytest.TempPathFactory, group: str, number: str, verb: str
) -> None:
    """"the Working Group" under a council's masthead, two working groups of the council known:
    the one the document names in full, whatever working group of the assembly above the council a
    user's file adds; the assembly's one is never read for it."""
    text = LAGOON_CHECKLIST.format(group=group, number=number, verb=verb)
    named = "lagoon-council/wg-review" if "Review" in group else "lagoon-council/wg-access"
    both_groups = _facts(text, _registry(tmp_path_factory, LAGOON_COUNCIL, LAGOON_SECOND_GROUP))
    session, no = number.split("/")
    resolution = InstrumentRef("lagoon-council", "resolution", session, no)
    asked = {o for r, s, o in both_groups if s == resolution and r in {"requests", "invites"}}
    assert asked == {BodyRef(named)}
    with_assembly = _facts(text, _registry(tmp_path_factory, LAGOON_COUNCIL, LAGOON_SECOND_GROUP, ASSEMBLY_GROUP))
    assert with_assembly == both_groups
    assert all(o != BodyRef("tide-assembly/wg-financing") for _, _, o in with_assembly)


def test_a_short_name_of_two_of_the_authors_bodies_named_by_neither_is_none_of_them(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The near miss: a document that names neither of the council's working groups in full reads
    "the Working Group" as no body, not as the assembly's one."""
    text = LAGOON_CHECKLIST.format(group="Documents section", number="60/12", verb="requested")
    facts = _facts(text, _registry(tmp_path_factory, LAGOON_COUNCIL, LAGOON_SECOND_GROUP, ASSEMBLY_GROUP))
    assert all(o != BodyRef("tide-assembly/wg-financing") for _, _, o in facts)
