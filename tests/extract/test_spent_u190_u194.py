"""Reference data a user adds for one document must cost no other document its facts (E159). When
the spent set u190-u194 joined the unseen folder, its files cost five older documents facts:

- a Covenant's Meeting of the States Parties whose file gives the alias every treaty's meeting
  carries ("Meeting of States Parties") and numbers its decisions "{session}/{number}" claimed
  "decision 40/5" of another treaty's Meeting of States Parties (the alias, a name that only
  describes, counted as the document naming it, so its numbering was read there), and with it "the
  Meeting" of that document;
- a fund of the General Assembly with a "Board of Trustees" ("the Board") took "the Board" of an
  Assembly report on the work of an advisory board the report names in full (of two boards, the one
  below the author was preferred, though the report never names it).

Invented treaties, fund and board (tests/data/spent_u190_u194.ttl), texts in the shape of a meeting's
report and a Secretary-General's report, with their variants; and the near misses where the
document is the other body's, which keeps its facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with

facts = extracted_with(Path(__file__).resolve().parents[1] / "data" / "spent_u190_u194.ttl")

CABLES = "seabed-cables-msp"
WETLANDS = "wetland-rights-msp"
SG = "secretary-general"


def _of(found: tuple[tuple[str, str, str], ...], key: str) -> list[tuple[str, str, str]]:
    return [f for f in found if f[1].startswith(key) or f[2].startswith(key)]


MEETING_HEAD = (
    "Meeting of States Parties to the Convention on Seabed Cables\tSCC/MSP/{n}/14\n\nDistr.: General\n30 June 2031\n\n"
    "{ordinal} Meeting\nNew York, 16–20 June 2031\n\nReport of the {lower} Meeting of States Parties\n\n"
)
MEETINGS = {41: ("Forty-first", "forty-first", "fortieth"), 12: ("Twelfth", "twelfth", "eleventh")}
# how the report recalls an earlier decision of its own Meeting
RECALLED = {
    "by its decision": "By its decision {p}/5, adopted at the {previous} Meeting, the Meeting had requested the Secretary-General to prepare a report on the financing of the Convention's work.",
    "in the passive": "The Secretary-General was requested by the Meeting, in decision {p}/5, to prepare a report on the financing of the Convention's work.",
    "by its long name": "In decision {p}/5, the Meeting of States Parties requested the Secretary-General to prepare a report on the financing of the Convention's work.",
}


def meeting_report(n: int, recalled: str) -> str:
    ordinal, lower, previous = MEETINGS[n]
    head = MEETING_HEAD.format(n=n, ordinal=ordinal, lower=lower)
    paragraphs = [
        f"The {lower} Meeting of States Parties was held at United Nations Headquarters in New York from 16 to 20 June 2031.",
        RECALLED[recalled].format(p=n - 1, previous=previous),
        "In General Assembly resolution 85/52, the Assembly requested the Secretary-General to assist the Meeting.",
    ]
    return head + "".join(f"{i}.\t{p}\n" for i, p in enumerate(paragraphs, 1))


@pytest.mark.parametrize("recalled", list(RECALLED))
@pytest.mark.parametrize("n", list(MEETINGS))
def test_another_treatys_meeting_of_states_parties_keeps_its_decisions(n: int, recalled: str) -> None:
    found = facts(meeting_report(n, recalled))
    assert _of(found, WETLANDS) == []
    assert ("requests", f"{CABLES}/dec/{n - 1}/5", SG) in found
    assert ("requests", "ga/res/85/52", SG) in found


@pytest.mark.parametrize("recalled", ["by its decision", "in the passive"])
def test_the_covenants_own_meeting_reads_its_decisions(recalled: str) -> None:
    """The near miss: the Covenant's own report (its symbol series, its name in full) numbers its
    decisions "{session}/{number}" as its file says."""
    document = (
        "Meeting of the States Parties to the Covenant on Wetland Rights\tCWR/SP/45/2\n\nDistr.: General\n1 July 2031\n\n"
        "Forty-fifth meeting\nNew York, 24 June 2031\n\n"
        "1.\tThe forty-fifth meeting of the States Parties to the Covenant on Wetland Rights was held in New York on 24 June 2031.\n"
        "2.\t" + RECALLED[recalled].format(p=44, previous="forty-fourth").replace("Convention's", "Covenant's") + "\n"
    )
    found = facts(document)
    assert ("requests", f"{WETLANDS}/dec/44/5", SG) in found
    assert _of(found, CABLES) == []


BOARD = "maritime-security-board"
TRUSTEES = "coastal-fund/board-of-trustees"
REPORT_HEAD = (
    "United Nations\tA/87/160\n\nGeneral Assembly\tDistr.: General\n12 July 2032\n\nEighty-seventh session\n\n"
    "{title}\n\nReport of the Secretary-General\n\n"
)
TITLES = {
    "in the title": ("Work of the Advisory Board on Maritime Security Matters", ""),
    "in the first paragraph": (
        "Maritime security",
        "The present report describes the work of the Advisory Board on Maritime Security Matters in 2032.",
    ),
}
BOARD_SENTENCES = [
    "The Board was established in 1990 pursuant to General Assembly resolution 45/12.",
    "In its resolution 86/40, the Assembly called upon the Board to give priority to the protection of submarine cables.",
    "The Board held its fifty-first session in New York from 24 to 26 January 2032 and its fifty-second session in Geneva from 5 to 7 July 2032.",
]


def board_report(where: str, sentences: list[str]) -> str:
    title, opening = TITLES[where]
    paragraphs = [opening, *sentences] if opening else sentences
    return REPORT_HEAD.format(title=title) + "".join(f"{i}.\t{p}\n" for i, p in enumerate(paragraphs, 1))


@pytest.mark.parametrize("where", list(TITLES))
def test_the_board_of_an_assembly_report_is_the_board_it_names(where: str) -> None:
    found = facts(board_report(where, BOARD_SENTENCES))
    assert _of(found, TRUSTEES) == []
    assert ("establishes", "ga/res/45/12", BOARD) in found
    assert ("requests", "ga/res/86/40", BOARD) in found
    assert ("heldIn", f"{BOARD}#52", "Geneva") in found
    assert ("meetingOf", f"{BOARD}#51", BOARD) in found


def test_the_board_is_the_funds_where_the_report_names_the_funds_board() -> None:
    """The near miss: an Assembly report on the Fund that names its Board of Trustees in full reads
    "the Board" as that board, below the Assembly."""
    document = REPORT_HEAD.format(title="United Nations Voluntary Fund for Coastal Communities") + (
        "1.\tThe Board of Trustees of the United Nations Voluntary Fund for Coastal Communities held its fifty-first"
        " session in Geneva from 5 to 7 July 2032.\n"
        "2.\tIn its resolution 86/41, the Assembly called upon the Board to give priority to fishing communities.\n"
    )
    found = facts(document)
    assert ("requests", "ga/res/86/41", TRUSTEES) in found
    assert _of(found, BOARD) == []
