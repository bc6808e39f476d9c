"""A secretariat's report on the follow-up to a body's earlier instruments tells their mandates in
narrative (E196, from the spent u242): a section headed by the name of a group the text created
is about that group ("Expert group on X" / "The expert group held its third meeting ..."), not the
one created last; a body the relative clause says an older instrument established is the body
"requested" after it in the same sentence; "the decision" opens a clause after a semicolon or
"instead,", and its second verb is the decision's too; a body asked in a relative clause ("the
Bureau, which the Conference had asked in the same decision to appoint ..."); the second of two
mandates each given by its paragraph when the number closes on its own bracket ("paragraph 6 of
decision CCW/COP9(7) and paragraph 8 of decision CCW/COP9(9)"); texts named out of a count told
the sentence before ("adopted 21 decisions. Three of them, decisions ..."). The bodies of the
treaty conference below are made up; the others are the shipped General Assembly and the
phrasing set's Commission on Coastal Resilience."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

from .phrasing import facts, in_note, in_sg_report, key

# A conference of the parties to an invented convention, numbering its decisions "CCW/COP9(7)", with
# its secretariat and bureau
BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/ccw-cop> a mg:Body ;
    mg:key "ccw-cop" ;
    skos:prefLabel "Conference of the Parties to the Convention on Coastal Wetlands"@en ;
    mg:shortName "Conference" ;
    mg:symbolPrefix "CCW/COP" ;
    mg:gatheringTerm "session" ;
    mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "CCW/COP{session}({number})" ; mg:instrumentKind "decision" ] .

<body/ccw-cop/bureau> a mg:Body ;
    mg:key "ccw-cop/bureau" ;
    skos:prefLabel "Bureau of the Conference of the Parties to the Convention on Coastal Wetlands"@en ;
    mg:shortName "Bureau" ;
    org:subOrganizationOf <body/ccw-cop> .

<body/ccw-cop/secretariat> a mg:Body ;
    mg:key "ccw-cop/secretariat" ;
    skos:prefLabel "Convention Secretariat"@en ;
    mg:shortName "Secretariat" ;
    org:subOrganizationOf <body/ccw-cop> .
"""

# the secretariat's report to the conference's tenth session, its paragraphs set as pdftotext prints
# them (one paragraph a line, headings in between)
REPORT = (
    "Conference of the Parties to the\nConvention on Coastal Wetlands\nTenth session\n"
    "Panama City, Panama, 3–7 November 2036\nProvisional agenda item 4\nCCW/COP/10/5\n2 August 2036\n"
    "Follow-up to decisions of the Conference of the Parties at its ninth session\n"
    "Report by the Convention Secretariat\n"
    "Background\n"
    "{body}\n"
)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "ccw.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def reported(registry: BodyRegistry, *paragraphs: str) -> set[tuple[str, str, str]]:
    text = REPORT.format(body="\n".join(f"{n}. {p}" if not p.startswith("#") else p[1:] for n, p in enumerate(paragraphs, 1)))
    return {(f.relation, key(f.subject), key(f.object)) for f in extract(text, source_key="doc", registry=registry).facts}


_TWO_GROUPS = (
    "By decision CCW/COP9(3), the Conference extended the mandate of the expert group on mangrove restoration, which had "
    "been established by decision CCW/COP8(2).",
    "By decision CCW/COP9(5), the Conference decided to establish an expert group on salt marsh carbon and requested the "
    "Convention Secretariat to convene it.",
)
MANGROVE = "ccw-cop/expert-group-on-mangrove-restoration"
SALT_MARSH = "ccw-cop/expert-group-on-salt-marsh-carbon"


@pytest.mark.parametrize(
    ("heading", "group"),
    [
        ("#Expert group on mangrove restoration", MANGROVE),
        ("#Expert group on salt marsh carbon", SALT_MARSH),
        ("#B.\tExpert group on mangrove restoration", MANGROVE),
        ("#Expert Group on Mangrove Restoration", MANGROVE),
    ],
)
def test_the_kind_word_under_a_heading_naming_a_group_born_in_the_text(registry, heading, group):
    found = reported(
        registry, *_TWO_GROUPS, heading,
        "The expert group held its first meeting in Bonn from 2 to 4 May 2035 and its second meeting online on 9 March 2036.",
    )
    assert ("meetingOf", f"{group}#1", group) in found
    assert ("heldIn", f"{group}#1", "Bonn") in found
    assert ("meetingOf", f"{group}#2", group) in found
    other = SALT_MARSH if group == MANGROVE else MANGROVE
    assert not any(f[1].startswith(other + "#") for f in found)


def test_a_heading_about_something_else_keeps_the_group_created_last(registry):
    # near miss: "Study on civil liability" names no group: "the expert group" is the one created last
    found = reported(registry, *_TWO_GROUPS, "#Study on peat fires", "The expert group held its first meeting in Bonn on 2 May 2035.")
    assert ("meetingOf", f"{SALT_MARSH}#1", SALT_MARSH) in found
    assert not any(f[1].startswith(MANGROVE + "#") for f in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "By resolution 80/5, the General Assembly extended the mandate of the expert group on digital commons, which had been "
        "established by resolution 75/2, and requested the expert group to submit its final report.",
        "In resolution 80/5, the General Assembly renewed until 2031 the mandate of the expert group on digital commons, which "
        "had been set up by resolution 75/2, and requested the expert group to report to it at its eighty-fifth session.",
    ],
)
def test_the_body_a_relative_clause_tells_the_origin_of_is_asked_after_it(sentence):
    assert in_sg_report(sentence, "requests") == {("ga/res/80/5", "ga/expert-group-on-digital-commons")}
    assert in_sg_report(sentence, "establishes") == {("ga/res/75/2", "ga/expert-group-on-digital-commons")}


def test_a_born_group_asked_in_a_treaty_conferences_narrative(registry):
    found = reported(registry, *_TWO_GROUPS[:1])
    assert ("establishes", "ccw-cop/dec/8/2", MANGROVE) in found
    assert not any(f[0] == "establishes" and f[1] == "ccw-cop/dec/9/3" for f in found)  # an extension establishes nothing


@pytest.mark.parametrize(
    "sentences",
    [
        ("Resolution 80/5 concerns ocean data.",
         "A proposal to establish a panel of experts was not accepted; instead, the resolution requested the Secretary-General "
         "to report and invited the Human Rights Council to consider the report."),
        ("Resolution 80/5 concerns ocean data.",
         "Instead, the resolution requested the Secretary-General to report and invited the Human Rights Council to consider it."),
        ("Resolution 80/5 concerns ocean data.",
         "The resolution requested the Secretary-General to report, and invited the Human Rights Council to consider the report."),
    ],
)
def test_the_instrument_named_back_opens_the_clause_and_its_second_verb(sentences):
    sentence = " ".join(sentences)
    assert in_sg_report(sentence, "requests") == {("ga/res/80/5", "secretary-general")}
    assert in_sg_report(sentence, "invites") == {("ga/res/80/5", "hrc")}


def test_the_instrument_named_back_in_a_commissions_note():
    text = in_note(
        "Resolution 11/3 concerns storm surge mapping. A proposal to establish an advisory panel was not retained; rather, "
        "the resolution requested the Executive Secretary of the Commission on Coastal Resilience to commission a study."
    )
    assert facts(text, "requests") == {("ccr/res/11/3", "ccr/executive-secretary")}
    assert not facts(text, "establishes")


@pytest.mark.parametrize(
    "sentence",
    [
        "Following resolution 78/5, the Secretariat consulted experts. The Human Rights Council, which the Assembly had asked in "
        "the same resolution to review the matter, did so in 2030.",
        "The Human Rights Council, which the General Assembly had requested in resolution 78/5 to review the matter, did so in 2030.",
        "The Human Rights Council, which the General Assembly by resolution 78/5 requested to review the matter, did so in 2030.",
    ],
)
def test_a_body_asked_in_a_relative_clause(sentence):
    assert in_sg_report(sentence, "requests") == {("ga/res/78/5", "hrc")}


def test_a_body_invited_in_a_relative_clause_with_the_instrument_set_off():
    sentence = "The Human Rights Council, which the General Assembly, in resolution 78/5, had invited to review the matter, did so."
    assert in_sg_report(sentence, "invites") == {("ga/res/78/5", "hrc")}


def test_a_bureau_asked_in_a_relative_clause_of_a_treaty_conference(registry):
    found = reported(
        registry,
        "Following decision CCW/COP9(5), the Convention Secretariat invited Parties to nominate experts. The Bureau of the "
        "Conference, which the Conference had asked in the same decision to appoint the chair of the group, appointed "
        "Ms Ana Ruiz at its meeting of 3 February 2036.",
    )
    assert ("requests", "ccw-cop/dec/9/5", "ccw-cop/bureau") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # no instrument in the clause: which one asked is not said
        "The Human Rights Council, which the General Assembly had asked to review the matter, did so in 2030.",
        # not asked
        "The Human Rights Council, which the General Assembly had not asked in resolution 78/5 to review the matter, did so.",
        # the relative clause's verb is no request
        "The Human Rights Council, which the General Assembly thanked in resolution 78/5 for its work, met in 2030.",
    ],
)
def test_near_misses_of_the_relative_clause(sentence):
    assert in_sg_report(sentence, "requests") == set()
    assert in_sg_report(sentence, "invites") == set()


def test_two_mandates_each_by_its_paragraph_of_a_bracketed_number(registry):
    found = reported(
        registry,
        "This report responds to paragraph 6 of decision CCW/COP9(3) and paragraph 8 of decision CCW/COP9(5). It describes the work.",
    )
    assert {f[2] for f in found if f[0] == "pursuantTo" and f[1] == "CCW/COP/10/5"} == {"ccw-cop/dec/9/3", "ccw-cop/dec/9/5"}


def test_two_mandates_each_by_its_paragraph_in_a_commissions_note():
    text = in_note("The present note responds to paragraph 6 of resolution 11/3 and paragraph 8 of resolution 11/5.")
    assert facts(text, "pursuantTo") == {("E/CN.21/2032/4", "ccr/res/11/3"), ("E/CN.21/2032/4", "ccr/res/11/5")}


@pytest.mark.parametrize(
    ("sentences", "adopted"),
    [
        ("At its seventy-eighth session, the General Assembly adopted 21 resolutions. Two of them, resolutions 78/5 and 78/9, "
         "concern oceans.", {"ga/res/78/5", "ga/res/78/9"}),
        # a number of another session is not of the count
        ("At its seventy-eighth session, the General Assembly adopted 21 resolutions. Among them were resolutions 78/5 and 77/9.",
         {"ga/res/78/5"}),
        # near misses: none named out of the count, another kind, no opening on the count
        ("At its seventy-eighth session, the General Assembly adopted 21 resolutions. None of them, nor resolution 78/9, "
         "concerns oceans.", set()),
        ("At its seventy-eighth session, the General Assembly adopted 21 resolutions. Two of them, decisions 78/505 and "
         "78/509, concern oceans.", set()),
        ("At its seventy-eighth session, the General Assembly adopted 21 resolutions. Resolutions 78/5 and 78/9 concern oceans.",
         set()),
    ],
)
def test_texts_named_out_of_the_count_the_sentence_before_told(sentences, adopted):
    assert in_sg_report(sentences, "adoptedAt") == {(a, "ga#78") for a in adopted}


def test_texts_named_out_of_the_count_in_a_treaty_conferences_report(registry):
    found = reported(
        registry,
        "At its ninth session, held in Geneva from 7 to 12 November 2034, the Conference of the Parties adopted 18 decisions. "
        "Three of them, decisions CCW/COP9(3), CCW/COP9(5) and CCW/COP9(8), set up intersessional work.",
    )
    assert {f[1] for f in found if f[0] == "adoptedAt" and f[2] == "ccw-cop#9"} == {"ccw-cop/dec/9/3", "ccw-cop/dec/9/5", "ccw-cop/dec/9/8"}


def test_texts_named_out_of_the_count_in_a_commissions_note():
    text = in_note("At its eleventh session, the Commission adopted 12 resolutions. Three of them, resolutions 11/3, 11/5 and "
                   "11/7, concern early warning.")
    assert facts(text, "adoptedAt") == {("ccr/res/11/3", "ccr#11"), ("ccr/res/11/5", "ccr#11"), ("ccr/res/11/7", "ccr#11")}


@pytest.mark.parametrize(
    ("sentence", "held_under"),
    [
        # the relative clause after the gathering held with the session tells that gathering's mandate
        ("The twelfth session was held back to back with the fourth meeting of the Working Group on Early Warning Systems, "
         "which took place in New York from 3 to 5 March 2031 in accordance with resolution 11/4.", "ccr/wg-early-warning#4"),
        ("The twelfth session was held in conjunction with the fourth meeting of the Working Group on Early Warning Systems, "
         "which was convened pursuant to resolution 11/4.", "ccr/wg-early-warning#4"),
        # near misses: no relative clause, or the mandate told before the gathering held with it
        ("The twelfth session was held back to back with the fourth meeting of the Working Group on Early Warning Systems "
         "in accordance with resolution 11/4.", "ccr#12"),
        ("The twelfth session was held in accordance with resolution 11/4, back to back with the fourth meeting of the "
         "Working Group on Early Warning Systems, which took place in New York from 3 to 5 March 2031.", "ccr#12"),
    ],
)
def test_the_mandate_of_a_gathering_held_back_to_back(sentence, held_under):
    assert facts(in_note(sentence), "pursuantTo") == {(held_under, "ccr/res/11/4")}
