"""A report an officer presented, told in a sentence that ends on its symbol (E209, an empty cell of the
lead's grids): "The Chair of the Committee on Coastal Data presented the report of the Committee on the
work of its ninth session (E/CN.21/2032/6)." The paragraph was read as an entry of a list of documents
(a title, then its symbol), so the whole sentence became the paper's title and its session was never
read; an officer who "presented", "introduced" or "tabled" a paper is the narrative's sentence, as a
body that "considered" or "took note of" one is (`segment._BODY_ACTED_ON`). "The Committee", "its
ninth session" are then the body named before, whose report it is.

Frames: the "action taken" chapter of the invented Commission's report on its twelfth session and of a
functional commission the shipped data knows (`test_actions_taken_in_session_reports`). Near miss: a
list's entry (a title and its symbol, no verb) stays an entry, titled."""

from __future__ import annotations

import pytest

from .test_actions_taken_in_session_reports import facts


@pytest.mark.parametrize(
    ("frame", "paragraph", "report", "session"),
    [
        ("ccr", "15. The Chair of the Committee on Coastal Data presented the report of the Committee on the work of its ninth session "
         "(E/CN.21/2032/6).", "E/CN.21/2032/6", "ccr/committee-on-data#9"),
        ("ccr", "15. The Chair of the Committee on Coastal Data introduced the report of the Committee on its ninth session (E/CN.21/2032/6).",
         "E/CN.21/2032/6", "ccr/committee-on-data#9"),
        ("ccr", "15. The Chair presented the report of the Committee on Coastal Data on its ninth session (E/CN.21/2032/6).",
         "E/CN.21/2032/6", "ccr/committee-on-data#9"),
        ("ccr", "15. The Chair of the Committee on Coastal Data presented the report on the ninth session of the Committee (E/CN.21/2032/6).",
         "E/CN.21/2032/6", "ccr/committee-on-data#9"),
        ("ccr", "15. The Vice-Chair of the Working Group on Early Warning Systems tabled the report of the Working Group on its fourth "
         "meeting (E/CN.21/2032/7).", "E/CN.21/2032/7", "ccr/wg-early-warning#4"),
        ("csw", "15. The Chair of the Commission on Population and Development presented the report of the Commission on its sixty-fourth "
         "session (E/2031/25).", "E/2031/25", "ecosoc/cpd#64"),
        ("csw", "15. The Director of the Statistics Division introduced the report of the Statistical Commission on its sixty-second "
         "session (E/2031/24).", "E/2031/24", "ecosoc/statistical-commission#62"),
    ],
)
def test_the_report_is_of_the_session_of_the_body_named_before(frame, paragraph, report, session):
    assert (report, session) in facts(frame, paragraph, "reportOf")
    # the sentence is no title of the paper
    assert not {title for symbol, title in facts(frame, paragraph, "title") if symbol == report}


def test_a_list_entry_stays_titled():
    paragraph = "15. Report of the Committee on Coastal Data on its ninth session (E/CN.21/2032/6)"
    assert facts("ccr", paragraph, "title") >= {("E/CN.21/2032/6", "Report of the Committee on Coastal Data on its ninth session")}
