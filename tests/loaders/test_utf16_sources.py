"""Files saved in UTF-16 with a byte order mark (Excel's "Unicode Text" table, Notepad's
"Unicode") are read as text (`loaders/sources.decode_text`); without the mark NUL bytes still
mean a binary file, and the file's hash is of its bytes as stored."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from mandate_graph.loaders.sources import SourceError, read_source

TABLE = "symbol\ttitle\nGLF/8/2\tRapport du groupe d’experts sur l’empoissonnement\nGLF/8/3\tNote on quotas\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_file_in_utf16_with_its_mark_is_read(tmp_path: Path, encoding: str) -> None:
    data = TABLE.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / "export.txt"
    path.write_bytes(data)
    source = read_source(path)
    assert source.text == TABLE
    assert source.sha256 == hashlib.sha256(data).hexdigest()


def test_utf16_without_its_mark_is_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_bytes(TABLE.encode("utf-16-le"))
    with pytest.raises(SourceError, match="binary file"):
        read_source(path)
