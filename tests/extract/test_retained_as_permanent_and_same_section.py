"""E285: history told in a report. "X was retained (maintained, kept, confirmed) as a permanent
subsidiary organ of the Assembly by resolution N", "was converted into a standing body by decision N":
the passive of making a body constant, the instrument after "by" (as "was made a standing body by",
E103). "In the same section, the Assembly invited …, and encouraged …": a section of the resolution
the sentence before named, as "In the same paragraph" (E102)."""

from __future__ import annotations

from tests.extract.phrasing import SG_REPORT, facts


def in_sg_report(sentence: str, relation: str) -> set[tuple[str, str]]:
    """(subject, object) keys of ``relation`` in the SG-report frame, read with the invented commission's data."""
    return facts(SG_REPORT.format(s=sentence), relation)


def test_retained_as_a_permanent_organ_by_an_instrument():
    for sentence in (
        "The Committee on Coastal Data was retained as a permanent subsidiary organ of the Commission by resolution 10/3 of 21 March 2029.",
        "The Committee on Coastal Data was converted into a standing body by decision 10/3 of the Commission.",
        "The Committee on Coastal Data, which the Commission set up in 2020, was maintained as a permanent subsidiary body by resolution 10/3.",
        "The Committee on Coastal Data has been confirmed as a standing committee of the Commission by its resolution 10/3.",
    ):
        got = in_sg_report(sentence, "makesConstantElement")
        assert {k for _, k in got} == {"ccr/committee-on-data"}, (sentence, got)


def test_retained_near_misses_give_no_constant_element():
    for sentence in (
        "A proposal that the Committee on Coastal Data be retained as a permanent body was not adopted.",
        "The Committee on Coastal Data was retained as a permanent body until resolution 10/3 was adopted.",
        "The Committee on Coastal Data was retained by resolution 10/3 for a further two years.",
    ):
        assert not in_sg_report(sentence, "makesConstantElement"), sentence


def test_in_the_same_section_the_assembly_acted():
    text = (
        "By section XI of resolution 79/254, the General Assembly requested the Secretary-General to submit a proposal. "
        "In the same section, the Assembly invited the Commission on the Status of Women to consider the matter, and "
        "encouraged the Committee on Coastal Data to keep it under review."
    )
    assert ("ga/res/79/254", "ecosoc/csw") in in_sg_report(text, "invites")
    assert ("ga/res/79/254", "ccr/committee-on-data") in in_sg_report(text, "encourages")
    # near miss: "the same section" of a report (no instrument named before) acts on nobody
    text = ("Section XI of the report describes the proposal. In the same section, the Secretary-General invited the "
            "Commission on the Status of Women to consider the matter.")
    assert not in_sg_report(text, "invites")
