"""Reading a source file into text: plain text and Markdown, PDF, Word.

Each reader returns the document's text or raises `SourceError` naming the file and the
problem in one line. Nothing here touches the store.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
PDF_SUFFIXES = {".pdf"}
DOCX_SUFFIXES = {".docx"}
SUPPORTED = TEXT_SUFFIXES | PDF_SUFFIXES | DOCX_SUFFIXES


class SourceError(ValueError):
    """A file cannot be read as a document. ``str(error)`` is ``"<path>: <problem>"``."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class SourceText:
    path: Path
    text: str
    sha256: str

    @property
    def key(self) -> str:
        """The stable key of the source: its file name without the extension."""
        return self.path.stem


def read_source(path: Path) -> SourceText:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(path, f"cannot read the file ({exc.strerror or exc})") from exc
    if not data.strip():
        raise SourceError(path, "the file is empty")
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES or data.startswith(b"%PDF-"):
        text = pdf_text(path, data)
    elif suffix in DOCX_SUFFIXES:
        text = docx_text(path, data)
    else:
        text = decode_text(path, data)
    if not text.strip():
        raise SourceError(path, "no text could be extracted from the file")
    return SourceText(path=path, text=text, sha256=hashlib.sha256(data).hexdigest())


def decode_text(path: Path, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise SourceError(path, "binary file, not text (it contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(
            path, f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} cannot be decoded"
        ) from exc
    text = text.removeprefix("\ufeff")
    control = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > 0.05 * min(len(text), 8192):
        raise SourceError(path, "binary file, not text (too many control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def pdf_text(path: Path, data: bytes) -> str:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise SourceError(path, "the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except SourceError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise SourceError(path, f"unreadable PDF ({exc})") from exc
    # Form feeds mark page breaks, which the cleaning stage knows how to undo.
    return "\n\f\n".join(_paragraphs(page) for page in pages)


def _paragraphs(page: str) -> str:
    """Blank lines between paragraphs, which PDF text extraction does not keep.

    A PDF only has lines. Text runs to the right margin until a paragraph ends, so a line
    clearly shorter than the page's longest lines ends its paragraph (or is a heading).
    """
    lines = [line.rstrip() for line in page.split("\n")]
    lengths = sorted(len(line) for line in lines if line.strip())
    if not lengths:
        return page
    full = lengths[int(len(lengths) * 0.9)] if len(lengths) > 3 else lengths[-1]
    out: list[str] = []
    for line in lines:
        out.append(line)
        if line.strip() and len(line) < 0.8 * full:
            out.append("")
    return "\n".join(out)


def docx_text(path: Path, data: bytes) -> str:
    import io
    import zipfile

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise SourceError(path, f"unreadable Word document ({exc})") from exc
    return "\n\n".join(p.text for p in document.paragraphs)


def discover(paths: list[Path]) -> list[Path]:
    """The files to load: files as given, folders searched recursively (hidden files skipped)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found.append(path)
    return found
