"""A decisions page whose title names the session ("Decisions adopted by the Plenary at its sixth
session") gives, on a field line of its own under the title, the session again by its label or
ordinal, then the town and the days: "Session: IPSF 6, Nairobi, Kenya, 2–7 June 2031" (E292, from
the retired held-out u382, an html2text page). The session the title names was held there and
then.

Near misses: a field naming another session's number (a page's "Session: IPSF 5, ...", the title
saying the sixth: the field's place and days are not the sixth's) or giving no day ("June 2031") says nothing of where or when.

Bodies, numbers and sentences are invented (a platform's plenary, an agency's conference).
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import stated
from tests.extract.reference_data import registry_from_turtle
from tests.extract.test_own_head_over_a_named_stranger import _REFERENCE


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, _REFERENCE)


_PAGE = (
    "# Decisions adopted by the {body} at its sixth session\n\n"
    "**Session:** {field}\n"
    "**Status:** final\n\n"
    "* * *\n\n"
    "## {number}: Work programme\n\n"
    "_The {body}_ ,\n\n"
    "1\\. _Requests_ the Executive Secretary to report on the work programme;\n\n"
    "_Adopted at the 4th plenary meeting, 7 June 2031_\n"
)


def _held(field: str, registry: BodyRegistry, body: str = "Plenary", number: str = "IPSF-6/1") -> set[tuple[str, str, str]]:
    found = stated(extract(_PAGE.format(field=field, body=body, number=number), source_key="test", registry=registry))
    return {f for f in found if f[0] in ("heldIn", "heldOn")}


@pytest.mark.parametrize(
    "field",
    [
        "IPSF 6, Nairobi, Kenya, 2–7 June 2031",
        "Sixth session, Nairobi, Kenya, 2-7 June 2031",
        "6th session, Nairobi, 2 to 7 June 2031",
    ],
)
def test_the_titles_session_held_where_the_field_says(field: str, registry: BodyRegistry) -> None:
    assert _held(field, registry) == {
        ("heldIn", "ipsf/plenary#6", "Nairobi"),
        ("heldOn", "ipsf/plenary#6", "2031-06-02/2031-06-07"),
    }


@pytest.mark.parametrize(
    "field",
    [
        "IPSF 5, Nairobi, Kenya, 2–7 June 2031",  # another session's label
        "Fifth session, Nairobi, 2–7 June 2031",
        "IPSF 6, Nairobi, Kenya, June 2031",  # a month alone is no held_on
    ],
)
def test_near_misses_say_nothing(field: str, registry: BodyRegistry) -> None:
    held = _held(field, registry)
    assert not any(s == "ipsf/plenary#6" and r == "heldOn" for r, s, _ in held)
    if "IPSF 6" not in field:
        # (the field's own session may be read as such; the title's sixth is not it)
        assert not any(s == "ipsf/plenary#6" for _, s, _ in held)
