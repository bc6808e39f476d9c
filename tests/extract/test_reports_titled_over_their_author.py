"""The report of a forum's or a group's session whose title names the body and the session, the
report's kind and author on the line below: "Forum on Human Rights, Democracy and the Rule of Law" /
"on its seventh session" / "Report of the Chair*", under a masthead giving the session of the council
the report goes to. The document is the report of the body's session, as "Report of the Forum ... on
its seventh session" says (`document._titled_over_its_author`, only over "Report of the Chair
(Chair-Rapporteur, Co-Chairs, President, Rapporteur)"). In its narrative, what the body adopted and
"had before it" was before that session, not the council's to come: "the Forum adopted its provisional
agenda and programme of work (X). It also had before it a background note (Y)"
(`rules/documents._ADOPTED_ITS_AGENDA`, `relate.Reader.receiver`). A title over another line, or a
title naming no session, reports on nothing."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import key, registry, shipped_registry

COMMISSION_MASTHEAD = (
    "United Nations E/CN.21/2032/2\n\nEconomic and Social Council\n\nDistr.: General\n2 January 2032\n\n"
    "Commission on Coastal Resilience\nThirteenth session\nNew York, 8–12 March 2032\n\n{title}\n\n"
    "I. Organization of the session\n\n{paragraph}\n"
)
COUNCIL_MASTHEAD = "United Nations E/2032/42\n\nEconomic and Social Council\n\nDistr.: General\n2 June 2032\n\n2032 session\n\n{title}\n\n{paragraph}\n"
COMMITTEE_PAPERS = (
    "1. At its 1st meeting, the Committee adopted its provisional agenda and programme of work (E/CN.21/CD/2031/1). "
    "It also had before it a note by the secretariat (E/CN.21/CD/2031/2)."
)


def facts(frame: str, title: str, paragraph: str, with_commission: bool = True) -> set[tuple[str, str, str]]:
    text = frame.format(title=title, paragraph=paragraph)
    extraction = extract(text, source_key="test", registry=(registry if with_commission else shipped_registry)())
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts if f.relation in ("reportOf", "submittedTo")}


@pytest.mark.parametrize(
    "title",
    [
        "Committee on Coastal Data on its ninth session\n\nReport of the Chair*",
        "Committee on Coastal Data\non its ninth session\n\nReport of the Chair-Rapporteur",
    ],
)
def test_the_body_and_its_session_over_the_chairs_report(title):
    assert facts(COMMISSION_MASTHEAD, title, COMMITTEE_PAPERS) == {
        ("reportOf", "E/CN.21/2032/2", "ccr/committee-on-data#9"),
        ("submittedTo", "E/CN.21/2032/2", "ccr#13"),
        # what the Committee adopted and had before it: its ninth session's, not the Commission's thirteenth
        ("submittedTo", "E/CN.21/CD/2031/1", "ccr/committee-on-data#9"),
        ("submittedTo", "E/CN.21/CD/2031/2", "ccr/committee-on-data#9"),
    }


def test_a_group_meeting_in_meetings():
    title = "Working Group on Early Warning Systems on its fourth meeting\n\nReport of the Co-Chairs"
    paragraph = "1. The Working Group had before it a note (E/CN.21/WG.1/2031/2)."
    assert facts(COMMISSION_MASTHEAD, title, paragraph) == {
        ("reportOf", "E/CN.21/2032/2", "ccr/wg-early-warning#4"),
        ("submittedTo", "E/CN.21/2032/2", "ccr#13"),
        ("submittedTo", "E/CN.21/WG.1/2031/2", "ccr/wg-early-warning#4"),
    }


def test_a_forum_reporting_to_the_council():
    title = "United Nations Forum on Forests on its twentieth session\n\nReport of the President"
    paragraph = (
        "1. The Forum adopted its agenda and organization of work (E/CN.18/2032/1). It also had before it a report of the "
        "Secretary-General (E/CN.18/2032/3)."
    )
    assert facts(COUNCIL_MASTHEAD, title, paragraph, with_commission=False) == {
        ("reportOf", "E/2032/42", "ecosoc/unff#20"),
        ("submittedTo", "E/CN.18/2032/1", "ecosoc/unff#20"),
        ("submittedTo", "E/CN.18/2032/3", "ecosoc/unff#20"),
    }


@pytest.mark.parametrize(
    "title",
    [
        # another kind of paper under the title, or none
        "Committee on Coastal Data on its ninth session\n\nNote by the Secretariat",
        "Committee on Coastal Data on its ninth session",
        # a title naming no session
        "Recommendations of the Committee on Coastal Data\n\nReport of the Chair",
    ],
)
def test_near_misses_report_on_nothing(title):
    found = facts(COMMISSION_MASTHEAD, title, COMMITTEE_PAPERS)
    assert not {f for f in found if f[0] == "reportOf"}
    # nor is what "it had before it" sent anywhere: the note is for a session to come
    assert ("submittedTo", "E/CN.21/CD/2031/2", "ccr/committee-on-data#9") not in found
