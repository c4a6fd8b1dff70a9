"""Accepting uploads: size caps while copying, the deck's type from its bytes, safe ZIP unpacking.

Only what is cheap is checked here, inside the upload request: sizes, the deck's type (magic
bytes and a ZIP's directory; an encrypted Office container is known from its header), and
every entry of an org ZIP. Reading the deck (text, pages, encryption of a PDF) happens in the
run's job, so a 20,000-page PDF is accepted in the time it takes to copy it.

Every refusal is one of the documented errors (``agent.errors``), named by the client's file
name (a label, never a path): ``FileTooLargeError``, ``UnsupportedFormatError``,
``UnsafeArchiveError``, ``CorruptFileError``, ``EncryptedFileError``, ``ContextError``.
"""

from __future__ import annotations

import re
import stat
import zipfile
from pathlib import Path, PurePosixPath
from typing import IO

from agent.errors import (
    ContextError,
    CorruptFileError,
    FileTooLargeError,
    InputError,
    NoTextError,
    UnsafeArchiveError,
    UnsupportedFormatError,
)
from agent.web._plain import megabytes

CHUNK = 1024 * 1024
DECK_KINDS = ("pptx", "pdf")
NOT_A_DECK = "not a deck (PPTX or PDF)"
_DESCRIPTION = {"docx": "Word document", "md": "Markdown text", "txt": "plain text"}


def display_name(filename: str | None, default: str) -> str:
    """A client's file name, reduced to a label for messages (never used as a path)."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    return name[:120] or default


def copy_capped(
    src: IO[bytes], dest: Path, limit: int, label: str, *, already: int = 0, over: str = ""
) -> int:
    """Copy a file-like object to ``dest`` in chunks; refuse once ``already`` + copied passes ``limit``.

    Returns the new running total, so several copies can share one budget (a ZIP's entries).
    """
    total = already
    with dest.open("wb") as handle:
        while chunk := src.read(CHUNK):
            total += len(chunk)
            if total > limit:
                raise FileTooLargeError(
                    label, over or f"the file is over the {megabytes(limit)} limit"
                )
            handle.write(chunk)
    return total


def save_deck(src: IO[bytes], folder: Path, label: str, max_bytes: int) -> str:
    """Store an uploaded deck as ``folder/deck.<kind>``; return the file name.

    The type comes from the bytes (the same check and wording as ``groundwork plan``).
    """
    from extractors import detect

    upload = folder / "upload.bin"
    size = copy_capped(src, upload, max_bytes, label)
    if size == 0:
        raise NoTextError(label, "the file is empty")
    try:
        kind = detect(upload, max_bytes=max_bytes)
    except InputError as exc:
        raise type(exc)(label, exc.reason) from None
    if kind not in DECK_KINDS:
        raise UnsupportedFormatError(label, f"{NOT_A_DECK}: this is {_DESCRIPTION[kind]}")
    name = f"deck.{kind}"
    upload.rename(folder / name)
    return name


def _member_path(name: str, label: str) -> PurePosixPath | None:
    """The safe relative path of a ZIP member, None to skip it; raises on unsafe names."""
    if "\x00" in name or any(not ch.isprintable() for ch in name):
        raise UnsafeArchiveError(label, f"entry {name!r} has control characters in its name")
    if "\\" in name:
        raise UnsafeArchiveError(label, f"entry {name!r} uses backslashes in its path")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise UnsafeArchiveError(label, f"entry {name!r} has an absolute path")
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if any(p == ".." for p in parts):
        raise UnsafeArchiveError(
            label, f"entry {name!r} points outside the archive (path traversal)"
        )
    if not parts or parts[0] == "__MACOSX" or parts[-1] in (".DS_Store", "Thumbs.db"):
        return None
    if len(parts) > 16 or any(len(p) > 200 for p in parts):
        raise UnsafeArchiveError(label, f"entry {name[:80]!r}... is nested too deeply or too long")
    return PurePosixPath(*parts)


def extract_org_zip(
    archive_path: Path, dest: Path, *, max_bytes: int, max_files: int, label: str
) -> Path:
    """Unpack an org-context ZIP into ``dest`` with guards; return the context root.

    Refused: absolute paths, ``..``, symlinks, encrypted entries, a file and a folder of the
    same name, more than ``max_files`` files, more than ``max_bytes`` uncompressed (counted
    while inflating, not trusted from the header). A ZIP that holds a single top-level folder
    has that folder as its root.
    """
    try:
        archive = zipfile.ZipFile(archive_path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise CorruptFileError(label, "not a ZIP archive (or truncated)") from None
    dest.mkdir(parents=True, exist_ok=True)
    root = dest.resolve()
    files = 0
    total = 0
    with archive:
        infos = archive.infolist()
        if len(infos) > max_files * 2:
            raise UnsafeArchiveError(label, f"{len(infos):,} entries (limit {max_files:,} files)")
        for info in infos:
            rel = _member_path(info.filename, label)
            if rel is None:
                continue
            if stat.S_ISLNK(info.external_attr >> 16):
                raise UnsafeArchiveError(label, f"entry {info.filename!r} is a symbolic link")
            if info.flag_bits & 0x1:
                raise UnsafeArchiveError(label, f"entry {info.filename!r} is encrypted")
            target = root.joinpath(*rel.parts)
            if not target.resolve().is_relative_to(root):
                raise UnsafeArchiveError(label, f"entry {info.filename!r} escapes the folder")
            try:
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                if target.is_dir():
                    raise NotADirectoryError(str(target))
            except (FileExistsError, NotADirectoryError, IsADirectoryError):
                raise UnsafeArchiveError(
                    label, f"entry {info.filename!r} clashes with a file or folder of the same name"
                ) from None
            files += 1
            if files > max_files:
                raise UnsafeArchiveError(label, f"more than {max_files:,} files")
            over = f"its files would unpack to more than the {megabytes(max_bytes)} limit"
            if total + info.file_size > max_bytes:
                raise FileTooLargeError(label, over)
            try:
                with archive.open(info) as src:
                    # counted while inflating: a header's declared size is not trusted
                    total = copy_capped(src, target, max_bytes, label, already=total, over=over)
            except InputError:
                raise
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
                reason = " ".join(str(exc).split())[:120]
                raise CorruptFileError(
                    label, f"entry {info.filename!r} unreadable ({reason})"
                ) from None
    if files == 0:
        raise ContextError(f"{label}: the ZIP holds no files")
    entries = list(root.iterdir())
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    return root
