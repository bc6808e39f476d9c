"""A title given after an instrument's number ends where the next citation begins, though a name
of capitalised words stands before "and" ("on the framework for action in the WHO European Region
and World Health Assembly resolution WHA79.4 on ..."), or where the recital adds what the
instrument holds ("on global health and foreign policy, and the commitments made therein"); a
name in two halves joined by "and" ("United Nations Economic and Social Council") still goes on."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.rules.titles import title_after


def title(text: str) -> str | None:
    found = title_after(text, text.index("/R2") + 3 if "/R2" in text else text.index("/160") + 4)
    return found.title if found else None


@pytest.mark.parametrize(("text", "expected"), [
    ("Recalling its resolution AFR/RC70/R2 on soil data in the WSO African Region and World Soil Assembly "
     "resolution WSA12.4 on soil health;", "soil data in the WSO African Region"),
    ("Recalling its resolution SEAR/RC77/R2 on health financing in the South-East Asia Region and Executive Board "
     "decision EB170(3);", "health financing in the South-East Asia Region"),
    ("Recalling also General Assembly resolution 86/160 on global health and foreign policy, and the commitments "
     "made therein;", "global health and foreign policy"),
    ("Recalling also General Assembly resolution 86/160 on oceans, and the pledges contained therein;", "oceans"),
    ("Recalling General Assembly resolution 86/160 on the follow-up to United Nations Economic and Social Council "
     "resolution 2030/7;", "the follow-up to United Nations Economic and Social Council resolution 2030/7"),
])
def test_where_the_title_ends(text: str, expected: str) -> None:
    assert title(text) == expected
