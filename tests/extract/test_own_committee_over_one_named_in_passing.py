"""E269: "the Committee" in a section that names another committee of the same short name once, in
passing, is the committee the document named before (the one whose report it carries), not the
one met in passing; a section about the other committee (named more than once) stays its own, and
a sentence that names the other committee keeps it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract

from tests.extract.phrasing import BASE, REFERENCE, stated

HAZARDS = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/ccr/committee-on-hazards> a mg:Body ;
    mg:key "ccr/committee-on-hazards" ;
    skos:prefLabel "Committee on Coastal Hazards"@en ;
    mg:shortName "Committee" ;
    mg:symbolPrefix "E/CN.21/CH" ;
    mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/ccr> .
"""


@lru_cache(maxsize=1)
def _registry() -> BodyRegistry:
    import tempfile

    folder = Path(tempfile.mkdtemp())
    (folder / "hazards.ttl").write_text(HAZARDS)
    return load_registry(BASE, [REFERENCE, folder / "hazards.ttl"])


def _facts(text: str) -> set[tuple[str, str, str]]:
    return stated(extract(text, source_key="test", registry=_registry()))


COVER = (
    "From:\tCoastal Data Section <ccd@example.org>\n"
    "Sent:\tMonday, 9 May 2033 10:12\n"
    "Subject:\tAdvance report - Committee on Coastal Data, fourth session (E/CN.21/CD/2033/6)\n\n"
    "Dear colleagues,\n\n"
    "Please find below the main paragraphs of the report of the Committee on Coastal Data on its fourth "
    "session, held in Lisbon from 3 to 5 May 2033.\n\n"
    "Kind regards,\nThe secretariat\n\n"
)

PASSING = [
    # the other committee named once, after the paragraph the short name was read in
    "I. Matters brought to the attention of the Commission\n\n"
    "1. The Committee took note of the survey of tide gauges (E/CN.21/CD/2033/2).\n\n"
    "2. The Committee noted that it would meet in alternate years with the Committee on Coastal Hazards.\n\n"
    "3. The Committee decided that its fifth session would be held in Manila from 2 to 4 June 2035.\n",
    # named once in the first paragraph, in a list of partners
    "II. Deliberations\n\n"
    "1. The Committee welcomed the joint work carried out with the Committee on Coastal Hazards and other partners.\n\n"
    "2. The Committee considered the progress report (E/CN.21/CD/2033/2).\n\n"
    "3. The Committee agreed that its fifth session would be held in Manila from 2 to 4 June 2035.\n",
]


def test_the_committee_stays_the_documents_own_over_one_named_in_passing() -> None:
    for section in PASSING:
        facts = _facts(COVER + section)
        assert ("heldIn", "ccr/committee-on-data#5", "Manila") in facts, section
        assert not any("committee-on-hazards#" in s for _, s, _ in facts), section


def test_a_section_about_the_other_committee_stays_its_own() -> None:
    # near miss: the section names the other committee twice, it is about it
    section = (
        "I. Work of the Committee on Coastal Hazards\n\n"
        "1. The Committee on Coastal Hazards met in Suva. The Committee on Coastal Hazards decided that its "
        "third session would be held in Manila from 2 to 4 June 2035.\n"
    )
    facts = _facts(COVER + section)
    assert ("heldIn", "ccr/committee-on-hazards#3", "Manila") in facts
    assert not any(s == "ccr/committee-on-data#3" for _, s, _ in facts)


def test_the_section_naming_no_other_committee_is_unchanged() -> None:
    section = "I. Deliberations\n\n1. The Committee decided that its fifth session would be held in Manila from 2 to 4 June 2035.\n"
    facts = _facts(COVER + section)
    assert ("heldIn", "ccr/committee-on-data#5", "Manila") in facts
