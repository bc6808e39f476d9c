"""The text of a slide deck ("Slide 3" lines, short lines, "•" bullets with indented
continuations, "–" sub-bullets, "→" notes): each item is a paragraph of its own, a bullet a
clause rather than a heading, and a slide headed "Decision 12/1 – Title" holds that decision's
text, up to the next slide's title. A text with one "Slide" line is no deck."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.plain_layouts import normalise_layout
from mandate_graph.loaders.extract.slide_decks import is_slide_deck
from tests.extract.phrasing import facts

TITLE_SLIDE = (
    "{marker1}\n\nE/CN.21/2032/INF.2\n\nFollow-up to the decisions of the Commission\n"
    "on Coastal Resilience at its twelfth session\n\nCommission on Coastal Resilience\n"
    "Thirteenth session\nNairobi, 8-12 March 2032\n\n"
)


def deck(decision_slide: str, marker: str = "Slide {n}", bullet: str = "•") -> str:
    return (
        TITLE_SLIDE.format(marker1=marker.format(n=1))
        + f"{marker.format(n=2)}\n\n" + decision_slide.replace("•", bullet)
        + f"\n{marker.format(n=3)}\n\nNext steps\n\n{bullet} Invites the Committee on Coastal Data\n  to meet in June\n"
    )


DECISION = (
    "Decision 12/1 – Early warning for coastal communities\n\n"
    "• Recalls decision 10/4\n"
    "• Requests the Executive Secretary to report\n"
    "  on early warning at the thirteenth session\n"
    "  → done: see E/CN.21/2032/3\n"
    "• Invites the Bureau to consult\n"
    "  Member States\n"
)


@pytest.mark.parametrize("marker", ["Slide {n}", "SLIDE {n}", "Slide {n} of 3", "Slide {n}/3"])
@pytest.mark.parametrize("bullet", ["•", "▪", "-", "*"])
def test_bullets_under_a_decision_slide_are_its_text(marker: str, bullet: str) -> None:
    text = deck(DECISION, marker, bullet)
    assert ("ccr/dec/12/1", "Early warning for coastal communities") in facts(text, "title")
    assert ("ccr/dec/12/1", "ccr/dec/10/4") in facts(text, "cites")
    assert ("ccr/dec/12/1", "ccr/executive-secretary") in facts(text, "requests")
    assert ("ccr/dec/12/1", "ccr/bureau") in facts(text, "invites")
    # "Next steps" on the next slide is no part of the decision
    assert not any(obj == "ccr/committee-on-data" for _, obj in facts(text, "invites"))


def test_a_decision_slide_with_its_adoption_note() -> None:
    slide = DECISION.replace("coastal communities\n\n", "coastal communities\n(adopted 14 March 2031)\n\n")
    text = deck(slide)
    assert ("ccr/dec/12/1", "ccr/executive-secretary") in facts(text, "requests")


def test_items_become_paragraphs_and_continuations_join() -> None:
    text = deck(DECISION)
    fixed, offsets = normalise_layout(text)
    assert "\nRequests the Executive Secretary to report on early warning at the thirteenth session.\n" in fixed
    assert "\nInvites the Bureau to consult Member States.\n" in fixed
    assert "Slide 2" not in fixed
    # a slide's title stays a heading: no stop is added to it
    assert "\nNext steps\n" in fixed
    # the title wrapped on the title slide is one line again
    assert "Follow-up to the decisions of the Commission on Coastal Resilience at its twelfth session" in fixed
    # every character still points into the original
    assert offsets is not None and all(0 <= o <= len(text) for o in offsets)


@pytest.mark.parametrize(
    "text",
    [
        "Slide 1\n\nA talk on coastal data\n• Data matter\n",  # one marker only
        "The slide 2 of the deck shows the data.\nSlide rules were used in 1960.\n",
        "Report\n\n• Recalls decision 10/4\n• Requests the Executive Secretary to report\n",
    ],
)
def test_no_deck_without_two_slide_markers(text: str) -> None:
    assert not is_slide_deck(text.split("\n"))


MANDATE_SLIDE = (
    "Mandate of the Commission\n\n"
    "• {cited}\n"
    "  – requests the Executive Secretary to report\n"
    "    on early warning\n"
    "  – invites the Bureau to consult Member States\n"
)


@pytest.mark.parametrize(
    "cited, ref",
    [
        ("General Assembly resolution 85/12 of 20 December 2030\n  on coastal resilience:", "ga/res/85/12"),
        ("Economic and Social Council resolution 2030/4:", "ecosoc/res/2030/4"),
        ("Decision 10/4 on coastal observation:", "ccr/dec/10/4"),
    ],
)
def test_sub_bullets_under_a_cited_instrument_are_its_words(cited: str, ref: str) -> None:
    text = deck(MANDATE_SLIDE.format(cited=cited))
    assert (ref, "ccr/executive-secretary") in facts(text, "requests")
    assert (ref, "ccr/bureau") in facts(text, "invites")


def test_no_colon_no_words_of_the_instrument() -> None:
    # the bullet names the decision but does not introduce its words
    slide = MANDATE_SLIDE.format(cited="Decision 10/4 on coastal observation was reviewed")
    assert not {s for s, _ in facts(deck(slide), "requests")} & {"ccr/dec/10/4"}


@pytest.mark.parametrize(
    "clause",
    [
        "• The Commission decided to establish a working group on coastal data",
        "• Commission decided to establish a working group on coastal data",
        "• The Commission also decided to establish a working group on coastal data",
    ],
)
def test_a_clause_told_in_the_past_under_a_decision_slide(clause: str) -> None:
    slide = "Decision 12/2 – Coastal data\n\n• Recalls decision 10/4\n" + clause + "\n"
    assert ("ccr/dec/12/2", "ccr/working-group-on-coastal-data") in facts(deck(slide), "establishes")


def test_a_past_clause_outside_any_decision_is_no_decisions() -> None:
    slide = "Background\n\n• The Commission decided to establish a working group on coastal data\n"
    assert not {s for s, _ in facts(deck(slide), "establishes") if s.startswith("ccr/dec/")}
