#!/usr/bin/env python3
"""Grids of phrase × frame: does extraction read a phrasing in the frame of an ordinary document?

Each line of a grid file is one cell: the frame, the relation, the subject and object keys a reader
should get (`tests/extract/phrasing.key` writes them: "ga/res/77/12", "secretary-general", "ccr#12",
"2031-03-12"; "_" for a space in the object), then "||" and the sentence. A "-" subject asks for no fact
of that relation (a near miss); a subject written "!KEY" asks that this one fact be absent (a wrong
fact, where the frame itself states others of the relation). Lines starting with "#" are comments.

    rep adoptedAt ccr/res/12/3 ccr#12 || At its 5th meeting, the Commission adopted resolution 12/3.
    sg requests - - || The draft resolution would have requested the Secretary-General to report.
    rep heldIn !ccr#3 Manila || The Advisory Board on Coastal Finance held its third session in Manila.

    .venv/bin/python scripts/phrase_grid.py GRID_FILE           # OK / MISS per cell, with what was read
    .venv/bin/python scripts/phrase_grid.py --show sg "sentence"  # every fact of one sentence

Frames (paragraph 1 or 15 of an invented document; `tests/extract/phrasing.py`):
  sg    a report of the Secretary-General to the General Assembly (shipped reference data)
  sc    a report of the Secretary-General to the Security Council on a mission (shipped data)
  note  a note by the Secretariat for a commission's session (tests/data/phrasing.ttl)
  res   an operative paragraph of the commission's resolution 12/1 (phrasing.ttl)
  rep   the "action taken" chapter of the commission's report on its twelfth session (phrasing.ttl)

An empty cell a real drafter would write is a gap to fill with a general rule and a test named after
the family (docs/relations.md, "Lead, … round"); never a rule for the one sentence.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mandate_graph.loaders.extract import extract  # noqa: E402
from tests.extract import phrasing  # noqa: E402



def facts_of(frame: str, sentence: str) -> set[tuple[str, str, str]]:
    """(relation, subject, object) keys of what the sentence states in the frame."""
    if frame == "sg":
        text, registry = phrasing.SG_REPORT.format(s=sentence), phrasing.shipped_registry()
    elif frame == "sc":
        text, registry = phrasing.SC_REPORT.format(s=sentence), phrasing.shipped_registry()
    elif frame == "note":
        text, registry = phrasing.in_note(sentence), phrasing.registry()
    elif frame == "res":
        text, registry = phrasing.in_resolution(sentence), phrasing.registry()
    elif frame == "rep":
        text, registry = phrasing.ACTION_TAKEN.format(s=sentence), phrasing.registry()
    else:
        raise SystemExit(f"unknown frame {frame!r}: sg, sc, note, res or rep")
    extraction = extract(text, source_key="grid", registry=registry)
    return phrasing.stated(extraction)


def run_grid(path: Path) -> int:
    empty = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if "||" not in line or len(line.split("||", 1)[0].split()) != 4:
            raise SystemExit(f"{path}:{number}: expected 'FRAME RELATION SUBJECT OBJECT || sentence'")
        head, sentence = line.split("||", 1)
        frame, relation, subject, obj = head.split()
        got = facts_of(frame, sentence.strip())
        read = sorted((s, o) for r, s, o in got if r == relation)
        wanted = (relation, subject.lstrip("!"), obj.replace("_", " "))
        if subject == "-":
            ok = not read
        elif subject.startswith("!"):
            ok = wanted not in got
        else:
            ok = wanted in got
        empty += not ok
        print("OK  " if ok else "MISS", relation, subject, obj, "|", sentence.strip()[:110])
        if not ok:
            print(f"      read {read}")
    return 1 if empty else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("grid", nargs="?", type=Path, help="a grid file")
    parser.add_argument("--show", nargs=2, metavar=("FRAME", "SENTENCE"), help="print every fact of one sentence")
    args = parser.parse_args()
    if args.show:
        for fact in sorted(facts_of(*args.show)):
            print(*fact)
        return 0
    if args.grid is None:
        parser.error("give a grid file or --show FRAME SENTENCE")
    return run_grid(args.grid)


if __name__ == "__main__":
    sys.exit(main())
