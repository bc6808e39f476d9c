"""Extraction's output, file by file, kept and compared: speed work must not change a byte.

    .venv/bin/python bench/check_extraction_identical.py --save OUT/      # before a change
    .venv/bin/python bench/check_extraction_identical.py --compare OUT/   # after: exit 1 on a difference

Every document of the sample corpus, the eval's dev set, the unseen and the held-out sets
is extracted (with the reference data its folder ships, as the scorers load them) and its
named graph written as N-Triples, plus a synthetic corpus from bench/make_corpus.py (many
documents cut at other places). `--compare` extracts again and names every file whose
N-Triples differ from the saved ones, or that is missing on either side.

The layout and wording variants of the unseen documents (`scripts/vary_layouts.py --keep DIR`,
`scripts/vary_wording.py --keep DIR`) are checked too when their folders are named:

    .venv/bin/python scripts/vary_layouts.py --module office --no-original --keep /tmp/v-office
    .venv/bin/python bench/check_extraction_identical.py --save OUT/ --variants /tmp/v-office

(each variant's texts, under ``docs/`` or ``folder/``, with the reference data beside them or else
the unseen set's). ``--code ROOT`` extracts with the package of another checkout (a `git archive`
of main, say): a baseline made before a change without a second virtualenv.

With `--layouts`, every unseen document is also written as each tool of tests/variants' `office`
and `web_pdf` modules would save it (Word, antiword, LaTeX, stripped RTF, pdftotext -layout and
-raw, lynx, html2text; scripts/vary_layouts.py scores them) and each variant's set is extracted
with the unseen reference data: a change to `clean`'s layout detectors must leave those alone too.
Save and compare with the same flag.

It runs with a fixed ``PYTHONHASHSEED`` so that a comparison shows what a change did and never
which set order a run drew. Extraction no longer depends on it (a body given two preferred labels
is read the same in every process, tests/graph/test_reference.py; seeds 1 and 7 gave the same
177 files on 2026-12-05), but a new dependence would show here first as a difference between
two runs of the same code, so the seed stays fixed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASE = "https://w3id.org/mandate-graph/id/"
EVAL_DEV = ROOT.parent / "shared" / "eval" / "dev"


@dataclass(frozen=True)
class DocumentSet:
    """Documents of one folder, and the reference data files they load with."""

    name: str
    folder: Path
    reference: tuple[Path, ...]


def document_sets(synthetic: Path) -> list[DocumentSet]:
    def own_reference(folder: Path) -> tuple[Path, ...]:
        return tuple(sorted(folder.glob("*.ttl")))

    sets = [
        # ../shared/eval/score loads the sample corpus with the dev set's reference file
        DocumentSet("corpus", ROOT / "corpus", own_reference(EVAL_DEV)),
        DocumentSet("dev", EVAL_DEV, own_reference(EVAL_DEV)),
        DocumentSet("unseen", ROOT / "tests" / "data" / "unseen", own_reference(ROOT / "tests" / "data" / "unseen")),
        DocumentSet("holdout", ROOT / "tests" / "data" / "holdout", own_reference(ROOT / "tests" / "data" / "holdout")),
        DocumentSet("synthetic", synthetic, ()),
    ]
    return [s for s in sets if s.folder.is_dir()]


def variant_sets(kept: Path) -> list[DocumentSet]:
    """The variants a `vary_layouts.py` / `vary_wording.py` run kept under ``kept``."""
    unseen_reference = tuple(sorted((ROOT / "tests" / "data" / "unseen").glob("*.ttl")))
    sets = []
    # a variant's texts sit in its docs/ (layouts) or folder/ (wording; some in batches of their own)
    for folder in sorted(p for name in ("docs", "folder") for p in kept.rglob(name) if p.is_dir()):
        reference = tuple(sorted(folder.glob("*.ttl"))) or unseen_reference
        variant = "-".join(folder.parent.relative_to(kept).parts)
        sets.append(DocumentSet(f"variants-{kept.name}-{variant}", folder, reference))
    return sets


def layout_sets(root: Path) -> list[DocumentSet]:
    """Every unseen document as each office and web/PDF tool writes it, one folder per tool."""
    import importlib

    unseen = ROOT / "tests" / "data" / "unseen"
    reference = tuple(sorted(unseen.glob("*.ttl")))
    originals = {path.name: path.read_text(encoding="utf-8") for path in sorted(unseen.glob("*.txt"))}
    sets = []
    for module_name in ("office", "web_pdf"):
        module = importlib.import_module(f"tests.variants.{module_name}")
        for variant, vary in module.VARIANTS.items():
            folder = root / f"{module_name}-{variant}"
            folder.mkdir(parents=True, exist_ok=True)
            for name, text in originals.items():
                try:
                    varied = vary(text)
                except ValueError:  # a variant made for ordinary layouts may not take a table-only file
                    continue
                # newline="" keeps a variant's own line ends (Word's CR LF)
                with open(folder / name, "w", encoding="utf-8", newline="") as out:
                    out.write(varied)
            sets.append(DocumentSet(f"layout-{module_name}-{variant}", folder, reference))
    return sets


def extract_set(documents: DocumentSet) -> dict[str, str]:
    """File name -> the N-Triples of its named graph (or its error, prefixed ``ERROR``)."""
    from mandate_graph.graph.identifiers import Identifiers
    from mandate_graph.graph.reference import load_registry
    from mandate_graph.loaders.parallel import ExtractionJob, Extractor, default_graph_key

    extractor = Extractor(Identifiers(BASE), load_registry(BASE, documents.reference))
    out: dict[str, str] = {}
    for path in sorted(documents.folder.glob("*.txt")):
        done = extractor(ExtractionJob(path, default_graph_key(path)))
        out[path.name] = done.ntriples if done.result.ok else f"ERROR {done.result.error}\n"
    return out


def main(argv: list[str] | None = None) -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":  # the same set order in every run (see above)
        os.execve(sys.executable, [sys.executable, __file__, *sys.argv[1:]], {**os.environ, "PYTHONHASHSEED": "0"})
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, help="write every file's N-Triples under this folder")
    action.add_argument("--compare", type=Path, help="compare with the N-Triples saved under this folder")
    parser.add_argument("--synthetic-mb", type=float, default=1.0)
    parser.add_argument("--synthetic-files", type=int, default=60)
    parser.add_argument("--variants", type=Path, action="append", default=[], help="a folder vary_layouts/vary_wording --keep wrote")
    parser.add_argument("--code", type=Path, help="extract with the package of this checkout (its graph/, loaders/, ...)")
    parser.add_argument("--layouts", action="store_true",
                        help="also every unseen document in each tests/variants office and web_pdf layout")
    args = parser.parse_args(argv)
    if args.code is not None:
        from bench.bench_extraction import import_package_from

        import_package_from(args.code.resolve())

    from bench.make_corpus import make_corpus

    # Always the same folder: a file's graph records a digest of its full path.
    synthetic = Path(tempfile.gettempdir()) / "mandate-graph-identical" / "synthetic"
    make_corpus(synthetic, args.synthetic_mb, args.synthetic_files, seed=11)
    differences = checked = 0
    sets = document_sets(synthetic) + [v for kept in args.variants for v in variant_sets(kept)]
    if args.layouts:
        sets += layout_sets(synthetic.parent / "layouts")
    for documents in sets:
        for name, ntriples in extract_set(documents).items():
            checked += 1
            if args.save:
                target = args.save / documents.name / (name + ".nt")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(ntriples, encoding="utf-8")
                continue
            saved = args.compare / documents.name / (name + ".nt")
            if not saved.exists():
                print(f"{documents.name}/{name}: nothing saved to compare with")
                differences += 1
            elif saved.read_text(encoding="utf-8") != ntriples:
                old, new = saved.read_text(encoding="utf-8").splitlines(), ntriples.splitlines()
                print(f"{documents.name}/{name}: differs ({len(set(old) - set(new))} lines gone, "
                      f"{len(set(new) - set(old))} new)")
                differences += 1
    verb = "saved" if args.save else "compared"
    print(f"{checked} files {verb}; {differences} differ" if args.compare else f"{checked} files {verb}")
    return 1 if differences else 0


if __name__ == "__main__":
    raise SystemExit(main())
