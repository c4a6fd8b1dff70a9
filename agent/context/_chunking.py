"""Split a Document into chunks of roughly 80-200 words that never straddle a heading.

A chunk is a contiguous slice ``document.text[start:end]`` of whole blocks (a block
longer than the limit is cut at sentence ends). A heading starts a new chunk, except
that consecutive headings with nothing between them stay together, so a title is never
a chunk on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypeAlias

from agent.context._documents import Block, Document

MIN_WORDS = 80
MAX_WORDS = 200

# What a search hit reports of its chunk (doc, chunk, heading, start, end): the corpus keeps
# it, Chroma stores it as the chunk's metadata (with the file's sha256 beside it).
ChunkMeta: TypeAlias = dict[str, str | int]


@dataclass(frozen=True)
class Chunk:
    doc: str
    index: int
    text: str
    heading: str  # "Systems Inventory > Known gaps"
    start: int
    end: int

    def search_text(self) -> str:
        """What is embedded and keyword-indexed: document name and heading path, then the text,
        so a chunk in the middle of a section still carries the words of its title."""
        title = self.doc.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("-", " ").replace("_", " ")
        prefix = f"{title} > {self.heading}" if self.heading else title
        return f"{prefix}\n{self.text}"


def _words(text: str) -> int:
    return len(text.split())


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


def _split_long(block: Block, limit: int) -> list[tuple[int, int]]:
    """Spans (absolute offsets) of pieces of an over-long block, cut at sentence ends."""
    pieces: list[tuple[int, int]] = []
    start = 0
    count = 0
    last_cut = 0
    text = block.text
    for m in _SENTENCE_END.finditer(text):
        sentence_words = _words(text[last_cut : m.start()])
        if count and count + sentence_words > limit:
            pieces.append((start, last_cut))
            start, count = last_cut, 0
        count += sentence_words
        last_cut = m.end()
    tail = text[last_cut:]
    if count and count + _words(tail) > limit:
        pieces.append((start, last_cut))
        start = last_cut
    pieces.append((start, len(text)))
    out: list[tuple[int, int]] = []
    for a, b in pieces:  # a "sentence" with no punctuation for 500 words: cut on words
        if _words(text[a:b]) <= limit * 1.5:
            out.append((a, b))
            continue
        spans = [m.span() for m in re.finditer(r"\S+", text[a:b])]
        for i in range(0, len(spans), limit):
            group = spans[i : i + limit]
            out.append((a + group[0][0], a + group[-1][1]))
    return [(block.start + a, block.start + b) for a, b in out if text[a:b].strip()]


def chunk_document(
    doc: Document, *, min_words: int = MIN_WORDS, max_words: int = MAX_WORDS
) -> list[Chunk]:
    chunks: list[Chunk] = []
    current: list[tuple[int, int]] = []  # spans of the blocks in the open chunk
    heading: tuple[str, ...] = ()
    words = 0
    content = False  # the open chunk holds more than headings

    def flush() -> None:
        nonlocal current, words, content
        if current and content:
            start, end = current[0][0], current[-1][1]
            text = doc.text[start:end]
            if text.strip():
                chunks.append(Chunk(doc.path, len(chunks), text, " > ".join(heading), start, end))
        if content:
            current, words, content = [], 0, False

    for block in doc.blocks:
        if not block.text.strip() or block.end <= block.start:
            continue
        if block.kind == "heading":
            flush()
            current.append((block.start, block.end))
            heading = block.heading
            words += _words(block.text)
            continue
        if block.heading != heading and content:
            flush()  # a new section without a heading block of its own (YAML keys, slides)
        if not content:
            heading = (
                block.heading if len(block.heading) >= len(heading) or not current else heading
            )
        size = _words(block.text)
        if size > max_words:
            flush()
            for start, end in _split_long(block, max_words):
                current.append((start, end))
                content = True
                words += _words(doc.text[start:end])
                flush()
            continue
        if content and words + size > max_words and words >= min_words // 2:
            flush()
        current.append((block.start, block.end))
        words += size
        content = True
    flush()
    return chunks
