"""A briefing deck saved as an outline (E100, from the spent u124): slide titles at the margin, bullets
indented by tabs, no "Slide N" lines. Its body numbers decisions the default way ("decision 31/4")
under a treaty body whose reference data writes its own in the same shape ("decision XII/3"): the
bare numbers are the document's own body's. A slide titled "Topic (decision 31/4)" over a 'Title:'
field, an adoption day and clauses holds that decision's text; the overview slide ("The 31st
meeting at a glance", "Twelve decisions adopted; report issued as X") and the list of previous
meetings give the meetings' facts. The bodies are invented (tests/data/spent_u124.ttl)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.plain_layouts import normalise_layout
from mandate_graph.loaders.extract.slide_decks import is_outline_deck

from .phrasing import BASE, key

SPENT = Path(__file__).resolve().parents[1] / "data" / "spent_u124.ttl"


@lru_cache(maxsize=1)
def registry() -> BodyRegistry:
    return load_registry(BASE, [SPENT])


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation, key(f.subject), key(f.object)) for f in extract(text, source_key="deck", registry=registry()).facts}


# Two funds' executive bodies: (full name, its short name, what it holds, the treaty body's name,
# the treaty body's Roman decision, its symbol prefix, its secretariat or organ, that one's key)
CORAL = dict(
    body="Executive Board of the Coral Reef Fund", short="Executive Board", term="meeting", parent="Conference of the Parties",
    roman="XII/3", prefix="CRC/ReefCom", addressee="the Fund Secretariat", addressee_key="coral-fund-secretariat",
    key="coral-fund-board", parent_key="coral-cop",
)
PEAT = dict(
    body="Council of the Peatland Restoration Fund", short="Council", term="session", parent="Assembly of the Peatland Treaty",
    roman="IX/14", prefix="PT/PRF", addressee="the Panel on Finance", addressee_key="peat-fund-council/finance-panel",
    key="peat-fund-council", parent_key="peat-assembly",
)


MOSS = dict(
    body="Executive Board of the Moss Fund", short="Executive Board", term="meeting", parent="Conference of the Parties",
    roman="XII/3", prefix="MF/MossCom", addressee="the Executive Board", addressee_key="moss-fund-board",
    key="moss-fund-board", parent_key="moss-cop",
)


KELP = dict(
    body="Executive Committee of the Kelp Fund", short="Executive Committee", term="meeting", parent="Conference of the Parties",
    roman="XII/3", prefix="KF/EC", addressee="the Executive Committee", addressee_key="kelp-fund-committee",
    key="kelp-fund-committee", parent_key="moss-cop",
)


def deck(o: dict[str, str], heading: str = "Monitoring (decision 31/4)", title_field: bool = True, number: str = "31/4") -> str:
    lines = [
        "Outcomes of the 31st {term}",
        "\tBriefing for focal points",
        "\tSuva, 10.07.2032",
        "The 31st {term} at a glance",
        "\t{body}",
        "\tThirty-first {term}, Apia, 4-8 May 2032",
        "\tTwelve decisions adopted; report issued as {prefix}/31/20",
        "Where the mandates come from",
        "\t{parent}, decision {roman} (2030)",
        "\t\tRequested the {short} to revise its guidelines",
        "\tThe {short}'s decision at its previous {term} (decision 30/7)",
        "\t\tDocument {prefix}/31/12 was prepared in response to that decision",
        heading,
        *(['\tTitle: "Reef monitoring guidelines"'] if title_field else []),
        "\tAdopted 6 May 2032",
        "\tRecalls decision 30/7 and decision {roman}",
        "\tRequests {addressee} to publish",
        "\t\tthe guidelines on its website",
        "Previous {term}s",
        "\t30th {term}: Apia, November 3-7, 2031",
        "\t\treport {prefix}/30/18",
        "Next steps",
        "\tApply decision " + number + " from 1 January 2033",
    ]
    return "\n".join(lines).format(**o) + "\n"


@pytest.mark.parametrize("o", [CORAL, PEAT, MOSS], ids=["coral", "peat", "moss"])
def test_bare_numbers_are_the_documents_own_bodys(o: dict[str, str]) -> None:
    found = facts(deck(o))
    mentioned = {obj for rel, _, obj in found if rel == "mentions"}
    own, parent = o["key"], o["parent_key"]
    session, number = o["roman"].split("/")
    roman_value = {"XII": "12", "IX": "9"}[session]
    assert {f"{own}/dec/31/4", f"{own}/dec/30/7", f"{parent}/dec/{roman_value}/{number}"} <= mentioned
    # the treaty body keeps only the decision printed in its own (Roman) way
    assert not {m for m in mentioned if m.startswith(f"{parent}/dec/3")}


@pytest.mark.parametrize("o", [CORAL, PEAT], ids=["coral", "peat"])
def test_a_body_whose_numbers_the_document_writes_in_digits_keeps_them(o: dict[str, str]) -> None:
    # Nothing in the deck shows the treaty body numbering otherwise than the default does: its
    # explicit convention is its own reading of "decision 12/3", not a Roman one to set aside.
    session, number = o["roman"].split("/")
    digits = {"XII": "12", "IX": "9"}[session]
    mentioned = {obj for rel, _, obj in facts(deck({**o, "roman": f"{digits}/{number}"})) if rel == "mentions"}
    assert f"{o['parent_key']}/dec/{digits}/{number}" in mentioned
    assert f"{o['key']}/dec/{digits}/{number}" not in mentioned


def test_the_treaty_bodys_own_document_keeps_its_numbers() -> None:
    # a document of the body whose template it is: its "decision 12/3" is its own
    text = (
        "Conference of the Parties to the Coral Reef Convention\n\nTwelfth meeting\n\n"
        "The Conference of the Parties recalled decision 11/6 and decision XI/2.\n"
    )
    mentioned = {obj for rel, _, obj in facts(text) if rel == "mentions"}
    assert "coral-cop/dec/11/6" in mentioned and "coral-cop/dec/11/2" in mentioned


@pytest.mark.parametrize("o", [CORAL, PEAT], ids=["coral", "peat"])
@pytest.mark.parametrize("heading", ["Monitoring (decision 31/4)", "Reef monitoring – decision 31/4", "Monitoring (Decision 31/4)"])
def test_a_slide_titled_by_topic_and_number_holds_the_decision(o: dict[str, str], heading: str) -> None:
    found = facts(deck(o, heading))
    own = f"{o['key']}/dec/31/4"
    assert ("title", own, "Reef monitoring guidelines") in found
    assert ("adoptedOn", own, "2032-05-06") in found
    assert ("cites", own, f"{o['key']}/dec/30/7") in found
    assert ("requests", own, o["addressee_key"]) in found
    # the slide's topic is no title of the decision's
    assert not {obj for rel, s, obj in found if rel == "title" and s == own} - {"Reef monitoring guidelines"}


def test_without_a_title_field_the_adoption_note_still_opens_the_text() -> None:
    found = facts(deck(CORAL, title_field=False))
    assert ("adoptedOn", "coral-fund-board/dec/31/4", "2032-05-06") in found
    assert ("requests", "coral-fund-board/dec/31/4", "coral-fund-secretariat") in found


def test_a_topic_and_number_over_a_narrative_heads_nothing() -> None:
    text = deck(CORAL).replace("\tAdopted 6 May 2032\n\tRecalls decision 30/7 and decision XII/3\n", "\tUNDP presented its pilot results\n")
    text = text.replace('\tTitle: "Reef monitoring guidelines"\n', "")
    found = facts(text)
    assert not any(rel == "requests" and s == "coral-fund-board/dec/31/4" for rel, s, _ in found)


@pytest.mark.parametrize("o", [CORAL, PEAT], ids=["coral", "peat"])
def test_the_overview_and_the_previous_meetings(o: dict[str, str]) -> None:
    found = facts(deck(o))
    own = o["key"]
    assert ("reportOf", f"{o['prefix']}/31/20", f"{own}#31") in found
    # the counted decisions: those of the 31st the deck gives the text of, not another's
    assert ("adoptedAt", f"{own}/dec/31/4", f"{own}#31") in found
    assert ("adoptedAt", f"{own}/dec/30/7", f"{own}#31") not in found
    assert {("heldIn", f"{own}#30", "Apia"), ("heldOn", f"{own}#30", "2031-11-03/2031-11-07"), ("reportOf", f"{o['prefix']}/30/18", f"{own}#30")} <= found


def test_a_counted_overview_adopts_no_decision_of_another_meeting() -> None:
    found = facts(deck(CORAL, heading="Monitoring (decision 29/4)", number="29/4").replace("31/4", "29/4"))
    assert not any(rel == "adoptedAt" and s == "coral-fund-board/dec/29/4" and o == "coral-fund-board#31" for rel, s, o in found)


def test_outline_items_become_paragraphs() -> None:
    text = deck(CORAL)
    fixed, offsets = normalise_layout(text)
    # a lower-case sub-bullet continues its parent; a capitalised one is an item its parent introduces
    assert "\nRequests the Fund Secretariat to publish the guidelines on its website.\n" in fixed
    assert "\nConference of the Parties, decision XII/3 (2030):\n" in fixed
    assert "\nRequested the Executive Board to revise its guidelines.\n" in fixed
    # a slide's title stays a heading, a paragraph of its own
    assert "\n\nWhere the mandates come from\n" in fixed
    assert offsets is not None and all(0 <= o <= len(text) for o in offsets)


@pytest.mark.parametrize(
    "text",
    [
        # a Word export: each paragraph's first line indented by a tab, the rest wrapped at the margin
        "\tThe Board recalled its decision 30/7 on monitoring and requested the\nSecretariat to report.\n" * 6,
        # a tab-separated table under a header
        "Symbol\tTitle\n" + "".join(f"CRC/{n}\tReport {n}\n" for n in range(12)),
        # a masthead then tab-indented long paragraphs, one title only
        "Report of the Board\n" + "".join(f"\t{n}. The Board considered item {n} and decided to defer it.\n" for n in range(12)),
    ],
)
def test_other_tabbed_texts_are_no_outline(text: str) -> None:
    assert not is_outline_deck(text.split("\n"))


def test_an_outline_is_told_by_its_shape() -> None:
    assert is_outline_deck(deck(CORAL).split("\n"))


@pytest.mark.parametrize("o", [CORAL, PEAT], ids=["coral", "peat"])
def test_a_document_named_in_a_bullet_is_not_the_deck(o: dict[str, str]) -> None:
    # "Document X was prepared in response to ..." is a sentence about X, no "Document: X" field
    extraction = extract(deck(o), source_key="deck", registry=registry())
    assert extraction.document.ref.symbols == ()
    assert extraction.document.author == o["key"]
    assert ("pursuantTo", f"{o['prefix']}/31/12", f"{o['key']}/dec/30/7") in facts(deck(o))


@pytest.mark.parametrize(
    ("clause", "relation", "expected"),
    [
        ("The Fund Secretariat and the Conference of the Parties invited to share their results", "invites", {"coral-fund-secretariat", "coral-cop"}),
        ("Conference of the Parties invited to take note of the guidelines", "invites", {"coral-cop"}),
        ("The Fund Secretariat and the Conference of the Parties are invited to share their results", "invites", {"coral-fund-secretariat", "coral-cop"}),
        ("The Fund Secretariat is to compile the submissions by 1 August 2032", "requests", {"coral-fund-secretariat"}),
        ("The Fund Secretariat requested to report at the next meeting", "requests", {"coral-fund-secretariat"}),
        # the clause does not open with the names: no one is asked
        ("Experts from the Fund Secretariat invited to attend", "invites", set()),
        ("The guidelines are to be applied by the Fund Secretariat", "requests", set()),
    ],
)
def test_clauses_told_in_short_under_a_decision_slide(clause: str, relation: str, expected: set[str]) -> None:
    text = deck(CORAL).replace("\tRequests the Fund Secretariat to publish\n\t\tthe guidelines on its website\n", f"\t{clause}\n")
    asked = {obj for rel, s, obj in facts(text) if rel == relation and s == "coral-fund-board/dec/31/4"}
    assert asked == expected


def test_a_clause_told_in_short_outside_an_instrument_asks_nothing() -> None:
    text = deck(CORAL).replace("Next steps\n", "Next steps\n\tThe Fund Secretariat is to compile the submissions\n")
    assert not any(rel == "requests" and obj == "coral-fund-secretariat" and s != "coral-fund-board/dec/31/4" for rel, s, obj in facts(text))


@pytest.mark.parametrize("o", [CORAL, PEAT], ids=["coral", "peat"])
@pytest.mark.parametrize("verb, relation", [("Requested", "requests"), ("Invited", "invites"), ("Requests", "requests")])
def test_sub_bullets_under_a_bullet_naming_an_instrument_are_its_words(o: dict[str, str], verb: str, relation: str) -> None:
    text = deck(o).replace("Requested the {short}".format(**o), f"{verb} the {o['short']}")
    parent = f"{o['parent_key']}/dec/{ {'XII/3': '12/3', 'IX/14': '9/14'}[o['roman']] }"
    assert (relation, parent.replace(' ', ''), o["key"]) in facts(text)


def test_the_bracketed_instrument_of_a_bullet_speaks_in_its_sub_bullets() -> None:
    text = deck(CORAL).replace(
        "Monitoring (decision 31/4)\n",
        "Where else\n\tThe Board's decision on finance (decision 30/2)\n\t\tRequested the Fund Secretariat to prepare a study\n"
        "Monitoring (decision 31/4)\n",
    )
    assert ("requests", "coral-fund-board/dec/30/2", "coral-fund-secretariat") in facts(text)
    # without the sub-bullet's verb, the instrument asks no one
    quiet = text.replace("Requested the Fund Secretariat to prepare a study", "Study by the Fund Secretariat")
    assert not any(rel == "requests" and s == "coral-fund-board/dec/30/2" for rel, s, _ in facts(quiet))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("\tNext meeting: ReefCom 32, Apia, November 16-20, 2032", {("meetingOf", "coral-fund-board#32", "coral-fund-board"), ("heldIn", "coral-fund-board#32", "Apia"), ("heldOn", "coral-fund-board#32", "2032-11-16/2032-11-20")}),
        ("\tNext meeting: ReefCom-33, Suva, 2-6 June 2033", {("meetingOf", "coral-fund-board#33", "coral-fund-board"), ("heldIn", "coral-fund-board#33", "Suva")}),
        ("\tOptions to be presented to ReefCom 34", {("meetingOf", "coral-fund-board#34", "coral-fund-board")}),
    ],
)
def test_the_series_of_the_bodys_symbols_numbers_its_meetings(line: str, expected: set[tuple[str, str, str]]) -> None:
    # "CRC/ReefCom/31/20" are the Board's documents: "ReefCom 32" is its 32nd meeting
    text = deck(CORAL).replace("Where the mandates come from\n", f"Where the mandates come from\n{line}\n")
    assert expected <= facts(text)


def test_a_symbol_of_the_series_is_no_meeting() -> None:
    text = deck(CORAL).replace("Where the mandates come from\n", "Where the mandates come from\n\tSee ReefCom/32/4 and CRC/ReefCom/32/5\n")
    assert not any(s == "coral-fund-board#32" for _, s, _ in facts(text))


@pytest.mark.parametrize("line", ["\tThe informal group first meeting: Apia, 15 September 2032", "\tInformal group, first meeting", "\tTask force, first meeting: Suva"])
def test_a_first_meeting_after_an_unknown_groups_noun_is_not_the_boards(line: str) -> None:
    text = deck(CORAL).replace("Previous meetings\n", f"Previous meetings\n{line}\n")
    assert not any(s == "coral-fund-board#1" for _, s, _ in facts(text))


@pytest.mark.parametrize("clause", ["Establishment of a task force on reef data approved in paragraph (a)", "Creation of an expert group on reef data agreed"])
def test_an_establishment_told_in_short(clause: str) -> None:
    text = deck(CORAL).replace("\tRequests the Fund Secretariat to publish\n\t\tthe guidelines on its website\n", f"\t{clause}\n")
    established = {obj for rel, s, obj in facts(text) if rel == "establishes" and s == "coral-fund-board/dec/31/4"}
    assert len(established) == 1 and "reef-data" in next(iter(established))


@pytest.mark.parametrize("o", [CORAL, PEAT], ids=["coral", "peat"])
def test_the_decision_of_the_previous_meeting(o: dict[str, str]) -> None:
    found = facts(deck(o))
    own = o["key"]
    # "The Board's decision at its previous meeting (decision 30/7)" in a deck on the 31st
    assert ("adoptedAt", f"{own}/dec/30/7", f"{own}#30") in found


def test_a_previous_meeting_the_number_does_not_carry_adopts_nothing() -> None:
    text = deck(CORAL).replace("(decision 30/7)", "(decision 28/7)")
    assert not any(rel == "adoptedAt" and s == "coral-fund-board/dec/28/7" for rel, s, _ in facts(text))



@pytest.mark.parametrize("written", ["ExCom 32", "ExComm 32", "ExecCom-32"])
def test_an_abbreviation_cut_from_the_short_name_numbers_its_meetings(written: str) -> None:
    # the "Executive Committee" of the Kelp Fund, whose symbols ("KF/EC/31/20") print no such abbreviation
    text = deck(KELP).replace("Where the mandates come from\n", f"Where the mandates come from\n\tNext meeting: {written}, Apia, 2-6 June 2033\n")
    assert {("meetingOf", "kelp-fund-committee#32", "kelp-fund-committee"), ("heldIn", "kelp-fund-committee#32", "Apia")} <= facts(text)


def test_a_word_of_other_letters_is_no_such_abbreviation() -> None:
    text = deck(KELP).replace("Where the mandates come from\n", "Where the mandates come from\n\tNext meeting: ExtCon 32, Apia, 2-6 June 2033\n")
    assert not any(s == "kelp-fund-committee#32" for _, s, _ in facts(text))
