"""A synthetic corpus of documents for the load benchmarks, made from the sample corpus.

    python bench/make_corpus.py out/ --mb 10 --files 200 --seed 7

Each document is a sample document (taken in turn, the large ones cut into parts at
paragraph breaks so that files have the asked size) with its numbers varied: resolution and
session numbers, symbols' serial numbers and years are shifted by a per-document offset, so
documents mint distinct instruments, bodies' sessions and documents, as a year of real
documents would, while keeping the sample's wording (and so the extraction's real cost).
Same seed, same files.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpus"

# Numbers worth varying: "resolution 10/6", "CTOC/COP/2022/5", "eleventh session" stays
# (ordinal words carry no serial), years 19xx/20xx inside symbols and dates.
_SLASHED = re.compile(r"\b(\d{1,3})/(\d{1,3})\b")
_SYMBOL_SERIAL = re.compile(r"(/(?:19|20)\d\d/)(\d{1,3})\b")


def vary(text: str, offset: int) -> str:
    """The text with its serial numbers shifted by ``offset`` (years kept: dates must parse)."""
    text = _SYMBOL_SERIAL.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + offset}", text)
    return _SLASHED.sub(lambda m: f"{int(m.group(1)) + offset}/{m.group(2)}", text)


def parts(text: str, size: int) -> list[str]:
    """The text cut at paragraph breaks into parts of about ``size`` bytes (the first part
    keeps the document's heading, so every part reads as a document)."""
    if len(text.encode()) <= size * 1.5:
        return [text]
    paragraphs = text.split("\n\n")
    head, out, current = "\n\n".join(paragraphs[:6]), [], []
    for paragraph in paragraphs[6:]:
        current.append(paragraph)
        if sum(len(p) for p in current) >= size:
            out.append(head + "\n\n" + "\n\n".join(current))
            current = []
    if current:
        out.append(head + "\n\n" + "\n\n".join(current))
    return out


def make_corpus(out: Path, total_mb: float, files: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    size = int(total_mb * 2**20 / files)
    pool = [part for path in sorted(SAMPLES.glob("*.txt")) for part in parts(path.read_text(encoding="utf-8"), size)]
    written: list[Path] = []
    for n in range(files):
        text = ""
        while len(text.encode()) < size:  # small samples are joined until the file has its size
            text += ("\n\n" if text else "") + vary(rng.choice(pool), rng.randrange(1, 500))
        path = out / f"doc_{n:06d}.txt"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--mb", type=float, default=10.0, help="total size of the corpus in MB")
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    written = make_corpus(args.out, args.mb, args.files, args.seed)
    total = sum(p.stat().st_size for p in written)
    print(f"{len(written)} files, {total / 2**20:.1f} MB in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
