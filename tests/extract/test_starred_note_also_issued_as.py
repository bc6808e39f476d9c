"""E264: the masthead's starred note at the first page's foot, "* Also issued as A/91/65." (a title or a
symbol bearing the star: "Report of the Secretary-General*", "A/91/65*"): the document being read has
that symbol too (`documents.starred_note_also_as`, `relate.Reader.starred_also_issued_as`). A bracketed
note run on after the title was E256's and G2's.

Near misses: a starred note with no symbol, one giving the agenda's symbol, one with a subject of its own,
a starred note far into the text, one on the first page under a masthead with no star (a listed
document's note)."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import registry, stated


def also(text: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="e264", registry=registry())
    own = extraction.document.ref.symbols
    return {(s, o) for r, s, o in stated(extraction) | {("alsoSymbol", own[0], other) for other in own[1:]} if r == "alsoSymbol"}


_BODY = "\n\n".join(
    f"{n}. The regional offices reported on the data of the programme in the {n}th review of the year." for n in range(1, 8)
)

_STATISTICAL = (
    "United Nations\tE/CN.3/2037/4\nEconomic and Social Council\tDistr.: General\n\t11 December 2036\n\n"
    "Statistical Commission\nFifty-eighth session\nItem 4 of the provisional agenda\n\n"
    "Report of the Secretary-General on household surveys{star}\n\n" + _BODY + "\n\n{note}\n"
)

_ASSEMBLY = (
    "A/91/208{star}\n\nGeneral Assembly\nDistr.: General\n2 August 2036\n\nNinety-first session\n"
    "Item 19 of the preliminary list\n\nSustainable development\n\nNote by the Secretary-General\n\n" + _BODY + "\n\n{note}\n"
)

_MARKDOWN = (
    "**Symbol:** ICCD/COP(17)/9\n\n# Conference of the Parties\n\nSeventeenth session\n\n"
    "## Report of the Global Mechanism\\*\n\n" + _BODY + "\n\n{note}\n"
)


@pytest.mark.parametrize(
    ("frame", "note", "pair"),
    [
        (_STATISTICAL, "* Also issued as A/91/65.", ("E/CN.3/2037/4", "A/91/65")),
        (_STATISTICAL, "*   Also circulated under the symbol A/91/65.", ("E/CN.3/2037/4", "A/91/65")),
        (_ASSEMBLY, "* Issued also as document E/2037/41.", ("A/91/208", "E/2037/41")),
        (_MARKDOWN, "\\* Also published as A/91/12/Add.2.", ("ICCD/COP(17)/9", "A/91/12/Add.2")),
    ],
)
def test_the_starred_note_gives_the_documents_other_symbol(frame: str, note: str, pair: tuple[str, str]) -> None:
    assert pair in also(frame.format(star="*", note=note))


def test_a_note_right_under_the_title_needs_no_star_above() -> None:
    text = (
        "UNEP/EA.8/3\nUnited Nations Environment Assembly of the\nUnited Nations Environment Programme\nDistr.: General\n"
        "4 December 2036\n\nEighth session\nNairobi, 1–5 March 2037\n\nReport of the Executive Director\n\n"
        "* Also issued as A/91/25/Add.2.\n\n1. The present report reviews the programme.\n"
    )
    assert ("UNEP/EA.8/3", "A/91/25/Add.2") in also(text)


@pytest.mark.parametrize(
    "note",
    [
        "* Reissued for technical reasons on 3 January 2037.",
        "* A/91/150.",  # the agenda's symbol
        "* The statistical annex is also issued as A/91/66.",  # a subject of its own
        "* See also A/91/65.",
    ],
)
def test_other_starred_notes_give_no_second_symbol(note: str) -> None:
    assert not also(_STATISTICAL.format(star="*", note=note))


def test_a_starred_note_far_into_the_text_is_no_mastheads() -> None:
    long_body = "\n\n".join(f"{n}. The Commission reviewed the household surveys of the region in its {n}th review of the work." for n in range(8, 120))
    text = _STATISTICAL.format(star="*", note="") + long_body + "\n\n* Also issued as A/91/65.\n"
    assert not also(text)


def test_a_starred_note_under_a_masthead_with_no_star_is_a_listed_papers() -> None:
    text = _STATISTICAL.format(star="", note="").replace(
        "1. The regional", "1. The Commission will have before it the report of the Bureau (E/CN.3/2037/5)*.\n\n9. The regional"
    ) + "\n\n* Also issued as A/91/65.\n"
    assert not also(text)
