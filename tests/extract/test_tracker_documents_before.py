"""A tracker's table of the documents before a session, saved from a spreadsheet as CSV (E290).

The table's caption says the documents are "before the Assembly" / "before the Commission" and
names no session; the sheet's title line names the session ("Coastal matters – GA 85th session –
tracker"): each document listed is submitted to that session of the body the caption names. A
column of the mandate each answers ("Submitted pursuant to", "Mandate") gives `pursuantTo` the
instrument its cell names, written out or abbreviated as trackers write it ("res. 11/2, para. 6").
A title with a topic and a colon before the kind of paper ("Ocean data: note by …") is a listed
document's line, no heading.

Near misses: a draft (an L. document) gets nothing; an instrument named in the Comment column is
mentioned, not a mandate; a caption that says no "before" sends nothing anywhere; a caption of
another body than the title's session's gives nothing.

Invented text: the Commission on Coastal Resilience of tests/data/phrasing.ttl and the General
Assembly."""

from __future__ import annotations

from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import extracted_with, shipped_registry, stated

facts = extracted_with()


def _commission_sheet(caption: str = "Documents before the Commission, item 4", sep: str = ",") -> str:
    rows = [
        '"Coastal Resilience – CCR 12th session – delegation tracker",,,,',
        ",,,,",
        f'"{caption}",,,,',
        "Symbol,Title,Mandate,Status,Comment",
        'E/CN.21/2031/3,Coastal data: report of the Secretariat,"res. 11/2, para. 6",Issued,',
        'E/CN.21/2031/4,Early warning for coastal communities: report of the Executive Secretary,resolution 10/4,Issued,"follows up res. 9/1"',
        "E/CN.21/2031/L.2,Draft resolution: coastal data,res. 11/2,Withdrawn,",
    ]
    if sep != ",":
        rows = [r.replace('"res. 11/2, para. 6"', "res. 11/2 para. 6").replace(",", sep) for r in rows]
    return "\n".join(rows) + "\n"


def test_a_commission_trackers_documents_go_to_the_session_its_title_names() -> None:
    found = set(facts(_commission_sheet()))
    assert ("submittedTo", "E/CN.21/2031/3", "ccr#12") in found
    assert ("submittedTo", "E/CN.21/2031/4", "ccr#12") in found
    assert ("pursuantTo", "E/CN.21/2031/3", "ccr/res/11/2") in found  # abbreviated, with its paragraph
    assert ("pursuantTo", "E/CN.21/2031/4", "ccr/res/10/4") in found  # written out


def test_the_draft_and_the_comment_give_no_mandate() -> None:
    found = set(facts(_commission_sheet()))
    assert not {f for f in found if f[1] == "E/CN.21/2031/L.2"}
    assert ("pursuantTo", "E/CN.21/2031/4", "ccr/res/9/1") not in found
    assert ("mentions", "<test>", "ccr/res/9/1") in found


def test_semicolons_give_the_same_facts() -> None:
    found = set(facts(_commission_sheet(sep=";")))
    assert ("submittedTo", "E/CN.21/2031/3", "ccr#12") in found
    assert ("pursuantTo", "E/CN.21/2031/4", "ccr/res/10/4") in found


def test_a_caption_with_no_receiver_sends_nothing() -> None:
    found = set(facts(_commission_sheet(caption="Documents issued since the last meeting, item 4")))
    assert not {f for f in found if f[0] == "submittedTo"}


_ASSEMBLY_SHEET = """"Coastal matters – GA 85th session – tracker (working file)",,,,
"Sheet 1: Resolutions adopted, agenda item 12",,,,
,,,,
Symbol,Title,Meeting,Date,Vote
A/RES/85/140,Coastal early warning,61st plenary,11/12/2030,Without a vote
,,,,
"Sheet 2: documents before the Assembly, agenda item 12",,,,
Symbol,Title,Submitted pursuant to,Considered,Comment
A/85/301,Coastal early warning: report of the Secretary-General,"General Assembly resolution 83/140, para. 9",61st plenary,
A/85/302,Ocean data: note by the Secretary-General,General Assembly resolution 84/20,62nd plenary,"see also General Assembly resolution 79/33"
A/85/303,Sea level: report of the Secretary-General,General Assembly resolution 84/21,62nd plenary,
A/85/L.9,Draft resolution: Coastal early warning,General Assembly resolution 83/140,61st plenary,
"""


def test_an_assembly_trackers_documents_and_their_mandates() -> None:
    found = stated(extract(_ASSEMBLY_SHEET, source_key="test", registry=shipped_registry()))
    for symbol, mandate in (("A/85/301", "ga/res/83/140"), ("A/85/302", "ga/res/84/20"), ("A/85/303", "ga/res/84/21")):
        # (the third after a topic and a colon: "Sea level: report of …" is a listed line, no heading)
        assert ("submittedTo", symbol, "ga#85") in found
        assert ("pursuantTo", symbol, mandate) in found
    assert ("pursuantTo", "A/85/302", "ga/res/79/33") not in found
    assert not {f for f in found if f[1] == "A/85/L.9" and f[0] in ("submittedTo", "pursuantTo")}
