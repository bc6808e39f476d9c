"""Loaders hold on any input: no crash, no hang, one clear line naming the file, the store kept.

Hypothesis generates text (any Unicode, control characters, letters whose case mapping
changes the text's length, "İ" "ſ" "ı", huge lines, deeply nested lists, thousands of symbols
on one line) and file bytes (truncated and corrupted PDF and Word files, zip bombs). Examples
and sizes are bounded so the whole module runs in well under a minute.
"""

from __future__ import annotations

import io
import time
import zipfile
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.pipeline import Loader
from mandate_graph.loaders.sources import ReadLimits, SourceError, read_source
from tests.conftest import BASE, CORPUS, make_context
from tests.support.layouts import docx_bytes, pdf_bytes

SAMPLE = CORPUS / "000_d44268bbfd2a0297.txt"
FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@lru_cache(maxsize=1)
def _registry() -> BodyRegistry:
    return load_registry(BASE)


def _extracts(text: str) -> None:
    """Extraction returns facts whose evidence points inside the text, or none: never raises."""
    extraction = extract(text, source_key="fuzz", registry=_registry())
    for fact in extraction.facts:
        assert 0 <= fact.evidence.start <= fact.evidence.end <= len(text)


# --------------------------------------------------------------------------- text

# Characters that have broken text handling: case mappings that change the length ("İ" lowers
# to two characters, "ß" uppers to two), letters the regex engine folds to ASCII ("ſ", "ı",
# "K" Kelvin), ligatures, combining marks, bidi controls, form feeds, NULs and other controls.
_TRICKY = "İıſßﬁﬀǅΐŉ\u212a\u0307\u200b\u200e\u202e\ufeff\f\t\r\x00\x01\x1b\x7f\u00a0\u2028\u2029*#[]()<>$\\“”–-/"
_UN_WORDS = [
    "Resolution 11/2", "decision 4/4", "The Conference of the Parties", "CTOC/COP/2022/9",
    "held in Vienna from 17 to 21 October 2022", "<sup>1</sup>", "(a)", "1.", "Working Group",
    "at its eleventh session", "Recalling its resolution 10/4,", "Requests the Secretariat to",
    "United Nations", "Distr.: General", "V.22-25156 3/56", "\n", "\n\n", "\f", "  ",
]
_TOKENS = st.one_of(
    st.sampled_from(_UN_WORDS),
    st.text(alphabet=st.sampled_from(_TRICKY), min_size=1, max_size=5),
    st.text(min_size=1, max_size=20),  # any Unicode, surrogates aside
)


@FUZZ
@given(st.lists(_TOKENS, max_size=200).map(" ".join))
def test_any_text_mixed_with_un_phrases_is_extracted_without_error(text: str) -> None:
    _extracts(text)


@FUZZ
@given(st.text(alphabet=st.sampled_from(_TRICKY + "abcİ \n"), max_size=2000))
def test_tricky_characters_alone_are_extracted_without_error(text: str) -> None:
    _extracts(text)


# Letters whose lower case is longer, or that the regex engine folds to ASCII, and their
# ASCII look-alikes.
_LOOK_ALIKES = {"İ": "I", "ſ": "s", "ı": "i", "ß": "ss", "ﬁ": "fi", "\u212a": "K", "ŉ": "'n"}


@settings(FUZZ, max_examples=10)
@given(st.sampled_from(sorted(_LOOK_ALIKES)), st.integers(0, 40), st.integers(1, 3))
def test_letters_that_change_length_when_lowered_keep_offsets_true(letter: str, where: int, times: int) -> None:
    """Such letters put into a real document raise nothing, every evidence span still points at
    the text (the extractor once raised ValueError on "İ": offsets into a lowered text), and the
    facts stay those the document states with the ASCII look-alike, but for what the inserted
    word itself changes: "Istanbul" is a capitalised word and a city to the place rules where
    "İstanbul" is not, so a line of it just above "Vienna, 17–21 October 2022" makes
    "Istanbul Vienna" a place. At most a handful of facts may differ, never the document."""
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    position = (where * len(lines)) // 41

    def facts(insert: str) -> set[tuple[object, str, object]]:
        text = "\n".join([*lines[:position], f"{insert}stanbul " * times, *lines[position:]])
        extraction = extract(text, source_key="fuzz", registry=_registry())
        for fact in extraction.facts:
            assert text[fact.evidence.start : fact.evidence.end].strip(), "evidence must point at text"
        return {(f.subject, f.relation, f.object) for f in extraction.facts}

    with_letter, with_alike = facts(letter), facts(_LOOK_ALIKES[letter])
    differing = with_letter ^ with_alike
    assert len(differing) <= 4 and len(differing) <= 0.1 * len(with_alike), sorted(map(str, differing))


_MASTHEAD = "United Nations CTOC/COP/2022/9\n\nConference of the Parties to the United Nations Convention\n\n"


def _timed_extract(text: str, seconds: float) -> None:
    started = time.process_time()
    _extracts(text)
    spent = time.process_time() - started
    assert spent < seconds, f"{spent:.1f} s of CPU for {len(text)} characters"


@pytest.mark.parametrize(
    "text",
    [
        # Bodies named thousands of times in one paragraph are quadratic in references.py
        # (BodyMatcher.find's overlap test): 2k here; 20k would take minutes.
        pytest.param("CTOC/COP/2022/1 " * 2_000, id="2k symbols on one line"),
        pytest.param("resolution 11/2, " * 8_000, id="8k instrument references on one line"),
        pytest.param("x" * 300_000, id="one 300k-character word"),
        pytest.param("(" * 50_000 + ")" * 50_000, id="100k nested brackets"),
        pytest.param("[" * 30_000 + "](#)" * 10, id="30k open link brackets"),
        pytest.param("<sup>" * 30_000, id="30k open superscripts"),
        pytest.param("*" * 100_000, id="100k emphasis stars"),
        pytest.param("Held in Vienna from 1 to 2 May 2022, " * 10_000, id="10k dates on one line"),
        pytest.param(
            "\n".join(" " * (i % 200) + f"{'(' + chr(97 + i % 26) + ')'} item {i};" for i in range(8_000)),
            id="8k nested list items",
        ),
        pytest.param(
            "\n".join("  " * d + "- " + "1. " * d + "the Conference" for d in range(300)), id="300 deep list"
        ),
        pytest.param("\f" * 5_000 + "V.22-25156 3/56\n" * 5_000, id="5k pages of furniture"),
        pytest.param("1 Ibid.\n" * 20_000, id="20k footnotes"),
        pytest.param("Resol utions " * 20_000, id="20k broken words"),
        pytest.param("implemen-\ntation " * 20_000, id="20k hyphenated line ends"),
    ],
)
def test_pathological_text_is_extracted_in_bounded_time(text: str) -> None:
    # Behind a masthead, so that the whole extraction runs (without an author it stops early).
    _timed_extract(_MASTHEAD + text, seconds=20)


# --------------------------------------------------------------------------- file bytes


@lru_cache(maxsize=1)
def _pdf() -> bytes:
    return pdf_bytes(SAMPLE.read_text(encoding="utf-8"))[0]


@lru_cache(maxsize=1)
def _docx() -> bytes:
    return docx_bytes(SAMPLE.read_text(encoding="utf-8"))


def _reads_or_refuses(path: Path, data: bytes) -> None:
    """A file is read, or refused by a SourceError whose message is one line naming the file."""
    path.write_bytes(data)
    try:
        source = read_source(path, ReadLimits(max_pdf_pages=50, max_text_chars=2**20))
    except SourceError as error:
        message = str(error)
        assert message.startswith(f"{path}: ") and "\n" not in message, message
        assert len(error.problem) < 300
        return
    assert isinstance(source.text, str)
    _extracts(source.text)


def _damaged(original: bytes, data: st.DataObject) -> bytes:
    """The bytes truncated, or with a few bytes overwritten, or with a span removed."""
    how = data.draw(st.sampled_from(["truncate", "flip", "cut"]))
    if how == "truncate":
        return original[: data.draw(st.integers(0, len(original) - 1))]
    if how == "flip":
        out = bytearray(original)
        for _ in range(data.draw(st.integers(1, 20))):
            at = data.draw(st.integers(0, len(out) - 1))
            out[at] = data.draw(st.integers(0, 255))
        return bytes(out)
    start = data.draw(st.integers(0, len(original) - 1))
    return original[:start] + original[start + data.draw(st.integers(1, 4000)) :]


@FUZZ
@given(st.data())
def test_a_damaged_pdf_is_read_or_refused_in_one_line(tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    _reads_or_refuses(tmp_path_factory.mktemp("pdf") / "damaged.pdf", _damaged(_pdf(), data))


@FUZZ
@given(st.data())
def test_a_damaged_word_file_is_read_or_refused_in_one_line(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    _reads_or_refuses(tmp_path_factory.mktemp("docx") / "damaged.docx", _damaged(_docx(), data))


@FUZZ
@given(st.binary(max_size=4000), st.sampled_from(["x.pdf", "x.docx", "x.txt", "x.md", "x"]))
def test_random_bytes_under_any_name_are_read_or_refused_in_one_line(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, name: str
) -> None:
    _reads_or_refuses(tmp_path_factory.mktemp("bytes") / name, data)


def _zip_with(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO(_docx())
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "parts",
    [
        pytest.param({"word/padding.xml": b"\0" * (30 * 2**20)}, id="one part 1000 times its size"),
        pytest.param({f"word/p{i}.xml": b"<a/>" * 200_000 for i in range(120)}, id="many parts, 90 MB in all"),
    ],
)
def test_a_zip_bomb_is_refused_without_unpacking_it(tmp_path: Path, parts: dict[str, bytes]) -> None:
    started = time.process_time()
    _reads_or_refuses(tmp_path / "bomb.docx", _zip_with(parts))
    with pytest.raises(SourceError):
        read_source(tmp_path / "bomb.docx")
    assert time.process_time() - started < 20


def test_a_nested_zip_bomb_named_as_the_document_is_refused(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.xml", b"\0" * (10 * 2**20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("word/document.xml", inner.getvalue() * 3)
        archive.writestr("[Content_Types].xml", b"<Types/>")
    _reads_or_refuses(tmp_path / "nested.docx", buffer.getvalue())


# --------------------------------------------------------------------------- through the loader


def _export(ctx) -> bytes:  # type: ignore[no-untyped-def]
    return b"\n".join(sorted(ctx.store.export("nquads").splitlines()))


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.data())
def test_a_bad_file_leaves_the_store_as_it_was_and_says_why_in_one_line(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    ctx = make_context()
    loader = Loader(ctx.store, ctx.ids, ctx.registry)
    assert all(r.ok for r in loader.load([SAMPLE]))
    before = _export(ctx)
    kind = data.draw(st.sampled_from(["pdf", "docx", "bytes"]))
    folder = tmp_path_factory.mktemp("load")
    if kind == "pdf":
        path, content = folder / SAMPLE.with_suffix(".pdf").name, _damaged(_pdf(), data)
    elif kind == "docx":
        path, content = folder / SAMPLE.with_suffix(".docx").name, _damaged(_docx(), data)
    else:
        path, content = folder / SAMPLE.name, data.draw(st.binary(max_size=2000))
    path.write_bytes(content)
    result = loader.load([path])[0]
    if result.ok:
        return  # the damage spared the text: the file loaded as a document of its own
    assert result.error and "\n" not in result.error
    assert not result.error.startswith("extraction failed"), result.error
    assert _export(ctx) == before
