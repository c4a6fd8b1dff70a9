"""What the three dev16 builders (``build_<case>.py``) share: writing a case's files so that a
rebuild gives them byte for byte, and the footer of the two PPTX decks.

- ``normalize_zip`` rewrites an OOXML package (DOCX, PPTX, XLSX) with every entry's time and
  the document's created and modified dates fixed at a ``Stamp``; ``ooxml_bytes`` sets a
  python-docx, python-pptx or openpyxl document's core properties, saves it and normalises it.
- ``write_text`` writes a literal string (its leading newlines dropped) as UTF-8;
  ``write_files`` writes a folder's files from a mapping of relative paths to text or bytes.
- ``footer`` draws a slide's footer line and its right-aligned page number with
  ``evals.dev13.build_dev13``'s ``text_box``, imported when it is called: the PDF builder
  (``build_kittiwake_aero.py``) runs in a venv without fpdf, which ``build_dev13`` needs, and
  uses only the rest.

Importing it runs nothing.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pptx.enum.text import PP_ALIGN

_DOC_DATES = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)

Color = tuple[int, int, int]


@dataclass(frozen=True)
class Stamp:
    """The fixed time a package is written at: its ZIP entries' time and its W3C dates."""

    zip_time: tuple[int, int, int, int, int, int]
    w3c: str


def normalize_zip(data: bytes, stamp: Stamp) -> bytes:
    """Rewrite an OOXML package with fixed entry times and document dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename.endswith("core.xml"):
                body = _DOC_DATES.sub(rb"\g<1>" + stamp.w3c.encode() + rb"\g<2>", body)
            elif info.filename.endswith(".xlsx"):
                body = normalize_zip(body, stamp)  # a chart's embedded workbook
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp.zip_time)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, body)
    return out.getvalue()


def ooxml_bytes(doc: Any, stamp: Stamp, **properties: object) -> bytes:
    """A python-docx, python-pptx or openpyxl document as bytes, normalised at ``stamp``, its
    core properties (``core_properties``, or openpyxl's ``properties``) set first, in order."""
    core = doc.core_properties if hasattr(doc, "core_properties") else doc.properties
    for name, value in properties.items():
        setattr(core, name, value)
    buffer = io.BytesIO()
    doc.save(buffer)
    return normalize_zip(buffer.getvalue(), stamp)


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.lstrip("\n"), encoding="utf-8")


def write_files(root: Path, files: Mapping[str, str | bytes]) -> None:
    """Write each file under ``root``: text through ``write_text``, bytes as they are."""
    for rel, body in files.items():
        path = root / rel
        if isinstance(body, str):
            write_text(path, body)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(body)


# =========================================================================== PPTX helpers


def footer(
    shapes,
    top: float,
    text: tuple[float, float, str],
    number: tuple[float, float, str],
    color: Color,
    font: str,
) -> None:
    """A slide's footer line: ``text`` and ``number``, each (left, width, words), 0.3 in high at
    ``top``; the text in 8 pt, the number after it in 9 pt bold, right-aligned."""
    from evals.dev13.build_dev13 import text_box

    left, width, words = text
    text_box(shapes, left, top, width, 0.3, [words], 8, False, color, font)
    left, width, words = number
    text_box(shapes, left, top, width, 0.3, [words], 9, True, color, font, PP_ALIGN.RIGHT)
