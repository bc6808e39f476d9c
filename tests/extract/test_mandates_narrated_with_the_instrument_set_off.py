"""Mandates a note narrates with the instrument set off from its verb (E130, from the spent u150).
Invented bodies, numbers, dates and wording:

- "X was, in that resolution, requested to ...", "were, by the same decision, invited to": the
  back-reference between the auxiliary and the participle;
- "..., and it was invited, by the same resolution, to consult ...", "By the same resolution, it
  was invited to ...": "it" is the body the sentence (or the sentence before) opened with;
- "The Committee first came into being under resolution 3351 (XXIX), by which ...": a phrase of
  origin, as "was established by" would say;
- "...; the resolution, as adopted on 24 December 2025, instead encourages the Committee to ...",
  "Resolution 80/238, as adopted on ..., encourages ...": the day set off after the number or after
  the kind word alone, and the present verb after it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ga/committee-on-timetables> a mg:Body ; mg:key "ga/committee-on-timetables" ;
    skos:prefLabel "Committee on Meeting Timetables"@en ; mg:shortName "Committee" ;
    mg:symbolPrefix "A/AC.991" ; org:subOrganizationOf <body/ga> .
<body/office-of-venues> a mg:Body ; mg:key "office-of-venues" ;
    skos:prefLabel "Office of Conference Venues"@en ; skos:altLabel "Office"@en .
"""

HEAD = (
    "                                                   A/AC.991/2032/2\nUnited Nations\n"
    "General Assembly                                   Distr.: General\n"
    "                                                   14 January 2032\n\n"
    "Committee on Meeting Timetables\nOrganizational session\n\nMandate of the Committee\nNote by the Secretariat\n\n"
)
COMMITTEE = BodyRef("ga/committee-on-timetables")
OFFICE = BodyRef("office-of-venues")


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _facts(paragraphs: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(HEAD + paragraphs, source_key="note", registry=registry).facts}


def _ga(session: str, number: str) -> InstrumentRef:
    return InstrumentRef("ga", "resolution", session, number)


@pytest.mark.parametrize(
    ("told", "relation"),
    [
        ("The Office of Conference Venues was, in that resolution, requested to provide the Committee with data.", "requests"),
        ("The Office of Conference Venues was, by the same resolution, invited to provide the Committee with data.", "invites"),
        ("The Office of Conference Venues was, under that resolution, asked to provide the data.", "requests"),
    ],
)
def test_a_back_reference_between_auxiliary_and_participle(registry: BodyRegistry, told: str, relation: str) -> None:
    facts = _facts(f"5. The Committee was entrusted, by resolution 74/301 of 20 December 2019, with monitoring. {told}\n", registry)
    assert (_ga("74", "301"), relation, OFFICE) in facts


@pytest.mark.parametrize(
    "told",
    [
        "5. The Committee was entrusted, by resolution 74/302 of 20 December 2019, with monitoring services, "
        "and it was invited, by the same resolution, to consult the bureaux.\n",
        "5. The Committee was entrusted, by resolution 74/302 of 20 December 2019, with monitoring services. "
        "By the same resolution, it was invited to consult the bureaux.\n",
        "5. The Committee was established by resolution 74/302 of 20 December 2019, and it was further "
        "invited, in that resolution, to consult the bureaux.\n",
    ],
)
def test_it_is_the_body_the_account_opened_with(registry: BodyRegistry, told: str) -> None:
    assert (_ga("74", "302"), "invites", COMMITTEE) in _facts(told, registry)


@pytest.mark.parametrize(
    "told",
    [
        "2. The Committee on Meeting Timetables first came into being under resolution 3410 (XXX) of 15 December 1975, "
        "by which the General Assembly set it up for an experimental period.\n",
        "2. The Committee on Meeting Timetables came into existence by resolution 3410 (XXX) of 15 December 1975.\n",
        "2. The Committee originally came into being through General Assembly resolution 3410 (XXX).\n",
    ],
)
def test_came_into_being_under_an_instrument(registry: BodyRegistry, told: str) -> None:
    assert (_ga("30", "3410"), "establishes", COMMITTEE) in _facts(told, registry)


def test_came_into_being_without_an_instrument_says_nothing(registry: BodyRegistry) -> None:
    facts = _facts("2. The Committee came into being after long negotiations, as resolution 3410 (XXX) recalls.\n", registry)
    assert not any(rel == "establishes" for _, rel, _ in facts)


@pytest.mark.parametrize(
    ("told", "number"),
    [
        (
            "7. A proposal made during the consultations on resolution 80/301 that the Assembly establish a working group "
            "was not retained; the resolution, as adopted on 22 December 2025, instead encourages the Committee to address "
            "the question under its regular agenda item.\n", "301",
        ),
        ("7. Resolution 80/302, as adopted on 22 December 2025, encourages the Committee to address the question.\n", "302"),
        (
            "7. The Assembly debated resolution 80/303 at length. The resolution, as adopted on 22 December 2025, "
            "encourages the Committee to address the question.\n", "303",
        ),
    ],
)
def test_the_day_set_off_after_the_instrument_or_its_kind_word(registry: BodyRegistry, told: str, number: str) -> None:
    facts = _facts(told, registry)
    assert (_ga("80", number), "adoptedOn", dt.date(2025, 12, 22)) in facts
    assert (_ga("80", number), "encourages", COMMITTEE) in facts


def test_a_proposal_not_retained_is_no_mandate(registry: BodyRegistry) -> None:
    # the clause after the semicolon has no verb of mandate: the proposal's words ask nobody
    facts = _facts(
        "7. A proposal made during the consultations on resolution 80/304 that the Assembly request the Committee "
        "to establish a working group was not retained; the resolution, as adopted on 22 December 2025, is silent on it.\n",
        registry,
    )
    assert not any(s == _ga("80", "304") and rel in ("requests", "invites", "establishes") for s, rel, _ in facts)


@pytest.mark.parametrize(
    "told",
    [
        "4. It was resolution 40/311 of 18 December 1985 that first gave the Committee the function for which it is best "
        "known: the Assembly there decided that no subsidiary organ may meet without its authorization, and requested the "
        "Committee on Meeting Timetables to consider the requests of subsidiary organs.\n",
        "4. It was by its resolution 40/311 that the General Assembly requested the Committee to consider the requests of "
        "subsidiary organs.\n",
    ],
)
def test_a_cleft_names_the_instrument_the_sentence_is_about(registry: BodyRegistry, told: str) -> None:
    assert (_ga("40", "311"), "requests", COMMITTEE) in _facts(told, registry)


@pytest.mark.parametrize(
    ("told", "relation"),
    [
        # (E143, from the spent u172) the auxiliary before the back-reference set off, "by" or "in"
        ("The General Assembly had, by that resolution, also asked the Office of Conference Venues to provide data.", "requests"),
        ("The General Assembly has, in the same resolution, invited the Office of Conference Venues to provide data.", "invites"),
        ("The General Assembly had, through that resolution,\nfurther requested the Office of Conference Venues to provide data.", "requests"),
    ],
)
def test_the_auxiliary_then_the_back_reference_set_off(registry: BodyRegistry, told: str, relation: str) -> None:
    facts = _facts(f"5. The Committee was entrusted, by resolution 74/305 of 20 December 2019, with monitoring. {told}\n", registry)
    assert (_ga("74", "305"), relation, OFFICE) in facts


def test_the_auxiliary_without_a_back_reference_names_no_instrument(registry: BodyRegistry) -> None:
    facts = _facts(
        "5. The Committee was entrusted, by resolution 74/306 of 20 December 2019, with monitoring. "
        "The General Assembly had, by then, also asked the Office of Conference Venues to provide data.\n",
        registry,
    )
    assert (_ga("74", "306"), "requests", OFFICE) not in facts


@pytest.mark.parametrize(
    "told",
    [
        # (E143, from the spent u170) two names joined before a plural passive: both are asked
        "By the same resolution, the Office of Conference Venues and the Committee on Meeting Timetables were invited to "
        "take the findings into account.",
        "In that resolution, the Office of Conference Venues and the Committee were also invited to take the findings into account.",
    ],
)
def test_two_names_joined_before_a_plural_passive(registry: BodyRegistry, told: str) -> None:
    facts = _facts(f"5. The Committee was entrusted, by resolution 74/307 of 20 December 2019, with monitoring. {told}\n", registry)
    assert (_ga("74", "307"), "invites", OFFICE) in facts
    assert (_ga("74", "307"), "invites", COMMITTEE) in facts


def test_a_singular_passive_asks_only_the_name_before_it(registry: BodyRegistry) -> None:
    facts = _facts(
        "5. The Committee was entrusted, by resolution 74/308 of 20 December 2019, with monitoring. By the same resolution, "
        "having consulted the Office of Conference Venues, the Committee was invited to take the findings into account.\n",
        registry,
    )
    assert (_ga("74", "308"), "invites", COMMITTEE) in facts
    assert (_ga("74", "308"), "invites", OFFICE) not in facts
