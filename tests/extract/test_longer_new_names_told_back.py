"""A body created under a long name in capitals and named again by its last words, its first meeting
convened by someone else, and a known body named again by the head of its name where the reference
data gives that head to another organisation's body (E251, from unseen u295, WMO Congress resolutions).

- "Decides also to establish a Global Sea Level Watch Coordination Board under the Executive
  Secretary": a name of six capitalised words before its kind is still a name (`new_bodies._NAMED_AFTER`
  took four); the body the text creates, not the office it is placed under.
- "… to provide support to the Coordination Board and to convene its first meeting in Geneva": "the
  Coordination Board" names the board again by its last words (`new_bodies._tails_of_a_name`); "and
  to convene its first meeting" right after it says the board holds meetings (`new_bodies.convened_first`),
  so "its first meeting" is the board's.
- "Recalling … the Advisory Group on Early Warnings for All …" / "Requests the Advisory Group to
  submit …": the head of the name the text gave in full ("Advisory Group"), not another organisation's
  group whose short name the data makes it, which the text never names (`resolve.Scope
  .named_in_full_last_before`, E219's rule for one kind word, now for a head of two or three words that
  is no organ's whole name).

Near misses: the office the new board is placed under; "the Executive Council" and "the General
Assembly" (names of generic words: the organ's own, as before); a longer name after the tail ("the
Coordination Board Secretariat"); a group of the data named in full in the text. Sentences are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import facts, in_resolution

_BOARD = "ccr/global-sea-level-watch-coordination-board"
_ESTABLISH = "Decides also to establish a Global Sea Level Watch Coordination Board under the Ex-\necutive Secretary, with the terms of reference given in the annex to the present resolution;"


@pytest.mark.parametrize(
    "clause",
    [
        _ESTABLISH,
        "Decides to establish a Global Sea Level Watch Coordination Board under the Committee on Coastal Data;",
        "Establishes a Pacific Coastal Flood Early Warning Coordination Board;",
    ],
)
def test_a_long_name_in_capitals_is_the_body_created(clause: str) -> None:
    created = facts(in_resolution(clause), "establishes")
    assert len(created) == 1
    ((_, body),) = created
    assert body.endswith("-coordination-board")


@pytest.mark.parametrize(
    "later",
    [
        "Requests the Executive Secretary to provide support to the Coordination Board and to convene its first meeting in "
        "Geneva in the first quarter of 2032;",
        "Requests the Executive Secretary to provide secretariat support to the Watch Coordination Board and convene its first "
        "meeting in Geneva in 2032;",
        "Decides that the Coordination Board shall hold its first meeting in Geneva in 2032;",
    ],
)
def test_the_board_named_again_by_its_last_words_meets(later: str) -> None:
    text = in_resolution(_ESTABLISH, later)
    assert (f"{_BOARD}#1", _BOARD) in facts(text, "meetingOf")
    assert (f"{_BOARD}#1", "Geneva") in facts(text, "heldIn")


def test_the_board_named_again_is_asked() -> None:
    text = in_resolution(_ESTABLISH, "Requests the Coordination Board to report to the Commission at its thirteenth session;")
    assert ("ccr/res/12/1", _BOARD) in facts(text, "requests")


@pytest.mark.parametrize(
    "later",
    [
        # the office it is placed under is asked, not the board
        "Requests the Executive Secretary to convene the Commission's thirteenth session in Geneva;",
        # a longer name after the tail: another body's
        "Requests the Coordination Board Secretariat to report to the Commission at its thirteenth session;",
    ],
)
def test_no_board_where_the_words_name_another(later: str) -> None:
    text = in_resolution(_ESTABLISH, later)
    assert ("ccr/res/12/1", _BOARD) not in facts(text, "requests")
    assert not any(g.startswith(_BOARD) for g, _ in facts(text, "heldIn"))


# an invented organisation's files: its Council's group named "Advisory Group on …" with no short name,
# and another organisation's group whose short name is "Advisory Group"
_TTL = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/ccr/ag-floods> a mg:Body ;
    mg:key "ccr/ag-floods" ;
    skos:prefLabel "Advisory Group on Flood Forecasting for All"@en ;
    org:subOrganizationOf <body/ccr> .

<body/reef-fund> a mg:Body ;
    mg:key "reef-fund" ;
    skos:prefLabel "Reef Restoration Fund"@en .

<body/reef-fund/ipag> a mg:Body ;
    mg:key "reef-fund/ipag" ;
    skos:prefLabel "Indigenous Peoples Advisory Group of the Reef Restoration Fund"@en ;
    mg:shortName "Advisory Group" ;
    org:subOrganizationOf <body/reef-fund> .
"""


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from tests.extract.phrasing import extracted_with

    ttl = tmp_path_factory.mktemp("ag") / "ag.ttl"
    ttl.write_text(_TTL)
    return extracted_with(Path(ttl))


def test_the_head_of_a_name_given_in_full(extracted) -> None:  # type: ignore[no-untyped-def]
    text = in_resolution(
        "Recalling its resolution 11/4, by which it established the Advisory Group on Flood Forecasting for All,",
        "Invites the Reef Restoration Fund to support the extension of the network;",
        "Requests the Advisory Group to submit a consolidated plan to the Commission at its thirteenth session;",
    )
    asked = {o for r, s, o in extracted(text) if r == "requests" and s == "ccr/res/12/1"}
    assert asked == {"ccr/ag-floods"}


def test_the_other_groups_short_name_where_the_text_names_it(extracted) -> None:  # type: ignore[no-untyped-def]
    # the other group named in full: the short name is its, as before
    text = in_resolution(
        "Welcoming the work of the Indigenous Peoples Advisory Group of the Reef Restoration Fund,",
        "Requests the Advisory Group to share its findings with the Commission;",
    )
    asked = {o for r, s, o in extracted(text) if r == "requests" and s == "ccr/res/12/1"}
    assert asked == {"reef-fund/ipag"}
