"""A body written by the initials of its full name, once the document has spelled the name out
(E302, `rules.initialled_names`): "The CSTD report on its 28th session", "the CPD 74th session"."""

from __future__ import annotations

from tests.extract.phrasing import in_sg_report

SESSION = ("reportOf", "meetingOf", "heldIn", "heldOn")


def test_initials_after_the_full_name_name_the_body() -> None:
    found = in_sg_report(
        "The Commission on Science and Technology for Development met twice. The CSTD report on its 28th session "
        "was E/2031/31; the CSTD held that session in Geneva from 3 to 7 May 2031.",
        *SESSION,
    )
    assert ("E/2031/31", "ecosoc/cstd#28") in found
    assert ("ecosoc/cstd#28", "ecosoc/cstd") in found


def test_initials_as_the_subject_of_a_session() -> None:
    found = in_sg_report(
        "Documents of the Commission on Population and Development are listed below. The CPD held its 74th "
        "session in New York from 8 to 12 April 2041.",
        *SESSION,
    )
    assert ("ecosoc/cpd#74", "ecosoc/cpd") in found


def test_initials_without_the_full_name_are_no_body() -> None:
    found = in_sg_report("The CSTD report on its 28th session was E/2031/31.", *SESSION)
    assert not any("cstd" in o for _, o in found)


def test_initials_inside_a_symbol_or_a_longer_word_are_no_body() -> None:
    found = in_sg_report(
        "The Commission on Population and Development was named in document E/CN.9/CPD/2041/2. The CPDX "
        "report on its 74th session was E/2041/77.",
        *SESSION,
    )
    assert not any(o.startswith("ecosoc/cpd#") for _, o in found)
