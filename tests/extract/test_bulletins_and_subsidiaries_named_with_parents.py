"""Three families of a Secretary-General's bulletin and like texts (E272):

- "for the purpose of implementing paragraph 3 of General Assembly resolution 89/248, hereby
  promulgates the following:": the gerund of "in implementation of", the bulletin's mandate
  (`pursuantTo`), the resolution's symbol a Markdown link or plain;
- "the Global Forum for Road Traffic Safety (WP.1) of the Inland Transport Committee, including at
  its 110th session": a body named with its parent after "of"; "its" is the body's, which holds
  such sessions, not the parent's;
- a title after "on" stops before ", and extrabudgetary contributions" (the next item of the
  sentence's list, not the title's).

Invented texts; near misses: a mandate the writer only mentions ("not for the purpose of"), a
parent that is the sentence's subject, a title whose "and" joins its own words.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import in_sg_report, key, shipped_registry

BULLETIN = (
    "ST/SGB/2036/4\n\nSecretariat\n\n14 March 2036\n\n# Secretary-General's bulletin\n\n"
    "## Organization of the Office for Ocean Affairs Coordination\n\n"
    "The Secretary-General, {formula}, hereby promulgates the following:\n\n"
    "### Section 1\n\n1.1 The present bulletin shall apply to the Office.\n"
)


@pytest.mark.parametrize(
    "formula",
    [
        "for the purpose of implementing paragraph 3 of General Assembly resolution\n[90/118](https://undocs.org/en/A/RES/90/118)",
        "for the purposes of implementing section II of General Assembly resolution 90/118",
        "in implementation of paragraph 3 of General Assembly resolution 90/118",
    ],
    ids=["purpose-link", "purposes-plain", "in-implementation"],
)
def test_the_bulletins_mandate(formula: str) -> None:
    extraction = extract(BULLETIN.format(formula=formula), source_key="test", registry=shipped_registry())
    pursuant = {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == "pursuantTo"}
    assert pursuant == {("ST/SGB/2036/4", "ga/res/90/118")}


def test_a_purpose_of_another_paper_gives_the_bulletin_nothing() -> None:
    text = BULLETIN.format(formula="having considered the options for implementing General Assembly resolution 90/118")
    extraction = extract(text, source_key="test", registry=shipped_registry())
    assert not [f for f in extraction.facts if f.relation == "pursuantTo"]


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        (
            "The Office will support the Commission on Narcotic Drugs of the Economic and Social Council, including at "
            "its seventy-ninth session, to be held in Vienna from 12 to 16 March 2036.",
            "ecosoc/cnd#79",
        ),
        (
            "The Office will support the Statistical Commission (StatCom) of the Economic and Social Council, in "
            "particular at its sixty-eighth session.",
            "ecosoc/statistical-commission#68",
        ),
        (
            "The Office will serve the Commission for Social Development of the Economic and Social Council during its "
            "seventy-sixth session.",
            "ecosoc/csocd#76",
        ),
    ],
    ids=["cnd-including-at", "statcom-in-particular-at", "csocd-during"],
)
def test_its_session_is_the_subsidiarys(sentence: str, held: str) -> None:
    sessions = {s for s, _ in in_sg_report(sentence, "meetingOf")}
    assert held in sessions
    assert not any(s.startswith("ecosoc#") for s in sessions)


def test_a_parent_that_acts_holds_its_own_session() -> None:
    sentence = "The work of the Commission on Narcotic Drugs was reviewed by the General Assembly at its ninety-first session."
    assert "ga#91" in {s for s, _ in in_sg_report(sentence, "meetingOf")}


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The resources of the Office are those approved by the General Assembly in section XI of its resolution "
            "90/262 on special subjects relating to the proposed programme budget for 2037, and extrabudgetary contributions.",
            "special subjects relating to the proposed programme budget for 2037",
        ),
        (
            "The Office is funded from the resources approved in resolution 90/262 on questions relating to the "
            "programme budget, and voluntary contributions.",
            "questions relating to the programme budget",
        ),
        (
            "The Assembly recalled its resolution 90/140 on oceans and the law of the sea.",
            "oceans and the law of the sea",
        ),
    ],
    ids=["extrabudgetary", "voluntary", "own-and"],
)
def test_a_title_stops_before_the_money_besides(sentence: str, title: str) -> None:
    titles = {o for s, o in in_sg_report(sentence, "title") if s.startswith("ga/res/90/")}
    assert titles == {title}
