"""Two unseen documents saved by three office tools (scripts/vary_layouts.py): each variant finds
nearly what the originals find in the same run, scored by the shared scorer against the gold.

Slower than a unit test (four loads with the command line); it needs ../shared/eval beside the
clone (or MANDATES_EVAL_DIR) and skips without it, failing instead in CI as the quality guard does."""

from __future__ import annotations

import json
from pathlib import Path

from tests.variants import need_the_scorer, runner


def test_word_antiword_and_stripped_rtf_find_what_the_originals_find(tmp_path: Path) -> None:
    need_the_scorer()
    summary = tmp_path / "summary.json"
    # u5: pdftotext -layout; u57: Word's plain text with tables
    runner("vary_layouts").main(["--module", "office", "--variants", "word_unnumbered,antiword,rtf_stripped",
                                 "--docs", "u5,u57", "--json", str(summary)])
    figures = json.loads(summary.read_text(encoding="utf-8"))
    original = figures["original"]
    for name in ("word_unnumbered", "antiword", "rtf_stripped"):
        variant = figures[name]
        assert variant["gold"] == original["gold"]
        assert variant["found"] >= original["found"] - 2, (name, variant["found"], original["found"])
        assert variant["right"] >= variant["predicted"] - 2, (name, variant)
