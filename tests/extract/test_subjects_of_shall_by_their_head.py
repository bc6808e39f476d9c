"""The subject of "shall" (or "should") is the head of its name, not the body its "of" complement
names (E248): "Decides that the Bureau of the Commission shall prepare …" asks the Bureau, where
the last name before "shall" is the issuing Commission's (dropped as the issuer, the paragraph had
asked nobody); "the secretariat of the Commission", "the Executive Secretary of the Commission",
"the Working Group … of the Commission" likewise; joined heads each ("the Bureau of the Commission
and the Committee on Coastal Data"). Near misses: an office the reference data does not know ("the
Chair of the Committee on Coastal Data", "the Vice-Chair …", "the members of …") asks nobody — not
the body it belongs to, and no stranger minted (E208's convention); an arrangement ("shall hold");
a partner "in consultation with"."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import in_resolution, registry, stated


def requested(*paragraphs: str) -> set[str]:
    facts = stated(extract(in_resolution(*paragraphs), source_key="test", registry=registry()))
    return {o for r, s, o in facts if r == "requests" and s == "ccr/res/12/1"}


@pytest.mark.parametrize(
    ("subject", "addressee"),
    [
        ("the Bureau of the Commission", "ccr/bureau"),
        ("the secretariat of the Commission", "ccr/secretariat"),
        ("the Executive Secretary of the Commission", "ccr/executive-secretary"),
        ("the Working Group on Early Warning Systems of the Commission", "ccr/wg-early-warning"),
    ],
)
@pytest.mark.parametrize(
    "frame",
    [
        "Decides that {s} shall prepare a note on coastal hazards for the thirteenth session;",
        "Also decides that {s} shall, before the thirteenth session, review the guidelines on early warning;",
        "Further decides that {s} should compile the national reports on coastal hazards;",
        "Decides that {s} is to examine the options for a coastal data platform;",
    ],
)
def test_the_head_of_the_subject_is_asked(frame: str, subject: str, addressee: str) -> None:
    assert requested(frame.format(s=subject)) == {addressee}


def test_a_head_under_items_is_asked() -> None:
    text = "Decides that the Bureau of the Commission shall:\n(a) compile the national reports on coastal hazards;\n(b) review the guidelines;"
    assert requested(text) == {"ccr/bureau"}


@pytest.mark.parametrize(
    "text",
    [
        "Decides that the Bureau of the Commission and the Committee on Coastal Data shall review the guidelines;",
        "Decides that the Committee on Coastal Data and the Bureau of the Commission shall jointly review the guidelines;",
    ],
)
def test_each_joined_head_is_asked(text: str) -> None:
    assert requested(text) == {"ccr/bureau", "ccr/committee-on-data"}


@pytest.mark.parametrize(
    "text",
    [
        # offices nobody knows: not the body they belong to
        "Decides that the Chair of the Committee on Coastal Data shall prepare a note on coastal hazards;",
        "Decides that the Vice-Chair of the Committee on Coastal Data shall review the guidelines;",
        "Decides that the members of the Committee on Coastal Data shall review the guidelines;",
        "Decides that the President of the World Coastal Congress should prepare a note on coastal hazards;",
        # an arrangement, no task
        "Decides that the Bureau of the Commission shall hold its meetings in Bonn;",
    ],
)
def test_near_misses_ask_nobody(text: str) -> None:
    assert requested(text) == set()


def test_a_partner_in_consultation_is_not_asked() -> None:
    text = "Decides that the Bureau of the Commission shall prepare, in consultation with the Committee on Coastal Data, a note on coastal hazards;"
    assert requested(text) == {"ccr/bureau"}


def test_the_body_alone_is_still_asked() -> None:
    # (no "of" complement: as before)
    assert requested("Decides that the Committee on Coastal Data shall prepare a note on coastal hazards;") == {"ccr/committee-on-data"}
