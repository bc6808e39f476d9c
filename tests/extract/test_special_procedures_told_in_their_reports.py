"""How a special procedure's report and the reports about one tell the mandate's history: "The
Council appointed, for a period of three years, an Independent Expert on ...", "The Council created
the mandate of the Independent Expert on ... by resolution 24/20", "The mandate was established by the
Council in its resolution 15/9", "the Council requested the mandate holder to submit ...". Only the
operative "Decides to appoint" and "established the mandate of" were read; the past "appointed", the
verb "created" with "the mandate of", and the report's own words for its office ("the mandate", "the
mandate holder") read as nothing, and a name described with its year ("... older persons in 2013, by
its resolution") took the year into the body's name (`rules/mandate_verbs.py`, `rules/new_bodies.py`,
`rules/mandate_holders.py`, `rules/own_body_names.py`). Invented sentences in the shape of the Human
Rights Council's reports; the mandates are in a user's reference file written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract

BASE = "https://w3id.org/mandate-graph/id/"
MANDATES = """\
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/hrc/sr-water> a mg:Body ;
    mg:key "hrc/sr-water" ;
    skos:prefLabel "Special Rapporteur on the human rights to safe drinking water and sanitation"@en ;
    mg:shortName "Special Rapporteur" ;
    org:subOrganizationOf <body/hrc> .

<body/hrc/ie-older> a mg:Body ;
    mg:key "hrc/ie-older" ;
    skos:prefLabel "Independent Expert on the enjoyment of all human rights by older persons"@en ;
    mg:shortName "Independent Expert" ;
    org:subOrganizationOf <body/hrc> .
"""
MASTHEAD = "A/HRC/58/40\nHuman Rights Council\nDistr.: General\n3 January 2032\nFifty-eighth session\nAgenda item 3\n\n"
SR_REPORT = MASTHEAD + "Report of the Special Rapporteur on the human rights to safe drinking water and sanitation\n\nI. Introduction\n\n1. {s}\n"
SG_REPORT = MASTHEAD + "Report of the Secretary-General\n\nI. Introduction\n\n1. {s}\n"


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    folder: Path = tmp_path_factory.mktemp("mandates")
    (folder / "mandates.ttl").write_text(MANDATES, encoding="utf-8")
    return load_registry(BASE, [folder])


def _facts(frame: str, sentence: str, registry, relation: str) -> list[tuple[str, str]]:
    e = extract(frame.format(s=sentence), source_key="report", registry=registry)
    return [
        (f"{f.subject.session}/{f.subject.number}", f.object.key)
        for f in e.facts
        if f.relation == relation and isinstance(f.object, BodyRef)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "By resolution 24/20, the Council appointed an Independent Expert on the enjoyment of all human rights by older persons.",
        "By resolution 24/20, the Council appointed, for a period of three years, an Independent Expert on the enjoyment of all human rights by older persons.",
        "The Council appointed an Independent Expert on the enjoyment of all human rights by older persons by resolution 24/20.",
        "The Council created the mandate of the Independent Expert on the enjoyment of all human rights by older persons by resolution 24/20.",
        "The Human Rights Council created the mandate of the Independent Expert on the enjoyment of all human rights by older persons in 2013, by its resolution 24/20.",
        "The Human Rights Council established the mandate of the Independent Expert on the enjoyment of all human rights by older persons on 27 September 2013, by its resolution 24/20.",
    ],
)
def test_a_mandate_created_in_the_past_by_appointment_or_creation(sentence: str, registry) -> None:
    assert _facts(SG_REPORT, sentence, registry, "establishes") == [("24/20", "hrc/ie-older")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a person appointed to a mandate that exists
        "By resolution 24/20, the Council appointed Ms. Rosa Kornfeld as Independent Expert on the enjoyment of all human rights by older persons.",
        "By resolution 24/20, the Council appointed the Independent Expert on the enjoyment of all human rights by older persons.",
        "By resolution 24/20, the Council appointed a new Independent Expert on the enjoyment of all human rights by older persons.",
        # "created" of something that is no mandate
        "By resolution 24/20, the Council created the conditions for an Independent Expert on the enjoyment of all human rights by older persons.",
    ],
)
def test_appointing_a_person_or_creating_conditions_creates_nothing(sentence: str, registry) -> None:
    assert _facts(SG_REPORT, sentence, registry, "establishes") == []


def test_a_described_body_s_name_stops_before_its_year(registry) -> None:
    e = extract(
        SG_REPORT.format(s="The Council established an Independent Expert on coastal fisheries in 2013, by its resolution 24/20."),
        source_key="report", registry=registry,
    )
    assert [b.name for b in e.bodies] == ["Independent Expert on coastal fisheries"]


@pytest.mark.parametrize(
    "sentence, relation, instrument",
    [
        ("In its resolution 54/12, the Council requested the mandate holder to submit an annual report.", "requests", "54/12"),
        ("In resolution 54/12, the Council extended the mandate for a further three years and requested the mandate holder to report annually.", "requests", "54/12"),
        ("In resolution 54/12, the mandate holder was requested to submit an annual report to the General Assembly.", "requests", "54/12"),
        ("The mandate was established by the Council in its resolution 15/9.", "establishes", "15/9"),
        ("The mandate was established by the Human Rights Council in its resolution 15/9 and renewed by resolution 54/12.", "establishes", "15/9"),
    ],
)
def test_a_special_procedure_s_report_calls_its_office_the_mandate(sentence: str, relation: str, instrument: str, registry) -> None:
    assert _facts(SR_REPORT, sentence, registry, relation) == [(instrument, "hrc/sr-water")]


@pytest.mark.parametrize(
    "sentence, relation",
    [
        # the Secretary-General's report is no mandate holder's: "the mandate" says no office
        ("In its resolution 54/12, the Council requested the mandate holder to submit an annual report.", "requests"),
        ("The mandate was established by the Council in its resolution 15/9.", "establishes"),
    ],
)
def test_the_mandate_of_a_report_by_no_mandate_holder_is_no_body(sentence: str, relation: str, registry) -> None:
    assert _facts(SG_REPORT, sentence, registry, relation) == []


def test_the_mandate_of_another_body_stays_that_body_s(registry) -> None:
    sentence = "The mandate of the Independent Expert on the enjoyment of all human rights by older persons was established by the Council in its resolution 24/20."
    assert _facts(SR_REPORT, sentence, registry, "establishes") == [("24/20", "hrc/ie-older")]


# A report as pdftotext prints it (E163): each masthead line a paragraph of its own, the agenda item's
# title over three lines, the report's title broken inside the mandate's name; the title stood past
# the twelve paragraphs `mandate_holders.reported_mandate` read, and "the mandate" was no one's.
PDFTOTEXT_SR_REPORT = (
    "United Nations\nA/HRC/58/40\nGeneral Assembly\nDistr.: General\n3 January 2032\nOriginal: English\n"
    "Human Rights Council\nFifty-eighth session\n24 February–3 April 2032\nAgenda item 3\n"
    "Promotion and protection of all human rights, civil,\npolitical, economic, social and cultural rights,\n"
    "including the right to development\nHuman rights to safe drinking water and sanitation\n"
    "Report of the Special Rapporteur on the human rights to safe\ndrinking water and sanitation, Ana Lima\n"
    "Summary\nIn the present report, the Special Rapporteur gives an account of her activities.\n"
    "I. Introduction\n1. {s}\n"
)


@pytest.mark.parametrize(
    "sentence, relation",
    [
        ("The mandate was created by the Council in its resolution 15/9 of 30 September 2010 for an initial period of three years.", "establishes"),
        ("The mandate was established by the Council in its resolution 15/9.", "establishes"),
        ("It has since been renewed, most recently by resolution 15/9, in which the Council requested the mandate holder\nto report annually to the Council.", "requests"),
        ("In its resolution 15/9, the Council requested the mandate holder to submit an annual report.", "requests"),
    ],
)
def test_the_mandate_of_a_report_whose_masthead_runs_long(sentence: str, relation: str, registry) -> None:
    assert ("15/9", "hrc/sr-water") in _facts(PDFTOTEXT_SR_REPORT, sentence, registry, relation)


@pytest.mark.parametrize(
    "addressees",
    [
        "the Special Rapporteur and the Independent Expert on the enjoyment of all human rights by older persons",
        "the Special Rappor-\nteur and the Independent Expert on the enjoyment of all human rights by older persons",
        "the Independent Expert on the enjoyment of all human rights by older persons and the Special Rapporteur",
    ],
)
@pytest.mark.parametrize("verb", ["tasked", "charged"])
def test_two_mandates_tasked_with_one_task(addressees: str, verb: str, registry) -> None:
    # two addressees before "with", the second's name long: the verb's object ran past the ten words
    # `mandate_verbs` allowed between "tasked" and "with" (E163)
    sentence = f"By its resolution 57/8 of 4 April 2031, the Council {verb} {addressees} with preparing jointly a compilation of practices."
    found = _facts(PDFTOTEXT_SR_REPORT, sentence, registry, "requests")
    assert ("57/8", "hrc/sr-water") in found and ("57/8", "hrc/ie-older") in found


def test_a_body_charged_with_no_task_is_not_asked(registry) -> None:
    # the near miss: "charged with" and a long phrase, no addressee after the verb
    sentence = "By its resolution 57/8, the Council condemned those charged with the repression of peaceful assemblies and of associations of workers."
    assert _facts(PDFTOTEXT_SR_REPORT, sentence, registry, "requests") == []


@pytest.mark.parametrize(
    "sentence",
    [
        'The Special Rapporteur welcomes the adoption by the Council, at its fifty-seventh session, of resolution 57/12, entitled "Civil society space".',
        "She welcomes the adoption by the Human Rights Council, at its fifty-seventh session, of its resolution 57/12.",
        "The Special Rapporteur notes the adoption by the Council during its fifty-seventh session of resolution 57/12, which encourages cooperation.",
    ],
)
def test_the_adoption_by_a_council_at_its_session_of_a_resolution(sentence: str, registry) -> None:
    # the noun of the act, the session set off, then "of" and the instrument (E163)
    e = extract(PDFTOTEXT_SR_REPORT.format(s=sentence), source_key="report", registry=registry)
    assert [(f.subject.number, f.object.ordinal) for f in e.facts if f.relation == "adoptedAt"] == [("12", 57)]


def test_the_adoption_of_a_draft_gives_the_draft_no_session(registry) -> None:
    # the near miss: a draft's symbol after "of draft resolution" is no adopted resolution
    sentence = "She notes the adoption by the Council, at its fifty-seventh session, of draft resolution A/HRC/57/L.12."
    e = extract(PDFTOTEXT_SR_REPORT.format(s=sentence), source_key="report", registry=registry)
    assert [f for f in e.facts if f.relation == "adoptedAt"] == []
