"""Type detection from bytes, size limits, zip bombs, and the error contract of extract()."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest
from fpdf import FPDF
from pptx import Presentation

import extractors.pptx
from agent.errors import (
    CorruptFileError,
    EncryptedFileError,
    FileTooLargeError,
    InputError,
    NoTextError,
    UnsupportedFormatError,
)
from extractors import detect, extract, extract_document
from extractors.detect import OLE2_MAGIC

GIB = 1024**3


def make_pdf(path: Path, text: str = "Hello from a PDF.") -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.text(20, 30, text)
    pdf.output(str(path))
    return path


def make_pptx(path: Path, title: str = "A deck") -> Path:
    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[5]).shapes.title.text = title
    prs.save(str(path))
    return path


def declared_bomb(path: Path, declared: int, *, pptx_like: bool = True) -> Path:
    """A small real ZIP whose central directory claims ``declared`` bytes for one entry."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        if pptx_like:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("ppt/presentation.xml", "<p:presentation/>")
        z.writestr("ppt/media/zeros.bin", b"\0" * 4096)
    data = bytearray(path.read_bytes())
    start = data.rfind(b"PK\x01\x02")  # the last central-directory record is the zeros entry
    data[start + 24 : start + 28] = struct.pack("<I", min(declared, 0xFFFFFFFF))
    path.write_bytes(bytes(data))
    return path


def test_magic_bytes_not_extension(tmp_path: Path) -> None:
    disguised = make_pdf(tmp_path / "actually-a-pdf.pptx")
    assert detect(disguised) == "pdf"
    deck = extract(disguised)
    assert deck.kind == "pdf" and "Hello from a PDF." in deck.text()
    pptx_as_pdf = make_pptx(tmp_path / "deck.pdf")
    assert extract(pptx_as_pdf).kind == "pptx"


def test_pdf_marker_within_first_kilobyte(tmp_path: Path) -> None:
    data = make_pdf(tmp_path / "a.pdf").read_bytes()
    padded = tmp_path / "padded.bin"
    padded.write_bytes(b"\n" * 500 + data)
    assert detect(padded) == "pdf"


def test_zip_bomb_is_refused_from_the_central_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bomb = declared_bomb(tmp_path / "bomb.pptx", 2 * GIB - 1)

    def no_inflating(*args: object, **kwargs: object) -> None:
        raise AssertionError("a ZIP member was opened before the size check")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_inflating)
    with pytest.raises(FileTooLargeError, match="zip bomb"):
        extract(bomb)


def test_real_zip_bomb_of_zeros_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "zeros.pptx"
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("ppt/slides/slide1.xml", "w") as member:
            for _ in range(64):
                member.write(chunk)
    assert path.stat().st_size < 1 << 20
    with pytest.raises(FileTooLargeError):
        extract(path, max_bytes=32 << 20)
    with pytest.raises(FileTooLargeError, match="inflates"):  # ratio check under a big limit
        extract(path, max_bytes=1 << 30)


def test_too_large_file(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "big.pdf")
    with pytest.raises(FileTooLargeError, match="limit"):
        extract(path, max_bytes=100)
    assert extract(path, max_bytes=10_000_000).kind == "pdf"


def test_ole2_containers(tmp_path: Path) -> None:
    encrypted = tmp_path / "locked.pptx"
    encrypted.write_bytes(OLE2_MAGIC + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le"))
    with pytest.raises(EncryptedFileError, match="encrypted PowerPoint"):
        extract(encrypted)
    legacy = tmp_path / "old.ppt"
    legacy.write_bytes(OLE2_MAGIC + b"\0" * 504 + "PowerPoint Document".encode("utf-16-le"))
    with pytest.raises(UnsupportedFormatError, match=r"convert to \.pptx"):
        extract(legacy)


def test_other_formats_are_not_decks(tmp_path: Path) -> None:
    text = tmp_path / "notes.pptx"
    text.write_text("# Vision\n\nBe great.\n")
    with pytest.raises(UnsupportedFormatError, match=r"not a deck \(PPTX or PDF\)"):
        extract(text)
    assert extract_document(text).kind == "md"
    binary = tmp_path / "blob.pdf"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(UnsupportedFormatError, match="not a deck"):
        extract(binary)
    archive = tmp_path / "files.pptx"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("readme.txt", "hi")
    with pytest.raises(UnsupportedFormatError, match="ZIP archive"):
        extract(archive)


def test_truncated_zip_is_corrupt(tmp_path: Path) -> None:
    data = make_pptx(tmp_path / "ok.pptx").read_bytes()
    cut = tmp_path / "cut.pptx"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFileError, match="truncated or corrupt"):
        extract(cut)


def test_missing_empty_and_directory_paths(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        extract(tmp_path / "nope.pptx")
    with pytest.raises(InputError, match="directory"):
        extract(tmp_path)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(NoTextError, match="empty file"):
        extract(empty)


def test_unexpected_parser_failure_becomes_corrupt_file_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(data: bytes, source: object) -> None:
        raise KeyError("word/missing.xml")

    monkeypatch.setattr(extractors.pptx, "extract_pptx", explode)
    path = make_pptx(tmp_path / "deck.pptx")
    with pytest.raises(CorruptFileError) as info:
        extract(path)
    assert info.value.path == str(path)
    assert "KeyError" in info.value.reason
    assert "\n" not in str(info.value)


def test_provenance_and_hash(tmp_path: Path) -> None:
    import hashlib

    path = make_pptx(tmp_path / "hash.pptx")
    deck = extract(path)
    assert deck.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert deck.name == "hash.pptx" and deck.path == str(path)
