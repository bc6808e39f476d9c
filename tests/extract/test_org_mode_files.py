"""A governing-bodies office's follow-up tracker kept as an Org-mode file (Emacs): "#+TITLE:" and
other in-buffer settings, "*" headings with TODO keywords ("** DONE SEA/RC77/R1 Title"), a property
drawer under the session's heading (":VENUE:", ":DATES: <2031-09-08 Mon>--<2031-09-12 Fri>"), an Org
table of the resolutions under "* Resolutions adopted at RC77" (its rule "|---+---|"), and each
resolution's text quoted in a "#+BEGIN_QUOTE" block without its formula, its operative verbs in
capitals as WHO's and PAHO's resolutions print them. The file is read as its export reads."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.org_pages import is_org_source, org_changes
from mandate_graph.loaders.extract.plain_layouts import normalise_layout
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

TURTLE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/searo-rc> a mg:Body ; mg:key "searo-rc" ;
    skos:prefLabel "WHO Regional Committee for South-East Asia"@en ;
    skos:altLabel "Regional Committee for South-East Asia"@en ; mg:shortName "Regional Committee" ;
    mg:symbolPrefix "SEA/RC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "SEA/RC{session}/R{number}" ; mg:instrumentKind "resolution" ] .
<body/searo-rd> a mg:Body ; mg:key "searo-rd" ;
    skos:prefLabel "WHO Regional Director for South-East Asia"@en ; mg:shortName "Regional Director" .
<body/paho-cd> a mg:Body ; mg:key "paho-cd" ;
    skos:prefLabel "Directing Council of the Pan American Health Organization"@en ; mg:shortName "Directing Council" ;
    mg:symbolPrefix "CD" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "CD{session}.R{number}" ; mg:instrumentKind "resolution" ] .
<body/paho-director> a mg:Body ; mg:key "paho-director" ;
    skos:prefLabel "Director of the Pan American Sanitary Bureau"@en ; mg:shortName "Director" .
<body/unicef> a mg:Body ; mg:key "unicef" ;
    skos:prefLabel "United Nations Children's Fund"@en ; skos:altLabel "UNICEF"@en .
"""

# (body, session, its name, the code its symbols write, first and second resolution, an earlier one,
# the addressee, the venue)
BODIES = {
    "searo": (
        "searo-rc", 77, "Seventy-seventh session of the WHO Regional Committee for South-East Asia", "RC77",
        "SEA/RC77/R1", "SEA/RC77/R2", "SEA/RC74/R3", "Regional Director", "searo-rd", "Colombo, Sri Lanka",
    ),
    "paho": (
        "paho-cd", 62, "Sixty-second session of the Directing Council of the Pan American Health Organization", "CD62",
        "CD62.R1", "CD62.R2", "CD59.R4", "Director of the Pan American Sanitary Bureau", "paho-director", "Lima, Peru",
    ),
}


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, TURTLE)


def tracker(
    body: str = "searo", depth: int = 1, declared: bool = False, venue_key: str = "VENUE",
    stamp: str = "[2031-09-10 Wed]", columns: str = "| Symbol | Title | Adopted | Plenary |",
) -> str:
    _, _, name, code, first, second, earlier, addressee, _, venue = BODIES[body]
    top, sub = "*" * depth, "*" * (depth + 1)
    done, open_ = ("CLOSED", "WAITING") if declared else ("DONE", "TODO")
    return (
        f"#+TITLE: {code} follow-up tracker\n#+AUTHOR: Governing Bodies Office\n"
        + ("#+TODO: OPEN WAITING | CLOSED\n" if declared else "")
        + "#+STARTUP: overview\n\n# Working file of the office; not an official record.\n\n"
        f"{top} Session\n:PROPERTIES:\n:SESSION:  {name} ({code})\n:{venue_key}:    {venue}\n"
        ":DATES:    <2031-09-08 Mon>--<2031-09-12 Fri>\n:END:\n\n"
        f"{top} Resolutions adopted at {code}\n{columns}\n|-------------+--------------------+------------+------|\n"
        f"| {first} | Digital health in the Region | 2031-09-10 | 4th |\n"
        f"| {second} | Sustaining elimination gains | 2031-09-11 | 6th |\n\n"
        f"{sub} {done} {first} Digital health in the Region   :digital:\n"
        f":PROPERTIES:\n:SYMBOL:   {first}\n:ADOPTED:  {stamp}\n:END:\n"
        "#+BEGIN_QUOTE\n"
        f"Recalling resolution {earlier} and the regional strategy on digital\nhealth;\n\n"
        "1. DECIDES to establish a Regional Expert Group on Digital Health, composed of ten\n"
        "   experts serving in their personal capacity;\n"
        f"2. REQUESTS the {addressee} to convene the Expert Group before the end of\n   2032;\n"
        "3. ENCOURAGES UNICEF to support the work of the Expert Group.\n#+END_QUOTE\n"
        "- [X] Expert group convened.\n- [ ] Progress report due in 2033.\n\n"
        f"{sub} {open_} [#A] {second} Sustaining elimination gains\n"
        f":PROPERTIES:\n:SYMBOL:   {second}\n:END:\n"
        "#+BEGIN_QUOTE\n"
        f"Having considered the report of the {addressee} on immunization;\n\n"
        "1. URGES Member States to sustain domestic financing for immunization;\n"
        f"2. REQUESTS the {addressee} to publish a regional verification report every\n   two years.\n"
        "#+END_QUOTE\n"
        "DEADLINE: <2032-06-30 Wed>\n"
    )


def facts(text: str, registry: BodyRegistry) -> set[tuple[str, str, str]]:
    extraction = extract(text, source_key="tracker", registry=registry)
    return {(key(f.subject), f.relation, key(f.object)) for f in extraction.facts}


@pytest.mark.parametrize(("body", "depth", "declared", "venue_key", "stamp", "columns"), [
    ("searo", 1, False, "VENUE", "[2031-09-10 Wed]", "| Symbol | Title | Adopted | Plenary |"),
    ("paho", 2, True, "LOCATION", "<2031-09-10 Wed 11:30>", "| Resolution | Subject | Date adopted |"),
    ("searo", 3, True, "PLACE", "[2031-09-10 Wed]", "| No. | Title | Adopted on | Meeting |"),
])
def test_a_tracker_kept_in_org_mode(
    registry: BodyRegistry, body: str, depth: int, declared: bool, venue_key: str, stamp: str, columns: str,
) -> None:
    issuer, n, _, _, first, second, earlier, _, addressee, venue = BODIES[body]
    session = f"{issuer}#{n}"
    one, two = f"{issuer}/res/{n}/1", f"{issuer}/res/{n}/2"
    old_session, old_number = (earlier.split("RC")[1].split("/R") if body == "searo" else earlier[2:].split(".R"))
    got = facts(tracker(body, depth, declared, venue_key, stamp, columns), registry)
    # the drawer under the session's heading: where and when the session met
    assert (session, "meetingOf", issuer) in got
    assert (session, "heldIn", venue.split(",")[0]) in got
    assert (session, "heldOn", "2031-09-08/2031-09-12") in got
    # the table under "Resolutions adopted at RC77": titles, days, and the session its code names
    assert (one, "title", "Digital health in the Region") in got
    assert (two, "title", "Sustaining elimination gains") in got
    assert (one, "adoptedOn", "2031-09-10") in got and (two, "adoptedOn", "2031-09-11") in got
    assert (one, "adoptedAt", session) in got and (two, "adoptedAt", session) in got
    # each subtree's quote: the text of the resolution its heading names
    assert (one, "cites", f"{issuer}/res/{old_session}/{old_number}") in got
    assert any(s == one and r == "establishes" for s, r, _ in got)
    assert (one, "requests", addressee) in got and (one, "encourages", "unicef") in got
    assert (two, "requests", addressee) in got
    # the second resolution's text is its own: the first asks nothing of UNICEF there
    assert (two, "encourages", "unicef") not in got
    assert not any(s == two and r == "establishes" for s, r, _ in got)


def test_the_export_reads_as_text(registry: BodyRegistry) -> None:
    text, _ = normalise_layout(tracker("searo", 2, True))
    # headings without their keywords, priorities and tags; settings, comments and planning gone
    assert "## Session" in text and "### SEA/RC77/R1 Digital health in the Region\n" in text
    assert "### SEA/RC77/R2 Sustaining elimination gains" in text
    assert "CLOSED" not in text and "WAITING" not in text and "[#A]" not in text and ":digital:" not in text
    assert "#+" not in text and "Working file" not in text and "DEADLINE" not in text
    # drawers as record rows, timestamps as days, the checklist's boxes gone
    assert "Venue\tColombo, Sri Lanka" in text and "Dates\t8–12 September 2031" in text
    assert "Adopted\t10 September 2031" in text and ":END:" not in text
    assert "- Expert group convened." in text
    # a paragraph's filled lines are one line, an item's first line its own
    assert "the regional strategy on digital health;" in text
    assert "2. REQUESTS the Regional Director to convene the Expert Group before the end of    2032;" in text


@pytest.mark.parametrize(("stamps", "day"), [
    ("<2031-09-08 Mon>--<2031-09-12 Fri>", "8–12 September 2031"),
    ("<2031-09-29 Mon>--<2031-10-03 Fri>", "29 September–3 October 2031"),
    ("[2031-12-30 Tue]--[2032-01-02 Fri]", "30 December 2031–2 January 2032"),
    ("<2031-06-30 Mon 10:00 +1w>", "30 June 2031"),
])
def test_timestamps_are_the_days_they_stand_for(stamps: str, day: str) -> None:
    text = f"#+TITLE: Tracker\n#+STARTUP: overview\n\n* Session\nMet on {stamps}.\n"
    fixed, _ = normalise_layout(text)
    assert f"Met on {day}." in fixed


def test_other_starred_lines_are_no_org_file() -> None:
    # a Markdown list, a page's notes marked "*": no in-buffer setting, block or drawer
    for text in (
        "Report of the Committee\n\n* Item one\n* Item two\n\nThe Committee met.\n",
        "Decision 12/3\n\nThe Committee decides to meet.\n\n* Adopted at the 3rd meeting.\n#+ not a setting\n",
    ):
        lines = text.split("\n")
        assert not is_org_source(lines)
        starts = [0]
        for line in lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        assert org_changes(text, lines, starts) == []


def test_a_heading_over_prose_opens_no_text(registry: BodyRegistry) -> None:
    # "** DONE SEA/RC77/R2 Title" over a note in the office's words: no quote of the text, no
    # request of the resolution's (the note says what happened)
    text = (
        "#+TITLE: RC77 follow-up\n#+STARTUP: overview\n\n* Resolutions adopted at RC77\n\n"
        "** DONE SEA/RC77/R2 Sustaining elimination gains\n"
        "The Regional Director reported on progress in March; nothing is pending.\n"
    )
    got = facts(text, registry)
    assert not any(r == "requests" for _, r, _ in got)
