#!/usr/bin/env python3
"""How extraction holds up when the unseen documents come in another tool's layout.

For each variant of a module of ``tests/variants/`` (``office``: Word, antiword, LaTeX,
stripped RTF; ``web_pdf``: pdftotext -layout and -raw, lynx, html2text) and each chosen unseen document, the variant's
text is written into a temporary folder under the document's own file name, loaded with the
unseen folder's reference data (*.ttl) exactly as tests/unseen_score.sh loads it, exported as
N-Quads and scored against the document's gold (*.jsonl, keys.json) with the shared scorer.
The original documents are loaded and scored the same way in the same run, as the figure each
variant is compared with.

    .venv/bin/python scripts/vary_layouts.py --module office
    .venv/bin/python scripts/vary_layouts.py --module office --variants word,latex --docs u3,u5 --per-doc
    .venv/bin/python scripts/vary_layouts.py --module office --variants rtf_stripped --show-miss --keep /tmp/v

Only for documents whose misses may be read (tests/data/unseen by default): never point
--folder at a held-out set with --show-miss.
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# Unseen documents in ordinary layouts (plain text, pdftotext with and without -layout, Word
# text): the layouts users re-save from office tools.
DEFAULT_DOCS = (
    "u3", "u5", "u7", "u8", "u9", "u10", "u11", "u14", "u16", "u18", "u19", "u27", "u33",
    "u51", "u54", "u57", "u60", "u62",
)


def _document(folder: Path, src: str) -> Path:
    matches = sorted(folder.glob(f"{src}_*.txt"))
    if not matches:
        raise SystemExit(f"no document {src}_*.txt in {folder}")
    return matches[0]


def _mandates() -> str:
    own = ROOT / ".venv" / "bin" / "mandates"
    return str(own) if own.exists() else "mandates"


def _eval_dir() -> Path:
    return Path(os.environ.get("MANDATES_EVAL_DIR", ROOT.parent / "shared" / "eval"))


def score(texts: dict[str, str], folder: Path, work: Path, show_miss: bool) -> dict[str, object]:
    """Load the texts (file name -> text) with the folder's reference data and score them
    against their gold; the scorer's report (by_src, miss, extra)."""
    docs = work / "docs"
    docs.mkdir(parents=True)
    for name, text in texts.items():
        # newline="" keeps a variant's own line ends (Word's CR LF)
        with open(docs / name, "w", encoding="utf-8", newline="") as out:
            out.write(text)
    refs: list[str] = []
    for ttl in sorted(folder.glob("*.ttl")):
        refs += ["--reference", str(ttl)]
    store = work / "store"
    load = subprocess.run([_mandates(), "--store", str(store), *refs, "load", str(docs)],
                          capture_output=True, text=True)
    if load.returncode != 0:
        raise SystemExit(f"load failed in {work}:\n{load.stdout[-2000:]}{load.stderr[-2000:]}")
    export = work / "export.nq"
    with open(export, "w", encoding="utf-8") as out:
        subprocess.run([_mandates(), "--store", str(store), "export", "--format", "nquads"],
                       stdout=out, check=True)
    srcs = sorted(name.split("_", 1)[0] for name in texts)
    gold = [str(_gold(folder, src)) for src in srcs]
    report = work / "report.json"
    eval_dir = _eval_dir()
    command = [sys.executable, str(eval_dir / "score_gold.py"), str(export), *gold,
               "--keys", str(eval_dir / "gold" / "keys.json"), "--keys", str(folder / "keys.json"),
               "--json", str(report)]
    if show_miss:
        command.append("--show-miss")
    shown = subprocess.run(command, capture_output=True, text=True, check=True)
    if show_miss:
        print("\n".join(line for line in shown.stdout.splitlines() if line.startswith("  MISS")))
    result: dict[str, object] = json.loads(report.read_text(encoding="utf-8"))
    return result


def _gold(folder: Path, src: str) -> Path:
    return folder / (_document(folder, src).stem + ".jsonl")


def totals(report: dict[str, object]) -> tuple[int, int, int, int]:
    """found, gold, predicted right, predicted"""
    by_src = report["by_src"]
    assert isinstance(by_src, dict)
    found = sum(r["strict"] for r in by_src.values())
    gold = sum(r["gold"] for r in by_src.values())
    predicted = sum(r["pred"] for r in by_src.values())
    extra = sum(r["extra"] for r in by_src.values())
    return found, gold, predicted - extra, predicted


def _row(name: str, report: dict[str, object]) -> str:
    found, gold, right, predicted = totals(report)
    return (f"{name:<18} {found:>4}/{gold:<4} = {found / max(gold, 1):.3f}   "
            f"precision {right}/{predicted} = {right / max(predicted, 1):.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--module", default="office", help="tests.variants.<module> (office, web_pdf)")
    ap.add_argument("--variants", help="comma-separated names of the module's VARIANTS (default: all)")
    ap.add_argument("--docs", help="comma-separated src prefixes (default: the module's DEFAULT_DOCS, else %s)" % ",".join(DEFAULT_DOCS))
    ap.add_argument("--folder", default=str(ROOT / "tests" / "data" / "unseen"))
    ap.add_argument("--no-original", action="store_true", help="skip the originals' figure")
    ap.add_argument("--per-doc", action="store_true", help="found/gold of each document per variant")
    ap.add_argument("--show-miss", action="store_true", help="the scorer's misses (unseen documents only)")
    ap.add_argument("--keep", help="keep the variant texts, stores and reports in this folder")
    ap.add_argument("--json", help="write {variant: {found, gold, right, predicted, by_src}} here")
    a = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    module = importlib.import_module(f"tests.variants.{a.module}")
    variants = dict(module.VARIANTS)
    if a.variants:
        unknown = [v for v in a.variants.split(",") if v not in variants]
        if unknown:
            raise SystemExit(f"no variant {', '.join(unknown)} in {a.module} (has {', '.join(variants)})")
        variants = {v: variants[v] for v in a.variants.split(",")}
    folder = Path(a.folder).resolve()
    # a module may name the documents its layouts are measured on (web_pdf: E55's eighteen)
    srcs = a.docs.split(",") if a.docs else list(getattr(module, "DEFAULT_DOCS", DEFAULT_DOCS))
    originals = {_document(folder, src).name: _document(folder, src).read_text(encoding="utf-8") for src in srcs}
    # a source or data file (XML, JSON, CSV, RTF or LaTeX source, ...) is no document's text a
    # converter lays out: left out, with its format named (tests/variants/sources.py)
    from tests.variants.sources import source_format
    left_out = {file.split("_")[0]: fmt for file, text in originals.items() if (fmt := source_format(text))}
    originals = {file: text for file, text in originals.items() if file.split("_")[0] not in left_out}
    srcs = [src for src in srcs if src not in left_out]

    base = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="vary-layouts-"))
    if a.keep and base.exists():
        shutil.rmtree(base)
    runs: dict[str, dict[str, object]] = {}
    try:
        if not a.no_original:
            runs["original"] = score(originals, folder, base / "original", False)
        for name, vary in variants.items():
            texts = {file: vary(text) for file, text in originals.items()}
            if a.show_miss:
                print(f"== {name} misses")
            runs[name] = score(texts, folder, base / name, a.show_miss)
    finally:
        if not a.keep:
            shutil.rmtree(base, ignore_errors=True)

    print(f"== {a.module}: {len(srcs)} documents of {folder.name}")
    if left_out:
        print("left out (source or data files, no document's text): "
              + ", ".join(f"{src} ({fmt})" for src, fmt in left_out.items()))
    for name, report in runs.items():
        print(_row(name, report))
    if a.per_doc:
        print_per_doc(runs, srcs, width=14, absent="0/0")
    if a.json:
        write_summary(runs, Path(a.json))
    return 0


def print_per_doc(runs: dict[str, Any], srcs: list[str], width: int, absent: str) -> None:
    """One line per document: found/gold in each run (``absent`` where a run left it out)."""
    print("doc   " + " ".join(f"{n[:width]:>{width}}" for n in runs))
    for src in srcs:
        cells = []
        for run in runs.values():
            by_src = run["by_src"]
            assert isinstance(by_src, dict)
            r = by_src.get(src)
            cells.append((f"{r['strict']:>3}/{r['gold']:<3}" if r else absent).rjust(width))
        print(f"{src:<5} " + " ".join(cells))


def write_summary(runs: dict[str, Any], path: Path) -> None:
    """Each run's totals and per-document figures, as JSON (the scored tests read it)."""
    summary = {n: dict(zip(("found", "gold", "right", "predicted"), totals(r)), by_src=r["by_src"])
               for n, r in runs.items()}
    path.write_text(json.dumps(summary, indent=1), encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
