"""Whose session "its" is when the clause names the body in capitals: "At its twelfth session, held in
Geneva from 3 to 7 May 2031, the Expert Mechanism on Fisheries adopted its report", "During its 110th
session, the Working Group on X adopted ...", "The Advisory Board on Fisheries, at its twelfth session,
recommended ...", "... was adopted by the Panel on Tidal Rights at its third meeting". A body the
reference data knows holds its own gathering (as before); one the text created, its key; one nobody
knows, no gathering at all. Before, the last went to the document's own body (the General Assembly's
twelfth session, held in Geneva; the commission's twelfth session): an extra in every set, and a wrong
`heldIn` / `heldOn` (E183, a cell of the lead's grids; `rules/named_holders.py`,
`resolve._stranger_holds_its`). Bare short names ("the Assembly", "the Commission") the data gives read as
before; a kind word alone that names no body ("the Panel") is E190's (`test_bare_kind_word_sessions.py`).
Also: "The Secretary-General was mandated by General Assembly resolution 77/12 to prepare ..."
(`rules/mandate_verbs`, `relate`'s passive mandates with their instrument after the verb)."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import facts, in_note, in_resolution, in_sg_report, key, shipped_registry

GATHERING_FACTS = ("meetingOf", "heldIn", "heldOn", "adoptedAt")
OWN = {"ga#79"}  # the session the report is for (its masthead)


def gatherings_in_sg_report(sentence: str) -> set[str]:
    """The gatherings a sentence of a report of the Secretary-General to the Assembly states facts of,
    but the report's own session."""
    return {g for g, _ in in_sg_report(sentence, "meetingOf")} - OWN | {
        g for g, _ in in_sg_report(sentence, "heldIn", "heldOn")
    } - OWN


@pytest.mark.parametrize(
    "sentence",
    [
        "At its 110th session, the Working Group on Nothing adopted its report.",
        "At its twelfth session, held in Geneva from 3 to 7 May 2031, the Expert Mechanism on Fisheries adopted its report.",
        "During its twelfth session, the Expert Mechanism on Fisheries adopted a study.",
        "During its twelfth session, held in Rome, Italy, from 3 to 7 May 2031, the Committee on Fisheries of the Fisheries"
        " Agency endorsed the guidelines.",
        "At its 5th meeting, on 3 May 2031, the Expert Mechanism on Fisheries adopted its report.",
        "At its third meeting, held in Nairobi on 3 May 2031, the Technical Advisory Panel on Tidal Rights will adopt a work plan.",
        "The Advisory Board on Fisheries, at its twelfth session, recommended that the Secretary-General report.",
        "The Governing Council of the Fisheries Agency, at its twelfth session, held in Nairobi, adopted a plan.",
        "In 2031, the Advisory Board on Fisheries, at its twelfth session, had recommended a study.",
        "The guidelines were endorsed by the Committee on Fisheries at its thirty-fourth session.",
        "The Secretary-General notes that the Scientific Council of the Fisheries Agency, during its ninth session, agreed on a plan.",
        "The Secretary-General notes that, at its ninth session, the Scientific Council of the Fisheries Agency agreed on a plan.",
    ],
)
def test_a_body_nobody_knows_holds_no_session_of_the_assembly(sentence):
    assert gatherings_in_sg_report(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "gathering"),
    [
        ("At its sixty-second session, the Statistical Commission adopted decision 62/101.", "ecosoc/statistical-commission#62"),
        ("The Statistical Commission, at its sixty-second session, adopted decision 62/101.", "ecosoc/statistical-commission#62"),
        ("At its seventy-seventh session, the General Assembly adopted resolution 77/12.", "ga#77"),
        ("At its seventy-seventh session, the Assembly adopted resolution 77/12.", "ga#77"),
        ("The Assembly, at its seventy-seventh session, adopted resolution 77/12.", "ga#77"),
        ("At its fifty-eighth session, the Human Rights Council adopted resolution 58/1.", "hrc#58"),
        ("The Human Rights Council, during its fifty-eighth session, adopted resolution 58/1.", "hrc#58"),
        # a known body named inside the name, whose organ it is: read as before (the Assembly's)
        ("The Bureau decided to wait for the decision to be taken by the Credentials Committee of the General Assembly at its"
         " seventy-seventh session.", "ga#77"),
        # the stranger named later in the sentence is no subject
        ("At its seventy-seventh session, the Assembly welcomed the report of the Expert Mechanism on Fisheries.", "ga#77"),
    ],
)
def test_a_known_body_holds_its_own_session(sentence, gathering):
    assert gathering in gatherings_in_sg_report(sentence)


CREATED = "The Open-ended Working Group on Ageing was established by General Assembly resolution 65/182. "
GROUP = "ga/open-ended-working-group-on-ageing"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At its fourteenth session, the Open-ended Working Group on Ageing adopted its report.", {("meetingOf", f"{GROUP}#14", GROUP)}),
        (
            "The Open-ended Working Group on Ageing, at its fourteenth session, held in New York from 3 to 7 May 2031, adopted its report.",
            {("meetingOf", f"{GROUP}#14", GROUP), ("heldIn", f"{GROUP}#14", "New York"), ("heldOn", f"{GROUP}#14", "2031-05-03/2031-05-07")},
        ),
        ("During its third meeting, the Open-ended Working Group on Ageing agreed on a plan.", {("meetingOf", f"{GROUP}#3", GROUP)}),
    ],
)
def test_a_body_the_text_created_holds_it(sentence, expected):
    extraction = extract(
        "A/79/400\nGeneral Assembly\nDistr.: General\n3 August 2024\nSeventy-ninth session\n\nReport of the Secretary-General\n\n1. "
        + CREATED + sentence + "\n",
        source_key="test", registry=shipped_registry(),
    )
    got = {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts if f.relation in GATHERING_FACTS}
    assert expected <= got
    assert not {g for _, g, _ in got if g.startswith("ga#")} - OWN


def commission_sessions(text: str) -> set[str]:
    return {g for g, _ in facts(text, "meetingOf")}


@pytest.mark.parametrize(
    "sentence",
    [
        "At its ninth session, the Advisory Board on Fisheries recommended that the Commission adopt a resolution.",
        "The Advisory Board on Fisheries, at its ninth session, recommended that the Commission adopt a resolution.",
        "During its ninth meeting, the Scientific Panel on Tidal Rights agreed that the Commission should be informed.",
        "The recommendation was adopted by the Expert Mechanism on Fisheries during its ninth session.",
    ],
)
def test_in_a_commissions_note_the_stranger_holds_no_session_of_the_commission(sentence):
    assert "ccr#9" not in commission_sessions(in_note(sentence))


@pytest.mark.parametrize(
    "paragraph",
    [
        "Notes that the Advisory Board on Fisheries, at its ninth session, recommended a study;",
        "Welcomes the recommendation made by the Expert Mechanism on Fisheries at its ninth session;",
        "Notes that, at its ninth session, the Advisory Board on Fisheries recommended a study;",
    ],
)
def test_in_the_commissions_resolution_neither(paragraph):
    assert "ccr#9" not in commission_sessions(in_resolution(paragraph))


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the Commission named, or "it", or a bare name the data may lack
        "At its ninth session, the Commission adopted resolution 9/2.",
        "The Commission, at its ninth session, requested the Secretariat to report.",
        "Notes that the Commission, at its ninth session, recommended a study.",
        "The recommendation was adopted by the Commission during its ninth session.",
    ],
)
def test_the_commission_named_keeps_its_session(sentence):
    assert "ccr#9" in commission_sessions(in_note(sentence))


def test_a_bare_kind_word_is_no_session_of_a_body_it_does_not_name():
    # "the Panel" alone, no panel named before, in the Assembly's document: no session of the Assembly
    # (E190: the body the text last named of that kind, else the document's own body only if the word
    # names it; `test_bare_kind_word_sessions.py`)
    assert gatherings_in_sg_report("At its twelfth session, the Panel adopted its report.") == set()


def test_two_subjects_say_not_whose():
    # "the Assembly and the Expert Mechanism": the rule keeps out of a joined subject
    assert "ga#77" in gatherings_in_sg_report(
        "At its seventy-seventh session, the Assembly and the Expert Mechanism on Fisheries held a joint meeting."
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Secretary-General was mandated by General Assembly resolution 77/12 to prepare a report.", {("ga/res/77/12", "secretary-general")}),
        ("The Secretary-General is mandated under General Assembly resolution 77/12 to prepare a report.", {("ga/res/77/12", "secretary-general")}),
        ("The Secretary-General was mandated by General Assembly resolution 77/12, adopted on 7 December 2022, to prepare a report.",
         {("ga/res/77/12", "secretary-general")}),
        ("By resolution 77/12, the Secretary-General was mandated to prepare a report.", {("ga/res/77/12", "secretary-general")}),
        # near misses: a paper mandated, the mandate as an aside, no task
        ("The report was mandated by General Assembly resolution 77/12.", set()),
        ("The review, as mandated by General Assembly resolution 77/12, covers the period to 2030.", set()),
        ("The Secretary-General was mandated by General Assembly resolution 77/12 to be the depositary.", set()),
    ],
)
def test_mandated_by_an_instrument_to(sentence, expected):
    assert in_sg_report(sentence, "requests") == expected
