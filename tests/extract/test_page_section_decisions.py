"""A web page (a static site's Markdown, front matter and all) or any text whose decisions are
sections headed by the kind, the default number and a title on one line ("## Decision 12/1:
Early warning {#decision-121}", "Resolution 12/2 – Coastal data", "Decision 12/3. Mangroves"),
an adoption note and the opening formula below: each section is that instrument's text, its
heading gives the title, and the page's title ("Decisions of the Commission at its twelfth
session") the session that adopted them. The next heading of the page ends the text. A heading
so made over a report's prose heads no text."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.plain_layouts import normalise_layout
from tests.extract.phrasing import facts

FRONT = (
    "---\ntitle: \"Decisions of the Commission at its twelfth session\"\nlayout: page\n"
    "permalink: /ccr/12/decisions/\ndate: 2031-04-02\n---\n\n"
)


def page(heading: str, *, kind: str = "Decision", title_line: str = "# {kinds} of the Commission on Coastal Resilience at its twelfth session",
         note: str = "*Adopted at the 6th plenary meeting, on 14 March 2031*", front: str = FRONT) -> str:
    kinds = kind + "s"
    return (
        front + title_line.format(kinds=kinds) + "\n\n**Contents**\n\n- [Overview](#overview)\n"
        f"- [{heading}](#first)\n\n## Overview\n\nThe Commission met in Nairobi.\n\n"
        f"## {heading}\n\n" + (f"{note}\n\n" if note else "") + "The Commission on Coastal Resilience,\n\n"
        "*Recalling* its decision 10/4 on coastal observation,\n\n"
        "1. *Requests* the Executive Secretary to report on early warning;\n"
        "2. *Invites* the Bureau to consult Member States.\n\n"
        "## Résumé en français {#resume}\n\nLa Commission a prié le Bureau de consulter les États.\n"
    )


HEADINGS = [
    ("Decision 12/1: Early warning for coastal communities {#decision-121}", "decision", "Early warning for coastal communities"),
    ("Decision 12/1 – Early warning for coastal communities", "decision", "Early warning for coastal communities"),
    ("Decision 12/1. Early warning for coastal communities {.unnumbered}", "decision", "Early warning for coastal communities"),
    ("Resolution 12/1: Coastal data and observation {#res-12-1 .decision}", "resolution", "Coastal data and observation"),
]


@pytest.mark.parametrize("heading, kind, title", HEADINGS)
def test_each_section_is_its_decision(heading: str, kind: str, title: str) -> None:
    text = page(heading, kind=kind.capitalize())
    ref = f"ccr/{'dec' if kind == 'decision' else 'res'}/12/1"
    assert (ref, title) in facts(text, "title")
    assert (ref, "ccr/executive-secretary") in facts(text, "requests")
    assert (ref, "ccr/bureau") in facts(text, "invites")
    assert (ref, f"ccr/{'dec'}/10/4") in facts(text, "cites")
    assert (ref, "2031-03-14") in facts(text, "adoptedOn")
    assert (ref, "ccr#12") in facts(text, "adoptedAt")


def test_the_heading_attribute_goes_and_the_heading_stays() -> None:
    fixed, _ = normalise_layout("## Decision 12/1: Early warning {#decision-121}\n\nText.\n")
    assert fixed.startswith("## Decision 12/1: Early warning\n")
    # a brace in prose, or after no heading, is left alone
    assert normalise_layout("The set {#a} is kept.\n")[0] == "The set {#a} is kept.\n"


@pytest.mark.parametrize(
    "title_line, adopted",
    [
        ("# {kinds} taken by the Commission at its twelfth session", True),
        ("# {kinds} adopted by the Commission on Coastal Resilience at its 12th session", True),
        # the thirteenth session cannot have adopted decision 12/1
        ("# {kinds} of the Commission at its thirteenth session", False),
        # another body's session is no session of the page's decisions
        ("# {kinds} of the World Coastal Congress at its twelfth session", False),
        ("# Our decisions", False),
    ],
)
def test_the_page_title_names_the_session(title_line: str, adopted: bool) -> None:
    text = page("Decision 12/1: Early warning", title_line=title_line, note="")
    assert (("ccr/dec/12/1", "ccr#12") in facts(text, "adoptedAt")) is adopted


def test_the_next_heading_ends_the_text() -> None:
    text = page("Decision 12/1: Early warning").replace(
        "La Commission a prié le Bureau de consulter les États.", "Requests the Committee on Coastal Data to report."
    )
    assert not any(obj == "ccr/committee-on-data" for _, obj in facts(text, "requests"))


@pytest.mark.parametrize(
    "section",
    [
        # a report's section on an earlier decision: prose under it, no formula, no clause
        "## Decision 10/4: progress in its implementation\n\nThe secretariat reported on the work done since 2029.\n",
        "## Decision 10/4 – Coastal observation\n\nSince the session, three workshops were held.\n",
    ],
)
def test_a_heading_over_prose_heads_no_text(section: str) -> None:
    text = "# Report of the secretariat\n\nThe Commission on Coastal Resilience met in Nairobi.\n\n" + section
    assert not facts(text, "containedIn")


@pytest.mark.parametrize(
    "title_line, submitted",
    [
        ("# {kinds} of the Commission on Coastal Resilience at its twelfth session", True),
        ("# Our decisions", False),
    ],
)
def test_what_the_body_had_before_it_on_the_page_of_a_session(title_line: str, submitted: bool) -> None:
    text = page("Decision 12/1: Early warning", title_line=title_line).replace(
        "The Commission met in Nairobi.",
        "The Commission had before it the report of the Executive Secretary on early warning (E/CN.21/2031/2).",
    )
    assert (("E/CN.21/2031/2", "ccr#12") in facts(text, "submittedTo")) is submitted
