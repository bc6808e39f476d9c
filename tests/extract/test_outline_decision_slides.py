"""A decision's contents told on an outline deck's slides (E232, from the spent u284): the decision's
bullet "Decision 31/4 – Title" over its adoption note and meeting line ("adopted by the Council at its
31st session" / "212th meeting, 28 April 2034"), its clauses as lower-case sub-bullets of "The
Council:" (each a clause of its own, not the bullet above going on), a lone "Requests" over its
addressees ("the Panel on Finance: to report ..."), the slide continued as "… (cont.)", and a list
of papers under "Before the 31st session". Near misses: sub-bullets that do continue their bullet
(E100's "Recalls decision 28/2" / "and decision 27/5 ..."), a list under "Before the session" (no session named). Bodies: the invented `spent_u124.ttl`."""

from __future__ import annotations

import pytest

from .test_outline_decks import facts

# (the deck's issuer, its short name, its gathering term, its symbol prefix, its addressee and key)
PEAT = dict(body="Council of the Peatland Restoration Fund", short="Council", term="session", prefix="PT/PRF",
            addressee="the Panel on Finance", addressee_key="peat-fund-council/finance-panel", key="peat-fund-council")
CORAL = dict(body="Executive Board of the Coral Reef Fund", short="Executive Board", term="meeting", prefix="CRC/ReefCom",
             addressee="the Fund Secretariat", addressee_key="coral-fund-secretariat", key="coral-fund-board")


def deck(o: dict[str, str], *, verb: str = "Requests", cont: str = "Decision 31/4 at a glance (cont.)",
         adoption: str = "\t\tadopted by the {short} at its 31st {term}\n\t\t212th meeting, 28 April 2034\n",
         documents_lead: str = "Before the 31st {term}") -> str:
    return (
        "{body}: decision 31/4 on its review calendar\n"
        "\tBriefing for members\n"
        "\tBonn, 3 May 2034\n"
        "Background\n"
        "\tThe {short} first discussed the calendar at its 30th {term}\n"
        "\tMembers asked for a predictable calendar\n"
        "Decision 31/4 at a glance\n"
        "\tDecision 31/4 – Calendar of reviews\n"
        + adoption +
        "\tThe {short}:\n"
        "\t\trecalls its decision 28/2 on the reporting cycle\n"
        "\t\tdecides to keep the calendar under review\n"
        "\t\t\tfour reviews a year, announced in January\n"
        + cont + "\n"
        "\t" + verb + "\n"
        "\t\t{addressee}: to report to the {short} at its 32nd {term}\n"
        "Documents and calendar\n"
        "\t" + documents_lead + "\n"
        "\t\t{prefix}/31/1 Provisional agenda\n"
        "\t\t{prefix}/31/4 Note on the review calendar\n"
        "\tNext {term}\n"
        "\t\t32nd {term}: Bonn, 4-8 November 2034\n"
        "Questions\n"
        "\tThank you\n"
    ).format(**o)


@pytest.mark.parametrize("o", [PEAT, CORAL], ids=["council-sessions", "board-meetings"])
def test_decision_told_on_slides(o: dict[str, str]) -> None:
    found = facts(deck(o))
    own = f"{o['key']}/dec/31/4"
    assert ("title", own, "Calendar of reviews") in found
    assert ("adoptedAt", own, f"{o['key']}#31") in found
    assert ("adoptedOn", own, "2034-04-28") in found
    assert ("cites", own, f"{o['key']}/dec/28/2") in found
    assert ("requests", own, o["addressee_key"]) in found
    assert ("submittedTo", f"{o['prefix']}/31/1", f"{o['key']}#31") in found
    assert ("submittedTo", f"{o['prefix']}/31/4", f"{o['key']}#31") in found


@pytest.mark.parametrize("verb", ["Requests", "Also requests"])
def test_a_lone_verb_governs_each_addressee(verb: str) -> None:
    found = facts(deck(PEAT, verb=verb))
    assert ("requests", "peat-fund-council/dec/31/4", "peat-fund-council/finance-panel") in found


def test_adoption_note_without_meeting_line() -> None:
    found = facts(deck(PEAT, adoption="\t\tadopted by the Council at its 31st session\n"))
    assert ("adoptedAt", "peat-fund-council/dec/31/4", "peat-fund-council#31") in found
    assert ("cites", "peat-fund-council/dec/31/4", "peat-fund-council/dec/28/2") in found


def test_papers_before_an_unnamed_session_go_nowhere() -> None:
    found = facts(deck(PEAT, documents_lead="Before the session"))
    assert not any(rel == "submittedTo" and s.startswith("PT/PRF/31/") for rel, s, _ in found)


def test_sub_bullet_continuing_its_bullet_stays_joined() -> None:
    # E100's layout: a bullet without a colon whose lower-case sub-bullet carries on its sentence
    text = deck(PEAT).replace(
        "\tThe Council:\n\t\trecalls its decision 28/2 on the reporting cycle\n",
        "\tRecalls decision 28/2\n\t\tand decision 27/5 on the reporting cycle\n",
    )
    found = facts(text)
    assert ("cites", "peat-fund-council/dec/31/4", "peat-fund-council/dec/28/2") in found
    assert ("cites", "peat-fund-council/dec/31/4", "peat-fund-council/dec/27/5") in found
