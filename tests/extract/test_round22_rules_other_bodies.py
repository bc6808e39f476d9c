"""G3 (round 22): do E262–E264's rules hold for the bodies and layouts their writers did not use?

Cells of the probe `/work/grid/r22/g3_probe.py` worth keeping, built from each family's own test
builders: a release's narrative of the Human Rights Council and the Environment Assembly, a participle
after a title ("urging", "calling upon"), a session told ahead for a group of the Council or a COP, a
board's side line for UN-Women, "the Council" of the speaking organization, a created body named again
from its kind (a modifier and a kind of one word: "the Expert Panel on X"), "adopted at its" after a
body named between, a starred "* Also issued as" in `pdftotext -layout` and a COP body's paper, an
establishment told by a relative "it" with "in its" / "through its" and a named body as the object,
"Commission resolution N" as the document's own body's.

What the probe found and this branch fixed:
- "which it had established by its resolution 60/251 at its sixtieth session" after "reviewed the Human
  Rights Council": "its" gathering right after an instrument "its" introduced is the issuer's
  (`resolve._issuer_of_its_instrument_right_before`), not the body named last (the Council's sixtieth);
- "established in its resolution 6/36 at its sixth session", "set up through its resolution 60/180 at its
  sixtieth session": adopted there as "by its" was (`relate._BY_ITS_BEFORE`, E257's rule);
- "resolution 66/3 on drug checking, calling upon UNODC to ...", "..., urging UN-Women to ...": the
  sentence gate's stems (`mandate_verbs.RARE_STEMS`) missed "urging" and "calling upon";
- "the Global Expert Panel on Sand Governance" named again as "the Expert Panel on Sand Governance"
  (`new_bodies._from_its_kind`: a modifier before a kind of one word).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract import test_board_session_side_lines as boards
from tests.extract import test_release_narrated_adoptions as releases
from tests.extract.phrasing import _in_frame, extracted_with, in_sg_report
from tests.extract.test_starred_note_also_issued_as import _BODY, also

UNSEEN = Path(__file__).resolve().parents[1] / "data" / "unseen"
extracted = extracted_with()

_CSW = (
    "E/CN.6/2037/3\nEconomic and Social Council\nDistr.: General\n3 December 2036\n\nCommission on the Status of Women\n"
    "Eighty-first session\nItem 3 of the provisional agenda\n\nReport of the Secretary-General\n\n1. {s}\n"
)


# ------------------------------------------------------------ E262: a release's narrative


@pytest.mark.parametrize(
    ("symbol", "day", "sittings", "dateline", "lead", "paragraphs", "expected"),
    [
        (
            "HRC/25/101", "3 April 2037", "Sixty-first Session, 45th & 46th Meetings (AM & PM)", "GENEVA, 3 April",
            "The Human Rights Council today adopted ten resolutions and closed its session.",
            ("The Council first adopted resolution 61/5 on the right to food by a recorded vote of 30 in favour to 10 against.",
             "Without a vote, the Council then adopted resolution 61/6 on cultural rights."),
            {("adoptedAt", "hrc/res/61/5", "hrc#61"), ("adoptedOn", "hrc/res/61/5", "2037-04-03"), ("adoptedAt", "hrc/res/61/6", "hrc#61")},
        ),
        (
            "UNEP/PR/12", "1 March 2034", "Seventh Session, 8th & 9th Meetings (AM & PM)", "NAIROBI, 1 March",
            "The United Nations Environment Assembly today adopted twelve resolutions.",
            ("The Assembly first adopted resolution 7/3 on sand mining.", "Next, it adopted without a vote resolution 7/4 on plastics."),
            {("adoptedAt", "unea/res/7/3", "unea#7"), ("adoptedOn", "unea/res/7/3", "2034-03-01"), ("adoptedAt", "unea/res/7/4", "unea#7")},
        ),
        (
            "SOC/NAR/700", "15 March 2037", "Eightieth Session, 11th & 12th Meetings (AM & PM)", "VIENNA, 15 March",
            "The Commission on Narcotic Drugs today concluded its eightieth session.",
            ("The Commission then adopted without a vote resolution 80/2 on drug checking, requesting the United Nations Office on "
             "Drugs and Crime to compile data.",),
            {("adoptedAt", "ecosoc/cnd/res/80/2", "ecosoc/cnd#80"), ("adoptedOn", "ecosoc/cnd/res/80/2", "2037-03-15"),
             ("requests", "ecosoc/cnd/res/80/2", "unodc")},
        ),
    ],
)
def test_a_release_of_another_body_narrates_its_adoptions(
    symbol: str, day: str, sittings: str, dateline: str, lead: str, paragraphs: tuple[str, ...], expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= set(extracted(releases._release(symbol, day, sittings, dateline, lead, *paragraphs, menu=False)))


def test_a_release_quoted_in_an_email() -> None:
    body = releases._release(
        "GA/12813", "3 December 2030", "Eighty-fifth Session, 40th Meeting (AM)", "NEW YORK, 3 December",
        "The General Assembly today adopted five texts recommended by its Second Committee.",
        "The Assembly first adopted resolution 85/101 on ocean literacy.", "Next, it adopted without a vote resolution 85/102 on rivers.", menu=False,
    )
    text = "From: A <a@example.org>\nSent: 3 December 2030\nSubject: FW: GA/12813\n\nFor info, the release below.\n\n" + "\n".join(
        "> " + line if line else ">" for line in body.split("\n")
    )
    facts = set(extracted(text))
    assert {("adoptedAt", "ga/res/85/101", "ga#85"), ("adoptedOn", "ga/res/85/101", "2030-12-03"), ("adoptedAt", "ga/res/85/102", "ga#85")} <= facts


# ------------------------------------------------------------ E262: a participle after a title


@pytest.mark.parametrize(
    ("sentence", "relation", "expected"),
    [
        # "calling upon" and "urging" after a title (before: the sentence gate missed both stems)
        ("The Commission on Narcotic Drugs adopted resolution 66/3 on drug checking, calling upon the United Nations Office on Drugs and Crime to assist States.",
         "requests", ("ecosoc/cnd/res/66/3", "unodc")),
        ("The Commission on Narcotic Drugs adopted resolution 66/3, calling on the United Nations Office on Drugs and Crime to assist States.",
         "requests", ("ecosoc/cnd/res/66/3", "unodc")),
        ("In 2035 the Assembly had adopted resolution 90/14 on rural women, urging the United Nations Entity for Gender Equality and the "
         "Empowerment of Women to scale up support.", "encourages", ("ga/res/90/14", "un-women")),
        # held before
        ("The Human Rights Council adopted resolution 58/5 on the right to food, requesting the Office of the United Nations High "
         "Commissioner for Human Rights to prepare a study.", "requests", ("hrc/res/58/5", "ohchr")),
        ("The Environment Assembly adopted resolution 6/4 on sand, requesting the Executive Director of the United Nations Environment "
         "Programme to report.", "requests", ("unea/res/6/4", "unep/executive-director")),
    ],
)
def test_a_participle_after_the_title_of_another_body(sentence: str, relation: str, expected: tuple[str, str]) -> None:
    assert expected in in_sg_report(sentence, relation)


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a participle with no body asked, a body in the title's own words
        "The Commission adopted resolution 66/3 on drug checking, urging caution in the use of new tests.",
        "The Assembly recalled resolution 90/14 on cooperation with the United Nations Office on Drugs and Crime, calling it a milestone.",
    ],
)
def test_a_participle_that_asks_no_body(sentence: str) -> None:
    assert not in_sg_report(sentence, "requests", "encourages")


# ------------------------------------------------------------ E262: a session told ahead; a board's side line


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("In resolution 58/8, the Human Rights Council decided to establish an intergovernmental working group on water data and "
         "requested the High Commissioner to convene the working group's first session in Geneva in 2036.", "Geneva"),
        ("By decision 11/2, the Conference of the Parties to the United Nations Convention against Transnational Organized Crime decided "
         "to establish an expert group on cybercrime and asked the secretariat to hold the group's first meeting in Vienna.", "Vienna"),
    ],
)
def test_a_born_groups_session_told_ahead_for_other_bodies(sentence: str, town: str) -> None:
    assert any(o == town and s.endswith("#1") for s, o in in_sg_report(sentence, "heldIn"))


def test_a_un_women_board_decisions_side_lines() -> None:
    text = boards._compendium(
        "UNW/2035/2", "United Nations Entity for Gender Equality\n and the Empowerment of Women\n Executive Board",
        "First regular session 2035", "11-13 February 2035",
        [("2035/1", "Strategic plan", ["Takes note of the report;", "Requests UN-Women to report."], "First regular session\n12 February 2035"),
         ("2035/2", "Evaluation", ["Takes note of the evaluation;"], "First regular session 2035\n13 February 2035")],
    )
    adopted = {(s, o) for r, s, o in extracted_with(UNSEEN / "unwomen-eb-annual-session.ttl")(text) if r == "adoptedOn"}
    assert {("un-women/executive-board/dec/2035/1", "2035-02-12"), ("un-women/executive-board/dec/2035/2", "2035-02-13")} <= adopted


# ------------------------------------------------------------ E263: a created body named from its kind


_PANEL_BORN = "By its resolution 6/3, the Environment Assembly established the Global Expert Panel on Sand Governance. "
_PANEL = "unea/global-expert-panel-on-sand-governance"
_GROUP_BORN = "By its resolution 58/8, the Human Rights Council established the Intergovernmental Working Group on Water Data. "
_GROUP = "hrc/intergovernmental-working-group-on-water-data"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # a modifier before a kind of one word: "the Expert Panel on X" names it again (before: nothing)
        (_PANEL_BORN + "The Expert Panel on Sand Governance held its first meeting in Nairobi.", {(f"{_PANEL}#1", _PANEL), (f"{_PANEL}#1", "Nairobi")}),
        (_PANEL_BORN + "The Assembly noted resolution 6/3 and the conclusions that the Expert Panel on Sand Governance adopted at its second "
         "meeting, held in Nairobi.", {(f"{_PANEL}#2", "Nairobi")}),
        # held before
        (_GROUP_BORN + "The Working Group on Water Data held its second session in Geneva.", {(f"{_GROUP}#2", _GROUP), (f"{_GROUP}#2", "Geneva")}),
        (_GROUP_BORN + "The Council recalled resolution 58/8 and the recommendations the Working Group adopted at its third session, held in Geneva.",
         {(f"{_GROUP}#3", "Geneva")}),
    ],
)
def test_a_created_body_named_again_from_its_kind(said: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= in_sg_report(said, "meetingOf", "heldIn")


@pytest.mark.parametrize(
    "said",
    [
        # near misses: another topic; the kind alone with no modifier ("the Panel on X"); a kind of one
        # word after no modifier ("the Committee on X" for a "Caribbean Committee on X")
        _PANEL_BORN + "The Expert Panel on Sand Data held its first meeting in Nairobi.",
        _PANEL_BORN + "The Panel on Sand Governance held its first meeting in Nairobi.",
        "By its resolution 80/12, the General Assembly established the Caribbean Committee on Coral Finance. The Committee on Coral "
        "Finance held its second session in Bridgetown.",
    ],
)
def test_no_other_body_named_from_its_kind(said: str) -> None:
    assert not any(s.startswith(("unea/global", "ga/caribbean")) for s, _ in in_sg_report(said, "meetingOf", "heldIn"))


# ------------------------------------------------------------ E264: a starred note in other layouts


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "                                                             A/HRC/61/42*\n"
            "               General Assembly                              Distr.: General\n"
            "                                                             3 December 2036\n\n"
            "                                                             Original: English\n\nHuman Rights Council\nSixty-first session\n"
            "Agenda item 3\n\n               Report of the Special Rapporteur on the right to food\n\n" + _BODY + "\n\n  *   Also issued as E/2037/40.\n",
            ("A/HRC/61/42", "E/2037/40"),
        ),
        (
            "FCCC/SBI/2037/4*\n\nSubsidiary Body for Implementation\nSixty-sixth session\nBonn, 2–12 June 2037\nItem 5 of the provisional agenda\n\n"
            "Report on the technical expert dialogue\n\n" + _BODY + "\n\n* Also issued as FCCC/CP/2037/5.\n",
            ("FCCC/SBI/2037/4", "FCCC/CP/2037/5"),
        ),
    ],
)
def test_a_starred_note_in_other_layouts(text: str, pair: tuple[str, str]) -> None:
    assert pair in also(text)


# ------------------------------------------------------------ E264: an establishment told by a relative "it"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the object a body that holds sessions of its own: "at its sixtieth session" is still the
        # issuer's (before: the Human Rights Council's sixtieth)
        ("The General Assembly reviewed the Human Rights Council, which it had established by its resolution 60/251 at its sixtieth session.",
         {("ga/res/60/251", "ga#60"), ("ga/res/60/251", "hrc")}),
        # "in its", "through its" before the instrument (before: established, never adopted there)
        ("The Human Rights Council reviewed the Expert Mechanism on the Right to Development, which it had established in its resolution 6/36 "
         "at its sixth session.", {("hrc/res/6/36", "hrc#6"), ("hrc/res/6/36", "hrc/expert-mechanism-on-the-right-to-development")}),
        ("The General Assembly took note of the Peacebuilding Commission, which it had set up through its resolution 60/180 at its sixtieth session.",
         {("ga/res/60/180", "ga#60"), ("ga/res/60/180", "ga/peacebuilding-commission")}),
        # held before: a treaty conference's decision and its working group
        ("The Conference of the Parties to the United Nations Convention against Transnational Organized Crime reviewed the Working Group on "
         "Firearms, which it had established by its decision 5/4 at its fifth session.",
         {("cop-untoc/dec/5/4", "cop-untoc#5"), ("cop-untoc/dec/5/4", "cop-untoc/wg-firearms")}),
    ],
)
def test_an_establishment_told_by_a_relative_it_of_other_bodies(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _in_frame(_CSW, sentence, ("establishes", "adoptedAt"))


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # near misses: the session named after a comma is not the instrument's (a later act); the
        # session of the body asked in the instrument ("requested it to report at its")
        ("The General Assembly reviewed the Human Rights Council, which it had established by its resolution 60/251, and which "
         "reported at its sixty-first session.", ("ga/res/60/251", "ga#61")),
        ("The General Assembly, in its resolution 60/251, requested the Human Rights Council to report at its sixty-first session.",
         ("ga/res/60/251", "ga#61")),
    ],
)
def test_no_adoption_at_a_session_told_later(sentence: str, absent: tuple[str, str]) -> None:
    assert absent not in _in_frame(_CSW, sentence, ("adoptedAt",))


def test_the_gathering_after_its_instrument_keeps_a_body_named_between() -> None:
    # "at its" right after the instrument whose "its" is the subject's: the body asked between is not it
    found = _in_frame(_CSW, "The General Assembly, by its resolution 60/251 at its sixtieth session, asked the Human Rights Council to act.", ("adoptedAt", "meetingOf"))
    assert ("ga/res/60/251", "ga#60") in found
    assert not any(s == "hrc#60" for s, _ in found)


# ------------------------------------------------------------ E264: the own body's short name before a number


def test_commission_resolution_in_a_commissions_own_report() -> None:
    sentence = (
        "The Commission on Narcotic Drugs, in its resolution 64/2, addressed the subject; the present report responds to Commission resolution 60/2."
    )
    found = {o for _, o in _in_frame(_CSW, sentence, ("mentions",))}
    assert "ecosoc/csw/res/60/2" in found
    assert "ecosoc/cnd/res/60/2" not in found
