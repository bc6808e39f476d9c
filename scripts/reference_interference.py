#!/usr/bin/env python3
"""Does loading more reference data cost a document facts? Cross-organisation interference.

Users load the reference data of many organisations at once (``--reference FILE.ttl`` for each),
then documents of all of them. A document must find the same facts whatever other
organisations' files are loaded beside its own. For every document of a folder of test documents
with their gold (default: tests/data/unseen/) this scores it three ways:

  own    loaded alone, with only its organisation's reference file(s): the fewest files that
         define the bodies its gold names (by the names keys.json gives the gold's NEW: keys);
         none if it needs none
  all    loaded alone, with every reference file of the folder
  set    loaded together with every other document and every reference file
         (what tests/unseen_score.sh measures)

and prints the documents where ``all`` or ``set`` finds fewer facts than ``own`` (``--every``:
all of them; ``--extras``: also those that state more facts the gold does not hold). Everything
runs in this one process on in-memory stores, as `mandates load` and `mandates export --format
nquads` do it, scored by the shared scorer (about 25 s CPU for the 44 unseen documents). The exit
status is 1 when a document loses facts.

  .venv/bin/python scripts/reference_interference.py [FOLDER] [--docs u28,u41] [--every] [--extras]
      [--show-refs] [--show-lost] [--culprits]

``--show-lost`` lists the facts lost (and the facts added that the gold does not hold);
``--culprits`` loads each losing document with its own files and one other file at a time, and
names the files that cost it facts (which organisation's data interferes).

``--each-file`` asks the question the other way round, for every reference file of the folder:
does its presence change what is extracted from a document that does not name its bodies? Each
document is extracted with every reference file, then, for each file, with every file but that
one (in process, the extraction alone: ~4 s CPU per file for the 109 unseen documents); the
documents whose facts differ are loaded and scored both ways. It prints each file whose
presence changes a document's facts, with that document's found / predicted / not-in-gold figures
with and without the file, marked ``<-`` where the document does not name the file's bodies (no
full name or alias of theirs in its text, as written for one word, other than a name that only
describes ("Meeting of States Parties"), no symbol of their series, no body of theirs in its
gold): such a change is interference, and the exit status is 1.

  .venv/bin/python scripts/reference_interference.py [FOLDER] --each-file [--docs u1,u2]
      [--files cd.ttl,incb.ttl] [--show-lost]

Needs ../shared/eval/score_gold.py beside the clone (or MANDATES_EVAL_DIR).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable

import rdflib

from mandate_graph.graph.context import Context
from mandate_graph.graph.namespaces import MG, SKOS
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI, Settings
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.descriptive_names import is_descriptive
from mandate_graph.loaders.pipeline import Loader

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "tests" / "data" / "unseen"
EVAL_DIR = Path(os.environ.get("MANDATES_EVAL_DIR") or ROOT.parent / "shared" / "eval")
SCORER = EVAL_DIR / "score_gold.py"
SHARED_KEYS = EVAL_DIR / "gold" / "keys.json"
# The ways a document is loaded, in the order the table prints them.
WAYS = ("own", "all", "set")


@dataclass(frozen=True)
class TestDocument:
    src: str  # the gold's "src": the file name's first token ("u41")
    text: Path
    gold: Path


@dataclass(frozen=True)
class Score:
    found: int
    gold: int
    predicted: int
    extra: int
    misses: tuple[str, ...]  # "s p o" of each gold fact not found
    extras: tuple[str, ...] = ()  # "s p o" of each fact stated that the gold does not hold

    @property
    def precision(self) -> float:
        return (self.predicted - self.extra) / max(self.predicted, 1)


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def documents_of(folder: Path) -> list[TestDocument]:
    docs = []
    for text in sorted(folder.glob("*.txt")):
        gold = text.with_suffix(".jsonl")
        m = re.match(r"^([a-z0-9]+)[_.-]", text.name.lower())
        if gold.exists() and m:
            docs.append(TestDocument(m[1], text, gold))
    return docs


def keys_files(folder: Path) -> list[Path]:
    return [p for p in (SHARED_KEYS, folder / "keys.json") if p.exists()]


def body_names_by_file(references: Iterable[Path]) -> dict[Path, set[str]]:
    """Each reference file with the names (preferred and alternative labels) of the bodies it defines."""
    names: dict[Path, set[str]] = {}
    for path in references:
        graph = rdflib.Graph().parse(path, format="turtle", publicID="https://example.org/")
        names[path] = {
            _normal(str(label))
            for body in graph.subjects(MG.key, None)
            for label in (*graph.objects(body, SKOS.prefLabel), *graph.objects(body, SKOS.altLabel))
        }
    return names


# A gold key's body: "NEW:WMO-EC" of "NEW:WMO-EC#81" and of "NEW:WMO-EC/dec/80/7".
_BODY_OF_KEY = re.compile(r"^(NEW:[A-Za-z0-9-]+)(?:#\d+|/(?:res|dec)/.*)?$")


def own_references(doc: TestDocument, names_of_key: dict[str, list[str]], defined: dict[Path, set[str]]) -> list[Path]:
    """The reference files a user loading only this document would give: the fewest files that
    define every body its gold facts name and some file defines (the gold names a body the
    shipped reference data lacks by a NEW: key, whose names keys.json lists). Several files may
    define one body (a partner secretariat): the files defining most of the document's bodies,
    its organisation's, are taken first."""
    keys = set()
    for line in doc.gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            for term in (row["s"], row["o"]):
                if isinstance(term, str) and (m := _BODY_OF_KEY.match(term)):
                    keys.add(m[1])
    covers = {
        path: {key for key in keys if names & {_normal(name) for name in names_of_key.get(key, ())}}
        for path, names in defined.items()
    }
    wanted = set().union(*covers.values()) if covers else set()
    chosen: list[Path] = []
    while wanted:
        best = max(sorted(covers), key=lambda path: len(covers[path] & wanted))
        chosen.append(best)
        wanted -= covers[best]
    return sorted(chosen)


def export(documents: list[Path], references: list[Path]) -> bytes:
    """The documents loaded into a fresh in-memory store with the reference files, as N-Quads
    (in process, as `mandates load` then `mandates export --format nquads` do it)."""
    ctx = Context.open(Settings(store="memory", reference_paths=tuple(references)))
    try:
        failed = [f"{r.path}: {r.error}" for r in Loader.for_context(ctx).load(documents, workers=1) if not r.ok]
        if failed:
            raise RuntimeError("documents failed to load:\n" + "\n".join(failed))
        return ctx.store.export("nquads")
    finally:
        ctx.close()


def document_quads(nquads: bytes) -> bytes:
    """Only the quads of documents' graphs (not the vocabulary or the reference data), so that
    exports of several stores can be scored together against one store's reference graph."""
    return b"\n".join(line for line in nquads.splitlines() if b"/graph/" in line.rsplit(b" ", 2)[-2]) + b"\n"


def score(nquads: bytes, gold: list[Path], keys: list[Path], work: Path) -> dict[str, Score]:
    """The shared scorer's figures per document ("src"), freshly imported (it keeps state in globals)."""
    export_file, report_file = work / "export.nq", work / "report.json"
    export_file.write_bytes(nquads)
    spec = importlib.util.spec_from_file_location("score_gold_interference", SCORER)
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    argv = [str(SCORER), str(export_file), *map(str, gold), "--json", str(report_file)]
    for path in keys:
        argv += ["--keys", str(path)]
    saved, sys.argv = sys.argv, argv
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            scorer.main()
    finally:
        sys.argv = saved
    report = json.loads(report_file.read_text(encoding="utf-8"))
    misses: dict[str, list[str]] = {}
    for miss in report["miss"]:
        misses.setdefault(miss["src"], []).append(f"{miss['s']} {miss['p']} {miss['o']}")
    extras: dict[str, list[str]] = {}
    for extra in report["extra"]:
        extras.setdefault(extra["src"], []).append(f"{extra['s']} {extra['p']} {extra['o']}")
    return {
        src: Score(r["strict"], r["gold"], r["pred"], r["extra"], tuple(misses.get(src, ())), tuple(extras.get(src, ())))
        for src, r in report["by_src"].items()
    }


def measure(folder: Path = UNSEEN, only: set[str] | None = None, ways: Iterable[str] = WAYS) -> dict[str, dict[str, Score]]:
    """Per way of loading ("own", "all", "set"), the score of each document (all of the
    folder's, or those whose src is in ``only``; "set" loads the whole folder regardless)."""
    docs = [d for d in documents_of(folder) if only is None or d.src in only]
    references = sorted(folder.glob("*.ttl"))
    names_of_key: dict[str, list[str]] = {}
    for path in keys_files(folder):
        names_of_key.update(json.loads(path.read_text(encoding="utf-8")))
    defined = body_names_by_file(references)
    gold = [d.gold for d in docs]
    keys = keys_files(folder)
    # Every reference file's bodies, for the scorer to map the gold's bodies by in every score.
    reference_quads = export([], references)
    scores: dict[str, dict[str, Score]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for way in ways:
            if way == "set":
                scored = score(export([d.text for d in documents_of(folder)], references), gold, keys, work)
            else:
                parts = [reference_quads]
                for doc in docs:
                    refs = own_references(doc, names_of_key, defined) if way == "own" else references
                    parts.append(document_quads(export([doc.text], refs)))
                scored = score(b"".join(parts), gold, keys, work)
            scores[way] = {src: s for src, s in scored.items() if only is None or src in only}
    return scores


def culprits(folder: Path, sources: list[str]) -> dict[str, list[tuple[Path, int]]]:
    """Per document, each other reference file that, loaded beside its own, costs it facts
    (and how many): which organisation's data interferes."""
    docs = [d for d in documents_of(folder) if d.src in sources]
    references = sorted(folder.glob("*.ttl"))
    names_of_key: dict[str, list[str]] = {}
    for path in keys_files(folder):
        names_of_key.update(json.loads(path.read_text(encoding="utf-8")))
    defined = body_names_by_file(references)
    reference_quads = export([], references)
    found: dict[str, list[tuple[Path, int]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for doc in docs:
            own = own_references(doc, names_of_key, defined)
            others = [path for path in references if path not in own]
            quads = reference_quads + document_quads(export([doc.text], own))
            base = score(quads, [doc.gold], keys_files(folder), Path(tmp))[doc.src].found
            found[doc.src] = []
            for other in others:
                quads = reference_quads + document_quads(export([doc.text], [*own, other]))
                lost = base - score(quads, [doc.gold], keys_files(folder), Path(tmp))[doc.src].found
                if lost > 0:
                    found[doc.src].append((other, lost))
    return found


# --------------------------------------------------------------------------- each file left out


@dataclass(frozen=True)
class FileEffect:
    """What one reference file's presence changes in one document's extraction."""

    reference: Path
    src: str
    names_body: bool  # the document names a body of the file (text or gold)
    gained: tuple[str, ...]  # facts extracted with the file and not without it
    lost: tuple[str, ...]  # facts extracted without the file and not with it
    with_file: Score | None = None
    without_file: Score | None = None

    @property
    def interferes(self) -> bool:
        return not self.names_body


@dataclass(frozen=True)
class FileSigns:
    """How a document names the bodies a reference file describes: their full names and
    aliases (several words, any case; one word, as written) and their symbol series."""

    names: tuple[str, ...]
    series: tuple[str, ...]
    glued_series: tuple[str, ...] = ()

    def named_in(self, text: str, lowered: str) -> bool:
        for name in self.names:
            if " " in name:
                if re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", lowered):
                    return True
            elif re.search(rf"(?<![\w/-]){re.escape(name)}(?![\w-])", text):
                return True
        # a symbol of the series: at a symbol's start, followed by "/", ".", a space and a number
        # ("CL 182/9"), or a hyphen and a number; a series whose bodies glue their session to the
        # letters ("CD{session}.R{number}": "CD63/11") by that number (no "CD/2481" is theirs)
        return any(
            re.search(rf"(?<![\w/.-]){re.escape(prefix)}(?:/|\.\d| \d|-\d)", text) for prefix in self.series
        ) or any(re.search(rf"(?<![\w/.-]){re.escape(prefix)}\d", text) for prefix in self.glued_series)


def file_signs(path: Path) -> FileSigns:
    """The names, aliases and symbol prefixes of the bodies ``path`` describes (or adds to)."""
    graph = rdflib.Graph().parse(path, format="turtle", publicID=DEFAULT_BASE_IRI)
    # (not a name that only describes, "Meeting of States Parties": it fits every treaty's meeting)
    names = {
        " ".join(str(label).split())
        for predicate in (SKOS.prefLabel, SKOS.altLabel)
        for label in graph.objects(None, predicate)
        if not is_descriptive(str(label))
    }
    series, glued = set(), set()
    for body, prefix in graph.subject_objects(MG.symbolPrefix):
        letters = str(prefix).strip()
        templates = [
            str(t) for numbering in graph.objects(body, MG.instrumentNumbering)
            for t in graph.objects(numbering, MG.numberTemplate)
        ]
        # (`series_shapes.glues_session`: every convention writes the session right after the letters)
        if templates and all(t.startswith(letters + "{session") for t in templates):
            glued.add(letters)
        else:
            series.add(letters)
    return FileSigns(tuple(sorted(names)), tuple(sorted(series)), tuple(sorted(glued)))


def _spaced_lower(text: str) -> str:
    return " ".join(text.lower().split())


def fact_lines(text: str, src: str, registry: BodyRegistry) -> frozenset[str]:
    """What extraction states of one document, each fact as one comparable line (with the span it
    was read from), and each body the document creates."""
    extraction = extract(text, source_key=src, registry=registry)
    lines = {
        f"{f.subject} {f.relation} {f.object} @{f.evidence.start}-{f.evidence.end}"
        + (f" task={f.task!r}" if f.task else "") + (f" due={f.due_at}" if f.due_at else "")
        for f in extraction.facts
    }
    lines |= {f"born {body.key} {body.name!r}" for body in extraction.bodies}
    lines.add(f"author {extraction.document.author}")
    return frozenset(lines)


def each_file(
    folder: Path = UNSEEN,
    only: set[str] | None = None,
    files: set[str] | None = None,
    scored: str = "interfering",
    progress: bool = False,
) -> list[FileEffect]:
    """For each reference file of ``folder`` (those named in ``files``, if given), the documents
    (of ``only``, if given) whose extraction with every reference file differs from their
    extraction with every file but that one, with their scores both ways: of those that do not
    name the file's bodies (``scored="interfering"``), of all of them (``"all"``) or of none
    (``"none"``). A file changes its own documents' facts, of course: scoring only the others
    keeps a run over the unseen folder to the extraction's few minutes."""
    docs = [d for d in documents_of(folder) if only is None or d.src in only]
    references = sorted(folder.glob("*.ttl"))
    texts = {d.src: d.text.read_text(encoding="utf-8") for d in docs}
    lowered = {src: _spaced_lower(text) for src, text in texts.items()}
    names_of_key: dict[str, list[str]] = {}
    for path in keys_files(folder):
        names_of_key.update(json.loads(path.read_text(encoding="utf-8")))
    defined = body_names_by_file(references)
    registry = load_registry(DEFAULT_BASE_IRI, references)
    with_all = {d.src: fact_lines(texts[d.src], d.src, registry) for d in docs}
    effects: list[FileEffect] = []
    loads = _Loads(folder, references, {d.src: d for d in docs})
    for reference in references:
        if files is not None and reference.name not in files:
            continue
        if progress:
            print(f"  {reference.name}", file=sys.stderr, flush=True)
        rest = [path for path in references if path != reference]
        registry = load_registry(DEFAULT_BASE_IRI, rest)
        signs = file_signs(reference)
        changed: list[FileEffect] = []
        for doc in docs:
            without = fact_lines(texts[doc.src], doc.src, registry)
            if without == with_all[doc.src]:
                continue
            gold_names = reference in own_references(doc, names_of_key, {reference: defined[reference]})
            changed.append(FileEffect(
                reference, doc.src, signs.named_in(texts[doc.src], lowered[doc.src]) or gold_names,
                tuple(sorted(with_all[doc.src] - without)), tuple(sorted(without - with_all[doc.src])),
            ))
        to_score = [e for e in changed if scored == "all" or scored == "interfering" and e.interferes]
        if to_score:
            figures = loads.scored(reference, [e.src for e in to_score])
            changed = [replace(e, with_file=figures[e.src][0], without_file=figures[e.src][1]) if e.src in figures else e for e in changed]
        effects += changed
    return effects


class _Loads:
    """Documents loaded alone and scored with every reference file and with one left out (as
    `measure`'s "all" loads them), the every-file loads and the reference graph made once."""

    def __init__(self, folder: Path, references: list[Path], docs: dict[str, TestDocument]) -> None:
        self.folder, self.references, self.docs = folder, references, docs
        self._reference_quads: bytes | None = None
        self._with_all: dict[str, bytes] = {}

    def scored(self, reference: Path, sources: list[str]) -> dict[str, tuple[Score | None, Score | None]]:
        if self._reference_quads is None:
            self._reference_quads = export([], self.references)
        rest = [path for path in self.references if path != reference]
        for src in sources:
            if src not in self._with_all:
                self._with_all[src] = document_quads(export([self.docs[src].text], self.references))
        gold = [self.docs[src].gold for src in sources]
        keys = keys_files(self.folder)
        with tempfile.TemporaryDirectory() as tmp:
            with_file = score(self._reference_quads + b"".join(self._with_all[src] for src in sources), gold, keys, Path(tmp))
            without = score(
                self._reference_quads + b"".join(document_quads(export([self.docs[src].text], rest)) for src in sources),
                gold, keys, Path(tmp),
            )
        return {src: (with_file.get(src), without.get(src)) for src in sources}


def _figures(s: Score | None) -> str:
    return "-" if s is None else f"{s.found}/{s.gold} p{s.predicted}-{s.extra}"


def print_each_file(effects: list[FileEffect], show_lost: bool) -> int:
    """The table of `each_file`'s answer; the number of files that interfere."""
    print(f"{'reference file':34} {'doc':6} {'names it':8} {'with: found/gold p pred-extra':>30}   without")
    interfering: set[Path] = set()
    for e in effects:
        mark = "  <-" if e.interferes else ""
        same = e.with_file is not None and e.without_file is not None and (
            (e.with_file.found, e.with_file.predicted, e.with_file.extra)
            == (e.without_file.found, e.without_file.predicted, e.without_file.extra)
        )
        print(f"{e.reference.name:34} {e.src:6} {'yes' if e.names_body else 'no':8} {_figures(e.with_file):>30}   "
              f"{_figures(e.without_file)}{mark}{'  (same figures)' if same else ''}"
              f"  [{len(e.gained)} fact(s) only with, {len(e.lost)} only without]")
        if e.interferes:
            interfering.add(e.reference)
        if show_lost:
            for fact in e.lost:
                print(f"    only without: {fact}")
            for fact in e.gained:
                print(f"    only with:    {fact}")
    print(f"{len(interfering)} reference file(s) change what is extracted from documents that do not name their bodies"
          + (": " + ", ".join(sorted(p.name for p in interfering)) if interfering else ""))
    return len(interfering)


def _sort_key(src: str) -> tuple[str, int]:
    m = re.match(r"^([a-z]+)(\d+)$", src)
    return (m[1], int(m[2])) if m else (src, 0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=UNSEEN)
    ap.add_argument("--docs", help="only these documents (src prefixes, comma-separated)")
    ap.add_argument("--every", action="store_true", help="print every document, not only those that lose facts")
    ap.add_argument("--show-lost", action="store_true",
                    help="list the facts found with 'own' and lost otherwise, and those the gold does not hold added otherwise")
    ap.add_argument("--extras", action="store_true",
                    help="print also the documents that state more facts the gold does not hold with other organisations' data")
    ap.add_argument("--show-refs", action="store_true", help="print each document's own reference files")
    ap.add_argument("--culprits", action="store_true",
                    help="for each document that loses facts, the other reference files that cost them, one at a time")
    ap.add_argument("--each-file", action="store_true",
                    help="for each reference file, the documents whose facts change when it is left out; "
                    "'<-' where they do not name its bodies")
    ap.add_argument("--files", help="with --each-file: only these reference files (names, comma-separated)")
    ap.add_argument("--score", choices=("interfering", "all", "none"), default="interfering",
                    help="with --each-file: score the changed documents that do not name the file's bodies "
                    "(default), every changed document, or none")
    ap.add_argument("--quiet", action="store_true", help="with --each-file: no progress on stderr")
    a = ap.parse_args(argv)
    if not SCORER.exists():
        print(f"no scorer at {SCORER}: put the shared/ folder beside the clone or set MANDATES_EVAL_DIR", file=sys.stderr)
        return 2
    only = set(a.docs.split(",")) if a.docs else None
    if a.each_file:
        files = set(a.files.split(",")) if a.files else None
        effects = each_file(a.folder, only, files, a.score, progress=not a.quiet)
        return 1 if print_each_file(effects, a.show_lost) else 0
    if a.show_refs:
        names_of_key: dict[str, list[str]] = {}
        for path in keys_files(a.folder):
            names_of_key.update(json.loads(path.read_text(encoding="utf-8")))
        defined = body_names_by_file(sorted(a.folder.glob("*.ttl")))
        for doc in documents_of(a.folder):
            if only is None or doc.src in only:
                print(f"{doc.src}: {' '.join(p.name for p in own_references(doc, names_of_key, defined)) or '-'}")
    scores = measure(a.folder, only)
    print(f"{'doc':6} {'own':>9} {'all':>9} {'set':>9}   precision own/all/set")
    lost_anywhere = 0
    totals = {way: [0, 0] for way in WAYS}
    for src in sorted(scores["own"], key=_sort_key):
        row = {way: scores[way][src] for way in WAYS}
        for way in WAYS:
            totals[way][0] += row[way].found
            totals[way][1] += row[way].gold
        loses = row["all"].found < row["own"].found or row["set"].found < row["own"].found
        adds = row["all"].extra > row["own"].extra or row["set"].extra > row["own"].extra
        lost_anywhere += loses
        if loses or a.every or (adds and a.extras):
            cells = " ".join(f"{row[w].found:>4}/{row[w].gold:<4}" for w in WAYS)
            precision = "/".join(f"{row[w].precision:.3f}" for w in WAYS)
            print(f"{src:6} {cells}   {precision}{'  <-' if loses else '  (+extra)' if adds else ''}")
            if a.show_lost:
                for way in ("all", "set"):
                    for fact in sorted(set(row[way].misses) - set(row["own"].misses)):
                        print(f"    lost ({way}): {fact}")
                    for fact in sorted(set(row[way].extras) - set(row["own"].extras)):
                        print(f"    not in gold ({way}): {fact}")
    if a.culprits:
        losing = [src for src in scores["own"] if scores["all"][src].found < scores["own"][src].found]
        for src, costs in culprits(a.folder, losing).items():
            print(f"{src}: " + (", ".join(f"{path.name} -{lost}" for path, lost in costs) or "no one file alone"))
    print("total  " + " ".join(f"{totals[w][0]:>4}/{totals[w][1]:<4}" for w in WAYS)
          + f"   {lost_anywhere} document(s) lose facts to other organisations' reference data")
    return 1 if lost_anywhere else 0


if __name__ == "__main__":
    sys.exit(main())
