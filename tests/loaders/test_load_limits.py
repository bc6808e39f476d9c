"""Loading never loses a file to another of the same name, and no file exhausts the machine.

Each limit is exercised end to end through `Loader.load`: the file that breaks it is reported
on one line naming the file and the limit, and the store keeps what it had.
"""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import docx
from fpdf import FPDF

from mandate_graph.loaders.sources import ReadLimits
from tests.conftest import CORPUS, loader_for, make_context

SAMPLE = CORPUS / "000_d44268bbfd2a0297.txt"
OTHER = CORPUS / "001_d66ab0158a2fbb92.txt"


def graphs_and_files(ctx) -> dict[str, str]:  # type: ignore[no-untyped-def]
    rows = ctx.store.query("SELECT ?g ?f WHERE { GRAPH ?g { ?g mg:sourceFile ?f } }")
    return {row["g"].value: row["f"].value for row in rows}


def test_two_files_of_the_same_name_in_two_folders_keep_two_graphs(tmp_path: Path) -> None:
    for folder, source in (("a", SAMPLE), ("b", OTHER)):
        (tmp_path / folder).mkdir()
        shutil.copy(source, tmp_path / folder / "report.txt")
    ctx = make_context()
    results = loader_for(ctx).load([tmp_path / "a" / "report.txt", tmp_path / "b" / "report.txt"])
    assert [r.ok for r in results] == [True, True]
    assert len(graphs_and_files(ctx)) == 2
    # Both documents' facts are there: each states the symbol of a different session report.
    for result in results:
        assert ctx.store.count(result.graph) == result.triples
    # Same folder name, same file name, another place: a third graph, and a reload replaces it.
    (tmp_path / "c" / "a").mkdir(parents=True)
    shutil.copy(OTHER, tmp_path / "c" / "a" / "report.txt")
    third = loader_for(ctx).load([tmp_path / "c" / "a" / "report.txt"])[0]
    assert third.ok and third.graph not in {r.graph for r in results}
    again = loader_for(ctx).load([tmp_path / "c" / "a" / "report.txt"])[0]
    assert again.graph == third.graph and len(graphs_and_files(ctx)) == 3


def loaded_with(limits: ReadLimits, path: Path) -> tuple[str, int, int]:
    """Load the sample, then ``path`` under ``limits``: (error, quads before, quads after)."""
    ctx = make_context()
    assert all(r.ok for r in loader_for(ctx).load([SAMPLE]))
    before = ctx.store.count()
    loader = loader_for(ctx)
    loader.limits = limits
    result = loader.load([path])[0]
    assert not result.ok
    return result.error or "", before, ctx.store.count()


def test_a_text_over_the_limit_is_refused_and_the_store_kept(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    big.write_text(SAMPLE.read_text() * 20)
    error, before, after = loaded_with(ReadLimits(max_text_chars=100_000), big)
    assert "0.1 million limit per file" in error and "split the document" in error
    assert before == after


def test_a_zip_bomb_in_a_word_file_is_refused_before_unpacking(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Decision 1/1. The Conference decides to establish a working group.")
    document.save(buffer)
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/padding.xml", b"\0" * (20 * 2**20))  # 20 MB of zeros, ~20 KB packed
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(buffer.getvalue())
    error, before, after = loaded_with(ReadLimits(), bomb)
    assert "word/padding.xml" in error and "zip bomb" in error
    assert before == after
    error, _, _ = loaded_with(ReadLimits(max_unpack_ratio=10**9, max_unpacked_bytes=2**20), bomb)
    assert "unpacks to" in error and "limit" in error


def test_a_pdf_over_the_page_limit_is_refused(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for n in range(3):
        pdf.add_page()
        pdf.cell(text=f"Page {n + 1}: the Conference adopted resolution 11/{n + 1}.")
    path = tmp_path / "long.pdf"
    pdf.output(str(path))
    error, before, after = loaded_with(ReadLimits(max_pdf_pages=2), path)
    assert "3 pages, over the 2 page limit" in error
    assert before == after


def test_a_file_over_the_size_limit_is_not_even_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 3000)
    error, before, after = loaded_with(ReadLimits(max_file_bytes=2000), path)
    assert "the file is 2.9 KB, over the 2.0 KB limit per file" in error
    assert before == after


def test_an_extraction_past_its_time_limit_fails_that_file_only(tmp_path: Path) -> None:
    # A long document (the largest sample, 40 times: several seconds of extraction) under a 2 s
    # limit, loaded with a short one that extracts in milliseconds: the limit is wall-clock time,
    # so it leaves the short one room on a machine loaded ten times over.
    long_one = tmp_path / "long.txt"
    long_one.write_text((CORPUS / "003_c77e2318912434e6.txt").read_text() * 40)
    short_one = tmp_path / "short.txt"
    short_one.write_text(SAMPLE.read_text()[:3000])
    ctx = make_context()
    before = ctx.store.count()
    loader = loader_for(ctx)
    loader.limits = ReadLimits(max_extract_seconds=2, max_text_chars=16 * 2**20)
    results = {r.path.name: r for r in loader.load([long_one, short_one], workers=1)}
    assert results["short.txt"].ok
    failed = results["long.txt"]
    assert not failed.ok and failed.error is not None
    assert "over 2 s" in failed.error and "MANDATES_MAX_EXTRACT_SECONDS" in failed.error
    # Nothing of the long file is stored; the short one is, and the limit is off afterwards.
    stored = set(graphs_and_files(ctx))
    assert results["short.txt"].graph in stored and len(stored) == 1
    assert ctx.store.count() > before
    import signal

    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
