"""What a reply tells of a board's decisions in running text (E98, from the spent u121): the day
and meeting of an adoption told after the decision's unquoted title ("adopted decision F.12/05
on readiness on the last day of the meeting (05.03.2031)"), a decision that "takes note of"
others and, after "and", asks something, and a meeting held in a town, its province and its
country."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract

from .phrasing import key
from .reference_data import registry_from_turtle
from .test_mail_reply_threads import BODIES


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _facts(registry: BodyRegistry, text: str) -> set[tuple[str, str, str]]:
    extraction = extract(text, source_key="reply", registry=registry)
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}


@pytest.mark.parametrize(
    ("sentence", "meant", "title", "day"),
    [
        ("The Board of the Resilience Finance Facility adopted decision F.12/05 on readiness support on the last day of the meeting (05.03.2031), "
         "after informal consultations.", "rff/board/dec/12/5", "readiness support", "2031-03-05"),
        ("One point first: the Board of the Resilience Finance Facility adopted decision F.12/6 on the risk "
         "framework on 4 March 2031.", "rff/board/dec/12/6", "the risk framework", "2031-03-04"),
        ("The Wetlands Loss Council adopted resolution C.7/02 on peatland restoration on the opening day of the session "
         "(2.6.2030), by consensus.", "wlc/res/7/2", "peatland restoration", "2030-06-02"),
    ],
)
def test_the_day_after_an_unquoted_title_is_the_adoption_day(
    registry: BodyRegistry, sentence: str, meant: str, title: str, day: str
) -> None:
    facts = _facts(registry, sentence)
    assert ("title", meant, title) in facts
    assert ("adoptedOn", meant, day) in facts
    issuer, _, session, _ = meant.rsplit("/", 3)
    assert ("adoptedAt", meant, f"{issuer}#{session}") in facts


@pytest.mark.parametrize("verb", ["recalls", "takes note of", "reaffirms"])
@pytest.mark.parametrize("asks", ["requests", "invites"])
def test_a_citing_verb_then_and_a_request(registry: BodyRegistry, verb: str, asks: str) -> None:
    text = (
        "The twelfth meeting of the Board of the Resilience Finance Facility took its decisions. "
        f"Decision F.12/07 {verb} decision F.10/3 and decision F.11/14 and {asks} the Risk Committee to report "
        "on how they have been addressed."
    )
    facts = _facts(registry, text)
    assert ("cites", "rff/board/dec/12/7", "rff/board/dec/10/3") in facts
    assert ("cites", "rff/board/dec/12/7", "rff/board/dec/11/14") in facts
    assert (asks, "rff/board/dec/12/7", "rff/board/risk-committee") in facts
    # the cited decisions ask nothing
    assert not any(r in ("requests", "invites") and s != "rff/board/dec/12/7" for r, s, _ in facts)


@pytest.mark.parametrize(
    ("where", "town"),
    [("Songdo, Incheon, Republic of Korea", "Songdo"), ("Arusha, United Republic of Tanzania", "Arusha"), ("Bonn", "Bonn")],
)
def test_a_meeting_held_in_a_town_its_province_and_its_country(registry: BodyRegistry, where: str, town: str) -> None:
    text = (
        "The decisions adopted at the twelfth meeting of the Board of the Resilience Finance Facility, held in "
        f"{where}, from 2 to 5 March 2031, are attached."
    )
    facts = _facts(registry, text)
    assert ("heldOn", "rff/board#12", "2031-03-02/2031-03-05") in facts
    assert ("heldIn", "rff/board#12", town) in facts


@pytest.mark.parametrize(
    ("told", "group", "head"),
    [
        ("the establishment of an ad hoc working group on regional presence was approved",
         "rff/board/working-group-on-regional-presence", "working group"),
        ("the creation of a task force on direct access was agreed", "rff/board/task-force-on-direct-access", "task force"),
        ("the establishment of an expert group on risk models has been endorsed", "rff/board/expert-group-on-risk-models", "expert group"),
    ],
)
def test_an_establishment_told_as_a_noun_sets_up_the_group(registry: BodyRegistry, told: str, group: str, head: str) -> None:
    text = (
        "The twelfth meeting of the Board of the Resilience Finance Facility was held in Bonn. "
        f"Under decision F.12/05, {told}, composed of four Board members. "
        f"The {head} is to hold its first meeting in Nairobi, Kenya, on May 2-4, 2031. It was decided that "
        f"the {head} should submit its recommendations to the Board at the thirteenth meeting (F.13)."
    )
    facts = _facts(registry, text)
    establishes = {o for r, s, o in facts if r == "establishes" and s == "rff/board/dec/12/5"}
    assert len(establishes) == 1
    (born,) = establishes
    assert born.endswith(group.rsplit("/", 1)[1]) or born == group
    assert ("heldIn", f"{born}#1", "Nairobi") in facts
    # the thirteenth meeting is the Board's, named right before "at the", not the group's
    assert ("meetingOf", "rff/board#13", "rff/board") in facts
    assert not any(r == "meetingOf" and s == f"{born}#13" for r, s, _ in facts)


def test_an_establishment_told_as_a_noun_but_not_approved_sets_up_nothing(registry: BodyRegistry) -> None:
    text = (
        "The twelfth meeting of the Board of the Resilience Finance Facility was held in Bonn. "
        "Under decision F.12/05, the establishment of an ad hoc working group on regional presence was discussed."
    )
    assert not any(r == "establishes" for r, _, _ in _facts(registry, text))


@pytest.mark.parametrize("kind", ["decision", "resolution"])
@pytest.mark.parametrize("verb", ["requests", "invites"])
def test_a_paragraph_of_the_same_decision_is_of_the_one_cited_by_its_paragraph(registry: BodyRegistry, kind: str, verb: str) -> None:
    # "paragraph (b) of F.12/11", then another decision named, then "paragraph (c) of the same
    # decision": the next paragraph of F.12/11, not of the decision named last
    text = (
        "The twelfth meeting of the Board of the Resilience Finance Facility was held in Bonn. "
        "Correct, that is paragraph (b) of F.12/11. The Risk Committee was set up by decision F.9/4 of "
        f"14 July 2029. In paragraph (c) of the same {kind}, the Board {verb} the Risk Committee to "
        "undertake an evaluation of the Facility's engagement with local actors."
    )
    facts = _facts(registry, text)
    assert (verb, "rff/board/dec/12/11", "rff/board/risk-committee") in facts
    assert not any(r == verb and s == "rff/board/dec/9/4" for r, s, _ in facts)


def test_the_same_decision_without_a_paragraph_cited_before_is_the_last_named(registry: BodyRegistry) -> None:
    text = (
        "The twelfth meeting of the Board of the Resilience Finance Facility was held in Bonn. "
        "The Risk Committee was set up by decision F.9/4 of 14 July 2029. In the same decision, the Board "
        "requested the Risk Committee to report annually."
    )
    facts = _facts(registry, text)
    assert ("requests", "rff/board/dec/9/4", "rff/board/risk-committee") in facts
