"""Which instrument "its", "the same resolution" and an instrument opening a sentence mean, and
which document a cover letter's "The programme of work is submitted ..." speaks of (E76, from the
spent u101 and u104), on invented text in a note for the Commission on Coastal Resilience's
thirteenth session (tests/data/phrasing.ttl: the Commission numbers its own resolutions
"session/number", so a bare number falls to it unless the text says whose it is):

- "In that resolution, the General Assembly reaffirmed its resolution 59/209": "its" is the
  clause's subject's, whichever body it is and whatever opens the clause.
- "In its preamble, resolution 80/12 recalls resolutions ...": the instrument is the subject after
  an opening set off by a comma, and cites what follows the verb.
- "By resolution 2031/4, the Council asked ... The resolution also recalled resolution 2029/7. In
  the same resolution, the Council decided to establish ...": "the same resolution" is the one
  that recalled, not the one it recalled.
- "I have the honour to transmit herewith the programme of work of the Commission ... The
  programme of work is submitted pursuant to paragraph 12 of resolution 80/12": the letter is
  issued as what it transmits, so the document being read is submitted under 80/12.
- A report whose title a heading gives ("# Report of the Committee on Coastal Data on its fifth
  session") under a masthead naming the session it is for: the documents "the Committee had
  before it" were before the session reported on.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

# --------------------------------------------------------------------- "its" after a clause's subject

SUBJECTS = [
    # (the subject first named, then as the clause names it, its instrument as the text writes it, key)
    ("the General Assembly", "the Assembly", "resolution 59/209", "ga/res/59/209"),
    ("the Human Rights Council", "the Council", "resolution 48/7", "hrc/res/48/7"),
    ("the Economic and Social Council", "the Council", "resolution 2027/9", "ecosoc/res/2027/9"),
    ("the World Coastal Congress", "the Congress", "resolution 27/5", "wcc/res/27/5"),
]
FIRST = {
    "the General Assembly": ("resolution 80/12", "ga/res/80/12"),
    "the Human Rights Council": ("resolution 55/20", "hrc/res/55/20"),
    "the Economic and Social Council": ("resolution 2031/4", "ecosoc/res/2031/4"),
    "the World Coastal Congress": ("resolution 29/3", "wcc/res/29/3"),
}
CLAUSES = [
    "In that resolution, {short} {verb} its {cited}, by which it had requested the Commission to report on sea levels.",
    "In the same resolution, {short} also {verb} its {cited}.",
    "The Commission notes that {short} {verb} its {cited} in that resolution.",
    "{Short} {verb} also its {cited} and invited the Commission to share its data.",
]
CITING_VERBS = ["reaffirmed", "recalled", "recalls"]


@pytest.mark.parametrize(("subject", "short", "cited", "instrument"), SUBJECTS)
@pytest.mark.parametrize("clause", CLAUSES)
@pytest.mark.parametrize("verb", CITING_VERBS)
def test_its_after_a_clause_subject_and_its_verb_is_that_subjects(
    subject: str, short: str, cited: str, instrument: str, clause: str, verb: str
) -> None:
    first, first_key = FIRST[subject]
    text = in_note(
        f"By its {first} of 4 April 2031, {subject} requested the Commission to monitor tide gauges. "
        + clause.format(short=short, Short=short[0].upper() + short[1:], verb=verb, cited=cited)
    )
    assert ("E/CN.21/2032/4", instrument) in facts(text, "mentions")
    own = "ccr/res/" + cited.split()[-1]
    assert not any(own in pair for pair in facts(text, "mentions") | facts(text, "cites") | facts(text, "requests"))


@pytest.mark.parametrize(("sentence", "instrument"), [
    # the Commission is the clause's subject: its own resolution
    ("The Commission recalled its resolution 11/2.", "ccr/res/11/2"),
    ("In that resolution, the General Assembly welcomed the work of the Commission, which recalled its resolution 11/2.", "ccr/res/11/2"),
    ("The Commission noted that the General Assembly had taken note of the report and recalled its resolution 11/2.", "ccr/res/11/2"),
])
def test_its_of_another_subject_stays_that_subjects(sentence: str, instrument: str) -> None:
    text = in_note("By its resolution 80/12 of 4 April 2031, the General Assembly requested the Commission to monitor tide gauges.", sentence)
    assert ("E/CN.21/2032/4", instrument) in facts(text, "mentions")


# --------------------------------------------------------------------- an instrument opening a sentence

OPENINGS = ["In its preamble, ", "In the preamble, ", "Moreover, ", "In addition, ", "In paragraph 4, ", ""]
CITERS = [
    ("resolution 2663 (2022)", "General Assembly resolution 80/12 of 4 April 2031 requested the Commission to act.", "ga/res/80/12", "resolution 80/12"),
    ("decision 2031/215", "Economic and Social Council decision 2031/215 invited the Commission to act.", "ecosoc/dec/2031/215", "decision 2031/215"),
]
CITED = [
    ("resolutions 76/3, 78/9 and 79/11", ["ga/res/76/3", "ga/res/78/9", "ga/res/79/11"]),
    ("General Assembly resolution 70/1", ["ga/res/70/1"]),
]


@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize("verb", ["recalls", "reaffirms", "refers to"])
@pytest.mark.parametrize(("cited", "cited_keys"), CITED)
def test_an_instrument_after_an_opening_cites_what_follows_its_verb(opening: str, verb: str, cited: str, cited_keys: list[str]) -> None:
    text = in_note(
        "By its resolution 80/12 of 4 April 2031, the General Assembly requested the Commission to monitor tide gauges. "
        f"{opening}{'r' if opening else 'R'}esolution 80/12 {verb} {cited}."
    )
    citations = facts(text, "cites")
    for key in cited_keys:
        assert ("ga/res/80/12", key) in citations


@pytest.mark.parametrize("opening", ["In its preamble, ", "Moreover, ", "In paragraph 4, "])
def test_an_opening_before_a_cited_instrument_gives_it_no_citations(opening: str) -> None:
    # the subject is the Commission, not the instrument after the opening
    text = in_note(f"{opening}the Commission recalls resolution 11/2 and its resolution 10/4.")
    assert not {pair for pair in facts(text, "cites") if pair[0] == "ccr/res/11/2"}


# --------------------------------------------------------------------- "the same resolution" after a recall

RECALLERS = [
    ("By resolution 2031/4, the Economic and Social Council", "ecosoc/res/2031/4", "the Council", "Council resolution 2029/7", "ecosoc/res/2029/7"),
    ("By its resolution 80/12, the General Assembly", "ga/res/80/12", "the Assembly", "General Assembly resolution 74/3", "ga/res/74/3"),
    ("In resolution 55/20, the Human Rights Council", "hrc/res/55/20", "the Council", "Human Rights Council resolution 48/7", "hrc/res/48/7"),
]
RECALLS = [
    "The resolution also recalled {cited}.",
    "That resolution recalls {cited}.",
    "The same resolution further reaffirmed {cited}.",
]
ESTABLISHING = [
    ("decided to establish a working group of the Commission on sediment transport", "establishes"),
    ("requested the Commission to report on sediment transport", "requests"),
    ("invited the Commission to share its data on sediment transport", "invites"),
]


@pytest.mark.parametrize(("opening", "speaker", "short", "cited", "cited_key"), RECALLERS)
@pytest.mark.parametrize("recall", RECALLS)
@pytest.mark.parametrize(("act", "relation"), ESTABLISHING)
def test_the_same_resolution_is_the_one_that_recalled(
    opening: str, speaker: str, short: str, cited: str, cited_key: str, recall: str, act: str, relation: str
) -> None:
    text = in_note(
        f"{opening} asked the Commission to prepare a compilation of practices. {recall.format(cited=cited)}",
        f"In the same resolution, {short} {act}.",
    )
    assert (speaker, cited_key) in facts(text, "cites")
    acts = facts(text, relation)
    assert any(s == speaker for s, _ in acts)
    assert not any(s == cited_key for s, _ in acts)


# --------------------------------------------------------------------- what a cover letter transmits

LETTER = (
    "United Nations E/CN.21/2032/4\n\n"
    "Economic and Social Council\n\n"
    "Distr.: General\n2 January 2032\n\nOriginal: English\n\n"
    "Commission on Coastal Resilience\n\n"
    "Thirteenth session\n\n"
    "New York, 8–12 March 2032\n\n"
    "Letter dated 30 December 2031 from the Chair of the Commission on Coastal Resilience addressed to the"
    " President of the Economic and Social Council\n\n"
    "{formula}\n\n"
    "{sentence}\n\n"
    "(Signed) Ana Ruiz\nChair\n"
)
THINGS = [
    ("programme of work", "for the period from 1 January to 31 December 2032"),
    ("annual report", "on its activities in 2031"),
    ("work plan", "for 2032–2033"),
    ("progress report", "on the early warning initiative"),
]
FORMULAS = [
    "I have the honour to transmit herewith the {thing} of the Commission on Coastal Resilience {rest} (see annex).",
    "The Chair has the honour to transmit the {thing} of the Commission {rest}, which the Commission adopted on 3 December 2031.",
    "We have the honour to submit herewith the {thing} {rest}.",
]
MANDATES = [
    ("General Assembly resolution 80/12", "ga/res/80/12"),
    ("paragraph 12 of Economic and Social Council resolution 2031/4", "ecosoc/res/2031/4"),
]
SAID_AGAIN = [
    "The {thing} is submitted pursuant to {mandate}.",
    "This {thing} has been prepared in accordance with {mandate}.",
    "The present {thing} is issued in response to {mandate}.",
]


@pytest.mark.parametrize(("thing", "rest"), THINGS)
@pytest.mark.parametrize("formula", FORMULAS)
@pytest.mark.parametrize(("mandate", "mandate_key"), MANDATES)
@pytest.mark.parametrize("said_again", SAID_AGAIN)
def test_a_cover_letter_is_what_it_transmits(thing: str, rest: str, formula: str, mandate: str, mandate_key: str, said_again: str) -> None:
    text = LETTER.format(
        formula=formula.format(thing=thing, rest=rest),
        sentence=said_again.format(thing=thing, mandate=mandate),
    )
    assert ("E/CN.21/2032/4", mandate_key) in facts(text, "pursuantTo")


@pytest.mark.parametrize(("sentence", "other"), [
    # another thing of the same kind, told apart by what follows its name
    ("The programme of work for 2031 (E/CN.21/2031/7) was submitted pursuant to General Assembly resolution 80/12.", "E/CN.21/2031/7"),
    ("The programme of work of the Bureau (E/CN.21/2032/9) is submitted pursuant to General Assembly resolution 80/12.", "E/CN.21/2032/9"),
])
def test_another_thing_of_that_kind_is_not_the_letter(sentence: str, other: str) -> None:
    text = LETTER.format(
        formula="I have the honour to transmit herewith the programme of work of the Commission for 2032 (see annex).",
        sentence=sentence,
    )
    assert ("E/CN.21/2032/4", "ga/res/80/12") not in facts(text, "pursuantTo")
    assert (other, "ga/res/80/12") in facts(text, "pursuantTo")


def test_a_letter_transmitting_an_instruments_text_is_not_that_text() -> None:
    text = LETTER.format(
        formula="I have the honour to transmit herewith the text of decision 13/2 of the Commission (see annex).",
        sentence="The text is submitted pursuant to General Assembly resolution 80/12.",
    )
    assert ("E/CN.21/2032/4", "ga/res/80/12") not in facts(text, "pursuantTo")


# --------------------------------------------------------------------- a report titled by a heading

REPORT_UNDER_A_SESSION = (
    "| United Nations | E/CN.21/CD/2031/5 |\n|---|---|\n"
    "| **Economic and Social Council** | Distr.: General<br>19 November 2031 |\n\n"
    "**Commission on Coastal Resilience**\n"
    "**Thirteenth session**\n"
    "New York, 8–12 March 2032\n\n"
    "# Report of the Committee on Coastal Data on its {ordinal} session ({place}, 3–7 November 2031)\n\n"
    "# I. Organization of the session\n\n"
    "1.  The Committee on Coastal Data held its {ordinal} session in {place} from 3 to 7 November 2031.\n\n"
    "2.  The Committee had before it the following documents:\n\n"
    "| Symbol | Title |\n|--------|-------|\n"
    "| E/CN.21/CD/2031/1 | Annotated provisional agenda |\n"
    "| E/CN.21/CD/2031/2 | Tide gauge networks: note by the secretariat |\n\n"
    "3.  The present report will be submitted to the Commission at its thirteenth session.\n"
)


@pytest.mark.parametrize(("ordinal", "n"), [("fifth", 5), ("twenty-first", 21)])
@pytest.mark.parametrize("place", ["Vienna", "Bangkok"])
def test_papers_listed_in_a_report_titled_by_a_heading_were_before_the_session_reported(ordinal: str, n: int, place: str) -> None:
    text = REPORT_UNDER_A_SESSION.format(ordinal=ordinal, place=place)
    submitted = facts(text, "submittedTo")
    reported = f"ccr/committee-on-data#{n}"
    assert ("E/CN.21/CD/2031/5", reported) in facts(text, "reportOf")
    assert ("E/CN.21/CD/2031/1", reported) in submitted
    assert ("E/CN.21/CD/2031/2", reported) in submitted
    assert ("E/CN.21/CD/2031/5", "ccr#13") in submitted
    assert ("E/CN.21/CD/2031/2", "ccr#13") not in submitted
