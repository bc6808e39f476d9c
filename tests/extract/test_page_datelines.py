"""A page copied from a site prints its own dateline between an instrument's number and its title:
"Resolution 2032/7" / "Published: 18 June 2032" / "Resolution adopted by ..." / "2032/7. Title". The
dateline ("Published:", "Posted on", "Last updated:", "Date:") tells when the page went up: it is no
title of the instrument and no day of its adoption, as a bare "28 May 2026" there is none
(`segment.BESIDE_TITLE`). A line that is no dateline stays the title it was."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import key, shipped_registry


def facts(text: str) -> set[tuple[str, str, str]]:
    extraction = extract(text, source_key="test", registry=shipped_registry())
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts if f.relation in ("title", "adoptedOn")}


# the title right under the dateline (a Council's page), or under the note on the adoption (an
# Assembly's)
COUNCIL_PAGE = (
    "Resolution 2032/7\n\n{line}\n\nStrengthening environmental-economic accounting\n\n"
    "The Economic and Social Council,\n\n1. Requests the Secretary-General to report.\n"
)
ASSEMBLY_PAGE = (
    "Resolution 87/12\n\n{line}\n\nResolution adopted by the General Assembly on 10 December 2032\n\n"
    "87/12. Ocean accounts\n\nThe General Assembly,\n\n1. Requests the Secretary-General to report.\n"
)
DATELINES = ["Published: 18 June 2032", "Last updated on 2 July 2032", "Posted 18 June 2032", "Date: 18 June 2032", "First published 3 July 2032"]


@pytest.mark.parametrize("line", DATELINES)
def test_a_dateline_under_the_number_is_no_title(line):
    assert facts(COUNCIL_PAGE.format(line=line)) == {
        ("title", "ecosoc/res/2032/7", "Strengthening environmental-economic accounting"),
    }
    assert facts(ASSEMBLY_PAGE.format(line=line)) == {
        ("title", "ga/res/87/12", "Ocean accounts"),
        ("adoptedOn", "ga/res/87/12", "2032-12-10"),
    }


def test_near_misses():
    # a field naming the adoption is read as before
    assert ("adoptedOn", "ecosoc/res/2032/7", "2032-06-10") in facts(COUNCIL_PAGE.format(line="Date of adoption: 10 June 2032"))
    # a line without a day is no dateline: the first line under the number is the title, as before
    assert ("title", "ecosoc/res/2032/7", "Published works on accounting") in facts(
        COUNCIL_PAGE.format(line="Published works on accounting")
    )
