"""A report of the Secretary-General on revised estimates resulting from a council's resolutions
(E161), as `pdftotext -layout` gives it: a table of "Resolution/decision | Mandated activities |
Reports requested" whose cells wrap over several lines beside each other, rows set apart by blank
lines between two rules; bare numbers ("83/7") whose issuer only the title or the table's caption
names; and the narrative's "by which it had established the mandate". Invented posts and texts."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.aligned_tables import aligned_table_export
from tests.extract.reference_data import registry_from_turtle

POSTS = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/hrc/sr-water> a mg:Body ; mg:key "hrc/sr-water" ;
    skos:prefLabel "Special Rapporteur on safe drinking water in coastal regions"@en ;
    org:subOrganizationOf <body/hrc> .
<body/hrc/ie-debt> a mg:Body ; mg:key "hrc/ie-debt" ;
    skos:prefLabel "Independent Expert on foreign debt and the enjoyment of cultural rights"@en ;
    mg:shortName "Independent Expert" ;
    org:subOrganizationOf <body/hrc> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, POSTS)


def _report(table: str, *, session: str = "seventy-ninth", title_names_session: bool = True, paragraphs: str = "") -> str:
    title = (
        f"             Revised estimates resulting from resolutions and decisions\n"
        f"             adopted by the Human Rights Council at its {session}\n             session\n"
        if title_names_session else "             Revised estimates for special political missions\n"
    )
    return (
        " United Nations                                                                   A/84/602\n"
        "            General Assembly                                                     Distr.: General\n"
        "                                                                                 3 October 2029\n\n"
        " Eighty-fourth session\n Agenda item 140\n Proposed programme budget for 2030\n\n\n"
        f"{title}             Report of the Secretary-General\n\n\n"
        " I. Introduction\n"
        "   1.   The mandated activities and the reports requested are summarized in the table below.\n\n"
        " Table 1\n"
        f" Mandated activities and reports requested by the Human Rights Council at its {session} session\n\n"
        f"{table}\n\n{paragraphs}"
    )


# three columns at 2, 34 and 76; a row's cells wrap beside each other, the first one too
TABLE = """\
  Resolution/decision             Mandated activities                       Reports requested
  ______________________________________________________________________________________________
  79/4 Special Rapporteur on      Extends the mandate for three years;      Annual reports to the
  safe drinking water in          requests the Special Rapporteur           Council
  coastal regions (6 April 2029)  to report annually; requests the
                                  Secretary-General to provide all the
                                  assistance necessary

  79/12 Coastal heritage:         Requests the Office of the High           Summary report to the
  intersessional seminar          Commissioner to convene a two-day         Council
  (7 April 2029)                  seminar; invites the United Nations
                                  Environment Programme to contribute

  Decision 79/103 Panel on        Requests the Office of the High           Summary report to the
  coastal heritage                Commissioner to prepare a summary         Council
  (5 April 2029)                  report of the panel
  ______________________________________________________________________________________________"""

# the same rows, columns at other places, a narrower first column, "Resolution or decision"
NARROW = """\
    Resolution or decision      Mandated activities                  Reports requested
    ____________________________________________________________________________________
    79/4 Special                Extends the mandate for three        Annual reports
    Rapporteur on safe          years; requests the Special
    drinking water in           Rapporteur to report annually;
    coastal regions             requests the Secretary-General
    (6 April 2029)              to provide all the assistance
                                necessary

    79/12 Coastal               Requests the Office of the High      Summary report
    heritage: intersessional    Commissioner to convene a two-day
    seminar (7 April 2029)      seminar; invites the United
                                Nations Environment Programme to
                                contribute

    Decision 79/103 Panel       Requests the Office of the High      Summary report
    on coastal heritage         Commissioner to prepare a summary
    (5 April 2029)              report of the panel
    ____________________________________________________________________________________"""


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="t", registry=registry).facts}


def test_each_block_of_wrapped_cells_is_one_row() -> None:
    read = aligned_table_export(TABLE)
    assert read is not None
    rows = read[0].split("\n")
    assert any(
        row.startswith("| 79/4 Special Rapporteur on safe drinking water in coastal regions (6 April 2029) | Extends the mandate")
        and "requests the Secretary-General to provide all the assistance necessary |" in row
        for row in rows
    )
    assert any(row.startswith("| Decision 79/103 Panel on coastal heritage (5 April 2029) | Requests the Office of the High Commissioner to prepare") for row in rows)
    # each character still points into the file
    text, offsets = read
    at = text.index("drinking water")
    assert TABLE[offsets[at] : offsets[at] + 14] == "drinking water"


@pytest.mark.parametrize(
    "text",
    [
        # no closing rule: the blocks are not known to end
        TABLE.rsplit("\n", 1)[0] + "\n\n Some text after the table that goes on.",
        # no cell of the first column wraps: rows of one line, another reader's
        "  Resolution      Mandated activities               Reports requested\n"
        "  ______________________________________________________________________\n"
        "  79/4            Requests the Office to convene    Annual reports\n"
        "                  a seminar\n\n"
        "  79/12           Invites the Programme to help     Summary report\n"
        "  ______________________________________________________________________",
    ],
)
def test_tables_that_are_not_blocks_of_wrapped_cells_are_not_joined(text: str) -> None:
    read = aligned_table_export(text)
    assert read is None or "79/4 Special Rapporteur on safe drinking water" not in read[0] and "a seminar |" not in read[0]


@pytest.mark.parametrize("table", [TABLE, NARROW])
def test_a_row_gives_its_instrument_adoption_day_and_mandates(table: str, registry: BodyRegistry) -> None:
    facts = _facts(_report(table), registry)
    r4, r12 = InstrumentRef("hrc", "resolution", "79", "4"), InstrumentRef("hrc", "resolution", "79", "12")
    d103 = InstrumentRef("hrc", "decision", "79", "103")
    assert (r4, "adoptedOn", dt.date(2029, 4, 6)) in facts
    assert (r12, "adoptedOn", dt.date(2029, 4, 7)) in facts
    assert (d103, "adoptedOn", dt.date(2029, 4, 5)) in facts
    # "requests the Special Rapporteur": the post the row's label names
    assert (r4, "requests", BodyRef("hrc/sr-water")) in facts
    assert (r4, "requests", BodyRef("secretary-general")) in facts
    assert (r12, "requests", BodyRef("ohchr")) in facts and (r12, "invites", BodyRef("unep")) in facts
    assert (d103, "requests", BodyRef("ohchr")) in facts
    # the row's label is no title, and nothing is the author's (the Assembly's)
    assert not [f for f in facts if f[1] == "title"]
    assert not [f for f in facts if isinstance(f[0], InstrumentRef) and f[0].issuer == "ga"]


def test_the_captions_session_names_the_issuer_without_the_title(registry: BodyRegistry) -> None:
    facts = _facts(_report(TABLE, title_names_session=False), registry)
    assert (InstrumentRef("hrc", "resolution", "79", "4"), "adoptedOn", dt.date(2029, 4, 6)) in facts


def test_a_caption_of_another_session_names_no_issuer(registry: BodyRegistry) -> None:
    """The caption's session is the seventy-eighth, the rows' numbers the seventy-ninth's."""
    text = _report(TABLE, title_names_session=False).replace("at its seventy-ninth session\n\n", "at its seventy-eighth session\n\n")
    facts = _facts(text, registry)
    assert (InstrumentRef("hrc", "resolution", "79", "4"), "adoptedOn", dt.date(2029, 4, 6)) not in facts


NARRATIVE = """\
 II. Resolutions giving rise to additional requirements
   2.   At its seventy-ninth session, the Council adopted resolutions 79/4, 79/12 and 79/15,
        which give rise to additional requirements. Resolution 79/9 gives rise to none.
   3.   Resolution 79/12, entitled "Coastal heritage", requires $120,000.
   4.   In its resolution 79/15, entitled "Mandate of the Independent Expert on foreign debt and
        the enjoyment of cultural rights", the Council, recalling its resolution 41/3 of
        12 July 2019, by which it had established the mandate, extended it for three years.
"""


def test_bare_numbers_are_the_titles_council(registry: BodyRegistry) -> None:
    facts = _facts(_report("", paragraphs=NARRATIVE), registry)
    mentioned = {f[2] for f in facts if f[1] == "mentions"}
    for number in ("9", "12", "15"):
        assert InstrumentRef("hrc", "resolution", "79", number) in mentioned
    assert (InstrumentRef("hrc", "resolution", "79", "12"), "title", "Coastal heritage") in facts


def test_a_list_the_text_named_the_issuer_of_keeps_it_without_the_title(registry: BodyRegistry) -> None:
    facts = _facts(_report("", title_names_session=False, paragraphs=NARRATIVE), registry)
    assert (InstrumentRef("hrc", "resolution", "79", "12"), "title", "Coastal heritage") in facts
    # "Resolution 79/9" was in no list: the author's, as before
    assert InstrumentRef("hrc", "resolution", "79", "9") not in {f[2] for f in facts if f[1] == "mentions"}


@pytest.mark.parametrize(
    ("sentence", "post"),
    [
        (NARRATIVE.split("   4.   ")[1], "hrc/ie-debt"),
        # another tense, the post named plainly before the verb, a line break moved
        ("The Council, noting the report of the Special Rapporteur on safe drinking water in coastal\n"
         "        regions and recalling its resolution 41/3, by which it established the mandate, renewed it.", "hrc/sr-water"),
    ],
)
def test_by_which_it_had_established_the_mandate(sentence: str, post: str, registry: BodyRegistry) -> None:
    facts = _facts(_report("", paragraphs="   4.   " + sentence), registry)
    # (whose "its resolution 41/3" is after a post's name is the issuer rules' business: the number tells)
    established = {f[2] for f in facts if isinstance(f[0], InstrumentRef) and (f[0].session, f[0].number) == ("41", "3") and f[1] == "establishes"}
    assert established == {BodyRef(post)}


def test_the_mandate_of_no_post_establishes_nothing(registry: BodyRegistry) -> None:
    sentence = (
        "   4.   In its resolution 79/15, entitled \"Coastal heritage\", the Council, recalling its resolution 41/3,\n"
        "        by which it had established the mandate, extended it."
    )
    facts = _facts(_report("", paragraphs=sentence), registry)
    assert not [f for f in facts if f[1] == "establishes"]
