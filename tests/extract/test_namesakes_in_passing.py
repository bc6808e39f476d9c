"""A short name ("the Committee", "the Commission") in a paragraph that named two bodies of that short
name: the one the paragraph is about, not a namesake named in full only in passing, after a
preposition ("share its findings with the Committee for Programme and Coordination"). "In resolution
86/262, on the report of the Independent Audit Advisory Committee, the Assembly invited the Committee
to continue to share its findings with the Committee for Programme and Coordination ... In paragraph 9
of the same resolution, the Committee was requested to report" asks the Audit Committee
(`resolve.Scope.in_passing`, `Scope.short`). A namesake named otherwise (a subject, an object) is the
one named last, as before; so is one named in passing when no other is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract

from .phrasing import BASE, SG_REPORT, key, shipped_registry

NAMESAKES = Path(__file__).resolve().parents[1] / "data" / "namesake_committees.ttl"
AUDIT, BUDGET = "ga/audit-advisory-committee", "ga/budget-coordination-committee"


def asked(sentence: str, shipped_only: bool = False) -> set[tuple[str, str, str]]:
    reference = shipped_registry() if shipped_only else load_registry(BASE, [NAMESAKES])
    extraction = extract(SG_REPORT.format(s=sentence), source_key="test", registry=reference)
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts if f.relation in ("requests", "encourages")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In resolution 78/250, on the report of the Audit Advisory Committee on Peace Operations, the Assembly invited the "
         "Committee to share its findings with the Committee on Budget Coordination. In paragraph 9 of the same resolution, "
         "the Committee was requested to report to the Assembly.", {("requests", "ga/res/78/250", AUDIT)}),
        ("In resolution 78/250, the Assembly invited the Audit Advisory Committee on Peace Operations to share its findings "
         "with the Committee on Budget Coordination, and it requested the Committee to report to the Assembly.",
         {("requests", "ga/res/78/250", AUDIT)}),
        ("In resolution 78/250, the Assembly encouraged the Committee on Budget Coordination to work with the Audit Advisory "
         "Committee on Peace Operations. In the same resolution, the Committee was requested to report.",
         {("encourages", "ga/res/78/250", BUDGET), ("requests", "ga/res/78/250", BUDGET)}),
    ],
)
def test_a_namesake_named_in_passing_does_not_take_the_short_name(sentence, expected):
    assert asked(sentence) == expected


def test_commissions_in_the_shipped_data():
    sentence = (
        "In resolution 2031/12, the Economic and Social Council invited the Commission on Narcotic Drugs to share its findings "
        "with the Commission on Crime Prevention and Criminal Justice. In the same resolution, the Commission was requested to report."
    )
    assert ("requests", "ecosoc/res/2031/12", "ecosoc/cnd") in asked(sentence, shipped_only=True)
    assert ("requests", "ecosoc/res/2031/12", "ecosoc/ccpcj") not in asked(sentence, shipped_only=True)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the namesake is the subject of the sentence before: it takes the short name over
        ("In resolution 78/250, the Assembly invited the Audit Advisory Committee on Peace Operations to meet twice. The "
         "Committee on Budget Coordination met in June, and in the same resolution the Committee was requested to report.",
         {("requests", "ga/res/78/250", BUDGET)}),
        # no other namesake named: the one named in passing
        ("In resolution 78/250, the Assembly asked the Secretary-General to share the findings with the Committee on Budget "
         "Coordination. The Committee was requested to report.",
         {("requests", "ga/res/78/250", BUDGET), ("requests", "ga/res/78/250", "secretary-general")}),
    ],
)
def test_near_misses_keep_the_one_named_last(sentence, expected):
    assert asked(sentence) == expected
