"""Lists of related instruments printed one a line without blank lines (web pages, records):

    Related decisions
    2027/17 – UNOPS strategic plan, 2026–2029: midterm review
    2024/7 – Joint approach to cost recovery: progress report
    Related documents
    DP/FPA/OPS/2027/4 – Joint report on ...

each line is an item of its own; a bare number takes its kind from the heading ("decisions"), a
number in a body's convention ("43 C/Resolution 26") needs none; each is mentioned with its title,
and none is cited by the instrument whose text ends above the list."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/kelp-board> a mg:Body ; mg:key "kelp-board" ; skos:prefLabel "Executive Board of the Kelp Fund"@en ;
    mg:shortName "Executive Board" ; mg:symbolPrefix "KF" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/fern-conference> a mg:Body ; mg:key "fern-conference" ; skos:prefLabel "Fern Conference"@en ;
    mg:symbolPrefix "FC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{session} FC/Resolution {number}" ; mg:instrumentKind "resolution" ] .
"""


@pytest.fixture
def registry(tmp_path: Path) -> BodyRegistry:
    path = tmp_path / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


DECISION = (
    "KF/2031/DEC/18\n\nDecision 2031/18\n\nKelp forests\n\nThe Executive Board,\n\n"
    "1. Requests the secretariat to report on kelp forests.\n\n3 September 2031\n\n{lists}\n"
)


@pytest.mark.parametrize("heading, kind", [("Related decisions", "decision"), ("Related resolutions", "resolution"), ("Decisions referred to", "decision")])
def test_bare_numbers_under_a_heading_of_their_kind(registry: BodyRegistry, heading: str, kind: str) -> None:
    lists = f"{heading}\n2031/17 – Kelp strategic plan, 2030–2033: midterm review\n2029/7 – Joint approach to cost recovery\nRelated documents\nKF/2031/4 – Report on kelp"
    found = facts(DECISION.format(lists=lists), registry)
    first, second = (InstrumentRef("kelp-board", kind, s, n) for s, n in (("2031", "17"), ("2029", "7")))
    assert (first, "title", "Kelp strategic plan, 2030–2033: midterm review") in found
    assert (second, "title", "Joint approach to cost recovery") in found
    own = InstrumentRef("kelp-board", "decision", "2031", "18")
    assert not [f for f in found if f[0] == own and f[1] == "cites"]


def test_numbers_in_a_convention_need_no_heading_of_their_kind(registry: BodyRegistry) -> None:
    lists = "Related items\n12 FC/Resolution 26 – Fern programme: approved budget 2030–2033\n12 FC/Resolution 28 – Ethics of spores\nRelated documents\n12 FC/37 – Report of the Director"
    text = (
        "12 FC/Resolution 27\n\nFern ethics\n\nThe Fern Conference,\n\n1. Requests the secretariat to report.\n\n" + lists + "\n"
    )
    found = facts(text, registry)
    assert (InstrumentRef("fern-conference", "resolution", "12", "26"), "title", "Fern programme: approved budget 2030–2033") in found
    assert (InstrumentRef("fern-conference", "resolution", "12", "28"), "title", "Ethics of spores") in found
    assert not [f for f in found if f[1] == "cites"]


@pytest.mark.parametrize("line, item", [
    ("2027/17 – UNOPS strategic plan, 2026–2029: midterm review", True),
    ("43 C/Resolution 26 – Bioethics programme", True),
    ("DP/FPA/OPS/2027/4 – Joint report on the harmonization", True),
    ("Resolution A.1173(33) -- Strategic Plan for the Organization", True),
    # a sentence (a full stop), a year alone, a long clause before the dash: no item
    ("2027/17 – UNOPS strategic plan.", False),
    ("2031 – The year of the review", False),
    ("In its decision 2027/17 adopted at the annual session of the Board – The Board", False),
    ("the plan 2027/17 – which the Board adopted", False),
])
def test_what_an_item_of_such_a_list_is(line: str, item: bool) -> None:
    cleaning = importlib.import_module("mandate_graph.loaders.extract.clean")
    text = "Related decisions\n" + line
    first, second = cleaning._lines(text)[0]
    assert cleaning._listed_item(text, second) is item
    assert cleaning._starts_block(text, second, first, cleaning._lines(text)[1]) is (item or second.starts_paragraph)


def test_a_bare_number_under_another_heading_is_no_instrument(registry: BodyRegistry) -> None:
    lists = "Background\n2031/17 – Kelp strategic plan, 2030–2033: midterm review"
    found = facts(DECISION.format(lists=lists), registry)
    assert not [f for f in found if f[1] == "title" and isinstance(f[0], InstrumentRef) and f[0].number == "17"]


# A programme budget's annex of legislative mandates: each body's instruments under a heading that
# names the body and the kind, one a row of two cells (number, title), tab- or space-aligned.
MANDATES_ANNEX = """A/86/6 (Sect. 24)
United Nations
General Assembly
Eighty-sixth session
Proposed programme budget for 2032

Annex I
Legislative mandates

General Assembly resolutions
{ga}

Human Rights Council resolutions
{hrc}
"""


# (a colon or a stop closing the number, E248: the cleaner keeps one instrument a line, and the
# number's stop ends no sentence)
@pytest.mark.parametrize("gap", ["\t", "    ", " – ", ": ", ". ", ".\t"])
def test_legislative_mandates_under_each_issuer_s_heading(gap: str) -> None:
    ga = gap.join(["48/141", "High Commissioner for the promotion and protection of all human rights"]) + "\n" + gap.join(["84/190", "Protection of migrants"])
    hrc = gap.join(["5/1", "Institution-building of the United Nations Human Rights Council"]) + "\n" + gap.join(["5/2", "Code of Conduct for Special Procedures Mandate-holders"])
    found = facts(MANDATES_ANNEX.format(ga=ga, hrc=hrc), load_registry(DEFAULT_BASE_IRI))
    assert (InstrumentRef("ga", "resolution", "48", "141"), "title", "High Commissioner for the promotion and protection of all human rights") in found
    assert (InstrumentRef("ga", "resolution", "84", "190"), "title", "Protection of migrants") in found
    # the Council's, as its heading says, not the Assembly's whose document this is
    assert (InstrumentRef("hrc", "resolution", "5", "1"), "title", "Institution-building of the United Nations Human Rights Council") in found
    assert not [f for f in found if isinstance(f[0], InstrumentRef) and f[0].issuer == "ga" and f[0].number == "1"]


@pytest.mark.parametrize("closing", [": ", ". "])
def test_closed_numbers_in_sentences_or_under_no_issuer_list_none(closing: str) -> None:
    # a sentence after the number (its full stop), a heading that names no kind (E248's near misses)
    hrc = "5/1" + closing + "The Council adopted it without a vote.\n5/2" + closing + "The Council took note of it."
    found = facts(MANDATES_ANNEX.format(ga="84/190" + closing + "Protection of migrants", hrc=hrc), load_registry(DEFAULT_BASE_IRI))
    assert not [f for f in found if f[1] == "title" and isinstance(f[0], InstrumentRef) and f[0].issuer == "hrc"]
    other = MANDATES_ANNEX.replace("General Assembly resolutions", "Resources by component").format(
        ga="2031/32" + closing + "Receipts from sales\n2031/33" + closing + "Posts funded", hrc=""
    )
    assert not [f for f in facts(other, load_registry(DEFAULT_BASE_IRI)) if f[1] == "title" and isinstance(f[0], InstrumentRef)]


def test_numbers_under_a_heading_of_no_kind_or_in_sentences_list_none() -> None:
    text = MANDATES_ANNEX.replace("General Assembly resolutions", "Resources by component").format(
        ga="2031/32\tReceipts from sales\n2031/33\tPosts funded", hrc="5/1 The Council adopted it without a vote.\n5/2 See above."
    )
    found = facts(text, load_registry(DEFAULT_BASE_IRI))
    assert not [f for f in found if f[1] == "title" and isinstance(f[0], InstrumentRef)]


@pytest.mark.parametrize("gap", ["   ", " – "])
def test_the_council_s_resolutions_numbered_with_their_year(gap: str) -> None:
    rows = "\n".join(gap.join(pair) for pair in (("1325 (2000)", "Women and peace and security"), ("2250 (2015)", "Youth, peace and security")))
    text = MANDATES_ANNEX.format(ga="84/190" + gap + "Protection of migrants", hrc="5/1" + gap + "Institution-building").replace(
        "Human Rights Council resolutions", "Security Council resolutions\n" + rows + "\n\nHuman Rights Council resolutions"
    )
    found = facts(text, load_registry(DEFAULT_BASE_IRI))
    assert (InstrumentRef("security-council", "resolution", "2000", "1325"), "title", "Women and peace and security") in found
    assert (InstrumentRef("security-council", "resolution", "2015", "2250"), "title", "Youth, peace and security") in found
    # under a heading that names no body, whose series a year-numbered item is stays unsaid
    unnamed = MANDATES_ANNEX.format(ga="84/190" + gap + "Protection of migrants", hrc="").replace(
        "Human Rights Council resolutions", "Other resolutions\n" + rows
    )
    assert not [f for f in facts(unnamed, load_registry(DEFAULT_BASE_IRI)) if isinstance(f[0], InstrumentRef) and f[0].number == "1325"]
