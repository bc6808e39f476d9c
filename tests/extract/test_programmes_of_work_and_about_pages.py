"""Phrasing and layout families of the spent u193 (a regional commission's programme of work) and
u194 (a fund's "About" page), E158, on invented documents of invented bodies
(tests/data/programmes_of_work.ttl with tests/data/phrasing.ttl), varied in bodies, numbers, verbs
and word order:

- a legislative mandates table whose rows are "45 (XII)<tab>Title" under "Commission resolutions":
  the number in the commission's own Roman-session convention, the title its row's second cell;
  an output line's "to be held in Tromsø in 2035 (1)" is no resolution 2035 of a first session;
- "the Committee on Fisheries, which the Commission set up in resolution 40 (X), and the Committee
  on Transport, in resolution 44 (XI).": the second body shares the first clause's verb;
- "The Board of Trustees was created by that resolution as well": the instrument that set up what
  the text told of before, though another was named since;
- "the Special Rapporteur on ..., whose mandate the Commission created in its resolution 12/3":
  the mandate holder named before the relative clause is established;
- "the recommendations made by the Committee at its eighth session, contained in its report (X)":
  the report of that session;
- "resolution 87/12 of 3 December 2032, adopted at the eighty-seventh session, the Assembly ...":
  the issuer's session, not the page's own body's;
- "The Board holds two sessions a year in Geneva. Its twelfth session took place from ...": the
  session sat at the venue the body holds its sessions at.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with

REFERENCE = Path(__file__).resolve().parents[1] / "data" / "programmes_of_work.ttl"

_extracted = extracted_with(REFERENCE)


def facts(text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in _extracted(text) if r == relation}


def programme_of_work(mandates: str, *paragraphs: str) -> str:
    """A note by the secretariat to the Commission's Committee on Fisheries, saved by Word as plain
    text: a masthead in tab-separated cells, a summary, an introduction, the mandates table."""
    return (
        "United Nations\tE/ECNS/C.3/2033/5\n\n"
        "Economic Commission for the Northern Seas\tDistr.: Limited\n3 October 2033\nOriginal: English\n\n"
        "Committee on Fisheries\nNinth session\nTromsø, 11-12 December 2033\nItem 5 of the provisional agenda\n\n"
        "Proposed programme of work for the biennium 2034-2035: subprogramme 2, sustainable fisheries\n\n"
        "Note by the secretariat\n\nSummary\n\n"
        "The present document sets out the proposed programme of work of subprogramme 2 for the biennium"
        " 2034-2035. The Committee is invited to review it.\n\nIntroduction\n\n"
        + "\n\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, 1))
        + "\n\nI. Legislative mandates\n\n"
        "General Assembly resolutions\n"
        "70/1\tTransforming our world: the 2030 Agenda for Sustainable Development\n\n"
        + mandates
        + "\n\nII. Outputs\n\n"
        "(a) Expert group meetings: regional expert group meeting on stock assessment, to be held in Tromsø in 2035 (1).\n"
    )


def fund_page(*paragraphs: str) -> str:
    """A fund's "About the Board of Trustees" page, copied from the browser: menus, questions, answers."""
    return (
        "Skip to main content\nOHCHR | United Nations Human Rights\n"
        "Home  >  About us  >  Funding and budget  >  About the Board of Trustees\n\n"
        "United Nations Voluntary Fund for Survivors of Coastal Disasters\n"
        "About the Board of Trustees: frequently asked questions\n\n"
        + "\n\n".join(paragraphs)
        + "\n\nContact: vfsc@ohchr.org\n"
    )


_MANDATES = (
    "Commission resolutions\n"
    "45 (XII)\tRegional cooperation on fisheries data\n"
    "52 (XIV)\tOcean governance in the northern seas\n"
    "61 (XVI)\tMaritime transport corridors"
)
_INTRO = "The subprogramme is reviewed by the Committee on Fisheries."


# ---------------------------------------------------------------- the mandates table


@pytest.mark.parametrize(
    "mandates",
    [
        _MANDATES,
        # a paragraph a row, two spaces between number and title (a list saved without its table)
        _MANDATES.replace("\t", "  ").replace("\n", "\n\n"),
        # the heading names the Commission in full
        _MANDATES.replace("Commission resolutions", "Economic Commission for the Northern Seas resolutions"),
    ],
)
def test_a_mandate_row_gives_the_commissions_resolution_its_title(mandates: str) -> None:
    titles = facts(programme_of_work(mandates, _INTRO), "title")
    assert {
        ("ecns/res/12/45", "Regional cooperation on fisheries data"),
        ("ecns/res/14/52", "Ocean governance in the northern seas"),
        ("ecns/res/16/61", "Maritime transport corridors"),
        ("ga/res/70/1", "Transforming our world: the 2030 Agenda for Sustainable Development"),
    } <= titles


def test_a_row_under_a_heading_of_no_kind_gives_no_title() -> None:
    """"Documents" names no kind of instrument: its rows are no resolutions' titles."""
    text = programme_of_work(_MANDATES.replace("Commission resolutions", "Background documents"), _INTRO)
    assert not {s for s, _ in facts(text, "title")} & {"ecns/res/12/45", "ecns/res/14/52", "ecns/res/16/61"}


def test_a_year_and_a_count_in_brackets_are_no_resolution() -> None:
    """"to be held in Tromsø in 2035 (1)": an output's year and how many; the Commission's own
    numbers print the session in Roman numerals."""
    mentioned = {o for s, o in facts(programme_of_work(_MANDATES, _INTRO), "mentions")}
    assert not any(o.startswith("ecns/res/1/") for o in mentioned)
    assert "ecns/res/12/45" in mentioned


# ---------------------------------------------------------------- a second body sharing the verb


@pytest.mark.parametrize(
    "sentence",
    [
        "The subprogramme is reviewed by two subsidiary bodies of the Commission: the Committee on Fisheries, which the"
        " Commission set up in resolution 40 (X), and the Committee on Transport, in resolution 44 (XI).",
        "The subprogramme is reviewed by the Committee on Fisheries, which the Commission created by resolution 40 (X),"
        " and the Committee on Transport, by resolution 44 (XI).",
        "The subprogramme is reviewed by the Committee on Fisheries, established by the Commission in its resolution"
        " 40 (X), and the Committee on Transport, in its resolution 44 (XI).",
    ],
)
def test_a_second_body_shares_the_establishing_verb(sentence: str) -> None:
    established = facts(programme_of_work(_MANDATES, sentence), "establishes")
    assert {
        ("ecns/res/10/40", "ecns/committee-on-fisheries"),
        ("ecns/res/11/44", "ecns/committee-on-transport"),
    } <= established


def test_a_second_body_with_a_verb_of_its_own_is_not_established() -> None:
    """", and the Committee on Transport, in resolution 44 (XI), was asked to ...": its own verb."""
    sentence = (
        "The subprogramme is reviewed by the Committee on Fisheries, which the Commission set up in resolution 40 (X),"
        " and the Committee on Transport, in resolution 44 (XI), was asked to review the transport component."
    )
    established = facts(programme_of_work(_MANDATES, sentence), "establishes")
    assert ("ecns/res/10/40", "ecns/committee-on-fisheries") in established
    assert not {o for s, o in established if s == "ecns/res/11/44"}


# ---------------------------------------------------------------- "its report (X)"


@pytest.mark.parametrize("participle", ["contained in its report", "as set out in its report", "reflected in its report"])
def test_the_report_of_the_session_named_before_the_participle(participle: str) -> None:
    sentence = (
        "The subprogramme also draws on the work of the regional fisheries network and on the recommendations made by"
        f" the Committee on Fisheries at its eighth session, {participle} (E/ECNS/C.3/2031/9)."
    )
    text = programme_of_work(_MANDATES, sentence)
    assert ("E/ECNS/C.3/2031/9", "ecns/committee-on-fisheries#8") in facts(text, "reportOf")
    # (the sentence's rest after another bracket is no title of the report)
    assert not {o for s, o in facts(text, "title") if s == "E/ECNS/C.3/2031/9"}


# ---------------------------------------------------------------- the fund's page


_ESTABLISHED = (
    "The United Nations Voluntary Fund for Survivors of Coastal Disasters was established by the General Assembly"
    " in its resolution 61/140 of 14 December 2006, adopted at its sixty-first session."
)
_RECALLED = (
    "In its resolution 87/12 of 3 December 2032, adopted at the eighty-seventh session, the Assembly, recalling"
    " resolution 61/140, urged the Board of Trustees to extend the Fund's support to small island States."
)


@pytest.mark.parametrize(
    "back_reference",
    [
        "Yes. The Board of Trustees was created by that resolution as well; it has five members.",
        "Yes. The Board of Trustees was set up under that resolution too.",
        "Yes. The Board of Trustees was also created by that resolution.",
    ],
)
def test_created_by_that_resolution_as_well_means_the_founding_one(back_reference: str) -> None:
    """"as well": the instrument that set up the Fund, though resolution 87/12 was named since."""
    text = fund_page(_ESTABLISHED, "Has the mandate changed?", "In its resolution 87/12 of 3 December 2032, the"
                     " Assembly urged the Board of Trustees to extend the Fund's support.", back_reference)
    established = facts(text, "establishes")
    assert ("ga/res/61/140", "vfsc/board-of-trustees") in established
    assert not {o for s, o in established if s == "ga/res/87/12"}


def test_as_well_after_a_verb_of_no_establishment_establishes_nothing() -> None:
    text = fund_page(_ESTABLISHED, "The Board of Trustees was consulted on that resolution as well.")
    assert ("ga/res/61/140", "vfsc/board-of-trustees") not in facts(text, "establishes")


def test_the_session_after_the_participle_is_the_issuers() -> None:
    text = fund_page(_ESTABLISHED, "Has the mandate changed?", _RECALLED)
    assert ("ga/res/87/12", "ga#87") in facts(text, "adoptedAt")
    assert ("ga#87", "ga") in facts(text, "meetingOf")
    assert not any(s.startswith("vfsc/board-of-trustees#87") for s, _ in facts(text, "meetingOf"))


@pytest.mark.parametrize(
    "mandate_holder, creator, instrument, key",
    [
        (
            "the Special Rapporteur on coastal displacement", "the Economic Commission for the Northern Seas created in its resolution 48 (XIII)",
            "ecns/res/13/48", "ecns/special-rapporteur-on-coastal-displacement",
        ),
        # (a comma inside the series its topic joins)
        (
            "the Independent Expert on disaster risk, recovery and resilience", "the Economic Commission for the Northern Seas established by its resolution 48 (XIII)",
            "ecns/res/13/48", "ecns/independent-expert-on-disaster-risk-recovery-and-resilience",
        ),
        # (a commission numbering the default way: "its" is the commission named before the verb,
        # not the page's own fund's General Assembly)
        (
            "the Special Rapporteur on coastal displacement", "the Commission on Coastal Resilience created in its resolution 12/3",
            "ccr/res/12/3", "ccr/special-rapporteur-on-coastal-displacement",
        ),
    ],
)
def test_whose_mandate_the_commission_created(mandate_holder: str, creator: str, instrument: str, key: str) -> None:
    text = fund_page(f"The Board works closely with {mandate_holder}, whose mandate {creator}.")
    assert (instrument, key) in facts(text, "establishes")


def test_whose_mandate_the_commission_extended_establishes_nothing() -> None:
    text = fund_page(
        "The Board works closely with the Special Rapporteur on coastal displacement, whose mandate the Economic"
        " Commission for the Northern Seas extended in its resolution 48 (XIII)."
    )
    assert not facts(text, "establishes")


@pytest.mark.parametrize(
    "venue",
    ["The Board holds two sessions a year in Geneva.", "The Board meets twice a year in Geneva.", "The Board normally holds its sessions in Geneva."],
)
def test_a_session_dated_after_the_habitual_venue_sat_there(venue: str) -> None:
    text = fund_page(_ESTABLISHED, f"{venue} Its twelfth session took place from 2 to 6 October 2033; its conclusions are summarized.")
    assert ("vfsc/board-of-trustees#12", "Geneva") in facts(text, "heldIn")


def test_a_session_with_a_place_of_its_own_keeps_it() -> None:
    text = fund_page(
        _ESTABLISHED, "The Board holds two sessions a year in Geneva. Its twelfth session took place in Bangkok from 2 to 6 October 2033."
    )
    held = {o for s, o in facts(text, "heldIn") if s == "vfsc/board-of-trustees#12"}
    assert held == {"Bangkok"}
