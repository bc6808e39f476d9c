"""E261: a document described before its symbol ("introduced the annual report of the Centre for
2035 (X)") and named again by those words in a later paragraph under a mandate ("The annual report
had been prepared pursuant to that resolution and to decision 12/4"): X is pursuantTo both."""

from __future__ import annotations

from tests.extract.phrasing import in_sg_report


def test_the_annual_report_told_again_under_that_resolution_and_another() -> None:
    found = in_sg_report(
        "The Director introduced the annual report of the Office for 2023 (A/79/388). By its resolution 77/190, "
        "the General Assembly had asked the Office to widen its work. By the same resolution, the Assembly requested "
        "a further report at its eightieth session.\n\n2. The annual report had been prepared pursuant to that "
        "resolution and to resolution 77/191.",
        "pursuantTo",
    )
    assert {("A/79/388", "ga/res/77/190"), ("A/79/388", "ga/res/77/191")} <= found


def test_a_consolidated_study_told_again() -> None:
    found = in_sg_report(
        "The Commission had before it the consolidated study on water statistics (A/79/402).\n\n"
        "2. The consolidated study was prepared in accordance with General Assembly resolution 77/12.",
        "pursuantTo",
    )
    assert ("A/79/402", "ga/res/77/12") in found


def test_a_bare_report_or_another_description_is_not_told_again() -> None:
    # near misses: "The report" names no one document again; a description of another kind or words
    assert not in_sg_report(
        "The Director introduced the report of the Office (A/79/388).\n\n"
        "2. The report was prepared pursuant to resolution 77/190.",
        "pursuantTo",
    ) & {("A/79/388", "ga/res/77/190")}
    assert not in_sg_report(
        "The Director introduced the annual report of the Office for 2023 (A/79/388).\n\n"
        "2. The evaluation plan had been prepared pursuant to resolution 77/190.",
        "pursuantTo",
    ) & {("A/79/388", "ga/res/77/190")}
