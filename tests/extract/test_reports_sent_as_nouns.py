"""A report sent, told by the noun: "its report to the General Assembly at its eighty-ninth session
(A/89/23)", "their reports to the Human Rights Council at its fifty-ninth session (X and Y)", "its
report to the sixty-eighth session of the Commission on Narcotic Drugs (X)": the paper was submitted
to that numbered session, as "its submission to the Council at its sixty-fourth session" is
(`test_submission_nouns.py`) (E236, u288).

The noun is read after a determiner ("its", "their", "the", with "annual", "final" … between) and
with a numbered gathering as its receiver. Near misses: the verb ("requests the Committee to
report to the Assembly at its ninetieth session", "will report to the Council"), a report to a body
with no session named ("its report to the General Assembly (A/89/23)": when it went is not said).
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import in_sg_report


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Recalling its report to the General Assembly at its eighty-ninth session (A/89/23),", {("A/89/23", "ga#89")}),
        ("Recalling the chapter on staffing of its annual report to the General Assembly at its eighty-eighth session "
         "(A/88/30),", {("A/88/30", "ga#88")}),
        ("In its report to the Human Rights Council at its fifty-eighth session (A/HRC/58/60), the Special Rapporteur "
         "recommended a review of the procedure.", {("A/HRC/58/60", "hrc#58")}),
        ("Taking note of the findings set out in its report to the sixty-eighth session of the Commission on Narcotic Drugs "
         "(E/CN.7/2025/4),", {("E/CN.7/2025/4", "ecosoc/cnd#68")}),
        ("Recalling their reports to the Human Rights Council at its fifty-ninth session (A/HRC/59/21 and A/HRC/59/22),",
         {("A/HRC/59/21", "hrc#59"), ("A/HRC/59/22", "hrc#59")}),
        ("The Committee recalled that its report to the General Assembly at its eighty-ninth session (A/89/23) had "
         "been considered in plenary.", {("A/89/23", "ga#89")}),
    ],
)
def test_a_report_sent_by_the_noun(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= in_sg_report(sentence, "submittedTo")


@pytest.mark.parametrize(
    ("sentence", "not_expected"),
    [
        # the verb: a task to come, no paper sent
        ("Requests the Committee to report to the General Assembly at its ninetieth session, taking into account the "
         "proposals in A/89/23.", ("A/89/23", "ga#90")),
        ("The working group will report to the Council at its sixtieth session on the matters raised in document "
         "A/HRC/59/12.", ("A/HRC/59/12", "hrc#60")),
        # no session named: when the report went is not said (not the session of the document read)
        ("Recalling its report to the General Assembly (A/89/23),", ("A/89/23", "ga#79")),
    ],
)
def test_no_report_sent(sentence: str, not_expected: tuple[str, str]) -> None:
    assert not_expected not in in_sg_report(sentence, "submittedTo")
