"""A document library's record exported as pretty-printed JSON (E254, u314): the record's fields
read as a masthead — "session": {"body": …, "label": "Ninety-third session", "dates": …, "venue":
…} is the session the document belongs to, held there and then; the statement's text in a
"paragraphs" list is read as the document's paragraphs (what the Council "requested" in a resolution
narrated, a report "prepared pursuant to that resolution" and "presented to the Council at its
ninety-first session"); a record of a related resolution ("symbol", "title", "session": "88th
session") gives that resolution's title and the session that adopted it.

Near misses: a "label" outside a gathering's object stays a field; a related document's session
field (a report, not an instrument); a draft's symbol among the related resolutions; a session
field naming no ordinal ("resumed session")."""

from __future__ import annotations

import datetime as dt
import json

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.characters import apply_changes
from mandate_graph.loaders.extract.export_layouts import json_export_changes
from mandate_graph.loaders.facts import DateRange
from tests.extract.phrasing import shipped_registry


def record(session: dict[str, object], paragraphs: list[str], resolutions: list[dict[str, str]], documents: list[dict[str, str]] | None = None) -> str:
    return json.dumps(
        {
            "id": "rec-0042",
            "documentType": "Oral statement",
            "session": session,
            "agendaItem": {"label": "Item 3", "title": "Promotion and protection of all human rights"},
            "paragraphs": paragraphs,
            "relatedDocuments": documents or [],
            "relatedResolutions": resolutions,
            "lastModified": "2036-10-08T16:42:11Z",
        },
        indent=2,
        ensure_ascii=False,
    )


def facts(text: str) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="t", registry=shipped_registry()).facts}


HRC_SESSION = {"body": "Human Rights Council", "number": 71, "label": "Seventy-first session", "dates": "9 September–11 October 2032", "venue": "Geneva"}
HRC_71 = GatheringRef("hrc", "session", 71)


def test_a_session_object_is_the_records_masthead() -> None:
    found = facts(record(HRC_SESSION, ["1. The Council will consider the draft resolution."], []))
    assert (HRC_71, "meetingOf", BodyRef("hrc")) in found
    assert (HRC_71, "heldIn", "Geneva") in found
    assert (HRC_71, "heldOn", DateRange(dt.date(2032, 9, 9), dt.date(2032, 10, 11))) in found


def test_a_gathering_named_by_its_name_field_in_a_meeting_object() -> None:
    session = {"organ": "General Assembly", "name": "Eighty-ninth session", "venue": "New York", "dates": "9–27 September 2034"}
    text = json.dumps({"meeting": session, "text": "The Assembly will elect its officers."}, indent=2)
    # ("meeting" and "name": the same layout, other keys)
    found = facts(text.replace('"organ"', '"body"'))
    ga_89 = GatheringRef("ga", "session", 89)
    assert (ga_89, "heldIn", "New York") in found


def test_a_label_outside_a_gatherings_object_stays_a_field() -> None:
    text = record(HRC_SESSION, [], [])
    printed = apply_changes(text, json_export_changes(text))[0]
    assert "Seventy-first session" in printed.split("\n")
    assert any(line.startswith("Label") and "Item 3" in line for line in printed.split("\n"))


def test_the_paragraphs_are_the_statements_text() -> None:
    paragraphs = [
        "1. This statement relates to draft resolution A/HRC/71/L.4.",
        "2. By its resolution 66/5 of 2 April 2031, the Council requested the High Commissioner to organize a workshop and to "
        "present a summary to the Council at its sixty-ninth session.",
        "3. The summary report prepared pursuant to that resolution (A/HRC/69/21) was presented to the Council at its sixty-ninth session.",
    ]
    found = facts(record(HRC_SESSION, paragraphs, []))
    res = InstrumentRef("hrc", "resolution", "66", "5")
    assert (res, "adoptedOn", dt.date(2031, 4, 2)) in found
    assert (res, "requests", BodyRef("ohchr/high-commissioner")) in found
    report = DocumentRef(symbols=("A/HRC/69/21",))
    assert (report, "pursuantTo", res) in found
    assert (report, "submittedTo", GatheringRef("hrc", "session", 69)) in found


def test_a_related_resolutions_record_gives_its_title_and_session() -> None:
    resolutions = [
        {"symbol": "A/HRC/RES/66/5", "title": "Human rights and the digital public sector", "session": "66th session", "adopted": "2 April 2031"},
        {"symbol": "A/RES/88/140", "title": "Right to privacy in the digital age", "session": "Eighty-eighth session"},
    ]
    found = facts(record(HRC_SESSION, [], resolutions))
    res = InstrumentRef("hrc", "resolution", "66", "5")
    assert (res, "title", "Human rights and the digital public sector") in found
    assert (res, "adoptedAt", GatheringRef("hrc", "session", 66)) in found
    assert (GatheringRef("hrc", "session", 66), "meetingOf", BodyRef("hrc")) in found
    ga = InstrumentRef("ga", "resolution", "88", "140")
    assert (ga, "adoptedAt", GatheringRef("ga", "session", 88)) in found


def test_near_misses_of_related_records() -> None:
    resolutions = [
        # a draft's symbol: no instrument
        {"symbol": "A/HRC/71/L.4", "title": "Human rights and the digital public sector", "session": "71st session"},
        # no ordinal in the session field
        {"symbol": "A/HRC/RES/66/6", "title": "Water and sanitation", "session": "resumed session"},
    ]
    documents = [{"symbol": "A/HRC/69/21", "title": "Summary report of the workshop", "session": "69th session"}]
    found = facts(record(HRC_SESSION, [], resolutions, documents))
    assert not [f for f in found if f[1] == "adoptedAt"]
    assert not [f for f in found if f[0] == DocumentRef(symbols=("A/HRC/69/21",)) and f[1] in ("adoptedAt", "submittedTo")]
