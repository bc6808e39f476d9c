"""Finding a loaded document's file on disk, so the source view can show its text.

The store names each loaded file (``mg:sourceFile``, the bare file name) and its SHA-256, not
where it was. The folders searched are ``MANDATES_SOURCES`` (``os.pathsep``-separated), else
``corpus`` under the working directory (where ``mandates serve`` loads the sample from). A file
counts only when its SHA-256 matches, so the highlighted offsets are those of the text the facts
were read from; a file changed since loading is reported as such rather than shown mis-marked.
"""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mandate_graph.loaders.sources import SourceError, read_source


@dataclass(frozen=True)
class FoundText:
    text: str | None
    path: Path | None
    problem: str | None  # why there is no text, in one line naming the file


def source_folders(configured: tuple[Path, ...] = ()) -> list[Path]:
    """The folders of the ``MANDATES_SOURCES`` setting, else ``corpus/``."""
    return list(configured) or [Path("corpus")]


def find_source_text(file_name: str, sha256: str | None, folders: list[Path] | None = None) -> FoundText:
    folders = folders if folders is not None else source_folders()
    changed: Path | None = None
    for folder in folders:
        if not folder.is_dir():
            continue
        # The folder itself first; its subfolders only when the file is not there.
        for path in itertools.chain([folder / file_name], folder.rglob(file_name)):
            if not path.is_file():
                continue
            if sha256 and _sha256(path) != sha256:
                changed = path
                continue
            return _read(path)
    if changed is not None:
        return FoundText(None, changed, f"{changed}: the file has changed since it was loaded (SHA-256 differs); "
                                        "load it again to see its facts marked in the text")
    where = ", ".join(str(f) for f in folders)
    return FoundText(None, None, f"{file_name}: not found in {where}; set MANDATES_SOURCES to the folder it was loaded from")


def _read(path: Path) -> FoundText:
    stat = path.stat()
    return _read_cached(path.resolve(), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=32)
def _read_cached(path: Path, mtime_ns: int, size: int) -> FoundText:
    try:
        return FoundText(read_source(path).text, path, None)
    except SourceError as exc:
        return FoundText(None, path, str(exc))


@lru_cache(maxsize=256)
def _sha256_cached(path: Path, mtime_ns: int, size: int) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sha256(path: Path) -> str:
    stat = path.stat()
    return _sha256_cached(path.resolve(), stat.st_mtime_ns, stat.st_size)
