#!/usr/bin/env python3
"""Find the reference file that costs one unseen document its facts.

    python3 scripts/bisect_reference.py u389 cpc-eighty-first-session.ttl [more own .ttl …]

A document of tests/data/unseen/ is scored with the whole folder's reference data (`*.ttl`), as a
user's store holds every body it knows. When a document scores lower in the folder than with its own
set's reference files alone, some other file names a body that wins where it should not (a short
name two bodies share, an alias). This scores the document with its own files, then with its own
files plus halves of the others, and narrows down to one file whose addition lowers the recall.
It assumes one such file; with several it finds one of them. Each score is one run of
tests/unseen_score.sh over a scratch folder (a few seconds).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

UNSEEN = Path("tests/data/unseen")


def recall(document: str, references: list[str]) -> int:
    """The number of the document's gold facts found with these reference files."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for path in UNSEEN.glob(f"{document}_*"):
            shutil.copy(path, folder)
        shutil.copy(UNSEEN / "keys.json", folder)
        for name in references:
            shutil.copy(UNSEEN / name, folder)
        run = subprocess.run(["bash", "tests/unseen_score.sh", str(folder)], capture_output=True, text=True)
        found = re.search(r"^recall (\d+)/", run.stdout, re.M)
        if found is None:
            raise SystemExit(f"{document}: no score ({run.stderr.strip()[-300:]})")
        return int(found.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("document", help="the document's number in tests/data/unseen, e.g. u389")
    parser.add_argument("own", nargs="*", help="the .ttl files of the document's own set")
    args = parser.parse_args()
    if not list(UNSEEN.glob(f"{args.document}_*.txt")):
        print(f"{args.document}: no such document in {UNSEEN}", file=sys.stderr)
        return 2
    others = sorted(p.name for p in UNSEEN.glob("*.ttl") if p.name not in args.own)
    alone, together = recall(args.document, args.own), recall(args.document, args.own + others)
    print(f"{args.document}: {alone} facts with its own reference files, {together} with the whole folder's")
    if together >= alone:
        print("no other file costs it a fact")
        return 0
    candidates = others
    while len(candidates) > 1:
        half = candidates[: len(candidates) // 2]
        lowered = recall(args.document, args.own + half) < alone
        print(f"  {len(half)} files: {'lower' if lowered else 'the same'}")
        candidates = half if lowered else candidates[len(candidates) // 2 :]
    print(f"the file: {UNSEEN / candidates[0]} ({recall(args.document, args.own + candidates)} facts with it)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
