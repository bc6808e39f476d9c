"""Every mandate verb after every back-reference opening (E132): "By the same resolution the
Council invites X to ...", "In the same decision, the Council urged X ...", "By that resolution,
X was also requested to ...", in a note by the Secretariat and in a session report's narrative,
the present and the past, the active and the passive, one addressee or two. The verbs map to
their relations as `rules/mandate_verbs` says: requests / asks / calls upon / directs / instructs
-> requests; urges / encourages -> encourages; invites -> invites.

Back references without a kind word ("In it, the Council invites ...", "By the latter, the
Council requested ...") speak for the instrument the sentence before (in the same paragraph)
named; "it" after a sentence about a report is the report, and gives nothing. An opening that
names the instrument ("By its resolution 2029/4, the Council invites ...", "Through resolution
2029/4, ...") reads in the present as in the past."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import SESSION_REPORT, facts, in_note

FIRST = "In its resolution 2029/4 of 3 June 2029, the Economic and Social Council requested the Secretary-General to report to the Commission."
FIRST_DECISION = "By its decision 2030/215, the Economic and Social Council requested the Secretary-General to report to the Commission."
RESOLUTION, DECISION = "ecosoc/res/2029/4", "ecosoc/dec/2030/215"
DATA, TIDES = "ccr/committee-on-data", "ccr/tides-committee"

# (present, past, relation)
VERBS = [
    ("requests", "requested", "requests"),
    ("asks", "asked", "requests"),
    ("calls upon", "called upon", "requests"),
    ("directs", "directed", "requests"),
    ("instructs", "instructed", "requests"),
    ("urges", "urged", "encourages"),
    ("encourages", "encouraged", "encourages"),
    ("invites", "invited", "invites"),
]
OPENINGS = ["By the same resolution", "In the same resolution,", "By that resolution,", "Under the same resolution,", "In the said resolution,"]
DECISION_OPENINGS = ["By the same decision", "In the same decision,", "By that decision,"]


def in_report(*sentences: str) -> str:
    """Sentences of a paragraph of chapter II of the Commission's session report."""
    return SESSION_REPORT + "Requests the Secretariat to report.\n\nChapter II\n\n1. The Commission considered item 3.\n\n2. " + " ".join(sentences) + "\n"


CONTEXTS = {"note": lambda *s: in_note(*s), "report": in_report}


@pytest.mark.parametrize("context", sorted(CONTEXTS))
@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize("present, past, relation", VERBS)
def test_each_verb_after_each_back_reference(context: str, opening: str, present: str, past: str, relation: str) -> None:
    for verb in (present, past, f"also {past}"):
        text = CONTEXTS[context](FIRST, f"{opening} the Council {verb} the Committee on Coastal Data to review the indicators.")
        assert (RESOLUTION, DATA) in facts(text, relation), (verb, facts(text, relation))


@pytest.mark.parametrize("opening", DECISION_OPENINGS)
@pytest.mark.parametrize("present, past, relation", VERBS)
def test_each_verb_after_a_back_reference_to_a_decision(opening: str, present: str, past: str, relation: str) -> None:
    for verb in (present, f"further {past}"):
        text = in_note(FIRST_DECISION, f"{opening} the Council {verb} the Tides Committee to review the indicators.")
        assert (DECISION, TIDES) in facts(text, relation), (verb, facts(text, relation))


@pytest.mark.parametrize("opening", OPENINGS[:3])
@pytest.mark.parametrize("present, past, relation", VERBS)
def test_two_addressees_of_one_verb(opening: str, present: str, past: str, relation: str) -> None:
    text = in_note(FIRST, f"{opening} the Council {present} the Committee on Coastal Data and the Tides Committee to review the indicators.")
    assert {(RESOLUTION, DATA), (RESOLUTION, TIDES)} <= facts(text, relation)


@pytest.mark.parametrize("context", sorted(CONTEXTS))
@pytest.mark.parametrize("opening", OPENINGS[:3])
@pytest.mark.parametrize("present, past, relation", VERBS)
def test_the_passive_after_a_back_reference(context: str, opening: str, present: str, past: str, relation: str) -> None:
    told_after = f"The Committee on Coastal Data is {past}, {opening[0].lower()}{opening[1:].rstrip(',')}, to review the indicators."
    told_before = f"{opening} the Committee on Coastal Data was also {past} to review the indicators."
    for sentence in (told_after, told_before):
        text = CONTEXTS[context](FIRST, sentence)
        assert (RESOLUTION, DATA) in facts(text, relation), (sentence, facts(text, relation))


# "In it, ...", "By the latter, ...": no kind word; the sentence before names the instrument
PRONOUNS = [
    (FIRST, "In it,"),
    (FIRST, "By it,"),
    ("The Council adopted decision 2028/301 and resolution 2029/4 on 3 June 2029.", "By the latter,"),
    ("The Council adopted decision 2028/301 and resolution 2029/4 on 3 June 2029.", "In the latter,"),
    ("The Council adopted resolution 2029/4 and decision 2028/301 on 3 June 2029.", "By the former,"),
]


@pytest.mark.parametrize("first, opening", PRONOUNS)
@pytest.mark.parametrize("present, past, relation", VERBS)
def test_each_verb_after_a_back_reference_without_a_kind_word(first: str, opening: str, present: str, past: str, relation: str) -> None:
    for verb in (present, past, f"also {past}"):
        text = in_note(f"{first} {opening} the Council {verb} the Committee on Coastal Data to review the indicators.")
        told = facts(text, relation)
        assert (RESOLUTION, DATA) in told, (verb, told)
        assert not any(s == "ecosoc/dec/2028/301" for s, _ in told), told
    # a second verb coordinated with the first has the same subject
    text = in_note(f"{first} {opening} the Council {present} the Secretary-General to report, and {present} the Tides Committee to review the indicators.")
    assert (RESOLUTION, TIDES) in facts(text, relation)


@pytest.mark.parametrize("text", [
    # "it" is the report the sentence before named, not the resolution named earlier
    in_note(f"{FIRST} The Commission had before it the report of the Secretary-General (E/CN.21/2032/3). In it, the Secretary-General invites the Committee on Coastal Data to review the indicators."),
    in_note(f"{FIRST} It also considered the report of the Secretary-General. In it, the Secretary-General invites the Committee on Coastal Data to review the indicators."),
    # no sentence before in the paragraph: "it" has no antecedent the reader may trust
    in_note(FIRST, "In it, the Council invites the Committee on Coastal Data to review the indicators."),
    # a clause with a subject of its own is not the instrument's
    in_note(f"{FIRST} In it, the Council requests the Secretary-General to report, and the Committee on Coastal Data invites the Bureau to review the indicators."),
])
def test_it_that_is_not_the_instrument(text: str) -> None:
    assert (RESOLUTION, DATA) not in facts(text, "invites")
    assert not any(o == "ccr/bureau" for _, o in facts(text, "invites"))


@pytest.mark.parametrize("opening", OPENINGS[:3])
def test_near_misses(opening: str) -> None:
    # a decision not to invite invites nobody
    text = in_note(FIRST, f"{opening} the Council decided not to invite the Committee on Coastal Data to review the indicators.")
    assert (RESOLUTION, DATA) not in facts(text, "invites")
    # Member States are no body of the graph
    text = in_note(FIRST, f"{opening} the Council invites Member States to review the indicators.")
    assert not facts(text, "invites") - {(RESOLUTION, "secretary-general")}


# "By its resolution 2029/4, the Council invites X ...": the opening names the instrument, its
# issuer the subject, the verb in the present as in the past
NAMED_OPENINGS = [
    "By its resolution 2029/4,",
    "In its resolution 2029/4 of 3 June 2029,",
    "Through resolution 2029/4,",
    "In resolution 2029/4,",
    "Under Council resolution 2029/4,",
]


@pytest.mark.parametrize("opening", NAMED_OPENINGS)
@pytest.mark.parametrize("present, past, relation", VERBS)
def test_each_verb_after_an_opening_naming_the_instrument(opening: str, present: str, past: str, relation: str) -> None:
    for verb in (present, f"also {present}", past):
        text = in_note(f"{opening} the Economic and Social Council {verb} the Committee on Coastal Data to review the indicators.")
        assert (RESOLUTION, DATA) in facts(text, relation), (verb, facts(text, relation))
    text = in_note(f"{opening} the Council {present} the Secretary-General to report, and {present} the Tides Committee to review the indicators.")
    assert (RESOLUTION, TIDES) in facts(text, relation)


@pytest.mark.parametrize("sentence", [
    # another body than the issuer speaks: the note's own words, or that body's
    "In resolution 2029/4, the Commission invites the Committee on Coastal Data to review the indicators.",
    # no text named: the note's own suggestion
    "In line with resolution 2029/4, the Council invites the Committee on Coastal Data to review the indicators.",
    "Pursuant to resolution 2029/4, the Council invites the Committee on Coastal Data to review the indicators.",
    # a clause of its own after a semicolon
    "By its resolution 2029/4, the Council requests the Secretary-General to report; the Commission invites the Committee on Coastal Data to review the indicators.",
])
def test_present_verbs_that_are_not_the_named_instruments(sentence: str) -> None:
    assert (RESOLUTION, DATA) not in facts(in_note(sentence), "invites")


# "By the same resolution the Council asks X to ..., and invites Y to ...": any verb of the
# families coordinated after any other, the second with the back reference's instrument
@pytest.mark.parametrize("opening", ["By the same resolution", "In the same resolution,", "Under that resolution", "By its resolution 2029/4,"])
@pytest.mark.parametrize("first", ["asks", "requests", "urges", "invites"])
@pytest.mark.parametrize("present, past, relation", VERBS)
def test_a_verb_coordinated_after_another(opening: str, first: str, present: str, past: str, relation: str) -> None:
    for joint in (", and ", " and ", ", and further "):
        text = in_note(FIRST, f"{opening} the Council {first} the Secretary-General to transmit its findings to the Committee on Coastal Data{joint}{present} the Tides Committee to review them.")
        assert (RESOLUTION, TIDES) in facts(text, relation), (joint, facts(text, relation))
