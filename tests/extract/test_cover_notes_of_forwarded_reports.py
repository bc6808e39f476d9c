"""A session's report (or a chapter of it) forwarded in an e-mail, pasted from its symbol over
"ADVANCE UNEDITED VERSION", the body's name and "Report on the twelfth session (...)": the text
is that report (its symbol, not the mail, is the source), and the cover note's sentence telling
the report's own session and where it was held is read (E203; E201 left the wrapper's reading as
a patch). The rest of the cover note stays furniture."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import extract, key, registry

_MAIL = (
    "From: Secretariat of the Commission <ccr-secretariat@example.org>\n"
    "Sent: Monday, 10 March 2031 17:05\n"
    "To: Permanent Missions\n"
    "Subject: CCR 12 - advance text of chapter I of the report\n"
    " (E/2031/9-E/CN.21/2031/4)\n\n"
    "Dear colleagues,\n\n"
    "{note}\n\n"
    "The Bureau will meet in Geneva on 2 May 2031 to prepare the next session.\n\n"
    "Best regards,\nThe secretariat\n\n"
    "----------------------------------------------------------------\n\n"
    "E/2031/9-E/CN.21/2031/4\n"
    "{mark}"
    "Commission on Coastal Resilience\n"
    "Report on the twelfth session (3-7 March 2031)\n\n"
    "Chapter I\n\n"
    "Matters brought to the attention of the Economic and Social Council\n\n"
    "1. The following resolution adopted by the Commission is brought to the attention of the Council:\n\n"
    "Resolution 12/1\n\nStrengthening early warning for coastal communities\n\n"
    "The Commission on Coastal Resilience,\n\n"
    "1. Requests the Secretariat to report to it at its thirteenth session.\n"
)


def _facts(note: str, mark: str = "ADVANCE UNEDITED VERSION\n\n") -> set[tuple[str, str, str]]:
    e = extract(_MAIL.format(note=note, mark=mark), source_key="test", registry=registry())
    return {(f.relation, key(f.subject), key(f.object)) for f in e.facts}


@pytest.mark.parametrize(
    "note",
    [
        "Please find below the advance unedited text of chapter I of the report\n"
        "of the Commission on Coastal Resilience on its twelfth session, held in\n"
        "Nairobi from 3 to 7 March 2031.",
        "The secretariat has the honour to share the report of the Commission\n"
        "on Coastal Resilience on the work of its twelfth session, which was\n"
        "held in Nairobi from 3 to 7 March 2031, for information.",
    ],
)
@pytest.mark.parametrize("mark", ["ADVANCE UNEDITED VERSION\n\n", "Advance unedited text\nDistr.: General\n\n", ""])
def test_the_report_and_its_session(note: str, mark: str) -> None:
    found = _facts(note, mark)
    assert ("reportOf", "E/2031/9", "ccr#12") in found
    assert ("heldIn", "ccr#12", "Nairobi") in found
    assert not any(r == "reportOf" and s.startswith("<") for r, s, _ in found)  # not the mail itself


def test_the_rest_of_the_cover_note_is_furniture() -> None:
    found = _facts("Please find below the advance text of chapter I of the report.")
    assert not any(o == "Geneva" for _, _, o in found)  # the Bureau's meeting told in passing
    assert ("reportOf", "E/2031/9", "ccr#12") in found
    assert not any(r == "heldIn" and s == "ccr#12" for r, s, _ in found)  # no town told
