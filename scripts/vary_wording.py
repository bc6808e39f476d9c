#!/usr/bin/env python3
"""How extraction holds up when the unseen documents are worded as other documents of their kind.

For each variant of tests/variants/wording.py (years, sessions, places, operative, citing) and each
chosen unseen document, the document's text AND its gold are reworded together (tests/variants/
wording.py), the reworded gold is checked as tests/data/unseen/check_gold.py checks it, and the
documents are loaded with the unseen folder's reference data and scored with the shared scorer
exactly as scripts/vary_layouts.py scores a layout (its `score`). The originals are scored in the
same run. A document whose reworded gold does not check is left out of that variant and named.

    .venv/bin/python scripts/vary_wording.py
    .venv/bin/python scripts/vary_wording.py --variants sessions,operative --docs u3,u5 --per-doc
    .venv/bin/python scripts/vary_wording.py --variants places --show-miss --keep /tmp/w

Only for documents whose misses may be read (tests/data/unseen by default): never point
--folder at a held-out set with --show-miss.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from tests.variants import wording  # noqa: E402
from vary_layouts import _document, print_per_doc, score, totals, write_summary  # noqa: E402


def variant_folder(folder: Path, srcs: list[str], variant: str | None, out: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Write the reworded documents, their gold, the reference data and keys.json into `out`;
    the texts written (file name -> text) and the documents left out with their problems."""
    out.mkdir(parents=True)
    for ttl in folder.glob("*.ttl"):
        shutil.copy(ttl, out / ttl.name)
    names: dict[str, list[str]] = json.loads((folder / "keys.json").read_text(encoding="utf-8"))
    texts: dict[str, str] = {}
    left_out: dict[str, list[str]] = {}
    for src in srcs:
        doc = _document(folder, src)
        text = doc.read_text(encoding="utf-8")
        gold = wording.read_gold(doc.with_suffix(".jsonl"))
        if variant is not None:
            text, gold, rewording = wording.reworded(text, gold, variant)
            problems = wording.gold_problems(text, gold, src)
            if problems:
                left_out[src] = problems
                continue
            # a body the document names with a changed word keeps its key under the new name
            for key, key_names in names.items():
                key_names += [n for n in map(rewording.text, key_names) if n not in key_names]
        texts[doc.name] = text
        (out / doc.name).write_text(text, encoding="utf-8")
        (out / doc.with_suffix(".jsonl").name).write_text(
            "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in gold), encoding="utf-8")
    (out / "keys.json").write_text(json.dumps(names, indent=1, ensure_ascii=False), encoding="utf-8")
    return texts, left_out


def _reference(folder: Path) -> wording.Reference:
    names: dict[str, list[str]] = json.loads((ROOT.parent / "shared" / "eval" / "gold" / "keys.json").read_text(encoding="utf-8")) \
        if (ROOT.parent / "shared" / "eval" / "gold" / "keys.json").exists() else {}
    names.update(json.loads((folder / "keys.json").read_text(encoding="utf-8")))
    ttl = {t.name: t.read_text(encoding="utf-8") for t in sorted(folder.glob("*.ttl"))}
    return wording.Reference(names, ttl, wording.shipped_labels(ROOT))


def reference_variant(folder: Path, srcs: list[str], variant: str, out: Path,
                      show_miss: bool) -> tuple[dict[str, object], dict[str, list[str]], dict[str, dict[str, str]]]:
    """A variant that renames a document's own body in its text, gold AND the reference data.
    The reference data is shared by the documents loaded together, so the documents are loaded in
    batches in which no document names (in its text) a body another one of the batch renames; each
    batch gets its own copy of the .ttl files with the renamings of its documents. The scorer's
    report of all batches, the documents left out, and each document's table (old -> new)."""
    reference = _reference(folder)
    prepared: list[tuple[str, str, list[dict[str, object]], dict[str, str], str]] = []
    left_out: dict[str, list[str]] = {}
    tables: dict[str, dict[str, str]] = {}
    prefix_keys: dict[str, dict[str, str]] = {}
    topics: dict[str, str] = {}
    bodies: dict[str, wording.OwnBody | None] = {}
    for src in srcs:
        doc = _document(folder, src)
        text = doc.read_text(encoding="utf-8")
        gold = wording.read_gold(doc.with_suffix(".jsonl"))
        body, table, why = wording.body_table(gold, reference, variant)
        if why:
            left_out[src] = [why]
            continue
        new_text, new_gold, _ = wording.reworded(
            text, gold, variant, wording.rename_with(table, wording.prefix_keys(body, table, variant)))
        problems = wording.gold_problems(new_text, new_gold, src)
        if new_text == text:
            problems = ["the text names its own body by none of the names changed"]
        if problems:
            left_out[src] = problems
            continue
        tables[src] = table
        prepared.append((src, doc.name, new_gold, table, new_text))
        prefix_keys[src] = wording.prefix_keys(body, table, variant)
        bodies[src] = body
        topics[src] = wording.invented_body(body)[3] if body is not None and variant == "bodies" else "\0"
    batches: list[list[int]] = []  # indices into `prepared`
    for i, (_, _, _, table, _) in enumerate(prepared):
        original = _document(folder, prepared[i][0]).read_text(encoding="utf-8")
        for batch in batches:
            clash = False
            for j in batch:
                other_table = prepared[j][3]
                other_text = _document(folder, prepared[j][0]).read_text(encoding="utf-8")
                if other_table == table:
                    continue
                # two bodies renamed alike (two committees "on Coastal Resilience") would be one
                if any(a in b or b in a for a in table.values() for b in other_table.values()) or \
                        any(topics[prepared[i][0]] in v for v in other_table.values()) or \
                        any(topics[prepared[j][0]] in v for v in table.values()) or \
                        any(old in original for old in other_table if old not in table) or \
                        any(old in other_text for old in table if old not in other_table):
                    clash = True
                    break
            if not clash:
                batch.append(i)
                break
        else:
            batches.append([i])
    by_src: dict[str, object] = {}
    for n, batch in enumerate(batches):
        sub = out / f"batch{n}" / "folder"
        sub.mkdir(parents=True)
        names = {k: list(v) for k, v in json.loads((folder / "keys.json").read_text(encoding="utf-8")).items()}
        ttl = dict(reference.ttl)
        texts: dict[str, str] = {}
        for i in batch:
            src, file_name, gold, table, text = prepared[i]
            own = bodies[src]
            ttl = {name: wording.reference_sub(table, own, prefix_keys[src])(t) for name, t in ttl.items()}
            if variant == "bodies" and own is not None and own.ttl_file in ttl:
                ttl[own.ttl_file] = wording.with_numbering(ttl[own.ttl_file], own, wording.shipped_numbering(own, ROOT))
            rename = wording.rename_with(table, prefix_keys[src])
            for key_names in names.values():
                key_names += [n for n in map(rename.text, key_names) if n not in key_names]
            body = wording.own_body(wording.read_gold(_document(folder, src).with_suffix(".jsonl")), reference)
            if body is not None:
                extra = [rename.text(nm) for nm in (body.pref_label, *body.names)]
                names.setdefault(body.key, list(reference.names.get(body.key, [])))
                names[body.key] += [nm for nm in extra if nm not in names[body.key]]
            texts[file_name] = text
            (sub / file_name).write_text(text, encoding="utf-8")
            (sub / (Path(file_name).stem + ".jsonl")).write_text(
                "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in gold), encoding="utf-8")
        for name, t in ttl.items():
            (sub / name).write_text(t, encoding="utf-8")
        (sub / "keys.json").write_text(json.dumps(names, indent=1, ensure_ascii=False), encoding="utf-8")
        report = score(texts, sub, out / f"batch{n}" / "run", show_miss)
        batch_by_src = report["by_src"]
        assert isinstance(batch_by_src, dict)
        by_src.update(batch_by_src)
    return {"by_src": by_src}, left_out, tables


def _row(name: str, report: dict[str, object], base: dict[str, object] | None) -> str:
    found, gold, right, predicted = totals(report)
    line = (f"{name:<11} {found:>4}/{gold:<4} = {found / max(gold, 1):.3f}   "
            f"precision {right}/{predicted} = {right / max(predicted, 1):.3f}")
    if base is not None:
        srcs = set(report["by_src"])  # type: ignore[arg-type]
        by_src = base["by_src"]
        assert isinstance(by_src, dict)
        o_found = sum(r["strict"] for s, r in by_src.items() if s in srcs)
        o_right = sum(r["pred"] - r["extra"] for s, r in by_src.items() if s in srcs)
        o_pred = sum(r["pred"] for s, r in by_src.items() if s in srcs)
        line += f"   (originals of the same documents {o_found}, precision {o_right}/{o_pred})"
    return line


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--variants", help="comma-separated names of wording.VARIANTS (default: all)")
    ap.add_argument("--docs", help="comma-separated src prefixes (default: wording.DEFAULT_DOCS)")
    ap.add_argument("--folder", default=str(ROOT / "tests" / "data" / "unseen"))
    ap.add_argument("--per-doc", action="store_true", help="found/gold of each document per variant")
    ap.add_argument("--show-miss", action="store_true", help="the scorer's misses (unseen documents only)")
    ap.add_argument("--show-tables", action="store_true", help="bodies/prefix: each document's renamings")
    ap.add_argument("--keep", help="keep the variant folders, stores and reports here")
    ap.add_argument("--json", help="write {variant: {found, gold, right, predicted, by_src}} here")
    a = ap.parse_args(argv)

    known = [*wording.VARIANTS, *wording.REFERENCE_VARIANTS]
    names = a.variants.split(",") if a.variants else known
    unknown = [n for n in names if n not in known]
    if unknown:
        raise SystemExit(f"no variant {', '.join(unknown)} (has {', '.join(known)})")
    folder = Path(a.folder).resolve()
    srcs = a.docs.split(",") if a.docs else list(wording.DEFAULT_DOCS)
    if a.docs == "all":
        srcs = sorted({p.name.split("_", 1)[0] for p in folder.glob("u*_*.txt")}, key=lambda s: int(s[1:]))
    base = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="vary-wording-"))
    if a.keep and base.exists():
        shutil.rmtree(base)
    runs: dict[str, dict[str, object]] = {}
    skipped: dict[str, dict[str, list[str]]] = {}
    try:
        for name in ["original", *names]:
            if name in wording.REFERENCE_VARIANTS:
                if a.show_miss:
                    print(f"== {name} misses")
                runs[name], skipped[name], tables = reference_variant(
                    folder, srcs, name, base / name, a.show_miss)
                if a.show_tables:
                    for src, table in tables.items():
                        print(f"  {name} {src}: " + "; ".join(f"{o!r} -> {n!r}" for o, n in table.items()))
                continue
            texts, left_out = variant_folder(folder, srcs, None if name == "original" else name,
                                             base / name / "folder")
            skipped[name] = left_out
            if a.show_miss and name != "original":
                print(f"== {name} misses")
            runs[name] = score(texts, base / name / "folder", base / name / "run",
                               a.show_miss and name != "original")
    finally:
        if not a.keep:
            shutil.rmtree(base, ignore_errors=True)

    print(f"== wording: {len(srcs)} documents of {folder.name}")
    for name, report in runs.items():
        print(_row(name, report, None if name == "original" else runs["original"]))
        for src, problems in skipped[name].items():
            if re.match(r"\d+: ", problems[0]):
                print(f"    left out {src}: {len(problems)} gold rows do not check, e.g. {problems[0]}")
            else:
                print(f"    left out {src}: {problems[0]}")
    if a.per_doc:
        print_per_doc(runs, srcs, width=11, absent="-")
    if a.json:
        write_summary(runs, Path(a.json))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
