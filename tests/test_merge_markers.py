"""No file the repository tracks holds a merge conflict's markers: a README committed with
"<<<<<<< HEAD" in its bench table showed both sides to every reader until this test existed."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = re.compile(rb"^(?:<{7} |>{7} |={7}$)", re.MULTILINE)


def test_no_tracked_file_holds_conflict_markers() -> None:
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    marked = []
    for name in filter(None, tracked.split(b"\0")):
        path = ROOT / name.decode()
        if path.suffix in {".md", ".py", ".rq", ".ttl", ".html", ".js", ".css", ".toml", ".sh", ".json", ".jsonld", ""} and path.is_file():
            if MARKER.search(path.read_bytes()):
                marked.append(name.decode())
    assert not marked, f"merge conflict markers left in: {', '.join(marked)}"
