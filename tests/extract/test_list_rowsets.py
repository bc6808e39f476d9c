"""A list saved as an XML rowset (`loaders/extract/list_rowsets.py`): a SharePoint list exported
with ``owssvr.dll`` (a schema of ``ows_`` columns, one ``<z:row>`` a record, lookups ``8;#…``,
entities and ``&#10;`` inside values) and an ADO recordset persisted as XML. A mandates tracker
keeps one row a mandate: each row's decision gets its title, its day, the session its lookup
names (with that session's place and days), and its mandate text read as the decision's own
clauses; a row of the session's report gives what its documents' descriptions say. The rows
come in any order, the columns under other names, and a row that says its text was not
adopted gives nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.list_rowsets import rowset_layout
from mandate_graph.loaders.facts import DateRange
from tests.extract.reference_data import registry_from_turtle

# An invented protocol whose Meeting of the Parties numbers its decisions "IV/2": the session in
# Roman numerals, then the number (as the Protocol on Water and Health and the Montreal Protocol do)
AIR_AND_HEALTH = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/aqh-mop> a mg:Body ; mg:key "aqh-mop" ;
    skos:prefLabel "Meeting of the Parties to the Protocol on Air Quality and Health"@en ;
    mg:shortName "Meeting of the Parties" ; mg:symbolPrefix "ECE/MP.AQH" ; mg:gatheringTerm "session" ;
    mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "decision {session}/{number}" ; mg:instrumentKind "decision" ] .
<body/aqh-mop/working-group> a mg:Body ; mg:key "aqh-mop/working-group" ;
    skos:prefLabel "Working Group on Air Quality and Health"@en ; mg:shortName "Working Group" ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/aqh-mop> .
<body/aqh-mop/implementation-committee> a mg:Body ; mg:key "aqh-mop/implementation-committee" ;
    skos:prefLabel "Implementation Committee of the Protocol on Air Quality and Health"@en ;
    skos:altLabel "Implementation Committee"@en ; org:subOrganizationOf <body/aqh-mop> .
<body/aqh-mop/task-force> a mg:Body ; mg:key "aqh-mop/task-force" ;
    skos:prefLabel "Task Force on Indicators"@en ; mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/aqh-mop> .
<body/aqh-mop/secretariat> a mg:Body ; mg:key "aqh-mop/secretariat" ;
    skos:prefLabel "secretariat of the Protocol on Air Quality and Health"@en ; skos:altLabel "joint secretariat"@en ;
    org:subOrganizationOf <body/aqh-mop> .
"""

MOP = "aqh-mop"
SESSION_4 = GatheringRef(MOP, "session", 4)
SESSION = "4;#Fourth session of the Meeting of the Parties to the Protocol on Air Quality and Health (Vienna, 6&#8211;8 October 2032)"


def decision(number: int, session: int = 4) -> InstrumentRef:
    return InstrumentRef(MOP, "decision", str(session), str(number))


# each record: decision, title, session lookup, adopted, addressees, mandate text, status, documents
RECORDS = [
    ("IV/1", "Programme of work for 2033&#8211;2035", SESSION, "2032-10-08 00:00:00", "3;#Working Group on Air Quality and Health;#6;#joint secretariat",
     "Requests the Working Group on Air Quality and Health to oversee the programme of work;&#10;Requests the joint secretariat to support it.",
     "Ongoing", "https://example.org/aqh/mop4, ECE/MP.AQH/2032/1&#8211;EURO/AQH/2032/1 (draft programme of work)"),
    ("IV/1", "Programme of work for 2033&#8211;2035", SESSION, "2032-10-08 00:00:00", "9;#Task Force on Indicators",
     "By the same decision, the Meeting of the Parties endorses the recommendations of the Task Force on Indicators at its sixth meeting (Vienna, 2&#8211;3 May 2032).",
     "Completed", None),
    ("IV/2", "Review of implementation", SESSION, "2032-10-07 00:00:00", "7;#Implementation Committee",
     "Recalling its decision I/3 on review of implementation,&#10;Decides that the Implementation Committee shall continue as a standing body of the Protocol;&#10;"
     "Requests the Implementation Committee to report to the Meeting of the Parties at its fifth session.",
     "Ongoing", "ECE/MP.AQH/2032/4 (report of the Implementation Committee, prepared pursuant to decision I/3)"),
    ("IV/3", "Cooperation with the Working Group", SESSION, "2032-10-08 00:00:00", "3;#Working Group on Air Quality and Health",
     "Invites the Working Group on Air Quality and Health to consider the outcomes of the session.",
     "Not adopted (withdrawn by its sponsor)", None),
    ("Session report", None, SESSION, None, None, None, "Issued",
     "ECE/MP.AQH/9&#8211;EURO/AQH/2032/9 (report of the Meeting of the Parties on its fourth session)"),
]

SHAREPOINT_COLUMNS = [
    ("ows_Title", "Decision"), ("ows_Decision_x0020_title", "Decision title"), ("ows_Session", "Session"),
    ("ows_Adopted", "Adopted"), ("ows_Addressees", "Addressees"), ("ows_Mandate_x0020_text", "Mandate text"),
    ("ows_Status", "Status"), ("ows_Documents", "Documents"),
]
HEAD = """<xml xmlns:s='uuid:BDC6E3F0-6DA3-11d1-A2A3-00AA00C14882'
     xmlns:dt='uuid:C2F41010-65B3-11d1-A29F-00AA00C14882'
     xmlns:rs='urn:schemas-microsoft-com:rowset'
     xmlns:z='#RowsetSchema'>
"""


# a list whose columns were created under the names they show: the internal names say it all
# ("Decision_x0020_No" is "Decision No"), and the export gives no display names
INTERNAL_COLUMNS = [
    ("ows_Decision_x0020_No", ""), ("ows_Title", ""), ("ows_Adopted_x0020_at", ""), ("ows_Date_x0020_of_x0020_adoption", ""),
    ("ows_Addressees", ""), ("ows_Mandate", ""), ("ows_Outcome", ""), ("ows_Related_x0020_documents", ""),
]


def sharepoint(
    order: list[int] | None = None, display_names: bool = True, quote: str = "'", one_line: bool = False,
) -> str:
    """The list as owssvr.dll exports it: a schema, then a row a record, an attribute a line."""
    out = [HEAD, "<s:Schema id='RowsetSchema'>\n   <s:ElementType name='row' content='eltOnly'>\n"]
    columns = SHAREPOINT_COLUMNS if display_names else INTERNAL_COLUMNS
    for number, (internal, shown) in enumerate(columns, 1):
        named = f" rs:name='{shown}'" if display_names else ""
        out.append(f"      <s:AttributeType name='{internal}'{named} rs:number='{number}'>\n         <s:datatype dt:type='string' />\n      </s:AttributeType>\n")
    out.append("   </s:ElementType>\n</s:Schema>\n<rs:data ItemCount='5'>\n")
    for index in order or range(len(RECORDS)):
        record = RECORDS[index]
        attributes = [f"ows_ID={quote}{40 + index}{quote}"]
        for (internal, _), value in zip(columns, record):
            if value is not None:
                value = value.replace("'", "&apos;") if quote == "'" else value.replace('"', "&quot;")
                attributes.append(f"{internal}={quote}{value}{quote}")
        joint = " " if one_line else "\n      "
        out.append("   <z:row " + joint.join(attributes) + " />\n")
    out.append("</rs:data>\n</xml>\n")
    return "".join(out)


def ado_recordset() -> str:
    """The same records as an ADO recordset persisted as XML: plain column names, no ows_, double
    quotes, a row a line, no schema names but the columns' own."""
    names = ["decision", "title", "session", "adopted", "addressees", "mandate", "status", "documents"]
    out = [HEAD.replace("'", '"'), '<s:Schema id="RowsetSchema">\n<s:ElementType name="row" content="eltOnly">\n']
    out.extend(f'<s:AttributeType name="{name}" rs:number="{n}"/>\n' for n, name in enumerate(names, 1))
    out.append("</s:ElementType>\n</s:Schema>\n<rs:data>\n")
    for record in RECORDS:
        attributes = [f'{name}="{value}"' for name, value in zip(names, record) if value is not None]
        out.append("<z:row " + " ".join(attributes) + "/>\n")
    out.append("</rs:data>\n</xml>\n")
    return "".join(out)


SAVED_OTHERWISE = {
    "sharepoint": sharepoint(),
    "rows in another order": sharepoint(order=[4, 2, 1, 3, 0]),
    "internal names only": sharepoint(display_names=False),
    "double quotes, a row a line": sharepoint(quote='"', one_line=True),
    "ado recordset": ado_recordset(),
}


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, AIR_AND_HEALTH)


def facts_of(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


@pytest.mark.parametrize("text", SAVED_OTHERWISE.values(), ids=SAVED_OTHERWISE.keys())
def test_each_rows_decision_has_its_title_day_and_session(text: str, registry: BodyRegistry) -> None:
    facts = facts_of(text, registry)
    assert (decision(1), "title", "Programme of work for 2033–2035") in facts  # the entity decoded
    assert (decision(2), "title", "Review of implementation") in facts
    assert (decision(1), "adoptedOn", dt.date(2032, 10, 8)) in facts  # a datetime at midnight: the day
    assert (decision(2), "adoptedOn", dt.date(2032, 10, 7)) in facts
    for n in (1, 2):
        assert (decision(n), "adoptedAt", SESSION_4) in facts
    # the session's lookup value says where and when the session was held
    assert (SESSION_4, "heldIn", "Vienna") in facts
    assert (SESSION_4, "heldOn", DateRange(dt.date(2032, 10, 6), dt.date(2032, 10, 8))) in facts


@pytest.mark.parametrize("text", SAVED_OTHERWISE.values(), ids=SAVED_OTHERWISE.keys())
def test_each_rows_mandate_text_is_its_decisions_clauses(text: str, registry: BodyRegistry) -> None:
    facts = facts_of(text, registry)
    assert (decision(1), "requests", BodyRef("aqh-mop/working-group")) in facts
    assert (decision(1), "requests", BodyRef("aqh-mop/secretariat")) in facts  # the line after a "&#10;"
    # "By the same decision" on a row of its own: the row's decision
    assert (decision(1), "endorses", GatheringRef("aqh-mop/task-force", "meeting", 6)) in facts
    # a recital, then the operative lines, each after a line break inside the value
    assert (decision(2), "cites", decision(3, 1)) in facts
    assert (decision(2), "makesConstantElement", BodyRef("aqh-mop/implementation-committee")) in facts
    assert (decision(2), "requests", BodyRef("aqh-mop/implementation-committee")) in facts
    # no row's fields speak for another row's decision
    assert (decision(2), "requests", BodyRef("aqh-mop/working-group")) not in facts
    assert not any(s == decision(1) and p == "cites" for s, p, _ in facts)


@pytest.mark.parametrize("text", SAVED_OTHERWISE.values(), ids=SAVED_OTHERWISE.keys())
def test_documents_cells_say_what_each_document_is(text: str, registry: BodyRegistry) -> None:
    facts = facts_of(text, registry)
    report = DocumentRef(symbols=("ECE/MP.AQH/2032/4",))
    assert (report, "pursuantTo", decision(3, 1)) in facts
    # the row of the session's report: no decision, its document's description read
    session_report = DocumentRef(symbols=("ECE/MP.AQH/9", "EURO/AQH/2032/9"))
    assert (session_report, "reportOf", SESSION_4) in facts
    # "prepared pursuant to decision I/3" is one row's document's, no other document's or decision's
    assert not any(p == "pursuantTo" and s != report for s, p, _ in facts)


@pytest.mark.parametrize("text", SAVED_OTHERWISE.values(), ids=SAVED_OTHERWISE.keys())
def test_a_row_not_adopted_gives_nothing(text: str, registry: BodyRegistry) -> None:
    facts = facts_of(text, registry)
    assert not any(decision(3) in (s, o) for s, _, o in facts)


def test_lookups_and_entities_read_as_their_labels() -> None:
    read = rowset_layout(sharepoint())
    assert read is not None
    text, offsets = read
    assert "Working Group on Air Quality and Health; joint secretariat" in text
    assert "3;#" not in text and "&#8211;" not in text and "ows_" not in text
    assert len(offsets) == len(text) + 1
    # a value's characters map to the file's: the evidence's line is the row's
    source = sharepoint()
    at = text.index("Review of implementation")
    assert source[offsets[at] : offsets[at] + 24] == "Review of implementation"


@pytest.mark.parametrize(
    "text",
    [
        # XML of another kind: no rowset namespace
        "<records>\n<row decision='IV/1' title='Budget'/>\n<row decision='IV/2' title='Work'/>\n</records>\n",
        # prose that names the namespace, no row
        "The export declares xmlns:z='#RowsetSchema' but holds no rows.\n",
        "Decision IV/1 was adopted; the tracker (#RowsetSchema) lists it.\n",
    ],
)
def test_other_texts_are_no_rowset(text: str) -> None:
    assert rowset_layout(text) is None


# a row per decision, no schema (the columns' internal names), its text numbered paragraphs over
# lines, ISO datetimes with "T" and "Z", a calculated column and a multiple choice, the rows in the
# order the list was sorted
PER_DECISION = HEAD + """<rs:data>
   <z:row ows_Decision='IV/2' ows_Title='Review' ows_Adopted='2032-10-07T00:00:00Z'
      ows_Session='4;#Fourth session of the Meeting of the Parties to the Protocol on Air Quality and Health'
      ows_Text='Recalling decision I/3,&#10;1. Decides that the Implementation Committee shall remain a standing body;'
      ows_Themes=';#Compliance;#Reporting;#' ows_Outcome='string;#Adopted' />
   <z:row ows_Decision='IV/1' ows_Title='Programme of work' ows_Adopted='2032-10-08T00:00:00Z'
      ows_Session='4;#Fourth session of the Meeting of the Parties to the Protocol on Air Quality and Health'
      ows_Text='1. Requests the Working Group on Air Quality and Health to oversee the programme;&#10;2. Decides to establish an expert group on indoor air;&#10;3. Requests the joint secretariat to support the expert group.'
      ows_Themes=';#Programme;#' ows_Outcome='string;#Adopted' />
</rs:data>
</xml>
"""


def test_a_row_per_decision_without_a_schema(registry: BodyRegistry) -> None:
    facts = facts_of(PER_DECISION, registry)
    assert (decision(2), "adoptedOn", dt.date(2032, 10, 7)) in facts
    assert (decision(1), "adoptedAt", SESSION_4) in facts
    assert (decision(2), "cites", decision(3, 1)) in facts
    assert (decision(2), "makesConstantElement", BodyRef("aqh-mop/implementation-committee")) in facts
    assert (decision(1), "requests", BodyRef("aqh-mop/working-group")) in facts
    assert (decision(1), "requests", BodyRef("aqh-mop/secretariat")) in facts
    assert any(s == decision(1) and p == "establishes" for s, p, _ in facts)
    text, _ = rowset_layout(PER_DECISION) or ("", [])
    assert "Compliance; Reporting" in text and "string;#" not in text
