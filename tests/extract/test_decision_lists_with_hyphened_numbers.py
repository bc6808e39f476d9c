"""A list of the decisions a session adopted, one a row, whose numbers join a series' letters to
the session by a hyphen ("QC-31/1", "EB-12/3", a preparatory commission's or a board's own
numbering), read as the same table in the shapes converters give it: a row's cells one space
apart (Apache Tika, pdftotext -raw), tab-separated (Word's text), one cell a line (a table
flattened). Each row gives its decision's title and adoption day; the sentence above it, the
session ("adopted the following decisions at its thirty-first session:").

Bodies, numbers, titles and days are invented (E272); near misses: a table of documents whose
symbols carry a hyphen, a row of prose that opens on such a number.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from tests.support.extraction import facts

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/qx-prepcom> a mg:Body ; mg:key "qx-prepcom" ;
    skos:prefLabel "Preparatory Commission for the Quartz Treaty Organization"@en ;
    mg:shortName "Commission" ; mg:symbolPrefix "QTO/PC" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "QC-{session}/{number}" ; mg:instrumentKind "decision" ] .
<body/tern-board> a mg:Body ; mg:key "tern-board" ;
    skos:prefLabel "Executive Board of the Tern Fund"@en ;
    mg:shortName "Executive Board" ; mg:symbolPrefix "TF/EB" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "EB-{session}/{number}" ; mg:instrumentKind "decision" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


COMMISSION = (
    "QTO/PC-31/1\nPreparatory Commission for the Quartz Treaty Organization\nThirty-first session\n"
    "Vienna, 3-6 May 2041\n\nREPORT OF THE THIRTY-FIRST SESSION\n\n"
    "1. The thirty-first session of the Commission was held in Vienna from 3 to 6 May 2041.\n\n"
    "2. The Commission adopted the following decisions at its thirty-first session:\n\n{table}\n\n"
    "3. By decision QC-31/1, the Commission requested the Provisional Secretariat to report.\n"
)
BOARD = (
    "TF/EB/2041/9\nExecutive Board of the Tern Fund\nTwelfth session\nNairobi, 3-6 May 2041\n\n"
    "Report of the Executive Board on its twelfth session\n\n"
    "1. At its twelfth session, the Executive Board adopted the decisions listed in the table below.\n\n{table}\n\n"
    "2. The Board also heard a statement by the Managing Director.\n"
)

SPACED = (
    "Decision Title Date of adoption\n"
    "{n}/1 Scale of contributions for 2042 5 May 2041\n"
    "{n}/2 Arrangements for the verification\nworkshop\n6 May 2041\n"
    "{n}/3 Venue of the thirty-second session 6 May 2041"
)
TABS = (
    "Decision\tTitle\tDate of adoption\n"
    "{n}/1\tScale of contributions for 2042\t5 May 2041\n"
    "{n}/2\tArrangements for the verification workshop\t6 May 2041\n"
    "{n}/3\tVenue of the thirty-second session\t6 May 2041"
)
CELL_LINES = (
    "Decision\nTitle\nDate of adoption\n"
    "{n}/1\nScale of contributions for 2042\n5 May 2041\n"
    "{n}/2\nArrangements for the verification workshop\n6 May 2041\n"
    "{n}/3\nVenue of the thirty-second session\n6 May 2041"
)
DATE_FIRST = (
    "Symbol Adopted on Subject\n"
    "{n}/1 5 May 2041 Scale of contributions for 2042\n"
    "{n}/2 6 May 2041 Arrangements for the verification workshop\n"
    "{n}/3 6 May 2041 Venue of the thirty-second session"
)
TITLES = ("Scale of contributions for 2042", "Arrangements for the verification workshop", "Venue of the thirty-second session")
DAYS = (dt.date(2041, 5, 5), dt.date(2041, 5, 6), dt.date(2041, 5, 6))


@pytest.mark.parametrize("table", [SPACED, TABS, CELL_LINES, DATE_FIRST], ids=["spaced", "tabs", "cell-lines", "date-first"])
@pytest.mark.parametrize(
    ("frame", "body", "prefix", "session"),
    [(COMMISSION, "qx-prepcom", "QC-31", 31), (BOARD, "tern-board", "EB-12", 12)],
    ids=["commission", "board"],
)
def test_each_row_gives_its_decisions_title_and_day(
    registry: BodyRegistry, table: str, frame: str, body: str, prefix: str, session: int
) -> None:
    text = frame.format(table=table.format(n=prefix))
    decisions = [InstrumentRef(body, "decision", str(session), str(n)) for n in (1, 2, 3)]
    assert facts(text, registry, "title") >= set(zip(decisions, TITLES))
    assert facts(text, registry, "adoptedOn") == set(zip(decisions, DAYS))


def test_the_sentence_above_gives_the_session(registry: BodyRegistry) -> None:
    text = COMMISSION.format(table=SPACED.format(n="QC-31"))
    session = GatheringRef("qx-prepcom", "session", 31)
    assert facts(text, registry, "adoptedAt") == {(InstrumentRef("qx-prepcom", "decision", "31", str(n)), session) for n in (1, 2, 3)}


def test_a_table_of_documents_with_hyphened_symbols_gives_no_instrument(registry: BodyRegistry) -> None:
    table = (
        "Symbol Title Date\n"
        "QTO/PC-31/INF.1 List of participants 3 May 2041\n"
        "QTO/PC-31/INF.2 Note on the medium-term plan 4 May 2041"
    )
    text = COMMISSION.format(table=table)
    assert not {ref for ref, _ in facts(text, registry, "title") if isinstance(ref, InstrumentRef)}
    assert not facts(text, registry, "adoptedOn")


def test_prose_opening_on_a_hyphened_number_is_no_row(registry: BodyRegistry) -> None:
    table = (
        "Decision Title Date of adoption\n"
        "QC-31/1 was adopted after a long debate on the scale of contributions for 2042.\n"
        "QC-31/2 was deferred to the thirty-second session by consensus."
    )
    text = COMMISSION.format(table=table)
    assert not facts(text, registry, "adoptedOn")
