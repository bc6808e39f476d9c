"""An operative clause in the present that takes note of, welcomes or considers a body's report on one
of its sessions, the symbol closing the clause ("3. Take note with appreciation of the report of the
Statistical Commission on its seventy-first session (X);", "We welcome …", "Takes note of …"), was read
as an entry of a list of documents (`segment._is_listing`: no finite verb found) and gave no `reportOf`
(u381, a ministerial declaration's paragraphs in a mail). And a mandate named earlier in the sentence
for another paper ("(Y), prepared pursuant to … resolution 70/299, and of the report of X on its
seventy-first session, held in …") is no mandate of the session the report is on (E203's guard, now
with the report's author between "report of" and "on its"). Invented text (E301)."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report


@pytest.mark.parametrize(
    "sentence",
    [
        "Take note with appreciation of the report of the Statistical Commission on its seventy-first session (E/2040/24);",
        "We take note of the report of the Statistical Commission on its seventy-first session (E/2040/24).",
        "Takes note of the report of the Statistical Commission on its seventy-first session (E/2040/24);",
        "Also welcomes the report of the Statistical Commission on its seventy-first session (E/2040/24);",
        "We welcome the report of the Statistical Commission on its seventy-first session, held in New York from 3 to 6 March 2040 (E/2040/24).",
        "Considers the report of the Statistical Commission on its seventy-first session (E/2040/24);",
    ],
)
def test_a_present_clause_names_the_sessions_report(sentence: str) -> None:
    assert ("E/2040/24", "ecosoc/statistical-commission#71") in in_sg_report(sentence, "reportOf")


def test_a_listed_entry_stays_a_listing() -> None:
    # near miss: a title with no verb, as a list of documents has it, gives the report all the same
    # (`symbol_then_report`'s reading) and no other paper
    found = in_sg_report("Report of the Statistical Commission on its seventy-first session (E/2040/24)", "reportOf")
    assert found <= {("E/2040/24", "ecosoc/statistical-commission#71"), ("A/79/400", "ga#79")}


def test_another_papers_mandate_is_no_sessions_mandate() -> None:
    sentence = (
        "Take note of the report of the Secretary-General (E/2040/61), prepared pursuant to resolution 70/299, "
        "and of the report of the Commission for Social Development on its seventy-first session, held in New York "
        "from 3 to 6 March 2040 (E/2040/26);"
    )
    found = in_sg_report(sentence, "pursuantTo", "reportOf")
    assert ("E/2040/61", "ga/res/70/299") in found
    assert ("E/2040/26", "ecosoc/csocd#71") in found
    assert ("ecosoc/csocd#71", "ga/res/70/299") not in found
    assert ("E/2040/26", "ga/res/70/299") not in found


def test_a_session_held_under_a_resolution_keeps_its_mandate() -> None:
    # near miss: nothing is a report on the session; the session itself was convened under the resolution
    sentence = (
        "Pursuant to resolution 70/299, the Statistical Commission held its seventy-first session in New York "
        "from 3 to 6 March 2040."
    )
    assert ("ecosoc/statistical-commission#71", "ga/res/70/299") in in_sg_report(sentence, "pursuantTo")
