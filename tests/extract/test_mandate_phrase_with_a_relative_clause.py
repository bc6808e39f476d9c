"""A document's mandate told in a fronted phrase that a relative clause on the instrument interrupts:
"Pursuant to resolution 11/2, in which the Executive Secretary was asked to report …, the present note
is submitted", "In accordance with resolution 11/2, by which the Commission requested a report, the
present note …", "In response to resolution 2700 (2031), in which the Council requested …, the present
report provides …". Without the relative clause it was read; with it, the document being read was
looked for right after the first comma only (E192, cells of the lead's grid r16;
`rules/documents.mandate_of_itself`, `_after_relative_clause`). The openings `_UNDER_MANDATE` reads
inside a sentence open one too: "Further to", "In conformity (keeping) with", "In implementation of".

Near misses: the main clause after the relative clause has another subject (a body that met, another
report named by its symbol, which keeps its own mandate); a relative clause whose object is a thing
does not make the main clause's subject an addressee ("…, in which the Commission requested a report,
the Bureau met …" asked the Bureau nothing on main either, wrongly)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import NOTE_SYMBOL, REFERENCE, extracted_with, in_note, in_sc_report, in_sg_report

with_treaty = extracted_with(Path(REFERENCE).parent / "phrasing_treaty.ttl")

OWN_GA = ("A/79/400", "ga/res/77/12")
OWN_SC = ("S/2031/512", "security-council/res/2031/2700")


@pytest.mark.parametrize(
    "sentence",
    [
        "Pursuant to General Assembly resolution 77/12, in which the Assembly requested the Secretary-General to report to it at its"
        " seventy-ninth session, the present report is submitted.",
        "In accordance with resolution 77/12, by which the General Assembly requested a report, the present report is submitted.",
        "In line with resolution 77/12, whereby the Assembly asked the Secretary-General to report annually, this report reviews progress.",
        "In response to resolution 77/12, in which the Assembly requested the Secretary-General, in consultation with Member States, to"
        " prepare a study, the present report sets out its findings.",
        "Further to resolution 77/12, in which the Assembly requested the Secretary-General to report, the present report is submitted.",
        "In keeping with resolution 77/12, under which the Secretary-General reports every two years, the present report covers 2022 and 2023.",
        "Further to resolution 77/12, the present report is submitted.",
        "In implementation of resolution 77/12, the present report reviews progress.",
    ],
)
def test_a_report_to_the_assembly(sentence):
    assert OWN_GA in in_sg_report(sentence, "pursuantTo")


@pytest.mark.parametrize(
    "sentence",
    [
        "Pursuant to resolution 2700 (2031), by which the Council requested me to report every 90 days, the present report covers"
        " developments since 1 March 2031.",
        "In response to resolution 2700 (2031), in which the Security Council requested the Secretary-General to report every 90 days,"
        " the present report provides an update.",
    ],
)
def test_a_report_to_the_security_council(sentence):
    assert in_sc_report(sentence, "pursuantTo", "requests") == {OWN_SC, ("security-council/res/2031/2700", "secretary-general")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Pursuant to resolution 11/2, in which the Executive Secretary was asked to report to the Commission, the present note is submitted.",
        "In accordance with resolution 11/2, by which the Commission requested a report, the present note is submitted.",
        "In response to resolution 11/2, in which the Commission requested the Executive Secretary to report to it at its twelfth"
        " session, the present note provides an overview.",
        "In conformity with resolution 11/2, which requested a note on the matter, the present note has been prepared.",
    ],
)
def test_a_note_to_a_commission(sentence):
    assert ("pursuantTo", NOTE_SYMBOL, "ccr/res/11/2") in with_treaty(in_note(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Pursuant to decision 7/2 of the Meeting of the Parties to the Convention on Coastal Wetlands, in which the Meeting requested"
        " the Commission to consider the matter, the present note is submitted.",
        "In accordance with decision 7/2 of the Meeting of the Parties to the Convention on Coastal Wetlands, by which the Meeting"
        " invited the Commission to contribute, this note sets out the options.",
    ],
)
def test_a_treaty_bodys_decision(sentence):
    assert ("pursuantTo", NOTE_SYMBOL, "cw-mop/dec/7/2") in with_treaty(in_note(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # the main clause's subject is a body, or another document
        "Pursuant to resolution 77/12, in which the Assembly requested a report, the Bureau met on 3 March 2024.",
        "In accordance with resolution 77/12, by which the Assembly established the Working Group, the Working Group held its first session.",
        "Pursuant to resolution 77/12, by which the Assembly took note of the report of the Board of Auditors, the report of the Board"
        " (A/79/5) is transmitted to the Assembly.",
        # a relative clause that names the document is no main clause
        "Pursuant to resolution 77/12, in which the Assembly requested the present report, the Bureau met on 3 March 2024.",
    ],
)
def test_another_subject_after_the_relative_clause(sentence):
    assert OWN_GA not in in_sg_report(sentence, "pursuantTo")


def test_the_other_documents_mandate_stays_its_own():
    sentence = (
        "Pursuant to resolution 77/12, by which the Assembly took note of the report of the Board of Auditors, the report of the Board"
        " (A/79/5) is transmitted to the Assembly."
    )
    assert in_sg_report(sentence, "pursuantTo") == {("A/79/5", "ga/res/77/12")}


def test_the_main_clauses_subject_is_no_addressee_of_the_relative_clause():
    sentence = "Pursuant to resolution 11/2, in which the Commission requested a report, the Bureau met on 3 March 2032."
    assert not {fact for fact in with_treaty(in_note(sentence)) if fact[0] == "requests"}


def test_a_thing_named_again_after_a_comma_keeps_its_bodies():
    # the name after the comma stands in apposition (no verb of its own follows it): still the object
    sentence = (
        "By resolution 11/2, the Commission decided to establish a two-level review system comprising a first level, the Tides"
        " Committee, and a second level, the Currents Committee."
    )
    assert {(s, o) for r, s, o in with_treaty(in_note(sentence)) if r == "establishes"} == {
        ("ccr/res/11/2", "ccr/tides-committee"), ("ccr/res/11/2", "ccr/currents-committee"),
    }
