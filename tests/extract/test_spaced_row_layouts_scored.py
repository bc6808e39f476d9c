"""Tables under pdftotext -raw's rows and lynx's columns (E91; scripts/vary_layouts.py): u85's,
u96's and u98's decisions tables, a row on one line with a single space between its cells (a
wrapped title's further line and the date below it), find what the originals find, and u31, a
draft numbered in its margin, finds under a PDF layout what it finds as it is. Before, u96 lost 6
facts under pdf_raw_rows and lynx, u98 9, u85 8 under pdf_raw_rows, u31 31.

Slower than a unit test (loads with the command line, about half a minute); it needs
../shared/eval beside the clone (or MANDATES_EVAL_DIR) and skips without it, failing instead in CI
as the quality guard does."""

from __future__ import annotations

import json
from pathlib import Path

from tests.variants import need_the_scorer, runner


def test_single_space_rows_find_what_the_originals_find(tmp_path: Path) -> None:
    need_the_scorer()
    summary = tmp_path / "summary.json"
    docs = ("u31", "u85", "u96", "u98")
    variants = ("pdf_raw_rows", "lynx")
    runner("vary_layouts").main(["--module", "web_pdf", "--variants", ",".join(variants),
                                 "--docs", ",".join(docs), "--json", str(summary)])
    figures = json.loads(summary.read_text(encoding="utf-8"))
    original = figures["original"]
    for name in variants:
        variant = figures[name]
        for src in docs:
            assert variant["by_src"][src]["strict"] >= original["by_src"][src]["strict"], (name, src)
        assert variant["predicted"] <= original["predicted"] + 1, (name, variant)


def test_source_files_are_left_out_by_name(tmp_path: Path) -> None:
    need_the_scorer()
    summary = tmp_path / "summary.json"
    runner("vary_layouts").main(["--module", "office", "--variants", "word", "--docs", "u5,u36",
                                 "--no-original", "--json", str(summary)])
    figures = json.loads(summary.read_text(encoding="utf-8"))
    assert set(figures["word"]["by_src"]) == {"u5"}  # u36, a JSON record, left out
