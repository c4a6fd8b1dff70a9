"""Words for people: what the page and the API say about sizes and limits."""

from __future__ import annotations

import re

_BYTES = re.compile(r"(\d[\d,]*)(?:-byte| bytes?)\b")


def megabytes(size: int) -> str:
    """A size as people say it: "50 MB", "2.5 MB", "20 KB"; never a byte count."""
    mb = size / (1024 * 1024)
    if mb < 1:
        return f"{max(1, round(size / 1024))} KB"
    if mb >= 10 or mb == int(mb):
        return f"{mb:.0f} MB"
    return f"{mb:.1f} MB"


_INTERNALS = re.compile(r"\s*\((?:--[a-z-]+|[\w.]*(?:Error|Exception)\b[^()]*)\)")


def plain(message: str) -> str:
    """One line for a person: byte counts as MB; no command-line flags or exception names."""
    text = _BYTES.sub(lambda m: megabytes(int(m.group(1).replace(",", ""))), str(message))
    text = _INTERNALS.sub("", text)
    return " ".join(text.split())
