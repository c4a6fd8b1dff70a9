"""File to text-with-structure: decks (PPTX, PDF) and context documents (plus Markdown, text, Word).

    extract(path)            a deck (PPTX/PDF) -> Deck; anything else is "not a deck"
    extract_document(path)   any supported document (pptx, pdf, docx, md, txt) -> Deck
    detect(path)             the document kind from the bytes (never the extension)
    to_markdown(deck)        readable Markdown of the structure

Only the documented InputError subclasses (agent.errors) leave these functions: a parser
failure of any other kind becomes a CorruptFileError naming the file and a short reason.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from agent.config import DEFAULT_MAX_BYTES
from agent.errors import CorruptFileError, InputError, UnsupportedFormatError
from extractors._base import Source, display_path, short_reason
from extractors.detect import NOT_A_DECK, DocumentKind, detect, read_checked, sniff
from extractors.render import to_markdown
from schemas.deck import Deck

__all__ = [
    "DECK_KINDS",
    "DOCUMENT_KINDS",
    "DocumentKind",
    "Source",
    "detect",
    "display_path",
    "extract",
    "extract_document",
    "to_markdown",
]

DECK_KINDS: frozenset[str] = frozenset({"pptx", "pdf"})
DOCUMENT_KINDS: frozenset[str] = frozenset({"pptx", "pdf", "docx", "md", "txt"})
_DESCRIPTION = {"docx": "Word document", "md": "Markdown text", "txt": "plain text"}


def _parser(kind: str) -> Callable[[bytes, Source], Deck]:
    # Imported on demand: the CLI's other commands should not pay for pypdf/python-pptx.
    if kind == "pptx":
        from extractors.pptx import extract_pptx

        return extract_pptx
    if kind == "pdf":
        from extractors.pdf import extract_pdf

        return extract_pdf
    if kind == "docx":
        from extractors.docx import extract_docx

        return extract_docx
    if kind == "md":
        from extractors.text import extract_markdown

        return extract_markdown
    from extractors.text import extract_text

    return extract_text


def _extract(path: str | Path, max_bytes: int, allowed: frozenset[str]) -> Deck:
    data = read_checked(path, max_bytes)
    if not data:
        from agent.errors import NoTextError

        raise NoTextError(path, "empty file (0 bytes)")
    kind = sniff(path, data, max_bytes=max_bytes)
    if kind not in allowed:
        raise UnsupportedFormatError(path, f"{NOT_A_DECK}: this is {_DESCRIPTION[kind]}")
    source = Source(
        path=display_path(str(path)),
        name=display_path(Path(path).name),
        sha256=hashlib.sha256(data).hexdigest(),
    )
    try:
        return _parser(kind)(data, source)
    except InputError:
        raise
    except RecursionError:
        raise CorruptFileError(
            path, f"unreadable {kind.upper()}: structure nested too deeply"
        ) from None
    except Exception as exc:  # third-party parsers raise anything; users get one documented error
        raise CorruptFileError(path, f"unreadable {kind.upper()} ({short_reason(exc)})") from None


def extract(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Deck:
    """Extract a strategy deck (PPTX or PDF, detected from the bytes) with structure and provenance.

    Raises EncryptedFileError, CorruptFileError, UnsupportedFormatError, NoTextError,
    FileTooLargeError (all InputError) and nothing else for a bad file.
    """
    return _extract(path, max_bytes, DECK_KINDS)


def extract_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Deck:
    """Extract any supported document (pptx, pdf, docx, md, txt): the org-context loader's entry."""
    return _extract(path, max_bytes, DOCUMENT_KINDS)
