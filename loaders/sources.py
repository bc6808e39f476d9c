"""Reading a source file into text: plain text and Markdown (UTF-8, or UTF-16 with its byte
order mark), PDF, Word.

Each reader returns the document's text or raises `SourceError` naming the file and the
problem in one line. Nothing here touches the store.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import zipfile

    from mandate_graph.graph.settings import Settings

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
PDF_SUFFIXES = {".pdf"}
DOCX_SUFFIXES = {".docx"}
SUPPORTED = TEXT_SUFFIXES | PDF_SUFFIXES | DOCX_SUFFIXES


@dataclass(frozen=True)
class ReadLimits:
    """How much one file may cost to read, so that no input exhausts the machine.

    A UN document is rarely over 1 MB of text; the defaults leave room for the largest
    reports while refusing inputs that would run for minutes and take gigabytes (a 16 MB text
    took 48 s and 2.6 GB; a 1.4 MB Word file that unpacks to 400 MB of XML took 17 GB).
    """

    max_file_bytes: int = 100 * 2**20
    max_text_chars: int = 4 * 2**20
    max_unpacked_bytes: int = 64 * 2**20  # a Word file's XML, all parts together
    max_unpack_ratio: int = 100  # unpacked bytes per packed byte, per part
    max_pdf_pages: int = 2000
    max_extract_seconds: float = 120.0  # extraction of one file (loaders/time_limit.py)


    @classmethod
    def from_settings(cls, settings: Settings) -> "ReadLimits":
        """The limits the settings name (the others keep their defaults)."""
        return cls(
            max_file_bytes=settings.max_file_bytes,
            max_text_chars=settings.max_text_chars,
            max_extract_seconds=settings.max_extract_seconds,
        )


DEFAULT_LIMITS = ReadLimits()


def _mb(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n / 1024:.1f} KB"


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

    @property
    def graph_key(self) -> str:
        """The key of its named graph: folder and file name, so that ``a/report.txt`` and
        ``b/report.txt`` never replace each other, and the same on every clone of a corpus."""
        folder = self.path.resolve().parent.name
        return f"{folder}/{self.key}" if folder else self.key

    @property
    def path_digest(self) -> str:
        """Which file this is, without publishing the server's paths: a digest of the full path."""
        return hashlib.sha256(str(self.path.resolve()).encode()).hexdigest()


def read_source(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> SourceText:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise SourceError(
                path, f"the file is {_mb(size)}, over the {_mb(limits.max_file_bytes)} limit per file"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(path, f"cannot read the file ({exc.strerror or exc})") from exc
    if not data.strip():
        raise SourceError(path, "the file is empty")
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES or data.startswith(b"%PDF-"):
        text = pdf_text(path, data, limits)
    elif suffix in DOCX_SUFFIXES:
        text = docx_text(path, data, limits)
    else:
        text = decode_text(path, data)
    if len(text) > limits.max_text_chars:
        raise SourceError(
            path,
            f"the text is {len(text) / 2**20:.1f} million characters, over the "
            f"{limits.max_text_chars / 2**20:.1f} million limit per file: split the document",
        )
    if not text.strip():
        raise SourceError(path, "no text could be extracted from the file")
    return SourceText(path=path, text=text, sha256=hashlib.sha256(data).hexdigest())


# Control characters other than line breaks, tab and form feed: many of them mean a binary file.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


# Byte order marks of UTF-16: Excel's "Unicode Text" (a TSV table), Notepad's "Unicode", many a
# Windows tool's export. The mark makes the encoding certain; without it NUL bytes mean binary.
_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


def decode_text(path: Path, data: bytes) -> str:
    if data.startswith(_UTF16_MARKS) and len(data) % 2 == 0:
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as exc:
            raise SourceError(path, f"not valid UTF-16 after its byte order mark ({exc.reason})") from exc
    if b"\x00" in data[:8192]:
        raise SourceError(path, "binary file, not text (it contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(
            path, f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} cannot be decoded"
        ) from exc
    text = text.removeprefix("\ufeff")
    control = len(_CONTROL.findall(text, 0, 8192))
    if control > 0.05 * min(len(text), 8192):
        raise SourceError(path, "binary file, not text (too many control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def pdf_text(path: Path, data: bytes, limits: ReadLimits = DEFAULT_LIMITS) -> str:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise SourceError(path, "the PDF is encrypted")
        if len(reader.pages) > limits.max_pdf_pages:
            raise SourceError(
                path, f"the PDF has {len(reader.pages)} pages, over the {limits.max_pdf_pages} page limit"
            )
        pages: list[str] = []
        extracted = 0
        for page in reader.pages:  # page by page, to stop as soon as the text is too long
            pages.append(page.extract_text() or "")
            extracted += len(pages[-1])
            if extracted > limits.max_text_chars:
                raise SourceError(
                    path,
                    f"the PDF's text is over the {limits.max_text_chars / 2**20:.1f} million character "
                    "limit per file: split the document",
                )
    except SourceError:
        raise
    except PdfReadError as exc:
        raise SourceError(path, f"unreadable PDF ({_one_line(exc)})") from exc
    except Exception as exc:  # noqa: BLE001 - see _one_line: a damaged file breaks parsers anywhere
        raise SourceError(path, f"unreadable PDF ({type(exc).__name__}: {_one_line(exc)})") from exc
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


def docx_text(path: Path, data: bytes, limits: ReadLimits = DEFAULT_LIMITS) -> str:
    import io
    import zipfile

    import docx

    try:
        check_unpacked_size(path, zipfile.ZipFile(io.BytesIO(data)), limits)
        document = docx.Document(io.BytesIO(data))
        return "\n\n".join(p.text for p in document.paragraphs)
    except SourceError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise SourceError(path, f"unreadable Word document ({_one_line(exc)})") from exc
    except Exception as exc:  # noqa: BLE001 - see _one_line: a damaged file breaks parsers anywhere
        raise SourceError(path, f"unreadable Word document ({type(exc).__name__}: {_one_line(exc)})") from exc


_MESSAGE_LENGTH = 200


def _one_line(exc: BaseException) -> str:
    """A parser's complaint as one short line.

    A truncated or corrupted PDF or Word file makes pypdf, zlib, lxml and python-docx fail
    with whatever exception the damaged spot leads to (LimitReachedError, zlib.error,
    AttributeError on a missing part, ...): the readers turn any of them into a SourceError
    naming the file, so that no damaged input reaches the user as a traceback.
    """
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= _MESSAGE_LENGTH else text[: _MESSAGE_LENGTH - 1] + "…"


def check_unpacked_size(path: Path, archive: "zipfile.ZipFile", limits: ReadLimits) -> None:
    """Refuse a zip bomb from its directory, before anything is unpacked."""
    total = 0
    for part in archive.infolist():
        total += part.file_size
        if part.compress_size and part.file_size / part.compress_size > limits.max_unpack_ratio:
            raise SourceError(
                path,
                f"part {part.filename} unpacks {part.file_size / part.compress_size:.0f} times its "
                f"size, over the ratio of {limits.max_unpack_ratio} allowed (a zip bomb?)",
            )
    if total > limits.max_unpacked_bytes:
        raise SourceError(
            path, f"the Word file unpacks to {_mb(total)}, over the {_mb(limits.max_unpacked_bytes)} limit"
        )


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
