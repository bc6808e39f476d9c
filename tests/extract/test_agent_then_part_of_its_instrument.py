"""The issuer of "its resolution" after an agent and the part of that agent's instrument it acted
by: "the functions entrusted to it by the General Assembly in section XVI, paragraph 2, of its
resolution 46/185 C", "the mandate given to it by the Economic and Social Council in paragraph 4 of
its resolution 2030/12". "its" is the agent's (the body named right before the preposition), as in
"by the General Assembly in its resolution"; the part between (`patterns.INSTRUMENT_PART_OF`)
hid it, and the number went to the body whose text it is (E185). With no agent named, "its" stays
the speaker's."""

from __future__ import annotations

import pytest

from .phrasing import RESOLUTION, in_resolution, in_sg_report, extracted_with

extracted = extracted_with()


@pytest.mark.parametrize(
    ("recital", "cited"),
    [
        ("Exercising the administrative and financial functions entrusted to it by the General Assembly in section XVI, "
         "paragraph 2, of its resolution 46/185 C of 20 December 1991,", "ga/res/46/185"),
        ("Acting under the mandate given to it by the Economic and Social Council in paragraph 4 of its resolution 2030/12,",
         "ecosoc/res/2030/12"),
        ("Mindful of the tasks conferred upon it by the General Assembly under paragraphs 3 and 5 of its resolution 80/5,",
         "ga/res/80/5"),
        ("Recalling the role assigned to it by the General Assembly through operative paragraph 7 (b) of its resolution 79/14,",
         "ga/res/79/14"),
        # no agent: its own
        ("Recalling the tasks entrusted to it in paragraph 3 of its resolution 10/2,", "ccr/res/10/2"),
    ],
)
def test_its_instrument_is_the_agents(recital, cited):
    facts = extracted(in_resolution(recital, "1. Requests the Executive Secretary to report."))
    assert ("cites", RESOLUTION, cited) in facts
    assert not [f for f in facts if f[0] == "cites" and f[2] != cited]


def test_a_report_tells_it_too():
    found = in_sg_report(
        "The Council acts under the authority conferred on it by the General Assembly in section II, paragraph 5, of its "
        "resolution 77/3 of 2 May 2023 (A/RES/77/3).",
        "adoptedOn",
    )
    assert found == {("ga/res/77/3", "2023-05-02")}
