"""File type from the bytes, never the name; size limits checked before anything is inflated.

``sniff`` returns one of the supported kinds (pptx, pdf, docx, md, txt) or raises the
documented error: legacy ``.ppt`` and other formats are ``UnsupportedFormatError``, an
encrypted Office container is ``EncryptedFileError``, a ZIP that would inflate past the
byte limit (or looks like a zip bomb) is ``FileTooLargeError``.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from pathlib import Path
from typing import Literal

from agent.config import DEFAULT_MAX_BYTES
from agent.errors import (
    CorruptFileError,
    EncryptedFileError,
    FileTooLargeError,
    InputError,
    UnsupportedFormatError,
)

DocumentKind = Literal["pptx", "pdf", "docx", "md", "txt"]

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
NOT_A_DECK = "not a deck (PPTX or PDF)"
# Deflate tops out near 1032:1; real decks stay far below. Only large entries are judged.
MAX_COMPRESSION_RATIO = 200
RATIO_MIN_BYTES = 16 * 1024 * 1024
MAX_ZIP_ENTRIES = 100_000

_PRESENTATION_TYPES = (
    "presentationml.presentation.main+xml",
    "presentationml.slideshow.main+xml",
    "presentationml.template.main+xml",
    "ms-powerpoint.presentation.macroenabled.main+xml",
    "ms-powerpoint.slideshow.macroenabled.main+xml",
    "ms-powerpoint.template.macroenabled.main+xml",
)
_WORD_TYPES = (
    "wordprocessingml.document.main+xml",
    "wordprocessingml.template.main+xml",
    "ms-word.document.macroenabled.main+xml",
    "ms-word.template.macroenabledtemplate.main+xml",
)
_MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
_MARKDOWN_HINT = re.compile(r"^(#{1,6}\s+\S|\|.*\|\s*$|```|\s*[-*+]\s+\[[ xX]\]\s)", re.M)


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def check_file_size(path: Path, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise FileTooLargeError(
            path, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)"
        )


def check_zip(path: str | Path, archive: zipfile.ZipFile, max_bytes: int) -> None:
    """Refuse a ZIP from its central directory alone: declared sizes, entry count, ratio."""
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_ENTRIES:
        raise FileTooLargeError(path, f"ZIP has {len(infos):,} entries (suspected zip bomb)")
    total = 0
    for info in infos:
        total += info.file_size
        if total > max_bytes:
            raise FileTooLargeError(
                path,
                f"ZIP contents would inflate past the {max_bytes:,}-byte limit "
                "(suspected zip bomb or oversized deck)",
            )
        if info.file_size >= RATIO_MIN_BYTES:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > MAX_COMPRESSION_RATIO:
                raise FileTooLargeError(
                    path,
                    f"ZIP entry {info.filename!r} inflates {ratio:,.0f}:1 (suspected zip bomb)",
                )


def open_zip(path: str | Path, data: bytes, max_bytes: int) -> zipfile.ZipFile:
    """The ZIP (Office container) in ``data``, after ``check_zip``: the one guard every
    ZIP-based document passes before a parser inflates anything (decks, docx, xlsx)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception as exc:  # BadZipFile, NotImplementedError ("zip file version 9.5"), ...
        raise CorruptFileError(
            path, f"truncated or corrupt ZIP/Office container ({' '.join(str(exc).split())})"
        ) from None
    try:
        check_zip(path, archive, max_bytes)
    except BaseException:
        archive.close()
        raise
    return archive


def _zip_kind(path: str | Path, data: bytes, max_bytes: int) -> DocumentKind:
    with open_zip(path, data, max_bytes) as archive:
        names = set(archive.namelist())
        content_types = ""
        if "[Content_Types].xml" in names:
            try:
                content_types = archive.read("[Content_Types].xml").decode("utf-8", "replace")
            except Exception as exc:  # bad CRC, unsupported compression, truncated entry
                raise CorruptFileError(
                    path, f"corrupt Office container: [Content_Types].xml unreadable ({exc})"
                ) from None
        if "mimetype" in names and not content_types:
            try:
                mimetype = archive.read("mimetype")[:100].decode("ascii", "replace")
            except Exception:  # bad CRC, unsupported compression, truncated entry
                mimetype = ""
            if "presentation" in mimetype:
                raise UnsupportedFormatError(
                    path, "OpenDocument presentation (.odp): export it to .pptx or PDF"
                )
            raise UnsupportedFormatError(path, f"{NOT_A_DECK}: OpenDocument file")
    lowered = content_types.lower()
    if any(t in lowered for t in _PRESENTATION_TYPES) or "ppt/presentation.xml" in names:
        return "pptx"
    if any(t in lowered for t in _WORD_TYPES) or "word/document.xml" in names:
        return "docx"
    if "spreadsheetml" in lowered or "xl/workbook.xml" in names:
        raise UnsupportedFormatError(path, f"{NOT_A_DECK}: Excel workbook")
    raise UnsupportedFormatError(path, f"{NOT_A_DECK}: ZIP archive")


def _ole_kind(path: str | Path, data: bytes) -> DocumentKind:
    if _utf16("EncryptedPackage") in data:
        # The encrypted package hides its type; only the name hints at a Word/Excel file.
        what = (
            "encrypted Office document"
            if Path(path).suffix.lower() in {".docx", ".docm", ".xlsx", ".xlsm"}
            else "encrypted PowerPoint"
        )
        raise EncryptedFileError(
            path, f"{what} (password-protected): remove the password and try again"
        )
    if _utf16("PowerPoint Document") in data:
        raise UnsupportedFormatError(path, "legacy binary PowerPoint (.ppt): convert to .pptx")
    if _utf16("WordDocument") in data:
        raise UnsupportedFormatError(path, f"{NOT_A_DECK}: legacy Word document (.doc)")
    if _utf16("Workbook") in data or _utf16("Book") in data:
        raise UnsupportedFormatError(path, f"{NOT_A_DECK}: legacy Excel workbook (.xls)")
    raise UnsupportedFormatError(path, f"{NOT_A_DECK}: OLE2 compound file")


def _text_kind(path: str | Path, data: bytes) -> DocumentKind | None:
    if b"\x00" in data[:8192]:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    if Path(path).suffix.lower() in _MARKDOWN_SUFFIXES or _MARKDOWN_HINT.search(text[:20000]):
        return "md"
    return "txt"


def sniff(path: str | Path, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> DocumentKind:
    """The document kind of ``data`` (the bytes of ``path``), or the documented error."""
    head = data[:1024]
    if b"%PDF" in head:
        return "pdf"
    if data.startswith(ZIP_MAGICS):
        return _zip_kind(path, data, max_bytes)
    if data.startswith(OLE2_MAGIC):
        return _ole_kind(path, data)
    kind = _text_kind(path, data)
    if kind is not None:
        return kind
    if data.startswith(b"{\\rtf"):
        raise UnsupportedFormatError(path, f"{NOT_A_DECK}: RTF document")
    raise UnsupportedFormatError(path, f"{NOT_A_DECK}: unrecognised file type")


_SPECIAL_FILES = (
    (stat.S_ISFIFO, "FIFO"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
    (stat.S_ISSOCK, "socket"),
)


def not_a_regular_file(path: str | Path) -> str | None:
    """Why ``path`` cannot be a document ("file not found", "is a directory", "is not a regular
    file (FIFO)"), or None for a regular file. Never opens it: opening a FIFO blocks."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "file not found"
    except (OSError, ValueError) as exc:
        return f"cannot read file ({getattr(exc, 'strerror', None) or exc})"
    if stat.S_ISDIR(mode):
        return "is a directory, not a file"
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _SPECIAL_FILES if test(mode)), "special file")
    return f"is not a regular file ({kind})"


def read_checked(path: str | Path, max_bytes: int) -> bytes:
    """The file's bytes, after the size check; unreadable paths are an InputError."""
    p = Path(path)
    problem = not_a_regular_file(p)
    if problem:
        raise InputError(path, problem)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror or exc})") from None
    check_file_size(p, size, max_bytes)
    try:
        # O_NONBLOCK: should the path turn into a FIFO after the check, open must not hang.
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise InputError(path, "is not a regular file")
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror or exc})") from None
    check_file_size(p, len(data), max_bytes)  # grew since stat, or a device/pipe
    return data


def detect(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> DocumentKind:
    """The kind of document at ``path`` from its bytes: pptx, pdf, docx, md or txt.

    Raises the documented InputError subclasses for everything else.
    """
    return sniff(path, read_checked(path, max_bytes), max_bytes=max_bytes)
