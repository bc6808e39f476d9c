"""Establishment told with the instrument in a trailing bracket or after a wordier connective (E178,
cells of the lead's grids `est2`): "The General Assembly established the Open-ended Working Group on
Ageing (resolution 65/182)", "… was established in 2010 (General Assembly resolution 65/182)", "… was set
up by the General Assembly in 2010 (see resolution 65/182, para. 28)", "… was established by virtue of (on
the basis of, via, under the terms of, as per, following the adoption of) resolution 65/182", "The
General Assembly, in resolution 65/182, set up …", "X, whose mandate was established by the Council in
resolution 28/16, …". A bare number in brackets after the passive's agent or the active subject is that
body's ("established by the Human Rights Council in 2015 (resolution 28/16)" in a General Assembly
report is the Council's resolution 28/16, `resolve._agent_then_bracket`, `_VERB_OBJECT_BY`).

Rules: `relate._THROUGH_INSTRUMENT`, `_BRACKETED_AFTER`, `_OBJECT_THEN_BY`, `_WHICH_PASSIVE`;
`rules/mandate_verbs` ("set up" after a comma). Near misses: another verb before the bracket ("welcomed
the work of X (resolution 65/182)", "met in 2024 (see resolution 65/182)"), a renewal, "see also"."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import in_note, in_sg_report, key, registry

AGEING = ("ga/res/65/182", "ga/open-ended-working-group-on-ageing")
PRIVACY = ("hrc/res/28/16", "hrc/special-rapporteur-on-the-right-to-privacy")
FORUM = ("ecosoc/res/2000/22", "ecosoc/permanent-forum-on-indigenous-issues")


def established(sentence: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, "establishes")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        # the active, the object, then the bracket (with the year or "see")
        ("The General Assembly established the Open-ended Working Group on Ageing (resolution 65/182).", AGEING),
        ("The General Assembly established the Open-ended Working Group on Ageing (see resolution 65/182).", AGEING),
        ("In 2010, the General Assembly established the Open-ended Working Group on Ageing (resolution 65/182).", AGEING),
        ("The Assembly created the Open-ended Working Group on Ageing in December 2010 (resolution 65/182).", AGEING),
        ("The Economic and Social Council established the Permanent Forum on Indigenous Issues in 2000 (Council resolution 2000/22).", FORUM),
        # the passive or the participle, when and by whom, then the bracket
        ("The Open-ended Working Group on Ageing was established in 2010 (General Assembly resolution 65/182).", AGEING),
        ("The Open-ended Working Group on Ageing was set up by the General Assembly in 2010 (see General Assembly resolution 65/182, para. 28).", AGEING),
        ("The Open-ended Working Group on Ageing has been established (resolution 65/182).", AGEING),
        ("The Permanent Forum on Indigenous Issues was created on 28 July 2000 (Economic and Social Council resolution 2000/22).", FORUM),
        ("The mandate of the Special Rapporteur on the right to privacy was created in 2015 (Human Rights Council resolution 28/16).", PRIVACY),
        # a bare number after the passive's agent, or the active subject, is that body's
        ("The mandate of the Special Rapporteur on the right to privacy was established by the Human Rights Council in 2015 (resolution 28/16).", PRIVACY),
        ("The Human Rights Council established the mandate of the Special Rapporteur on the right to privacy in 2015 (resolution 28/16).", PRIVACY),
        ("The Human Rights Council created the mandate of the Special Rapporteur on the right to privacy (see resolution 28/16).", PRIVACY),
        # the wordier connectives
        ("The Open-ended Working Group on Ageing was established by virtue of General Assembly resolution 65/182.", AGEING),
        ("The Open-ended Working Group on Ageing was established on the basis of General Assembly resolution 65/182.", AGEING),
        ("The Open-ended Working Group on Ageing was established via General Assembly resolution 65/182.", AGEING),
        ("The Open-ended Working Group on Ageing was set up under the terms of General Assembly resolution 65/182.", AGEING),
        ("The Open-ended Working Group on Ageing was established as per General Assembly resolution 65/182.", AGEING),
        ("The Open-ended Working Group on Ageing was created following the adoption of General Assembly resolution 65/182.", AGEING),
        ("The Permanent Forum on Indigenous Issues was established by virtue of Economic and Social Council resolution 2000/22.", FORUM),
        ("The General Assembly established the Open-ended Working Group on Ageing with the adoption of resolution 65/182.", AGEING),
        # "set up" after the instrument set off by commas
        ("The General Assembly, in resolution 65/182, set up the Open-ended Working Group on Ageing.", AGEING),
        ("The Assembly, by its resolution 65/182, set up the Open-ended Working Group on Ageing.", AGEING),
        # "whose mandate was …"
        ("The Special Rapporteur on the right to privacy, whose mandate was established by the Human Rights Council in resolution 28/16, submitted a report.", PRIVACY),
        ("The Special Rapporteur on the right to privacy, whose mandate was established by Human Rights Council resolution 28/16, submitted a report.", PRIVACY),
        ("The Special Rapporteur on the right to privacy, whose mandate was created by the Council in its resolution 28/16, reported to it.", PRIVACY),
    ],
)
def test_the_instrument_bracketed_or_joined_otherwise_established_the_body(sentence, fact):
    assert fact in established(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The General Assembly welcomed the work of the Open-ended Working Group on Ageing (resolution 65/182).",
        "The Open-ended Working Group on Ageing met in 2024 (see resolution 65/182).",
        "The Open-ended Working Group on Ageing, whose mandate was renewed by General Assembly resolution 67/139, met in April.",
        "The mandate of the Special Rapporteur on the right to privacy was extended by the Human Rights Council in 2018 (resolution 37/2).",
        "The Open-ended Working Group on Ageing was established in 2010 (see also resolution 67/139).",
        "The General Assembly considered establishing an open-ended working group on ageing (resolution 65/182) but took no decision.",
        "The Open-ended Working Group on Ageing reported on the basis of General Assembly resolution 65/182.",
    ],
)
def test_near_misses_establish_nothing(sentence):
    assert established(sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        # a body in the verb's object, not its agent nor its subject: the document's own body's
        "The General Assembly took note of the report of the Human Rights Council (resolution 71/199).",
        "The General Assembly welcomed the work of the Human Rights Council in 2016 (see resolution 71/199).",
    ],
)
def test_a_bracketed_number_after_a_body_that_did_not_act_is_the_documents_own_bodys(sentence):
    assert ("A/79/400", "ga/res/71/199") in in_sg_report(sentence, "mentions")


def test_a_commission_s_own_working_group_in_its_note():
    text = in_note(
        "The Working Group on Early Warning Systems was set up by the Commission in 2029 (see Commission resolution 10/2, para. 4).",
        "The Secretariat will report on its work.",
    )
    extraction = extract(text, source_key="note", registry=registry())
    facts = {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == "establishes"}
    assert ("ccr/res/10/2", "ccr/wg-early-warning") in facts
