"""G4 (round 22): do E265–E267's rules hold for bodies and layouts their writers did not use?
Invented cells of the probe `/work/grid/r22/g4_probe.py` worth keeping.

Widened here (the cells failed on main):
- E266's session named as the instrument's author after a passive: "resolution WHA86.11 was
  adopted by the Eighty-sixth World Health Assembly on 30 May 2033" (`sessions_with_instruments.
  _INSTRUMENT_THEN_SESSION`), as "…, adopted by the …" was.
- E266's "(document X), held in" with "see": "(see document E/CN.21/2030/9), held in" (`relate._HELD`).
- E267's masthead session line with the item run into it, the session's days between: "Sixty-first
  session 24 February–3 April 2036 Agenda items 2 and 3" (`document._SESSION_RUN_INTO_ITEM`,
  `relate._AGENDA_ITEM_LINE`, with `dates.DATE_TEXT`).
- E265's one verb establishing two bodies, the second "a science-policy panel on …"
  (`new_bodies._MODIFIER`).

Held at once (kept so they stay held): "In paragraph N of its resolution …" for ECOSOC, the
Security Council and a functional commission; E265's two bodies for ECOSOC; a report titled by the
head of a treaty working group's name; E267's bare formula for the Human Rights Council.

Near misses: another Assembly's ordinal after the passive; a bracket followed by another clause; a
session line with its days and no item; a group and a trust fund."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import DocumentRef, GatheringRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import in_sg_report, registry, stated
from tests.extract.reference_data import registry_from_turtle
from tests.extract.test_sessions_named_as_agents import ADOPTION, told


# ---- E266: the session as the instrument's author, after a passive ----
@pytest.mark.parametrize(
    ("sentence", "facts"),
    [
        ("Resolution WHA86.11 was adopted by the Eighty-sixth World Health Assembly on 30 May 2033.",
         {("adoptedAt", "wha/res/86/11", "wha#86"), ("adoptedOn", "wha/res/86/11", "2033-05-30")}),
        ("The Committee recalled that resolution CD65.R4 had been adopted by the 65th Directing Council on 29 September 2033.",
         {("adoptedAt", "paho-dc/res/65/4", "paho-dc#65"), ("adoptedOn", "paho-dc/res/65/4", "2033-09-29")}),
        ("The Commission recalled resolution WHA86.11, adopted by the 86th World Health Assembly on 30 May 2033.",
         {("adoptedAt", "wha/res/86/11", "wha#86"), ("adoptedOn", "wha/res/86/11", "2033-05-30")}),
    ],
)
def test_a_session_named_as_the_agent_of_a_passive(sentence: str, facts: set[tuple[str, str, str]]) -> None:
    assert told(sentence, *ADOPTION) == facts


def test_a_passive_by_another_session_adopted_nothing() -> None:
    assert not told("Resolution WHA86.11 was adopted by the Eighty-seventh World Health Assembly on 30 May 2034.", "adoptedAt")


# ---- E266: "(see document X), held in" ----
@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission adopted the report of its eleventh session (see document E/CN.21/2030/9), held in Geneva from 21 to 25 April 2030.",
        "The Commission adopted the report of its eleventh session (documents E/CN.21/2030/9 and Add.1), held in Geneva from 21 to 25 April 2030.",
        "The Commission adopted the report of its eleventh session (document E/CN.21/2030/9), which was held in Geneva from 21 to 25 April 2030.",
    ],
)
def test_a_session_held_after_a_bracket_of_its_documents(sentence: str) -> None:
    facts = told(sentence, "heldIn", "heldOn")
    assert {("heldIn", "ccr#11", "Geneva"), ("heldOn", "ccr#11", "2030-04-21/2030-04-25")} <= facts


def test_a_see_bracket_before_another_clause_gives_no_days() -> None:
    facts = told(
        "The Commission adopted the report of its eleventh session (see document E/CN.21/2030/9) and decided that a workshop would be held in Geneva from 21 to 25 April 2030.",
        "heldOn",
    )
    assert ("heldOn", "ccr#11", "2030-04-21/2030-04-25") not in facts


# ---- E267: the session line with its days, the item run into it ----
def _submitted(text: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in stated(extract(text, source_key="t", registry=registry())) if r == "submittedTo"}


_BODY = "\nReport of the Secretary-General\n\n1. The present report covers the period under review.\n"


@pytest.mark.parametrize(
    ("masthead", "symbol", "session"),
    [
        # the Human Rights Council's masthead flattened: session, its days, the items, the title
        ("A/HRC/61/20\nGeneral Assembly\nDistr.: General\n10 January 2036\nHuman Rights Council\n"
         "Sixty-first session 24 February–3 April 2036 Agenda items 2 and 3 Annual report\n", "A/HRC/61/20", "hrc#61"),
        # a functional commission's in Markdown, the session in a bold run
        ("**United Nations** **E/CN.6/2036/3**\n\n# **Economic and Social Council**\n\nDistr.: General 10 December 2035\n\n"
         "**Commission on the Status of Women**\n\n**Eightieth session** 9–20 March 2036 Item 3 (a) of the provisional agenda\\* **Follow-up**\n",
         "E/CN.6/2036/3", "ecosoc/csw#80"),
        # the invented commission's, the days within one month
        ("E/CN.21/2031/4\nEconomic and Social Council\nDistr.: General\n2 January 2031\nCommission on Coastal Resilience\n"
         "Twelfth session 10-14 March 2031 Item 3 (b) of the provisional agenda* Early warning systems\n", "E/CN.21/2031/4", "ccr#12"),
    ],
)
def test_the_run_in_session_line_with_its_days(masthead: str, symbol: str, session: str) -> None:
    assert (symbol, session) in _submitted(masthead + _BODY)


def test_a_session_line_with_its_days_and_no_item_submits_nothing() -> None:
    text = (
        "A/HRC/61/20\nGeneral Assembly\nDistr.: General\n10 January 2036\nHuman Rights Council\n"
        "Sixty-first session 24 February–3 April 2036 Annual report\n" + _BODY
    )
    assert not _submitted(text)


# ---- E265: one verb, two bodies ----
@pytest.mark.parametrize(
    "sentence",
    [
        "By resolution 6/5, the United Nations Environment Assembly decided to establish an ad hoc open-ended working group on"
        " chemicals and a science-policy panel on pollution prevention.",
        "By its resolution 2030/12, the Economic and Social Council established a standing committee on rural statistics and an"
        " advisory board on gender data.",
        "In its resolution 78/200, the General Assembly decided to establish an open-ended working group on ocean data and an"
        " intergovernmental expert group on coastal statistics.",
    ],
)
def test_one_verb_establishes_two_bodies_of_other_organs(sentence: str) -> None:
    assert len(in_sg_report(sentence, "establishes")) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "In resolution 78/202, the General Assembly decided to establish an open-ended working group on ocean data and a voluntary"
        " trust fund for participation.",
        "In resolution 78/203, the General Assembly decided to establish an expert group on census methods and a roster of national experts.",
    ],
)
def test_a_body_and_a_thing_that_is_no_body(sentence: str) -> None:
    assert len(in_sg_report(sentence, "establishes")) == 1


# ---- E265: "In paragraph N of its resolution …" for other organs ----
_NOTE = "RSC/CSP/10/5\n\nConference of the States Parties to the Convention on River Sediments\n\nDistr.: General\n9 May 2035\n\nNote by the secretariat\n\n1. {s}\n"


@pytest.mark.parametrize(
    ("sentence", "resolution"),
    [
        ("In paragraph 12 of its resolution 2030/5 of 20 July 2030, the Economic and Social Council requested the Secretary-General to report.",
         "ecosoc/res/2030/5"),
        ("In paragraph 3 of its resolution 2700 (2033), the Security Council requested the Secretary-General to report.",
         "security-council/res/2033/2700"),
        ("In paragraphs 2 and 4 of its resolution 55/1, the Commission on the Status of Women requested the Secretary-General to collect data.",
         "ecosoc/csw/res/55/1"),
    ],
)
def test_the_paragraph_of_its_resolution_for_other_organs(sentence: str, resolution: str) -> None:
    facts = stated(extract(_NOTE.format(s=sentence), source_key="t", registry=registry()))
    assert ("requests", resolution, "secretary-general") in facts


# ---- E265: a report titled by the head of a treaty working group's name ----
TREATY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/pcd-mop> a mg:Body ; mg:key "pcd-mop" ;
    skos:prefLabel "Meeting of the Parties to the Protocol on Coastal Dumping"@en ;
    mg:shortName "Meeting of the Parties" ; mg:symbolPrefix "PCD/MOP" ; mg:gatheringTerm "meeting" ;
    mg:issuesInstruments true .
<body/pcd-mop/oewg> a mg:Body ; mg:key "pcd-mop/oewg" ;
    skos:prefLabel "Open-ended Working Group of the Parties to the Protocol on Coastal Dumping"@en ;
    mg:shortName "Working Group" ; mg:symbolPrefix "PCD/OEWG" ; mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/pcd-mop> .
"""


@pytest.fixture(scope="module")
def treaty(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, TREATY)


@pytest.mark.parametrize(
    "title",
    ["Report of the Open-ended Working Group on the work of its fourteenth meeting", "Report of the Open-ended Working Group on its fourteenth meeting"],
)
def test_a_working_groups_report_titled_by_the_head_of_its_name(title: str, treaty: BodyRegistry) -> None:
    text = (
        "PCD/OEWG.14/9\n\nOpen-ended Working Group of the Parties to the Protocol on Coastal Dumping\n\n12 July 2034\n\n"
        f"Fourteenth meeting\nBangkok, 8-11 July 2034\n\n{title}\n\n1. The Open-ended Working Group met in Bangkok.\n"
    )
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="t", registry=treaty).facts}
    assert (DocumentRef(symbols=("PCD/OEWG.14/9",)), "reportOf", GatheringRef("pcd-mop/oewg", "meeting", 14)) in facts


# ---- E267: the bare formula of the Human Rights Council ----
def test_the_councils_bare_formula_heads_its_resolution() -> None:
    text = (
        "A/HRC/61/2\nGeneral Assembly\nDistr.: General\n10 April 2036\nHuman Rights Council\nSixty-first session\n"
        "Resolutions adopted by the Human Rights Council at its sixty-first session\n"
        "61/4\nRight to food\nThe Human Rights Council,\n1. Welcomes the report;\n"
        "61/5\nCultural rights\nThe Human Rights Council\n"
        "1. Requests the Office of the United Nations High Commissioner for Human Rights to prepare a study;\n"
        "2. Decides to remain seized of the matter.\n"
    )
    facts = stated(extract(text, source_key="t", registry=registry()))
    assert ("title", "hrc/res/61/5", "Cultural rights") in facts
    assert ("requests", "hrc/res/61/5", "ohchr") in facts
    assert not {f for f in facts if f[0] == "requests" and f[1] == "hrc/res/61/4"}
