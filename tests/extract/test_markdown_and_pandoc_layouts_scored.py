"""Markdown and pandoc documents under the layout variants (E84; scripts/vary_layouts.py): a Word,
antiword or RTF file of a Markdown document (u97, u104) and a PDF or html2text page of a pandoc text
with a multiline table (u98) find what the originals find, once the variants render the Markdown
and read the pandoc table back as rows as the tools they imitate would (tests/variants/markdown.py,
web_pdf.pandoc_tables). Before, u98 lost 9 facts under both layouts and u104 6 under antiword and
RTF.

Slower than a unit test (loads with the command line, about half a minute); it needs
../shared/eval beside the clone (or MANDATES_EVAL_DIR) and skips without it, failing instead in CI
as the quality guard does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.variants import need_the_scorer, runner


@pytest.mark.parametrize(("module", "variants", "docs"), [
    ("office", ("word_unnumbered", "antiword", "rtf_stripped"), ("u97", "u104")),
    ("web_pdf", ("pdf_layout", "html2text"), ("u98",)),
])
def test_rendered_markdown_and_pandoc_tables_find_what_the_originals_find(
        module: str, variants: tuple[str, ...], docs: tuple[str, ...], tmp_path: Path) -> None:
    need_the_scorer()
    summary = tmp_path / "summary.json"
    runner("vary_layouts").main(["--module", module, "--variants", ",".join(variants),
                                 "--docs", ",".join(docs), "--json", str(summary)])
    figures = json.loads(summary.read_text(encoding="utf-8"))
    original = figures["original"]
    for name in variants:
        variant = figures[name]
        for src in docs:
            assert variant["by_src"][src]["strict"] >= original["by_src"][src]["strict"], (name, src)
        assert variant["right"] >= original["right"] - 1 and variant["predicted"] <= original["predicted"] + 1, (name, variant)
