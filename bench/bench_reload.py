"""A nightly reload: `mandates load` of a folder loaded before, unchanged or with one file
changed, as a ratio against the first load of that folder in the same run.

    .venv/bin/python bench/bench_reload.py [--mb 2.8] [--files 40] [--repeat 3] [--held] [--against DIR]

On a synthetic corpus (bench/make_corpus.py), each load is the command as a user runs it
(`mandates load --workers 1 FOLDER`, a process of its own; its CPU with its children's), on
the same store one after the other:

1. the first load of the folder (a fresh store; with ``--held``, a copy of a store holding the
   sample corpus with every view a server's start builds, so the views' update is counted);
2. the same folder again, unchanged (target: under 0.1x the first load's CPU);
3. the folder with one file changed (a paragraph added);
4. the same folder with ``--force``: every file read, extracted and written again (what every
   reload cost before unchanged files were skipped).

``--against DIR``: the same loads with DIR's code too (a folder whose ``mandate_graph`` is
other code, e.g. a link to an extracted ``git archive main``), interleaved; DIR's code has no
``--force`` (its second load is that already). Medians of ``--repeat`` runs; CPU seconds are
the work itself, wall times are noisy on a shared machine.
"""

from __future__ import annotations

import argparse
import atexit
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASE = "https://w3id.org/mandate-graph/id/"
LOADS = ("first", "unchanged", "one changed", "--force")


def user_load(folder: Path, store: Path, code: str | None, *extra: str) -> dict:
    """`mandates load --workers 1 FOLDER` in a process of its own: CPU s (its children's
    included), wall s and its summary line."""
    command = [sys.executable, "-m", "mandate_graph.cli", "--store", str(store), "--base-iri", BASE,
               "load", "--workers", "1", *extra, str(folder)]
    env = {**os.environ, "COLUMNS": "250", **({"PYTHONPATH": code} if code else {})}
    before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    seconds, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        raise SystemExit(f"mandates load failed (exit {done.returncode}): {done.stdout[-1000:]}{done.stderr[-2000:]}")
    lines = done.stdout.splitlines()
    summary = next((line for line in reversed(lines) if " loaded, " in line), "")
    views = next((line for line in lines if line.startswith("views beside the store")), "")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {"cpu": cpu, "seconds": seconds, "summary": summary, "views": views}


def change_one_file(folder: Path) -> Path:
    """A paragraph added to the folder's middle file (a real change: its graph is other)."""
    changed = sorted(folder.iterdir())[len(list(folder.iterdir())) // 2]
    with open(changed, "a", encoding="utf-8") as out:
        out.write("\n\nThe Conference decided to consider the matter again at its next session.\n")
    return changed


def reload_runs(corpus: Path, scratch: Path, attempt: int, code_name: str, code: str | None,
                held: Path | None) -> dict[str, dict]:
    """The four loads of one attempt, on one store, with ``code`` (None: this code)."""
    folder, store = scratch / f"{code_name}-folder-{attempt}", scratch / f"{code_name}-store-{attempt}"
    shutil.copytree(corpus, folder)
    if held is not None:
        shutil.copytree(held, store)
    figures = {"first": user_load(folder, store, code), "unchanged": user_load(folder, store, code)}
    change_one_file(folder)
    figures["one changed"] = user_load(folder, store, code)
    if code is None:
        figures["--force"] = user_load(folder, store, code, "--force")
    shutil.rmtree(store, ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)
    return figures


def median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def report(code_name: str, runs: list[dict[str, dict]], mb: float) -> None:
    print(f"\n{code_name}: CPU s of `mandates load --workers 1` (median; single runs), ratio to the first load of the same run")
    for load in LOADS:
        if load not in runs[0]:
            continue
        cpu = [r[load]["cpu"] for r in runs]
        ratios = [r[load]["cpu"] / r["first"]["cpu"] for r in runs]
        wall = [r[load]["seconds"] for r in runs]
        target = "  (target < 0.1)" if load == "unchanged" else ""
        print(f"  {load:<12} {median(cpu):7.2f} CPU s ({', '.join(f'{c:.2f}' for c in cpu)}); "
              f"wall {median(wall):6.2f} s; ratio {median(ratios):5.3f} ({', '.join(f'{x:.3f}' for x in ratios)}){target}")
    last = runs[-1]
    for load in LOADS:
        if load in last:
            print(f"    {load:<12} {last[load]['summary']}" + (f"  | {last[load]['views']}" if last[load]["views"] else ""))
    print(f"  first load: {mb / median([r['first']['cpu'] for r in runs]):.2f} MB per CPU s")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=2.8)
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--held", action="store_true",
                        help="load into copies of a store holding the sample corpus with a server's views")
    parser.add_argument("--against", metavar="DIR", help="also DIR's code (a folder whose mandate_graph is other code)")
    args = parser.parse_args(argv)

    from bench.make_corpus import make_corpus

    scratch = Path(tempfile.mkdtemp(prefix="bench_reload_"))
    atexit.register(shutil.rmtree, scratch, ignore_errors=True)
    corpus = scratch / "corpus"
    make_corpus(corpus, args.mb, args.files, args.seed)
    mb = sum(p.stat().st_size for p in corpus.iterdir()) / 2**20
    print(f"corpus: {mb:.1f} MB in {args.files} files ({os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}); "
          f"{'a store holding the sample corpus with a server' + chr(39) + 's views' if args.held else 'a fresh store'} per run")
    held = None
    if args.held:
        from bench.bench_scale import run

        held = scratch / "held"
        run("settle", ROOT / "corpus", held)
    codes: list[tuple[str, str | None]] = [("this", None)] + ([("other", args.against)] if args.against else [])
    runs: dict[str, list[dict[str, dict]]] = {name: [] for name, _ in codes}
    for attempt in range(args.repeat):
        for code_name, code in (codes if attempt % 2 == 0 else codes[::-1]):
            runs[code_name].append(reload_runs(corpus, scratch, attempt, code_name, code, held))
    for code_name, _ in codes:
        report(code_name, runs[code_name], mb)
    if args.against:
        this, other = (median([r["unchanged"]["cpu"] for r in runs[name]]) for name in ("this", "other"))
        print(f"\nunchanged folder, this / other: {this / other:.3f} (medians: {this:.2f} against {other:.2f} CPU s)")
    print(f"(load average now {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
