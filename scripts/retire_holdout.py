#!/usr/bin/env python3
"""Retire a spent held-out set: its documents join the unseen set, and the next held-out set
takes its place.

    python3 scripts/retire_holdout.py            # from the repository root
    python3 scripts/retire_holdout.py --spend tests/data/holdout-new-b   # a set written to be spent

tests/data/holdout/README.md says when: once someone has read the held-out documents or their
misses to write rules, they measure nothing new. This moves each `xN_…` document of
tests/data/holdout/ to tests/data/unseen/ under the next free `uN` number (its gold's `src` and
the `mentions` subjects renamed with it), moves its reference data (`*.ttl`) beside the others,
merges its `keys.json` into the unseen set's (a key both sets use must name the same body: the
script stops if their names differ), and moves tests/data/holdout-next/ (written by someone
who has never read the loaders) into tests/data/holdout/. Files move with `git mv`, so history
follows them. The two READMEs are left to edit by hand: the unseen set's table gains the
retired documents' rows, and the held-out README says what the new set is.

With ``--spend FOLDER``, the documents of FOLDER (a set written to be read by rule writers at
once, never held out) join the unseen set the same way; the held-out sets stay where they are.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

DATA = Path("tests/data")
UNSEEN, HOLDOUT, NEXT = DATA / "unseen", DATA / "holdout", DATA / "holdout-next"


def git_mv(source: Path, target: Path) -> None:
    subprocess.run(["git", "mv", str(source), str(target)], check=True)


def main() -> int:
    global HOLDOUT
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spend", metavar="FOLDER", type=Path, help="a set written to be spent at once")
    args = parser.parse_args()
    if args.spend is not None:
        if not args.spend.is_dir():
            print(f"{args.spend}: no such folder to spend", file=sys.stderr)
            return 2
        HOLDOUT = args.spend
    elif not NEXT.is_dir() or not any(NEXT.glob("*.jsonl")):
        print(f"{NEXT}: no next held-out set to put in place; write it first", file=sys.stderr)
        return 2
    unseen_keys = json.loads((UNSEEN / "keys.json").read_text(encoding="utf-8"))
    held_keys = json.loads((HOLDOUT / "keys.json").read_text(encoding="utf-8"))
    clashes = [k for k in held_keys if k in unseen_keys and not set(held_keys[k]) & set(unseen_keys[k])]
    if clashes:
        print(f"keys naming other bodies in the two sets: {', '.join(clashes)}; rename them first", file=sys.stderr)
        return 2
    clashing_ttl = [t.name for t in HOLDOUT.glob("*.ttl") if (UNSEEN / t.name).exists()]
    if clashing_ttl:
        print(f"reference files of the same name in both sets: {', '.join(clashing_ttl)}", file=sys.stderr)
        return 2
    taken = [int(m[1]) for f in UNSEEN.glob("u*_*") if (m := re.match(r"u(\d+)_", f.name))]
    number = max(taken, default=0) + 1
    for gold in sorted(HOLDOUT.glob("x*_*.jsonl"), key=lambda f: int(f.name.split("_", 1)[0][1:])):
        old = gold.name.split("_", 1)[0]
        new = f"u{number}"
        number += 1
        for source in sorted(HOLDOUT.glob(f"{old}_*")):
            target = UNSEEN / (new + source.name[len(old):])
            git_mv(source, target)
            if target.suffix == ".jsonl":
                rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines() if line.strip()]
                for row in rows:
                    row["src"] = new
                    if row["p"] == "mentions" and row["s"] == old:
                        row["s"] = new
                target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{old} -> {new}")
    for ttl in sorted(HOLDOUT.glob("*.ttl")):
        git_mv(ttl, UNSEEN / ttl.name)
    for key, names in held_keys.items():
        known = unseen_keys.setdefault(key, [])
        known += [n for n in names if n not in known]
    (UNSEEN / "keys.json").write_text(json.dumps(unseen_keys, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    subprocess.run(["git", "add", str(UNSEEN / "keys.json")], check=True)
    subprocess.run(["git", "rm", "-q", str(HOLDOUT / "keys.json"), str(HOLDOUT / "README.md")], check=True)
    if args.spend is not None:
        print(f"{HOLDOUT} spent; add its README's text to {UNSEEN / 'README.md'}, then run tests/unseen_score.sh")
        return 0
    HOLDOUT.mkdir(exist_ok=True)
    for source in sorted(NEXT.iterdir()):
        git_mv(source, HOLDOUT / source.name)
    print(f"{NEXT} is now {HOLDOUT}; edit {UNSEEN / 'README.md'} and {HOLDOUT / 'README.md'}, "
          "then run tests/unseen_score.sh and tests/holdout_score.sh")
    return 0


if __name__ == "__main__":
    sys.exit(main())
