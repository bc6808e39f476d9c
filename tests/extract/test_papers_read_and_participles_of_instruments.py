"""Grid i of the nineteenth round (E227): papers a session read told by other words, a report's mandate
after its symbol, and what an instrument did told by a participle, a relative clause or "requires".

- A paper read at the session reported on: "discussed / debated / took up", "had for its consideration",
  "approved the recommendations contained in document X", "Document X was introduced by …" (the symbol
  alone, the subject of the passive) give X `submittedTo` the session (`relate._ACTED_ON`,
  `rules/documents._DOCUMENT_PRESENTED_IN_THE_PASSIVE`). "took note of" stays no submission (E33,
  the unseen set's convention); a paper of another session stays that session's.
- A draft named by its quoted title ("a draft decision entitled "…" (X)") before a Main Committee's
  meeting is a draft like "a draft decision (X)": no fact (u275; `Reader.draft_before_a_recommending_body`).
- A report's mandate after its symbol: "the report … (X) requested in resolution 77/12", "the report of
  the Secretary-General called for in resolution 77/12 (X)" (`rules/documents._UNDER_MANDATE`).
- "adopted resolution 11/2, establishing (creating, setting up, thereby establishing) the Committee …",
  "…, requesting the Committee … to", "the Committee …, which resolution 11/2 created," and
  "Resolution 11/2 requires the Committee … to report" (`rules/mandate_verbs.MANDATE_VERB`,
  `relate._PARTICIPLE_AFTER_INSTRUMENT`, `Reader.established_by_the_relatives_instrument`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract

from .phrasing import ACTION_TAKEN, BASE, in_sg_report, registry, shipped_registry, stated

# A functional commission the shipped reference data knows, the report on its session
CPD_REPORT = (
    "United Nations E/2034/25-E/CN.9/2034/7\n\nEconomic and Social Council\n\nDistr.: General\n30 April 2034\n\n"
    "Original: English\n\nCommission on Population and Development\nReport on the sixty-seventh session (22–26 April 2034)\n\n"
    "Chapter III\n\nGeneral debate\n\n12. {s}\n"
)
# A Main Committee's report to the plenary, the Second Committee as the unseen set's reference data
# writes it (the shipped data leaves it optional)
MAIN_COMMITTEE_REPORT = (
    "United Nations\tA/91/512\nGeneral Assembly\tDistr.: General\n\t11 December 2036\n\n"
    "Ninety-first session\nAgenda item 18\nMacroeconomic policy questions\n\n"
    "Macroeconomic policy questions\nReport of the Second Committee\n"
    "Rapporteur: Ms. Lena Varga (Hungary)\n\nI.\tIntroduction\n\n{body}\n"
)
SECOND_COMMITTEE = Path(__file__).resolve().parents[1] / "data" / "unseen" / "second-committee.ttl"


@lru_cache(maxsize=1)
def with_second_committee() -> BodyRegistry:
    return load_registry(BASE, [SECOND_COMMITTEE])


def in_report(sentence: str, relation: str) -> set[tuple[str, str]]:
    """(subject, object) keys of the facts of ``relation`` in the commission's "action taken" chapter."""
    extraction = extract(ACTION_TAKEN.format(s=sentence), source_key="test", registry=registry())
    return {(s, o) for r, s, o in stated(extraction) if r == relation}


def in_cpd_report(sentence: str, relation: str) -> set[tuple[str, str]]:
    extraction = extract(CPD_REPORT.format(s=sentence), source_key="test", registry=shipped_registry())
    return {(s, o) for r, s, o in stated(extraction) if r == relation}


def in_committee_report(body: str, relation: str) -> set[tuple[str, str]]:
    extraction = extract(MAIN_COMMITTEE_REPORT.format(body=body), source_key="test", registry=with_second_committee())
    return {(s, o) for r, s, o in stated(extraction) if r == relation}


# -- papers read at the session reported on ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission discussed the report of the Executive Secretary (E/CN.21/2032/5).",
        "The Commission also debated the note by the secretariat (E/CN.21/2032/5).",
        "Under this item, the Commission had for its consideration the report of the Executive Secretary (E/CN.21/2032/5).",
        "Under the item, the Commission had also for its consideration the report of the Executive Secretary on coastal data (E/CN.21/2032/5).",
        "The Commission approved the recommendations contained in document E/CN.21/2032/5.",
        "The Commission endorsed the conclusions set out in the report of the Executive Secretary (E/CN.21/2032/5).",
        "Document E/CN.21/2032/5 was introduced by the secretariat.",
        "Under this item, document E/CN.21/2032/5 was presented by the Executive Secretary.",
        "Document E/CN.21/2032/5, containing the report of the Executive Secretary, was introduced by the secretariat.",
    ],
)
def test_a_paper_read_at_the_session(sentence):
    assert ("E/CN.21/2032/5", "ccr#12") in in_report(sentence, "submittedTo")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission discussed the report of the Secretary-General on population and ageing (E/CN.9/2034/2).",
        "The Commission had for its consideration the note by the Secretariat (E/CN.9/2034/2).",
        "Documents E/CN.9/2034/2 and E/CN.9/2034/3 were introduced by the Director of the Population Division.",
    ],
)
def test_a_paper_read_at_another_commissions_session(sentence):
    assert ("E/CN.9/2034/2", "ecosoc/cpd#67") in in_cpd_report(sentence, "submittedTo")


@pytest.mark.parametrize(
    "sentence",
    [
        # "took note of" sends no paper (E33, the unseen set's convention)
        "The Commission took note of document E/CN.21/2032/5.",
        "The Commission took note of the information contained in document E/CN.21/2032/5.",
        # a paper read at another session, or presented to another body
        "The Commission had discussed the report of the Executive Secretary (E/CN.21/2032/5) at its eleventh session.",
        "Document E/CN.21/2032/5 was presented to the Economic and Social Council at its 2032 session.",
        # recommendations approved, no paper holding them named
        "The Commission approved the recommendations of the Bureau.",
        # a question discussed, no paper
        "The Commission discussed the question of coastal data.",
    ],
)
def test_no_paper_read_at_the_session(sentence):
    assert ("E/CN.21/2032/5", "ccr#12") not in in_report(sentence, "submittedTo")


# -- a Main Committee's drafts -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "At its 27th meeting, on 5 December, the Committee had before it a draft decision entitled \"Pattern of conferences\" "
        "(A/C.2/91/L.19), submitted by the Vice-Chair of the Committee on the basis of informal consultations.",
        "At its 27th meeting, on 5 December, the Committee had before it a revised draft resolution entitled “Calendar of "
        "conferences and meetings for 2037” (A/C.2/91/L.19/Rev.1).",
        "At its 27th meeting, the Committee had before it draft resolutions, entitled \"Pattern of conferences\", (A/C.2/91/L.19).",
    ],
)
def test_a_draft_named_by_its_title_carries_no_fact(sentence):
    assert not any(doc.startswith("A/C.2/91/L.19") for doc, _ in in_committee_report(sentence, "submittedTo"))


def test_a_statement_on_a_titled_draft_is_still_before_the_meeting():
    # (the statement's own symbol, after the draft's number and title)
    body = (
        "5.\tAt its 27th meeting, on 5 December, the Committee had before it a statement submitted by the Secretary-General in "
        "accordance with rule 153 of the rules of procedure of the General Assembly on draft resolution A/C.2/91/L.19, entitled "
        "\"Pattern of conferences\" (A/C.2/91/L.60).\n"
    )
    sent = in_committee_report(body, "submittedTo")
    assert ("A/C.2/91/L.60", "ga/second-committee#27") in sent
    assert not any(doc == "A/C.2/91/L.19" for doc, _ in sent)


def test_a_note_named_by_its_title_is_still_before_the_meeting():
    body = "5.\tAt its 27th meeting, the Committee had before it a note by the Secretariat entitled \"Pattern of conferences\" (A/C.2/91/7).\n"
    assert ("A/C.2/91/7", "ga/second-committee#27") in in_committee_report(body, "submittedTo")


# -- a report's mandate after its symbol -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Assembly has before it the report of the Secretary-General (A/79/401) requested in resolution 77/12.",
        "The report of the Secretary-General (A/79/401) called for in resolution 77/12 was issued in August.",
        "The report of the Secretary-General called for in resolution 77/12 (A/79/401) is before the Assembly.",
        "The note by the Secretariat requested in General Assembly resolution 77/12 (A/79/401) was issued late.",
        "The report of the United Nations Environment Programme called for in resolution 77/12 (A/79/401) is before the Assembly.",
    ],
)
def test_a_reports_mandate_after_its_symbol(sentence):
    assert ("A/79/401", "ga/res/77/12") in in_sg_report(sentence, "pursuantTo")


@pytest.mark.parametrize(
    "sentence",
    [
        # the Secretary-General requested nothing of the paper; the Assembly asked him
        "The Secretary-General requested in resolution 77/12 a report (A/79/401).",
        # the bracket holds no symbol ending in a figure
        "The Committee on World Food Security (CFS) requested in resolution 77/12 that the report be issued (A/79/401).",
    ],
)
def test_no_mandate_after_the_symbol(sentence):
    assert ("A/79/401", "ga/res/77/12") not in in_sg_report(sentence, "pursuantTo")


# -- what an instrument did, told by a participle, a relative clause or "requires" -------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "At its eleventh session, the Commission adopted resolution 11/2, establishing the Committee on Coastal Data.",
        "The Commission adopted resolution 11/2, thereby establishing the Committee on Coastal Data.",
        "In 2030 the Commission adopted resolution 11/2, creating the Committee on Coastal Data.",
        "The Commission adopted resolution 11/2, setting up the Committee on Coastal Data.",
        "Resolution 11/2, establishing the Committee on Coastal Data, was adopted at the eleventh session.",
        "The Committee on Coastal Data, which resolution 11/2 created, met twice.",
        "The Committee on Coastal Data, which resolution 11/2 established, has met twice since.",
        "The Committee on Coastal Data, which Commission resolution 11/2 had set up, met twice.",
    ],
)
def test_the_instrument_established_the_body(sentence):
    assert ("ccr/res/11/2", "ccr/committee-on-data") in in_report(sentence, "establishes")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission adopted resolution 11/2, setting up a working group on coastal finance.",
    ],
)
def test_the_instrument_set_up_a_new_body(sentence):
    assert ("ccr/res/11/2", "ccr/working-group-on-coastal-finance") in in_report(sentence, "establishes")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Committee on Coastal Data, which resolution 11/2 reviewed, met twice.",
        "The Committee on Coastal Data, which resolution 11/2 did not establish, met twice.",
        "The Commission renewed, in resolution 11/2, the mandate of the Committee on Coastal Data.",
        # a date before the participle, no instrument
        "The Commission met on 5 May 2031, establishing the Committee on Coastal Data.",
        # a draft not adopted
        "The Commission did not adopt draft resolution E/CN.21/2032/L.2, establishing the Committee on Coastal Data.",
    ],
)
def test_no_establishment_by_the_instrument(sentence):
    assert ("ccr/res/11/2", "ccr/committee-on-data") not in in_report(sentence, "establishes")


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("Resolution 11/2 requires the Committee on Coastal Data to report annually.", "requests"),
        ("Resolution 11/2 required the Committee on Coastal Data to report annually to the Commission.", "requests"),
        ("Commission resolution 11/2 also requires the Committee on Coastal Data to submit its findings.", "requests"),
        ("The Commission adopted resolution 11/2, requesting the Committee on Coastal Data to report annually.", "requests"),
        ("The Commission adopted resolution 11/2, inviting the Committee on Coastal Data to cooperate with the Working Group.", "invites"),
        ("The Commission adopted resolution 11/2, encouraging the Committee on Coastal Data to cooperate with the Working Group.", "encourages"),
        # (already read: the passive with the instrument between, "invited" is `invites`, scored as encourages)
        ("The Committee on Coastal Data was invited, in resolution 11/2, to cooperate with the Working Group.", "invites"),
    ],
)
def test_the_instrument_tasks_the_body(sentence, relation):
    assert ("ccr/res/11/2", "ccr/committee-on-data") in in_report(sentence, relation)


def test_a_task_of_the_secretary_general_required_by_an_assembly_resolution():
    sentence = "General Assembly resolution 77/12 also requires the Secretary-General to report annually."
    assert ("ga/res/77/12", "secretary-general") in in_sg_report(sentence, "requests")


@pytest.mark.parametrize(
    "sentence",
    [
        "Resolution 11/2 requires the reports of the Committee on Coastal Data to be issued annually.",
        "Resolution 11/2 requires the consent of the Committee on Coastal Data.",
        # a practice told in the present, no verb of the instrument's (the set's convention)
        "Under the terms of resolution 11/2, the Committee on Coastal Data reports annually to the Commission.",
        "The Committee on Coastal Data reported annually to the Commission.",
    ],
)
def test_no_task_laid_by_the_instrument(sentence):
    assert ("ccr/res/11/2", "ccr/committee-on-data") not in in_report(sentence, "requests")
