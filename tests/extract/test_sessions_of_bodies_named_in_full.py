"""Whose session "its" is when the clause opens on a body named in full and its verb follows: "The Advisory
Board on Coastal Finance held its third session in Manila from 3 to 5 May 2032", "The Committee on
Contributions held its ninety-second session in New York" (E198, a wrong-fact family of the lead's grid
`/work/grid/r17/e198.grid`; `rules/named_holders.name_opens_clause`, `name_before_possessive`,
`resolve._known_named_holder`, `resolve._stranger_possesses`).

E183 read a name in capitals as the holder after an opening "At its Nth session," and right before "(,) at
its"; E190 a kind word alone ("The Group held its"). A name in full opening the clause was read by neither:
"its" fell through to the document's own body, so a report of the Secretary-General gave the Assembly's
ninety-second session held in New York, a commission's report the commission's third session held in Manila.
The rule, as E190's: a body the reference data knows holds its own gathering (whether its data says
"meeting" or "session": the words name it the holder); a body the text created holds it under its key; a
name nobody knows holds a gathering of no one (not minted: no document of the unseen set, the corpus or dev
has such a sentence, and their gold keys only bodies with reference data or created in the text).

Also: "The third session of the Advisory Board on X was held" and "the Board's third session" of a body the
text created (its default "meeting" gave nothing, or the commission's session); ", set up pursuant to
paragraph 4 of resolution 11/2," establishes as ", established pursuant to" does; "In accordance with
resolution 11/2, by which the Commission established the Working Group on X, the Working Group held its first
session" is the group's (an opening that ends on a relative clause on what it cites).

Near misses (tested): a partner ("In cooperation with the Advisory Board on X, the General Assembly held its
eightieth session"), another body named between the name and "its" ("recommended that the General Assembly
consider the matter at its eightieth session"), two subjects, an instrument's adoption told in an aside
("…, established by resolution 11/2 of the Commission, adopted at its eleventh session, …"), the document's
own body named in full, a meeting in figures or "At its ninth meeting" of a body that holds sessions (a
sitting), a possessive of the document's own body.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import ACTION_TAKEN, SG_REPORT, in_note, key, registry, shipped_registry

GATHERING_FACTS = ("meetingOf", "heldIn", "heldOn", "adoptedAt", "pursuantTo")
OWN = {"ga#79", "ccr#12", "ccr#13"}  # the sessions the frames' mastheads give


def _facts(text: str, shipped: bool) -> set[tuple[str, str, str]]:
    extraction = extract(text, source_key="test", registry=shipped_registry() if shipped else registry())
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}


def sg(sentence: str) -> set[tuple[str, str, str]]:
    """Facts of paragraph 1 of a report of the Secretary-General to the General Assembly (shipped data)."""
    return _facts(SG_REPORT.format(s=sentence), True)


def rep(sentence: str) -> set[tuple[str, str, str]]:
    """Facts of paragraph 15 of the commission's report on its twelfth session (the phrasing data)."""
    return _facts(ACTION_TAKEN.format(s=sentence), False)


def note(sentence: str) -> set[tuple[str, str, str]]:
    """Facts of paragraph 1 of the Secretariat's note for the commission's thirteenth session."""
    return _facts(in_note(sentence), False)


def gatherings(facts: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """The gathering facts, but those of the sessions the frame's masthead gives."""
    return {f for f in facts if f[0] in GATHERING_FACTS and f[1] not in OWN}


# ---------------------------------------------------------------- a name nobody knows: no one's session

STRANGERS = [
    # a committee of the General Assembly the shipped data does not describe
    "The Committee on Contributions held its ninety-second session in New York from 3 to 21 June 2032.",
    "The Committee on Contributions will hold its ninety-third session in New York from 2 to 20 June 2033.",
    "The Committee on Contributions adopted its report at its ninety-second session.",
    "The Secretary-General notes that the Committee on Contributions held its ninety-second session in New York.",
    # a commission's subsidiary body, a panel, a treaty body's expert group, a fund's board
    "The Advisory Board on Coastal Finance held its third session in Manila from 3 to 5 May 2032.",
    "The Advisory Board on Coastal Finance met for its third session in Manila from 3 to 5 May 2032.",
    "In 2032, the Intergovernmental Panel on Shorelines held its second session in Nairobi on 3 May 2032.",
    "The Expert Group on Ocean Noise will hold its fourth meeting in Bonn on 3 and 4 May 2032.",
    "The Executive Board of the Green Coast Fund met for its fortieth session in Songdo from 3 to 5 May 2032.",
    # a clause set off by commas after the name
    "The Advisory Board on Coastal Finance, which donors set up in 2029, held its third session in Manila from 3 to 5 May 2032.",
    # a possessive
    "The Advisory Board on Coastal Finance's third session will consider the report.",
    # a clause after ", and" or "noted that"
    "The Secretariat met the donors in April 2032, and the Advisory Board on Coastal Finance held its third session in Manila.",
    "The Secretariat noted that the Advisory Board on Coastal Finance held its third session in Manila.",
]


@pytest.mark.parametrize("sentence", STRANGERS)
def test_a_stranger_named_in_full_holds_no_session_of_the_assembly(sentence):
    assert gatherings(sg(sentence)) == set()


@pytest.mark.parametrize("sentence", STRANGERS)
def test_a_stranger_named_in_full_holds_no_session_of_the_commission(sentence):
    assert gatherings(rep(sentence)) == set()
    assert gatherings(note(sentence)) == set()


def test_the_commissions_own_session_stays_in_its_note():
    # the note's masthead gives the thirteenth session its place; no third session of the commission
    facts = note("The Advisory Board on Coastal Finance held its third session in Manila from 3 to 5 May 2032.")
    assert not any(f[1] == "ccr#3" for f in facts)
    assert ("meetingOf", "ccr#13", "ccr") in facts


# ---------------------------------------------------------------- a body the text created, named again

CREATED = "The Commission established the Advisory Board on Coastal Finance in its resolution 11/2. "
BOARD = "ccr/advisory-board-on-coastal-finance"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Advisory Board on Coastal Finance held its third session in Manila from 3 to 5 May 2032.",
        "The Advisory Board on Coastal Finance will hold its third session in Manila from 3 to 5 May 2032.",
        "The third session of the Advisory Board on Coastal Finance was held in Manila from 3 to 5 May 2032.",
        "The Advisory Board on Coastal Finance, at its third session, held in Manila from 3 to 5 May 2032, adopted its report.",
        "At its third session, held in Manila from 3 to 5 May 2032, the Advisory Board adopted its report.",
    ],
)
def test_a_body_the_text_created_holds_its_own_session(sentence):
    facts = rep(CREATED + sentence)
    assert ("establishes", "ccr/res/11/2", BOARD) in facts
    assert {("meetingOf", f"{BOARD}#3", BOARD), ("heldIn", f"{BOARD}#3", "Manila"), ("heldOn", f"{BOARD}#3", "2032-05-03/2032-05-05")} <= facts
    assert not any(f[1] == "ccr#3" for f in facts)


def test_the_possessive_of_a_body_the_text_created():
    facts = rep(CREATED + "The Board's third session will consider the report.")
    assert ("meetingOf", f"{BOARD}#3", BOARD) in facts
    assert not any(f[1] == "ccr#3" for f in facts)


# ---------------------------------------------------------------- set up pursuant to; by which it established

WG = "ccr/wg-early-warning"


@pytest.mark.parametrize("participle", ["set up", "established", "first set up"])
@pytest.mark.parametrize("word", ["session", "meeting"])
def test_a_group_set_up_pursuant_to_a_resolution_holds_its_own_gathering(participle, word):
    facts = rep(
        f"The Working Group on Early Warning Systems, {participle} pursuant to paragraph 4 of Commission "
        f"resolution 11/2, held its first {word} in Bangkok from 3 to 5 May 2032."
    )
    assert ("establishes", "ccr/res/11/2", WG) in facts
    assert {("meetingOf", f"{WG}#1", WG), ("heldIn", f"{WG}#1", "Bangkok")} <= facts
    assert not any(f[1] == "ccr#1" for f in facts)


def test_set_up_in_brackets_after_the_name():
    facts = rep(
        "The Working Group on Early Warning Systems (set up by the Commission in its resolution 11/2) held its "
        "first meeting in Bangkok."
    )
    assert ("establishes", "ccr/res/11/2", WG) in facts


def test_by_which_the_commission_established_the_group_the_group_held():
    facts = rep(
        "In accordance with resolution 11/2, by which the Commission established the Working Group on Early Warning "
        "Systems, the Working Group held its first session in Bangkok from 3 to 5 May 2032."
    )
    assert {("heldIn", f"{WG}#1", "Bangkok"), ("pursuantTo", f"{WG}#1", "ccr/res/11/2")} <= facts
    assert not any(f[1] == "ccr#1" for f in facts)


# ---------------------------------------------------------------- a known body, the other gathering word

@pytest.mark.parametrize(
    "sentence, gathering",
    [
        # the data says "meeting", the text "session"
        ("The Working Group on Early Warning Systems held its first session in Bangkok from 3 to 5 May 2032.", f"{WG}#1"),
        ("The Working Group on Early Warning Systems, at its first session, held in Bangkok from 3 to 5 May 2032, adopted its report.", f"{WG}#1"),
        # the data says "session", the text "meeting", told as held
        ("The Committee on Coastal Data held its ninth meeting in Bangkok from 3 to 5 May 2032.", "ccr/committee-on-data#9"),
        ("The Committee on Coastal Data held its ninth session in Bangkok from 3 to 5 May 2032.", "ccr/committee-on-data#9"),
    ],
)
def test_a_known_body_named_in_full_holds_its_own_gathering(sentence, gathering):
    facts = rep(sentence)
    assert ("heldIn", gathering, "Bangkok") in facts
    assert not any(f[1] in ("ccr#1", "ccr#9") for f in facts)


@pytest.mark.parametrize("word", ["session", "meeting"])
def test_a_treaty_bodys_working_group_in_a_report_to_the_assembly(word):
    # the shipped data's Working Group on Firearms of the Conference of the Parties to UNTOC holds meetings
    facts = sg(f"The Working Group on Firearms held its ninth {word} in Vienna from 3 to 5 May 2032.")
    assert ("heldIn", "cop-untoc/wg-firearms#9", "Vienna") in facts
    assert not any(f[1] == "ga#9" for f in facts)


# ---------------------------------------------------------------- near misses

def test_a_partner_named_before_the_subject():
    facts = sg("In cooperation with the Advisory Board on Coastal Finance, the General Assembly held its eightieth session in New York.")
    assert ("heldIn", "ga#80", "New York") in facts


def test_another_body_named_between_the_name_and_its():
    facts = sg("The Advisory Board on Coastal Finance recommended that the General Assembly consider the matter at its eightieth session.")
    assert ("meetingOf", "ga#80", "ga") in facts


def test_two_subjects_give_no_one_session():
    assert gatherings(sg("The Advisory Board on Coastal Finance and the General Assembly held their joint meeting.")) == set()


def test_an_instruments_adoption_told_in_an_aside_is_its_issuers():
    facts = rep(
        "The Advisory Board on Coastal Finance, established by resolution 11/2 of the Commission on Coastal "
        "Resilience, adopted at its eleventh session, will hold its third session in Manila."
    )
    assert ("adoptedAt", "ccr/res/11/2", "ccr#11") in facts
    assert not any(f[1] == "ccr#3" for f in facts)


@pytest.mark.parametrize(
    "sentence, gathering",
    [
        ("The Commission on Coastal Resilience held its thirteenth session in Vienna from 3 to 5 May 2032.", "ccr#13"),
        ("The Commission's thirteenth session will be held in Vienna from 3 to 5 May 2032.", "ccr#13"),
        ("The Committee on Coastal Data's ninth session will be held in Bangkok from 3 to 5 May 2032.", "ccr/committee-on-data#9"),
    ],
)
def test_the_documents_own_body_and_known_bodies_read_as_before(sentence, gathering):
    assert ("meetingOf", gathering, gathering.split("#")[0]) in rep(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # sittings inside a session of a body that holds sessions
        "At its ninth meeting, the Committee on Coastal Data adopted its report.",
        "The Committee on Coastal Data, at its 9th meeting, adopted its report.",
    ],
)
def test_a_sitting_of_a_body_that_holds_sessions_is_no_gathering(sentence):
    assert gatherings(rep(sentence)) == set()


def test_another_clauses_subject_holds_its():
    # "asked X to hold its": the addressee's; ", and that X held its": that clause's subject
    facts = rep("The Committee on Coastal Data asked the Working Group on Early Warning Systems to hold its first meeting in Bangkok.")
    assert ("heldIn", f"{WG}#1", "Bangkok") in facts
    facts = rep(
        "The Committee on Coastal Data noted the report, and that the Working Group on Early Warning Systems held its "
        "first meeting in Bangkok."
    )
    assert ("heldIn", f"{WG}#1", "Bangkok") in facts
    assert not any(f[1].startswith("ccr/committee-on-data#") for f in facts)
