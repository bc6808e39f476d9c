"""requests / encourages, round 5: an instrument (or a paragraph of it) as the subject of a
mandate verb in a note that tells what it asks, in the present ("Resolution 12/1 requests the
secretariat to ...", "Paragraph 5 of decision 12/4 invites ...", "The same resolution also
requests ...") and in the past ("Paragraph 5 of resolution 12/1 requested ...", "In paragraph 7
of the same resolution, the Commission asked ...", "By its resolution 12/1, the Commission had
decided to request ..."). The present with a body as subject, several instruments before one
verb, and an instrument that is not the subject give nothing."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_note, in_resolution

DECISION = "ccr/dec/12/4"
WG = "ccr/wg-early-warning"


@pytest.mark.parametrize("sentence, relation, fact", [
    ("Resolution 12/1 requests the secretariat to prepare a study on coastal data.", "requests", (RESOLUTION, "ccr/secretariat")),
    ("Decision 12/4 invites the Working Group on Early Warning Systems to consider the matter.", "invites", (DECISION, WG)),
    ("Paragraph 5 of resolution 12/1 requests the Executive Secretary to report on its implementation.", "requests", (RESOLUTION, "ccr/executive-secretary")),
    ("Operative paragraph 3 of decision 12/4 encourages the Working Group on Early Warning Systems to meet twice a year.", "encourages", (DECISION, WG)),
    ("Commission resolution 12/1 (2031) also requests the Bureau to review the matter.", "requests", (RESOLUTION, "ccr/bureau")),
    ("Resolution 12/1 of 14 March 2031 encourages the Working Group on Early Warning Systems to meet.", "encourages", (RESOLUTION, WG)),
    ("The secretariat notes that resolution 12/1 further requests the Bureau to review the matter.", "requests", (RESOLUTION, "ccr/bureau")),
    ("Resolution 11/2 requested the secretariat to prepare a study, and decision 12/4 invites the Bureau to review it.", "invites", (DECISION, "ccr/bureau")),
    # the past
    ("Paragraph 5 of resolution 12/1 requested the Executive Secretary to report.", "requests", (RESOLUTION, "ccr/executive-secretary")),
    ("By paragraph 4 of decision 12/4, the Commission requested the Bureau to convene a meeting.", "requests", (DECISION, "ccr/bureau")),
    ("By its resolution 12/1, the Commission had decided to request the Bureau to review the matter.", "requests", (RESOLUTION, "ccr/bureau")),
    ("In its resolution 12/1, the Commission decided to invite the Bureau to review the matter.", "invites", (RESOLUTION, "ccr/bureau")),
])
def test_the_instrument_asks(sentence: str, relation: str, fact: tuple[str, str]) -> None:
    assert fact in facts(in_note(sentence), relation)


@pytest.mark.parametrize("sentences, fact", [
    (("Resolution 12/1 was adopted in 2031.", "The same resolution also requests the Bureau to review the matter."), (RESOLUTION, "ccr/bureau")),
    (("Resolution 12/1 was adopted in 2031.", "Paragraph 3 of that resolution requests the Executive Secretary to report."), (RESOLUTION, "ccr/executive-secretary")),
    (("Resolution 12/1 was adopted in 2031.", "In paragraph 7 of the same resolution, the Commission asked the Bureau to review the matter."), (RESOLUTION, "ccr/bureau")),
])
def test_the_instrument_named_before(sentences: tuple[str, ...], fact: tuple[str, str]) -> None:
    assert fact in facts(in_note(*sentences), "requests")


@pytest.mark.parametrize("sentence", [
    # several instruments before one verb: which asks is not said
    "Resolutions 12/1 and 12/2 request the Bureau to review the matter.",
    "Resolution 12/1 and decision 12/4 invite the Bureau to act.",
    # the body speaks in the present, an instrument elsewhere in the sentence
    "The Commission requests the Bureau to review the matter in line with resolution 12/1.",
    "In line with resolution 12/1, the Commission requests the Bureau to review the matter.",
    "The secretariat requests the Bureau to consider resolution 12/1.",
    # a document about the instrument is the subject, not the instrument
    "The report on resolution 12/1 requests the Bureau to act.",
    # no earlier instrument for "the same resolution" to stand for
    "The same resolution also requests the Bureau to review the matter.",
    # "decided to request" with no instrument: a body's own decision, not an instrument's
    "The Commission decided to request the Bureau to review the matter.",
])
def test_no_instrument_asks(sentence: str) -> None:
    found = facts(in_note(sentence), "requests") | facts(in_note(sentence), "invites")
    assert not found


def test_a_recital_stays_a_citation() -> None:
    # "Recalling that resolution 11/2 requests ...": the preamble cites; it asks nothing itself
    text = in_resolution("Recalling that resolution 11/2 requests the Bureau to review the matter,", "Requests the secretariat to report;")
    assert ("ccr/res/11/2", "ccr/bureau") not in facts(text, "requests")
    assert (RESOLUTION, "ccr/res/11/2") in facts(text, "cites")


def test_a_paragraph_named_alone_is_of_the_instrument_named_last() -> None:
    text = in_note(
        "In paragraph 9 of resolution 12/1, the Commission decided to establish an expert group on coastal mapping. "
        "In paragraph 11, the Commission invited the Committee on Coastal Data to continue to monitor progress."
    )
    assert (RESOLUTION, "ccr/committee-on-data") in facts(text, "invites")


@pytest.mark.parametrize("sentences", [
    # no instrument named before
    ("In paragraph 11, the Commission invited the Committee on Coastal Data to continue to monitor progress.",),
    # two named before: which one's paragraph is not said
    ("Resolutions 12/1 and 12/2 were adopted.", "In paragraph 11, the Commission invited the Committee on Coastal Data to continue."),
])
def test_a_paragraph_alone_with_no_one_instrument(sentences: tuple[str, ...]) -> None:
    assert not facts(in_note(*sentences), "invites")


def test_the_instrument_with_its_title_and_adoption_before_the_verb() -> None:
    text = in_note(
        "Resolution 12/1 – Early warning for all, adopted by the Commission at its twelfth session (Geneva, 10–14 March 2031), "
        "requested the Executive Secretary to develop a plan, and invited the Committee on Coastal Data to consider support."
    )
    assert (RESOLUTION, "ccr/executive-secretary") in facts(text, "requests")
    assert (RESOLUTION, "ccr/committee-on-data") in facts(text, "invites")


def test_an_adoption_clause_with_no_verb_after_it() -> None:
    # the instrument is no subject: the Commission's own act follows
    text = in_note("Resolution 12/1, adopted by the Commission at its twelfth session, and the Commission requested the Bureau to act.")
    assert not facts(text, "requests")


@pytest.mark.parametrize("sentence, relation, body", [
    ("Under resolution 12/1, the secretariat is requested to prepare a study.", "requests", "ccr/secretariat"),
    ("In resolution 12/1, the Bureau is invited to review the matter.", "invites", "ccr/bureau"),
    ("In paragraph 5 of resolution 12/1, the Working Group on Early Warning Systems is encouraged to meet twice a year.", "encourages", WG),
    ("By its resolution 12/1, the Bureau is requested to report.", "requests", "ccr/bureau"),
])
def test_the_passive_present_after_where_the_words_are(sentence: str, relation: str, body: str) -> None:
    assert (RESOLUTION, body) in facts(in_note(sentence), relation)


@pytest.mark.parametrize("sentence", [
    # the note's own suggestion, made in line with a mandate
    "In line with resolution 12/1, the Bureau is invited to review the matter.",
    "In accordance with resolution 12/1, the Working Group on Early Warning Systems is encouraged to meet.",
    "The Bureau is invited to review the matter.",
])
def test_a_suggestion_of_the_note(sentence: str) -> None:
    text = in_note(sentence)
    assert not facts(text, "invites") | facts(text, "encourages") | facts(text, "requests")
