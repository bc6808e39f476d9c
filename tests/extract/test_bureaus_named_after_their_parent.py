"""An office named by its kind and its parent's short name: "the Bureau of the Council", "the
secretariat of the Board" (E173). Every council's bureau is called so in its own documents; one
user's file gave the Human Rights Council's bureau the alias "Bureau of the Council", and loaded
beside a hydrological programme's council (whose bureau it does not name so), the programme's
resolutions asked the Human Rights Council's bureau and its bureau's session was no one's (u157).

The words are read as a short name shared by every body whose own short name and whose parent's
short name make them (`references._named_after_their_parent`), which the context decides: the
council the text names, the author's own organ, or, where nothing else is in evidence, the body whose
file gives the alias. Invented programme, funds and organization (tests/data/work_programme_e173.ttl)
beside the shipped Economic and Social Council; the text varies in author (the council itself, its
organization's executive board, the Council's own decision, a report of the Secretary-General), in
verb and voice, and in layout (a web page, a masthead and numbered paragraphs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with

facts = extracted_with(Path(__file__).resolve().parents[1] / "data" / "work_programme_e173.ttl")

GGP_BUREAU, ECOSOC_BUREAU = "ggp-council/bureau", "ecosoc/bureau"
RSF_SECRETARIAT, FRF_SECRETARIAT = "rsf-board/secretariat", "frf-board/secretariat"
OURS = {GGP_BUREAU, ECOSOC_BUREAU, RSF_SECRETARIAT, FRF_SECRETARIAT}

# the programme's council speaking: a web page of its resolutions
COUNCIL_PAGE = (
    "WCO\nWater > Global Glacier Programme > Governance\n\n"
    "Resolutions adopted by the Intergovernmental Council of the Global Glacier Programme at its 14th session\n"
    "14th session of the GGP Council\nGeneva, 3–6 June 2031\n\n"
    "Resolution 14/2\nMonitoring of mountain glaciers\n"
    "The Intergovernmental Council of the Global Glacier Programme,\n"
    "Recalling General Assembly resolution 77/334,\n"
    "{paragraphs}\n"
)
# the organization's executive board, told what the programme's council did
BOARD_REPORT = (
    "WCO/EB/210/5\nExecutive Board\n210th session\nItem 7 of the provisional agenda\n\n"
    "Report on the Global Glacier Programme\n\n{paragraphs}\n"
)
COUNCIL = "the Intergovernmental Council of the Global Glacier Programme"


def ours(found: tuple[tuple[str, str, str], ...]) -> set[str]:
    return {o for _, _, o in found if o in OURS} | {s.split("#")[0] for _, s, _ in found if s.split("#")[0] in OURS}


@pytest.mark.parametrize(
    "paragraph",
    [
        "1. Requests the Bureau of the Council to prepare a midterm review and to submit it to the Council at its 15th session.",
        "1. Requests the Bureau of the Council, with the support of the secretariat, to prepare a midterm review.",
        "1. Invites the Bureau of the Council to prepare a midterm review.",
    ],
)
def test_the_councils_resolution_asks_its_own_bureau(paragraph: str) -> None:
    found = facts(COUNCIL_PAGE.format(paragraphs=paragraph))
    relation = "invites" if "Invites" in paragraph else "requests"
    assert (relation, "ggp-council/res/14/2", GGP_BUREAU) in found
    assert ours(found) == {GGP_BUREAU}


def test_the_councils_resolution_welcomes_its_bureaus_session() -> None:
    text = COUNCIL_PAGE.format(paragraphs=(
        "Welcoming the report of the 9th session of the Bureau of the Council, held online on 3 March 2031 (GGP/Bur.9/3),\n"
        "1. Endorses the recommendations contained in that report;"
    ))
    found = facts(text)
    assert ("reportOf", "GGP/Bur.9/3", "ggp-council/bureau#9") in found
    assert ("heldOn", "ggp-council/bureau#9", "2031-03-03") in found
    assert ours(found) == {GGP_BUREAU}


@pytest.mark.parametrize(
    "paragraphs",
    [
        f"1. At its 14th session, held in Geneva from 3 to 6 June 2031, {COUNCIL} asked the Bureau of the Council to prepare a"
        " midterm review of the Programme.\n\n2. The Bureau of the Council held its 9th session online on 3 March 2031.",
        f"1. {COUNCIL[0].upper() + COUNCIL[1:]} met in Geneva. The Bureau of the Council held its 9th session online on 3 March 2031.",
        f"1. Before the 14th session of {COUNCIL}, the 9th session of the Bureau of the Council was held online on 3 March 2031.",
    ],
)
def test_another_organ_of_the_organization_tells_of_the_councils_bureau(paragraphs: str) -> None:
    # the author is the organization's executive board: no organ of its own is "the Bureau of the
    # Council", and the words were the Economic and Social Council's bureau's alias
    found = facts(BOARD_REPORT.format(paragraphs=paragraphs))
    assert ("meetingOf", "ggp-council/bureau#9", GGP_BUREAU) in found
    assert ("heldOn", "ggp-council/bureau#9", "2031-03-03") in found
    assert ECOSOC_BUREAU not in ours(found)


@pytest.mark.parametrize(
    "text",
    [
        # the Council's own decision: its bureau, whose file gives the alias
        "E/DEC/2031/205\nEconomic and Social Council\n2031 session\n\nDecision 2031/205\n\n"
        "The Economic and Social Council requests the Bureau of the Council to prepare a programme of work for the 2032 session.\n",
        # a report to the Assembly that never names the programme: the alias's own body, as before
        "A/79/400\nGeneral Assembly\nDistr.: General\n3 August 2024\nSeventy-ninth session\nItem 70 of the provisional agenda\n\n"
        "Report of the Secretary-General\n\n1. In its resolution 78/12, the Economic and Social Council requested the Bureau"
        " of the Council to consult Member States.\n",
    ],
)
def test_the_alias_stays_its_bodys_where_no_other_council_is_in_evidence(text: str) -> None:
    found = facts(text)
    assert ECOSOC_BUREAU in ours(found)
    assert GGP_BUREAU not in ours(found)


def test_a_longer_name_after_the_words_is_no_bureau_of_ours() -> None:
    # near miss: "the Bureau of the Council of Europe" (the words head another organization's name)
    text = BOARD_REPORT.format(paragraphs="1. The Bureau of the Council of Europe met in Strasbourg on 3 March 2031.")
    assert ours(facts(text)) == set()


@pytest.mark.parametrize(
    ("board", "secretariat", "other"),
    [
        ("Executive Board of the Regional Seed Fund", RSF_SECRETARIAT, FRF_SECRETARIAT),
        ("Executive Board of the Forest Restoration Fund", FRF_SECRETARIAT, RSF_SECRETARIAT),
    ],
)
@pytest.mark.parametrize(
    ("said", "relation"),
    [
        ("By its decision 2031/4, the {board} requested the secretariat of the Board to circulate the report.", "requests"),
        ("In decision 2031/4, the {board} asked the secretariat of the Board to circulate the report.", "requests"),
        ("The {board}, in its decision 2031/4, invited the secretariat of the Board to circulate the report.", "invites"),
    ],
)
def test_the_secretariat_of_the_board_named_by_a_third_party(board: str, secretariat: str, other: str, said: str, relation: str) -> None:
    # one fund's file gives its secretariat the alias, the other's does not: in the organization's
    # report, the words are the secretariat of the board the sentence named
    found = facts(BOARD_REPORT.format(paragraphs="1. " + said.format(board=board)))
    issuer = secretariat.split("/")[0]
    assert (relation, f"{issuer}/dec/2031/4", secretariat) in found
    assert other not in ours(found)


@pytest.mark.parametrize(
    ("symbol", "board", "secretariat"),
    [
        ("RSF/EB/2031/4", "Executive Board of the Regional Seed Fund", RSF_SECRETARIAT),
        ("FRF/EB/2031/4", "Executive Board of the Forest Restoration Fund", FRF_SECRETARIAT),
    ],
)
def test_each_boards_decision_asks_its_own_secretariat(symbol: str, board: str, secretariat: str) -> None:
    text = (
        f"{symbol}\n{board}\nSecond regular session 2031\n\nDecision 2031/4\n\n"
        f"The {board},\n\n1. Requests the secretariat of the Board to report on the results at its next session.\n"
    )
    found = facts(text)
    assert secretariat in ours(found)
    assert ours(found) <= {secretariat}
