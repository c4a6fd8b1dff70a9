"""Walk an org-context folder and turn it into an ``OrgContext`` (roles, systems, absences, metrics)."""

from __future__ import annotations

import contextlib
import functools
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from agent.config import DEFAULT_MAX_BYTES
from agent.context._documents import SUPPORTED_SUFFIXES, Document, read_document, sha256_bytes
from agent.errors import ContextError, InputError
from agent.files import display_path
from schemas.context import OrgContext, Role

if TYPE_CHECKING:
    from agent.context._extract import Facts


@dataclass
class SourceFile:
    path: Path
    rel: str  # POSIX path relative to the org folder
    data: bytes | None = None
    sha256: str = ""
    error: str | None = None  # why it cannot be read, when it cannot
    size: int = 0
    mtime_ns: int = 0

    def read(self) -> bytes:
        """The bytes (read now if the scan trusted a cached sha256 and skipped them)."""
        if self.data is None:
            self.data = self.path.read_bytes()
            self.sha256 = sha256_bytes(self.data)
        return self.data


def resolve_org_dir(org_dir: str | Path) -> Path:
    """The folder, resolved; ContextError when it is missing, not a folder, or has no visible files."""
    path = Path(org_dir).expanduser()
    if not path.exists():
        raise ContextError(f"org-context folder {org_dir} does not exist")
    if not path.is_dir():
        raise ContextError(f"org-context folder {org_dir} is not a folder")
    return path.resolve()


def _visible_files(
    root: Path, exclude: Path | None
) -> Iterator[tuple[Path, str, str | None, os.stat_result | None]]:
    """Files under root, skipping hidden files/folders (``.git``, ``.groundwork``): each with
    its POSIX path relative to root, the reason it cannot be used (or None) and, for a
    regular file, its ``stat``.

    Symbolic links are followed only while they stay inside the folder: a link out of it
    (to ``/etc``) is reported and skipped, and a folder reached twice (a link loop, or a
    second link to the same folder) is walked once. ``exclude`` (the index folder) is
    recognized by its device and inode, so no entry needs resolving unless it is a link.
    """
    seen: set[tuple[int, int]] = set()
    try:
        top = root.stat()
        seen.add((top.st_dev, top.st_ino))
    except OSError:
        return
    excluded: tuple[int, int] | None = None
    if exclude is not None:
        with contextlib.suppress(OSError):
            info = exclude.stat()
            excluded = (info.st_dev, info.st_ino)
    stack: list[tuple[Path, str]] = [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError:
            continue
        subfolders = []
        for entry in entries:
            name = entry.name
            if name.startswith((".", "~$")) or name in {"__pycache__", "Thumbs.db"}:
                continue
            path = folder / name
            rel = prefix + name
            try:
                link = entry.is_symlink()
            except OSError:
                link = False
            if link:
                try:
                    target = path.resolve(strict=True)
                except (OSError, RuntimeError):  # dangling, or a loop of links
                    yield path, rel, "symbolic link that leads nowhere (dangling or a loop)", None
                    continue
                if not target.is_relative_to(root):
                    yield path, rel, "symbolic link out of the org folder (not followed)", None
                    continue
            try:
                info = entry.stat()  # follows links, as Path.stat does
            except OSError:
                continue
            key = (info.st_dev, info.st_ino)
            if key == excluded:
                continue
            if stat.S_ISDIR(info.st_mode):
                if key in seen:
                    yield (
                        path,
                        rel,
                        "folder already read through another path (symbolic link loop?)",
                        None,
                    )
                    continue
                seen.add(key)
                subfolders.append((path, rel + "/"))
            elif stat.S_ISREG(info.st_mode):
                yield path, rel, None, info
            else:
                yield path, rel, "not a regular file (FIFO, socket or device)", None
        stack.extend(reversed(subfolders))


def scan_folder(
    root: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    exclude: Path | None = None,
    known: dict[str, tuple[int, int, str]] | None = None,
) -> list[SourceFile]:
    """Every visible file with its sha256 (and bytes), or the reason it cannot be read.

    ``known`` maps a path to (size, mtime_ns, sha256) from the last sync: a file whose size
    and nanosecond mtime are unchanged keeps that sha256 without being read again.
    """
    files: list[SourceFile] = []
    found = sorted(
        ((rel, path, problem, info) for path, rel, problem, info in _visible_files(root, exclude)),
        key=lambda f: f[0],
    )
    for posix, path, problem, info in found:
        rel = display_path(posix)
        source = SourceFile(path, rel)
        if problem:
            source.error = problem
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            source.error = f"unsupported file type {path.suffix.lower() or '(no extension)'}"
        else:
            try:
                assert info is not None  # a regular file: stat taken by the walk
                source.size, source.mtime_ns = info.st_size, info.st_mtime_ns
                previous = (known or {}).get(rel)
                if source.size > max_bytes:
                    source.error = f"too large ({source.size:,} bytes; limit {max_bytes:,})"
                elif source.size == 0:
                    source.error = "empty file"
                elif previous and previous[:2] == (source.size, source.mtime_ns):
                    source.sha256 = previous[2]
                else:
                    source.read()
            except OSError as exc:
                source.error = f"unreadable ({exc.strerror or type(exc).__name__})"
        files.append(source)
    return files


def parse_source(source: SourceFile, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """The Document for a readable source file; raises InputError on a bad file."""
    return read_document(source.path, source.rel, source.read(), max_bytes=max_bytes)


# A document's facts by its bytes: a plan reads the org folder twice (load_context, then the
# index's sync), and the second extraction cost as much as the first (measured on the
# example: 0.25-0.35 CPU-s per run). Keyed by everything the Document is read from; each caller gets its own copy.
_FACTS: dict[tuple[str, str, str, int], Facts] = {}
_FACTS_KEPT = 256


def facts_of(source: SourceFile, doc: Document, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Facts:
    """``extract_facts(doc)`` for ``doc = parse_source(source, max_bytes=max_bytes)``, once per
    process for the same bytes."""
    import copy

    from agent.context._extract import extract_facts

    key = (str(source.path), source.rel, source.sha256, max_bytes)
    facts = _FACTS.get(key) if source.sha256 else None
    if facts is None:
        facts = extract_facts(doc)
        if source.sha256:
            if len(_FACTS) >= _FACTS_KEPT:
                _FACTS.pop(next(iter(_FACTS)))
            _FACTS[key] = facts
    return copy.deepcopy(facts)


def skip_reason(exc: BaseException) -> str:
    if isinstance(exc, InputError):
        return exc.reason
    return f"unreadable ({type(exc).__name__}: {' '.join(str(exc).split())[:120]})"


def build_context(
    root: Path,
    documents: Iterable[str],
    facts: Iterable[Facts],
    skipped: list[str],
    warnings: list[str] | None = None,
) -> OrgContext:
    # imported here: an unchanged sync answers from its saved merge and never needs them
    from agent.context._extract import merge_absences, merge_metrics, merge_roles, merge_systems

    all_facts = list(facts)
    roles = merge_roles([r for f in all_facts for r in f.roles])
    systems = merge_systems(
        [s for f in all_facts for s in f.systems], [s for f in all_facts for s in f.mentions]
    )
    context = OrgContext(
        root=str(root),
        roles=roles,
        systems=systems,
        absences=merge_absences([a for f in all_facts for a in f.absences if not a.practice]),
        practices=merge_absences([a for f in all_facts for a in f.absences if a.practice]),
        metrics=merge_metrics([m for f in all_facts for m in f.metrics]),
        documents=list(documents),
        skipped=skipped,
        warnings=list(warnings or []) + [w for f in all_facts for w in f.warnings],
    )
    sentences = list(dict.fromkeys(s for f in all_facts for s in f.sentences))
    context.texts = sentences[:MAX_TEXTS]
    context.remits = remits(
        roles, sentences, [f.sentences for f in all_facts], [f.headings for f in all_facts]
    )
    said = {s for found in context.remits.values() for s in found}
    context.remit_sources = {
        s: f.source for f in reversed(all_facts) for s in f.sentences if s in said and f.source
    }
    # Defaulted tiers and a missing roster are not warnings here: the plan reports them from
    # Role.tier_stated and an empty roles list, and the CLI prints them.
    return context


MAX_TEXTS = 3000  # sentences kept for vocabulary and fit; the index holds the full text


def remits(
    roles: list[Role],
    sentences: list[str],
    documents: list[list[str]] | None = None,
    headings: list[dict[str, tuple[str, ...]]] | None = None,
) -> dict[str, list[str]]:
    """What the org's own documents say each role does: sentences naming the role (or, for a
    charter written about a team, the role's team), and sentences under the role's own
    heading (a role profile)."""
    out: dict[str, list[str]] = {}
    names = [r.name.lower() for r in roles]
    # A charter that opens a paragraph with the role's name alone ("Head of Digital & Data.")
    # says what that role does in the sentences after it, until the next such line; those
    # sentences are that role's, whoever else they mention ("... with the Enterprise
    # Architect" is not the architect's remit).
    by_name = {n.rstrip("."): r for n, r in zip(names, roles, strict=True)}
    heading: dict[str, str] = {}  # sentence -> the role whose name line it follows
    for document in documents if documents is not None else [sentences]:
        current: str | None = None
        taken = 0
        for sentence in document:
            named = by_name.get(sentence.strip().rstrip(".").lower())
            if named is not None:
                current, taken = named.name, 0
                continue
            if current is not None and taken < 3:
                heading.setdefault(sentence, current)
                taken += 1
            else:
                current = None
    # A post's own heading ("Role profile: Rail Operations Supervisor", "## Head of Fleet")
    # makes what is said under it that post's remit ("The spot plan for each elevator"),
    # whoever else it mentions ("... reported to the Rail Logistics Manager daily"), but for a
    # sentence whose subject is another post ("The IT Site Manager owns the plant network").
    about: dict[tuple[str, ...], Role | None] = {}  # heading path -> the post it is about
    for document, paths in zip(documents or [], headings or [], strict=False):
        for sentence in document:
            path = paths.get(sentence)
            if not path or _PERSON_SPEC.search(path[-1]):
                continue
            if path not in about:
                about[path] = _post_heading(path, roles)
            owner = about[path]
            if owner is None:
                continue
            opener = _opening_post(sentence, names)
            if opener is None or opener == owner.name.lower():
                heading.setdefault(sentence, owner.name)
    # A row of a table of who leads what ("Director X leads: Workstream: ...; Covers: ..., with
    # the Librarian for ListBuilder") is its lead's, whoever else it names.
    from agent.context._extract import LED_ROW

    for sentence in sentences:
        led = LED_ROW.match(sentence)
        if led and (lead := by_name.get(led.group(1).lower())) is not None:
            heading.setdefault(sentence, lead.name)
    # A sentence that lists several roles (a committee's members) says nothing about any one.
    sentences = [s for s in sentences if sum(n in s.lower() for n in names) < 3]
    lowered = [s.lower() for s in sentences]
    # a team's name inside a post's ("Operations" in "the Operations Excellence Lead runs ...")
    # names the post, not the team
    longest_first = sorted(names, key=len, reverse=True)
    bare = [_without(low, longest_first) for low in lowered]
    # A sentence about a team ("... recorded by Vessel Planning") is its head's when a role of
    # that team carries the team's name ("Head of Vessel Planning"), not every member's.
    from agent.knowledge.remit import seniority

    def carries(role: Role, team: str) -> bool:
        return bool(re.search(rf"\b{re.escape(team)}\b", role.name.lower()))

    heads: dict[str, set[str]] = {}  # team -> its head(s): carry its name, rank highest in it
    teams: dict[str, list[Role]] = {}
    for r in roles:
        if r.team and len(r.team) > 3:
            teams.setdefault(r.team.lower(), []).append(r)
    for team, members in teams.items():
        top = max(seniority(r) for r in members)
        carrying = {r.name for r in members if carries(r, team) and seniority(r) == top}
        if carrying:
            heads[team] = carrying
    for role in roles:
        name = role.name.lower()
        team = (role.team or "").lower()
        if team in heads and role.name not in heads[team]:
            team = ""
        # ("The Deputy Head of Operations chairs the Change Board" names that post, not the
        # Head of Operations inside its name: a longer post's name is no mention of this)
        longer = [n for n in longest_first if n != name and name in n]
        found = [
            s
            for s, low in zip(sentences, lowered, strict=True)
            if heading.get(s) == role.name or (name in _without(low, longer) and s not in heading)
        ]
        if team and len(team) > 3:
            # the team by its name, not a word of a compound ("Growing" in "growing-media")
            by_team = re.compile(rf"(?<![\w-]){re.escape(team)}(?![\w-])")
            found += [
                s
                for s, low in zip(sentences, bare, strict=True)
                if by_team.search(low) and s not in found and heading.get(s, role.name) == role.name
            ]
        if found:
            out[role.name] = found[:12]
    return out


def _without(text: str, names: list[str]) -> str:
    return functools.reduce(lambda low, n: low.replace(n, " "), names, text)


# What a post's own heading says around its name: "Role profile: X", "X — job description".
_PROFILE_WORDS = re.compile(
    r"^\s*(?:(?:role|job|post|position)\s+(?:profile|description|card|summary)|profile|remit)s?"
    r"\s*[:\-\u2013\u2014]\s*|\s*[:\-\u2013\u2014]\s*(?:role|job|post|position)\s+"
    r"(?:profile|description|card)\s*$",
    re.I,
)


# A profile's sections on who fits the post, not what it does: "Experience", "Qualifications".
_PERSON_SPEC = re.compile(
    r"^(?:experience|qualifications?|person\s+specification|skills|competenc(?:e|ies|y)|"
    r"essential|desirable|about\s+you|what\s+you\s+(?:bring|need)|requirements|"
    r"(?:salary|pay|grade|benefits|hours|location)$)",
    re.I,
)


def _post_heading(path: tuple[str, ...], roles: list[Role]) -> Role | None:
    """The post the nearest heading naming one is about: "Role profile: Digital Manufacturing
    Lead", "## Rail Operations Supervisor (Grade 7)". A heading that opens with other words
    ("Performance measures (Performance Analytics Lead)") is about those, not the post; one
    naming two posts ("Chair and Secretary") is about neither."""
    for title in reversed(path):
        low = re.sub(r"^the\s+", "", _PROFILE_WORDS.sub("", title).strip(" .:").lower())
        named = [r for r in roles if _names_post(low, r.name.lower())]
        if named:
            return max(named, key=lambda r: len(r.name))
        if (
            sum(
                bool(re.search(rf"(?<![\w-]){re.escape(n.name.lower())}(?![\w-])", low))
                for n in roles
            )
            > 1
        ):
            return None
    return None


def _names_post(heading: str, name: str) -> bool:
    """The heading is the post's name, alone or with a short qualifier after it ("(Grade
    7)", "— Anna Berg", ", North")."""
    if not heading.startswith(name):
        return False
    rest = heading[len(name) :]
    return not rest or (
        not rest[0].isalnum() and len(rest) <= 30 and not re.match(r"\s+and\b", rest)
    )


def _opening_post(sentence: str, names: list[str]) -> str | None:
    """The post a sentence opens with, as its subject ("- The IT Site Manager owns ...")."""
    low = re.sub(r"^[\s\-\u2022*]*(?:the\s+)?", "", sentence.lower())
    opening = [n for n in names if low.startswith(n) and not low[len(n) : len(n) + 1].isalnum()]
    return max(opening, key=len) if opening else None


def check_not_empty(root: Path, files: list[SourceFile], org_dir: str | Path) -> None:
    if not files:
        raise ContextError(f"org-context folder {org_dir} is empty (no visible files)")


def load_context(org_dir: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> OrgContext:
    """Read every document in ``org_dir`` and extract roles, systems, absences and metrics.

    Hidden files are skipped; unreadable ones are listed in ``OrgContext.skipped`` as
    ``"path: reason"``. A missing or empty folder, or one where nothing is readable,
    raises ContextError.
    """
    root = resolve_org_dir(org_dir)
    files = scan_folder(root, max_bytes=max_bytes)
    check_not_empty(root, files, org_dir)
    documents: list[str] = []
    facts: list[Facts] = []
    skipped: list[str] = []
    for source in files:
        if source.error:
            skipped.append(f"{source.rel}: {source.error}")
            continue
        try:
            doc = parse_source(source, max_bytes=max_bytes)
        except Exception as exc:  # one bad file never stops the others
            skipped.append(f"{source.rel}: {skip_reason(exc)}")
            continue
        documents.append(doc.path)
        facts.append(facts_of(source, doc, max_bytes=max_bytes))
    if not documents:
        raise ContextError(
            f"org-context folder {org_dir} has no readable documents ({len(skipped)} skipped: "
            + "; ".join(skipped[:3])
            + ("; ..." if len(skipped) > 3 else "")
            + ")"
        )
    return build_context(root, documents, facts, skipped)
