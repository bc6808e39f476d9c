"""Two unseen documents saved by three office tools (scripts/vary_layouts.py): each variant finds
nearly what the originals find in the same run, scored by the shared scorer against the gold.

Slower than a unit test (four loads with the command line); it needs ../shared/eval beside the
clone (or MANDATES_EVAL_DIR) and skips without it, failing instead in CI as the quality guard does."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EVAL_DIR = Path(os.environ.get("MANDATES_EVAL_DIR") or ROOT.parent / "shared" / "eval")


def _runner():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("vary_layouts", ROOT / "scripts" / "vary_layouts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_word_antiword_and_stripped_rtf_find_what_the_originals_find(tmp_path: Path) -> None:
    mandates = ROOT / ".venv" / "bin" / "mandates"
    if not (EVAL_DIR / "score_gold.py").exists() or not (mandates.exists() or shutil.which("mandates")):
        message = f"needs the shared scorer at {EVAL_DIR} and the mandates command"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    summary = tmp_path / "summary.json"
    # u5: pdftotext -layout; u57: Word's plain text with tables
    _runner().main(["--module", "office", "--variants", "word_unnumbered,antiword,rtf_stripped",
                    "--docs", "u5,u57", "--json", str(summary)])
    figures = json.loads(summary.read_text(encoding="utf-8"))
    original = figures["original"]
    for name in ("word_unnumbered", "antiword", "rtf_stripped"):
        variant = figures[name]
        assert variant["gold"] == original["gold"]
        assert variant["found"] >= original["found"] - 2, (name, variant["found"], original["found"])
        assert variant["right"] >= variant["predicted"] - 2, (name, variant)
