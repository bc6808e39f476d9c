"""What the phrasing tests (test_phrasing_*.py) share: an invented functional commission
(tests/data/phrasing.ttl), the ordinary documents its texts sit in (a session report whose
chapter I holds resolution 12/1, a note by the Secretariat, a report of a session), and facts
written as short keys ("ccr/res/12/1", "ccr#12", "E/CN.21/2031/4", "2031-03-12") so that a
table of variants reads like the gold."""

from __future__ import annotations

from datetime import date
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import Extraction, extract

BASE = "https://w3id.org/mandate-graph/id/"
REFERENCE = Path(__file__).resolve().parents[1] / "data" / "phrasing.ttl"
KINDS = {"resolution": "res", "decision": "dec"}


@lru_cache(maxsize=1)
def registry() -> BodyRegistry:
    return load_registry(BASE, [REFERENCE])


# A report of the Secretary-General to the General Assembly whose one numbered paragraph is the
# sentence a grid's cell tries (`{s}`): the frame of the lead's grids of phrase × frame
SG_REPORT = (
    "A/79/400\nGeneral Assembly\nDistr.: General\n3 August 2024\nSeventy-ninth session\n"
    "Item 70 of the provisional agenda\n\nReport of the Secretary-General\n\n1. {s}\n"
)


@lru_cache(maxsize=1)
def shipped_registry() -> BodyRegistry:
    """The shipped reference data alone."""
    return load_registry(BASE)


def in_sg_report(sentence: str, *relations: str) -> set[tuple[str, str]]:
    """(subject, object) keys of the facts of ``relations`` that ``sentence``, paragraph 1 of
    `SG_REPORT`, states, read with the shipped reference data alone."""
    return _in_frame(SG_REPORT, sentence, relations)


def _in_frame(frame: str, sentence: str, relations: tuple[str, ...]) -> set[tuple[str, str]]:
    extraction = extract(frame.format(s=sentence), source_key="test", registry=shipped_registry())
    return {(s, o) for r, s, o in stated(extraction) if r in relations}


def stated(extraction: Extraction) -> set[tuple[str, str, str]]:
    """(relation, subject, object) keys of what an extraction states: its facts, and each joint
    document's other symbols as "alsoSymbol" of its first (the `owl:sameAs` the emitter writes for
    `Extraction.joint_documents`, which the scorer reads as the gold's `also_symbol`)."""
    found = {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}
    found |= {("alsoSymbol", doc.symbols[0], other) for doc in extraction.joint_documents for other in doc.symbols[1:]}
    return found


# A report of the Secretary-General to the Security Council on a mission, its one numbered paragraph
# the sentence tried (`{s}`): the lead's grids' "sc" frame
SC_REPORT = (
    "S/2031/512\nSecurity Council\nDistr.: General\n14 June 2031\nOriginal: English\n\n"
    "United Nations Mission in South Sudan\n\nReport of the Secretary-General\n\nI. Introduction\n\n1. {s}\n"
)


def in_sc_report(sentence: str, *relations: str) -> set[tuple[str, str]]:
    """(subject, object) keys of the facts of ``relations`` that ``sentence``, paragraph 1 of
    `SC_REPORT`, states, read with the shipped reference data alone."""
    return _in_frame(SC_REPORT, sentence, relations)


def key(value: object) -> str:
    """The short key of an extracted subject or object."""
    if isinstance(value, InstrumentRef):
        return f"{value.issuer}/{KINDS.get(value.kind, value.kind)}/{value.session}/{value.number}"
    if isinstance(value, BodyRef):
        return value.key
    if isinstance(value, GatheringRef):
        return f"{value.body}#{value.ordinal}"
    if isinstance(value, DocumentRef):
        return value.symbols[0] if value.symbols else f"<{value.source}>"
    if isinstance(value, date):
        return value.isoformat()
    start, end = getattr(value, "start", None), getattr(value, "end", None)
    if isinstance(start, date) and isinstance(end, date):
        return start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
    return str(value)


def facts(text: str, relation: str) -> set[tuple[str, str]]:
    """(subject, object) keys of every fact of ``relation`` the text states."""
    extraction = extract(text, source_key="test", registry=registry())
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


Extracted = Callable[[str], tuple[tuple[str, str, str], ...]]


def extracted_with(*more: Path) -> Extracted:
    """(relation, subject, object) keys of a text's facts, extracted with the phrasing reference data
    and ``more`` (a spent set's invented bodies); each text is extracted once."""
    registry = lru_cache(maxsize=1)(lambda: load_registry(BASE, [REFERENCE, *more]))

    @lru_cache(maxsize=64)
    def extracted(text: str) -> tuple[tuple[str, str, str], ...]:
        extraction = extract(text, source_key="test", registry=registry())
        return tuple((f.relation, key(f.subject), key(f.object)) for f in extraction.facts)

    return extracted

SESSION_REPORT = (
    "United Nations E/2031/31-E/CN.21/2031/9\n\n"
    "Economic and Social Council\n\n"
    "Distr.: General\n20 March 2031\n\nOriginal: English\n\n"
    "Commission on Coastal Resilience\n"
    "Report on the twelfth session (10–14 March 2031)\n\n"
    "Chapter I\n\n"
    "Matters calling for action by the Economic and Social Council or brought to its attention\n\n"
    "B. Matters brought to its attention\n\n"
    "1. The following resolution adopted by the Commission is brought to the attention of the Council:\n\n"
    "Resolution 12/1\n\nStrengthening early warning for coastal communities\n\n"
    "The Commission on Coastal Resilience,\n\n"
)
RESOLUTION = "ccr/res/12/1"


# The "action taken" chapter of the same report, its paragraph 15 the sentence tried (`{s}`): the lead's
# grids' "rep" frame
ACTION_TAKEN = SESSION_REPORT.split("Chapter I")[0] + "Chapter V\n\nAction taken by the Commission\n\n15. {s}\n"


def in_resolution(*paragraphs: str) -> str:
    """Paragraphs of resolution 12/1 as chapter I of the report of the twelfth session prints them."""
    return SESSION_REPORT + "\n\n".join(paragraphs) + "\n"


NOTE = (
    "United Nations E/CN.21/2032/4\n\n"
    "Economic and Social Council\n\n"
    "Distr.: General\n2 January 2032\n\nOriginal: English\n\n"
    "Commission on Coastal Resilience\n\n"
    "Thirteenth session\n\n"
    "New York, 8–12 March 2032\n\n"
    "Item 3 of the provisional agenda*\n\n"
    "Early warning for coastal communities\n\n"
    "Note by the Secretariat\n\n"
)
NOTE_SYMBOL = "E/CN.21/2032/4"


def in_note(*paragraphs: str) -> str:
    """Numbered paragraphs of a note by the Secretariat for the Commission's thirteenth session."""
    return NOTE + "\n\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, 1)) + "\n"


# The same note filed under no agenda item: its masthead's "Item 3 of the provisional agenda"
# line submits it to the thirteenth session by itself (E65), so a test that a sentence does NOT
# send the note there reads it without that line.
NOTE_UNDER_NO_ITEM = NOTE.replace("Item 3 of the provisional agenda*\n\n", "")


def in_note_under_no_item(*paragraphs: str) -> str:
    """``in_note`` without the masthead's agenda item line."""
    return NOTE_UNDER_NO_ITEM + "\n\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, 1)) + "\n"


# A session report's table of the resolutions it adopted, laid out with aligned columns: the
# facts (titles, adoption days) every other layout of the same table must state.
_ADOPTED_UNDER = (
    "Requests the Secretariat to report.\n\nChapter II\n\n"
    "1. The Commission adopted the following resolutions:\n\n{table}\n"
    "2. By resolution 12/1, the Commission requested the Secretariat to report.\n"
)
ALIGNED_ADOPTED_TABLE = (
    "   Resolution   Title                                       Adopted on\n"
    "   12/1         Early warning for coastal communities       12 March 2031\n"
    "   12/2         Mangrove restoration                        13 March 2031\n"
    "   12/3         Programme of work for 2032                  14 March 2031\n"
)


def assert_table_states_what_aligned_columns_state(table: str) -> None:
    """``table``, the same three resolutions in another layout, gives each its title and
    adoption day as the aligned table does."""
    aligned = SESSION_REPORT + _ADOPTED_UNDER.format(table=ALIGNED_ADOPTED_TABLE)
    other = SESSION_REPORT + _ADOPTED_UNDER.format(table=table)
    for relation in ("title", "adoptedOn"):
        expected = facts(aligned, relation)
        assert len(expected) >= 3, relation
        assert facts(other, relation) == expected, relation


# A decision of the invented treaty's Conference of the Parties (tests/data/phrasing_treaty.ttl),
# decision 16/3 of its sixteenth meeting, its operative paragraph 1 the sentence tried (`{s}`) (E197)
COP_DECISION = (
    "United Nations RS/COP.16/9\n\nDistr.: General\n20 November 2031\n\nOriginal: English\n\n"
    "Conference of the Parties to the Convention on Reef Sanctuaries\nSixteenth meeting\nBridgetown, 8–12 November 2031\n\n"
    "Decisions adopted by the Conference of the Parties at its sixteenth meeting\n\n"
    "Decision 16/3\n\nRegional cooperation\n\nThe Conference of the Parties,\n\n1. {s}\n"
)
