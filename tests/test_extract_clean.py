"""Cleaning: PDF artifacts go, and every cleaned character still points into the original."""

from __future__ import annotations

import pytest

from loaders.extract.clean import clean


def _blocks(text: str) -> list[tuple[str, str]]:
    cleaned = clean(text)
    return [(b.kind, cleaned.text[b.start : b.end]) for b in cleaned.blocks]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("See [CTOC/COP/2022/1](#) now.", "See CTOC/COP/2022/1 now."),
        ("### Contents of the note", "Contents of the note"),
        ("the Convention<sup>1</sup> and", "the Convention and"),
        ("the Convention <sup>12</sup> and", "the Convention and"),
        ("the Conference, *inter alia*, decided", "the Conference, inter alia, decided"),
        ("United Nations CTOC/COP/2022/9\\*", "United Nations CTOC/COP/2022/9*"),
        ("**Review of the implementation\nof the Convention**", "Review of the implementation of the Convention"),
    ],
)
def test_inline_artifacts(raw: str, expected: str) -> None:
    assert clean(raw).text == expected


def test_page_header_and_footnote_inside_a_paragraph_are_set_apart() -> None:
    raw = (
        "Recalling further its resolution 9/3, in which the Conference\n\n"
        "<sup>1</sup> United Nations, Treaty Series, vol. 2225.\n\n"
        "V.22-25156 3/56\n\n"
        "<sup>&</sup>lt;sup>2</sup> Ibid., vol. 2237.\n\n"
        "endorsed the recommendations of the Working Group,\n"
    )
    blocks = _blocks(raw)
    assert blocks[0] == (
        "text",
        "Recalling further its resolution 9/3, in which the Conference endorsed the recommendations of the Working Group,",
    )
    assert ("footnote", "United Nations, Treaty Series, vol. 2225.") in blocks
    assert ("footnote", "Ibid., vol. 2237.") in blocks
    assert not any("V.22-25156" in text for _, text in blocks)


@pytest.mark.parametrize("header", ["V.22-25156 3/56", "V.22-25156 **25/56** ", "4/56 V.22-25156", "V.22-25156 **49/5**6"])
def test_page_headers_in_their_forms(header: str) -> None:
    raw = f"The reports on those meetings\n\n{header}\n\nwill be made available to the Conference."
    assert clean(raw).text == "The reports on those meetings will be made available to the Conference."


def test_a_new_numbered_paragraph_after_a_page_break_is_not_joined() -> None:
    raw = "2. The Conference adopted the agenda\n\nV.22-25156 3/56\n\n3. The Conference heard statements."
    assert [t for _, t in _blocks(raw)] == ["2. The Conference adopted the agenda", "3. The Conference heard statements."]


def test_masthead_footnotes_between_paragraph_halves() -> None:
    raw = (
        "3. In accordance with resolution 7/1, the reports on those meetings\n\n"
        "* Reissued for technical reasons on 29 September 2022.\n\n"
        "** [CTOC/COP/2022/1](#).\n\n\n\n"
        "([CTOC/COP/WG.4/2021/6](#) and [CTOC/COP/WG.4/2022/4](#), respectively) will be made available."
    )
    blocks = _blocks(raw)
    assert blocks[0][1].endswith("those meetings (CTOC/COP/WG.4/2021/6 and CTOC/COP/WG.4/2022/4, respectively) will be made available.")
    assert ("footnote", "CTOC/COP/2022/1.") in blocks


@pytest.mark.parametrize(
    "raw, word",
    [
        ("I. Resol utions and decisions. The resolutions follow.", "Resolutions"),
        ("Decis ions taken. Other decisions.", "Decisions"),
        ("coordination with civil so ciety organizations and civil society", "society"),
        # With no other occurrence, words every UN document uses still count as known.
        ("B. Sess ions", "Sessions"),
    ],
)
def test_words_broken_by_a_space_are_joined(raw: str, word: str) -> None:
    assert word in clean(raw).text.split(" ") or word in clean(raw).text


@pytest.mark.parametrize("raw", ["It may be held in to the night.", "The body can not act on its own."])
def test_real_word_pairs_stay_apart(raw: str) -> None:
    assert clean(raw).text == raw


def test_tab_laid_table_rows_are_table_blocks() -> None:
    raw = "Contents\n\n\t11/1.\tImplementation of the provisions\t1\n\nI. Resolutions adopted"
    kinds = [k for k, _ in _blocks(raw)]
    assert kinds.count("table") == 1


def test_offsets_point_into_the_original() -> None:
    raw = "### Heading\n\n1. In its resolution [7/1](#), the Conference<sup>3</sup> encouraged the\n\nV.22-25156 5/56\n\nWorking Group on Firearms to meet."
    cleaned = clean(raw)
    assert len(cleaned.offsets) == len(cleaned.text) + 1
    for word in ("resolution", "7/1", "encouraged", "Working Group on Firearms", "Heading"):
        at = cleaned.text.index(word)
        start, end = cleaned.original_span(at, at + len(word))
        assert raw[start:end] == word


def test_several_broken_words_in_one_text() -> None:
    raw = "The Resol utions and the Decis ions of civil so ciety. Resolutions, decisions and society."
    assert clean(raw).text.startswith("The Resolutions and the Decisions of civil society.")
