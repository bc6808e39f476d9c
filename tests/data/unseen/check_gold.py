#!/usr/bin/env python3
"""Check gold-fact files against the documents they quote (shared/eval/SCHEMA.md).

usage: check_gold.py GOLD.jsonl...   (each GOLD's document is the .txt of the same stem beside it)

A gold row is only as trustworthy as the place it cites: every quote must be found verbatim on
its `line` (1-based, as `text.split("\\n")` counts), or, for a row with `span_lines: [first,
last]`, in those lines joined the way a reader joins a wrapped sentence (a line break is one
space; a word hyphenated at the end of a line is joined without the hyphen, a compound
broken at its own hyphen before a capital, "Secretary-/General", keeps it). Keys, predicates,
dates and the `src` prefix are checked too, so a typo in a hand-written row shows up here rather
than as a silently missed fact in the score. Exit status 1 when any row has a problem.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

PREDICATES = {"establishes", "makes_constant_element", "requests", "encourages", "cites", "endorses",
              "adopted_at", "adopted_on", "title", "meeting_of", "held_on", "held_in", "report_of",
              "pursuant_to", "submitted_to", "also_symbol", "mentions"}
INSTRUMENT = re.compile(r"^(NEW:)?[A-Z][A-Z0-9-]*/(res|dec)/[A-Z0-9-]+/(?:\d+[A-Z]?|[A-Z])$")  # "5A": an item number with its letter
# "S/PRST/2030/6", "A/HRC/PRST/52/1": a presidential statement, an instrument keyed by its document
# symbol (E160); it may be cited as a resolution is
STATEMENT = re.compile(r"^[A-Z][A-Za-z0-9.]*(?:/[A-Z][A-Za-z0-9.]*)*/PRST/\d{1,4}/\d{1,3}$")
CITED = re.compile(f"{INSTRUMENT.pattern}|{STATEMENT.pattern}")
GATHERING = re.compile(r"^(NEW:)?[A-Z][A-Z0-9-]*#\d+$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(/\d{4}-\d{2}-\d{2})?$")
OBJECT_SHAPE = {  # predicate -> pattern its object must match (None: a body key or a literal)
    "cites": CITED, "pursuant_to": INSTRUMENT, "mentions": INSTRUMENT,
    "adopted_at": GATHERING, "endorses": GATHERING, "report_of": GATHERING, "submitted_to": GATHERING,
    "adopted_on": DATE, "held_on": DATE,
}


def joined_lines(lines: list[str], first: int, last: int) -> str:
    """Lines first..last (1-based) as one sentence: breaks become spaces, end-of-line hyphens join."""
    text = ""
    for line in lines[first - 1:last]:
        part = line.strip()
        if not part:
            continue  # a blank line between a heading and its list: nothing to join
        if text.endswith("-") and part[:1].islower():
            text = text[:-1] + part
        elif text.endswith("-"):  # a hyphenated compound broken at its hyphen: Secretary-/General
            text += part
        else:
            text = f"{text} {part}" if text else part
    return text


def row_problems(row: dict, lines: list[str], src: str) -> list[str]:
    """What is wrong with one gold row, as readable sentences (empty when nothing is)."""
    missing = [k for k in ("s", "p", "o", "src", "line", "quote") if k not in row]
    if missing:
        return [f"missing {', '.join(missing)}"]
    problems = []
    if row["src"] != src:
        problems.append(f"src {row['src']!r} but the file name starts with {src!r}")
    if row["p"] not in PREDICATES:
        problems.append(f"unknown predicate {row['p']!r}")
    shape = OBJECT_SHAPE.get(row["p"])
    if shape and not shape.match(str(row["o"])):
        problems.append(f"object {row['o']!r} is not the shape {row['p']} takes")
    if row["p"] == "mentions" and row["s"] != src:
        problems.append(f"mentions must have the document prefix {src!r} as subject")
    first, last = row.get("span_lines", [row["line"], row["line"]])
    if first != row["line"] or not 1 <= first <= last <= len(lines):
        problems.append(f"line {row['line']} / span {first}-{last} outside the document or disagreeing")
        return problems
    where = lines[first - 1] if first == last else joined_lines(lines, first, last)
    if row["quote"] not in where:
        problems.append(f"quote not on line {first}" + (f"-{last}" if last != first else "")
                        + f": {row['quote'][:80]!r}")
    return problems


def check_file(gold: Path) -> list[str]:
    """Problems in one gold file, each prefixed with file:row."""
    text_file = gold.with_suffix(".txt")
    if not text_file.exists():
        return [f"{gold}: no document {text_file.name} beside it"]
    lines = text_file.read_text(encoding="utf-8").split("\n")
    src = re.match(r"^([a-z0-9]+)[_.-]", gold.name.lower())
    if not src:
        return [f"{gold}: file name must start with the document prefix (e.g. u1_...)"]
    out = []
    for number, raw in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as err:
            out.append(f"{gold.name}:{number}: not JSON ({err})")
            continue
        out += [f"{gold.name}:{number}: {p}" for p in row_problems(row, lines, src[1])]
    return out


def main(paths: list[str]) -> int:
    if not paths:
        print(__doc__)
        return 2
    problems = [p for path in paths for p in check_file(Path(path))]
    for p in problems:
        print(p)
    rows = sum(1 for path in paths for raw in Path(path).read_text(encoding="utf-8").splitlines() if raw.strip())
    print(f"{len(paths)} files, {rows} rows, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
