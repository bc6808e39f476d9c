"""A session or a resolution told back rather than named (E257):

- "At the same session, by decision 51/3, the Committee ...": the gathering the text named last
  adopted the instrument set off after it, as "At its Nth session, by ..." (E140) says of the
  session it names (`gathering_lines.BY_INSTRUMENT_AT_THAT_BEFORE`);
- "the task force, set up by its decision 42/1 at its forty-second session": the issuer's text,
  then the issuer's gathering (`relate._BY_ITS_BEFORE`, `_ITS_GATHERING_RIGHT_AFTER`);
- "(X), submitted pursuant to that resolution and to resolution 89/175": the instrument told back
  (the one the sentence before was about) is a mandate beside the one named after it
  (`relate.told_back_under`, `_AND_UNDER_ANOTHER`).

Invented sentences in a report of the Secretary-General to the General Assembly, a note for an
invented functional commission (tests/data/phrasing.ttl) and the commission's session report."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import SG_REPORT, facts, in_note, in_sg_report

GA_OPENING = "1. At its seventy-seventh session, the General Assembly adopted resolution 77/12, on oceans.\n\n2. "


def _in_ga_report(*paragraphs: str) -> str:
    return SG_REPORT.replace("1. {s}\n", "\n\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, 1)) + "\n")


# ---------------------------------------------------------------- "At the same session, by ..."


@pytest.mark.parametrize(
    "sentence",
    [
        "At the same session, by resolution 77/15, the Assembly decided to convene a conference on oceans.",
        "During that session, by resolution 77/15, the Assembly established an advisory panel.",
        "At the same session, through resolution 77/15, the Assembly extended the mandate of the panel.",
        "Also at the same session, by resolution 77/15, the Assembly requested the Secretary-General to report.",
        "At that session, by its resolution 77/15, the Assembly had welcomed the offer of the host country.",
    ],
)
def test_the_session_told_before_adopted_the_text_set_off_after_it(sentence: str) -> None:
    text = _in_ga_report("At its seventy-seventh session, the General Assembly adopted resolution 77/12, on oceans.", sentence)
    assert facts_of(text, "adoptedAt") >= {("ga/res/77/15", "ga#77")}


def test_a_commission_s_same_session_in_its_note() -> None:
    text = in_note(
        "At its twelfth session, held in New York from 10 to 14 March 2031, the Commission on Coastal Resilience adopted resolution 12/1.",
        "At the same session, by resolution 12/2, the Commission requested the Secretariat to prepare the present note.",
    )
    assert ("ccr/res/12/2", "ccr#12") in facts(text, "adoptedAt")


@pytest.mark.parametrize(
    "sentence",
    [
        # another session's number: the session told before adopted none of it
        "At the same session, by resolution 76/3, the Assembly recalled its earlier request.",
        # a text cited there may be older: "in its resolution ..." is not read
        "At the same session, in its resolution 77/15, the Assembly recalled the panel.",
        # no gathering opens the sentence
        "By resolution 77/15, the Assembly decided to convene a conference on oceans.",
        # a draft, not an instrument adopted at the session
        "At the same session, a draft resolution on oceans was introduced but not put to the vote.",
    ],
)
def test_near_misses_of_the_same_session(sentence: str) -> None:
    text = _in_ga_report("At its seventy-seventh session, the General Assembly adopted resolution 77/12, on oceans.", sentence)
    assert facts_of(text, "adoptedAt") == {("ga/res/77/12", "ga#77")}


def test_the_same_session_needs_one_told_before() -> None:
    # nothing named before: "the same session" says none
    assert in_sg_report("At the same session, by resolution 77/15, the Assembly decided to convene a conference.", "adoptedAt") == set()


# ---------------------------------------------------------------- "set up by its decision X at its Nth session"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Assembly decided that the working group on oceans, set up by its resolution 72/1 at its seventy-second session, would continue.",
            ("ga/res/72/1", "ga#72"),
        ),
        ("The Assembly recalled the advisory panel established by its resolution 70/5 at its seventieth session.", ("ga/res/70/5", "ga#70")),
        ("The Assembly will review the panel, created by its resolution 71/5 during its seventy-first session, in 2030.", ("ga/res/71/5", "ga#71")),
    ],
)
def test_the_issuer_s_text_then_its_own_session(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in in_sg_report(sentence, "adoptedAt")


def test_a_commission_s_group_set_up_at_its_session() -> None:
    text = in_note(
        "The Commission on Coastal Resilience welcomed the findings of the expert group on sea-level data, set up by its resolution 10/3 at its tenth session."
    )
    assert ("ccr/res/10/3", "ccr#10") in facts(text, "adoptedAt")


@pytest.mark.parametrize(
    "sentence",
    [
        # the session named is not the one the number carries: a later act at that session
        "The Assembly recalled the advisory panel established by its resolution 70/5 at its seventy-fifth session.",
        # no "by its": the session is where the Assembly recalled it
        "The Assembly recalled resolution 70/5 at its seventy-fifth session.",
        "The Assembly recalled the panel set up under resolution 70/5 at its seventy-fifth session.",
        # another body's session
        "The Assembly recalled the panel established by its resolution 70/5 at the seventieth session of the Economic and Social Council.",
    ],
)
def test_near_misses_of_the_issuer_s_session(sentence: str) -> None:
    assert ("ga/res/70/5", "ga#70") not in in_sg_report(sentence, "adoptedAt")


# ---------------------------------------------------------------- "pursuant to that resolution and to Y"


@pytest.mark.parametrize(
    "second",
    [
        "At its seventy-ninth session, the Assembly had before it the second such report (A/79/211), submitted pursuant to that resolution and to Assembly resolution 78/175 of 18 December 2023.",
        "The second such report (A/79/211) was prepared pursuant to that resolution and to resolution 78/175.",
        "The report (A/79/211), issued in accordance with that resolution and with resolution 78/175, was considered.",
    ],
)
def test_the_resolution_told_back_beside_the_one_named_after_it(second: str) -> None:
    text = _in_ga_report(
        "The Assembly recalled that, in its resolution 76/268 of 9 April 2022, it had requested the Secretary-General to submit a report every two years.",
        second,
    )
    assert {("A/79/211", "ga/res/76/268"), ("A/79/211", "ga/res/78/175")} <= facts_of(text, "pursuantTo")


def test_a_commission_s_note_under_that_resolution_and_another() -> None:
    text = in_note(
        "In its resolution 12/1, the Commission on Coastal Resilience requested the Secretariat to report on early warning.",
        "The present note (E/CN.21/2032/4) is submitted pursuant to that resolution and to Economic and Social Council resolution 2031/5.",
    )
    assert {("E/CN.21/2032/4", "ccr/res/12/1"), ("E/CN.21/2032/4", "ecosoc/res/2031/5")} <= facts(text, "pursuantTo")


@pytest.mark.parametrize(
    "second",
    [
        # two instruments in the sentence before: which one "that resolution" is, is not said
        "The report (A/79/211) was prepared pursuant to that resolution and to resolution 78/175.",
    ],
)
def test_near_miss_two_resolutions_before(second: str) -> None:
    text = _in_ga_report(
        "In its resolutions 76/268 and 76/269, the Assembly requested the Secretary-General to submit reports.",
        second,
    )
    found = facts_of(text, "pursuantTo")
    assert ("A/79/211", "ga/res/78/175") in found
    assert not {("A/79/211", "ga/res/76/268"), ("A/79/211", "ga/res/76/269")} & found


def test_near_miss_a_later_resolution_is_not_the_one_told_back() -> None:
    # "that resolution" with nothing before it: the resolution named after it is not "that" one
    found = in_sg_report("The report (A/79/211) was prepared pursuant to that resolution and to resolution 78/175.", "pursuantTo")
    assert found == {("A/79/211", "ga/res/78/175")}


def facts_of(text: str, relation: str) -> set[tuple[str, str]]:
    from mandate_graph.loaders.extract import extract
    from tests.extract.phrasing import shipped_registry, stated

    return {(s, o) for r, s, o in stated(extract(text, source_key="test", registry=shipped_registry())) if r == relation}


# ---------------------------------------------------------------- "For its Nth session, the Committee had before it"


@pytest.mark.parametrize(
    ("sentence", "session"),
    [
        ("For its sixtieth session, the Human Rights Council had before it a note by the secretariat.", ("hrc#60", "hrc")),
        ("For its thirteenth session, the Commission on Coastal Resilience had before it the report of the Secretary-General.", ("ccr#13", "ccr")),
    ],
)
def test_for_its_session_is_the_subject_s(sentence: str, session: tuple[str, str]) -> None:
    # "its" is the subject's, named after the comma, not the report's body (the Assembly here; the
    # note's masthead names the Commission's thirteenth session itself)
    found = facts_of(_in_ga_report(sentence), "meetingOf") | facts(in_note(sentence), "meetingOf")
    assert session in found
    assert not {("ga#60", "ga"), ("ga#13", "ga")} & found


def test_near_miss_for_its_session_without_a_body_that_meets() -> None:
    # the Secretariat holds no sessions: no session of the report's body is made up either
    found = facts_of(_in_ga_report("For its eightieth session, the Secretariat prepared a note."), "meetingOf")
    assert ("ga#80", "ga") not in found


# ---------------------------------------------------------------- "X, prepared in accordance with ..., and Y, which had been undertaken pursuant to ..."


@pytest.mark.parametrize(
    "sentence",
    [
        "The Director presented the evaluation synthesis (A/79/501), prepared in accordance with the evaluation policy, and the review of the trade programme (A/79/502), which had been undertaken pursuant to paragraph 11 of resolution 78/221.",
        "The synthesis (A/79/501), prepared under the policy of the Office, and the audit (A/79/502), which had been carried out in accordance with resolution 78/221, were presented.",
    ],
)
def test_the_relative_clause_s_mandate_is_the_second_paper_s_alone(sentence: str) -> None:
    found = in_sg_report(sentence, "pursuantTo")
    assert ("A/79/502", "ga/res/78/221") in found
    assert ("A/79/501", "ga/res/78/221") not in found


def test_near_miss_the_first_paper_s_own_mandate_stays() -> None:
    # the participle right after X's symbol names the mandate: X's (E189's "and the note (Y)")
    found = in_sg_report(
        "The evaluation (A/79/501), prepared pursuant to resolution 78/221, and the note (A/79/502) were presented.", "pursuantTo"
    )
    assert ("A/79/501", "ga/res/78/221") in found
    assert ("A/79/502", "ga/res/78/221") not in found
