"""Writing a set of output files so that a reader never sees half of them.

``StagedOutput`` does for a set of files what ``agent.files.atomic_write_bytes`` does for
one: everything is rendered into a staging directory next to the output directory (same
filesystem, so ``os.replace`` is a rename), and only when all of it succeeded are the files
moved into place. If rendering fails, the output directory is untouched and the staging
directory removed. A staging directory carries the pid of the process that made it
(``.OUT.staging-<pid>-<random>``); ``remove_stale`` clears the ones whose process is gone
(a run killed while rendering), and every new ``StagedOutput`` calls it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from types import TracebackType

from agent.files import atomic_write_bytes, atomic_write_text, remove_stale

__all__ = ["StagedOutput", "atomic_write_bytes", "atomic_write_text"]


class StagedOutput:
    """Stage files next to ``out_dir`` and move them in only on success.

    with StagedOutput(out_dir) as stage:
        stage.write_text("report.md", text)
        xlsx_writer(stage.path("raci.xlsx"))
        paths = stage.commit()          # moves everything into out_dir

    Leaving the block without ``commit()`` (an exception) discards the staging
    directory; ``out_dir`` is not created or changed. Subdirectories listed in
    ``replace_dirs`` are swapped whole, so files a previous run left there (a role
    that no longer exists) do not linger; everything else in ``out_dir`` is kept.
    """

    def __init__(self, out_dir: str | Path, replace_dirs: tuple[str, ...] = ()) -> None:
        self.out_dir = Path(out_dir)
        self.replace_dirs = replace_dirs
        self.root: Path | None = None
        self._files: list[str] = []

    def __enter__(self) -> StagedOutput:
        parent = self.out_dir.resolve().parent
        parent.mkdir(parents=True, exist_ok=True)
        prefix = f".{self.out_dir.name or 'out'}.staging-"
        remove_stale(parent, prefix)  # left by a run killed while it rendered
        self.root = Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=parent))
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    def path(self, relative: str) -> Path:
        """Where to write ``relative`` inside the staging directory (parents created)."""
        if self.root is None:
            raise RuntimeError("StagedOutput used outside its with-block")
        rel = Path(relative)
        if rel.is_absolute() or ".." in rel.parts:
            raise ValueError(f"not a relative output path: {relative!r}")
        target = self.root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if relative not in self._files:
            self._files.append(relative)
        return target

    def write_text(self, relative: str, text: str) -> None:
        self.path(relative).write_bytes(text.encode("utf-8"))

    def write_bytes(self, relative: str, data: bytes) -> None:
        self.path(relative).write_bytes(data)

    def commit(self, last: tuple[str, ...] = ()) -> list[Path]:
        """Move every staged file into ``out_dir``; files named in ``last`` move last.

        Returns the final paths in the order the files were staged.
        """
        if self.root is None:
            raise RuntimeError("StagedOutput used outside its with-block")
        root = self.root
        self.out_dir.mkdir(parents=True, exist_ok=True)
        for rel in self._files:  # fsync file contents before they become visible
            with open(root / rel, "rb") as fh:
                os.fsync(fh.fileno())
        # Whole subdirectories first: move the old one aside, rename the new one in.
        for sub in self.replace_dirs:
            staged = root / sub
            if not staged.is_dir():
                staged.mkdir(parents=True)
            final = self.out_dir / sub
            if final.is_dir() and not final.is_symlink():
                os.replace(final, root / f".old-{sub.replace('/', '-')}")
            os.replace(staged, final)
        swapped = tuple(self.replace_dirs)
        loose = [r for r in self._files if not _under(r, swapped)]
        ordered = [r for r in loose if r not in last] + [r for r in loose if r in last]
        for rel in ordered:
            final = self.out_dir / rel
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(root / rel, final)
        return [self.out_dir / rel for rel in self._files]


def _under(relative: str, dirs: tuple[str, ...]) -> bool:
    parts = Path(relative).parts
    return any(parts[: len(Path(d).parts)] == Path(d).parts for d in dirs)
