"""A meetings-coverage release's narrative of one day's adoptions (E262, the spent u322): under a
sittings line naming the session ("Eighty-fifth Session, 40th & 41st Meetings (AM & PM)") and a
lead telling what the body did "today", every text the release then says was adopted ("The
Assembly first adopted resolution 85/101 ...", "Without a vote, the Assembly then adopted ...",
"Next, it adopted without a vote resolution ...", "By resolution 85/104 on X, adopted by a recorded
vote, ...") was adopted at that session on the release's day, and the reports the body "had before
it" went to that session. A release's participle ("..., encouraging the World Bank to ...") tells
what the text did and ends its title. Near misses: a draft introduced or approved by a Main
Committee (no number, no fact), an amendment rejected, a text of an earlier session recalled, a
release dated but covering no sittings of that day.

The bodies and texts are invented; a saved page's menu of links sits above the release's date.
"""

from __future__ import annotations

import pytest

from .phrasing import extracted_with, in_sg_report

extracted = extracted_with()

_MENU = (
    "Skip to main content <#main-content>\n\nWelcome to the United Nations <https://www.un.org/en/>\n\n"
    "  * English <https://press.un.org/en>\n  * Français <https://press.un.org/fr>\n\n"
    "Meetings Coverage and Press Releases <https://press.un.org/en>\n\n"
    "  * Home <https://press.un.org/en>\n  * Secretary-General <https://press.un.org/en/content/secretary-general>\n"
    "  * General Assembly <https://press.un.org/en/content/general-assembly>\n"
    "  * Security Council <https://press.un.org/en/content/security-council>\n"
    "  * Economic and Social Council <https://press.un.org/en/content/economic-and-social-council>\n"
    "  * Press Briefings <https://press.un.org/en/content/press-briefings>\n\n"
)


def _release(symbol: str, day: str, sittings: str, dateline: str, lead: str, *paragraphs: str, menu: bool = True) -> str:
    return (
        (_MENU if menu else "Meetings Coverage and Press Releases\n\n")
        + f"{symbol}\n{day}\n\n\n  {sittings}\n\n\n  Headline of the Day's Action\n\n"
        + f"{dateline} -- {lead}\n\n" + "\n\n".join(paragraphs)
        + "\n\n* *** *\n\nFor information media. Not an official record.\n"
    )


GA_NARRATIVE = (
    "The Assembly first adopted resolution 85/101 on ocean literacy by a recorded vote of 150 in favour to 2 against.",
    'Without a vote, the Assembly then adopted resolution 85/102, entitled "Coastal cities and resilience", '
    "by which it requested the Secretary-General to report at its eighty-sixth session.",
    "Next, it adopted without a vote resolution 85/103 on rural broadband, encouraging the United Nations "
    "Environment Programme and the United Nations Office on Drugs and Crime to expand their joint programmes, and inviting Member States to share practices.",
    "By resolution 85/104 on harmony with rivers, adopted by a recorded vote of 160 in favour to none against, the "
    "Assembly decided to hold an interactive dialogue.",
    "The text builds on resolution 83/200 of 20 December 2028, by which the Assembly had requested a study.",
    "Before that vote, the Assembly rejected an amendment (document A/85/L.40) that would have deleted paragraph 3.",
    "Finally, the Assembly adopted decision 85/550, deferring the item to its eighty-sixth session.",
)
ADOPTED = ["ga/res/85/101", "ga/res/85/102", "ga/res/85/103", "ga/res/85/104", "ga/dec/85/550"]


@pytest.mark.parametrize("menu", [True, False])
@pytest.mark.parametrize(
    ("lead", "day", "dateline", "on"),
    [
        ("The General Assembly today adopted five texts recommended by its Second Committee.", "3 December 2030", "NEW YORK, 3 December", "2030-12-03"),
        ("Acting on the recommendations of its Third Committee, the General Assembly today adopted four resolutions and a decision.",
         "11 December 2030", "NEW YORK, 11 December 2030", "2030-12-11"),
    ],
)
def test_a_release_narrates_the_days_adoptions_at_its_session(menu: bool, lead: str, day: str, dateline: str, on: str) -> None:
    text = _release(
        "GA/12801", day, "Eighty-fifth Session, 40th & 41st Meetings (AM & PM)", dateline, lead,
        "The Assembly had before it the reports of the Second Committee on ocean affairs (document A/85/420/Add.1) "
        "and on information technology (document A/85/421).",
        *GA_NARRATIVE, menu=menu,
    )
    facts = extracted(text)
    for ref in ADOPTED:
        assert ("adoptedAt", ref, "ga#85") in facts
        assert ("adoptedOn", ref, on) in facts
    # the reports the Assembly had before it went to the session the release covers
    assert ("submittedTo", "A/85/420/Add.1", "ga#85") in facts
    assert ("submittedTo", "A/85/421", "ga#85") in facts
    # a text of an earlier session keeps its own day; the amendment rejected is no text
    assert not any(r in ("adoptedAt",) and s == "ga/res/83/200" for r, s, _ in facts)
    assert ("adoptedOn", "ga/res/83/200", "2028-12-20") in facts
    # the participle tells what the text did, and ends its title
    assert ("title", "ga/res/85/103", "rural broadband") in facts
    assert {("encourages", "ga/res/85/103", "unep"), ("encourages", "ga/res/85/103", "unodc")} <= set(facts)
    assert ("title", "ga/res/85/104", "harmony with rivers") in facts


def test_a_functional_commission_release_narrates_its_adoptions() -> None:
    text = _release(
        "ECO/CCR/212", "14 March 2031", "Twelfth Session, 9th & 10th Meetings (AM & PM)", "GENEVA, 14 March",
        "The Commission on Coastal Resilience today concluded its work for the year.",
        "The Commission then adopted without a vote resolution 12/3 on tide gauges, requesting the secretariat to "
        "compile national data.",
        "Also without a vote, it approved decision 12/101 on the dates of its next session.",
        menu=False,
    )
    facts = extracted(text)
    for ref in ("ccr/res/12/3", "ccr/dec/12/101"):
        assert ("adoptedAt", ref, "ccr#12") in facts
        assert ("adoptedOn", ref, "2031-03-14") in facts
    assert ("requests", "ccr/res/12/3", "ccr/secretariat") in facts
    assert ("title", "ccr/res/12/3", "tide gauges") in facts


@pytest.mark.parametrize(
    "sentence",
    [
        # a Main Committee's draft carries no number, and no fact
        "Draft resolution A/C.2/85/L.12 on ocean literacy was introduced by the representative of Fiji.",
        "The Second Committee approved the draft without a vote on 5 November.",
        # a text adopted on another day the sentence tells
        "On 28 November, the Assembly adopted resolution 85/90 on migration.",
        # an amendment voted on and rejected
        "The Assembly rejected, by a recorded vote of 12 to 140, an amendment to resolution 85/91 proposed by Chile.",
    ],
)
def test_near_misses_of_a_release_adopt_nothing_that_day(sentence: str) -> None:
    text = _release(
        "GA/12802", "4 December 2030", "Eighty-fifth Session, 42nd Meeting (AM)", "NEW YORK, 4 December",
        "The General Assembly today took action on the reports of its Second Committee.", sentence,
    )
    facts = extracted(text)
    assert not any(r == "adoptedOn" and o == "2030-12-04" for r, _, o in facts)
    assert not any(r == "adoptedAt" and s == "ga/res/85/91" for r, s, _ in facts)


def test_a_release_without_a_sittings_line_keeps_no_session() -> None:
    """A release that names no session over its lead (a briefing's) tells no adoption's session."""
    text = (
        "Meetings Coverage and Press Releases\n\nGA/12803\n5 December 2030\n\nHeadline\n\n"
        "NEW YORK, 5 December -- The General Assembly today adopted a text.\n\n"
        "The Assembly first adopted resolution 85/105 on ocean literacy.\n"
    )
    assert not any(r == "adoptedAt" for r, _, _ in extracted(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Assembly adopted resolution 85/12 on fisheries, encouraging the United Nations Environment Programme to support small island States.",
        "The Assembly also adopted resolution 85/12, entitled \"Fisheries\", inviting the United Nations Environment Programme to support small island States.",
    ],
)
def test_a_participle_after_the_title_tells_what_the_text_did(sentence: str) -> None:
    # ("inviting" is read as "invites", which the gold's "encourages" takes in)
    assert in_sg_report(sentence, "encourages", "invites") == {("ga/res/85/12", "unep")}
    assert in_sg_report(sentence, "title") in ({("ga/res/85/12", "fisheries")}, {("ga/res/85/12", "Fisheries")})


def test_a_title_keeps_its_own_including() -> None:
    """"Sustainable fisheries, including through the 1995 Agreement ...": a title's own participle."""
    sentence = "The Assembly recalled its resolution 84/20 on sustainable fisheries, including through regional arrangements, and decided to act."
    assert in_sg_report(sentence, "title") == {("ga/res/84/20", "sustainable fisheries, including through regional arrangements")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one of two bodies coordinated is no "it" when a body stands alone after them
        ("invited the Committee on Kelp and the Board on Seaweed to give input to the Ethics Office, and asked it to report", ["e"]),
        ("encouraged the Committee on Kelp, the Board on Seaweed and the Panel on Algae to report to the Ethics Office and requested it to act", ["e"]),
        # no body after the coordination: the last of it, as before (`test_pronoun_addressees`)
        ("invited the Committee on Kelp and the Board on Seaweed to meet, and asked it to report", ["b"]),
        # a body alone before: the last subject
        ("welcomed the Ethics Office and asked it to report to the Board on Seaweed", ["e"]),
    ],
)
def test_it_after_a_coordination_is_the_body_named_alone_after_it(text: str, expected: list[str]) -> None:
    from mandate_graph.loaders.extract.rules.pronoun_addressees import antecedents

    names = {"Committee on Kelp": "c", "Board on Seaweed": "b", "Panel on Algae": "p", "Ethics Office": "e"}
    bodies = sorted((text.index(n) - 4, text.index(n) + len(n), k) for n, k in names.items() if n in text)
    verb = text.rindex("it to") - len("asked ") if "asked it" in text else text.rindex("requested it")
    assert antecedents(text, bodies, verb, "it", set()) == expected


_BORN = "In resolution 85/12, the Assembly decided to establish an expert group on marine data and "


@pytest.mark.parametrize(
    ("tail", "town"),
    [
        ("requested the Secretary-General to convene the group's first session in Geneva in the first half of 2031.", "Geneva"),
        ("asked the Secretary-General to host the expert group’s first session in Nairobi.", "Nairobi"),
        ("requested the Secretary-General to convene its first session in Vienna in 2031.", "Vienna"),
        # near misses: a host only offered, a venue only proposed
        ("noted that Kenya had offered to host the group's first session in Nairobi.", None),
        ("heard a proposal that the Secretary-General convene the group's first session in Bangkok.", None),
    ],
)
def test_the_place_of_a_born_bodys_session_told_ahead(tail: str, town: str | None) -> None:
    held = in_sg_report(_BORN + tail, "heldIn")
    assert held == ({("ga/expert-group-on-marine-data#1", town)} if town else set())
