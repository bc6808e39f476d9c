"""Cleaning: PDF artifacts go, and every cleaned character still points into the original."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.clean import clean


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


# --------------------------------------------------------------------------- layout rules
# Text laid out as other tools deliver it, generated here with other bodies, cities, numbers
# and widths, so that each rule is shown to read the shape of the text, not its words.

import textwrap  # noqa: E402

from mandate_graph.loaders.extract.layout import _CONTINUING_WORDS  # noqa: E402
from tests.support.layouts import pdftotext_layout  # noqa: E402

_BODIES = ["Commission on Narcotic Drugs", "Human Rights Council", "Working Group on Asset Recovery"]
_CITIES = ["Geneva", "Nairobi", "Bangkok"]
_FILLER_WORDS = (
    "cooperation against trafficking in cultural property and the illicit manufacturing of firearms "
    "in the region of the States concerned with the support of the Office and of the"
).split()


def _prose(body: str, city: str, number: int, sentences: int = 6) -> str:
    """A paragraph of report prose: many of its lines end on "the" or "of" wherever it wraps."""
    parts = []
    for i in range(sentences):
        parts.append(
            f"At its {number + i}th meeting, held in {city} on {3 + i} May 20{10 + number % 10}, the {body} "
            f"considered the report of the Secretariat on the implementation of the resolutions of the "
            f"{body} and of the recommendations of the bureau of the {body}."
        )
    return " ".join(parts)


def _wrapped(paragraphs: list[str], width: int) -> str:
    """Word's "insert line breaks" export: each paragraph broken at ``width``, no blank lines."""
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend(textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(lines) + "\n"


def _title_filling_its_line(width: int, city: str) -> str:
    """A title of two lines or more whose last line leaves room for "The" (the next paragraph's
    first word) but less than a tenth of the width: only an exactly filled text tells."""
    words = ["Strengthening", "responses", "in", city, "to"]
    for word in _FILLER_WORDS * 4:
        words.append(word)
        lines = textwrap.wrap(" ".join(words), width)
        room = width - (len(lines[-1]) + 1 + len("The"))
        if len(lines) >= 2 and 0 <= room < max(4, width // 10) and words[-1] not in _CONTINUING_WORDS:
            return " ".join(words)
    raise AssertionError(f"no title fills its line at width {width}")


@pytest.mark.parametrize("width", [64, 72, 80])
@pytest.mark.parametrize("body, city", list(zip(_BODIES, _CITIES)))
def test_exactly_filled_text_a_title_filling_its_line_is_its_own_paragraph(width: int, body: str, city: str) -> None:
    title = _title_filling_its_line(width, city)
    paragraphs = [
        _prose(body, city, 4),
        "Resolution 17/3",
        title,
        f"The {body},",
        "Recalling " + _prose(body, city, 9).lower(),
    ]
    texts = [text for _, text in _blocks(_wrapped(paragraphs, width))]
    assert title in texts
    assert "Resolution 17/3" in texts
    assert f"The {body}," in texts


def _widths_ending_a_line_with(paragraph: str, word: str, count: int = 2) -> list[int]:
    widths = [w for w in range(60, 100) if any(line.endswith(word) for line in textwrap.wrap(paragraph, w))]
    return widths[:: max(1, len(widths) // count)][:count]


@pytest.mark.parametrize("city", _CITIES)
def test_a_line_in_lower_case_after_a_colon_continues_its_paragraph(city: str) -> None:
    listing = (
        f"Conference room paper entitled \"Constructive dialogues held in {city} on the review of the "
        f"implementation of the Convention and the Protocols thereto: summaries by the Chairs\" (X/Y/2024/CRP.{len(city)})"
    )
    widths = _widths_ending_a_line_with(listing, "thereto:")
    assert widths, "the colon never ends a line: vary the wording"
    for width in widths:
        paragraphs = [_prose("Conference", city, 2), listing, "(a) Protocol against the Smuggling of Migrants"]
        texts = [t for _, t in _blocks(_wrapped(paragraphs, width))]
        # (where the paragraph above ends on a full line nothing tells it ends: not this test's point)
        assert any(t.endswith(listing) for t in texts), f"width {width}: " + "\n".join(texts)
        assert not any(t.startswith("summaries") for t in texts)


@pytest.mark.parametrize("number", [7, 35, 135])
def test_a_sentence_in_brackets_ends_its_line_and_a_heading_follows(number: int) -> None:
    adopted = (
        f"{number}. At its {number % 9 + 2}th meeting, the Commission adopted a draft resolution "
        f"(E/CN.7/2023/L.{number % 5 + 1}) submitted by the Chair and sponsored by Chile. "
        f"(For the text, see chapter I, section A, resolution {number % 60}/{number % 7 + 1}.)"
    )
    paragraphs = [_prose("Commission", "Vienna", 3), adopted, "IX. Financial and budgetary matters", f"{number + 1}. " + _prose("Commission", "Vienna", 5)]
    texts = [t for _, t in _blocks(_wrapped(paragraphs, 72))]
    assert adopted in texts
    assert "IX. Financial and budgetary matters" in texts


_SANTIAGO_TO_SUVA = ["Santiago", "Addis Ababa", "Suva", "Doha", "Tashkent"]


def _report_with_notes(body: str, notes: int) -> str:
    """A Markdown-like report with a footnote after each paragraph; paragraphs differ in length
    and wording, so that notes fall at page ends here and there once laid out."""
    lines = []
    for note in range(1, notes + 1):
        city = _SANTIAGO_TO_SUVA[note % 5]
        lines.append(f"{note}. " + _prose(body, city, note, sentences=1 + note % 3) + f" <sup>{note}</sup>")
        lines.append("")
        lines.append(f"<sup>{note}</sup> General Assembly resolution {60 + note}/{100 + 7 * note}, annex.")
        lines.append("")
    return "\n".join(lines)


@pytest.mark.parametrize("body", _BODIES)
@pytest.mark.parametrize("page_lines", [17, 23])
def test_footnotes_at_page_foot_differing_in_their_numbers_are_not_page_furniture(body: str, page_lines: int) -> None:
    text = pdftotext_layout(_report_with_notes(body, 14), page_lines=page_lines)
    cleaned = clean(text).text
    for note in range(1, 15):
        assert f"General Assembly resolution {60 + note}/{100 + 7 * note}, annex." in cleaned


def _page(number: int, count: int, body: list[str]) -> str:
    header = ["                                            A/HRC/55/12", ""] if number % 2 else ["A/HRC/55/12", ""]
    footer = ["", f" GE.24-01234 {number}/{count}" if number % 2 else f" {number}/{count} GE.24-01234"]
    return "\n".join((header if number > 1 else []) + body + footer)


@pytest.mark.parametrize("opening", ["The Conference of the Parties to the United Nations", "The Human Rights Council,"])
def test_a_phrase_opening_paragraphs_at_two_page_feet_is_no_running_footer(opening: str) -> None:
    count = 12
    pages = []
    for number in range(1, count + 1):
        body = [f"{number}. " + _prose("Council", _CITIES[number % 3], number, sentences=1)[:60], ""]
        if number in (3, 8):
            body.append(opening)
        pages.append(_page(number, count, body))
    cleaned = clean("\n\f".join(pages)).text
    assert cleaned.count(opening) == 2
    assert "GE.24-01234" not in cleaned and "A/HRC/55/12" not in cleaned[20:]


@pytest.mark.parametrize("lost", [2, 3])
def test_a_note_lost_by_the_conversion_does_not_stop_the_numbering(lost: int) -> None:
    notes = [n for n in range(1, 6) if n != lost]
    paragraphs = []
    for n in notes:
        paragraphs.append(_prose("Council", "Lima", n, sentences=2))
        paragraphs.append(f"{n} Ibid., vol. {2200 + n}, No. {39000 + n}.")
    blocks = _blocks(_wrapped(paragraphs, 76))
    found = {text for kind, text in blocks if kind == "footnote"}
    assert {f"{n} Ibid., vol. {2200 + n}, No. {39000 + n}." for n in notes} <= found


@pytest.mark.parametrize("width", [96, 104, 112])
@pytest.mark.parametrize("city, number", [("Doha", 1), ("Panama City", 1), ("Marrakech", 3)])
def test_a_footnote_run_on_from_the_text_above_it_is_found_above_the_page_footer(width: int, city: str, number: int) -> None:
    paragraph = (
        "4. The Implementation Review Group held its fifteenth session from 10 to 14 June 2024 and its sixteenth "
        "session from 2 to 6 June 2025, both in Vienna. Pursuant to resolution 3/1, the reports on those sessions "
        "(CAC/COSP/IRG/2024/7 and CAC/COSP/IRG/2025/6, respectively) are before the Conference at its eleventh session."
    )
    note = f"{number} See the report of the Conference on its third session, held in {city} from 9 to 13 November 2009."
    lines = textwrap.wrap(paragraph, width)
    # A PDF's lines: the page ends after two lines of the paragraph, its note and footer follow
    # with no blank line between the text and the note.
    page = [*lines[:2], *textwrap.wrap(note, width), "", "V.25-13407 (E)", "", *lines[2:]]
    earlier = [_prose("Group", "Vienna", k, sentences=2) for k in range(number + 2)]
    blocks = _blocks(_wrapped(earlier, width) + "\n".join(page) + "\n")
    assert ("footnote", note) in blocks
    assert ("text", paragraph) in blocks


@pytest.mark.parametrize("heading", ["Documentation", "Annex", "Background"])
def test_a_short_heading_before_a_page_break_is_not_joined_to_the_next_page(heading: str) -> None:
    raw = f"{heading}\n\nV.24-01234 3/8\n\nBackground paper prepared by the Secretariat (X/Y/2022/3)"
    assert [t for _, t in _blocks(raw)] == [heading, "Background paper prepared by the Secretariat (X/Y/2022/3)"]


@pytest.mark.parametrize("letter", ["İ", "I", "ß"])
def test_letters_lengthened_by_lower_casing_do_not_shift_broken_word_repair(letter: str) -> None:
    # "İ" lowers to two characters: offsets into the lowered text must not be used on the text.
    raw = f"{letter}stanbul " * 300 + "\n\nThe Resol utions of the Resolutions and Resolutions."
    assert clean(raw).text.endswith("The Resolutions of the Resolutions and Resolutions.")


# Word's "Save as plain text": each footnote marker stays as its number glued in the running
# text, and the notes, numbered, follow the text at the end.


def _word_export_with_notes(body: str, city: str, calls: list[str], width: int) -> tuple[str, list[str]]:
    """Paragraphs of prose, each ending on a sentence in ``calls`` (a marker glued at "{n}"),
    then the numbered notes: the Word plain-text form of a document with footnotes."""
    paragraphs, notes = [], []
    for n, call in enumerate(calls, start=1):
        paragraphs.append(_prose(body, city, n, sentences=2) + " " + call.format(n=n))
        notes.append(f"{n} General Assembly resolution {60 + n}/{100 + 3 * n}, annex.")
    return _wrapped(paragraphs + notes, width), notes


_CALLS = [
    "It took note of the report of the meeting.{n}",
    "It adopted the recommendations{n} for endorsement by the Conference.",
    "It recalled its resolution 10/4 of 16 October 2020,{n} in particular paragraph 5.",
    "It met in May 2022,{n} and again in June.",
    "It welcomed the work of the Group on its twelfth meeting{n} held in Vienna.",
]


@pytest.mark.parametrize("width", [72, 80])
@pytest.mark.parametrize("body, city", list(zip(_BODIES, _CITIES)))
def test_notes_at_the_end_of_a_word_export_follow_the_paragraph_that_calls_them(width: int, body: str, city: str) -> None:
    text, notes = _word_export_with_notes(body, city, _CALLS, width)
    blocks = _blocks(text)
    for n, note in enumerate(notes, start=1):
        at = blocks.index(("footnote", note))
        kind, calling = blocks[at - 1]
        assert kind == "text" and calling.endswith(_CALLS[n - 1].format(n="")[-25:]), (note, calling)
    cleaned = clean(text).text
    # the markers are gone, the numbers they were glued to are whole
    assert "resolution 10/4 of 16 October 2020, in particular" in cleaned
    assert "in May 2022, and again" in cleaned and "recommendations for endorsement" in cleaned
    assert "meeting.1" not in cleaned and "meeting5" not in cleaned


@pytest.mark.parametrize("glued", ["resolution 10/4{n}", "May 2022{n}", "CO{n} emissions", "article 5.{n} of it"])
def test_a_number_that_only_looks_like_a_marker_is_left_alone(glued: str) -> None:
    # "resolution 10/4" + marker 3 reads "10/43", "2022" + 4 reads "20224": digits glued to
    # digits are no marker; neither is a digit after a capital ("CO2") or a number's full stop.
    calls = ["It adopted the report.{n}", "It recalled " + glued + " and closed.", "It adopted the agenda.{n}"]
    text, notes = _word_export_with_notes("Human Rights Council", "Geneva", calls, 80)
    cleaned = clean(text).text
    assert glued.format(n=2) in cleaned
    blocks = _blocks(text)
    assert blocks[-1] == ("footnote", notes[1])  # note 2's marker was not found: it stays at the end
    assert blocks[blocks.index(("footnote", notes[2])) - 1][1].endswith("It adopted the agenda.")


def test_a_stray_number_glued_like_a_marker_does_not_pull_the_later_notes_out_of_order() -> None:
    # "...Rev.9" below stands where note 2's marker should, but after note 3's: the reading
    # that places the most notes in sequence wins, so notes 3 and 4 find their own markers.
    calls = ["It adopted the report.{n}", "It noted the paper.", "It adopted the agenda.{n}", "It closed the session.{n}"]
    text, notes = _word_export_with_notes("Commission on Narcotic Drugs", "Nairobi", calls, 80)
    text = text.replace("It closed the session.4", "It closed the session.4 See also Rev.2")
    blocks = _blocks(text)
    for n in (1, 3, 4):
        assert blocks[blocks.index(("footnote", notes[n - 1])) - 1][0] == "text"
    assert blocks[blocks.index(("footnote", notes[2])) - 1][1].endswith("It adopted the agenda.")
