#!/usr/bin/env python3
"""Extraction measured on the unseen documents rewritten as other tools would output them.

For each variant of a variants module (tests/variants/<module>.py, VARIANTS: name -> function
turning a plain document text into the same document in another tool's layout) and each chosen
unseen document, writes the variant text under the document's own file name into a temp folder,
loads the folder into a fresh store with the unseen folder's reference data (*.ttl) exactly as
tests/unseen_score.sh does, scores the export against the documents' gold with the shared scorer,
and prints variant -> found/gold and precision beside the original documents in the same run.

    .venv/bin/python scripts/vary_layouts_web.py --module web_pdf [--variants lynx,html2text] [--docs u3,u51]
        [--show-miss] [--keep DIR] [--json FILE] [--jobs 2]

The documents must stay unseen-set documents: never point this at tests/data/holdout*.
"""
from __future__ import annotations

import argparse
import importlib
import json
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "tests" / "data" / "unseen"
EVAL = ROOT.parent / "shared" / "eval"

# Documents in ordinary layouts (Word plain text, plain text, pdftotext, PDF copied as text,
# pandoc plain, a web page copied as text), about 45 gold facts each.
DOCS = ["u1", "u2", "u3", "u5", "u6", "u7", "u8", "u9", "u11", "u16", "u17", "u27", "u33",
        "u50", "u51", "u57", "u60", "u62"]


def document_files(prefixes: list[str]) -> list[Path]:
    found = []
    for prefix in prefixes:
        matches = sorted(UNSEEN.glob(f"{prefix}_*.txt"))
        if len(matches) != 1:
            sys.exit(f"no single unseen document for {prefix}: {matches}")
        found.append(matches[0])
    return found


def mandates_command() -> str:
    local = ROOT / ".venv" / "bin" / "mandates"
    return str(local) if local.exists() else "mandates"


def score_variant(name: str, texts: dict[Path, str], work: Path, show_miss: bool) -> dict:
    folder = work / name
    docs = folder / "docs"
    docs.mkdir(parents=True)
    for path, text in texts.items():
        (docs / path.name).write_text(text, encoding="utf-8")
    refs = [arg for ttl in sorted(UNSEEN.glob("*.ttl")) for arg in ("--reference", str(ttl))]
    store = folder / "store"
    load = subprocess.run([mandates_command(), "--store", str(store), *refs, "load", str(docs)],
                          capture_output=True, text=True)
    if load.returncode != 0:
        return {"name": name, "error": (load.stdout + load.stderr)[-800:]}
    export = folder / "export.nq"
    with export.open("w", encoding="utf-8") as out:
        subprocess.run([mandates_command(), "--store", str(store), "export", "--format", "nquads"],
                       stdout=out, check=True)
    golds = [str(p.with_suffix(".jsonl")) for p in texts]
    report = folder / "score.json"
    scored = subprocess.run(
        [sys.executable, str(EVAL / "score_gold.py"), str(export), *golds,
         "--keys", str(EVAL / "gold" / "keys.json"), "--keys", str(UNSEEN / "keys.json"),
         "--json", str(report), *(["--show-miss", "--show-extra"] if show_miss else [])],
        capture_output=True, text=True, check=True)
    result = json.loads(report.read_text(encoding="utf-8"))
    by_src = result["by_src"]
    return {"name": name, "found": sum(r["strict"] for r in by_src.values()),
            "gold": sum(r["gold"] for r in by_src.values()),
            "pred": sum(r["pred"] for r in by_src.values()),
            "extra": sum(r["extra"] for r in by_src.values()),
            "by_src": {s: r["strict"] for s, r in by_src.items()},
            "detail": scored.stdout if show_miss else ""}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--module", required=True, help="tests.variants.<module>, e.g. web_pdf or office")
    ap.add_argument("--variant", action="append", help="only this variant (repeatable)")
    ap.add_argument("--variants", help="only these variants, comma-separated (as scripts/vary_layouts.py)")
    ap.add_argument("--docs", help="comma-separated unseen prefixes (default: the ordinary-layout set)")
    ap.add_argument("--show-miss", action="store_true", help="print each variant's misses and extras")
    ap.add_argument("--keep", help="write the variant folders here instead of a temp folder")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--json", help="write {variant: {found, gold, predicted, extra, by_src}} here")
    a = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    variants = importlib.import_module(f"tests.variants.{a.module}").VARIANTS
    names = [*(a.variant or []), *(a.variants.split(",") if a.variants else [])] or list(variants)
    paths = document_files(a.docs.split(",") if a.docs else DOCS)
    originals = {p: p.read_text(encoding="utf-8") for p in paths}
    sets = {"original": originals}
    for name in names:
        sets[name] = {p: variants[name](t) for p, t in originals.items()}
    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="vary-"))
    if a.keep and work.exists():
        shutil.rmtree(work)
    try:
        with ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
            results = list(pool.map(lambda kv: score_variant(kv[0], kv[1], work, a.show_miss), sets.items()))
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    if a.json:
        Path(a.json).write_text(json.dumps({r["name"]: {k: v for k, v in r.items() if k not in ("name", "detail")}
                                            for r in results}, indent=1), encoding="utf-8")
    base = results[0]
    print(f"{len(paths)} documents: {','.join(p.name.split('_')[0] for p in paths)}")
    print(f"{'variant':<16} {'found/gold':>11} {'recall':>7} {'precision':>15}  lost against the original")
    for r in results:
        if "error" in r:
            print(f"{r['name']:<16} load failed: {r['error']}")
            continue
        kept = r["pred"] - r["extra"]
        lost = ", ".join(f"{s} -{base['by_src'][s] - n}" for s, n in r["by_src"].items()
                         if "by_src" in base and base["by_src"].get(s, 0) > n)
        print(f"{r['name']:<16} {r['found']:>5}/{r['gold']:<5} {r['found'] / max(r['gold'], 1):>7.3f}"
              f" {kept:>5}/{r['pred']:<5} {kept / max(r['pred'], 1):.3f}  {lost}")
        if r["detail"]:
            print(r["detail"])


if __name__ == "__main__":
    main()
