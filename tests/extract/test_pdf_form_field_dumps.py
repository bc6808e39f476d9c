"""A filled PDF form's fields as ``pdftk dump_data_fields`` prints them read as the form
(`loaders/extract/form_fields.py`): the groups of an instrument's fields as a table of
instruments (title, day of adoption, the meeting the form records, the operative summary), a
meeting's field as a heading over its venue and dates (read as the label says dates are entered),
a list of documents as a list run into its label; a draft whose "adopted" button is off states
nothing. With it, what such a form says in its notes: "X is the report of the Panel on the work of
its ninth meeting", "..., in accordance with which the meeting was held", "Lima, FAO premises".
Invented bodies, numbers, places, field names, labels and orders."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.export_layouts import unwrap_export
from mandate_graph.loaders.extract.form_fields import form_field_dump
from mandate_graph.loaders.extract.rules.calendar_events import venue_town
from mandate_graph.loaders.facts import DateRange
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/reef-cop> a mg:Body ; mg:key "reef-cop" ;
    skos:prefLabel "Conference of the Parties to the Reef Convention"@en ; mg:shortName "Conference of the Parties" ;
    mg:symbolPrefix "RC/COP" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "RF-{session}/{number}" ; mg:instrumentKind "decision" ] .
<body/reef-cop/panel> a mg:Body ; mg:key "reef-cop/panel" ;
    skos:prefLabel "Scientific Panel on Reef Chemicals"@en ; mg:shortName "Panel" ;
    mg:symbolPrefix "RC/SPRC" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "SPRC-{session}/{number}" ; mg:instrumentKind "decision" ] ;
    org:subOrganizationOf <body/reef-cop> .
<body/reef-cop/panel/bureau> a mg:Body ; mg:key "reef-cop/panel/bureau" ;
    skos:prefLabel "Bureau of the Scientific Panel on Reef Chemicals"@en ; skos:altLabel "Bureau of the Panel"@en ;
    mg:shortName "Bureau" ; org:subOrganizationOf <body/reef-cop/panel> .
<body/reef-cop/secretariat> a mg:Body ; mg:key "reef-cop/secretariat" ;
    skos:prefLabel "Secretariat of the Reef Convention"@en ; mg:shortName "Secretariat" ;
    org:subOrganizationOf <body/reef-cop> .
"""

PANEL = "reef-cop/panel"
NINTH = GatheringRef(PANEL, "meeting", 9)
TENTH = GatheringRef(PANEL, "meeting", 10)


def _decision(n: int) -> InstrumentRef:
    return InstrumentRef(PANEL, "decision", "9", str(n))


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


# (field name, label, value, type); a value's "\n" is a line the box runs on over
Field = tuple[str, str, str, str]


def _record(name: str, label: str, value: str, kind: str = "Text", states: bool = False) -> list[str]:
    lines = ["---", f"FieldType: {kind}", f"FieldName: {name}"]
    if label:
        lines.append(f"FieldNameAlt: {label}")
    lines += ["FieldFlags: 4096" if "\n" in value else "FieldFlags: 0", f"FieldValue: {value}"]
    if states:
        lines += ["FieldStateOption: Off", "FieldStateOption: Yes"]
    else:
        lines.append("FieldJustification: Left")
    return lines


def _date(day: dt.date, form: str) -> str:
    return {
        "dd/mm/yyyy": day.strftime("%d/%m/%Y"),
        "dd.mm.yyyy": day.strftime("%d.%m.%Y"),
        "yyyy-mm-dd": day.isoformat(),
        "mm/dd/yyyy": day.strftime("%m/%d/%Y"),
    }[form]


def _form(
    form: str = "dd/mm/yyyy", dash: str = " – ", name: str = "{group}.{field}", reverse: bool = False, sent: str = "submitted to",
    next_first: bool = False,
) -> str:
    """An outcome form of the Panel's ninth meeting: two decisions adopted, a draft not, the next
    meeting; dates entered as ``form``, labels "Decision 1<dash>title", field names ``name``,
    each group's fields in the form's order or the reverse, the next meeting's group and the list
    of documents first or in the page's order (a field tree's order is not the page's)."""

    def named(group: str, field: str) -> str:
        return name.format(group=group, field=field)

    def group(fields: list[list[str]]) -> list[str]:
        return [line for record in (reversed(fields) if reverse else fields) for line in record]

    lines = _record("title", "Form", "SPRC/OUT/1 – Outcome of a meeting of the Scientific Panel on Reef Chemicals")
    lines += group([
        _record(named("hdr", "meeting"), "Meeting (name and number)", "Ninth meeting of the Scientific Panel on Reef Chemicals (SPRC-9)"),
        _record(named("hdr", "venue"), "Venue", "Lima, FAO premises"),
        _record(named("hdr", "dates"), f"Dates ({form} – {form})", f"{_date(dt.date(2031, 3, 3), form)} – {_date(dt.date(2031, 3, 6), form)}"),
    ])
    lines += _record(named("hdr", "report"), "Notes on the report", "RC/SPRC.9/14 is the report of the Scientific Panel on Reef Chemicals on the work of its\nninth meeting; advance version.")
    lines += _record(named("hdr", "mandate"), "Convened under", "Article 9 of the Convention and decision RF-4/2 of the Conference of\nthe Parties, in accordance with which the meeting was held.")
    listed = _record(named("docs", "list"), "Main documents before the Panel", "RC/SPRC.9/2 (prepared pursuant to decision RF-3/1); RC/SPRC.9/5; RC/SPRC.9/INF/1")
    lines = [*listed, *lines] if next_first else [*lines, *listed]
    for n, title, day, text in (
        (1, "Coral bleaching agents: listing", dt.date(2031, 3, 4), "Recalls decision RF-4/2. Invites the Conference of the Parties to consider a\nlisting proposal."),
        (2, "Working methods", dt.date(2031, 3, 6), "Requests the Bureau of the Panel to revise its handbook."),
    ):
        lines += group([
            _record(named(f"dec{n}", "number"), f"Decision {n}{dash}number", f"SPRC-9/{n}"),
            _record(named(f"dec{n}", "title"), f"Decision {n}{dash}title", title),
            _record(named(f"dec{n}", "adopted"), f"Decision {n}{dash}adopted", "Yes", "Button", states=True),
            _record(named(f"dec{n}", "date"), f"Decision {n}{dash}date of adoption ({form})", _date(day, form)),
            _record(named(f"dec{n}", "summary"), f"Decision {n}{dash}operative summary", text),
        ])
    lines += group([
        _record(named("dec3", "number"), f"Decision 3{dash}number", "SPRC-9/[3]"),
        _record(named("dec3", "title"), f"Decision 3{dash}title", "[Draft] Terms of reference of a task group"),
        _record(named("dec3", "adopted"), f"Decision 3{dash}adopted", "Off", "Button", states=True),
        _record(named("dec3", "summary"), f"Decision 3{dash}operative summary", "Not adopted. Would have requested the Bureau of the Panel to draft terms."),
    ])
    following = group([
        _record(named("next", "meeting"), "Next meeting", "Tenth meeting of the Panel (SPRC-10)"),
        _record(named("next", "venue"), f"Next meeting{dash}venue", "Nairobi"),
        _record(named("next", "dates"), f"Next meeting{dash}dates ({form} – {form})", f"{_date(dt.date(2032, 2, 9), form)} – {_date(dt.date(2032, 2, 12), form)}"),
    ])
    lines = [*following, *lines] if next_first else [*lines, *following]
    lines += _record("cop.note", "Conference of the Parties", f"The fifth meeting of the Conference of the Parties to the Reef Convention will be held in\nApia, 2–6 June 2031; the Panel's report is {sent} it.")
    return "\n".join(lines) + "\n"


VARIANTS = [
    pytest.param({}, id="dd/mm/yyyy"),
    pytest.param({"form": "dd.mm.yyyy", "dash": ": "}, id="dd.mm.yyyy-colon-labels"),
    pytest.param({"form": "yyyy-mm-dd", "name": "form1[0].{group}[0].{field}[0]", "next_first": True}, id="iso-xfa-names-next-first"),
    pytest.param({"form": "mm/dd/yyyy", "reverse": True, "sent": "transmitted to"}, id="mm/dd/yyyy-reversed-groups"),
]


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_decisions_of_a_form_are_read_as_a_table_of_the_meeting_s_instruments(registry: BodyRegistry, variant: dict[str, object]) -> None:
    facts = extract(_form(**variant), source_key="t", registry=registry).facts  # type: ignore[arg-type]
    said = {(f.subject, f.relation, f.object) for f in facts}
    for n, title, day in ((1, "Coral bleaching agents: listing", dt.date(2031, 3, 4)), (2, "Working methods", dt.date(2031, 3, 6))):
        assert (_decision(n), "title", title) in said
        assert (_decision(n), "adoptedOn", day) in said
        assert (_decision(n), "adoptedAt", NINTH) in said
    assert (_decision(1), "invites", BodyRef("reef-cop")) in said
    assert (_decision(2), "requests", BodyRef("reef-cop/panel/bureau")) in said
    assert (_decision(1), "cites", InstrumentRef("reef-cop", "decision", "4", "2")) in said
    # the draft, its button off, states nothing
    assert not {f for f in facts if f.subject == _decision(3) or f.object == _decision(3)}
    assert not any(f.relation == "requests" and f.object == BodyRef("reef-cop/panel/bureau") and f.subject != _decision(2) for f in facts)


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_meetings_of_a_form_are_held_where_and_when_its_fields_say(registry: BodyRegistry, variant: dict[str, object]) -> None:
    said = {(f.subject, f.relation, f.object) for f in extract(_form(**variant), source_key="t", registry=registry).facts}  # type: ignore[arg-type]
    assert (NINTH, "heldIn", "Lima") in said
    assert (NINTH, "heldOn", DateRange(dt.date(2031, 3, 3), dt.date(2031, 3, 6))) in said
    assert (TENTH, "heldIn", "Nairobi") in said
    assert (TENTH, "heldOn", DateRange(dt.date(2032, 2, 9), dt.date(2032, 2, 12))) in said
    assert (NINTH, "pursuantTo", InstrumentRef("reef-cop", "decision", "4", "2")) in said
    for symbol in ("RC/SPRC.9/2", "RC/SPRC.9/5", "RC/SPRC.9/INF/1"):
        assert (DocumentRef(symbols=(symbol,)), "submittedTo", NINTH) in said
        assert (DocumentRef(symbols=(symbol,)), "submittedTo", TENTH) not in said
    assert (DocumentRef(symbols=("RC/SPRC.9/14",)), "reportOf", NINTH) in said
    assert (DocumentRef(symbols=("RC/SPRC.9/14",)), "submittedTo", GatheringRef("reef-cop", "meeting", 5)) in said
    prepared_under = {f.subject for f in extract(_form(**variant), source_key="t", registry=registry).facts if f.relation == "pursuantTo"}  # type: ignore[arg-type]
    assert DocumentRef(symbols=("RC/SPRC.9/2",)) in prepared_under
    assert DocumentRef(symbols=("RC/SPRC.9/5",)) not in prepared_under


def test_a_date_is_read_as_the_label_says_it_is_entered() -> None:
    day_first = form_field_dump(_form("dd/mm/yyyy"))
    month_first = form_field_dump(_form("mm/dd/yyyy"))
    assert day_first is not None and month_first is not None
    for read in (day_first[0], month_first[0]):
        assert "Dates\t3 March 2031 – 6 March 2031" in read
        assert "| 4 March 2031 |" in read


def test_every_character_of_the_reading_maps_into_the_dump() -> None:
    dump = _form()
    read, offsets = unwrap_export(dump)
    assert offsets is not None and len(offsets) == len(read) + 1
    title = read.index("Working methods")
    assert dump[offsets[title] : offsets[title] + len("Working methods")] == "Working methods"
    wrapped = read.index("listing proposal")
    assert dump[offsets[wrapped] : offsets[wrapped] + 7] == "listing"


def test_a_record_of_key_value_lines_that_names_no_form_field_is_no_dump() -> None:
    yaml_like = "---\nFieldType: Text\nFieldValue: Geneva\n---\nFieldType: Text\nFieldValue: 2031\n---\nFieldType: Text\nFieldValue: x\n"
    assert form_field_dump(yaml_like) is None  # (no field is named)
    memo = "Subject: Venue\nFieldName: venue\n\nThe meeting will be held in Geneva.\nFieldValue: Geneva\n"
    assert form_field_dump(memo) is None  # (a line of prose among the properties)


@pytest.mark.parametrize(
    ("venue", "town"),
    [
        ("Rome, FAO headquarters", "Rome"),
        ("Lima, FAO premises", "Lima"),
        ("Nairobi, UNEP headquarters, Kenya", "Nairobi"),
        ("United Nations Headquarters, Conference Room 1, New York", "New York"),
        ("Geneva", "Geneva"),
    ],
)
def test_a_building_after_the_town_of_a_venue_is_no_place(venue: str, town: str) -> None:
    assert venue_town(venue) == town


def test_a_symbol_said_to_be_the_report_of_a_meeting(registry: BodyRegistry) -> None:
    text = (
        "Scientific Panel on Reef Chemicals\n\nNinth meeting\n\n"
        "RC/SPRC.9/14 is the report of the Scientific Panel on Reef Chemicals on the work of its ninth meeting; advance version.\n\n"
        "RC/SPRC.9/15 is the final report on its tenth meeting.\n\n"
        "The Panel noted that RC/SPRC.9/16 is a note on the report of the Panel on its eighth meeting.\n"
    )
    reports = {(f.subject, f.object) for f in extract(text, source_key="t", registry=registry).facts if f.relation == "reportOf"}
    assert (DocumentRef(symbols=("RC/SPRC.9/14",)), NINTH) in reports
    assert (DocumentRef(symbols=("RC/SPRC.9/15",)), TENTH) in reports
    assert not {s for s, _ in reports if s == DocumentRef(symbols=("RC/SPRC.9/16",))}


def test_it_is_the_one_gathering_the_clause_before_named(registry: BodyRegistry) -> None:
    one = _form()
    two = one.replace("will be held in\nApia", "and its sixth meeting will be held in\nApia")
    for text, sent in ((one, True), (two, False)):
        said = {(f.subject, f.object) for f in extract(text, source_key="t", registry=registry).facts if f.relation == "submittedTo"}
        assert ((DocumentRef(symbols=("RC/SPRC.9/14",)), GatheringRef("reef-cop", "meeting", 5)) in said) is sent
