"""A session's checklist of documents (E121): a table ruled by dashes under its header, its titles
wrapped in their column, its rows running on under section headings and a lead-in sentence
(`wrapped_ruled_tables`); what the list means: each document it lists is before the session the
list is of, except a draft, an instrument listed for reference, the list itself and a document
listed under another session's heading; a lead-in "Reports of X on its Nth session, transmitted
to Y for adoption at its Mth session:" gives its rows' receiver and the session they report on;
an instrument listed by its symbol gives its title and its adoption day.

Invented bodies, symbols, numbers and column widths, not the unseen documents' lines.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.wrapped_ruled_tables import wrapped_ruled_table_export

PREFIXES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
"""

LAGOON = PREFIXES + """
<body/lagoon-council> a mg:Body ; mg:key "lagoon-council" ;
    skos:prefLabel "Lagoon Rights Council"@en ; mg:shortName "Council" ; mg:symbolPrefix "LRC" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/lagoon-council/review-group> a mg:Body ; mg:key "lagoon-council/review-group" ;
    skos:prefLabel "Working Group on the Periodic Lagoon Review"@en ; mg:shortName "Working Group" ;
    mg:symbolPrefix "LRC/WG.3" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/lagoon-council> .
"""


@pytest.fixture(scope="module")
def lagoon(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("ref") / "lagoon.ttl"
    path.write_text(LAGOON, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def _checklist(ordinal: str, number: int, key: int, item: int) -> str:
    """A checklist whose symbol column is ``key`` wide and whose item column ``item`` wide."""
    rule = "-" * (key - 2) + "  " + "-" * (item - 2) + "  " + "-" * 46 + "  " + "-" * 9

    def row(symbol: str, it: str, title: str, marks: str = "x x x x x") -> str:
        return f"{symbol:<{key}}{it:<{item}}{title:<48}{marks}".rstrip()

    def more(title: str) -> str:
        return f"{'':<{key + item}}{title}"

    s = f"LRC/WG.3/{number}"
    return "\n".join([
        f"{s}/INF/1",
        "",
        "LAGOON RIGHTS COUNCIL",
        "Working Group on the Periodic Lagoon Review",
        f"{ordinal} session",
        "Port Lagoon, 3-14 March 2033",
        "",
        "CHECKLIST OF DOCUMENTS",
        "",
        f"{'Symbol':<{key}}{'Item':<{item}}{'Title':<48}A C E F R",
        rule,
        row(f"{s}/1", "1", "Provisional agenda"),
        row(f"{s}/2", "2", "Programme of work and allocation of the"),
        more("reviews among the rapporteurs"),
        "",
        "SECTION A. DOCUMENTS FOR THE REVIEWS",
        "",
        row(f"{s}/ISL/1", "3", "National report submitted in accordance with"),
        more("paragraph 4 of the annex to Lagoon Rights"),
        more("Council resolution 7/3 - Islandia"),
        row(f"{s}/L.1", "5", "Draft report of the Working Group"),
        row(f"{s}/INF/1", "-", "Checklist of documents"),
        "",
        "SECTION B. OUTCOMES OF THE PREVIOUS SESSION",
        "",
        f"Reports of the Working Group on its {'previous' if False else 'eleventh'} session (Port Lagoon, 1-12 March 2032),",
        "transmitted to the Lagoon Rights Council for adoption at its ninth session:",
        row("LRC/9/14", "-", "Report of the Working Group on the Periodic"),
        more("Lagoon Review - Islandia"),
        "",
        "SECTION C. FOR REFERENCE",
        "",
        row("LRC/RES/8/4", "-", "Sixth cycle of the periodic lagoon review"),
        more("(adopted by the Council on 2 October 2032)"),
        "",
        "___________________",
        "(1) The session is convened in accordance with Council resolution 7/3.",
        "",
    ])


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


@pytest.mark.parametrize(("key", "item"), [(28, 6), (22, 8), (30, 5)])
def test_a_ruled_checklist_is_read_row_by_row_under_its_section_headings(key: int, item: int) -> None:
    text = _checklist("Twelfth", 12, key, item)
    read = wrapped_ruled_table_export(text)
    assert read is not None
    fixed, offsets = read
    rows = [line for line in fixed.split("\n") if "\t" in line]
    assert rows[2] == "LRC/WG.3/12/2\t2\tProgramme of work and allocation of the reviews among the rapporteurs\tx x x x x"
    assert rows[3].startswith(
        "LRC/WG.3/12/ISL/1\t3\tNational report submitted in accordance with paragraph 4 of the annex to Lagoon Rights Council"
    )
    # the section headings and the lead-in stay lines of their own, between the rows
    assert "\nSECTION A. DOCUMENTS FOR THE REVIEWS\n" in fixed
    assert "transmitted to the Lagoon Rights Council for adoption at its ninth session:\nLRC/9/14\t" in fixed
    assert "(1) The session is convened" in fixed  # the notes are no rows
    assert len(offsets) == len(fixed) + 1
    for character, offset in zip(fixed, offsets):
        if character.isalnum():
            assert text[offset] == character


@pytest.mark.parametrize(
    "text",
    [
        # pandoc's simple table: one line a row, nothing wrapped (its own reader's)
        "Symbol      Title                 Item\n----------  --------------------  ----\nAB/1        Provisional agenda    1\nAB/2        Report                2\n",
        # prose under a rule: no key in the first column
        "Name        Role                  Since\n----------  --------------------  ----\nThe Working Group on the lagoons met in Port Lagoon and\nadopted its report at its last meeting of the session.\n",
    ],
)
def test_what_is_no_wrapped_ruled_table_stays(text: str) -> None:
    assert wrapped_ruled_table_export(text) is None


@pytest.mark.parametrize(("ordinal", "number"), [("Twelfth", 12), ("Forty-first", 41)])
@pytest.mark.parametrize(("key", "item"), [(28, 6), (22, 8)])
def test_each_document_of_a_checklist_is_before_its_session(lagoon: BodyRegistry, ordinal: str, number: int, key: int, item: int) -> None:
    facts = _facts(_checklist(ordinal, number, key, item), lagoon)
    session = GatheringRef("lagoon-council/review-group", "session", number)
    s = f"LRC/WG.3/{number}"
    for listed in (f"{s}/1", f"{s}/2", f"{s}/ISL/1"):
        assert (DocumentRef(symbols=(listed,)), "submittedTo", session) in facts
    # the near misses: a draft, the list itself under its own title, the Council's instrument
    submitted = {s_ for s_, relation, _ in facts if relation == "submittedTo"}
    assert DocumentRef(symbols=(f"{s}/L.1",)) not in submitted
    assert not any(isinstance(d, DocumentRef) and "RES" in "".join(d.symbols) for d in submitted)
    # the title wrapped over three lines names the report's mandate
    resolution = InstrumentRef("lagoon-council", "resolution", "7", "3")
    assert (DocumentRef(symbols=(f"{s}/ISL/1",)), "pursuantTo", resolution) in facts


def test_a_lead_in_sends_its_rows_elsewhere_and_says_what_they_report_on(lagoon: BodyRegistry) -> None:
    facts = _facts(_checklist("Twelfth", 12, 28, 6), lagoon)
    report = DocumentRef(symbols=("LRC/9/14",))
    assert (report, "submittedTo", GatheringRef("lagoon-council", "session", 9)) in facts
    assert (report, "reportOf", GatheringRef("lagoon-council/review-group", "session", 11)) in facts
    assert (report, "submittedTo", GatheringRef("lagoon-council/review-group", "session", 12)) not in facts


def test_an_instrument_listed_by_symbol_gives_its_title_and_adoption_day(lagoon: BodyRegistry) -> None:
    import datetime as dt

    facts = _facts(_checklist("Twelfth", 12, 28, 6), lagoon)
    resolution = InstrumentRef("lagoon-council", "resolution", "8", "4")
    assert (resolution, "title", "Sixth cycle of the periodic lagoon review") in facts
    assert (resolution, "adoptedOn", dt.date(2032, 10, 2)) in facts


def test_a_document_listed_under_another_sessions_heading_is_not_before_this_one(lagoon: BodyRegistry) -> None:
    text = _checklist("Twelfth", 12, 28, 6).replace(
        "SECTION A. DOCUMENTS FOR THE REVIEWS", "SECTION A. DOCUMENTS OF THE NINTH SESSION OF THE COUNCIL (FOR INFORMATION)"
    )
    facts = _facts(text, lagoon)
    session = GatheringRef("lagoon-council/review-group", "session", 12)
    assert (DocumentRef(symbols=("LRC/WG.3/12/ISL/1",)), "submittedTo", session) not in facts
    assert (DocumentRef(symbols=("LRC/WG.3/12/1",)), "submittedTo", session) in facts


def test_without_a_checklist_title_the_rows_go_nowhere(lagoon: BodyRegistry) -> None:
    """The near miss: the same table under "Documents issued since the last session" tells no
    session they are before."""
    text = _checklist("Twelfth", 12, 28, 6).replace("CHECKLIST OF DOCUMENTS", "Documents issued since the last session")
    facts = _facts(text, lagoon)
    assert (DocumentRef(symbols=("LRC/WG.3/12/1",)), "submittedTo", GatheringRef("lagoon-council/review-group", "session", 12)) not in facts


_ = BodyRef  # (imported for readers of the facts above)


@pytest.mark.parametrize("entry", ["- {s} {title}", "- symbol: \"{s}\"\n  title: \"{title}\""])
@pytest.mark.parametrize("noun", ["documents listed above", "documents listed in the record above", "papers set out above"])
def test_the_documents_listed_above_go_where_the_sentence_says(lagoon: BodyRegistry, entry: str, noun: str) -> None:
    """"The documents listed above are before the Working Group at this session; informal papers
    (X) are posted online.": each entry above, not the papers of the next clause, nor a draft."""
    entries = [("LRC/WG.3/12/1", "Provisional agenda"), ("LRC/WG.3/12/3", "Note by the secretariat"), ("LRC/WG.3/12/L.1", "Draft report")]
    listed = "\n".join(entry.format(s=s, title=title) for s, title in entries)
    text = (
        "Working Group on the Periodic Lagoon Review\nTwelfth session\nPort Lagoon, 3-14 March 2033\n\n"
        f"Documents\n\n{listed}\n\n"
        f"The {noun} are before the Working Group at this session; informal papers (LRC/WG.3/12/CRP.2) are posted online.\n"
    )
    facts = _facts(text, lagoon)
    session = GatheringRef("lagoon-council/review-group", "session", 12)
    submitted = {s for s, relation, o in facts if relation == "submittedTo" and o == session}
    assert DocumentRef(symbols=("LRC/WG.3/12/1",)) in submitted or DocumentRef(symbols=("LRC/WG.3/12/3",)) in submitted
    assert DocumentRef(symbols=("LRC/WG.3/12/3",)) in submitted
    assert DocumentRef(symbols=("LRC/WG.3/12/L.1",)) not in submitted
    assert DocumentRef(symbols=("LRC/WG.3/12/CRP.2",)) not in submitted


def test_rows_a_layout_set_apart_by_blank_lines_are_still_the_checklists(lagoon: BodyRegistry) -> None:
    """pdftotext's columns broken by blank lines: each row a line of its own (read as a heading or a
    list's line), below the checklist's title; the masthead's symbol above the title is none."""
    text = (
        "LRC/WG.3/12/INF/1\n\nWorking Group on the Periodic Lagoon Review\nTwelfth session\n\n"
        "CHECKLIST OF DOCUMENTS\n\n"
        " LRC/WG.3/12/1     1   Provisional agenda                    x x x x x\n\n"
        "    SECTION A. DOCUMENTS FOR THE REVIEWS\n\n"
        " LRC/WG.3/12/ISL/1   3   National report - Islandia    x x x x x\n\n"
        " LRC/WG.3/12/L.2   5   Draft report    x x x x x\n"
    )
    facts = _facts(text, lagoon)
    session = GatheringRef("lagoon-council/review-group", "session", 12)
    submitted = {s for s, relation, o in facts if relation == "submittedTo" and o == session}
    assert {DocumentRef(symbols=("LRC/WG.3/12/1",)), DocumentRef(symbols=("LRC/WG.3/12/ISL/1",))} <= submitted
    assert DocumentRef(symbols=("LRC/WG.3/12/L.2",)) not in submitted
    assert DocumentRef(symbols=("LRC/WG.3/12/INF/1",)) not in submitted
