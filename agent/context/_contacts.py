"""An address book exported as vCard (``.vcf``, as Outlook, Apple Contacts or Google Contacts
write it), or a directory group exported as LDIF (``.ldif``, as ldapsearch or Apache Directory
Studio write it): one row per card or entry, read as a directory export's rows are.

A card's job title (``TITLE``) is the role, the second part of its ``ORG`` the team, and its
``NOTE`` the rest: "Programme: core. Remit: the rain gauge network ..." gives a column per label,
else one "Notes" column. A programme office's address book also holds what is no role: a shared
mailbox (no title) stays a row with no role name, which the roster reader names in a warning,
and a supplier's or a partner's contact (another organization in ``ORG``) is left out with a
warning naming its card. Parsing (line folding, escapes, quoted-printable, vCard 2.1 to 4.0) is
vobject's.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from agent.context._lexicon import RESPONSIBILITY_COLUMNS, normalize_header
from agent.errors import CorruptFileError, FileTooLargeError, NoTextError

# "Programme: core. Remit: ...": a label opening the note, or one after a sentence's end
_LABEL = re.compile(r"(?:^|(?<=[.;]\s))([A-Z][A-Za-z' /-]{1,30}):\s+")
_MAX_CARDS = 100_000
_MAX_LDIF_BYTES = 20_000_000  # a programme group's export, not a whole directory


def _value(card: object, name: str) -> str:
    prop = getattr(card, "contents", {}).get(name)
    value = prop[0].value if prop else ""
    return " ".join(str(value).split()) if isinstance(value, str) else ""


def _org(card: object) -> list[str]:
    prop = getattr(card, "contents", {}).get("org")
    value = prop[0].value if prop else []
    parts = value if isinstance(value, list) else [value]
    return [" ".join(str(p).split()) for p in parts]


def _note_fields(note: str) -> dict[str, str]:
    """A note's labelled parts, when it opens with a label; else the whole note as "Notes"."""
    marks = list(_LABEL.finditer(note))
    if not marks or marks[0].start() != 0:
        return {"Notes": note} if note else {}
    fields: dict[str, str] = {}
    for mark, after in zip(marks, [*marks[1:], None], strict=True):
        end = after.start() if after is not None else len(note)
        text = note[mark.end() : end].strip().rstrip(".;").strip()
        if text:
            fields.setdefault(mark.group(1).strip(), text)
    return fields


def read_vcards(data: bytes, rel: str) -> tuple[list[tuple[int, list[str]]], list[str]]:
    """The address book's rows, each with its card's number (the header first, numbered 0),
    and a warning naming each card left out."""
    import vobject

    text = data.decode("utf-8-sig", errors="replace")
    try:
        cards = [
            c
            for c in vobject.readComponents(text, ignoreUnreadable=True, allowQP=True)
            if c.name == "VCARD"
        ]
    except Exception as exc:  # vobject raises its own ParseError and ValueErrors
        raise CorruptFileError(rel, f"not a readable vCard file ({type(exc).__name__})") from exc
    if not cards:
        raise NoTextError(rel, "no contact cards")
    cards = cards[:_MAX_CARDS]
    # the organization the book is kept for: the one most cards name
    named = Counter(org[0] for c in cards if (org := _org(c)) and org[0])
    home, count = named.most_common(1)[0] if named else ("", 0)
    home = home if 2 * count > sum(named.values()) else ""
    fixed = ["Job title", "Full name", "Department", "Part played"]
    labels: list[str] = []
    rows: list[tuple[int, dict[str, str]]] = []
    warnings: list[str] = []
    for n, card in enumerate(cards, 1):
        org = _org(card)
        title = _value(card, "title")
        if home and org and org[0] and org[0] != home:
            who = title or _value(card, "fn") or "a contact"
            warnings.append(
                f"{rel}, card {n}: not read as a role ('{who}' works for {org[0]}, not {home})"
            )
            continue
        note = _note_fields(_value(card, "note"))
        labels.extend(k for k in note if k not in labels and k not in fixed)
        row = {
            "Job title": title,
            "Full name": _value(card, "fn"),
            "Department": org[1] if len(org) > 1 else "",
            "Part played": _value(card, "role"),
            **note,
        }
        rows.append((n, row))
    if "Notes" in labels and any(
        normalize_header(k) in RESPONSIBILITY_COLUMNS for k in labels if k != "Notes"
    ):
        # a note that labels its remit makes another card's unlabelled note no remit column
        labels[labels.index("Notes")] = "Other notes"
        for _, row in rows:
            if "Notes" in row:
                row["Other notes"] = row.pop("Notes")
    header = fixed + labels
    return [(0, header), *((n, [row.get(h, "") for h in header]) for n, row in rows)], warnings


# An entry that is a person: a title is the role. A group, an organizational unit or a service
# account (objectClass account, no title) is no one's post.
_PERSON_CLASSES = {"person", "organizationalperson", "inetorgperson", "user", "posixaccount"}
_LDIF_FIELDS = (
    ("Job title", "title"),
    ("Full name", "cn"),
    ("Department", "ou"),
    ("Programme involvement", "employeetype"),
    ("Remit", "description"),
)


def read_ldif(data: bytes, rel: str) -> tuple[list[tuple[int, list[str]]], list[str]]:
    """The directory export's rows, each with its entry's number (the header first, numbered
    0), and a warning naming each entry that is no person (a group, a service account).
    Parsing (line folding, base64 values, comments) is the ``ldif`` package's; URLs in values
    are never fetched."""
    import io
    import logging

    from ldif import LDIFParser

    class _Parser(LDIFParser):  # type: ignore[misc]
        def _check_dn(self, dn: object, attr_value: object) -> None:
            # the package checks each dn with a pattern that backtracks exponentially on a
            # crafted dn ("cn=a+cn=a+..."); a roster's dn is only a label here
            return None

    if len(data) > _MAX_LDIF_BYTES:
        raise FileTooLargeError(rel, f"directory export over {_MAX_LDIF_BYTES // 1_000_000} MB")
    # ldapsearch's trailer ("search: 2", "result: 0 Success") is no entry; the parser would log
    # a warning for it on the user's terminal
    logging.getLogger("ldif").setLevel(logging.ERROR)
    # folded lines are joined here, in one pass (the parser joins them a piece at a time)
    unfolded = re.sub(rb"\r?\n ", b"", data.lstrip(b"\xef\xbb\xbf"))
    parser = _Parser(io.BytesIO(unfolded), strict=False)
    entries: list[tuple[str | None, dict[str, list[Any]]]] = []  # (dn, attributes)
    try:
        for dn, record in parser.parse():
            entries.append((dn, {k.lower(): v for k, v in record.items()}))
            if len(entries) >= _MAX_CARDS:
                raise FileTooLargeError(rel, f"directory export of over {_MAX_CARDS} entries")
    except Exception as exc:  # the parser raises ValueError on a malformed line
        raise CorruptFileError(rel, f"not a readable LDIF file ({type(exc).__name__})") from exc
    # the file's "version: 1" line and ldapsearch's trailer come back as entries with no dn
    entries = [(dn, record) for dn, record in entries if dn is not None]
    if not entries:
        raise NoTextError(rel, "no directory entries")

    def first(record: dict[str, list[Any]], name: str) -> str:
        value = (record.get(name) or [""])[0]
        if isinstance(value, bytes):  # a base64 value in another encoding than UTF-8
            value = value.decode("utf-8", errors="replace")
        return " ".join(str(value).split())

    header = [label for label, _ in _LDIF_FIELDS]
    rows: list[tuple[int, list[str]]] = [(0, header)]
    warnings: list[str] = []
    for n, (dn, record) in enumerate(entries, 1):
        classes = {str(c).lower() for c in record.get("objectclass", [])}
        group = any("group" in c for c in classes)
        if group or (not first(record, "title") and not classes & _PERSON_CLASSES):
            what = "a group" if group else "not a person's entry"
            warnings.append(f"{rel}, entry {n}: not read as a role ({dn}: {what})")
            continue
        rows.append((n, [first(record, attribute) for _, attribute in _LDIF_FIELDS]))
    if len(rows) == 1:
        raise NoTextError(rel, "no person entries")
    return rows, warnings
