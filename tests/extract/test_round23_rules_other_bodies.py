"""Do the twenty-third round's rules (E271–E274) hold for bodies and layouts their writers did not
use? Cells of the G5 probe (`/work/grid/r23/g5_probe.py`) worth keeping: an invented treaty's
Conference of the States Parties with its Subsidiary Body and Implementation Committee, two funds
whose governing organs (a Governing Council, an Executive Board) sit beside an Ethics Office each,
the shipped data's Commission on Narcotic Drugs, Human Rights Council, COPUOS and CEDAW.

Four rules widened (G5):
- "its <organ>" said by a governing organ is its organization's organ when the organ has none of
  that name itself ("the Executive Board of the Mangrove Fund … requested its Ethics Office": the
  Fund's office, the Board's sibling), `resolve._organ_of_its_owner`;
- a town said once for two future sessions told by month and year ("will hold its fourteenth
  session in Bonn in November 2038 and its fifteenth session in November 2040"), `rules.venue_said_once`;
- "On 7 November 2036, at its closing plenary session, the Conference adopted the decisions
  contained below": the day first, then the sitting (`relate._DAY_OPENS`, `_THEN_SITTING`);
- a table of gatherings whose report column is headed "Document" (`rules.meeting_tables._REPORT_HEADER`).

Near misses: an owner's own organ of the name wins; the other fund's office named in full keeps its
name; a second session with a town of its own; a past narrative; "recommended that the Conference
adopt the draft decisions reproduced below"; a day with no sitting after it; a table under no lead-in.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import REFERENCE, key

TURTLE = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/rsc-cop> a mg:Body ; mg:key "rsc-cop" ;
    skos:prefLabel "Conference of the States Parties to the Convention on River Sediments"@en ;
    mg:shortName "Conference" ; mg:symbolPrefix "RSC/CSP" ; mg:gatheringTerm "session" ;
    mg:issuesInstruments true .
<body/rsc-cop/sbsa> a mg:Body ; mg:key "rsc-cop/sbsa" ;
    skos:prefLabel "Subsidiary Body on Scientific Advice of the Convention on River Sediments"@en ;
    skos:altLabel "Subsidiary Body on Scientific Advice"@en , "SBSA"@en ;
    mg:shortName "Subsidiary Body" ; mg:symbolPrefix "RSC/SBSA" ; mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/rsc-cop> .
<body/rsc-cop/ic> a mg:Body ; mg:key "rsc-cop/ic" ;
    skos:prefLabel "Implementation Committee of the Convention on River Sediments"@en ;
    skos:altLabel "Implementation Committee"@en ;
    mg:shortName "Implementation Committee" ; mg:symbolPrefix "RSC/IC" ; mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/rsc-cop> .
<body/kfund> a mg:Body ; mg:key "kfund" ;
    skos:prefLabel "Kelp Fund"@en ; mg:shortName "Fund" .
<body/kfund/gc> a mg:Body ; mg:key "kfund/gc" ;
    skos:prefLabel "Governing Council of the Kelp Fund"@en ;
    mg:shortName "Governing Council" ; mg:symbolPrefix "KF/GC" ; mg:gatheringTerm "session" ;
    mg:issuesInstruments true ; org:subOrganizationOf <body/kfund> ;
    mg:instrumentNumbering [ mg:numberTemplate "GC-{session}/{number}" ; mg:instrumentKind "decision" ] .
<body/kfund/ethics> a mg:Body ; mg:key "kfund/ethics" ;
    skos:prefLabel "Ethics Office of the Kelp Fund"@en ; skos:altLabel "Ethics Office"@en ;
    org:subOrganizationOf <body/kfund> .
<body/mfund> a mg:Body ; mg:key "mfund" ;
    skos:prefLabel "Mangrove Fund"@en ; mg:shortName "Fund" .
<body/mfund/eb> a mg:Body ; mg:key "mfund/eb" ;
    skos:prefLabel "Executive Board of the Mangrove Fund"@en ;
    mg:shortName "Executive Board" ; mg:symbolPrefix "MF/EB" ; mg:gatheringTerm "session" ;
    mg:issuesInstruments true ; org:subOrganizationOf <body/mfund> ;
    mg:instrumentNumbering [ mg:numberTemplate "EB-{session}/{number}" ; mg:instrumentKind "decision" ] .
<body/mfund/ethics> a mg:Body ; mg:key "mfund/ethics" ;
    skos:prefLabel "Ethics Office of the Mangrove Fund"@en ; skos:altLabel "Ethics Office"@en ;
    org:subOrganizationOf <body/mfund> .
"""
UN_SYSTEM = Path(__file__).resolve().parents[2] / "ontology" / "reference" / "optional" / "un-system.ttl"


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("g5") / "bodies.ttl"
    path.write_text(TURTLE, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [REFERENCE, UN_SYSTEM, path])


def _facts(text: str, registry: BodyRegistry) -> set[tuple[str, str, str]]:
    return {(f.relation, key(f.subject), key(f.object)) for f in extract(text, source_key="g5", registry=registry).facts}


def _para(mast: str, *ps: str) -> str:
    return mast + "\n\n".join(f"{n}. {p}" for n, p in enumerate(ps, 1)) + "\n"


GA_MAST = ("A/C.2/91/4\nGeneral Assembly\nDistr.: General\n3 October 2036\nOriginal: English\nNinety-first session\n"
           "Second Committee\nAgenda item 18\n\nNote by the Secretariat\n\n")
CSP_MAST = ("RSC/CSP/13/2\nDistr.: General\n2 August 2036\nOriginal: English\n\nConference of the States Parties to the "
            "Convention on River Sediments\nThirteenth session\nBonn, 3-7 November 2036\nItem 4 of the provisional agenda\n\n"
            "Note by the secretariat\n\n")
CND_MAST = ("E/CN.7/2036/3\nEconomic and Social Council\nDistr.: General\n2 January 2036\nOriginal: English\n\n"
            "Commission on Narcotic Drugs\nSeventy-ninth session\nVienna, 9-13 March 2036\nItem 5 of the provisional agenda\n\n"
            "Note by the Secretariat\n\n")


# ---- "its <organ>" said by a governing organ: its organization's organ ----
@pytest.mark.parametrize(
    ("sentence", "expected", "not_expected"),
    [
        ("The Governing Council of the Kelp Fund invited the Ethics Office of the Kelp Fund to brief it, and the Executive "
         "Board of the Mangrove Fund, in its decision 2036/4, requested its Ethics Office to publish its annual report.",
         ("mfund/eb/dec/2036/4", "mfund/ethics"), ("mfund/eb/dec/2036/4", "kfund/ethics")),
        ("The Executive Board of the Mangrove Fund, in its decision 2036/5, requested its Ethics Office to report, while the "
         "Ethics Office of the Kelp Fund briefed the Governing Council of the Kelp Fund.",
         ("mfund/eb/dec/2036/5", "mfund/ethics"), ("mfund/eb/dec/2036/5", "kfund/ethics")),
        ("Having heard the Ethics Office of the Mangrove Fund, the Governing Council of the Kelp Fund adopted decision GC-14/5, "
         "requesting its Ethics Office to review the policy.",
         ("kfund/gc/dec/14/5", "kfund/ethics"), ("kfund/gc/dec/14/5", "mfund/ethics")),
    ],
    ids=["namesake-before", "namesake-after", "participle"],
)
def test_a_governing_organs_its_organ_is_its_organizations(registry: BodyRegistry, sentence: str, expected: tuple[str, str], not_expected: tuple[str, str]) -> None:
    asked = {(s, o) for r, s, o in _facts(_para(GA_MAST, sentence), registry) if r == "requests"}
    assert expected in asked
    assert not_expected not in asked


def test_near_miss_an_office_named_in_full_keeps_its_name(registry: BodyRegistry) -> None:
    sentence = ("The Executive Board of the Mangrove Fund, in its decision 2036/6, requested the Ethics Office of the Kelp Fund "
                "to share its guidance.")
    asked = {(s, o) for r, s, o in _facts(_para(GA_MAST, sentence), registry) if r == "requests"}
    assert ("mfund/eb/dec/2036/6", "kfund/ethics") in asked
    assert ("mfund/eb/dec/2036/6", "mfund/ethics") not in asked


# ---- a town said once for two future sessions told by month and year ----
def test_two_future_sessions_told_by_month(registry: BodyRegistry) -> None:
    sentence = "The Conference will hold its fourteenth session in Bonn in November 2038 and its fifteenth session in November 2040."
    held = {(s, o) for r, s, o in _facts(_para(CSP_MAST, sentence), registry) if r == "heldIn"}
    assert {("rsc-cop#14", "Bonn"), ("rsc-cop#15", "Bonn")} <= held


@pytest.mark.parametrize(
    "sentence",
    [
        "The Conference will hold its fourteenth session in Bonn in November 2038 and its fifteenth session in Geneva in November 2040.",
        "The Conference held its eleventh session in Bonn in November 2032, and its twelfth session in November 2034.",
    ],
    ids=["own-town", "past-narrative"],
)
def test_near_miss_the_second_session_not_given_the_town(registry: BodyRegistry, sentence: str) -> None:
    held = {(s, o) for r, s, o in _facts(_para(CSP_MAST, sentence), registry) if r == "heldIn"}
    assert not {o for s, o in held if s in ("rsc-cop#15", "rsc-cop#12")} - {"Geneva"}


def test_held_cells_other_bodies(registry: BodyRegistry) -> None:
    cnd = _facts(_para(CND_MAST, "The Commission decided to hold its eightieth session in Vienna from 8 to 12 March 2037 and its "
                                 "eighty-first session from 13 to 17 March 2038."), registry)
    assert ("heldIn", "ecosoc/cnd#81", "Vienna") in cnd
    hrc = _facts(_para(GA_MAST, "The Human Rights Council agreed to hold its sixty-third session in Geneva from 1 to 20 June 2036 "
                                "and its sixty-fourth session from 7 September to 2 October 2036."), registry)
    assert ("heldIn", "hrc#64", "Geneva") in hrc


# ---- decisions below adopted on the sitting's day told first ----
CSP_REPORT = (
    "RSC/CSP/13/9\nDistr.: General\n20 November 2036\nOriginal: English\n\n"
    "Conference of the States Parties to the Convention on River Sediments\nThirteenth session\nBonn, 3-7 November 2036\n\n"
    "Report of the Conference of the States Parties on its thirteenth session\n\nIV. Adoption of decisions\n\n"
    "30. {sentence}\n\nDecision 13/1\n\nSediment monitoring\n\nThe Conference of the States Parties,\n\n"
    "1. Requests the Subsidiary Body on Scientific Advice to assess sediment loads;\n\nDecision 13/2\n\nBudget\n\n"
    "The Conference of the States Parties,\n\n1. Approves the budget for 2037-2038;\n\n31. The Conference closed its thirteenth session.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "On 7 November 2036, at its closing plenary session, the Conference adopted the decisions contained below.",
        "On 7 November 2036, during its final plenary session, the Conference adopted the following decisions:",
        "At its closing plenary session, on 7 November 2036, the Conference adopted the decisions reproduced below.",
    ],
    ids=["day-then-sitting", "during-final", "sitting-then-day"],
)
def test_the_sittings_day_told_first(registry: BodyRegistry, sentence: str) -> None:
    found = _facts(CSP_REPORT.format(sentence=sentence), registry)
    assert {("adoptedOn", "rsc-cop/dec/13/1", "2036-11-07"), ("adoptedOn", "rsc-cop/dec/13/2", "2036-11-07")} <= found
    assert ("adoptedAt", "rsc-cop/dec/13/1", "rsc-cop#13") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "On 7 November 2036, the Subsidiary Body recommended that the Conference adopt the draft decisions reproduced below.",
        "On 7 November 2036, at its closing plenary session, the Conference considered the draft decisions reproduced below.",
    ],
    ids=["recommended", "considered"],
)
def test_near_miss_no_adoption_no_day(registry: BodyRegistry, sentence: str) -> None:
    assert not {s for r, s, _ in _facts(CSP_REPORT.format(sentence=sentence), registry) if r == "adoptedOn"}


# ---- a table of subsidiary bodies' reports under a "Document" column ----
ROWS = (
    ("Subsidiary Body on Scientific Advice", "12th", "3–7 March 2036, Bonn, Germany", "RSC/SBSA/12/6"),
    ("Implementation Committee", "8th", "12–14 May 2036, Nairobi, Kenya", "RSC/IC/8/3"),
)


@pytest.mark.parametrize("header", ["Body\tMeeting\tDate and place\tDocument", "Subsidiary body\tSession\tDates and venue\tDocument symbol"])
def test_a_document_column_is_the_report_column(registry: BodyRegistry, header: str) -> None:
    table = header + "\n" + "".join("\t".join(r) + "\n" for r in ROWS)
    lead = "1. The Conference will have before it the reports of the following subsidiary bodies:\n"
    found = _facts(CSP_MAST + lead + table + "2. The Conference may wish to take note of the reports.\n", registry)
    assert {("reportOf", "RSC/SBSA/12/6", "rsc-cop/sbsa#12"), ("reportOf", "RSC/IC/8/3", "rsc-cop/ic#8")} <= found
    assert {("submittedTo", "RSC/SBSA/12/6", "rsc-cop#13"), ("submittedTo", "RSC/IC/8/3", "rsc-cop#13")} <= found
    assert ("heldIn", "rsc-cop/ic#8", "Nairobi") in found


# ---- held cells of other families (read on main too) ----
@pytest.mark.parametrize(
    ("sentence", "session", "town"),
    [
        ("COPUOS70 will be held in Vienna from 10 to 19 June 2037.", "ga/copuos#70", "Vienna"),
        ("EMRIP19 was held in Geneva from 7 to 11 July 2036.", "hrc/emrip#19", "Geneva"),
        ("The Subsidiary Body on Scientific Advice (SBSA) held its 12th session in Bonn.", "rsc-cop/sbsa#12", "Bonn"),
    ],
)
def test_glued_and_bracketed_abbreviations_of_other_bodies(registry: BodyRegistry, sentence: str, session: str, town: str) -> None:
    found = _facts(_para(CSP_MAST, sentence), registry)
    assert ("heldIn", session, town) in found


def test_security_councils_main_verb_past_a_recalled_relative(registry: BodyRegistry) -> None:
    mast = "S/2036/88\nSecurity Council\nDistr.: General\n3 February 2036\nOriginal: English\n\nReport of the Secretary-General\n\n"
    sentence = ("In resolution 2850 (2036), the Security Council, recalling its resolution 2700 (2033), by which it had imposed "
                "measures, decided to establish a Panel of Experts on Sediment Trafficking.")
    assert ("establishes", "security-council/res/2036/2850", "security-council/panel-of-experts-on-sediment-trafficking") in _facts(_para(mast, sentence), registry)
