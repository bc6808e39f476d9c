"""Whose "its" is, and whose numbers a list holds, where the sentence's subject is not the answer (E212).

- An event named as a body's own ("the Security Council's annual open debate"), then the participle
  of its holding right before "at its": the gathering is the possessor's, not the subject's.
- "by which it established the Committee on X and decided to review its structure at its ninetieth
  session": "its" of the second coordinated verb is "it"'s (the speaker, or the sentence's subject),
  not the body the first verb created.
- "The present report, which I submit pursuant to resolution 77/12, covers ...": the document's
  issue told by its writer in a relative clause gives its mandate.
- "The General Assembly and the Security Council, in resolutions 60/180 and 1645 (2005), ...": organs
  named together, then one plural keyword set off: each number is its organ's, in order.
- A double symbol in a sentence's brackets is one document (`alsoSymbol` in the grids, `owl:sameAs`
  in the store); "(X and Y)" only where the sentence says the two name one document.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import ACTION_TAKEN, in_resolution, in_sc_report, in_sg_report, key, registry, stated

GATHERINGS = ("meetingOf", "heldOn")


def _rep(sentence: str, relation: str) -> set[tuple[str, str]]:
    extraction = extract(ACTION_TAKEN.format(s=sentence), source_key="test", registry=registry())
    return {(s, o) for r, s, o in stated(extraction) if r == relation}


def _res(paragraph: str, relation: str) -> set[tuple[str, str]]:
    extraction = extract(in_resolution(paragraph), source_key="test", registry=registry())
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


# ---------------------------------------------------------------- "its" after a body in the possessive

SC = "security-council"


@pytest.mark.parametrize(
    "sentence",
    [
        "Members welcomed the Security Council's annual open debate on peacebuilding, held at its 9876th meeting, on 3 October 2031.",
        "Participants recalled the Security Council's open debate on women and peace and security, which was held at its 9876th meeting on 3 October 2031.",
        "The Chair briefed the Security Council’s high-level debate on climate and security, convened at its 9876th meeting, on 3 October 2031.",
    ],
)
def test_a_meeting_held_of_a_body_in_the_possessive(sentence):
    found = in_sg_report(sentence, *GATHERINGS)
    assert (f"{SC}#9876", SC) in found
    assert (f"{SC}#9876", "2031-10-03") in found


@pytest.mark.parametrize(
    ("sentence", "gathering"),
    [
        ("The Commission welcomed the Tides Committee's open dialogue on sea levels, held at its 14th meeting, on 12 March 2031.",
         "ccr/tides-committee#14"),
        ("The Commission welcomed the Committee on Coastal Data's expert panel on sensors, convened during its ninth session, in Bangkok.",
         "ccr/committee-on-data#9"),
        ("The Commission took note of the Committee on Coastal Data's round table on buoys, organized during its ninth session.",
         "ccr/committee-on-data#9"),
    ],
)
def test_a_commissions_subsidiary_in_the_possessive(sentence, gathering):
    found = _rep(sentence, "meetingOf")
    assert (gathering, gathering.split("#")[0]) in found
    assert ("ccr#9", "ccr") not in found


@pytest.mark.parametrize(
    ("sentence", "gathering"),
    [
        # no participle of holding: the subject's own session, as before
        ("The Commission considered the Committee on Coastal Data's proposal at its eleventh session.", "ccr#11"),
        # a participle that holds nothing ("put forward"): the clause's subject's
        ("The Commission considered the Committee on Coastal Data's proposal, put forward at its eleventh session.", "ccr#11"),
    ],
)
def test_a_possessive_with_no_event_held_leaves_its_to_the_subject(sentence, gathering):
    found = _rep(sentence, "meetingOf")
    assert (gathering, "ccr") in found
    assert not any(g.startswith("ccr/committee-on-data#") for g, _ in found)


# ---------------------------------------------------------------- "its" of a relative clause's "it"

_RECALLING = "Recalling its resolution 10/1 of 3 May 2028{on}, by which it established the Committee on Coastal Data and {verb} {rest},"


@pytest.mark.parametrize(
    ("paragraph", "gathering"),
    [
        (_RECALLING.format(on=" on the conference structure of the Commission", verb="decided",
                           rest="to review its conference structure at its eleventh session"), "ccr#11"),
        (_RECALLING.format(on="", verb="further decided", rest="to consider its subsidiary structure during its eleventh session"), "ccr#11"),
        (_RECALLING.format(on="", verb="agreed", rest="to take up the matter again at its eleventh session"), "ccr#11"),
    ],
)
def test_its_of_the_second_verb_is_the_speakers(paragraph, gathering):
    found = _res(paragraph, "meetingOf")
    assert (gathering, "ccr") in found
    assert not any(g.startswith("ccr/committee-on-data#") for g, _ in found)


def test_its_of_the_second_verb_in_a_narrative_is_the_subjects():
    sentence = ("The Commission recalled its resolution 10/1, by which it established the Committee on Coastal Data "
                "and decided to review its subsidiary structure at its eleventh session.")
    found = _rep(sentence, "meetingOf")
    assert ("ccr#11", "ccr") in found
    assert not any(g.startswith("ccr/committee-on-data#") for g, _ in found)


@pytest.mark.parametrize(
    "paragraph",
    [
        # the body created is named again after the second verb: its own first session
        _RECALLING.format(on="", verb="requested", rest="the Committee on Coastal Data to report on its work at its first session"),
        _RECALLING.format(on="", verb="decided", rest="that the Committee on Coastal Data would hold its first session in 2029"),
    ],
)
def test_a_body_named_after_the_second_verb_keeps_its(paragraph):
    found = _res(paragraph, "meetingOf")
    assert ("ccr/committee-on-data#1", "ccr/committee-on-data") in found
    assert ("ccr#1", "ccr") not in found


# ---------------------------------------------------------------- the document's issue in a relative clause

@pytest.mark.parametrize(
    "sentence",
    [
        "The present report, which I submit pursuant to resolution 77/12, covers the period from 1 July 2031 to 30 June 2032.",
        "The present report, which I have the honour to submit in accordance with resolution 77/12, reviews progress.",
        "The present report, which the Secretary-General submits in response to resolution 77/12, reviews progress.",
        "This report, which the Secretariat prepared in compliance with resolution 77/12, describes the activities undertaken.",
        "The present note, which we transmit in line with resolution 77/12, sets out the options.",
    ],
)
def test_the_documents_issue_told_in_a_relative_clause(sentence):
    assert ("A/79/400", "ga/res/77/12") in in_sg_report(sentence, "pursuantTo")


@pytest.mark.parametrize(
    "sentence",
    [
        # another subject's act on the document, not its issue
        "The present report, which the Committee considered pursuant to resolution 77/12, reviews progress.",
        # another paper's issue
        "The earlier report, which I submitted pursuant to resolution 77/12, covered the previous period.",
    ],
)
def test_near_misses_of_the_relative_clause(sentence):
    assert ("A/79/400", "ga/res/77/12") not in in_sg_report(sentence, "pursuantTo")


# ---------------------------------------------------------------- organs paired with numbers

GA_SC = {("ga/res/60/180", "ga/peacebuilding-commission"), ("security-council/res/2005/1645", "ga/peacebuilding-commission")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The General Assembly and the Security Council, in resolutions 60/180 and 1645 (2005), established the Peacebuilding Commission.",
        "The General Assembly and the Security Council, through their concurrent resolutions 60/180 and 1645 (2005), established the Peacebuilding Commission.",
        "The Peacebuilding Commission was established by the General Assembly and the Security Council, in resolutions 60/180 and 1645 (2005).",
        # as before
        "The Peacebuilding Commission was established by the General Assembly and the Security Council by their concurrent resolutions 60/180 and 1645 (2005).",
    ],
)
def test_two_organs_and_their_numbers_in_order(sentence):
    found = in_sg_report(sentence, "establishes", "mentions")
    assert ("A/79/400", "ga/res/60/180") in found
    assert ("A/79/400", "security-council/res/2005/1645") in found
    assert ("A/79/400", "security-council/res/60/180") not in found


def test_two_organs_whose_numbers_share_a_shape():
    sentence = ("The General Assembly and the Economic and Social Council, in resolutions 77/12 and 2023/5, "
                "requested the Secretary-General to report.")
    assert in_sg_report(sentence, "requests") == {("ga/res/77/12", "secretary-general"), ("ecosoc/res/2023/5", "secretary-general")}


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # three numbers for two organs: no pairing (the Council's list)
        ("The General Assembly and the Economic and Social Council, in resolutions 77/12, 77/13 and 2023/5, requested the Secretary-General to report.",
         "ga/res/77/13"),
        # one organ's list after another organ named as a complement
        ("The Economic and Social Council, in resolutions 2023/5 and 2023/6, requested the Secretary-General to report.",
         "ga/res/2023/5"),
    ],
)
def test_no_pairing_where_the_counts_differ(sentence, absent):
    assert not any(s == absent for s, _ in in_sg_report(sentence, "requests", "mentions"))


# ---------------------------------------------------------------- a double symbol inside a sentence

@pytest.mark.parametrize(
    "sentence",
    [
        "The report of the Secretary-General (A/79/401-S/2032/77) was before the Assembly.",
        "The report of the Secretary-General (A/79/401–S/2032/77) was before the Assembly.",
        "The report of the Secretary-General (A/79/401--S/2032/77) was before the Assembly.",
        "The report of the Secretary-General (A/79/401 and S/2032/77) was issued as a document of both organs.",
        "The report (A/79/401 and S/2032/77), issued under both symbols, was before the Assembly.",
    ],
)
def test_a_double_symbol_in_brackets_is_one_document(sentence):
    assert ("A/79/401", "S/2032/77") in in_sg_report(sentence, "alsoSymbol")


@pytest.mark.parametrize(
    "sentence",
    [
        "The reports of the Secretary-General (A/79/401 and S/2032/77) were before both organs.",
        "The reports of the Secretary-General (A/79/401 and A/79/402) were issued as documents of both organs.",
        "The report (A/79/401) and the letter (S/2032/77) were issued as documents of both organs.",
    ],
)
def test_two_symbols_joined_by_and_stay_two(sentence):
    assert not in_sg_report(sentence, "alsoSymbol")


def test_a_double_symbol_in_a_mission_report():
    found = in_sc_report("The Council had before it the report (S/2031/400-A/85/700) on the Mission.", "alsoSymbol")
    assert ("S/2031/400", "A/85/700") in found
