"""Writing files so that a reader never sees half of one: the one helper every module uses.

``atomic_write_text`` / ``atomic_write_bytes`` write a file through a temporary file in the
same directory, fsync it, and ``os.replace`` it into place: a crash leaves the old file or
the new one, never a mix. ``remove_stale`` clears the working folders a killed process left
(``<prefix><pid>-...``). ``agent.render.StagedOutput`` does the same for a set of files.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

_DEFAULT_MODE = 0o644
_PID_TAG = re.compile(r"^(\d+)-")
STALE_UNTAGGED_SECONDS = 3600  # a staging folder without a pid (older versions) is stale after this


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: someone else's live process
        return True
    return True


def remove_stale(parent: Path, prefix: str) -> list[Path]:
    """Remove ``parent/<prefix><pid>-*`` folders whose process is gone; returns what went."""
    removed: list[Path] = []
    try:
        entries = list(parent.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith(prefix) or entry.is_symlink() or not entry.is_dir():
            continue
        tag = _PID_TAG.match(entry.name[len(prefix) :])
        if tag:
            stale = int(tag.group(1)) != os.getpid() and not pid_alive(int(tag.group(1)))
        else:
            try:
                stale = time.time() - entry.stat().st_mtime > STALE_UNTAGGED_SECONDS
            except OSError:
                stale = False
        if stale:
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


def atomic_write_bytes(path: str | Path, data: bytes, mode: int | None = None) -> Path:
    """Write ``data`` to ``path`` atomically (parent directories are created). The file keeps
    the mode it had, else gets ``mode`` (default 0644)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    if mode is None:
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = _DEFAULT_MODE
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)  # mkstemp creates 0600; keep the file readable as before
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return target


def atomic_write_text(
    path: str | Path, text: str, encoding: str = "utf-8", mode: int | None = None
) -> Path:
    """Write ``text`` to ``path`` atomically, with '\\n' line ends on every platform."""
    return atomic_write_bytes(path, text.encode(encoding), mode)


def display_path(text: str) -> str:
    """A path (or file name) that prints and serializes: bytes that are not UTF-8 (a name
    from another system, kept by Python as lone surrogates) show as ``\\xNN`` instead of
    breaking JSON, terminals and tokenizers. Here, not in ``extractors``, so the org-folder
    scan of a search needs no deck schemas."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
