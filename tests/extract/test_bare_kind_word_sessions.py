"""Whose session "its" is when the subject is a kind word alone in capitals: "The Group held its second
session in Geneva from 3 to 7 May 2031", "The Committee, at its 110th session, adopted its report", "At
its twelfth session, the Board recommended ...". Real documents name a body once in full and then call
it "the Group", "the Committee", "the Board", "the Panel", "the Mechanism", "the Forum". The reader
resolved such a word to no body, and "its" fell through to the document's own body: in a report of the
Secretary-General to the General Assembly every such sentence gave a session of the Assembly (`ga#2`,
held in Geneva on those days), in a commission's note one of the commission (E190, a cell of the lead's
grids; `rules/named_holders.bare_kind_holder`, `resolve._bare_kind_holder`, `resolve._kind_named_last`).

The rule: the kind word is the body the text last named whose name answers to it ("the Working Group on
Firearms" for "the Group", "the Advisory Board on Fisheries" for "the Board"): a body the reference data
knows holds its own gathering, a body the text created holds it under its key, a body nobody knows holds
no gathering. When the text named no such body, the document's own body holds it only if its name
answers to the word. A short name the reference data gives a body of another organization that the
document never names in full ("the Forum" in a report to the Assembly that names no forum) is read so too.

Near misses (tested): the document's own body or a body the data knows, named by a short name it gives
("The Assembly, at its seventy-eighth session", a commission's "The Commission, at its ninth session", a
committee's report saying "The Committee, at its fourth session"), and a body named in full, read as
before; "the Group of 77" and the kind word said again are no body named.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import NOTE, facts, in_note, in_resolution, key, registry, shipped_registry

GATHERING_FACTS = ("meetingOf", "heldIn", "heldOn", "adoptedAt")
SG_MASTHEAD = "A/79/400\nGeneral Assembly\nDistr.: General\n3 August 2024\nSeventy-ninth session\n\nReport of the Secretary-General\n\n"
OWN = "ga#79"  # the session the report is for (its masthead)


def sg_facts(*paragraphs: str) -> set[tuple[str, str, str]]:
    """The gathering facts of numbered paragraphs of a report of the Secretary-General to the Assembly,
    read with the shipped reference data, but the report's own session's."""
    text = SG_MASTHEAD + "\n\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, 1)) + "\n"
    extraction = extract(text, source_key="test", registry=shipped_registry())
    return {
        (f.relation, key(f.subject), key(f.object)) for f in extraction.facts
        if f.relation in GATHERING_FACTS and key(f.subject) != OWN
    }


def note_facts(*paragraphs: str) -> set[tuple[str, str, str]]:
    """The gathering facts of paragraphs of the commission's note, but those of the session it is for."""
    extraction = extract(in_note(*paragraphs), source_key="test", registry=registry())
    return {
        (f.relation, key(f.subject), key(f.object)) for f in extraction.facts
        if f.relation in GATHERING_FACTS and key(f.subject) != "ccr#13"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The Group held its second session in Geneva from 3 to 7 May 2031.",
        "The Committee, at its 110th session, adopted its report.",
        "The Board, at its twelfth session, recommended that the Assembly act.",
        "The Panel held its third meeting in Nairobi on 4 May 2031.",
        "The Mechanism, during its fourth session, held in Bonn from 3 to 7 May 2031, adopted a study.",
        "At its twelfth session, held in Rome from 3 to 7 May 2031, the Board adopted its programme of work.",
        "During its ninth session, the Committee endorsed the guidelines.",
        "In 2031, the Committee held its 110th session in Geneva from 3 to 7 May 2031.",
        "The Committee will hold its 111th session in Geneva from 3 to 7 May 2032.",
        "The Group met for its second session in Geneva from 3 to 7 May 2031.",
        "The Committee adopted its report at its 110th session.",
        "The Group agreed that its third session would be held in Vienna if resources allow.",
        "The Secretary-General notes that the Board, at its twelfth session, recommended a study.",
        "The guidelines were adopted by the Board at its twelfth session.",
        "The Group, which the Assembly established in 2029, held its second session in Geneva from 3 to 7 May 2031.",
        "The Working Group held its second session in Geneva from 3 to 7 May 2031.",
        "The Sub-Committee held its fourth session in Geneva from 3 to 7 May 2031.",
        # a short name the reference data gives one body of another organization, named nowhere in full
        "The Forum held its ninth session in New York from 3 to 7 May 2031.",
    ],
)
def test_no_kind_named_no_session_of_the_assembly(sentence):
    assert sg_facts(sentence) == set()


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a body nobody knows, named before (in the sentence before, or in another paragraph)
        ("The Advisory Board on Fisheries met twice in 2030. The Board, at its twelfth session, recommended a study.",),
        ("The Advisory Board on Fisheries was set up in 2019.", "The Board held its twelfth session in Rome from 3 to 7 May 2031."),
        ("The Committee on the Rights of Fishers was established in 1991.", "At its 90th session, the Committee adopted a general comment."),
        # a known group first, then a group nobody knows: the last one named
        ("The Working Group on Firearms met in 2030, and the Working Group on Fisheries Data in 2031.",
         "The Group held its ninth meeting in Vienna on 4 May 2031."),
        # groups of States are named, but hold no sessions here: still the Assembly's never
        ("The African Group and the Group of 77 made statements.", "The Group held its annual meeting in New York on 4 May 2031."),
    ],
)
def test_a_body_nobody_knows_named_before_holds_no_session(paragraphs):
    assert not {s for _, s, _ in sg_facts(*paragraphs) if s.startswith("ga#")}
    assert not {s for _, s, _ in sg_facts(*paragraphs) if not s.startswith("cop-untoc/")}


FIREARMS = "cop-untoc/wg-firearms"


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("The Working Group on Firearms met twice in 2030. The Group held its ninth meeting in Vienna on 4 and 5 May 2031.",),
            {("meetingOf", f"{FIREARMS}#9", FIREARMS), ("heldIn", f"{FIREARMS}#9", "Vienna"), ("heldOn", f"{FIREARMS}#9", "2031-05-04/2031-05-05")},
        ),
        (
            ("The Working Group on Firearms was established by the Conference.", "Its mandate was renewed in 2030.",
             "At its ninth meeting, held in Vienna on 4 and 5 May 2031, the Group adopted a plan."),
            {("meetingOf", f"{FIREARMS}#9", FIREARMS), ("heldIn", f"{FIREARMS}#9", "Vienna"), ("heldOn", f"{FIREARMS}#9", "2031-05-04/2031-05-05")},
        ),
        (
            ("The Working Group on Firearms met twice in 2030.", "The Group, during its ninth meeting, adopted a plan."),
            {("meetingOf", f"{FIREARMS}#9", FIREARMS)},
        ),
        (
            # a meeting in figures, the group named in full earlier in the sentence
            ("The report of the Working Group on Firearms covers the cases that the Group examined at its 12th meeting, held in Vienna"
             " on 4 May 2031.",),
            {("meetingOf", f"{FIREARMS}#12", FIREARMS), ("heldIn", f"{FIREARMS}#12", "Vienna"), ("heldOn", f"{FIREARMS}#12", "2031-05-04")},
        ),
        (
            # a body nobody knows first, then the known one: the last one named
            ("The Advisory Group on Fisheries Data met in 2029; the Working Group on Firearms met in 2030.",
             "The Group will hold its tenth meeting in Vienna on 4 May 2031."),
            {("meetingOf", f"{FIREARMS}#10", FIREARMS), ("heldIn", f"{FIREARMS}#10", "Vienna"), ("heldOn", f"{FIREARMS}#10", "2031-05-04")},
        ),
    ],
)
def test_a_known_body_named_before_holds_it(paragraphs, expected):
    got = sg_facts(*paragraphs)
    assert expected <= got
    assert not {s for _, s, _ in got if s.startswith("ga#")}


CREATED = "In its resolution 78/12, the General Assembly decided to establish an open-ended working group on coastal data."
GROUP = "ga/working-group-on-coastal-data"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group held its second session in Geneva from 3 to 7 May 2031.",
            {("meetingOf", f"{GROUP}#2", GROUP), ("heldIn", f"{GROUP}#2", "Geneva"), ("heldOn", f"{GROUP}#2", "2031-05-03/2031-05-07")},
        ),
        ("The Working Group, at its second session, adopted a plan.", {("meetingOf", f"{GROUP}#2", GROUP)}),
        ("At its third session, the Group adopted its report.", {("meetingOf", f"{GROUP}#3", GROUP)}),
        # a condition on a planned session: where it is to be held, as "would be held" and "tentatively
        # scheduled to be held" are in the set's gold (README, conventions; u57, u100)
        (
            "The Group agreed that its third session would be held in Vienna if resources allow.",
            {("meetingOf", f"{GROUP}#3", GROUP), ("heldIn", f"{GROUP}#3", "Vienna")},
        ),
        (
            "The Group decided that its fourth session would be held in Vienna from 3 to 7 May 2032, subject to the availability of resources.",
            {("meetingOf", f"{GROUP}#4", GROUP), ("heldIn", f"{GROUP}#4", "Vienna"), ("heldOn", f"{GROUP}#4", "2032-05-03/2032-05-07")},
        ),
    ],
)
def test_a_body_the_text_created_holds_it(sentence, expected):
    got = sg_facts(CREATED, sentence)
    assert expected <= got
    assert not {s for _, s, _ in got if s.startswith("ga#")}


def test_in_a_commissions_note_the_kind_word_is_no_session_of_the_commission():
    for sentence in (
        "The Group held its second session in Lima from 3 to 7 May 2031.",
        "The Board, at its twelfth session, held in Rome from 3 to 7 May 2031, recommended a study.",
        "At its fifth session, the Panel adopted its report.",
    ):
        assert not {s for _, s, _ in note_facts(sentence) if s.startswith("ccr#")}, sentence


def test_in_a_commissions_note_the_group_named_before():
    assert ("heldIn", "ccr/wg-early-warning#3", "Lima") in note_facts(
        "The Working Group on Early Warning Systems met twice in 2030.", "The Group held its third meeting in Lima on 4 May 2031."
    )
    created = note_facts(
        "By its resolution 12/4, the Commission established an expert mechanism on dune restoration.",
        "The Mechanism will hold its first session in Lima from 3 to 7 May 2032.",
    )
    assert ("heldIn", "ccr/mechanism-on-dune-restoration#1", "Lima") in created
    assert not {s for _, s, _ in created if s.startswith("ccr#")}


@pytest.mark.parametrize(
    ("paragraph", "absent"),
    [
        ("Notes that the Group held its second session in Lima from 3 to 7 May 2031;", "ccr#2"),
        ("Notes that, at its ninth session, the Board recommended a study;", "ccr#9"),
        ("Welcomes the study adopted by the Panel at its ninth meeting;", "ccr#9"),
    ],
)
def test_in_the_commissions_resolution_neither(paragraph, absent):
    assert absent not in {g for g, _ in facts(in_resolution(paragraph), "meetingOf")}


def test_a_paragraph_number_before_the_kind_word():
    # a Word export: the paragraph's number and a tab open the line
    text = SG_MASTHEAD + "14.\tThe Working Group on Firearms met twice in 2030.\n\n15.\tThe Group held its ninth meeting in Vienna on 4 May 2031.\n"
    extraction = extract(text, source_key="test", registry=shipped_registry())
    got = {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}
    assert ("heldIn", f"{FIREARMS}#9", "Vienna") in got
    assert not {s for r, s, _ in got if r == "meetingOf" and s.startswith("ga#") and s != OWN}


@pytest.mark.parametrize(
    ("paragraphs", "gathering"),
    [
        # the document's own body, or a body the data knows, named by a short name it gives: as before
        (("The Assembly, at its seventy-eighth session, adopted resolution 78/1.",), "ga#78"),
        (("At its seventy-eighth session, the Assembly adopted resolution 78/1.",), "ga#78"),
        (("The Statistical Commission met in March 2031. The Commission held its sixty-second session in New York.",),
         "ecosoc/statistical-commission#62"),
        (("The United Nations Forum on Forests adopted a resolution.", "The Forum held its ninth session in New York."), "ecosoc/unff#9"),
        (("The Human Rights Council met in Geneva. The Council, at its fifty-eighth session, adopted resolution 58/1.",), "hrc#58"),
    ],
)
def test_a_short_name_of_a_body_named_keeps_its_reading(paragraphs, gathering):
    assert gathering in {s for r, s, _ in sg_facts(*paragraphs) if r == "meetingOf"}


@pytest.mark.parametrize(
    ("sentence", "gathering"),
    [
        ("The Commission, at its ninth session, requested the Secretariat to report.", "ccr#9"),
        ("At its ninth session, the Commission adopted resolution 9/2.", "ccr#9"),
        ("The Committee held its fourth session in Lima from 3 to 7 May 2031.", "ccr/committee-on-data#4"),
        ("The Working Group on Early Warning Systems held its third meeting in Vienna on 4 and 5 June 2031.", "ccr/wg-early-warning#3"),
    ],
)
def test_in_the_commissions_note_its_own_bodies_keep_their_sessions(sentence, gathering):
    assert gathering in {g for g, _ in facts(in_note(sentence), "meetingOf")}


def test_a_committees_own_report_says_the_committee():
    # the committee's report on its session: "The Committee" is the document's own body (no other
    # committee named before), as its short name in the data says
    text = NOTE.replace("E/CN.21/2032/4", "E/CN.21/CD/2031/3").replace(
        "Commission on Coastal Resilience\n\nThirteenth session", "Committee on Coastal Data\n\nFifth session"
    ).replace("Note by the Secretariat", "Report of the Committee on its fifth session") + (
        "1. The Committee, at its fourth session, held in Lima from 3 to 7 May 2030, adopted a work plan.\n"
    )
    got = {(f.relation, key(f.subject), key(f.object)) for f in extract(text, source_key="test", registry=registry()).facts}
    assert ("heldIn", "ccr/committee-on-data#4", "Lima") in got
