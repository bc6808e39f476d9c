"""The other side of `test_no_reference_interference.py`: every unseen organisation's reference
file loaded beside the sample corpus adds no fact the gold does not hold. UNFCCC's alias
"Conference of the Parties to the Convention" once made three of the UNTOC conference's sessions
meetings of the climate conference (the corpus's own "the Convention"): a name that only
describes is no evidence of its organisation (`loaders/extract/descriptive_names.py`).

The scorer sits beside the clone (`../shared/eval/`, or MANDATES_EVAL_DIR): without it this
skips on a developer's machine and fails in CI (`CI=true`)."""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
TOOL = ROOT / "scripts" / "reference_interference.py"


def test_every_unseen_organisations_reference_data_adds_the_corpus_no_fact() -> None:
    spec = importlib.util.spec_from_file_location("reference_interference", TOOL)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tool
    spec.loader.exec_module(tool)
    if not tool.SCORER.exists():
        message = f"no scorer at {tool.SCORER}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    shared = tool.EVAL_DIR
    documents = sorted((ROOT / "corpus").glob("*.txt"))
    gold = sorted((shared / "gold").glob("0*.jsonl"))
    keys = [shared / "gold" / "keys.json"]
    own = [shared / "dev" / "uncac.ttl"]
    every = [*own, *sorted(tool.UNSEEN.glob("*.ttl"))]
    work = Path(tempfile.mkdtemp())
    alone = tool.score(tool.export(documents, own), gold, keys, work)
    beside = tool.score(tool.export(documents, every), gold, keys, work)
    added = sorted(f"{src}: {fact}" for src in beside for fact in set(beside[src].extras) - set(alone[src].extras))
    assert sum(s.predicted for s in alone.values()) > 0
    assert not added, "corpus: facts the gold does not hold, added by the unseen reference data:\n" + "\n".join(added)
