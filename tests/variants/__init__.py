"""Variants of the unseen documents (other layouts, other wording, other bodies), with the gold
carried over, and what their scored tests share: the runner scripts and the shared scorer."""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
EVAL_DIR = Path(os.environ.get("MANDATES_EVAL_DIR") or ROOT.parent / "shared" / "eval")


def runner(name: str) -> ModuleType:
    """scripts/<name>.py (`vary_layouts`, `vary_wording`), imported as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def need_the_scorer() -> None:
    """Skip a scored test without ../shared/eval (or MANDATES_EVAL_DIR) and the mandates command;
    in CI, fail instead, as the quality guard does."""
    mandates = ROOT / ".venv" / "bin" / "mandates"
    if not (EVAL_DIR / "score_gold.py").exists() or not (mandates.exists() or shutil.which("mandates")):
        message = f"needs the shared scorer at {EVAL_DIR} and the mandates command"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
